use super::vocabulary;

vocabulary! {
    /// Typ av behandling/stöd: the kind of treatment or support.
    ///
    /// Only the value that the guide's pages verifiably print is here; other
    /// kinds (medication, psychological treatment) are not yet confirmed as
    /// tag values, so an entry of those kinds leaves this facet unstated.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::TreatmentType;
    ///
    /// let t: TreatmentType = "Psykosociala insatser".parse()?;
    /// assert_eq!(t, TreatmentType::Psychosocial);
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum TreatmentType: "Typ av behandling/stöd", "treatment type" {
        /// Psychosocial interventions.
        Psychosocial = ("Psykosociala insatser", "Psychosocial interventions", "psychosocial"),
    }
}
