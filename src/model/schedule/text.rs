//! A schedule as Swedish text: what `Display` writes and `FromStr` reads.

use super::{Schedule, SessionCount, SessionPattern, Span, SpanUnit, check_range};
use crate::error::{Error, ErrorKind, ScheduleField, ScheduleProblem};
use crate::terms::quote::cut;
use std::fmt;
use std::str::FromStr;

fn write_range(f: &mut fmt::Formatter<'_>, min: u32, max: u32) -> fmt::Result {
    if min == max { write!(f, "{min}") } else { write!(f, "{min}–{max}") }
}

fn noun(max: u32, one: &'static str, many: &'static str) -> &'static str {
    if max == 1 { one } else { many }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut sep = |f: &mut fmt::Formatter<'_>| {
            if std::mem::take(&mut first) { Ok(()) } else { f.write_str(", ") }
        };
        if let Some(span) = self.span {
            sep(f)?;
            write_range(f, span.min, span.max)?;
            let unit = match span.unit {
                SpanUnit::Weeks => noun(span.max, "vecka", "veckor"),
                SpanUnit::Months => noun(span.max, "månad", "månader"),
            };
            write!(f, " {unit}")?;
        }
        if let Some(count) = self.sessions {
            sep(f)?;
            match count {
                SessionCount::Total { min, max } => {
                    write_range(f, min, max)?;
                    write!(f, " {}", noun(max, "session", "sessioner"))?;
                }
                SessionCount::AtLeast { min } => {
                    write!(f, "minst {min} {}", noun(min, "session", "sessioner"))?;
                }
                SessionCount::PerWeek { min, max } => {
                    write_range(f, min, max)?;
                    write!(f, " {} per vecka", noun(max, "session", "sessioner"))?;
                }
            }
        }
        if self.boosters {
            sep(f)?;
            f.write_str("boostersessioner")?;
        }
        if let Some(pattern) = self.pattern {
            sep(f)?;
            f.write_str(pattern.label_sv())?;
        }
        Ok(())
    }
}

fn bad(value: &str, problem: ScheduleProblem) -> Error {
    Error::from(ErrorKind::Schedule { field: ScheduleField::Whole, value: cut(value), problem })
}

/// Reads `N` or `N–M` (en dash or hyphen) followed by one of `units`.
fn parse_range_with(part: &str, units: &[&'static str]) -> Option<(u32, u32, &'static str)> {
    let (numbers, unit) = part.split_once(' ')?;
    let unit = units.iter().find(|u| unit == **u)?;
    let (min, max) = match numbers.split_once(['–', '-']) {
        Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
        None => {
            let n = numbers.parse().ok()?;
            (n, n)
        }
    };
    Some((min, max, unit))
}

impl FromStr for Schedule {
    type Err = Error;

    /// Reads what `Display` writes: parts separated by `, `.
    fn from_str(text: &str) -> Result<Schedule, Error> {
        let mut schedule = Schedule { span: None, sessions: None, boosters: false, pattern: None };
        if text.trim().is_empty() {
            return Err(bad(text, ScheduleProblem::Empty));
        }
        for part in text.trim().split(", ") {
            if part == "boostersessioner" {
                schedule.boosters = true;
            } else if part == SessionPattern::AlternatingIndividualAndNetwork.label_sv() {
                schedule.pattern = Some(SessionPattern::AlternatingIndividualAndNetwork);
            } else if let Some(rest) = part.strip_prefix("minst ") {
                let (min, max, _) = parse_range_with(rest, &["session", "sessioner"])
                    .ok_or_else(|| bad(part, ScheduleProblem::ExpectedAtLeast))?;
                if min != max {
                    return Err(bad(part, ScheduleProblem::AtLeastOneNumber));
                }
                check_range(ScheduleField::Sessions, min, min)?;
                schedule.sessions = Some(SessionCount::AtLeast { min });
            } else if let Some(count) = part.strip_suffix(" per vecka") {
                let (min, max, _) = parse_range_with(count, &["session", "sessioner"])
                    .ok_or_else(|| bad(part, ScheduleProblem::ExpectedPerWeek))?;
                schedule.sessions = Some(Self::per_week_count(min, max)?);
            } else if let Some((min, max, _)) = parse_range_with(part, &["session", "sessioner"]) {
                check_range(ScheduleField::Sessions, min, max)?;
                schedule.sessions = Some(SessionCount::Total { min, max });
            } else if let Some((min, max, unit)) =
                parse_range_with(part, &["vecka", "veckor", "månad", "månader"])
            {
                let unit = if unit.starts_with('v') { SpanUnit::Weeks } else { SpanUnit::Months };
                schedule.span = Some(Span::new(min, max, unit)?);
            } else {
                return Err(bad(part, ScheduleProblem::NotAPart));
            }
        }
        if schedule.span.is_none() && schedule.sessions.is_none() {
            return Err(bad(text, ScheduleProblem::NeitherSpanNorSessions));
        }
        Ok(schedule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_weeks_or_sessions_are_named_errors() {
        assert_eq!(
            Schedule::weekly(0, 2).unwrap_err().to_string(),
            "invalid schedule: weeks \"0\": must be at least 1"
        );
        assert_eq!(
            Schedule::weekly(24, 0).unwrap_err().to_string(),
            "invalid schedule: sessions per week \"0\": must be at least 1"
        );
        assert_eq!(
            Schedule::sessions(0).unwrap_err().to_string(),
            "invalid schedule: sessions \"0\": must be at least 1"
        );
        assert_eq!(
            Schedule::session_range(20, 16).unwrap_err().to_string(),
            "invalid schedule: sessions \"20–16\": the minimum exceeds the maximum"
        );
    }

    #[test]
    fn forms_of_the_guide() {
        let hap = Schedule::at_least_sessions(18)
            .unwrap()
            .with_span(Span::new(6, 8, SpanUnit::Weeks).unwrap());
        assert_eq!(hap.to_string(), "6–8 veckor, minst 18 sessioner");
        assert_eq!(hap.session_bounds(), (18, u32::MAX));
        let met = Schedule::sessions(5).unwrap();
        assert_eq!(met.to_string(), "5 sessioner");
        assert_eq!(met.total_sessions(), Some(5));
        let nt = Schedule::weekly(24, 2)
            .unwrap()
            .with_pattern(SessionPattern::AlternatingIndividualAndNetwork);
        assert_eq!(
            nt.to_string(),
            "24 veckor, 2 sessioner per vecka, individuella sessioner varvas med nätverkssessioner"
        );
        assert_eq!(nt.to_string().parse::<Schedule>().unwrap(), nt);
        let mdft = Schedule::span(Span::new(4, 6, SpanUnit::Months).unwrap())
            .with_sessions_per_week(1, 3)
            .unwrap();
        assert_eq!(mdft.to_string(), "4–6 månader, 1–3 sessioner per vecka");
        assert_eq!(mdft.session_bounds(), (16, 90));
        assert_eq!(mdft.to_string().parse::<Schedule>().unwrap(), mdft);
    }

    #[test]
    fn rejects_text_that_is_not_a_schedule() {
        for bad in ["", "veckor", "24 dagar", "0 sessioner", "3–2 veckor", "minst 2–3 sessioner"]
        {
            assert!(bad.parse::<Schedule>().is_err(), "{bad:?}");
        }
    }
}
