use super::vocabulary;

vocabulary! {
    /// A substance that a recommendation's target group uses.
    ///
    /// Not a `Märkning` facet: the guide and the national guidelines (NR)
    /// name the substance in the recommendation's condition ("missbruk eller
    /// beroende av alkohol"). `Narcotics` is the general term; the others are
    /// the narcotic substances that NR rates on their own.
    ///
    /// Besides the labels, `FromStr` reads the names people use for a
    /// substance of one of these groups, where the group is beyond doubt:
    ///
    /// - `Kokain`, `Amfetamin`, `Metamfetamin` (and `Cocaine`,
    ///   `Amphetamine`, `Methamphetamine`): central stimulants, of which
    ///   they are the common examples;
    /// - `Heroin`: an opioid (diacetylmorphine), and not a prescribed
    ///   analgesic, so [`Opioids`](Substance::Opioids), never
    ///   [`OpioidAnalgesics`](Substance::OpioidAnalgesics);
    /// - `Hasch`, `Marijuana` (and `Hashish`): the two forms cannabis is
    ///   used in.
    ///
    /// - `GHB` (gamma-hydroxybutyrate): [`Narcotics`](Substance::Narcotics),
    ///   the general term: GHB is narcotic-classed in Sweden (since 2000)
    ///   and is none of the kinds NR rates on their own (cannabis, central
    ///   stimulants, opioids), so rows worded for one kind stay
    ///   conditional on the kind.
    ///
    /// Names whose group depends on use (`Tramadol`, prescribed or not) are
    /// left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Substance;
    ///
    /// assert_eq!("alkohol".parse::<Substance>()?, Substance::Alcohol);
    /// assert_eq!("Amfetamin".parse::<Substance>()?, Substance::CentralStimulants);
    /// assert_eq!("heroin".parse::<Substance>()?, Substance::Opioids);
    /// assert!(Substance::Narcotics.covers(Substance::Cannabis));
    /// assert!(!Substance::Cannabis.covers(Substance::Narcotics));
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Substance: "Substans", "substance" {
        /// Alcohol.
        Alcohol = ("Alkohol", "Alcohol", "alcohol"),
        /// Narcotics in general: any drug classed as a narcotic in Sweden
        /// (narkotikaklassad), not only opioids. The English label is the
        /// international conventions' term, "narcotic drugs" (cannabis,
        /// cocaine and opioids alike), because "narcotics" alone reads as
        /// opioids to many clinicians.
        Narcotics = ("Narkotika", "Narcotic drugs", "narcotics"),
        /// Cannabis.
        Cannabis = ("Cannabis", "Cannabis", "cannabis"),
        /// Central stimulants (cocaine, amphetamine).
        CentralStimulants = ("Centralstimulantia", "Central stimulants", "central-stimulants"),
        /// Opioids.
        Opioids = ("Opioider", "Opioids", "opioids"),
        /// Prescribed opioid analgesics.
        OpioidAnalgesics = ("Opioidanalgetika", "Opioid analgesics", "opioid-analgesics"),
        /// Benzodiazepines.
        Benzodiazepines = ("Bensodiazepiner", "Benzodiazepines", "benzodiazepines"),
    }
    aliases {
        "Centralstimulerande preparat" => CentralStimulants,
        "Kokain" => CentralStimulants,
        "Cocaine" => CentralStimulants,
        "Amfetamin" => CentralStimulants,
        "Amphetamine" => CentralStimulants,
        "Metamfetamin" => CentralStimulants,
        "Methamphetamine" => CentralStimulants,
        "Heroin" => Opioids,
        "Hasch" => Cannabis,
        "Hashish" => Cannabis,
        "Marijuana" => Cannabis,
        "GHB" => Narcotics,
        "Narcotic-classed drugs" => Narcotics,
    }
}

impl Substance {
    /// Whether a recommendation rated for `self` covers a person who uses
    /// `other`: a substance covers itself, and the general `Narcotics`
    /// covers cannabis, central stimulants and opioids. A specific
    /// substance never covers the general term, so no rating is borrowed
    /// from a narrower one.
    ///
    /// Long-term benzodiazepine use and opioid-analgesic dependence have
    /// NR rows of their own, and no source read says whether the rows
    /// worded "narkotika" cover them (fact sheet, third edition, 8.4): so
    /// they do not. The rows that do cover opioid analgesics name them.
    ///
    /// ```
    /// use insats::Substance;
    ///
    /// assert!(Substance::Narcotics.covers(Substance::Opioids));
    /// assert!(!Substance::Narcotics.covers(Substance::Benzodiazepines));
    /// assert!(!Substance::Narcotics.covers(Substance::OpioidAnalgesics));
    /// assert!(!Substance::Opioids.covers(Substance::OpioidAnalgesics));
    /// ```
    pub const fn covers(self, other: Substance) -> bool {
        self as u8 == other as u8
            || (matches!(self, Substance::Narcotics) && other.is_kind_of_narcotics())
    }

    /// Whether the substance is one of the kinds that rows worded
    /// "narkotika" cover: cannabis, central stimulants, opioids.
    pub const fn is_kind_of_narcotics(self) -> bool {
        matches!(self, Substance::Cannabis | Substance::CentralStimulants | Substance::Opioids)
    }

    /// Whether the substance is narcotic-classed (everything but alcohol).
    pub const fn is_narcotic(self) -> bool {
        !matches!(self, Substance::Alcohol)
    }
}
