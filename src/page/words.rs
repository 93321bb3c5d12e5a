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

/// Folds one character for comparison with a lower-case pattern; the
/// letters the guide capitalises (A–Z, Å, Ä, Ö, É) fold to one character.
fn fold(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        match c {
            'Å' => 'å',
            'Ä' => 'ä',
            'Ö' => 'ö',
            'É' => 'é',
            c => c,
        }
    }
}

/// Whether `text` starts with `prefix` (lower case), ignoring case.
pub(super) fn starts_with_folded(text: &str, prefix: &str) -> bool {
    let mut chars = text.chars();
    prefix.chars().all(|p| chars.next().is_some_and(|c| fold(c) == p))
}

/// Whether `text` is `lower` (lower case), ignoring case.
pub(super) fn eq_folded(text: &str, lower: &str) -> bool {
    let mut chars = text.chars();
    lower.chars().all(|p| chars.next().is_some_and(|c| fold(c) == p)) && chars.next().is_none()
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
        let rest = self.text.get(self.pos..)?;
        let offset = rest.find(char::is_alphanumeric)?;
        let start = self.pos + offset;
        let tail = self.text.get(start..)?;
        let len = tail.find(|c: char| !c.is_alphanumeric()).unwrap_or(tail.len());
        let end = start + len;
        self.pos = end;
        Some(Word { text: self.text.get(start..end)?, start, end })
    }
}

/// The sentences of a section: every line is split at `.`, `!` or `?`
/// followed by white space and a capital letter or a digit, so that
/// abbreviations such as `bl.a. en` stay inside their sentence. A bullet
/// line is its own sentence.
pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(split_line)
}

fn split_line(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.trim().is_empty() {
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
    for (i, c) in line.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let after = i + c.len_utf8();
        let next = line.get(after..)?;
        let trimmed = next.trim_start();
        if trimmed.len() < next.len()
            && trimmed.chars().next().is_some_and(|n| n.is_uppercase() || n.is_ascii_digit())
        {
            return Some(after);
        }
    }
    None
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
    fn sentences_split_at_capitals_only() {
        let found: Vec<_> = sentences("Ett. Två bl.a. tre. 4 x.\n  • punkt").collect();
        assert_eq!(found, ["Ett.", " Två bl.a. tre.", " 4 x.", "  • punkt"]);
    }
}
