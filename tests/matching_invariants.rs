//! Invariants of `recommend` over random profiles, on random synthetic
//! catalogs and on the built-in catalog.
//!
//! `explain` evaluates every entry without the index, so "recommend agrees
//! with explain" is also "the index agrees with the naive scan".

mod util;

use insats::{
    AgeGroup, Catalog, Condition, Intervention, Matcher, Need, NrPriority, Population, Profile,
    ProfileField, Provider, Recommendation, RecommendationVerb, Recommendations, Role, Severity,
    Substance, TagSet, Tags, Target, Vocabulary,
};
use proptest::prelude::*;

fn tag_set<T: Vocabulary>() -> impl Strategy<Value = TagSet<T>> {
    // Empty ("not stated") a third of the time, else a random subset.
    prop_oneof![
        1 => Just(TagSet::new()),
        2 => any::<u64>().prop_map(|bits| {
            T::ALL.iter().enumerate().filter(|(i, _)| bits >> i & 1 == 1).map(|(_, v)| *v).collect()
        }),
    ]
}

fn value<T: Vocabulary>() -> impl Strategy<Value = T> {
    prop::sample::select(T::ALL)
}

fn population() -> impl Strategy<Value = Population> {
    prop_oneof![
        Just(Population::Anyone),
        Just(Population::Youth),
        Just(Population::Adults),
        Just(Population::InMedicationAssistedTreatment),
        Just(Population::Relatives),
        value::<Need>().prop_map(Population::WithNeed),
        Just(Population::WithCohabitingPartner),
    ]
}

fn priority() -> impl Strategy<Value = NrPriority> {
    prop_oneof![
        8 => (1u8..=10).prop_map(|n| NrPriority::rank(n).unwrap()),
        1 => Just(NrPriority::ResearchOnly),
        1 => Just(NrPriority::DontDo),
    ]
}

fn verb() -> impl Strategy<Value = Option<RecommendationVerb>> {
    prop::option::of(prop_oneof![Just(RecommendationVerb::Should), Just(RecommendationVerb::May)])
}

fn recommendation() -> impl Strategy<Value = Recommendation> {
    (tag_set::<Substance>(), population(), priority(), prop::bool::weighted(0.2), verb()).prop_map(
        |(s, p, pr, add_on, verb)| {
            let rec = Recommendation::new(s, p, pr).with_add_on(add_on);
            match verb {
                Some(verb) => rec.with_verb(verb),
                None => rec,
            }
        },
    )
}

/// The tie-break between equal priorities: `bör` before `kan` before none.
fn strength(m: &insats::Match<'_>) -> u8 {
    let verb = match m.recommendation() {
        Some(pair) => pair.verb(),
        None => m.intervention().target().verb(),
    };
    match verb {
        Some(RecommendationVerb::Should) => 0,
        Some(_) => 1,
        None => 2,
    }
}

/// One entry's facts, before ids and links are assigned.
#[derive(Clone, Debug)]
struct EntrySpec {
    name: &'static str,
    tags: Tags,
    target: Target,
    recommendations: Vec<Recommendation>,
    add_on: bool,
    needs_served: TagSet<Need>,
    youth_version: Option<prop::sample::Index>,
}

fn entry_spec() -> impl Strategy<Value = EntrySpec> {
    let tags = (
        tag_set::<Provider>(),
        tag_set::<Role>(),
        tag_set::<AgeGroup>(),
        tag_set::<Severity>(),
        tag_set::<Condition>(),
    )
        .prop_map(|(p, r, a, s, c)| {
            Tags::new()
                .with_providers(p)
                .with_roles(r)
                .with_age_groups(a)
                .with_severities(s)
                .with_conditions(c)
        });
    (
        // Few names, so that ties on priority and name are common.
        prop::sample::select(&["Alfa", "Beta", "Åtgärd", "Ärende", "Öga", "alfa"][..]),
        tags,
        (tag_set::<Substance>(), population(), verb()).prop_map(|(s, p, verb)| match verb {
            Some(verb) => Target::new(s, p).with_verb(verb),
            None => Target::new(s, p),
        }),
        prop::collection::vec(recommendation(), 0..4),
        prop::bool::weighted(0.15),
        tag_set::<Need>(),
        prop::option::weighted(0.15, any::<prop::sample::Index>()),
    )
        .prop_map(
            |(name, tags, target, recommendations, add_on, needs_served, youth_version)| {
                EntrySpec {
                    name,
                    tags,
                    target,
                    recommendations,
                    add_on,
                    needs_served,
                    youth_version,
                }
            },
        )
}

fn synthetic_catalog(max: usize) -> impl Strategy<Value = Catalog> {
    prop::collection::vec(entry_spec(), 0..max).prop_map(|specs| {
        let n = specs.len();
        // A youth version names its one adult form back (the catalog checks
        // that), so each entry is the youth version of at most one other.
        let mut adult_of = vec![None; n];
        let youth_of: Vec<Option<usize>> = specs
            .iter()
            .enumerate()
            .map(|(i, spec)| {
                let j = spec.youth_version.as_ref()?.index(n);
                (j != i && adult_of[j].is_none() && adult_of[i].is_none()).then(|| {
                    adult_of[j] = Some(i);
                    j
                })
            })
            .collect();
        let entries = specs
            .into_iter()
            .enumerate()
            .map(|(i, spec)| {
                let mut builder = Intervention::builder(spec.name)
                    .id(format!("e{i}"))
                    .tags(spec.tags)
                    .target(spec.target)
                    .add_on(spec.add_on)
                    .needs_served(spec.needs_served);
                for rec in spec.recommendations {
                    builder = builder.recommendation(rec);
                }
                if let Some(j) = youth_of[i] {
                    builder = builder.youth_version(format!("e{j}"));
                }
                if let Some(adult) = adult_of[i] {
                    builder = builder.adult_version(format!("e{adult}"));
                }
                builder.build().unwrap()
            })
            .collect();
        Catalog::new("synthetic", entries).unwrap()
    })
}

fn profile() -> impl Strategy<Value = Profile> {
    let who = (
        prop::option::of(prop_oneof![(0u8..100).prop_map(Ok), value::<AgeGroup>().prop_map(Err)]),
        prop::option::of(value::<Severity>()),
        prop::option::of(value::<Condition>()),
        prop_oneof![
            2 => Just(TagSet::new()),
            3 => value::<Substance>().prop_map(TagSet::only),
            1 => tag_set::<Substance>(),
        ],
        prop::option::of(value::<Provider>()),
        prop::option::of(value::<Role>()),
    );
    let situation = (
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(tag_set::<Need>()),
        prop::bool::weighted(0.2),
    );
    (who, situation).prop_map(
        |((age, sev, cond, subs, prov, role), (other, laro, rel, partner, needs, research))| {
            let mut b = Profile::builder().substances(subs).include_research(research);
            match age {
                Some(Ok(years)) => b = b.age(years),
                Some(Err(group)) => b = b.age_group(group),
                None => {}
            }
            if let Some(v) = sev {
                b = b.severity(v)
            }
            if let Some(v) = cond {
                b = b.condition(v)
            }
            if let Some(v) = prov {
                b = b.provider(v)
            }
            if let Some(v) = role {
                b = b.role(v)
            }
            if let Some(v) = other {
                b = b.in_other_treatment(v)
            }
            if let Some(v) = laro {
                b = b.in_laro(v)
            }
            if let Some(v) = rel {
                b = b.relative(v)
            }
            if let Some(v) = partner {
                b = b.cohabiting_partner(v)
            }
            if let Some(v) = needs {
                b = b.needs(v)
            }
            b.build()
        },
    )
}

fn stated_holds<T: Vocabulary>(value: Option<T>, set: TagSet<T>) -> bool {
    value.is_none_or(|v| set.is_empty() || set.contains(v))
}

fn covers(profile: &Profile, substances: TagSet<Substance>) -> bool {
    profile.substances().is_empty()
        || substances.is_empty()
        || profile.substances().iter().any(|p| substances.iter().any(|s| s.covers(p)))
}

fn priority_key(p: Option<NrPriority>) -> (u8, u8) {
    match p {
        Some(NrPriority::Rank(r)) => (0, r.get()),
        Some(NrPriority::ResearchOnly) => (1, 0),
        Some(NrPriority::DontDo) => (2, 0),
        None => (3, 0),
    }
}

fn swedish(name: &str) -> Vec<u32> {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => 'z' as u32 + 1,
            'ä' => 'z' as u32 + 2,
            'ö' => 'z' as u32 + 3,
            c => c as u32,
        })
        .collect()
}

/// Every invariant of `recommend` for one profile.
fn check(catalog: &Catalog, matcher: &Matcher<'_>, profile: &Profile) -> Result<(), TestCaseError> {
    let recs = matcher.recommend(profile);

    // Every recommended entry satisfies every constraint of the profile.
    for m in &recs {
        let e = m.intervention();
        let tags = e.tags();
        prop_assert!(stated_holds(profile.provider(), tags.providers()));
        prop_assert!(stated_holds(profile.role(), tags.roles()));
        prop_assert!(stated_holds(profile.age_group(), tags.age_groups()));
        prop_assert!(stated_holds(profile.severity(), tags.severities()));
        prop_assert!(stated_holds(profile.condition(), e.conditions()));
        match m.recommendation() {
            Some(rec) => {
                prop_assert!(covers(profile, rec.substances()));
                prop_assert!(profile.fits(rec.population()));
                prop_assert_eq!(Some(rec.priority()), m.priority());
                // The best applicable pair of its role: no applicable pair of
                // the same role is better, and an add-on pair is behind the
                // priority only when no primary pair admits the entry.
                for other in e.recommendations() {
                    if covers(profile, other.substances()) && profile.fits(other.population()) {
                        if other.is_add_on() == rec.is_add_on() {
                            prop_assert!(other.priority() >= rec.priority());
                        } else if rec.is_add_on() {
                            prop_assert!(!admitted(other.priority(), profile));
                        }
                    }
                }
            }
            None => {
                prop_assert!(e.recommendations().is_empty());
                prop_assert_eq!(m.priority(), None);
                prop_assert!(covers(profile, e.target().substances()));
                prop_assert!(profile.fits(e.target().population()));
            }
        }
        // No DontDo ever; FoU only when asked.
        prop_assert_ne!(m.priority(), Some(NrPriority::DontDo));
        if m.priority() == Some(NrPriority::ResearchOnly) {
            prop_assert!(profile.include_research());
        }
        if profile.age_group() == Some(AgeGroup::Children) {
            prop_assert!(e.youth_version().is_none());
        }
    }
    // No add-on without a primary or (possible) other treatment.
    if !recs.add_ons().is_empty() {
        prop_assert!(!recs.primary().is_empty() || profile.in_other_treatment() != Some(false));
    }
    prop_assert!(recs.primary().iter().all(|m| !m.is_add_on()));
    prop_assert!(recs.add_ons().iter().all(|m| m.is_add_on()));

    // Sorted: priority, then wording (bör before kan), then Swedish name, then id.
    for list in [recs.primary(), recs.add_ons()] {
        let keys: Vec<_> = list
            .iter()
            .map(|m| {
                let e = m.intervention();
                (priority_key(m.priority()), strength(m), swedish(e.name()), e.name(), e.id())
            })
            .collect();
        prop_assert!(keys.windows(2).all(|w| w[0] < w[1]), "not sorted: {:?}", keys);
    }

    // recommend agrees with explain (the index with the naive scan).
    let decisions = matcher.explain(profile);
    prop_assert_eq!(decisions.len(), catalog.len());
    let included: Vec<_> = decisions.iter().filter(|d| d.is_included()).collect();
    prop_assert_eq!(included.len(), recs.len());
    for d in &decisions {
        prop_assert_eq!(d.is_included(), d.exclusions().next().is_none());
        let found = recs.get(d.intervention().id());
        prop_assert_eq!(d.is_included(), found.is_some());
        if let Some(m) = found {
            prop_assert_eq!(m.priority(), d.priority());
            prop_assert_eq!(m.is_add_on(), d.is_add_on());
            prop_assert_eq!(m.recommendation(), d.recommendation());
            prop_assert_eq!(&m.reasons()[..], d.reasons());
        }
    }

    // Deterministic, and the same into a reused buffer.
    prop_assert_eq!(&matcher.recommend(profile), &recs);
    let mut reused = matcher.recommend(&Profile::default());
    matcher.recommend_into(profile, &mut reused);
    prop_assert_eq!(&reused, &recs);

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

    // Monotonicity: leaving a field out never removes a recommendation.
    // (`include_research` is a request, not a fact: leaving it out may.)
    for field in ProfileField::ALL {
        if field == ProfileField::IncludeResearch {
            continue;
        }
        let wider = matcher.recommend(&profile.without(field));
        for m in &recs {
            prop_assert!(
                wider.get(m.intervention().id()).is_some(),
                "leaving out {:?} removed {}",
                field,
                m.intervention().id()
            );
        }
    }
    Ok(())
}

fn ids(recs: &Recommendations<'_>) -> Vec<String> {
    recs.iter().map(|m| m.intervention().id().to_owned()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn invariants_on_synthetic_catalogs(catalog in synthetic_catalog(140), profiles in prop::collection::vec(profile(), 1..4)) {
        let matcher = Matcher::new(&catalog);
        for profile in &profiles {
            check(&catalog, &matcher, profile)?;
        }
    }

    #[test]
    fn invariants_on_the_built_in_catalog(profile in profile()) {
        let catalog = insats::catalog();
        check(catalog, &Matcher::new(catalog), &profile)?;
    }

    #[test]
    fn the_order_does_not_depend_on_catalog_order(catalog in synthetic_catalog(40), profile in profile()) {
        let mut reversed: Vec<Intervention> = catalog.iter().cloned().collect();
        reversed.reverse();
        let reversed = Catalog::new("reversed", reversed).unwrap();
        let a = Matcher::new(&catalog).recommend(&profile);
        let b = Matcher::new(&reversed).recommend(&profile);
        prop_assert_eq!(ids(&a), ids(&b));
    }
}

fn admitted(priority: NrPriority, profile: &Profile) -> bool {
    match priority {
        NrPriority::DontDo => false,
        NrPriority::ResearchOnly => profile.include_research(),
        NrPriority::Rank(_) => true,
    }
}
