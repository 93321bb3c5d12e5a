//! Why an intervention is, or is not, recommended: [`Reason`].

use super::profile::ProfileFact;
use crate::model::{AgeScope, Dispute, NearestStated, NrPriority, Population, RecommendationVerb};
use crate::vocab::{FacetSet, FacetValue, PatternRequirement, Substance, TagSet};

/// Why an intervention is, or is not, recommended for a profile.
///
/// A reason is either an exclusion ([`Reason::is_exclusion`]: the entry is
/// not recommended because of it) or a note that explains an inclusion
/// (the priority that applies, a facet the entry does not state). A reason
/// names the fact of the profile that decided it. A user interface shows
/// it with [`Reason::describe`] (or `Display`, in Swedish), or matches on
/// the variant; [`Reason::kind`] is a stable id.
///
/// # Examples
///
/// ```
/// use insats::{Facet, FacetValue, Language, Provider, Reason, TagSet};
///
/// let reason = Reason::Facet {
///     profile: FacetValue::new(Provider::DentalCare),
///     allowed: TagSet::from([Provider::IndividualAndFamilyCare]).into(),
/// };
/// assert!(reason.is_exclusion());
/// assert_eq!(reason.kind(), "provider");
/// assert_eq!(
///     reason.describe(Language::English),
///     "the provider \"Tandvård\" (dental care) is not among the intervention's providers \
///      (\"Individ- och familjeomsorg\" (individual and family care (social services)))"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The profile's value of a facet is not among the entry's values.
    Facet {
        /// The profile's value.
        profile: FacetValue,
        /// The entry's values of that facet.
        allowed: FacetSet,
    },
    /// No pair (nor the target group) covers the person's substances: no
    /// priority is borrowed from another substance.
    Substance {
        /// The profile's substances.
        profile: TagSet<Substance>,
        /// The substances the entry is rated (or meant) for.
        rated: TagSet<Substance>,
    },
    /// A pair covers the substance, but a fact of the profile puts the
    /// person outside its population (the person asking is a relative, the
    /// assessment found no such need, …).
    Population {
        /// The population the pair is for.
        required: Population,
        /// The fact of the profile that does not fit.
        fact: ProfileFact,
    },
    /// A pair covers the substance, but the person's age is outside the
    /// ages NR rates it for (medicines for adults; the youth set for
    /// under-18s).
    AgeScope {
        /// The ages the pair is for.
        scope: AgeScope,
        /// The fact of the profile that does not fit.
        fact: ProfileFact,
    },
    /// The pair would apply if a situation the profile leaves unstated
    /// held: a conditional match, not recommended yet.
    SituationNotStated {
        /// The population the pair is for.
        required: Population,
    },
    /// The pair's scope is an age and the profile states none: a
    /// conditional match.
    AgeNotStated {
        /// The ages the pair is for.
        scope: AgeScope,
        /// The youngest age a source states for it, if any.
        min_age: Option<u8>,
    },
    /// The pair names a substance and the profile states none (or states
    /// "narkotika" without the kind the pair is for): a conditional match.
    SubstanceNotStated {
        /// The substances the pair is for.
        substances: TagSet<Substance>,
    },
    /// The pair's condition names a pattern of use that the profile does
    /// not state: a conditional match.
    PatternNotStated {
        /// What the condition needs.
        required: PatternRequirement,
        /// The substances the pair is for, when the profile states one
        /// (empty: none named, or the substance waits too).
        substances: TagSet<Substance>,
        /// The row is for people in LARO and the profile says the person
        /// is: being in LARO is not read as a pattern of use, and the
        /// sentence says so.
        in_laro: bool,
    },
    /// The pattern of use the profile states is not what the pair's
    /// condition names (riskbruk, for a row worded "missbruk eller
    /// beroende").
    Pattern {
        /// What the condition needs.
        required: PatternRequirement,
        /// The fact of the profile that does not fit.
        fact: ProfileFact,
    },
    /// The person is younger than the youngest age the sources state for
    /// the youth row (the youth set from 12, FFT from 11): listed with the
    /// matches not rated for the person's age.
    BelowStatedAge {
        /// The youngest age stated.
        min_age: u8,
    },
    /// A note: the row's own number is not stated in any text; the nearest
    /// stated number is another row's, shown as such.
    NearestStated(NearestStated),
    /// The intervention is an add-on to other treatment, the profile
    /// states that the person is in none, and no primary intervention is
    /// recommended.
    RequiresOtherTreatment,
    /// The intervention is an add-on to other treatment, no primary
    /// intervention is recommended, and the profile does not state whether
    /// the person is in other treatment: a conditional match, which would
    /// apply if the person is.
    OtherTreatmentNotStated,
    /// Icke-göra: the national guidelines advise against it.
    AdvisedAgainst,
    /// FoU: recommended only within research, and the profile did not ask
    /// for research.
    ResearchOnly,
    /// The row's source finds no established effect, and its number is not
    /// readable in any text: never shown as recommended.
    NoEstablishedEffect,
    /// For a child, the youth version of the intervention is decided
    /// instead (on its own).
    ReplacedByYouthVersion {
        /// The youth version's id.
        id: String,
        /// The youth version's name.
        name: String,
    },
    /// A note: the pair names no substance, so it excludes none.
    SubstanceNotNamed,
    /// A note: the priority that applies, and the pair it comes from.
    Priority {
        /// The NR priority.
        priority: NrPriority,
        /// The index of the pair in
        /// [`Intervention::recommendations`](crate::Intervention::recommendations).
        recommendation: usize,
        /// The substances of that pair (empty: none named).
        substances: TagSet<Substance>,
        /// The population of that pair.
        population: Population,
        /// The condition as the source words it, when recorded.
        condition: Option<String>,
        /// The measure as the row words it, where it says more than the
        /// entry's name (`KBT med tillägg av MI eller MET`).
        measure: Option<String>,
        /// Other numbers other sources give for the same NR row.
        disputes: Vec<Dispute>,
    },
    /// A note: the sources the catalog is built on state no number for
    /// the row (the guideline's wording, when recorded, is `verb`), so it
    /// is ranked after every numbered one.
    NoNumberInSources {
        /// `bör` or `kan`, when the source words it.
        verb: Option<RecommendationVerb>,
        /// The row's condition as the source words it, when recorded.
        condition: Option<String>,
    },
    /// A note, first among an included match's reasons: the fact of the
    /// profile that puts the person in the population of the row that
    /// decided the match (the need the assessment found, that the person
    /// asking is a relative, the LARO treatment, …). A row for anyone with
    /// the condition has none: its priority (or wording) names the
    /// condition.
    Fits {
        /// The row's population, which the profile states.
        population: Population,
    },
    /// The pair is one of NR's general rows, which name no age; NR rates
    /// its youth set for people under 18, so for a child the row is listed
    /// apart, with no number, among the matches not rated for the
    /// person's age.
    NoNumberForChildren,
    /// A note: the row's source gives, as the decisive reason for the row,
    /// that the scientific evidence is insufficient, so the intervention
    /// is not one of the rated treatments it is listed with.
    InsufficientEvidence,
    /// A note: the person is younger than the age regulations normally
    /// require (LARO: 20, unless there are special reasons).
    BelowUsualAge {
        /// The age regulations normally require.
        min_age: u8,
    },
    /// A note: offered as an add-on to other treatment.
    AddOn,
}

/// What a [`Reason`] does to its match ([`Reason::effect`]); in the
/// reports' JSON, `"excludes"`, `"waits"` or `"notes"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ReasonEffect {
    /// It keeps the intervention from being recommended for the person.
    Excludes,
    /// A fact the profile leaves unstated, which the match waits for: a
    /// conditional match, not an exclusion.
    Waits,
    /// It explains the match (its priority, its row, an add-on role, a
    /// note on age).
    Notes,
}

impl Reason {
    /// Whether the reason keeps the intervention from being recommended
    /// (rather than explain its inclusion).
    pub fn is_exclusion(&self) -> bool {
        !matches!(
            self,
            Reason::SubstanceNotNamed
                | Reason::Priority { .. }
                | Reason::NoNumberInSources { .. }
                | Reason::Fits { .. }
                | Reason::NearestStated(_)
                | Reason::InsufficientEvidence
                | Reason::BelowUsualAge { .. }
                | Reason::AddOn
        )
    }

    /// Whether the reason is a fact the profile leaves unstated, which
    /// makes a match conditional rather than excluded.
    pub fn is_unstated(&self) -> bool {
        matches!(
            self,
            Reason::SituationNotStated { .. }
                | Reason::AgeNotStated { .. }
                | Reason::SubstanceNotStated { .. }
                | Reason::PatternNotStated { .. }
                | Reason::OtherTreatmentNotStated
        )
    }

    /// What the reason does to its match: it keeps it out, the match
    /// waits for it, or it explains the match. A reader that counts
    /// exclusions counts [`ReasonEffect::Excludes`] only: a fact the
    /// profile leaves unstated makes a match conditional, never excluded.
    ///
    /// ```
    /// use insats::{Population, Reason, ReasonEffect};
    ///
    /// assert_eq!(Reason::AdvisedAgainst.effect(), ReasonEffect::Excludes);
    /// let waits = Reason::SituationNotStated { required: Population::Relatives };
    /// assert_eq!(waits.effect(), ReasonEffect::Waits);
    /// assert_eq!(Reason::AddOn.effect(), ReasonEffect::Notes);
    /// ```
    pub fn effect(&self) -> ReasonEffect {
        if self.is_unstated() {
            ReasonEffect::Waits
        } else if self.is_exclusion() {
            ReasonEffect::Excludes
        } else {
            ReasonEffect::Notes
        }
    }

    /// A stable kebab-case id of the variant: a facet's id (`"provider"`)
    /// for a facet, else e.g. `"population"`,
    /// `"requires-other-treatment"`; used by the JSON reports and the
    /// scenario files.
    pub fn kind(&self) -> &'static str {
        match self {
            Reason::Facet { profile, .. } => profile.facet().id(),
            Reason::Substance { .. } => "substance",
            Reason::Population { .. } => "population",
            Reason::AgeScope { .. } => "age-scope",
            Reason::SituationNotStated { .. } => "situation-not-stated",
            Reason::AgeNotStated { .. } => "age-not-stated",
            Reason::SubstanceNotStated { .. } => "substance-not-stated",
            Reason::PatternNotStated { .. } => "pattern-not-stated",
            Reason::Pattern { .. } => "pattern",
            Reason::BelowStatedAge { .. } => "below-stated-age",
            Reason::NearestStated(_) => "nearest-stated",
            Reason::RequiresOtherTreatment => "requires-other-treatment",
            Reason::OtherTreatmentNotStated => "other-treatment-not-stated",
            Reason::AdvisedAgainst => "advised-against",
            Reason::ResearchOnly => "research-only",
            Reason::NoEstablishedEffect => "no-established-effect",
            Reason::ReplacedByYouthVersion { .. } => "replaced-by-youth-version",
            Reason::SubstanceNotNamed => "substance-not-named",
            Reason::Priority { .. } => "priority",
            Reason::NoNumberInSources { .. } => "no-number-in-sources",
            Reason::Fits { .. } => "fits",
            Reason::NoNumberForChildren => "no-number-for-children",
            Reason::InsufficientEvidence => "insufficient-evidence",
            Reason::BelowUsualAge { .. } => "below-usual-age",
            Reason::AddOn => "add-on",
        }
    }
}
