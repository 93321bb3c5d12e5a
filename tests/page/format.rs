//! The page format (`insats::page`): what the fixture pages and the seed
//! pages read as, and that they render back byte for byte; pages of the
//! guide's other sections and of the successor site. What the prose of a
//! section reads as is in `sections.rs`, the errors of a page that does not
//! follow the format in `errors.rs`; both use the helpers here.

use insats::page;
use insats::{
    AgeGroup, Condition, Need, Phase, Population, Provider, Recommendation, RecommendationVerb,
    Role, Schedule, Section, SessionPattern, Severity, Substance, TagSet,
};

use crate::util;
use crate::util::rank;

/// A page of the older edition: title, breadcrumb with `Gå till
/// huvudsidan`, the title again, then `body`.
pub(super) fn page_with(title: &str, body: &str) -> String {
    format!(
        "{title}\n\nGå till huvudsidan: Missbruk och beroende\n\nMissbruk och beroende\n\n\
         Behandling och stöd\n\n{title}\n\n{body}"
    )
}

/// A page without the `Gå till huvudsidan` line, whose body starts on
/// line 9.
pub(super) fn page_without_home(body: &str) -> String {
    format!("Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n{body}")
}

pub(super) fn substances<const N: usize>(list: [Substance; N]) -> TagSet<Substance> {
    TagSet::from(list)
}

#[track_caller]
pub(super) fn parse(text: &str) -> insats::Intervention {
    match page::parse(text) {
        Ok(entry) => entry,
        Err(err) => panic!("{err}\n--- page ---\n{text}"),
    }
}

#[track_caller]
pub(super) fn assert_round_trip(text: &str) {
    let entry = parse(text);
    assert_eq!(page::render(&entry), text);
    assert_eq!(parse(&page::render(&entry)), entry);
}

/// The paragraphs of `text` that begin with one of `starts`, in order.
fn paragraphs_starting<'t>(text: &'t str, starts: &[&str]) -> Vec<&'t str> {
    text.lines().filter(|l| starts.iter().any(|s| l.starts_with(s))).collect()
}

/// Fails unless the Nätverksterapi page `text` read as `nt` states what
/// the fixture and the seed both state: the facts of
/// [`util::natverksterapi`] (tags, target group, the pair at 4 as an
/// add-on), the older edition's breadcrumb, a manual-based method with a
/// weekly schedule of alternating sessions, and three phases, each the
/// paragraph of `text` that starts it.
#[track_caller]
fn assert_natverksterapi(nt: &insats::Intervention, text: &str) {
    util::assert_natverksterapi_facts(nt);
    assert_eq!(nt.abbreviation(), None);
    assert_eq!(nt.breadcrumb().home(), Some("Missbruk och beroende"));
    assert_eq!(nt.breadcrumb().area(), "Missbruk och beroende");
    assert_eq!(nt.breadcrumb().section(), "Behandling och stöd");
    assert!(nt.is_manual_based());
    let schedule = Schedule::weekly(24, 2)
        .unwrap()
        .with_pattern(SessionPattern::AlternatingIndividualAndNetwork);
    assert_eq!(nt.schedule(), Some(&schedule));
    assert_eq!(nt.schedule().and_then(Schedule::total_sessions), Some(48));
    let paragraphs = paragraphs_starting(text, &["I den inledande", "I den andra", "Den tredje"]);
    assert_eq!(
        nt.phases(),
        [
            Phase::new(1, "Inledande fasen", paragraphs[0]),
            Phase::new(2, "Andra fasen", paragraphs[1]),
            Phase::new(3, "Tredje och sista fasen", paragraphs[2]),
        ]
    );
    assert!(nt.assessment_areas().is_empty());
}

/// Fails unless the Psykosocial behandling page read as `pb` states what
/// the fixture and the seed both state: the facts of
/// [`util::psykosocial_behandling`] (every provider and role, the youth
/// versions named) and its target group, a priority only in words (`hög
/// prioritet` is not a rank), the areas of its assessment, no schedule nor
/// phases, and no `Tillstånd` line, so that the area's condition applies.
#[track_caller]
fn assert_psykosocial_behandling(pb: &insats::Intervention) {
    util::assert_psykosocial_behandling_facts(pb);
    assert_eq!(pb.target(), util::psykosocial_behandling().target());
    assert!(pb.knowledge().contains("hög prioritet"));
    assert!(pb.recommendations().is_empty());
    assert!(!pb.is_manual_based());
    assert_eq!(pb.schedule(), None);
    assert!(pb.phases().is_empty());
    assert_eq!(
        pb.assessment_areas(),
        TagSet::from([
            Need::FamilySituation,
            Need::ExtentOfUse,
            Need::MentalHealth,
            Need::SocialSituation
        ])
    );
    // `Primärvård | Första linje` is one value, among every provider.
    assert!(pb.tags().providers().contains(Provider::PrimaryCare));
    // No `Tillstånd` line: not an error, and the area's condition applies.
    assert!(pb.tags().conditions().is_empty());
    assert_eq!(pb.breadcrumb().home(), Some("Missbruk och beroende"));
    assert_eq!(pb.breadcrumb().area(), "Missbruk och beroende");
    assert_eq!(pb.area(), Condition::SubstanceUseAndDependence);
    assert_eq!(pb.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));
}

/// Every fixture page renders back byte for byte, and reads the same with
/// a final line break or with Windows line breaks.
#[test]
fn fixtures_render_back_byte_for_byte() {
    for (name, text) in util::fixtures::ALL {
        assert!(!text.ends_with('\n'), "{name} ends without a line break, as the guide's pages");
        assert_round_trip(text);
        assert_eq!(parse(&format!("{text}\n")), parse(text), "{name}");
        assert_eq!(parse(&text.replace('\n', "\r\n")), parse(text), "{name}");
    }
}

/// The Nätverksterapi fixture: the older edition's breadcrumb, a lede, a
/// priority in prose, the add-on markers, a weekly schedule with
/// alternating sessions, three phases and every facet.
#[test]
fn natverksterapi_fixture() {
    let text = util::fixtures::NATVERKSTERAPI;
    let nt = parse(text);
    assert_natverksterapi(&nt, text);
    assert_eq!(
        nt.lede(),
        Some(
            "Ett manualbaserat arbetssätt som tar in människor ur individens omgivning i \
             behandlingen, så att den får bättre förutsättningar att lyckas."
        )
    );
    assert_eq!(nt.competence(), "Arbetsgivaren avgör vilken kompetens som behövs.");
    assert!(nt.implementation().starts_with("Tanken är att familj"));
    assert!(nt.implementation().contains("nätverksträffar.\n\nI den inledande fasen"));
    assert!(nt.implementation().ends_with("behandlingen har tagit slut."));
}

/// The Psykosocial behandling fixture: a priority only in words, the youth
/// versions and assessment areas it names, trailing no-break spaces, every
/// provider and role, and no `Tillstånd` line.
#[test]
fn psykosocial_behandling_fixture() {
    let pb = parse(util::fixtures::PSYKOSOCIAL_BEHANDLING);
    assert_psykosocial_behandling(&pb);
    // White space inside lines is kept: trailing U+00A0 no-break spaces.
    assert!(pb.target_group().ends_with("narkotika.\u{a0}"));
    assert!(pb.knowledge().ends_with("starkast.\u{a0}\u{a0}"));
}

/// The CRA fixture in the newer edition: no `Gå till huvudsidan` line, the
/// area `Skadligt bruk/missbruk och beroende`, no lede, three priorities
/// (one marker with a no-break space), 16–20 meetings with boosters.
#[test]
fn cra_fixture_in_the_newer_edition() {
    let cra = parse(util::fixtures::CRA);
    assert_eq!(cra.id(), "community-reinforcement-approach-cra");
    assert_eq!(cra.name(), "Community reinforcement approach (CRA)");
    assert_eq!(cra.abbreviation(), Some("CRA"));
    assert_eq!(cra.lede(), None);
    assert_eq!(cra.breadcrumb().home(), None);
    assert_eq!(cra.breadcrumb().area(), "Skadligt bruk/missbruk och beroende");
    assert_eq!(cra.area(), Condition::SubstanceUseAndDependence);
    assert!(cra.summary().is_empty());
    assert!(cra.knowledge().contains("(prioritet\u{a0}3)"));
    assert_eq!(
        cra.target(),
        insats::Target::new(
            substances([Substance::Alcohol, Substance::Narcotics, Substance::CentralStimulants]),
            Population::Anyone
        )
    );
    assert_eq!(
        cra.recommendations(),
        [
            Recommendation::new(TagSet::only(Substance::Alcohol), Population::Anyone, rank(2))
                .with_verb(RecommendationVerb::Should),
            Recommendation::new(
                TagSet::only(Substance::CentralStimulants),
                Population::Anyone,
                rank(3)
            )
            .with_verb(RecommendationVerb::Should),
            Recommendation::new(
                TagSet::only(Substance::Opioids),
                Population::InMedicationAssistedTreatment,
                rank(4)
            )
            .with_verb(RecommendationVerb::May),
        ]
    );
    assert_eq!(cra.best_priority(), Some(rank(2)));
    assert!(!cra.is_add_on());
    assert_eq!(cra.schedule(), Some(&Schedule::session_range(16, 20).unwrap().with_boosters()));
    let tags = cra.tags();
    assert_eq!(
        tags.providers(),
        TagSet::from([
            Provider::PsychiatricOutpatientCare,
            Provider::IndividualAndFamilyCare,
            Provider::MariaClinic
        ])
    );
    assert_eq!(
        tags.roles(),
        TagSet::from([
            Role::Psychologist,
            Role::Counsellor,
            Role::Psychotherapist,
            Role::SocialWorker
        ])
    );
    assert!(tags.treatment_types().is_empty());
    assert_eq!(tags.age_groups(), TagSet::from([AgeGroup::Adults, AgeGroup::Older]));
    assert_eq!(tags.severities(), TagSet::from([Severity::Moderate, Severity::Severe]));
    assert!(tags.conditions().is_empty());
}

/// The fixture in the structure of a successor-site page that heads its
/// target group `Målgrupp och situation`: read as `Målgrupp eller
/// situation`, with its facts, and written back with the page's wording.
#[test]
fn a_heading_worded_as_on_the_successor_site() {
    let text = util::fixtures::NEDTRAPPNING;
    let entry = parse(text);
    assert_eq!(entry.sections().heading(Section::TargetGroup), "Målgrupp och situation");
    assert_eq!(entry.sections().heading(Section::Knowledge), "Kunskapsläge");
    assert!(entry.target_group().starts_with("Personer som under lång tid"));
    assert_eq!(
        entry.target(),
        insats::Target::new(TagSet::only(Substance::Benzodiazepines), Population::Anyone)
    );
    let benzo = TagSet::only(Substance::Benzodiazepines);
    assert_eq!(
        entry.recommendations(),
        [
            Recommendation::new(benzo, Population::Anyone, rank(2))
                .with_verb(RecommendationVerb::Should),
            Recommendation::new(benzo, Population::Anyone, rank(2))
                .with_add_on(true)
                .with_verb(RecommendationVerb::Should),
        ]
    );
    assert!(!entry.is_add_on());
    assert_eq!(entry.competence(), "Insatsen ordineras av legitimerad läkare.");
    assert_eq!(entry.tags().roles(), TagSet::from([Role::Physician, Role::Nurse]));
    assert_round_trip(text);
    // The seeds' wording on the same page is the same entry but for the
    // wording, and renders with the seeds' wording.
    let plain = text.replace("Målgrupp och situation", "Målgrupp eller situation");
    let plain_entry = parse(&plain);
    assert_ne!(plain_entry, entry);
    assert_eq!(plain_entry.target_group(), entry.target_group());
    assert_eq!(page::render(&plain_entry), plain);
}

/// The wording of a heading is kept in the catalog's JSON only where it is
/// not the seeds' wording, and a wording that is not the section's is
/// refused with the section named.
#[test]
fn heading_wordings_in_json() {
    let entry = parse(util::fixtures::NEDTRAPPNING);
    let json = serde_json::to_value(&entry).unwrap();
    assert_eq!(
        json["sections"]["headings"],
        serde_json::json!({ "target_group": "Målgrupp och situation" })
    );
    let back: insats::Intervention = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, entry);
    let plain = serde_json::to_value(parse(util::fixtures::CRA)).unwrap();
    assert!(plain["sections"].get("headings").is_none(), "{}", plain["sections"]);

    let mut wrong = json;
    wrong["sections"]["headings"]["target_group"] = "Kunskapsläge".into();
    let err = serde_json::from_value::<insats::Intervention>(wrong).unwrap_err().to_string();
    assert!(
        err.starts_with("\"Kunskapsläge\" is not a heading of the section target_group"),
        "{err}"
    );
}

/// A section without text is not written, so its heading cannot keep a
/// wording of its own: the builder refuses that.
#[test]
fn a_wording_needs_a_section_with_text() {
    let mut sections = insats::Sections::default();
    sections.set_heading(Section::TargetGroup, "Målgrupp och situation").unwrap();
    let err = insats::Intervention::builder("Exempel").sections(sections.clone()).build();
    assert!(
        matches!(
            err.as_ref().map_err(insats::Error::kind),
            Err(insats::ErrorKind::Intervention { field: "sections.headings", .. })
        ),
        "{err:?}"
    );
    sections.target_group = "Vuxna.".to_owned();
    let entry = insats::Intervention::builder("Exempel").sections(sections).build().unwrap();
    assert!(page::render(&entry).contains("\n\nMålgrupp och situation\n\nVuxna."));
    assert_eq!(parse(&page::render(&entry)), entry);
}

/// The fixture in the structure of the successor site's newer edition:
/// two lead-in lines without a colon, one `bör` and one `kan`, each over
/// bullets with their own substances and priorities.
#[test]
fn lead_in_lines_without_a_colon_on_the_successor_site() {
    let entry = parse(util::fixtures::ATERFALLSPREVENTION);
    assert_eq!(entry.breadcrumb().home(), None);
    assert_eq!(entry.breadcrumb().area(), "Skadligt bruk/missbruk och beroende");
    let pair = |s: Substance, population, n, verb| {
        Recommendation::new(TagSet::only(s), population, rank(n)).with_verb(verb)
    };
    use RecommendationVerb::{May, Should};
    assert_eq!(
        entry.recommendations(),
        [
            pair(Substance::Alcohol, Population::Anyone, 2, Should),
            pair(Substance::Cannabis, Population::Anyone, 3, Should),
            pair(Substance::CentralStimulants, Population::Anyone, 4, May),
            pair(Substance::Opioids, Population::InMedicationAssistedTreatment, 4, May),
        ]
    );
    assert_eq!(entry.schedule(), None);
    assert_round_trip(util::fixtures::ATERFALLSPREVENTION);
}

#[test]
fn newer_edition_without_home_line() {
    let text = "Exempel\n\nSkadligt bruk/missbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n\
                Målgrupp eller situation\n\nPersoner med skadligt bruk av alkohol.";
    let entry = parse(text);
    assert_eq!(entry.breadcrumb().home(), None);
    assert_eq!(entry.breadcrumb().area(), "Skadligt bruk/missbruk och beroende");
    assert_eq!(entry.area(), Condition::SubstanceUseAndDependence);
    assert_eq!(entry.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));
    assert!(entry.tags().conditions().is_empty());
    assert_round_trip(text);
}

/// A byte order mark before the title (as some editors write) is not part
/// of the title: the page reads as without it.
#[test]
fn a_byte_order_mark_before_the_title_is_not_part_of_it() {
    let seed = util::fixtures::NATVERKSTERAPI;
    let with_bom = format!("\u{feff}{seed}");
    let entry = page::parse(&with_bom).unwrap();
    assert_eq!(entry.name(), "Nätverksterapi");
    assert_eq!(entry, page::parse(seed).unwrap());
    assert_eq!(page::parse_lenient(&with_bom).unwrap(), (entry, Vec::new()));
}

/// A page of each of the guide's other sections reads with the kind its
/// section states, writes back byte for byte, and loads into a catalog
/// with its kind and section (issue 22).
#[test]
fn pages_of_the_assessment_and_early_signs_sections_keep_kind_and_section() {
    use insats::{Catalog, GuideSection, Kind};
    for (text, kind, section) in [
        (util::fixtures::AUDIT, Kind::Assessment, GuideSection::Assessment),
        (util::fixtures::URINE_TEST, Kind::Test, GuideSection::EarlySigns),
    ] {
        let entry = insats::page::parse(text).unwrap();
        assert_eq!(entry.kind(), Some(kind));
        assert_eq!(entry.guide_section(), Some(section));
        assert_eq!(entry.best_priority(), Some(rank(1)));
        assert_eq!(insats::page::render(&entry), text);
        let catalog = Catalog::from_pages([text]).unwrap();
        let loaded = catalog.iter().next().unwrap();
        assert_eq!((loaded.kind(), loaded.guide_section()), (Some(kind), Some(section)));
    }
    let treatment = insats::page::parse(util::fixtures::ATERFALLSPREVENTION).unwrap();
    assert_eq!(treatment.guide_section(), Some(GuideSection::TreatmentAndSupport));
    assert_eq!(treatment.kind(), None, "a treatment page does not say which of three kinds");
}

/// The conformance tests: they read the seeds (see `util::sources`).
mod conformance {
    use super::*;

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn natverksterapi_seed() {
        let sources = util::sources();
        let nt_seed = sources.seed("natverksterapi.txt");
        let nt = parse(nt_seed);
        assert_natverksterapi(&nt, nt_seed);
        assert_eq!(
            nt.lede(),
            Some(
                "Manualbaserad metod där individens nätverk involveras i behandlingen för att öka \
                 möjligheterna till ett positivt utfall."
            )
        );
        assert_eq!(nt.competence(), "Kompetens enligt arbetsgivarens beslut.");
        assert!(nt.implementation().starts_with("Grundtanken i nätverksterapi"));
        assert!(nt.implementation().contains("deltar.\n\nI den inledande fasen"));
        assert!(nt.implementation().ends_with("behandlingen är avslutad."));
    }

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn psykosocial_behandling_seed() {
        let sources = util::sources();
        let pb = parse(sources.seed("psykosocial-behandling.txt"));
        assert_psykosocial_behandling(&pb);
        // White space inside lines is kept: trailing U+00A0 no-break spaces.
        assert!(pb.target_group().ends_with("narkotika.\u{a0}"));
        assert!(pb.knowledge().ends_with("finns.\u{a0}\u{a0}"));
    }

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn seeds_render_back_byte_for_byte() {
        let sources = util::sources();
        let nt_seed = sources.seed("natverksterapi.txt");
        let pb_seed = sources.seed("psykosocial-behandling.txt");
        assert_round_trip(nt_seed);
        assert_round_trip(pb_seed);
        // A trailing line break, or Windows line breaks, read the same.
        assert_eq!(parse(&format!("{}\n", nt_seed)), parse(nt_seed));
        assert_eq!(parse(&nt_seed.replace('\n', "\r\n")), parse(nt_seed));
    }

    /// The seed pages, strict as they are, give no warnings when read
    /// leniently.
    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn seed_pages_give_no_lenient_warnings() {
        let sources = util::sources();
        let nt_seed = sources.seed("natverksterapi.txt");
        assert!(page::parse_lenient(nt_seed).unwrap().1.is_empty());
    }

    /// A byte order mark before the title of a seed page is not part of it.
    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn a_byte_order_mark_before_a_seed_page() {
        let sources = util::sources();
        let seed = sources.seed("natverksterapi.txt");
        let with_bom = format!("\u{feff}{seed}");
        let entry = page::parse(&with_bom).unwrap();
        assert_eq!(entry.name(), "Nätverksterapi");
        assert_eq!(entry, page::parse(seed).unwrap());
        assert_eq!(page::parse_lenient(&with_bom).unwrap(), (entry, Vec::new()));
    }

    /// The fixture pages are the project's own words: no sentence of the
    /// seeds (longer than a heading or a label) is copied into them.
    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn fixtures_do_not_copy_the_seeds() {
        let sources = util::sources();
        let seeds =
            [sources.seed("natverksterapi.txt"), sources.seed("psykosocial-behandling.txt")];
        for (name, text) in util::fixtures::ALL {
            let entry = parse(text);
            let phases = entry.phases().iter().map(|p| p.aims());
            for text in
                entry.sections().iter().map(|(_, text)| text).chain(entry.lede()).chain(phases)
            {
                for sentence in text.split(['.', ',', ':']).map(str::trim).filter(|s| s.len() > 30)
                {
                    for seed in seeds {
                        assert!(!seed.contains(sentence), "{name} copies a seed: {sentence:?}");
                    }
                }
            }
        }
    }
}
