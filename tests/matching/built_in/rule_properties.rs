//! The rule as properties over random profiles on the built-in catalog.

use super::*;
use insats::{AgeGroup, Need, PatternOfUse, PatternRequirement, ProfileBuilder, Vocabulary};
use proptest::prelude::*;

/// The facts of a profile that the generator varies, each possibly
/// unstated.
#[derive(Clone, Debug)]
struct Facts {
    age: Option<u8>,
    substances: Vec<Substance>,
    pattern: Option<PatternOfUse>,
    condition: bool,
    in_laro: Option<bool>,
    relative: Option<bool>,
    withdrawal: Option<Withdrawal>,
    needs: Option<Vec<Need>>,
    situations: Vec<(Situation, bool)>,
}

fn pick<T: Vocabulary>() -> impl Strategy<Value = T> {
    (0..T::ALL.len()).prop_map(|i| T::ALL[i])
}

fn facts() -> impl Strategy<Value = Facts> {
    (
        proptest::option::of(prop_oneof![0u8..25, 25u8..90]),
        proptest::collection::vec(pick::<Substance>(), 0..3),
        proptest::option::of(pick::<PatternOfUse>()),
        any::<bool>(),
        proptest::option::of(any::<bool>()),
        proptest::option::weighted(0.3, any::<bool>()),
        proptest::option::of(pick::<Withdrawal>()),
        proptest::option::of(proptest::collection::vec(pick::<Need>(), 0..3)),
        proptest::collection::vec((pick::<Situation>(), any::<bool>()), 0..3),
    )
        .prop_map(
            |(age, substances, pattern, condition, in_laro, relative, withdrawal, needs, s)| {
                let mut situations: Vec<(Situation, bool)> = Vec::new();
                for (situation, holds) in s {
                    if !situations.iter().any(|(o, _)| *o == situation) {
                        situations.push((situation, holds));
                    }
                }
                Facts {
                    age,
                    substances,
                    pattern,
                    condition,
                    in_laro,
                    relative,
                    withdrawal,
                    needs,
                    situations,
                }
            },
        )
}

fn build(f: &Facts) -> Profile {
    let mut b: ProfileBuilder = Profile::builder();
    if let Some(age) = f.age {
        b = b.age(age);
    }
    for s in &f.substances {
        b = b.substance(*s);
    }
    if let Some(p) = f.pattern {
        b = b.pattern(p);
    }
    if f.condition {
        b = b.condition(Condition::SubstanceUseAndDependence);
    }
    if let Some(v) = f.in_laro {
        b = b.in_laro(v);
    }
    if let Some(v) = f.relative {
        b = b.relative(v);
    }
    if let Some(w) = f.withdrawal {
        b = b.withdrawal(w);
    }
    if let Some(needs) = &f.needs {
        b = b.needs(needs.iter().copied().collect());
    }
    for (s, holds) in &f.situations {
        b = b.situation(*s, *holds);
    }
    b.build().unwrap()
}

/// Whether the profile states every fact the row's condition names,
/// read from the profile's fields (not from the engine's rule).
fn states_the_rows_facts(p: &Profile, row: &insats::Recommendation) -> Result<(), String> {
    if !row.substances().is_empty() && p.substances().is_empty() {
        return Err("no substance stated".into());
    }
    if row.age_scope() != AgeScope::Unspecified && p.age_group().is_none() {
        return Err("no age stated".into());
    }
    let dependence = p.pattern() == Some(PatternOfUse::Dependence);
    let misuse =
        p.pattern().is_some_and(|x| x != PatternOfUse::RiskyUse) || p.condition().is_some();
    match insats::ConditionPattern::requirement(row.patterns()) {
        PatternRequirement::Dependence if !dependence => {
            return Err("dependence not stated".into());
        }
        PatternRequirement::MisuseOrDependence if !misuse => {
            return Err("misuse or dependence not stated".into());
        }
        _ => {}
    }
    let situation_stated = match row.population() {
        Population::Anyone | Population::Youth | Population::Adults => true,
        Population::InMedicationAssistedTreatment => p.in_laro() == Some(true),
        Population::Relatives => p.relative() == Some(true),
        Population::WithNeed(need) => p.needs().is_some_and(|n| n.contains(need)),
        Population::WithCohabitingPartner => p.cohabiting_partner() == Some(true),
        Population::WithSevereMentalIllness => p.severe_mental_illness() == Some(true),
        Population::InSituation(s) => p.situation(s) == Some(true),
        Population::InAlcoholWithdrawal
        | Population::InAlcoholWithdrawalWithRaisedRisk
        | Population::InDeliriumTremens => p.withdrawal().is_some(),
        other => return Err(format!("population {other:?} unknown to the test")),
    };
    if !situation_stated {
        return Err(format!("{:?} not stated", row.population()));
    }
    if p.age_group() == Some(AgeGroup::Children) && row.age_scope() == AgeScope::Unspecified {
        return Err("a general row recommended to a child".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Every recommended match (treatment, support or assessment)
    /// states, in the profile, every fact its row's condition names.
    #[test]
    fn a_recommended_number_rests_on_stated_facts(f in facts()) {
        let p = build(&f);
        let recs = recommend(&p);
        for m in recs.iter().chain(recs.assessments()) {
            if let Some(row) = m.row() {
                if let Err(missing) = states_the_rows_facts(&p, row) {
                    prop_assert!(false, "{} for {p:?}: {missing}", m.intervention().id());
                }
            }
            prop_assert!(!m.is_conditional() && !m.is_not_rated_for_age());
        }
    }

    /// Stating a fact the profile left out only moves matches out of
    /// the conditional list (or out of the recommendations): nothing
    /// newly recommended was not conditional before, and nothing
    /// recommended gets a worse number.
    #[test]
    fn stating_a_fact_only_moves_conditional_matches(f in facts(), which in 0u8..5, age in 0u8..90) {
        let before = build(&f);
        let mut g = f.clone();
        match which {
            0 if g.age.is_none() => g.age = Some(age),
            1 if g.pattern.is_none() => g.pattern = Some(PatternOfUse::Dependence),
            2 if g.relative.is_none() => g.relative = Some(age % 2 == 0),
            3 if g.withdrawal.is_none() => g.withdrawal = Some(Withdrawal::General),
            4 if g.needs.is_none() => g.needs = Some(vec![Need::Homelessness]),
            _ => return Ok(()),
        }
        let after = build(&g);
        let (old, new) = (recommend(&before), recommend(&after));
        let recommended = |r: &Recommendations<'static>, id: &str| {
            r.iter().chain(r.assessments()).find(|m| m.intervention().id() == id).map(|m| m.priority())
        };
        for m in new.iter().chain(new.assessments()) {
            let id = m.intervention().id();
            match recommended(&old, id) {
                Some(was) => {
                    let key = |p: Option<NrPriority>| p.map_or(u8::MAX, |p| p.rank_number().unwrap_or(11));
                    prop_assert!(key(m.priority()) <= key(was), "{id}: {was:?} became {:?}", m.priority());
                }
                None => prop_assert!(
                    find(old.conditional(), id).is_some(),
                    "{id} newly recommended for {after:?} but not conditional for {before:?}"
                ),
            }
        }
    }
}

#[test]
fn the_generator_states_every_kind_of_fact() {
    // A profile of each kind is reachable: the properties above are not
    // vacuous.
    let f = Facts {
        age: Some(40),
        substances: vec![Substance::Alcohol],
        pattern: Some(PatternOfUse::Dependence),
        condition: true,
        in_laro: Some(false),
        relative: Some(false),
        withdrawal: Some(Withdrawal::General),
        needs: Some(vec![Need::Homelessness]),
        situations: vec![(Situation::OverdoseRisk, true)],
    };
    let recs = recommend(&build(&f));
    assert!(!recs.is_empty() && !recs.assessments().is_empty());
}
