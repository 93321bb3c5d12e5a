//! What `Matcher::explain` and a match's reasons say, in Swedish and
//! English: each reason names the fact of the profile that decided it, a
//! match's reasons are the same from `recommend` and `explain`, every fixed
//! word comes from the term table in the language asked for, and the
//! numbers shown are the ones the sources state for that person.

use crate::util;
use crate::util::*;
use insats::{
    AgeGroup, AgeScope, Catalog, Dispute, FacetValue, Intervention, Language, Matcher, Need,
    NrPriority, PatternOfUse, Population, Profile, ProfileFact, Provider, Reason, Recommendation,
    RecommendationVerb, Role, Substance, TagSet, Target, Withdrawal,
};

mod numbers;

/// The reason of kind `kind` in the decision on `id`.
#[track_caller]
fn reason<'d>(decisions: &'d [insats::Decision<'_>], id: &str, kind: &str) -> &'d Reason {
    let d = decision(decisions, id);
    d.reasons()
        .iter()
        .find(|r| r.kind() == kind)
        .unwrap_or_else(|| panic!("{id}: no {kind} reason in {:?}", d.reasons()))
}

/// Both languages of `reason`, each checked for its language and for the
/// words given.
#[track_caller]
fn says(reason: &Reason, sv: &[&str], en: &[&str]) {
    let (text_sv, text_en) =
        (reason.describe(Language::Swedish), reason.describe(Language::English));
    assert_swedish(&text_sv);
    assert_english(&text_en);
    for words in sv {
        assert!(text_sv.contains(words), "{text_sv:?} lacks {words:?}");
    }
    for words in en {
        assert!(text_en.contains(words), "{text_en:?} lacks {words:?}");
    }
    assert_eq!(reason.to_string(), text_sv, "Display is the Swedish text");
    let first = text_sv.chars().next().unwrap();
    assert!(first.is_lowercase() || text_sv.starts_with("NR"), "{text_sv:?} starts upper case");
    let first = text_en.chars().next().unwrap();
    assert!(first.is_lowercase() || text_en.starts_with("NR"), "{text_en:?} starts upper case");
}

#[test]
fn a_relative_is_told_that_the_person_asking_is_a_relative() {
    let matcher = Matcher::new(insats::catalog());
    let relative =
        Profile::builder().age(40).relative(true).substance(Substance::Alcohol).build().unwrap();
    let decisions = matcher.explain(&relative);
    let met = reason(&decisions, "motivationshojande-behandling-met", "population");
    assert_eq!(
        met,
        &Reason::Population { required: Population::Anyone, fact: ProfileFact::IsRelative }
    );
    says(
        met,
        &["den som söker hjälp är anhörig", "rekommendationen gäller den närstående själv"],
        &[
            "the person asking for help is a relative",
            "the recommendation is for the person close to them",
        ],
    );
    for text in [met.describe_sv(), met.describe_en()] {
        assert!(!text.contains("vuxna") && !text.contains("adults"), "{text}");
    }
    // A person who is not a relative, about the relatives' programme.
    let person = relative.to_builder().relative(false).build().unwrap();
    let decisions = matcher.explain(&person);
    says(
        reason(&decisions, "craft", "population"),
        &["den som söker hjälp är inte anhörig", "anhöriga"],
        &["the person asking for help is not a relative", "relatives"],
    );
}

#[test]
fn each_population_fact_is_named() {
    let matcher = Matcher::new(insats::catalog());
    let base = Profile::builder().age(40).relative(false).pattern(PatternOfUse::Dependence);
    let cases: [(Profile, &str, ProfileFact, &str, &str); 6] = [
        (
            base.clone().substance(Substance::Opioids).in_laro(false).build().unwrap(),
            "kognitiv-beteendeterapi",
            ProfileFact::NotInLaro,
            "personen får inte läkemedelsassisterad behandling (LARO)",
            "the person is not in medication-assisted treatment (LARO)",
        ),
        (
            base.clone().substance(Substance::Opioids).in_other_treatment(false).build().unwrap(),
            "kognitiv-beteendeterapi",
            ProfileFact::InNoOtherTreatment,
            "personen får ingen annan behandling",
            "the person is in no other treatment",
        ),
        (
            base.clone()
                .substance(Substance::Alcohol)
                .needs(TagSet::only(Need::Work))
                .build()
                .unwrap(),
            "bostad-forst",
            ProfileFact::NeedNotFound(Need::Homelessness),
            "kartläggningen har inte visat hemlöshet, som rekommendationen förutsätter",
            "the assessment has not found homelessness, which the recommendation requires",
        ),
        (
            base.clone().substance(Substance::Alcohol).cohabiting_partner(false).build().unwrap(),
            "parterapi-enligt-behavioral-couples-therapy",
            ProfileFact::NoCohabitingPartner,
            "personen bor inte med en partner",
            "the person does not live with a partner",
        ),
        (
            base.clone()
                .substance(Substance::Alcohol)
                .withdrawal(Withdrawal::NotPresent)
                .build()
                .unwrap(),
            "lakemedelsbehandling-vid-alkoholabstinens",
            ProfileFact::NoWithdrawal,
            "personen är inte i alkoholabstinens",
            "the person is not in alcohol withdrawal",
        ),
        (
            base.clone()
                .substance(Substance::Alcohol)
                .severe_mental_illness(false)
                .needs(TagSet::new())
                .build()
                .unwrap(),
            "case-management",
            ProfileFact::NoSevereMentalIllness,
            "personen har ingen svår psykisk sjukdom",
            "the person has no severe mental illness",
        ),
    ];
    for (profile, id, fact, sv, en) in cases {
        let decisions = matcher.explain(&profile);
        let found = reason(&decisions, id, "population");
        assert!(
            matches!(found, Reason::Population { fact: f, .. } if *f == fact),
            "{id}: {found:?}"
        );
        says(found, &[sv], &[en]);
    }
}

#[test]
fn the_age_scope_names_the_age_and_the_guidelines_scope() {
    let matcher = Matcher::new(insats::catalog());
    let child = Profile::builder()
        .age(15)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Misuse)
        .relative(false)
        .build()
        .unwrap();
    let decisions = matcher.explain(&child);
    let found =
        reason(&decisions, "lakemedelsbehandling-vid-alkoholberoende-naltrexon", "age-scope");
    assert_eq!(
        found,
        &Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen }
    );
    says(found, &["personen är under 18 år", "vuxna"], &["the person is under 18", "adults"]);
    let adult = child.to_builder().age(30).build().unwrap();
    let decisions = matcher.explain(&adult);
    let found = reason(&decisions, "funktionell-familjeterapi-fft", "age-scope");
    says(
        found,
        &["18 år eller äldre", "ungdomar under 18 år"],
        &["18 or older", "young people under 18"],
    );
}

#[test]
fn a_conditional_match_says_what_must_hold() {
    let matcher = Matcher::new(insats::catalog());
    let adult = Profile::builder().age(45).substance(Substance::Alcohol).build().unwrap();
    let decisions = matcher.explain(&adult);
    let found = reason(&decisions, "craft", "situation-not-stated");
    says(
        found,
        &["skulle gälla om den som söker hjälp är anhörig"],
        &["would apply if the person asking for help is a relative"],
    );
    let found =
        reason(&decisions, "lakemedelsbehandling-vid-alkoholabstinens", "situation-not-stated");
    says(found, &["alkoholabstinens"], &["alcohol withdrawal"]);
}

#[test]
fn facets_name_the_profile_value_and_the_tags() {
    let role = Reason::Facet {
        profile: FacetValue::new(Role::Physician),
        allowed: TagSet::only(Role::Psychologist).into(),
    };
    assert_eq!(role.kind(), "role");
    says(
        &role,
        &["yrkesrollen \"Läkare\" finns inte bland insatsens yrkesroller (\"Psykolog\")"],
        &[
            "the role \"Läkare\" (physician) is not among the intervention's roles (\"Psykolog\" (psychologist))",
        ],
    );
    let catalog = catalog(vec![natverksterapi()]);
    let matcher = Matcher::new(&catalog);
    for (profile, kind) in [
        (Profile::builder().provider(Provider::DentalCare).build().unwrap(), "provider"),
        (Profile::builder().role(Role::Physician).build().unwrap(), "role"),
    ] {
        let decisions = matcher.explain(&profile);
        says(reason(&decisions, "natverksterapi", kind), &["finns inte bland"], &["is not among"]);
    }
    let youth_only = Intervention::builder("Ungdomsinsats")
        .tags(insats::Tags::new().with_age_groups(TagSet::only(AgeGroup::Children)))
        .build()
        .unwrap();
    let catalog = util::catalog(vec![youth_only]);
    let decisions = Matcher::new(&catalog).explain(&Profile::builder().age(70).build().unwrap());
    says(
        reason(&decisions, "ungdomsinsats", "age-group"),
        &["åldersgruppen \"Äldre (65- år)\"", "\"Barn (0-17 år)\""],
        &["the age group \"Äldre (65- år)\""],
    );
}

#[test]
fn substances_read_as_alternatives() {
    let reason = Reason::Substance {
        profile: TagSet::only(Substance::Cannabis),
        rated: TagSet::from([Substance::Alcohol, Substance::Narcotics]),
    };
    says(
        &reason,
        &["gäller alkohol eller narkotika, inte cannabis"],
        &["cover alcohol or narcotic drugs, not cannabis"],
    );
}

#[test]
fn the_other_reasons_in_both_languages() {
    let open = Intervention::builder("Öppen insats").build().unwrap();
    let catalog = catalog(vec![open]);
    let matcher = Matcher::new(&catalog);
    let profile = Profile::builder()
        .provider(Provider::DentalCare)
        .role(Role::Physician)
        .age(70)
        .substance(Substance::Cannabis)
        .build()
        .unwrap();
    let recs = matcher.recommend(&profile);
    assert_eq!(recs.len(), 1);
    // An untagged facet is no reason (issue 28): only what decided it.
    let expected =
        vec![Reason::NoNumberInSources { verb: None, condition: None }, Reason::SubstanceNotNamed];
    assert_eq!(recs.primary()[0].reasons(), expected);
    assert_eq!(matcher.explain(&profile)[0].reasons(), &expected[..]);
    says(
        &expected[1],
        &["raden nämner ingen substans och gäller därför oavsett substans"],
        &["the row names no substance, so it applies whatever the substance"],
    );
    says(&Reason::AddOn, &["tillägg till annan behandling"], &["add-on to other treatment"]);
    says(
        &Reason::RequiresOtherTreatment,
        &["personen får ingen annan behandling"],
        &["the person is in no other treatment"],
    );
    says(
        &Reason::AdvisedAgainst,
        &["avråder", "Icke-göra"],
        &["advise against", "\"Icke-göra\": should not be offered"],
    );
    says(
        &Reason::ResearchOnly,
        &["forskning och utveckling", "FoU"],
        &["research and development", "\"FoU\""],
    );
    says(
        &Reason::ReplacedByYouthVersion {
            id: "cpu".to_owned(),
            name: "Cannabisprogram för ungdomar".to_owned(),
        },
        &["under 18 år", "\"Cannabisprogram för ungdomar\""],
        &["under 18", "\"Cannabisprogram för ungdomar\""],
    );
    assert!(!expected[0].is_exclusion() && Reason::AdvisedAgainst.is_exclusion());
}

#[test]
fn case_management_needs_severe_mental_illness_not_mental_ill_health() {
    let matcher = Matcher::new(insats::catalog());
    let base = Profile::builder()
        .age(40)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Misuse)
        .relative(false);
    let stated = base.clone().severe_mental_illness(true).build().unwrap();
    let recs = matcher.recommend(&stated);
    assert_eq!(recs.get("case-management").and_then(|m| m.priority()), Some(rank(3)));
    let unstated = base.clone().build().unwrap();
    let recs = matcher.recommend(&unstated);
    assert!(recs.get("case-management").is_none());
    let conditional =
        recs.conditional().iter().find(|m| m.intervention().id() == "case-management");
    assert_eq!(conditional.and_then(|m| m.requires()), Some(Population::WithSevereMentalIllness));
    // Mental ill-health found in the assessment is not a severe mental
    // illness: no offer on it alone.
    let ill_health = base
        .clone()
        .needs(TagSet::only(Need::MentalHealth))
        .severe_mental_illness(false)
        .build()
        .unwrap();
    let recs = matcher.recommend(&ill_health);
    assert!(recs.get("case-management").is_none());
    assert!(recs.conditional().iter().all(|m| m.intervention().id() != "case-management"));
}

/// For a child using alcohol, HAP gives way to CPU, which is itself not
/// offered (cannabis only): the reason must not say CPU is offered, and
/// names it by its name.
#[test]
fn the_youth_version_reason_does_not_promise_an_offer() {
    let matcher = Matcher::new(insats::catalog());
    let child = Profile::builder()
        .age_group(AgeGroup::Children)
        .substance(Substance::Alcohol)
        .build()
        .unwrap();
    let decisions = matcher.explain(&child);
    assert!(!decision(&decisions, "cannabisprogram-for-ungdomar-cpu").is_included());
    let found = reason(&decisions, "haschavvanjningsprogrammet-hap", "replaced-by-youth-version");
    assert!(!found.describe_sv().contains("erbjuds"), "{}", found.describe_sv());
    assert!(!found.describe_en().contains("is offered"), "{}", found.describe_en());
    assert!(
        found.describe_sv().contains("Cannabisprogram för ungdomar"),
        "{}",
        found.describe_sv()
    );
}

#[test]
fn populations_and_bands_display_in_swedish_and_describe_in_english() {
    for population in Population::all() {
        assert_swedish(&population.to_string());
        assert_english(&population.describe_en());
    }
    for n in 1..=10 {
        let band = rank(n).band();
        assert_swedish(&band.to_string());
        assert_english(band.label_en());
    }
    assert_eq!(insats::PriorityBand::ExceptionalOnly.to_string(), "kan i undantagsfall erbjudas");
    // What an entry without a `Målgrupp` says: the default target group is
    // anyone's and names no substance, so it covers every substance; and a
    // catalog of no entries is valid and decides nothing.
    let target = Target::default();
    assert_eq!(target, Target::new(TagSet::new(), Population::Anyone));
    assert!(<Substance as insats::Vocabulary>::ALL.iter().all(|s| target.applies_to_substance(*s)));
    let empty = Catalog::new("empty", Vec::new()).unwrap();
    assert!(empty.is_empty() && empty.iter().next().is_none());
    assert!(Matcher::new(&empty).recommend(&Profile::default()).is_empty());
    assert!(Matcher::new(&empty).explain(&Profile::default()).is_empty());
}

/// `describe_sv` and `describe_en` are the reason in each language, as
/// the term table words it.
#[test]
fn describe_sv_and_describe_en_give_each_language() {
    assert_eq!(Reason::AddOn.describe_sv(), "erbjuds som tillägg till annan behandling");
    assert_eq!(Reason::AddOn.describe_en(), "offered as an add-on to other treatment");
    let reason = Reason::SubstanceNotNamed;
    assert_eq!(reason.describe_en(), reason.describe(Language::English));
    assert_ne!(reason.describe_en(), reason.describe_sv());
}

/// A decision is conditional exactly when its entry is a conditional match:
/// not when it is recommended, nor when a fact excludes it.
#[test]
fn only_a_conditional_match_is_a_conditional_decision() {
    let matcher = Matcher::new(insats::catalog());
    let adult = Profile::builder()
        .age(45)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Misuse)
        .build()
        .unwrap();
    let decisions = matcher.explain(&adult);
    let craft = decision(&decisions, "craft");
    assert!(craft.is_conditional() && !craft.is_included());
    assert_eq!(craft.requires(), Some(Population::Relatives));
    let met = decision(&decisions, "motivationshojande-behandling-met");
    assert!(!met.is_conditional() && met.is_included());
    let hap = decision(&decisions, "haschavvanjningsprogrammet-hap");
    assert!(!hap.is_conditional() && !hap.is_included());
}

/// The notes on facets an entry leaves untagged explain an inclusion (or a
/// conditional match): an entry excluded for another reason gets none.
/// An untagged facet is no reason, for an included entry or an excluded
/// one.
#[test]
fn no_entry_gets_untagged_facet_notes() {
    let untagged = Intervention::builder("Alkoholinsats")
        .recommendation(Recommendation::new(
            TagSet::only(Substance::Alcohol),
            Population::Anyone,
            rank(2),
        ))
        .build()
        .unwrap();
    let catalog = catalog(vec![untagged]);
    let matcher = Matcher::new(&catalog);
    let profile = |s: Substance| {
        Profile::builder()
            .provider(Provider::DentalCare)
            .role(Role::Physician)
            .substance(s)
            .build()
            .unwrap()
    };
    let included = matcher.explain(&profile(Substance::Alcohol));
    assert_eq!(kinds(included[0].reasons()), ["priority"]);
    let excluded = matcher.explain(&profile(Substance::Cannabis));
    assert_eq!(kinds(excluded[0].reasons()), ["substance"]);
}

/// A profile fact displays as its Swedish clause.
#[test]
fn a_profile_fact_displays_in_swedish() {
    let fact = ProfileFact::IsRelative;
    assert_eq!(fact.to_string(), "den som söker hjälp är anhörig");
    assert_eq!(fact.to_string(), fact.describe(Language::Swedish));
}
