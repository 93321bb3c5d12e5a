//! Helpers shared by the integration tests; each reports failures at the
//! calling line.
//!
//! # Conformance tests
//!
//! Most tests use only what the repository holds: the built-in catalog,
//! entries built by hand, and the pages under `tests/fixtures/` (written
//! by the project in the guide's format, in its own words). The
//! *conformance tests* check the crate against the project's source
//! documents instead: the two seed pages and the fact sheet, which live
//! outside the crate in `shared/` (`seeds/`, `domain/`). [`sources`] finds
//! that folder: `$INSATS_SOURCES` if set (a path relative to the package
//! root, or absolute), else `../shared` beside the checkout.
//!
//! Every conformance test sits in a module `conformance` of its file (so
//! that `cargo test conformance` runs exactly them), calls [`sources`],
//! and carries
//! `#[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]`.
//! The build script (`build.rs`) sets `cfg(insats_sources)` when it finds
//! the folder as [`sources`] does, or when `INSATS_SOURCES` or
//! `INSATS_REQUIRE_SOURCES` is set; without it the conformance tests are
//! reported as ignored, with that reason, and `cargo test` counts them in
//! its `ignored` figure. With `INSATS_REQUIRE_SOURCES=1` (set by
//! `.ci/run`) they run, and fail if the folder is absent, so CI never skips
//! them; a folder named by `INSATS_SOURCES` that does not exist fails them
//! too, since whoever set it meant to run them.
#![allow(dead_code)]

use insats::{
    AgeGroup, Catalog, Condition, Decision, FacetValue, Intervention, Match, NrPriority,
    Population, Profile, Provider, Reason, Recommendation, RecommendationVerb, Role, Severity,
    Substance, TagSet, Tags, TreatmentType,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock, PoisonError};

/// The project's source documents: the folder that holds `seeds/` and
/// `domain/`.
pub struct Sources {
    dir: PathBuf,
    read: Mutex<HashMap<String, &'static str>>,
}

impl Sources {
    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A file of the folder, e.g. `read("domain/interventions.tsv")`, read
    /// once per test binary. Read at run time, not with `include_str!`, so
    /// that the tests build without the folder. A missing file is a failure:
    /// the folder is there, so the test is not skipped.
    #[track_caller]
    pub fn read(&self, relative: &str) -> &'static str {
        let mut read = self.read.lock().unwrap_or_else(PoisonError::into_inner);
        read.entry(relative.to_owned()).or_insert_with(|| {
            let path = self.dir.join(relative);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            Box::leak(text.into_boxed_str())
        })
    }

    /// The text of a seed page, e.g. `seed("natverksterapi.txt")`.
    #[track_caller]
    pub fn seed(&self, name: &str) -> &'static str {
        self.read(&format!("seeds/{name}"))
    }
}

/// The project's source documents, for a conformance test: the folder
/// `$INSATS_SOURCES` names (relative to the package root, or absolute), or
/// else `../shared` beside the checkout, found as the build script finds it.
///
/// # Panics
///
/// When the folder is absent: a conformance test runs without it only when
/// `INSATS_REQUIRE_SOURCES` or `INSATS_SOURCES` asked for it, or when it
/// was run with `--ignored`.
#[track_caller]
pub fn sources() -> &'static Sources {
    static FOUND: OnceLock<Result<Sources, String>> = OnceLock::new();
    let found = FOUND.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let named = std::env::var_os("INSATS_SOURCES").filter(|dir| !dir.is_empty());
        let dir = manifest.join(named.as_deref().unwrap_or("../shared".as_ref()));
        if dir.is_dir() {
            Ok(Sources { dir, read: Mutex::new(HashMap::new()) })
        } else if named.is_some() {
            Err(format!("INSATS_SOURCES names {}, which is not a folder", dir.display()))
        } else {
            Err(format!(
                "the project's source documents are not at {} (set INSATS_SOURCES to the \
                 folder that holds seeds/ and domain/, or put shared/ beside the checkout)",
                dir.display()
            ))
        }
    });
    found.as_ref().unwrap_or_else(|problem| panic!("conformance test: {problem}"))
}

/// The pages under `tests/fixtures/`: written by the project in the
/// guide's format and in its own words (not copied from the guide), so
/// that the page reader and writer, the catalog and the matcher run on
/// real pages without the source documents. Together they show every
/// feature of the format the seeds show; each ends without a line break.
pub mod fixtures {
    /// Nätverksterapi, older edition: the `Gå till huvudsidan` line, a
    /// lede, a priority in prose `(prioritet 4)`, the add-on markers
    /// `komplement` and `som tillägg till annan behandling`, a weekly
    /// schedule with alternating sessions, three phases, a role with pipes
    /// inside its value, and every facet.
    pub const NATVERKSTERAPI: &str = include_str!("../fixtures/natverksterapi.txt");
    /// Psykosocial behandling, older edition: priority only in words (`hög
    /// prioritet`), the youth versions it names and the areas of its
    /// assessment, trailing no-break spaces, every provider and role
    /// (`Primärvård | Första linje` is one value), and no `Tillstånd`
    /// line.
    pub const PSYKOSOCIAL_BEHANDLING: &str = include_str!("../fixtures/psykosocial-behandling.txt");
    /// Community reinforcement approach (CRA), newer edition: no `Gå till
    /// huvudsidan` line, the area `Skadligt bruk/missbruk och beroende`, no
    /// lede; three priorities in two sentences (one marker with a no-break
    /// space), for alcohol and central stimulants and for opioids in LARO;
    /// 16–20 meetings and booster sessions; adults and older people only.
    pub const CRA: &str = include_str!("../fixtures/community-reinforcement-approach-cra.txt");
    /// Nedtrappning vid långvarigt bruk av bensodiazepiner, in the
    /// structure of a page of the successor site (vardochinsats.se) that
    /// heads its target group `Målgrupp och situation`, not `Målgrupp
    /// eller situation`: older edition, a lede, a lead-in line without a
    /// colon over two bullets with priorities (one an add-on), no
    /// `Typ av behandling/stöd` and no `Tillstånd` line.
    pub const NEDTRAPPNING: &str =
        include_str!("../fixtures/nedtrappning-vid-langvarigt-bruk-av-bensodiazepiner.txt");
    /// Återfallsprevention, in the structure of the successor site's newer
    /// edition: no `Gå till huvudsidan` line, the area `Skadligt
    /// bruk/missbruk och beroende`, and `Kunskapsläge` as two lead-in lines
    /// without a colon (one `bör`, one `kan`), each over two bullets with a
    /// priority.
    pub const ATERFALLSPREVENTION: &str = include_str!("../fixtures/aterfallsprevention.txt");
    /// A page of *Kartläggning och utredning* (an instrument), in the
    /// project's own words.
    pub const AUDIT: &str = include_str!("../fixtures/audit.txt");
    /// A page of *Tidiga tecken och tidig upptäckt* (a medical test), in
    /// the project's own words.
    pub const URINE_TEST: &str = include_str!("../fixtures/urinprov-for-narkotika.txt");
    /// Every fixture, by file name.
    pub const ALL: [(&str, &str); 7] = [
        ("natverksterapi.txt", NATVERKSTERAPI),
        ("psykosocial-behandling.txt", PSYKOSOCIAL_BEHANDLING),
        ("community-reinforcement-approach-cra.txt", CRA),
        ("nedtrappning-vid-langvarigt-bruk-av-bensodiazepiner.txt", NEDTRAPPNING),
        ("aterfallsprevention.txt", ATERFALLSPREVENTION),
        ("audit.txt", AUDIT),
        ("urinprov-for-narkotika.txt", URINE_TEST),
    ];
}

/// The configuration of a property test: `cases` cases, unless
/// `PROPTEST_CASES` asks for another number (a mutation run asks for fewer,
/// see the README's contributing notes). The rest comes from proptest's
/// defaults and environment: `PROPTEST_RNG_SEED` (which `.ci/run` fixes, so
/// that a CI run is reproducible), except where failures are saved.
///
/// Shrunk failing cases are saved in a `.proptest-regressions` file beside
/// the test's source file (`tests/page/props.rs` saves to
/// `tests/page/props.proptest-regressions`), kept in the repository on
/// purpose: each case that once failed runs first on every run. Proptest's
/// default would put them under `proptest-regressions/` at the package
/// root, since the tests have a `lib.rs`; every property test uses this
/// configuration so that they stay beside their source.
pub fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    use proptest::test_runner::{Config, FileFailurePersistence};
    let config = Config {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_some() { config } else { Config { cases, ..config } }
}

#[track_caller]
pub fn rank(n: u8) -> NrPriority {
    NrPriority::rank(n).unwrap()
}

#[track_caller]
pub fn catalog(entries: Vec<Intervention>) -> Catalog {
    Catalog::new("test", entries).unwrap()
}

/// The two seed entries, built by hand with the facts their pages state:
/// the tags of `Märkning`, the target group "alkohol och narkotika", and
/// Nätverksterapi's "(prioritet 4)" "som tillägg till annan behandling".
pub fn seed_like_catalog() -> Catalog {
    catalog(vec![psykosocial_behandling(), natverksterapi()])
}

pub fn natverksterapi() -> Intervention {
    let alcohol_and_narcotics = TagSet::from([Substance::Alcohol, Substance::Narcotics]);
    Intervention::builder("Nätverksterapi")
        .tags(
            Tags::new()
                .with_providers(TagSet::from([
                    Provider::PsychiatricOutpatientCare,
                    Provider::IndividualAndFamilyCare,
                    Provider::YouthClinic,
                    Provider::MariaClinic,
                ]))
                .with_roles(TagSet::from([
                    Role::Psychologist,
                    Role::Nurse,
                    Role::AssistantNurse,
                    Role::Physiotherapist,
                    Role::OccupationalTherapist,
                    Role::Counsellor,
                    Role::Psychotherapist,
                    Role::SocialWorker,
                ]))
                .with_treatment_types(TagSet::only(TreatmentType::Psychosocial))
                .with_age_groups(TagSet::all())
                .with_severities(TagSet::all())
                .with_conditions(TagSet::only(Condition::SubstanceUseAndDependence)),
        )
        .target(insats::Target::new(alcohol_and_narcotics, Population::Anyone))
        .recommendation(
            Recommendation::new(alcohol_and_narcotics, Population::Anyone, rank(4))
                .with_add_on(true),
        )
        .add_on(true)
        .source(
            "https://vardochinsats.se/missbruk-och-beroende/behandling-och-stoed/naetverksterapi/",
        )
        .build()
        .unwrap()
}

pub fn psykosocial_behandling() -> Intervention {
    Intervention::builder("Psykosocial behandling")
        .tags(
            Tags::new()
                .with_providers(TagSet::all())
                .with_roles(TagSet::all())
                .with_treatment_types(TagSet::only(TreatmentType::Psychosocial))
                .with_age_groups(TagSet::all())
                .with_severities(TagSet::all()),
        )
        .target(insats::Target::new(
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::Anyone,
        ))
        .youth_version_named("CRA")
        .youth_version_named("MET")
        .build()
        .unwrap()
}

/// Fails unless `entry` states the facts of Nätverksterapi that
/// [`natverksterapi`] builds from its page: the tags of `Märkning`, the
/// target group and the pair "(prioritet 4)" "som tillägg till annan
/// behandling" (its substances, population, number and add-on role),
/// worded `kan` (`may`) as the page words it. The entry read from a page
/// and the built-in one (whose pair states more, from the fact sheet) are
/// checked against this one statement.
#[track_caller]
pub fn assert_natverksterapi_facts(entry: &Intervention) {
    let expected = natverksterapi();
    assert_eq!((entry.id(), entry.name()), (expected.id(), expected.name()));
    assert_eq!(entry.tags(), expected.tags());
    assert_eq!(entry.target(), expected.target());
    let pairs = |e: &Intervention| -> Vec<_> {
        e.recommendations()
            .iter()
            .map(|r| (r.substances(), r.population(), r.priority(), r.is_add_on()))
            .collect()
    };
    assert_eq!(pairs(entry), pairs(&expected));
    assert!(entry.recommendations().iter().all(|r| r.verb() == Some(RecommendationVerb::May)));
    assert_eq!(entry.best_priority(), Some(rank(4)));
    assert!(entry.is_add_on());
}

/// Fails unless `entry` states the facts of Psykosocial behandling that
/// [`psykosocial_behandling`] builds from its page: every provider and
/// role and its other tags, the youth versions it names, no number and no
/// add-on role.
#[track_caller]
pub fn assert_psykosocial_behandling_facts(entry: &Intervention) {
    let expected = psykosocial_behandling();
    assert_eq!((entry.id(), entry.name()), (expected.id(), expected.name()));
    assert_eq!(entry.tags(), expected.tags());
    assert_eq!(entry.youth_versions_named(), expected.youth_versions_named());
    assert_eq!(entry.best_priority(), None);
    assert!(!entry.is_add_on());
}

/// An adult in individ- och familjeomsorg, asked by a social worker, in
/// other treatment.
pub fn ifo_adult() -> Profile {
    // The substance and the condition are stated: a row's number is the
    // person's only when the profile states every fact its condition names.
    Profile::builder()
        .age_group(AgeGroup::Adults)
        .substance(insats::Substance::Alcohol)
        .condition(insats::Condition::SubstanceUseAndDependence)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .build()
        .unwrap()
}

/// The ids of `matches`, in order.
pub fn ids<'a>(matches: impl IntoIterator<Item = &'a Match<'a>>) -> Vec<&'a str> {
    matches.into_iter().map(|m| m.intervention().id()).collect()
}

#[track_caller]
pub fn assert_ids<'a>(matches: impl IntoIterator<Item = &'a Match<'a>>, expected: &[&str]) {
    assert_eq!(ids(matches), expected);
}

/// The decision on the entry `id`.
#[track_caller]
pub fn decision<'d, 'c>(decisions: &'d [Decision<'c>], id: &str) -> &'d Decision<'c> {
    decisions
        .iter()
        .find(|d| d.intervention().id() == id)
        .unwrap_or_else(|| panic!("no decision on {id:?}"))
}

/// The kinds of `reasons`, in order.
pub fn kinds(reasons: &[Reason]) -> Vec<&'static str> {
    reasons.iter().map(Reason::kind).collect()
}

/// The exclusion kinds of a decision, in order.
pub fn exclusion_kinds(decision: &Decision<'_>) -> Vec<&'static str> {
    decision.exclusions().map(Reason::kind).collect()
}

/// A one-value tag set, for terse entries.
pub fn only<T: insats::Vocabulary>(value: T) -> TagSet<T> {
    TagSet::only(value)
}

pub fn severities(values: &[Severity]) -> TagSet<Severity> {
    values.iter().copied().collect()
}

/// The umbrella entry and its add-on, over a catalog of the two seed
/// entries (`both`) and one of Nätverksterapi alone (`nt_alone`): an adult
/// in individ- och familjeomsorg, asked by a social worker and in other
/// treatment, gets Psykosocial behandling (no priority stated) and
/// Nätverksterapi as an add-on at priority 4; in dental care, asked by a
/// physician, or alone and in no other treatment, Nätverksterapi is left
/// out with the reason that says why.
#[track_caller]
pub fn check_umbrella_and_add_on(both: &Catalog, nt_alone: &Catalog) {
    use insats::Matcher;
    let matcher = Matcher::new(both);

    let recs = matcher.recommend(&ifo_adult());
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert_ids(recs.add_ons(), &["natverksterapi"]);
    assert_eq!(recs.add_ons()[0].priority(), Some(rank(4)));
    assert_eq!(recs.primary()[0].priority(), None);

    let dental = ifo_adult().to_builder().provider(Provider::DentalCare).build().unwrap();
    let recs = matcher.recommend(&dental);
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert!(recs.add_ons().is_empty());
    let decisions = matcher.explain(&dental);
    assert_eq!(exclusion_kinds(decision(&decisions, "natverksterapi")), ["provider"]);
    assert!(matches!(
        decision(&decisions, "natverksterapi").reasons()[0],
        Reason::Facet { profile, allowed }
            if profile == FacetValue::new(Provider::DentalCare) && allowed.len() == 4
    ));

    let physician = ifo_adult().to_builder().role(Role::Physician).build().unwrap();
    let recs = matcher.recommend(&physician);
    assert_ids(recs.primary(), &["psykosocial-behandling"]);
    assert!(recs.add_ons().is_empty());
    let decisions = matcher.explain(&physician);
    assert_eq!(exclusion_kinds(decision(&decisions, "natverksterapi")), ["role"]);

    let alone = Matcher::new(nt_alone);
    let not_treated = ifo_adult().to_builder().in_other_treatment(false).build().unwrap();
    assert!(alone.recommend(&not_treated).is_empty());
    let decisions = alone.explain(&not_treated);
    assert_eq!(
        exclusion_kinds(decision(&decisions, "natverksterapi")),
        ["requires-other-treatment"]
    );
    assert!(decisions[0].is_add_on());
}

mod language;
#[allow(unused_imports)] // not every test binary checks a language
pub use language::{assert_english, assert_swedish};

/// Runs `cargo run --example <example> -- <args>` in the crate's folder.
pub fn run_example(example: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", example, "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}
