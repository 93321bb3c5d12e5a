//! One test per sentence the wording review found false (F1–F5).

use super::*;

// ---------------------------------------- the review's false sentences

/// F1: for a 16-year-old in withdrawal at raised risk, no sentence gives
/// the guidelines an age limit for withdrawal medication; the row is
/// listed as not rated for the age, and the alcohol medicines' adult limit
/// is the row's sources', not the guidelines'.
#[test]
fn f1_no_age_limit_is_put_in_the_guidelines_mouth() {
    let matcher = Matcher::new(insats::catalog());
    let teen = Profile::builder()
        .age(16)
        .substance(Substance::Alcohol)
        .withdrawal(Withdrawal::RaisedRisk)
        .build()
        .unwrap();
    let recs = matcher.recommend(&teen);
    let withdrawal = recs
        .not_rated_for_age()
        .iter()
        .find(|m| m.intervention().id() == "lakemedelsbehandling-vid-alkoholabstinens")
        .expect("listed, not silently left out");
    assert_eq!(withdrawal.reasons()[0], Reason::NoNumberForChildren);
    for decision in matcher.explain(&teen) {
        for reason in decision.reasons() {
            let sv = reason.describe(Language::Swedish);
            assert!(!sv.contains("riktlinjerna bedömer rekommendationen för vuxna"), "{sv}");
            if decision.intervention().id().starts_with("lakemedelsbehandling-vid-alkoholabstinens")
            {
                assert!(!matches!(reason, Reason::AgeScope { .. }), "{sv}");
            }
        }
    }
    let naltrexone = matcher
        .explain(&teen)
        .into_iter()
        .find(|d| d.intervention().id() == "lakemedelsbehandling-vid-alkoholberoende-naltrexon")
        .unwrap();
    let age = naltrexone.reasons().iter().find(|r| r.kind() == "age-scope").unwrap();
    pin(
        age,
        "personen är under 18 år, och radens källor anger insatsen bara för vuxna",
        "the person is under 18, and the row's sources state the intervention for adults only",
    );
}

/// F2: F10.4 is withdrawal with delirium, shown as the code with its
/// title and delirium tremens, never as a raised risk of it.
#[test]
fn f2_f10_4_is_delirium_tremens_with_its_code() {
    let profile = Profile::builder().diagnosis("F10.4".parse().unwrap()).age(50).build().unwrap();
    assert_eq!(
        profile.describe(Language::Swedish),
        "50 år (Vuxna (18-64 år)) · ICD-10 F10.4 (alkohol: abstinens med delirium) · Alkohol \
         (från F10.4) · Delirium tremens (från F10.4)"
    );
    assert_eq!(
        profile.describe(Language::English),
        "50 years (Adults (18-64 years)) · ICD-10 F10.4 (use of alcohol: withdrawal state with \
         delirium) · Alcohol (from F10.4) · Delirium tremens (from F10.4)"
    );
    // The raised-risk row is named only as another row's number.
    let recs = Matcher::new(insats::catalog()).recommend(&profile);
    for m in recs.primary() {
        for reason in m.reasons() {
            let sv = reason.describe(Language::Swedish);
            if matches!(reason, Reason::NearestStated(_)) {
                assert!(sv.ends_with("som gäller en annan rad"), "{sv}");
            } else {
                assert!(!sv.contains("förhöjd risk"), "{sv}");
            }
        }
    }
}

/// F3: the row cited for a cannabis user is the cannabis row.
#[test]
fn f3_web_treatment_for_cannabis_cites_the_cannabis_row() {
    let profile = Profile::builder().diagnosis("F12.1".parse().unwrap()).age(25).build().unwrap();
    let recs = Matcher::new(insats::catalog()).recommend(&profile);
    let web = recs.get("webbaserad-behandling").unwrap();
    assert_eq!(
        web.source(),
        Some(
            "http://www.socialstyrelsen.se/nationellariktlinjermissbrukochberoende/\
             sokiriktlinjerna/cannabismissbrukeller-beroende3"
        )
    );
}

/// F4: HAP's condition is the page's words ("till vuxna med
/// cannabismissbruk"), not the fact sheet's "cannabismissbruk (vuxna)", and
/// ÅP's cannabis row carries no aside about the measure in its condition:
/// the measure NR rates is named as the measure (M10).
#[test]
fn f4_the_condition_is_the_sources_words() {
    let matcher = Matcher::new(insats::catalog());
    let adult = Profile::builder()
        .age(25)
        .substance(Substance::Cannabis)
        .pattern(PatternOfUse::Misuse)
        .build()
        .unwrap();
    let recs = matcher.recommend(&adult);
    let line = |id: &str| {
        let m = recs.get(id).unwrap();
        m.reasons().into_iter().find(|r| r.kind() == "priority").unwrap()
    };
    pin(
        &line("haschavvanjningsprogrammet-hap"),
        "NR-prioritet 6 (kan erbjudas) för vuxna med cannabismissbruk",
        "NR priority 6 (may be offered) for adults with cannabis misuse",
    );
    pin(
        &line("aterfallsprevention"),
        "NR-prioritet 3 (bör erbjudas) för KBT eller ÅP med tillägg av MI eller MET vid missbruk \
         eller beroende av cannabis",
        "NR priority 3 (should be offered) for misuse of or dependence on cannabis, as CBT or \
         relapse prevention with motivational interviewing (MI) or MET added",
    );
}

/// F5: a profile line never contradicts the facts given: LARO beside "no
/// other treatment", or a severity beside a DSM-5 count that gives
/// another, is refused; LARO alone is not also shown as "in other
/// treatment" unless told.
#[test]
fn f5_the_profile_line_does_not_contradict_the_facts_given() {
    assert!(Profile::builder().in_laro(true).in_other_treatment(false).build().is_err());
    assert!(
        Profile::builder().dsm5_criteria(3).severity(insats::Severity::Severe).build().is_err()
    );
    let laro =
        Profile::builder().age(35).substance(Substance::Opioids).in_laro(true).build().unwrap();
    assert_eq!(
        laro.describe(Language::Swedish),
        "35 år (Vuxna (18-64 år)) · Opioider · i läkemedelsassisterad behandling (LARO)"
    );
    let counted = Profile::builder().dsm5_criteria(3).build().unwrap();
    assert_eq!(
        counted.describe(Language::Swedish),
        "Lindrig (antagen utifrån 3 uppfyllda DSM-5-kriterier)"
    );
    assert_eq!(counted.describe(Language::English), "Mild (assumed from 3 DSM-5 criteria met)");
}

/// A relative's profile says whose the substance is (M16).
#[test]
fn a_relatives_profile_names_the_family_members_substance() {
    let relative =
        Profile::builder().age(16).relative(true).substance(Substance::Alcohol).build().unwrap();
    assert_eq!(
        relative.describe(Language::Swedish),
        "anhörig (den som söker hjälp) · 16 år (Barn (0-17 år)) · närstående använder Alkohol"
    );
    assert_eq!(
        relative.describe(Language::English),
        "a relative (the person asking for help) · 16 years (Children (0-17 years)) · the family \
         member uses Alcohol"
    );
}

// ---------------------------------------- the second reader's false sentences

/// DUDIT's row (fact sheet `dudit`: target "narkotika, beroendeframkallande
/// läkemedel") covers addictive medicines: a benzodiazepine or
/// opioid-analgesic user is not told that its recommendations cover only
/// narcotic drugs.
#[test]
fn dudit_covers_the_addictive_medicines_its_row_names() {
    let matcher = Matcher::new(insats::catalog());
    for substance in [Substance::Benzodiazepines, Substance::OpioidAnalgesics] {
        let user = Profile::builder()
            .age(70)
            .substance(substance)
            .pattern(PatternOfUse::Dependence)
            .build()
            .unwrap();
        let dudit =
            matcher.explain(&user).into_iter().find(|d| d.intervention().id() == "dudit").unwrap();
        assert!(dudit.is_included(), "{substance:?}: {:?}", dudit.reasons());
        let priority = dudit.reasons().iter().find(|r| r.kind() == "priority").cloned().unwrap();
        pin(
            &priority,
            "NR-prioritet 3 (bör erbjudas) vid misstanke om missbruk (skadligt bruk) eller \
             beroende av narkotika och/eller beroendeframkallande läkemedel, och screening utan \
             specifik misstanke",
            "NR priority 3 (should be offered) for suspected misuse (harmful use) of or \
             dependence on narcotic drugs and/or addictive medicines, and screening without a \
             specific suspicion",
        );
    }
}

/// A person stated in LARO, with no pattern of use: being in LARO is not
/// read as opioid dependence (the sources tie LARO to opioid dependence at
/// the start, by the physician's assessment, and state nothing of the
/// person now), so LARO and the LARO rows stay conditional; the sentence
/// says plainly what is missing: dependence on opioids, as a pattern of
/// use, and, where the row is for people in LARO, that being in LARO is
/// not taken as stating it.
#[test]
fn in_laro_without_a_pattern_says_what_is_missing() {
    let matcher = Matcher::new(insats::catalog());
    let laro =
        Profile::builder().age(35).substance(Substance::Opioids).in_laro(true).build().unwrap();
    let recs = matcher.recommend(&laro);
    let waiting = |id: &str| {
        let m = recs.conditional().iter().find(|m| m.intervention().id() == id).unwrap();
        m.reasons().into_iter().find(|r| r.kind() == "pattern-not-stated").unwrap()
    };
    pin(
        &waiting("lakemedelsassisterad-behandling-vid-opioidberoende-laro"),
        "skulle gälla vid beroende av opioider eller opioidanalgetika; uppgift om \
         bruksmönster saknas",
        "would apply given dependence on opioids or opioid analgesics; the pattern \
         of use is not stated",
    );
    pin(
        &waiting("community-reinforcement-approach-cra"),
        "skulle gälla vid beroende av opioider eller opioidanalgetika; uppgift om \
         bruksmönster saknas, och att personen får läkemedelsassisterad behandling räknas inte \
         som en sådan uppgift",
        "would apply given dependence on opioids or opioid analgesics; the pattern \
         of use is not stated, and being in medication-assisted treatment is not taken as \
         stating it",
    );
}

/// The need for coordination (fact sheet `case-management-individual`:
/// priority 4, "skadligt bruk, missbruk eller beroende av alkohol och
/// narkotika och behov av samordning") is served by case management once
/// the pattern of use its row names is stated; without it the match waits
/// for the pattern, so "no recommended intervention serves it" is true.
#[test]
fn coordination_is_served_by_case_management_when_its_row_applies() {
    let matcher = Matcher::new(insats::catalog());
    let base = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .need(Need::Coordination)
        .in_other_treatment(true);
    let stated = base.clone().pattern(PatternOfUse::Dependence).build().unwrap();
    let recs = matcher.recommend(&stated);
    let served = recs.package().get(Need::Coordination).expect("coordination served");
    assert_eq!(served.intervention().id(), "case-management");
    assert_eq!(served.priority(), Some(rank(4)));
    let priority = served.reasons().into_iter().find(|r| r.kind() == "priority").unwrap();
    pin(
        &priority,
        "NR-prioritet 4 (kan erbjudas) vid skadligt bruk, missbruk eller beroende av alkohol och \
         narkotika och behov av samordning",
        "NR priority 4 (may be offered) for harmful use of, misuse of or dependence on alcohol \
         and narcotic drugs, with a need for coordination",
    );
    let unstated = base.build().unwrap();
    let recs = matcher.recommend(&unstated);
    assert!(recs.package().unmet().contains(Need::Coordination));
    let waiting =
        recs.conditional().iter().find(|m| m.intervention().id() == "case-management").unwrap();
    assert!(waiting.reasons().iter().any(|r| r.kind() == "pattern-not-stated"));
}

/// M11: the diagnosis stays in the profile line, its code and its kind
/// (F12.1 is harmful use, not the guide's "Missbruk och beroende").
#[test]
fn m11_the_profile_line_shows_the_icd_code_and_its_kind() {
    let profile = Profile::builder().diagnosis("F12.1".parse().unwrap()).age(25).build().unwrap();
    assert_eq!(
        profile.describe(Language::Swedish),
        "25 år (Vuxna (18-64 år)) · ICD-10 F12.1 (cannabis: skadligt bruk) · Cannabis (från F12.1)"
    );
    assert_eq!(
        profile.describe(Language::English),
        "25 years (Adults (18-64 years)) · ICD-10 F12.1 (use of cannabinoids: harmful use) · \
         Cannabis (from F12.1)"
    );
}

/// Delirium tremens is alcohol withdrawal in its gravest form (fact sheet
/// `benzodiazepines-delirium-tremens`: "Svår alkoholabstinens (delirium
/// tremens)"): the withdrawal rows are left for the row NR gives it, and
/// the sentence no longer reads as if the person were not in withdrawal.
#[test]
fn delirium_tremens_is_left_to_its_own_row_not_said_to_be_no_withdrawal() {
    let matcher = Matcher::new(insats::catalog());
    let dt = Profile::builder().age(50).diagnosis("F10.4".parse().unwrap()).build().unwrap();
    let decisions = matcher.explain(&dt);
    let withdrawal = decisions
        .iter()
        .find(|d| d.intervention().id() == "lakemedelsbehandling-vid-alkoholabstinens")
        .unwrap();
    assert!(!withdrawal.is_included());
    let reason = withdrawal.reasons().iter().find(|r| r.kind() == "population").cloned().unwrap();
    let sv = reason.describe(Language::Swedish);
    assert!(
        sv.starts_with(
            "personen har delirium tremens (svår alkoholabstinens), som riktlinjerna tar upp i en \
             egen rad; den här raden gäller personer i alkoholabstinens"
        ),
        "{sv}"
    );
    assert!(sv.ends_with(" utan delirium tremens"), "{sv}");
    assert!(!sv.contains(", men rekommendationen gäller"), "{sv}");
    let en = reason.describe(Language::English);
    assert!(en.starts_with("the person has delirium tremens (severe alcohol withdrawal)"), "{en}");
    assert!(en.ends_with(" without delirium tremens"), "{en}");
}

/// A competence the employer decides (fact sheet: "Kompetens enligt
/// arbetsgivarens beslut") says no more than that: with no role stated,
/// and with one, the line no longer claims that "the asking role" can
/// deliver it.
#[test]
fn a_competence_the_employer_decides_is_not_said_to_be_the_askers() {
    let matcher = Matcher::new(insats::catalog());
    let no_role = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Dependence)
        .build()
        .unwrap();
    let teacher = no_role.to_builder().role(insats::Role::Teacher).build().unwrap();
    for profile in [no_role, teacher] {
        let recs = matcher.recommend(&profile);
        let met = recs.get("motivationshojande-behandling-met").unwrap();
        assert_eq!(
            met.delivery().describe(Language::Swedish),
            "källan kräver ingen legitimation; arbetsgivaren avgör vem som kan ge den"
        );
        for m in recs.iter() {
            assert_ne!(
                m.delivery().describe(Language::English),
                "the asking role can deliver it",
                "{}",
                m.intervention().id()
            );
        }
    }
}
