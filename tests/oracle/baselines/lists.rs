//! A baseline's result: the add-on rule across entries, and the lists
//! the engine's result has, in its order.

use super::rules::{AddOns, Choice, Place};
use insats::NrPriority;
use serde::Serialize;

/// The facts one match waits for, as a baseline reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Waits<'s> {
    pub age: bool,
    pub substance: bool,
    pub pattern: bool,
    /// The id of the population whose situation is unstated.
    pub situation: Option<&'s str>,
    /// Other treatment, for an add-on with nothing else to add it to.
    pub other_treatment: bool,
}

/// One match of a baseline: enough to compare with the engine's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Found<'s> {
    pub id: &'s str,
    /// The entry's place in the catalog.
    #[serde(skip)]
    pub entry: u32,
    /// `None` for a pair without a number, or one not rated for the age.
    pub priority: Option<NrPriority>,
    pub add_on: bool,
    /// The index of the recommendation behind the priority: a rated pair
    /// whose number is the person's (not withheld).
    pub pair: Option<usize>,
    pub waits: Waits<'s>,
    pub below_stated_age: bool,
    #[serde(skip)]
    pub(super) order: (bool, u8, u8, u32),
}

/// A baseline's result, in the engine's lists and order; its JSON is the
/// baseline of the engine's report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScanResult<'s> {
    /// Primary treatments, then add-ons, each best first.
    pub matches: Vec<Found<'s>>,
    pub primary_len: usize,
    pub conditional: Vec<Found<'s>>,
    pub not_rated_for_age: Vec<Found<'s>>,
    pub assessments: Vec<Found<'s>>,
}

impl<'s> ScanResult<'s> {
    pub fn len(&self) -> usize {
        self.matches.len()
    }
}

/// What a baseline's scan found for one entry.
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    pub(super) entry: u32,
    pub(super) choice: Choice,
}

/// The add-on rule and the lists, from each entry's best pair (add-ons
/// offered) and whether the person is in other treatment (`None`: not
/// stated): `rechoose(entry, add_ons)` chooses again with add-on pairs
/// refused or waiting; `found` describes a choice; `assessment(entry)`
/// says whether it is listed apart.
///
/// An add-on needs something to be added to: a primary recommendation
/// (an assessment instrument or a test is none), or other treatment. With
/// neither, an entry whose choice is an add-on is chosen again: refused
/// when the person is in no other treatment, waiting for it when that is
/// not stated.
pub(super) fn finish<'s>(
    mut chosen: Vec<Candidate>,
    other_treatment: Option<bool>,
    rechoose: impl Fn(u32, AddOns) -> Option<Choice>,
    found: impl Fn(u32, &Choice) -> Found<'s>,
    assessment: impl Fn(u32) -> bool,
) -> ScanResult<'s> {
    let has_primary = chosen.iter().any(|c| {
        c.choice.place == Place::Recommended && !c.choice.rule.add_on && !assessment(c.entry)
    });
    let add_ons = match (has_primary, other_treatment) {
        (true, _) | (false, Some(true)) => AddOns::Offered,
        (false, Some(false)) => AddOns::Refused,
        (false, None) => AddOns::Waiting,
    };
    if add_ons != AddOns::Offered {
        chosen.retain_mut(|c| {
            if !c.choice.rule.add_on {
                return true;
            }
            match rechoose(c.entry, add_ons) {
                Some(again) => {
                    c.choice = again;
                    true
                }
                None => false,
            }
        });
    }
    let mut out = ScanResult::default();
    for c in &chosen {
        let f = found(c.entry, &c.choice);
        match c.choice.place {
            Place::Recommended if assessment(c.entry) => out.assessments.push(f),
            Place::Recommended => out.matches.push(f),
            Place::Conditional => out.conditional.push(f),
            Place::NotRatedForAge | Place::NotRatedForAgeWaiting => out.not_rated_for_age.push(f),
            Place::Refused => {}
        }
    }
    for list in
        [&mut out.matches, &mut out.conditional, &mut out.not_rated_for_age, &mut out.assessments]
    {
        list.sort_unstable_by_key(|f| f.order);
    }
    out.primary_len = out.matches.iter().take_while(|m| !m.add_on).count();
    out
}

pub(super) fn found_of<'s>(
    id: &'s str,
    entry: u32,
    name_rank: u32,
    choice: &Choice,
    population: &'s str,
) -> Found<'s> {
    let rule = &choice.rule;
    Found {
        id,
        entry,
        priority: if choice.withheld { None } else { rule.priority },
        add_on: rule.add_on,
        pair: (rule.rated && !choice.withheld).then_some(usize::from(rule.source)),
        waits: Waits {
            age: choice.missing.age,
            substance: choice.missing.substance,
            pattern: choice.missing.pattern,
            situation: choice.missing.situation.then_some(population),
            other_treatment: choice.missing.other_treatment,
        },
        below_stated_age: choice.below_stated_age,
        order: (rule.add_on, choice.key, rule.strength, name_rank),
    }
}
