//! Small, allocation-free text helpers for reading facts out of prose:
//! words, sentences and case-insensitive comparison.

/// One word of a text: a maximal run of alphanumeric characters, with its
/// byte range in the text it came from.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Word<'_> {
    /// Whether the word starts with `prefix` (given in lower case),
    /// ignoring case.
    pub(super) fn starts(&self, prefix: &str) -> bool {
        starts_with_folded(self.text, prefix)
    }

    /// Whether the word is `lower` (given in lower case), ignoring case.
    pub(super) fn is(&self, lower: &str) -> bool {
        eq_folded(self.text, lower)
    }

    /// The number the word spells, digits or a number word from one to
    /// ten (`en`/`ett` count as one: the guide writes `under en vecka`).
    pub(super) fn number(&self) -> Option<u32> {
        let text = self.text;
        let first = text.as_bytes().first()?;
        if !first.is_ascii_digit() && !b"eEtTfFsSnN\xC3".contains(first) {
            return None;
        }
        if text.bytes().all(|b| b.is_ascii_digit()) {
            // Nine digits fit a u32; longer runs are not counts of sessions.
            return if text.len() <= 9 { text.parse().ok() } else { None };
        }
        const WORDS: [(&str, u32); 11] = [
            ("en", 1),
            ("ett", 1),
            ("två", 2),
            ("tre", 3),
            ("fyra", 4),
            ("fem", 5),
            ("sex", 6),
            ("sju", 7),
            ("åtta", 8),
            ("nio", 9),
            ("tio", 10),
        ];
        WORDS.iter().find(|(word, _)| eq_folded(text, word)).map(|&(_, n)| n)
    }
}

/// Whether byte `t` of a text matches byte `p` of a lower-case pattern,
/// ignoring case: ASCII letters, and the capitals of Latin-1 (`Å`, `Ä`,
/// `Ö`, `É`, …), whose second UTF-8 byte is the lower-case one's minus
/// 0x20 after the same lead byte 0xC3.
#[inline]
fn byte_matches(t: u8, p: u8, after_c3: bool) -> bool {
    t == p
        || (t.is_ascii_uppercase() && t | 0x20 == p)
        || (after_c3 && (0x80..=0x9E).contains(&t) && t + 0x20 == p)
}

/// Whether `text` starts with `prefix` (lower case), ignoring case.
#[inline]
pub(super) fn starts_with_folded(text: &str, prefix: &str) -> bool {
    let (text, prefix) = (text.as_bytes(), prefix.as_bytes());
    if text.len() < prefix.len() {
        return false;
    }
    let mut after_c3 = false;
    for (&t, &p) in text.iter().zip(prefix) {
        if !byte_matches(t, p, after_c3) {
            return false;
        }
        after_c3 = t == 0xC3;
    }
    true
}

/// Whether `text` is `lower` (lower case), ignoring case.
#[inline]
pub(super) fn eq_folded(text: &str, lower: &str) -> bool {
    text.len() == lower.len() && starts_with_folded(text, lower)
}

/// Whether the character that starts at byte `i` of `text` is
/// alphanumeric, and its length in bytes.
#[inline]
fn alphanumeric_at(text: &str, i: usize) -> (bool, usize) {
    let bytes = text.as_bytes();
    let Some(&b) = bytes.get(i) else { return (false, 1) };
    if b < 0x80 {
        return (b.is_ascii_alphanumeric(), 1);
    }
    if b == 0xC3 {
        // Latin-1 letters (å, ä, ö, é, …); × and ÷ are the only symbols.
        let second = bytes.get(i + 1).copied().unwrap_or(0);
        return (second != 0x97 && second != 0xB7, 2);
    }
    match text.get(i..).and_then(|rest| rest.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        // Not a character boundary: cannot happen for `i` reached by
        // whole characters, but step on rather than stop.
        None => (false, 1),
    }
}

/// The words of `text`, in order.
pub(super) fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator over the [`Word`]s of a text; see [`words`].
pub(super) struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        let len = self.text.len();
        let mut i = self.pos;
        while i < len {
            let (alnum, width) = alphanumeric_at(self.text, i);
            if alnum {
                break;
            }
            i += width;
        }
        if i >= len {
            self.pos = len;
            return None;
        }
        let start = i;
        while i < len {
            let (alnum, width) = alphanumeric_at(self.text, i);
            if !alnum {
                break;
            }
            i += width;
        }
        self.pos = i;
        Some(Word { text: self.text.get(start..i)?, start, end: i })
    }
}

/// The sentences of a section: every line is split at `.`, `!` or `?`
/// followed by white space and a capital letter or a digit, so that
/// abbreviations such as `bl.a. en` stay inside their sentence. A bullet
/// line is its own sentence. White space at the end of a line belongs to
/// no sentence.
pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(split_line)
}

fn split_line(line: &str) -> impl Iterator<Item = &str> {
    // Trimmed once: testing each rest of the line for white space alone
    // would walk a long run of trailing white space once per sentence,
    // which is quadratic in the line.
    let content = line.trim_end();
    work::add(line.len() - content.len());
    let mut rest = content;
    std::iter::from_fn(move || {
        // `content` ends in a character that is not white space, so every
        // non-empty rest of it holds one.
        if rest.is_empty() {
            return None;
        }
        let cut = sentence_end(rest).unwrap_or(rest.len());
        let (sentence, tail) = rest.split_at(cut);
        rest = tail;
        Some(sentence)
    })
}

/// The byte index just after the first sentence-ending mark of `line`, if
/// more text follows it.
fn sentence_end(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut from = 0;
    // The marks are ASCII, so a byte search finds them (and never inside
    // a character of several bytes).
    loop {
        let rest = bytes.get(from..)?;
        let Some(found) = rest.iter().position(|b| matches!(b, b'.' | b'!' | b'?')) else {
            work::add(rest.len());
            return None;
        };
        work::add(found + 1);
        let after = from + found + 1;
        from = after;
        let next = line.get(after..)?;
        let trimmed = next.trim_start();
        work::add(next.len() - trimmed.len());
        if trimmed.len() < next.len()
            && trimmed.chars().next().is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
        {
            return Some(after);
        }
    }
}

/// A count of the work the prose readers do, for tests that check that
/// reading stays linear by counting rather than timing: bytes walked by
/// the sentence splitter, names compared by the youth-version reader. It
/// costs nothing outside tests.
pub(super) mod work {
    #[cfg(test)]
    thread_local! {
        static DONE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// Counts `n` units of work.
    #[cfg(test)]
    pub(in crate::page) fn add(n: usize) {
        DONE.with(|done| done.set(done.get() + n));
    }

    /// Counts nothing outside tests.
    #[cfg(not(test))]
    #[inline(always)]
    pub(in crate::page) fn add(_: usize) {}

    /// The work counted on this thread since the last call, and a fresh
    /// start.
    #[cfg(test)]
    pub(in crate::page) fn take() -> usize {
        DONE.with(|done| done.replace(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_hyphens_and_keep_swedish_letters() {
        let found: Vec<_> =
            words("alkohol- eller narkotikaproblem (prioritet 3).").map(|w| w.text).collect();
        assert_eq!(found, ["alkohol", "eller", "narkotikaproblem", "prioritet", "3"]);
        let w = words("Åtta").next().unwrap();
        assert!(w.is("åtta"));
        assert_eq!(w.number(), Some(8));
    }

    #[test]
    fn folding_covers_swedish_capitals_only() {
        assert!(eq_folded("ÅTTA", "åtta"));
        assert!(eq_folded("Övrigt", "övrigt"));
        assert!(starts_with_folded("Ärende", "ären"));
        assert!(!eq_folded("åtta", "atta"));
        assert!(!starts_with_folded("ål", "ålder"));
        let found: Vec<_> = words("a\u{a0}b×c µd").map(|w| w.text).collect();
        assert_eq!(found, ["a", "b", "c", "µd"]);
    }

    #[test]
    fn sentences_split_at_capitals_only() {
        let found: Vec<_> = sentences("Ett. Två bl.a. tre. 4 x.\n  • punkt").collect();
        assert_eq!(found, ["Ett.", " Två bl.a. tre.", " 4 x.", "  • punkt"]);
        let found: Vec<_> = sentences("Ett. Två.  \u{a0} ").collect();
        assert_eq!(found, ["Ett.", " Två."]);
    }

    /// The sentences of `count` short sentences followed by `count` × 50
    /// spaces, and the work counted for splitting them.
    fn split_padded(count: usize) -> (usize, usize) {
        let line = format!("{}{}", "Kort mening. ".repeat(count), " ".repeat(50 * count));
        work::take();
        let found = sentences(&line).count();
        (found, work::take())
    }

    /// Splitting a line followed by a long run of white space walks it
    /// once, not once per sentence: the work grows with the line, and
    /// doubling the line doubles it (a quadratic splitter quadruples it).
    #[test]
    fn trailing_white_space_is_walked_once() {
        let (sentences_1, work_1) = split_padded(1_000);
        let (sentences_2, work_2) = split_padded(2_000);
        assert_eq!((sentences_1, sentences_2), (1_000, 2_000));
        let len_1 = 1_000 * ("Kort mening. ".len() + 50);
        assert!(work_1 <= 3 * len_1, "{work_1} units for {len_1} bytes");
        assert!(work_2 <= 2 * work_1 + 16, "{work_1} then {work_2}");
    }

    #[test]
    fn folding_pairs_only_a_capital_with_its_own_small_letter() {
        assert!(eq_folded("ÄR", "är") && eq_folded("År", "år") && eq_folded("ÖL", "öl"));
        assert!(starts_with_folded("KARTLÄGGNING", "kartlägg"));
        // Other letters after the same lead byte stay apart.
        assert!(!eq_folded("nä", "nå") && !eq_folded("Ä", "å") && !eq_folded("é", "å"));
        assert!(!eq_folded("B", "a") && !starts_with_folded("Abc", "abd"));
    }

    #[test]
    fn a_mark_ends_a_sentence_only_before_white_space() {
        fn split(line: &str) -> Vec<&str> {
            sentences(line).collect()
        }
        assert_eq!(split("Se t.ex.Kalle här."), ["Se t.ex.Kalle här."]);
        assert_eq!(split("Första. Andra."), ["Första.", " Andra."]);
    }
}
