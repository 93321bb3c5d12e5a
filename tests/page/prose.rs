//! The prose reader of `Kunskapsläge`, pinned by tables: sentences and the
//! recommendations (substances, population, priority, add-on, verb) that
//! each must give, written out here rather than computed. Pages written
//! here, in the forms of the seeds and of the successor site's pages.

use RecommendationVerb::{May, Should};
use Substance::{Alcohol, Benzodiazepines, Cannabis, CentralStimulants, Narcotics, Opioids};
use insats::page;
use insats::{
    NrPriority, PageProblem, Population, Recommendation, RecommendationVerb, Substance, TagSet,
};

/// One row: the target group, the text of `Kunskapsläge`, and the pairs
/// it gives; `off_scale` is the line of a priority off the scale, which
/// the strict reader refuses.
struct Case {
    target: &'static str,
    knowledge: &'static str,
    pairs: Vec<Recommendation>,
    off_scale: Option<usize>,
}

fn rank(n: u8) -> NrPriority {
    NrPriority::rank(n).unwrap()
}

/// A pair as the table states it.
fn pair(
    substances: &[Substance],
    population: Population,
    priority: NrPriority,
    add_on: bool,
    verb: Option<RecommendationVerb>,
) -> Recommendation {
    let mut pair = Recommendation::new(
        substances.iter().copied().collect::<TagSet<_>>(),
        population,
        priority,
    )
    .with_add_on(add_on);
    if let Some(verb) = verb {
        pair = pair.with_verb(verb);
    }
    pair
}

fn case(target: &'static str, knowledge: &'static str, pairs: Vec<Recommendation>) -> Case {
    Case { target, knowledge, pairs, off_scale: None }
}

/// The page of a case; `Kunskapsläge`'s text starts on line 15.
fn page_of(case: &Case) -> String {
    format!(
        "Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n\
         Målgrupp eller situation\n\n{}\n\nKunskapsläge\n\n{}",
        case.target, case.knowledge
    )
}

/// Every row reads as stated, strictly and leniently; a row with a
/// priority off the scale is a strict error on its line, and leniently
/// gives the other pairs.
#[track_caller]
fn check(cases: &[Case]) {
    for case in cases {
        let text = page_of(case);
        let (entry, warnings) =
            page::parse_lenient(&text).unwrap_or_else(|e| panic!("{e}\n{}", case.knowledge));
        assert_eq!(entry.recommendations(), case.pairs, "{}", case.knowledge);
        match case.off_scale {
            None => {
                assert!(warnings.is_empty(), "{}: {warnings:?}", case.knowledge);
                assert_eq!(page::parse(&text).unwrap(), entry, "{}", case.knowledge);
            }
            Some(line) => {
                assert!(!warnings.is_empty(), "{}", case.knowledge);
                assert!(
                    matches!(
                        page::parse(&text).map_err(insats::Error::into_kind),
                        Err(insats::ErrorKind::Page { line: l, problem: PageProblem::PriorityOffScale { .. } })
                            if l == line
                    ),
                    "{}",
                    case.knowledge
                );
            }
        }
    }
}

#[test]
fn ranks_of_two_digits_and_a_capital_p() {
    check(&[
        case(
            "Vuxna.",
            "Insatsen kan erbjudas vid alkohol (prioritet 10).",
            vec![pair(&[Alcohol], Population::Anyone, rank(10), false, Some(May))],
        ),
        case(
            "Vuxna.",
            "Socialtjänsten kan erbjuda insatsen vid cannabis (Prioritet 4).",
            vec![pair(&[Cannabis], Population::Anyone, rank(4), false, Some(May))],
        ),
        case(
            "Vuxna.",
            "Den bör erbjudas vid alkohol (Prioritet 1) och vid opioider (prioritet 10).",
            vec![
                pair(&[Alcohol], Population::Anyone, rank(1), false, Some(Should)),
                pair(&[Opioids], Population::Anyone, rank(10), false, Some(Should)),
            ],
        ),
    ]);
}

#[test]
fn research_only_advised_against_and_off_the_scale() {
    check(&[
        case(
            "Vuxna.",
            "Hälso- och sjukvården bör erbjuda insatsen inom forskning vid opioider (prioritet FoU).",
            vec![pair(
                &[Opioids],
                Population::Anyone,
                NrPriority::ResearchOnly,
                false,
                Some(Should),
            )],
        ),
        case(
            "Vuxna.",
            "Insatsen bör inte erbjudas vid alkohol (prioritet Icke-göra).",
            vec![pair(&[Alcohol], Population::Anyone, NrPriority::DontDo, false, None)],
        ),
        case("Vuxna.", "Flera insatser har hög prioritet.", vec![]),
        Case {
            target: "Vuxna.",
            knowledge: "Insatsen kan erbjudas vid alkohol (prioritet 11).",
            pairs: vec![],
            off_scale: Some(15),
        },
        Case {
            target: "Vuxna.",
            knowledge: "Inledning.\n\nDen kan erbjudas vid opioider (prioritet 0) eller cannabis \
                        (prioritet 5).",
            pairs: vec![pair(&[Cannabis], Population::Anyone, rank(5), false, Some(May))],
            off_scale: Some(17),
        },
    ]);
}

/// A population named before a marker holds for the later markers of the
/// sentence, and ends with it.
#[test]
fn the_population_is_carried_to_the_next_marker() {
    check(&[
        case(
            "Personer med missbruk.",
            "Insatsen bör erbjudas ungdomar med alkoholproblem (prioritet 3) eller cannabis \
             (prioritet 4). Den kan också erbjudas vid opioider (prioritet 6).",
            vec![
                pair(&[Alcohol], Population::Youth, rank(3), false, Some(Should)),
                pair(&[Cannabis], Population::Youth, rank(4), false, Some(Should)),
                pair(&[Opioids], Population::Anyone, rank(6), false, Some(May)),
            ],
        ),
        case(
            "Personer med missbruk.",
            "Den kan erbjudas vid alkohol (prioritet 5) och anhöriga till personer med \
             narkotikaproblem (prioritet 4) eller alkoholproblem (prioritet 6).",
            vec![
                pair(&[Alcohol], Population::Anyone, rank(5), false, Some(May)),
                pair(&[Narcotics], Population::Relatives, rank(4), false, Some(May)),
                pair(&[Alcohol], Population::Relatives, rank(6), false, Some(May)),
            ],
        ),
    ]);
}

/// Two numbers for two substances in one sentence, each for its own.
#[test]
fn two_numbers_for_two_substances() {
    check(&[case(
        "Vuxna med beroende av alkohol eller narkotika.",
        "Hälso- och sjukvården bör erbjuda den vid alkohol (prioritet 2) eller \
         centralstimulantia (prioritet 3).",
        vec![
            pair(&[Alcohol], Population::Anyone, rank(2), false, Some(Should)),
            pair(&[CentralStimulants], Population::Anyone, rank(3), false, Some(Should)),
        ],
    )]);
}

/// A lead-in line gives its substances to the bullets under it that name
/// none (not the target group's), and its population.
#[test]
fn a_lead_in_lines_substances_apply_to_its_bullets() {
    check(&[
        case(
            "Vuxna med beroende av narkotika.",
            "Riktlinjerna anger att socialtjänsten bör erbjuda insatsen vid beroende av alkohol:\n\n\
             \u{20} • som enda behandling (prioritet 2)\n\
             \u{20} • i grupp (prioritet 5)\n\
             \u{20} • vid cannabis (prioritet 6)",
            vec![
                pair(&[Alcohol], Population::Anyone, rank(2), false, Some(Should)),
                pair(&[Alcohol], Population::Anyone, rank(5), false, Some(Should)),
                pair(&[Cannabis], Population::Anyone, rank(6), false, Some(Should)),
            ],
        ),
        case(
            "Vuxna med beroende av narkotika.",
            "Insatsen bör erbjudas ungdomar:\n\n\
             \u{20} • med alkoholproblem (prioritet 3)\n\
             \u{20} • med cannabisproblem (prioritet 4)",
            vec![
                pair(&[Alcohol], Population::Youth, rank(3), false, Some(Should)),
                pair(&[Cannabis], Population::Youth, rank(4), false, Some(Should)),
            ],
        ),
        // A line after the list ends it: its bullets-to-be are its own.
        case(
            "Vuxna med beroende av narkotika.",
            "Insatsen bör erbjudas vid alkohol:\n\n\
             \u{20} • individuellt (prioritet 2)\n\n\
             Resultaten är goda.\n\n\
             \u{20} • i grupp (prioritet 5)",
            vec![
                pair(&[Alcohol], Population::Anyone, rank(2), false, Some(Should)),
                pair(&[Narcotics], Population::Anyone, rank(5), false, Some(Should)),
            ],
        ),
        // A line that ends a sentence leads nothing in, even when it names
        // a substance.
        case(
            "Vuxna med beroende av narkotika.",
            "Insatsen bör erbjudas. Vid alkohol är resultaten goda.\n\n\
             \u{20} • i grupp (prioritet 5)",
            vec![pair(&[Narcotics], Population::Anyone, rank(5), false, Some(Should))],
        ),
    ]);
}

/// A lead-in line's `som tillägg` makes its bullets add-ons.
#[test]
fn a_lead_in_lines_add_on_applies_to_its_bullets() {
    check(&[case(
        "Vuxna.",
        "Riktlinjerna anger att insatsen kan erbjudas som tillägg till annan behandling:\n\n\
         \u{20} • vid alkohol (prioritet 4)\n\
         \u{20} • vid cannabis (prioritet 6)",
        vec![
            pair(&[Alcohol], Population::Anyone, rank(4), true, Some(May)),
            pair(&[Cannabis], Population::Anyone, rank(6), true, Some(May)),
        ],
    )]);
    let text = page_of(&case(
        "Vuxna.",
        "Riktlinjerna anger att insatsen kan erbjudas som tillägg till annan behandling:\n\n\
         \u{20} • vid alkohol (prioritet 4)",
        vec![],
    ));
    assert!(page::parse(&text).unwrap().is_add_on());
}

/// The bullet forms of the successor site's pages (in the project's own
/// words): lead-in lines without a colon, the verb in the lead-in or in
/// the bullet, substances in the bullets or only in the lead-in.
#[test]
fn the_successor_sites_bullet_forms() {
    check(&[
        case(
            "Personer som riskerar att återfalla.",
            "Enligt riktlinjerna bör insatsen erbjudas\n\n\
             \u{20} • vid skadligt bruk av alkohol (prioritet 2)\n\
             \u{20} • vid skadligt bruk av cannabis (prioritet 3).\n\n\
             Enligt riktlinjerna kan insatsen erbjudas\n\n\
             \u{20} • vid beroende av centralstimulerande medel (prioritet 4)\n\
             \u{20} • till personer med opioidberoende i läkemedelsassisterad behandling (prioritet 4).",
            vec![
                pair(&[Alcohol], Population::Anyone, rank(2), false, Some(Should)),
                pair(&[Cannabis], Population::Anyone, rank(3), false, Some(Should)),
                pair(&[CentralStimulants], Population::Anyone, rank(4), false, Some(May)),
                pair(
                    &[Opioids],
                    Population::InMedicationAssistedTreatment,
                    rank(4),
                    false,
                    Some(May),
                ),
            ],
        ),
        case(
            "Personer med skadligt bruk av narkotika.",
            "Enligt riktlinjerna gäller för insatsen vid beroende av\n\n\
             \u{20} • centralstimulerande medel, som tillägg till annan behandling, att den bör \
             erbjudas (prioritet 3)\n\
             \u{20} • cannabis, som tillägg till KBT, att den kan erbjudas (prioritet 7)\n\
             \u{20} • opioider i läkemedelsassisterad behandling, att den kan erbjudas (prioritet 5).",
            vec![
                pair(&[CentralStimulants], Population::Anyone, rank(3), true, Some(Should)),
                pair(&[Cannabis], Population::Anyone, rank(7), true, Some(May)),
                pair(
                    &[Opioids],
                    Population::InMedicationAssistedTreatment,
                    rank(5),
                    false,
                    Some(May),
                ),
            ],
        ),
        case(
            "Personer med beroende av narkotika.",
            "Riktlinjerna anger att hälso- och sjukvården:\n\n\
             bör erbjuda den som är beroende av alkohol läkemedel som\n\n\
             \u{20} • disulfiram eller naltrexon (prioritet 1)\n\n\
             kan erbjuda den som är beroende av alkohol\n\n\
             \u{20} • nalmefen (prioritet 4).",
            vec![
                pair(&[Alcohol], Population::Anyone, rank(1), false, Some(Should)),
                pair(&[Alcohol], Population::Anyone, rank(4), false, Some(May)),
            ],
        ),
        case(
            "Personer som länge har använt bensodiazepiner.",
            "Hälso- och sjukvården bör erbjuda den som länge har använt bensodiazepiner\n\n\
             \u{20} • en nedtrappning (prioritet 2)\n\
             \u{20} • KBT som tillägg till nedtrappningen (prioritet 2).",
            vec![
                pair(&[Benzodiazepines], Population::Anyone, rank(2), false, Some(Should)),
                pair(&[Benzodiazepines], Population::Anyone, rank(2), true, Some(Should)),
            ],
        ),
    ]);
}

/// Where the words before a marker name no substance, the target group's
/// are the pair's.
#[test]
fn the_target_groups_substances_when_none_are_named() {
    check(&[case(
        "Personer med beroende av cannabis och deras anhöriga.",
        "Insatsen kan erbjudas (prioritet 6).",
        vec![pair(&[Cannabis], Population::Anyone, rank(6), false, Some(May))],
    )]);
}
