//! How far apart two texts are, in edits of one character (Levenshtein):
//! the measure behind every "did you mean" of the crate (headings, facets
//! and values on a page, labels people type, fields and ids in JSON).
//!
//! The texts come as characters, already folded by the caller to the
//! case (and other differences) it wants to ignore.

/// The edit distance of `a` and `b`, or `max + 1` when it is larger than
/// `max`: a suggestion needs only to know whether a text is close, so a
/// row whose every cell is over `max` ends the work early.
pub(crate) fn bounded(a: &[char], b: &[char], max: usize) -> usize {
    let over = max.saturating_add(1);
    if a.len().abs_diff(b.len()) > max {
        return over;
    }
    // `row[j]` holds the distance between the part of `a` read so far and
    // the first `j` characters of `b`: on the stack for the short texts
    // that suggestions compare, many times over on a page.
    let mut stack = [0; 65];
    let mut heap = Vec::new();
    let row: &mut [usize] = match stack.get_mut(..=b.len()) {
        Some(row) => row,
        None => {
            heap.resize(b.len() + 1, 0);
            &mut heap
        }
    };
    for (j, cell) in row.iter_mut().enumerate() {
        *cell = j;
    }
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        if let Some(first) = row.first_mut() {
            *first = left;
        }
        let mut row_min = left;
        for (cb, above) in b.iter().zip(row.iter_mut().skip(1)) {
            let value = (diagonal + usize::from(ca != cb)).min(*above + 1).min(left + 1);
            diagonal = *above;
            *above = value;
            left = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return over;
        }
    }
    row.last().copied().map_or(over, |distance| distance.min(over))
}

/// Whether `a` and `b` are at most one edit apart, without allocating:
/// after their common start, the rests must be equal once one character
/// is skipped on one side or on both. For checks that run on every short
/// line of a page.
pub(crate) fn within_one(a: &[char], b: &[char]) -> bool {
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let rests_equal =
        |skip_a: usize, skip_b: usize| a.get(same + skip_a..) == b.get(same + skip_b..);
    match a.len().cmp(&b.len()) {
        // One character changed, or none: then both rests are `None`.
        std::cmp::Ordering::Equal => rests_equal(1, 1),
        std::cmp::Ordering::Greater => a.len() == b.len() + 1 && rests_equal(1, 0),
        std::cmp::Ordering::Less => b.len() == a.len() + 1 && rests_equal(0, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    /// The distance by its definition, every cell of the table: the
    /// oracle for the two fast forms.
    fn by_definition(a: &[char], b: &[char]) -> usize {
        let mut table = vec![vec![0; b.len() + 1]; a.len() + 1];
        for (i, row) in table.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in table[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let change = usize::from(a[i - 1] != b[j - 1]);
                table[i][j] = (table[i - 1][j - 1] + change)
                    .min(table[i - 1][j] + 1)
                    .min(table[i][j - 1] + 1);
            }
        }
        table[a.len()][b.len()]
    }

    const PAIRS: [(&str, &str, usize); 14] = [
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abc", "", 3),
        ("", "", 0),
        ("same", "same", 0),
        ("tandvård", "tandvard", 1),
        ("ab", "ba", 2),
        ("flaw", "lawn", 2),
        ("a", "abcdefghij", 9),
        ("markning", "märkning", 1),
        ("kunskapslage", "kunskapsläge", 1),
        ("mariamotagning", "mariamottagning", 1),
        ("abcdef", "ghijkl", 6),
        ("intention", "execution", 5),
    ];

    #[test]
    fn distances_of_known_pairs() {
        for (a, b, expected) in PAIRS {
            let (a, b) = (chars(a), chars(b));
            assert_eq!(by_definition(&a, &b), expected, "{a:?} {b:?}");
            assert_eq!(bounded(&a, &b, 20), expected, "{a:?} {b:?}");
            assert_eq!(bounded(&b, &a, 20), expected, "{b:?} {a:?}");
            assert_eq!(within_one(&a, &b), expected <= 1, "{a:?} {b:?}");
            assert_eq!(within_one(&b, &a), expected <= 1, "{b:?} {a:?}");
        }
    }

    #[test]
    fn a_distance_over_the_bound_is_the_bound_plus_one() {
        for (a, b, expected) in PAIRS {
            let (a, b) = (chars(a), chars(b));
            for max in 0..expected + 2 {
                let bounded_distance = if expected <= max { expected } else { max + 1 };
                assert_eq!(bounded(&a, &b, max), bounded_distance, "{a:?} {b:?} within {max}");
            }
        }
        // Exactly at the bound is within it, by length alone or by edits.
        assert_eq!(bounded(&chars("ab"), &chars("abcd"), 2), 2);
        assert_eq!(bounded(&chars("kitten"), &chars("sitting"), 3), 3);
        assert_eq!(bounded(&chars("abc"), &chars("xyz"), usize::MAX), 3);
    }

    #[test]
    fn one_edit_apart() {
        let near = |a: &str, b: &str| within_one(&chars(a), &chars(b));
        assert!(near("märkning", "märkning"));
        assert!(near("markning", "märkning"));
        assert!(near("märkning:", "märkning"));
        assert!(near("märknng", "märkning"));
        assert!(near("xärkning", "märkning"));
        assert!(near("", "a"));
        assert!(!near("markningen", "märkning"));
        assert!(!near("mrkningä", "märkning"));
        assert!(!near("ab", "ba"));
        assert!(!near("", "ab"));
    }

    proptest::proptest! {
        #[test]
        fn the_fast_forms_agree_with_the_definition(
            a in "[abå]{0,7}",
            b in "[abå]{0,7}",
            max in 0usize..9,
        ) {
            let (a, b) = (chars(&a), chars(&b));
            let distance = by_definition(&a, &b);
            proptest::prop_assert_eq!(bounded(&a, &b, max), distance.min(max + 1));
            proptest::prop_assert_eq!(within_one(&a, &b), distance <= 1);
        }
    }
}
