//! The notes that explain an inclusion: what `recommend` and `explain`
//! both say about a match, built in one place so that they agree.

use super::pairs::{missing, population_of_bit};
use super::reason::Reason;
use super::select::Chosen;
use crate::model::{Intervention, NrPriority, Pair, Population, Recommendation};
use crate::vocab::{ConditionPattern, Substance, TagSet};

/// The facts a conditional match waits for, in a fixed order (age,
/// substance, pattern of use, situation, other treatment), each naming
/// what the pair's condition needs.
pub(crate) fn unstated_reasons(entry: &Intervention, chosen: &Chosen, out: &mut Vec<Reason>) {
    push_unstated(entry, chosen.pair, chosen.missing, chosen.population, out);
}

/// [`unstated_reasons`] from the parts a match keeps: the pair's index,
/// the missing facts and the pair's population bit.
pub(crate) fn push_unstated(
    entry: &Intervention,
    pair: usize,
    missing_facts: u8,
    population: u8,
    out: &mut Vec<Reason>,
) {
    let Some(pair) = entry.pairs().nth(pair) else { return };
    let has = |bit: u8| missing_facts & bit != 0;
    if has(missing::AGE) {
        out.push(Reason::AgeNotStated { scope: pair.age_scope(), min_age: pair.min_age() });
    }
    if has(missing::SUBSTANCE) {
        out.push(Reason::SubstanceNotStated { substances: pair.substances() });
    }
    if has(missing::PATTERN) {
        let required = ConditionPattern::requirement(pair.patterns());
        // The row's substances, when they do not wait too (said above) and
        // name kinds, not the general "narkotika" (which would list
        // substances the person does not use).
        let named = pair.substances();
        let general = named.contains(Substance::Narcotics);
        let substances = if has(missing::SUBSTANCE) || general { TagSet::new() } else { named };
        let in_laro = !has(missing::SITUATION)
            && population_of_bit(population) == Some(Population::InMedicationAssistedTreatment);
        out.push(Reason::PatternNotStated { required, substances, in_laro });
    }
    if has(missing::SITUATION) {
        if let Some(required) = population_of_bit(population) {
            out.push(Reason::SituationNotStated { required });
        }
    }
    if has(missing::OTHER_TREATMENT) {
        out.push(Reason::OtherTreatmentNotStated);
    }
}

/// What the notes of a match say, whichever path found it.
pub(crate) struct NoteFacts {
    pub(crate) priority: Option<NrPriority>,
    pub(crate) pair: Option<usize>,
    pub(crate) withheld: bool,
    pub(crate) below_usual_age: bool,
    pub(crate) add_on: bool,
    pub(crate) substance_not_named: bool,
    /// Whether the profile states the row's situation (none is missing),
    /// so that the fact that fits it can be named.
    pub(crate) situation_stated: bool,
}

/// The notes of a match, in a fixed order: the fact that put the person
/// in the row's population (for a row that names one), the priority (or
/// why there is no number), a row's insufficient evidence, the substance
/// not named, the age note, the add-on role. `recommend` and `explain` both build them here, so a match
/// and its decision give the same reasons.
pub(crate) fn push_notes(entry: &Intervention, facts: &NoteFacts, out: &mut Vec<Reason>) {
    let chosen = facts.pair.and_then(|i| entry.pairs().nth(i));
    if let Some(pair) = chosen.filter(|_| !facts.withheld && facts.situation_stated) {
        if pair.population() != Population::Anyone {
            out.push(Reason::Fits { population: pair.population() });
        }
    }
    let rated = facts.pair.and_then(|i| entry.recommendations().get(i));
    match (facts.withheld, facts.priority, rated) {
        // Listed apart; the exclusion says why.
        (true, _, _) => {}
        (false, Some(priority), Some(pair)) => out.push(Reason::Priority {
            priority,
            recommendation: facts.pair.unwrap_or_default(),
            substances: pair.substances(),
            population: pair.population(),
            condition: pair.condition().map(str::to_owned),
            measure: pair.measure().map(str::to_owned),
            disputes: pair.disputes().to_vec(),
        }),
        // Matched on the target group: the sources give no number.
        _ if entry.recommendations().is_empty() => {
            out.push(Reason::NoNumberInSources { verb: entry.target().verb(), condition: None });
        }
        // An NR row whose number no text states.
        (false, None, Some(pair)) => {
            out.push(Reason::NoNumberInSources {
                verb: pair.verb(),
                condition: pair.condition().map(str::to_owned),
            });
            if let Some(nearest) = pair.nearest_stated() {
                out.push(Reason::NearestStated(nearest.clone()));
            }
        }
        // Rated pairs, none of which applies: the exclusions say why.
        _ => {}
    }
    // The row's source finds the evidence insufficient: said wherever the
    // row is listed, so that it does not read as one of the rated ones.
    if rated.is_some_and(Recommendation::has_insufficient_evidence) {
        out.push(Reason::InsufficientEvidence);
    }
    if facts.substance_not_named {
        out.push(Reason::SubstanceNotNamed);
    }
    if facts.below_usual_age {
        if let Some(min_age) = chosen.and_then(Pair::usual_min_age) {
            out.push(Reason::BelowUsualAge { min_age });
        }
    }
    if facts.add_on {
        out.push(Reason::AddOn);
    }
}
