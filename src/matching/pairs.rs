//! Pairs as the rule reads them: the compact [`PairRecord`]s the index
//! builds once from each entry's [`pairs`](crate::Intervention::pairs)
//! (and lays out as lanes, `lanes`), the profile as a [`ProfileView`],
//! and [`classify`], how the pairs stand for one profile, 64 at a time.
//! Choosing among an entry's pairs is [`select`](super::select::select).

use super::lanes::{Lanes, pattern_row, scope_row};
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
    /// wording, then the source's order. The lanes keep each entry's
    /// pairs in this order, so that [`select`](super::select::select) can
    /// stop at the first pair that applies, and `recommend`'s walk meets an
    /// entry first at the pair `select` would choose.
    pub(crate) fn rule_order(&self) -> (bool, u8, u8, u16) {
        (self.add_on, self.key, self.strength, self.source)
    }
}

/// Whether a person of `age` is younger than the age regulations normally
/// require for a pair (`usual_min_age`, 0 when none; LARO: 20 unless
/// there are special reasons): a note, never an exclusion.
pub(crate) fn below_usual_age(usual_min_age: u8, age: Option<u8>) -> bool {
    // No age is below 0, which stands for none.
    age.is_some_and(|age| age < usual_min_age)
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
    pub(crate) fits: u32,
    /// The populations whose situation the profile leaves unstated.
    pub(crate) unstated: u32,
    /// The populations some pair is for that the person is not in.
    fails: u32,
    /// Which of `fits`, `unstated` and `fails` holds the most populations:
    /// the one `classify` works out as what the other two leave.
    largest_stand: Stand,
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
    /// Whether FoU pairs may be recommended (research asked for).
    pub(crate) research: bool,
    /// The age in years, when stated.
    pub(crate) age: Option<u8>,
    /// Whether add-ons may be offered; see [`ProfileView::with_add_ons`].
    add_ons: AddOns,
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
        // Every population, in the order of its bits: a fixed one's from
        // the table, then the needs', then the situations'. Called with a
        // constant population each, `Profile::fit` folds to a few tests.
        let (mut fits, mut unstated) = (0u32, 0u32);
        let mut stand = |bit: usize, fit: Fit| match fit {
            Fit::Fits => fits |= 1 << bit,
            Fit::Unstated => unstated |= 1 << bit,
            Fit::Fails(_) => {}
        };
        for row in FIXED_POPULATIONS {
            stand(usize::from(row.bit), profile.fit(row.population));
        }
        for need in Need::ALL {
            stand(FIXED_POPULATIONS.len() + need.index(), profile.fit(Population::WithNeed(*need)));
        }
        for situation in Situation::ALL {
            let population = Population::InSituation(*situation);
            stand(SITUATIONS_FROM + situation.index(), profile.fit(population));
        }
        // The populations no pair is for need no answer.
        let (fits, unstated) = (fits & used, unstated & used);
        let fails = used & !fits & !unstated;
        let counts = [fits, unstated, fails].map(u32::count_ones);
        let largest_stand = match counts {
            [f, u, x] if f >= u && f >= x => Stand::Fits,
            [_, u, x] if u >= x => Stand::Unstated,
            _ => Stand::Fails,
        };
        let substances = profile.substances();
        ProfileView {
            wanted: substances.bits() as u16,
            narcotics: substances.contains(Substance::Narcotics),
            fits,
            unstated,
            fails,
            largest_stand,
            misuse_or_dependence: profile
                .pattern_fit(PatternRequirement::MisuseOrDependence)
                .into(),
            dependence: profile.pattern_fit(PatternRequirement::Dependence).into(),
            child: profile.is_child(),
            adult: profile.outside_age_scope(AgeScope::Under18).is_some(),
            age_known: profile.age_group().is_some(),
            older: profile.age_group() == Some(crate::vocab::AgeGroup::Older),
            research: profile.include_research(),
            age: profile.age(),
            add_ons: AddOns::Offered,
        }
    }

    /// The same view for the second look at an entry when add-ons are not
    /// simply offered ([`AddOns`]): refused, an entry's add-on pairs no
    /// longer apply, so a primary pair whose situation is unstated can make
    /// it a conditional match; waiting, each add-on pair waits for other
    /// treatment ([`missing::OTHER_TREATMENT`]).
    pub(crate) fn with_add_ons(self, add_ons: AddOns) -> ProfileView {
        ProfileView { add_ons, ..self }
    }
}

/// Whether a result may offer add-ons (see
/// [`add_ons`](super::select::add_ons)): an add-on is added to other
/// treatment, so it is offered only when there is some.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AddOns {
    /// Offered: a primary treatment is recommended, or the person is in
    /// other treatment.
    Offered,
    /// Not offered: nothing to add them to, and the person is stated to be
    /// in no other treatment.
    Refused,
    /// Offered if the person is in other treatment: nothing to add them to
    /// in the result, and the profile does not state it.
    Waiting,
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
    /// Other treatment, for an add-on pair with nothing else to be added
    /// to.
    pub(crate) const OTHER_TREATMENT: u8 = 16;
}

/// How one pair stands to a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PairFit {
    /// The pair does not cover the person's substances.
    NoSubstance,
    /// The pair makes the entry an add-on, and add-ons are refused.
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

/// How the 64 pairs of one lane word stand to a profile, as masks: each
/// pair is in exactly one of the exclusions, or in `fits` or `unstated`.
/// [`Classes::fit`] reads one pair's [`PairFit`] from them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Classes {
    /// The pairs that do not cover the person's substances.
    pub(crate) no_substance: u64,
    /// Add-on pairs, when add-ons are refused ([`AddOns::Refused`]).
    pub(crate) add_on_refused: u64,
    /// The pairs whose age scope the person is outside.
    pub(crate) outside_age_scope: u64,
    /// The pairs whose condition names a pattern of use the profile
    /// states is not the person's.
    pub(crate) outside_pattern: u64,
    /// The pairs whose population the person is not in.
    pub(crate) outside_population: u64,
    /// The pairs that apply.
    pub(crate) fits: u64,
    /// The pairs that would apply if the facts the `missing_` masks name
    /// held.
    pub(crate) unstated: u64,
    /// Of `fits` and `unstated`: the pairs not rated for the person's age.
    pub(crate) withheld: u64,
    /// Of `withheld`: the person is below the youngest age the pair's
    /// sources state.
    pub(crate) below_stated_age: u64,
    /// Of `unstated`: what each waits for.
    pub(crate) waits: Waits,
}

/// The facts the pairs of one lane word wait for, one mask each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Waits {
    /// The age, …
    pub(crate) age: u64,
    /// … the substance, …
    pub(crate) substance: u64,
    /// … the pattern of use, …
    pub(crate) pattern: u64,
    /// … the situation of the pair's population, …
    pub(crate) situation: u64,
    /// … other treatment, for an add-on pair.
    pub(crate) other_treatment: u64,
}

impl Waits {
    /// The [`missing`] facts of the pair at `bit`.
    pub(crate) fn of(&self, bit: u32) -> u8 {
        let has = |mask: u64, fact: u8| if mask >> bit & 1 == 1 { fact } else { 0 };
        has(self.age, missing::AGE)
            | has(self.substance, missing::SUBSTANCE)
            | has(self.pattern, missing::PATTERN)
            | has(self.situation, missing::SITUATION)
            | has(self.other_treatment, missing::OTHER_TREATMENT)
    }

    /// The pairs that wait for any fact.
    fn any(&self) -> u64 {
        self.age | self.substance | self.pattern | self.situation | self.other_treatment
    }
}

impl Classes {
    /// The [`missing`] facts of the pair at `bit`.
    pub(crate) fn missing(&self, bit: u32) -> u8 {
        self.waits.of(bit)
    }

    /// How the pair at `bit`, whose record is `record`, stands.
    pub(crate) fn fit(&self, bit: u32, record: &PairRecord) -> PairFit {
        let has = |mask: u64| mask >> bit & 1 == 1;
        let withheld = has(self.withheld);
        // A withheld pair gives the person no number of any kind.
        let applying = Applying {
            key: if withheld { NO_NUMBER } else { record.key },
            withheld,
            below_stated_age: has(self.below_stated_age),
            missing: self.missing(bit),
        };
        if has(self.fits) {
            PairFit::Fits(applying)
        } else if has(self.unstated) {
            PairFit::Unstated(applying)
        } else if has(self.add_on_refused) {
            PairFit::AddOnRefused
        } else if has(self.outside_age_scope) {
            PairFit::OutsideAgeScope
        } else if has(self.outside_pattern) {
            PairFit::OutsidePattern
        } else if has(self.outside_population) {
            PairFit::OutsidePopulation
        } else {
            PairFit::NoSubstance
        }
    }
}

/// How the pairs of lane word `w` stand to the profile `view`: the pair
/// rule, 64 pairs at a time. Exclusions come in a fixed order: substance,
/// add-on, age, pattern, population; a pair that passes them all applies,
/// or would if the facts the profile leaves unstated held.
pub(crate) fn classify(lanes: &Lanes, w: usize, view: &ProfileView) -> Classes {
    let all = lanes.all.word(w);
    // The substances: a pair that names one waits for the profile to state
    // one; "narkotika" stated reaches a row for one kind of it, waiting for
    // the kind.
    let (missing_substance, no_substance) = if view.wanted == 0 {
        (all & !lanes.names_no_substance.word(w), 0)
    } else {
        let mut covered = 0;
        let mut wanted = view.wanted;
        while wanted != 0 {
            covered |= lanes.covers.word(wanted.trailing_zeros() as usize, w);
            wanted &= wanted - 1;
        }
        let uncovered = all & !covered;
        let kind = if view.narcotics { uncovered & lanes.narcotic_kind.word(w) } else { 0 };
        (kind, uncovered & !kind)
    };
    let mut rest = all & !no_substance;
    let add_on = lanes.add_on.word(w);
    let add_on_refused = if view.add_ons == AddOns::Refused { rest & add_on } else { 0 };
    rest &= !add_on_refused;

    // The ages. A row is read only when the person's ages make it matter.
    let scope = |s: AgeScope| lanes.scopes.word(scope_row(s), w);
    let (mut outside, mut withheld, mut below_stated_age, mut missing_age) = (0, 0, 0, 0);
    if view.child {
        // NR rates its youth set for under-18s; a general row's number is
        // for people with the condition, never a child's own.
        withheld |= scope(AgeScope::Unspecified);
        outside |= scope(AgeScope::Adults);
    }
    if view.adult {
        outside |= scope(AgeScope::Under18);
    }
    let outside_13_21 = match view.age {
        Some(age) => !(13..=21).contains(&age),
        None => view.older,
    };
    if outside_13_21 {
        outside |= scope(AgeScope::Youth13To21);
    }
    if !view.age_known {
        missing_age |=
            (scope(AgeScope::Adults) | scope(AgeScope::From20UnlessSpecialReasons)) & !outside;
    }
    // The youth scopes the person is not outside.
    let youth_13_21 = if outside_13_21 { 0 } else { scope(AgeScope::Youth13To21) };
    let youth = youth_13_21 | if view.adult { 0 } else { scope(AgeScope::Under18) };
    if youth != 0 {
        match view.age {
            Some(age) => {
                below_stated_age = youth & lanes.min_age_above(age, w);
                withheld |= below_stated_age;
            }
            // An age group alone does not say whether the person is old
            // enough for a stated youngest age, or inside 13–21.
            None => {
                missing_age |= youth & (lanes.states_min_age(w) | youth_13_21);
                if !view.age_known {
                    missing_age |= youth;
                }
            }
        }
    }
    let outside_age_scope = rest & outside;
    rest &= !outside;

    // The pattern of use.
    let (mut pattern_fails, mut missing_pattern) = (0, 0);
    for (requirement, stand) in [
        (PatternRequirement::MisuseOrDependence, view.misuse_or_dependence),
        (PatternRequirement::Dependence, view.dependence),
    ] {
        match stand {
            Stand::Fits => {}
            Stand::Unstated => missing_pattern |= lanes.patterns.word(pattern_row(requirement), w),
            Stand::Fails => pattern_fails |= lanes.patterns.word(pattern_row(requirement), w),
        }
    }
    let outside_pattern = rest & pattern_fails;
    rest &= !pattern_fails;

    // The population.
    let rows = |mut bits: u32| {
        let mut any = 0;
        while bits != 0 {
            any |= lanes.populations.word(bits.trailing_zeros() as usize, w);
            bits &= bits - 1;
        }
        any
    };
    // Of the three sets (in, unstated, out), the two smaller are OR-ed.
    let any_population = lanes.all.word(w);
    let (fits_population, unstated_population) = match view.largest_stand {
        Stand::Fits => {
            let unstated = rows(view.unstated);
            (any_population & !unstated & !rows(view.fails), unstated)
        }
        Stand::Unstated => {
            let fits = rows(view.fits);
            (fits, any_population & !fits & !rows(view.fails))
        }
        Stand::Fails => (rows(view.fits), rows(view.unstated)),
    };
    let outside_population = rest & !(fits_population | unstated_population);
    rest &= !outside_population;

    let waits = Waits {
        age: rest & missing_age,
        substance: rest & missing_substance,
        pattern: rest & missing_pattern,
        situation: rest & unstated_population,
        // An add-on pair that passes every other test would apply if the
        // person is in other treatment.
        other_treatment: if view.add_ons == AddOns::Waiting { rest & add_on } else { 0 },
    };
    let waiting = waits.any();
    Classes {
        no_substance,
        add_on_refused,
        outside_age_scope,
        outside_pattern,
        outside_population,
        fits: rest & !waiting,
        unstated: waiting,
        withheld: rest & withheld,
        below_stated_age: rest & below_stated_age,
        waits,
    }
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
