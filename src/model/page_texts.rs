//! The sections of a page of the guide, declared once in
//! [`section_table!`], and the texts an entry keeps of them.

use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::fmt;

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
    const fn index(self) -> usize {
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
pub(crate) struct Wording(u8);

/// The wording each section's heading had on the page, so that a rendered
/// page reproduces it; the default wording for every section unless set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
struct Wordings([Wording; Section::ALL.len()]);

impl Wordings {
    fn is_default(&self) -> bool {
        *self == Wordings::default()
    }

    fn get(&self, section: Section) -> Wording {
        self.0.get(section.index()).copied().unwrap_or_default()
    }
}

/// Written as an object from a section's field to its heading as the page
/// wrote it, holding only the sections whose wording is not the default:
/// `{"target_group": "Målgrupp och situation"}`.
impl Serialize for Wordings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for &section in Section::ALL {
            let Wording(index) = self.get(section);
            if index == 0 {
                continue;
            }
            if let (Some(field), Some(heading)) =
                (section.field(), section.headings().get(usize::from(index)))
            {
                map.serialize_entry(field, heading)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Wordings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let written = std::collections::BTreeMap::<String, String>::deserialize(deserializer)?;
        let mut wordings = Wordings::default();
        for (field, heading) in written {
            let Some(section) = Section::ALL.iter().copied().find(|s| s.field() == Some(&field))
            else {
                return Err(D::Error::custom(format_args!(
                    "unknown section {:?} in \"headings\"",
                    crate::terms::excerpt(&field)
                )));
            };
            let Some((found, wording)) =
                Section::wording_of(&heading).filter(|(s, _)| *s == section)
            else {
                return Err(D::Error::custom(format_args!(
                    "{:?} is not a heading of the section {field}; expected one of {:?}",
                    crate::terms::excerpt(&heading),
                    section.headings()
                )));
            };
            if let Some(slot) = wordings.0.get_mut(found.index()) {
                *slot = wording;
            }
        }
        Ok(wordings)
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
    /// The wording of each heading on the page, where it is not the
    /// default one; see [`Sections::heading`].
    #[serde(default, skip_serializing_if = "Wordings::is_default")]
    headings: Wordings,
}

macro_rules! section_access {
    ($(
        $(#[$doc:meta])*
        $variant:ident {
            field: $field:ident, heading: $sv:literal, also: [$($also:literal),*], en: $en:literal
        }
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

    /// The heading of `section` as the entry's page wrote it: one of
    /// [`Section::headings`], by default [`Section::heading`].
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Section, Sections};
    ///
    /// let mut sections = Sections::default();
    /// assert_eq!(sections.heading(Section::TargetGroup), "Målgrupp eller situation");
    /// sections.set_heading(Section::TargetGroup, "Målgrupp och situation")?;
    /// assert_eq!(sections.heading(Section::TargetGroup), "Målgrupp och situation");
    /// assert!(sections.set_heading(Section::Knowledge, "Kunskapslaget").is_err());
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn heading(&self, section: Section) -> &'static str {
        let Wording(index) = self.headings.get(section);
        section.headings().get(usize::from(index)).copied().unwrap_or(section.heading())
    }

    /// Sets the wording of the heading of `section`, one of
    /// [`Section::headings`].
    ///
    /// # Errors
    ///
    /// [`Error::Intervention`] naming the field `sections.headings` when
    /// `heading` is not a wording of that section's heading.
    pub fn set_heading(&mut self, section: Section, heading: &str) -> Result<(), Error> {
        match Section::wording_of(heading) {
            Some((found, wording)) if found == section => {
                self.set_wording(section, wording);
                Ok(())
            }
            _ => Err(Error::Intervention {
                field: "sections.headings",
                value: crate::terms::excerpt(heading),
                problem: crate::terms::Term::CheckNotAWording,
            }),
        }
    }

    /// Sets the wording of the heading of `section`.
    pub(crate) fn set_wording(&mut self, section: Section, wording: Wording) {
        if let Some(slot) = self.headings.0.get_mut(section.index()) {
            *slot = wording;
        }
    }
}
