//! Page bodies that once made the prose readers of `insats::page`
//! quadratic (seconds to minutes at about 1 MB): `benches/page.rs` measures
//! them at two sizes, so the throughput shows whether parsing stays
//! linear, and `tests/page/format.rs` checks what they read.

/// The bodies, about `scale` × 11 bytes each; each starts with a section
/// heading and goes after a page's breadcrumb.
pub fn bodies(scale: usize) -> [(&'static str, String); 6] {
    [
        // Many `(prioritet ` with no closing parenthesis near them.
        ("unclosed markers", format!("Kunskapsläge\n\n{})", "(prioritet ".repeat(9 * scale / 10))),
        // Many markers in one sentence.
        (
            "markers in one sentence",
            format!("Kunskapsläge\n\n{}", "alkohol (prioritet 3) ".repeat(45 * scale / 100)),
        ),
        // A long lead-in line over many bullets.
        (
            "long lead-in",
            format!(
                "Kunskapsläge\n\n{}:\n{}",
                "ord ".repeat(125 * scale / 100),
                "  • alkohol (prioritet 3)\n".repeat(scale / 5)
            ),
        ),
        // Many short sentences, then a long run of spaces on the same line:
        // the sentence splitter once trimmed the rest of the line at every
        // sentence.
        (
            "trailing spaces",
            format!(
                "Genomförande\n\n{}{}",
                "Kort mening. ".repeat(45 * scale / 100),
                " ".repeat(5 * scale)
            ),
        ),
        // The same in `Kunskapsläge`, with markers and no-break spaces.
        (
            "trailing no-break spaces",
            format!(
                "Kunskapsläge\n\n{}{}",
                "Vid alkohol (prioritet 3) gäller det. ".repeat(15 * scale / 100),
                "\u{a0}".repeat(5 * scale / 2)
            ),
        ),
        // Many distinct youth-version names: each new name was once
        // compared with every name found before it.
        (
            "youth names",
            format!("Genomförande\n\n{} finns i ungdomsversioner.", names(scale * 17 / 10)),
        ),
    ]
}

/// `count` distinct names in capitals (`KA`, `KB`, …, `KAB`, …), each
/// followed by a space: base 26 after a fixed `K`, so that each name has
/// two letters or more.
pub fn names(count: usize) -> String {
    let mut out = String::with_capacity(count * 6);
    for i in 0..count {
        out.push('K');
        let mut n = i;
        loop {
            out.push(char::from(b'A' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                break;
            }
        }
        out.push(' ');
    }
    out
}

/// How a body of [`slow_bodies`] is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// `page::parse`.
    Strict,
    /// `page::parse_lenient`.
    Lenient,
}

/// The bodies that were once slow without being quadratic (ten to a
/// hundred times the time per MB of the rest), about `scale` × 11 bytes
/// each, with how each is read: each starts with a section heading and
/// goes after a page's breadcrumb.
pub fn slow_bodies(scale: usize) -> [(&'static str, String, Reading); 5] {
    [
        // A tag line of values not in the vocabulary, read past one by one.
        (
            "unknown tag values",
            format!(
                "Märkning\n\n  • Utförare: Tandvård{}",
                ", Hjärtkirurgi".repeat(11 * scale / 14)
            ),
            Reading::Lenient,
        ),
        // A tag line of empty values between its commas.
        (
            "empty tag values",
            format!("Märkning\n\n  • Utförare: Tandvård{}", ", ".repeat(11 * scale / 2)),
            Reading::Lenient,
        ),
        // Bullets of prose that start like tag lines: a facet and a colon,
        // then known values up to the one that is prose.
        (
            "tag-like bullets",
            format!(
                "Genomförande\n\n{}",
                "  • Yrkesroll: Kurator, samtal\n".repeat(11 * scale / 31)
            ),
            Reading::Strict,
        ),
        // Markers off the scale, read past with a warning each.
        (
            "off-scale markers",
            format!("Kunskapsläge\n\n{}", "Vid alkohol (prioritet 12).\n".repeat(11 * scale / 28)),
            Reading::Lenient,
        ),
        // Short lines that start as headings do and are about as long.
        (
            "short lines",
            format!("Genomförande\n\n{}", "Kunskaps\nMärkningar\n".repeat(11 * scale / 21)),
            Reading::Strict,
        ),
    ]
}
