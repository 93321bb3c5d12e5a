//! An intervention (insats) of the guide.

use super::breadcrumb::Breadcrumb;
use super::sections::Sections;
use super::slug::{is_slug, slug};
use super::{InterventionBuilder, NrPriority, Pair, Phase, Recommendation, Schedule, Target};
use crate::error::{EntryProblem, Error, ErrorKind};
use crate::terms::quote::cut;
use crate::vocab::{
    CompetenceRequirement, Condition, Facet, FacetSet, GuideSection, Kind, Need, TagSet, Tags,
};
use serde::{Deserialize, Serialize};

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
    pub(super) id: String,
    pub(super) name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) abbreviation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) lede: Option<String>,
    #[serde(default)]
    pub(super) breadcrumb: Breadcrumb,
    #[serde(default)]
    pub(super) sections: Sections,
    #[serde(default)]
    pub(super) tags: Tags,
    #[serde(default)]
    pub(super) target: Target,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) recommendations: Vec<Recommendation>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(super) add_on: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(super) manual_based: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) schedule: Option<Schedule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) phases: Vec<Phase>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    pub(super) assessment_areas: TagSet<Need>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    pub(super) needs_served: TagSet<Need>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) components: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) youth_versions_named: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) youth_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) adult_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) source: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) kind: Option<Kind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) competence: Option<Competence>,
}

/// What the page's Kompetenskrav asks of whoever delivers an entry: the
/// requirement, typed, and the words of the source (as the fact sheet
/// gives them).
///
/// # Examples
///
/// ```
/// use insats::{Competence, CompetenceRequirement};
///
/// let c = Competence::new(CompetenceRequirement::Physician, "licensed physician");
/// assert_eq!(c.requirement(), CompetenceRequirement::Physician);
/// assert_eq!(c.text(), "licensed physician");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    requirement: CompetenceRequirement,
    #[serde(default)]
    text: String,
}

impl Competence {
    /// A requirement, with the source's words.
    pub fn new(requirement: CompetenceRequirement, text: impl Into<String>) -> Competence {
        Competence { requirement, text: text.into() }
    }
    /// The requirement.
    pub fn requirement(&self) -> CompetenceRequirement {
        self.requirement
    }
    /// The source's words.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// The most condition–intervention pairs one entry may hold: the matcher
/// numbers them in 16 bits. (A page of the guide states a handful.)
pub(crate) const MAX_PAIRS: usize = u16::MAX as usize;

impl Intervention {
    /// A builder that starts from this entry, to change some of its
    /// fields without a round trip through JSON; [`build`](InterventionBuilder::build)
    /// checks the result as it checks a new entry.
    ///
    /// ```
    /// use insats::{Catalog, Intervention};
    ///
    /// let built_in = insats::catalog();
    /// let nt = built_in.get("natverksterapi").ok_or("no Nätverksterapi")?;
    /// let edited = nt.to_builder().note("Erbjuds i kommunens regi.").build()?;
    /// assert_eq!(edited.id(), nt.id());
    /// assert_eq!(edited.notes().len(), nt.notes().len() + 1);
    ///
    /// let entries: Vec<Intervention> = built_in
    ///     .iter()
    ///     .map(|e| if e.id() == edited.id() { edited.clone() } else { e.clone() })
    ///     .collect();
    /// let local = Catalog::new("2026-12+local", entries)?;
    /// assert_eq!(local.len(), built_in.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self) -> InterventionBuilder {
        InterventionBuilder { inner: self.clone() }
    }

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
                kind: None,
                competence: None,
            },
        }
    }

    /// Checks what the builder checks; used on entries read from JSON.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        // The value is quoted cut short: a name of 10 MB must not make a
        // message of 10 MB.
        let bad = |field, value: &str, problem| {
            Err(Error::from(ErrorKind::Intervention { field, value: cut(value), problem }))
        };
        if self.name.trim().is_empty() || self.name.contains('\n') {
            return bad("name", &self.name, EntryProblem::NameOneLine);
        }
        if !is_slug(&self.id) {
            return bad("id", &self.id, EntryProblem::IdNotSlug);
        }
        if self.add_on && !self.components.is_empty() {
            return bad("add_on", &self.id, EntryProblem::UmbrellaAddOn);
        }
        // The matcher numbers an entry's pairs so that a match names the
        // pair it was chosen by.
        if self.recommendations.len() > MAX_PAIRS {
            let count = self.recommendations.len().to_string();
            return bad("recommendations", &count, EntryProblem::TooManyPairs);
        }
        for (i, phase) in self.phases.iter().enumerate() {
            if usize::from(phase.ordinal()) != i + 1 {
                return bad("phases", phase.name(), EntryProblem::PhaseOrder);
            }
        }
        for link in self.components.iter().chain(&self.youth_version).chain(&self.adult_version) {
            if !is_slug(link) {
                return bad("link", link, EntryProblem::LinkNotId);
            }
        }
        if let Some(abbreviation) = &self.abbreviation {
            if abbreviation.trim().is_empty() {
                return bad("abbreviation", abbreviation, EntryProblem::AbbreviationEmpty);
            }
        }
        // The texts a page holds must read back from the page as they are.
        super::check::check_entry(self)
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
        self.breadcrumb.area().parse().unwrap_or(Condition::SubstanceUseAndDependence)
    }
    /// The conditions the entry applies to: the `Tillstånd` facet, or the
    /// area's condition when the facet is not written.
    pub fn conditions(&self) -> TagSet<Condition> {
        let stated = self.tags.conditions();
        if stated.is_empty() { TagSet::only(self.area()) } else { stated }
    }
    /// The values the entry is tagged with for `facet`, as matching reads
    /// them: the tags, except that an unwritten `Tillstånd` is the area's
    /// condition.
    pub fn facet(&self, facet: Facet) -> FacetSet {
        match facet {
            Facet::Condition => self.conditions().into(),
            other => self.tags.get(other),
        }
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
    /// The entry's pairs as matching reads them: its recommendations in the
    /// order the source gives them, or, for an entry with none, its target
    /// group as one unrated pair.
    ///
    /// ```
    /// use insats::{catalog, Pair};
    ///
    /// let cra = catalog().by_name("CRA").ok_or("no CRA")?;
    /// assert!(cra.pairs().all(|p| matches!(p, Pair::Rated { .. })));
    /// assert_eq!(cra.pairs().count(), cra.recommendations().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pairs(&self) -> impl Iterator<Item = Pair<'_>> {
        let target = self.recommendations.is_empty().then_some(Pair::Unrated(&self.target));
        self.recommendations
            .iter()
            .enumerate()
            .map(|(index, recommendation)| Pair::Rated { index, recommendation })
            .chain(target)
    }
    /// The strongest priority stated for any pair, or `None` when the guide
    /// states no number.
    pub fn best_priority(&self) -> Option<NrPriority> {
        self.recommendations.iter().filter_map(Recommendation::priority).min()
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
    /// What kind of measure it is (treatment, medicine, support,
    /// assessment, test), when a source states it.
    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }

    /// The section of the guide the entry's page belongs to, as its
    /// breadcrumb names it; `None` when the breadcrumb names none of the
    /// three.
    pub fn guide_section(&self) -> Option<GuideSection> {
        self.breadcrumb.section().parse().ok()
    }

    /// What the page's Kompetenskrav asks, typed, when a source states it
    /// ([`competence`](Self::competence) is the section's text).
    pub fn required_competence(&self) -> Option<&Competence> {
        self.competence.as_ref()
    }

    /// Whether the entry is an assessment instrument or a medical test
    /// (listed apart from treatment and support).
    pub(crate) fn is_assessment_step(&self) -> bool {
        self.kind.is_some_and(Kind::is_assessment_step)
    }

    /// Where the facts come from: a URL, or a citation of the page.
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
