//! The facts a page states in its prose: NR priorities, add-on status,
//! manual, schedule, phases, youth versions and assessment areas.
//!
//! Each reader looks for the few forms the guide uses and leaves
//! everything else alone; the prose itself is kept verbatim in the
//! sections, so a fact that is not recognised is never lost.

use super::words::{Word, sentences, words};
use crate::Sections;
use crate::model::{
    NrPriority, Phase, Population, Recommendation, RecommendationVerb, Schedule, SessionPattern,
    Span, SpanUnit, Target,
};
use crate::vocab::{Need, Substance, TagSet};

/// Everything read from the prose of one page.
pub(super) struct Facts {
    pub(super) target: Target,
    pub(super) recommendations: Vec<Recommendation>,
    pub(super) add_on: bool,
    pub(super) manual_based: bool,
    pub(super) schedule: Option<Schedule>,
    pub(super) phases: Vec<Phase>,
    pub(super) assessment_areas: TagSet<Need>,
    pub(super) youth_versions_named: Vec<String>,
}

pub(super) fn read(lede: Option<&str>, sections: &Sections) -> Facts {
    let target =
        Target::new(substances(&sections.target_group), population(&sections.target_group));
    let recommendations = recommendations(&sections.knowledge, target);
    let add_on = [sections.target_group.as_str(), &sections.knowledge, &sections.summary]
        .iter()
        .any(|text| has_add_on_marker(text))
        && recommendations.iter().all(Recommendation::is_add_on);
    // Substring searches are far cheaper than reading words, so each
    // reader runs only on texts that can hold its fact.
    let manual_based = lede
        .into_iter()
        .chain(sections.texts())
        .any(|text| text.contains("anualbaser") && words(text).any(|w| w.starts("manualbaser")));
    let mut youth_versions_named = Vec::new();
    let mut assessment_areas = TagSet::new();
    for text in sections.texts() {
        let youth = text.contains("ngdomsversion");
        let mapping = text.contains("artlägg");
        if !youth && !mapping {
            continue;
        }
        for sentence in sentences(text) {
            if youth {
                youth_versions(sentence, &mut youth_versions_named);
            }
            if mapping {
                assessment_areas = assessment_areas.union(assessment(sentence));
            }
        }
    }
    Facts {
        target,
        recommendations,
        add_on,
        manual_based,
        schedule: schedule(&[&sections.implementation, &sections.summary]),
        phases: phases(&sections.implementation),
        assessment_areas,
        youth_versions_named,
    }
}

/// The substances a text names: `alkohol`, `narkotika`, `cannabis`,
/// `centralstimul…`, `opioid…`, `opioidanalget…`, `bensodiazepin…`, also
/// as the first part of a compound (`narkotikaproblem`, `opioidberoende`).
fn substances(text: &str) -> TagSet<Substance> {
    const PREFIXES: [(&str, Substance); 7] = [
        ("alkohol", Substance::Alcohol),
        ("narkotika", Substance::Narcotics),
        ("cannabis", Substance::Cannabis),
        ("centralstimul", Substance::CentralStimulants),
        ("opioidanalget", Substance::OpioidAnalgesics),
        ("opioid", Substance::Opioids),
        ("bensodiazepin", Substance::Benzodiazepines),
    ];
    let mut found = TagSet::new();
    for word in words(text) {
        if let Some(&(_, substance)) = PREFIXES.iter().find(|(prefix, _)| word.starts(prefix)) {
            found.insert(substance);
        }
    }
    found
}

/// The population a text names, if any: relatives (`anhöriga`) before
/// people in medication-assisted treatment (`läkemedelsassisterad`,
/// `LARO`) before youth (`ungdomar`, `under 18`), because a text about
/// relatives of young people is for the relatives.
fn named_population(text: &str) -> Option<Population> {
    let (mut relatives, mut laro, mut youth) = (false, false, false);
    let mut previous: Option<Word<'_>> = None;
    for word in words(text) {
        relatives |= word.starts("anhörig");
        laro |= word.starts("läkemedelsassister") || word.is("laro");
        youth |= word.starts("ungdomar")
            || word.is("ungdom")
            || (word.text == "18" && previous.is_some_and(|p| p.is("under")));
        previous = Some(word);
    }
    if relatives {
        Some(Population::Relatives)
    } else if laro {
        Some(Population::InMedicationAssistedTreatment)
    } else if youth {
        Some(Population::Youth)
    } else {
        None
    }
}

fn population(text: &str) -> Population {
    named_population(text).unwrap_or(Population::Anyone)
}

/// Whether a text marks an add-on: `som tillägg till …` (also `som ett
/// tillägg`) or `komplement`. `med tillägget att …` and `med tillägg av …`
/// use the word in other senses.
fn has_add_on_marker(text: &str) -> bool {
    if !text.contains("illägg") && !text.contains("omplement") {
        return false;
    }
    let mut before = [false; 2]; // whether the word 1 and 2 back is `som`; `ett` in between
    let mut previous_is_ett = false;
    for word in words(text) {
        if word.starts("komplement") && !word.starts("komplementär") {
            return true;
        }
        if word.is("tillägg") && (before[0] || (previous_is_ett && before[1])) {
            return true;
        }
        before = [word.is("som"), before[0]];
        previous_is_ett = word.is("ett");
    }
    false
}

/// A `bör` or `kan` found by [`verbs`]: `None` when negated (`bör inte
/// erbjudas`), which states no verb.
type FoundVerb = Option<RecommendationVerb>;

/// `bör` or `kan` in a text: the first and the last. One that governs an
/// offer (`bör erbjuda`, `kan också erbjudas`, `bör hälso- och
/// sjukvården … erbjuda`) comes before one that does not (`som kan läsas`,
/// `kan ges i grupp`).
fn verbs(text: &str) -> (Option<FoundVerb>, Option<FoundVerb>) {
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
            let found = (!negated).then_some(verb);
            first_offer = first_offer.or(Some(found));
            last_offer = Some(found);
        } else if !negated {
            first_any = first_any.or(Some(Some(verb)));
            last_any = Some(Some(verb));
        }
    }
    (first_offer.or(first_any), last_offer.or(last_any))
}

/// How far after `(prioritet ` the closing `)` of a marker can be.
const MARKER_VALUE_MAX: usize = 24;

/// A priority marker in a sentence: `(prioritet 4)`, also `(prioritet
/// FoU)` and `(prioritet Icke-göra)`; its byte range and the priority.
fn priority_markers(sentence: &str) -> impl Iterator<Item = (usize, usize, NrPriority)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = sentence.get(pos..)?;
            let open = rest.find('(')?;
            let start = pos + open;
            pos = start + 1;
            let inner = sentence.get(pos..)?;
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
            let end = sentence.len() - body.len() + close + 1;
            // `hög prioritet` has no number and never gets here; a number off
            // the scale is not a priority either, and stays prose.
            if let Ok(priority) = value.parse::<NrPriority>() {
                pos = end;
                return Some((start, end, priority));
            }
        }
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

/// The recommendations of `Kunskapsläge`: one per priority marker, with
/// the substances and population of the words that lead up to it.
fn recommendations(knowledge: &str, target: Target) -> Vec<Recommendation> {
    let mut found = Vec::new();
    if !knowledge.contains("rioritet") {
        return found;
    }
    let mut running_verb = None;
    // A line ending in `:` leads in the bullet lines under it; what it
    // states is read once, not again for every bullet.
    let mut lead_in = LeadIn::default();
    for line in knowledge.split('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let is_bullet = trimmed.starts_with('•') || trimmed.starts_with("- ");
        if !is_bullet {
            lead_in = if trimmed.ends_with(':') { LeadIn::of(line) } else { LeadIn::default() };
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
                let verb = first_verb.unwrap_or(running_verb);
                running_verb = last_verb.unwrap_or(running_verb);
                add_on_so_far = add_on_so_far || has_add_on_marker(segment);
                let add_on = add_on_so_far || context.add_on;
                let mut recommendation =
                    Recommendation::new(substances, population, priority).with_add_on(add_on);
                if let Some(verb) = verb {
                    recommendation = recommendation.with_verb(verb);
                }
                found.push(recommendation);
                segment_start = end;
            }
            let tail = sentence.get(segment_start..).unwrap_or("");
            running_verb = verbs(tail).1.unwrap_or(running_verb);
        }
    }
    found
}

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
fn schedule(texts: &[&str]) -> Option<Schedule> {
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

/// The ordinal a word gives a phase.
fn phase_ordinal(word: &Word<'_>) -> Option<u8> {
    const ORDINALS: [(&str, u8); 7] = [
        ("inledande", 1),
        ("första", 1),
        ("andra", 2),
        ("tredje", 3),
        ("fjärde", 4),
        ("femte", 5),
        ("sjätte", 6),
    ];
    ORDINALS.iter().find(|(name, _)| word.is(name)).map(|&(_, n)| n)
}

/// The phases of `Genomförande`: a paragraph that speaks of `den
/// inledande fasen`, `den andra fasen`, `den tredje och sista fasen`, …
/// in order is that phase, and its text is the phase's aims. A lone
/// mention of a phase is prose, not a list of phases.
fn phases(implementation: &str) -> Vec<Phase> {
    let mut found: Vec<Phase> = Vec::new();
    if !implementation.contains("fasen") {
        return found;
    }
    let mut ws: Vec<Word<'_>> = Vec::new();
    for paragraph in implementation.split('\n') {
        if !paragraph.contains("fasen") {
            continue;
        }
        ws.clear();
        ws.extend(words(paragraph));
        let next = found.len() + 1;
        let Some(fasen) = ws.iter().position(|w| w.is("fasen")) else { continue };
        let back = |n: usize| fasen.checked_sub(n).and_then(|i| ws.get(i));
        let (ordinal, first_word) = match (back(1), back(2), back(3)) {
            (Some(sista), Some(och), Some(ord)) if sista.is("sista") && och.is("och") => {
                match phase_ordinal(ord) {
                    Some(n) => (n, ord),
                    None => (u8::try_from(next).unwrap_or(u8::MAX), sista),
                }
            }
            (Some(sista), _, _) if sista.is("sista") && next > 1 => {
                (u8::try_from(next).unwrap_or(u8::MAX), sista)
            }
            (Some(ord), _, _) => match phase_ordinal(ord) {
                Some(n) => (n, ord),
                None => continue,
            },
            _ => continue,
        };
        if usize::from(ordinal) != next {
            continue;
        }
        let Some(fasen_word) = ws.get(fasen) else { continue };
        let Some(name) = paragraph.get(first_word.start..fasen_word.end) else { continue };
        found.push(Phase::new(ordinal, capitalise(name), paragraph));
        // `den tredje och sista fasen`: a later mention of `den sista
        // fasen` is about that phase, not a new one.
        if back(1).is_some_and(|w| w.is("sista")) {
            break;
        }
    }
    if found.len() < 2 {
        found.clear();
    }
    found
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The names before `ungdomsversion…` in a sentence such as `Både CRA och
/// MET finns i särskilda ungdomsversioner`: words in capitals (`CRA`,
/// `A-CRA`).
fn youth_versions(sentence: &str, names: &mut Vec<String>) {
    let Some(mention) = words(sentence).find(|w| w.starts("ungdomsversion")) else { return };
    let before = sentence.get(..mention.start).unwrap_or("");
    for token in before.split_whitespace() {
        let name = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let is_name = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
        if is_name && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
}

/// The areas named in a sentence about the assessment (`kartläggning av
/// aspekter som familjesituation, det skadliga brukets omfattning,
/// psykiska ohälsa och den social situationen`).
fn assessment(sentence: &str) -> TagSet<Need> {
    let mut needs = TagSet::new();
    if !words(sentence).any(|w| w.starts("kartlägg")) {
        return needs;
    }
    let mut previous: Option<Word<'_>> = None;
    for word in words(sentence) {
        let after = |prefix: &str| previous.is_some_and(|p| p.starts(prefix));
        let need = if word.starts("familjesituation") {
            Some(Need::FamilySituation)
        } else if word.starts("omfattning") {
            Some(Need::ExtentOfUse)
        } else if word.starts("ohälsa") && after("psykisk") {
            Some(Need::MentalHealth)
        } else if word.starts("situation") && after("social") {
            Some(Need::SocialSituation)
        } else if word.starts("bostad") || word.starts("boende") {
            Some(Need::Housing)
        } else if word.starts("arbetsmarknad") || word.starts("sysselsättning") {
            Some(Need::Work)
        } else if word.starts("skol") {
            Some(Need::School)
        } else if word.starts("ensamhet") {
            Some(Need::Loneliness)
        } else {
            None
        };
        if let Some(need) = need {
            needs.insert(need);
        }
        previous = Some(word);
    }
    needs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_on_markers_and_other_senses() {
        assert!(has_add_on_marker("kan erbjuda X som tillägg till annan behandling"));
        assert!(has_add_on_marker("Den ses som ett komplement till annan behandling."));
        assert!(has_add_on_marker("används som ett tillägg till"));
        assert!(!has_add_on_marker("med tillägget att det finns en manual"));
        assert!(!has_add_on_marker("med tillägg av case management"));
        assert!(!has_add_on_marker("komplementär medicin"));
    }

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
    fn verbs_first_and_last() {
        use RecommendationVerb::*;
        assert_eq!(verbs("bör erbjuda, kan också"), (Some(Some(Should)), Some(Some(Should))));
        assert_eq!(verbs("kan ges och bör erbjudas"), (Some(Some(Should)), Some(Some(Should))));
        assert_eq!(verbs("bör ges, kan ges"), (Some(Some(Should)), Some(Some(May))));
        assert_eq!(verbs("bör inte erbjudas"), (Some(None), Some(None)));
        assert_eq!(verbs("kan inte ersätta men bör ges"), (Some(Some(Should)), Some(Some(Should))));
        assert_eq!(verbs("inget verb"), (None, None));
    }

    #[test]
    fn every_substance_word() {
        let all = substances(
            "alkohol narkotika cannabis centralstimulantia opioider opioidanalgetika bensodiazepiner",
        );
        assert_eq!(all, TagSet::all());
        assert_eq!(substances("Alkohol- eller narkotikaproblem").len(), 2);
        assert!(substances("opioidanalgetika").contains(Substance::OpioidAnalgesics));
        assert!(!substances("opioidanalgetika").contains(Substance::Opioids));
    }
}
