//! Clinical inputs: the records that journal systems already keep, read
//! into the guide's terms.
//!
//! - [`Diagnosis`]: an ICD-10-SE code of the substance chapter F10–F19
//!   (tobacco, F17, excepted), e.g. `F10.2`, with the substance(s), the
//!   condition and the withdrawal state that the code states;
//! - [`Severity::from_dsm5_criteria`](crate::Severity::from_dsm5_criteria)
//!   and [`Severity::from_dsm5`](crate::Severity::from_dsm5): DSM-5's
//!   severity of a substance use disorder from the number of its eleven
//!   criteria ([`Dsm5Criterion`]) that are met.
//!
//! # From a diagnosis code to a profile
//!
//! An ICD-10 code of the chapter is `F1` + the substance group (third
//! character) + `.` + the kind of disorder (fourth character), optionally
//! followed by a fifth character. The crate reads each of the three
//! profile facts from one character only, and claims no more than the
//! code says: where the guide has no term for exactly what the code
//! names, the profile gets the broader term, or nothing (unknown, which
//! constrains nothing in matching).
//!
//! ## Substance: the third character
//!
//! | code | ICD-10-SE text (`…orsakade av`) | WHO ICD-10 text (`…due to`) | [`Diagnosis::substances`] |
//! | --- | --- | --- | --- |
//! | F10 | alkohol | use of alcohol | `Alcohol` |
//! | F11 | opiater | use of opioids | `Opioids` (not `OpioidAnalgesics`: the code does not say prescribed) |
//! | F12 | cannabis | use of cannabinoids | `Cannabis` |
//! | F13 | sedativa och hypnotika | use of sedatives or hypnotics | nothing (unknown) — **claims less**: benzodiazepines are only part of the group |
//! | F14 | kokain | use of cocaine | `CentralStimulants` |
//! | F15 | andra stimulantia, däribland koffein | use of other stimulants, including caffeine | `CentralStimulants` (see below on caffeine) |
//! | F16 | hallucinogener | use of hallucinogens | `Narcotics` — **claims less**: the guide names no hallucinogen |
//! | F17 | tobak | use of tobacco | an error: outside the guide's area |
//! | F18 | flyktiga lösningsmedel | use of volatile solvents | nothing (unknown) — **claims less** |
//! | F19 | flera droger i kombination och av andra psykoaktiva substanser | multiple drug use and use of other psychoactive substances | nothing (unknown) — **claims less** |
//!
//! Why these:
//!
//! - F12: the Swedish edition's text is *cannabis* (WHO's is
//!   *cannabinoids*), the guide's `Cannabis`.
//! - F13: the national guidelines rate benzodiazepines on their own, but
//!   F13 covers every sedative and hypnotic (z-drugs, barbiturates, …), so
//!   `Benzodiazepines` would claim more than the code says; and no source
//!   says that NR's rows worded "narkotika" cover sedatives (fact sheet,
//!   third edition, 8.4), so `Narcotics` would claim more too: no
//!   substance, and the rows wait for it. Add `Benzodiazepines` yourself
//!   when the record says so.
//! - F15: the stimulants coded here are mostly amphetamines, which the
//!   guide's `CentralStimulants` names; the code also covers caffeine, a
//!   central stimulant too. A caffeine-only F15 (rare in these services)
//!   gets the stimulant rows: the code does not let the crate tell it apart.
//! - F16: hallucinogens (LSD, psilocybin, …) are narcotic-classed in
//!   Sweden, and the guide has no term for them: the general `Narcotics`.
//! - F18: volatile solvents are not narcotics in Swedish law, and the guide
//!   has no term for them: no substance.
//! - F19: the code says that several substances, or a substance that no
//!   other group names, are used, but not which (they may include alcohol,
//!   or substances that are not narcotic-classed): no substance. Add the
//!   substances from the record.
//!
//! ## Condition and withdrawal: the fourth character
//!
//! | kind | ICD-10-SE text | WHO ICD-10 text | [`Diagnosis::pattern`] ([`Diagnosis::condition`]) | [`Diagnosis::withdrawal`] |
//! | --- | --- | --- | --- | --- |
//! | F1x.0 | akut intoxikation | acute intoxication | none | none |
//! | F1x.1 | skadligt bruk | harmful use | `HarmfulUse` (`SubstanceUseAndDependence`) | none |
//! | F1x.2 | beroendesyndrom | dependence syndrome | `Dependence` (`SubstanceUseAndDependence`) | none |
//! | F1x.3 | abstinens | withdrawal state | none | F10.3: `General`; others none |
//! | F1x.4 | abstinens med delirium | withdrawal state with delirium | none | F10.4: `DeliriumTremens`; others none |
//! | F1x.5 | psykotisk störning | psychotic disorder | none | none |
//! | F1x.6 | amnestiskt syndrom | amnesic syndrome | none | none |
//! | F1x.7 | resttillstånd och sent debuterande psykotisk störning | residual and late-onset psychotic disorder | none | none |
//! | F1x.8 | andra psykiska störningar och beteendestörningar | other mental and behavioural disorders | none | none |
//! | F1x.9 | ospecificerad psykisk störning och beteendestörning | unspecified mental and behavioural disorder | none | none |
//!
//! Why these:
//!
//! - .1 and .2: the national guidelines define their condition "missbruk
//!   eller beroende" by, among others, ICD-10's *beroende* and *skadligt
//!   bruk*: the guide's [`Condition::SubstanceUseAndDependence`](crate::Condition).
//!   .1 states harmful use, .2 dependence: the rows for dependence alone
//!   (the alcohol medicines, LARO) need .2.
//! - .3 and .4 state a withdrawal state, not a pattern of use (fact sheet
//!   notes.md section 3; a dependence diagnosis is a diagnosis of its
//!   own), so they state no condition.
//! - Withdrawal: the guide's [`Withdrawal`](crate::Withdrawal) is alcohol
//!   withdrawal only, so only F10 gives one. F10.4, withdrawal with
//!   delirium, is delirium tremens: NR rates it in a row of its own, whose
//!   number the sources give only in a graphic; the raised-risk row's 1 is
//!   shown beside it as the nearest stated number, never as its own.
//!   No other code gives `NotPresent`: a dependence code does not say that
//!   the person is not in withdrawal today.
//! - .0: an acute intoxication says nothing of a pattern of use (it may be
//!   a single occasion). .5–.9 name a consequence of use, not the pattern
//!   that the guide's condition is defined by (a psychosis may follow a
//!   single use): **claims less**. A record that holds them usually holds
//!   F1x.1 or F1x.2 as well, which gives the condition.
//!
//! The fifth character (ICD-10-SE's remission letters `F11.2F`, or the
//! fifth digits of WHO's clinical descriptions, `F10.24`) is kept and
//! written back, but changes none of these: a dependence in remission is
//! still a dependence diagnosis, and relapse prevention is for exactly
//! those people.

mod diagnosis;
mod dsm5;
mod instruments;
mod parse;

pub use diagnosis::Diagnosis;
pub use dsm5::Dsm5Criterion;
pub(crate) use dsm5::count_problem as dsm5_count_problem;
pub use instruments::{Audit, Dudit, Indication, Instrument, Sex};
pub use parse::DiagnosisProblem;

/// Declares one axis of the substance chapter's codes: one row per value
/// with its code character, the classification's Swedish (ICD-10-SE) and
/// English (WHO ICD-10) texts and a stable serde id; every method is
/// derived from that row.
macro_rules! icd_axis {
    (
        $(#[$meta:meta])*
        pub enum $name:ident: $prefix:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = ($digit:literal, $sv:literal, $en:literal, $id:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize, strum::EnumIter, strum::EnumCount,
        )]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[doc = ""]
                #[doc = concat!("`", $prefix, $digit, "`: ICD-10-SE `", $sv, "`, WHO `", $en,
                                "`; serde id `", $id, "`.")]
                #[serde(rename = $id)]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in code order.
            pub const ALL: &'static [Self] = &[$($name::$variant),+];

            /// The code character, e.g. `'2'`.
            pub const fn digit(self) -> char {
                match self { $($name::$variant => $digit,)+ }
            }

            /// The code, with `x` for a character that varies, e.g. `F1x.2`.
            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, $digit),)+ }
            }

            /// The classification's Swedish text (ICD-10-SE), as it stands
            /// in the title of a code.
            pub const fn text_sv(self) -> &'static str {
                match self { $($name::$variant => $sv,)+ }
            }

            /// The classification's English text (WHO ICD-10), as it stands
            /// in the title of a code.
            pub const fn text_en(self) -> &'static str {
                match self { $($name::$variant => $en,)+ }
            }

            /// The stable serde id (kebab-case English).
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The value whose code character is `c`.
            pub(crate) fn from_digit(c: u8) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.digit() as u32 == u32::from(c))
            }
        }
    };
}

icd_axis! {
    /// The substance group of a diagnosis: the third character of an
    /// ICD-10 code of the chapter F10–F19.
    ///
    /// Tobacco (F17) has no value: it is outside the guide's area, and
    /// parsing an F17 code is an error. What each group gives a profile is
    /// the table in the [module docs](crate::clinical).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::SubstanceGroup;
    ///
    /// let g = SubstanceGroup::SedativesOrHypnotics;
    /// assert_eq!(g.code(), "F13");
    /// assert_eq!(g.digit(), '3');
    /// assert_eq!(g.text_sv(), "sedativa och hypnotika");
    /// assert_eq!(g.text_en(), "use of sedatives or hypnotics");
    /// assert_eq!(g.id(), "sedatives-or-hypnotics");
    /// assert_eq!(SubstanceGroup::ALL.len(), 9);
    /// assert_eq!(serde_json::to_string(&g)?, r#""sedatives-or-hypnotics""#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub enum SubstanceGroup: "F1" {
        /// Alcohol.
        Alcohol = ('0', "alkohol", "use of alcohol", "alcohol"),
        /// Opioids (the Swedish edition says *opiater*).
        Opioids = ('1', "opiater", "use of opioids", "opioids"),
        /// Cannabinoids (the Swedish edition says *cannabis*).
        Cannabinoids = ('2', "cannabis", "use of cannabinoids", "cannabinoids"),
        /// Sedatives or hypnotics, of which benzodiazepines are a part.
        SedativesOrHypnotics = (
            '3', "sedativa och hypnotika", "use of sedatives or hypnotics", "sedatives-or-hypnotics"
        ),
        /// Cocaine.
        Cocaine = ('4', "kokain", "use of cocaine", "cocaine"),
        /// Other stimulants (amphetamines and others), caffeine included.
        OtherStimulants = (
            '5',
            "andra stimulantia, däribland koffein",
            "use of other stimulants, including caffeine",
            "other-stimulants"
        ),
        /// Hallucinogens.
        Hallucinogens = ('6', "hallucinogener", "use of hallucinogens", "hallucinogens"),
        /// Volatile solvents (sniffing).
        VolatileSolvents = (
            '8', "flyktiga lösningsmedel", "use of volatile solvents", "volatile-solvents"
        ),
        /// Several substances in combination, or a psychoactive substance
        /// that no other group names.
        MultipleOrOther = (
            '9',
            "flera droger i kombination och av andra psykoaktiva substanser",
            "multiple drug use and use of other psychoactive substances",
            "multiple-or-other"
        ),
    }
}

icd_axis! {
    /// The kind of disorder of a diagnosis: the fourth character of an
    /// ICD-10 code of the chapter F10–F19, the same for every substance
    /// group.
    ///
    /// What each kind gives a profile is the table in the
    /// [module docs](crate::clinical).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::DiagnosisKind;
    ///
    /// let k = DiagnosisKind::Dependence;
    /// assert_eq!(k.code(), "F1x.2");
    /// assert_eq!(k.digit(), '2');
    /// assert_eq!(k.text_sv(), "beroendesyndrom");
    /// assert_eq!(k.text_en(), "dependence syndrome");
    /// assert_eq!(DiagnosisKind::ALL.len(), 10);
    /// assert_eq!(serde_json::to_string(&k)?, r#""dependence""#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub enum DiagnosisKind: "F1x." {
        /// Acute intoxication: the passing effects of a dose.
        AcuteIntoxication = ('0', "akut intoxikation", "acute intoxication", "acute-intoxication"),
        /// Harmful use: use that damages physical or mental health
        /// (*skadligt bruk*, which the social services call *missbruk*).
        HarmfulUse = ('1', "skadligt bruk", "harmful use", "harmful-use"),
        /// Dependence syndrome (*beroende*).
        Dependence = ('2', "beroendesyndrom", "dependence syndrome", "dependence"),
        /// Withdrawal state, one of the indicators of dependence.
        Withdrawal = ('3', "abstinens", "withdrawal state", "withdrawal"),
        /// Withdrawal state with delirium (for alcohol: delirium tremens).
        WithdrawalWithDelirium = (
            '4', "abstinens med delirium", "withdrawal state with delirium", "withdrawal-with-delirium"
        ),
        /// Psychotic disorder caused by the substance.
        PsychoticDisorder = ('5', "psykotisk störning", "psychotic disorder", "psychotic-disorder"),
        /// Amnesic syndrome (for alcohol: Korsakoff's syndrome).
        AmnesicSyndrome = ('6', "amnestiskt syndrom", "amnesic syndrome", "amnesic-syndrome"),
        /// Residual and late-onset psychotic disorder.
        ResidualAndLateOnset = (
            '7',
            "resttillstånd och sent debuterande psykotisk störning",
            "residual and late-onset psychotic disorder",
            "residual-and-late-onset"
        ),
        /// Other mental and behavioural disorders.
        Other = (
            '8',
            "andra psykiska störningar och beteendestörningar",
            "other mental and behavioural disorders",
            "other"
        ),
        /// Unspecified mental and behavioural disorder.
        Unspecified = (
            '9',
            "ospecificerad psykisk störning och beteendestörning",
            "unspecified mental and behavioural disorder",
            "unspecified"
        ),
    }
}
