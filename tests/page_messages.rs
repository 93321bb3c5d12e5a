//! The messages of page errors and warnings, in both languages: every
//! kind of `PageProblem` and of `page::Warning` is met on a page written
//! here, and its Swedish holds no English word and its English no Swedish
//! one (Swedish labels of the guide are quoted, in English with their
//! translation).

use insats::page::{self, PageElement, Warning};
use insats::{Error, Language, PageProblem};
use std::collections::BTreeSet;

mod util;

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
    ] {
        pages.push(page(body));
    }
    pages
}

/// The problems of the refused pages, and of bytes that are not UTF-8.
fn problems() -> Vec<PageProblem> {
    let mut problems: Vec<PageProblem> = refused_pages()
        .iter()
        .map(|text| match page::parse(text) {
            Err(Error::Page { problem, .. }) => problem,
            other => panic!("expected a page error for {text:?}, got {other:?}"),
        })
        .collect();
    match page::parse_bytes(b"Exempel\n\nMissbruk och beroende\n\nBehandling och st\xf6d") {
        Err(Error::Page { problem, .. }) => problems.push(problem),
        other => panic!("expected a page error, got {other:?}"),
    }
    problems
}

/// The warnings of pages that `page::parse_lenient` reads past.
fn warnings() -> Vec<Warning> {
    let text = "Exempel\n\nNytt område\n\nBehandling och stöd\n\nExempel\n\n\
                Kunskapslage\n\nVid alkohol (prioritet 12).\n\n\
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
    assert_eq!(messages.len(), problems().len() + 5 + 5);
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
