#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod catalog;
pub mod clinical;
mod error;
mod matching;
mod model;
pub mod page;
pub mod vocab;

pub use catalog::{Catalog, SCHEMA_VERSION, catalog};
pub use clinical::{Diagnosis, DiagnosisKind, DiagnosisProblem, Dsm5Criterion, SubstanceGroup};
pub use error::{Error, PageProblem};
pub use matching::{
    Decision, Facet, Match, MatchReport, Matcher, Package, PackageReport, Profile, ProfileBuilder,
    ProfileField, Reason, ReasonReport, Recommendations, RecommendationsReport, Served,
};
pub use model::{
    Breadcrumb, Intervention, InterventionBuilder, NrPriority, Phase, Population, PriorityBand,
    Rank, Recommendation, RecommendationVerb, Schedule, Sections, SessionCount, SessionPattern,
    Span, SpanUnit, Tags, Target, slug,
};
/// The `strum` crate, whose traits the vocabularies derive
/// (`IntoEnumIterator`, `EnumCount`), so users need not depend on it.
pub use strum;
pub use vocab::{
    AgeGroup, Condition, Need, Provider, Role, Severity, Substance, TagSet, TreatmentType,
    Vocabulary, Withdrawal,
};
