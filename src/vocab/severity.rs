use super::vocabulary;

vocabulary! {
    /// Tillståndets svårighetsgrad: how severe the condition is.
    ///
    /// The guide does not define the three levels for substance use; they
    /// are the practitioner's judgement. Ordered from mild to severe.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Severity;
    ///
    /// assert!(Severity::Mild < Severity::Severe);
    /// assert_eq!("Medelsvår".parse::<Severity>()?, Severity::Moderate);
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Severity: "Tillståndets svårighetsgrad", "severity" {
        /// Mild.
        Mild = ("Lindrig", "Mild", "mild"),
        /// Moderate.
        Moderate = ("Medelsvår", "Moderate", "moderate"),
        /// Severe.
        Severe = ("Svår", "Severe", "severe"),
    }
}
