//! The youth versions a page names.

use crate::page::words::work;

/// The youth-version names found so far, in the order the page gives
/// them; [`YouthNames::into_names`] keeps each name's first mention.
///
/// Borrowed from the page's text until the end, so that a name costs one
/// allocation. Repeats are dropped once, at the end, by sorting the
/// mentions: comparing each name with every one found before it is
/// quadratic in a page that names many, and a hash set, the other way, is
/// slower here (its lookups miss the cache once it is large) and needs a
/// keyed hash so that a crafted page cannot make its names collide.
#[derive(Default)]
pub(super) struct YouthNames<'a> {
    names: Vec<&'a str>,
}

impl<'a> YouthNames<'a> {
    pub(super) fn into_names(self) -> Vec<String> {
        let names = self.names;
        if names.len() < 2 {
            return names.into_iter().map(str::to_owned).collect();
        }
        // Each mention as (the name's first 8 bytes as a number, its
        // position): sorted, equal names are next to each other, first
        // mention first. The number settles most comparisons; equal
        // numbers fall back on the whole names.
        let prefix = |name: &str| {
            let mut bytes = [0u8; 8];
            for (slot, byte) in bytes.iter_mut().zip(name.bytes()) {
                *slot = byte;
            }
            u64::from_be_bytes(bytes)
        };
        let mut order: Vec<(u64, usize)> =
            names.iter().enumerate().map(|(i, name)| (prefix(name), i)).collect();
        let name = |i: usize| names.get(i).copied().unwrap_or("");
        order.sort_unstable_by(|&(ka, a), &(kb, b)| {
            work::add(1);
            ka.cmp(&kb).then_with(|| name(a).cmp(name(b))).then(a.cmp(&b))
        });
        let mut first = vec![false; names.len()];
        let mut previous: Option<&str> = None;
        for &(_, i) in &order {
            let current = name(i);
            if previous != Some(current) {
                if let Some(slot) = first.get_mut(i) {
                    *slot = true;
                }
            }
            previous = Some(current);
        }
        names
            .iter()
            .zip(first)
            .filter(|&(_, first)| first)
            .map(|(name, _)| (*name).to_owned())
            .collect()
    }

    fn add(&mut self, name: &'a str) {
        work::add(1);
        self.names.push(name);
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

    /// The work of reading n names (a step per mention, a step per
    /// comparison of the sort that drops repeats) grows as n log n:
    /// doubling the names about doubles it, where comparing each name with
    /// the ones found before it would quadruple it. The names come out
    /// once each, in the order of their first mention.
    #[test]
    fn names_are_read_in_n_log_n() {
        let mut work_for = Vec::new();
        for count in [1_000, 2_000] {
            let sentence = many_names(count);
            let mut names = YouthNames::default();
            work::take();
            youth_versions(&sentence, &mut names);
            youth_versions(&sentence, &mut names);
            let names = names.into_names();
            work_for.push(work::take());
            assert_eq!(names.len(), count);
            assert_eq!(names.first().map(String::as_str), Some("KA"));
            assert_eq!(names.get(26).map(String::as_str), Some("KAB"));
        }
        let (one, two) = (work_for[0], work_for[1]);
        // 2 000 mentions and a sort of them: about 2 000 × (1 + log2 2 000).
        assert!(one < 2_000 * 16, "{one} steps for 1 000 names read twice");
        assert!(two * 10 < one * 23, "{one} steps for 1 000 names, {two} for 2 000");
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
        assert!(is_name("ÅP2") && is_name("Å-Ä"));
        assert!(!is_name("Cra") && !is_name("A") && !is_name("A-1") && !is_name("Åb"));
    }

    #[test]
    fn a_name_given_twice_is_kept_once() {
        for (sentence, expected) in [
            ("CRA och CRA finns i ungdomsversion.", &["CRA"][..]),
            ("CRA finns i ungdomsversion.", &["CRA"]),
            ("MET, CRA och MET finns i ungdomsversion.", &["MET", "CRA"]),
            // Beside letters outside ASCII, punctuation is trimmed the same.
            ("Både CRA, A-CRA och ÅP finns i ungdomsversion.", &["CRA", "A-CRA", "ÅP"]),
        ] {
            let mut names = YouthNames::default();
            youth_versions(sentence, &mut names);
            assert_eq!(names.into_names(), expected, "{sentence}");
        }
    }
}
