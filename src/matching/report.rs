//! A serializable report of a result, for `--json` output and for systems
//! that store or forward recommendations.

use super::profile::Profile;
use super::reason::Reason;
use super::result::{Match, Recommendations};
use crate::model::NrPriority;
use crate::vocab::Need;
use serde::{Deserialize, Serialize};

/// The recommendations for one profile as plain data, with the reasons
/// written out in Swedish and English.
///
/// JSON shape (keys always present unless marked optional):
///
/// ```json
/// {
///   "profile": { "age_group": "adults", "substances": ["alcohol"], ... },
///   "catalog_version": "2024-05",
///   "primary": [ {
///       "id": "psykosocial-behandling", "name": "Psykosocial behandling",
///       "priority": 4,            // a number 1-10, "fou", or null (not stated)
///       "priority_sv": "prioritet 4",   // optional
///       "add_on": false,
///       "source": "https://...",  // optional
///       "edition": 2019,          // optional: NR edition behind the priority
///       "reasons": [ { "kind": "priority", "exclusion": false,
///                      "sv": "NR prioritet 4 (kan erbjudas) ...",
///                      "en": "NR priority 4 (may be offered) ..." } ]
///   } ],
///   "add_ons": [ ...same shape... ],
///   "package": [ { "need": "housing", "id": "bostad-forst", "name": "Bostad först" } ],
///   "unmet_needs": ["school"]
/// }
/// ```
///
/// # Examples
///
/// ```
/// use insats::{Matcher, Profile, RecommendationsReport};
///
/// let profile = Profile::builder().age(40).build();
/// let recs = Matcher::new(insats::catalog()).recommend(&profile);
/// let report = RecommendationsReport::new(&profile, insats::catalog().version(), &recs);
/// let json = serde_json::to_string_pretty(&report)?;
/// let back: RecommendationsReport = serde_json::from_str(&json)?;
/// assert_eq!(back, report);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecommendationsReport {
    /// The profile matched.
    pub profile: Profile,
    /// The version of the catalog matched against.
    pub catalog_version: String,
    /// The primary interventions, best first.
    pub primary: Vec<MatchReport>,
    /// The add-ons, best first.
    pub add_ons: Vec<MatchReport>,
    /// For each need met, the intervention that meets it.
    pub package: Vec<PackageReport>,
    /// The needs that no recommended intervention serves.
    pub unmet_needs: Vec<Need>,
}

/// One match in a [`RecommendationsReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MatchReport {
    /// The entry's id.
    pub id: String,
    /// The entry's name.
    pub name: String,
    /// The priority that applies; `null` when none is stated.
    pub priority: Option<NrPriority>,
    /// The priority as the guide writes it (`prioritet 4`, `FoU`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority_sv: Option<String>,
    /// Whether it is offered as an add-on to other treatment.
    pub add_on: bool,
    /// Where to cite (the recommendation's source, else the entry's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The NR edition behind the priority, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<u16>,
    /// Why it is included.
    pub reasons: Vec<ReasonReport>,
}

/// A [`Reason`] written out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReasonReport {
    /// [`Reason::kind`], e.g. `"priority"`.
    pub kind: String,
    /// [`Reason::is_exclusion`].
    pub exclusion: bool,
    /// [`Reason::describe_sv`].
    pub sv: String,
    /// [`Reason::describe_en`].
    pub en: String,
}

/// One need met, in a [`RecommendationsReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PackageReport {
    /// The need.
    pub need: Need,
    /// The id of the intervention that meets it.
    pub id: String,
    /// Its name.
    pub name: String,
}

impl From<&Reason> for ReasonReport {
    fn from(reason: &Reason) -> ReasonReport {
        ReasonReport {
            kind: reason.kind().to_owned(),
            exclusion: reason.is_exclusion(),
            sv: reason.describe_sv(),
            en: reason.describe_en(),
        }
    }
}

impl From<&Match<'_>> for MatchReport {
    fn from(m: &Match<'_>) -> MatchReport {
        MatchReport {
            id: m.intervention().id().to_owned(),
            name: m.intervention().name().to_owned(),
            priority: m.priority(),
            priority_sv: m.priority().map(|p| p.to_string()),
            add_on: m.is_add_on(),
            source: m.source().map(str::to_owned),
            edition: m.recommendation().and_then(|r| r.edition()),
            reasons: m.reasons().iter().map(ReasonReport::from).collect(),
        }
    }
}

impl RecommendationsReport {
    /// The report of `recommendations`, made for `profile` against the
    /// catalog of version `catalog_version`.
    pub fn new(
        profile: &Profile,
        catalog_version: &str,
        recommendations: &Recommendations<'_>,
    ) -> RecommendationsReport {
        RecommendationsReport {
            profile: profile.clone(),
            catalog_version: catalog_version.to_owned(),
            primary: recommendations.primary().iter().map(MatchReport::from).collect(),
            add_ons: recommendations.add_ons().iter().map(MatchReport::from).collect(),
            package: recommendations
                .package()
                .served()
                .iter()
                .map(|s| PackageReport {
                    need: s.need(),
                    id: s.by().intervention().id().to_owned(),
                    name: s.by().intervention().name().to_owned(),
                })
                .collect(),
            unmet_needs: recommendations.package().unmet().iter().collect(),
        }
    }
}
