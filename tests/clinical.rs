//! Clinical inputs: ICD-10-SE diagnosis codes and DSM-5 severity, read
//! exactly, refused with a message that names the input.

use insats::{
    Condition, Diagnosis, DiagnosisKind, DiagnosisProblem, Dsm5Criterion, Error, Severity,
    Substance, SubstanceGroup, TagSet, Vocabulary, Withdrawal,
};
use proptest::prelude::*;

#[track_caller]
fn parse(text: &str) -> Diagnosis {
    text.parse().unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

#[track_caller]
fn message(text: &str) -> String {
    match text.parse::<Diagnosis>() {
        Ok(d) => panic!("{text:?} should be refused, parsed as {d}"),
        Err(e) => e.to_string(),
    }
}

// ---- acceptance 1: three spellings of alcohol dependence --------------------

#[test]
fn alcohol_dependence_in_three_spellings() {
    for text in ["F10.2", "f102", " F10.24 "] {
        let d = parse(text);
        assert_eq!(d.group(), SubstanceGroup::Alcohol, "{text:?}");
        assert_eq!(d.kind(), DiagnosisKind::Dependence, "{text:?}");
        assert_eq!(d.substances(), TagSet::only(Substance::Alcohol), "{text:?}");
        assert_eq!(d.condition(), Some(Condition::SubstanceUseAndDependence), "{text:?}");
        assert_eq!(d.withdrawal(), None, "{text:?}");
    }
    // The fifth character is kept where given.
    assert_eq!(parse("F10.2").to_string(), "F10.2");
    assert_eq!(parse("f102").to_string(), "F10.2");
    assert_eq!(parse(" F10.24 ").to_string(), "F10.24");
    assert_eq!(parse("F10.2"), parse("f102"));
    assert_ne!(parse("F10.2"), parse("F10.24"));
}

#[test]
fn remission_letters_of_icd10_se_are_kept() {
    let d = parse("f11.2f");
    assert_eq!(d.to_string(), "F11.2F");
    assert_eq!(d.fifth_character(), Some('F'));
    assert_eq!(d.substances(), TagSet::only(Substance::Opioids));
    assert_eq!(d.condition(), Some(Condition::SubstanceUseAndDependence));
    assert_eq!(parse("F112F"), d);
}

#[test]
fn descriptions_in_the_classifications_terms() {
    let d = parse("F10.2");
    assert_eq!(
        d.describe_sv(),
        "Psykiska störningar och beteendestörningar orsakade av alkohol: beroendesyndrom"
    );
    assert_eq!(
        d.describe_en(),
        "Mental and behavioural disorders due to use of alcohol: dependence syndrome"
    );
    assert_eq!(
        parse("F19.4").describe_en(),
        "Mental and behavioural disorders due to multiple drug use and use of other \
         psychoactive substances: withdrawal state with delirium"
    );
    assert_eq!(
        parse("F13.3").describe_sv(),
        "Psykiska störningar och beteendestörningar orsakade av sedativa och hypnotika: abstinens"
    );
}

// ---- acceptance 3: refusals name the text and say why -----------------------

#[test]
fn exact_error_messages() {
    let malformed = "malformed; expected a code such as F10.2, F102 or F10.24 (a letter, two \
                     digits, an optional dot, then one or two letters or digits)";
    let outside = "outside the guide's substance-use area, which covers the codes F10–F19 \
                   except F17 (tobacco)";
    let cases = [
        (
            "F17.2",
            "ICD-10 code \"F17.2\": tobacco (F17) is outside the guide's substance-use area; \
             Socialstyrelsen covers it in its separate guideline on unhealthy lifestyle habits"
                .to_owned(),
        ),
        ("F32.1", format!("ICD-10 code \"F32.1\": {outside}")),
        ("F1", format!("ICD-10 code \"F1\": {malformed}")),
        ("F10.", format!("ICD-10 code \"F10.\": {malformed}")),
        ("X10.2", format!("ICD-10 code \"X10.2\": {outside}")),
        (
            "F10.A",
            "ICD-10 code \"F10.A\": the fourth character, the kind of disorder, must be a \
             digit 0–9, e.g. F10.2"
                .to_owned(),
        ),
        (
            " F10 ",
            "ICD-10 code \"F10\": names only the substance group (F10: use of alcohol); add \
             the fourth character, the kind of disorder, e.g. F10.2 for dependence"
                .to_owned(),
        ),
        ("  ", "ICD-10 code \"\": empty; expected a code of F10–F19 such as F10.2".to_owned()),
        ("F10.2x7", format!("ICD-10 code \"F10.2x7\": {malformed}")),
        ("F10 .2", format!("ICD-10 code \"F10 .2\": {malformed}")),
    ];
    for (text, expected) in cases {
        assert_eq!(message(text), expected, "{text:?}");
    }
}

#[test]
fn errors_carry_a_typed_problem() {
    let problem = |text: &str| match text.parse::<Diagnosis>().map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::Diagnosis { problem, .. }) => problem,
        other => panic!("{text:?}: {other:?}"),
    };
    assert_eq!(problem(""), DiagnosisProblem::Empty);
    assert_eq!(problem("F17"), DiagnosisProblem::Tobacco);
    assert_eq!(problem("f17.2"), DiagnosisProblem::Tobacco);
    assert_eq!(problem("F32.1"), DiagnosisProblem::OutsideArea);
    assert_eq!(problem("F20"), DiagnosisProblem::OutsideArea);
    assert_eq!(problem("X10.2"), DiagnosisProblem::OutsideArea);
    assert_eq!(problem("F1"), DiagnosisProblem::Malformed);
    assert_eq!(problem("F10."), DiagnosisProblem::Malformed);
    assert_eq!(problem("1F0.2"), DiagnosisProblem::Malformed);
    assert_eq!(problem("F10.2\u{308}"), DiagnosisProblem::Malformed);
    assert_eq!(problem("F10.A"), DiagnosisProblem::UnknownKind);
    assert_eq!(
        problem("F13"),
        DiagnosisProblem::MissingKind { group: SubstanceGroup::SedativesOrHypnotics }
    );
}

#[test]
fn a_long_text_is_cut_in_the_message() {
    let text = format!("F10.2{}", "å".repeat(200));
    let Err(insats::ErrorKind::Diagnosis { text: quoted, .. }) =
        text.parse::<Diagnosis>().map_err(insats::Error::into_kind)
    else {
        panic!("a long text is refused");
    };
    assert_eq!(quoted.chars().count(), 61);
    assert!(quoted.starts_with("F10.2åå") && quoted.ends_with('…'));
}

#[test]
fn json_is_the_code() {
    let d = parse("f10.24");
    assert_eq!(serde_json::to_string(&d).unwrap(), r#""F10.24""#);
    assert_eq!(serde_json::from_str::<Diagnosis>(r#"" f102 ""#).unwrap(), parse("F10.2"));
    let err = serde_json::from_str::<Diagnosis>(r#""F17.2""#).unwrap_err();
    assert!(err.to_string().contains("tobacco (F17)"), "{err}");
}

// ---- the mapping table, against a table written out here ---------------------

/// What each group gives, from the ICD-10 texts and the guide's substances,
/// written out independently of the crate.
const GROUPS: [(&str, &[Substance]); 9] = [
    ("F10", &[Substance::Alcohol]),
    ("F11", &[Substance::Opioids]),
    ("F12", &[Substance::Cannabis]),
    ("F13", &[]),
    ("F14", &[Substance::CentralStimulants]),
    ("F15", &[Substance::CentralStimulants]),
    ("F16", &[Substance::Narcotics]),
    ("F18", &[]),
    ("F19", &[]),
];

/// Whether each kind states the guide's condition (harmful use, dependence,
/// withdrawal with or without delirium).
const KINDS: [(char, bool); 10] = [
    ('0', false),
    ('1', true),
    ('2', true),
    // The withdrawal states state withdrawal, not a pattern of use.
    ('3', false),
    ('4', false),
    ('5', false),
    ('6', false),
    ('7', false),
    ('8', false),
    ('9', false),
];

fn expected_withdrawal(code: &str) -> Option<Withdrawal> {
    match code {
        "F10.3" => Some(Withdrawal::General),
        "F10.4" => Some(Withdrawal::DeliriumTremens),
        _ => None,
    }
}

#[test]
fn every_group_and_kind_maps_as_the_table_says() {
    for (group, substances) in GROUPS {
        for (kind, states_condition) in KINDS {
            let code = format!("{group}.{kind}");
            for spelling in [code.clone(), format!("{group}{kind}"), format!("{code}1")] {
                let d = parse(&spelling);
                assert_eq!(d.group().code(), group, "{spelling}");
                assert_eq!(d.kind().digit(), kind, "{spelling}");
                assert_eq!(d.substances().iter().collect::<Vec<_>>(), substances, "{spelling}");
                let condition = states_condition.then_some(Condition::SubstanceUseAndDependence);
                assert_eq!(d.condition(), condition, "{spelling}");
                assert_eq!(d.withdrawal(), expected_withdrawal(&code), "{spelling}");
            }
        }
    }
    // Every parsed value is one of the table's rows, and the other way round.
    assert_eq!(SubstanceGroup::ALL.len(), GROUPS.len());
    assert_eq!(DiagnosisKind::ALL.len(), KINDS.len());
}

#[test]
fn the_mapping_never_names_benzodiazepines_or_prescribed_opioids() {
    for g in SubstanceGroup::ALL {
        for k in DiagnosisKind::ALL {
            let s = Diagnosis::new(*g, *k).substances();
            assert!(!s.contains(Substance::Benzodiazepines), "{g:?} {k:?}");
            assert!(!s.contains(Substance::OpioidAnalgesics), "{g:?} {k:?}");
            assert!(s.len() <= 1, "{g:?} {k:?}");
        }
    }
}

// ---- acceptance 4: DSM-5 severity -----------------------------------------------

#[test]
fn dsm5_criteria_zero_to_twelve() {
    let expected = [
        None,
        None,
        Some(Severity::Mild),
        Some(Severity::Mild),
        Some(Severity::Moderate),
        Some(Severity::Moderate),
        Some(Severity::Severe),
        Some(Severity::Severe),
        Some(Severity::Severe),
        Some(Severity::Severe),
        Some(Severity::Severe),
        Some(Severity::Severe),
        None,
    ];
    for (count, expected) in (0u8..=12).zip(expected) {
        assert_eq!(Severity::from_dsm5_criteria(count).ok(), expected, "{count} criteria");
    }
    let too_few = "at least 2 are needed for a substance use disorder, so no severity can be given";
    let too_many = "DSM-5 has 11 criteria for a substance use disorder, so at most 11 can be met";
    for (count, why) in [(0, too_few), (1, too_few), (12, too_many), (255, too_many)] {
        let message = format!("DSM-5 criteria met: {count}; {why}");
        let err = Severity::from_dsm5_criteria(count).unwrap_err();
        assert!(
            matches!(err.kind(), insats::ErrorKind::Dsm5Criteria { count: c, .. } if *c == count)
        );
        assert_eq!(err.to_string(), message);
    }
}

#[test]
fn dsm5_has_eleven_criteria_in_order() {
    let ids: Vec<_> = Dsm5Criterion::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(
        ids,
        [
            "larger-amounts-or-longer",
            "unsuccessful-cut-down",
            "much-time-spent",
            "craving",
            "role-obligations",
            "social-problems",
            "activities-given-up",
            "hazardous-use",
            "health-problems",
            "tolerance",
            "withdrawal",
        ]
    );
    for c in Dsm5Criterion::ALL {
        assert_eq!(c.label_sv().parse::<Dsm5Criterion>().unwrap(), *c);
        assert_eq!(c.id().parse::<Dsm5Criterion>().unwrap(), *c);
    }
    assert_eq!(
        serde_json::to_string(&TagSet::from([Dsm5Criterion::Tolerance, Dsm5Criterion::Craving]))
            .unwrap(),
        r#"["craving","tolerance"]"#
    );
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Diagnosis>();
    check::<DiagnosisKind>();
    check::<DiagnosisProblem>();
    check::<SubstanceGroup>();
    check::<Dsm5Criterion>();
}

// ---- properties -------------------------------------------------------------------

const GROUP_CODES: [&str; 9] = ["F10", "F11", "F12", "F13", "F14", "F15", "F16", "F18", "F19"];

/// A valid code as a journal might write it, and its canonical form.
fn written_code() -> impl Strategy<Value = (String, String)> {
    (
        0..GROUP_CODES.len(),
        0u8..=9,
        proptest::option::of(proptest::char::ranges(vec!['0'..='9', 'A'..='Z', 'a'..='z'].into())),
        any::<bool>(),
        any::<bool>(),
        "[ \t\n]{0,2}",
        "[ \t\n]{0,2}",
    )
        .prop_map(|(group, kind, fifth, dot, lower, before, after)| {
            let group = GROUP_CODES.get(group).copied().unwrap_or("F10");
            let fifth = fifth.map(String::from).unwrap_or_default();
            let canonical = format!("{group}.{kind}{}", fifth.to_uppercase());
            let written = format!("{group}{}{kind}{fifth}", if dot { "." } else { "" });
            let written = if lower { written.to_lowercase() } else { written.to_uppercase() };
            (format!("{before}{written}{after}"), canonical)
        })
}

/// Checks the refusal of `text` names it, shortened to a bounded length.
fn assert_refusal_names(text: &str, err: &Error) {
    let insats::ErrorKind::Diagnosis { text: quoted, .. } = err.kind() else {
        panic!("{text:?}: not a diagnosis error: {err:?}");
    };
    let trimmed = text.trim();
    // Cut to 60 characters as the message may escape them (a control
    // character, `\u{1b}`, counts six), then `…`.
    let written: usize = trimmed.chars().map(|c| c.escape_debug().count()).sum();
    assert!(format!("{quoted:?}").chars().count() <= 60 + 3, "{quoted:?}");
    if written <= 60 {
        assert_eq!(quoted, trimmed);
    } else {
        assert!(quoted.ends_with('…'));
        assert!(trimmed.starts_with(quoted.trim_end_matches('…')));
    }
    let message = err.to_string();
    assert!(message.contains(&format!("{quoted:?}")), "{message}");
    assert!(message.len() <= format!("{quoted:?}").len() + 200, "{message}");
}

proptest! {
    #![proptest_config(crate::util::proptest_config(512))]

    #[test]
    fn valid_codes_round_trip((written, canonical) in written_code()) {
        let d: Diagnosis = written.parse().unwrap();
        prop_assert_eq!(d.to_string(), canonical.clone());
        prop_assert_eq!(canonical.parse::<Diagnosis>().unwrap(), d);
        let json = serde_json::to_string(&d).unwrap();
        prop_assert_eq!(&json, &format!("\"{canonical}\""));
        prop_assert_eq!(serde_json::from_str::<Diagnosis>(&json).unwrap(), d);
    }

    #[test]
    fn case_and_space_variants_parse_equal((written, _) in written_code()) {
        let d: Diagnosis = written.parse().unwrap();
        prop_assert_eq!(written.to_lowercase().parse::<Diagnosis>().unwrap(), d);
        prop_assert_eq!(written.to_uppercase().parse::<Diagnosis>().unwrap(), d);
        prop_assert_eq!(format!(" \t{written}\r\n").parse::<Diagnosis>().unwrap(), d);
        prop_assert_eq!(written.trim().replace('.', "").parse::<Diagnosis>().unwrap(), d);
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        if let Err(err) = text.parse::<Diagnosis>() {
            assert_refusal_names(&text, &err);
        }
    }

    #[test]
    fn code_like_text_never_panics(text in "\\s{0,2}[A-Za-z]?[0-9.]{0,4}[A-Za-z0-9.#é ]{0,4}\\s{0,2}") {
        match text.parse::<Diagnosis>() {
            Ok(d) => {
                prop_assert_eq!(d.to_string().parse::<Diagnosis>().unwrap(), d);
                let squeezed = text.trim().to_uppercase().replace('.', "");
                prop_assert_eq!(d.to_string().replace('.', ""), squeezed);
            }
            Err(err) => assert_refusal_names(&text, &err),
        }
    }

    #[test]
    fn a_set_of_criteria_gives_the_severity_of_its_count(bits in 0u16..(1 << 11)) {
        let met: TagSet<Dsm5Criterion> = Dsm5Criterion::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, c)| *c)
            .collect();
        let count = bits.count_ones();
        let expected = match count {
            0 | 1 => None,
            2 | 3 => Some(Severity::Mild),
            4 | 5 => Some(Severity::Moderate),
            _ => Some(Severity::Severe),
        };
        prop_assert_eq!(Severity::from_dsm5(met).ok(), expected);
    }
}

/// AUDIT and DUDIT scores read into what their sources state (fact sheet
/// 8.5): AUDIT above 6 (women) or 8 (men) indicates risky drinking; DUDIT
/// 6 (men) or 2 (women), and 7 and 3 for ages 16–25, marked preliminary.
#[test]
fn instrument_scores_read_into_what_their_sources_state() {
    use insats::{Audit, Dudit, Instrument, Language, Profile, Sex, Substance};
    let woman = Audit::new(7, Sex::Female).unwrap();
    let indication = woman.indication().expect("7 is above 6 for women");
    assert_eq!(indication.instrument(), Instrument::Audit);
    assert_eq!(indication.substance(), Substance::Alcohol);
    assert_eq!(
        indication.describe(Language::English),
        "the AUDIT score 7 indicates risky drinking (the instrument's indication, not a diagnosis)"
    );
    assert_eq!(
        indication.describe(Language::Swedish),
        "AUDIT-poängen 7 tyder på riskbruk av alkohol (instrumentets indikation, inte en diagnos)"
    );
    assert_eq!(Audit::new(7, Sex::Male).unwrap().indication(), None);
    assert_eq!(Audit::new(6, Sex::Female).unwrap().indication(), None);
    assert!(Audit::new(9, Sex::Male).unwrap().indication().is_some());
    for bad in [41, -1] {
        let err = Audit::new(bad, Sex::Female).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid profile: field \"audit\" (\"{bad}\"): is outside AUDIT's range 0–40")
        );
        assert!(err.describe(Language::Swedish).contains("utanför AUDIT:s skala 0–40"));
    }
    assert!(Audit::new(40, Sex::Male).is_ok() && Audit::new(0, Sex::Male).is_ok());
    assert!(Dudit::new(45, Sex::Male).unwrap_err().to_string().contains("0–44"));

    // DUDIT 3 for a woman of 20: the preliminary cut-off for ages 16–25.
    let dudit = Dudit::new(3, Sex::Female).unwrap();
    let young = dudit.indication(Some(20)).expect("3 reaches the 16–25 cut-off");
    assert!(young.is_preliminary());
    assert!(young.describe(Language::English).contains("preliminary cut-off for ages 16 to 25"));
    assert!(young.describe(Language::Swedish).contains("preliminära gränsen för 16–25 år"));
    assert!(!dudit.indication(Some(40)).unwrap().is_preliminary());
    assert_eq!(Dudit::new(2, Sex::Female).unwrap().indication(Some(20)), None);
    // No age stated: only a score that reaches both cut-offs indicates.
    assert_eq!(Dudit::new(2, Sex::Female).unwrap().indication(None), None);
    assert!(Dudit::new(3, Sex::Female).unwrap().indication(None).is_some());

    // A profile built from a score shows where the fact came from, and the
    // indication adds its substance, no pattern of use.
    let p = Profile::builder().age(20).dudit(dudit).build().unwrap();
    assert_eq!(p.indications(), [young]);
    assert!(p.substances().contains(Substance::Narcotics));
    assert!(p.substances_told().is_empty());
    assert!(p.stated_patterns().is_empty());
    let json = serde_json::to_string(&p).unwrap();
    assert!(json.contains(r#""dudit":{"score":3,"sex":"female"}"#), "{json}");
    assert_eq!(serde_json::from_str::<Profile>(&json).unwrap(), p);
    let err = serde_json::from_str::<Profile>(r#"{"audit": {"score": 41, "sex": "male"}}"#);
    assert!(err.unwrap_err().to_string().contains("0–40"));
}
