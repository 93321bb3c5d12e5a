//! The errors of a page that does not follow the format (`insats::page`):
//! each names the line and what was expected, in one exact message per
//! kind; the lenient reader reads past unknown values with a warning; and
//! the bodies that were once slow read as their shape says.

use insats::page::{self, Warning};
use insats::{
    Condition, Facet, NrPriority, PageProblem, Population, Provider, Recommendation, Substance,
    TagSet,
};

use super::adversarial;
use super::format::{page_with, page_without_home, parse};
use crate::util;

#[test]
fn a_facet_value_may_hold_a_comma_without_space() {
    let text = page_with("Exempel", "Märkning\n\n  • Utförare: Mariamottagning,Ungdomsmottagning");
    let err = page::parse(&text).unwrap_err();
    assert!(matches!(
        err.kind(),
        insats::ErrorKind::Page {
            line: 13,
            problem: PageProblem::UnknownValue { facet: Facet::Provider, value, .. }
        } if value == "Mariamottagning,Ungdomsmottagning"
    ));
}

#[test]
fn lenient_reads_past_unknown_values() {
    let text = "Exempel\n\nNytt område\n\nBehandling och stöd\n\nExempel\n\nMärkning\n\n\
                \u{20}\u{20}• Utförare: Mariamottagning, Hjärtkirurgi\n\
                \u{20}\u{20}• Yrkesroll: Astronaut";
    assert!(page::parse(text).is_err());
    let (entry, warnings) = page::parse_lenient(text).unwrap();
    let seen: Vec<(usize, Option<Facet>, &str)> =
        warnings.iter().map(|w: &Warning| (w.line(), w.facet(), w.value())).collect();
    assert_eq!(
        seen,
        [
            (3, Some(Facet::Condition), "Nytt område"),
            (11, Some(Facet::Provider), "Hjärtkirurgi"),
            (12, Some(Facet::Role), "Astronaut")
        ]
    );
    let kinds: Vec<&str> = warnings.iter().map(|w| w.problem().kind()).collect();
    assert_eq!(kinds, ["unknown-area", "unknown-value", "unknown-value"]);
    assert_eq!(entry.tags().providers(), TagSet::only(Provider::MariaClinic));
    assert!(entry.tags().roles().is_empty());
    assert_eq!(entry.area(), Condition::SubstanceUseAndDependence);
    // Strict pages give no warnings.
    for (name, text) in util::fixtures::ALL {
        assert!(page::parse_lenient(text).unwrap().1.is_empty(), "{name}");
    }
    // Structural errors stay errors.
    assert!(page::parse_lenient("").is_err());
}

/// The start of a page whose body begins on line 9.
const HEAD: &str = "T\n\nMissbruk och beroende\n\nBehandling och stöd\n\nT\n\n";

#[track_caller]
fn assert_error(text: &str, line: usize, message: &str) {
    match page::parse(text).map_err(insats::Error::into_kind) {
        Err(err @ insats::ErrorKind::Page { line: found, .. }) => {
            assert_eq!(found, line, "{err}");
            assert_eq!(err.to_string(), format!("line {line}: {message}"));
        }
        other => panic!("expected a page error, got {other:?}"),
    }
}

/// One exact message per kind of page error (the kinds that need more
/// than a page's structure are in `tests/page/strict.rs`).
#[test]
fn errors_name_the_line_and_what_was_expected() {
    assert_error("", 1, "the page is empty; expected the title on the first line");
    assert_error(" \n\u{a0}\n", 1, "the page is empty; expected the title on the first line");
    assert_error("Kunskapsläge\n\nText.", 1, r#"expected the page title, found "Kunskapsläge""#);
    assert_error(
        "\n\nGå till huvudsidan: Missbruk och beroende",
        3,
        r#"expected the page title, found "Gå till huvudsidan: Missbruk och beroende""#,
    );
    assert_error("()", 1, r#"expected a title with letters or digits, found "()""#);
    let breadcrumb = "expected the breadcrumb under the title (the area, then \"Behandling och \
                      stöd\" (treatment and support), then the title again), ";
    assert_error("T", 2, &format!("{breadcrumb}found the end of the page"));
    assert_error("T\n\nT\n\nLede.", 3, &format!("{breadcrumb}found \"T\""));
    assert_error(
        "T\n\nMissbruk och beroende\n\nMålgrupp eller situation",
        5,
        &format!("{breadcrumb}found \"Målgrupp eller situation\""),
    );
    assert_error(
        "T\n\nPsykisk ohälsa\n\nBehandling och stöd\n\nT",
        3,
        "unknown area \"Psykisk ohälsa\" in the breadcrumb; expected a \"Tillstånd\" (condition) \
         such as \"Missbruk och beroende\" (substance misuse and dependence)",
    );
    assert_error(
        "T\n\nMissbruk och beroendet\n\nBehandling och stöd\n\nT",
        3,
        "unknown area \"Missbruk och beroendet\" in the breadcrumb; expected a \"Tillstånd\" \
         (condition) such as \"Missbruk och beroende\" (substance misuse and dependence); did you \
         mean \"Missbruk och beroende\"?",
    );
    assert_error(
        "T\n\nMissbruk och beroende\n\nBehandling och stöd\n\nLede.",
        7,
        r#"expected the title repeated after the breadcrumb, found "Lede.""#,
    );
    assert_error(
        "T\n\nGå till huvudsidan: \n\nMissbruk och beroende",
        3,
        "expected the area after \"Gå till huvudsidan:\" (go to the main page:), found \"Gå till \
         huvudsidan:\"",
    );
    assert_error(
        &format!("{HEAD}Lede.\n\nEn rad till."),
        11,
        "expected a section heading such as \"Målgrupp eller situation\" (target group or \
         situation) (the lede under the title is one line), found \"En rad till.\"",
    );
    assert_error(
        &format!("{HEAD}Kunskapsläge\n\nA.\n\nMålgrupp eller situation\n\nB."),
        13,
        "the heading \"Målgrupp eller situation\" (target group or situation) is out of place: \
         it must come before \"Kunskapsläge\" (state of knowledge), in the guide's order of \
         headings",
    );
    assert_error(
        &format!("{HEAD}Kunskapsläge\n\nA.\n\nKunskapsläge\n\nB."),
        13,
        r#"the heading "Kunskapsläge" (state of knowledge) is given twice (first on line 9)"#,
    );
    assert_error(
        &format!("{HEAD}Märkning\n\nUtförare: Mariamottagning"),
        11,
        r#"expected a tag line "  • Facet: value, value" under "Märkning" (tags), found "Utförare: Mariamottagning""#,
    );
    let facets = "expected one of the guide's six facets, such as \"Utförare\" (provider)";
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Språk: Svenska"),
        11,
        &format!("unknown facet \"Språk\" under \"Märkning\" (tags); {facets}"),
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Yrkesrol: Kurator"),
        11,
        &format!(
            "unknown facet \"Yrkesrol\" under \"Märkning\" (tags); {facets}; did you mean \
             \"Yrkesroll\" (role)?"
        ),
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Utförare: Mariamottagning, Hjärtkirurgi"),
        11,
        "unknown value \"Hjärtkirurgi\" in the facet \"Utförare\" (provider); values are \
         separated by \", \"",
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Utförare: Mariamotagning"),
        11,
        "unknown value \"Mariamotagning\" in the facet \"Utförare\" (provider); values are \
         separated by \", \"; did you mean \"Mariamottagning\"?",
    );
    assert_error(
        &format!(
            "{HEAD}Märkning\n\n  • Åldersgrupp: Vuxna (18-64 år)\n  • Åldersgrupp: Barn (0-17 år)"
        ),
        12,
        r#"the facet "Åldersgrupp" (age group) is given twice (first on line 11)"#,
    );
    assert_error(
        &format!("{HEAD}Märkning\n\n  • Tillstånd:"),
        11,
        r#"the facet "Tillstånd" (condition) has no value; give values after the colon or drop the line"#,
    );
}

#[test]
fn long_lines_are_shortened_in_errors() {
    let long = "Ett mycket långt stycke ".repeat(10);
    let err = page::parse(&format!("{HEAD}Märkning\n\n{long}")).unwrap_err();
    let message = err.to_string();
    assert!(message.ends_with("…\""), "{message}");
    assert!(message.len() < 200, "{message}");
}

/// A run of `\r` before a line break inside a section reads back the same
/// after rendering.
#[test]
fn carriage_returns_inside_a_section_read_back_the_same() {
    let text = format!("{HEAD}Kunskapsläge\n\nA.\r\n\r\r\r\nB.\r\r\n\nKompetenskrav\r\n\r\nC.\r");
    let entry = parse(&text);
    assert_eq!(entry.knowledge(), "A.\n\nB.");
    assert_eq!(entry.competence(), "C.");
    assert_eq!(parse(&page::render(&entry)), entry);
}

/// The facts of the adversarial bodies that were once quadratic are read
/// as from short ones: priority markers from long lines (many `(`, many
/// markers, unclosed markers, sentences padded with no-break spaces),
/// sentences padded with spaces, and many youth-version names.
#[test]
fn adversarial_bodies_read_their_facts() {
    let alcohol_3 = Recommendation::new(
        TagSet::only(Substance::Alcohol),
        Population::Anyone,
        NrPriority::rank(3).unwrap(),
    );
    for (name, body) in adversarial::bodies(10_000) {
        let entry =
            page::parse(&page_without_home(&body)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let pairs = entry.recommendations();
        match name {
            "unclosed markers" | "trailing spaces" | "youth names" => {
                assert!(pairs.is_empty(), "{name}: {:?}", pairs.first());
            }
            _ => {
                assert!(!pairs.is_empty(), "{name}");
                assert!(pairs.iter().all(|p| *p == alcohol_3), "{name}: {:?}", pairs.first());
            }
        }
        let youth = entry.youth_versions_named();
        if name == "youth names" {
            assert_eq!(youth.len(), 17_000, "{name}");
            assert_eq!((youth[0].as_str(), youth[1].as_str()), ("KA", "KB"));
        } else {
            assert!(youth.is_empty(), "{name}");
        }
        if name.starts_with("trailing") {
            // The padding stays in the section, as all white space inside it.
            let text =
                if name == "trailing spaces" { entry.implementation() } else { entry.knowledge() };
            assert!(text.len() - text.trim_end().len() >= 50_000, "{name}");
        }
    }
}

/// The bodies that were once slow read as their shape says: the prose
/// bodies strictly, the others leniently with a warning for each unknown
/// or empty value and each off-scale marker.
#[test]
fn slow_bodies_read_as_their_shape_says() {
    for (name, body, reading) in adversarial::slow_bodies(10_000) {
        let text = page_without_home(&body);
        match reading {
            adversarial::Reading::Strict => {
                let entry = page::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(entry.recommendations().is_empty(), "{name}");
            }
            adversarial::Reading::Lenient => {
                assert!(page::parse(&text).is_err(), "{name}");
                let (entry, warnings) =
                    page::parse_lenient(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(warnings.len() > 1_000, "{name}: {} warnings", warnings.len());
                assert!(entry.recommendations().is_empty(), "{name}");
                let kinds: std::collections::BTreeSet<&str> =
                    warnings.iter().map(|w| w.problem().kind()).collect();
                let expected = if name == "off-scale markers" {
                    "priority-off-scale"
                } else {
                    "unknown-value"
                };
                assert_eq!(kinds.into_iter().collect::<Vec<_>>(), [expected], "{name}");
            }
        }
    }
}
