//! Clinical inputs, read into the guide's terms (see [`Diagnosis`]).

mod diagnosis;
mod dsm5;
mod instruments;
mod parse;

pub use diagnosis::Diagnosis;
pub use dsm5::Dsm5Criterion;
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
    /// the table in the [module docs](crate::Diagnosis).
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
    /// [module docs](crate::Diagnosis).
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
