use super::vocabulary;

vocabulary! {
    /// The pattern of a person's use, as the fact sheet's `pattern_of_use`
    /// and NR's condition wordings name it: what a profile states.
    ///
    /// A stated substance says that the person's use of it is the problem
    /// at hand; the rows worded "missbruk eller beroende" need one of
    /// [`HarmfulUse`](PatternOfUse::HarmfulUse),
    /// [`Misuse`](PatternOfUse::Misuse) or
    /// [`Dependence`](PatternOfUse::Dependence) (NR defines its condition
    /// by DSM's abuse and dependence or ICD's harmful use and dependence),
    /// and the rows for dependence alone need
    /// [`Dependence`](PatternOfUse::Dependence). Riskbruk is not a diagnosis
    /// and meets neither.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::PatternOfUse;
    ///
    /// assert_eq!("beroende".parse::<PatternOfUse>()?, PatternOfUse::Dependence);
    /// assert_eq!(PatternOfUse::RiskyUse.label_sv(), "Riskbruk");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum PatternOfUse: "Bruksmönster", "pattern of use" {
        /// Riskbruk: use that risks harm; not a diagnosis.
        RiskyUse = ("Riskbruk", "Risky use", "risky-use"),
        /// Skadligt bruk (ICD-10): use that harms physical or mental
        /// health.
        HarmfulUse = ("Skadligt bruk", "Harmful use", "harmful-use"),
        /// Missbruk (DSM-IV abuse; the word of the social services act).
        Misuse = ("Missbruk", "Misuse", "misuse"),
        /// Beroende (dependence, ICD-10 or DSM-IV).
        Dependence = ("Beroende", "Dependence", "dependence"),
    }
    aliases {
        "Missbruk (skadligt bruk)" => HarmfulUse,
        "Skadligt bruk (missbruk)" => HarmfulUse,
    }
}

impl PatternOfUse {
    /// Whether the pattern is one of those NR's "missbruk eller beroende"
    /// names.
    pub const fn is_misuse_or_dependence(self) -> bool {
        !matches!(self, PatternOfUse::RiskyUse)
    }
}

vocabulary! {
    /// A term of a row's condition (tillstånd) that says which patterns of
    /// use, or which stage of a case, the row is for: the tokens of the
    /// fact sheet's `pattern_of_use` column.
    ///
    /// The matcher reads a row's terms into what a profile must state: see
    /// [`ConditionPattern::requirement`].
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{ConditionPattern, PatternRequirement, TagSet};
    ///
    /// let medicines = TagSet::only(ConditionPattern::Dependence);
    /// assert_eq!(ConditionPattern::requirement(medicines), PatternRequirement::Dependence);
    /// let youth = TagSet::from([ConditionPattern::Use, ConditionPattern::Dependence]);
    /// assert_eq!(ConditionPattern::requirement(youth), PatternRequirement::None);
    /// ```
    pub enum ConditionPattern: "Tillståndets bruksmönster", "condition pattern" {
        /// Riskbruk.
        RiskyUse = ("Riskbruk", "Risky use", "risky-use"),
        /// Skadligt bruk.
        HarmfulUse = ("Skadligt bruk", "Harmful use", "harmful-use"),
        /// Missbruk.
        Misuse = ("Missbruk", "Misuse", "misuse"),
        /// Beroende.
        Dependence = ("Beroende", "Dependence", "dependence"),
        /// Användning: the youth rows' "användning, missbruk eller
        /// beroende": any use counts.
        Use = ("Användning", "Use", "use"),
        /// "Alkohol- och/eller narkotikaproblem": no pattern named.
        Problem = ("Problem", "Problems", "problem"),
        /// Långvarigt bruk: the benzodiazepine rows.
        LongTermUse = ("Långvarigt bruk", "Long-term use", "long-term-use"),
        /// Abstinens: withdrawal states; no pattern named.
        Withdrawal = ("Abstinens", "Withdrawal", "withdrawal"),
        /// Misstänkt: the condition is a suspected or possible problem.
        Suspected = ("Misstänkt", "Suspected", "suspected"),
        /// Screening, also without a specific suspicion.
        Screening = ("Screening", "Screening", "screening"),
        /// Misstänkt intag: the tests' suspected intake; no pattern named.
        SuspectedIntake = ("Misstänkt intag", "Suspected intake", "suspected-intake"),
    }
}

/// What a row's condition needs a profile to state about the pattern of
/// use, beyond the substance: see [`ConditionPattern::requirement`].
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum PatternRequirement {
    /// Nothing beyond the substance: the row is worded for any use, for
    /// problems, for a suspicion, for screening, for withdrawal or for
    /// long-term use, or names no pattern.
    None,
    /// "Missbruk eller beroende" (or skadligt bruk): the condition
    /// *Missbruk och beroende*, one of those patterns, a DSM-5 count of two
    /// or more, or an ICD-10 code that states harmful use or dependence.
    MisuseOrDependence,
    /// Dependence alone (the alcohol medicines, LARO): a pattern or an
    /// ICD-10 code that states dependence.
    Dependence,
}

impl ConditionPattern {
    /// What a row whose condition has the terms `terms` needs a profile to
    /// state about the pattern of use.
    pub fn requirement(terms: super::TagSet<ConditionPattern>) -> PatternRequirement {
        use ConditionPattern as C;
        let open = [
            C::Use,
            C::Problem,
            C::LongTermUse,
            C::Withdrawal,
            C::Suspected,
            C::Screening,
            C::SuspectedIntake,
            C::RiskyUse,
        ];
        if terms.is_empty() || open.iter().any(|t| terms.contains(*t)) {
            PatternRequirement::None
        } else if terms.contains(C::HarmfulUse) || terms.contains(C::Misuse) {
            PatternRequirement::MisuseOrDependence
        } else {
            PatternRequirement::Dependence
        }
    }
}
