use super::vocabulary;

vocabulary! {
    /// Åldersgrupp: the age band an intervention is tagged for.
    ///
    /// The bands are the guide's: 0–17, 18–64 and 65 and over.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::AgeGroup;
    ///
    /// assert_eq!(AgeGroup::from_age(17), AgeGroup::Children);
    /// assert_eq!(AgeGroup::from_age(18), AgeGroup::Adults);
    /// assert_eq!(AgeGroup::from_age(65), AgeGroup::Older);
    /// assert_eq!(AgeGroup::Older.label_sv(), "Äldre (65- år)");
    /// ```
    pub enum AgeGroup: "Åldersgrupp", "age group" {
        /// Children and young people, 0 to 17 years.
        Children = ("Barn (0-17 år)", "Children (0-17 years)", "children"),
        /// Adults, 18 to 64 years.
        Adults = ("Vuxna (18-64 år)", "Adults (18-64 years)", "adults"),
        /// Older people, 65 years and over.
        Older = ("Äldre (65- år)", "Older people (65 and over)", "older"),
    }
}

impl AgeGroup {
    /// The age group of a person aged `years`.
    pub const fn from_age(years: u8) -> AgeGroup {
        match years {
            0..=17 => AgeGroup::Children,
            18..=64 => AgeGroup::Adults,
            _ => AgeGroup::Older,
        }
    }

    /// The youngest age in the band.
    ///
    /// ```
    /// assert_eq!(insats::AgeGroup::Adults.min_age(), 18);
    /// ```
    pub const fn min_age(self) -> u8 {
        match self {
            AgeGroup::Children => 0,
            AgeGroup::Adults => 18,
            AgeGroup::Older => 65,
        }
    }

    /// The oldest age in the band; `None` for the open-ended last band.
    ///
    /// ```
    /// assert_eq!(insats::AgeGroup::Children.max_age(), Some(17));
    /// assert_eq!(insats::AgeGroup::Older.max_age(), None);
    /// ```
    pub const fn max_age(self) -> Option<u8> {
        match self {
            AgeGroup::Children => Some(17),
            AgeGroup::Adults => Some(64),
            AgeGroup::Older => None,
        }
    }
}
