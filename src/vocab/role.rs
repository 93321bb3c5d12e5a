use super::vocabulary;

vocabulary! {
    /// Yrkesroll: the practitioner's professional role group.
    ///
    /// A label may contain ` | ` and is still one value:
    /// `Undersköterska | Behandlingsassistent | Skötare` is one role group.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Role;
    ///
    /// let r: Role = "Socialsekreterare | Biståndshandläggare".parse()?;
    /// assert_eq!(r, Role::SocialWorker);
    /// assert_eq!(r.label_en(), "Social worker | Needs assessor");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Role: "Yrkesroll", "role" {
        /// Physician.
        Physician = ("Läkare", "Physician", "physician"),
        /// Psychologist.
        Psychologist = ("Psykolog", "Psychologist", "psychologist"),
        /// Nurse.
        Nurse = ("Sjuksköterska", "Nurse", "nurse"),
        /// Assistant nurse, treatment assistant or attendant.
        AssistantNurse = ("Undersköterska | Behandlingsassistent | Skötare", "Assistant nurse | Treatment assistant | Attendant", "assistant-nurse"),
        /// Care assistant.
        CareAssistant = ("Vårdbiträde", "Care assistant", "care-assistant"),
        /// Speech therapist.
        SpeechTherapist = ("Logoped", "Speech therapist", "speech-therapist"),
        /// Dietitian.
        Dietitian = ("Dietist", "Dietitian", "dietitian"),
        /// Physiotherapist.
        Physiotherapist = ("Fysioterapeut", "Physiotherapist", "physiotherapist"),
        /// Occupational therapist.
        OccupationalTherapist = ("Arbetsterapeut", "Occupational therapist", "occupational-therapist"),
        /// Counsellor (medical social worker).
        Counsellor = ("Kurator", "Counsellor", "counsellor"),
        /// Psychotherapist.
        Psychotherapist = ("Psykoterapeut", "Psychotherapist", "psychotherapist"),
        /// Social worker or needs assessor in the social services.
        SocialWorker = ("Socialsekreterare | Biståndshandläggare", "Social worker | Needs assessor", "social-worker"),
        /// Support educator, support assistant or housing support worker.
        SupportWorker = ("Stödpedagog | Stödassistent | Boendestödjare", "Support educator | Support assistant | Housing support worker", "support-worker"),
        /// Teacher, preschool teacher or leisure-time teacher.
        Teacher = ("Lärare | Förskollärare | Fritidspedagog", "Teacher | Preschool teacher | Leisure-time teacher", "teacher"),
        /// Childminder, pupil assistant or youth leader.
        Childminder = ("Barnskötare | Elevassistent | Fritidsledare", "Childminder | Pupil assistant | Youth leader", "childminder"),
        /// Special-needs educator.
        SpecialEducator = ("Specialpedagog", "Special-needs educator", "special-educator"),
        /// Dental professions.
        DentalProfession = ("Tandvårdsyrke", "Dental profession", "dental-profession"),
        /// Management and administration.
        Management = ("Ledning | Administration", "Management | Administration", "management"),
    }
}
