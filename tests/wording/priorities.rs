//! The words of the priority lines, of what a conditional match waits
//! for, where the sources state no number, and of the other reasons; each
//! reason kind's exclusion flag.

use super::*;

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
        "skulle gälla vid bruk av alkohol eller narkotika; uppgift om substans saknas",
        "would apply to use of alcohol or narcotic drugs; no substance is stated",
    );
    pin(
        &Reason::PatternNotStated {
            required: PatternRequirement::Dependence,
            substances: TagSet::new(),
            in_laro: false,
        },
        "skulle gälla vid beroende; uppgift om bruksmönster saknas",
        "would apply given dependence; the pattern of use is not stated",
    );
    pin(
        &Reason::PatternNotStated {
            required: PatternRequirement::MisuseOrDependence,
            substances: TagSet::new(),
            in_laro: false,
        },
        "skulle gälla vid missbruk eller beroende; uppgift om bruksmönster saknas",
        "would apply given substance misuse or dependence; the pattern of use is not stated",
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
        measure: None,
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
    // Inside the subordinate clause the adverb comes before the verb.
    pin(
        &Reason::NoNumberInSources {
            verb: Some(RecommendationVerb::Exceptionally),
            condition: None,
        },
        "NR anger att den i undantagsfall kan erbjudas; prioritetssiffran framgår inte av de \
         källor katalogen bygger på",
        "NR says it may be offered in exceptional cases; the priority number is not stated in \
         the sources this catalog is built on",
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
        "närmast anges prioritet 1 för alkoholabstinens med förhöjd risk för abstinensepilepsi \
         eller delirium tremens (https://example.org/abstinens), som gäller en annan rad",
        "the nearest one stated is priority 1 for alcohol withdrawal with a raised risk of \
         withdrawal seizures or delirium tremens (https://example.org/abstinens), which belongs \
         to another row",
    );
}

#[test]
fn the_other_reasons() {
    pin(
        &Reason::NoNumberForChildren,
        "riktlinjernas rad anger ingen ålder och är inte bedömd särskilt för ungdomar under 18 år; \
         därför visas ingen prioritet här",
        "the guidelines' row names no age and is not rated for under-18s in particular, so no \
         priority is shown here",
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
        "riktlinjernas motivering anger att effekten inte är fastställd, och prioriteten framgår \
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
        (
            Reason::PatternNotStated {
                required: PatternRequirement::Dependence,
                substances: TagSet::new(),
                in_laro: false,
            },
            true,
            true,
        ),
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
        (Reason::OtherTreatmentNotStated, true, true),
        (Reason::AdvisedAgainst, true, false),
        (Reason::ResearchOnly, true, false),
        (Reason::NoEstablishedEffect, true, false),
        (Reason::ReplacedByYouthVersion { id: "a".into(), name: "A".into() }, true, false),
        (Reason::SubstanceNotNamed, false, false),
        (priority(rank(1), alcohol(), Population::Anyone, None), false, false),
        (Reason::NoNumberInSources { verb: None, condition: None }, false, false),
        (Reason::Fits { population: need }, false, false),
        (Reason::NoNumberForChildren, true, false),
        (Reason::InsufficientEvidence, false, false),
        (Reason::BelowUsualAge { min_age: 20 }, false, false),
        (Reason::AddOn, false, false),
    ];
    let mut kinds: Vec<&str> = every.iter().map(|(r, _, _)| r.kind()).collect();
    for (reason, exclusion, unstated) in &every {
        assert_eq!(reason.is_exclusion(), *exclusion, "{}: exclusion", reason.kind());
        assert_eq!(reason.is_unstated(), *unstated, "{}: unstated", reason.kind());
        // The report's effect follows: a fact left unstated waits, never
        // excludes (review J1).
        let effect = match (exclusion, unstated) {
            (_, true) => insats::ReasonEffect::Waits,
            (true, false) => insats::ReasonEffect::Excludes,
            (false, false) => insats::ReasonEffect::Notes,
        };
        assert_eq!(reason.effect(), effect, "{}: effect", reason.kind());
    }
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds.len(), every.len(), "one case per kind");
}
