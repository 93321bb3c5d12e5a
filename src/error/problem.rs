//! The small problem kinds of [`ErrorKind`](super::ErrorKind): what is
//! wrong with a schedule, an entry's field or a profile's fact, each a
//! closed set with a stable code, worded by the term table.

use crate::terms::{Language, Term};

/// Declares each problem kind from its rows: `Variant = ("code", Term)`.
/// The code is the variant's stable name for systems that store or match
/// on it; the term is how it reads, in either language.
macro_rules! problem_kinds {
    ($(
        $(#[$doc:meta])*
        $kind:ident {
            $( $(#[$vdoc:meta])* $variant:ident = ($code:literal, $term:ident), )+
        }
    )+) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $kind {
            $( $(#[$vdoc])* $variant, )+
        }

        impl $kind {
            /// Every value, in table order.
            pub const ALL: &'static [$kind] = &[$($kind::$variant),+];

            /// A stable code, for systems that store a failure or match
            /// on it: kebab-case, never reworded.
            pub const fn code(self) -> &'static str {
                match self { $($kind::$variant => $code,)+ }
            }

            /// The problem in `language`, as the words that follow the
            /// field it is about.
            pub const fn describe(self, language: Language) -> &'static str {
                self.term().text(language)
            }

            pub(crate) const fn term(self) -> Term {
                match self { $($kind::$variant => Term::$term,)+ }
            }
        }
    )+};
}

problem_kinds! {
    /// The part of a schedule that an
    /// [`ErrorKind::Schedule`](super::ErrorKind::Schedule) is about.
    ///
    /// ```
    /// use insats::{Language, ScheduleField};
    ///
    /// assert_eq!(ScheduleField::Weeks.describe(Language::Swedish), "veckor");
    /// assert_eq!(ScheduleField::Weeks.code(), "weeks");
    /// ```
    ScheduleField {
        /// A span in weeks.
        Weeks = ("weeks", ScheduleWeeks),
        /// A span in months.
        Months = ("months", ScheduleMonths),
        /// A number of sessions.
        Sessions = ("sessions", ScheduleSessions),
        /// Sessions per week.
        SessionsPerWeek = ("sessions-per-week", ScheduleSessionsPerWeek),
        /// The schedule as a whole (its text, or its JSON object).
        Whole = ("schedule", ScheduleWhole),
    }

    /// What is wrong with a schedule's part, carried by
    /// [`ErrorKind::Schedule`](super::ErrorKind::Schedule).
    ///
    /// ```
    /// use insats::{Language, ScheduleProblem};
    ///
    /// assert_eq!(ScheduleProblem::AtLeastOne.describe(Language::English), "must be at least 1");
    /// assert_eq!(ScheduleProblem::MinAboveMax.code(), "min-above-max");
    /// ```
    ScheduleProblem {
        /// Zero weeks, months or sessions.
        AtLeastOne = ("at-least-one", ProblemAtLeastOne),
        /// A range whose minimum exceeds its maximum.
        MinAboveMax = ("min-above-max", ProblemMinAboveMax),
        /// An empty schedule text.
        Empty = ("empty", ProblemEmpty),
        /// `minst` without the number of sessions after it.
        ExpectedAtLeast = ("expected-at-least", ScheduleExpectedAtLeast),
        /// `minst` with more than one number.
        AtLeastOneNumber = ("at-least-one-number", ScheduleAtLeastOneNumber),
        /// Sessions per week without the numbers.
        ExpectedPerWeek = ("expected-per-week", ScheduleExpectedPerWeek),
        /// A part of the text that is no part of a schedule.
        NotAPart = ("not-a-part", ScheduleNotAPart),
        /// Neither a span nor a number of sessions.
        NeitherSpanNorSessions = ("neither-span-nor-sessions", ScheduleNeitherSpanNorSessions),
    }

    /// What is wrong with a field of an intervention, carried by
    /// [`ErrorKind::Intervention`](super::ErrorKind::Intervention): the
    /// builder's checks, and what a text must be so that the entry's page
    /// reads back the same.
    ///
    /// ```
    /// use insats::{EntryProblem, ErrorKind, Intervention};
    ///
    /// let err = Intervention::builder("").build().unwrap_err();
    /// assert!(matches!(
    ///     err.kind(),
    ///     ErrorKind::Intervention { field: "name", problem: EntryProblem::NameOneLine, .. }
    /// ));
    /// assert_eq!(EntryProblem::NameOneLine.code(), "name-one-line");
    /// ```
    EntryProblem {
        /// A name that is not one non-empty line.
        NameOneLine = ("name-one-line", InterventionNameOneLine),
        /// An id that is not a slug.
        IdNotSlug = ("id-not-slug", InterventionIdNotSlug),
        /// An umbrella entry marked as an add-on.
        UmbrellaAddOn = ("umbrella-add-on", InterventionUmbrellaAddOn),
        /// Phases not numbered 1, 2, 3, … in order.
        PhaseOrder = ("phase-order", InterventionPhaseOrder),
        /// A link that is not an entry's id.
        LinkNotId = ("link-not-id", InterventionLinkNotId),
        /// An empty abbreviation.
        AbbreviationEmpty = ("abbreviation-empty", InterventionAbbreviationEmpty),
        /// More pairs than an entry can hold.
        TooManyPairs = ("too-many-pairs", InterventionTooManyPairs),
        /// A line break in a one-line text.
        LineBreak = ("line-break", CheckLineBreak),
        /// A carriage return that a page would not keep.
        CarriageReturn = ("carriage-return", CheckCarriageReturn),
        /// White space around a text that a page would not keep.
        SurroundingSpace = ("surrounding-space", CheckSurroundingSpace),
        /// An empty text, or white space only.
        Empty = ("empty", CheckEmpty),
        /// A line that a page would read as a heading.
        Heading = ("heading", CheckHeading),
        /// A line that a page would read as a misspelt heading.
        NearHeading = ("near-heading", CheckNearHeading),
        /// A line that a page would read as a tag line.
        TagLine = ("tag-line", CheckTagLine),
        /// A line that starts with the tag lines' bullet.
        Bullet = ("bullet", CheckBullet),
        /// A line that a page would read as the breadcrumb's first line.
        HomePrefix = ("home-prefix", CheckHomePrefix),
        /// A line that a page would read as the title again.
        Title = ("title", CheckTitle),
        /// A line that a page would read as the breadcrumb's section line.
        SectionLine = ("section-line", CheckSectionLine),
        /// The replacement character, which a page reader writes for
        /// bytes that are not UTF-8.
        ReplacementCharacter = ("replacement-character", CheckReplacementCharacter),
        /// A byte-order mark.
        ByteOrderMark = ("byte-order-mark", CheckByteOrderMark),
        /// A blank line at the start or end of a section.
        BlankEdge = ("blank-edge", CheckBlankEdge),
        /// A heading's other wording for a section without text.
        EmptySectionWording = ("empty-section-wording", CheckEmptySectionWording),
        /// A heading that is not a wording of the section's heading.
        NotAWording = ("not-a-wording", CheckNotAWording),
        /// A line that opens a section's block of facts in brief, which the
        /// page reader would read as facts, not as prose.
        BriefLead = ("brief-lead", CheckStatementLead),
    }

    /// What is wrong with a fact of a profile, carried by
    /// [`ErrorKind::Profile`](super::ErrorKind::Profile) and
    /// [`ErrorKind::Dsm5Criteria`](super::ErrorKind::Dsm5Criteria).
    ///
    /// ```
    /// use insats::{ErrorKind, Profile, ProfileProblem};
    ///
    /// let err = Profile::builder().age(200).build().unwrap_err();
    /// assert!(matches!(
    ///     err.kind(),
    ///     ErrorKind::Profile { field: "age", problem: ProfileProblem::AgeAboveMax, .. }
    /// ));
    /// ```
    ProfileProblem {
        /// An age above [`Profile::MAX_AGE`](crate::Profile::MAX_AGE).
        AgeAboveMax = ("age-above-max", ProfileAgeAboveMax),
        /// An age group that the age contradicts.
        AgeGroupContradicts = ("age-group-contradicts", ProfileAgeGroupContradicts),
        /// LARO beside no other treatment.
        LaroWithoutTreatment = ("laro-without-treatment", ProfileLaroWithoutTreatment),
        /// A severity that the number of DSM-5 criteria contradicts.
        SeverityContradictsDsm5 = ("severity-contradicts-dsm5", ProfileSeverityContradictsDsm5),
        /// A situation (or delirium tremens) stated both present and absent.
        SituationBothWays = ("situation-both-ways", ProfileSituationBothWays),
        /// An AUDIT score outside 0–40.
        ScoreOutsideAudit = ("score-outside-audit", ScoreOutsideAudit),
        /// A DUDIT score outside 0–44.
        ScoreOutsideDudit = ("score-outside-dudit", ScoreOutsideDudit),
        /// Fewer than 2 DSM-5 criteria: no substance use disorder.
        TooFewDsm5Criteria = ("too-few-dsm5-criteria", Dsm5TooFew),
        /// More than 11 DSM-5 criteria: DSM-5 has 11.
        TooManyDsm5Criteria = ("too-many-dsm5-criteria", Dsm5TooMany),
    }
}
