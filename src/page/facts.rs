//! The facts a page gives without its statement blocks: those of its
//! prose, its title (the abbreviation) and its breadcrumb (the kind). The
//! reader starts from these and applies the blocks; the writer compares
//! an entry with them to choose what its blocks state. One function for
//! both, so that they agree.

use super::prose;
use crate::model::{Breadcrumb, Competence, Phase, Recommendation, Schedule, Sections, Target};
use crate::vocab::{GuideSection, Kind, Need, TagSet};

/// Every fact of an entry that a page states, as read.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct PageFacts {
    pub(super) abbreviation: Option<String>,
    pub(super) kind: Option<Kind>,
    pub(super) target: Target,
    pub(super) recommendations: Vec<Recommendation>,
    /// Whether the prose marks an add-on (see [`PageFacts::add_on_with`]).
    pub(super) add_on_marker: bool,
    pub(super) add_on: bool,
    pub(super) manual_based: bool,
    pub(super) schedule: Option<Schedule>,
    pub(super) phases: Vec<Phase>,
    pub(super) assessment_areas: TagSet<Need>,
    pub(super) needs_served: TagSet<Need>,
    pub(super) youth_versions_named: Vec<String>,
    pub(super) competence: Option<Competence>,
    /// The links a page states (by titles, read as their slugs).
    pub(super) youth_version: Option<String>,
    pub(super) adult_version: Option<String>,
    pub(super) components: Vec<String>,
}

impl PageFacts {
    /// What a page with this title, breadcrumb, lede and prose states
    /// without blocks.
    pub(super) fn from_prose(
        title: &str,
        breadcrumb: &Breadcrumb,
        lede: Option<&str>,
        sections: &Sections,
    ) -> PageFacts {
        let facts = prose::read(lede, sections);
        // The breadcrumb's section says the kind where the section has one.
        let kind = breadcrumb.section().parse::<GuideSection>().ok().and_then(GuideSection::kind);
        PageFacts {
            abbreviation: abbreviation(title).map(str::to_owned),
            kind,
            target: facts.target,
            recommendations: facts.recommendations,
            add_on_marker: facts.add_on_marker,
            add_on: facts.add_on,
            manual_based: facts.manual_based,
            schedule: facts.schedule,
            phases: facts.phases,
            assessment_areas: facts.assessment_areas,
            needs_served: TagSet::new(),
            youth_versions_named: facts.youth_versions_named,
            competence: None,
            youth_version: None,
            adult_version: None,
            components: Vec::new(),
        }
    }

    /// Whether the page reads as an add-on with these recommendations: its
    /// prose marks one and every recommendation is one.
    pub(super) fn add_on_with(&self, recommendations: &[Recommendation]) -> bool {
        self.add_on_marker && recommendations.iter().all(Recommendation::is_add_on)
    }
}

/// The abbreviation a title ends with, as in `Community reinforcement
/// approach (CRA)`: one word of at most 12 characters, with a capital.
fn abbreviation(title: &str) -> Option<&str> {
    let inner = title.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let candidate = inner.get(open + 1..)?;
    let plausible = !candidate.is_empty()
        && candidate.chars().count() <= 12
        && !candidate.chars().any(char::is_whitespace)
        && candidate.chars().any(char::is_uppercase);
    plausible.then_some(candidate)
}
