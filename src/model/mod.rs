//! The treatment model: interventions, their recommendations (pairs,
//! populations, disputes), priorities, schedules, phases and page texts.

mod breadcrumb;
mod builder;
mod intervention;
pub(crate) mod name_order;
mod page_texts;
mod pair;
mod phase;
mod population;
pub(crate) mod priority;
mod priority_json;
mod recommendation;
mod schedule;
mod slug;

pub use breadcrumb::Breadcrumb;
pub use builder::InterventionBuilder;
pub(crate) use intervention::MAX_PAIRS;
pub use intervention::{Competence, Intervention};
pub(crate) use page_texts::Wording;
pub use page_texts::{Section, Sections};
pub use pair::Pair;
pub use phase::Phase;
pub(crate) use population::FIXED_POPULATIONS;
pub use population::{AgeScope, Population};
pub use priority::{NrPriority, PriorityBand, Rank};
pub use recommendation::{
    Dispute, NearestStated, PrincipalDispute, Recommendation, RecommendationVerb, Target,
};
pub use schedule::{Schedule, SessionCount, SessionPattern, Span, SpanUnit};
pub use slug::slug;
