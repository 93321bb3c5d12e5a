use super::vocabulary;

vocabulary! {
    /// Tillstånd: the condition an intervention is for.
    ///
    /// The newer edition of the site names the area
    /// `Skadligt bruk/missbruk och beroende`; it is the same condition and
    /// parses to the same value.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Condition;
    ///
    /// let old: Condition = "Missbruk och beroende".parse()?;
    /// let new: Condition = "Skadligt bruk/missbruk och beroende".parse()?;
    /// assert_eq!(old, new);
    /// assert_eq!(new.label_sv(), "Missbruk och beroende");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Condition: "Tillstånd", "condition" {
        /// Harmful use (misuse) of, or dependence on, alcohol or drugs.
        SubstanceUseAndDependence = ("Missbruk och beroende", "Substance misuse and dependence", "substance-use-and-dependence"),
    }
    aliases {
        "Skadligt bruk/missbruk och beroende" => SubstanceUseAndDependence,
    }
}
