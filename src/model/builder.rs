//! Building an [`Intervention`] by hand, validated.

use super::breadcrumb::Breadcrumb;
use super::sections::Sections;
use super::{Intervention, Phase, Recommendation, Schedule, Target};
use crate::error::Error;
use crate::vocab::{Need, TagSet, Tags};

/// Builds a validated [`Intervention`]; see [`Intervention::builder`].
#[derive(Clone, Debug)]
#[must_use]
pub struct InterventionBuilder {
    pub(super) inner: Intervention,
}

impl InterventionBuilder {
    /// Sets the name (the id stays as it is).
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.inner.name = name.into();
        self
    }
    /// Sets the id (by default the slug of the name).
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.inner.id = id.into();
        self
    }
    /// Sets the abbreviation.
    pub fn abbreviation(mut self, abbreviation: impl Into<String>) -> Self {
        self.inner.abbreviation = Some(abbreviation.into());
        self
    }
    /// Sets the lede.
    pub fn lede(mut self, lede: impl Into<String>) -> Self {
        self.inner.lede = Some(lede.into());
        self
    }
    /// Sets the breadcrumb.
    pub fn breadcrumb(mut self, breadcrumb: Breadcrumb) -> Self {
        self.inner.breadcrumb = breadcrumb;
        self
    }
    /// Sets the prose sections.
    pub fn sections(mut self, sections: Sections) -> Self {
        self.inner.sections = sections;
        self
    }
    /// Sets the tags.
    pub fn tags(mut self, tags: Tags) -> Self {
        self.inner.tags = tags;
        self
    }
    /// Sets the target group.
    pub fn target(mut self, target: Target) -> Self {
        self.inner.target = target;
        self
    }
    /// Adds a recommendation.
    pub fn recommendation(mut self, recommendation: Recommendation) -> Self {
        self.inner.recommendations.push(recommendation);
        self
    }
    /// Replaces the recommendations (an edited entry's, say) with
    /// `recommendations`.
    pub fn recommendations(mut self, recommendations: Vec<Recommendation>) -> Self {
        self.inner.recommendations = recommendations;
        self
    }
    /// Marks the intervention as an add-on to other treatment.
    pub fn add_on(mut self, add_on: bool) -> Self {
        self.inner.add_on = add_on;
        self
    }
    /// Marks the intervention as manual-based.
    pub fn manual_based(mut self, manual_based: bool) -> Self {
        self.inner.manual_based = manual_based;
        self
    }
    /// Sets the schedule.
    pub fn schedule(mut self, schedule: Schedule) -> Self {
        self.inner.schedule = Some(schedule);
        self
    }
    /// Adds the next phase.
    pub fn phase(mut self, phase: Phase) -> Self {
        self.inner.phases.push(phase);
        self
    }
    /// Sets the areas the assessment should map.
    pub fn assessment_areas(mut self, needs: TagSet<Need>) -> Self {
        self.inner.assessment_areas = needs;
        self
    }
    /// Sets the needs the intervention can meet in a package.
    pub fn needs_served(mut self, needs: TagSet<Need>) -> Self {
        self.inner.needs_served = needs;
        self
    }
    /// Adds a component (the id of an intervention under this umbrella).
    pub fn component(mut self, id: impl Into<String>) -> Self {
        self.inner.components.push(id.into());
        self
    }
    /// Adds a name that the page says has a youth version.
    pub fn youth_version_named(mut self, name: impl Into<String>) -> Self {
        self.inner.youth_versions_named.push(name.into());
        self
    }
    /// Links the youth version (by id).
    pub fn youth_version(mut self, id: impl Into<String>) -> Self {
        self.inner.youth_version = Some(id.into());
        self
    }
    /// Links the adult form (by id) of a youth version.
    pub fn adult_version(mut self, id: impl Into<String>) -> Self {
        self.inner.adult_version = Some(id.into());
        self
    }
    /// What kind of measure it is.
    pub fn kind(mut self, kind: crate::vocab::Kind) -> Self {
        self.inner.kind = Some(kind);
        self
    }
    /// What the page's Kompetenskrav asks, typed.
    pub fn required_competence(mut self, competence: super::Competence) -> Self {
        self.inner.competence = Some(competence);
        self
    }
    /// Where the facts come from (a URL).
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.inner.source = Some(source.into());
        self
    }
    /// Adds a caveat.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.inner.notes.push(note.into());
        self
    }

    /// Sets the recommendations, phases and youth-version names read from a
    /// page at once: adding them one by one moves the whole builder once
    /// per item, which a page with many of them makes slow.
    pub(crate) fn prose_lists(
        mut self,
        recommendations: Vec<Recommendation>,
        phases: Vec<Phase>,
        youth_versions_named: Vec<String>,
    ) -> Self {
        self.inner.recommendations = recommendations;
        self.inner.phases = phases;
        self.inner.youth_versions_named = youth_versions_named;
        self
    }

    /// The intervention, if it is valid: a one-line name, an ASCII
    /// kebab-case id, phases numbered 1, 2, 3, … in order, links that are
    /// ids, not both an add-on and an umbrella, and texts that its page
    /// can hold so that they read back the same (see
    /// [`page::render`](crate::page::render)).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Intervention`](crate::ErrorKind::Intervention) naming the field at fault and quoting the
    /// value (for a section, the line at fault) cut to 60 characters.
    pub fn build(self) -> Result<Intervention, Error> {
        self.inner.validate()?;
        Ok(self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_rejects_bad_entries() {
        let err = Intervention::builder("").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid intervention: field \"name\" (\"\"): must be one non-empty line"
        );
        let err = Intervention::builder("X").id("Bad Id").build().unwrap_err();
        assert!(err.to_string().contains("field \"id\" (\"Bad Id\")"), "{err}");
        let err = Intervention::builder("X").add_on(true).component("y").build().unwrap_err();
        assert!(err.to_string().contains("umbrella"), "{err}");
        let err = Intervention::builder("X").phase(Phase::new(2, "a", "b")).build().unwrap_err();
        assert!(err.to_string().contains("ordinals"), "{err}");
    }
}
