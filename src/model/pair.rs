//! The one view of an entry's pairs that matching reads.

use super::recommendation::covers;
use super::{AgeScope, NrPriority, Population, Recommendation, RecommendationVerb, Target};
use crate::vocab::{ConditionPattern, Principal, Substance, TagSet};

/// One pair of an entry as matching reads it: a rated
/// [`Recommendation`], or, for an entry with none, its [`Target`] as an
/// unrated pair. [`Intervention::pairs`](crate::Intervention::pairs) gives
/// them in the order the source does.
///
/// # Examples
///
/// ```
/// use insats::catalog;
///
/// let craft = catalog().get("craft").ok_or("no CRAFT")?;
/// let pairs: Vec<_> = craft.pairs().collect();
/// assert_eq!(pairs.len(), 1);
/// assert_eq!(pairs[0].priority(), None); // unrated: the target group
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Pair<'a> {
    /// A recommendation, with its index in the entry's list.
    Rated {
        /// Its index in [`Intervention::recommendations`](crate::Intervention::recommendations).
        index: usize,
        /// The recommendation.
        recommendation: &'a Recommendation,
    },
    /// The target group of an entry without recommendations.
    Unrated(&'a Target),
}

impl<'a> Pair<'a> {
    /// The substances named; empty when none is.
    pub fn substances(self) -> TagSet<Substance> {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.substances(),
            Pair::Unrated(target) => target.substances(),
        }
    }

    /// Who the pair is for.
    pub fn population(self) -> Population {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.population(),
            Pair::Unrated(target) => target.population(),
        }
    }

    /// The ages the pair is for: as recorded, or, when not recorded, as
    /// its population implies (young people under 18 are the youth set's,
    /// adults are adults).
    pub fn age_scope(self) -> AgeScope {
        let recorded = match self {
            Pair::Rated { recommendation, .. } => recommendation.age_scope(),
            Pair::Unrated(target) => target.age_scope(),
        };
        match (recorded, self.population()) {
            (AgeScope::Unspecified, Population::Youth) => AgeScope::Under18,
            (AgeScope::Unspecified, Population::Adults) => AgeScope::Adults,
            (recorded, _) => recorded,
        }
    }

    /// The stated priority; `None` for the target group.
    pub fn priority(self) -> Option<NrPriority> {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.priority(),
            Pair::Unrated(_) => None,
        }
    }

    /// `bör` or `kan`, when the source words it.
    pub fn verb(self) -> Option<RecommendationVerb> {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.verb(),
            Pair::Unrated(target) => target.verb(),
        }
    }

    /// Whether the pair is for an add-on to other treatment (a target
    /// group never is; the entry's own wording says so instead).
    pub fn is_add_on(self) -> bool {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.is_add_on(),
            Pair::Unrated(_) => false,
        }
    }

    /// The age regulations normally require, if any: 20 for a pair whose
    /// scope is [`AgeScope::From20UnlessSpecialReasons`], or as a target
    /// group records it.
    pub fn usual_min_age(self) -> Option<u8> {
        match (self.age_scope(), self) {
            (AgeScope::From20UnlessSpecialReasons, _) => Some(20),
            (_, Pair::Rated { .. }) => None,
            (_, Pair::Unrated(target)) => target.usual_min_age(),
        }
    }

    /// The youngest age a source states for the pair, if any.
    pub fn min_age(self) -> Option<u8> {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.min_age(),
            Pair::Unrated(target) => target.min_age(),
        }
    }

    /// The terms of the condition that name the patterns of use.
    pub fn patterns(self) -> TagSet<ConditionPattern> {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.patterns(),
            Pair::Unrated(target) => target.patterns(),
        }
    }

    /// Who offers it, as the source words it.
    pub fn principal(self) -> Principal {
        match self {
            Pair::Rated { recommendation, .. } => recommendation.principal(),
            Pair::Unrated(target) => target.principal(),
        }
    }

    /// The recommendation, when the pair is rated.
    pub fn recommendation(self) -> Option<&'a Recommendation> {
        match self {
            Pair::Rated { recommendation, .. } => Some(recommendation),
            Pair::Unrated(_) => None,
        }
    }

    /// The recommendation's index, when the pair is rated.
    pub fn index(self) -> Option<usize> {
        match self {
            Pair::Rated { index, .. } => Some(index),
            Pair::Unrated(_) => None,
        }
    }

    /// Whether the pair covers a person using `substance`.
    pub fn applies_to_substance(self, substance: Substance) -> bool {
        covers(self.substances(), substance)
    }
}
