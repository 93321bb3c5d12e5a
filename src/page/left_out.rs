//! What a page of an entry does not carry, fact by fact:
//! [`render_checked`](super::render_checked) reads the page it writes back
//! and names every fact that differs.

use crate::model::{Intervention, Recommendation};
use std::fmt;

/// A fact of an entry, as its field in the catalog's JSON names it.
///
/// # Examples
///
/// ```
/// use insats::page::EntryFact;
///
/// assert_eq!(EntryFact::CompetenceText.path(), "competence.text");
/// assert_eq!(EntryFact::YouthVersion.path(), "youth_version");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntryFact {
    /// `id`: a page's entry has the slug of its title as its id, so a
    /// page carries no other id.
    Id,
    /// `name`, the title.
    Name,
    /// `abbreviation`.
    Abbreviation,
    /// `lede`.
    Lede,
    /// `breadcrumb`.
    Breadcrumb,
    /// `sections`, the prose.
    Sections,
    /// `tags`, the `Märkning`.
    Tags,
    /// `target`, the target group.
    Target,
    /// `recommendations`, as a list (their number differs).
    Recommendations,
    /// `add_on`.
    AddOn,
    /// `manual_based`.
    ManualBased,
    /// `schedule`.
    Schedule,
    /// `phases`.
    Phases,
    /// `assessment_areas`.
    AssessmentAreas,
    /// `needs_served`.
    NeedsServed,
    /// `components`: links to other entries.
    Components,
    /// `youth_versions_named`.
    YouthVersionsNamed,
    /// `youth_version`: a link to another entry.
    YouthVersion,
    /// `adult_version`: a link to another entry.
    AdultVersion,
    /// `source`: where the entry's facts come from.
    Source,
    /// `notes`: the catalog's caveats.
    Notes,
    /// `kind`.
    Kind,
    /// `competence`: the requirement of the Kompetenskrav.
    Competence,
    /// `competence.text`: the source's words for the requirement.
    CompetenceText,
}

impl EntryFact {
    /// The field in the catalog's JSON, e.g. `youth_version`.
    pub const fn path(self) -> &'static str {
        match self {
            EntryFact::Id => "id",
            EntryFact::Name => "name",
            EntryFact::Abbreviation => "abbreviation",
            EntryFact::Lede => "lede",
            EntryFact::Breadcrumb => "breadcrumb",
            EntryFact::Sections => "sections",
            EntryFact::Tags => "tags",
            EntryFact::Target => "target",
            EntryFact::Recommendations => "recommendations",
            EntryFact::AddOn => "add_on",
            EntryFact::ManualBased => "manual_based",
            EntryFact::Schedule => "schedule",
            EntryFact::Phases => "phases",
            EntryFact::AssessmentAreas => "assessment_areas",
            EntryFact::NeedsServed => "needs_served",
            EntryFact::Components => "components",
            EntryFact::YouthVersionsNamed => "youth_versions_named",
            EntryFact::YouthVersion => "youth_version",
            EntryFact::AdultVersion => "adult_version",
            EntryFact::Source => "source",
            EntryFact::Notes => "notes",
            EntryFact::Kind => "kind",
            EntryFact::Competence => "competence",
            EntryFact::CompetenceText => "competence.text",
        }
    }
}

/// A fact of one recommendation, as its field in the catalog's JSON names
/// it.
///
/// # Examples
///
/// ```
/// use insats::page::RecommendationFact;
///
/// assert_eq!(RecommendationFact::Source.path(), "source");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecommendationFact {
    /// `substances`.
    Substances,
    /// `population`.
    Population,
    /// `priority`.
    Priority,
    /// `patterns`.
    Patterns,
    /// `age_scope`.
    AgeScope,
    /// `min_age`.
    MinAge,
    /// `principal`.
    Principal,
    /// `principal_disputes`.
    PrincipalDisputes,
    /// `nearest_stated`.
    NearestStated,
    /// `no_established_effect`.
    NoEstablishedEffect,
    /// `insufficient_evidence`.
    InsufficientEvidence,
    /// `add_on`.
    AddOn,
    /// `verb`.
    Verb,
    /// `edition`.
    Edition,
    /// `condition`: the row's wording.
    Condition,
    /// `measure`: the row's measure, where it says more than the name.
    Measure,
    /// `source`: where the row is stated.
    Source,
    /// `disputes`.
    Disputes,
}

impl RecommendationFact {
    /// The field in the catalog's JSON, e.g. `source`.
    pub const fn path(self) -> &'static str {
        match self {
            RecommendationFact::Substances => "substances",
            RecommendationFact::Population => "population",
            RecommendationFact::Priority => "priority",
            RecommendationFact::Patterns => "patterns",
            RecommendationFact::AgeScope => "age_scope",
            RecommendationFact::MinAge => "min_age",
            RecommendationFact::Principal => "principal",
            RecommendationFact::PrincipalDisputes => "principal_disputes",
            RecommendationFact::NearestStated => "nearest_stated",
            RecommendationFact::NoEstablishedEffect => "no_established_effect",
            RecommendationFact::InsufficientEvidence => "insufficient_evidence",
            RecommendationFact::AddOn => "add_on",
            RecommendationFact::Verb => "verb",
            RecommendationFact::Edition => "edition",
            RecommendationFact::Condition => "condition",
            RecommendationFact::Measure => "measure",
            RecommendationFact::Source => "source",
            RecommendationFact::Disputes => "disputes",
        }
    }
}

/// A fact of an entry that the page [`render`](super::render) writes for
/// it does not carry: reading the page back
/// ([`parse_lenient`](super::parse_lenient)) gives another value, or none.
/// [`render_checked`](super::render_checked) names each.
///
/// Some facts no page carries, whatever their value
/// ([`LeftOut::is_never_on_a_page`]): an id other than the slug of the
/// title, the sources (of the entry and of each row: a page does not cite
/// itself), the catalog's notes, and the source's words for the
/// Kompetenskrav (the page states the requirement). The others are left
/// out only for their value: a text that a quotation in a block in brief
/// cannot hold (one with `”` or a line break), say, or a link that a page
/// of [`Catalog::to_pages`](crate::Catalog::to_pages) states by the linked
/// entry's title when that entry's id is not the slug of its title (the
/// page written alone states the id, which reads back as it is).
///
/// # Examples
///
/// ```
/// use insats::page::{self, EntryFact, LeftOut, RecommendationFact};
///
/// let nt = insats::catalog().get("natverksterapi").ok_or("no NT")?;
/// let (text, left_out) = page::render_checked(nt);
/// assert!(left_out.contains(&LeftOut::Entry(EntryFact::Notes)));
/// assert!(left_out.contains(&LeftOut::Recommendation {
///     index: 0,
///     fact: RecommendationFact::Source,
/// }));
/// assert!(left_out.iter().all(LeftOut::is_never_on_a_page));
/// assert_eq!(
///     LeftOut::Recommendation { index: 0, fact: RecommendationFact::Source }.to_string(),
///     "recommendations[0].source: a page does not cite its own source"
/// );
/// let back = page::parse(&text)?;
/// assert_eq!(back.recommendations()[0].principal(), nt.recommendations()[0].principal());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LeftOut {
    /// A fact of the entry itself.
    Entry(EntryFact),
    /// A fact of the entry's recommendation at `index` (in
    /// [`Intervention::recommendations`]).
    Recommendation {
        /// The recommendation's place, from 0.
        index: usize,
        /// The fact.
        fact: RecommendationFact,
    },
    /// The page does not read back at all. The builder's checks exist so
    /// that this never happens; if it does, it is a bug of the crate.
    NotReadBack,
}

impl LeftOut {
    /// The field in the catalog's JSON: `notes`, `competence.text`,
    /// `recommendations[2].source`; empty for [`LeftOut::NotReadBack`].
    pub fn path(&self) -> String {
        match self {
            LeftOut::Entry(fact) => fact.path().to_owned(),
            LeftOut::Recommendation { index, fact } => {
                format!("recommendations[{index}].{}", fact.path())
            }
            LeftOut::NotReadBack => String::new(),
        }
    }

    /// Whether no page carries the fact, whatever its value (see the type's
    /// docs); `false` for a fact left out for this entry's value.
    pub fn is_never_on_a_page(&self) -> bool {
        matches!(
            self,
            LeftOut::Entry(
                EntryFact::Id | EntryFact::Source | EntryFact::Notes | EntryFact::CompetenceText
            ) | LeftOut::Recommendation { fact: RecommendationFact::Source, .. }
        )
    }

    /// Why the page does not carry it, in English.
    fn reason(&self) -> &'static str {
        match self {
            LeftOut::Entry(EntryFact::Id) => "a page's id is the slug of its title",
            LeftOut::Entry(EntryFact::Source)
            | LeftOut::Recommendation { fact: RecommendationFact::Source, .. } => {
                "a page does not cite its own source"
            }
            LeftOut::Entry(EntryFact::Notes) => "notes are the catalog's, not the page's",
            LeftOut::Entry(
                EntryFact::Components | EntryFact::YouthVersion | EntryFact::AdultVersion,
            ) => "the page names a linked entry by its title, whose slug is not that entry's id",
            LeftOut::Entry(EntryFact::CompetenceText) => {
                "the page states the requirement, not the source's words for it"
            }
            LeftOut::NotReadBack => "the page does not read back",
            _ => "the page cannot state this value (a text with a quotation mark or a line break)",
        }
    }
}

impl fmt::Display for LeftOut {
    /// `{path}: {why}`, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LeftOut::NotReadBack => f.write_str(self.reason()),
            _ => write!(f, "{}: {}", self.path(), self.reason()),
        }
    }
}

/// Every fact in which `back` (the entry read from the page) differs from
/// `entry`, in the order of the entry's fields.
pub(super) fn compare(entry: &Intervention, back: &Intervention) -> Vec<LeftOut> {
    let mut out = Vec::new();
    let mut check = |same: bool, fact: EntryFact| {
        if !same {
            out.push(LeftOut::Entry(fact));
        }
    };
    check(entry.id() == back.id(), EntryFact::Id);
    check(entry.name() == back.name(), EntryFact::Name);
    check(entry.abbreviation() == back.abbreviation(), EntryFact::Abbreviation);
    check(entry.lede() == back.lede(), EntryFact::Lede);
    check(entry.breadcrumb() == back.breadcrumb(), EntryFact::Breadcrumb);
    check(entry.sections() == back.sections(), EntryFact::Sections);
    check(entry.tags() == back.tags(), EntryFact::Tags);
    check(entry.target() == back.target(), EntryFact::Target);
    let (rows, rows_back) = (entry.recommendations(), back.recommendations());
    check(rows.len() == rows_back.len(), EntryFact::Recommendations);
    check(entry.is_add_on() == back.is_add_on(), EntryFact::AddOn);
    check(entry.is_manual_based() == back.is_manual_based(), EntryFact::ManualBased);
    check(entry.schedule() == back.schedule(), EntryFact::Schedule);
    check(entry.phases() == back.phases(), EntryFact::Phases);
    check(entry.assessment_areas() == back.assessment_areas(), EntryFact::AssessmentAreas);
    check(entry.needs_served() == back.needs_served(), EntryFact::NeedsServed);
    check(entry.components() == back.components(), EntryFact::Components);
    check(
        entry.youth_versions_named() == back.youth_versions_named(),
        EntryFact::YouthVersionsNamed,
    );
    check(entry.youth_version() == back.youth_version(), EntryFact::YouthVersion);
    check(entry.adult_version() == back.adult_version(), EntryFact::AdultVersion);
    check(entry.source() == back.source(), EntryFact::Source);
    check(entry.notes() == back.notes(), EntryFact::Notes);
    check(entry.kind() == back.kind(), EntryFact::Kind);
    let (competence, competence_back) = (entry.required_competence(), back.required_competence());
    check(
        competence.map(|c| c.requirement()) == competence_back.map(|c| c.requirement()),
        EntryFact::Competence,
    );
    if let (Some(c), Some(b)) = (competence, competence_back) {
        check(c.text() == b.text(), EntryFact::CompetenceText);
    }
    if rows.len() == rows_back.len() {
        for (index, (r, b)) in rows.iter().zip(rows_back).enumerate() {
            out.extend(
                compare_rows(r, b).into_iter().map(|fact| LeftOut::Recommendation { index, fact }),
            );
        }
    }
    out
}

fn compare_rows(r: &Recommendation, b: &Recommendation) -> Vec<RecommendationFact> {
    use RecommendationFact as F;
    [
        (r.substances() == b.substances(), F::Substances),
        (r.population() == b.population(), F::Population),
        (r.priority() == b.priority(), F::Priority),
        (r.patterns() == b.patterns(), F::Patterns),
        (r.age_scope() == b.age_scope(), F::AgeScope),
        (r.min_age() == b.min_age(), F::MinAge),
        (r.principal() == b.principal(), F::Principal),
        (r.principal_disputes() == b.principal_disputes(), F::PrincipalDisputes),
        (r.nearest_stated() == b.nearest_stated(), F::NearestStated),
        (r.has_no_established_effect() == b.has_no_established_effect(), F::NoEstablishedEffect),
        (r.has_insufficient_evidence() == b.has_insufficient_evidence(), F::InsufficientEvidence),
        (r.is_add_on() == b.is_add_on(), F::AddOn),
        (r.verb() == b.verb(), F::Verb),
        (r.edition() == b.edition(), F::Edition),
        (r.condition() == b.condition(), F::Condition),
        (r.measure() == b.measure(), F::Measure),
        (r.source() == b.source(), F::Source),
        (r.disputes() == b.disputes(), F::Disputes),
    ]
    .into_iter()
    .filter_map(|(same, fact)| (!same).then_some(fact))
    .collect()
}
