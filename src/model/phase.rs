//! The ordered phases (faser) of an intervention.

use serde::{Deserialize, Serialize};

/// One phase of an intervention: its place in the order, a name, and what
/// it aims at.
///
/// # Examples
///
/// ```
/// use insats::Phase;
///
/// let first = Phase::new(1, "Inledande fas", "Identify supportive people.");
/// assert_eq!(first.ordinal(), 1);
/// assert_eq!(first.name(), "Inledande fas");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    ordinal: u8,
    name: String,
    aims: String,
}

impl Phase {
    /// A phase; `ordinal` counts from 1.
    pub fn new(ordinal: u8, name: impl Into<String>, aims: impl Into<String>) -> Phase {
        Phase { ordinal, name: name.into(), aims: aims.into() }
    }

    /// The phase's place in the order, from 1.
    pub fn ordinal(&self) -> u8 {
        self.ordinal
    }

    /// The phase's name, e.g. `Inledande fas`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the phase aims at: the guide's text for it.
    pub fn aims(&self) -> &str {
        &self.aims
    }
}
