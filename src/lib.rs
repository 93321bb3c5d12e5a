#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(clippy::missing_errors_doc)]

mod catalog;
pub mod clinical;
mod edit_distance;
mod error;
mod matching;
mod model;
pub mod page;
pub mod terms;
pub mod vocab;

pub use catalog::{Catalog, SCHEMA_VERSION, catalog};
pub use clinical::{
    Audit, Diagnosis, DiagnosisKind, DiagnosisProblem, Dsm5Criterion, Dudit, Indication,
    Instrument, Sex, SubstanceGroup,
};
pub use error::{
    CatalogProblem, Error, FieldProblem, JsonExpected, JsonFound, LinkKind, PageProblem,
};
pub use matching::{
    CASE_KEYS, CaseInput, CaseProblem, Decision, DecisionReport, Delivery, ExplainReport, Fit,
    IndicationReport, Match, MatchReport, Matcher, OwnedMatcher, Package, PackageReport, Profile,
    ProfileBuilder, ProfileFact, ProfileField, REPORT_SCHEMA, Reason, ReasonReport,
    Recommendations, RecommendationsReport, Served, SipDraft, SipGroupReport,
};
pub use model::{
    AgeScope, Breadcrumb, Competence, Dispute, Intervention, InterventionBuilder, NearestStated,
    NrPriority, Pair, Phase, Population, PrincipalDispute, PriorityBand, Rank, Recommendation,
    RecommendationVerb, Schedule, Section, Sections, SessionCount, SessionPattern, Span, SpanUnit,
    Target, slug,
};
/// The `strum` crate, whose traits the vocabularies derive
/// (`IntoEnumIterator`, `EnumCount`), so users need not depend on it.
pub use strum;
pub use terms::{Language, Term};
pub use vocab::{
    AgeGroup, CompetenceRequirement, Condition, ConditionPattern, Facet, FacetSet, FacetValue,
    FacetVocabulary, GuideSection, Kind, Label, Need, PatternOfUse, PatternRequirement, Principal,
    Provider, Role, Severity, Situation, Substance, TagSet, Tags, TreatmentType, Vocabulary,
    Withdrawal,
};
