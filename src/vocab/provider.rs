use super::vocabulary;

vocabulary! {
    /// Utförare: the setting that delivers an intervention.
    ///
    /// A label may contain ` | ` and is still one value:
    /// `Primärvård | Första linje` is one provider.
    ///
    /// # Aliases
    ///
    /// Besides the labels, `FromStr` reads these words people type; each
    /// row says why (the one table of them, the `aliases` block below):
    ///
    /// | text | reads as | why |
    /// | --- | --- | --- |
    /// | `IFO` | [`IndividualAndFamilyCare`](Provider::IndividualAndFamilyCare) | the standard abbreviation of *individ- och familjeomsorg* in the social services |
    /// | `Socialtjänsten`, `Socialtjänst`, `Social services` | an [`ErrorKind::AmbiguousLabel`](crate::ErrorKind::AmbiguousLabel) listing individ- och familjeomsorg, funktionshinderomsorg and äldreomsorg | the municipality's social services run all three; the word does not say which |
    /// | `Beroendemottagning` | an [`ErrorKind::AmbiguousLabel`](crate::ErrorKind::AmbiguousLabel) listing psykiatrisk öppenvård and Mariamottagning | the guide has no value for the regions' addiction clinics: most are run within psychiatric outpatient care, and the Maria clinics are those for young people; the word does not say which |
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Error, Provider};
    ///
    /// let p: Provider = "Primärvård | Första linje".parse()?;
    /// assert_eq!(p, Provider::PrimaryCare);
    /// assert_eq!(p.to_string(), "Primärvård | Första linje");
    /// assert_eq!("IFO".parse::<Provider>()?, Provider::IndividualAndFamilyCare);
    /// let err = "Socialtjänsten".parse::<Provider>().unwrap_err();
    /// let insats::ErrorKind::AmbiguousLabel { candidates, .. } = err.kind() else { return Err(err.into()) };
    /// assert_eq!(candidates.len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub enum Provider: "Utförare", "provider" {
        /// Antenatal and child health services.
        MaternalAndChildHealthCare = ("Mödra- och barnhälsovård", "Maternal and child health care", "maternal-and-child-health-care"),
        /// Primary care, the first line of care.
        PrimaryCare = ("Primärvård | Första linje", "Primary care | First line", "primary-care"),
        /// Psychiatric outpatient care.
        PsychiatricOutpatientCare = ("Psykiatrisk öppenvård", "Psychiatric outpatient care", "psychiatric-outpatient-care"),
        /// Psychiatric inpatient (round-the-clock) care.
        PsychiatricInpatientCare = ("Psykiatrisk heldygnsvård", "Psychiatric inpatient care", "psychiatric-inpatient-care"),
        /// Psychiatric emergency care.
        PsychiatricEmergencyCare = ("Psykiatrisk akutvård", "Psychiatric emergency care", "psychiatric-emergency-care"),
        /// Somatic outpatient care.
        SomaticOutpatientCare = ("Somatisk öppenvård", "Somatic outpatient care", "somatic-outpatient-care"),
        /// Somatic inpatient (round-the-clock) care.
        SomaticInpatientCare = ("Somatisk heldygnsvård", "Somatic inpatient care", "somatic-inpatient-care"),
        /// Somatic emergency care.
        SomaticEmergencyCare = ("Somatisk akutvård", "Somatic emergency care", "somatic-emergency-care"),
        /// Dental care.
        DentalCare = ("Tandvård", "Dental care", "dental-care"),
        /// The municipality's health care.
        MunicipalHealthCare = ("Kommunal hälso- och sjukvård", "Municipal health care", "municipal-health-care"),
        /// The social services' individual and family care (IFO).
        IndividualAndFamilyCare = ("Individ- och familjeomsorg", "Individual and family care (social services)", "individual-and-family-care"),
        /// Disability care and social psychiatry.
        DisabilityCare = ("Funktionshinderomsorg | Socialpsykiatri", "Disability care | Social psychiatry", "disability-care"),
        /// Care of older people.
        ElderlyCare = ("Äldreomsorg", "Elderly care", "elderly-care"),
        /// Preschool and educational care.
        Preschool = ("Förskola | Pedagogisk omsorg", "Preschool | Educational care", "preschool"),
        /// School and pupil health services.
        School = ("Skola | Elevhälsa", "School | Pupil health", "school"),
        /// Family centre.
        FamilyCentre = ("Familjecentral", "Family centre", "family-centre"),
        /// Youth clinic.
        YouthClinic = ("Ungdomsmottagning", "Youth clinic", "youth-clinic"),
        /// Maria clinic, for young people with substance use.
        MariaClinic = ("Mariamottagning", "Maria clinic (youth substance-use clinic)", "maria-clinic"),
    }
    aliases {
        "IFO" => IndividualAndFamilyCare,
        "Socialtjänsten" => IndividualAndFamilyCare | DisabilityCare | ElderlyCare,
        "Socialtjänst" => IndividualAndFamilyCare | DisabilityCare | ElderlyCare,
        "Social services" => IndividualAndFamilyCare | DisabilityCare | ElderlyCare,
        "Beroendemottagning" => PsychiatricOutpatientCare | MariaClinic,
    }
}
