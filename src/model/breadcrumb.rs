//! The breadcrumb lines at the head of a page of the guide.

use crate::format::headings::TREATMENT_AND_SUPPORT;
use crate::vocab::Condition;
use serde::{Deserialize, Serialize};

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
/// assert_eq!(crumb.section(), "Behandling och stöd");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breadcrumb {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    home: Option<String>,
    area: String,
    /// Empty for an entry that no page of the guide carries (its facts
    /// come from NR's own pages only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    section: String,
}

impl Breadcrumb {
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

    /// The section line, `Behandling och stöd`; empty when no page of the
    /// guide carries the entry.
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
            section: TREATMENT_AND_SUPPORT.to_owned(),
        }
    }
}
