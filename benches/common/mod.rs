//! Deterministic synthetic catalogs for the benches.
//!
//! The built-in catalog has a few dozen entries; the guide has many areas
//! beyond substance use, so users' catalogs grow to thousands. These
//! catalogs keep the tag densities of the built-in one (many facets left
//! unstated, a few pairs per entry, mostly ranks 1–7) at any size.

#![allow(dead_code)] // each bench uses part of this module

pub mod baselines;

use insats::{
    AgeGroup, AgeScope, Catalog, Condition, Intervention, Need, NrPriority, PatternOfUse,
    Population, Profile, Provider, Recommendation, RecommendationVerb, Role, Severity, Situation,
    Substance, TagSet, Tags, Target, Vocabulary, Withdrawal,
};

/// A small, fast, seedable generator (xorshift64*): the benches must build
/// the same catalog on every run without a `rand` dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<T: Copy>(&mut self, values: &[T]) -> T {
        values[self.below(values.len() as u64) as usize]
    }

    /// A set of `1..=max` values, or the empty set ("not stated") with
    /// probability `unstated` percent.
    pub fn tag_set<T: Vocabulary>(&mut self, unstated: u64, max: u64) -> TagSet<T> {
        if self.chance(unstated) {
            return TagSet::new();
        }
        let n = 1 + self.below(max);
        (0..n).map(|_| self.pick(T::ALL)).collect()
    }
}

fn population(rng: &mut Rng) -> Population {
    match rng.below(100) {
        0..60 => Population::Anyone,
        60..75 => Population::Youth,
        75..80 => Population::Adults,
        80..87 => Population::InMedicationAssistedTreatment,
        87..91 => Population::Relatives,
        91..95 => Population::WithNeed(rng.pick(Need::ALL)),
        95..96 => Population::WithCohabitingPartner,
        96..97 => Population::InAlcoholWithdrawal,
        97..98 => Population::InAlcoholWithdrawalWithRaisedRisk,
        _ => Population::WithSevereMentalIllness,
    }
}

fn priority(rng: &mut Rng) -> NrPriority {
    match rng.below(100) {
        0..2 => NrPriority::ResearchOnly,
        2..3 => NrPriority::DontDo,
        roll => {
            // ranks 1–7 are the common ones; 8–10 are rare
            let rank = if roll < 95 { 1 + (roll % 7) } else { 8 + (roll % 3) };
            NrPriority::rank(rank as u8).unwrap_or(NrPriority::DontDo)
        }
    }
}

/// Mostly NR's general rows, some for adults only, a few of the youth set.
fn age_scope(rng: &mut Rng) -> AgeScope {
    match rng.below(100) {
        0..75 => AgeScope::Unspecified,
        75..90 => AgeScope::Adults,
        _ => AgeScope::Under18,
    }
}

fn verb(rng: &mut Rng) -> Option<RecommendationVerb> {
    match rng.below(100) {
        0..55 => Some(RecommendationVerb::Should),
        55..85 => Some(RecommendationVerb::May),
        _ => None,
    }
}

fn name(i: usize) -> String {
    format!("Insats {i:07}")
}

/// How entry `i` links to its neighbours: some adult entries have their
/// youth version right after them (the catalog requires the link both
/// ways).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    None,
    YouthVersionIsNext,
    AdultVersionIsPrevious,
}

/// One synthetic entry, number `i`.
fn entry(rng: &mut Rng, i: usize, link: Link) -> Intervention {
    let tags = Tags::new()
        .with_providers(rng.tag_set::<Provider>(10, 2))
        .with_roles(rng.tag_set::<Role>(30, 3))
        .with_age_groups(match link {
            Link::AdultVersionIsPrevious => TagSet::only(AgeGroup::Children),
            _ if rng.chance(40) => TagSet::all(),
            _ => rng.tag_set::<AgeGroup>(10, 2),
        })
        .with_severities(rng.tag_set::<Severity>(30, 2))
        .with_conditions(rng.tag_set::<Condition>(70, 2));
    let mut builder = Intervention::builder(name(i))
        .tags(tags)
        .add_on(rng.chance(5))
        .needs_served(rng.tag_set::<Need>(85, 2));
    match link {
        Link::None => {}
        Link::YouthVersionIsNext => builder = builder.youth_version(insats::slug(&name(i + 1))),
        Link::AdultVersionIsPrevious => {
            builder = builder.adult_version(insats::slug(&name(i - 1)));
        }
    }
    if rng.chance(15) {
        let mut target = Target::new(rng.tag_set::<Substance>(20, 2), population(rng))
            .with_age_scope(age_scope(rng));
        if rng.chance(5) {
            target = target.with_usual_min_age(20);
        }
        if let Some(verb) = verb(rng) {
            target = target.with_verb(verb);
        }
        builder = builder.target(target);
    } else {
        for _ in 0..1 + rng.below(4) {
            let mut pair =
                Recommendation::new(rng.tag_set::<Substance>(5, 2), population(rng), priority(rng))
                    .with_add_on(rng.chance(8))
                    .with_age_scope(age_scope(rng));
            if let Some(verb) = verb(rng) {
                pair = pair.with_verb(verb);
            }
            builder = builder.recommendation(pair);
        }
    }
    builder.build().expect("synthetic entries are valid")
}

/// A catalog of `n` synthetic entries, the same for the same `seed`.
pub fn synthetic_catalog(n: usize, seed: u64) -> Catalog {
    let mut rng = Rng::new(seed);
    let mut entries = Vec::with_capacity(n);
    let mut previous = Link::None;
    for i in 0..n {
        let link = if previous == Link::YouthVersionIsNext {
            Link::AdultVersionIsPrevious
        } else if i + 1 < n && rng.chance(3) {
            Link::YouthVersionIsNext
        } else {
            Link::None
        };
        entries.push(entry(&mut rng, i, link));
        previous = link;
    }
    Catalog::new(format!("synthetic-{n}-{seed}"), entries).expect("synthetic catalog is valid")
}

/// One case, with the field densities of real requests: most state an
/// age, a setting and a substance; fewer the severity, the role or needs.
pub fn profile(rng: &mut Rng) -> Profile {
    let mut b = Profile::builder();
    if rng.chance(85) {
        b = b.age(rng.below(90) as u8 + 10);
    }
    if rng.chance(50) {
        b = b.severity(rng.pick(Severity::ALL));
    }
    if rng.chance(40) {
        b = b.condition(rng.pick(Condition::ALL));
    }
    if rng.chance(75) {
        for _ in 0..1 + rng.below(2) {
            b = b.substance(rng.pick(Substance::ALL));
        }
    }
    if rng.chance(70) {
        b = b.provider(rng.pick(Provider::ALL));
    }
    if rng.chance(50) {
        b = b.role(rng.pick(Role::ALL));
    }
    let mut in_treatment = None;
    if rng.chance(60) {
        let yes = rng.chance(50);
        in_treatment = Some(yes);
        b = b.in_other_treatment(yes);
    }
    if rng.chance(20) {
        // LARO is a treatment: "in LARO" beside "in no other treatment"
        // contradicts itself, and the builder refuses it.
        let yes = in_treatment != Some(false) && rng.chance(30);
        b = b.in_laro(yes);
    }
    if rng.chance(40) {
        b = b.pattern(rng.pick(PatternOfUse::ALL));
    }
    if rng.chance(10) {
        b = b.situation(rng.pick(Situation::ALL), rng.chance(50));
    }
    if rng.chance(30) {
        b = b.relative(rng.chance(15));
    }
    if rng.chance(15) {
        b = b.cohabiting_partner(rng.chance(50));
    }
    if rng.chance(25) {
        b = b.needs(rng.tag_set::<Need>(30, 2));
    }
    if rng.chance(20) {
        b = b.withdrawal(rng.pick(Withdrawal::ALL));
    }
    if rng.chance(15) {
        b = b.severe_mental_illness(rng.chance(50));
    }
    b.include_research(rng.chance(5)).build().expect("the generator states no contradiction")
}

/// `n` profiles, the same for the same `seed`.
pub fn profiles(n: usize, seed: u64) -> Vec<Profile> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| profile(&mut rng)).collect()
}

/// The case of the crate's examples: an adult drinking, met in the social
/// services, already in other treatment.
pub fn typical_profile() -> Profile {
    Profile::builder()
        .age(34)
        .severity(Severity::Moderate)
        .condition(Condition::SubstanceUseAndDependence)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Dependence)
        .provider(Provider::IndividualAndFamilyCare)
        .in_other_treatment(true)
        .build()
        .expect("the typical profile states no contradiction")
}
