//! The treatment model: interventions, their recommendations, priorities,
//! schedules, phases and tags.

mod intervention;
mod phase;
mod priority;
mod recommendation;
mod schedule;
mod tags;

pub use intervention::{Breadcrumb, Intervention, InterventionBuilder, Sections, slug};
pub use phase::Phase;
pub use priority::{NrPriority, PriorityBand, Rank};
pub use recommendation::{Population, Recommendation, RecommendationVerb, Target};
pub use schedule::{Schedule, SessionCount, SessionPattern, Span, SpanUnit};
pub use tags::Tags;
