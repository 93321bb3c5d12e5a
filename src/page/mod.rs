//! Reading and writing pages of the guide in their text format.
//!
//! A page of *Missbruk och beroende > Behandling och stöd* reads, one
//! element per line with a blank line between elements:
//!
//! ```text
//! Nätverksterapi
//!
//! Gå till huvudsidan: Missbruk och beroende     (older edition only)
//!
//! Missbruk och beroende                         (the area: a Tillstånd)
//!
//! Behandling och stöd
//!
//! Nätverksterapi                                (the title again)
//!
//! Manualbaserad metod där …                     (the lede, optional)
//!
//! Målgrupp eller situation                      (the sections, each optional,
//!                                                in this order, paragraphs
//! …                                              kept verbatim)
//! Kunskapsläge / Kompetenskrav / Sammanfattning / Genomförande
//!
//! Märkning
//!
//!   • Utförare: Psykiatrisk öppenvård, Individ- och familjeomsorg
//!   • Yrkesroll: …
//! ```
//!
//! [`parse`] reads the layout into an [`Intervention`] and reads the facts
//! stated in the prose (NR priorities, add-on, manual, schedule, phases,
//! youth versions, assessment areas); [`render`] writes the page back, so
//! that `render(&parse(page)?)` is the page again.
//!
//! # Reading the prose
//!
//! The prose stays in the sections word for word; the facts are read from
//! it in the forms the guide uses:
//!
//! - a [`Recommendation`](crate::Recommendation) for every `(prioritet N)`
//!   in `Kunskapsläge` (several in bullets or in one sentence: `… av
//!   alkohol (prioritet 2) eller centralstimulantia (prioritet 3)`), with the
//!   substances and population named in the words that lead up to it
//!   (else the substances of `Målgrupp eller situation`, and anyone: a
//!   target group such as `… och deras anhöriga` does not narrow the
//!   pair), the `bör`/`kan` that offers it, and whether it is an add-on.
//!   `hög prioritet` has no number and gives none;
//! - the target group ([`Target`](crate::Target)): the substances (`alkohol`,
//!   `narkotika`, `cannabis`, `centralstimul…`, `opioid…`,
//!   `opioidanalget…`, `bensodiazepin…`) and population (`ungdomar` or
//!   `under 18`, `anhöriga`, `läkemedelsassisterad`/`LARO`) of `Målgrupp
//!   eller situation`;
//! - add-on: `som tillägg till …` or `komplement` in the target group,
//!   knowledge or summary, when every recommendation is an add-on too
//!   (`med tillägget att …` and `med tillägg av …` are other senses);
//! - manual-based: `manualbaserad`;
//! - the [`Schedule`](crate::Schedule) in `Genomförande` (else
//!   `Sammanfattning`): `under 24 veckor, med två sessioner varje vecka`,
//!   `fem samtalstillfällen`, `mellan 16 och 20 träffar samt några
//!   boostersessioner`, `6–8 veckor`, `8 till 12 sessioner`, `minst 18
//!   sessioner` (digits or the number words `en`/`ett` to `tio`), and
//!   individual sessions that `varvas` with network sessions;
//! - [`Phase`](crate::Phase)s: paragraphs of `Genomförande` about `den
//!   inledande fasen`, `den andra fasen`, `den tredje och sista fasen`, …
//!   in order (two or more);
//! - youth versions named (`Både CRA och MET finns i särskilda
//!   ungdomsversioner`) and the areas of a `kartläggning`
//!   ([`Need`](crate::Need)s).
//!
//! An entry's abbreviation is read from a title that ends in one, as in
//! `Community reinforcement approach (CRA)`.
//!
//! # Errors
//!
//! Every error is [`Error::Page`] with the 1-based line and a
//! [`PageProblem`](crate::PageProblem) that says what was expected.
//!
//! # Examples
//!
//! ```
//! use insats::{page, Provider, Severity};
//!
//! let text = "Exempelinsats\n\nMissbruk och beroende\n\nBehandling och stöd\n\n\
//!             Exempelinsats\n\nMärkning\n\n  • Utförare: Mariamottagning\n  \
//!             • Tillståndets svårighetsgrad: Lindrig, Svår";
//! let entry = page::parse(text)?;
//! assert_eq!(entry.id(), "exempelinsats");
//! assert!(entry.tags().providers().contains(Provider::MariaClinic));
//! assert_eq!(entry.tags().severities().len(), 2);
//! assert!(entry.breadcrumb().home().is_none());
//! assert_eq!(page::render(&entry), text);
//! # Ok::<(), insats::Error>(())
//! ```

use crate::vocab::Facet;
use crate::{Error, Intervention};
use std::fmt;

mod parse;
mod prose;
mod render;
mod words;

/// How a tag line starts.
const BULLET: &str = "  • ";

/// Reads one page of the guide into an [`Intervention`].
///
/// Strict: a facet value that is not in its vocabulary is an error (see
/// [`parse_lenient`] to read past it). The text may end with or without a
/// line break, may use `\r\n`, and may start with a byte order mark.
///
/// # Errors
///
/// [`Error::Page`] with the 1-based line and what was expected: an empty
/// text, no title, a missing breadcrumb, an area that is not a
/// `Tillstånd`, a second lede line, a section heading out of order or
/// given twice, a line under `Märkning` that is not a tag line, an unknown
/// facet, a facet given twice or without values, an unknown value.
///
/// # Examples
///
/// ```
/// use insats::{page, Error, Facet, PageProblem};
///
/// let text = "Exempelinsats\n\nMissbruk och beroende\n\nBehandling och stöd\n\n\
///             Exempelinsats\n\nMärkning\n\n  • Utförare: Hjärtkirurgi";
/// let err = page::parse(text).unwrap_err();
/// assert!(matches!(
///     err,
///     Error::Page { line: 11, problem: PageProblem::UnknownValue { facet: Facet::Provider, .. } }
/// ));
/// ```
pub fn parse(text: &str) -> Result<Intervention, Error> {
    parse::parse(text, false).map(|(entry, _)| entry)
}

/// Reads one page like [`parse`], but reads past facet values that are not
/// in a vocabulary yet (and an area that is not a known `Tillstånd`),
/// returning each as a [`Warning`] with its line, so that a value new on
/// the live site does not stop an import.
///
/// A skipped value is left out of the entry's tags, so rendering the entry
/// writes the page without it; a facet whose every value is skipped is not
/// written.
///
/// # Errors
///
/// The errors of [`parse`] except [`PageProblem::UnknownValue`] and
/// [`PageProblem::UnknownArea`](crate::PageProblem::UnknownArea).
///
/// [`PageProblem::UnknownValue`]: crate::PageProblem::UnknownValue
///
/// # Examples
///
/// ```
/// use insats::{page, Facet, Provider};
///
/// let text = "Exempelinsats\n\nMissbruk och beroende\n\nBehandling och stöd\n\n\
///             Exempelinsats\n\nMärkning\n\n  • Utförare: Mariamottagning, Hjärtkirurgi";
/// let (entry, warnings) = page::parse_lenient(text)?;
/// assert_eq!(entry.tags().providers().len(), 1);
/// assert_eq!(warnings.len(), 1);
/// assert_eq!((warnings[0].line(), warnings[0].facet(), warnings[0].value()),
///            (11, Facet::Provider, "Hjärtkirurgi"));
/// assert_eq!(warnings[0].to_string(),
///            r#"line 11: unknown value "Hjärtkirurgi" in facet Utförare, skipped"#);
/// # Ok::<(), insats::Error>(())
/// ```
pub fn parse_lenient(text: &str) -> Result<(Intervention, Vec<Warning>), Error> {
    parse::parse(text, true)
}

/// Writes an entry as a page of the guide: what [`parse`] reads.
///
/// The title, breadcrumb, lede and sections are written as the entry holds
/// them, then under `Märkning` each facet that is stated, in the page's
/// order (`Utförare`, `Yrkesroll`, `Typ av behandling/stöd`,
/// `Åldersgrupp`, `Tillståndets svårighetsgrad`, `Tillstånd`), values in
/// the vocabulary's order. There is no line break after the last line, as
/// on the guide's pages. Facts that a page states only in prose are not
/// written apart from the prose, and catalog data that pages do not
/// hold (links, sources, notes, a custom id) is not written at all.
///
/// # Examples
///
/// ```
/// use insats::{page, Intervention, Provider, TagSet, Tags};
///
/// let entry = Intervention::builder("Exempelinsats")
///     .tags(Tags::new().with_providers(TagSet::only(Provider::YouthClinic)))
///     .build()?;
/// let text = page::render(&entry);
/// assert!(text.ends_with("Märkning\n\n  • Utförare: Ungdomsmottagning"));
/// assert_eq!(page::parse(&text)?, entry);
/// # Ok::<(), insats::Error>(())
/// ```
pub fn render(entry: &Intervention) -> String {
    render::render(entry)
}

/// A facet value that [`parse_lenient`] read past: it is not in the
/// facet's vocabulary (yet). The area of the breadcrumb counts as the
/// facet `Tillstånd`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Warning {
    line: usize,
    facet: Facet,
    value: String,
}

impl Warning {
    /// The 1-based line of the value.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The facet; the area of the breadcrumb counts as `Tillstånd`.
    pub fn facet(&self) -> Facet {
        self.facet
    }

    /// The value as written on the page.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: unknown value {:?} in facet {}, skipped",
            self.line, self.value, self.facet
        )
    }
}
