//! The words of the statement blocks: one table for each kind of value,
//! read by both the writer and the reader, so that they agree.
//!
//! The phrases are the page format's own and fixed: a page written with
//! them today must read the same tomorrow, so they are not taken from the
//! term table of the messages, whose wording may change.

use crate::model::{AgeScope, NrPriority, Population, RecommendationVerb};
use crate::terms::Language;
use crate::terms::lower_first;
use crate::vocab::lower_label;
use crate::vocab::{Need, Principal, Situation, TagSet, Vocabulary};

/// How a statement quotes a free text: `”…”`, as Swedish prose does.
pub(super) const QUOTE: char = '”';

/// Whether a free text can be quoted and read back as it is: no quotation
/// mark of its own and no line break.
pub(super) fn quotable(text: &str) -> bool {
    !text.contains(QUOTE) && !text.contains(['\n', '\r'])
}

/// `text` in quotation marks.
pub(super) fn quoted(text: &str) -> String {
    format!("{QUOTE}{text}{QUOTE}")
}

/// The quoted text at the start of `text`, and what follows it.
pub(super) fn unquote(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_prefix(QUOTE)?;
    let end = inner.find(QUOTE)?;
    Some((inner.get(..end)?, inner.get(end + QUOTE.len_utf8()..)?))
}

/// A set of values as a list in running text, in the vocabulary's order:
/// `alkohol`, `alkohol och narkotika`, `alkohol, narkotika och cannabis`.
pub(super) fn list<T: Vocabulary>(set: TagSet<T>) -> String {
    let items: Vec<String> = set.iter().map(|v| lower_label(v, Language::Swedish)).collect();
    join(&items)
}

/// Items in running text: `a`, `a och b`, `a, b och c`.
pub(super) fn join<S: AsRef<str>>(items: &[S]) -> String {
    let mut out = String::new();
    let count = items.len();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == count { " och " } else { ", " });
        }
        out.push_str(item.as_ref());
    }
    out
}

/// The set a list written by [`list`] names: the longest label at each
/// place, then `, `, ` och ` or the end. `None` unless [`list`] writes
/// exactly `text` for it (the order, the case and the separators are the
/// writer's).
pub(super) fn read_list<T: Vocabulary>(text: &str) -> Option<TagSet<T>> {
    let labels: Vec<(T, String)> =
        T::ALL.iter().map(|&v| (v, lower_label(v, Language::Swedish))).collect();
    let mut set = TagSet::new();
    let mut rest = text;
    loop {
        let (value, label) = labels
            .iter()
            .filter(|(_, label)| rest.starts_with(label.as_str()))
            .max_by_key(|(_, label)| label.len())?;
        set.insert(*value);
        rest = rest.get(label.len()..)?;
        if rest.is_empty() {
            break;
        }
        rest = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(" och "))?;
    }
    (list(set) == text).then_some(set)
}

/// `ja` or `nej`.
pub(super) fn yes_no(yes: bool) -> &'static str {
    if yes { "ja" } else { "nej" }
}

/// What [`yes_no`] writes, read back.
pub(super) fn read_yes_no(text: &str) -> Option<bool> {
    match text {
        "ja" => Some(true),
        "nej" => Some(false),
        _ => None,
    }
}

/// A priority as its marker writes it after `prioritet `: `4`, `FoU`,
/// `Icke-göra`.
pub(super) fn priority(priority: NrPriority) -> String {
    match priority {
        NrPriority::Rank(rank) => rank.get().to_string(),
        NrPriority::ResearchOnly => "FoU".to_owned(),
        NrPriority::DontDo => "Icke-göra".to_owned(),
    }
}

/// What [`priority`] writes, read back.
pub(super) fn read_priority(text: &str) -> Option<NrPriority> {
    let found = text.parse::<NrPriority>().ok()?;
    (priority(found) == text).then_some(found)
}

/// The verb as it governs `erbjuda`: `bör`, `kan`, `kan i undantagsfall`.
pub(super) const fn verb(verb: RecommendationVerb) -> &'static str {
    match verb {
        RecommendationVerb::Should => "bör",
        RecommendationVerb::May => "kan",
        RecommendationVerb::Exceptionally => "kan i undantagsfall",
    }
}

/// Every verb, for the reader.
pub(super) const VERBS: [RecommendationVerb; 3] =
    [RecommendationVerb::Should, RecommendationVerb::May, RecommendationVerb::Exceptionally];

/// The principals a statement can name (every one but
/// [`Principal::NotStated`], which a statement leaves out).
pub(super) const PRINCIPALS: [Principal; 3] =
    [Principal::HealthCare, Principal::SocialServices, Principal::Both];

/// A principal in running text: `hälso- och sjukvården`.
pub(super) fn principal_lower(principal: Principal) -> String {
    lower_first(principal.label_sv())
}

/// Who a population is, as a statement writes it after `Gäller: `.
pub(super) fn population(population: Population) -> String {
    let need = |n: Need| lower_label(n, Language::Swedish);
    let situation = |s: Situation| lower_label(s, Language::Swedish);
    match population {
        Population::Anyone => "alla med tillståndet".to_owned(),
        Population::Youth => "ungdomar under 18 år".to_owned(),
        Population::Adults => "vuxna".to_owned(),
        Population::InMedicationAssistedTreatment => {
            "personer i läkemedelsassisterad behandling (LARO)".to_owned()
        }
        Population::Relatives => "anhöriga".to_owned(),
        Population::WithNeed(n) => format!("personer med behov: {}", need(n)),
        Population::WithCohabitingPartner => "personer som bor med en partner".to_owned(),
        Population::InAlcoholWithdrawal => "personer i alkoholabstinens".to_owned(),
        Population::InAlcoholWithdrawalWithRaisedRisk => {
            "personer i alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium \
             tremens"
                .to_owned()
        }
        Population::WithSevereMentalIllness => {
            "personer med samtidig svår psykisk sjukdom".to_owned()
        }
        Population::InDeliriumTremens => "personer med delirium tremens".to_owned(),
        Population::InSituation(s) => format!("personer i situationen: {}", situation(s)),
    }
}

/// What [`population`] writes, read back.
pub(super) fn read_population(text: &str) -> Option<Population> {
    Population::all().find(|&p| population(p) == text)
}

/// The ages of an age scope, as a statement writes them after `Ålder: `.
pub(super) const fn age_scope(scope: AgeScope) -> &'static str {
    match scope {
        AgeScope::Unspecified => "ingen ålder angiven",
        AgeScope::Under18 => "under 18 år",
        AgeScope::Adults => "vuxna",
        AgeScope::Youth13To21 => "13–21 år",
        AgeScope::From20UnlessSpecialReasons => "från 20 år, om det inte finns särskilda skäl",
    }
}

/// What [`age_scope`] writes, read back.
pub(super) fn read_age_scope(text: &str) -> Option<AgeScope> {
    [
        AgeScope::Unspecified,
        AgeScope::Under18,
        AgeScope::Adults,
        AgeScope::Youth13To21,
        AgeScope::From20UnlessSpecialReasons,
    ]
    .into_iter()
    .find(|&s| age_scope(s) == text)
}

/// An age in years: `12 år`.
pub(super) fn years(n: u8) -> String {
    format!("{n} år")
}

/// What [`years`] writes, read back.
pub(super) fn read_years(text: &str) -> Option<u8> {
    let n: u8 = text.strip_suffix(" år")?.parse().ok()?;
    (years(n) == text).then_some(n)
}

/// A number as written, read back only in the writer's form (no sign, no
/// leading zeros).
pub(super) fn read_number<N: std::str::FromStr + ToString>(text: &str) -> Option<N> {
    let n: N = text.parse().ok()?;
    (n.to_string() == text).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{ConditionPattern, Substance};

    #[test]
    fn lists_read_back_only_as_written() {
        let set = TagSet::from([Substance::Alcohol, Substance::Narcotics, Substance::Cannabis]);
        assert_eq!(list(set), "alkohol, narkotika och cannabis");
        assert_eq!(read_list::<Substance>("alkohol, narkotika och cannabis"), Some(set));
        assert_eq!(read_list::<Substance>("narkotika, alkohol och cannabis"), None);
        assert_eq!(read_list::<Substance>("Alkohol"), None);
        let intake = TagSet::from([ConditionPattern::Suspected, ConditionPattern::SuspectedIntake]);
        assert_eq!(read_list::<ConditionPattern>(&list(intake)), Some(intake));
        let needs = TagSet::from([Need::ExtentOfUse, Need::SupportInHousing]);
        assert_eq!(read_list::<Need>(&list(needs)), Some(needs));
        assert_eq!(read_list::<Need>(""), None);
    }

    #[test]
    fn every_population_and_scope_reads_back() {
        for p in Population::all() {
            assert_eq!(read_population(&population(p)), Some(p), "{p:?}");
        }
        for s in [AgeScope::Under18, AgeScope::Adults, AgeScope::From20UnlessSpecialReasons] {
            assert_eq!(read_age_scope(age_scope(s)), Some(s));
        }
        assert_eq!(read_years("12 år"), Some(12));
        assert_eq!(read_years("012 år"), None);
        assert_eq!(unquote("”a b” c"), Some(("a b", " c")));
    }
}
