//! The texts an entry keeps of its page's prose sections, and the wording
//! its page gave each heading.

use crate::error::{EntryProblem, Error, ErrorKind};
use crate::format::headings::{Section, Wording, section_table};
use serde::{Deserialize, Serialize};

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
    /// [`ErrorKind::Intervention`](crate::ErrorKind::Intervention) naming the field `sections.headings` when
    /// `heading` is not a wording of that section's heading.
    pub fn set_heading(&mut self, section: Section, heading: &str) -> Result<(), Error> {
        match Section::wording_of(heading) {
            Some((found, wording)) if found == section => {
                self.set_wording(section, wording);
                Ok(())
            }
            _ => Err(Error::from(ErrorKind::Intervention {
                field: "sections.headings",
                value: crate::terms::excerpt(heading),
                problem: EntryProblem::NotAWording,
            })),
        }
    }

    /// Sets the wording of the heading of `section`.
    pub(crate) fn set_wording(&mut self, section: Section, wording: Wording) {
        if let Some(slot) = self.headings.0.get_mut(section.index()) {
            *slot = wording;
        }
    }
}
