//! Pairs as the rule reads them: the compact [`PairRecord`]s the index
//! builds once from each entry's [`pairs`](crate::Intervention::pairs),
//! the profile as a [`ProfileView`], and [`classify`], how one pair stands
//! for one profile. Choosing among an entry's pairs is
//! [`select`](super::select::select).

use super::profile::{Fit, Profile};
use crate::model::FIXED_POPULATIONS;
pub(crate) use crate::model::name_order::{STRENGTHS, verb_strength};
use crate::model::{AgeScope, NrPriority, Pair, Population};
use crate::vocab::{ConditionPattern, Need, PatternRequirement, Situation, Substance, Vocabulary};

/// The order key of a priority: [`NrPriority::order_key`], the one
/// definition of the scale's order (ranks 1–10, then FoU, then Icke-göra,
/// then no number: unrated, or withheld from a child).
pub(crate) const fn priority_key(priority: Option<NrPriority>) -> u8 {
    NrPriority::order_key(priority)
}

const FOU: u8 = priority_key(Some(NrPriority::ResearchOnly));
/// The key of a pair without a number for the person; the largest key.
pub(crate) const NO_NUMBER: u8 = NrPriority::NO_NUMBER;
/// How many keys there are (0 is unused).
pub(crate) const KEYS: usize = NrPriority::KEYS;

/// The priority whose [`priority_key`] is `key` (the records keep only the
/// key).
pub(crate) const fn priority_of_key(key: u8) -> Option<NrPriority> {
    NrPriority::of_order_key(key)
}

/// The bit of a population in a [`ProfileView`]'s masks: a fixed
/// population's bit from the table of populations, then the needs, then
/// the situations.
pub(crate) fn population_bit(population: Population) -> u8 {
    match population {
        // The populations fit 32 bits (checked below), so every bit fits.
        Population::WithNeed(need) => (FIXED_POPULATIONS.len() + need.index()) as u8,
        Population::InSituation(situation) => (SITUATIONS_FROM + situation.index()) as u8,
        fixed => fixed.row().map_or(0, |row| row.bit),
    }
}

/// The first situation's bit.
const SITUATIONS_FROM: usize = FIXED_POPULATIONS.len() + <Need as Vocabulary>::ALL.len();

/// The population whose [`population_bit`] is `bit`.
pub(crate) fn population_of_bit(bit: u8) -> Option<Population> {
    let bit = usize::from(bit);
    match FIXED_POPULATIONS.get(bit) {
        Some(fixed) => Some(fixed.population),
        None if bit < SITUATIONS_FROM => {
            Need::from_index(bit - FIXED_POPULATIONS.len()).map(Population::WithNeed)
        }
        None => Situation::from_index(bit - SITUATIONS_FROM).map(Population::InSituation),
    }
}

const _: () = assert!(
    SITUATIONS_FROM + <Situation as Vocabulary>::ALL.len() <= 32,
    "population masks are u32"
);
const _: () = assert!(<Substance as Vocabulary>::ALL.len() <= 16, "substance masks are u16");

/// One pair of an entry, as the rule reads it. Built once per catalog by
/// the index, so that a profile is checked against small flat records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PairRecord {
    /// The profile substances the pair applies to (a broader term and a
    /// pair that names none expanded), as `TagSet<Substance>` bits.
    pub(crate) covers: u16,
    /// The population, as its [`population_bit`].
    pub(crate) population: u8,
    /// [`priority_key`] of the stated priority.
    pub(crate) key: u8,
    /// [`verb_strength`] of the wording.
    pub(crate) strength: u8,
    pub(crate) age_scope: AgeScope,
    /// Whether the pair makes the entry an add-on: the pair is for one, or
    /// the entry is one by its own wording.
    pub(crate) add_on: bool,
    /// Whether the pair names no substance at all.
    pub(crate) names_no_substance: bool,
    /// The age regulations normally require (0: none).
    pub(crate) usual_min_age: u8,
    /// The youngest age a source states for the pair (0: none).
    pub(crate) min_age: u8,
    /// What the pair's condition needs stated about the pattern of use.
    pub(crate) pattern: PatternRequirement,
    /// Whether a person who states only "narkotika" may be in the pair's
    /// substances: it is rated for cannabis, central stimulants or
    /// opioids.
    pub(crate) narcotic_kind: bool,
    /// Whether the row's source finds no established effect: refused as
    /// FoU and Icke-göra are.
    pub(crate) no_effect: bool,
    /// The pair's index among the entry's pairs, in the source's order.
    pub(crate) source: u16,
}

// Small records keep a catalog's pairs in a few cache lines.
const _: () = assert!(std::mem::size_of::<PairRecord>() <= 16);

impl PairRecord {
    /// The record of `pair`, the `source`-th of its entry's pairs; the
    /// entry is an add-on by its own wording when `entry_add_on`.
    pub(crate) fn new(pair: Pair<'_>, source: usize, entry_add_on: bool) -> PairRecord {
        let covers = Substance::ALL
            .iter()
            .filter(|s| pair.applies_to_substance(**s))
            .fold(0u16, |bits, s| bits | 1 << s.index());
        PairRecord {
            covers,
            population: population_bit(pair.population()),
            key: priority_key(pair.priority()),
            strength: verb_strength(pair.verb()),
            age_scope: pair.age_scope(),
            add_on: entry_add_on || pair.is_add_on(),
            names_no_substance: pair.substances().is_empty(),
            usual_min_age: pair.usual_min_age().unwrap_or(0),
            min_age: pair.min_age().unwrap_or(0),
            pattern: ConditionPattern::requirement(pair.patterns()),
            narcotic_kind: pair.substances().iter().any(Substance::is_kind_of_narcotics),
            no_effect: pair.recommendation().is_some_and(|r| r.has_no_established_effect()),
            // Every entry is validated to hold at most `MAX_PAIRS` pairs,
            // so the position fits.
            source: u16::try_from(source).unwrap_or(u16::MAX),
        }
    }

    /// The rule's order among the pairs of one entry: a primary pair
    /// before an add-on pair, then the better priority, then the stronger
    /// wording, then the source's order. The index keeps each entry's
    /// records in this order, so that [`select`] can stop at the first pair
    /// that applies.
    pub(crate) fn rule_order(&self) -> (bool, u8, u8, u16) {
        (self.add_on, self.key, self.strength, self.source)
    }
}

/// What the pair rule needs of a profile, worked out once per call from
/// [`Profile::fit`] and [`Profile::pattern_fit`] (the one statement of who
/// is in a population and whose pattern of use a row's condition names).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ProfileView {
    /// The substances used, as `TagSet` bits; 0 when not stated.
    pub(crate) wanted: u16,
    /// Whether the person is stated to use "narkotika", so that a row for
    /// one kind of it would apply if that kind is the one.
    narcotics: bool,
    /// The populations the person is in.
    fits: u32,
    /// The populations whose situation the profile leaves unstated.
    unstated: u32,
    /// How the person stands to "missbruk eller beroende" and to
    /// dependence alone.
    misuse_or_dependence: Stand,
    dependence: Stand,
    /// Whether the person is known to be a child.
    pub(crate) child: bool,
    /// Whether the person is known to be 18 or older.
    adult: bool,
    /// Whether the age group is known.
    age_known: bool,
    /// Whether the person is known to be 65 or older (outside 13–21
    /// without an exact age).
    older: bool,
    /// The priority keys that may be recommended.
    admitted: u16,
    /// The age in years, when stated.
    pub(crate) age: Option<u8>,
    /// Whether add-ons may be offered; see [`ProfileView::without_add_ons`].
    add_ons: bool,
}

/// A [`Fit`] without the fact that fails it: what the rule branches on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stand {
    Fits,
    Unstated,
    Fails,
}

impl From<Fit> for Stand {
    fn from(fit: Fit) -> Stand {
        match fit {
            Fit::Fits => Stand::Fits,
            Fit::Unstated => Stand::Unstated,
            Fit::Fails(_) => Stand::Fails,
        }
    }
}

impl ProfileView {
    /// The view of `profile` for a catalog whose pairs are for the
    /// populations whose bits are set in `used` (the others need no
    /// answer).
    pub(crate) fn new(profile: &Profile, used: u32) -> ProfileView {
        let (mut fits, mut unstated) = (0u32, 0u32);
        let mut remaining = used;
        while remaining != 0 {
            let bit = 1u32 << remaining.trailing_zeros();
            remaining &= remaining - 1;
            let Some(population) = population_of_bit(bit.trailing_zeros() as u8) else { continue };
            match profile.fit(population) {
                Fit::Fits => fits |= bit,
                Fit::Unstated => unstated |= bit,
                Fit::Fails(_) => {}
            }
        }
        let research = if profile.include_research() { 1 << FOU } else { 0 };
        let admitted = ranks_and_no_number() | research;
        let substances = profile.substances();
        ProfileView {
            wanted: substances.bits() as u16,
            narcotics: substances.contains(Substance::Narcotics),
            fits,
            unstated,
            misuse_or_dependence: profile
                .pattern_fit(PatternRequirement::MisuseOrDependence)
                .into(),
            dependence: profile.pattern_fit(PatternRequirement::Dependence).into(),
            child: profile.is_child(),
            adult: profile.outside_age_scope(AgeScope::Under18).is_some(),
            age_known: profile.age_group().is_some(),
            older: profile.age_group() == Some(crate::vocab::AgeGroup::Older),
            admitted,
            age: profile.age(),
            add_ons: true,
        }
    }

    /// The same view for the second look at an entry when add-ons may not
    /// be offered (no primary intervention, and the person in no other
    /// treatment): its add-on pairs no longer apply, so a primary pair
    /// whose situation is unstated can make it a conditional match.
    pub(crate) fn without_add_ons(self) -> ProfileView {
        ProfileView { add_ons: false, ..self }
    }

    /// Whether a pair with priority key `key` may be recommended.
    pub(crate) fn admits(&self, key: u8) -> bool {
        self.admitted >> key & 1 == 1
    }

    fn pattern(&self, requirement: PatternRequirement) -> Stand {
        match requirement {
            PatternRequirement::None => Stand::Fits,
            PatternRequirement::MisuseOrDependence => self.misuse_or_dependence,
            PatternRequirement::Dependence => self.dependence,
        }
    }
}

/// The keys always admitted: every rank's, and no number.
const fn ranks_and_no_number() -> u16 {
    let mut mask = 1u16 << NO_NUMBER;
    let mut key = 0;
    while key < NO_NUMBER {
        if let Some(NrPriority::Rank(_)) = priority_of_key(key) {
            mask |= 1 << key;
        }
        key += 1;
    }
    mask
}

/// The facts a conditional match waits for, as bits of
/// [`Applying::missing`].
pub(crate) mod missing {
    /// The age, for a pair whose scope is an age.
    pub(crate) const AGE: u8 = 1;
    /// The substance (or, for "narkotika", which kind of it).
    pub(crate) const SUBSTANCE: u8 = 2;
    /// The pattern of use the condition names.
    pub(crate) const PATTERN: u8 = 4;
    /// The situation of the pair's population.
    pub(crate) const SITUATION: u8 = 8;
}

/// How one pair stands to a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PairFit {
    /// The pair does not cover the person's substances.
    NoSubstance,
    /// The pair makes the entry an add-on, and add-ons may not be offered.
    AddOnRefused,
    /// The person's age is outside the pair's age scope.
    OutsideAgeScope,
    /// The pattern of use the profile states is not the one the pair's
    /// condition names.
    OutsidePattern,
    /// The person is not in the pair's population.
    OutsidePopulation,
    /// The pair would apply if the facts [`Applying::missing`] names held.
    Unstated(Applying),
    /// The pair applies.
    Fits(Applying),
}

/// The priority a pair that applies (or would) gives the person, and what
/// it waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Applying {
    /// The order key of the priority the person gets: no number for a
    /// child on a general row.
    pub(crate) key: u8,
    /// Whether the pair is not rated for the person's age: a general row
    /// for a child, or a youth row below the youngest age its sources
    /// state. Such a pair goes to a list of its own.
    pub(crate) withheld: bool,
    /// Whether the person is below the youngest age the pair's sources
    /// state (rather than a child on a general row).
    pub(crate) below_stated_age: bool,
    /// The [`missing`] facts the profile leaves unstated.
    pub(crate) missing: u8,
}

/// How the pair `record` stands to the profile `view`. Exclusions come in
/// a fixed order: substance, add-on, age, pattern, population.
pub(crate) fn classify(record: PairRecord, view: &ProfileView) -> PairFit {
    let mut missing = 0u8;
    if view.wanted == 0 {
        if !record.names_no_substance {
            missing |= missing::SUBSTANCE;
        }
    } else if record.covers & view.wanted == 0 {
        if view.narcotics && record.narcotic_kind {
            missing |= missing::SUBSTANCE;
        } else {
            return PairFit::NoSubstance;
        }
    }
    if record.add_on && !view.add_ons {
        return PairFit::AddOnRefused;
    }
    let age = view.age;
    let (mut withheld, mut below_stated_age) = (false, false);
    match record.age_scope {
        AgeScope::Unspecified => {
            // NR rates its youth set for under-18s; a general row's number
            // is for people with the condition, never a child's own.
            withheld = view.child;
        }
        AgeScope::Adults if view.child => return PairFit::OutsideAgeScope,
        AgeScope::Under18 if view.adult => return PairFit::OutsideAgeScope,
        AgeScope::Youth13To21
            if age.is_some_and(|a| !(13..=21).contains(&a)) || (age.is_none() && view.older) =>
        {
            return PairFit::OutsideAgeScope;
        }
        AgeScope::Adults | AgeScope::From20UnlessSpecialReasons if !view.age_known => {
            missing |= missing::AGE;
        }
        AgeScope::Under18 | AgeScope::Youth13To21 => match age {
            Some(years) if years < record.min_age => {
                withheld = true;
                below_stated_age = true;
            }
            Some(_) => {}
            // An age group alone does not say whether the person is old
            // enough for a stated youngest age, or inside 13–21.
            None if record.min_age > 0 || record.age_scope == AgeScope::Youth13To21 => {
                missing |= missing::AGE;
            }
            None if !view.age_known => missing |= missing::AGE,
            None => {}
        },
        AgeScope::Adults | AgeScope::From20UnlessSpecialReasons => {}
    }
    match view.pattern(record.pattern) {
        Stand::Fits => {}
        Stand::Unstated => missing |= missing::PATTERN,
        Stand::Fails => return PairFit::OutsidePattern,
    }
    let bit = 1u32 << record.population;
    if view.unstated & bit != 0 {
        missing |= missing::SITUATION;
    } else if view.fits & bit == 0 {
        return PairFit::OutsidePopulation;
    }
    // A withheld pair gives the person no number of any kind.
    let key = if withheld { NO_NUMBER } else { record.key };
    let applying = Applying { key, withheld, below_stated_age, missing };
    if missing == 0 { PairFit::Fits(applying) } else { PairFit::Unstated(applying) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_population_has_its_own_bit_and_reads_back_from_it() {
        let mut seen = 0u32;
        for population in Population::all() {
            let bit = population_bit(population);
            assert!(bit < 32, "{population:?}");
            assert_eq!(seen & (1 << bit), 0, "{population:?} shares bit {bit}");
            seen |= 1 << bit;
            assert_eq!(population_of_bit(bit), Some(population));
        }
        for (i, fixed) in FIXED_POPULATIONS.iter().enumerate() {
            assert_eq!(usize::from(population_bit(fixed.population)), i, "{fixed:?}");
        }
    }
}
