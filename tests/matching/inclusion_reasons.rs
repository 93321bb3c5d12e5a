//! Why an inclusion holds: for every match `recommend` includes, the first
//! reason names the fact that included it. A row for a population (a
//! need the assessment found, a relative asking, LARO, a withdrawal state,
//! a partner, a severe mental illness, a situation) starts with
//! `Reason::Fits` for that population; a row for anyone with the
//! condition starts with its priority, or the wording of a row whose
//! number no source states, naming the row's condition in full. Checked
//! over the built-in catalog and random profiles.

use insats::{
    Language, Match, Matcher, Need, PatternOfUse, Population, Profile, Reason, Situation,
    Substance, TagSet, Vocabulary, Withdrawal,
};
use proptest::prelude::*;

use crate::util;

fn subset<T: Vocabulary>() -> impl Strategy<Value = TagSet<T>> {
    any::<u64>().prop_map(|bits| {
        T::ALL.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1).map(|(_, v)| *v).collect()
    })
}

fn flag() -> impl Strategy<Value = Option<bool>> {
    prop::option::of(any::<bool>())
}

fn profile() -> impl Strategy<Value = Option<Profile>> {
    (
        (
            prop::option::of(0u8..=90),
            subset::<Substance>(),
            prop::option::of(prop::sample::select(PatternOfUse::ALL)),
        ),
        (flag(), flag(), flag(), flag(), flag()),
        (
            prop::option::of(subset::<Need>()),
            prop::option::of(prop::sample::select(Withdrawal::ALL)),
            subset::<Situation>(),
        ),
    )
        .prop_map(
            |(
                (age, substances, pattern),
                (relative, laro, treatment, partner, smi),
                (needs, withdrawal, situations),
            )| {
                let mut b = Profile::builder().substances(substances);
                if let Some(age) = age {
                    b = b.age(age);
                }
                if let Some(pattern) = pattern {
                    b = b.pattern(pattern);
                }
                if let Some(v) = relative {
                    b = b.relative(v);
                }
                if let Some(v) = laro {
                    b = b.in_laro(v);
                }
                if let Some(v) = treatment {
                    b = b.in_other_treatment(v);
                }
                if let Some(v) = partner {
                    b = b.cohabiting_partner(v);
                }
                if let Some(v) = smi {
                    b = b.severe_mental_illness(v);
                }
                if let Some(needs) = needs {
                    b = b.needs(needs);
                }
                if let Some(w) = withdrawal {
                    b = b.withdrawal(w);
                }
                for s in situations.iter() {
                    b = b.situation(s, true);
                }
                b.build().ok()
            },
        )
}

/// The first reason of an included match names what included it.
#[track_caller]
fn first_reason_names_the_fact(m: &Match<'_>) {
    let id = m.intervention().id();
    let reasons = m.reasons();
    let first = reasons.first().unwrap_or_else(|| panic!("{id}: no reason"));
    let row = m.row();
    let population = row.map_or(m.intervention().target().population(), |r| r.population());
    if population != Population::Anyone {
        assert_eq!(first, &Reason::Fits { population }, "{id}: {reasons:?}");
        return;
    }
    let condition = row.and_then(|r| r.condition());
    match first {
        Reason::Priority { condition: named, .. } => {
            assert_eq!(named.as_deref(), condition, "{id}");
        }
        Reason::NoNumberInSources { condition: named, .. } => {
            assert_eq!(named.as_deref(), condition, "{id}");
        }
        other => panic!("{id}: the first reason is {other:?}"),
    }
    // The row's condition, in full, in both languages.
    if let Some(row) = row {
        for language in [Language::Swedish, Language::English] {
            if let Some(words) = row.describe_condition(language) {
                let text = first.describe(language);
                assert!(text.contains(&words), "{id}: {text:?} lacks {words:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(util::proptest_config(256))]

    #[test]
    fn every_included_match_starts_with_the_fact_that_included_it(profile in profile()) {
        let Some(profile) = profile else { return Ok(()) };
        let recs = Matcher::new(insats::catalog()).recommend(&profile);
        for m in recs.primary().iter().chain(recs.add_ons()).chain(recs.assessments()) {
            first_reason_names_the_fact(m);
        }
    }
}

/// The review's examples: a need, a relative and LARO.
#[test]
fn a_need_a_relative_and_laro_are_named_first() {
    let matcher = Matcher::new(insats::catalog());
    let cases: [(Profile, &str, Population); 3] = [
        (
            Profile::builder()
                .age(45)
                .substance(Substance::Alcohol)
                .pattern(PatternOfUse::Dependence)
                .need(Need::Homelessness)
                .build()
                .unwrap(),
            "bostad-forst",
            Population::WithNeed(Need::Homelessness),
        ),
        (
            Profile::builder()
                .age(50)
                .relative(true)
                .substance(Substance::Alcohol)
                .pattern(PatternOfUse::Dependence)
                .build()
                .unwrap(),
            "craft",
            Population::Relatives,
        ),
        (
            Profile::builder()
                .age(35)
                .substance(Substance::Opioids)
                .pattern(PatternOfUse::Dependence)
                .in_laro(true)
                .build()
                .unwrap(),
            "kognitiv-beteendeterapi",
            Population::InMedicationAssistedTreatment,
        ),
    ];
    for (profile, id, population) in cases {
        let recs = matcher.recommend(&profile);
        let m = recs.get(id).unwrap_or_else(|| panic!("{id} for {profile:?}"));
        assert_eq!(m.reasons()[0], Reason::Fits { population }, "{id}");
        first_reason_names_the_fact(m);
    }
}
