//! Deterministic synthetic catalogs for the benches.
//!
//! The built-in catalog has a few dozen entries; the guide has many areas
//! beyond substance use, so users' catalogs grow to thousands. These
//! catalogs keep the tag densities of the built-in one (many facets left
//! unstated, a few pairs per entry, mostly ranks 1–7) at any size.

#![allow(dead_code)] // each bench uses part of this module

pub mod baselines;

use insats::{
    AgeGroup, AgeScope, Catalog, Condition, ConditionPattern, Diagnosis, DiagnosisKind,
    Intervention, Kind, Need, NrPriority, PatternOfUse, Population, Profile, Provider,
    Recommendation, RecommendationVerb, Role, Severity, Situation, Substance, SubstanceGroup,
    TagSet, Tags, Target, Vocabulary, Withdrawal,
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
        91..94 => Population::WithNeed(rng.pick(Need::ALL)),
        94..95 => Population::WithCohabitingPartner,
        95..96 => Population::InAlcoholWithdrawal,
        96..97 => Population::InAlcoholWithdrawalWithRaisedRisk,
        97..98 => Population::InDeliriumTremens,
        98..99 => Population::InSituation(rng.pick(Situation::ALL)),
        _ => Population::WithSevereMentalIllness,
    }
}

/// The terms of a row's condition: most rows name none; some name the
/// patterns of use ("missbruk eller beroende", "beroende"), some an open
/// term (any use, problems, withdrawal).
fn patterns(rng: &mut Rng) -> TagSet<ConditionPattern> {
    use ConditionPattern as C;
    match rng.below(100) {
        0..55 => TagSet::new(),
        55..70 => TagSet::from([C::Misuse, C::Dependence]),
        70..80 => TagSet::only(C::Dependence),
        80..85 => TagSet::from([C::HarmfulUse, C::Dependence]),
        85..92 => TagSet::from([C::Use, C::Misuse, C::Dependence]),
        _ => rng.tag_set::<ConditionPattern>(0, 2),
    }
}

/// The youngest age a source states, for a pair of the given scope: the
/// youth set's 12, FFT's 11, ADAD's 13, now and then another.
fn min_age(rng: &mut Rng, scope: AgeScope) -> Option<u8> {
    let youth = matches!(scope, AgeScope::Under18 | AgeScope::Youth13To21);
    if !rng.chance(if youth { 50 } else { 5 }) {
        return None;
    }
    Some(rng.pick(&[11, 12, 12, 13, 15]))
}

/// What kind of measure an entry is: mostly treatment, some assessment
/// instruments and tests, some unstated.
fn kind(rng: &mut Rng) -> Option<Kind> {
    match rng.below(100) {
        0..15 => None,
        15..60 => Some(Kind::Treatment),
        60..72 => Some(Kind::Medicine),
        72..82 => Some(Kind::Support),
        82..94 => Some(Kind::Assessment),
        _ => Some(Kind::Test),
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

/// Mostly NR's general rows, some for adults only, a few of the youth set,
/// of 13–21 (ADAD) and of LARO's 20 unless special reasons.
fn age_scope(rng: &mut Rng) -> AgeScope {
    match rng.below(100) {
        0..70 => AgeScope::Unspecified,
        70..84 => AgeScope::Adults,
        84..94 => AgeScope::Under18,
        94..97 => AgeScope::Youth13To21,
        _ => AgeScope::From20UnlessSpecialReasons,
    }
}

fn verb(rng: &mut Rng) -> Option<RecommendationVerb> {
    match rng.below(100) {
        0..55 => Some(RecommendationVerb::Should),
        55..83 => Some(RecommendationVerb::May),
        83..86 => Some(RecommendationVerb::Exceptionally),
        _ => None,
    }
}

/// Entry `i`'s name: a number behind a word, the words chosen so that
/// the Swedish order (å, ä, ö after z; é as e; case folded) decides ties.
fn name(i: usize) -> String {
    const WORDS: [&str; 6] = ["Insats", "Åtgärd", "ärende", "Öppen", "Émile", "zon"];
    format!("{} {:07}", WORDS[i % WORDS.len()], i / WORDS.len())
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
    if let Some(kind) = kind(rng) {
        builder = builder.kind(kind);
    }
    match link {
        Link::None => {}
        Link::YouthVersionIsNext => builder = builder.youth_version(insats::slug(&name(i + 1))),
        Link::AdultVersionIsPrevious => {
            builder = builder.adult_version(insats::slug(&name(i - 1)));
        }
    }
    if rng.chance(15) {
        let scope = age_scope(rng);
        let mut target = Target::new(rng.tag_set::<Substance>(20, 2), population(rng))
            .with_age_scope(scope)
            .with_patterns(patterns(rng));
        if rng.chance(5) {
            target = target.with_usual_min_age(20);
        }
        if let Some(years) = min_age(rng, scope) {
            target = target.with_min_age(years);
        }
        if let Some(verb) = verb(rng) {
            target = target.with_verb(verb);
        }
        builder = builder.target(target);
    } else {
        for _ in 0..1 + rng.below(4) {
            let (substances, population) = (rng.tag_set::<Substance>(5, 2), population(rng));
            // A few rows whose number no text source states.
            let pair = if rng.chance(5) {
                Recommendation::unrated(substances, population)
            } else {
                Recommendation::new(substances, population, priority(rng))
            };
            let scope = age_scope(rng);
            let mut pair =
                pair.with_add_on(rng.chance(8)).with_age_scope(scope).with_patterns(patterns(rng));
            if let Some(years) = min_age(rng, scope) {
                pair = pair.with_min_age(years);
            }
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
    match rng.below(100) {
        // Ages around the rules' bounds (11–13, 17–18, 20–21) come often.
        0..80 => b = b.age(rng.below(90) as u8 + 10),
        80..85 => b = b.age(rng.below(12) as u8),
        // The age group alone: the band is known, the age is not.
        85..92 => b = b.age_group(rng.pick(AgeGroup::ALL)),
        _ => {}
    }
    let mut severity_stated = false;
    if rng.chance(50) {
        b = b.severity(rng.pick(Severity::ALL));
        severity_stated = true;
    }
    // A DSM-5 count states "missbruk eller beroende" and the severity.
    if !severity_stated && rng.chance(10) {
        b = b.dsm5_criteria(2 + rng.below(10) as u8);
    }
    // A diagnosis states its substance, and maybe a pattern or withdrawal.
    let mut withdrawal_diagnosed = false;
    if rng.chance(15) {
        let d = Diagnosis::new(rng.pick(SubstanceGroup::ALL), rng.pick(DiagnosisKind::ALL));
        withdrawal_diagnosed = d.withdrawal().is_some();
        b = b.diagnosis(d);
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
        // "No withdrawal" beside a diagnosis of it contradicts itself.
        let w = rng.pick(Withdrawal::ALL);
        if !(withdrawal_diagnosed && w == Withdrawal::NotPresent) {
            b = b.withdrawal(w);
        }
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

/// The sample case of the README and the examples: an adult (the age
/// group only) dependent on alcohol, met in the social services by a
/// social worker, in other treatment, not a relative, needing housing and
/// work.
pub fn sample_profile() -> Profile {
    Profile::builder()
        .age_group(AgeGroup::Adults)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Dependence)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .relative(false)
        .need(Need::Housing)
        .need(Need::Work)
        .build()
        .expect("the sample profile states no contradiction")
}
