use crate::error::{Error, ErrorKind, ProfileProblem};
use crate::vocab::vocabulary;
use crate::vocab::{Severity, TagSet, Vocabulary};

vocabulary! {
    /// One of the eleven DSM-5 criteria of a substance use disorder
    /// (*substansbrukssyndrom*), met within a 12-month period.
    ///
    /// DSM-5 merged DSM-IV's abuse and dependence into one disorder, with
    /// craving added and legal problems removed; at least two criteria make
    /// the diagnosis, and their number gives its severity
    /// ([`Severity::from_dsm5`]). The variants follow DSM-5's order; the
    /// labels are short paraphrases in this crate's own words (the Swedish
    /// ones in plain clinical Swedish), not quotations of the manual or of
    /// the guide.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Dsm5Criterion, Severity, TagSet};
    ///
    /// assert_eq!("Sug".parse::<Dsm5Criterion>()?, Dsm5Criterion::Craving);
    /// assert_eq!("tolerance".parse::<Dsm5Criterion>()?, Dsm5Criterion::Tolerance);
    /// assert_eq!(Dsm5Criterion::Withdrawal.label_en(), "Withdrawal");
    ///
    /// let met = TagSet::from([Dsm5Criterion::Craving, Dsm5Criterion::Tolerance]);
    /// assert_eq!(Severity::from_dsm5(met)?, Severity::Mild);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub enum Dsm5Criterion: "DSM-5-kriterium", "DSM-5 criterion" {
        /// The substance is often taken in larger amounts or over a longer
        /// period than was intended.
        LargerAmountsOrLonger = (
            "Större mängder eller under längre tid än avsett",
            "Larger amounts or longer than intended",
            "larger-amounts-or-longer"
        ),
        /// A persistent desire, or unsuccessful efforts, to cut down or
        /// control the use.
        UnsuccessfulCutDown = (
            "Misslyckade försök att minska eller kontrollera bruket",
            "Persistent desire or unsuccessful efforts to cut down",
            "unsuccessful-cut-down"
        ),
        /// A great deal of time spent obtaining, using or recovering from
        /// the substance.
        MuchTimeSpent = (
            "Mycket tid går åt till att skaffa, använda eller återhämta sig",
            "Much time spent obtaining, using or recovering",
            "much-time-spent"
        ),
        /// Craving: a strong desire or urge to use (new in DSM-5).
        Craving = ("Sug", "Craving", "craving"),
        /// Recurrent use that results in failing to fulfil major obligations
        /// at work, school or home.
        RoleObligations = (
            "Försummar åtaganden i arbete, skola eller hem",
            "Failure to fulfil major role obligations",
            "role-obligations"
        ),
        /// Continued use despite persistent or recurrent social or
        /// interpersonal problems caused or worsened by it.
        SocialProblems = (
            "Fortsatt bruk trots sociala problem eller problem i relationer",
            "Continued use despite social or interpersonal problems",
            "social-problems"
        ),
        /// Important social, occupational or recreational activities given
        /// up or reduced because of the use.
        ActivitiesGivenUp = (
            "Viktiga aktiviteter har getts upp eller minskats",
            "Important activities given up or reduced",
            "activities-given-up"
        ),
        /// Recurrent use in situations in which it is physically hazardous
        /// (e.g. driving).
        HazardousUse = (
            "Upprepat bruk i situationer där det är fysiskt riskfyllt",
            "Recurrent use in hazardous situations",
            "hazardous-use"
        ),
        /// Continued use despite knowing of a persistent or recurrent
        /// physical or psychological problem that it probably causes or
        /// worsens.
        HealthProblems = (
            "Fortsatt bruk trots fysiska eller psykiska besvär",
            "Continued use despite physical or psychological problems",
            "health-problems"
        ),
        /// Tolerance: a markedly increased amount is needed for the same
        /// effect, or the same amount has a markedly smaller effect. DSM-5
        /// does not count it for a medicine taken as prescribed under medical
        /// supervision.
        Tolerance = ("Tolerans", "Tolerance", "tolerance"),
        /// Withdrawal: the substance's withdrawal syndrome, or use to relieve
        /// or avoid it. DSM-5 does not count it for a medicine taken as
        /// prescribed under medical supervision.
        Withdrawal = ("Abstinens", "Withdrawal", "withdrawal"),
    }
}

/// The number of DSM-5 criteria of a substance use disorder.
const CRITERIA: u8 = 11;
/// The fewest criteria met that make a substance use disorder.
const FEWEST: u8 = 2;

const _: () = assert!(Dsm5Criterion::ALL.len() == CRITERIA as usize, "DSM-5 has 11 criteria");

impl Severity {
    /// DSM-5's severity of a substance use disorder from the number of its
    /// eleven criteria met within 12 months: 2–3 mild (`Lindrig`), 4–5
    /// moderate (`Medelsvår`), 6–11 severe (`Svår`).
    ///
    /// The scale is DSM-5's own severity specifier (American Psychiatric
    /// Association 2013; Läkartidningen 2013, "DSM-5: Ny diagnos ersätter
    /// missbruk och beroende", describes it in Swedish). The crate takes
    /// DSM-5's mild, moderate and severe as the guide's Lindrig, Medelsvår
    /// and Svår because they are the same words: **this is an
    /// interpretation**. The guide does not define its severity levels for
    /// substance use, and no source found maps them to diagnostic criteria.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Dsm5Criteria`](crate::ErrorKind::Dsm5Criteria) for 0 or 1 (fewer than 2 criteria is no
    /// substance use disorder) and for 12 or more (DSM-5 has 11 criteria).
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Error, Severity};
    ///
    /// assert_eq!(Severity::from_dsm5_criteria(3)?, Severity::Mild);
    /// assert_eq!(Severity::from_dsm5_criteria(5)?, Severity::Moderate);
    /// assert_eq!(Severity::from_dsm5_criteria(6)?, Severity::Severe);
    /// let err = Severity::from_dsm5_criteria(1).err().ok_or("1 criterion is refused")?;
    /// assert!(matches!(err.kind(), insats::ErrorKind::Dsm5Criteria { count: 1, .. }));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "DSM-5 criteria met: 1; at least 2 are needed for a substance use disorder, so no severity can be given"
    /// );
    /// assert!(Severity::from_dsm5_criteria(12).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_dsm5_criteria(count: u8) -> Result<Severity, Error> {
        match count {
            FEWEST..=3 => Ok(Severity::Mild),
            4..=5 => Ok(Severity::Moderate),
            6..=CRITERIA => Ok(Severity::Severe),
            _ => Err(Error::from(ErrorKind::Dsm5Criteria {
                count,
                problem: if count < FEWEST {
                    ProfileProblem::TooFewDsm5Criteria
                } else {
                    ProfileProblem::TooManyDsm5Criteria
                },
            })),
        }
    }

    /// DSM-5's severity from the set of criteria met: their number, read as
    /// by [`from_dsm5_criteria`](Self::from_dsm5_criteria) (the same
    /// interpretation of the guide's severity levels applies).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Dsm5Criteria`](crate::ErrorKind::Dsm5Criteria) when fewer than 2 criteria are met: that is
    /// no substance use disorder.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Dsm5Criterion, Severity, TagSet, Vocabulary};
    ///
    /// assert_eq!(Severity::from_dsm5(TagSet::all())?, Severity::Severe);
    /// let met: TagSet<Dsm5Criterion> = Dsm5Criterion::ALL.iter().copied().take(4).collect();
    /// assert_eq!(Severity::from_dsm5(met)?, Severity::Moderate);
    /// assert!(Severity::from_dsm5(TagSet::only(Dsm5Criterion::Craving)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_dsm5(criteria: TagSet<Dsm5Criterion>) -> Result<Severity, Error> {
        Self::from_dsm5_criteria(u8::try_from(criteria.len()).unwrap_or(u8::MAX))
    }
}
