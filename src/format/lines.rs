//! The lines of a page, and what a line can be: a heading, a near miss of
//! one, a tag line; and the faults of a text as a whole (line ends of CR
//! alone). The reader and the builder's check of what a page can hold
//! both classify lines here, so that they agree.

use crate::edit_distance;
use crate::format::headings::{Section, Wording};
use crate::vocab::Facet;
use once_cell::sync::Lazy;

/// The character that lossy decoding puts where bytes were not UTF-8.
pub(crate) const REPLACEMENT: char = '\u{fffd}';

/// One non-blank line of the page: its 1-based number, its text (without
/// the line break and any `\r` before it) and that text's byte range.
#[derive(Clone, Copy)]
pub(crate) struct Line<'a> {
    pub(crate) number: usize,
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The non-blank lines of `text`; a line of white space only (U+00A0
/// included) is blank.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = text.get(start..)?;
            if rest.is_empty() {
                return None;
            }
            number += 1;
            let len = rest.find('\n').unwrap_or(rest.len());
            let raw = rest.get(..len)?;
            let content = raw.trim_end_matches('\r');
            let line = Line { number, text: content, start, end: start + content.len() };
            start += len + 1;
            if !is_blank(content) {
                return Some(line);
            }
        }
    })
}

/// Whether a line is blank: empty or white space only.
pub(crate) fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Which heading a line is, if any, and in which wording.
pub(crate) fn heading(line: &str) -> Option<(Section, Wording)> {
    let line = line.trim();
    // Every heading is short; most lines of prose are ruled out by their
    // length alone.
    if line.len() > 32 {
        return None;
    }
    Section::wording_of(line)
}

/// The heading a line is one edit away from (one letter added, dropped or
/// changed), or differs from in letter case only, when it is not a heading
/// itself: `Markning`, `Kunskapslage`, `kunskapsläge`, `Märkning:`.
pub(crate) fn near_heading(line: &str) -> Option<(Section, &'static str)> {
    /// Every wording of every heading, in lower case, as characters.
    static FOLDED: Lazy<Vec<(Section, &'static str, Vec<char>)>> = Lazy::new(|| {
        Section::ALL
            .iter()
            .flat_map(|&s| {
                s.headings().iter().map(move |&h| (s, h, h.to_lowercase().chars().collect()))
            })
            .collect()
    });
    /// Room for the longest line that can be one edit from a heading.
    const MAX_CHARS: usize = 40;
    /// The characters a heading starts with, first or second: a line one
    /// edit from a heading has one of them first or second.
    static STARTS: Lazy<Vec<char>> =
        Lazy::new(|| FOLDED.iter().flat_map(|(_, _, h)| h.iter().take(2).copied()).collect());
    let line = line.trim();
    // Most lines of prose are ruled out by their length (one edit changes
    // it by one character at most) or by how they start.
    if line.len() > 4 * MAX_CHARS {
        return None;
    }
    let mut start = line.chars().take(2).filter_map(|c| c.to_lowercase().next());
    if !start.any(|c| STARTS.contains(&c)) {
        return None;
    }
    let chars = line.chars().count();
    if !FOLDED.iter().any(|(_, _, h)| h.len().abs_diff(chars) <= 1) || heading(line).is_some() {
        return None;
    }
    // The line in lower case, without allocating: this runs on every
    // short line of a page.
    let mut buffer = ['\0'; MAX_CHARS];
    let mut len = 0;
    for c in line.chars().flat_map(char::to_lowercase) {
        *buffer.get_mut(len)? = c;
        len += 1;
    }
    let folded = buffer.get(..len)?;
    FOLDED
        .iter()
        .find(|(_, _, target)| edit_distance::within_one(folded, target))
        .map(|&(section, wording, _)| (section, wording))
}

/// A tag line's facet, as named, and its values: `  • Facet: values`.
pub(crate) fn tag_line(line: &str) -> Option<(&str, &str)> {
    let body = line.trim().strip_prefix('•')?;
    let (name, values) = body.split_once(':')?;
    Some((name.trim(), values.trim()))
}

/// The facet of a line that is a whole tag line: a known facet and values
/// that are all in its vocabulary. (`  • Utförare: samtal med individen`
/// is a bullet of prose.)
pub(crate) fn full_tag_line(line: &str) -> Option<Facet> {
    let (name, values) = tag_line(line)?;
    let facet = Facet::from_label_sv(name)?;
    let all_known =
        !values.is_empty() && values.split(", ").all(|v| facet.lookup_value(v).is_some());
    all_known.then_some(facet)
}

/// The 1-based line of the first CR that ends a line without LF: a run of
/// `\r` followed by anything but `\n` or the end of the text.
pub(crate) fn lone_carriage_return(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text.get(from..)?.find('\r') {
        let at = from + found;
        let mut after = at;
        while bytes.get(after) == Some(&b'\r') {
            after += 1;
        }
        match bytes.get(after) {
            None | Some(b'\n') => from = after,
            Some(_) => {
                let before = bytes.get(..at).unwrap_or_default();
                return Some(1 + before.iter().filter(|&&b| b == b'\n').count());
            }
        }
    }
    None
}

/// The candidate closest to `text` (ignoring case) within one edit, or two
/// for candidates of eight letters or more; the first of the closest on a
/// tie. For suggestions in messages, so only short texts are compared.
pub(crate) fn nearest(
    text: &str,
    candidates: impl IntoIterator<Item = &'static str>,
) -> Option<&'static str> {
    Candidates::new(candidates).nearest(text)
}

/// Labels to suggest from, folded once: the lenient reader looks for the
/// label nearest to every unknown value of a page, so folding the labels
/// again for each value would cost more than reading the page.
pub(crate) struct Candidates(Vec<(Vec<char>, &'static str)>);

impl Candidates {
    pub(crate) fn new(candidates: impl IntoIterator<Item = &'static str>) -> Candidates {
        Candidates(
            candidates.into_iter().map(|c| (c.to_lowercase().chars().collect(), c)).collect(),
        )
    }

    /// The candidate closest to `text`, as [`nearest`] finds it.
    pub(crate) fn nearest(&self, text: &str) -> Option<&'static str> {
        let text = text.trim();
        let chars = text.chars().count();
        // Two edits at most: a candidate whose length differs by more is
        // ruled out before the text is folded.
        if chars > 64 || !self.0.iter().any(|(target, _)| target.len().abs_diff(chars) <= 2) {
            return None;
        }
        let folded: Vec<char> = text.to_lowercase().chars().collect();
        let mut best: Option<(usize, &'static str)> = None;
        for (target, candidate) in &self.0 {
            let allowed = if target.len() >= 8 { 2 } else { 1 };
            let distance = edit_distance::bounded(&folded, target, allowed);
            if distance <= allowed && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, candidate));
            }
        }
        best.map(|(_, candidate)| candidate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_of_headings() {
        assert_eq!(near_heading("Markning"), Some((Section::Tags, "Märkning")));
        assert_eq!(near_heading("Kunskapslage"), Some((Section::Knowledge, "Kunskapsläge")));
        assert_eq!(near_heading("  KUNSKAPSLÄGE "), Some((Section::Knowledge, "Kunskapsläge")));
        assert_eq!(near_heading("Kompetenskrav:"), Some((Section::Competence, "Kompetenskrav")));
        assert_eq!(
            near_heading("målgrupp och sitution"),
            Some((Section::TargetGroup, "Målgrupp och situation"))
        );
        assert_eq!(near_heading("Märkning"), None);
        assert_eq!(near_heading("Målgrupp"), None);
        assert_eq!(near_heading("Genomförandet av insatsen"), None);
    }

    #[test]
    fn tag_lines_whole_and_not() {
        assert_eq!(full_tag_line("  • Utförare: Mariamottagning"), Some(Facet::Provider));
        assert_eq!(
            full_tag_line("• Åldersgrupp: Vuxna (18-64 år), Barn (0-17 år)"),
            Some(Facet::AgeGroup)
        );
        assert_eq!(full_tag_line("  • Utförare: samtal med individen"), None);
        assert_eq!(full_tag_line("  • Utförare: Mariamottagning, samtal"), None);
        assert_eq!(full_tag_line("  • Utförare:"), None);
        assert_eq!(full_tag_line("Utförare: Mariamottagning"), None);
    }

    #[test]
    fn carriage_returns_alone() {
        assert_eq!(lone_carriage_return("a\r\nb\r\r\nc\r"), None);
        assert_eq!(lone_carriage_return("a\rb\rc"), Some(1));
        assert_eq!(lone_carriage_return("a\nb\n\nc\rd"), Some(4));
    }

    #[test]
    fn nearest_labels() {
        let labels = ["Mariamottagning", "Ungdomsmottagning", "Tandvård"];
        assert_eq!(nearest("Mariamotagning", labels), Some("Mariamottagning"));
        assert_eq!(nearest("tandvard", labels), Some("Tandvård"));
        assert_eq!(nearest("Hjärtkirurgi", labels), None);
        assert_eq!(nearest(&"x".repeat(1000), labels), None);
    }

    #[test]
    fn nearest_allows_two_edits_from_eight_letters_and_prefers_the_first_closest() {
        let long = ["Mariamottagning", "Tandvård", "Barn"];
        // Two edits from a candidate of eight letters or more, one below.
        assert_eq!(nearest("Mariamotagnin", long), Some("Mariamottagning"));
        assert_eq!(nearest("tndvrd", long), Some("Tandvård"));
        assert_eq!(nearest("Bxrx", long), None);
        assert_eq!(nearest("Bxrn", long), Some("Barn"));
        assert_eq!(nearest("Tandvårdxxx", long), None);
        // The closest wins wherever it stands; on a tie, the first.
        assert_eq!(nearest("abcd", ["abcx", "abcd"]), Some("abcd"));
        assert_eq!(nearest("abcd", ["abcd", "abcx"]), Some("abcd"));
        assert_eq!(nearest("abcz", ["abcx", "abcy"]), Some("abcx"));
        assert_eq!(nearest("abcz", ["abxx", "abcy", "abcx"]), Some("abcy"));
    }

    #[test]
    fn nearest_compares_texts_of_up_to_64_characters() {
        let candidate: &'static str = "å".repeat(64).leak();
        let near = format!("{}a", "å".repeat(63));
        assert_eq!(nearest(&near, [candidate]), Some(candidate));
        let longer: &'static str = "å".repeat(65).leak();
        assert_eq!(nearest(&format!("{}a", "å".repeat(64)), [longer]), None);
    }
}
