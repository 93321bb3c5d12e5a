//! Strict reading drops nothing without a word: a line one edit from a
//! heading, a tag line outside `Märkning`, a priority off the scale, text
//! that was not UTF-8 or ends its lines with CR alone are errors of
//! `page::parse` naming the line and what was meant; `page::parse_lenient`
//! reads past each with a warning. Real pages (the fixtures, and the seeds
//! in the conformance tests) hold none of them. On the fixture pages and
//! pages written here.

use insats::page::{self, Warning};
use insats::{
    Facet, NrPriority, PageProblem, Population, Provider, Recommendation, Section, Substance,
    TagSet,
};

use crate::util;

/// A page without the `Gå till huvudsidan` line, whose body starts on
/// line 9.
fn page(body: &str) -> String {
    format!("Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n{body}")
}

#[track_caller]
fn strict_error(text: &str) -> (usize, PageProblem, String) {
    match page::parse(text).map_err(insats::Error::into_kind) {
        Err(err @ insats::ErrorKind::Page { .. }) => {
            let message = err.to_string();
            let insats::ErrorKind::Page { line, problem } = err else { unreachable!() };
            (line, problem, message)
        }
        other => panic!("expected a page error, got {other:?}"),
    }
}

#[track_caller]
fn lenient(text: &str) -> (insats::Intervention, Vec<Warning>) {
    page::parse_lenient(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// `Markning` for `Märkning`: strictly an error on its line that names the
/// heading meant; leniently read as that heading, so the tags are kept.
#[test]
fn a_misspelled_markning() {
    let text = page("Genomförande\n\nText.\n\nMarkning\n\n  • Utförare: Mariamottagning");
    let (line, problem, message) = strict_error(&text);
    assert_eq!(line, 13);
    assert_eq!(
        problem,
        PageProblem::MisspelledHeading {
            found: "Markning".to_owned(),
            section: Section::Tags,
            heading: "Märkning"
        }
    );
    assert_eq!(message, r#"line 13: "Markning" is not a heading; did you mean "Märkning" (tags)?"#);
    let (entry, warnings) = lenient(&text);
    assert_eq!(entry.tags().providers(), TagSet::only(Provider::MariaClinic));
    assert_eq!(entry.implementation(), "Text.");
    assert_eq!(warnings.len(), 1);
    assert_eq!((warnings[0].line(), warnings[0].value()), (13, "Markning"));
    assert_eq!(
        warnings[0].to_string(),
        r#"line 13: "Markning" is not a heading; read as "Märkning" (tags)"#
    );
    // Written back in its right wording, the page reads strictly.
    assert_eq!(page::parse(&page::render(&entry)).unwrap(), entry);
}

/// `Kunskapslage` and `kunskapsläge` (letter case only): strictly errors;
/// leniently the section's priorities are read.
#[test]
fn a_misspelled_kunskapslage() {
    let alcohol_4 = Recommendation::new(
        TagSet::only(Substance::Alcohol),
        Population::Anyone,
        NrPriority::rank(4).unwrap(),
    );
    for written in ["Kunskapslage", "kunskapsläge", "KUNSKAPSLÄGE", "Kunskapsläge:"] {
        let text = page(&format!("{written}\n\nVid alkohol (prioritet 4)."));
        let (line, problem, _) = strict_error(&text);
        assert_eq!(line, 9, "{written}");
        assert!(
            matches!(
                problem,
                PageProblem::MisspelledHeading {
                    section: Section::Knowledge,
                    heading: "Kunskapsläge",
                    ..
                }
            ),
            "{written}: {problem:?}"
        );
        let (entry, warnings) = lenient(&text);
        assert_eq!(entry.recommendations(), std::slice::from_ref(&alcohol_4), "{written}");
        assert_eq!(warnings.len(), 1, "{written}");
    }
    // The successor site's wording is one too.
    let (_, problem, _) = strict_error(&page("Målgrupp och situatio\n\nVuxna."));
    assert!(matches!(
        problem,
        PageProblem::MisspelledHeading { heading: "Målgrupp och situation", .. }
    ));
    let (entry, _) = lenient(&page("Målgrupp och situatio\n\nVuxna."));
    assert_eq!(entry.sections().heading(Section::TargetGroup), "Målgrupp och situation");
}

/// A line two edits from a heading, or a heading with other words, is
/// prose: it cannot be told from a line of prose.
#[test]
fn far_misses_are_prose() {
    for prose in ["Markningen", "Målgrupp", "Kunskapsläget i korthet", "Genomförandet nu"] {
        let text = page(&format!("Genomförande\n\nText.\n\n{prose}"));
        let entry = page::parse(&text).unwrap_or_else(|e| panic!("{prose}: {e}"));
        assert!(entry.implementation().ends_with(prose), "{prose}");
    }
}

/// `(prioritet 12)` and `(prioritet 0)`: strictly an error on the line;
/// leniently a warning each, no pair for them, and the marker on the scale
/// in the same line still read.
#[test]
fn priorities_off_the_scale() {
    let text = page(
        "Kunskapsläge\n\nInledning.\n\nVid alkohol (prioritet 12) eller cannabis (prioritet 3) \
         eller opioider (prioritet 0).",
    );
    let (line, problem, message) = strict_error(&text);
    assert_eq!(line, 13);
    assert_eq!(problem, PageProblem::PriorityOffScale { marker: "(prioritet 12)".to_owned() });
    assert_eq!(
        message,
        "line 13: \"(prioritet 12)\" gives no priority on the guidelines' scale (ranks 1–10, \
         \"FoU\" (only within research and development) or \"Icke-göra\" (should not be offered))"
    );
    let (entry, warnings) = lenient(&text);
    assert_eq!(
        entry.recommendations(),
        [Recommendation::new(
            TagSet::only(Substance::Cannabis),
            Population::Anyone,
            NrPriority::rank(3).unwrap()
        )]
    );
    let found: Vec<(usize, &str)> = warnings.iter().map(|w| (w.line(), w.value())).collect();
    assert_eq!(found, [(13, "(prioritet 12)"), (13, "(prioritet 0)")]);
    // The prose keeps the markers, and reads back the same, leniently.
    assert!(entry.knowledge().contains("(prioritet 12)"));
    assert_eq!(lenient(&page::render(&entry)), (entry, warnings));
    // Outside Kunskapsläge a marker is prose.
    assert!(page::parse(&page("Genomförande\n\nSe (prioritet 12).")).is_ok());
}

/// A tag line outside `Märkning`: strictly an error naming the facet and
/// where it stands; leniently read as a tag line and left out of the prose.
/// A bullet of prose that starts with a facet name is prose.
#[test]
fn a_tag_line_outside_markning() {
    let text = page(
        "Genomförande\n\nInsatsen innehåller:\n\n  • Utförare: samtal med individen\n  \
         • Åldersgrupp: Vuxna (18-64 år), Äldre (65- år)\n  • uppföljning\n\nSista stycket.",
    );
    let (line, problem, message) = strict_error(&text);
    assert_eq!(line, 14);
    assert!(matches!(
        problem,
        PageProblem::TagLineOutsideTags {
            facet: Facet::AgeGroup,
            section: Some(Section::Implementation),
            ..
        }
    ));
    assert_eq!(
        message,
        "line 14: a tag line of the facet \"Åldersgrupp\" (age group) stands under the heading \
         \"Genomförande\" (implementation), not under \"Märkning\" (tags); move it there or \
         reword it as prose"
    );
    let (entry, warnings) = lenient(&text);
    assert_eq!(entry.tags().age_groups().len(), 2);
    assert_eq!(
        entry.implementation(),
        "Insatsen innehåller:\n\n  • Utförare: samtal med individen\n  • uppföljning\n\nSista stycket."
    );
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].facet(), Some(Facet::AgeGroup));
    assert_eq!(warnings[0].value(), "• Åldersgrupp: Vuxna (18-64 år), Äldre (65- år)");
    // Read back from its render, the entry is the same, and strict.
    assert_eq!(page::parse(&page::render(&entry)).unwrap(), entry);

    // Two tag lines in a row, and the blank line after them, are cut out
    // together; the lines around them join as they stood.
    let two = page(
        "Genomförande\n\nFörsta stycket.\n  • Åldersgrupp: Vuxna (18-64 år)\n  \
         • Utförare: Tandvård\n\nAndra stycket.",
    );
    let (entry, warnings) = lenient(&two);
    assert_eq!(entry.implementation(), "Första stycket.\nAndra stycket.");
    assert_eq!(warnings.len(), 2);

    // Before the first heading, where the lede stands.
    let (line, problem, _) = strict_error(&page("  • Utförare: Mariamottagning"));
    assert_eq!(line, 9);
    assert!(matches!(problem, PageProblem::TagLineOutsideTags { section: None, .. }));
    // A facet given there and again under Märkning is given twice.
    let twice = page("  • Utförare: Mariamottagning\n\nMärkning\n\n  • Utförare: Tandvård");
    assert!(matches!(
        page::parse_lenient(&twice).map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::Page {
            line: 13,
            problem: PageProblem::DuplicateFacet { first_line: 9, .. }
        })
    ));
}

/// Line ends of CR alone (a file from an old Mac) read as one line: an
/// error that says so, not a 3 000-character title.
#[test]
fn carriage_returns_without_line_feeds() {
    let mac = util::fixtures::NATVERKSTERAPI.replace('\n', "\r");
    let (line, problem, message) = strict_error(&mac);
    assert_eq!((line, problem), (1, PageProblem::CarriageReturns));
    assert_eq!(
        message,
        "line 1: the text uses CR line ends without LF; convert the line ends to LF or CRLF"
    );
    assert!(page::parse_lenient(&mac).is_err());
    // One stray CR in a line is one too; CR before LF is a Windows line end.
    let (line, _, _) = strict_error(&page("Genomförande\n\nEtt\rtvå."));
    assert_eq!(line, 11);
    assert!(page::parse(&util::fixtures::CRA.replace('\n', "\r\n")).is_ok());
}

/// A page that was Latin-1 and was decoded lossily: U+FFFD in the title
/// or the breadcrumb is an error that says so; the bytes themselves are
/// refused by `parse_bytes`.
#[test]
fn text_that_was_not_utf8() {
    let latin1 = |text: &str| -> Vec<u8> {
        text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect()
    };
    let nt = latin1(util::fixtures::NATVERKSTERAPI);
    let lossy = String::from_utf8_lossy(&nt);
    let (line, problem, message) = strict_error(&lossy);
    assert_eq!(line, 1);
    assert_eq!(
        problem,
        PageProblem::ReplacementCharacters { found: "N\u{fffd}tverksterapi".to_owned() }
    );
    assert_eq!(
        message,
        "line 1: the line holds U+FFFD replacement characters (\"N\u{fffd}tverksterapi\"): the \
         file was probably not UTF-8 and was decoded with losses; read it in its real \
         encoding, e.g. Latin-1"
    );
    // A title in ASCII: the breadcrumb's `stöd` gives it away.
    let cra = String::from_utf8_lossy(&latin1(util::fixtures::CRA)).into_owned();
    assert_eq!(strict_error(&cra).0, 5);
    assert!(page::parse_lenient(&cra).is_err());
    // And a tag line with one.
    let tag = page("Märkning\n\n  • Utf\u{fffd}rare: Tandv\u{fffd}rd");
    assert!(matches!(strict_error(&tag).1, PageProblem::ReplacementCharacters { .. }));
    // Prose may hold the character.
    assert!(page::parse(&page("Genomförande\n\nEtt tecken: \u{fffd}.")).is_ok());

    let err = page::parse_bytes(&latin1(util::fixtures::CRA)).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            insats::ErrorKind::Page { line: 5, problem: PageProblem::NotUtf8 { .. } }
        ),
        "{err}"
    );
    assert_eq!(
        page::parse_bytes(util::fixtures::CRA.as_bytes()).unwrap(),
        page::parse(util::fixtures::CRA).unwrap()
    );
}

/// A message quotes at most 60 characters of the page: an error or a
/// warning about a 10 MB value is short.
#[test]
fn messages_about_huge_texts_are_short() {
    let huge = "x".repeat(10_000_000);
    let pages = [
        page(&format!("Märkning\n\n  • Utförare: {huge}")),
        page(&format!("Märkning\n\n  • {huge}: Tandvård")),
        format!("Exempel\n\n{huge}\n\nBehandling och stöd\n\nExempel"),
    ];
    for text in &pages {
        let message = page::parse(text).unwrap_err().to_string();
        assert!(message.chars().count() <= 300, "{} characters", message.chars().count());
    }
    let (_, warnings) = lenient(&pages[0]);
    let warning = warnings[0].to_string();
    assert!(warning.chars().count() < 300, "{} characters", warning.chars().count());
    assert!(warnings[0].value().ends_with('…'));
}

/// The fixture pages, strict as they are, give no warnings.
#[test]
fn fixture_pages_give_no_warnings() {
    for (name, text) in util::fixtures::ALL {
        let (entry, warnings) = lenient(text);
        assert!(warnings.is_empty(), "{name}: {warnings:?}");
        assert_eq!(page::parse(text).unwrap(), entry, "{name}");
    }
}

/// The conformance tests: they read the seeds (see `util::sources`).
mod conformance {
    use super::*;

    /// Both seed pages are strict: no near miss, no tag line in prose, no
    /// priority off the scale.
    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn seed_pages_give_no_warnings() {
        let sources = util::sources();
        for seed in ["natverksterapi.txt", "psykosocial-behandling.txt"] {
            let text = sources.seed(seed);
            let (entry, warnings) = lenient(text);
            assert!(warnings.is_empty(), "{seed}: {warnings:?}");
            assert_eq!(page::parse(text).unwrap(), entry, "{seed}");
        }
    }
}

/// A page must start with its title: a first line that is a heading, a tag
/// line, the home line or the section of the breadcrumb is refused as a
/// missing title, on line 1, quoting the line.
#[test]
fn a_page_without_its_title() {
    for first in [
        "Kunskapsläge",
        "  • Utförare: Mariamottagning",
        "Gå till huvudsidan: Missbruk och beroende",
        "Behandling och stöd",
    ] {
        let text = format!("{first}\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel");
        let (line, problem, _) = strict_error(&text);
        assert_eq!(line, 1, "{first}");
        assert_eq!(
            problem,
            PageProblem::MissingTitle { found: first.trim().to_owned() },
            "{first}"
        );
    }
}

/// The breadcrumb's area and section cannot be a heading or a tag line,
/// nor the section a second home line: each is refused as a missing
/// breadcrumb on its line.
#[test]
fn a_breadcrumb_line_that_is_something_else() {
    for crumb in ["Kunskapsläge", "  • Utförare: Mariamottagning", "Gå till huvudsidan: x"] {
        if !crumb.starts_with("Gå") {
            // (A home line after the title is the older edition's first crumb.)
            let area = format!("Exempel\n\n{crumb}\n\nBehandling och stöd\n\nExempel\n\nText");
            let (line, problem, _) = strict_error(&area);
            assert_eq!(line, 3, "{crumb}");
            assert!(
                matches!(problem, PageProblem::MissingBreadcrumb { .. }),
                "{crumb}: {problem:?}"
            );
        }
        let section = format!("Exempel\n\nMissbruk och beroende\n\n{crumb}\n\nExempel\n\nText");
        let (line, problem, _) = strict_error(&section);
        assert_eq!(line, 5, "{crumb}");
        assert!(matches!(problem, PageProblem::MissingBreadcrumb { .. }), "{crumb}: {problem:?}");
    }
    // The title again where the area belongs is no area either.
    let (line, problem, _) = strict_error("Exempel\n\nExempel\n\nBehandling och stöd\n\nExempel");
    assert_eq!(line, 3);
    assert!(matches!(problem, PageProblem::MissingBreadcrumb { .. }), "{problem:?}");
}

/// Each marker that is not one number of the scale in the guide's form,
/// and a number off the scale of any length: strictly an error on its
/// line quoting the marker (cut), leniently a warning each and no pair,
/// the markers of the scale on the line still read.
#[test]
fn priority_markers_that_are_not_one_number_of_the_scale() {
    let long = format!("(prioritet 1{})", "0".repeat(26));
    let cases: [(&str, &str); 6] = [
        (&long, "priority-off-scale"),
        ("(prioritet 2–3)", "malformed-priority"),
        ("(prioritet 3 och 4)", "malformed-priority"),
        ("(PRIORITET 3)", "malformed-priority"),
        ("(prioritet3)", "malformed-priority"),
        ("(prioritet 100000000000000000000000000)", "priority-off-scale"),
    ];
    for (marker, kind) in cases {
        let text = page(&format!(
            "Kunskapsläge\n\nInledning.\n\nVid alkohol {marker} eller cannabis (prioritet 3)."
        ));
        let (line, problem, message) = strict_error(&text);
        assert_eq!((line, problem.kind()), (13, kind), "{marker}");
        assert!(message.starts_with(&format!("line 13: {:?}", marker)), "{message}");
        let (entry, warnings) = lenient(&text);
        assert_eq!(entry.recommendations().len(), 1, "{marker}");
        assert_eq!(entry.recommendations()[0].priority(), Some(NrPriority::rank(3).unwrap()));
        let found: Vec<(usize, &str, &str)> =
            warnings.iter().map(|w| (w.line(), w.problem().kind(), w.value())).collect();
        assert_eq!(found, [(13, kind, marker)], "{marker}");
        assert!(entry.knowledge().contains(marker));
    }
    // A marker of a million digits is quoted cut.
    let huge = page(&format!("Kunskapsläge\n\nVid (prioritet {}).", "7".repeat(1_000_000)));
    let (line, problem, message) = strict_error(&huge);
    assert_eq!((line, problem.kind()), (11, "priority-off-scale"));
    assert!(message.chars().count() <= 300, "{message}");
    let (_, warnings) = lenient(&huge);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].value().ends_with('…'));
}

/// More priority markers than an entry holds (65 535): an error on the
/// line of the first one too many, strictly and leniently, and through
/// `Catalog::from_pages` with the page.
#[test]
fn more_priority_markers_than_an_entry_holds() {
    let lines = "Vid alkohol (prioritet 3).\n".repeat(65_535);
    let fits = page(&format!("Kunskapsläge\n\n{lines}"));
    assert_eq!(page::parse(&fits).map(|e| e.recommendations().len()).ok(), Some(65_535));
    let text = page(&format!("Kunskapsläge\n\n{lines}Vid cannabis (prioritet 4)."));
    let (line, problem, message) = strict_error(&text);
    assert_eq!((line, &problem), (11 + 65_535, &PageProblem::TooManyPriorities { max: 65_535 }));
    assert_eq!(
        message,
        "line 65546: more than 65 535 priority markers under \"Kunskapsläge\" (state of \
         knowledge); an entry holds at most 65 535 pairs"
    );
    assert!(matches!(
        page::parse_lenient(&text).map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::Page { line: 65_546, .. })
    ));
    match insats::Catalog::from_pages([&text]).map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::InPage { index: 0, title: Some(title), error }) => {
            assert_eq!(title, "Exempel");
            assert!(
                matches!(error.kind(), insats::ErrorKind::Page { line: 65_546, .. }),
                "{error:?}"
            );
        }
        other => panic!("expected the page's error, got {other:?}"),
    }
}
