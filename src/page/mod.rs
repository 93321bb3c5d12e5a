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
//! A heading may have another wording that pages of the guide use
//! ([`Section::headings`](crate::Section::headings): some pages of the
//! successor site write `Målgrupp och situation`); the entry keeps the
//! wording its page used.
//!
//! An entry that no page of the guide carries (its facts come from the
//! national guidelines' own pages only) names no section of the guide: on
//! its page the title follows the area directly, without the section
//! line.
//!
//! [`parse`] reads the layout into an [`Intervention`] and reads the facts
//! stated in the prose (NR priorities, add-on, manual, schedule, phases,
//! youth versions, assessment areas) and in the blocks in brief (below);
//! [`render`] writes the page back, so that `render(&parse(page)?)` is the
//! page again, and writes every fact of an entry that a page can state, so
//! that `parse(&render(&e))` is `e` but for what [`render_checked`] names.
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
//!   `(Prioritet N)` with a capital first letter reads the same. A population named
//!   before a marker holds for the later markers of the sentence
//!   (`ungdomar … (prioritet 3) eller cannabis (prioritet 4)`: both for
//!   young people). A line that leads in a list of bullets (it ends in
//!   `:`, or does not end a sentence, as on the successor site: `… anger
//!   att återfallsprevention bör erbjudas` over `• vid … (prioritet 2)`)
//!   gives its substances, population and add-on to the bullets that do
//!   not name their own. `hög prioritet` has no number and gives none, nor
//!   does a number off the scale (see below);
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
//! # Facts stated in brief
//!
//! A prose section may end in a block that states facts of the entry in so
//! many words: a line of its own that opens the block, then one bullet
//! line per fact, to the end of the section. The reader reads the block
//! as facts, not as the section's text, and each fact it states replaces
//! the one the prose (or the title, or the breadcrumb) gives. The writer
//! writes a block for the facts of an entry that its prose does not state
//! in a form the readers above read (most of the built-in entries' prose
//! is the project's own summary, and the facts come from the fact sheet),
//! and only for those: a page read from the guide is written back as it
//! was. A block reads like this, in the section the facts belong to:
//!
//! ```text
//! Kunskapsläge
//!
//! Riktlinjerna anger att hälso- och sjukvården och socialtjänsten bör erbjuda CRA vid alkohol (prioritet 2) …
//!
//! Rekommendationerna i korthet:
//!
//!   • Hälso- och sjukvården och socialtjänsten bör erbjuda insatsen (prioritet 2). Tillståndet enligt källan: ”missbruk eller beroende av alkohol”. Substanser: alkohol. Bruksmönster: missbruk och beroende.
//!   • …
//! ```
//!
//! The blocks and their lines, in the order they are written (a line is
//! written when its fact is not what the prose gives; every value in the
//! exact words below, lists as `a, b och c` in the vocabulary's order,
//! free texts in `”…”`):
//!
//! - `Målgrupp eller situation`, `Målgruppen i korthet:` — the target
//!   group ([`Target`](crate::Target)), all of it when it is stated:
//!   `Substanser: alkohol och narkotika` (or `ingen namngiven`), then as
//!   far as they are stated `Gäller: <population>` (as below), `Ålder:
//!   <ages>` (`under 18 år`, `vuxna`, `13–21 år`, `från 20 år, om det inte
//!   finns särskilda skäl`), `Yngsta ålder enligt källan: 12 år`, `Normalt
//!   lägsta ålder: 20 år`, `Bruksmönster: missbruk och beroende`,
//!   `Huvudman: Hälso- och sjukvården`, `Rekommendation: bör erbjudas`
//!   (`kan erbjudas`, `kan i undantagsfall erbjudas`); and `Tillägg till
//!   annan behandling: ja` (or `nej`);
//! - `Kunskapsläge`, `Rekommendationerna i korthet:` — every
//!   recommendation, one line each, in order (or the one line `Inga
//!   rader i riktlinjerna anges.`): who offers it and how (`Hälso- och
//!   sjukvården bör erbjuda insatsen`, `Insatsen kan erbjudas` when no
//!   principal is stated, `Riktlinjerna tar upp insatsen, med
//!   socialtjänsten som huvudman` or `Riktlinjerna tar upp insatsen`
//!   when no verb is), ` som tillägg till annan behandling` for an add-on,
//!   the marker `(prioritet N)` (`FoU`, `Icke-göra`; `(utan prioritet i
//!   text)` for a row whose number no text states), then the sentences
//!   `Tillståndet enligt källan: ”…”.`, `Substanser: ….` (always),
//!   `Bruksmönster: ….`, `Gäller: ….`, `Ålder: ….`, `Yngsta ålder enligt
//!   källan: N år.`, `Utgåva av riktlinjerna: 2017.`, `Ingen fastställd
//!   effekt enligt källan.`, `Närmaste angivna prioritet: 1 för ”…”
//!   enligt ”…”.`, and for each other source `Annan källa, ”…”, anger
//!   prioritet 4.` or `Annan källa, ”…”, anger hälso- och sjukvården och
//!   socialtjänsten som huvudman.`;
//! - `Kompetenskrav`, `Kompetenskravet i korthet:` — `Krav: Legitimerad
//!   läkare` (a [`CompetenceRequirement`](crate::CompetenceRequirement)
//!   by its label; the section's prose is the page's words for it, so the
//!   [`Competence`](crate::Competence) read has no other text);
//! - `Sammanfattning`, `Insatsen i korthet:` — `Förkortning: ”KBT”` (or
//!   `ingen`, where the title ends in a parenthesis that is none), `Typ av
//!   åtgärd: behandling` (a [`Kind`](crate::Kind) in lower case, or `ej
//!   angiven`), `Manualbaserad: ja` (or `nej`), `Kan möta behov av:
//!   bostad och hemlöshet`, `Ungdomsversioner nämns för: ”CRA” och
//!   ”MET”`, `Kartläggningen omfattar: familjesituation` (the last three
//!   `inga` for none), and the links to other entries: `Ungdomsversion:
//!   ”<title>”`, `Ungdomsversion av: ”<title>”`, `Omfattar insatserna:
//!   ”<title>”, ”<title>” och ”<title>”`, each read as the id of the page
//!   with that title (its slug). A catalog's pages
//!   ([`Catalog::to_pages`](crate::Catalog::to_pages)) give the linked
//!   entries' titles; a page written alone, which knows no other entry,
//!   gives their ids, each its own slug;
//! - `Genomförande`, `Upplägget i korthet:` — `Upplägg: 24 veckor, 2
//!   sessioner per vecka` (a [`Schedule`](crate::Schedule) as it
//!   displays, or `inget angivet`), then `Fas 1: ”<name>”, ”<aims>”` for
//!   each phase in order (or `Faser: inga`).
//!
//! A population reads `ungdomar under 18 år`, `vuxna`, `personer i
//! läkemedelsassisterad behandling (LARO)`, `anhöriga`, `personer med
//! behov: <need>`, `personer som bor med en partner`, `personer i
//! alkoholabstinens`, `personer i alkoholabstinens med förhöjd risk för
//! abstinensepilepsi eller delirium tremens`, `personer med samtidig svår
//! psykisk sjukdom`, `personer med delirium tremens` or `personer i
//! situationen: <situation>` (a need or situation by its label in lower
//! case).
//!
//! A block is read in the writer's form only: each line as the writer
//! writes it, in the writer's order, each fact once, and none that the
//! prose gives already (which the writer would leave out). Anything else is
//! an error on its line ([`PageProblem::MalformedStatement`],
//! [`PageProblem::RedundantStatement`]), also in lenient reading: a
//! block is the page's word on its facts, and a misread one would change
//! them. So is the components' line of a page that states an add-on (an
//! umbrella is never an add-on). The builder refuses a section whose prose
//! holds the line that opens its block.
//!
//! [`PageProblem::MalformedStatement`]: crate::PageProblem::MalformedStatement
//! [`PageProblem::RedundantStatement`]: crate::PageProblem::RedundantStatement
//!
//! # Strict means nothing is dropped
//!
//! [`parse`] refuses a page where reading on would lose or misread
//! something without a word, with the line and, for a near miss, what was
//! probably meant:
//!
//! - a line that is not a heading but one edit away from one (a letter
//!   added, dropped or changed) or differs from one in letter case only:
//!   `Markning`, `Kunskapslage`, `kunskapsläge`, `Kompetenskrav:`. Read as
//!   prose it would put its section into the one before (a misspelled
//!   `Märkning` would leave the entry without tags, matching everyone);
//! - a tag line outside `Märkning`: a bullet `  • Facet: value, value`
//!   before the first heading or under a prose heading, whose facet is one
//!   of the guide's and whose values are all in that facet's vocabulary. A
//!   bullet of prose that starts like one (`  • Utförare: samtal med
//!   individen`) is prose, as on the guide's pages;
//! - a priority marker in `Kunskapsläge` whose number is off the scale
//!   1–10, of any length (`(prioritet 12)`, `(prioritet 0)`,
//!   `(prioritet 100000000000000000000000000)`), or that is not one number
//!   in the guide's form: a range (`(prioritet 2–3)`), two numbers
//!   (`(prioritet 3 och 4)`), capitals (`(PRIORITET 3)`), no space
//!   (`(prioritet3)`). Each gives no recommendation;
//! - more priority markers than an entry holds (65 535), on the line of
//!   the first one too many (also [`parse_lenient`]);
//! - a facet value not in its vocabulary, a facet the guide does not have,
//!   an area that is not a `Tillstånd`; the error suggests the label one or
//!   two edits away, if there is one (`Mariamotagning`: did you mean
//!   `Mariamottagning`?);
//! - text that is not what it seems: line ends of CR alone (the old Mac
//!   convention, which would read as one line), and U+FFFD replacement
//!   characters in a line of the page's structure (title, breadcrumb,
//!   heading, tag line), which a file that was not UTF-8 gets when it is
//!   decoded with losses. [`parse_bytes`] reads bytes and refuses what is
//!   not UTF-8.
//!
//! [`parse_lenient`] reads past the near misses it can settle, with a
//! [`Warning`] each (see there for what it does with each); the other
//! problems stay errors.
//!
//! Near misses that are left as they are, since they cannot be told from
//! prose: a line two or more edits from a heading, or a heading with
//! other words (`Målgrupp`, `Kunskapsläget i korthet`), is prose; a bullet
//! of another mark (`- Utförare: …`) is prose; a marker whose value is not
//! a number and holds no digit (`(prioritet hög)`) and the words `hög
//! prioritet` give no priority and are prose.
//!
//! # Errors
//!
//! Every error is [`ErrorKind::Page`](crate::ErrorKind::Page) with the 1-based line and a
//! [`PageProblem`](crate::PageProblem) that says what is wrong, in
//! English (`Display`) or Swedish ([`PageProblem::describe`]). A message
//! quotes at most 60 characters of the page as it writes them, escaped (a
//! character written `\u{10fffd}` counts ten), cut on a character boundary
//! with `…`; every message, and every [`Warning`], is at most 300
//! characters in either language, also through
//! [`Catalog::from_pages`](crate::Catalog::from_pages).
//!
//! [`PageProblem::describe`]: crate::PageProblem::describe
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

use crate::error::Error;
use crate::model::Intervention;

mod facts;
mod left_out;
mod parse;
mod prose;
mod render;
pub(crate) mod statements;
mod tags;
mod warning;
mod words;

pub use left_out::{EntryFact, LeftOut, RecommendationFact};
pub use warning::Warning;

/// How a tag line starts.
const BULLET: &str = "  • ";

/// Reads one page of the guide into an [`Intervention`].
///
/// Strict: nothing on the page is dropped or misread without an error
/// (see the [module docs](self); [`parse_lenient`] reads past the near
/// misses it can settle). The text may end with or without a line break,
/// may use `\r\n`, and may start with a byte order mark.
///
/// # Errors
///
/// [`ErrorKind::Page`](crate::ErrorKind::Page) with the 1-based line and what is wrong: an empty text,
/// no title, a missing breadcrumb, an area that is not a `Tillstånd`, a
/// second lede line, a section heading out of order or given twice, a line
/// one edit from a heading, a tag line outside `Märkning`, a line under
/// `Märkning` that is not a tag line, an unknown facet, a facet given
/// twice or without values, an unknown value, a priority off the scale or
/// not one number in the guide's form, more priorities than an entry
/// holds, a line of a block in brief that is not in the writer's form or
/// that states what the prose states already, line ends of CR alone,
/// U+FFFD in a line of the page's structure.
///
/// # Examples
///
/// ```
/// use insats::{page, ErrorKind, Facet, PageProblem};
///
/// let text = "Exempelinsats\n\nMissbruk och beroende\n\nBehandling och stöd\n\n\
///             Exempelinsats\n\nMärkning\n\n  • Utförare: Mariamotagning";
/// let err = page::parse(text).unwrap_err();
/// assert!(matches!(
///     err.kind(),
///     ErrorKind::Page {
///         line: 11,
///         problem: PageProblem::UnknownValue {
///             facet: Facet::Provider,
///             suggestion: Some("Mariamottagning"),
///             ..
///         }
///     }
/// ));
/// ```
pub fn parse(text: &str) -> Result<Intervention, Error> {
    parse::parse(text, false).map(|(entry, _)| entry)
}

/// Reads one page from bytes, which must be UTF-8, like [`parse`].
///
/// # Errors
///
/// [`PageProblem::NotUtf8`](crate::error::PageProblem::NotUtf8) on the line of
/// the first byte that is not UTF-8 (a Latin-1 file, say), and the errors
/// of [`parse`].
///
/// # Examples
///
/// ```
/// use insats::{page, Error, PageProblem};
///
/// let latin1 = b"Exempel\n\nMissbruk och beroende\n\nBehandling och st\xf6d";
/// let err = page::parse_bytes(latin1).unwrap_err();
/// assert!(matches!(err.kind(), insats::ErrorKind::Page { line: 5, problem: PageProblem::NotUtf8 { byte: 49 } }));
/// assert_eq!(
///     err.to_string(),
///     "line 5: the text is not UTF-8 (an invalid byte at offset 49); convert the file to UTF-8"
/// );
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Intervention, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(err) => {
            let byte = err.valid_up_to();
            let before = bytes.get(..byte).unwrap_or_default();
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            Err(Error::page(line, crate::error::PageProblem::NotUtf8 { byte }))
        }
    }
}

/// Reads one page like [`parse`], but reads past what a reader can settle,
/// returning each as a [`Warning`] with its line (so that, say, a value new
/// on the live site does not stop an import): a facet value not in a
/// vocabulary yet, an area that is not a known `Tillstånd`, a line one
/// edit from a heading, a tag line outside `Märkning`, a priority off the
/// scale or not one number in the guide's form. [`Warning`] says what the
/// reader does with each.
///
/// A skipped value is left out of the entry's tags, so rendering the entry
/// writes the page without it; a facet whose every value is skipped is not
/// written. A misspelled heading is written in its right wording, and a
/// tag line read from the prose is written under `Märkning`.
///
/// # Errors
///
/// The errors of [`parse`] but those it reads past.
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
///            (11, Some(Facet::Provider), "Hjärtkirurgi"));
/// assert_eq!(warnings[0].to_string(),
///            r#"line 11: unknown value "Hjärtkirurgi" in the facet "Utförare" (provider); skipped"#);
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
/// on the guide's pages. Every fact of the entry that its prose, title and
/// breadcrumb do not give, and that a page can state, is written in a
/// block in brief at the end of its section (see the module docs), the
/// links to other entries by their ids; what a page cannot carry
/// (sources, notes, a custom id, the source's words for the
/// Kompetenskrav) is not written, and [`render_checked`] names it.
///
/// What the builder accepts reads back: for every entry `e` it built,
/// `parse_lenient(&render(&e))` gives `e` back (and the facts its prose
/// states, which for an entry read from a page are its own), and so does
/// [`parse`], unless the page holds what only the strict reader refuses
/// (an area that is not a `Tillstånd`, a priority off the scale). The
/// builder refuses, naming the field, the texts a page cannot hold: a
/// name or breadcrumb line that is not one trimmed line or that reads as
/// another element, a lede that is not one line or reads as a heading or
/// a tag line, a section whose first or last line is blank or that holds
/// a heading, a near miss of one, a tag line or a line that opens a block
/// in brief, a carriage return.
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
    render::render(entry, &|_| None)
}

/// Writes an entry as a page, like [`render`], and names each fact of the
/// entry that the page does not carry: the facts in which the entry read
/// back from the page ([`parse_lenient`]) differs from `entry`, in the
/// order of the entry's fields. An empty list means that the page gives
/// the entry back exactly.
///
/// See [`LeftOut`] for what no page carries (sources, notes, a custom id,
/// the source's words for the Kompetenskrav) and what is left out only
/// for its value.
///
/// # Examples
///
/// ```
/// use insats::page::{self, EntryFact, LeftOut};
/// use insats::{Intervention, NrPriority, Population, Principal, Recommendation, Substance, TagSet};
///
/// let entry = Intervention::builder("Exempelinsats")
///     .recommendation(
///         Recommendation::new(TagSet::only(Substance::Alcohol), Population::Anyone, NrPriority::rank(2)?)
///             .with_principal(Principal::SocialServices),
///     )
///     .source("https://example.org/exempelinsats")
///     .build()?;
/// let (text, left_out) = page::render_checked(&entry);
/// assert!(text.contains(
///     "Rekommendationerna i korthet:\n\n  • Riktlinjerna tar upp insatsen, med \
///      socialtjänsten som huvudman (prioritet 2). Substanser: alkohol."
/// ));
/// assert_eq!(left_out, [LeftOut::Entry(EntryFact::Source)]);
/// assert_eq!(page::parse(&text)?.recommendations(), entry.recommendations());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_checked(entry: &Intervention) -> (String, Vec<LeftOut>) {
    render_linked(entry, &|_| None)
}

/// [`render_checked`], with the links of `entry` stated by the titles
/// that `title_of` gives for their ids (see
/// [`Catalog::to_pages`](crate::Catalog::to_pages)).
pub(crate) fn render_linked(
    entry: &Intervention,
    title_of: &dyn Fn(&str) -> Option<String>,
) -> (String, Vec<LeftOut>) {
    let text = render::render(entry, title_of);
    let left_out = match parse::parse(&text, true) {
        Ok((back, _)) => left_out::compare(entry, &back),
        Err(_) => vec![LeftOut::NotReadBack],
    };
    (text, left_out)
}
