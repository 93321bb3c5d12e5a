//! How the invariants' cases are drawn: random synthetic catalogs, parts
//! of the built-in one and random profiles, biased so that each rule's
//! interesting case occurs in most runs (checked here).

use super::*;

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
        4 => Just(Population::Anyone),
        1 => Just(Population::Youth),
        1 => Just(Population::Adults),
        1 => Just(Population::InMedicationAssistedTreatment),
        1 => Just(Population::Relatives),
        1 => value::<Need>().prop_map(Population::WithNeed),
        1 => Just(Population::WithCohabitingPartner),
        1 => Just(Population::InAlcoholWithdrawal),
        1 => Just(Population::InAlcoholWithdrawalWithRaisedRisk),
        1 => Just(Population::WithSevereMentalIllness),
    ]
}

fn age_scope() -> impl Strategy<Value = AgeScope> {
    prop_oneof![
        3 => Just(AgeScope::Unspecified),
        1 => Just(AgeScope::Adults),
        1 => Just(AgeScope::Under18),
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
    (
        tag_set::<Substance>(),
        population(),
        priority(),
        prop::bool::weighted(0.25),
        verb(),
        age_scope(),
    )
        .prop_map(|(s, p, pr, add_on, verb, scope)| {
            let rec = Recommendation::new(s, p, pr).with_add_on(add_on).with_age_scope(scope);
            match verb {
                Some(verb) => rec.with_verb(verb),
                None => rec,
            }
        })
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
        prop::bool::weighted(0.25),
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

/// A catalog of up to `max` entries; a third of the time a small one (up
/// to 6), as a service that offers a few, where a person often has no
/// primary match and the add-on rule decides.
pub(super) fn synthetic_catalog(max: usize) -> impl Strategy<Value = Catalog> {
    let sizes = prop_oneof![1 => 0..max.min(6), 2 => 0..max];
    sizes.prop_flat_map(|n| prop::collection::vec(entry_spec(), n)).prop_map(|specs| {
        let n = specs.len();
        // A youth version names its one adult form back, and links go one
        // step (the catalog checks both): each entry is in at most one
        // adult–youth pair.
        let mut adult_of = vec![None; n];
        let mut paired = vec![false; n];
        let youth_of: Vec<Option<usize>> = specs
            .iter()
            .enumerate()
            .map(|(i, spec)| {
                let j = spec.youth_version.as_ref()?.index(n);
                (j != i && !paired[i] && !paired[j]).then(|| {
                    adult_of[j] = Some(i);
                    paired[i] = true;
                    paired[j] = true;
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

/// The built-in catalog (a third of the time), or a part of it closed
/// under its links, as a service that offers a few of its entries. On the
/// whole catalog every person who is not a relative has a primary match
/// (the umbrella entries cover every substance), so the add-on-only case
/// (an add-on applies, no primary does) needs a part: each part holds one
/// or two of the entries that are add-ons for some pair (Nätverksterapi,
/// KBT, the couples' therapy, contingency management) and up to two
/// others.
pub(super) fn built_in_part() -> impl Strategy<Value = Catalog> {
    let built_in = insats::catalog();
    let (add_ons, others): (Vec<&'static str>, Vec<&'static str>) = built_in
        .iter()
        .map(Intervention::id)
        .partition(|id| built_in.get(id).is_some_and(is_add_on_somewhere));
    prop_oneof![
        1 => Just(built_in.clone()),
        2 => (
            prop::sample::subsequence(add_ons, 1..=2),
            prop::sample::subsequence(others, 0..=2),
        )
            .prop_map(|(a, b)| part_of_built_in(a.into_iter().chain(b))),
    ]
}

/// Whether some pair of `entry` makes it an add-on.
fn is_add_on_somewhere(entry: &Intervention) -> bool {
    entry.is_add_on() || entry.recommendations().iter().any(Recommendation::is_add_on)
}

/// The built-in entries `ids` and every entry they link to (youth and adult
/// versions, components), in catalog order: a catalog that loads.
fn part_of_built_in<'a>(ids: impl IntoIterator<Item = &'a str>) -> Catalog {
    let built_in = insats::catalog();
    let mut wanted: Vec<&str> = ids.into_iter().collect();
    let mut i = 0;
    while let Some(&id) = wanted.get(i) {
        let entry = built_in.get(id).unwrap();
        let links = entry.components().iter().map(String::as_str);
        for link in links.chain(entry.youth_version()).chain(entry.adult_version()) {
            if !wanted.contains(&link) {
                wanted.push(link);
            }
        }
        i += 1;
    }
    let entries = built_in.iter().filter(|e| wanted.contains(&e.id())).cloned().collect();
    Catalog::new("part", entries).unwrap()
}

pub(super) fn profile() -> impl Strategy<Value = Profile> {
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
        // Most rows name a pattern of use; a stated one reaches them.
        prop::option::weighted(0.7, value::<insats::PatternOfUse>()),
    );
    // Whether in other treatment: each of the add-on rule's three answers
    // with nothing else recommended (unstated waits, no refuses, yes
    // offers); yes the most, as an add-on alone is rarest.
    let other_treatment =
        prop_oneof![1 => Just(None), 2 => Just(Some(true)), 1 => Just(Some(false))];
    let situation = (
        other_treatment,
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(tag_set::<Need>()),
        prop::bool::weighted(0.2),
        prop::option::of(value::<Withdrawal>()),
        prop::option::of(any::<bool>()),
    );
    (who, situation).prop_map(
        |(
            (age, sev, cond, subs, prov, role, pattern),
            (other, laro, rel, partner, needs, research, withdrawal, severe),
        )| {
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
            if let Some(v) = pattern {
                b = b.pattern(v)
            }
            if let Some(v) = prov {
                b = b.provider(v)
            }
            if let Some(v) = role {
                b = b.role(v)
            }
            // "In LARO" beside "in no other treatment" contradicts itself
            // (the builder refuses it): "in no other treatment" wins, so
            // that it keeps its weight.
            if let Some(v) = laro.filter(|&v| !(v && other == Some(false))) {
                b = b.in_laro(v)
            }
            if let Some(v) = other {
                b = b.in_other_treatment(v)
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
            if let Some(v) = withdrawal {
                b = b.withdrawal(v)
            }
            if let Some(v) = severe {
                b = b.severe_mental_illness(v)
            }
            b.build().unwrap()
        },
    )
}

/// What a generated case shows: one flag per rule whose interesting case
/// the strategies must reach.
#[derive(Debug, Default)]
struct Reached {
    add_on_without_primary: usize,
    add_on_refused: usize,
    add_on_waiting: usize,
    conditional: usize,
    conditional_add_on: usize,
    child_outside_adults_scope: usize,
    youth_swap: usize,
    number_withheld: usize,
    fou_or_dont_do: usize,
}

impl Reached {
    fn count(&mut self, catalog: &Catalog, profile: &Profile) {
        use insats::Reason;
        let matcher = Matcher::new(catalog);
        let recs = matcher.recommend(profile);
        let reasons: Vec<Reason> =
            matcher.explain(profile).iter().flat_map(|d| d.reasons().to_vec()).collect();
        let has = |kind: &str| reasons.iter().any(|r| r.kind() == kind);
        self.add_on_without_primary +=
            usize::from(recs.primary().is_empty() && !recs.add_ons().is_empty());
        self.add_on_refused += usize::from(has("requires-other-treatment"));
        self.add_on_waiting += usize::from(has("other-treatment-not-stated"));
        self.conditional += usize::from(!recs.conditional().is_empty());
        self.conditional_add_on += usize::from(recs.conditional().iter().any(|m| m.is_add_on()));
        self.child_outside_adults_scope += usize::from(
            reasons.iter().any(|r| matches!(r, Reason::AgeScope { scope: AgeScope::Adults, .. })),
        );
        self.youth_swap += usize::from(has("replaced-by-youth-version"));
        self.number_withheld += usize::from(has("no-number-for-children"));
        self.fou_or_dont_do += usize::from(has("research-only") || has("advised-against"));
    }
}

/// 256 cases drawn with a fixed seed from a strategy.
fn drawn<T: std::fmt::Debug>(strategy: impl Strategy<Value = T>) -> Vec<T> {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[16; 32]);
    let mut runner = TestRunner::new_with_rng(ProptestConfig::default(), rng);
    (0..256).map(|_| strategy.new_tree(&mut runner).unwrap().current()).collect()
}

/// The strategies reach every rule's interesting case often: counted over
/// 256 cases drawn with a fixed seed, each occurs at least 5 times (a rule
/// whose case occurs rarely is checked in few runs, and a mutant of it
/// survives most of them).
#[test]
fn the_strategies_reach_every_rule_often() {
    let mut built_in = Reached::default();
    for (catalog, profile) in drawn((built_in_part(), profile())) {
        built_in.count(&catalog, &profile);
    }
    let mut synthetic = Reached::default();
    for (catalog, profile) in drawn((synthetic_catalog(140), profile())) {
        synthetic.count(&catalog, &profile);
    }
    for (name, reached) in [("built-in", &built_in), ("synthetic", &synthetic)] {
        let counts = [
            ("an add-on without a primary", reached.add_on_without_primary),
            ("an add-on refused", reached.add_on_refused),
            ("an add-on waiting for other treatment", reached.add_on_waiting),
            ("a conditional match", reached.conditional),
            ("a conditional add-on", reached.conditional_add_on),
            ("a child outside an adults-only pair", reached.child_outside_adults_scope),
            ("a youth swap", reached.youth_swap),
            ("a number withheld from a child", reached.number_withheld),
        ];
        for (case, count) in counts {
            assert!(count >= 5, "{name}: {case} in {count} of 256: {reached:?}");
        }
    }
    // The built-in catalog states no FoU or Icke-göra; the synthetic ones do.
    assert!(synthetic.fou_or_dont_do >= 5, "{synthetic:?}");
}
