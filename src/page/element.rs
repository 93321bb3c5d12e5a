//! The elements of a page that [`PageProblem::Expected`] names.
//!
//! [`PageProblem::Expected`]: crate::PageProblem::Expected

use crate::model::{Breadcrumb, Section};
use crate::terms::{Language, Term};

/// An element the page format requires at some place, named by
/// [`PageProblem::Expected`](crate::PageProblem::Expected).
///
/// # Examples
///
/// ```
/// use insats::page::PageElement;
/// use insats::Language;
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
        let label = |sv: &str, en: &str| super::wording::label(language, sv, en);
        match self {
            PageElement::Title => Term::PageElementTitle.fill(language, &[]),
            PageElement::AreaAfterHome => Term::PageElementAreaAfterHome.fill(
                language,
                &[("home", &label(Breadcrumb::HOME_PREFIX.trim_end(), "go to the main page:"))],
            ),
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
