//! The results as data: versioned JSON reports of `recommend` and
//! `explain`, for `--json` output and for systems that store or forward
//! them. `Match`, `Decision`, `Reason` and `Recommendations` serialize as
//! the parts of these reports.

use super::delivery::Delivery;
use super::explain::Decision;
use super::profile::{Profile, ProfileField};
use super::reason::Reason;
use super::result::{Match, Recommendations};
use crate::clinical::{Indication, Instrument};
use crate::model::{NrPriority, Population, PriorityBand};
use crate::terms::Language;
use crate::vocab::{GuideSection, Kind, Need, Principal, Substance};
use serde::{Deserialize, Serialize, Serializer};

/// The version of the reports' JSON schema ([`RecommendationsReport`],
/// [`ExplainReport`]); a change that could break a reader raises it.
pub const REPORT_SCHEMA: u32 = 3;

/// The recommendations for one profile as plain data, with every reason
/// written out in Swedish and English ([`Matcher::report`]), or in one of
/// them ([`Matcher::report_in`]: a Swedish user interface writes no
/// English).
///
/// [`Matcher::report`]: crate::Matcher::report
/// [`Matcher::report_in`]: crate::Matcher::report_in
///
/// # JSON schema (version 3)
///
/// ```json
/// {
///   "schema": 3,
///   "catalog_version": "2026-11-23+insats-0.1.0",
///   "profile": { "age": 45, "substances": ["alcohol"] },
///   "primary": [ {
///       "id": "motivationshojande-behandling-met",
///       "name": "Motivationshöjande behandling",
///       "priority": 1,              // 1-10, "fou", "icke-gora", or null: no number
///       "band": "should-offer",     // optional: the band of the priority
///       "add_on": false,
///       // "requires": the population, only in a conditional match
///       "row": 0,                   // the recommendation behind the priority
///       "source": "https://...",    // optional
///       "reasons": [ { "code": "priority", "exclusion": false,
///                      "sv": "NR prioritet 1 (bör erbjudas) vid ...",   // each language
///                      "en": "NR priority 1 (should be offered) for ..." } ]  // asked for
///   } ],
///   "add_ons": [ "...same shape..." ],
///   "conditional": [ "...same shape, with requires set..." ],
///   "package": [ { "need": "housing", "id": "bostad-forst", "name": "Bostad först" } ],
///   "unmet_needs": ["school"],
///   "unstated": ["pattern"]     // the facts that would change the result
/// }
/// ```
///
/// `row` is the index of the recommendation behind the priority among the
/// entry's [`recommendations`](crate::Intervention::recommendations) in the
/// catalog of `catalog_version` (the report names the row, it does not
/// copy it); it is absent for an entry matched on its target group and
/// when a general row's number is withheld from a child. `code` is
/// [`Reason::kind`]; `sv` and `en` are written for the languages asked
/// for.
///
/// # Examples
///
/// ```
/// use insats::{Matcher, PatternOfUse, Profile, RecommendationsReport, Substance};
///
/// let profile = Profile::builder()
///     .age(45)
///     .substance(Substance::Alcohol)
///     .pattern(PatternOfUse::Dependence)
///     .build()?;
/// let report = Matcher::new(insats::catalog()).report(&profile);
/// assert_eq!(report.schema, insats::REPORT_SCHEMA);
/// assert_eq!(report.primary[0].priority, Some(insats::NrPriority::rank(1)?));
/// let audit = "audit-alcohol-use-disorders-identification-test";
/// assert!(report.assessments.iter().any(|m| m.id == audit));
/// let json = serde_json::to_string_pretty(&report)?;
/// let back: RecommendationsReport = serde_json::from_str(&json)?;
/// assert_eq!(back, report);
///
/// // For a Swedish user interface: no English is written.
/// let swedish = Matcher::new(insats::catalog()).report_in(&profile, insats::Language::Swedish);
/// let reason = &swedish.primary[0].reasons[0];
/// assert!(reason.sv.is_some() && reason.en.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RecommendationsReport {
    /// [`REPORT_SCHEMA`].
    pub schema: u32,
    /// The version of the catalog matched against.
    pub catalog_version: String,
    /// The profile matched.
    pub profile: Profile,
    /// The primary interventions, best first.
    pub primary: Vec<MatchReport>,
    /// The add-ons, best first.
    pub add_ons: Vec<MatchReport>,
    /// The conditional matches, best first.
    pub conditional: Vec<MatchReport>,
    /// For each need met, the intervention that meets it.
    pub package: Vec<PackageReport>,
    /// The needs that no recommended intervention serves.
    pub unmet_needs: Vec<Need>,
    /// [`Recommendations::assessments`]: the instruments and tests rated
    /// for the person.
    #[serde(default)]
    pub assessments: Vec<MatchReport>,
    /// [`Recommendations::not_rated_for_age`]: rows not rated for the
    /// person's age, without a number.
    #[serde(default)]
    pub not_rated_for_age: Vec<MatchReport>,
    /// What the profile's instrument scores indicate
    /// ([`Profile::indications`]).
    #[serde(default)]
    pub indications: Vec<IndicationReport>,
    /// The draft of a SIP ([`Recommendations::sip`]): the ids of the
    /// recommended measures, grouped by principal.
    #[serde(default)]
    pub sip: Vec<SipGroupReport>,
    /// [`Recommendations::unstated`]: the facts the profile leaves out
    /// that would change the result, as the profile's JSON keys.
    #[serde(default)]
    pub unstated: Vec<ProfileField>,
}

/// One group of a [`RecommendationsReport`]'s SIP draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SipGroupReport {
    /// Who offers the measures.
    pub principal: Principal,
    /// The ids of the measures, in the recommendations' order.
    pub ids: Vec<String>,
}

/// One [`Indication`] of an instrument's score, as data and in the
/// languages asked for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IndicationReport {
    /// The instrument.
    pub instrument: Instrument,
    /// The score.
    pub score: u8,
    /// The substance it is about.
    pub substance: Substance,
    /// Whether the source marks the cut-off as preliminary.
    pub preliminary: bool,
    /// What it indicates, in Swedish (when asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    /// What it indicates, in English (when asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A report of a value in both languages, as `From` gives it (the
/// `*_in` methods write one).
macro_rules! report_in_both_languages {
    ($value:ty => $report:ident) => {
        impl From<&$value> for $report {
            /// In both languages.
            fn from(value: &$value) -> $report {
                $report::of(value, Languages::Both)
            }
        }
    };
}

impl IndicationReport {
    fn of(i: &Indication, languages: Languages) -> IndicationReport {
        IndicationReport {
            instrument: i.instrument(),
            score: i.score(),
            substance: i.substance(),
            preliminary: i.is_preliminary(),
            sv: languages.write(Language::Swedish, |l| i.describe(l)),
            en: languages.write(Language::English, |l| i.describe(l)),
        }
    }
}

report_in_both_languages!(Indication => IndicationReport);

/// The languages a report writes its words in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Languages {
    Both,
    Only(Language),
}

impl Languages {
    /// `describe(language)`, when `language` is asked for.
    fn write(
        self,
        language: Language,
        describe: impl FnOnce(Language) -> String,
    ) -> Option<String> {
        match self {
            Languages::Only(only) if only != language => None,
            _ => Some(describe(language)),
        }
    }
}

/// One match in a [`RecommendationsReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MatchReport {
    /// The entry's id.
    pub id: String,
    /// The entry's name.
    pub name: String,
    /// The entry's kind (treatment, medicine, support, assessment, test).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The guide section of the entry's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<GuideSection>,
    /// Who offers it, as the chosen row's source words it.
    #[serde(default = "not_stated")]
    pub principal: Principal,
    /// Whether the person asking can deliver it, or whom it is referred
    /// to ([`Match::delivery`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// The priority that applies; `null` when there is no number for the
    /// person.
    pub priority: Option<NrPriority>,
    /// The band of the priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<PriorityBand>,
    /// Whether it is offered as an add-on to other treatment.
    pub add_on: bool,
    /// For a conditional match, the population the person must be in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<Population>,
    /// The index of the recommendation behind the priority among the
    /// entry's recommendations ([`Match::recommendation`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// Where to cite (the recommendation's source, else the entry's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Why it is included, or what would include it.
    pub reasons: Vec<ReasonReport>,
}

/// A [`Reason`] written out: its stable code and its text in the
/// languages asked for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ReasonReport {
    /// [`Reason::kind`], e.g. `"priority"`.
    pub code: String,
    /// [`Reason::is_exclusion`].
    pub exclusion: bool,
    /// [`Reason::describe`] in Swedish (when asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    /// [`Reason::describe`] in English (when asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// One need met, in a [`RecommendationsReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PackageReport {
    /// The need.
    pub need: Need,
    /// The id of the intervention that meets it.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// Every decision of [`Matcher::explain`](crate::Matcher::explain) for one
/// profile as plain data.
///
/// # JSON schema (version 3)
///
/// ```json
/// {
///   "schema": 3,
///   "catalog_version": "2026-11-23+insats-0.1.0",
///   "profile": { "age": 15 },
///   "decisions": [ {
///       "id": "haschavvanjningsprogrammet-hap", "name": "Haschavvänjningsprogrammet",
///       "included": false,
///       // "requires": the population, only in a conditional decision
///       "add_on": false,
///       "priority": null,        // "band" and "row" only with a number
///       "reasons": [ { "code": "replaced-by-youth-version", "exclusion": true, "sv": "...", "en": "..." } ]
///   } ]
/// }
/// ```
///
/// # Examples
///
/// ```
/// use insats::{ExplainReport, Matcher, Profile};
///
/// let report = Matcher::new(insats::catalog()).explain_report(&Profile::builder().age(15).build()?);
/// assert_eq!(report.decisions.len(), insats::catalog().len());
/// let back: ExplainReport = serde_json::from_str(&serde_json::to_string(&report)?)?;
/// assert_eq!(back, report);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ExplainReport {
    /// [`REPORT_SCHEMA`].
    pub schema: u32,
    /// The version of the catalog matched against.
    pub catalog_version: String,
    /// The profile matched.
    pub profile: Profile,
    /// One decision per catalog entry, in catalog order.
    pub decisions: Vec<DecisionReport>,
}

/// One decision in an [`ExplainReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DecisionReport {
    /// The entry's id.
    pub id: String,
    /// The entry's name.
    pub name: String,
    /// The entry's kind (treatment, medicine, support, assessment, test).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The guide section of the entry's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<GuideSection>,
    /// Whether `recommend` recommends it.
    pub included: bool,
    /// For a conditional match, the population the person must be in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<Population>,
    /// Whether it is an add-on for this profile.
    pub add_on: bool,
    /// The priority of the pair that applies (or would).
    pub priority: Option<NrPriority>,
    /// The band of the priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<PriorityBand>,
    /// The index of the recommendation behind the priority among the
    /// entry's recommendations ([`Decision::recommendation`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// Every reason: the exclusions first, then the notes.
    pub reasons: Vec<ReasonReport>,
}

impl ReasonReport {
    fn of(reason: &Reason, languages: Languages) -> ReasonReport {
        ReasonReport {
            code: reason.kind().to_owned(),
            exclusion: reason.is_exclusion(),
            sv: languages.write(Language::Swedish, |l| reason.describe(l)),
            en: languages.write(Language::English, |l| reason.describe(l)),
        }
    }
}

report_in_both_languages!(Reason => ReasonReport);

impl MatchReport {
    fn of(m: &Match<'_>, languages: Languages) -> MatchReport {
        let entry = m.intervention();
        let priority = m.priority();
        MatchReport {
            id: entry.id().to_owned(),
            name: entry.name().to_owned(),
            kind: entry.kind(),
            section: entry.guide_section(),
            principal: m.principal(),
            delivery: Some(m.delivery()),
            priority,
            band: priority.map(NrPriority::band),
            add_on: m.is_add_on(),
            requires: m.requires(),
            row: m.recommendation().map(|_| usize::from(m.facts.pair)),
            source: m.source().map(str::to_owned),
            reasons: m.reasons().iter().map(|r| ReasonReport::of(r, languages)).collect(),
        }
    }
}

report_in_both_languages!(Match<'_> => MatchReport);

impl DecisionReport {
    fn of(d: &Decision<'_>, languages: Languages) -> DecisionReport {
        DecisionReport {
            id: d.intervention().id().to_owned(),
            name: d.intervention().name().to_owned(),
            kind: d.intervention().kind(),
            section: d.intervention().guide_section(),
            included: d.is_included(),
            requires: d.requires(),
            add_on: d.is_add_on(),
            priority: d.priority(),
            band: d.priority().map(NrPriority::band),
            row: d.recommendation.filter(|_| d.recommendation().is_some()),
            reasons: d.reasons().iter().map(|r| ReasonReport::of(r, languages)).collect(),
        }
    }
}

report_in_both_languages!(Decision<'_> => DecisionReport);

impl RecommendationsReport {
    /// The report of `recommendations`, made for `profile`, in both
    /// languages.
    pub fn new(profile: &Profile, recommendations: &Recommendations<'_>) -> RecommendationsReport {
        RecommendationsReport::of(profile, recommendations, Languages::Both)
    }

    /// The report of `recommendations`, made for `profile`, its words in
    /// `language` only.
    pub fn in_language(
        profile: &Profile,
        recommendations: &Recommendations<'_>,
        language: Language,
    ) -> RecommendationsReport {
        RecommendationsReport::of(profile, recommendations, Languages::Only(language))
    }

    fn of(
        profile: &Profile,
        recommendations: &Recommendations<'_>,
        languages: Languages,
    ) -> RecommendationsReport {
        let matches =
            |list: &[Match<'_>]| list.iter().map(|m| MatchReport::of(m, languages)).collect();
        RecommendationsReport {
            schema: REPORT_SCHEMA,
            catalog_version: recommendations.catalog_version().to_owned(),
            profile: profile.clone(),
            primary: matches(recommendations.primary()),
            add_ons: matches(recommendations.add_ons()),
            conditional: matches(recommendations.conditional()),
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
            assessments: matches(recommendations.assessments()),
            not_rated_for_age: matches(recommendations.not_rated_for_age()),
            indications: profile
                .indications()
                .iter()
                .map(|i| IndicationReport::of(i, languages))
                .collect(),
            sip: recommendations
                .sip()
                .groups()
                .map(|(principal, group)| SipGroupReport {
                    principal,
                    ids: group.iter().map(|m| m.intervention().id().to_owned()).collect(),
                })
                .collect(),
            unstated: recommendations.unstated(),
        }
    }
}

impl ExplainReport {
    /// The report of `decisions`, made for `profile` against the catalog of
    /// version `catalog_version`, in both languages.
    pub fn new(
        profile: &Profile,
        catalog_version: &str,
        decisions: &[Decision<'_>],
    ) -> ExplainReport {
        ExplainReport::of(profile, catalog_version, decisions, Languages::Both)
    }

    /// The same, its words in `language` only.
    pub fn in_language(
        profile: &Profile,
        catalog_version: &str,
        decisions: &[Decision<'_>],
        language: Language,
    ) -> ExplainReport {
        ExplainReport::of(profile, catalog_version, decisions, Languages::Only(language))
    }

    fn of(
        profile: &Profile,
        catalog_version: &str,
        decisions: &[Decision<'_>],
        languages: Languages,
    ) -> ExplainReport {
        ExplainReport {
            schema: REPORT_SCHEMA,
            catalog_version: catalog_version.to_owned(),
            profile: profile.clone(),
            decisions: decisions.iter().map(|d| DecisionReport::of(d, languages)).collect(),
        }
    }
}

/// As its [`ReasonReport`].
impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ReasonReport::from(self).serialize(serializer)
    }
}

/// As its [`MatchReport`].
impl Serialize for Match<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MatchReport::from(self).serialize(serializer)
    }
}

/// As its [`DecisionReport`].
impl Serialize for Decision<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        DecisionReport::from(self).serialize(serializer)
    }
}

/// As a [`RecommendationsReport`] without the profile: the lists and the
/// package.
impl Serialize for Recommendations<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Lists<'r> {
            catalog_version: &'r str,
            primary: Vec<MatchReport>,
            add_ons: Vec<MatchReport>,
            conditional: Vec<MatchReport>,
            package: Vec<PackageReport>,
            unmet_needs: Vec<Need>,
            assessments: Vec<MatchReport>,
            not_rated_for_age: Vec<MatchReport>,
            unstated: Vec<ProfileField>,
        }
        let report = RecommendationsReport::new(&Profile::default(), self);
        Lists {
            catalog_version: self.catalog_version(),
            primary: report.primary,
            add_ons: report.add_ons,
            conditional: report.conditional,
            package: report.package,
            unmet_needs: report.unmet_needs,
            assessments: report.assessments,
            not_rated_for_age: report.not_rated_for_age,
            unstated: report.unstated,
        }
        .serialize(serializer)
    }
}

fn not_stated() -> Principal {
    Principal::NotStated
}
