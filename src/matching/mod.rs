//! Matching a person's profile against a catalog: which interventions
//! apply, best first, which would apply if the profile said more, and why
//! each of the others does not.
//!
//! - [`Profile`] describes a case; a facet left out constrains nothing,
//!   a situation left out is not assumed.
//! - [`Matcher`] indexes a [`Catalog`](crate::Catalog) once and answers
//!   [`Matcher::recommend`] (a [`Recommendations`]) and
//!   [`Matcher::explain`] (a [`Decision`] with every [`Reason`] for each
//!   entry).
//!
//! The pair rule is written once: how a catalog's pairs stand to a
//! profile is `pairs::classify`, over the pairs laid out as lanes of bits
//! (`lanes`), 64 at a time; how the rule prefers them is
//! `select::Standings`, and one entry's choice is `select::select`.
//! `recommend` and `explain` both read them, so they agree by
//! construction. The lanes are in the result order, worked out once per
//! catalog; `order` orders what is listed apart.

mod case;
mod delivery;
mod describe;
mod explain;
mod index;
mod lanes;
mod lenient;
mod matcher;
mod notes;
mod order;
mod owned;
mod pairs;
mod profile;
mod reason;
mod report;
mod result;
mod select;
mod sip;

pub use case::{CASE_KEYS, CaseInput};
pub use delivery::Delivery;
pub use explain::Decision;
pub use matcher::Matcher;
pub use owned::OwnedMatcher;
pub use profile::{Fit, Profile, ProfileBuilder, ProfileFact, ProfileField};
pub use reason::{Reason, ReasonEffect};
pub use report::{
    DecisionReport, EntryReport, ExplainReport, IndicationReport, MatchReport, PackageReport,
    REPORT_SCHEMA, ReasonReport, RecommendationsReport, SipGroupReport, UnmetNeedReport, Words,
};
pub use result::{Match, Package, Recommendations, Served};
pub use sip::SipDraft;
