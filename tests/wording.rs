//! The words of every reason, fact and situation, pinned in both
//! languages: a sentence a caseworker may paste into a record cannot lose
//! its "inte", turn "no raised risk" into "a raised risk", or word a
//! raised-risk withdrawal as plain withdrawal, without a test failing. Also
//! the rules of the Swedish (a subordinate clause's word order, "för"
//! before people, lists joined with "och"/"eller"), each reason kind's
//! exclusion flag, and one test per sentence the wording review found
//! false (F1–F5).

use insats::{
    AgeScope, Diagnosis, Dispute, FacetValue, Language, Matcher, NearestStated, Need, NrPriority,
    PatternOfUse, PatternRequirement, Population, Profile, ProfileFact, Reason, RecommendationVerb,
    Role, Situation, Substance, TagSet, Withdrawal,
};

mod util;

/// `reason` reads `sv` in Swedish and `en` in English, each in its
/// language.
#[track_caller]
fn pin(reason: &Reason, sv: &str, en: &str) {
    let (got_sv, got_en) = (reason.describe(Language::Swedish), reason.describe(Language::English));
    assert_eq!(got_sv, sv, "Swedish of {reason:?}");
    assert_eq!(got_en, en, "English of {reason:?}");
    util::assert_swedish(&got_sv);
    util::assert_english(&got_en);
}

fn rank(n: u8) -> NrPriority {
    NrPriority::rank(n).unwrap()
}

fn priority(
    priority: NrPriority,
    substances: TagSet<Substance>,
    population: Population,
    condition: Option<&str>,
) -> Reason {
    Reason::Priority {
        priority,
        recommendation: 0,
        substances,
        population,
        condition: condition.map(str::to_owned),
        disputes: Vec::new(),
    }
}

fn alcohol() -> TagSet<Substance> {
    TagSet::only(Substance::Alcohol)
}

#[test]
fn facet_and_substance_reasons() {
    pin(
        &Reason::Facet {
            profile: FacetValue::new(Role::Physician),
            allowed: TagSet::from([Role::Psychologist, Role::Psychotherapist]).into(),
        },
        "yrkesrollen \"Läkare\" finns inte bland insatsens yrkesroller (\"Psykolog\" eller \
         \"Psykoterapeut\")",
        "the role \"Läkare\" (physician) is not among the intervention's roles (\"Psykolog\" \
         (psychologist) or \"Psykoterapeut\" (psychotherapist))",
    );
    pin(
        &Reason::Substance {
            profile: TagSet::only(Substance::Cannabis),
            rated: TagSet::from([Substance::Alcohol, Substance::Narcotics]),
        },
        "riktlinjernas rekommendationer om insatsen gäller alkohol eller narkotika, inte cannabis",
        "the guidelines' recommendations for it cover alcohol or narcotic drugs, not cannabis",
    );
}

#[test]
fn every_fact_of_a_profile() {
    let facts: [(ProfileFact, &str, &str); 17] = [
        (
            ProfileFact::IsRelative,
            "den som söker hjälp är anhörig",
            "the person asking for help is a relative",
        ),
        (
            ProfileFact::IsNotRelative,
            "den som söker hjälp är inte anhörig",
            "the person asking for help is not a relative",
        ),
        (ProfileFact::UnderEighteen, "personen är under 18 år", "the person is under 18"),
        (
            ProfileFact::EighteenOrOlder,
            "personen är 18 år eller äldre",
            "the person is 18 or older",
        ),
        (ProfileFact::Age(40), "personen är 40 år", "the person is 40"),
        (
            ProfileFact::SixtyFiveOrOlder,
            "personen är 65 år eller äldre",
            "the person is 65 or older",
        ),
        (
            ProfileFact::NotInLaro,
            "personen får inte läkemedelsassisterad behandling (LARO)",
            "the person is not in medication-assisted treatment (LARO)",
        ),
        (
            ProfileFact::InNoOtherTreatment,
            "personen får ingen annan behandling och alltså inte LARO",
            "the person is in no other treatment, so not in LARO",
        ),
        (
            ProfileFact::NeedNotFound(Need::SupportInHousing),
            "kartläggningen har inte visat behov av stöd i boendet",
            "the assessment has not found a need for support in one's housing",
        ),
        (
            ProfileFact::NoCohabitingPartner,
            "personen bor inte med en partner",
            "the person does not live with a partner",
        ),
        (
            ProfileFact::NoWithdrawal,
            "personen är inte i alkoholabstinens",
            "the person is not in alcohol withdrawal",
        ),
        (
            ProfileFact::WithdrawalWithoutRaisedRisk,
            "personen är i alkoholabstinens utan förhöjd risk för abstinensepilepsi eller \
             delirium tremens",
            "the person is in alcohol withdrawal without a raised risk of withdrawal seizures or \
             delirium tremens",
        ),
        (
            ProfileFact::NoSevereMentalIllness,
            "personen har ingen svår psykisk sjukdom",
            "the person has no severe mental illness",
        ),
        (
            ProfileFact::HasDeliriumTremens,
            "personen har delirium tremens, som riktlinjerna tar upp i en egen rad",
            "the person has delirium tremens, for which the guidelines have a row of their own",
        ),
        (
            ProfileFact::NoDeliriumTremens,
            "personen har inte delirium tremens",
            "the person does not have delirium tremens",
        ),
        (
            ProfileFact::SituationAbsent(Situation::OverdoseRisk),
            "personen har inte risk för överdos",
            "the person does not have a risk of overdose",
        ),
        (
            ProfileFact::PatternIs(PatternOfUse::RiskyUse),
            "det angivna bruksmönstret är riskbruk",
            "the stated pattern of use is risky use",
        ),
    ];
    for (fact, sv, en) in facts {
        assert_eq!(fact.describe(Language::Swedish), sv);
        assert_eq!(fact.describe(Language::English), en);
        assert_eq!(fact.to_string(), sv);
    }
}

/// Each population as the reasons name it: whom a row is for, what would
/// put the person in it (after "om" / "if"), what did (first among an
/// included match's reasons) and what puts the person outside it.
#[test]
fn every_population_in_every_reason() {
    let rows: [(Population, &str, &str, &str, &str, &str, &str); 10] = [
        (
            Population::InMedicationAssistedTreatment,
            "personer i läkemedelsassisterad behandling vid opioidberoende (LARO)",
            "people in medication-assisted treatment for opioid dependence (LARO)",
            "skulle gälla om personen får läkemedelsassisterad behandling vid opioidberoende \
             (LARO); uppgift om det saknas",
            "would apply if the person is in medication-assisted treatment for opioid dependence \
             (LARO); this is not stated",
            "personen får läkemedelsassisterad behandling vid opioidberoende (LARO)",
            "the person is in medication-assisted treatment for opioid dependence (LARO)",
        ),
        (
            Population::Relatives,
            "anhöriga till en person med missbruk eller beroende",
            "relatives of a person with substance misuse or dependence",
            "skulle gälla om den som söker hjälp är anhörig; uppgift om det saknas",
            "would apply if the person asking for help is a relative; this is not stated",
            "den som söker hjälp är anhörig",
            "the person asking for help is a relative",
        ),
        (
            Population::WithNeed(Need::Homelessness),
            "personer med hemlöshet enligt kartläggningen",
            "people for whom the assessment has found homelessness",
            "skulle gälla om kartläggningen visar hemlöshet; uppgift om det saknas",
            "would apply if the assessment finds homelessness; this is not stated",
            "kartläggningen har visat hemlöshet",
            "the assessment has found homelessness",
        ),
        (
            Population::WithNeed(Need::Work),
            "personer med svag anknytning till arbetsmarknaden enligt kartläggningen",
            "people for whom the assessment has found a weak attachment to the labour market",
            "skulle gälla om kartläggningen visar svag anknytning till arbetsmarknaden; uppgift \
             om det saknas",
            "would apply if the assessment finds a weak attachment to the labour market; this is \
             not stated",
            "kartläggningen har visat svag anknytning till arbetsmarknaden",
            "the assessment has found a weak attachment to the labour market",
        ),
        (
            Population::WithCohabitingPartner,
            "personer som bor med en partner",
            "people who live with a partner",
            "skulle gälla om personen bor med en partner; uppgift om det saknas",
            "would apply if the person lives with a partner; this is not stated",
            "personen bor med en partner",
            "the person lives with a partner",
        ),
        (
            Population::InAlcoholWithdrawal,
            "personer i alkoholabstinens",
            "people in alcohol withdrawal",
            "skulle gälla om personen är i alkoholabstinens; uppgift om det saknas",
            "would apply if the person is in alcohol withdrawal; this is not stated",
            "personen är i alkoholabstinens",
            "the person is in alcohol withdrawal",
        ),
        (
            Population::InAlcoholWithdrawalWithRaisedRisk,
            "personer i alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium \
             tremens",
            "people in alcohol withdrawal with a raised risk of withdrawal seizures or delirium \
             tremens",
            "skulle gälla om personen är i alkoholabstinens med förhöjd risk för \
             abstinensepilepsi eller delirium tremens; uppgift om det saknas",
            "would apply if the person is in alcohol withdrawal with a raised risk of withdrawal \
             seizures or delirium tremens; this is not stated",
            "personen är i alkoholabstinens med förhöjd risk för abstinensepilepsi eller \
             delirium tremens",
            "the person is in alcohol withdrawal with a raised risk of withdrawal seizures or \
             delirium tremens",
        ),
        (
            Population::WithSevereMentalIllness,
            "personer som också har en svår psykisk sjukdom",
            "people who also have a severe mental illness",
            "skulle gälla om personen också har en svår psykisk sjukdom; uppgift om det saknas",
            "would apply if the person also has a severe mental illness; this is not stated",
            "personen har också en svår psykisk sjukdom",
            "the person also has a severe mental illness",
        ),
        (
            Population::InDeliriumTremens,
            "personer med delirium tremens (svår alkoholabstinens)",
            "people with delirium tremens (severe alcohol withdrawal)",
            "skulle gälla om personen har delirium tremens; uppgift om det saknas",
            "would apply if the person has delirium tremens; this is not stated",
            "personen har delirium tremens",
            "the person has delirium tremens",
        ),
        (
            Population::InSituation(Situation::OverdoseRisk),
            "personer med risk för överdos",
            "people with a risk of overdose",
            "skulle gälla om personen har risk för överdos; uppgift om det saknas",
            "would apply if the person has a risk of overdose; this is not stated",
            "personen har risk för överdos",
            "the person has a risk of overdose",
        ),
    ];
    for (population, who_sv, who_en, if_sv, if_en, fits_sv, fits_en) in rows {
        assert_eq!(population.describe(Language::Swedish), who_sv);
        assert_eq!(population.describe(Language::English), who_en);
        pin(&Reason::SituationNotStated { required: population }, if_sv, if_en);
        pin(&Reason::Fits { population }, fits_sv, fits_en);
    }
}

/// Every need and every situation in a sentence: a phrase, never a label
/// after a colon ("behov: arbete").
#[test]
fn every_need_and_situation_in_words() {
    let needs: [(Need, &str, &str); 12] = [
        (
            Need::FamilySituation,
            "behov som rör familjesituationen",
            "a need concerning the family situation",
        ),
        (
            Need::ExtentOfUse,
            "behov som rör det skadliga brukets omfattning",
            "a need concerning the extent of the harmful use",
        ),
        (Need::MentalHealth, "behov som rör psykisk ohälsa", "a need concerning mental ill-health"),
        (
            Need::SocialSituation,
            "behov som rör den sociala situationen",
            "a need concerning the social situation",
        ),
        (Need::Housing, "behov som rör bostad", "a housing need"),
        (
            Need::Work,
            "svag anknytning till arbetsmarknaden",
            "a weak attachment to the labour market",
        ),
        (Need::School, "behov som rör skolan", "a need concerning school"),
        (Need::Loneliness, "behov som rör ensamhet", "a need concerning loneliness"),
        (Need::Coordination, "behov av samordning", "a need for coordination"),
        (Need::Homelessness, "hemlöshet", "homelessness"),
        (Need::SupportInHousing, "behov av stöd i boendet", "a need for support in one's housing"),
        (
            Need::SupportInDailyLife,
            "behov av stöd i vardagslivet",
            "a need for support in daily life",
        ),
    ];
    for (need, sv, en) in needs {
        pin(
            &Reason::Fits { population: Population::WithNeed(need) },
            &format!("kartläggningen har visat {sv}"),
            &format!("the assessment has found {en}"),
        );
        pin(
            &Reason::Population {
                required: Population::WithNeed(need),
                fact: ProfileFact::NeedNotFound(need),
            },
            &format!("kartläggningen har inte visat {sv}, som rekommendationen förutsätter"),
            &format!("the assessment has not found {en}, which the recommendation requires"),
        );
    }
    let situations: [(Situation, &str, &str); 8] = [
        (Situation::OverdoseRisk, "risk för överdos", "a risk of overdose"),
        (Situation::Ptsd, "samtidig PTSD", "co-occurring PTSD"),
        (Situation::Depression, "samtidig depression", "co-occurring depression"),
        (
            Situation::TaperingNotSuccessful,
            "en nedtrappning som inte har lyckats",
            "a tapering that has not succeeded",
        ),
        (
            Situation::UsualDiscontinuationNotPossible,
            "långvarigt bruk där sedvanlig utsättning inte har varit möjlig",
            "long-term use that could not be stopped in the usual way",
        ),
        (
            Situation::RecentAlcoholIntake,
            "misstänkt nyligt intag av alkohol",
            "a suspected recent alcohol intake",
        ),
        (
            Situation::LongTermHeavyAlcoholIntake,
            "misstänkt långvarigt högt intag av alkohol",
            "a suspected long-term heavy alcohol intake",
        ),
        (
            Situation::OngoingOrRecentDrugIntake,
            "misstänkt pågående eller nyligt intag av narkotika",
            "a suspected ongoing or recent intake of narcotic drugs",
        ),
    ];
    for (situation, sv, en) in situations {
        let population = Population::InSituation(situation);
        assert_eq!(population.describe(Language::Swedish), format!("personer med {sv}"));
        assert_eq!(population.describe(Language::English), format!("people with {en}"));
        pin(
            &Reason::SituationNotStated { required: population },
            &format!("skulle gälla om personen har {sv}; uppgift om det saknas"),
            &format!("would apply if the person has {en}; this is not stated"),
        );
        assert_eq!(
            ProfileFact::SituationAbsent(situation).describe(Language::Swedish),
            format!("personen har inte {sv}")
        );
        assert_eq!(
            ProfileFact::SituationAbsent(situation).describe(Language::English),
            format!("the person does not have {en}")
        );
    }
}

#[test]
fn population_and_age_scope_reasons() {
    pin(
        &Reason::Population { required: Population::Anyone, fact: ProfileFact::IsRelative },
        "den som söker hjälp är anhörig, men rekommendationen gäller personen själv, inte anhöriga",
        "the person asking for help is a relative, but the recommendation is for the person \
         themselves, not for relatives",
    );
    // One sentence whatever the row's population: an entry with two rows
    // does not say it twice in two wordings.
    pin(
        &Reason::Population {
            required: Population::InAlcoholWithdrawalWithRaisedRisk,
            fact: ProfileFact::IsRelative,
        },
        "den som söker hjälp är anhörig, men rekommendationen gäller personen själv, inte anhöriga",
        "the person asking for help is a relative, but the recommendation is for the person \
         themselves, not for relatives",
    );
    pin(
        &Reason::Population { required: Population::Relatives, fact: ProfileFact::IsNotRelative },
        "den som söker hjälp är inte anhörig, men rekommendationen gäller anhöriga till en person \
         med missbruk eller beroende",
        "the person asking for help is not a relative, but the recommendation is for relatives \
         of a person with substance misuse or dependence",
    );
    pin(
        &Reason::Population {
            required: Population::InAlcoholWithdrawalWithRaisedRisk,
            fact: ProfileFact::WithdrawalWithoutRaisedRisk,
        },
        "personen är i alkoholabstinens utan förhöjd risk för abstinensepilepsi eller delirium \
         tremens, men rekommendationen gäller personer i alkoholabstinens med förhöjd risk för \
         abstinensepilepsi eller delirium tremens",
        "the person is in alcohol withdrawal without a raised risk of withdrawal seizures or \
         delirium tremens, but the recommendation is for people in alcohol withdrawal with a \
         raised risk of withdrawal seizures or delirium tremens",
    );
    pin(
        &Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen },
        "personen är under 18 år, och radens källor anger insatsen bara för vuxna",
        "the person is under 18, and the row's sources state the intervention for adults only",
    );
    pin(
        &Reason::AgeScope { scope: AgeScope::Under18, fact: ProfileFact::EighteenOrOlder },
        "personen är 18 år eller äldre, men riktlinjernas rekommendation gäller ungdomar under 18 \
         år",
        "the person is 18 or older, but the guidelines' recommendation is for young people under \
         18",
    );
    pin(
        &Reason::AgeScope { scope: AgeScope::Youth13To21, fact: ProfileFact::Age(40) },
        "personen är 40 år, och radens källor anger insatsen för 13–21 år",
        "the person is 40, and the row's sources state the intervention for those aged 13 to 21",
    );
    pin(
        &Reason::Pattern {
            required: PatternRequirement::MisuseOrDependence,
            fact: ProfileFact::PatternIs(PatternOfUse::RiskyUse),
        },
        "det angivna bruksmönstret är riskbruk, men raden gäller missbruk eller beroende",
        "the stated pattern of use is risky use, but the row is for substance misuse or \
         dependence",
    );
}

#[test]
fn facts_a_conditional_match_waits_for() {
    pin(
        &Reason::AgeNotStated { scope: AgeScope::Under18, min_age: Some(12) },
        "skulle gälla om personen är 12–17 år; åldern är inte angiven",
        "would apply if the person is aged 12 to 17; the age is not stated",
    );
    pin(
        &Reason::AgeNotStated { scope: AgeScope::Under18, min_age: None },
        "skulle gälla om personen är under 18 år; åldern är inte angiven",
        "would apply if the person is under 18; the age is not stated",
    );
    pin(
        &Reason::AgeNotStated { scope: AgeScope::Adults, min_age: None },
        "skulle gälla om personen är 18 år eller äldre; åldern är inte angiven",
        "would apply if the person is 18 or older; the age is not stated",
    );
    pin(
        &Reason::AgeNotStated { scope: AgeScope::Youth13To21, min_age: Some(13) },
        "skulle gälla om personen är 13–21 år; åldern är inte angiven",
        "would apply if the person is aged 13 to 21; the age is not stated",
    );
    pin(
        &Reason::AgeNotStated { scope: AgeScope::From20UnlessSpecialReasons, min_age: None },
        "skulle gälla om personen är minst 20 år (yngre vid särskilda skäl); åldern är inte \
         angiven",
        "would apply if the person is 20 or older (younger for special reasons); the age is not \
         stated",
    );
    pin(
        &Reason::SubstanceNotStated {
            substances: TagSet::from([Substance::Alcohol, Substance::Narcotics]),
        },
        "skulle gälla om personen använder alkohol eller narkotika; uppgift om substans saknas",
        "would apply if the person uses alcohol or narcotic drugs; no substance is stated",
    );
    pin(
        &Reason::PatternNotStated { required: PatternRequirement::Dependence },
        "skulle gälla om personen har beroende; uppgift om bruksmönster saknas",
        "would apply if the person has dependence; the pattern of use is not stated",
    );
    pin(
        &Reason::PatternNotStated { required: PatternRequirement::MisuseOrDependence },
        "skulle gälla om personen har missbruk eller beroende; uppgift om bruksmönster saknas",
        "would apply if the person has substance misuse or dependence; the pattern of use is not \
         stated",
    );
}

#[test]
fn priority_lines() {
    // A condition: "vid"; the English names it in full.
    pin(
        &priority(rank(1), alcohol(), Population::Anyone, Some("alkoholberoende")),
        "NR-prioritet 1 (bör erbjudas) vid alkoholberoende",
        "NR priority 1 (should be offered) for alcohol dependence",
    );
    // People: "för".
    pin(
        &priority(
            rank(3),
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::Anyone,
            Some("ungdomar med alkohol- eller narkotikaproblem"),
        ),
        "NR-prioritet 3 (bör erbjudas) för ungdomar med alkohol- eller narkotikaproblem",
        "NR priority 3 (should be offered) for young people with alcohol or drug problems",
    );
    // What the measure serves as, and a purpose.
    pin(
        &priority(
            rank(3),
            TagSet::new(),
            Population::Anyone,
            Some(
                "underlag för att diagnostisera skadligt bruk, missbruk eller beroende av alkohol och narkotika",
            ),
        ),
        "NR-prioritet 3 (bör erbjudas) som underlag för att diagnostisera skadligt bruk, \
         missbruk eller beroende av alkohol och narkotika",
        "NR priority 3 (should be offered) as a basis for diagnosing harmful use of, misuse of \
         or dependence on alcohol and narcotic drugs",
    );
    pin(
        &priority(
            rank(8),
            alcohol(),
            Population::Anyone,
            Some("för att identifiera alkoholproblem"),
        ),
        "NR-prioritet 8 (kan i undantagsfall erbjudas) för att identifiera alkoholproblem",
        "NR priority 8 (may be offered in exceptional cases) to identify alcohol problems",
    );
    // LARO's rows: one wording of their one population, whichever page.
    for condition in [
        "opioidberoende som genomgår läkemedelsassisterad behandling",
        "opioidberoende som befinner sig i läkemedelsassisterad behandling",
        "opioidberoende i läkemedelsassisterad behandling",
    ] {
        pin(
            &priority(
                rank(4),
                TagSet::only(Substance::Opioids),
                Population::InMedicationAssistedTreatment,
                Some(condition),
            ),
            "NR-prioritet 4 (kan erbjudas) för personer i läkemedelsassisterad behandling vid \
             opioidberoende (LARO)",
            "NR priority 4 (may be offered) for people in medication-assisted treatment for \
             opioid dependence (LARO)",
        );
    }
    // A population the condition leaves out, in both languages.
    pin(
        &priority(
            rank(3),
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::WithCohabitingPartner,
            Some("missbruk eller beroende av alkohol eller narkotika"),
        ),
        "NR-prioritet 3 (bör erbjudas) vid missbruk eller beroende av alkohol eller narkotika, \
         för personer som bor med en partner",
        "NR priority 3 (should be offered) for misuse of or dependence on alcohol or narcotic \
         drugs, for people who live with a partner",
    );
    // No condition recorded: the substances, and that the condition is not known.
    pin(
        &priority(rank(5), alcohol(), Population::Anyone, None),
        "NR-prioritet 5 (kan erbjudas) för alkohol; radens villkor framgår inte av de källor \
         katalogen bygger på",
        "NR priority 5 (may be offered) for alcohol; the sources this catalog is built on do not \
         state the row's condition",
    );
    // A condition of a catalog of one's own: quoted, and glossed in English.
    pin(
        &priority(rank(2), alcohol(), Population::Anyone, Some("alkoholproblem i arbetslivet")),
        "NR-prioritet 2 (bör erbjudas) vid alkoholproblem i arbetslivet",
        "NR priority 2 (should be offered) for \"alkoholproblem i arbetslivet\" (alcohol)",
    );
    // FoU and Icke-göra: no rank, one gloss.
    pin(
        &priority(NrPriority::ResearchOnly, alcohol(), Population::Anyone, Some("alkoholberoende")),
        "NR: FoU (endast inom forskning och utveckling) vid alkoholberoende",
        "NR: \"FoU\" (only within research and development) for alcohol dependence",
    );
    pin(
        &priority(NrPriority::DontDo, alcohol(), Population::Anyone, Some("alkoholberoende")),
        "NR: Icke-göra (bör inte erbjudas) vid alkoholberoende",
        "NR: \"Icke-göra\" (should not be offered) for alcohol dependence",
    );
    // Another source's number for the same row.
    let disputed = Reason::Priority {
        priority: rank(3),
        recommendation: 0,
        substances: TagSet::only(Substance::Benzodiazepines),
        population: Population::InSituation(Situation::UsualDiscontinuationNotPossible),
        condition: Some(
            "långvarigt bruk av bensodiazepiner där sedvanlig utsättning inte är möjlig".to_owned(),
        ),
        disputes: vec![Dispute::new(rank(2), "https://example.org/nedtrappning")],
    };
    pin(
        &disputed,
        "NR-prioritet 3 (bör erbjudas) vid långvarigt bruk av bensodiazepiner där sedvanlig \
         utsättning inte är möjlig; för samma rad i riktlinjerna anger en annan källa prioritet \
         2 (https://example.org/nedtrappning)",
        "NR priority 3 (should be offered) for long-term use of benzodiazepines where stopping \
         in the usual way is not possible; for the same guideline row another source gives \
         priority 2 (https://example.org/nedtrappning)",
    );
}

#[test]
fn where_the_sources_state_no_number() {
    pin(
        &Reason::NoNumberInSources { verb: None, condition: None },
        "prioritetssiffran framgår inte av de källor katalogen bygger på",
        "the priority number is not stated in the sources this catalog is built on",
    );
    pin(
        &Reason::NoNumberInSources { verb: Some(RecommendationVerb::Should), condition: None },
        "NR anger att den bör erbjudas; prioritetssiffran framgår inte av de källor katalogen \
         bygger på",
        "NR says it should be offered; the priority number is not stated in the sources this \
         catalog is built on",
    );
    pin(
        &Reason::NoNumberInSources {
            verb: Some(RecommendationVerb::May),
            condition: Some(
                "Missbruk eller beroende av alkohol och narkotika och svag arbetsmarknadsanknytning"
                    .to_owned(),
            ),
        },
        "NR anger att den kan erbjudas vid missbruk eller beroende av alkohol och narkotika och \
         svag arbetsmarknadsanknytning; prioritetssiffran framgår inte av de källor katalogen \
         bygger på",
        "NR says it may be offered for misuse of or dependence on alcohol and narcotic drugs, \
         with a weak attachment to the labour market; the priority number is not stated in the \
         sources this catalog is built on",
    );
    pin(
        &Reason::NoNumberInSources {
            verb: None,
            condition: Some(
                "Missbruk eller beroende av alkohol och narkotika och hemlöshet".to_owned(),
            ),
        },
        "raden gäller missbruk eller beroende av alkohol och narkotika och hemlöshet; \
         prioritetssiffran framgår inte av de källor katalogen bygger på",
        "the row is for misuse of or dependence on alcohol and narcotic drugs, with homelessness; \
         the priority number is not stated in the sources this catalog is built on",
    );
    pin(
        &Reason::NearestStated(NearestStated::new(
            rank(1),
            "alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens",
            "https://example.org/abstinens",
        )),
        "radens egen prioritet framgår inte av någon text; närmast är prioritet 1 för \
         alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens \
         (https://example.org/abstinens), som gäller en annan rad",
        "no text states this row's own priority; the nearest stated one is priority 1 for \
         alcohol withdrawal with a raised risk of withdrawal seizures or delirium tremens \
         (https://example.org/abstinens), which belongs to another row",
    );
}

#[test]
fn the_other_reasons() {
    pin(
        &Reason::NoNumberForChildren,
        "riktlinjernas rad anger ingen ålder, och för ungdomar under 18 år har riktlinjerna egna \
         rekommendationer; därför visas ingen prioritet för personen",
        "the guidelines' row names no age, and the guidelines have separate recommendations for \
         under-18s, so no priority is shown for this person",
    );
    pin(
        &Reason::BelowStatedAge { min_age: 12 },
        "källorna anger insatsen för ungdomar från 12 år, och personen är yngre",
        "the sources state the intervention for young people from the age of 12, and the person \
         is younger",
    );
    pin(
        &Reason::BelowUsualAge { min_age: 20 },
        "enligt Socialstyrelsens föreskrifter om läkemedelsassisterad behandling vid \
         opioidberoende (HSLF-FS 2016:1) ska personen ha fyllt 20 år, om det inte finns \
         särskilda skäl",
        "under Socialstyrelsen's regulations on medication-assisted treatment for opioid \
         dependence (HSLF-FS 2016:1) the person must be 20 or older unless there are special \
         reasons",
    );
    pin(
        &Reason::RequiresOtherTreatment,
        "erbjuds bara som tillägg till annan behandling, men personen får ingen annan behandling \
         och ingen annan insats rekommenderas",
        "offered only as an add-on to other treatment, but the person is in no other treatment \
         and no other intervention is recommended",
    );
    pin(
        &Reason::AdvisedAgainst,
        "riktlinjerna avråder från insatsen (Icke-göra: bör inte erbjudas)",
        "the guidelines advise against it (\"Icke-göra\": should not be offered)",
    );
    pin(
        &Reason::ResearchOnly,
        "riktlinjerna anger att insatsen bara bör ges inom forskning och utveckling (FoU); sådana \
         insatser visas bara på begäran",
        "the guidelines say it should be given only within research and development (\"FoU\"); \
         such interventions are shown only on request",
    );
    pin(
        &Reason::NoEstablishedEffect,
        "riktlinjernas motivering anger att effekt inte är fastställd, och prioriteten framgår \
         inte av någon text, så insatsen rekommenderas inte här",
        "the guidelines' motivation states that no effect is established, and no text states \
         the priority, so the intervention is not recommended here",
    );
    pin(
        &Reason::ReplacedByYouthVersion {
            id: "cannabisprogram-for-ungdomar-cpu".to_owned(),
            name: "Cannabisprogram för ungdomar".to_owned(),
        },
        "för personer under 18 år ersätts insatsen av ungdomsversionen \"Cannabisprogram för \
         ungdomar\", som bedöms för sig",
        "for people under 18 it is replaced by its youth version \"Cannabisprogram för \
         ungdomar\", which is assessed separately",
    );
    pin(
        &Reason::SubstanceNotNamed,
        "raden nämner ingen substans och gäller därför oavsett substans",
        "the row names no substance, so it applies whatever the substance",
    );
    pin(
        &Reason::AddOn,
        "erbjuds som tillägg till annan behandling",
        "offered as an add-on to other treatment",
    );
}

/// Which reasons exclude and which wait for a fact, by kind: a note (the
/// LARO age, the add-on role) cannot turn into an exclusion unnoticed.
#[test]
fn each_reason_kind_excludes_or_explains() {
    let need = Population::WithNeed(Need::Housing);
    let every: Vec<(Reason, bool, bool)> = vec![
        (
            Reason::Facet {
                profile: FacetValue::new(Role::Physician),
                allowed: TagSet::only(Role::Psychologist).into(),
            },
            true,
            false,
        ),
        (
            Reason::Substance { profile: alcohol(), rated: TagSet::only(Substance::Cannabis) },
            true,
            false,
        ),
        (Reason::Population { required: need, fact: ProfileFact::IsRelative }, true, false),
        (
            Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen },
            true,
            false,
        ),
        (Reason::SituationNotStated { required: need }, true, true),
        (Reason::AgeNotStated { scope: AgeScope::Adults, min_age: None }, true, true),
        (Reason::SubstanceNotStated { substances: alcohol() }, true, true),
        (Reason::PatternNotStated { required: PatternRequirement::Dependence }, true, true),
        (
            Reason::Pattern {
                required: PatternRequirement::Dependence,
                fact: ProfileFact::PatternIs(PatternOfUse::RiskyUse),
            },
            true,
            false,
        ),
        (Reason::BelowStatedAge { min_age: 12 }, true, false),
        (Reason::NearestStated(NearestStated::new(rank(1), "x", "y")), false, false),
        (Reason::RequiresOtherTreatment, true, false),
        (Reason::AdvisedAgainst, true, false),
        (Reason::ResearchOnly, true, false),
        (Reason::NoEstablishedEffect, true, false),
        (Reason::ReplacedByYouthVersion { id: "a".into(), name: "A".into() }, true, false),
        (Reason::SubstanceNotNamed, false, false),
        (priority(rank(1), alcohol(), Population::Anyone, None), false, false),
        (Reason::NoNumberInSources { verb: None, condition: None }, false, false),
        (Reason::Fits { population: need }, false, false),
        (Reason::NoNumberForChildren, true, false),
        (Reason::BelowUsualAge { min_age: 20 }, false, false),
        (Reason::AddOn, false, false),
    ];
    let mut kinds: Vec<&str> = every.iter().map(|(r, _, _)| r.kind()).collect();
    for (reason, exclusion, unstated) in &every {
        assert_eq!(reason.is_exclusion(), *exclusion, "{}: exclusion", reason.kind());
        assert_eq!(reason.is_unstated(), *unstated, "{}: unstated", reason.kind());
    }
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds.len(), every.len(), "one case per kind");
}

// ------------------------------------------------------------ the rules

/// Every reason the built-in catalog gives the review's profiles, in both
/// languages.
fn every_built_in_reason() -> Vec<Reason> {
    let matcher = Matcher::new(insats::catalog());
    let mut out: Vec<Reason> = Vec::new();
    for profile in review_profiles() {
        for decision in matcher.explain(&profile) {
            for reason in decision.reasons() {
                if !out.contains(reason) {
                    out.push(reason.clone());
                }
            }
        }
    }
    out
}

/// The profiles of the wording review (its table, P01–P21, and the sample).
fn review_profiles() -> Vec<Profile> {
    use insats::{AgeGroup, Provider};
    let b = Profile::builder;
    let d = |code: &str| code.parse::<Diagnosis>().unwrap();
    vec![
        b().age_group(AgeGroup::Adults)
            .substance(Substance::Alcohol)
            .pattern(PatternOfUse::Dependence)
            .provider(Provider::IndividualAndFamilyCare)
            .role(Role::SocialWorker)
            .in_other_treatment(true)
            .relative(false)
            .need(Need::Housing)
            .need(Need::Work)
            .build(),
        b().age(15).substance(Substance::Cannabis).provider(Provider::YouthClinic).build(),
        b().age(40).substance(Substance::Alcohol).in_other_treatment(true).build(),
        b().relative(true).substance(Substance::Alcohol).age(50).build(),
        b().age(35).substance(Substance::Opioids).in_laro(true).build(),
        b().age(70).substance(Substance::Benzodiazepines).build(),
        b().age(55).substance(Substance::Alcohol).withdrawal(Withdrawal::RaisedRisk).build(),
        b().diagnosis(d("F10.4")).age(50).build(),
        b().diagnosis(d("F12.1")).age(25).build(),
        b().diagnosis(d("F11.2")).age(40).build(),
        b().age(30).substance(Substance::CentralStimulants).severe_mental_illness(true).build(),
        b().age(16).substance(Substance::Alcohol).role(Role::Teacher).build(),
        b().age(30).build(),
        b().age(28)
            .substance(Substance::Alcohol)
            .substance(Substance::Cannabis)
            .substance(Substance::CentralStimulants)
            .build(),
        b().age(45)
            .substance(Substance::Alcohol)
            .need(Need::Housing)
            .need(Need::Work)
            .in_other_treatment(false)
            .build(),
        b().age(19).substance(Substance::Opioids).in_laro(true).build(),
        b().in_other_treatment(false).build(),
        b().age(62)
            .substance(Substance::Alcohol)
            .role(Role::Nurse)
            .withdrawal(Withdrawal::General)
            .build(),
        b().age(16).relative(true).substance(Substance::Alcohol).build(),
        b().age(16).substance(Substance::Alcohol).withdrawal(Withdrawal::RaisedRisk).build(),
        b().age(40)
            .substance(Substance::Alcohol)
            .need(Need::School)
            .need(Need::Loneliness)
            .need(Need::Coordination)
            .need(Need::FamilySituation)
            .in_other_treatment(true)
            .build(),
        b().age(40)
            .substance(Substance::Alcohol)
            .pattern(PatternOfUse::Misuse)
            .cohabiting_partner(true)
            .in_other_treatment(true)
            .build(),
    ]
    .into_iter()
    .map(Result::unwrap)
    .collect()
}

/// In a Swedish subordinate clause the adverb stands before the finite
/// verb: "om personen också har", never "om personen har också".
#[test]
fn a_subordinate_clause_has_its_adverb_before_the_verb() {
    let verbs = ["har", "är", "får", "bor", "visar", "använder"];
    let adverbs = ["också", "inte", "redan"];
    for reason in every_built_in_reason() {
        let sv = reason.describe(Language::Swedish);
        for clause in sv.split("om ").skip(1) {
            let words: Vec<&str> = clause.split_whitespace().take(3).collect();
            if let [_, verb, adverb] = words[..] {
                assert!(
                    !(verbs.contains(&verb) && adverbs.contains(&adverb)),
                    "main-clause order after \"om\": {sv:?}"
                );
            }
        }
    }
    pin(
        &Reason::SituationNotStated { required: Population::WithSevereMentalIllness },
        "skulle gälla om personen också har en svår psykisk sjukdom; uppgift om det saknas",
        "would apply if the person also has a severe mental illness; this is not stated",
    );
}

/// "vid" takes a condition, "för" people; NR's priority is "NR-prioritet"
/// (no särskrivning); no "projektets källor", no "ingen siffra".
#[test]
fn a_population_takes_for_and_the_priority_is_one_word() {
    let people = ["ungdomar", "vuxna", "personer", "individer", "anhörig", "anhöriga"];
    for reason in every_built_in_reason() {
        let sv = reason.describe(Language::Swedish);
        for person in people {
            assert!(!sv.contains(&format!("vid {person} ")), "{sv:?}");
        }
        assert!(!sv.contains("NR prioritet"), "{sv:?}");
        for jargon in ["projektets", "ingen siffra", "vilket profilen inte"] {
            assert!(!sv.contains(jargon), "{sv:?}");
        }
        let en = reason.describe(Language::English);
        for jargon in
            ["project's sources", "no number", "as the source words it", "narcotic-classed"]
        {
            assert!(!en.contains(jargon), "{en:?}");
        }
        util::assert_swedish(&sv);
        util::assert_english(&en);
    }
}

/// A list in a sentence ends in "och" or "eller", never in a comma.
#[test]
fn lists_are_joined_with_och_or_eller() {
    let reason = Reason::Facet {
        profile: FacetValue::new(Role::Teacher),
        allowed: TagSet::from([Role::Physician, Role::Psychologist, Role::Psychotherapist]).into(),
    };
    let sv = reason.describe(Language::Swedish);
    assert!(sv.contains("(\"Läkare\", \"Psykolog\" eller \"Psykoterapeut\")"), "{sv}");
    let en = reason.describe(Language::English);
    assert!(en.contains("(psychologist) or \"Psykoterapeut\""), "{en}");
    let profile = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .substance(Substance::Cannabis)
        .need(Need::Housing)
        .need(Need::Work)
        .build()
        .unwrap();
    assert_eq!(
        profile.describe(Language::Swedish),
        "40 år (Vuxna (18-64 år)) · Alkohol och Cannabis · behov enligt kartläggningen: bostad \
         och arbete"
    );
    assert_eq!(
        profile.describe(Language::English),
        "40 years (Adults (18-64 years)) · Alcohol and Cannabis · needs found in the assessment: \
         housing and work"
    );
}

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
/// ÅP's cannabis row carries no aside about the measure.
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
        "NR-prioritet 3 (bör erbjudas) vid missbruk eller beroende av cannabis",
        "NR priority 3 (should be offered) for misuse of or dependence on cannabis",
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
