//! Reading a vocabulary value from the text a person types, and the
//! closest values when the text names none: the rules are in the
//! [`vocab`](crate::Vocabulary) module docs.

use super::Vocabulary;
use crate::edit_distance;
use crate::error::{Error, ErrorKind};
use crate::terms::quote::cut;

/// One value of some vocabulary, by its labels: what an error names when
/// it suggests values.
///
/// # Examples
///
/// ```
/// use insats::{Label, Provider};
///
/// let label = Label::of(Provider::PrimaryCare);
/// assert_eq!(label.sv(), "Primärvård | Första linje");
/// assert_eq!(label.en(), "Primary care | First line");
/// assert_eq!(label.id(), "primary-care");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    sv: &'static str,
    en: &'static str,
    id: &'static str,
}

impl Label {
    /// The labels of `value`.
    pub fn of<T: Vocabulary>(value: T) -> Label {
        Label { sv: value.label_sv(), en: value.label_en(), id: value.id() }
    }
    /// The guide's Swedish label.
    pub fn sv(self) -> &'static str {
        self.sv
    }
    /// The English label.
    pub fn en(self) -> &'static str {
        self.en
    }
    /// The serde id.
    pub fn id(self) -> &'static str {
        self.id
    }
}

/// A character as lookups compare it: lower case, any dash as `-`, a
/// no-break space as a space.
fn fold(c: char) -> impl Iterator<Item = char> {
    let c = match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{A0}' | '\u{202F}' => ' ',
        c => c,
    };
    c.to_lowercase()
}

/// Whether two texts are equal as lookups compare them; allocates nothing.
/// ASCII characters are compared at once (most texts differ from most
/// labels in their first letter: the page reader looks every value of
/// every bullet up in a whole vocabulary), the rest from the first
/// character that is not ASCII on either side, folded.
pub(super) fn eq_folded(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.chars(), b.chars());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.is_ascii() && y.is_ascii() => {
                if !x.eq_ignore_ascii_case(&y) {
                    return false;
                }
            }
            (x, y) => {
                return x
                    .into_iter()
                    .chain(a)
                    .flat_map(fold)
                    .eq(y.into_iter().chain(b).flat_map(fold));
            }
        }
    }
}

/// A label without its parenthesised ending (`Vuxna` for `Vuxna (18-64
/// år)`), if it has one.
fn without_parentheses(label: &str) -> Option<&str> {
    let (head, _) = label.strip_suffix(')')?.rsplit_once(" (")?;
    Some(head)
}

/// The forms of `value` that name it on their own: the labels without
/// their parenthesised ending, and the parts of piped labels.
fn partial_forms<T: Vocabulary>(value: T) -> impl Iterator<Item = &'static str> {
    let (sv, en) = (value.label_sv(), value.label_en());
    let parts = |label: &'static str| label.split(" | ").filter(move |_| label.contains(" | "));
    without_parentheses(sv)
        .into_iter()
        .chain(without_parentheses(en))
        .chain(parts(sv))
        .chain(parts(en))
}

/// Every form of `value` a suggestion compares with.
fn all_forms<T: Vocabulary>(
    value: T,
    aliases: &[(&'static str, &[T])],
) -> impl Iterator<Item = &'static str> {
    let alias_forms: Vec<&'static str> = aliases
        .iter()
        .filter(|(_, values)| values.contains(&value))
        .map(|(alias, _)| *alias)
        .collect();
    [value.label_sv(), value.id(), value.label_en()]
        .into_iter()
        .chain(partial_forms(value))
        .chain(alias_forms)
}

/// The value whose Swedish label (any case, surrounding white space
/// ignored) or serde id is `text`: what a page of the guide may write.
pub(crate) fn lookup_label<T: Vocabulary>(text: &str) -> Option<T> {
    if let Some(v) = T::ALL.iter().find(|v| v.label_sv() == text) {
        return Some(*v);
    }
    let trimmed = text.trim();
    T::ALL
        .iter()
        .copied()
        .find(|v| eq_folded(v.label_sv(), trimmed) || v.id().eq_ignore_ascii_case(trimmed))
}

/// How a text named a vocabulary value, as [`Vocabulary::read`] tells
/// it: by one of the value's own labels, or by another wording that the
/// lookup accepts (the rules are in the [`Vocabulary`] docs). A user
/// interface can say "“kokain” was read as Central stimulants" for the
/// other wordings, so that a record shows what was typed and what it meant.
///
/// # Examples
///
/// ```
/// use insats::{Provider, Substance, Vocabulary, Wording};
///
/// assert_eq!(Substance::read("alkohol")?, (Substance::Alcohol, Wording::Label));
/// assert_eq!(Substance::read("Alcohol")?, (Substance::Alcohol, Wording::Label)); // the id
/// assert_eq!(
///     Substance::read("Central stimulants")?,
///     (Substance::CentralStimulants, Wording::EnglishLabel)
/// );
/// assert_eq!(Substance::read("kokain")?, (Substance::CentralStimulants, Wording::Alias));
/// assert_eq!(Provider::read("Primärvård")?, (Provider::PrimaryCare, Wording::PartOfLabel));
/// assert!(Wording::EnglishLabel.is_own_label() && !Wording::Alias.is_own_label());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Wording {
    /// The guide's Swedish label or the serde id (any case, any dash).
    Label,
    /// The English label.
    EnglishLabel,
    /// A documented alias: `Kokain` for
    /// [`Substance::CentralStimulants`](crate::Substance::CentralStimulants),
    /// `IFO` for
    /// [`Provider::IndividualAndFamilyCare`](crate::Provider::IndividualAndFamilyCare).
    Alias,
    /// A part of a label: the label without its parenthesised ending
    /// (`Vuxna`), or one part of a piped label (`Primärvård`).
    PartOfLabel,
}

impl Wording {
    /// Whether the text was one of the value's own labels (Swedish,
    /// English or id), which needs no note of what it was read as.
    pub fn is_own_label(self) -> bool {
        matches!(self, Wording::Label | Wording::EnglishLabel)
    }
}

/// Looks `text` up as the module docs describe; `aliases` maps a text
/// to the value it names, or to the several values it could mean.
pub(crate) fn lookup<T: Vocabulary>(
    text: &str,
    aliases: &[(&'static str, &[T])],
) -> Result<T, Error> {
    lookup_wording(text, aliases).map(|(value, _)| value)
}

/// [`lookup`], and how the text named the value.
pub(crate) fn lookup_wording<T: Vocabulary>(
    text: &str,
    aliases: &[(&'static str, &[T])],
) -> Result<(T, Wording), Error> {
    if let Some(v) = lookup_label::<T>(text) {
        return Ok((v, Wording::Label));
    }
    let trimmed = text.trim();
    if let Some(v) = T::ALL.iter().copied().find(|v| eq_folded(v.label_en(), trimmed)) {
        return Ok((v, Wording::EnglishLabel));
    }
    let alias = aliases.iter().find(|(alias, _)| eq_folded(alias, trimmed));
    let (named, wording): (Vec<T>, Wording) = match alias {
        Some((_, values)) => (values.to_vec(), Wording::Alias),
        None => (
            T::ALL
                .iter()
                .copied()
                .filter(|v| partial_forms(*v).any(|form| eq_folded(form, trimmed)))
                .collect(),
            Wording::PartOfLabel,
        ),
    };
    match named.as_slice() {
        [one] => Ok((*one, wording)),
        [] => Err(Error::from(ErrorKind::UnknownLabel {
            vocabulary: T::NAME_SV,
            vocabulary_en: T::NAME_EN,
            text: cut(text),
            closest: closest(trimmed, aliases),
        })),
        several => Err(Error::from(ErrorKind::AmbiguousLabel {
            vocabulary: T::NAME_SV,
            vocabulary_en: T::NAME_EN,
            text: cut(text),
            candidates: several.iter().map(|v| Label::of(*v)).collect(),
        })),
    }
}

/// The most values a suggestion lists.
const SUGGESTIONS: usize = 3;

/// A text longer than this (in bytes) is close to no label: the longest
/// label has under 100 characters, and a close text differs in length by
/// at most a quarter.
const LONGEST_CLOSE: usize = 260;

/// The values closest to `text`, best first: see the module docs.
fn closest<T: Vocabulary>(text: &str, aliases: &[(&'static str, &[T])]) -> Vec<Label> {
    if text.is_empty() || text.len() > LONGEST_CLOSE {
        return Vec::new();
    }
    let folded: Vec<char> = text.chars().flat_map(fold).collect();
    let mut scored: Vec<(usize, usize, T)> = T::ALL
        .iter()
        .copied()
        .enumerate()
        .filter_map(|(order, v)| {
            let score = all_forms(v, aliases).filter_map(|form| score(&folded, form)).min()?;
            Some((score, order, v))
        })
        .collect();
    scored.sort_unstable_by_key(|&(score, order, _)| (score, order));
    scored.into_iter().take(SUGGESTIONS).map(|(_, _, v)| Label::of(v)).collect()
}

/// The names among `candidates` closest to `text` (the same measure as
/// for labels), best first, at most three: for an unknown field or id.
pub(crate) fn closest_names(text: &str, candidates: &[&'static str]) -> Vec<&'static str> {
    if text.is_empty() || text.len() > LONGEST_CLOSE {
        return Vec::new();
    }
    let folded: Vec<char> = text.chars().flat_map(fold).collect();
    let mut scored: Vec<(usize, usize, &'static str)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(order, name)| Some((score(&folded, name)?, order, *name)))
        .collect();
    scored.sort_unstable_by_key(|&(score, order, _)| (score, order));
    scored.into_iter().take(SUGGESTIONS).map(|(_, _, name)| name).collect()
}

/// How close `form` is to the folded text: 0 when the form starts with
/// it (a text of two characters or more), else the edit distance plus
/// one, when it is small for the text's length; `None` when not close.
fn score(text: &[char], form: &str) -> Option<usize> {
    let form: Vec<char> = form.chars().flat_map(fold).collect();
    if text.len() >= 2 && form.starts_with(text) {
        return Some(0);
    }
    // At most a quarter of the text's characters edited, and at least one
    // edit allowed for a short text; `bounded` stops as soon as the
    // distance is over that (texts whose lengths differ by more at once).
    let allowed = (text.len() / 4).max(1);
    let distance = edit_distance::bounded(text, &form, allowed);
    (distance <= allowed).then_some(distance + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{AgeGroup, Provider, vocabulary};

    vocabulary! {
        /// A vocabulary whose piped labels share a part, which no
        /// vocabulary of the guide has (yet).
        pub enum Fruit: "Frukt", "fruit" {
            /// Apple or pear.
            ApplePear = ("Äpple | Päron", "Apple | Pear", "apple-pear"),
            /// Pear or plum.
            PearPlum = ("Päron | Plommon", "Pear | Plum", "pear-plum"),
        }
    }

    #[test]
    fn a_part_that_several_values_share_is_ambiguous() {
        assert_eq!("Äpple".parse::<Fruit>().unwrap(), Fruit::ApplePear);
        assert_eq!("plum".parse::<Fruit>().unwrap(), Fruit::PearPlum);
        match "päron".parse::<Fruit>().map_err(Error::into_kind) {
            Err(ErrorKind::AmbiguousLabel { vocabulary: "Frukt", text, candidates, .. }) => {
                assert_eq!(text, "päron");
                assert_eq!(candidates, [Label::of(Fruit::ApplePear), Label::of(Fruit::PearPlum)]);
            }
            other => panic!("expected an ambiguous label, got {other:?}"),
        }
    }

    #[test]
    fn lookup_folds_case_dashes_and_no_break_spaces() {
        assert_eq!(" äldreomsorg ".parse::<Provider>().unwrap(), Provider::ElderlyCare);
        assert_eq!("ÄLDREOMSORG".parse::<Provider>().unwrap(), Provider::ElderlyCare);
        assert_eq!("elderly-care".parse::<Provider>().unwrap(), Provider::ElderlyCare);
        for adults in ["Vuxna (18–64 år)", "Vuxna (18—64 år)", "vuxna (18-64\u{a0}år)"] {
            assert_eq!(adults.parse::<AgeGroup>().unwrap(), AgeGroup::Adults, "{adults:?}");
        }
    }

    #[test]
    fn the_page_reader_takes_labels_and_ids_only() {
        assert_eq!(
            lookup_label::<Provider>("primärvård | första linje"),
            Some(Provider::PrimaryCare)
        );
        assert_eq!(lookup_label::<Provider>("primary-care"), Some(Provider::PrimaryCare));
        assert_eq!(lookup_label::<Provider>("Primärvård"), None);
        assert_eq!(lookup_label::<Provider>("Primary care | First line"), None);
    }

    #[test]
    fn closest_values_start_with_the_text_or_are_a_few_edits_away() {
        let names = |text: &str| -> Vec<&str> {
            closest::<Provider>(text, &[]).iter().map(|l| l.id()).collect()
        };
        assert_eq!(
            names("Psykiatrisk"),
            [
                "psychiatric-outpatient-care",
                "psychiatric-inpatient-care",
                "psychiatric-emergency-care"
            ]
        );
        assert_eq!(names("Tandvårdd"), ["dental-care"]);
        assert_eq!(names("Ungdomsmotagning"), ["youth-clinic"]);
        assert!(names("Hjärtkirurgi").is_empty());
        assert!(names(&"x".repeat(10_000)).is_empty());
    }
}
