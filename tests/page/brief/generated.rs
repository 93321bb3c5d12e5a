//! Generated entries with every kind of fact, and mutated pages with
//! blocks: the promise of the parent module over what proptest draws.

use super::{check, never_on_a_page};
use crate::util;
use insats::page::{self};
use insats::{
    AgeScope, Breadcrumb, Competence, CompetenceRequirement, ConditionPattern, Dispute,
    Intervention, Kind, NearestStated, Need, NrPriority, Phase, Population, Principal,
    PrincipalDispute, Recommendation, RecommendationVerb, Schedule, Sections, Situation, Substance,
    TagSet, Tags, Target, Vocabulary, catalog,
};
use proptest::prelude::*;

/// Free texts: most can be quoted, two cannot (a quotation mark, a line
/// break), one holds what reads as structure inside a quotation.
const TEXTS: &[&str] = &[
    "missbruk eller beroende av alkohol",
    "Anhörig till person med missbruk; t.ex. i primärvården.",
    "rad (prioritet 3) i en källa. Substanser: alkohol.",
    "https://example.org/nr/rad-1",
    "med ”citat” inuti",
    "två\nrader",
];

fn quotable(text: &str) -> bool {
    !text.contains('”') && !text.contains('\n')
}

/// Prose that states facts the readers read, or none.
const TARGET_GROUPS: &[&str] = &[
    "",
    "Personer med skadligt bruk eller beroende av alkohol och narkotika.",
    "Ungdomar med cannabisproblem. Den ses som ett komplement till annan behandling.",
    "Metoden stödjer individen i det sociala sammanhanget.",
];
const KNOWLEDGE: &[&str] = &[
    "",
    "Socialstyrelsens nationella riktlinjer anger att socialtjänsten kan erbjuda insatsen vid beroende av alkohol (prioritet 4).",
    "Den kan ges som tillägg till annan behandling vid alkohol (prioritet 6).",
    "Flera insatser har fått hög prioritet.",
];
const SUMMARY: &[&str] =
    &["", "Metoden är manualbaserad.", "Både CRA och MET finns i särskilda ungdomsversioner."];
const IMPLEMENTATION: &[&str] = &[
    "",
    "Behandlingen pågår under 12 veckor, med en session varje vecka.",
    "I den inledande fasen byggs motivation.\n\nI den andra fasen övas färdigheter.",
    "Noggrann kartläggning av familjesituation och psykisk ohälsa behövs.",
];

fn subset<T: Vocabulary>(max: usize) -> impl Strategy<Value = TagSet<T>> {
    prop::sample::subsequence(T::ALL.to_vec(), 0..=T::ALL.len().min(max))
        .prop_map(|values| values.into_iter().collect())
}

fn text() -> impl Strategy<Value = String> {
    prop::sample::select(TEXTS).prop_map(str::to_owned)
}

fn population() -> impl Strategy<Value = Population> {
    prop::sample::select(Population::all().collect::<Vec<_>>())
}

fn age_scope() -> impl Strategy<Value = AgeScope> {
    prop::sample::select(vec![
        AgeScope::Unspecified,
        AgeScope::Under18,
        AgeScope::Adults,
        AgeScope::Youth13To21,
        AgeScope::From20UnlessSpecialReasons,
    ])
}

fn priority() -> impl Strategy<Value = NrPriority> {
    prop_oneof![
        8 => (1u8..=10).prop_map(|n| NrPriority::rank(n).unwrap()),
        1 => Just(NrPriority::ResearchOnly),
        1 => Just(NrPriority::DontDo),
    ]
}

fn verb() -> impl Strategy<Value = Option<RecommendationVerb>> {
    prop::option::of(prop::sample::select(vec![
        RecommendationVerb::Should,
        RecommendationVerb::May,
        RecommendationVerb::Exceptionally,
    ]))
}

fn principal() -> impl Strategy<Value = Principal> {
    prop::sample::select(Principal::ALL.to_vec())
}

fn recommendation() -> impl Strategy<Value = Recommendation> {
    (
        (subset::<Substance>(3), population(), prop::option::weighted(0.85, priority())),
        (subset::<ConditionPattern>(3), age_scope(), prop::option::of(11u8..21), principal()),
        (any::<bool>(), any::<bool>(), verb(), prop::option::of(2015u16..2020), any::<bool>()),
        (
            prop::option::of(text()),
            prop::option::of(text()),
            prop::option::of(text()),
            prop::option::of(text()),
        ),
        (
            prop::collection::vec((priority(), text()), 0..2),
            prop::collection::vec((principal(), text()), 0..2),
        ),
    )
        .prop_map(|(a, b, c, d, e)| {
            let (substances, population, priority) = a;
            let (patterns, scope, min_age, principal) = b;
            let (add_on, no_effect, verb, edition, insufficient) = c;
            let (condition, nearest, source, measure) = d;
            let (disputes, principal_disputes) = e;
            let mut r = match priority {
                Some(p) => Recommendation::new(substances, population, p),
                None => Recommendation::unrated(substances, population),
            }
            .with_patterns(patterns)
            .with_age_scope(scope)
            .with_principal(principal)
            .with_add_on(add_on)
            .with_no_established_effect(no_effect)
            .with_insufficient_evidence(insufficient);
            if let Some(n) = min_age {
                r = r.with_min_age(n);
            }
            if let Some(v) = verb {
                r = r.with_verb(v);
            }
            if let Some(y) = edition {
                r = r.with_edition(y);
            }
            if let Some(c) = condition {
                r = r.with_condition(c);
            }
            if let Some(m) = measure {
                r = r.with_measure(m);
            }
            if let Some(n) = nearest {
                r = r.with_nearest_stated(NearestStated::new(
                    NrPriority::DontDo,
                    n,
                    "https://x.se",
                ));
            }
            if let Some(s) = source {
                r = r.with_source(s);
            }
            for (p, s) in disputes {
                r = r.with_dispute(Dispute::new(p, s));
            }
            for (p, s) in principal_disputes {
                r = r.with_principal_dispute(PrincipalDispute::new(p, s));
            }
            r
        })
}

fn target() -> impl Strategy<Value = Target> {
    (
        (subset::<Substance>(3), population(), age_scope(), verb()),
        (prop::option::of(11u8..21), prop::option::of(18u8..21)),
        (subset::<ConditionPattern>(2), principal()),
    )
        .prop_map(|((substances, population, scope, verb), (min, usual), (patterns, p))| {
            let mut t = Target::new(substances, population)
                .with_age_scope(scope)
                .with_patterns(patterns)
                .with_principal(p);
            if let Some(v) = verb {
                t = t.with_verb(v);
            }
            if let Some(n) = min {
                t = t.with_min_age(n);
            }
            if let Some(n) = usual {
                t = t.with_usual_min_age(n);
            }
            t
        })
}

fn schedule() -> impl Strategy<Value = Option<Schedule>> {
    prop::sample::select(vec![
        None,
        Schedule::sessions(5).ok(),
        Schedule::weekly(24, 2).ok(),
        Schedule::session_range(16, 20).ok().map(Schedule::with_boosters),
        Schedule::at_least_sessions(18).ok(),
    ])
}

fn phases() -> impl Strategy<Value = Vec<Phase>> {
    prop::collection::vec((text(), text()), 0..3).prop_map(|parts| {
        parts
            .into_iter()
            .enumerate()
            .map(|(i, (name, aims))| Phase::new(i as u8 + 1, name, aims))
            .collect()
    })
}

/// An entry: names with and without an abbreviation in the title, every
/// breadcrumb shape, prose from the tables above, and every fact.
fn entry() -> impl Strategy<Value = Intervention> {
    let name = prop::sample::select(vec![
        "Exempelinsats",
        "Klometiazol (Heminevrin)",
        "Community reinforcement approach (CRA)",
    ]);
    let section = prop::sample::select(vec![
        "Behandling och stöd",
        "Kartläggning och utredning",
        "Tidiga tecken och tidig upptäckt",
        "",
    ]);
    let prose = (
        prop::sample::select(TARGET_GROUPS),
        prop::sample::select(KNOWLEDGE),
        prop::sample::select(SUMMARY),
        prop::sample::select(IMPLEMENTATION),
        prop::option::of(Just("Ett manualbaserat arbetssätt.")),
    );
    let facts = (
        (target(), prop::collection::vec(recommendation(), 0..4), any::<bool>(), any::<bool>()),
        (schedule(), phases(), subset::<Need>(2), subset::<Need>(2)),
        (
            prop::collection::vec(prop::sample::select(vec!["CRA", "MET", "A ”B”"]), 0..3),
            prop::option::of(prop::sample::select(vec!["KBT", "ÅP", "A ”B”"])),
            prop::option::of(prop::sample::select(Kind::ALL.to_vec())),
            prop::option::of((prop::sample::select(CompetenceRequirement::ALL.to_vec()), text())),
        ),
        (prop::option::of(text()), prop::collection::vec(text(), 0..2), any::<bool>()),
        (
            prop::option::of(Just("ungdomsversionen")),
            prop::option::of(Just("vuxenformen")),
            prop::collection::vec(prop::sample::select(vec!["del-1", "del-2", "del-3"]), 0..3),
        ),
    );
    (name, section, any::<bool>(), prose, facts).prop_filter_map(
        "the builder refuses it",
        |(name, section, home, prose, facts)| {
            let (target_group, knowledge, summary, implementation, lede) = prose;
            let (
                (target, rows, add_on, manual),
                (schedule, phases, served, areas),
                more,
                last,
                links,
            ) = facts;
            let (youth, abbreviation, kind, competence) = more;
            let (source, notes, custom_id) = last;
            let (youth_version, adult_version, components) = links;
            let mut sections = Sections::default();
            sections.target_group = target_group.to_owned();
            sections.knowledge = knowledge.to_owned();
            sections.summary = summary.to_owned();
            sections.implementation = implementation.to_owned();
            let home = home.then(|| "Missbruk och beroende".to_owned());
            let mut b = Intervention::builder(name)
                .breadcrumb(Breadcrumb::new(home, "Missbruk och beroende", section))
                .sections(sections)
                .tags(Tags::new().with_severities(TagSet::all()))
                .target(target)
                .recommendations(rows)
                .add_on(add_on)
                .manual_based(manual)
                .needs_served(served)
                .assessment_areas(areas);
            if let Some(lede) = lede {
                b = b.lede(lede);
            }
            if let Some(s) = schedule {
                b = b.schedule(s);
            }
            for p in phases {
                b = b.phase(p);
            }
            for y in youth {
                b = b.youth_version_named(y);
            }
            if let Some(a) = abbreviation {
                b = b.abbreviation(a);
            }
            if let Some(k) = kind {
                b = b.kind(k);
            }
            if let Some((requirement, words)) = competence {
                b = b.required_competence(Competence::new(requirement, words));
            }
            if let Some(s) = source {
                b = b.source(s);
            }
            for n in notes {
                b = b.note(n);
            }
            if custom_id {
                b = b.id("eget-id");
            }
            if let Some(id) = youth_version {
                b = b.youth_version(id);
            }
            if let Some(id) = adult_version {
                b = b.adult_version(id);
            }
            for id in components {
                b = b.component(id);
            }
            b.build().ok()
        },
    )
}

/// Whether `entry` holds a value that a page cannot hold for `path`: a
/// free text that cannot be quoted.
fn unquotable_value(entry: &Intervention, path: &str) -> bool {
    let rows = entry.recommendations();
    let row = |path: &str| -> Option<&Recommendation> {
        let index: usize =
            path.strip_prefix("recommendations[")?.split(']').next()?.parse().ok()?;
        rows.get(index)
    };
    match path {
        "abbreviation" => entry.abbreviation().is_some_and(|a| !quotable(a)),
        "youth_versions_named" => entry.youth_versions_named().iter().any(|n| !quotable(n)),
        "phases" => entry.phases().iter().any(|p| !quotable(p.name()) || !quotable(p.aims())),
        _ if path.ends_with(".condition") => {
            row(path).and_then(Recommendation::condition).is_some_and(|c| !quotable(c))
        }
        _ if path.ends_with(".measure") => {
            row(path).and_then(Recommendation::measure).is_some_and(|m| !quotable(m))
        }
        _ if path.ends_with(".nearest_stated") => row(path)
            .and_then(Recommendation::nearest_stated)
            .is_some_and(|n| !quotable(n.condition())),
        _ if path.ends_with(".disputes") => {
            row(path).is_some_and(|r| r.disputes().iter().any(|d| !quotable(d.source())))
        }
        _ if path.ends_with(".principal_disputes") => {
            row(path).is_some_and(|r| r.principal_disputes().iter().any(|d| !quotable(d.source())))
        }
        _ => false,
    }
}

/// The built-in pages, written alone and as a catalog's: they hold every
/// kind of block.
fn built_in_pages() -> &'static [String] {
    static PAGES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PAGES.get_or_init(|| {
        let alone = catalog().iter().map(page::render);
        alone.chain(catalog().to_pages().into_iter().map(|(text, _)| text)).collect()
    })
}

/// Lines of `text` dropped, repeated, swapped or changed by a byte.
fn mutate(text: &str, mutations: &[(u8, usize, usize, u8)]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    for &(op, a, b, byte) in mutations {
        let n = lines.len();
        match op % 4 {
            0 => {
                lines.remove(a % n);
            }
            1 => {
                let line = lines[a % n].clone();
                lines.insert(b % n, line);
            }
            2 => lines.swap(a % n, b % n),
            _ => {
                let line = &mut lines[a % n];
                let mut bytes = std::mem::take(line).into_bytes();
                if !bytes.is_empty() {
                    let i = b % bytes.len();
                    bytes[i] = byte;
                }
                *line = String::from_utf8_lossy(&bytes).into_owned();
            }
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(util::proptest_config(512))]

    /// A mutated page with blocks is refused with a page error, or reads
    /// as an entry whose page reads back the same (strictly and
    /// leniently).
    #[test]
    fn mutated_pages_with_blocks_read_back_or_are_refused(
        index in 0usize..136,
        mutations in prop::collection::vec(
            (any::<u8>(), any::<usize>(), any::<usize>(), any::<u8>()),
            1..5,
        ),
    ) {
        let pages = built_in_pages();
        let text = mutate(&pages[index % pages.len()], &mutations);
        match page::parse_lenient(&text) {
            Ok((entry, _)) => {
                let again = page::parse_lenient(&page::render(&entry)).map(|(e, _)| e).ok();
                prop_assert_eq!(again, Some(entry));
            }
            Err(error) => prop_assert!(matches!(error.kind(), insats::ErrorKind::Page { .. }), "{error:?}"),
        }
        match page::parse(&text) {
            Ok(entry) => prop_assert_eq!(page::parse(&page::render(&entry)).ok(), Some(entry)),
            Err(error) => prop_assert!(matches!(error.kind(), insats::ErrorKind::Page { .. }), "{error:?}"),
        }
    }

    /// A generated entry's page differs from it in exactly what
    /// `render_checked` names: what no page carries, and free texts that a
    /// quotation cannot hold; nothing else.
    #[test]
    fn generated_entries_round_trip_but_for_what_is_named(entry in entry()) {
        let left_out = check(&entry, true);
        let never = never_on_a_page(&entry);
        for fact in &left_out {
            let path = fact.path();
            prop_assert!(
                never.contains(&path) || unquotable_value(&entry, &path),
                "{} left out for no reason\n{}",
                path,
                page::render(&entry)
            );
        }
        prop_assert!(never.iter().all(|p| left_out.iter().any(|l| l.path() == *p)));
    }

    /// A situation or need of every kind reads back as a population.
    #[test]
    fn every_population_reads_back(p in population(), s in prop::sample::select(Situation::ALL.to_vec())) {
        for population in [p, Population::InSituation(s)] {
            let row = Recommendation::unrated(TagSet::new(), population);
            let entry = Intervention::builder("Exempel").recommendation(row).build().unwrap();
            prop_assert_eq!(page::render_checked(&entry).1, vec![]);
        }
    }
}
