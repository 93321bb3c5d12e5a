//! The facts a page states in its prose: NR priorities, add-on status,
//! manual, schedule, phases, youth versions and assessment areas, one
//! reader per fact.
//!
//! Each reader looks for the few forms the guide uses and leaves
//! everything else alone; the prose itself is kept verbatim in the
//! sections, so a fact that is not recognised is never lost.

mod assessment;
mod phases;
mod recommendations;
mod schedule;
mod target;
mod youth;

pub(super) use recommendations::{MarkerKind, markers};

use super::words::{sentences, words};
use crate::model::{Phase, Recommendation, Schedule, Sections, Target};
use crate::vocab::{Need, TagSet};
use target::{has_add_on_marker, population, substances};

/// Everything read from the prose of one page.
pub(super) struct Facts {
    pub(super) target: Target,
    pub(super) recommendations: Vec<Recommendation>,
    pub(super) add_on: bool,
    /// Whether the target group, knowledge or summary marks an add-on
    /// (`add_on` is this and every recommendation an add-on).
    pub(super) add_on_marker: bool,
    pub(super) manual_based: bool,
    pub(super) schedule: Option<Schedule>,
    pub(super) phases: Vec<Phase>,
    pub(super) assessment_areas: TagSet<Need>,
    pub(super) youth_versions_named: Vec<String>,
}

pub(super) fn read(lede: Option<&str>, sections: &Sections) -> Facts {
    let target =
        Target::new(substances(&sections.target_group), population(&sections.target_group));
    let recommendations = recommendations::recommendations(&sections.knowledge, target);
    let add_on_marker = [sections.target_group.as_str(), &sections.knowledge, &sections.summary]
        .iter()
        .any(|text| has_add_on_marker(text));
    let add_on = add_on_marker && recommendations.iter().all(Recommendation::is_add_on);
    // Substring searches are far cheaper than reading words, so each
    // reader runs only on texts that can hold its fact.
    let manual_based = lede
        .into_iter()
        .chain(sections.iter().map(|(_, text)| text))
        .any(|text| text.contains("anualbaser") && words(text).any(|w| w.starts("manualbaser")));
    let mut youth_versions_named = youth::YouthNames::default();
    let mut assessment_areas = TagSet::new();
    for (_, text) in sections.iter() {
        let youth = text.contains("ngdomsversion");
        let mapping = text.contains("artlägg");
        if !youth && !mapping {
            continue;
        }
        for sentence in sentences(text) {
            if youth {
                youth::youth_versions(sentence, &mut youth_versions_named);
            }
            if mapping {
                assessment_areas = assessment_areas.union(assessment::assessment(sentence));
            }
        }
    }
    Facts {
        target,
        recommendations,
        add_on,
        add_on_marker,
        manual_based,
        schedule: schedule::schedule(&[&sections.implementation, &sections.summary]),
        phases: phases::phases(&sections.implementation),
        assessment_areas,
        youth_versions_named: youth_versions_named.into_names(),
    }
}
