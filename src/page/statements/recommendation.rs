//! One recommendation as a line of `Rekommendationerna i korthet:`: who
//! offers it and how strongly, its marker `(prioritet N)`, then one short
//! sentence per fact of its row.
//!
//! ```text
//!   • Hälso- och sjukvården och socialtjänsten bör erbjuda insatsen (prioritet 2). Tillståndet enligt källan: ”missbruk eller beroende av alkohol”. Substanser: alkohol. Bruksmönster: missbruk och beroende.
//! ```

use super::text::{
    PRINCIPALS, VERBS, age_scope, list, population, principal_lower, priority, quotable, quoted,
    read_age_scope, read_list, read_number, read_population, read_priority, read_years, unquote,
    verb, years,
};
use crate::model::{
    AgeScope, Dispute, NearestStated, Population, PrincipalDispute, Recommendation,
    RecommendationVerb,
};
use crate::vocab::{Principal, Substance, TagSet, Vocabulary};

/// What a line writes for a row that names no substance.
const NO_SUBSTANCE: &str = "ingen namngiven";

/// The line a statement writes for a list without rows.
pub(super) const NO_ROWS: &str = "Inga rader i riktlinjerna anges.";

/// `recommendation` as a page can state it: without its source (a page
/// does not cite the source of its own rows) and without the texts that a
/// quotation cannot hold (see [`quotable`]).
pub(super) fn writable(r: &Recommendation) -> Recommendation {
    let mut out = match r.priority() {
        Some(p) => Recommendation::new(r.substances(), r.population(), p),
        None => Recommendation::unrated(r.substances(), r.population()),
    }
    .with_add_on(r.is_add_on())
    .with_age_scope(r.age_scope())
    .with_patterns(r.patterns())
    .with_principal(r.principal())
    .with_no_established_effect(r.has_no_established_effect())
    .with_insufficient_evidence(r.has_insufficient_evidence());
    if let Some(v) = r.verb() {
        out = out.with_verb(v);
    }
    if let Some(n) = r.min_age() {
        out = out.with_min_age(n);
    }
    if let Some(year) = r.edition() {
        out = out.with_edition(year);
    }
    if let Some(c) = r.condition().filter(|c| quotable(c)) {
        out = out.with_condition(c);
    }
    if let Some(m) = r.measure().filter(|m| quotable(m)) {
        out = out.with_measure(m);
    }
    if let Some(n) = r.nearest_stated().filter(|n| quotable(n.condition()) && quotable(n.source()))
    {
        out = out.with_nearest_stated(n.clone());
    }
    for d in r.disputes().iter().filter(|d| quotable(d.source())) {
        out = out.with_dispute(d.clone());
    }
    for d in r.principal_disputes().iter().filter(|d| quotable(d.source())) {
        out = out.with_principal_dispute(d.clone());
    }
    out
}

const ADD_ON: &str = " som tillägg till annan behandling";

/// Who offers the row, how strongly, and whether as an add-on: the start
/// of its line, up to the marker.
fn head(principal: Principal, verb_of: Option<RecommendationVerb>, add_on: bool) -> String {
    let add_on = if add_on { ADD_ON } else { "" };
    match (principal, verb_of) {
        (Principal::NotStated, Some(v)) => format!("Insatsen {} erbjudas{add_on}", verb(v)),
        (p, Some(v)) => format!("{} {} erbjuda insatsen{add_on}", p.label_sv(), verb(v)),
        (Principal::NotStated, None) => format!("Riktlinjerna tar upp insatsen{add_on}"),
        (p, None) => format!(
            "Riktlinjerna tar upp insatsen{add_on}, med {} som huvudman",
            principal_lower(p)
        ),
    }
}

/// The line of `r` (as [`writable`] leaves it), without the bullet.
pub(super) fn write(r: &Recommendation) -> String {
    let mut line = head(r.principal(), r.verb(), r.is_add_on());
    match r.priority() {
        Some(p) => line.push_str(&format!(" (prioritet {}).", priority(p))),
        None => line.push_str(" (utan prioritet i text)."),
    }
    let mut say = |sentence: String| {
        line.push(' ');
        line.push_str(&sentence);
    };
    if let Some(c) = r.condition() {
        say(format!("{CONDITION}{}.", quoted(c)));
    }
    if let Some(m) = r.measure() {
        say(format!("{MEASURE}{}.", quoted(m)));
    }
    say(format!("{SUBSTANCES}{}.", substances(r.substances())));
    if !r.patterns().is_empty() {
        say(format!("{PATTERNS}{}.", list(r.patterns())));
    }
    if r.population() != Population::Anyone {
        say(format!("{POPULATION}{}.", population(r.population())));
    }
    if r.age_scope() != AgeScope::Unspecified {
        say(format!("{AGES}{}.", age_scope(r.age_scope())));
    }
    if let Some(n) = r.min_age() {
        say(format!("{MIN_AGE}{}.", years(n)));
    }
    if let Some(year) = r.edition() {
        say(format!("{EDITION}{year}."));
    }
    if r.has_no_established_effect() {
        say(NO_EFFECT.to_owned());
    }
    if r.has_insufficient_evidence() {
        say(INSUFFICIENT.to_owned());
    }
    if let Some(n) = r.nearest_stated() {
        say(format!(
            "{NEAREST}{} för {} enligt {}.",
            priority(n.priority()),
            quoted(n.condition()),
            quoted(n.source())
        ));
    }
    for d in r.disputes() {
        say(format!("{OTHER}{}, anger prioritet {}.", quoted(d.source()), priority(d.priority())));
    }
    for d in r.principal_disputes() {
        say(format!(
            "{OTHER}{}, anger {} som huvudman.",
            quoted(d.source()),
            principal_lower(d.principal())
        ));
    }
    line
}

const CONDITION: &str = "Tillståndet enligt källan: ";
const MEASURE: &str = "Åtgärden enligt källan: ";
const SUBSTANCES: &str = "Substanser: ";
const PATTERNS: &str = "Bruksmönster: ";
const POPULATION: &str = "Gäller: ";
const AGES: &str = "Ålder: ";
const MIN_AGE: &str = "Yngsta ålder enligt källan: ";
const EDITION: &str = "Utgåva av riktlinjerna: ";
const NO_EFFECT: &str = "Ingen fastställd effekt enligt källan.";
const INSUFFICIENT: &str =
    "Avgörande skäl enligt källan: det vetenskapliga underlaget är otillräckligt.";
const NEAREST: &str = "Närmaste angivna prioritet: ";
const OTHER: &str = "Annan källa, ";

/// The substances of a row or a target group: a list, or
/// [`NO_SUBSTANCE`].
pub(super) fn substances(set: TagSet<Substance>) -> String {
    if set.is_empty() { NO_SUBSTANCE.to_owned() } else { list(set) }
}

/// What [`substances`] writes, read back.
pub(super) fn read_substances(text: &str) -> Option<TagSet<Substance>> {
    if text == NO_SUBSTANCE { Some(TagSet::new()) } else { read_list(text) }
}

/// The text up to the first `.`, and what follows the `.`.
fn until_stop(text: &str) -> Option<(&str, &str)> {
    let (value, rest) = text.split_once('.')?;
    Some((value, rest))
}

/// The row a line (without the bullet) states, if [`write`] writes exactly
/// that line for it.
pub(super) fn read(line: &str) -> Option<Recommendation> {
    let found = read_loosely(line)?;
    (write(&found) == line).then_some(found)
}

/// Reads the parts of a line in any order; [`read`] checks the form.
fn read_loosely(line: &str) -> Option<Recommendation> {
    // The first marker is the head's: a quoted text after it may hold
    // another.
    let at = [line.find(" (prioritet "), line.find(" (utan prioritet i text).")]
        .into_iter()
        .flatten()
        .min()?;
    let (head_text, marker) = line.split_at(at);
    let (principal, verb_of, add_on) = [Principal::NotStated]
        .into_iter()
        .chain(PRINCIPALS)
        .flat_map(|p| {
            [None]
                .into_iter()
                .chain(VERBS.map(Some))
                .flat_map(move |v| [false, true].into_iter().map(move |a| (p, v, a)))
        })
        .find(|&(p, v, a)| head(p, v, a) == head_text)?;
    let (stated, mut rest) = if let Some(after) = marker.strip_prefix(" (prioritet ") {
        let (value, after) = after.split_once(").")?;
        (Some(read_priority(value)?), after)
    } else {
        (None, marker.strip_prefix(" (utan prioritet i text).")?)
    };
    let mut parts = Parts::default();
    while !rest.is_empty() {
        rest = rest.strip_prefix(' ')?;
        rest = parts.read_one(rest)?;
    }
    let population = parts.population.unwrap_or(Population::Anyone);
    let mut r = match stated {
        Some(p) => Recommendation::new(parts.substances?, population, p),
        None => Recommendation::unrated(parts.substances?, population),
    }
    .with_add_on(add_on)
    .with_principal(principal)
    .with_patterns(parts.patterns)
    .with_age_scope(parts.age_scope)
    .with_no_established_effect(parts.no_effect)
    .with_insufficient_evidence(parts.insufficient);
    if let Some(v) = verb_of {
        r = r.with_verb(v);
    }
    if let Some(c) = parts.condition {
        r = r.with_condition(c);
    }
    if let Some(m) = parts.measure {
        r = r.with_measure(m);
    }
    if let Some(n) = parts.min_age {
        r = r.with_min_age(n);
    }
    if let Some(year) = parts.edition {
        r = r.with_edition(year);
    }
    if let Some(n) = parts.nearest {
        r = r.with_nearest_stated(n);
    }
    for d in parts.disputes {
        r = r.with_dispute(d);
    }
    for d in parts.principal_disputes {
        r = r.with_principal_dispute(d);
    }
    Some(r)
}

/// The facts of a line after its marker, as read so far.
#[derive(Default)]
struct Parts {
    condition: Option<String>,
    measure: Option<String>,
    substances: Option<TagSet<Substance>>,
    patterns: TagSet<crate::vocab::ConditionPattern>,
    population: Option<Population>,
    age_scope: AgeScope,
    min_age: Option<u8>,
    edition: Option<u16>,
    no_effect: bool,
    insufficient: bool,
    nearest: Option<NearestStated>,
    disputes: Vec<Dispute>,
    principal_disputes: Vec<PrincipalDispute>,
}

impl Parts {
    /// Reads one sentence at the start of `text`; returns what follows it.
    fn read_one<'a>(&mut self, text: &'a str) -> Option<&'a str> {
        if let Some(after) = text.strip_prefix(CONDITION) {
            let (value, after) = unquote(after)?;
            self.condition = Some(value.to_owned());
            return after.strip_prefix('.');
        }
        if let Some(after) = text.strip_prefix(MEASURE) {
            let (value, after) = unquote(after)?;
            self.measure = Some(value.to_owned());
            return after.strip_prefix('.');
        }
        if let Some(after) = text.strip_prefix(NO_EFFECT) {
            self.no_effect = true;
            return Some(after);
        }
        if let Some(after) = text.strip_prefix(INSUFFICIENT) {
            self.insufficient = true;
            return Some(after);
        }
        if let Some(after) = text.strip_prefix(NEAREST) {
            let (value, after) = after.split_once(" för ")?;
            let (condition, after) = unquote(after)?;
            let (source, after) = unquote(after.strip_prefix(" enligt ")?)?;
            self.nearest = Some(NearestStated::new(read_priority(value)?, condition, source));
            return after.strip_prefix('.');
        }
        if let Some(after) = text.strip_prefix(OTHER) {
            let (source, after) = unquote(after)?;
            let after = after.strip_prefix(", anger ")?;
            if let Some(value) = after.strip_prefix("prioritet ") {
                let (value, after) = until_stop(value)?;
                self.disputes.push(Dispute::new(read_priority(value)?, source));
                return Some(after);
            }
            let (who, after) = after.split_once(" som huvudman.")?;
            let principal = Principal::ALL.iter().copied().find(|&p| principal_lower(p) == who)?;
            self.principal_disputes.push(PrincipalDispute::new(principal, source));
            return Some(after);
        }
        let (label, after) = [SUBSTANCES, PATTERNS, POPULATION, AGES, MIN_AGE, EDITION]
            .into_iter()
            .find_map(|label| Some((label, text.strip_prefix(label)?)))?;
        let (value, after) = until_stop(after)?;
        match label {
            SUBSTANCES => self.substances = Some(read_substances(value)?),
            PATTERNS => self.patterns = read_list(value)?,
            POPULATION => self.population = Some(read_population(value)?),
            AGES => self.age_scope = read_age_scope(value)?,
            MIN_AGE => self.min_age = Some(read_years(value)?),
            _ => self.edition = Some(read_number(value)?),
        }
        Some(after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NrPriority;
    use crate::vocab::{ConditionPattern, Situation};

    #[test]
    fn a_full_row_reads_back() {
        let r = Recommendation::new(
            TagSet::only(Substance::Benzodiazepines),
            Population::InSituation(Situation::UsualDiscontinuationNotPossible),
            NrPriority::rank(3).unwrap(),
        )
        .with_add_on(true)
        .with_verb(RecommendationVerb::Should)
        .with_principal(Principal::HealthCare)
        .with_patterns(TagSet::only(ConditionPattern::LongTermUse))
        .with_edition(2017)
        .with_condition("långvarigt bruk av bensodiazepiner")
        .with_measure("KBT som tillägg till nedtrappning av bensodiazepiner")
        .with_dispute(Dispute::new(NrPriority::rank(2).unwrap(), "https://example.org/a"))
        .with_principal_dispute(PrincipalDispute::new(Principal::Both, "https://example.org/b"));
        let line = write(&r);
        assert_eq!(read(&line), Some(r), "{line}");
        assert!(line.starts_with(
            "Hälso- och sjukvården bör erbjuda insatsen som tillägg till annan behandling \
             (prioritet 3). Tillståndet enligt källan: ”långvarigt bruk av bensodiazepiner”."
        ));
        let unrated = Recommendation::unrated(TagSet::new(), Population::Relatives)
            .with_nearest_stated(NearestStated::new(NrPriority::DontDo, "x. y", "z"))
            .with_no_established_effect(true)
            .with_insufficient_evidence(true)
            .with_age_scope(AgeScope::From20UnlessSpecialReasons)
            .with_min_age(12);
        assert_eq!(read(&write(&unrated)), Some(unrated));
        let principal_only = Recommendation::unrated(TagSet::new(), Population::Anyone)
            .with_principal(Principal::SocialServices);
        assert_eq!(read(&write(&principal_only)), Some(principal_only));
        // Another order, or another case, is not the writer's form.
        assert_eq!(read("Insatsen bör erbjudas (prioritet 2). Bruksmönster: beroende."), None);
        assert_eq!(read("insatsen bör erbjudas (prioritet 2). Substanser: alkohol."), None);
    }
}
