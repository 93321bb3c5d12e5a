use super::vocabulary;

vocabulary! {
    /// A situation a row's condition names beyond the substance and the
    /// pattern of use, where the profile has no field of its own for it:
    /// the fact sheet's `situation` column.
    ///
    /// A profile states a situation as holding or not
    /// ([`ProfileBuilder::situation`](crate::ProfileBuilder::situation));
    /// one it leaves unstated is not assumed, and a row that needs it is a
    /// conditional match.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Situation;
    ///
    /// assert_eq!("risk för överdos".parse::<Situation>()?, Situation::OverdoseRisk);
    /// assert_eq!(Situation::OverdoseRisk.id(), "overdose-risk");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Situation: "Situation", "situation" {
        /// A risk of opioid overdose (naloxone's row: "opioidberoende med
        /// risk för överdos").
        OverdoseRisk = ("Risk för överdos", "Risk of overdose", "overdose-risk"),
        /// Post-traumatic stress disorder beside the substance use.
        Ptsd = ("PTSD", "PTSD", "ptsd"),
        /// Depression beside the substance use.
        Depression = ("Depression", "Depression", "depression"),
        /// Tapering of opioid analgesics has not made the person free of
        /// opioids.
        TaperingNotSuccessful = ("Nedtrappning har inte lyckats", "Tapering has not succeeded", "tapering-not-successful"),
        /// Stopping benzodiazepines in the usual way has not been possible.
        UsualDiscontinuationNotPossible = (
            "Sedvanlig utsättning har inte varit möjlig",
            "Stopping in the usual way has not been possible",
            "usual-discontinuation-not-possible"
        ),
        /// A recent intake of alcohol is suspected.
        RecentAlcoholIntake = ("Misstänkt nyligt intag av alkohol", "Suspected recent alcohol intake", "recent-alcohol-intake"),
        /// A long-term heavy intake of alcohol is suspected.
        LongTermHeavyAlcoholIntake = (
            "Misstänkt långvarigt högt intag av alkohol",
            "Suspected long-term heavy alcohol intake",
            "long-term-heavy-alcohol-intake"
        ),
        /// An ongoing or recent intake of drugs is suspected.
        OngoingOrRecentDrugIntake = (
            "Misstänkt pågående eller nyligt intag av narkotika",
            "Suspected ongoing or recent drug intake",
            "ongoing-or-recent-drug-intake"
        ),
    }
}
