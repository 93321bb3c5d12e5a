//! The youth versions a page names.

use crate::page::words::work;
use std::collections::HashSet;

/// The youth-version names found so far, in the order the page gives
/// them, each once.
///
/// Borrowed from the page's text until the end, so that a name costs one
/// allocation.
#[derive(Default)]
pub(super) struct YouthNames<'a> {
    names: Vec<&'a str>,
    /// The names of `names`, for a lookup that does not grow with them:
    /// comparing each new name with every one found so far is quadratic
    /// in a page that names many. The standard hasher is keyed per
    /// process, so a crafted page cannot make its names collide.
    seen: HashSet<&'a str>,
}

impl<'a> YouthNames<'a> {
    pub(super) fn into_names(self) -> Vec<String> {
        self.names.into_iter().map(str::to_owned).collect()
    }

    /// Makes room for the names a text of `len` bytes can hold, so that
    /// a long list is not rehashed as it grows.
    fn reserve(&mut self, len: usize) {
        self.seen.reserve(len / 4);
    }

    fn add(&mut self, name: &'a str) {
        work::add(1);
        if self.seen.insert(name) {
            self.names.push(name);
        }
    }
}

/// Where the first word `ungdomsversion…` (or `Ungdomsversion…`) of a
/// sentence starts. A substring search, far cheaper than reading every word
/// of a long sentence; the page reader only looks in texts that hold
/// `ngdomsversion`.
fn mention(sentence: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = sentence.get(from..)?.find("ngdomsversion") {
        let at = from + found;
        from = at + 1;
        let Some(start) = at.checked_sub(1) else { continue };
        let head = sentence.get(..start)?;
        let starts_word = !head.chars().next_back().is_some_and(char::is_alphanumeric);
        if starts_word && matches!(sentence.as_bytes().get(start), Some(b'u' | b'U')) {
            return Some(start);
        }
    }
    None
}

/// The names before `ungdomsversion…` in a sentence such as `Både CRA och
/// MET finns i särskilda ungdomsversioner`: words in capitals (`CRA`,
/// `A-CRA`).
pub(super) fn youth_versions<'a>(sentence: &'a str, names: &mut YouthNames<'a>) {
    let Some(mention) = mention(sentence) else { return };
    let before = sentence.get(..mention).unwrap_or("");
    names.reserve(before.len());
    if before.is_ascii() {
        // The names the guide gives, and the words around them, are ASCII:
        // read byte by byte, which a sentence naming many makes worth it.
        for token in before.split_ascii_whitespace() {
            let name = token.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
            if is_name(name) {
                names.add(name);
            }
        }
        return;
    }
    for token in before.split_whitespace() {
        let name = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if is_name(name) {
            names.add(name);
        }
    }
}

/// Whether a word is a name in capitals: two letters or more, and only
/// capitals, digits and `-` (`CRA`, `A-CRA`, `MET2`).
fn is_name(word: &str) -> bool {
    if word.is_ascii() {
        let bytes = word.as_bytes();
        return bytes.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
            && bytes.iter().all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    }
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` distinct names in capitals before `ungdomsversioner`.
    fn many_names(count: usize) -> String {
        let mut sentence = String::new();
        for i in 0..count {
            // Base 26 in capitals, after a fixed `K` so that each name has
            // two letters or more.
            let mut name = String::from("K");
            let mut n = i;
            loop {
                name.push(char::from(b'A' + (n % 26) as u8));
                n /= 26;
                if n == 0 {
                    break;
                }
            }
            sentence.push_str(&name);
            sentence.push(' ');
        }
        sentence.push_str("finns i ungdomsversioner.");
        sentence
    }

    /// Each name costs one lookup, however many were found before it:
    /// the work for n names is n (a scan of the names so far would make
    /// it n²/2), and the names come out once each, in order.
    #[test]
    fn names_are_looked_up_once_each() {
        for count in [1_000, 2_000] {
            let sentence = many_names(count);
            let mut names = YouthNames::default();
            work::take();
            youth_versions(&sentence, &mut names);
            youth_versions(&sentence, &mut names);
            assert_eq!(work::take(), 2 * count);
            let names = names.into_names();
            assert_eq!(names.len(), count);
            assert_eq!(names.first().map(String::as_str), Some("KA"));
            assert_eq!(names.get(26).map(String::as_str), Some("KAB"));
        }
    }

    #[test]
    fn names_in_capitals_before_the_mention() {
        let mut names = YouthNames::default();
        youth_versions("Både CRA och MET finns i särskilda ungdomsversioner.", &mut names);
        youth_versions("A-CRA och CRA finns i ungdomsversion.", &mut names);
        youth_versions("CRAFT nämns utan en version för unga.", &mut names);
        youth_versions("LOTSUNGDOMSVERSION och xungdomsversion är inga nämnanden.", &mut names);
        assert_eq!(names.into_names(), ["CRA", "MET", "A-CRA"]);
        assert_eq!(mention("Den finns i Ungdomsversion."), Some(12));
        assert_eq!(mention("BSFT-ungdomsversionen"), Some(5));
        assert_eq!(mention("ngdomsversion"), None);
        assert!(is_name("CRA") && is_name("A-CRA") && is_name("ÅÄ") && is_name("MET2"));
        assert!(!is_name("Cra") && !is_name("A") && !is_name("A-1") && !is_name("Åb"));
    }
}
