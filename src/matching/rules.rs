//! The matching rules for one entry and one profile: the single decision
//! function that both `recommend` (through the index) and `explain` use.

use super::explain::Facet;
use super::profile::Profile;
use crate::vocab::{AgeGroup, TagSet, Vocabulary};
use crate::{Catalog, Intervention, NrPriority, RecommendationVerb};

/// A set of [`Facet`]s, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct FacetBits(u8);

impl FacetBits {
    pub(crate) fn insert(&mut self, facet: Facet) {
        self.0 |= 1 << facet.bit();
    }
    pub(crate) fn contains(self, facet: Facet) -> bool {
        self.0 & (1 << facet.bit()) != 0
    }
    pub(crate) fn intersection(self, other: FacetBits) -> FacetBits {
        FacetBits(self.0 & other.0)
    }
}

/// How a profile's value meets one facet of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FacetCheck {
    /// The profile does not state the value.
    Unconstrained,
    /// The entry does not state the facet, so it excludes nobody.
    NotStated,
    /// The entry's facet holds the profile's value.
    Holds,
    /// The entry's facet lacks the profile's value.
    Lacks,
}

pub(crate) fn check<T: Vocabulary>(value: Option<T>, set: TagSet<T>) -> FacetCheck {
    match value {
        None => FacetCheck::Unconstrained,
        Some(_) if set.is_empty() => FacetCheck::NotStated,
        Some(v) if set.contains(v) => FacetCheck::Holds,
        Some(_) => FacetCheck::Lacks,
    }
}

/// The tag facets of an entry, in [`Facet`] order, against the profile.
pub(crate) fn facet_checks(entry: &Intervention, profile: &Profile) -> [(Facet, FacetCheck); 5] {
    let tags = entry.tags();
    [
        (Facet::Provider, check(profile.provider(), tags.providers())),
        (Facet::Role, check(profile.role(), tags.roles())),
        (Facet::AgeGroup, check(profile.age_group(), tags.age_groups())),
        (Facet::Severity, check(profile.severity(), tags.severities())),
        (Facet::Condition, check(profile.condition(), entry.conditions())),
    ]
}

/// What the entry's recommendations (or, without any, its target group)
/// say for the profile's substances and situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pairs {
    /// At least one pair applies.
    Apply {
        /// The best priority among the pairs that apply; `None` when the
        /// entry has no recommendation with a stated priority.
        priority: Option<NrPriority>,
        /// The index of the pair behind `priority`.
        recommendation: Option<usize>,
        /// Whether the pair behind `priority` is for an add-on: chosen
        /// only when no primary pair that applies admits the entry, so a
        /// primary match never shows an add-on pair's priority.
        add_on_pair: bool,
        /// Whether the pair behind the priority names no substance while
        /// the profile names some.
        substance_unstated: bool,
    },
    /// No pair covers the profile's substances.
    NoSubstance,
    /// Pairs cover the substances, but none fits the person's situation.
    NoPopulation,
}

pub(crate) fn pairs(entry: &Intervention, profile: &Profile) -> Pairs {
    let wanted = profile.substances();
    let recommendations = entry.recommendations();
    if recommendations.is_empty() {
        let target = entry.target();
        if !wanted.is_empty() && !wanted.iter().any(|s| target.applies_to_substance(s)) {
            return Pairs::NoSubstance;
        }
        if !profile.fits(target.population()) {
            return Pairs::NoPopulation;
        }
        return Pairs::Apply {
            priority: None,
            recommendation: None,
            add_on_pair: false,
            substance_unstated: !wanted.is_empty() && target.substances().is_empty(),
        };
    }
    let mut covered = false;
    let mut best_primary: Option<(NrPriority, usize)> = None;
    let mut best_add_on: Option<(NrPriority, usize)> = None;
    for (index, rec) in recommendations.iter().enumerate() {
        if !wanted.is_empty() && !wanted.iter().any(|s| rec.applies_to_substance(s)) {
            continue;
        }
        covered = true;
        if !profile.fits(rec.population()) {
            continue;
        }
        let best = if rec.is_add_on() { &mut best_add_on } else { &mut best_primary };
        // Strictly better only: on a tie the first pair the source gives wins.
        if best.is_none_or(|(priority, _)| rec.priority() < priority) {
            *best = Some((rec.priority(), index));
        }
    }
    // KBT is primary for stimulants (4) and an add-on to benzodiazepine
    // tapering (3): offered as a primary, it has the primary pair's
    // priority, and the add-on role counts only when no primary pair
    // admits it.
    let admits = |best: Option<(NrPriority, usize)>| {
        best.is_some_and(|(priority, _)| priority_admits(Some(priority), profile))
    };
    let (best, add_on_pair) =
        if admits(best_primary) || (best_primary.is_some() && !admits(best_add_on)) {
            (best_primary, false)
        } else {
            (best_add_on, true)
        };
    match best {
        Some((priority, index)) => Pairs::Apply {
            priority: Some(priority),
            recommendation: Some(index),
            add_on_pair,
            substance_unstated: !wanted.is_empty()
                && recommendations.get(index).is_some_and(|r| r.substances().is_empty()),
        },
        None if covered => Pairs::NoPopulation,
        None => Pairs::NoSubstance,
    }
}

/// Whether the entry is an add-on for this profile: by its own wording, or
/// because the pair behind its priority is (or, when none applies, every
/// pair is).
pub(crate) fn is_add_on(entry: &Intervention, pairs: Pairs) -> bool {
    entry.is_add_on()
        || match pairs {
            Pairs::Apply { priority: Some(_), add_on_pair, .. } => add_on_pair,
            Pairs::Apply { priority: None, .. } => false,
            Pairs::NoSubstance | Pairs::NoPopulation => {
                let recs = entry.recommendations();
                !recs.is_empty() && recs.iter().all(|r| r.is_add_on())
            }
        }
}

/// Whether a child's profile gets the entry's youth version instead.
pub(crate) fn replaced_by_youth_version<'c>(
    catalog: &'c Catalog,
    entry: &Intervention,
    profile: &Profile,
) -> Option<&'c Intervention> {
    if profile.age_group() != Some(AgeGroup::Children) {
        return None;
    }
    entry.youth_version().and_then(|id| catalog.get(id))
}

/// Whether the priority lets the entry be recommended to this profile.
pub(crate) fn priority_admits(priority: Option<NrPriority>, profile: &Profile) -> bool {
    match priority {
        Some(NrPriority::DontDo) => false,
        Some(NrPriority::ResearchOnly) => profile.include_research(),
        _ => true,
    }
}

/// Whether add-ons may be offered: with a primary intervention, or when the
/// person may be in another treatment (unknown counts as may, so that
/// leaving the field out never removes a recommendation).
pub(crate) fn add_ons_admitted(has_primary: bool, profile: &Profile) -> bool {
    has_primary || profile.in_other_treatment() != Some(false)
}

/// The order key of a priority: ranks 1–10, then FoU, then Icke-göra, then
/// an unknown priority after all.
pub(crate) fn priority_key(priority: Option<NrPriority>) -> u8 {
    match priority {
        Some(NrPriority::Rank(rank)) => rank.get(),
        Some(NrPriority::ResearchOnly) => 11,
        Some(NrPriority::DontDo) => 12,
        None => 13,
    }
}

/// The priority whose [`priority_key`] is `key`: the index keeps only the
/// key, so that a pair's record stays small.
pub(crate) fn priority_of_key(key: u8) -> Option<NrPriority> {
    match key {
        // Only in range: an out-of-range rank's error allocates its message,
        // and this runs once per match.
        1..=10 => NrPriority::rank(key).ok(),
        11 => Some(NrPriority::ResearchOnly),
        12 => Some(NrPriority::DontDo),
        _ => None,
    }
}

/// The order key of a recommendation's wording between equal priorities:
/// `bör` (should) before `kan` (may) before none. The pair behind the
/// priority words it; an entry matched on its target group has only the
/// target's wording.
pub(crate) fn verb_strength(verb: Option<RecommendationVerb>) -> u8 {
    match verb {
        Some(RecommendationVerb::Should) => 0,
        Some(RecommendationVerb::May) => 1,
        None => 2,
    }
}

/// The verdict on one entry, before the add-on rule (which depends on the
/// other entries).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Verdict<'c> {
    pub(crate) facets_pass: bool,
    pub(crate) not_stated: FacetBits,
    pub(crate) pairs: Pairs,
    pub(crate) replaced_by: Option<&'c Intervention>,
    pub(crate) add_on: bool,
}

impl Verdict<'_> {
    pub(crate) fn priority(&self) -> Option<NrPriority> {
        match self.pairs {
            Pairs::Apply { priority, .. } => priority,
            _ => None,
        }
    }

    pub(crate) fn recommendation(&self) -> Option<usize> {
        match self.pairs {
            Pairs::Apply { recommendation, .. } => recommendation,
            _ => None,
        }
    }

    /// Whether everything but the add-on rule lets the entry in.
    pub(crate) fn eligible(&self, profile: &Profile) -> bool {
        self.facets_pass
            && matches!(self.pairs, Pairs::Apply { .. })
            && self.replaced_by.is_none()
            && priority_admits(self.priority(), profile)
    }
}

/// The full, unindexed evaluation of one entry: what `explain` runs on
/// every entry and the index reproduces.
pub(crate) fn verdict<'c>(
    catalog: &'c Catalog,
    entry: &Intervention,
    profile: &Profile,
) -> Verdict<'c> {
    let mut facets_pass = true;
    let mut not_stated = FacetBits::default();
    for (facet, outcome) in facet_checks(entry, profile) {
        match outcome {
            FacetCheck::Lacks => facets_pass = false,
            FacetCheck::NotStated => not_stated.insert(facet),
            FacetCheck::Unconstrained | FacetCheck::Holds => {}
        }
    }
    let pairs = pairs(entry, profile);
    if let Pairs::Apply { substance_unstated: true, .. } = pairs {
        not_stated.insert(Facet::Substance);
    }
    Verdict {
        facets_pass,
        not_stated,
        pairs,
        replaced_by: replaced_by_youth_version(catalog, entry, profile),
        add_on: is_add_on(entry, pairs),
    }
}

/// Whether some recommendation of the entry (or, lacking any, its target
/// group) covers `substance`, whatever the population; the index keeps
/// one mask per substance of this.
pub(crate) fn pairs_cover_substance(entry: &Intervention, substance: crate::Substance) -> bool {
    let recommendations = entry.recommendations();
    if recommendations.is_empty() {
        entry.target().applies_to_substance(substance)
    } else {
        recommendations.iter().any(|r| r.applies_to_substance(substance))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_priority_key_gives_its_priority_back() {
        let all = (1..=10)
            .filter_map(|n| NrPriority::rank(n).ok())
            .chain([NrPriority::ResearchOnly, NrPriority::DontDo])
            .map(Some)
            .chain([None]);
        for priority in all {
            assert_eq!(priority_of_key(priority_key(priority)), priority);
        }
    }
}
