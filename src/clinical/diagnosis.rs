use super::parse::problem;
use super::{DiagnosisKind, DiagnosisProblem, SubstanceGroup};
use crate::error::Error;
use crate::vocab::{Condition, Substance, TagSet, Withdrawal};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A diagnosis of the guide's substance-use area: an ICD-10-SE code of the
/// chapter F10–F19, tobacco (F17) excepted.
///
/// Parsed from the code as journal systems write it: `F10.2`, `F102`, or
/// with a fifth character, `F10.24` or `F11.2F`; any case, surrounding
/// white space ignored. The code knows its [`SubstanceGroup`] (the third
/// character) and its [`DiagnosisKind`] (the fourth), and from them the
/// [`substances`](Self::substances), [`condition`](Self::condition) and
/// [`withdrawal`](Self::withdrawal) state that it states; the mapping, with
/// the classification's text that each row rests on, is the table in the
/// [module docs](crate::clinical).
///
/// **The fifth character is kept, not interpreted.** ICD-10-SE adds
/// letters (`F11.2F`, dependence in long-term full remission) and WHO's
/// clinical descriptions digits (`F10.24`, dependence, currently using);
/// they vary between editions, so the crate checks only their form (one
/// ASCII letter or digit), writes them back (upper case) and leaves the
/// mapping unchanged.
///
/// `Display` gives the canonical form (`F10.2`, or `F10.24` when a fifth
/// character was given), and serde writes and reads that string. Two
/// diagnoses are equal when their codes are; they order by code.
///
/// # Examples
///
/// ```
/// use insats::{Condition, Diagnosis, DiagnosisKind, Substance, SubstanceGroup};
///
/// let d: Diagnosis = " f102 ".parse()?;
/// assert_eq!(d.group(), SubstanceGroup::Alcohol);
/// assert_eq!(d.kind(), DiagnosisKind::Dependence);
/// assert_eq!(d.to_string(), "F10.2");
/// assert_eq!(d.substances().iter().collect::<Vec<_>>(), [Substance::Alcohol]);
/// assert_eq!(d.condition(), Some(Condition::SubstanceUseAndDependence));
///
/// let active: Diagnosis = "F10.24".parse()?;
/// assert_eq!(active.to_string(), "F10.24");
/// assert_eq!(active.fifth_character(), Some('4'));
/// assert_ne!(active, d);
/// assert_eq!(serde_json::to_string(&active)?, r#""F10.24""#);
///
/// let err = "F17.2".parse::<Diagnosis>().err().ok_or("F17.2 is refused")?;
/// assert!(err.to_string().contains("outside the guide's substance-use area"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnosis {
    group: SubstanceGroup,
    kind: DiagnosisKind,
    /// The fifth character: an ASCII digit or upper-case letter.
    fifth: Option<u8>,
}

impl Diagnosis {
    /// The diagnosis of a substance group and a kind, without a fifth
    /// character.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Diagnosis, DiagnosisKind, SubstanceGroup};
    ///
    /// let d = Diagnosis::new(SubstanceGroup::Cannabinoids, DiagnosisKind::HarmfulUse);
    /// assert_eq!(d, "F12.1".parse()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(group: SubstanceGroup, kind: DiagnosisKind) -> Self {
        Diagnosis { group, kind, fifth: None }
    }

    /// The diagnosis of its three parts; `fifth` must be an ASCII digit or
    /// upper-case letter (the parser checks it).
    pub(super) const fn from_parts(
        group: SubstanceGroup,
        kind: DiagnosisKind,
        fifth: Option<u8>,
    ) -> Self {
        Diagnosis { group, kind, fifth }
    }

    /// The same diagnosis with a fifth character (a letter, kept in upper
    /// case, or a digit) in place of any it had; kept, not interpreted.
    ///
    /// # Errors
    ///
    /// [`Error::Diagnosis`] with [`DiagnosisProblem::Malformed`] when
    /// `fifth` is not an ASCII letter or digit.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Diagnosis, DiagnosisKind, SubstanceGroup};
    ///
    /// let d = Diagnosis::new(SubstanceGroup::Opioids, DiagnosisKind::Dependence);
    /// assert_eq!(d.with_fifth_character('f')?.to_string(), "F11.2F");
    /// assert!(d.with_fifth_character('-').is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_fifth_character(self, fifth: char) -> Result<Self, Error> {
        match u8::try_from(fifth) {
            Ok(byte) if byte.is_ascii_alphanumeric() => {
                Ok(Diagnosis { fifth: Some(byte.to_ascii_uppercase()), ..self })
            }
            _ => Err(problem(&format!("{self}{fifth}"), DiagnosisProblem::Malformed)),
        }
    }

    /// The substance group: the code's third character.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Diagnosis, SubstanceGroup};
    /// assert_eq!("F13.2".parse::<Diagnosis>()?.group(), SubstanceGroup::SedativesOrHypnotics);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn group(self) -> SubstanceGroup {
        self.group
    }

    /// The kind of disorder: the code's fourth character.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Diagnosis, DiagnosisKind};
    /// assert_eq!("F10.4".parse::<Diagnosis>()?.kind(), DiagnosisKind::WithdrawalWithDelirium);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn kind(self) -> DiagnosisKind {
        self.kind
    }

    /// The fifth character, when the code has one (upper case for a
    /// letter).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Diagnosis;
    /// assert_eq!("f11.2f".parse::<Diagnosis>()?.fifth_character(), Some('F'));
    /// assert_eq!("F11.2".parse::<Diagnosis>()?.fifth_character(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn fifth_character(self) -> Option<char> {
        self.fifth.map(char::from)
    }

    /// The code's title in Swedish, in ICD-10-SE's terms: the group's title,
    /// a colon, the kind. The fifth character is not described.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Diagnosis;
    /// assert_eq!(
    ///     "F10.2".parse::<Diagnosis>()?.describe_sv(),
    ///     "Psykiska störningar och beteendestörningar orsakade av alkohol: beroendesyndrom"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn describe_sv(self) -> String {
        format!(
            "Psykiska störningar och beteendestörningar orsakade av {}: {}",
            self.group.text_sv(),
            self.kind.text_sv()
        )
    }

    /// The code's title in English, in WHO ICD-10's terms: the group's
    /// title, a colon, the kind. The fifth character is not described.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Diagnosis;
    /// assert_eq!(
    ///     "F10.2".parse::<Diagnosis>()?.describe_en(),
    ///     "Mental and behavioural disorders due to use of alcohol: dependence syndrome"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn describe_en(self) -> String {
        format!(
            "Mental and behavioural disorders due to {}: {}",
            self.group.text_en(),
            self.kind.text_en()
        )
    }

    /// The substances that the code names, in the guide's terms; empty when
    /// the code names none that the guide has a term for (F13 sedatives and
    /// hypnotics, F18 solvents, F19 multiple or other substances). Never more than the code says: see the
    /// table in the [module docs](crate::clinical).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Diagnosis, Substance, TagSet};
    ///
    /// let sedatives: Diagnosis = "F13.2".parse()?;
    /// assert!(sedatives.substances().is_empty());
    /// assert_eq!("F16.1".parse::<Diagnosis>()?.substances(), TagSet::only(Substance::Narcotics));
    /// assert!("F19.2".parse::<Diagnosis>()?.substances().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn substances(self) -> TagSet<Substance> {
        let substance = match self.group {
            SubstanceGroup::Alcohol => Substance::Alcohol,
            SubstanceGroup::Opioids => Substance::Opioids,
            SubstanceGroup::Cannabinoids => Substance::Cannabis,
            SubstanceGroup::Hallucinogens => Substance::Narcotics,
            SubstanceGroup::Cocaine | SubstanceGroup::OtherStimulants => {
                Substance::CentralStimulants
            }
            SubstanceGroup::SedativesOrHypnotics
            | SubstanceGroup::VolatileSolvents
            | SubstanceGroup::MultipleOrOther => {
                return TagSet::new();
            }
        };
        TagSet::only(substance)
    }

    /// The guide's condition that the code states: *Missbruk och beroende*
    /// for harmful use (.1) and dependence (.2); `None` for the other
    /// kinds, which do not state a pattern of use (the withdrawal states
    /// .3 and .4 state withdrawal, read by [`withdrawal`](Self::withdrawal)).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Condition, Diagnosis};
    ///
    /// assert_eq!("F12.1".parse::<Diagnosis>()?.condition(), Some(Condition::SubstanceUseAndDependence));
    /// assert_eq!("F11.3".parse::<Diagnosis>()?.condition(), None);
    /// assert_eq!("F10.0".parse::<Diagnosis>()?.condition(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn condition(self) -> Option<Condition> {
        match self.kind {
            DiagnosisKind::HarmfulUse | DiagnosisKind::Dependence => {
                Some(Condition::SubstanceUseAndDependence)
            }
            DiagnosisKind::Withdrawal
            | DiagnosisKind::WithdrawalWithDelirium
            | DiagnosisKind::AcuteIntoxication
            | DiagnosisKind::PsychoticDisorder
            | DiagnosisKind::AmnesicSyndrome
            | DiagnosisKind::ResidualAndLateOnset
            | DiagnosisKind::Other
            | DiagnosisKind::Unspecified => None,
        }
    }

    /// The pattern of use the code states (notes.md section 3): harmful
    /// use for F1x.1, dependence for F1x.2; `None` for every other kind.
    ///
    /// ```
    /// use insats::{Diagnosis, PatternOfUse};
    ///
    /// assert_eq!("F12.1".parse::<Diagnosis>()?.pattern(), Some(PatternOfUse::HarmfulUse));
    /// assert_eq!("F10.2".parse::<Diagnosis>()?.pattern(), Some(PatternOfUse::Dependence));
    /// assert_eq!("F10.0".parse::<Diagnosis>()?.pattern(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn pattern(self) -> Option<crate::vocab::PatternOfUse> {
        match self.kind {
            DiagnosisKind::HarmfulUse => Some(crate::vocab::PatternOfUse::HarmfulUse),
            DiagnosisKind::Dependence => Some(crate::vocab::PatternOfUse::Dependence),
            _ => None,
        }
    }

    /// The alcohol-withdrawal state that the code states: `General` for
    /// F10.3, `DeliriumTremens` for F10.4 (withdrawal with delirium);
    /// `None` for every other code, since [`Withdrawal`] is alcohol
    /// withdrawal and no code says that the person is not in withdrawal.
    ///
    /// NR rates established delirium tremens in a row of its own, whose
    /// number the sources give only as a graphic; the raised-risk row's 1
    /// is not that row's number, and is shown only as the nearest stated
    /// one.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Diagnosis, Withdrawal};
    ///
    /// assert_eq!("F10.3".parse::<Diagnosis>()?.withdrawal(), Some(Withdrawal::General));
    /// assert_eq!("F10.4".parse::<Diagnosis>()?.withdrawal(), Some(Withdrawal::DeliriumTremens));
    /// assert_eq!("F11.3".parse::<Diagnosis>()?.withdrawal(), None);
    /// assert_eq!("F10.2".parse::<Diagnosis>()?.withdrawal(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn withdrawal(self) -> Option<Withdrawal> {
        match (self.group, self.kind) {
            (SubstanceGroup::Alcohol, DiagnosisKind::Withdrawal) => Some(Withdrawal::General),
            (SubstanceGroup::Alcohol, DiagnosisKind::WithdrawalWithDelirium) => {
                Some(Withdrawal::DeliriumTremens)
            }
            _ => None,
        }
    }
}

impl fmt::Display for Diagnosis {
    /// The canonical code: `F10.2`, or `F10.24` with a fifth character.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.group.code(), self.kind.digit())?;
        match self.fifth_character() {
            Some(fifth) => write!(f, "{fifth}"),
            None => Ok(()),
        }
    }
}

impl Serialize for Diagnosis {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Diagnosis {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}
