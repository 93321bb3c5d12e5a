//! The age rules of `Matcher::recommend`, on small catalogs and the
//! built-in one: a child gets the youth version, 17 is a child and 18 an
//! adult, 65 is older for the age-group facet but an adult for the pairs,
//! and a row whose scope is an age waits for an unstated age.

use insats::{
    AgeGroup, AgeScope, Catalog, FacetValue, Fit, Intervention, Matcher, NrPriority, Population,
    Profile, ProfileFact, Reason, Recommendation, RecommendationVerb, Recommendations, Substance,
    TagSet, Tags,
};

use crate::util::*;

fn with_youth_version() -> Catalog {
    let cra = Intervention::builder("CRA")
        .id("cra")
        .recommendation(Recommendation::new(only(Substance::Alcohol), Population::Anyone, rank(2)))
        .youth_version("a-cra")
        .build()
        .unwrap();
    let a_cra = Intervention::builder("A-CRA")
        .id("a-cra")
        .recommendation(Recommendation::new(
            TagSet::from([Substance::Alcohol, Substance::Narcotics]),
            Population::Youth,
            rank(3),
        ))
        .tags(Tags::new().with_age_groups(only(AgeGroup::Children)))
        .adult_version("cra")
        .build()
        .unwrap();
    catalog(vec![cra, a_cra])
}

#[test]
fn a_child_gets_the_youth_version() {
    let catalog = with_youth_version();
    let matcher = Matcher::new(&catalog);
    let child = Profile::builder().age(15).substance(Substance::Alcohol).build().unwrap();
    let recs = matcher.recommend(&child);
    assert_ids(recs.primary(), &["a-cra"]);
    assert_eq!(recs.primary()[0].priority(), Some(rank(3)));
    assert_eq!(
        decision(&matcher.explain(&child), "cra").reasons()[0],
        Reason::ReplacedByYouthVersion { id: "a-cra".to_owned(), name: "A-CRA".to_owned() }
    );
    let adult = Profile::builder().age(30).substance(Substance::Alcohol).build().unwrap();
    assert_ids(matcher.recommend(&adult).primary(), &["cra"]);
    // The youth set's pair names its population, young people under 18:
    // its age scope, which the adult is outside.
    assert_eq!(
        exclusion_kinds(decision(&matcher.explain(&adult), "a-cra")),
        ["age-group", "age-scope"]
    );
}

/// The entries the age rules are checked on, each stating one fact:
///
/// - `cra`: a general row (alcohol, 2) with a youth version `a-cra`;
/// - `a-cra`: NR's youth set (young people under 18, 3), tagged Barn;
/// - `medicin`: an adults-only pair (alcohol, 1), as the medicines are;
/// - `allman`: a general row (alcohol, 4) with no youth version;
/// - `vuxeninsats` and `aldreinsats`: no pairs, tagged Vuxna only and
///   Äldre only (the age-group facet).
fn age_rules_catalog() -> Catalog {
    let alcohol = only(Substance::Alcohol);
    let cra = Intervention::builder("CRA")
        .id("cra")
        .recommendation(Recommendation::new(alcohol, Population::Anyone, rank(2)))
        .youth_version("a-cra")
        .build()
        .unwrap();
    let a_cra = Intervention::builder("A-CRA")
        .id("a-cra")
        .recommendation(
            Recommendation::new(alcohol, Population::Youth, rank(3))
                .with_age_scope(AgeScope::Under18),
        )
        .tags(Tags::new().with_age_groups(only(AgeGroup::Children)))
        .adult_version("cra")
        .build()
        .unwrap();
    let medicine = Intervention::builder("Medicin")
        .recommendation(
            Recommendation::new(alcohol, Population::Anyone, rank(1))
                .with_age_scope(AgeScope::Adults),
        )
        .build()
        .unwrap();
    let general = Intervention::builder("Allmän")
        .recommendation(Recommendation::new(alcohol, Population::Anyone, rank(4)))
        .build()
        .unwrap();
    let adults = Intervention::builder("Vuxeninsats")
        .tags(Tags::new().with_age_groups(only(AgeGroup::Adults)))
        .build()
        .unwrap();
    let older = Intervention::builder("Äldreinsats")
        .tags(Tags::new().with_age_groups(only(AgeGroup::Older)))
        .build()
        .unwrap();
    catalog(vec![cra, a_cra, medicine, general, adults, older])
}

/// Each recommended id with its priority, in order.
pub(super) fn ranked<'a>(recs: &'a Recommendations<'a>) -> Vec<(&'a str, Option<NrPriority>)> {
    recs.iter().map(|m| (m.intervention().id(), m.priority())).collect()
}

fn drinking(age: Option<u8>) -> Profile {
    let b = Profile::builder().substance(Substance::Alcohol);
    match age {
        Some(age) => b.age(age).build().unwrap(),
        None => b.build().unwrap(),
    }
}

/// 17 is a child (Barn 0-17 år): the youth version replaces CRA, the youth
/// set keeps its number, the adults-only pair is out of its age scope, a
/// general row gives no number, and the entry tagged Vuxna only is out.
#[test]
fn age_17_is_a_child() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let seventeen = drinking(Some(17));
    assert_eq!(seventeen.age_group(), Some(AgeGroup::Children));
    let recs = matcher.recommend(&seventeen);
    assert_eq!(ranked(&recs), [("a-cra", Some(rank(3)))]);
    // The general row is not a child's: listed apart, with no number.
    assert_ids(recs.not_rated_for_age(), &["allman"]);
    assert_eq!(recs.not_rated_for_age()[0].priority(), None);
    assert_eq!(recs.not_rated_for_age()[0].reasons()[0], Reason::NoNumberForChildren);
    let decisions = matcher.explain(&seventeen);
    assert_eq!(
        decision(&decisions, "cra").reasons()[0],
        Reason::ReplacedByYouthVersion { id: "a-cra".to_owned(), name: "A-CRA".to_owned() }
    );
    assert_eq!(
        decision(&decisions, "medicin").reasons(),
        [Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen }]
    );
    // Why it is not the child's: the general row names no age.
    assert_eq!(kinds(decision(&decisions, "allman").reasons()), ["no-number-for-children"]);
    assert!(!decision(&decisions, "allman").is_included());
    assert_eq!(
        exclusion_kinds(decision(&decisions, "vuxeninsats")),
        ["age-group", "no-number-for-children"]
    );
}

/// 18 is an adult (Vuxna 18-64 år): no youth swap, the adults-only pair
/// and the general rows at their numbers, the youth set out of its age
/// scope.
#[test]
fn age_18_is_an_adult() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let eighteen = drinking(Some(18));
    assert_eq!(eighteen.age_group(), Some(AgeGroup::Adults));
    assert_eq!(eighteen.fit(Population::Youth), Fit::Fails(ProfileFact::EighteenOrOlder));
    assert_eq!(eighteen.fit(Population::Adults), Fit::Fits);
    assert_eq!(drinking(Some(17)).fit(Population::Youth), Fit::Fits);
    let recs = matcher.recommend(&eighteen);
    assert_eq!(
        ranked(&recs),
        [
            ("medicin", Some(rank(1))),
            ("cra", Some(rank(2))),
            ("allman", Some(rank(4))),
            ("vuxeninsats", None)
        ]
    );
    let decisions = matcher.explain(&eighteen);
    assert_eq!(exclusion_kinds(decision(&decisions, "a-cra")), ["age-group", "age-scope"]);
    assert!(decision(&decisions, "a-cra").reasons().contains(&Reason::AgeScope {
        scope: AgeScope::Under18,
        fact: ProfileFact::EighteenOrOlder
    }));
}

/// 64 and 65 both get the adults-only pair: older people are adults.
#[test]
fn ages_64_and_65_both_get_the_adults_only_pairs() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    for age in [64, 65] {
        let recs = matcher.recommend(&drinking(Some(age)));
        assert_eq!(recs.get("medicin").and_then(|m| m.priority()), Some(rank(1)), "{age}");
        assert_eq!(recs.get("cra").and_then(|m| m.priority()), Some(rank(2)), "{age}");
        assert!(recs.get("a-cra").is_none(), "{age}");
    }
}

/// 65 is Äldre (65- år) for the age-group facet: an entry tagged Vuxna
/// only takes 64 and not 65, one tagged Äldre only the other way round,
/// and the reason names the person's age group.
#[test]
fn age_65_is_older_for_the_age_group_facet() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let (sixty_four, sixty_five) = (drinking(Some(64)), drinking(Some(65)));
    assert_eq!(sixty_four.age_group(), Some(AgeGroup::Adults));
    assert_eq!(sixty_five.age_group(), Some(AgeGroup::Older));
    let tagged = |profile: &Profile| -> Vec<&str> {
        let recs = matcher.recommend(profile);
        ["vuxeninsats", "aldreinsats"].into_iter().filter(|id| recs.get(id).is_some()).collect()
    };
    assert_eq!(tagged(&sixty_four), ["vuxeninsats"]);
    assert_eq!(tagged(&sixty_five), ["aldreinsats"]);
    let decisions = matcher.explain(&sixty_five);
    assert!(matches!(
        decision(&decisions, "vuxeninsats").reasons()[0],
        Reason::Facet { profile, .. } if profile == FacetValue::new(AgeGroup::Older)
    ));
}

/// Older people match adult pairs: 65 and over fit the population Adults
/// and an adults-only age scope, whether the age is given in years or as
/// the group Äldre.
#[test]
fn older_people_match_adult_pairs() {
    let adults_population = Intervention::builder("Vuxenpar")
        .recommendation(Recommendation::new(TagSet::new(), Population::Adults, rank(5)))
        .build()
        .unwrap();
    let mut entries: Vec<Intervention> = age_rules_catalog().iter().cloned().collect();
    entries.push(adults_population);
    let catalog = catalog(entries);
    let matcher = Matcher::new(&catalog);
    let older = [
        drinking(Some(65)),
        drinking(Some(90)),
        Profile::builder()
            .age_group(AgeGroup::Older)
            .substance(Substance::Alcohol)
            .build()
            .unwrap(),
    ];
    for profile in &older {
        assert_eq!(profile.fit(Population::Adults), Fit::Fits);
        assert_eq!(profile.outside_age_scope(AgeScope::Adults), None);
        let recs = matcher.recommend(profile);
        assert_eq!(recs.get("vuxenpar").and_then(|m| m.priority()), Some(rank(5)), "{profile:?}");
        assert_eq!(recs.get("medicin").and_then(|m| m.priority()), Some(rank(1)), "{profile:?}");
    }
    // A child is outside both; a pair for the population Adults has the
    // adults' age scope, and the reason says so.
    let child = drinking(Some(12));
    assert_eq!(child.fit(Population::Adults), Fit::Fails(ProfileFact::UnderEighteen));
    let decisions = matcher.explain(&child);
    for id in ["vuxenpar", "medicin"] {
        assert_eq!(
            decision(&decisions, id).reasons(),
            [Reason::AgeScope { scope: AgeScope::Adults, fact: ProfileFact::UnderEighteen }]
        );
    }
}

/// The youth swap needs a known child. With no age stated the adult form
/// stands, at its own number, and is not replaced; the age group Barn
/// alone is enough for the swap.
#[test]
fn youth_swap_does_not_happen_when_the_age_is_unknown() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let unknown = drinking(None);
    let recs = matcher.recommend(&unknown);
    assert_eq!(recs.get("cra").and_then(|m| m.priority()), Some(rank(2)));
    let decisions = matcher.explain(&unknown);
    assert!(decision(&decisions, "cra").is_included());
    assert!(
        decision(&decisions, "cra")
            .reasons()
            .iter()
            .all(|r| r.kind() != "replaced-by-youth-version")
    );
    let group = Profile::builder().age_group(AgeGroup::Children).substance(Substance::Alcohol);
    let recs = matcher.recommend(&group.build().unwrap());
    assert!(recs.get("cra").is_none());
    assert_eq!(recs.get("a-cra").and_then(|m| m.priority()), Some(rank(3)));

    // The built-in catalog: CRA and MET stand at their numbers (for
    // misuse or dependence, which the profile states); their youth
    // versions wait for an age.
    let builtin = Matcher::new(insats::catalog());
    let misuse = unknown.to_builder().pattern(insats::PatternOfUse::Misuse).build().unwrap();
    let recs = builtin.recommend(&misuse);
    for (id, priority) in
        [("community-reinforcement-approach-cra", 2), ("motivationshojande-behandling-met", 1)]
    {
        assert_eq!(recs.get(id).and_then(|m| m.priority()), Some(rank(priority)), "{id}");
    }
    for id in [
        "adolescent-community-reinforcement-approach-eller-assertive-continuing-care",
        "kort-intervention-eller-motivationshojande-behandling",
    ] {
        let waiting = recs.conditional().iter().find(|m| m.intervention().id() == id);
        let waits_for = waiting.map(|m| kinds(&m.unstated()));
        assert_eq!(waits_for, Some(vec!["age-not-stated"]), "{id}");
    }
}

/// A row whose scope is an age needs the age: with none stated, the youth
/// pair and the adults-only pair are conditional on it, while the general
/// rows (which name no age) apply at their numbers; a stated adult age
/// excludes the youth pair.
#[test]
fn age_scoped_pairs_wait_for_an_unstated_age() {
    let catalog = age_rules_catalog();
    let matcher = Matcher::new(&catalog);
    let unknown = drinking(None);
    assert_eq!(unknown.fit(Population::Youth), Fit::Fits);
    assert_eq!(unknown.outside_age_scope(AgeScope::Under18), None);
    assert_eq!(unknown.outside_age_scope(AgeScope::Adults), None);
    let recs = matcher.recommend(&unknown);
    assert_eq!(
        ranked(&recs),
        [
            ("cra", Some(rank(2))),
            ("allman", Some(rank(4))),
            ("vuxeninsats", None),
            ("aldreinsats", None)
        ]
    );
    assert_ids(recs.conditional(), &["medicin", "a-cra"]);
    for waiting in recs.conditional() {
        assert_eq!(kinds(&waiting.unstated()), ["age-not-stated"]);
    }
    let adult = Profile::builder().age_group(AgeGroup::Adults).substance(Substance::Alcohol);
    assert!(matcher.recommend(&adult.build().unwrap()).get("a-cra").is_none());
}

/// A child gets no number from a general row (a row that names no age):
/// NR's general rows are for people with the condition, never a child's
/// own. For a child of 10 and for an infant, a general row at 10 (the last
/// rank, a number that a rule on "poor numbers only" would let through)
/// is listed apart without its number, never recommended nor conditional;
/// an adult gets it at 10.
#[test]
fn a_child_under_13_is_never_given_a_general_rows_number() {
    let general = Intervention::builder("Allmän")
        .recommendation(Recommendation::new(only(Substance::Alcohol), Population::Anyone, rank(10)))
        .build()
        .unwrap();
    let catalog = catalog(vec![general]);
    let matcher = Matcher::new(&catalog);
    let row = &catalog.get("allman").unwrap().recommendations()[0];
    for age in [10, 0] {
        let child = drinking(Some(age));
        let recs = matcher.recommend(&child);
        assert!(recs.is_empty() && recs.conditional().is_empty(), "{age}: {recs:?}");
        let [listed] = recs.not_rated_for_age() else { panic!("{age}: {recs:?}") };
        assert_eq!(listed.intervention().id(), "allman");
        assert!(listed.is_not_rated_for_age(), "{age}");
        assert_eq!(listed.priority(), None, "{age}");
        assert_eq!(listed.recommendation(), None, "{age}: no pair gives the child a number");
        assert_eq!(listed.row(), Some(row), "{age}: the row it is not rated by");
        assert_eq!(listed.reasons()[0], Reason::NoNumberForChildren, "{age}");
        let decisions = matcher.explain(&child);
        let decided = decision(&decisions, "allman");
        assert!(!decided.is_included(), "{age}");
        assert_eq!((decided.priority(), decided.recommendation()), (None, None), "{age}");
    }
    let adult = matcher.recommend(&drinking(Some(30)));
    assert_eq!(ranked(&adult), [("allman", Some(rank(10)))]);
    assert_eq!(adult.primary()[0].recommendation(), Some(row));
}

/// An entry with a general row and a youth row for the same substance: a
/// young person or a child gets the youth row, its number and its wording,
/// although the general row states a better number (the general row comes
/// first in the rule's order); an adult gets the general row.
#[test]
fn a_youths_general_row_never_wins_over_the_youth_row_of_the_same_entry() {
    let alcohol = only(Substance::Alcohol);
    let entry = Intervention::builder("Familjeinsats")
        .recommendation(
            Recommendation::new(alcohol, Population::Anyone, rank(1))
                .with_verb(RecommendationVerb::Should),
        )
        .recommendation(
            Recommendation::new(alcohol, Population::Youth, rank(6))
                .with_age_scope(AgeScope::Under18)
                .with_verb(RecommendationVerb::May),
        )
        .build()
        .unwrap();
    let catalog = catalog(vec![entry]);
    let matcher = Matcher::new(&catalog);
    let [general, youth] = catalog.get("familjeinsats").unwrap().recommendations() else {
        panic!("two rows")
    };
    for age in [15, 10] {
        let profile = drinking(Some(age));
        let recs = matcher.recommend(&profile);
        assert_eq!(ranked(&recs), [("familjeinsats", Some(rank(6)))], "{age}");
        let shown = &recs.primary()[0];
        assert_eq!(shown.recommendation(), Some(youth), "{age}");
        assert_eq!(shown.row(), Some(youth), "{age}");
        assert_eq!(shown.recommendation().and_then(|r| r.verb()), Some(RecommendationVerb::May));
        assert!(recs.not_rated_for_age().is_empty(), "{age}: {recs:?}");
        let decisions = matcher.explain(&profile);
        let decided = decision(&decisions, "familjeinsats");
        assert_eq!((decided.priority(), decided.recommendation()), (Some(rank(6)), Some(youth)));
    }
    let adult = matcher.recommend(&drinking(Some(30)));
    assert_eq!(ranked(&adult), [("familjeinsats", Some(rank(1)))]);
    assert_eq!(adult.primary()[0].recommendation(), Some(general));
}

/// Rows not rated for the person's age give no number, so their stated
/// numbers do not order them: they are listed in name order (after each
/// other's add-on role), whatever each row states.
#[test]
fn rows_not_rated_for_a_childs_age_are_listed_in_name_order() {
    let general = |name: &str, n: u8| {
        Intervention::builder(name)
            .recommendation(Recommendation::new(
                only(Substance::Alcohol),
                Population::Anyone,
                rank(n),
            ))
            .build()
            .unwrap()
    };
    let catalog = catalog(vec![general("Zeta", 1), general("Alfa", 9), general("Mitten", 5)]);
    let matcher = Matcher::new(&catalog);
    let recs = matcher.recommend(&drinking(Some(10)));
    assert!(recs.is_empty(), "{recs:?}");
    assert_ids(recs.not_rated_for_age(), &["alfa", "mitten", "zeta"]);
    assert!(recs.not_rated_for_age().iter().all(|m| m.priority().is_none()));
    // An adult gets them at their numbers, best first.
    assert_ids(matcher.recommend(&drinking(Some(30))).primary(), &["zeta", "mitten", "alfa"]);
}
