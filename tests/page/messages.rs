//! The messages of page errors and warnings, in both languages: every
//! kind of `PageProblem` and of `page::Warning` is met on a page written
//! here, and its Swedish holds no English word and its English no Swedish
//! one (Swedish labels of the guide are quoted, in English with their
//! translation).

use insats::PageElement;
use insats::page::{self, Warning};
use insats::{Language, PageProblem, Vocabulary};
use std::collections::BTreeSet;

use crate::util;

/// A page without the `Gå till huvudsidan` line, whose body starts on
/// line 9.
fn page(body: &str) -> String {
    format!("Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n{body}")
}

/// Pages that `page::parse` refuses, one or more per kind of problem.
fn refused_pages() -> Vec<String> {
    let mut pages: Vec<String> = [
        "",
        "Kunskapsläge\n\nText.",
        "()",
        "T",
        "T\n\nPsykisk ohälsa\n\nBehandling och stöd\n\nT",
        "T\n\nMissbruk och beroendet\n\nBehandling och stöd\n\nT",
        "T\n\nGå till huvudsidan: \n\nMissbruk och beroende",
        "T\n\nMissbruk och beroende\n\nBehandling och stöd\n\nLede.",
        "T\rMissbruk och beroende",
        "N\u{fffd}tverksterapi",
    ]
    .map(str::to_owned)
    .to_vec();
    for body in [
        "Lede.\n\nEn rad till.",
        "Kunskapsläge\n\nA.\n\nMålgrupp eller situation\n\nB.",
        "Kunskapsläge\n\nA.\n\nKunskapsläge\n\nB.",
        "Märkning\n\nUtförare: Mariamottagning",
        "Märkning\n\n  • Språk: Svenska",
        "Märkning\n\n  • Yrkesrol: Kurator",
        "Märkning\n\n  • Utförare: Hjärtkirurgi",
        "Märkning\n\n  • Utförare: Mariamotagning",
        "Märkning\n\n  • Tillstånd:",
        "Märkning\n\n  • Åldersgrupp: Vuxna (18-64 år)\n  • Åldersgrupp: Barn (0-17 år)",
        "Genomförande\n\nText.\n\nMarkning",
        "Genomförande\n\n  • Utförare: Tandvård",
        "  • Utförare: Tandvård",
        "Kunskapsläge\n\nVid alkohol (prioritet 12).",
        "Kunskapsläge\n\nVid alkohol (prioritet 2–3).",
        "Kunskapsläge\n\nRekommendationerna i korthet:\n\n  • Ingen rad i den form som skrivs.",
        "Sammanfattning\n\nInsatsen i korthet:\n\n  • Manualbaserad: nej",
        &format!("Kunskapsläge\n\n{}", "Vid alkohol (prioritet 3).\n".repeat(65_536)),
    ] {
        pages.push(page(body));
    }
    pages
}

/// The problems of the refused pages, and of bytes that are not UTF-8.
fn problems() -> Vec<PageProblem> {
    let mut problems: Vec<PageProblem> = refused_pages()
        .iter()
        .map(|text| match page::parse(text).map_err(insats::Error::into_kind) {
            Err(insats::ErrorKind::Page { problem, .. }) => problem,
            other => panic!("expected a page error for {text:?}, got {other:?}"),
        })
        .collect();
    match page::parse_bytes(b"Exempel\n\nMissbruk och beroende\n\nBehandling och st\xf6d")
        .map_err(insats::Error::into_kind)
    {
        Err(insats::ErrorKind::Page { problem, .. }) => problems.push(problem),
        other => panic!("expected a page error, got {other:?}"),
    }
    problems
}

/// The warnings of pages that `page::parse_lenient` reads past.
fn warnings() -> Vec<Warning> {
    let text = "Exempel\n\nNytt område\n\nBehandling och stöd\n\nExempel\n\n\
                Kunskapslage\n\nVid alkohol (prioritet 12) eller opioider (PRIORITET 3).\n\n\
                Genomförande\n\n  • Åldersgrupp: Vuxna (18-64 år)\n\n\
                Märkning\n\n  • Utförare: Mariamottagning, Hjärtkirurgi";
    page::parse_lenient(text).unwrap().1
}

#[test]
fn every_kind_of_problem_is_met() {
    let kinds: BTreeSet<&str> = problems().iter().map(PageProblem::kind).collect();
    let all: BTreeSet<&str> = PageProblem::KINDS.iter().copied().collect();
    assert_eq!(kinds, all);
    let kinds: BTreeSet<&str> = warnings().iter().map(|w| w.problem().kind()).collect();
    let all: BTreeSet<&str> = Warning::KINDS.iter().copied().collect();
    assert_eq!(kinds, all);
}

/// Every problem, every element a problem can expect and every warning
/// reads as English in English and as Swedish in Swedish, and the two
/// differ.
#[test]
fn every_message_in_both_languages() {
    let elements = [
        PageElement::Title,
        PageElement::AreaAfterHome,
        PageElement::TitleRepeated,
        PageElement::SectionHeading,
        PageElement::TagLine,
    ];
    let mut messages: Vec<(String, String)> = problems()
        .iter()
        .map(|p| (p.describe(Language::English), p.describe(Language::Swedish)))
        .collect();
    messages.extend(
        elements.iter().map(|e| (e.describe(Language::English), e.describe(Language::Swedish))),
    );
    messages.extend(
        warnings().iter().map(|w| (w.describe(Language::English), w.describe(Language::Swedish))),
    );
    for (english, swedish) in &messages {
        util::assert_english(english);
        util::assert_swedish(swedish);
        assert_ne!(english, swedish);
    }
    assert_eq!(messages.len(), problems().len() + 5 + 6);
}

/// `Display` is the English, for problems and warnings; the error adds the
/// line.
#[test]
fn display_is_english() {
    for problem in problems() {
        assert_eq!(problem.to_string(), problem.describe(Language::English));
    }
    for warning in warnings() {
        assert_eq!(warning.to_string(), warning.describe(Language::English));
        assert!(
            warning.describe(Language::Swedish).starts_with(&format!("rad {}: ", warning.line()))
        );
    }
}

/// The longest message a page error or warning may have, in either
/// language, also through `Catalog::from_pages` (which adds the page and
/// its title).
const LONGEST_MESSAGE: usize = 300;

/// Characters that a message writes escaped, at their widest: a
/// private-use character is written `\u{10fffd}`, ten characters.
fn private_use(count: usize) -> String {
    "\u{10fffd}".repeat(count)
}

/// Pages whose errors quote as much as a message can: texts of escaped
/// characters in every place a problem quotes, the longest labels, the
/// longest headings, a number of any length.
fn widest_pages() -> Vec<(String, String)> {
    let wide = private_use(200);
    let title = format!("A{}", private_use(100));
    let with_title = |body: &str| {
        format!("{title}\n\nMissbruk och beroende\n\nBehandling och stöd\n\n{title}\n\n{body}")
    };
    let mut pages = vec![
        format!("  • {wide}"),
        format!("{wide}"),
        format!("{title}\n\n  • {wide}"),
        format!("{title}\n\nGå till huvudsidan: {wide}\n\n{wide}"),
        format!("{title}\n\n{wide}\n\nBehandling och stöd\n\n{title}"),
        format!("{title}\n\nMissbruk och beroendex\n\nBehandling och stöd\n\n{title}"),
        format!("{title}\n\nMissbruk och beroende\n\nBehandling och stöd\n\n{wide}"),
        format!("{title}\n\nMissbruk och beroende\n\n\u{fffd}{wide}"),
        with_title(&format!("Lede.\n\n{wide}")),
        with_title(&format!("Märkning\n\n{wide}")),
        with_title(&format!("Märkning\n\n  • {wide}: Tandvård")),
        with_title(&format!("Märkning\n\n  • Utförare: {wide}")),
        with_title(&format!("Märkning\n\n  • Utförare\u{fffd}: {wide}")),
        with_title(&format!("Kunskapsläge\n\nVid (prioritet {}).", "9".repeat(10_000))),
        with_title(&format!("Kunskapsläge\n\nVid (PRIORITET {wide}3).")),
        with_title(&format!("Kunskapsläge\n\nVid (prioritet 3{wide}).")),
        with_title("Kunskapsläge\n\nA.\n\nmålgrupp eller situationen"),
        with_title(&format!("{}\n\n  • Utförare: Tandvård", "\u{a0}".repeat(5))),
    ];
    for (facet, longest) in longest_labels() {
        let near = format!("{longest}x");
        let label = facet.label_sv();
        pages.push(with_title(&format!("Märkning\n\n  • {label}: {near}")));
        pages.push(with_title(&format!("Märkning\n\n  • {label}:")));
        pages.push(with_title(&format!("Märkning\n\n  • {label}: {near}\n  • {label}: {near}")));
        pages.push(with_title(&format!("Genomförande\n\nA.\n\n  • {label}: {longest}")));
    }
    for first in insats::Section::ALL {
        for second in insats::Section::ALL {
            for h1 in first.headings() {
                for h2 in second.headings() {
                    pages.push(with_title(&format!("{h1}\n\nA.\n\n{h2}\n\nB.")));
                }
            }
        }
    }
    pages.into_iter().map(|page| (title.clone(), page)).collect()
}

/// Each facet with the longest of its values' labels.
fn longest_labels() -> Vec<(insats::Facet, &'static str)> {
    fn longest<T: Vocabulary>() -> &'static str {
        T::ALL.iter().map(|v| v.label_sv()).max_by_key(|l| l.chars().count()).unwrap_or("")
    }
    use insats::Facet::*;
    vec![
        (Provider, longest::<insats::Provider>()),
        (Role, longest::<insats::Role>()),
        (TreatmentType, longest::<insats::TreatmentType>()),
        (AgeGroup, longest::<insats::AgeGroup>()),
        (Severity, longest::<insats::Severity>()),
        (Condition, longest::<insats::Condition>()),
    ]
}

#[track_caller]
fn assert_bounded(message: &str, line: &str) {
    let length = message.chars().count();
    assert!(length <= LONGEST_MESSAGE, "{length} characters: {message}");
    assert!(message.contains(line), "no {line:?} in {message}");
}

/// Every error and warning of the widest pages, read strictly, leniently
/// and through `Catalog::from_pages`, is at most 300 characters in each
/// language, measured as written (escaped), and names its line.
#[test]
fn every_message_is_at_most_300_characters_as_written() {
    let mut checked = 0;
    for (_, text) in widest_pages() {
        let strict = page::parse(&text);
        let from_pages = insats::Catalog::from_pages([&text]);
        let Err(error) = strict else {
            assert!(
                from_pages.is_ok()
                    || matches!(
                        from_pages.map_err(insats::Error::into_kind),
                        Err(insats::ErrorKind::Catalog { .. })
                    )
            );
            continue;
        };
        let insats::ErrorKind::Page { line, .. } = *error.kind() else {
            assert!(
                from_pages.is_ok()
                    || matches!(
                        from_pages.map_err(insats::Error::into_kind),
                        Err(insats::ErrorKind::Catalog { .. })
                    )
            );
            continue;
        };
        let Err(in_page) = from_pages else { panic!("from_pages read {text:?}") };
        for language in [Language::English, Language::Swedish] {
            let place = match language {
                Language::English => format!("line {line}: "),
                Language::Swedish => format!("rad {line}: "),
            };
            assert_bounded(&error.describe(language), &place);
            assert_bounded(&in_page.describe(language), &place);
        }
        checked += 1;
        if let Ok((_, warnings)) = page::parse_lenient(&text) {
            for warning in warnings {
                for language in [Language::English, Language::Swedish] {
                    let place = match language {
                        Language::English => format!("line {}: ", warning.line()),
                        Language::Swedish => format!("rad {}: ", warning.line()),
                    };
                    assert_bounded(&warning.describe(language), &place);
                }
            }
        }
    }
    assert!(checked > 50, "{checked} pages refused");
}

/// The message about a line of private-use characters, each written
/// `\u{…}` (up to ten characters), quotes them cut as written.
#[test]
fn a_page_quoting_private_use_characters() {
    let text = page(&format!("Märkning\n\n  • Utförare: {}", private_use(1_000)));
    let error = page::parse(&text).unwrap_err();
    assert_bounded(&error.describe(Language::English), "line 11: ");
    assert_bounded(&error.describe(Language::Swedish), "rad 11: ");
    let (_, warnings) = page::parse_lenient(&text).unwrap();
    assert_bounded(&warnings[0].describe(Language::English), "line 11: ");
    assert_bounded(&warnings[0].describe(Language::Swedish), "rad 11: ");
    assert!(warnings[0].value().ends_with('…'));
}

/// The message about a heading out of order names the two headings, not
/// every heading with its translation.
#[test]
fn a_heading_out_of_order() {
    let text = page("Märkning\n\n  • Utförare: Tandvård\n\nMålgrupp eller situation\n\nText.");
    let error = page::parse(&text).unwrap_err();
    assert!(matches!(
        error.kind(),
        insats::ErrorKind::Page { line: 13, problem: PageProblem::SectionOutOfPlace { .. } }
    ));
    assert_bounded(&error.describe(Language::English), "line 13: ");
    assert_bounded(&error.describe(Language::Swedish), "rad 13: ");
}

/// A page with a long title, of escaped characters, fails through
/// `Catalog::from_pages` with a message that quotes the title cut and
/// names the page and the line.
#[test]
fn a_long_title_through_from_pages() {
    let title = format!("Titel {}", private_use(500));
    let text = format!(
        "{title}\n\nMissbruk och beroende\n\nBehandling och stöd\n\n{title}\n\n\
         Märkning\n\n  • Utförare: {}",
        private_use(500)
    );
    let error = insats::Catalog::from_pages(["", &text]).unwrap_err();
    assert!(matches!(error.kind(), insats::ErrorKind::InPage { index: 0, .. }), "{error:?}");
    let error = insats::Catalog::from_pages([text.as_str()]).unwrap_err();
    assert!(
        matches!(error.kind(), insats::ErrorKind::InPage { index: 0, title: Some(_), .. }),
        "{error:?}"
    );
    assert_bounded(&error.describe(Language::English), "page #0 (\"Titel ");
    assert_bounded(&error.describe(Language::English), "line 11: ");
    assert_bounded(&error.describe(Language::Swedish), "sida #0 (\"Titel ");
    assert_bounded(&error.describe(Language::Swedish), "rad 11: ");
}
