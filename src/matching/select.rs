//! The pair rule: which of an entry's pairs applies to a profile. How the
//! rule prefers a pair is [`Standings`], written once as masks over the
//! lanes; [`select`] chooses one entry's pair by it, and `recommend`'s
//! walk applies the same choice to every entry at once (see
//! `Matcher::recommend_into`).

use super::lanes::Lanes;
use super::pairs::{AddOns, Applying, Classes, PairFit, PairRecord, ProfileView, below_usual_age};
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
    pub(crate) fn of(record: PairRecord, applying: Applying, view: &ProfileView) -> Chosen {
        Chosen {
            pair: usize::from(record.source),
            key: applying.key,
            strength: record.strength,
            add_on_pair: record.add_on,
            withheld: applying.withheld,
            below_usual_age: below_usual_age(record.usual_min_age, view.age),
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

/// How a pair that covers the substances and applies (or would) stands,
/// best first: the order of the rule's preferences between pairs of one
/// entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Standing {
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

/// The [`Standing`] of each pair of one lane word, as masks: each pair
/// that applies or would ([`Classes::fits`], [`Classes::unstated`]) is in
/// exactly one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Standings {
    pub(crate) applies: u64,
    pub(crate) unstated: u64,
    pub(crate) not_rated_for_age: u64,
    pub(crate) not_rated_for_age_unstated: u64,
    pub(crate) refused: u64,
    pub(crate) refused_unstated: u64,
}

impl Standings {
    /// The standings of lane word `w`, classified as `classes`. The stated
    /// number decides admission: FoU not asked for, Icke-göra and a row
    /// whose source finds no established effect are refused, for a child
    /// too.
    pub(crate) fn of(classes: &Classes, lanes: &Lanes, w: usize, view: &ProfileView) -> Standings {
        let refused = if view.research {
            lanes.never_admitted.word(w)
        } else {
            lanes.refused_without_research.word(w)
        };
        let (fits, unstated) = (classes.fits, classes.unstated);
        let rated = !classes.withheld;
        Standings {
            applies: fits & !refused & rated,
            unstated: unstated & !refused & rated,
            not_rated_for_age: fits & !refused & classes.withheld,
            not_rated_for_age_unstated: unstated & !refused & classes.withheld,
            refused: fits & refused,
            refused_unstated: unstated & refused,
        }
    }

    /// The standing of the pair at `bit`; `None` when it neither applies
    /// nor would.
    pub(crate) fn of_bit(&self, bit: u32) -> Option<Standing> {
        let has = |mask: u64| mask >> bit & 1 == 1;
        [
            (self.applies, Standing::Applies),
            (self.unstated, Standing::Unstated),
            (self.not_rated_for_age, Standing::NotRatedForAge),
            (self.not_rated_for_age_unstated, Standing::NotRatedForAgeUnstated),
            (self.refused, Standing::Refused),
            (self.refused_unstated, Standing::RefusedUnstated),
        ]
        .into_iter()
        .find_map(|(mask, standing)| has(mask).then_some(standing))
    }

    /// The pairs not rated for the person's age, the facts stated or not.
    pub(crate) fn not_rated(&self) -> u64 {
        self.not_rated_for_age | self.not_rated_for_age_unstated
    }
}

/// One lane word judged for a profile: how its pairs stand, and the
/// rule's preference among them.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Judged {
    /// The word's index.
    pub(crate) w: usize,
    pub(crate) classes: Classes,
    pub(crate) standings: Standings,
}

impl Judged {
    /// Lane word `w` judged for `view`.
    pub(crate) fn new(lanes: &Lanes, w: usize, view: &ProfileView) -> Judged {
        let classes = super::pairs::classify(lanes, w, view);
        let standings = Standings::of(&classes, lanes, w, view);
        Judged { w, classes, standings }
    }

    /// How the pair at `bit` of the word stands, and its standing.
    pub(crate) fn pair(&self, bit: u32, record: &PairRecord) -> (PairFit, Option<Standing>) {
        (self.classes.fit(bit, record), self.standings.of_bit(bit))
    }
}

/// How much the rule prefers a pair, smallest first: its standing, then
/// add-on (a primary pair first), the priority key as the person gets it,
/// the wording's strength, the source's order.
type Preference = (Standing, bool, u8, u8, u16);

/// Chooses the pair of one entry's `pairs` (in [`PairRecord::rule_order`],
/// each with how it stands) that applies to `view`: the best admitted pair
/// that fits; else the best that would fit if unstated facts held; else
/// the best that is not rated for the person's age; else the best that is
/// not admitted (FoU not asked for, Icke-göra, no established effect) and
/// fits, or would. Between pairs of one standing, the rule's order: a
/// primary pair before an add-on pair, the better priority (as the person
/// gets it), the stronger wording, the source's order.
pub(crate) fn select(
    pairs: impl IntoIterator<Item = (PairRecord, PairFit, Option<Standing>)>,
    view: &ProfileView,
) -> Selection {
    let mut covered = false;
    let mut best: Option<(Preference, PairRecord, Applying)> = None;
    for (record, fit, standing) in pairs {
        let applying = match fit {
            PairFit::NoSubstance => continue,
            PairFit::Fits(a) | PairFit::Unstated(a) => a,
            PairFit::AddOnRefused
            | PairFit::OutsideAgeScope
            | PairFit::OutsidePattern
            | PairFit::OutsidePopulation => {
                covered = true;
                continue;
            }
        };
        covered = true;
        let Some(standing) = standing else { continue };
        // The pairs come in the rule's order, and a pair that applies
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

/// Whether a result may offer add-ons. An add-on (a pair that is offered
/// only as a complement, [`PairRecord::add_on`]) needs something to be
/// added to:
///
/// - offered when the result has a primary recommendation (`has_primary`:
///   a match of the primary list, whatever its kind, treatment, medicine,
///   support or not stated; assessment instruments and medical tests are
///   listed apart and are not treatment), or when the profile states that
///   the person is in other treatment (LARO is one);
/// - refused when there is no primary recommendation and the profile
///   states that the person is in no other treatment;
/// - otherwise waiting: the add-on would apply if the person is in other
///   treatment, a fact the profile leaves unstated, so it is a
///   conditional match (review M15: an add-on was recommended with
///   nothing to add it to).
pub(crate) fn add_ons(has_primary: bool, profile: &Profile) -> AddOns {
    match profile.in_other_treatment() {
        _ if has_primary => AddOns::Offered,
        Some(true) => AddOns::Offered,
        Some(false) => AddOns::Refused,
        None => AddOns::Waiting,
    }
}
