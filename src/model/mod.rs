//! The treatment model: interventions, their recommendations (pairs,
//! populations, disputes), priorities, schedules, phases and the texts of their pages.

mod breadcrumb;
mod builder;
pub(crate) mod check;
mod intervention;
pub(crate) mod name_order;
mod pair;
mod phase;
pub(crate) mod population;
pub(crate) mod priority;
mod priority_json;
mod recommendation;
mod schedule;
mod sections;
mod slug;

pub use breadcrumb::Breadcrumb;
pub use builder::InterventionBuilder;
pub(crate) use intervention::MAX_PAIRS;
pub use intervention::{Competence, Intervention};
pub use pair::Pair;
pub use phase::Phase;
pub(crate) use population::FIXED_POPULATIONS;
pub use population::{AgeScope, Population};
pub use priority::{NrPriority, PriorityBand, Rank};
pub(crate) use recommendation::condition_in;
pub use recommendation::{
    Dispute, NearestStated, PrincipalDispute, Recommendation, RecommendationVerb, Target,
};
pub use schedule::{Schedule, SessionCount, SessionPattern, Span, SpanUnit};
pub use sections::Sections;
pub use slug::slug;
