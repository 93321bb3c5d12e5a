//! Matching a person's profile against a catalog: which interventions
//! apply, best first, and why each of the others does not.
//!
//! - [`Profile`] describes a case; every field is optional and a field left
//!   out constrains nothing.
//! - [`Matcher`] indexes a [`Catalog`](crate::Catalog) once (one bit mask
//!   per facet value) and answers [`Matcher::recommend`] (a
//!   [`Recommendations`]: [`Match`]es split into primary and add-ons, and a
//!   [`Package`] for the assessment's needs) and [`Matcher::explain`] (a
//!   [`Decision`] with every [`Reason`] for each entry).
//! - [`RecommendationsReport`] is the serializable form of a result.
//!
//! The rules live in one private module that both paths call, so
//! `recommend` and `explain` agree by construction; the tests check the
//! index against the plain per-entry evaluation on random catalogs.

mod explain;
mod index;
mod matcher;
mod profile;
mod report;
mod rules;

pub use explain::{Decision, Facet, Reason};
pub use matcher::{Match, Matcher, Package, Recommendations, Served};
pub use profile::{Profile, ProfileBuilder, ProfileField};
pub use report::{MatchReport, PackageReport, ReasonReport, RecommendationsReport};
