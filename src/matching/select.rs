//! The pair rule: which of an entry's pairs applies to a profile. This is
//! the one place it is written; `recommend` and `explain` both call
//! [`select`] on the records the index keeps in the rule's order.

use super::pairs::{Applying, PairFit, PairRecord, ProfileView, classify};
use super::profile::Profile;

/// The pair chosen for an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Chosen {
    /// Its index among the entry's pairs.
    pub(crate) pair: usize,
    /// The key the person gets.
    pub(crate) key: u8,
    pub(crate) strength: u8,
    pub(crate) add_on_pair: bool,
    pub(crate) withheld: bool,
    /// Whether the person's age is below the age regulations normally
    /// require for the pair.
    pub(crate) below_usual_age: bool,
    /// The pair's population, as its [`population_bit`].
    pub(crate) population: u8,
    /// The key of the pair's stated priority (before any withholding).
    pub(crate) stated_key: u8,
    /// Whether the pair names no substance.
    pub(crate) names_no_substance: bool,
    /// Whether the row's source finds no established effect.
    pub(crate) no_effect: bool,
    /// The facts the profile leaves unstated that the pair waits for (see
    /// `pairs::missing`).
    pub(crate) missing: u8,
    /// Whether the person is below the youngest age the pair's sources
    /// state.
    pub(crate) below_stated_age: bool,
}

impl Chosen {
    fn of(record: PairRecord, applying: Applying, view: &ProfileView) -> Chosen {
        Chosen {
            pair: usize::from(record.source),
            key: applying.key,
            strength: record.strength,
            add_on_pair: record.add_on,
            withheld: applying.withheld,
            below_usual_age: record.usual_min_age > 0
                && view.age.is_some_and(|age| age < record.usual_min_age),
            population: record.population,
            stated_key: record.key,
            names_no_substance: record.names_no_substance,
            no_effect: record.no_effect,
            missing: applying.missing,
            below_stated_age: applying.below_stated_age,
        }
    }
}

/// What an entry's pairs say for a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Selection {
    /// A pair applies and its priority lets the entry be recommended.
    Match(Chosen),
    /// No pair applies yet, but one would if facts the profile leaves
    /// unstated held.
    Conditional(Chosen),
    /// The best pair is not rated for the person's age: a general row for
    /// a child, or a youth row below the youngest age its sources state.
    NotRatedForAge(Chosen),
    /// The best pair that applies is FoU (not asked for), Icke-göra, or a
    /// row whose source finds no established effect.
    NotAdmitted(Chosen),
    /// Pairs cover the substances, but the person is outside each one's
    /// population or age scope.
    NoFit,
    /// No pair covers the person's substances.
    NoSubstance,
}

/// How a pair that covers the substances stands, best first: the order of
/// the rule's preferences between pairs of one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Standing {
    /// It applies and its priority admits the entry.
    Applies,
    /// It would apply if unstated facts held.
    Unstated,
    /// It applies, but is not rated for the person's age.
    NotRatedForAge,
    /// It would apply if unstated facts held, and is not rated for the
    /// person's age.
    NotRatedForAgeUnstated,
    /// It applies, but its priority does not admit the entry.
    Refused,
    /// Its situation is unstated, and its priority does not admit it.
    RefusedUnstated,
}

/// How much the rule prefers a pair, smallest first: its standing, then
/// add-on (a primary pair first), the priority key as the person gets it,
/// the wording's strength, the source's order.
type Preference = (Standing, bool, u8, u8, u16);

/// Chooses the pair of `records` (one entry's, in [`PairRecord::rule_order`])
/// that applies to `view`: the best admitted pair that fits; else the best
/// that would fit if unstated facts held; else the best that is not rated
/// for the person's age; else the best that is not admitted (FoU not asked
/// for, Icke-göra, no established effect) and fits, or would. Between
/// pairs of one standing, the rule's order: a primary pair before an add-on
/// pair, the better priority (as the person gets it), the stronger wording,
/// the source's order.
pub(crate) fn select(records: &[PairRecord], view: &ProfileView) -> Selection {
    let mut covered = false;
    let mut best: Option<(Preference, PairRecord, Applying)> = None;
    for &record in records {
        let (standing, applying) = match classify(record, view) {
            PairFit::NoSubstance => continue,
            // The stated number decides admission: FoU not asked for and
            // Icke-göra are refused, for a child too.
            PairFit::Fits(a) if record.no_effect || !view.admits(record.key) => {
                (Standing::Refused, a)
            }
            PairFit::Unstated(a) if record.no_effect || !view.admits(record.key) => {
                (Standing::RefusedUnstated, a)
            }
            PairFit::Fits(a) if a.withheld => (Standing::NotRatedForAge, a),
            PairFit::Unstated(a) if a.withheld => (Standing::NotRatedForAgeUnstated, a),
            PairFit::Fits(a) => (Standing::Applies, a),
            PairFit::Unstated(a) => (Standing::Unstated, a),
            PairFit::AddOnRefused
            | PairFit::OutsideAgeScope
            | PairFit::OutsidePattern
            | PairFit::OutsidePopulation => {
                covered = true;
                continue;
            }
        };
        covered = true;
        // The records come in the rule's order, and a pair that applies
        // keeps its own number (a withheld one stands apart), so the first
        // admitted pair that fits is the best.
        if standing == Standing::Applies {
            return Selection::Match(Chosen::of(record, applying, view));
        }
        let rank = (standing, record.add_on, applying.key, record.strength, record.source);
        if best.is_none_or(|(best_rank, _, _)| rank < best_rank) {
            best = Some((rank, record, applying));
        }
    }
    match best {
        Some(((standing, ..), record, applying)) => {
            let chosen = Chosen::of(record, applying, view);
            match standing {
                Standing::Applies => Selection::Match(chosen),
                Standing::Unstated => Selection::Conditional(chosen),
                Standing::NotRatedForAge | Standing::NotRatedForAgeUnstated => {
                    Selection::NotRatedForAge(chosen)
                }
                Standing::Refused | Standing::RefusedUnstated => Selection::NotAdmitted(chosen),
            }
        }
        None if covered => Selection::NoFit,
        None => Selection::NoSubstance,
    }
}

/// Whether add-ons may be offered: with a primary intervention, or when the
/// person may be in another treatment (unknown counts as may, so that
/// leaving the field out never removes a recommendation).
pub(crate) fn add_ons_admitted(has_primary: bool, profile: &Profile) -> bool {
    has_primary || profile.in_other_treatment() != Some(false)
}
