//! The engine against a baseline: both results as rows, list by list.

use super::labels::population_id;
use super::lists::{Found, ScanResult};
use insats::{Match, NrPriority, Reason, Recommendations};

/// One match as compared: id, priority, add-on, the index of the
/// recommendation behind the priority, what it waits for (the age, the
/// substance, the pattern of use, the population whose situation is
/// unstated, other treatment), and whether the person is below the pair's
/// stated age.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub priority: Option<NrPriority>,
    pub add_on: bool,
    pub pair: Option<usize>,
    pub waits: (bool, bool, bool, Option<String>, bool),
    pub below_stated_age: bool,
}

/// The engine's match as a row, read through the public API only.
pub fn engine_row(m: &Match<'_>) -> Row {
    let entry = m.intervention();
    let pair = m
        .recommendation()
        .and_then(|r| entry.recommendations().iter().position(|x| std::ptr::eq(x, r)));
    let mut waits = (false, false, false, None, false);
    for reason in m.unstated() {
        match reason {
            Reason::AgeNotStated { .. } => waits.0 = true,
            Reason::SubstanceNotStated { .. } => waits.1 = true,
            Reason::PatternNotStated { .. } => waits.2 = true,
            Reason::SituationNotStated { required } => waits.3 = Some(population_id(required)),
            Reason::OtherTreatmentNotStated => waits.4 = true,
            _ => {}
        }
    }
    let below_stated_age = m.reasons().iter().any(|r| matches!(r, Reason::BelowStatedAge { .. }));
    Row {
        id: entry.id().to_owned(),
        priority: m.priority(),
        add_on: m.is_add_on(),
        pair,
        waits,
        below_stated_age,
    }
}

/// A baseline's match as a row.
pub fn scan_row(f: &Found<'_>) -> Row {
    let w = f.waits;
    Row {
        id: f.id.to_owned(),
        priority: f.priority,
        add_on: f.add_on,
        pair: f.pair,
        waits: (w.age, w.substance, w.pattern, w.situation.map(str::to_owned), w.other_treatment),
        below_stated_age: f.below_stated_age,
    }
}

/// Where the engine's result and a baseline's differ, list by list (the
/// first row that differs in each); `None` when every list agrees, row by
/// row and in order.
pub fn disagreement(recs: &Recommendations<'_>, found: &ScanResult<'_>) -> Option<String> {
    let (primary, add_ons) = found.matches.split_at(found.primary_len.min(found.matches.len()));
    let lists: [(&str, &[Match<'_>], &[Found<'_>]); 5] = [
        ("primary", recs.primary(), primary),
        ("add-ons", recs.add_ons(), add_ons),
        ("conditional", recs.conditional(), &found.conditional),
        ("not rated for age", recs.not_rated_for_age(), &found.not_rated_for_age),
        ("assessments", recs.assessments(), &found.assessments),
    ];
    let mut out = String::new();
    for (name, engine, baseline) in lists {
        let engine: Vec<Row> = engine.iter().map(engine_row).collect();
        let baseline: Vec<Row> = baseline.iter().map(scan_row).collect();
        if engine != baseline {
            let at = engine.iter().zip(&baseline).position(|(a, b)| a != b);
            let at = at.unwrap_or(engine.len().min(baseline.len()));
            out += &format!(
                "\n  {name}: {} rows against {}; at {at}: {:?}\n     vs {:?}",
                engine.len(),
                baseline.len(),
                engine.get(at),
                baseline.get(at)
            );
        }
    }
    (!out.is_empty()).then_some(out)
}
