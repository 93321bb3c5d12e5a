//! Invariants of `insats::page` over generated and mutated pages: pages
//! generated from sentences in the guide's forms read back byte for byte
//! with the facts of their sentences; on arbitrary, mutated and shuffled
//! input the reader does not panic (the `…_no_panic` tests: most such
//! input is refused, and only what is read is checked to read back the
//! same from its render).

use insats::page;
use insats::{
    AgeGroup, Condition, Need, NrPriority, Population, Provider, Recommendation,
    RecommendationVerb, Role, Schedule, Section, Severity, Span, SpanUnit, Substance, TagSet,
    TreatmentType, Vocabulary,
};
use proptest::prelude::*;

use crate::util;

mod generated;
use generated::{expected_facts, generated_page};

/// Applies one mutation to a page: drop, duplicate or swap lines, or
/// change a byte (the text is then read as lossy UTF-8).
fn mutate(text: &str, mutations: &[(u8, usize, usize, u8)]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut bytes_to_change = Vec::new();
    for &(op, a, b, byte) in mutations {
        let n = lines.len().max(1);
        match op % 4 {
            0 if !lines.is_empty() => {
                lines.remove(a % n);
            }
            1 if !lines.is_empty() => {
                let line = lines[a % n].clone();
                lines.insert(b % (n + 1), line);
            }
            2 if !lines.is_empty() => lines.swap(a % n, b % n),
            _ => bytes_to_change.push((a, byte)),
        }
    }
    let mut bytes = lines.join("\n").into_bytes();
    for (at, byte) in bytes_to_change {
        if !bytes.is_empty() {
            let i = at % bytes.len();
            bytes[i] = byte;
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Up to seven mutations for [`mutate`].
fn mutations() -> impl Strategy<Value = Vec<(u8, usize, usize, u8)>> {
    prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<u8>()), 1..8)
}

/// An order of the first 40 lines of a page.
fn line_order() -> impl Strategy<Value = Vec<usize>> {
    Just((0..40usize).collect::<Vec<_>>()).prop_shuffle()
}

/// The lines of `text` in `order` (indices past its end are left out).
fn shuffled(text: &str, order: &[usize]) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let shuffled: Vec<&str> = order.iter().filter_map(|&i| lines.get(i).copied()).collect();
    shuffled.join("\n")
}

#[track_caller]
fn assert_stable(text: &str) {
    if let Ok(entry) = page::parse(text) {
        let rendered = page::render(&entry);
        assert_eq!(page::parse(&rendered).ok(), Some(entry), "rendered:\n{rendered}");
    }
    if let Ok((entry, _)) = page::parse_lenient(text) {
        let rendered = page::render(&entry);
        assert_eq!(page::parse_lenient(&rendered).ok().map(|(e, _)| e), Some(entry));
    }
}

proptest! {
    #![proptest_config(util::proptest_config(256))]

    #[test]
    fn arbitrary_strings_no_panic(text in any::<String>()) {
        assert_stable(&text);
    }

    #[test]
    fn page_like_strings_no_panic(
        text in "[A-Za-zåäöÅÄÖ0-9 •:,()–.\u{a0}\r\n-]{0,400}",
        head in prop::bool::ANY,
    ) {
        let text = if head {
            format!("T\n\nMissbruk och beroende\n\nBehandling och stöd\n\nT\n\n{text}")
        } else {
            text
        };
        assert_stable(&text);
    }

    #[test]
    fn mutated_fixtures_no_panic(
        fixture in prop::sample::select(&util::fixtures::ALL[..]),
        mutations in mutations(),
    ) {
        assert_stable(&mutate(fixture.1, &mutations));
    }

    /// A generated page reads back byte for byte, and states the facts of
    /// its sentences: those of the table [`generated::FACTS`], placed where
    /// they are. A priority off the scale in `Kunskapsläge` gives no pair
    /// (and a warning each): the strict reader refuses the page on the line
    /// of the first.
    #[test]
    fn generated_pages_round_trip(page in generated_page()) {
        let text = page.text();
        let (entry, warnings) =
            page::parse_lenient(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let rendered = page::render(&entry);
        prop_assert_eq!(&rendered, &text);
        expected_facts(&page, &entry).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let off_scale = page.facts(1).iter().filter(|f| f.off_scale).count();
        prop_assert_eq!(warnings.len(), off_scale);
        prop_assert!(warnings.iter().all(|w| w.value() == "(prioritet 11)"), "{:?}", warnings);
        match (page::parse(&rendered).map_err(insats::Error::into_kind), warnings.first()) {
            (Ok(strict), None) => prop_assert_eq!(strict, entry),
            (Err(insats::ErrorKind::Page { line, .. }), Some(first)) => prop_assert_eq!(line, first.line()),
            (other, first) => prop_assert!(false, "{:?} with {:?}", other, first),
        }
    }

    #[test]
    fn shuffled_fixture_lines_no_panic(
        fixture in prop::sample::select(&util::fixtures::ALL[..]),
        order in line_order(),
    ) {
        assert_stable(&shuffled(fixture.1, &order));
    }
}

/// The conformance tests: they read the seeds (see `util::sources`). The
/// seeds are read before proptest runs, so that a missing folder fails
/// before any case is generated and no regression file is written.
mod conformance {
    use super::*;

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn mutated_seeds_no_panic() {
        let sources = util::sources();
        let nt_seed = sources.seed("natverksterapi.txt");
        let pb_seed = sources.seed("psykosocial-behandling.txt");
        proptest!(util::proptest_config(256), |(seed in prop::bool::ANY, mutations in mutations())| {
            let text = mutate(if seed { nt_seed } else { pb_seed }, &mutations);
            assert_stable(&text);
        });
    }

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn shuffled_seed_lines_no_panic() {
        let sources = util::sources();
        let nt_seed = sources.seed("natverksterapi.txt");
        let pb_seed = sources.seed("psykosocial-behandling.txt");
        proptest!(util::proptest_config(256), |(seed in prop::bool::ANY, order in line_order())| {
            let text = if seed { nt_seed } else { pb_seed };
            assert_stable(&shuffled(text, &order));
        });
    }
}
