//! What a page of the guide holds as text: its breadcrumb lines and its
//! sections, declared once in [`section_table!`].

use crate::vocab::Condition;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The breadcrumb lines at the head of a page, kept as written so that a
/// rendered page reproduces them.
///
/// Editions of the site differ: the older one starts with
/// `Gå till huvudsidan: Missbruk och beroende`, the newer one leaves that
/// line out and names the area `Skadligt bruk/missbruk och beroende`.
///
/// # Examples
///
/// ```
/// use insats::Breadcrumb;
///
/// let crumb = Breadcrumb::new(None, "Skadligt bruk/missbruk och beroende", "Behandling och stöd");
/// assert_eq!(crumb.home(), None);
/// assert_eq!(crumb.section(), Breadcrumb::TREATMENT_AND_SUPPORT);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breadcrumb {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    home: Option<String>,
    area: String,
    section: String,
}

impl Breadcrumb {
    /// The heading of the guide's section for interventions.
    pub const TREATMENT_AND_SUPPORT: &'static str = "Behandling och stöd";

    /// The start of the older edition's first breadcrumb line, before the
    /// area it leads home to.
    pub const HOME_PREFIX: &'static str = "Gå till huvudsidan: ";

    /// A breadcrumb: the text after `Gå till huvudsidan: ` (if the line is
    /// there), the area line, and the section line.
    pub fn new(home: Option<String>, area: impl Into<String>, section: impl Into<String>) -> Self {
        Breadcrumb { home, area: area.into(), section: section.into() }
    }

    /// The text after `Gå till huvudsidan: `, if the page has that line.
    pub fn home(&self) -> Option<&str> {
        self.home.as_deref()
    }

    /// The area line as written, e.g. `Missbruk och beroende`.
    pub fn area(&self) -> &str {
        &self.area
    }

    /// The section line, `Behandling och stöd`.
    pub fn section(&self) -> &str {
        &self.section
    }
}

impl Default for Breadcrumb {
    fn default() -> Self {
        let area = Condition::SubstanceUseAndDependence.label_sv();
        Breadcrumb {
            home: Some(area.to_owned()),
            area: area.to_owned(),
            section: Self::TREATMENT_AND_SUPPORT.to_owned(),
        }
    }
}

/// Calls `$callback!` with the table of a page's headings, in page order:
/// `Variant { field | none, heading, en }`. `Märkning` comes last and holds
/// the tags, not prose.
macro_rules! section_table {
    ($callback:ident) => {
        $callback! {
            /// `Målgrupp eller situation`: who the intervention is for.
            TargetGroup { field: target_group, heading: "Målgrupp eller situation", en: "Target group or situation" },
            /// `Kunskapsläge`: the state of knowledge and the NR recommendation.
            Knowledge { field: knowledge, heading: "Kunskapsläge", en: "State of knowledge" },
            /// `Kompetenskrav`: the competence the practitioner needs.
            Competence { field: competence, heading: "Kompetenskrav", en: "Competence required" },
            /// `Sammanfattning`: a summary.
            Summary { field: summary, heading: "Sammanfattning", en: "Summary" },
            /// `Genomförande`: how it is carried out.
            Implementation { field: implementation, heading: "Genomförande", en: "Implementation" },
            /// `Märkning`: the tags, one line per facet.
            Tags { field: none, heading: "Märkning", en: "Tags" },
        }
    };
}

macro_rules! declare_sections {
    ($(
        $(#[$doc:meta])*
        $variant:ident { field: $field:ident, heading: $sv:literal, en: $en:literal }
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

            /// The heading as the guide writes it.
            pub const fn heading(self) -> &'static str {
                match self { $(Section::$variant => $sv,)+ }
            }

            /// The heading in English.
            pub const fn heading_en(self) -> &'static str {
                match self { $(Section::$variant => $en,)+ }
            }
        }
    };
}

section_table!(declare_sections);

impl Section {
    /// The heading a line is, exactly as the guide writes it.
    pub fn from_heading(line: &str) -> Option<Section> {
        Section::ALL.iter().copied().find(|s| s.heading() == line)
    }

    /// Whether the section holds prose (every heading but `Märkning`).
    pub const fn is_prose(self) -> bool {
        !matches!(self, Section::Tags)
    }
}

impl fmt::Display for Section {
    /// The heading as the guide writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.heading())
    }
}

/// The prose sections of a page, each as written (paragraphs separated by
/// a blank line). An empty text means the page has no such section.
///
/// # Examples
///
/// ```
/// use insats::{Section, Sections};
///
/// let mut sections = Sections::default();
/// sections.knowledge = "Riktlinjerna anger prioritet 4.".to_owned();
/// assert_eq!(sections.text(Section::Knowledge), "Riktlinjerna anger prioritet 4.");
/// assert_eq!(sections.iter().filter(|(_, text)| !text.is_empty()).count(), 1);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    /// `Målgrupp eller situation`: who the intervention is for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_group: String,
    /// `Kunskapsläge`: the state of knowledge and the NR recommendation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub knowledge: String,
    /// `Kompetenskrav`: the competence the practitioner needs.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub competence: String,
    /// `Sammanfattning`: a summary.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// `Genomförande`: how it is carried out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub implementation: String,
}

macro_rules! section_access {
    ($(
        $(#[$doc:meta])*
        $variant:ident { field: $field:ident, heading: $sv:literal, en: $en:literal }
    ),+ $(,)?) => {
        impl Sections {
            /// The text of `section`; empty for `Märkning`, which holds tags.
            pub fn text(&self, section: Section) -> &str {
                match section {
                    $(Section::$variant => section_access!(@get self $field),)+
                }
            }

            /// The text of a prose `section`, to write; `None` for
            /// `Märkning`.
            pub fn text_mut(&mut self, section: Section) -> Option<&mut String> {
                match section {
                    $(Section::$variant => section_access!(@get_mut self $field),)+
                }
            }
        }
    };
    (@get $self:ident none) => { "" };
    (@get $self:ident $field:ident) => { &$self.$field };
    (@get_mut $self:ident none) => { None };
    (@get_mut $self:ident $field:ident) => { Some(&mut $self.$field) };
}

section_table!(section_access);

impl Sections {
    /// The prose sections and their texts, in page order (empty texts
    /// included).
    pub fn iter(&self) -> impl Iterator<Item = (Section, &str)> {
        Section::ALL.iter().filter(|s| s.is_prose()).map(move |&s| (s, self.text(s)))
    }
}
