//! The headings of a page of the guide, declared once in
//! [`section_table!`], and the fixed lines of its breadcrumb.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The heading of the guide's section for interventions, the breadcrumb's
/// last line on their pages.
pub(crate) const TREATMENT_AND_SUPPORT: &str = "Behandling och stöd";

/// The start of the older edition's first breadcrumb line, before the
/// area it leads home to.
pub(crate) const HOME_PREFIX: &str = "Gå till huvudsidan: ";

/// Calls `$callback!` with the table of a page's headings, in page order:
/// `Variant { field | none, heading, also: [other wordings], en }`.
/// `heading` is the wording of the seeds, and the one an entry gets by
/// default; `also` lists the other wordings real pages of the guide use
/// for the same section (each seen on a page of the successor site,
/// vardochinsats.se), which the reader accepts and the writer reproduces.
/// `Märkning` comes last and holds the tags, not prose.
macro_rules! section_table {
    ($callback:ident) => {
        $callback! {
            /// `Målgrupp eller situation`: who the intervention is for.
            /// Some pages write `Målgrupp och situation`.
            TargetGroup {
                field: target_group, heading: "Målgrupp eller situation",
                also: ["Målgrupp och situation"], en: "Target group or situation"
            },
            /// `Kunskapsläge`: the state of knowledge and the NR recommendation.
            Knowledge { field: knowledge, heading: "Kunskapsläge", also: [], en: "State of knowledge" },
            /// `Kompetenskrav`: the competence the practitioner needs.
            Competence { field: competence, heading: "Kompetenskrav", also: [], en: "Competence required" },
            /// `Sammanfattning`: a summary.
            Summary { field: summary, heading: "Sammanfattning", also: [], en: "Summary" },
            /// `Genomförande`: how it is carried out.
            Implementation { field: implementation, heading: "Genomförande", also: [], en: "Implementation" },
            /// `Märkning`: the tags, one line per facet.
            Tags { field: none, heading: "Märkning", also: [], en: "Tags" },
        }
    };
}

/// The field name of a section row, for [`Section::field`] (after
/// `path`: with `sections.` before it, for [`Section::path`]).
macro_rules! section_field {
    (path none) => {
        None
    };
    (path $field:ident) => {
        Some(concat!("sections.", stringify!($field)))
    };
    (none) => {
        None
    };
    ($field:ident) => {
        Some(stringify!($field))
    };
}

macro_rules! declare_sections {
    ($(
        $(#[$doc:meta])*
        $variant:ident {
            field: $field:ident, heading: $sv:literal, also: [$($also:literal),*], en: $en:literal
        }
    ),+ $(,)?) => {
        /// A heading of a page, in the order pages give them: five prose
        /// sections, then `Märkning`.
        ///
        /// # Examples
        ///
        /// ```
        /// use insats::Section;
        ///
        /// assert_eq!(Section::Knowledge.heading(), "Kunskapsläge");
        /// assert_eq!(Section::from_heading("Märkning"), Some(Section::Tags));
        /// assert_eq!(Section::from_heading("Målgrupp och situation"), Some(Section::TargetGroup));
        /// assert_eq!(Section::TargetGroup.headings().len(), 2);
        /// assert!(Section::TargetGroup < Section::Tags);
        /// assert_eq!(Section::ALL.len(), 6);
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        #[non_exhaustive]
        pub enum Section {
            $( $(#[$doc])* $variant, )+
        }

        impl Section {
            /// Every heading, in page order.
            pub const ALL: &'static [Section] = &[$(Section::$variant),+];

            /// The heading as the guide's seed pages write it, and as an
            /// entry writes it unless its page used another wording.
            pub const fn heading(self) -> &'static str {
                match self { $(Section::$variant => $sv,)+ }
            }

            /// Every wording of the heading that pages of the guide use,
            /// [`heading`](Section::heading) first.
            pub const fn headings(self) -> &'static [&'static str] {
                match self { $(Section::$variant => &[$sv $(, $also)*],)+ }
            }

            /// The heading in English.
            pub const fn heading_en(self) -> &'static str {
                match self { $(Section::$variant => $en,)+ }
            }

            /// The section's field in [`Sections`] and in the catalog's
            /// JSON (`target_group`), `None` for `Märkning`.
            pub(crate) const fn field(self) -> Option<&'static str> {
                match self { $(Section::$variant => section_field!($field),)+ }
            }

            /// The section's field in an entry, as an error names it
            /// (`sections.target_group`), `None` for `Märkning`.
            pub(crate) const fn path(self) -> Option<&'static str> {
                match self { $(Section::$variant => section_field!(path $field),)+ }
            }
        }
    };
}

section_table!(declare_sections);

impl Section {
    /// The section whose heading, in any of its wordings, a line is
    /// exactly.
    pub fn from_heading(line: &str) -> Option<Section> {
        Section::wording_of(line).map(|(section, _)| section)
    }

    /// The section a heading line is, and which of its wordings.
    pub(crate) fn wording_of(line: &str) -> Option<(Section, Wording)> {
        Section::ALL.iter().find_map(|&section| {
            let index = section.headings().iter().position(|h| *h == line)?;
            Some((section, Wording(u8::try_from(index).ok()?)))
        })
    }

    /// Whether the section holds prose (every heading but `Märkning`).
    pub const fn is_prose(self) -> bool {
        !matches!(self, Section::Tags)
    }

    /// Its place in [`Section::ALL`].
    pub(crate) const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Section {
    /// The heading as the guide writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.heading())
    }
}

/// Which wording of its heading a section uses: an index into
/// [`Section::headings`], 0 being the seeds' wording.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Wording(pub(crate) u8);

/// The line that opens the block of facts in brief at the end of
/// `section` (see the page format): the builder refuses it in the
/// section's prose, which the reader would take for a block.
pub(crate) const fn brief_lead(section: Section) -> Option<&'static str> {
    match section {
        Section::TargetGroup => Some("Målgruppen i korthet:"),
        Section::Knowledge => Some("Rekommendationerna i korthet:"),
        Section::Competence => Some("Kompetenskravet i korthet:"),
        Section::Summary => Some("Insatsen i korthet:"),
        Section::Implementation => Some("Upplägget i korthet:"),
        Section::Tags => None,
    }
}

pub(crate) use section_table;
