//! The schedule a page states in prose (upplägg).

use crate::model::{Schedule, SessionPattern, Span, SpanUnit};
use crate::page::words::{Word, sentences, words};

/// Words that count sessions (`sessioner`, `träffar`,
/// `samtalstillfällen`, …); booster sessions are not part of the count.
fn is_session_noun(word: &Word<'_>) -> bool {
    const NOUNS: [&str; 12] = [
        "session",
        "sessioner",
        "träff",
        "träffar",
        "samtal",
        "möte",
        "möten",
        "besök",
        "gång",
        "gånger",
        "tillfälle",
        "tillfällen",
    ];
    if word.starts("booster") {
        return false;
    }
    let lower_end = |suffix: &str| {
        word.text.len() > suffix.len()
            && word.text.get(word.text.len() - suffix.len()..).is_some_and(|s| s == suffix)
    };
    NOUNS.iter().any(|noun| word.is(noun))
        || ["sessioner", "tillfällen", "tillfälle", "träffar"].iter().any(|s| lower_end(s))
}

fn span_unit(word: &Word<'_>) -> Option<SpanUnit> {
    if word.is("vecka") || word.is("veckor") || word.is("veckorna") {
        Some(SpanUnit::Weeks)
    } else if word.is("månad") || word.is("månader") || word.is("månaderna") {
        Some(SpanUnit::Months)
    } else {
        None
    }
}

/// What one scan of the prose found towards a schedule: the first of each.
#[derive(Default)]
struct ScheduleParts {
    span: Option<Span>,
    per_week: Option<(u32, u32)>,
    total: Option<(u32, u32, bool)>,
    boosters: bool,
    pattern: Option<SessionPattern>,
}

/// The schedule stated in the first of `texts` that states one part or
/// another: `under 24 veckor, med två sessioner varje vecka`, `fem
/// samtalstillfällen`, `mellan 16 och 20 träffar samt några
/// boostersessioner`, `6–8 veckor`, `minst 18 sessioner`, and the pattern
/// `Individuella sessioner varvas med sessioner där nätverket deltar`.
pub(super) fn schedule(texts: &[&str]) -> Option<Schedule> {
    let mut parts = ScheduleParts::default();
    let mut sentence_words: Vec<Word<'_>> = Vec::new();
    for text in texts {
        for sentence in sentences(text) {
            sentence_words.clear();
            sentence_words.extend(words(sentence));
            scan_schedule(sentence, &sentence_words, &mut parts);
        }
        // A later text (the summary) is read only when an earlier one
        // states nothing: its figures are about something else, such as
        // a follow-up after six months.
        if parts.states_any() {
            break;
        }
    }
    let base = match (parts.span, parts.per_week, parts.total) {
        (Some(span), Some((min, max)), _) => Schedule::span(span).with_sessions_per_week(min, max),
        (span, _, Some((min, max, at_least))) => {
            let count = if at_least {
                Schedule::at_least_sessions(min)
            } else {
                Schedule::session_range(min, max)
            };
            count.map(|s| match span {
                Some(span) => s.with_span(span),
                None => s,
            })
        }
        (Some(span), None, None) => Ok(Schedule::span(span)),
        (None, _, None) => return None,
    };
    let mut schedule = base.ok()?;
    if parts.boosters {
        schedule = schedule.with_boosters();
    }
    if let Some(pattern) = parts.pattern {
        schedule = schedule.with_pattern(pattern);
    }
    Some(schedule)
}

impl ScheduleParts {
    fn states_any(&self) -> bool {
        self.span.is_some()
            || self.per_week.is_some()
            || self.total.is_some()
            || self.boosters
            || self.pattern.is_some()
    }
}

fn scan_schedule<'a>(sentence: &'a str, ws: &[Word<'a>], parts: &mut ScheduleParts) {
    let at = |i: usize| ws.get(i);
    let gap_is_dash = |a: &Word<'_>, b: &Word<'_>| {
        sentence.get(a.end..b.start).is_some_and(|gap| matches!(gap.trim(), "–" | "-" | "—"))
    };
    let (mut individual, mut alternate, mut network) = (false, false, false);
    for (i, word) in ws.iter().enumerate() {
        individual |= word.starts("individuell");
        alternate |= word.starts("varva");
        network |= word.starts("nätverk");
        parts.boosters |= word.starts("booster");
        let Some(first) = word.number() else { continue };
        let previous = i.checked_sub(1).and_then(at);
        // Only the lower end of a range starts one: `mellan 16 och 20`,
        // `8 till 12` and `6–8` are read at 16, 8 and 6.
        if previous.is_some_and(|p| p.number().is_some() && gap_is_dash(p, word))
            || (word.number().is_some()
                && i >= 2
                && at(i - 1).is_some_and(|w| w.is("och") || w.is("till"))
                && at(i - 2).is_some_and(|w| w.number().is_some()))
        {
            continue;
        }
        let (max, unit_at) = match (at(i + 1), at(i + 2), at(i + 3)) {
            (Some(dash_to), _, _) if dash_to.number().is_some() && gap_is_dash(word, dash_to) => {
                (dash_to.number().unwrap_or(first), i + 2)
            }
            (Some(och), Some(upper), _)
                if previous.is_some_and(|p| p.is("mellan"))
                    && och.is("och")
                    && upper.number().is_some() =>
            {
                (upper.number().unwrap_or(first), i + 3)
            }
            (Some(till), Some(upper), _) if till.is("till") && upper.number().is_some() => {
                (upper.number().unwrap_or(first), i + 3)
            }
            _ => (first, i + 1),
        };
        let Some(unit) = at(unit_at) else { continue };
        if let Some(span_unit) = span_unit(unit) {
            if parts.span.is_none() {
                parts.span = Span::new(first, max, span_unit).ok();
            }
        } else if is_session_noun(unit) {
            let weekly = at(unit_at + 1).is_some_and(|w| w.is("varje") || w.is("per") || w.is("i"))
                && at(unit_at + 2).is_some_and(|w| w.is("vecka") || w.is("veckan"));
            if weekly {
                parts.per_week = parts.per_week.or(Some((first, max)));
            } else {
                let at_least = previous.is_some_and(|p| p.is("minst"));
                parts.total = parts.total.or(Some((first, max, at_least)));
            }
        }
    }
    if individual && alternate && network {
        parts.pattern = Some(SessionPattern::AlternatingIndividualAndNetwork);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_in_the_guides_words() {
        let nt = schedule(&["pågår vanligtvis under 24 veckor, med två sessioner varje vecka."]);
        assert_eq!(nt, Schedule::weekly(24, 2).ok());
        assert_eq!(schedule(&["MET omfattar fem samtalstillfällen."]), Schedule::sessions(5).ok());
        let cra = schedule(&["Vanligtvis mellan 16 och 20 träffar samt några boostersessioner."]);
        assert_eq!(cra, Schedule::session_range(16, 20).ok().map(Schedule::with_boosters));
        let hap = schedule(&["HAP pågår i 6–8 veckor med minst 18 sessioner."]);
        let span = Span::new(6, 8, SpanUnit::Weeks).ok();
        assert_eq!(
            hap,
            Schedule::at_least_sessions(18).ok().zip(span).map(|(s, p)| s.with_span(p))
        );
        assert_eq!(schedule(&["Tre boostersessioner och 18 år."]), None);
    }
}
