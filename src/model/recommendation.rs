//! Recommendations of the national guidelines: condition–intervention pairs
//! with their priority, and the populations they are for.

use super::NrPriority;
use crate::vocab::{Need, Substance, TagSet};
use serde::{Deserialize, Serialize};

/// Who a recommendation is for, beyond the substance: the situation of the
/// person that the national guidelines name in the condition.
///
/// Serialized as a kebab-case id (`"in-laro"`), or `{"with-need": "housing"}`.
///
/// # Examples
///
/// ```
/// use insats::{Need, Population};
///
/// assert_eq!(serde_json::to_string(&Population::Relatives)?, r#""relatives""#);
/// assert_eq!(
///     serde_json::to_string(&Population::WithNeed(Need::Housing))?,
///     r#"{"with-need":"housing"}"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Population {
    /// Anyone with the condition; the guideline names no age or situation.
    Anyone,
    /// Young people under 18.
    Youth,
    /// Adults, from 18.
    Adults,
    /// People already in medication-assisted treatment for opioid
    /// dependence (LARO).
    #[serde(rename = "in-laro")]
    InMedicationAssistedTreatment,
    /// Relatives (anhöriga) of a person with the condition: the relative is
    /// the one helped.
    Relatives,
    /// People with the condition and a need found in the assessment
    /// (homelessness, weak attachment to work, …).
    WithNeed(Need),
    /// People with the condition who live with a partner.
    WithCohabitingPartner,
}

impl Population {
    /// A Swedish description, for user interfaces.
    pub fn describe_sv(self) -> String {
        match self {
            Population::Anyone => "alla med tillståndet".to_owned(),
            Population::Youth => "ungdomar under 18 år".to_owned(),
            Population::Adults => "vuxna".to_owned(),
            Population::InMedicationAssistedTreatment => {
                "personer i läkemedelsassisterad behandling (LARO)".to_owned()
            }
            Population::Relatives => "anhöriga".to_owned(),
            Population::WithNeed(need) => format!("personer med behov: {}", need.label_sv()),
            Population::WithCohabitingPartner => "personer med sammanboende partner".to_owned(),
        }
    }

    /// An English description, for user interfaces.
    pub fn describe_en(self) -> String {
        match self {
            Population::Anyone => "anyone with the condition".to_owned(),
            Population::Youth => "young people under 18".to_owned(),
            Population::Adults => "adults".to_owned(),
            Population::InMedicationAssistedTreatment => {
                "people in medication-assisted treatment (LARO)".to_owned()
            }
            Population::Relatives => "relatives".to_owned(),
            Population::WithNeed(need) => format!("people with the need: {}", need.label_en()),
            Population::WithCohabitingPartner => "people living with a partner".to_owned(),
        }
    }
}

/// How the guide words a recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RecommendationVerb {
    /// `bör erbjuda`: should offer.
    Should,
    /// `kan erbjuda`: may offer.
    May,
}

/// One condition–intervention pair (tillstånd–åtgärd) of the national
/// guidelines with its stated priority: for whom (substances and
/// population), how strongly, and whether only as an add-on to other
/// treatment.
///
/// An intervention often has several: CRA is rank 2 for alcohol, 3 for
/// central stimulants and 4 for people in LARO. A priority belongs to its
/// pair, never to the intervention as a whole.
///
/// # Examples
///
/// ```
/// use insats::{NrPriority, Population, Recommendation, Substance, TagSet};
///
/// let rec = Recommendation::new(
///     TagSet::from([Substance::Alcohol, Substance::Narcotics]),
///     Population::Anyone,
///     NrPriority::rank(4)?,
/// )
/// .with_add_on(true);
/// assert!(rec.applies_to_substance(Substance::Cannabis));
/// assert!(rec.is_add_on());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    substances: TagSet<Substance>,
    population: Population,
    priority: NrPriority,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    add_on: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    verb: Option<RecommendationVerb>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    edition: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    condition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

impl Recommendation {
    /// A recommendation for people using any of `substances` (an empty set:
    /// the pair names no substance) within `population`.
    pub fn new(
        substances: TagSet<Substance>,
        population: Population,
        priority: NrPriority,
    ) -> Recommendation {
        Recommendation {
            substances,
            population,
            priority,
            add_on: false,
            verb: None,
            edition: None,
            condition: None,
            source: None,
        }
    }

    /// Marks the recommendation as one for an add-on to other treatment.
    #[must_use]
    pub fn with_add_on(mut self, add_on: bool) -> Self {
        self.add_on = add_on;
        self
    }

    /// Records the wording (`bör`/`kan`).
    #[must_use]
    pub fn with_verb(mut self, verb: RecommendationVerb) -> Self {
        self.verb = Some(verb);
        self
    }

    /// Records the NR edition (year) the priority is from.
    #[must_use]
    pub fn with_edition(mut self, year: u16) -> Self {
        self.edition = Some(year);
        self
    }

    /// Records the condition as the source words it.
    #[must_use]
    pub fn with_condition(mut self, condition: impl Into<String>) -> Self {
        self.condition = Some(condition.into());
        self
    }

    /// Records the source (URL) of the recommendation.
    #[must_use]
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// The substances the pair is rated for; empty when it names none.
    pub fn substances(&self) -> TagSet<Substance> {
        self.substances
    }

    /// Who the pair is for.
    pub fn population(&self) -> Population {
        self.population
    }

    /// The NR priority stated for the pair.
    pub fn priority(&self) -> NrPriority {
        self.priority
    }

    /// Whether the pair recommends the intervention only as an add-on to
    /// other treatment.
    pub fn is_add_on(&self) -> bool {
        self.add_on
    }

    /// `bör` or `kan`, when the source words it.
    pub fn verb(&self) -> Option<RecommendationVerb> {
        self.verb
    }

    /// The NR edition (year), when a source names it.
    pub fn edition(&self) -> Option<u16> {
        self.edition
    }

    /// The condition as the source words it.
    pub fn condition(&self) -> Option<&str> {
        self.condition.as_deref()
    }

    /// The source of the pair (a URL), when it differs from the entry's.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// Whether the pair covers a person using `substance`: it is rated for
    /// it or for a broader term (narcotics covers cannabis), or it names no
    /// substance at all.
    pub fn applies_to_substance(&self, substance: Substance) -> bool {
        self.substances.is_empty() || self.substances.iter().any(|s| s.covers(substance))
    }
}

/// Who an intervention is for when no [`Recommendation`] says it: the
/// substances of its target group (Målgrupp) and the population.
///
/// Entries whose guideline pairs state no readable priority (CRAFT,
/// Bostad först, the umbrella entries) are matched on this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    #[serde(default)]
    substances: TagSet<Substance>,
    population: Population,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    verb: Option<RecommendationVerb>,
}

impl Target {
    /// A target group; an empty `substances` set names no substance.
    pub fn new(substances: TagSet<Substance>, population: Population) -> Target {
        Target { substances, population, verb: None }
    }

    /// Records how the guideline words its advice (`bör`/`kan`) where it
    /// states no number: the only sign of strength such an entry has.
    #[must_use]
    pub fn with_verb(mut self, verb: RecommendationVerb) -> Target {
        self.verb = Some(verb);
        self
    }

    /// `bör` or `kan`, when the source words it.
    pub fn verb(&self) -> Option<RecommendationVerb> {
        self.verb
    }

    /// The substances named; empty when none is.
    pub fn substances(&self) -> TagSet<Substance> {
        self.substances
    }

    /// Who the entry is for.
    pub fn population(&self) -> Population {
        self.population
    }

    /// Whether the target group covers a person using `substance`.
    pub fn applies_to_substance(&self, substance: Substance) -> bool {
        self.substances.is_empty() || self.substances.iter().any(|s| s.covers(substance))
    }
}

impl Default for Target {
    fn default() -> Self {
        Target { substances: TagSet::new(), population: Population::Anyone, verb: None }
    }
}
