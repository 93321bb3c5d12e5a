//! Invariants of `recommend` over random profiles, on random synthetic
//! catalogs and on the built-in catalog, checked against the rules as the
//! baselines state them again (`tests/oracle/baselines/`: on strings,
//! with their own age bands and population rules, never the engine's
//! helpers), and the rules of situations: stating a situation the profile
//! left out only moves entries between the conditional matches and the
//! rest.
//!
//! The strategies are biased so that each rule's interesting case occurs
//! in most runs: add-ons, conditional populations, adults-only and youth
//! pairs, FoU and Icke-göra, children and unknown ages.

use crate::oracle;
use crate::util;
use insats::{
    AgeGroup, AgeScope, Catalog, Condition, Intervention, Matcher, Need, NrPriority, Population,
    Profile, ProfileField, Provider, Recommendation, RecommendationVerb, Recommendations, Role,
    Severity, Substance, TagSet, Tags, Target, Vocabulary, Withdrawal,
};
use oracle::baselines::{Found, StringProfile, StringScan, population_id};
use proptest::prelude::*;

mod strategies;
use strategies::{built_in_part, profile, synthetic_catalog};

/// A match as the invariants compare it: id, priority, add-on, and what a
/// conditional match requires.
type Row = (String, Option<NrPriority>, bool, Option<String>);

fn rows<'a>(matches: impl IntoIterator<Item = &'a insats::Match<'a>>) -> Vec<Row> {
    matches
        .into_iter()
        .map(|m| {
            let requires = m.requires().map(population_id);
            (m.intervention().id().to_owned(), m.priority(), m.is_add_on(), requires)
        })
        .collect()
}

fn ids(list: &[insats::Match<'_>]) -> Vec<String> {
    list.iter().map(|m| m.intervention().id().to_owned()).collect()
}

/// The order key of a priority, stated here: ranks, FoU, Icke-göra, none.
fn order_key(p: Option<NrPriority>) -> (u8, u8) {
    match p {
        Some(NrPriority::Rank(r)) => (0, r.get()),
        Some(NrPriority::ResearchOnly) => (1, 0),
        Some(NrPriority::DontDo) => (2, 0),
        None => (3, 0),
    }
}

/// Every invariant for one profile. The result checked is written by
/// `recommend_into` into a buffer that held another profile's result, so a
/// leftover would show against the oracle; `recommend` itself is checked
/// against the same oracle by `engine_vs_baselines.rs` and here by the
/// comparisons with the profile's variants below.
fn check(catalog: &Catalog, matcher: &Matcher<'_>, profile: &Profile) -> Result<(), TestCaseError> {
    let mut recs = matcher.recommend(&Profile::default());
    matcher.recommend_into(profile, &mut recs);

    // The rules as the string baseline states them: every list.
    let scan = StringScan::new(catalog);
    let oracle = scan.recommend(&StringProfile::new(profile));
    let expected = |list: &[Found<'_>]| -> Vec<Row> {
        list.iter()
            .map(|f| (f.id.to_owned(), f.priority, f.add_on, f.waits.situation.map(str::to_owned)))
            .collect()
    };
    prop_assert_eq!(rows(&recs), expected(&oracle.matches), "recommended, {:?}", profile);
    prop_assert_eq!(recs.primary().len(), oracle.primary_len);
    prop_assert_eq!(
        rows(recs.conditional()),
        expected(&oracle.conditional),
        "conditional, {:?}",
        profile
    );
    prop_assert_eq!(
        rows(recs.not_rated_for_age()),
        expected(&oracle.not_rated_for_age),
        "not rated for age, {:?}",
        profile
    );
    prop_assert_eq!(
        rows(recs.assessments()),
        expected(&oracle.assessments),
        "assessments, {:?}",
        profile
    );

    // No Icke-göra ever, FoU only when asked; a recommendation and a
    // conditional match never share an entry.
    for m in recs.iter().chain(recs.conditional()) {
        prop_assert_ne!(m.priority(), Some(NrPriority::DontDo));
        if m.priority() == Some(NrPriority::ResearchOnly) {
            prop_assert!(profile.include_research());
        }
        prop_assert_eq!(
            m.is_conditional(),
            recs.get(m.intervention().id()).is_none(),
            "{} both recommended and conditional in {:?}",
            m.intervention().id(),
            recs
        );
    }
    // A child gets a number (a rank) only from a row whose scope is a
    // young person's age: the youth set, or 13–21 (ADAD).
    if profile.age_group() == Some(AgeGroup::Children) {
        for m in recs.iter().chain(recs.conditional()).chain(recs.assessments()) {
            // FoU and Icke-göra are no numbers: they keep their meaning.
            if let (Some(NrPriority::Rank(_)), Some(pair)) = (m.priority(), m.recommendation()) {
                let youth = matches!(pair.age_scope(), AgeScope::Under18 | AgeScope::Youth13To21)
                    || pair.population() == Population::Youth;
                prop_assert!(youth, "{} gives a child {:?}", m.intervention().id(), pair);
            }
        }
    }
    // An add-on never stands alone: a recommended one has a primary beside
    // it, or the profile states other treatment (LARO is one); one that
    // waits for other treatment is an add-on with nothing to add it to, and
    // the profile does not say.
    if !recs.add_ons().is_empty() {
        prop_assert!(!recs.primary().is_empty() || profile.in_other_treatment() == Some(true));
    }
    for m in recs.conditional().iter().chain(recs.not_rated_for_age()) {
        if m.unstated().contains(&insats::Reason::OtherTreatmentNotStated) {
            prop_assert!(m.is_add_on(), "{} waits for other treatment", m.intervention().id());
            prop_assert!(recs.primary().is_empty() && profile.in_other_treatment().is_none());
        }
    }
    prop_assert!(recs.primary().iter().all(|m| !m.is_add_on()));
    prop_assert!(recs.add_ons().iter().all(|m| m.is_add_on()));

    // Best first: the priority keys never fall within a list (the whole
    // order, wording and names included, is the oracle's, above).
    for list in [recs.primary(), recs.add_ons(), recs.conditional()] {
        let keys: Vec<_> = list.iter().map(|m| (m.is_add_on(), order_key(m.priority()))).collect();
        prop_assert!(keys.windows(2).all(|w| w[0] <= w[1]), "not best first: {:?}", keys);
    }

    // recommend agrees with explain.
    let decisions = matcher.explain(profile);
    prop_assert_eq!(decisions.len(), catalog.len());
    for d in &decisions {
        prop_assert_eq!(d.is_included(), d.exclusions().next().is_none());
        let id = d.intervention().id();
        let found = recs.get(id);
        prop_assert_eq!(d.is_included(), found.is_some(), "{} {:?} {:?}", id, d.reasons(), profile);
        let conditional = recs.conditional().iter().find(|m| m.intervention().id() == id);
        prop_assert_eq!(d.requires(), conditional.and_then(|m| m.requires()));
        if let Some(m) = found.or(conditional) {
            prop_assert_eq!(m.priority(), d.priority());
            prop_assert_eq!(m.is_add_on(), d.is_add_on());
            prop_assert_eq!(m.recommendation(), d.recommendation());
            prop_assert_eq!(&m.reasons()[..], d.reasons());
        }
    }

    // The package: each need met by a recommended entry that serves it.
    let needs = profile.needs().unwrap_or_default();
    for served in recs.package().served() {
        prop_assert!(needs.contains(served.need()));
        prop_assert!(served.by().intervention().needs_served().contains(served.need()));
        prop_assert!(recs.get(served.by().intervention().id()).is_some());
    }
    for need in recs.package().unmet() {
        prop_assert!(recs.iter().all(|m| !m.intervention().needs_served().contains(need)));
    }
    prop_assert_eq!(recs.package().served().len() + recs.package().unmet().len(), needs.len());

    // Monotonicity: leaving a tag facet out never removes a
    // recommendation; leaving out a fact a row's condition names (the age,
    // the substances, the pattern of use and what states it), or that the
    // person is in other treatment (for an add-on with nothing else to add
    // it to), moves it to the conditional matches at most, never out of
    // sight.
    for field in ProfileField::all().filter(|f| !f.is_situation()) {
        if field == ProfileField::IncludeResearch {
            continue;
        }
        let names_a_condition = matches!(
            field,
            ProfileField::Age
                | ProfileField::Substances
                | ProfileField::Condition
                | ProfileField::Pattern
                | ProfileField::Dsm5Criteria
                | ProfileField::Diagnoses
                | ProfileField::Instruments
        );
        let wider_profile = profile.without(field);
        let wider = matcher.recommend(&wider_profile);
        // With every primary waiting for the fact, an add-on has nothing
        // to be added to (the person in no other treatment).
        let add_ons_lost = names_a_condition
            && wider.primary().is_empty()
            && wider_profile.in_other_treatment() == Some(false);
        for m in &recs {
            let id = m.intervention().id();
            let waits = wider.conditional().iter().any(|c| c.intervention().id() == id);
            // What the rest of the profile states may then decide: a
            // stated riskbruk, once the condition no longer says more (and
            // an add-on pair left with nothing to be added to).
            let by_stated_pattern = || {
                let decisions = matcher.explain(&wider_profile);
                let d = decisions.iter().find(|d| d.intervention().id() == id);
                let decides =
                    |r: &insats::Reason| matches!(r.kind(), "pattern" | "requires-other-treatment");
                d.is_some_and(|d| d.exclusions().any(decides))
            };
            let kept = wider.get(id).is_some()
                || (names_a_condition && (waits || by_stated_pattern()))
                || (field == ProfileField::InOtherTreatment && m.is_add_on() && waits)
                || (add_ons_lost && m.is_add_on());
            prop_assert!(kept, "leaving out {:?} removed {}", field, id);
        }
    }
    check_situations(matcher, profile, &recs)
}

/// The profile with `field` stated so that each of its populations holds
/// (`true`), or so that none does (`false`); `None` when the profile states
/// it already.
fn stating(profile: &Profile, field: ProfileField, holds: bool) -> Option<Profile> {
    if profile.without(field) != *profile {
        return None;
    }
    let b = profile.to_builder();
    let stated = match field {
        ProfileField::InLaro => b.in_laro(holds),
        ProfileField::Relative => b.relative(holds),
        ProfileField::CohabitingPartner => b.cohabiting_partner(holds),
        ProfileField::Withdrawal if holds => b.withdrawal(Withdrawal::RaisedRisk),
        ProfileField::Withdrawal => b.withdrawal(Withdrawal::NotPresent),
        ProfileField::SevereMentalIllness => b.severe_mental_illness(holds),
        ProfileField::Needs if holds => b.needs(TagSet::all()),
        ProfileField::Needs => b.needs(TagSet::new()),
        _ => return None,
    };
    // Stating LARO beside "in no other treatment" is refused.
    stated.build().ok()
}

/// The populations a situation field states.
fn of_field(population: Population, field: ProfileField) -> bool {
    match population {
        Population::InMedicationAssistedTreatment => field == ProfileField::InLaro,
        Population::Relatives => field == ProfileField::Relative,
        Population::WithCohabitingPartner => field == ProfileField::CohabitingPartner,
        Population::InAlcoholWithdrawal | Population::InAlcoholWithdrawalWithRaisedRisk => {
            field == ProfileField::Withdrawal
        }
        Population::WithSevereMentalIllness => field == ProfileField::SevereMentalIllness,
        Population::WithNeed(_) => field == ProfileField::Needs,
        _ => false,
    }
}

/// Stating a situation the profile leaves out only moves entries between
/// the conditional matches and the rest; it changes nothing else, but that
/// being a relative turns the person-directed pairs away, that LARO is a
/// treatment (so add-ons may follow), and that a better pair may now apply.
fn check_situations(
    matcher: &Matcher<'_>,
    profile: &Profile,
    recs: &Recommendations<'_>,
) -> Result<(), TestCaseError> {
    let conditional = |recs: &Recommendations<'_>| ids(recs.conditional());
    for field in ProfileField::all().filter(|f| f.is_situation()) {
        if let Some(stated_false) = stating(profile, field, false) {
            let after = matcher.recommend(&stated_false);
            prop_assert_eq!(rows(&after), rows(recs), "stating {:?} false", field);
            for id in conditional(&after) {
                prop_assert!(conditional(recs).contains(&id), "{} became conditional", id);
            }
            for m in after.conditional() {
                let requires = m.requires().unwrap_or(Population::Anyone);
                prop_assert!(
                    !of_field(requires, field),
                    "{} still requires {:?}",
                    m.intervention().id(),
                    field
                );
            }
        }
        let Some(stated_true) = stating(profile, field, true) else { continue };
        let after = matcher.recommend(&stated_true);
        // A relative is offered no person-directed primary: an add-on then
        // needs the person to be stated in other treatment, or it is
        // chosen again, its add-on pairs refused or waiting for it (and may
        // become conditional).
        let add_ons_lost = field == ProfileField::Relative
            && after.primary().is_empty()
            && stated_true.in_other_treatment() != Some(true);
        // A new primary lets add-ons be offered, conditional ones too.
        let add_ons_gained = recs.primary().is_empty()
            && profile.in_other_treatment() == Some(false)
            && !after.primary().is_empty();
        for m in after.conditional() {
            let id = m.intervention().id().to_owned();
            let was_add_on = recs.get(&id).is_some_and(|m| m.is_add_on());
            // A relative is helped by the relatives' rows, which may wait
            // for facts of their own.
            let relatives_row = field == ProfileField::Relative
                && m.row().is_some_and(|r| r.population() == Population::Relatives);
            prop_assert!(
                conditional(recs).contains(&id)
                    || (add_ons_lost && was_add_on)
                    || (add_ons_gained && m.is_add_on())
                    || relatives_row,
                "{} became conditional",
                id
            );
        }
        for m in recs.conditional() {
            // Waiting for this situation alone: stating it recommends it.
            let only_this = m.unstated().len() == 1;
            if only_this && m.requires().is_some_and(|p| of_field(p, field)) {
                let now = after.get(m.intervention().id());
                prop_assert!(
                    now.is_some() || (add_ons_lost && m.is_add_on()),
                    "stating {:?}: {} not recommended",
                    field,
                    m.intervention().id()
                );
            }
        }
        if field == ProfileField::Relative {
            continue;
        }
        for m in recs {
            let now = after.get(m.intervention().id());
            prop_assert!(now.is_some(), "stating {:?} removed {}", field, m.intervention().id());
            if let Some(now) = now {
                // The rule's order: a primary role before an add-on, then
                // the better priority.
                let rank = |m: &insats::Match<'_>| (m.is_add_on(), order_key(m.priority()));
                prop_assert!(rank(now) <= rank(m));
            }
        }
        for m in &after {
            let id = m.intervention().id().to_owned();
            let new = recs.get(&id).is_none();
            prop_assert!(
                !new || conditional(recs).contains(&id) || m.is_add_on(),
                "stating {:?} brought {} from nowhere",
                field,
                id
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(util::proptest_config(256))]

    #[test]
    fn invariants_on_synthetic_catalogs(catalog in synthetic_catalog(140), profiles in prop::collection::vec(profile(), 1..4)) {
        let matcher = Matcher::new(&catalog);
        for profile in &profiles {
            check(&catalog, &matcher, profile)?;
        }
    }

    #[test]
    fn invariants_on_the_built_in_catalog(catalog in built_in_part(), profile in profile()) {
        check(&catalog, &Matcher::new(&catalog), &profile)?;
    }

    #[test]
    fn the_order_does_not_depend_on_catalog_order(catalog in synthetic_catalog(40), profile in profile()) {
        let mut reversed: Vec<Intervention> = catalog.iter().cloned().collect();
        reversed.reverse();
        let reversed = Catalog::new("reversed", reversed).unwrap();
        let a = Matcher::new(&catalog).recommend(&profile);
        let b = Matcher::new(&reversed).recommend(&profile);
        prop_assert_eq!(rows(&a), rows(&b));
        prop_assert_eq!(rows(a.conditional()), rows(b.conditional()));
    }
}
