use super::vocabulary;

vocabulary! {
    /// Utförare: the setting that delivers an intervention.
    ///
    /// A label may contain ` | ` and is still one value:
    /// `Primärvård | Första linje` is one provider.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Provider;
    ///
    /// let p: Provider = "Primärvård | Första linje".parse()?;
    /// assert_eq!(p, Provider::PrimaryCare);
    /// assert_eq!(p.to_string(), "Primärvård | Första linje");
    /// # Ok::<(), insats::Error>(())
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
}
