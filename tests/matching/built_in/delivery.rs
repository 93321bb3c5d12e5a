//! Who offers it and who can deliver it (issue 28), on the built-in
//! catalog.

use super::*;
use insats::{CompetenceRequirement, Delivery, PatternOfUse, Principal, Provider, Role};

/// A social worker at individ- och familjeomsorg asking for a person in
/// raised-risk alcohol withdrawal: the withdrawal treatment is a
/// referral to hälso- och sjukvården (a physician prescribes), first in
/// the SIP's health-care group, never excluded for the role.
#[test]
fn withdrawal_treatment_is_a_referral_to_health_care_never_excluded_for_the_role() {
    let asking = |b: insats::ProfileBuilder| {
        b.provider(Provider::IndividualAndFamilyCare).role(Role::SocialWorker)
    };
    let raised = profile(|b| {
        asking(b.age(52).substance(Substance::Alcohol).withdrawal(Withdrawal::RaisedRisk))
    });
    let recs = recommend(&raised);
    let found = recs.get(WITHDRAWAL_TREATMENT).expect("in the result");
    assert_eq!(
        found.delivery(),
        Delivery::Referral {
            principal: Principal::HealthCare,
            competence: CompetenceRequirement::Physician
        }
    );
    assert_eq!(
        found.delivery().describe(insats::Language::Swedish),
        "hänvisa till hälso- och sjukvården: legitimerad läkare"
    );
    // A role whose licence meets the requirement: the asking role.
    let by_asker = Delivery::ByAsker { principal: Principal::SocialServices };
    assert_eq!(by_asker.describe(insats::Language::Swedish), "kan ges av den yrkesroll som frågar");
    assert_eq!(by_asker.describe(insats::Language::English), "the asking role can deliver it");
    // A competence the employer decides: the source says no more, so it
    // is not said that the asker (or anyone else) delivers it.
    let employer = Delivery::EmployerDecides { principal: Principal::SocialServices };
    assert_eq!(
        employer.describe(insats::Language::Swedish),
        "källan kräver ingen legitimation; arbetsgivaren avgör vem som kan ge den"
    );
    assert_eq!(
        employer.describe(insats::Language::English),
        "the source requires no licence; the employer decides who can deliver it"
    );
    let sip = recs.sip();
    assert_eq!(sip.group(Principal::HealthCare)[0].intervention().id(), WITHDRAWAL_TREATMENT);
    // F10.4 is delirium tremens: its own row, in the result whatever the
    // role; its sources state neither principal nor competence, and
    // the delivery says so.
    let dt = profile(|b| asking(b.age(52).diagnosis("F10.4".parse().unwrap())));
    let recs = recommend(&dt);
    let found = recs.get("bensodiazepiner-vid-delirium-tremens").expect("in the result");
    assert_eq!(found.delivery(), Delivery::NotStated { principal: Principal::NotStated });
    let decisions = Matcher::new(catalog()).explain(&dt);
    for d in &decisions {
        assert!(d.reasons().iter().all(|r| r.kind() != "role"), "{}", d.intervention().id());
    }
}

/// A teacher at a school: KBT, PDT and ITP need a licensed psychologist
/// or psychotherapist (or health-care staff with psychotherapy
/// training): referrals naming that; MET and the others whose
/// competence the employer decides say so, whoever asks.
#[test]
fn a_teacher_refers_psychotherapy_and_is_told_the_employer_decides_the_rest() {
    let teacher = profile(|b| {
        b.age(40)
            .substance(Substance::Alcohol)
            .pattern(PatternOfUse::Dependence)
            .provider("Skola | Elevhälsa".parse().unwrap())
            .role(Role::Teacher)
    });
    let recs = recommend(&teacher);
    for id in ["kognitiv-beteendeterapi", "psykodynamisk-terapi-pdt", "interaktionell-terapi"] {
        let m = recs.get(id).unwrap_or_else(|| panic!("{id}: {:?}", ids(recs.iter())));
        assert_eq!(
            m.delivery(),
            Delivery::Referral {
                principal: Principal::Both,
                competence: CompetenceRequirement::LicensedPsychotherapy
            },
            "{id}"
        );
        assert!(m.delivery().is_referral(), "{id}");
    }
    let employer = recs.iter().filter(|m| {
        m.intervention().required_competence().map(|c| c.requirement())
            == Some(CompetenceRequirement::EmployerDecides)
    });
    let mut seen = 0;
    for m in employer {
        assert!(
            matches!(m.delivery(), Delivery::EmployerDecides { .. }),
            "{}",
            m.intervention().id()
        );
        seen += 1;
    }
    assert!(seen >= 5, "{seen}");
    assert!(
        recs.get("motivationshojande-behandling-met").is_some_and(|m| !m.delivery().is_referral())
    );
    // A psychologist delivers KBT.
    let psychologist = teacher.to_builder().role(Role::Psychologist).build().unwrap();
    let kbt = recommend(&psychologist).get("kognitiv-beteendeterapi").map(|m| m.delivery());
    assert!(matches!(kbt, Some(Delivery::ByAsker { .. })));
}

/// Each principal the fact sheet gives is on the built-in catalog's
/// matches, and the SIP view loses nothing of the flat one.
#[test]
fn each_principal_reaches_the_result_and_the_sip_view_loses_nothing() {
    let person = profile(|b| {
        b.age(40)
            .substance(Substance::Alcohol)
            .pattern(PatternOfUse::Dependence)
            .needs([insats::Need::SupportInDailyLife].into_iter().collect())
    });
    let recs = recommend(&person);
    let principal_of = |id: &str| recs.get(id).map(|m| m.principal());
    assert_eq!(principal_of(MEDICINES[0]), Some(Principal::HealthCare));
    assert_eq!(principal_of("boendestod"), Some(Principal::SocialServices));
    assert_eq!(principal_of("motivationshojande-behandling-met"), Some(Principal::Both));
    assert_eq!(principal_of("kort-intervention-brief-intervention"), Some(Principal::NotStated));
    let sip = recs.sip();
    let mut grouped: Vec<&str> =
        sip.groups().flat_map(|(_, g)| g.iter().map(|m| m.intervention().id())).collect();
    let mut flat: Vec<&str> =
        recs.iter().chain(recs.assessments()).map(|m| m.intervention().id()).collect();
    grouped.sort_unstable();
    flat.sort_unstable();
    assert_eq!(grouped, flat);
    for (principal, group) in sip.groups() {
        assert!(group.iter().all(|m| m.principal() == principal));
    }
    // The report carries the same groups.
    let report = Matcher::new(catalog()).report(&person);
    let health: Vec<&str> = report
        .sip
        .iter()
        .find(|g| g.principal == Principal::HealthCare)
        .map(|g| g.ids.iter().map(String::as_str).collect())
        .unwrap_or_default();
    let expected: Vec<&str> =
        sip.group(Principal::HealthCare).iter().map(|m| m.intervention().id()).collect();
    assert_eq!(health, expected);
}
