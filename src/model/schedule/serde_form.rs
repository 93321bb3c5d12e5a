//! Schedules read from JSON through the constructors' checks: a span of
//! 10 to 2 weeks, 0 sessions, 20–16 sessions or an empty schedule `{}`
//! are refused as the constructors refuse them, and an unknown field at
//! any level is an error.

use super::{Schedule, SessionCount, SessionPattern, Span, SpanUnit, check_range};
use crate::error::de::de_error;
use crate::error::{Error, ErrorKind, ScheduleField, ScheduleProblem};
use crate::terms::quote::cut;
use serde::{Deserialize, Deserializer};

/// The JSON form of a [`Span`], before its checks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpan {
    min: u32,
    max: u32,
    unit: SpanUnit,
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Span, D::Error> {
        let RawSpan { min, max, unit } = RawSpan::deserialize(deserializer)?;
        Span::new(min, max, unit).map_err(de_error)
    }
}

/// The JSON form of a [`SessionCount`], before its checks.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
enum RawSessionCount {
    Total { min: u32, max: u32 },
    AtLeast { min: u32 },
    PerWeek { min: u32, max: u32 },
}

impl<'de> Deserialize<'de> for SessionCount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SessionCount, D::Error> {
        let checked = match RawSessionCount::deserialize(deserializer)? {
            RawSessionCount::Total { min, max } => check_range(ScheduleField::Sessions, min, max)
                .map(|()| SessionCount::Total { min, max }),
            RawSessionCount::AtLeast { min } => check_range(ScheduleField::Sessions, min, min)
                .map(|()| SessionCount::AtLeast { min }),
            RawSessionCount::PerWeek { min, max } => Schedule::per_week_count(min, max),
        };
        checked.map_err(de_error)
    }
}

/// The JSON form of a [`Schedule`], before its checks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSchedule {
    #[serde(default)]
    span: Option<Span>,
    #[serde(default)]
    sessions: Option<SessionCount>,
    #[serde(default)]
    boosters: bool,
    #[serde(default)]
    pattern: Option<SessionPattern>,
}

impl<'de> Deserialize<'de> for Schedule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Schedule, D::Error> {
        let RawSchedule { span, sessions, boosters, pattern } =
            RawSchedule::deserialize(deserializer)?;
        let schedule = Schedule { span, sessions, boosters, pattern };
        if span.is_none() && sessions.is_none() {
            // What `FromStr` refuses: a schedule with nothing to count
            // would display as text that does not read back.
            return Err(de_error(Error::from(ErrorKind::Schedule {
                field: ScheduleField::Whole,
                value: cut(&schedule.to_string()),
                problem: ScheduleProblem::NeitherSpanNorSessions,
            })));
        }
        Ok(schedule)
    }
}
