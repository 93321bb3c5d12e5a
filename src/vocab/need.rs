use super::vocabulary;

vocabulary! {
    /// A need found in the assessment (kartläggning) of a person.
    ///
    /// The *Psykosocial behandling* entry names the areas to map (family
    /// situation, extent of use, mental ill-health, social situation) and
    /// the needs a package combines (housing, work, school, loneliness);
    /// need-gated support in the national guidelines adds coordination.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Need;
    ///
    /// assert_eq!("bostad".parse::<Need>()?, Need::Housing);
    /// assert_eq!(Need::Housing.id(), "housing");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Need: "Behov", "need" {
        /// The family situation calls for support.
        FamilySituation = ("Familjesituation", "Family situation", "family-situation"),
        /// The extent of the harmful use.
        ExtentOfUse = ("Det skadliga brukets omfattning", "Extent of harmful use", "extent-of-use"),
        /// Mental ill-health, including severe mental illness.
        MentalHealth = ("Psykisk ohälsa", "Mental ill-health", "mental-health"),
        /// The social situation.
        SocialSituation = ("Social situation", "Social situation", "social-situation"),
        /// Housing: homelessness or a need for support in one's home.
        Housing = ("Bostad", "Housing", "housing"),
        /// Work: a weak attachment to the labour market.
        Work = ("Arbete", "Work", "work"),
        /// School.
        School = ("Skola", "School", "school"),
        /// Loneliness.
        Loneliness = ("Ensamhet", "Loneliness", "loneliness"),
        /// Coordination between several actors.
        Coordination = ("Samordning", "Coordination", "coordination"),
    }
}
