//! What can be wrong with a page of the guide, in either language: the
//! problems, the page elements they name, and how their messages quote
//! labels, found text, suggestions and places (the one home of page-problem
//! wording, for errors and warnings alike).

use crate::format::headings::{HOME_PREFIX, Section, TREATMENT_AND_SUPPORT};
use crate::terms::quote::label;
use crate::terms::{Language, Term};
use crate::vocab::{Condition, Facet, Vocabulary};
use std::fmt::Display;

/// An element the page format requires at some place, named by
/// [`PageProblem::Expected`].
///
/// # Examples
///
/// ```
/// use insats::{Language, PageElement};
///
/// assert_eq!(
///     PageElement::TitleRepeated.describe(Language::English),
///     "the title repeated after the breadcrumb"
/// );
/// assert_eq!(PageElement::TitleRepeated.describe(Language::Swedish), "titeln igen efter brödsmulan");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageElement {
    /// A title with letters or digits (of which the id is made).
    Title,
    /// The area after `Gå till huvudsidan:`.
    AreaAfterHome,
    /// The title again, after the breadcrumb lines.
    TitleRepeated,
    /// A section heading: the lede under the title is one line, so a
    /// second line there must be a heading.
    SectionHeading,
    /// A tag line `  • Facet: value, value` under `Märkning`.
    TagLine,
}

impl PageElement {
    /// The element in `language`.
    pub fn describe(self, language: Language) -> String {
        let label = |sv: &str, en: &str| label(language, sv, en);
        match self {
            PageElement::Title => Term::PageElementTitle.fill(language, &[]),
            PageElement::AreaAfterHome => Term::PageElementAreaAfterHome
                .fill(language, &[("home", &label(HOME_PREFIX.trim_end(), Term::LineHome.en()))]),
            PageElement::TitleRepeated => Term::PageElementTitleRepeated.fill(language, &[]),
            PageElement::SectionHeading => {
                let s = Section::TargetGroup;
                Term::PageElementSectionHeading
                    .fill(language, &[("heading", &label(s.heading(), s.heading_en()))])
            }
            PageElement::TagLine => {
                let s = Section::Tags;
                Term::PageElementTagLine
                    .fill(language, &[("tags", &label(s.heading(), s.heading_en()))])
            }
        }
    }
}

/// `found "…"`, or that the page ended where `text` is empty.
pub(crate) fn found(language: Language, text: &str) -> String {
    if text.is_empty() {
        Term::PageFoundEnd.text(language).to_owned()
    } else {
        Term::PageFound.fill(language, &[("found", &format_args!("{text:?}"))])
    }
}

/// `; did you mean …?` (the end of a message), or nothing.
pub(crate) fn suggestion(language: Language, suggestion: Option<impl Display>) -> String {
    match suggestion {
        Some(s) => Term::PageDidYouMean.fill(language, &[("suggestion", &s)]),
        None => String::new(),
    }
}

/// Where a line stands: under a heading, or before the first one.
pub(crate) fn place(language: Language, section: Option<Section>) -> String {
    match section {
        Some(s) => Term::PagePlaceSection
            .fill(language, &[("section", &label(language, s.heading(), s.heading_en()))]),
        None => Term::PagePlaceLede.text(language).to_owned(),
    }
}

/// What is wrong with a page of the guide, carried by
/// [`ErrorKind::Page`](crate::ErrorKind::Page) (and, for what
/// [`page::parse_lenient`](crate::page::parse_lenient) reads past, by a
/// [`Warning`](crate::page::Warning)).
///
/// A malformed page (wrong structure) and a well-formed label that is not
/// in a vocabulary ([`PageProblem::UnknownValue`]) are kept apart: only
/// the latter, and the other near misses that a reader can settle, can be
/// read past. Every text a problem quotes is cut to 60 characters as a
/// message writes them, escaped (`…`), so that a message is at most 300
/// characters in either language.
/// [`PageProblem::describe`] words it in Swedish or English; `Display` is
/// the English.
///
/// # Examples
///
/// ```
/// use insats::{Error, Language, PageProblem};
///
/// let err = insats::page::parse("").unwrap_err();
/// assert!(matches!(err.kind(), insats::ErrorKind::Page { line: 1, problem: PageProblem::Empty }));
/// assert_eq!(err.to_string(), "line 1: the page is empty; expected the title on the first line");
/// let insats::ErrorKind::Page { problem, .. } = err.kind() else { unreachable!() };
/// assert_eq!(problem.describe(Language::Swedish), "sidan är tom; titeln ska stå på första raden");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
#[error("{}", self.describe(Language::English))]
pub enum PageProblem {
    /// The text is empty or only white space.
    Empty,
    /// The first line is not a title (it is a breadcrumb line, a section
    /// heading or a tag line).
    MissingTitle {
        /// The line found instead.
        found: String,
    },
    /// The breadcrumb lines under the title (the area, then the section,
    /// then the title again) are missing.
    MissingBreadcrumb {
        /// The line found instead, or empty at the end of the page.
        found: String,
    },
    /// The breadcrumb names an area that is not a [`Condition`].
    UnknownArea {
        /// The area line as written.
        area: String,
        /// The condition's label one or two edits away, if any.
        suggestion: Option<&'static str>,
    },
    /// Something else was found where the format requires a given element.
    Expected {
        /// What the format requires here.
        expected: PageElement,
        /// What was found (the line), or empty at the end of the page.
        found: String,
    },
    /// A `Märkning` facet that the guide does not have.
    UnknownFacet {
        /// The facet name as written.
        facet: String,
        /// The facet whose name is one or two edits away, if any.
        suggestion: Option<Facet>,
    },
    /// A facet value that is not in the facet's vocabulary.
    UnknownValue {
        /// The facet.
        facet: Facet,
        /// The rejected value.
        value: String,
        /// The facet's label one or two edits away, if any.
        suggestion: Option<&'static str>,
    },
    /// A facet line with no value after the colon.
    EmptyFacet {
        /// The facet.
        facet: Facet,
    },
    /// A facet written twice.
    DuplicateFacet {
        /// The facet.
        facet: Facet,
        /// The 1-based line where it was first given.
        first_line: usize,
    },
    /// A section heading after a heading that must follow it.
    SectionOutOfPlace {
        /// The heading found.
        section: Section,
        /// The heading it came after, which must follow it.
        after: Section,
    },
    /// A section heading given a second time.
    DuplicateSection {
        /// The heading.
        section: Section,
        /// The 1-based line where it was first given.
        first_line: usize,
    },
    /// A line that is not a heading but one edit (or only letter case)
    /// away from one, such as `Markning` or `kunskapsläge`: a reader would
    /// otherwise take the section's lines for the previous section's prose.
    MisspelledHeading {
        /// The line as written.
        found: String,
        /// The section it is one edit from.
        section: Section,
        /// The wording of that section's heading it is one edit from.
        heading: &'static str,
    },
    /// A tag line (`  • Facet: value, value`, every value in the facet's
    /// vocabulary) outside `Märkning`, where it would be read as prose and
    /// the entry would lose the tags.
    TagLineOutsideTags {
        /// The facet of the line.
        facet: Facet,
        /// The section it stands in, or `None` before the first heading.
        section: Option<Section>,
        /// The line as written.
        found: String,
    },
    /// A priority marker in `Kunskapsläge` whose number is off the NR
    /// scale, such as `(prioritet 12)`: it gives no recommendation.
    PriorityOffScale {
        /// The marker as written.
        marker: String,
    },
    /// A priority marker in `Kunskapsläge` that is not one number of the
    /// scale in the guide's form, such as a range (`(prioritet 2–3)`), two
    /// numbers (`(prioritet 3 och 4)`), capitals (`(PRIORITET 3)`) or no
    /// space (`(prioritet3)`): it gives no recommendation.
    MalformedPriority {
        /// The marker as written.
        marker: String,
    },
    /// More priority markers in `Kunskapsläge` than one entry holds (the
    /// matcher numbers an entry's pairs in 16 bits); the line is that of
    /// the first marker too many.
    TooManyPriorities {
        /// The most an entry holds.
        max: usize,
    },
    /// A line of a section's block in brief (`Målgruppen i korthet:`,
    /// `Rekommendationerna i korthet:`, …: see the format docs of
    /// [`page`](crate::page)) that is not in the form the writer writes;
    /// on the block's lead line when the block has no lines.
    MalformedStatement {
        /// The section of the block.
        section: Section,
        /// The line as written.
        found: String,
    },
    /// A line of a block in brief that states what the section's prose
    /// (or the title, or the breadcrumb) already gives: the writer leaves
    /// such a line out, so the page would not be written back as it is.
    RedundantStatement {
        /// The section of the block.
        section: Section,
        /// The line as written.
        found: String,
    },
    /// The text ends its lines with CR alone (the old Mac convention), so
    /// that it would read as one line.
    CarriageReturns,
    /// A line of the page's structure (title, breadcrumb, heading, tag
    /// line) holds U+FFFD replacement characters: text that was not UTF-8
    /// decoded with losses, such as a Latin-1 file.
    ReplacementCharacters {
        /// The line as written.
        found: String,
    },
    /// The bytes given to [`page::parse_bytes`](crate::page::parse_bytes)
    /// are not UTF-8.
    NotUtf8 {
        /// The offset of the first byte that is not UTF-8.
        byte: usize,
    },
}

/// The kinds of page problem and their stable codes, in one table:
/// `Variant = "code"`, first those that
/// [`page::parse_lenient`](crate::page::parse_lenient) can read past (a
/// [`Warning`](crate::page::Warning) carries them), then those it refuses.
macro_rules! page_problem_codes {
    (
        read_past: { $($past:ident = $past_code:literal,)+ }
        refused: { $($refused:ident = $refused_code:literal,)+ }
    ) => {
        impl PageProblem {
            /// Every kind of problem, as [`PageProblem::kind`] names it.
            pub const KINDS: &'static [&'static str] = &[$($past_code,)+ $($refused_code,)+];

            /// The kinds that a lenient reading reads past, as warnings.
            pub(crate) const READ_PAST: &'static [&'static str] = &[$($past_code,)+];

            /// A stable kebab-case name of the kind of problem, e.g.
            /// `unknown-value`.
            pub fn kind(&self) -> &'static str {
                match self {
                    $(PageProblem::$past { .. } => $past_code,)+
                    $(PageProblem::$refused { .. } => $refused_code,)+
                }
            }
        }
    };
}

page_problem_codes! {
    read_past: {
        UnknownValue = "unknown-value",
        UnknownArea = "unknown-area",
        MisspelledHeading = "misspelled-heading",
        TagLineOutsideTags = "tag-line-outside-tags",
        PriorityOffScale = "priority-off-scale",
        MalformedPriority = "malformed-priority",
    }
    refused: {
        Empty = "empty",
        MissingTitle = "missing-title",
        MissingBreadcrumb = "missing-breadcrumb",
        Expected = "expected",
        UnknownFacet = "unknown-facet",
        EmptyFacet = "empty-facet",
        DuplicateFacet = "duplicate-facet",
        SectionOutOfPlace = "section-out-of-place",
        DuplicateSection = "duplicate-section",
        TooManyPriorities = "too-many-priorities",
        MalformedStatement = "malformed-statement",
        RedundantStatement = "redundant-statement",
        CarriageReturns = "carriage-returns",
        ReplacementCharacters = "replacement-characters",
        NotUtf8 = "not-utf8",
    }
}

impl PageProblem {
    /// The problem in `language`; Swedish labels of the guide are quoted,
    /// in English with their translation.
    ///
    /// ```
    /// use insats::{Facet, Language, PageProblem};
    ///
    /// let problem = PageProblem::EmptyFacet { facet: Facet::Provider };
    /// assert_eq!(
    ///     problem.describe(Language::English),
    ///     r#"the facet "Utförare" (provider) has no value; give values after the colon or drop the line"#
    /// );
    /// assert_eq!(
    ///     problem.describe(Language::Swedish),
    ///     r#"facetten "Utförare" saknar värden; skriv värden efter kolonet eller ta bort raden"#
    /// );
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let l = language;
        let found = |text: &str| found(l, text);
        let facet = |f: Facet| label(l, f.label_sv(), f.label_en());
        let section = |s: Section| label(l, s.heading(), s.heading_en());
        let suggest = |s: Option<&str>| suggestion(l, s.map(|s| format!("{s:?}")));
        match self {
            PageProblem::Empty => Term::PageEmpty.fill(l, &[]),
            PageProblem::MissingTitle { found: text } => {
                Term::PageMissingTitle.fill(l, &[("found", &found(text))])
            }
            PageProblem::MissingBreadcrumb { found: text } => Term::PageMissingBreadcrumb.fill(
                l,
                &[
                    (
                        "section",
                        &label(l, TREATMENT_AND_SUPPORT, Term::LineTreatmentAndSupport.en()),
                    ),
                    ("found", &found(text)),
                ],
            ),
            PageProblem::UnknownArea { area, suggestion } => {
                let example = Condition::SubstanceUseAndDependence;
                Term::PageUnknownArea.fill(
                    l,
                    &[
                        ("area", &format_args!("{area:?}")),
                        ("condition", &label(l, Condition::NAME_SV, Condition::NAME_EN)),
                        ("example", &label(l, example.label_sv(), example.label_en())),
                        ("suggestion", &suggest(*suggestion)),
                    ],
                )
            }
            PageProblem::Expected { expected, found: text } => Term::PageExpected
                .fill(l, &[("expected", &expected.describe(l)), ("found", &found(text))]),
            PageProblem::UnknownFacet { facet: name, suggestion } => {
                let suggestion = self::suggestion(l, suggestion.map(facet));
                Term::PageUnknownFacet.fill(
                    l,
                    &[
                        ("facet", &format_args!("{name:?}")),
                        ("tags", &section(Section::Tags)),
                        ("suggestion", &suggestion),
                        ("example", &facet(Facet::Provider)),
                    ],
                )
            }
            PageProblem::UnknownValue { facet: f, value, suggestion } => Term::PageUnknownValue
                .fill(
                    l,
                    &[
                        ("value", &format_args!("{value:?}")),
                        ("facet", &facet(*f)),
                        ("suggestion", &suggest(*suggestion)),
                    ],
                ),
            PageProblem::EmptyFacet { facet: f } => {
                Term::PageEmptyFacet.fill(l, &[("facet", &facet(*f))])
            }
            PageProblem::DuplicateFacet { facet: f, first_line } => Term::PageDuplicateFacet
                .fill(l, &[("facet", &facet(*f)), ("first_line", first_line)]),
            PageProblem::SectionOutOfPlace { section: s, after } => Term::PageSectionOutOfPlace
                .fill(l, &[("section", &section(*s)), ("after", &section(*after))]),
            PageProblem::DuplicateSection { section: s, first_line } => Term::PageDuplicateSection
                .fill(l, &[("section", &section(*s)), ("first_line", first_line)]),
            PageProblem::MisspelledHeading { found: text, section: s, heading } => {
                Term::PageMisspelledHeading.fill(
                    l,
                    &[
                        ("found", &format_args!("{text:?}")),
                        ("heading", &label(l, heading, s.heading_en())),
                    ],
                )
            }
            PageProblem::TagLineOutsideTags { facet: f, section: s, .. } => {
                Term::PageTagLineOutsideTags.fill(
                    l,
                    &[
                        ("facet", &facet(*f)),
                        ("place", &place(l, *s)),
                        ("tags", &section(Section::Tags)),
                    ],
                )
            }
            PageProblem::PriorityOffScale { marker } => Term::PagePriorityOffScale.fill(
                l,
                &[
                    ("marker", &format_args!("{marker:?}")),
                    ("fou", &Term::PriorityResearchOnly.text(l)),
                    ("dont", &Term::PriorityDontDo.text(l)),
                ],
            ),
            PageProblem::MalformedPriority { marker } => Term::PageMalformedPriority
                .fill(l, &[("marker", &format_args!("{marker:?}")), ("rank", &PRIORITY_FORM)]),
            PageProblem::TooManyPriorities { max } => Term::PageTooManyPriorities
                .fill(l, &[("knowledge", &section(Section::Knowledge)), ("max", &grouped(*max))]),
            PageProblem::MalformedStatement { section: s, found: text } => {
                Term::PageMalformedStatement
                    .fill(l, &[("found", &format_args!("{text:?}")), ("section", &section(*s))])
            }
            PageProblem::RedundantStatement { section: s, found: text } => {
                Term::PageRedundantStatement
                    .fill(l, &[("found", &format_args!("{text:?}")), ("section", &section(*s))])
            }
            PageProblem::CarriageReturns => Term::PageCarriageReturns.fill(l, &[]),
            PageProblem::ReplacementCharacters { found: text } => {
                Term::PageReplacementCharacters.fill(l, &[("found", &format_args!("{text:?}"))])
            }
            PageProblem::NotUtf8 { byte } => Term::PageNotUtf8.fill(l, &[("byte", byte)]),
        }
    }
}

/// The form of a priority marker, as a message quotes it.
const PRIORITY_FORM: &str = "\"(prioritet N)\"";

/// A count as the guide writes it, in groups of three digits: `65 535`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}
