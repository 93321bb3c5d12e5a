//! Explain, plainly: every entry decided by the strings baseline, with a
//! code for why.

use super::lists::Found;
use super::strings::{StringProfile, StringScan, facet_passes};
use insats::NrPriority;
use serde::Serialize;

/// One entry decided, as the strings baseline's explain gives it: its id,
/// whether it is recommended or would be, and a code for why (no words).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlainDecision<'s> {
    pub id: &'s str,
    pub included: bool,
    pub conditional: bool,
    pub priority: Option<NrPriority>,
    /// `recommended`, `conditional`, `not-rated-for-age`, `facet`,
    /// `replaced-by-youth-version` or `not-applicable`.
    pub why: &'static str,
}

impl StringScan {
    /// Every entry in catalog order, decided: the baseline of the engine's
    /// `explain`. Its JSON is the baseline of the engine's explain report.
    pub fn explain<'s>(&'s self, profile: &StringProfile) -> Vec<PlainDecision<'s>> {
        let found = self.recommend(profile);
        let mut listed: Vec<Option<(&'static str, Option<NrPriority>)>> =
            vec![None; self.entries.len()];
        let lists: [(&[Found<'_>], &'static str); 4] = [
            (&found.matches, "recommended"),
            (&found.assessments, "recommended"),
            (&found.conditional, "conditional"),
            (&found.not_rated_for_age, "not-rated-for-age"),
        ];
        for (list, why) in lists {
            for f in list {
                listed[f.entry as usize] = Some((why, f.priority));
            }
        }
        self.entries
            .iter()
            .zip(listed)
            .map(|(entry, listed)| {
                let facets = facet_passes(&profile.provider, &entry.providers)
                    && facet_passes(&profile.role, &entry.roles)
                    && facet_passes(&profile.age_group, &entry.age_groups)
                    && facet_passes(&profile.severity, &entry.severities)
                    && facet_passes(&profile.condition, &entry.conditions);
                let (why, priority) = match listed {
                    _ if !facets => ("facet", None),
                    _ if profile.person.child() && entry.youth_version => {
                        ("replaced-by-youth-version", None)
                    }
                    Some(listed) => listed,
                    None => ("not-applicable", None),
                };
                PlainDecision {
                    id: &entry.id,
                    included: why == "recommended",
                    conditional: why == "conditional",
                    priority,
                    why,
                }
            })
            .collect()
    }
}
