//! How long an intervention runs and how often it meets (upplägg).

use crate::error::{Error, ErrorKind, ScheduleField, ScheduleProblem};
use serde::{Deserialize, Serialize};

/// The unit of a [`Span`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SpanUnit {
    /// Weeks (`veckor`).
    Weeks,
    /// Months (`månader`).
    Months,
}

/// How long a course runs: `min`–`max` weeks or months (`min == max` when
/// the guide gives one figure).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    min: u32,
    max: u32,
    unit: SpanUnit,
}

impl Span {
    /// A span of `min` to `max` units.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Schedule`](crate::ErrorKind::Schedule) when `min` is zero or `min > max`.
    pub fn new(min: u32, max: u32, unit: SpanUnit) -> Result<Span, Error> {
        let field = match unit {
            SpanUnit::Weeks => ScheduleField::Weeks,
            SpanUnit::Months => ScheduleField::Months,
        };
        check_range(field, min, max)?;
        Ok(Span { min, max, unit })
    }

    /// The shortest span.
    pub const fn min(self) -> u32 {
        self.min
    }
    /// The longest span.
    pub const fn max(self) -> u32 {
        self.max
    }
    /// Weeks or months.
    pub const fn unit(self) -> SpanUnit {
        self.unit
    }
}

/// How sessions alternate within a course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SessionPattern {
    /// Individual sessions alternate with sessions where the person's
    /// network takes part (Nätverksterapi).
    AlternatingIndividualAndNetwork,
}

impl SessionPattern {
    /// The Swedish wording used by `Schedule`'s `Display`.
    pub const fn label_sv(self) -> &'static str {
        match self {
            SessionPattern::AlternatingIndividualAndNetwork => {
                "individuella sessioner varvas med nätverkssessioner"
            }
        }
    }

    /// An English description.
    pub const fn label_en(self) -> &'static str {
        match self {
            SessionPattern::AlternatingIndividualAndNetwork => {
                "individual sessions alternate with network sessions"
            }
        }
    }
}

/// How many sessions a course has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SessionCount {
    /// `min`–`max` sessions in all (`min == max` when exact).
    Total {
        /// Fewest sessions.
        min: u32,
        /// Most sessions.
        max: u32,
    },
    /// At least `min` sessions in all.
    AtLeast {
        /// Fewest sessions.
        min: u32,
    },
    /// `min`–`max` sessions a week, for the span of the schedule.
    PerWeek {
        /// Fewest sessions a week.
        min: u32,
        /// Most sessions a week.
        max: u32,
    },
}

/// The length and rhythm of a course of treatment, in the forms the guide
/// states them: a number of weeks with sessions per week (Nätverksterapi:
/// 24 weeks, two a week), a number of sessions (MET: five), a range of
/// sessions with booster sessions (CRA: 16–20), a span in weeks or months
/// that may be a range (HAP: 6–8 weeks), and how sessions alternate.
///
/// `Display` writes Swedish (`24 veckor, 2 sessioner per vecka`) and
/// `FromStr` reads it back. JSON is read through the same checks as the
/// constructors: a span of 10 to 2 weeks, 0 sessions or a schedule that
/// states neither a span nor a number of sessions (`{}`) is refused.
///
/// # Examples
///
/// ```
/// use insats::Schedule;
///
/// let nt = Schedule::weekly(24, 2)?;
/// assert_eq!(nt.total_sessions(), Some(48));
/// assert_eq!(nt.to_string(), "24 veckor, 2 sessioner per vecka");
/// assert_eq!(nt.to_string().parse::<Schedule>()?, nt);
///
/// let cra = Schedule::session_range(16, 20)?.with_boosters();
/// assert_eq!(cra.total_sessions(), None);
/// assert_eq!(cra.session_bounds(), (16, 20));
/// assert_eq!(cra.to_string(), "16–20 sessioner, boostersessioner");
///
/// assert!(Schedule::weekly(0, 2).is_err());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Schedule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    span: Option<Span>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sessions: Option<SessionCount>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    boosters: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pattern: Option<SessionPattern>,
}

pub(super) fn check_range(field: ScheduleField, min: u32, max: u32) -> Result<(), Error> {
    if min == 0 {
        return Err(Error::from(ErrorKind::Schedule {
            field,
            value: min.to_string(),
            problem: ScheduleProblem::AtLeastOne,
        }));
    }
    if min > max {
        return Err(Error::from(ErrorKind::Schedule {
            field,
            value: format!("{min}–{max}"),
            problem: ScheduleProblem::MinAboveMax,
        }));
    }
    Ok(())
}

impl Schedule {
    /// `weeks` weeks with `per_week` sessions each week.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Schedule`](crate::ErrorKind::Schedule) when `weeks` or `per_week` is zero.
    pub fn weekly(weeks: u32, per_week: u32) -> Result<Schedule, Error> {
        Ok(Schedule {
            span: Some(Span::new(weeks, weeks, SpanUnit::Weeks)?),
            sessions: Some(Self::per_week_count(per_week, per_week)?),
            boosters: false,
            pattern: None,
        })
    }

    /// Exactly `n` sessions, over a span that is not stated.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Schedule`](crate::ErrorKind::Schedule) when `n` is zero.
    pub fn sessions(n: u32) -> Result<Schedule, Error> {
        Self::session_range(n, n)
    }

    /// Between `min` and `max` sessions.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Schedule`](crate::ErrorKind::Schedule) when `min` is zero or `min > max`.
    pub fn session_range(min: u32, max: u32) -> Result<Schedule, Error> {
        check_range(ScheduleField::Sessions, min, max)?;
        Ok(Schedule::only_count(SessionCount::Total { min, max }))
    }

    /// At least `min` sessions.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Schedule`](crate::ErrorKind::Schedule) when `min` is zero.
    pub fn at_least_sessions(min: u32) -> Result<Schedule, Error> {
        check_range(ScheduleField::Sessions, min, min)?;
        Ok(Schedule::only_count(SessionCount::AtLeast { min }))
    }

    /// A span alone: `min`–`max` weeks or months, the sessions unstated.
    pub fn span(span: Span) -> Schedule {
        Schedule { span: Some(span), sessions: None, boosters: false, pattern: None }
    }

    fn only_count(count: SessionCount) -> Schedule {
        Schedule { span: None, sessions: Some(count), boosters: false, pattern: None }
    }

    pub(super) fn per_week_count(min: u32, max: u32) -> Result<SessionCount, Error> {
        check_range(ScheduleField::SessionsPerWeek, min, max)?;
        Ok(SessionCount::PerWeek { min, max })
    }

    /// The same schedule over `span`.
    ///
    /// A schedule counted per week needs a span; setting one here is how
    /// `1–3 sessioner per vecka` over `4–6 månader` is built.
    #[must_use]
    pub fn with_span(mut self, span: Span) -> Schedule {
        self.span = Some(span);
        self
    }

    /// The same schedule with `min`–`max` sessions a week.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Schedule`](crate::ErrorKind::Schedule) when `min` is zero or `min > max`.
    pub fn with_sessions_per_week(mut self, min: u32, max: u32) -> Result<Schedule, Error> {
        self.sessions = Some(Self::per_week_count(min, max)?);
        Ok(self)
    }

    /// The same schedule followed by booster sessions.
    #[must_use]
    pub fn with_boosters(mut self) -> Schedule {
        self.boosters = true;
        self
    }

    /// The same schedule with a session pattern.
    #[must_use]
    pub fn with_pattern(mut self, pattern: SessionPattern) -> Schedule {
        self.pattern = Some(pattern);
        self
    }

    /// How long the course runs, if stated.
    pub fn duration(&self) -> Option<Span> {
        self.span
    }

    /// How many sessions, if stated.
    pub fn session_count(&self) -> Option<SessionCount> {
        self.sessions
    }

    /// Whether booster sessions follow the course.
    pub fn has_boosters(&self) -> bool {
        self.boosters
    }

    /// How sessions alternate, if stated.
    pub fn pattern(&self) -> Option<SessionPattern> {
        self.pattern
    }

    /// The number of sessions, when the guide states it exactly (booster
    /// sessions, whose number is not stated, make it inexact).
    pub fn total_sessions(&self) -> Option<u32> {
        if self.boosters {
            return None;
        }
        match (self.sessions?, self.span) {
            (SessionCount::Total { min, max }, _) if min == max => Some(min),
            (SessionCount::PerWeek { min, max }, Some(span))
                if min == max && span.min == span.max && span.unit == SpanUnit::Weeks =>
            {
                span.min.checked_mul(min)
            }
            _ => None,
        }
    }

    /// The fewest and the most sessions the schedule allows, not counting
    /// booster sessions. `u32::MAX` stands for "no stated maximum" and
    /// `(0, u32::MAX)` for a schedule that states no count. A span in
    /// months counts as 4 to 5 weeks a month.
    pub fn session_bounds(&self) -> (u32, u32) {
        match (self.sessions, self.span) {
            (Some(SessionCount::Total { min, max }), _) => (min, max),
            (Some(SessionCount::AtLeast { min }), _) => (min, u32::MAX),
            (Some(SessionCount::PerWeek { min, max }), Some(span)) => {
                let (weeks_min, weeks_max) = match span.unit {
                    SpanUnit::Weeks => (span.min, span.max),
                    SpanUnit::Months => (span.min.saturating_mul(4), span.max.saturating_mul(5)),
                };
                (weeks_min.saturating_mul(min), weeks_max.saturating_mul(max))
            }
            (Some(SessionCount::PerWeek { .. }), None) | (None, _) => (0, u32::MAX),
        }
    }
}

mod serde_form;
mod text;
