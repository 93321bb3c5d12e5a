//! The NR recommendations of `Kunskapsläge`: priority markers, the
//! `bör`/`kan` that offers, and the pairs they make.

use super::target::{has_add_on_marker, named_population, substances};
use crate::model::{NrPriority, Population, Recommendation, RecommendationVerb, Target};
use crate::page::words::{Word, sentences, starts_with_folded, words};
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

/// How far after `(prioritet ` the closing `)` of a marker that is not a
/// number alone can be: the longest value, `Icke-göra`, is 10 bytes, and
/// looking further for the `)` would rescan the rest of a long line at
/// every `(`.
const MARKER_VALUE_MAX: usize = 24;

/// What a priority marker gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::page) enum MarkerKind {
    /// A priority of the scale: `(prioritet 4)`, `(Prioritet FoU)`.
    Priority(NrPriority),
    /// One number off the scale of 1–10, of any length: `(prioritet 12)`.
    OffScale,
    /// Not one number in the guide's form: a range (`(prioritet 2–3)`),
    /// two numbers (`(prioritet 3 och 4)`), capitals (`(PRIORITET 3)`),
    /// no space (`(prioritet3)`).
    Malformed,
}

/// A `(prioritet …)` in a text: its byte range and what it gives.
#[derive(Clone, Copy, Debug)]
pub(in crate::page) struct Marker {
    pub(in crate::page) start: usize,
    pub(in crate::page) end: usize,
    pub(in crate::page) kind: MarkerKind,
}

/// The rank a run of digits names, if it is on the scale.
fn rank(digits: &str) -> Option<NrPriority> {
    // Three digits hold every rank with leading zeros that a u8 holds;
    // a longer run is off the scale whatever it holds.
    let n: u8 = if digits.len() <= 3 { digits.parse().ok()? } else { return None };
    NrPriority::rank(n).ok()
}

/// The priority markers of a text, in order: `(prioritet`, in any case,
/// not followed by a letter (`(prioriteten …)` is prose), then a value
/// and `)`. A value that starts with a number is a marker whatever
/// follows it (a number of any length, a range, two numbers); one that
/// does not is a marker when it is a priority (`FoU`) or holds a digit,
/// and prose otherwise (`(prioritet hög)`). Only `prioritet` or
/// `Prioritet`, a space, and one value of the scale give a priority.
/// Every byte is looked at a bounded number of times.
pub(in crate::page) fn markers(text: &str) -> impl Iterator<Item = Marker> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = text.get(pos..)?;
            let open = rest.find('(')?;
            let start = pos + open;
            pos = start + 1;
            let inner = text.get(pos..)?;
            if !starts_with_folded(inner, "prioritet") {
                continue;
            }
            let (word, after_word) = inner.split_at("prioritet".len());
            if after_word.chars().next().is_some_and(char::is_alphabetic) {
                continue;
            }
            let exact = word == "prioritet" || word == "Prioritet";
            // A space or, as the guide's pages also write, a no-break space.
            let body = after_word.trim_start();
            let spaced = body.len() < after_word.len();
            let value_start = text.len() - body.len();
            let digits = body.bytes().take_while(u8::is_ascii_digit).count();
            let (end, kind) = if digits > 0 {
                let (number, after) = body.split_at(digits);
                let closing = after.trim_start();
                if closing.starts_with(')') {
                    let end = text.len() - closing.len() + 1;
                    let kind = match rank(number) {
                        _ if !(exact && spaced) => MarkerKind::Malformed,
                        Some(priority) => MarkerKind::Priority(priority),
                        None => MarkerKind::OffScale,
                    };
                    (end, kind)
                } else {
                    // Not one number: the marker runs to its `)`, if near.
                    let after_at = value_start + digits;
                    let end = match close(after) {
                        Some(close) => after_at + close + 1,
                        None => after_at,
                    };
                    (end, MarkerKind::Malformed)
                }
            } else {
                let Some(close) = close(body) else { continue };
                let value = body.get(..close)?.trim();
                let kind = match value.parse::<NrPriority>() {
                    Ok(priority) if exact && spaced => MarkerKind::Priority(priority),
                    Ok(_) => MarkerKind::Malformed,
                    Err(_) if value.bytes().any(|b| b.is_ascii_digit()) => MarkerKind::Malformed,
                    Err(_) => continue,
                };
                (value_start + close + 1, kind)
            };
            pos = end;
            return Some(Marker { start, end, kind });
        }
    })
}

/// Where the `)` that closes a marker's value stands in `value`, within
/// [`MARKER_VALUE_MAX`] bytes and before any `(` (which may start another
/// marker).
fn close(value: &str) -> Option<usize> {
    let at = value.bytes().take(MARKER_VALUE_MAX).position(|b| b == b')' || b == b'(')?;
    (value.as_bytes().get(at) == Some(&b')')).then_some(at)
}

/// The priority markers of a sentence, each with its byte range and its
/// priority: those off the scale or not in the guide's form give none
/// (`None`) but still end the words that lead up to the next marker.
/// `hög prioritet` has no number and is no marker.
fn priority_markers(
    sentence: &str,
) -> impl Iterator<Item = (usize, usize, Option<NrPriority>)> + '_ {
    markers(sentence).map(|marker| {
        let priority = match marker.kind {
            MarkerKind::Priority(priority) => Some(priority),
            MarkerKind::OffScale | MarkerKind::Malformed => None,
        };
        (marker.start, marker.end, priority)
    })
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
                    E (prioritet\u{a0}0), F (prioritet hög), G (prioritet (prioritet 3), \
                    H (prioriteten 2), I (prioritet 03)";
        let on: Vec<Option<NrPriority>> = priority_markers(line).map(|(_, _, p)| p).collect();
        let rank = |n| Some(NrPriority::rank(n).unwrap());
        let fou = Some(NrPriority::ResearchOnly);
        assert_eq!(on, [rank(10), rank(4), None, fou, None, rank(3), rank(3)]);
        let off: Vec<&str> = markers(line)
            .filter(|m| m.kind == MarkerKind::OffScale)
            .map(|m| &line[m.start..m.end])
            .collect();
        assert_eq!(off, ["(prioritet 12)", "(prioritet\u{a0}0)"]);
    }

    /// The markers that are not one number in the guide's form, as
    /// written, and an off-scale number of any length.
    #[test]
    fn markers_not_in_the_guides_form() {
        let found = |text: &'static str| -> Vec<(&'static str, MarkerKind)> {
            markers(text).map(|m| (&text[m.start..m.end], m.kind)).collect()
        };
        use MarkerKind::{Malformed, OffScale};
        for text in [
            "(prioritet 2–3)",
            "(prioritet 3 och 4)",
            "(PRIORITET 3)",
            "(prioritet3)",
            "(prioritet 2-3)",
            "(PRIORITET FoU)",
            "(prioritet nr 3)",
        ] {
            assert_eq!(found(text), [(text, Malformed)], "{text}");
        }
        let long = "(prioritet 100000000000000000000000000)";
        assert_eq!(found(long), [(long, OffScale)]);
        // A number that no `)` closes near it: the marker is the number.
        assert_eq!(
            found("(prioritet 3 som gäller när inget annat sägs"),
            [("(prioritet 3", Malformed)]
        );
        // Prose: no number, a longer word, no `)` near.
        assert!(found("(prioritet hög) (prioriteringar 2) (prioritet (x)").is_empty());
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
