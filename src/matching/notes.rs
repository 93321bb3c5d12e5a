//! The notes that explain an inclusion: what `recommend` and `explain`
//! both say about a match, built in one place so that they agree.

use super::index::FacetBits;
use super::reason::Reason;
use crate::model::{Intervention, NrPriority, Pair};

/// What the notes of a match say, whichever path found it.
pub(crate) struct NoteFacts {
    pub(crate) priority: Option<NrPriority>,
    pub(crate) pair: Option<usize>,
    pub(crate) withheld: bool,
    pub(crate) below_usual_age: bool,
    pub(crate) add_on: bool,
    pub(crate) not_tagged: FacetBits,
    pub(crate) substance_not_named: bool,
}

/// The notes of a match, in a fixed order: facets not tagged, the
/// substance not named, the priority (or why there is no number), the age
/// note, the add-on role. `recommend` and `explain` both build them here,
/// so a match and its decision give the same reasons.
pub(crate) fn push_notes(entry: &Intervention, facts: &NoteFacts, out: &mut Vec<Reason>) {
    out.extend(facts.not_tagged.iter().map(|facet| Reason::NotTagged { facet }));
    if facts.substance_not_named {
        out.push(Reason::SubstanceNotNamed);
    }
    let rated = facts.pair.and_then(|i| entry.recommendations().get(i));
    match (facts.withheld, facts.priority, rated) {
        (true, _, _) => out.push(Reason::NoNumberForChildren),
        (false, Some(priority), Some(pair)) => out.push(Reason::Priority {
            priority,
            recommendation: facts.pair.unwrap_or_default(),
            substances: pair.substances(),
            population: pair.population(),
            condition: pair.condition().map(str::to_owned),
            disputes: pair.disputes().to_vec(),
        }),
        // Matched on the target group: the sources give no number.
        _ if entry.recommendations().is_empty() => {
            out.push(Reason::NoNumberInSources { verb: entry.target().verb() });
        }
        // Rated pairs, none of which applies: the exclusions say why.
        _ => {}
    }
    if facts.below_usual_age {
        let chosen = facts.pair.and_then(|i| entry.pairs().nth(i));
        if let Some(min_age) = chosen.and_then(Pair::usual_min_age) {
            out.push(Reason::BelowUsualAge { min_age });
        }
    }
    if facts.add_on {
        out.push(Reason::AddOn);
    }
}
