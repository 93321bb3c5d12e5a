//! Scores of the screening instruments AUDIT and DUDIT, read into what the
//! sources state they indicate: an instrument's indication, never a
//! diagnosis, and no cut-off that no source states.

use crate::error::{Error, ErrorKind};
use crate::terms::Term;
use crate::vocab::{Substance, vocabulary};
use serde::{Deserialize, Serialize};

vocabulary! {
    /// The sex an instrument's cut-offs are stated for.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Sex;
    ///
    /// assert_eq!("kvinna".parse::<Sex>()?, Sex::Female);
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Sex: "Kön", "sex" {
        /// Kvinna.
        Female = ("Kvinna", "Woman", "female"),
        /// Man.
        Male = ("Man", "Man", "male"),
    }
}

vocabulary! {
    /// A screening instrument whose score a profile can hold.
    pub enum Instrument: "Instrument", "instrument" {
        /// AUDIT (Alcohol Use Disorders Identification Test).
        Audit = ("AUDIT", "AUDIT", "audit"),
        /// DUDIT (Drug Use Disorders Identification Test).
        Dudit = ("DUDIT", "DUDIT", "dudit"),
    }
}

/// What an instrument's score indicates, as its source states it: a fact
/// marked as the instrument's indication, not a diagnosis.
///
/// # Examples
///
/// ```
/// use insats::{Audit, Sex, Substance};
///
/// let woman = Audit::new(7, Sex::Female)?;
/// let indication = woman.indication().ok_or("above 6 for women")?;
/// assert_eq!(indication.substance(), Substance::Alcohol);
/// assert!(!indication.is_preliminary());
/// assert_eq!(Audit::new(7, Sex::Male)?.indication(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Indication {
    instrument: Instrument,
    score: u8,
    substance: Substance,
    preliminary: bool,
}

impl Indication {
    /// The instrument.
    pub fn instrument(&self) -> Instrument {
        self.instrument
    }
    /// The score.
    pub fn score(&self) -> u8 {
        self.score
    }
    /// The substance the indication is about.
    pub fn substance(&self) -> Substance {
        self.substance
    }
    /// Whether the source marks the cut-off as preliminary (DUDIT's for
    /// ages 16–25).
    pub fn is_preliminary(&self) -> bool {
        self.preliminary
    }
    /// What the score indicates, in `language`: risky drinking (AUDIT),
    /// probable drug-related problems (DUDIT).
    pub fn describe(&self, language: crate::terms::Language) -> String {
        let term = match self.instrument {
            Instrument::Audit => Term::IndicationAudit,
            Instrument::Dudit if self.preliminary => Term::IndicationDuditPreliminary,
            Instrument::Dudit => Term::IndicationDudit,
        };
        term.fill(language, &[("score", &self.score)])
    }
}

fn score_in(instrument: Instrument, score: i64, max: u8) -> Result<u8, Error> {
    match u8::try_from(score) {
        Ok(score) if score <= max => Ok(score),
        _ => Err(Error::from(ErrorKind::Profile {
            field: instrument.id(),
            value: score.to_string(),
            problem: match instrument {
                Instrument::Audit => crate::error::ProfileProblem::ScoreOutsideAudit,
                Instrument::Dudit => crate::error::ProfileProblem::ScoreOutsideDudit,
            },
        })),
    }
}

/// An AUDIT score with the sex its cut-off needs.
///
/// Metodguiden states that results above 6 (women) or 8 (men) indicate
/// risky drinking; the instrument is for adults. The score range 0–40
/// follows from its ten items scored 0–4 each (the items are the
/// sources'; their scores are the instrument's own). No zone bands are
/// given: no guide or Socialstyrelsen page read states them.
///
/// # Errors
///
/// [`ErrorKind::Profile`](crate::ErrorKind::Profile) for a score outside 0–40, naming the range.
///
/// ```
/// use insats::{Audit, Sex};
///
/// let err = Audit::new(41, Sex::Female).unwrap_err();
/// assert!(err.to_string().contains("0–40"), "{err}");
/// assert!(Audit::new(-1, Sex::Male).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ScoreFields", into = "ScoreFields")]
pub struct Audit {
    score: u8,
    sex: Sex,
}

impl Audit {
    /// Risky drinking, when the score is above the stated cut-off (6 for
    /// women, 8 for men); `None` otherwise.
    pub fn indication(&self) -> Option<Indication> {
        let above = match self.sex {
            Sex::Female => 6,
            Sex::Male => 8,
        };
        (self.score > above).then_some(Indication {
            instrument: Instrument::Audit,
            score: self.score,
            substance: Substance::Alcohol,
            preliminary: false,
        })
    }
}

/// A DUDIT score with the sex its cut-off needs.
///
/// Metodguiden states: 11 items, a maximum of 44; scores of 6 or more
/// (men) or 2 or more (women) suggest probable drug-related problems; for
/// ages 16–25, 7 and 3, marked preliminary. The age is the profile's.
///
/// # Errors
///
/// [`ErrorKind::Profile`](crate::ErrorKind::Profile) for a score outside 0–44.
///
/// ```
/// use insats::{Dudit, Sex};
///
/// let young_woman = Dudit::new(3, Sex::Female)?.indication(Some(20)).ok_or("3 at 20")?;
/// assert!(young_woman.is_preliminary());
/// assert_eq!(Dudit::new(2, Sex::Female)?.indication(Some(20)), None);
/// assert!(Dudit::new(2, Sex::Female)?.indication(Some(40)).is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "ScoreFields", into = "ScoreFields")]
pub struct Dudit {
    score: u8,
    sex: Sex,
}

impl Dudit {
    /// Probable drug-related problems, when the score reaches the cut-off
    /// stated for the person's age (the preliminary 16–25 one for those
    /// ages). With no age stated, only a score that reaches both cut-offs
    /// indicates (the higher one, not marked preliminary), so that no
    /// age is assumed.
    pub fn indication(&self, age: Option<u8>) -> Option<Indication> {
        let (general, young) = match self.sex {
            Sex::Male => (6, 7),
            Sex::Female => (2, 3),
        };
        let (cut_off, preliminary) = match age {
            Some(16..=25) => (young, true),
            Some(_) => (general, false),
            None => (young.max(general), false),
        };
        (self.score >= cut_off).then_some(Indication {
            instrument: Instrument::Dudit,
            score: self.score,
            substance: Substance::Narcotics,
            preliminary,
        })
    }
}

/// The JSON form of a score, checked on the way in as the constructors
/// check it: `{"score": 9, "sex": "female"}`.
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoreFields {
    score: i64,
    sex: Sex,
}

/// What a score type has besides its cut-offs: its range, its checked
/// constructor, its accessors and its JSON form.
macro_rules! score_type {
    ($score:ident, $instrument:expr, $max:literal, $range:literal) => {
        impl $score {
            #[doc = concat!("The highest score, ", stringify!($max), ".")]
            pub const MAX: u8 = $max;

            /// A score of `score` for a person of `sex`.
            ///
            /// # Errors
            ///
            #[doc = concat!("[`ErrorKind::Profile`](crate::ErrorKind::Profile) for a score outside ", $range, ".")]
            pub fn new(score: i64, sex: Sex) -> Result<$score, Error> {
                Ok($score { score: score_in($instrument, score, Self::MAX)?, sex })
            }
            /// The score.
            pub fn score(&self) -> u8 {
                self.score
            }
            /// The sex the cut-off is read for.
            pub fn sex(&self) -> Sex {
                self.sex
            }
        }

        impl TryFrom<ScoreFields> for $score {
            type Error = Error;
            fn try_from(f: ScoreFields) -> Result<$score, Error> {
                $score::new(f.score, f.sex)
            }
        }

        impl From<$score> for ScoreFields {
            fn from(s: $score) -> ScoreFields {
                ScoreFields { score: i64::from(s.score), sex: s.sex }
            }
        }
    };
}

score_type!(Audit, Instrument::Audit, 40, "0–40");
score_type!(Dudit, Instrument::Dudit, 44, "0–44");
