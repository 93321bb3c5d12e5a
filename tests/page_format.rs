//! The page format (`insats::page`): what a page of the guide reads as,
//! that it renders back byte for byte, and the errors of a page that does
//! not follow the format; on the fixture pages, the seed pages and pages in
//! the forms of the live guide.

use insats::page::{self, Warning};
use insats::{
    AgeGroup, Condition, Facet, Need, NrPriority, PageProblem, Phase, Population, Provider,
    Recommendation, RecommendationVerb, Role, Schedule, Section, SessionPattern, Severity, Span,
    SpanUnit, Substance, TagSet, TreatmentType,
};

mod util;
use util::rank;

#[path = "../benches/common/adversarial.rs"]
mod adversarial;

/// A page of the older edition: title, breadcrumb with `Gå till
/// huvudsidan`, the title again, then `body`.
fn page_with(title: &str, body: &str) -> String {
    format!(
        "{title}\n\nGå till huvudsidan: Missbruk och beroende\n\nMissbruk och beroende\n\n\
         Behandling och stöd\n\n{title}\n\n{body}"
    )
}

/// A page without the `Gå till huvudsidan` line, whose body starts on
/// line 9.
fn page_without_home(body: &str) -> String {
    format!("Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n{body}")
}

fn substances<const N: usize>(list: [Substance; N]) -> TagSet<Substance> {
    TagSet::from(list)
}

#[track_caller]
fn parse(text: &str) -> insats::Intervention {
    match page::parse(text) {
        Ok(entry) => entry,
        Err(err) => panic!("{err}\n--- page ---\n{text}"),
    }
}

#[track_caller]
fn assert_round_trip(text: &str) {
    let entry = parse(text);
    assert_eq!(page::render(&entry), text);
    assert_eq!(parse(&page::render(&entry)), entry);
}

/// The paragraphs of `text` that begin with one of `starts`, in order.
fn paragraphs_starting<'t>(text: &'t str, starts: &[&str]) -> Vec<&'t str> {
    text.lines().filter(|l| starts.iter().any(|s| l.starts_with(s))).collect()
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
    assert_eq!(nt.id(), "natverksterapi");
    assert_eq!(nt.name(), "Nätverksterapi");
    assert_eq!(nt.abbreviation(), None);
    assert_eq!(
        nt.lede(),
        Some(
            "Ett manualbaserat arbetssätt som tar in människor ur individens omgivning i \
             behandlingen, så att den får bättre förutsättningar att lyckas."
        )
    );
    assert_eq!(nt.breadcrumb().home(), Some("Missbruk och beroende"));
    assert_eq!(nt.breadcrumb().area(), "Missbruk och beroende");
    assert_eq!(nt.breadcrumb().section(), "Behandling och stöd");
    assert_eq!(nt.competence(), "Arbetsgivaren avgör vilken kompetens som behövs.");
    assert!(nt.implementation().starts_with("Tanken är att familj"));
    assert!(nt.implementation().contains("nätverksträffar.\n\nI den inledande fasen"));
    assert!(nt.implementation().ends_with("behandlingen har tagit slut."));

    let alcohol_and_narcotics = substances([Substance::Alcohol, Substance::Narcotics]);
    assert_eq!(nt.target(), insats::Target::new(alcohol_and_narcotics, Population::Anyone));
    let expected = Recommendation::new(alcohol_and_narcotics, Population::Anyone, rank(4))
        .with_add_on(true)
        .with_verb(RecommendationVerb::May);
    assert_eq!(nt.recommendations(), [expected]);
    assert_eq!(nt.best_priority(), Some(rank(4)));
    assert!(nt.is_add_on());
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

    let tags = nt.tags();
    assert_eq!(
        tags.providers(),
        TagSet::from([
            Provider::PsychiatricOutpatientCare,
            Provider::IndividualAndFamilyCare,
            Provider::YouthClinic,
            Provider::MariaClinic,
        ])
    );
    assert_eq!(
        tags.roles(),
        TagSet::from([
            Role::Psychologist,
            Role::Nurse,
            Role::AssistantNurse,
            Role::Physiotherapist,
            Role::OccupationalTherapist,
            Role::Counsellor,
            Role::Psychotherapist,
            Role::SocialWorker,
        ])
    );
    assert_eq!(tags.treatment_types(), TagSet::only(TreatmentType::Psychosocial));
    assert_eq!(tags.age_groups(), TagSet::<AgeGroup>::all());
    assert_eq!(tags.severities(), TagSet::<Severity>::all());
    assert_eq!(tags.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));
    assert!(nt.youth_versions_named().is_empty());
    assert!(nt.assessment_areas().is_empty());
}

/// The Psykosocial behandling fixture: a priority only in words, the youth
/// versions and assessment areas it names, trailing no-break spaces, every
/// provider and role, and no `Tillstånd` line.
#[test]
fn psykosocial_behandling_fixture() {
    let pb = parse(util::fixtures::PSYKOSOCIAL_BEHANDLING);
    assert_eq!(pb.id(), "psykosocial-behandling");
    assert_eq!(pb.name(), "Psykosocial behandling");
    // `hög prioritet` is not a rank.
    assert!(pb.knowledge().contains("hög prioritet"));
    assert!(pb.recommendations().is_empty());
    assert_eq!(pb.best_priority(), None);
    assert!(!pb.is_add_on());
    assert!(!pb.is_manual_based());
    assert_eq!(pb.schedule(), None);
    assert!(pb.phases().is_empty());
    assert_eq!(
        pb.target(),
        insats::Target::new(
            substances([Substance::Alcohol, Substance::Narcotics]),
            Population::Anyone
        )
    );
    assert_eq!(pb.youth_versions_named(), ["CRA", "MET"]);
    assert_eq!(
        pb.assessment_areas(),
        TagSet::from([
            Need::FamilySituation,
            Need::ExtentOfUse,
            Need::MentalHealth,
            Need::SocialSituation
        ])
    );
    assert_eq!(pb.tags().providers(), TagSet::<Provider>::all());
    assert!(pb.tags().providers().contains(Provider::PrimaryCare));
    assert_eq!(pb.tags().roles(), TagSet::<Role>::all());
    // No `Tillstånd` line: not an error, and the area's condition applies.
    assert!(pb.tags().conditions().is_empty());
    assert_eq!(pb.breadcrumb().home(), Some("Missbruk och beroende"));
    assert_eq!(pb.area(), Condition::SubstanceUseAndDependence);
    assert_eq!(pb.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));
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

#[test]
fn a_facet_value_may_hold_a_comma_without_space() {
    let text = page_with("Exempel", "Märkning\n\n  • Utförare: Mariamottagning,Ungdomsmottagning");
    let err = page::parse(&text).unwrap_err();
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Page {
            line: 13,
            problem: PageProblem::UnknownValue { facet: Facet::Provider, value, .. }
        } if value == "Mariamottagning,Ungdomsmottagning"
    ));
}

#[test]
fn lenient_reads_past_unknown_values() {
    let text = "Exempel\n\nNytt område\n\nBehandling och stöd\n\nExempel\n\nMärkning\n\n\
                \u{20}\u{20}• Utförare: Mariamottagning, Hjärtkirurgi\n\
                \u{20}\u{20}• Yrkesroll: Astronaut";
    assert!(page::parse(text).is_err());
    let (entry, warnings) = page::parse_lenient(text).unwrap();
    let seen: Vec<(usize, Option<Facet>, &str)> =
        warnings.iter().map(|w: &Warning| (w.line(), w.facet(), w.value())).collect();
    assert_eq!(
        seen,
        [
            (3, Some(Facet::Condition), "Nytt område"),
            (11, Some(Facet::Provider), "Hjärtkirurgi"),
            (12, Some(Facet::Role), "Astronaut")
        ]
    );
    let kinds: Vec<&str> = warnings.iter().map(|w| w.problem().kind()).collect();
    assert_eq!(kinds, ["unknown-area", "unknown-value", "unknown-value"]);
    assert_eq!(entry.tags().providers(), TagSet::only(Provider::MariaClinic));
    assert!(entry.tags().roles().is_empty());
    assert_eq!(entry.area(), Condition::SubstanceUseAndDependence);
    // Strict pages give no warnings.
    for (name, text) in util::fixtures::ALL {
        assert!(page::parse_lenient(text).unwrap().1.is_empty(), "{name}");
    }
    // Structural errors stay errors.
    assert!(page::parse_lenient("").is_err());
}

/// The start of a page whose body begins on line 9.
const HEAD: &str = "T\n\nMissbruk och beroende\n\nBehandling och stöd\n\nT\n\n";

#[track_caller]
fn assert_error(text: &str, line: usize, message: &str) {
    match page::parse(text).map_err(insats::Error::into_kind) {
        Err(err @ insats::ErrorKind::Page { line: found, .. }) => {
            assert_eq!(found, line, "{err}");
            assert_eq!(err.to_string(), format!("line {line}: {message}"));
        }
        other => panic!("expected a page error, got {other:?}"),
    }
}

/// One exact message per kind of page error (the kinds that need more
/// than a page's structure are in `tests/page_strict.rs`).
#[test]
fn errors_name_the_line_and_what_was_expected() {
    assert_error("", 1, "the page is empty; expected the title on the first line");
    assert_error(" \n\u{a0}\n", 1, "the page is empty; expected the title on the first line");
    assert_error("Kunskapsläge\n\nText.", 1, r#"expected the page title, found "Kunskapsläge""#);
    assert_error(
        "\n\nGå till huvudsidan: Missbruk och beroende",
        3,
        r#"expected the page title, found "Gå till huvudsidan: Missbruk och beroende""#,
    );
    assert_error("()", 1, r#"expected a title with letters or digits, found "()""#);
    let breadcrumb = "expected the breadcrumb under the title (the area, then \"Behandling och \
                      stöd\" (treatment and support), then the title again), ";
    assert_error("T", 2, &format!("{breadcrumb}found the end of the page"));
    assert_error("T\n\nT\n\nLede.", 3, &format!("{breadcrumb}found \"T\""));
    assert_error(
        "T\n\nMissbruk och beroende\n\nMålgrupp eller situation",
        5,
        &format!("{breadcrumb}found \"Målgrupp eller situation\""),
    );
    assert_error(
        "T\n\nPsykisk ohälsa\n\nBehandling och stöd\n\nT",
        3,
        "unknown area \"Psykisk ohälsa\" in the breadcrumb; expected a \"Tillstånd\" (condition) \
         such as \"Missbruk och beroende\" (substance misuse and dependence)",
    );
    assert_error(
        "T\n\nMissbruk och beroendet\n\nBehandling och stöd\n\nT",
        3,
        "unknown area \"Missbruk och beroendet\" in the breadcrumb; expected a \"Tillstånd\" \
         (condition) such as \"Missbruk och beroende\" (substance misuse and dependence); did you \
         mean \"Missbruk och beroende\"?",
    );
    assert_error(
        "T\n\nMissbruk och beroende\n\nBehandling och stöd\n\nLede.",
        7,
        r#"expected the title repeated after the breadcrumb, found "Lede.""#,
    );
    assert_error(
        "T\n\nGå till huvudsidan: \n\nMissbruk och beroende",
        3,
        "expected the area after \"Gå till huvudsidan:\" (go to the main page:), found \"Gå till \
         huvudsidan:\"",
    );
    assert_error(
        &format!("{HEAD}Lede.\n\nEn rad till."),
        11,
        "expected a section heading such as \"Målgrupp eller situation\" (target group or \
         situation) (the lede under the title is one line), found \"En rad till.\"",
    );
    assert_error(
        &format!("{HEAD}Kunskapsläge\n\nA.\n\nMålgrupp eller situation\n\nB."),
        13,
        "the heading \"Målgrupp eller situation\" (target group or situation) is out of place: \
         it must come before \"Kunskapsläge\" (state of knowledge), in the guide's order of \
         headings",
    );
    assert_error(
        &format!("{HEAD}Kunskapsläge\n\nA.\n\nKunskapsläge\n\nB."),
        13,
        r#"the heading "Kunskapsläge" (state of knowledge) is given twice (first on line 9)"#,
    );
    assert_error(
        &format!("{HEAD}Märkning\n\nUtförare: Mariamottagning"),
        11,
        r#"expected a tag line "  • Facet: value, value" under "Märkning" (tags), found "Utförare: Mariamottagning""#,
    );
    let facets = "expected one of the guide's six facets, such as \"Utförare\" (provider)";
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Språk: Svenska"),
        11,
        &format!("unknown facet \"Språk\" under \"Märkning\" (tags); {facets}"),
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Yrkesrol: Kurator"),
        11,
        &format!(
            "unknown facet \"Yrkesrol\" under \"Märkning\" (tags); {facets}; did you mean \
             \"Yrkesroll\" (role)?"
        ),
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Utförare: Mariamottagning, Hjärtkirurgi"),
        11,
        "unknown value \"Hjärtkirurgi\" in the facet \"Utförare\" (provider); values are \
         separated by \", \"",
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Utförare: Mariamotagning"),
        11,
        "unknown value \"Mariamotagning\" in the facet \"Utförare\" (provider); values are \
         separated by \", \"; did you mean \"Mariamottagning\"?",
    );
    assert_error(
        &format!(
            "{HEAD}Märkning\n\n  • Åldersgrupp: Vuxna (18-64 år)\n  • Åldersgrupp: Barn (0-17 år)"
        ),
        12,
        r#"the facet "Åldersgrupp" (age group) is given twice (first on line 11)"#,
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Tillstånd:"),
        11,
        r#"the facet "Tillstånd" (condition) has no value; give values after the colon or drop the line"#,
    );
}

#[test]
fn long_lines_are_shortened_in_errors() {
    let long = "Ett mycket långt stycke ".repeat(10);
    let err = page::parse(&format!("{HEAD}Märkning\n\n{long}")).unwrap_err();
    let message = err.to_string();
    assert!(message.ends_with("…\""), "{message}");
    assert!(message.len() < 200, "{message}");
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

/// A run of `\r` before a line break inside a section reads back the same
/// after rendering.
#[test]
fn carriage_returns_inside_a_section_read_back_the_same() {
    let text = format!("{HEAD}Kunskapsläge\n\nA.\r\n\r\r\r\nB.\r\r\n\nKompetenskrav\r\n\r\nC.\r");
    let entry = parse(&text);
    assert_eq!(entry.knowledge(), "A.\n\nB.");
    assert_eq!(entry.competence(), "C.");
    assert_eq!(parse(&page::render(&entry)), entry);
}

/// The facts of the adversarial bodies that were once quadratic are read
/// as from short ones: priority markers from long lines (many `(`, many
/// markers, unclosed markers, sentences padded with no-break spaces),
/// sentences padded with spaces, and many youth-version names.
#[test]
fn adversarial_bodies_read_their_facts() {
    let alcohol_3 = Recommendation::new(
        TagSet::only(Substance::Alcohol),
        Population::Anyone,
        NrPriority::rank(3).unwrap(),
    );
    for (name, body) in adversarial::bodies(10_000) {
        let entry =
            page::parse(&page_without_home(&body)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let pairs = entry.recommendations();
        match name {
            "unclosed markers" | "trailing spaces" | "youth names" => {
                assert!(pairs.is_empty(), "{name}: {:?}", pairs.first());
            }
            _ => {
                assert!(!pairs.is_empty(), "{name}");
                assert!(pairs.iter().all(|p| *p == alcohol_3), "{name}: {:?}", pairs.first());
            }
        }
        let youth = entry.youth_versions_named();
        if name == "youth names" {
            assert_eq!(youth.len(), 17_000, "{name}");
            assert_eq!((youth[0].as_str(), youth[1].as_str()), ("KA", "KB"));
        } else {
            assert!(youth.is_empty(), "{name}");
        }
        if name.starts_with("trailing") {
            // The padding stays in the section, as all white space inside it.
            let text =
                if name == "trailing spaces" { entry.implementation() } else { entry.knowledge() };
            assert!(text.len() - text.trim_end().len() >= 50_000, "{name}");
        }
    }
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

/// The conformance tests: they read the seeds (see `util::sources`).
mod conformance {
    use super::*;

    #[test]
    fn natverksterapi_seed() {
        let Some(sources) = util::sources() else { return };
        let nt_seed = sources.seed("natverksterapi.txt");
        let nt = parse(nt_seed);
        assert_eq!(nt.id(), "natverksterapi");
        assert_eq!(nt.name(), "Nätverksterapi");
        assert_eq!(nt.abbreviation(), None);
        assert_eq!(
            nt.lede(),
            Some(
                "Manualbaserad metod där individens nätverk involveras i behandlingen för att öka \
                 möjligheterna till ett positivt utfall."
            )
        );
        assert_eq!(nt.breadcrumb().home(), Some("Missbruk och beroende"));
        assert_eq!(nt.breadcrumb().area(), "Missbruk och beroende");
        assert_eq!(nt.breadcrumb().section(), "Behandling och stöd");
        assert_eq!(nt.competence(), "Kompetens enligt arbetsgivarens beslut.");
        assert!(nt.implementation().starts_with("Grundtanken i nätverksterapi"));
        assert!(nt.implementation().contains("deltar.\n\nI den inledande fasen"));
        assert!(nt.implementation().ends_with("behandlingen är avslutad."));

        assert_eq!(
            nt.target(),
            insats::Target::new(
                substances([Substance::Alcohol, Substance::Narcotics]),
                Population::Anyone
            )
        );
        let expected = Recommendation::new(
            substances([Substance::Alcohol, Substance::Narcotics]),
            Population::Anyone,
            rank(4),
        )
        .with_add_on(true)
        .with_verb(RecommendationVerb::May);
        assert_eq!(nt.recommendations(), [expected]);
        assert_eq!(nt.best_priority(), Some(rank(4)));
        assert!(nt.is_add_on());
        assert!(nt.is_manual_based());

        let schedule = Schedule::weekly(24, 2)
            .unwrap()
            .with_pattern(SessionPattern::AlternatingIndividualAndNetwork);
        assert_eq!(nt.schedule(), Some(&schedule));
        assert_eq!(nt.schedule().and_then(Schedule::total_sessions), Some(48));

        let paragraphs: Vec<&str> = nt_seed
            .lines()
            .filter(|l| {
                l.starts_with("I den inledande")
                    || l.starts_with("I den andra")
                    || l.starts_with("Den tredje")
            })
            .collect();
        assert_eq!(
            nt.phases(),
            [
                Phase::new(1, "Inledande fasen", paragraphs[0]),
                Phase::new(2, "Andra fasen", paragraphs[1]),
                Phase::new(3, "Tredje och sista fasen", paragraphs[2]),
            ]
        );

        let tags = nt.tags();
        assert_eq!(
            tags.providers(),
            TagSet::from([
                Provider::PsychiatricOutpatientCare,
                Provider::IndividualAndFamilyCare,
                Provider::YouthClinic,
                Provider::MariaClinic,
            ])
        );
        assert_eq!(tags.roles().len(), 8);
        assert!(
            tags.roles().contains(
                "Undersköterska | Behandlingsassistent | Skötare".parse::<Role>().unwrap()
            )
        );
        assert!(
            tags.roles()
                .contains("Socialsekreterare | Biståndshandläggare".parse::<Role>().unwrap())
        );
        assert_eq!(tags.treatment_types(), TagSet::only(TreatmentType::Psychosocial));
        assert_eq!(tags.age_groups(), TagSet::<AgeGroup>::all());
        assert_eq!(tags.severities(), TagSet::<Severity>::all());
        assert_eq!(tags.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));
        assert!(nt.youth_versions_named().is_empty());
        assert!(nt.assessment_areas().is_empty());
    }

    #[test]
    fn psykosocial_behandling_seed() {
        let Some(sources) = util::sources() else { return };
        let pb_seed = sources.seed("psykosocial-behandling.txt");
        let pb = parse(pb_seed);
        assert_eq!(pb.id(), "psykosocial-behandling");
        assert_eq!(pb.name(), "Psykosocial behandling");
        // `hög prioritet` is not a rank.
        assert!(pb.knowledge().contains("hög prioritet"));
        assert!(pb.recommendations().is_empty());
        assert_eq!(pb.best_priority(), None);
        assert!(!pb.is_add_on());
        assert!(!pb.is_manual_based());
        assert_eq!(pb.schedule(), None);
        assert!(pb.phases().is_empty());
        assert_eq!(
            pb.target(),
            insats::Target::new(
                substances([Substance::Alcohol, Substance::Narcotics]),
                Population::Anyone
            )
        );
        assert_eq!(pb.youth_versions_named(), ["CRA", "MET"]);
        assert_eq!(
            pb.assessment_areas(),
            TagSet::from([
                Need::FamilySituation,
                Need::ExtentOfUse,
                Need::MentalHealth,
                Need::SocialSituation
            ])
        );
        assert_eq!(pb.tags().providers().len(), 18);
        assert!(pb.tags().providers().contains(Provider::PrimaryCare));
        assert_eq!(pb.tags().roles().len(), 18);
        // No `Tillstånd` line: not an error, and the area's condition applies.
        assert!(pb.tags().conditions().is_empty());
        assert_eq!(pb.breadcrumb().area(), "Missbruk och beroende");
        assert_eq!(pb.area(), Condition::SubstanceUseAndDependence);
        assert_eq!(pb.conditions(), TagSet::only(Condition::SubstanceUseAndDependence));
        // White space inside lines is kept: trailing U+00A0 no-break spaces.
        assert!(pb.target_group().ends_with("narkotika.\u{a0}"));
        assert!(pb.knowledge().ends_with("finns.\u{a0}\u{a0}"));
    }

    #[test]
    fn seeds_render_back_byte_for_byte() {
        let Some(sources) = util::sources() else { return };
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
    fn seed_pages_give_no_lenient_warnings() {
        let Some(sources) = util::sources() else { return };
        let nt_seed = sources.seed("natverksterapi.txt");
        assert!(page::parse_lenient(nt_seed).unwrap().1.is_empty());
    }

    /// A byte order mark before the title of a seed page is not part of it.
    #[test]
    fn a_byte_order_mark_before_a_seed_page() {
        let Some(sources) = util::sources() else { return };
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
    fn fixtures_do_not_copy_the_seeds() {
        let Some(sources) = util::sources() else { return };
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

/// The bodies that were once slow read as their shape says: the prose
/// bodies strictly, the others leniently with a warning for each unknown
/// or empty value and each off-scale marker.
#[test]
fn slow_bodies_read_as_their_shape_says() {
    for (name, body, reading) in adversarial::slow_bodies(10_000) {
        let text = page_without_home(&body);
        match reading {
            adversarial::Reading::Strict => {
                let entry = page::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(entry.recommendations().is_empty(), "{name}");
            }
            adversarial::Reading::Lenient => {
                assert!(page::parse(&text).is_err(), "{name}");
                let (entry, warnings) =
                    page::parse_lenient(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(warnings.len() > 1_000, "{name}: {} warnings", warnings.len());
                assert!(entry.recommendations().is_empty(), "{name}");
                let kinds: std::collections::BTreeSet<&str> =
                    warnings.iter().map(|w| w.problem().kind()).collect();
                let expected = if name == "off-scale markers" {
                    "priority-off-scale"
                } else {
                    "unknown-value"
                };
                assert_eq!(kinds.into_iter().collect::<Vec<_>>(), [expected], "{name}");
            }
        }
    }
}
