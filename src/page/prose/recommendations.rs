//! The NR recommendations of `Kunskapsläge`: priority markers, the
//! `bör`/`kan` that offers, and the pairs they make.

use super::target::{has_add_on_marker, named_population, substances};
use crate::model::{NrPriority, Population, Recommendation, RecommendationVerb, Target};
use crate::page::words::{Word, sentences, words};
use crate::vocab::{Substance, TagSet};

/// A `bör` or `kan` found by [`verbs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wording {
    /// The verb offers (`bör erbjuda`, `kan ges`).
    Offers(RecommendationVerb),
    /// The verb is negated (`bör inte erbjudas`): it states no verb.
    Negated,
}

impl Wording {
    fn verb(self) -> Option<RecommendationVerb> {
        match self {
            Wording::Offers(verb) => Some(verb),
            Wording::Negated => None,
        }
    }
}

/// `bör` or `kan` in a text: the first and the last. One that governs an
/// offer (`bör erbjuda`, `kan också erbjudas`, `bör hälso- och
/// sjukvården … erbjuda`) comes before one that does not (`som kan läsas`,
/// `kan ges i grupp`).
fn verbs(text: &str) -> (Option<Wording>, Option<Wording>) {
    /// How many words after the verb its `erbjuda` may come.
    const REACH: usize = 8;
    fn verb_of(word: &Word<'_>) -> Option<RecommendationVerb> {
        if word.is("bör") {
            Some(RecommendationVerb::Should)
        } else if word.is("kan") {
            Some(RecommendationVerb::May)
        } else {
            None
        }
    }
    if !words(text).any(|w| verb_of(&w).is_some()) {
        return (None, None);
    }
    let ws: Vec<Word<'_>> = words(text).collect();
    let (mut first_any, mut last_any, mut first_offer, mut last_offer) = (None, None, None, None);
    for (i, word) in ws.iter().enumerate() {
        let Some(verb) = verb_of(word) else { continue };
        let after = ws.get(i + 1..).unwrap_or_default();
        let offers = after
            .iter()
            .take(REACH)
            .take_while(|w| verb_of(w).is_none())
            .any(|w| w.starts("erbjud"));
        let negated = after.first().is_some_and(|w| w.is("inte") || w.is("ej"));
        if offers {
            let found = if negated { Wording::Negated } else { Wording::Offers(verb) };
            first_offer = first_offer.or(Some(found));
            last_offer = Some(found);
        } else if !negated {
            first_any = first_any.or(Some(Wording::Offers(verb)));
            last_any = Some(Wording::Offers(verb));
        }
    }
    (first_offer.or(first_any), last_offer.or(last_any))
}

/// How far after `(prioritet ` the closing `)` of a marker can be.
const MARKER_VALUE_MAX: usize = 24;

/// A `(prioritet …)` or `(Prioritet …)` in a text: its byte range and the
/// value between the word and the `)`, trimmed.
struct Marker<'a> {
    start: usize,
    end: usize,
    value: &'a str,
}

/// The markers of a text, in order. `accept` says whether a marker counts:
/// one that counts is stepped over; one that does not is prose, and the
/// search goes on just after its `(`, where another marker may start.
fn markers<'a>(
    text: &'a str,
    accept: impl Fn(&str) -> bool + 'a,
) -> impl Iterator<Item = Marker<'a>> + 'a {
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = text.get(pos..)?;
            let open = rest.find('(')?;
            let start = pos + open;
            pos = start + 1;
            let inner = text.get(pos..)?;
            let Some(after_word) =
                inner.strip_prefix("prioritet").or_else(|| inner.strip_prefix("Prioritet"))
            else {
                continue;
            };
            // A space or, as the guide's pages also write, a no-break space.
            let body = after_word.trim_start();
            if body.len() == after_word.len() {
                continue;
            }
            // The longest value, `Icke-göra`, is 10 bytes: looking further
            // for the `)` would rescan the rest of a long line at every `(`.
            let Some(close) = body.bytes().take(MARKER_VALUE_MAX).position(|b| b == b')') else {
                continue;
            };
            let value = body.get(..close)?.trim();
            let end = text.len() - body.len() + close + 1;
            if accept(value) {
                pos = end;
                return Some(Marker { start, end, value });
            }
        }
    })
}

/// Whether a marker's value is a number off the NR scale of 1–10.
fn is_off_scale(value: &str) -> bool {
    !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_digit())
        && value.parse::<NrPriority>().is_err()
}

/// The priority markers of a sentence: `(prioritet 4)`, also `(prioritet
/// FoU)` and `(prioritet Icke-göra)`, and those with a number off the
/// scale (`(prioritet 12)`), which give no priority (`None`) but still end
/// the words that lead up to the next marker; each with its byte range.
/// `hög prioritet` has no number and is no marker.
fn priority_markers(
    sentence: &str,
) -> impl Iterator<Item = (usize, usize, Option<NrPriority>)> + '_ {
    markers(sentence, |value| value.parse::<NrPriority>().is_ok() || is_off_scale(value))
        .map(|marker| (marker.start, marker.end, marker.value.parse::<NrPriority>().ok()))
}

/// The markers of a line whose number is off the NR scale of 1–10, such
/// as `(prioritet 12)` or `(prioritet 0)`, as written: they give no
/// recommendation, and the strict reader refuses them.
pub(in crate::page) fn off_scale_markers(line: &str) -> impl Iterator<Item = &str> + '_ {
    let candidates = if line.contains("rioritet") { Some(line) } else { None };
    candidates
        .into_iter()
        .flat_map(move |line| markers(line, is_off_scale))
        .filter_map(move |marker| line.get(marker.start..marker.end))
}

/// What a lead-in line (`… erbjuda insatsen till:`) states for the bullets
/// under it.
#[derive(Clone, Copy, Default)]
struct LeadIn {
    substances: TagSet<Substance>,
    population: Option<Population>,
    add_on: bool,
}

impl LeadIn {
    fn of(line: &str) -> LeadIn {
        LeadIn {
            substances: substances(line),
            population: named_population(line),
            add_on: has_add_on_marker(line),
        }
    }
}

/// Whether a line (trimmed) leads in the bullets under it: it ends in `:`,
/// or it does not end a sentence (`.`, `!`, `?`).
fn leads_in(line: &str) -> bool {
    line.ends_with(':') || !line.ends_with(['.', '!', '?'])
}

/// The recommendations of `Kunskapsläge`: one per priority marker, with
/// the substances and population of the words that lead up to it.
pub(super) fn recommendations(knowledge: &str, target: Target) -> Vec<Recommendation> {
    let mut found = Vec::new();
    if !knowledge.contains("rioritet") {
        return found;
    }
    let mut running_verb = None;
    // A line that leads in a list (it ends in `:`, or does not end a
    // sentence, as the successor site's `… anger att insatsen bör
    // erbjudas` over its bullets) gives what it states to the bullet lines
    // under it; it is read once, not again for every bullet.
    let mut lead_in = LeadIn::default();
    for line in knowledge.split('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let is_bullet = trimmed.starts_with('•') || trimmed.starts_with("- ");
        if !is_bullet {
            lead_in = if leads_in(trimmed) { LeadIn::of(line) } else { LeadIn::default() };
        }
        let context = if is_bullet { lead_in } else { LeadIn::default() };
        for sentence in sentences(line) {
            let mut segment_start = 0;
            let mut previous_population = None;
            // Whether the sentence so far marks an add-on, read segment by
            // segment: rereading the whole head at every marker is
            // quadratic in a long sentence.
            let mut add_on_so_far = false;
            for (start, end, priority) in priority_markers(sentence) {
                let segment = sentence.get(segment_start..start).unwrap_or("");
                let mut substances = substances(segment);
                if substances.is_empty() {
                    substances = context.substances;
                }
                if substances.is_empty() {
                    substances = target.substances();
                }
                let population = named_population(segment)
                    .or(previous_population)
                    .or(context.population)
                    .unwrap_or(Population::Anyone);
                previous_population = Some(population);
                let (first_verb, last_verb) = verbs(segment);
                let verb = first_verb.or(running_verb).and_then(Wording::verb);
                running_verb = last_verb.or(running_verb);
                add_on_so_far = add_on_so_far || has_add_on_marker(segment);
                let add_on = add_on_so_far || context.add_on;
                segment_start = end;
                let Some(priority) = priority else { continue };
                let mut recommendation =
                    Recommendation::new(substances, population, priority).with_add_on(add_on);
                if let Some(verb) = verb {
                    recommendation = recommendation.with_verb(verb);
                }
                found.push(recommendation);
            }
            let tail = sentence.get(segment_start..).unwrap_or("");
            running_verb = verbs(tail).1.or(running_verb);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_on_and_off_the_scale() {
        let line = "A (prioritet 10), B (Prioritet 4), C (prioritet 12), D (prioritet FoU), \
                    E (prioritet\u{a0}0), F (prioritet hög), G (prioritet (prioritet 3)";
        let on: Vec<Option<NrPriority>> = priority_markers(line).map(|(_, _, p)| p).collect();
        let rank = |n| Some(NrPriority::rank(n).unwrap());
        assert_eq!(on, [rank(10), rank(4), None, Some(NrPriority::ResearchOnly), None, rank(3)]);
        let off: Vec<&str> = off_scale_markers(line).collect();
        assert_eq!(off, ["(prioritet 12)", "(prioritet\u{a0}0)"]);
    }

    #[test]
    fn verbs_first_and_last() {
        use RecommendationVerb::*;
        use Wording::*;
        assert_eq!(verbs("bör erbjuda, kan också"), (Some(Offers(Should)), Some(Offers(Should))));
        assert_eq!(verbs("kan ges och bör erbjudas"), (Some(Offers(Should)), Some(Offers(Should))));
        assert_eq!(verbs("bör ges, kan ges"), (Some(Offers(Should)), Some(Offers(May))));
        assert_eq!(verbs("bör inte erbjudas"), (Some(Negated), Some(Negated)));
        assert_eq!(
            verbs("kan inte ersätta men bör ges"),
            (Some(Offers(Should)), Some(Offers(Should)))
        );
        assert_eq!(verbs("inget verb"), (None, None));
    }
}
