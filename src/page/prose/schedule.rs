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
    for text in texts {
        for sentence in sentences(text) {
            scan_schedule(sentence, &mut parts);
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

/// How many words before and after a number the schedule reader looks
/// at: `mellan 16 och 20 sessioner varje vecka` reads two words back and
/// five ahead.
const BEHIND: usize = 2;
const AHEAD: usize = 5;

/// The last words read from a sentence, enough for one reading at a
/// time: a sentence of a million words costs no more memory than a short
/// one.
#[derive(Default)]
struct Window<'a> {
    ring: [Option<Word<'a>>; BEHIND + 1 + AHEAD],
    /// How many words have been read.
    read: usize,
}

impl<'a> Window<'a> {
    fn push(&mut self, word: Word<'a>) {
        let len = self.ring.len();
        if let Some(slot) = self.ring.get_mut(self.read % len) {
            *slot = Some(word);
        }
        self.read += 1;
    }

    /// Word `i` of the sentence, if it has been read and is still held.
    fn at(&self, i: usize) -> Option<&Word<'a>> {
        let len = self.ring.len();
        if i >= self.read || i + len < self.read {
            return None;
        }
        self.ring.get(i % len)?.as_ref()
    }
}

/// Which words of one sentence name the parts of the alternating pattern.
#[derive(Default)]
struct PatternWords {
    individual: bool,
    alternate: bool,
    network: bool,
}

fn scan_schedule(sentence: &str, parts: &mut ScheduleParts) {
    let mut window = Window::default();
    let mut pattern = PatternWords::default();
    for word in words(sentence) {
        window.push(word);
        if let Some(i) = window.read.checked_sub(AHEAD + 1) {
            scan_word(sentence, &window, i, parts, &mut pattern);
        }
    }
    for i in window.read.saturating_sub(AHEAD)..window.read {
        scan_word(sentence, &window, i, parts, &mut pattern);
    }
    if pattern.individual && pattern.alternate && pattern.network {
        parts.pattern = Some(SessionPattern::AlternatingIndividualAndNetwork);
    }
}

/// Reads word `i` of a sentence: a count of weeks, months or sessions
/// that starts there, and the pattern and booster words.
fn scan_word(
    sentence: &str,
    window: &Window<'_>,
    i: usize,
    parts: &mut ScheduleParts,
    pattern: &mut PatternWords,
) {
    let at = |i: usize| window.at(i);
    let gap_is_dash = |a: &Word<'_>, b: &Word<'_>| {
        sentence.get(a.end..b.start).is_some_and(|gap| matches!(gap.trim(), "–" | "-" | "—"))
    };
    let Some(word) = at(i) else { return };
    pattern.individual |= word.starts("individuell");
    pattern.alternate |= word.starts("varva");
    pattern.network |= word.starts("nätverk");
    parts.boosters |= word.starts("booster");
    let Some(first) = word.number() else { return };
    let previous = i.checked_sub(1).and_then(at);
    // Only the lower end of a range starts one: `mellan 16 och 20`,
    // `8 till 12` and `6–8` are read at 16, 8 and 6.
    if previous.is_some_and(|p| p.number().is_some() && gap_is_dash(p, word))
        || (i >= BEHIND
            && at(i - 1).is_some_and(|w| w.is("och") || w.is("till"))
            && at(i - 2).is_some_and(|w| w.number().is_some()))
    {
        return;
    }
    let (max, unit_at) = match (at(i + 1), at(i + 2)) {
        (Some(dash_to), _) if dash_to.number().is_some() && gap_is_dash(word, dash_to) => {
            (dash_to.number().unwrap_or(first), i + 2)
        }
        (Some(och), Some(upper))
            if previous.is_some_and(|p| p.is("mellan"))
                && och.is("och")
                && upper.number().is_some() =>
        {
            (upper.number().unwrap_or(first), i + 3)
        }
        (Some(till), Some(upper)) if till.is("till") && upper.number().is_some() => {
            (upper.number().unwrap_or(first), i + 3)
        }
        _ => (first, i + 1),
    };
    let Some(unit) = at(unit_at) else { return };
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

    #[test]
    fn a_schedule_far_into_a_long_sentence_is_read_through_the_window() {
        let words = "och nätverket ".repeat(5_000);
        let late =
            format!("Behandlaren träffar {words}mellan 16 och 20 träffar samt boostersessioner");
        let cra = Schedule::session_range(16, 20).ok().map(Schedule::with_boosters);
        assert_eq!(schedule(&[&late]), cra);
        // A count in the last words, with its unit the very last word.
        assert_eq!(
            schedule(&[&format!("{words}fem samtalstillfällen")]),
            Schedule::sessions(5).ok()
        );
        // A count at the very start, its weekly rate five words on.
        let weekly = format!("24 veckor med två sessioner varje vecka {words}");
        assert_eq!(schedule(&[&weekly]), Schedule::weekly(24, 2).ok());
        // A range of sessions per week reads five words past its start.
        let range = format!("{words}under 10 veckor, mellan 2 och 3 sessioner varje vecka");
        let span = Span::new(10, 10, SpanUnit::Weeks).ok();
        let expected = span.and_then(|span| Schedule::span(span).with_sessions_per_week(2, 3).ok());
        assert!(expected.is_some());
        assert_eq!(schedule(&[&range]), expected);
        // A number with its unit beyond the window's reach is no count.
        assert_eq!(schedule(&[&format!("{words}fem")]), None);
        // The pattern's words may lie far apart in one sentence.
        let pattern = format!("I 12 veckor varvas individuella sessioner {words}med nätverket");
        assert_eq!(
            schedule(&[&pattern]).and_then(|s| s.pattern()),
            Some(SessionPattern::AlternatingIndividualAndNetwork)
        );
    }

    #[test]
    fn the_summary_is_read_only_when_the_implementation_states_nothing() {
        let span = Span::new(6, 6, SpanUnit::Weeks).ok();
        assert_eq!(
            schedule(&["Pågår under 6 veckor.", "fem samtalstillfällen"]),
            span.map(Schedule::span)
        );
        // Booster sessions alone are a statement, but no schedule.
        assert_eq!(schedule(&["Några boostersessioner ges.", "fem samtalstillfällen"]), None);
        assert_eq!(schedule(&["Text.", "fem samtalstillfällen"]), Schedule::sessions(5).ok());
    }

    #[test]
    fn ranges_need_their_words() {
        // A range is `6–8`, `mellan 16 och 20` or `8 till 12`: two numbers
        // side by side are two counts, and `16 och 20` without `mellan`
        // is none.
        let three = Span::new(3, 3, SpanUnit::Weeks).ok().map(Schedule::span);
        assert_eq!(schedule(&["i 2 3 veckor"]), three);
        assert_eq!(schedule(&["16 och 20 träffar"]), None);
        assert_eq!(schedule(&["mellan 16 och fler träffar"]), None);
        assert_eq!(schedule(&["16 till många träffar"]), None);
        let eight = Schedule::session_range(8, 12).ok();
        assert_eq!(schedule(&["8 till 12 träffar"]), eight);
        // Sessions per week need both words after the noun.
        let weekly = Span::new(10, 10, SpanUnit::Weeks)
            .ok()
            .and_then(|span| Schedule::span(span).with_sessions_per_week(2, 2).ok());
        assert_eq!(schedule(&["10 veckor med 2 sessioner varje vecka"]), weekly);
        let not_weekly = Span::new(10, 10, SpanUnit::Weeks)
            .ok()
            .and_then(|span| Schedule::sessions(2).ok().map(|s| s.with_span(span)));
        assert_eq!(schedule(&["10 veckor med 2 sessioner varje dag"]), not_weekly);
        assert_eq!(schedule(&["10 veckor med 2 sessioner och vecka"]), not_weekly);
    }

    #[test]
    fn the_window_never_shows_a_word_it_no_longer_holds() {
        // `veckor` is eight words back when `5` is read: a word from the
        // ring's last turn must not be taken for the word after the end.
        assert_eq!(schedule(&["veckor a b c d e f 5"]), None);
        // The pattern needs all three of its words.
        let pattern = |text: &str| schedule(&[text]).and_then(|s| s.pattern());
        assert_eq!(pattern("I 12 veckor varvas individuella sessioner."), None);
        assert_eq!(pattern("I 12 veckor varvas sessioner med nätverket."), None);
        assert_eq!(pattern("I 12 veckor individuella sessioner med nätverket."), None);
    }
}
