#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::missing_errors_doc)]

// One rule for the public API, semver's: the modules are private and
// every type is at the root; `page` alone is public, for its functions
// (`page::parse`, `page::render`), whose types are at the root too.
mod catalog;
mod clinical;
mod edit_distance;
mod error;
mod format;
mod matching;
mod model;
pub mod page;
mod terms;
mod vocab;

pub use catalog::{Catalog, SCHEMA_VERSION, catalog};
pub use clinical::{
    Audit, Diagnosis, DiagnosisKind, DiagnosisProblem, Dsm5Criterion, Dudit, Indication,
    Instrument, Sex, SubstanceGroup,
};
pub use error::{
    CaseProblem, CatalogProblem, EntryProblem, Error, ErrorKind, FieldProblem, JsonExpected,
    JsonFound, LinkKind, PageElement, PageProblem, ProfileProblem, ScheduleField, ScheduleProblem,
};
pub use format::headings::Section;
pub use matching::{
    CASE_KEYS, CaseInput, Decision, DecisionReport, Delivery, EntryReport, ExplainReport, Fit,
    IndicationReport, Match, MatchReport, Matcher, OwnedMatcher, Package, PackageReport, Profile,
    ProfileBuilder, ProfileFact, ProfileField, REPORT_SCHEMA, Reason, ReasonEffect, ReasonReport,
    Recommendations, RecommendationsReport, Served, SipDraft, SipGroupReport, UnmetNeedReport,
    Words,
};
pub use model::{
    AgeScope, Breadcrumb, Competence, Dispute, Intervention, InterventionBuilder, NearestStated,
    NrPriority, Pair, Phase, Population, PrincipalDispute, PriorityBand, Rank, Recommendation,
    RecommendationVerb, Schedule, Sections, SessionCount, SessionPattern, Span, SpanUnit, Target,
    slug,
};
pub use page::{EntryFact, LeftOut, RecommendationFact, Warning};
/// The `strum` crate, whose traits the vocabularies derive
/// (`IntoEnumIterator`, `EnumCount`), so users need not depend on it.
pub use strum;
pub use terms::Language;
pub use vocab::{
    AgeGroup, CompetenceRequirement, Condition, ConditionPattern, Facet, FacetSet, FacetValue,
    FacetVocabulary, GuideSection, Kind, Label, Need, PatternOfUse, PatternRequirement, Principal,
    Provider, Role, Severity, Situation, Substance, TagSet, TagSetIter, Tags, TreatmentType,
    Vocabulary, Withdrawal, Wording,
};
