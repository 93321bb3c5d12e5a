use super::vocabulary;

vocabulary! {
    /// What kind of measure an entry is (the fact sheet's `kind`).
    ///
    /// [`Matcher::recommend`](crate::Matcher::recommend) keeps treatment,
    /// medicine and support apart from assessment instruments and medical
    /// tests: see [`Kind::is_assessment_step`].
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Kind;
    ///
    /// assert_eq!("bedömningsinstrument".parse::<Kind>()?, Kind::Assessment);
    /// assert!(Kind::Test.is_assessment_step());
    /// assert!(!Kind::Medicine.is_assessment_step());
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Kind: "Typ av åtgärd", "kind" {
        /// Psychological or psychosocial treatment, add-ons included.
        Treatment = ("Behandling", "Treatment", "treatment"),
        /// Medicines, tapering and medication-assisted treatment included.
        Medicine = ("Läkemedelsbehandling", "Medicine", "medicine"),
        /// Social support: housing, work, coordination, programmes for
        /// relatives (NR words these as "stöd").
        Support = ("Stöd", "Support", "support"),
        /// An assessment instrument (kartläggning och utredning).
        Assessment = ("Bedömningsinstrument", "Assessment instrument", "assessment"),
        /// A medical test for alcohol or drugs.
        Test = ("Medicinskt test", "Medical test", "test"),
    }
}

impl Kind {
    /// Whether the kind belongs to finding out (instruments and tests)
    /// rather than to treatment and support.
    pub const fn is_assessment_step(self) -> bool {
        matches!(self, Kind::Assessment | Kind::Test)
    }
}

vocabulary! {
    /// The section of the guide's area *Missbruk och beroende* that a page
    /// belongs to, in the order a case moves through them; named by the
    /// page's breadcrumb.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::GuideSection;
    ///
    /// let s: GuideSection = "Kartläggning och utredning".parse()?;
    /// assert_eq!(s, GuideSection::Assessment);
    /// assert_eq!(GuideSection::TreatmentAndSupport.label_sv(), "Behandling och stöd");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum GuideSection: "Avsnitt", "guide section" {
        /// Tidiga tecken och tidig upptäckt: medical tests.
        EarlySigns = ("Tidiga tecken och tidig upptäckt", "Early signs and early detection", "early-signs"),
        /// Kartläggning och utredning: assessment instruments.
        Assessment = ("Kartläggning och utredning", "Mapping and assessment", "assessment"),
        /// Behandling och stöd: treatment and support.
        TreatmentAndSupport = ("Behandling och stöd", "Treatment and support", "treatment-and-support"),
    }
}

impl GuideSection {
    /// The kind of every measure on a page of the section, where the
    /// section says it: instruments in *Kartläggning och utredning*, medical
    /// tests in *Tidiga tecken och tidig upptäckt*; `None` for *Behandling
    /// och stöd*, whose pages hold treatment, medicine and support.
    ///
    /// ```
    /// use insats::{GuideSection, Kind};
    ///
    /// assert_eq!(GuideSection::Assessment.kind(), Some(Kind::Assessment));
    /// assert_eq!(GuideSection::TreatmentAndSupport.kind(), None);
    /// ```
    pub const fn kind(self) -> Option<Kind> {
        match self {
            GuideSection::EarlySigns => Some(Kind::Test),
            GuideSection::Assessment => Some(Kind::Assessment),
            GuideSection::TreatmentAndSupport => None,
        }
    }
}

vocabulary! {
    /// Who offers a measure, as NR words the recommendation ("hälso- och
    /// sjukvården och socialtjänsten kan erbjuda …"): the principal a
    /// samordnad individuell plan (SIP) names.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Principal;
    ///
    /// assert_eq!(Principal::Both.label_sv(), "Hälso- och sjukvården och socialtjänsten");
    /// assert!(Principal::Both.includes(Principal::SocialServices));
    /// assert!(!Principal::HealthCare.includes(Principal::SocialServices));
    /// ```
    pub enum Principal: "Huvudman", "principal" {
        /// Hälso- och sjukvården (the region's health care).
        HealthCare = ("Hälso- och sjukvården", "Health care", "health-care"),
        /// Socialtjänsten (the municipality's social services).
        SocialServices = ("Socialtjänsten", "Social services", "social-services"),
        /// Both: "hälso- och sjukvården och socialtjänsten".
        Both = ("Hälso- och sjukvården och socialtjänsten", "Health care and social services", "both"),
        /// No source read names who offers it.
        NotStated = ("Ej angivet", "Not stated", "not-stated"),
    }
}

impl Principal {
    /// Whether a measure offered by `self` is offered by `other` (both
    /// includes each).
    pub const fn includes(self, other: Principal) -> bool {
        self as u8 == other as u8
            || (matches!(self, Principal::Both)
                && matches!(other, Principal::HealthCare | Principal::SocialServices))
    }
}

vocabulary! {
    /// What the page's Kompetenskrav asks of whoever delivers the measure,
    /// as the fact sheet words it.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::CompetenceRequirement;
    ///
    /// assert_eq!(CompetenceRequirement::EmployerDecides.id(), "employer-decides");
    /// ```
    pub enum CompetenceRequirement: "Kompetenskrav", "competence" {
        /// Kompetens enligt arbetsgivarens beslut: the employer decides.
        EmployerDecides = ("Kompetens enligt arbetsgivarens beslut", "The employer decides", "employer-decides"),
        /// A licensed psychologist or psychotherapist with a relevant
        /// orientation, or health-care staff with basic psychotherapy
        /// training under qualified supervision.
        LicensedPsychotherapy = (
            "Legitimerad psykolog eller psykoterapeut, eller hälso- och sjukvårdspersonal med grundläggande psykoterapiutbildning under handledning",
            "A licensed psychologist or psychotherapist, or health-care staff with basic psychotherapy training under supervision",
            "licensed-psychotherapy"
        ),
        /// A licensed physician prescribes or delivers it.
        Physician = ("Legitimerad läkare", "A licensed physician", "physician"),
        /// A physician with specialist competence in psychiatry or
        /// addiction medicine (LARO).
        SpecialistPhysician = (
            "Läkare med specialistkompetens i psykiatri eller beroendemedicin",
            "A physician specialised in psychiatry or addiction medicine",
            "specialist-physician"
        ),
        /// Training and certification (or a licence) in the method.
        MethodCertification = ("Utbildning och certifiering i metoden", "Training and certification in the method", "method-certification"),
        /// A stated training in the instrument.
        MethodTraining = ("Utbildning i instrumentet", "Training in the instrument", "method-training"),
        /// The sources read state no competence.
        NotStated = ("Ej angivet", "Not stated", "not-stated"),
    }
}
