//! The words of the facet, substance, profile-fact, population, need,
//! situation and age-scope reasons.

use super::*;

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
            "profilen anger ett annat tillstånd än delirium tremens",
            "the profile states a state other than delirium tremens",
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
            "erfarenhet av misslyckad nedtrappning",
            "a history of unsuccessful tapering",
        ),
        (
            Situation::UsualDiscontinuationNotPossible,
            "långvarigt bruk där sedvanlig utsättning inte har varit möjlig",
            "long-term use that could not be stopped in the usual way",
        ),
        (
            Situation::RecentAlcoholIntake,
            "ett misstänkt nyligt intag av alkohol",
            "a suspected recent alcohol intake",
        ),
        (
            Situation::LongTermHeavyAlcoholIntake,
            "ett misstänkt långvarigt högt intag av alkohol",
            "a suspected long-term heavy alcohol intake",
        ),
        (
            Situation::OngoingOrRecentDrugIntake,
            "ett misstänkt pågående eller nyligt intag av narkotika",
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
        "den som söker hjälp är anhörig, men rekommendationen gäller den närstående själv, inte \
         anhöriga",
        "the person asking for help is a relative, but the recommendation is for the person close \
         to them, not for relatives",
    );
    // One sentence whatever the row's population: an entry with two rows
    // does not say it twice in two wordings.
    pin(
        &Reason::Population {
            required: Population::InAlcoholWithdrawalWithRaisedRisk,
            fact: ProfileFact::IsRelative,
        },
        "den som söker hjälp är anhörig, men rekommendationen gäller den närstående själv, inte \
         anhöriga",
        "the person asking for help is a relative, but the recommendation is for the person close \
         to them, not for relatives",
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

/// A relatives' row speaks of the relative and of the family member, never
/// of "personen" as if the relative used the substance; for a child, the
/// row's missing number says only what holds for the row (the sources state
/// no youth rows of their own for the relatives' programmes).
#[test]
fn a_relatives_rows_do_not_speak_of_the_relative_as_the_user() {
    let matcher = Matcher::new(insats::catalog());
    for age in [16, 40] {
        let relative = Profile::builder()
            .age(age)
            .relative(true)
            .substance(Substance::Alcohol)
            .build()
            .unwrap();
        let decisions = matcher.explain(&relative);
        for decision in &decisions {
            let id = decision.intervention().id();
            if !["craft", "al-eller-nar-anoninspirerade-stodprogram"].contains(&id) {
                continue;
            }
            for reason in decision.reasons() {
                let (sv, en) = (reason.describe_sv(), reason.describe_en());
                let en_user = en.replace("the person asking for help", "");
                assert!(!sv.contains("personen") && !en_user.contains("the person "), "{id}: {en}");
            }
        }
        let programme = decisions
            .iter()
            .find(|d| d.intervention().id() == "al-eller-nar-anoninspirerade-stodprogram")
            .unwrap();
        let reasons = programme.reasons();
        let pattern = reasons.iter().find(|r| r.kind() == "pattern-not-stated").unwrap();
        pin(
            pattern,
            "skulle gälla vid missbruk eller beroende; uppgift om bruksmönster saknas",
            "would apply given substance misuse or dependence; the pattern of use is not stated",
        );
        let withheld = reasons.iter().find(|r| r.kind() == "no-number-for-children");
        assert_eq!(withheld.is_some(), age == 16, "{reasons:?}");
        if let Some(withheld) = withheld {
            pin(
                withheld,
                "riktlinjernas rad anger ingen ålder och är inte bedömd särskilt för ungdomar under \
                 18 år; därför visas ingen prioritet här",
                "the guidelines' row names no age and is not rated for under-18s in particular, so \
                 no priority is shown here",
            );
        }
    }
}
