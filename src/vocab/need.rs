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
        /// Homelessness (hemlöshet): NR's condition for Bostad först and
        /// vårdkedja. A housing need stated as [`Need::Housing`] alone does
        /// not say which of the housing needs it is.
        Homelessness = ("Hemlöshet", "Homelessness", "homelessness"),
        /// A need of support in one's housing (NR: "behov av stöd i
        /// boendet"): the condition of personellt boendestöd.
        SupportInHousing = ("Behov av stöd i boendet", "Need of support in one's housing", "support-in-housing"),
        /// A need of support to manage daily life (the guide's wording for
        /// boendestöd).
        SupportInDailyLife = ("Behov av stöd i vardagslivet", "Need of support in daily life", "support-in-daily-life"),
    }
}
