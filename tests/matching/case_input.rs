//! One input form for a case (issue 25): labels, ids, codes and scores
//! read into the profile the builder makes, and every problem of a case
//! in one error.

use insats::{
    Audit, CaseInput, CaseProblem, FieldProblem, Language, PatternOfUse, Profile, ProfileField,
    Provider, Role, Severity, Sex, Situation, Substance,
};

#[track_caller]
fn problems(json: &str) -> Vec<CaseProblem> {
    match CaseInput::read(json).map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::Case { problems }) => problems,
        other => panic!("expected the case's problems, got {other:?}"),
    }
}

/// A Swedish label, an English label and an id for three facets, two
/// ICD-10 codes and a DSM-5 count read into the profile the builder makes.
#[test]
fn labels_ids_codes_and_a_count_read_into_the_builders_profile() {
    let case = r#"{
        "age": 34,
        "provider": "Individ- och familjeomsorg",
        "role": "Social worker | Needs assessor",
        "severity": "moderate",
        "icd10": ["F10.2", "F12.1"],
        "dsm5_criteria": 5
    }"#;
    let read = CaseInput::read(case).unwrap();
    let built = Profile::builder()
        .age(34)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .severity(Severity::Moderate)
        .diagnosis("F10.2".parse().unwrap())
        .diagnosis("F12.1".parse().unwrap())
        .dsm5_criteria(5)
        .build()
        .unwrap();
    assert_eq!(read, built);
    assert!(read.substances().contains(Substance::Cannabis));
}

/// Every key of a profile's own JSON reads as a case into the same profile.
#[test]
fn a_profiles_own_json_reads_as_a_case() {
    let profile = Profile::builder()
        .age(17)
        .substance(Substance::Alcohol)
        .substance(Substance::Cannabis)
        .pattern(PatternOfUse::HarmfulUse)
        .in_other_treatment(true)
        .in_laro(false)
        .relative(false)
        .cohabiting_partner(true)
        .severe_mental_illness(false)
        .withdrawal(insats::Withdrawal::NotPresent)
        .needs(insats::TagSet::new())
        .include_research(true)
        .situation(Situation::OverdoseRisk, true)
        .situation(Situation::Ptsd, false)
        .audit(Audit::new(12, Sex::Female).unwrap())
        .dudit(insats::Dudit::new(3, Sex::Female).unwrap())
        .build()
        .unwrap();
    let json = serde_json::to_string(&profile).unwrap();
    assert_eq!(CaseInput::read(&json).unwrap(), profile, "{json}");
    // scores as bare numbers with the case's sex
    let bare = r#"{"age": 17, "audit": 12, "dudit": 3, "sex": "Kvinna"}"#;
    let read = CaseInput::read(bare).unwrap();
    assert_eq!(read.audit(), profile.audit());
    assert_eq!(read.dudit(), profile.dudit());
}

/// Four mistakes give four problems in one error, each with its path and
/// a suggestion where one exists.
#[test]
fn four_mistakes_give_four_problems_in_one_error() {
    let case = r#"{
        "substances": ["Cannabis", "Alkohl"],
        "age": 200,
        "diagnos": "F10.2",
        "icd10": ["F10.2", "F1O.2"]
    }"#;
    let found = problems(case);
    let paths: Vec<&str> = found.iter().map(CaseProblem::path).collect();
    assert_eq!(paths, ["substances[1]", "age", "diagnos", "icd10[1]"]);
    let suggestions: Vec<Vec<&str>> = found.iter().map(CaseProblem::suggestions).collect();
    assert_eq!(suggestions, [vec!["Alkohol"], vec![], vec!["diagnoses"], vec![]]);
    let english: Vec<String> = found.iter().map(|p| p.describe(Language::English)).collect();
    assert_eq!(
        english,
        [
            r#"field "substances[1]" is invalid: unknown substance "Alkohl" (the vocabulary "Substans"); did you mean "Alkohol" (alcohol)?"#,
            r#"field "age" is 200, but should be a whole number from 0 to 130"#,
            r#"field "diagnos" is not a field of the schema; did you mean "diagnoses"?"#,
            r#"field "icd10[1]" is invalid: ICD-10 code "F1O.2": malformed; expected a code such as F10.2, F102 or F10.24 (a letter, two digits, an optional dot, then one or two letters or digits)"#,
        ]
    );
    let swedish = found[1].describe(Language::Swedish);
    assert_eq!(swedish, r#"fältet "age" är 200, men ska vara ett heltal från 0 till 130"#);
    // the error as a whole: a head line, then one line per problem
    let err = CaseInput::read(case).unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("the case has 4 problems:\n- field \"substances[1]\""), "{text}");
    assert_eq!(text.lines().count(), 5);
    assert!(err.describe(Language::Swedish).starts_with("fallet har 4 fel:\n- fältet"));
}

/// The lenient mode builds the profile from the rest, and lists each
/// field it left out.
#[test]
fn the_lenient_mode_builds_from_the_rest_and_says_what_it_left_out() {
    let case = r#"{"substances": ["Cannabis", "Alkohl"], "age": 200, "provider": "IFO",
                   "in_laro": true, "in_other_treatment": false}"#;
    let read = CaseInput::read_lenient(case).unwrap();
    let profile = read.profile();
    assert_eq!(profile.substances_told().iter().collect::<Vec<_>>(), [Substance::Cannabis]);
    assert_eq!(profile.age(), None);
    assert_eq!(profile.provider(), Some(Provider::IndividualAndFamilyCare));
    // the contradiction: LARO left out, "no other treatment" kept as told
    assert_eq!(profile.in_laro(), None);
    assert_eq!(profile.in_other_treatment(), Some(false));
    let paths: Vec<&str> = read.left_out().iter().map(CaseProblem::path).collect();
    assert_eq!(paths, ["substances[1]", "age", "in_laro"]);
    assert!(read.left_out()[2].describe(Language::English).contains("LARO is a treatment"));
    // and the strict mode refuses the same case with the same problems
    assert_eq!(problems(case).len(), 3);
}

/// A key twice, a value of the wrong kind, a case that is not an object,
/// a score without its sex, an ambiguous word, text that is not JSON.
#[test]
fn every_kind_of_problem_names_its_field() {
    let found = problems(r#"{"age": 30, "age": 31, "relative": "ja", "audit": 9}"#);
    let paths: Vec<&str> = found.iter().map(CaseProblem::path).collect();
    assert_eq!(paths, ["age", "relative", "audit.sex"]);
    assert!(matches!(found[0].problem(), FieldProblem::Repeated));
    assert!(matches!(found[2].problem(), FieldProblem::Missing));

    let found = problems(r#"[1, 2]"#);
    assert_eq!(found[0].path(), "");
    assert_eq!(found[0].describe(Language::English), "the case is a list, but should be an object");
    assert_eq!(found[0].describe(Language::Swedish), "fallet är en lista, men ska vara ett objekt");

    let found = problems(r#"{"provider": "Socialtjänsten"}"#);
    assert_eq!(
        found[0].suggestions(),
        ["Individ- och familjeomsorg", "Funktionshinderomsorg | Socialpsykiatri", "Äldreomsorg"]
    );
    assert_eq!(
        found[0].describe(Language::Swedish),
        "fältet \"provider\": \"Socialtjänsten\" kan vara \"Individ- och familjeomsorg\", \
         \"Funktionshinderomsorg | Socialpsykiatri\" eller \"Äldreomsorg\"; skriv hela etiketten"
    );
    let english = found[0].describe(Language::English);
    assert!(
        english.chars().count() <= 300
            && english.ends_with("\"Äldreomsorg\" (elderly care); write the whole label"),
        "{english}"
    );

    let found = problems(r#"{"age": 70, "age_group": "Barn", "dsm5_criteria": 1}"#);
    let paths: Vec<&str> = found.iter().map(CaseProblem::path).collect();
    assert_eq!(paths, ["dsm5_criteria", "age_group"]);

    assert!(matches!(
        CaseInput::read("{\"age\": ").map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::Json(_))
    ));
    assert_eq!(CaseInput::read("{}").unwrap(), Profile::default());
}

/// Each problem line is at most 300 characters in either language, however
/// long the key or the value, and however long the labels it suggests.
#[test]
fn every_problem_line_is_at_most_300_characters() {
    let long = "Stödassistent | Boendestödjare ".repeat(1_000);
    let key = "k".repeat(10_000);
    let case = serde_json::json!({
        "role": long,
        "provider": "Stöd",
        &key: 1,
        "substances": [long.clone(), "\u{1b}".repeat(500)],
        "icd10": [long],
    })
    .to_string();
    for problem in problems(&case) {
        for language in [Language::Swedish, Language::English] {
            let line = problem.describe(language);
            assert!(line.chars().count() <= 300, "{} chars: {line}", line.chars().count());
            assert!(!line.contains('\n'));
        }
    }
    // a role close to labels with long English labels: suggestions are
    // dropped from the end rather than the line cut
    let found = problems(r#"{"role": "Stödpedagogg | Stödassistentt | Boendestödjaree"}"#);
    let line = found[0].describe(Language::English);
    assert!(line.chars().count() <= 300 && !line.ends_with('…'), "{line}");
}

/// The fields a result names as unstated are the case's keys, so an
/// application can ask for them by the name it reads.
#[test]
fn unstated_fields_are_keys_of_a_case() {
    for field in ProfileField::all() {
        if field != ProfileField::Instruments {
            assert!(insats::CASE_KEYS.contains(&field.key()), "{field:?}");
        }
    }
}
