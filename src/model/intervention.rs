//! An intervention (insats) of the guide.

use super::{NrPriority, Phase, Recommendation, Schedule, Tags, Target};
use crate::Error;
use crate::vocab::{Condition, Need, TagSet};
use serde::{Deserialize, Serialize};

/// The ASCII kebab-case slug of a name, as the guide's URLs spell it:
/// lower case, `å`/`ä` → `a`, `ö` → `o`, `é` → `e`, every other run of
/// non-alphanumeric characters → `-`.
///
/// # Examples
///
/// ```
/// assert_eq!(insats::slug("Nätverksterapi"), "natverksterapi");
/// assert_eq!(insats::slug("Community reinforcement approach (CRA)"),
///            "community-reinforcement-approach-cra");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The breadcrumb lines at the head of a page, kept as written so that a
/// rendered page reproduces them.
///
/// Editions of the site differ: the older one starts with
/// `Gå till huvudsidan: Missbruk och beroende`, the newer one leaves that
/// line out and names the area `Skadligt bruk/missbruk och beroende`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breadcrumb {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    home: Option<String>,
    area: String,
    section: String,
}

impl Breadcrumb {
    /// The heading of the guide's section for interventions.
    pub const TREATMENT_AND_SUPPORT: &'static str = "Behandling och stöd";

    /// A breadcrumb: the text after `Gå till huvudsidan: ` (if the line is
    /// there), the area line, and the section line.
    pub fn new(home: Option<String>, area: impl Into<String>, section: impl Into<String>) -> Self {
        Breadcrumb { home, area: area.into(), section: section.into() }
    }

    /// The text after `Gå till huvudsidan: `, if the page has that line.
    pub fn home(&self) -> Option<&str> {
        self.home.as_deref()
    }

    /// The area line as written, e.g. `Missbruk och beroende`.
    pub fn area(&self) -> &str {
        &self.area
    }

    /// The section line, `Behandling och stöd`.
    pub fn section(&self) -> &str {
        &self.section
    }
}

impl Default for Breadcrumb {
    fn default() -> Self {
        let area = Condition::SubstanceUseAndDependence.label_sv();
        Breadcrumb {
            home: Some(area.to_owned()),
            area: area.to_owned(),
            section: Self::TREATMENT_AND_SUPPORT.to_owned(),
        }
    }
}

/// The prose sections of a page, each as written (paragraphs separated by
/// a blank line). An empty text means the page has no such section.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    /// `Målgrupp eller situation`: who the intervention is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_group: String,
    /// `Kunskapsläge`: the state of knowledge and the NR recommendation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub knowledge: String,
    /// `Kompetenskrav`: the competence the practitioner needs.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub competence: String,
    /// `Sammanfattning`: a summary.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// `Genomförande`: how it is carried out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub implementation: String,
}

impl Sections {
    /// The headings of the sections, in page order.
    pub const HEADINGS: [&'static str; 5] = [
        "Målgrupp eller situation",
        "Kunskapsläge",
        "Kompetenskrav",
        "Sammanfattning",
        "Genomförande",
    ];

    /// The texts, in page order (the order of [`Sections::HEADINGS`]).
    pub fn texts(&self) -> [&str; 5] {
        [&self.target_group, &self.knowledge, &self.competence, &self.summary, &self.implementation]
    }

    /// The text of section `index` (in [`Sections::HEADINGS`] order), for
    /// writing.
    pub fn text_mut(&mut self, index: usize) -> Option<&mut String> {
        match index {
            0 => Some(&mut self.target_group),
            1 => Some(&mut self.knowledge),
            2 => Some(&mut self.competence),
            3 => Some(&mut self.summary),
            4 => Some(&mut self.implementation),
            _ => None,
        }
    }
}

/// An intervention (insats) of the guide: what it is, for whom, how
/// strongly the national guidelines recommend it, how it is carried out,
/// and how the guide tags it.
///
/// Built with [`Intervention::builder`], read from a page with
/// [`page::parse`](crate::page::parse), or taken from the built-in
/// [`catalog`](crate::catalog()).
///
/// # Examples
///
/// ```
/// use insats::{Intervention, NrPriority, Population, Recommendation, Schedule, Substance, TagSet};
///
/// let met = Intervention::builder("Motivationshöjande behandling")
///     .abbreviation("MET")
///     .recommendation(Recommendation::new(
///         TagSet::only(Substance::Alcohol),
///         Population::Anyone,
///         NrPriority::rank(1)?,
///     ))
///     .schedule(Schedule::sessions(5)?)
///     .build()?;
/// assert_eq!(met.id(), "motivationshojande-behandling");
/// assert_eq!(met.best_priority(), Some(NrPriority::rank(1)?));
/// assert!(!met.is_add_on());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intervention {
    id: String,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    abbreviation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lede: Option<String>,
    #[serde(default)]
    breadcrumb: Breadcrumb,
    #[serde(default)]
    sections: Sections,
    #[serde(default)]
    tags: Tags,
    #[serde(default)]
    target: Target,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    recommendations: Vec<Recommendation>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    add_on: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    manual_based: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    schedule: Option<Schedule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    phases: Vec<Phase>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    assessment_areas: TagSet<Need>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    needs_served: TagSet<Need>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    components: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    youth_versions_named: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    youth_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    adult_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    notes: Vec<String>,
}

impl Intervention {
    /// A builder for an intervention named `name`.
    pub fn builder(name: impl Into<String>) -> InterventionBuilder {
        let name = name.into();
        InterventionBuilder {
            inner: Intervention {
                id: slug(&name),
                name,
                abbreviation: None,
                lede: None,
                breadcrumb: Breadcrumb::default(),
                sections: Sections::default(),
                tags: Tags::default(),
                target: Target::default(),
                recommendations: Vec::new(),
                add_on: false,
                manual_based: false,
                schedule: None,
                phases: Vec::new(),
                assessment_areas: TagSet::new(),
                needs_served: TagSet::new(),
                components: Vec::new(),
                youth_versions_named: Vec::new(),
                youth_version: None,
                adult_version: None,
                source: None,
                notes: Vec::new(),
            },
        }
    }

    /// Checks what the builder checks; used on entries read from JSON.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        let bad = |field, value: &str, problem| {
            Err(Error::Intervention { field, value: value.to_owned(), problem })
        };
        if self.name.trim().is_empty() || self.name.contains('\n') {
            return bad("name", &self.name, "must be one non-empty line");
        }
        if !is_slug(&self.id) {
            return bad("id", &self.id, "must be ASCII kebab-case (a-z, 0-9, single dashes)");
        }
        if self.add_on && !self.components.is_empty() {
            return bad("add_on", &self.id, "an umbrella entry cannot be an add-on");
        }
        for (i, phase) in self.phases.iter().enumerate() {
            if usize::from(phase.ordinal()) != i + 1 {
                return bad("phases", phase.name(), "ordinals must run 1, 2, 3, … in order");
            }
        }
        for link in self.components.iter().chain(&self.youth_version).chain(&self.adult_version) {
            if !is_slug(link) {
                return bad("link", link, "must be the id of an entry");
            }
        }
        if let Some(abbreviation) = &self.abbreviation {
            if abbreviation.trim().is_empty() {
                return bad("abbreviation", abbreviation, "must not be empty");
            }
        }
        Ok(())
    }

    /// The id: the ASCII kebab-case slug of the name, unless set otherwise.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The name, e.g. `Nätverksterapi`.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The abbreviation, e.g. `CRA`.
    pub fn abbreviation(&self) -> Option<&str> {
        self.abbreviation.as_deref()
    }
    /// The one-sentence lede under the title, if any.
    pub fn lede(&self) -> Option<&str> {
        self.lede.as_deref()
    }
    /// The breadcrumb lines as written on the page.
    pub fn breadcrumb(&self) -> &Breadcrumb {
        &self.breadcrumb
    }
    /// The condition of the guide's area (from the breadcrumb); an entry
    /// without a `Tillstånd` facet applies to it.
    pub fn area(&self) -> Condition {
        self.breadcrumb.area.parse().unwrap_or(Condition::SubstanceUseAndDependence)
    }
    /// The conditions the entry applies to: the `Tillstånd` facet, or the
    /// area's condition when the facet is not written.
    pub fn conditions(&self) -> TagSet<Condition> {
        let stated = self.tags.conditions();
        if stated.is_empty() { TagSet::only(self.area()) } else { stated }
    }
    /// The prose sections.
    pub fn sections(&self) -> &Sections {
        &self.sections
    }
    /// `Målgrupp eller situation`.
    pub fn target_group(&self) -> &str {
        &self.sections.target_group
    }
    /// `Kunskapsläge`.
    pub fn knowledge(&self) -> &str {
        &self.sections.knowledge
    }
    /// `Kompetenskrav`.
    pub fn competence(&self) -> &str {
        &self.sections.competence
    }
    /// `Sammanfattning`.
    pub fn summary(&self) -> &str {
        &self.sections.summary
    }
    /// `Genomförande`.
    pub fn implementation(&self) -> &str {
        &self.sections.implementation
    }
    /// The tags (Märkning).
    pub fn tags(&self) -> &Tags {
        &self.tags
    }
    /// Who the entry is for where no recommendation says it.
    pub fn target(&self) -> Target {
        self.target
    }
    /// The condition–intervention pairs with a stated NR priority, in the
    /// order the source gives them.
    pub fn recommendations(&self) -> &[Recommendation] {
        &self.recommendations
    }
    /// The strongest priority stated for any pair, or `None` when the guide
    /// states no number.
    pub fn best_priority(&self) -> Option<NrPriority> {
        self.recommendations.iter().map(Recommendation::priority).min()
    }
    /// Whether the intervention is offered only as an add-on to other
    /// treatment (`som tillägg till annan behandling`, `komplement`).
    pub fn is_add_on(&self) -> bool {
        self.add_on
    }
    /// Whether the intervention follows a manual.
    pub fn is_manual_based(&self) -> bool {
        self.manual_based
    }
    /// The length and rhythm, if stated.
    pub fn schedule(&self) -> Option<&Schedule> {
        self.schedule.as_ref()
    }
    /// The phases, in order.
    pub fn phases(&self) -> &[Phase] {
        &self.phases
    }
    /// The areas the assessment should map, when the entry names them.
    pub fn assessment_areas(&self) -> TagSet<Need> {
        self.assessment_areas
    }
    /// The needs this intervention can meet in a treatment package.
    pub fn needs_served(&self) -> TagSet<Need> {
        self.needs_served
    }
    /// For an umbrella entry: the ids of its component interventions.
    pub fn components(&self) -> &[String] {
        &self.components
    }
    /// Whether the entry is an umbrella over other interventions.
    pub fn is_umbrella(&self) -> bool {
        !self.components.is_empty()
    }
    /// Names (or abbreviations) the page says have youth versions, e.g.
    /// `["CRA", "MET"]`.
    pub fn youth_versions_named(&self) -> &[String] {
        &self.youth_versions_named
    }
    /// The id of this intervention's youth version, if it has one.
    pub fn youth_version(&self) -> Option<&str> {
        self.youth_version.as_deref()
    }
    /// For a youth version: the id of the adult form it adapts.
    pub fn adult_version(&self) -> Option<&str> {
        self.adult_version.as_deref()
    }
    /// Where the facts come from (a URL).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
    /// Caveats: where sources disagree, and what the entry keeps.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }
    /// Whether `name` is this entry's name or abbreviation (ignoring case).
    pub fn is_named(&self, name: &str) -> bool {
        let folded = name.trim().to_lowercase();
        self.name.to_lowercase() == folded
            || self.abbreviation.as_deref().is_some_and(|a| a.to_lowercase() == folded)
    }
}

/// Builds a validated [`Intervention`]; see [`Intervention::builder`].
#[derive(Clone, Debug)]
#[must_use]
pub struct InterventionBuilder {
    inner: Intervention,
}

impl InterventionBuilder {
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
    /// Sets the source URL.
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.inner.source = Some(source.into());
        self
    }
    /// Adds a caveat.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.inner.notes.push(note.into());
        self
    }

    /// The intervention, if it is valid: a one-line name, an ASCII
    /// kebab-case id, phases numbered 1, 2, 3, … in order, links that are
    /// ids, and not both an add-on and an umbrella.
    pub fn build(self) -> Result<Intervention, Error> {
        self.inner.validate()?;
        Ok(self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_guide() {
        assert_eq!(slug("Psykosocial behandling"), "psykosocial-behandling");
        assert_eq!(slug("Återfallsprevention"), "aterfallsprevention");
        assert_eq!(slug("Haschavvänjningsprogrammet (HAP)"), "haschavvanjningsprogrammet-hap");
        assert_eq!(slug("  --  "), "");
    }

    #[test]
    fn builder_rejects_bad_entries() {
        let err = Intervention::builder("").build().unwrap_err();
        assert_eq!(err.to_string(), "invalid intervention: name \"\": must be one non-empty line");
        let err = Intervention::builder("X").id("Bad Id").build().unwrap_err();
        assert!(err.to_string().contains("id \"Bad Id\""), "{err}");
        let err = Intervention::builder("X").add_on(true).component("y").build().unwrap_err();
        assert!(err.to_string().contains("umbrella"), "{err}");
        let err = Intervention::builder("X").phase(Phase::new(2, "a", "b")).build().unwrap_err();
        assert!(err.to_string().contains("ordinals"), "{err}");
    }
}
