//! The add-on rule (review M15): an add-on is offered beside something to
//! add it to. Included with a primary recommendation (an assessment is
//! none) or when the profile states other treatment (LARO is one);
//! excluded when it states none; otherwise a conditional match that waits
//! for other treatment. `recommend` and `explain` say the same.

use insats::{
    Catalog, Intervention, Kind, Language, Matcher, PatternOfUse, Population, Profile,
    ProfileField, Reason, Recommendation, Substance, TagSet,
};

use crate::util::*;

/// A built-in entry, by id.
fn built_in(id: &str) -> Intervention {
    insats::catalog().get(id).unwrap_or_else(|| panic!("no built-in entry {id}")).clone()
}

/// The catalog of the review's P22 (`addon_only.json`): two add-ons and
/// nothing else, Parterapi enligt BCT and Nätverksterapi.
fn add_on_only() -> Catalog {
    catalog(vec![
        built_in("parterapi-enligt-behavioral-couples-therapy"),
        built_in("natverksterapi"),
    ])
}

/// A 40-year-old who drinks, as P22 states it.
fn p22() -> insats::ProfileBuilder {
    Profile::builder().age(40).substance(Substance::Alcohol)
}

/// P22: treatment not stated and nothing else recommended. Nätverksterapi
/// is not recommended, but conditional: it would apply if the person is in
/// other treatment, and says so in both languages; explain agrees.
#[test]
fn p22_an_add_on_alone_with_other_treatment_unstated_is_conditional() {
    let catalog = add_on_only();
    let matcher = Matcher::new(&catalog);
    for profile in
        [p22().build().unwrap(), p22().pattern(PatternOfUse::Dependence).build().unwrap()]
    {
        let recs = matcher.recommend(&profile);
        assert!(recs.is_empty(), "{recs:?}");
        let nt = recs
            .conditional()
            .iter()
            .find(|m| m.intervention().id() == "natverksterapi")
            .expect("Nätverksterapi among the conditional matches");
        assert!(nt.is_add_on() && nt.is_conditional());
        assert_eq!(nt.unstated().last(), Some(&Reason::OtherTreatmentNotStated));
        assert!(nt.unstated_fields().contains(&ProfileField::InOtherTreatment));
        assert!(recs.unstated().contains(&ProfileField::InOtherTreatment));
        // Not a situation of the pair's population: requires() stays None.
        assert_eq!(nt.requires(), None);

        let decisions = matcher.explain(&profile);
        let d = decision(&decisions, "natverksterapi");
        assert!(!d.is_included() && d.is_conditional() && d.is_add_on());
        assert!(d.exclusions().any(|r| *r == Reason::OtherTreatmentNotStated));
        assert!(!d.exclusions().any(|r| *r == Reason::RequiresOtherTreatment));
        assert_eq!(&nt.reasons()[..], d.reasons());
    }
    // With the pattern stated, other treatment is the one fact waited for.
    let told = p22().pattern(PatternOfUse::Dependence).build().unwrap();
    let recs = matcher.recommend(&told);
    let nt = recs.conditional().iter().find(|m| m.intervention().id() == "natverksterapi");
    assert_eq!(nt.map(|m| m.unstated()), Some(vec![Reason::OtherTreatmentNotStated]));
}

/// The reason's words, as a caseworker writes them.
#[test]
fn the_reason_says_what_the_add_on_waits_for() {
    let reason = Reason::OtherTreatmentNotStated;
    assert_eq!(reason.kind(), "other-treatment-not-stated");
    assert!(reason.is_exclusion() && reason.is_unstated());
    assert_eq!(
        reason.describe(Language::Swedish),
        "skulle gälla om personen får annan behandling; uppgift om det saknas"
    );
    assert_eq!(
        reason.describe(Language::English),
        "would apply if the person is in other treatment; this is not stated"
    );
}

/// A primary treatment recommended is something to add it to: the add-on
/// is included, whether other treatment is stated as no or not at all.
#[test]
fn an_add_on_beside_a_recommended_primary_is_included() {
    let catalog = seed_like_catalog();
    let matcher = Matcher::new(&catalog);
    let stated_false = ifo_adult().to_builder().in_other_treatment(false).build().unwrap();
    let unstated = ifo_adult().without(ProfileField::InOtherTreatment);
    for profile in [stated_false, unstated] {
        let recs = matcher.recommend(&profile);
        assert_ids(recs.primary(), &["psykosocial-behandling"]);
        assert_ids(recs.add_ons(), &["natverksterapi"]);
        assert!(recs.conditional().is_empty());
        assert!(decision(&matcher.explain(&profile), "natverksterapi").is_included());
    }
}

/// Nothing to add it to, and the person stated to be in no other
/// treatment: excluded, and explain says why.
#[test]
fn an_add_on_alone_is_excluded_when_the_person_is_in_no_other_treatment() {
    let catalog = add_on_only();
    let matcher = Matcher::new(&catalog);
    let profile =
        p22().pattern(PatternOfUse::Dependence).in_other_treatment(false).build().unwrap();
    let recs = matcher.recommend(&profile);
    assert!(recs.is_empty());
    assert!(!recs.conditional().iter().any(|m| m.intervention().id() == "natverksterapi"));
    let decisions = matcher.explain(&profile);
    let d = decision(&decisions, "natverksterapi");
    assert!(!d.is_included() && !d.is_conditional());
    assert_eq!(exclusion_kinds(d), ["requires-other-treatment"]);
}

/// Stated in other treatment, or in LARO (a treatment): the add-on is
/// included alone.
#[test]
fn an_add_on_alone_is_included_when_the_person_is_in_other_treatment() {
    let catalog = catalog(vec![natverksterapi()]);
    let matcher = Matcher::new(&catalog);
    let in_other = p22().in_other_treatment(true).build().unwrap();
    let in_laro = p22().in_laro(true).build().unwrap();
    for profile in [in_other, in_laro] {
        let recs = matcher.recommend(&profile);
        assert!(recs.primary().is_empty());
        assert_ids(recs.add_ons(), &["natverksterapi"]);
        assert!(recs.conditional().is_empty());
        assert!(decision(&matcher.explain(&profile), "natverksterapi").is_included());
    }
}

/// An assessment instrument recommended is no treatment to add an add-on
/// to: with other treatment unstated, the add-on waits for it.
#[test]
fn an_assessment_is_nothing_to_add_an_add_on_to() {
    let instrument = Intervention::builder("AUDIT")
        .kind(Kind::Assessment)
        .recommendation(Recommendation::new(TagSet::new(), Population::Anyone, rank(2)))
        .build()
        .unwrap();
    let catalog = catalog(vec![instrument, natverksterapi()]);
    let matcher = Matcher::new(&catalog);
    let recs = matcher.recommend(&p22().build().unwrap());
    assert_ids(recs.assessments(), &["audit"]);
    assert!(recs.add_ons().is_empty());
    assert_ids(recs.conditional(), &["natverksterapi"]);
    assert_eq!(recs.conditional()[0].unstated(), [Reason::OtherTreatmentNotStated]);
}

/// An add-on that waits for other treatment keeps the rule's order among
/// the conditional matches: after a primary that waits, whatever its
/// number.
#[test]
fn an_add_on_waiting_for_other_treatment_follows_the_primaries_that_wait() {
    let partner_row = Intervention::builder("Parsamtal")
        .recommendation(Recommendation::new(
            TagSet::new(),
            Population::WithCohabitingPartner,
            rank(9),
        ))
        .build()
        .unwrap();
    let catalog = catalog(vec![natverksterapi(), partner_row]);
    let recs = Matcher::new(&catalog).recommend(&p22().build().unwrap());
    assert_ids(recs.conditional(), &["parsamtal", "natverksterapi"]);
    assert_eq!(recs.conditional()[0].requires(), Some(Population::WithCohabitingPartner));
    // Stating the partner recommends the primary, and the add-on with it.
    let with_partner = p22().cohabiting_partner(true).build().unwrap();
    let recs = Matcher::new(&catalog).recommend(&with_partner);
    assert_ids(recs.primary(), &["parsamtal"]);
    assert_ids(recs.add_ons(), &["natverksterapi"]);
}

/// A child's add-on on a general row, nothing to add it to and other
/// treatment unstated: listed apart as not rated for the person's age,
/// waiting for other treatment too; stated as none, it is not listed.
#[test]
fn a_childs_add_on_waiting_for_other_treatment_is_listed_as_not_rated() {
    let catalog = catalog(vec![natverksterapi()]);
    let matcher = Matcher::new(&catalog);
    let child = || Profile::builder().age(15).substance(Substance::Alcohol);
    let recs = matcher.recommend(&child().build().unwrap());
    assert!(recs.is_empty() && recs.conditional().is_empty(), "{recs:?}");
    assert_ids(recs.not_rated_for_age(), &["natverksterapi"]);
    assert_eq!(recs.not_rated_for_age()[0].unstated(), [Reason::OtherTreatmentNotStated]);
    let recs = matcher.recommend(&child().in_other_treatment(false).build().unwrap());
    assert!(recs.not_rated_for_age().is_empty(), "{recs:?}");
}
