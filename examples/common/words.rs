//! The examples' own words, in Swedish and English: headings, column
//! names and labels of what they print. (The library's words, reasons and
//! errors, are the library's; these are the examples' layout.)

use insats::Language;
use std::fmt::{Display, Write as _};

/// Declares [`Word`] from its rows, as the library declares its terms.
macro_rules! words {
    ($( $(#[$doc:meta])* $word:ident = ($sv:literal, $en:literal), )+) => {
        /// A word of the examples' output.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(dead_code)] // each example uses some of them
        pub enum Word {
            $( $(#[$doc])* $word, )+
        }

        impl Word {
            /// Every word, in table order.
            #[allow(dead_code)] // read by the tests' language lint
            pub const ALL: &'static [Word] = &[$(Word::$word),+];

            /// The word in `language` (a template keeps its `{slots}`).
            pub const fn text(self, language: Language) -> &'static str {
                match (self, language) {
                    $( (Word::$word, Language::Swedish) => $sv,
                       (Word::$word, Language::English) => $en, )+
                }
            }
        }
    };
}

impl Word {
    /// The word in `language` with each `{name}` slot filled.
    #[allow(dead_code)] // each example uses some of them
    pub fn fill(self, language: Language, values: &[(&str, &dyn Display)]) -> String {
        let mut out = String::new();
        let mut rest = self.text(language);
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let name = &after[..close];
            match values.iter().find(|(slot, _)| *slot == name) {
                Some((_, value)) => {
                    let _ = write!(out, "{value}");
                }
                None => {
                    let _ = write!(out, "{{{name}}}");
                }
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

words! {
    /// An empty catalog.
    CatalogEmpty = ("Katalogen är tom.", "The catalog is empty."),
    /// The built-in catalog's title.
    CatalogTitle = ("Inbyggd katalog {version} ({count} insatser)", "Built-in catalog {version} ({count} entries)"),
    /// A table column: the abbreviation.
    ColumnAbbreviation = ("Förkortning", "Abbreviation"),
    /// A table column: an add-on.
    ColumnAddOn = ("Tillägg", "Add-on"),
    /// A table column: the age groups.
    ColumnAgeGroups = ("Åldersgrupper", "Age groups"),
    /// A table column: the best priority per substance.
    ColumnBestPriority = ("Bästa prioritet per substans", "Best priority per substance"),
    /// A table column: the intervention.
    ColumnIntervention = ("insats", "intervention"),
    /// A table column: the name.
    ColumnName = ("Namn", "Name"),
    /// A table column: the priority.
    ColumnPriority = ("NR-prioritet", "NR priority"),
    /// The add-ons.
    HeadingAddOns = ("Tillägg till annan behandling", "Add-ons to other treatment"),
    /// The assessment instruments and tests.
    HeadingAssessments = (
        "Kartläggning, utredning och tester",
        "Assessment instruments and tests"
    ),
    /// Conditional matches.
    HeadingConditional = (
        "Skulle gälla om profilen angav mer",
        "Would apply if the profile stated more"
    ),
    /// Matches whose rows are not rated for the person's age.
    HeadingNotRatedForAge = (
        "Inte bedömda för personens ålder (utan prioritet)",
        "Not rated for the person's age (no priority)"
    ),
    /// The package for the needs found.
    HeadingPackage = (
        "Paket för de behov som kartläggningen visat",
        "Package for the needs the assessment found"
    ),
    /// The recommended primary interventions.
    HeadingPrimary = ("Rekommenderas", "Recommended"),
    /// The pairs NR rates for a substance and a population.
    HeadingRatedFor = (
        "Vad riktlinjerna bedömer vid {substance} för {population}",
        "What the guidelines rate for {substance}, for {population}"
    ),
    /// The SIP draft.
    HeadingSip = (
        "Utkast till samordnad individuell plan (SIP): insatser per huvudman",
        "Draft of a coordinated individual plan (SIP): measures by principal"
    ),
    /// The catalog line.
    LabelCatalog = ("Katalog: version {version} ({count} insatser)", "Catalog: version {version} ({count} entries)"),
    /// The profile line's lead.
    LabelProfile = ("Profil", "Profile"),
    /// The condition a row is rated for.
    LabelRowCondition = ("raden gäller", "the row is for"),
    /// Where a match is cited from.
    LabelSource = ("källa", "source"),
    /// No number for the person.
    NoNumber = ("ingen siffra", "no number"),
    /// A facet an entry does not tag, in a table cell.
    NotTagged = ("ej angivet", "not tagged"),
    /// When nothing is recommended.
    NothingRecommended = (
        "Ingen insats rekommenderas; exemplet explain visar varför.",
        "Nothing is recommended; the explain example shows why."
    ),
    /// A need no recommended intervention serves.
    PackageUnmet = ("ingen rekommenderad insats tillgodoser behovet", "no recommended intervention serves it"),
    /// What a SIP holds beyond the draft.
    SipNote = (
        "En SIP anger också vilka insatser andra gör, vilken huvudman som har det övergripande ansvaret och att personen samtycker; det fyller handläggarna i.",
        "A SIP also states the measures others take, which principal has the overall responsibility, and the person's consent: those are the caseworkers' to add."
    ),
    /// A recommended add-on in `explain`.
    VerdictAddOn = ("TILLÄGG", "ADD-ON"),
    /// A conditional match in `explain`.
    VerdictConditional = ("VILLKORAD", "CONDITIONAL"),
    /// An excluded entry in `explain`.
    VerdictExcluded = ("utesluten", "excluded"),
    /// A recommended entry in `explain`.
    VerdictRecommended = ("REKOMMENDERAS", "RECOMMENDED"),
    /// Yes, in a table cell.
    Yes = ("ja", "yes"),
}
