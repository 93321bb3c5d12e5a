//! What the prose of a page's sections reads as (`insats::page`):
//! recommendations in sentences and bullets, add-on markers and verbs,
//! schedules, phases, abbreviations and manual-based methods; each page
//! written here renders back byte for byte.

use insats::page;
use insats::{
    AgeGroup, Population, Recommendation, RecommendationVerb, Schedule, Span, SpanUnit, Substance,
    TagSet,
};

use super::format::{assert_round_trip, page_with, page_without_home, parse, substances};
use crate::util::rank;

#[test]
fn several_recommendations_in_one_sentence() {
    let text = page_with(
        "Community reinforcement approach (CRA)",
        "Målgrupp eller situation\n\nPersoner med missbruk eller beroende av alkohol eller narkotika.\n\n\
         Kunskapsläge\n\nSocialstyrelsens nationella riktlinjer anger att hälso- och sjukvården och \
         socialtjänsten bör erbjuda CRA vid missbruk eller beroende av alkohol (prioritet 2) eller \
         centralstimulantia (prioritet 3). CRA kan också erbjudas personer med opioidberoende i \
         läkemedelsassisterad behandling (prioritet 4).\n\n\
         Genomförande\n\nBehandlingen omfattar vanligtvis mellan 16 och 20 träffar samt några \
         boostersessioner.",
    );
    let cra = parse(&text);
    assert_eq!(cra.id(), "community-reinforcement-approach-cra");
    assert_eq!(cra.abbreviation(), Some("CRA"));
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
    assert_round_trip(&text);
}

#[test]
fn recommendations_in_bullets_and_bullets_in_prose() {
    let text = page_with(
        "Ungdomsinsats",
        "Målgrupp eller situation\n\nUngdomar under 18 år med alkohol- eller narkotikaproblem.\n\n\
         Kunskapsläge\n\nEnligt de nationella riktlinjerna bör hälso- och sjukvården och socialtjänsten \
         erbjuda insatsen till:\n\n\
         \u{20}\u{20}• ungdomar med alkohol- eller narkotikaproblem (prioritet 3)\n\
         \u{20}\u{20}• personer med opioidberoende i läkemedelsassisterad behandling (prioritet 4)\n\n\
         Genomförande\n\nInsatsen innehåller:\n\n\
         \u{20}\u{20}• Utförare: samtal med individen\n\
         \u{20}\u{20}• kartläggning\n\n\
         Märkning\n\n  • Åldersgrupp: Barn (0-17 år)",
    );
    let entry = parse(&text);
    assert_eq!(
        entry.target(),
        insats::Target::new(
            substances([Substance::Alcohol, Substance::Narcotics]),
            Population::Youth
        )
    );
    assert_eq!(
        entry.recommendations(),
        [
            Recommendation::new(
                substances([Substance::Alcohol, Substance::Narcotics]),
                Population::Youth,
                rank(3)
            )
            .with_verb(RecommendationVerb::Should),
            Recommendation::new(
                TagSet::only(Substance::Opioids),
                Population::InMedicationAssistedTreatment,
                rank(4)
            )
            .with_verb(RecommendationVerb::Should),
        ]
    );
    // Bullets outside Märkning are prose, even one that looks like a tag.
    assert!(
        entry.implementation().contains("  • Utförare: samtal med individen\n  • kartläggning")
    );
    assert!(entry.tags().providers().is_empty());
    assert_eq!(entry.tags().age_groups(), TagSet::only(AgeGroup::Children));
    assert_round_trip(&text);
}

#[test]
fn priority_falls_back_to_the_target_groups_substances() {
    let text = page_with(
        "Parinsats",
        "Målgrupp eller situation\n\nPersoner med beroende av cannabis och deras anhöriga.\n\n\
         Kunskapsläge\n\nInsatsen kan erbjudas (prioritet 6).",
    );
    let entry = parse(&text);
    assert_eq!(entry.target().population(), Population::Relatives);
    assert_eq!(
        entry.recommendations(),
        [Recommendation::new(TagSet::only(Substance::Cannabis), Population::Anyone, rank(6))
            .with_verb(RecommendationVerb::May)]
    );
}

#[test]
fn an_add_on_pair_does_not_make_the_whole_entry_an_add_on() {
    let text = page_with(
        "Kognitiv beteendeterapi (KBT)",
        "Kunskapsläge\n\nEnligt riktlinjerna bör KBT erbjudas vid missbruk eller beroende av \
         alkohol (prioritet 2). KBT kan också ges som tillägg till nedtrappning av \
         bensodiazepiner (prioritet 3).",
    );
    let kbt = parse(&text);
    assert_eq!(kbt.abbreviation(), Some("KBT"));
    assert!(!kbt.is_manual_based());
    // A word that starts with `manualbaser` makes an entry manual-based; the
    // letters inside another word do not.
    for (text, manual) in
        [("Behandlingen är manualbaserad.", true), ("En omanualbaserad text.", false)]
    {
        let entry = parse(&page_with("Exempel", &format!("Genomförande\n\n{text}")));
        assert_eq!(entry.is_manual_based(), manual, "{text}");
    }
    // Only one word of at most 12 characters, with a capital, in the
    // title's closing parentheses is an abbreviation.
    for (title, abbreviation) in [
        ("Exempel (ABCDEFGHIJKL)", Some("ABCDEFGHIJKL")),
        ("Exempel (ABCDEFGHIJKLM)", None),
        ("Exempel (Två Ord)", None),
        ("Exempel (gemener)", None),
        ("Exempel ()", None),
        ("Exempel (A-CRA)", Some("A-CRA")),
    ] {
        let entry = parse(&page_with(title, "Kunskapsläge\n\nText."));
        assert_eq!(entry.abbreviation(), abbreviation, "{title}");
    }
    assert!(!kbt.is_add_on());
    assert_eq!(
        kbt.recommendations(),
        [
            Recommendation::new(TagSet::only(Substance::Alcohol), Population::Anyone, rank(2))
                .with_verb(RecommendationVerb::Should),
            Recommendation::new(
                TagSet::only(Substance::Benzodiazepines),
                Population::Anyone,
                rank(3)
            )
            .with_add_on(true)
            .with_verb(RecommendationVerb::May),
        ]
    );
}

#[test]
fn tillagg_in_other_senses_is_not_an_add_on() {
    for prose in [
        "Metoden liknar KBT, med tillägget att det finns en manual.",
        "Insatsen ges i team med tillägg av case management.",
    ] {
        let text = page_with(
            "Exempel",
            &format!(
                "Kunskapsläge\n\n{prose} Socialtjänsten bör erbjuda den vid alkohol (prioritet 3)."
            ),
        );
        let entry = parse(&text);
        assert!(!entry.is_add_on(), "{prose}");
        assert!(!entry.recommendations()[0].is_add_on(), "{prose}");
        assert!(!entry.is_manual_based(), "{prose}");
    }
    let add_on = page_with(
        "Exempel",
        "Kunskapsläge\n\nSocialtjänsten kan erbjuda insatsen som tillägg till annan behandling vid \
         alkohol (prioritet 5).",
    );
    let entry = parse(&add_on);
    assert!(entry.is_add_on());
    assert!(entry.recommendations()[0].is_add_on());
}

/// A no-break space between `prioritet` and its number (the guide's pages
/// hold no-break spaces) still gives the recommendation.
#[test]
fn a_no_break_space_inside_a_priority_marker() {
    let text = page_without_home(
        "Kunskapsläge\n\nSocialtjänsten kan erbjuda insatsen vid alkohol (prioritet\u{a0}4).",
    );
    let entry = page::parse(&text).unwrap();
    assert_eq!(
        entry.recommendations(),
        [Recommendation::new(TagSet::only(Substance::Alcohol), Population::Anyone, rank(4))
            .with_verb(RecommendationVerb::May)]
    );
    assert_eq!(page::render(&entry), text);
}

/// The verb of a recommendation is the one that governs `erbjuda`, not a
/// `kan` earlier in the sentence (`kan ges individuellt … och bör
/// erbjudas` is `bör`); `bör inte erbjudas` is neither.
#[test]
fn the_verb_is_the_one_that_offers() {
    let cases = [
        (
            "Insatsen kan ges individuellt eller i grupp och bör erbjudas vid alkohol (prioritet 2).",
            Some(RecommendationVerb::Should),
        ),
        (
            "Riktlinjerna, som kan läsas på webben, anger att socialtjänsten bör erbjuda KBT vid \
             alkohol (prioritet 2).",
            Some(RecommendationVerb::Should),
        ),
        (
            "Hälso- och sjukvården bör inte erbjuda insatsen vid alkohol (prioritet Icke-göra).",
            None,
        ),
        // The plain forms of the seeds.
        ("CRA kan också erbjudas vid alkohol (prioritet 4).", Some(RecommendationVerb::May)),
        (
            "Socialtjänsten bör erbjuda insatsen vid alkohol (prioritet 2).",
            Some(RecommendationVerb::Should),
        ),
        ("Insatsen bör ges vid alkohol (prioritet 2).", Some(RecommendationVerb::Should)),
    ];
    for (prose, verb) in cases {
        let entry = page::parse(&page_without_home(&format!("Kunskapsläge\n\n{prose}"))).unwrap();
        let found: Vec<_> = entry.recommendations().iter().map(Recommendation::verb).collect();
        assert_eq!(found, [verb], "{prose}");
    }
}

#[test]
fn session_counts_and_spans() {
    let cases: [(&str, Schedule); 5] = [
        ("MET omfattar fem samtalstillfällen.", Schedule::sessions(5).unwrap()),
        (
            "Vanligtvis mellan 16 och 20 träffar samt några boostersessioner.",
            Schedule::session_range(16, 20).unwrap().with_boosters(),
        ),
        (
            "Programmet pågår i 6–8 veckor.",
            Schedule::span(Span::new(6, 8, SpanUnit::Weeks).unwrap()),
        ),
        (
            "Programmet pågår i 6-8 veckor med minst 18 sessioner.",
            Schedule::at_least_sessions(18)
                .unwrap()
                .with_span(Span::new(6, 8, SpanUnit::Weeks).unwrap()),
        ),
        ("Under tio veckor ges tre sessioner per vecka.", Schedule::weekly(10, 3).unwrap()),
    ];
    for (prose, schedule) in cases {
        let text = page_with("Exempel", &format!("Genomförande\n\n{prose}"));
        assert_eq!(parse(&text).schedule(), Some(&schedule), "{prose}");
        assert_round_trip(&text);
    }
    let none = page_with("Exempel", "Genomförande\n\nInsatsen ges till personer över 18 år.");
    assert_eq!(parse(&none).schedule(), None);
}

/// A range written with `till` (`8 till 12 sessioner`, `ett till fem
/// samtal`, `fyra till sex månader`) is a range, not its upper end.
#[test]
fn a_range_written_with_till() {
    let cases = [
        ("Behandlingen omfattar 8 till 12 sessioner.", Schedule::session_range(8, 12)),
        ("Kort intervention består av ett till fem samtal.", Schedule::session_range(1, 5)),
        (
            "Insatsen pågår i fyra till sex månader.",
            Ok(Schedule::span(Span::new(4, 6, SpanUnit::Months).unwrap())),
        ),
    ];
    for (prose, schedule) in cases {
        let entry = page::parse(&page_without_home(&format!("Genomförande\n\n{prose}"))).unwrap();
        assert_eq!(entry.schedule(), schedule.ok().as_ref(), "{prose}");
    }
}

/// The schedule is read from `Genomförande`, and from `Sammanfattning` only
/// when `Genomförande` states none: a follow-up after six months in the
/// summary is not the span of a five-session course.
#[test]
fn the_summary_does_not_add_to_the_schedule_of_genomforande() {
    let text = page_without_home(
        "Sammanfattning\n\nEffekten följs upp efter sex månader.\n\n\
         Genomförande\n\nMET omfattar fem samtalstillfällen.",
    );
    assert_eq!(page::parse(&text).unwrap().schedule(), Schedule::sessions(5).ok().as_ref());
    let only_summary = page_without_home("Sammanfattning\n\nMET omfattar fem samtalstillfällen.");
    assert_eq!(page::parse(&only_summary).unwrap().schedule(), Schedule::sessions(5).ok().as_ref());
}

/// A paragraph after `den tredje och sista fasen` that mentions `den sista
/// fasen` again is not a fourth phase.
#[test]
fn no_phase_after_the_last_one() {
    let text = page_without_home(
        "Genomförande\n\nI den inledande fasen a.\n\nI den andra fasen b.\n\n\
         I den tredje och sista fasen c.\n\nEfter den sista fasen följer uppföljning.",
    );
    let entry = page::parse(&text).unwrap();
    let names: Vec<&str> = entry.phases().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["Inledande fasen", "Andra fasen", "Tredje och sista fasen"]);
}
