//! The results as data: versioned JSON reports of `recommend` and
//! `explain`, for `--json` output and for systems that store or forward
//! them. `Match`, `Decision`, `Reason` and `Recommendations` serialize as
//! the parts of these reports.

use super::delivery::Delivery;
use super::explain::Decision;
use super::profile::ProfileFact;
use super::profile::{Profile, ProfileField};
use super::reason::Reason;
use super::reason::ReasonEffect;
use super::result::{Match, Package, Recommendations};
use crate::clinical::{Indication, Instrument};
use crate::model::{Intervention, NrPriority, Population, PriorityBand};
use crate::terms::Language;
use crate::vocab::{Facet, GuideSection, Kind, Need, Principal, Substance};
use serde::{Deserialize, Serialize, Serializer};

/// The version of the reports' JSON schema ([`RecommendationsReport`],
/// [`ExplainReport`]).
///
/// # Compatibility
///
/// A reader ignores the fields it does not know, so a report written by a
/// newer version of the crate reads in an older one. A field may be added
/// without raising the number; it rises only when a field is removed or
/// renamed, or changes its type or meaning. Version 4 (this one): a
/// reason's `effect` instead of `exclusion`, the priority always a string,
/// a match's `place`, a decision's `conditional`, words for the package
/// and the unmet needs, and the facts a reason names as fields.
pub const REPORT_SCHEMA: u32 = 4;

/// The recommendations for one profile as plain data, with every reason
/// written out in Swedish and English ([`Matcher::report`]), or in one of
/// them ([`Matcher::report_in`]: a Swedish user interface writes no
/// English).
///
/// [`Matcher::report`]: crate::Matcher::report
/// [`Matcher::report_in`]: crate::Matcher::report_in
///
/// # JSON schema (version 4)
///
/// ```json
/// {
///   "schema": 4,
///   "catalog_version": "2026-11-23+insats-0.1.0",
///   "profile": { "age": 45, "substances": ["alcohol"] },
///   "primary": [ {
///       "id": "motivationshojande-behandling-met",
///       "name": "Motivationshöjande behandling",
///       "place": 4,                 // 1, 2, 2, 4: level matches share a place
///       "priority": "1",            // "1"-"10", "fou", "icke-gora", or null: no number
///       "band": "should-offer",     // optional: the band of the priority
///       "add_on": false,
///       // "requires": the population, only in a conditional match
///       "row": 0,                   // the recommendation behind the priority
///       "source": "https://...",    // optional
///       "reasons": [ { "code": "priority", "effect": "notes",  // or "excludes", "waits"
///                      // "facet", "population", "fact": what the reason names
///                      "sv": "NR-prioritet 1 (bör erbjudas) för ...",   // each language
///                      "en": "NR priority 1 (should be offered) for ..." } ]  // asked for
///   } ],
///   "add_ons": [ "...same shape..." ],
///   "conditional": [ "...same shape: reasons that wait, requires when a situation..." ],
///   "package": [ { "need": "housing", "id": "bostad-forst", "name": "Bostad först",
///                  "sv": "...", "en": "..." } ],
///   "unmet_needs": [ { "need": "school", "sv": "...", "en": "..." } ],
///   "unstated": ["pattern"]     // the facts that would change the result
/// }
/// ```
///
/// `row` is the index of the recommendation behind the priority among the
/// entry's [`recommendations`](crate::Intervention::recommendations) in the
/// catalog of `catalog_version` (the report names the row, it does not
/// copy it); it is absent for an entry matched on its target group and
/// when a general row's number is withheld from a child. `place` is
/// [`Recommendations::places`]: matches of equal standing share it. `code`
/// is [`Reason::kind`] and `effect` [`Reason::effect`]; `sv` and `en` are
/// written for the languages asked for. A reader ignores fields it does
/// not know ([`REPORT_SCHEMA`] says the rule).
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
/// assert_eq!(report.primary[0].entry.priority, Some(insats::NrPriority::rank(1)?));
/// let audit = "audit-alcohol-use-disorders-identification-test";
/// assert!(report.assessments.iter().any(|m| m.entry.id == audit));
/// let json = serde_json::to_string_pretty(&report)?;
/// let back: RecommendationsReport = serde_json::from_str(&json)?;
/// assert_eq!(back, report);
///
/// // For a Swedish user interface: no English is written.
/// let swedish = Matcher::new(insats::catalog()).report_in(&profile, insats::Language::Swedish);
/// let reason = &swedish.primary[0].entry.reasons[0];
/// assert!(reason.words.sv.is_some() && reason.words.en.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecommendationsReport {
    /// [`REPORT_SCHEMA`].
    pub schema: u32,
    /// The version of the catalog matched against.
    pub catalog_version: String,
    /// The profile matched (read past the fields a newer version adds).
    #[serde(deserialize_with = "super::lenient::deserialize")]
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
    pub unmet_needs: Vec<UnmetNeedReport>,
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
    /// What it indicates, in the languages asked for.
    #[serde(flatten)]
    pub words: Words,
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
            words: Words::of(languages, |l| i.describe(l)),
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

/// A text a person reads, in the languages the report was asked for:
/// both ([`Matcher::report`](crate::Matcher::report)) or one
/// ([`Matcher::report_in`](crate::Matcher::report_in)). In JSON its fields
/// `sv` and `en` stand in the object that holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Words {
    /// In Swedish, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    /// In English, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Words {
    /// The text in `language`, when the report wrote it.
    pub fn get(&self, language: Language) -> Option<&str> {
        match language {
            Language::Swedish => self.sv.as_deref(),
            Language::English => self.en.as_deref(),
        }
    }

    /// `describe` in each language asked for.
    fn of(languages: Languages, describe: impl Fn(Language) -> String) -> Words {
        let write = |language| match languages {
            Languages::Only(only) if only != language => None,
            _ => Some(describe(language)),
        };
        Words { sv: write(Language::Swedish), en: write(Language::English) }
    }
}

/// An entry and how it stands for the person: the part a [`MatchReport`]
/// and a [`DecisionReport`] share, written into each of them (its fields
/// are theirs in JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntryReport {
    /// The entry's id.
    pub id: String,
    /// The entry's name, as the guide writes it.
    pub name: String,
    /// The entry's kind (treatment, medicine, support, assessment, test).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The guide section of the entry's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<GuideSection>,
    /// The priority that applies (or would); `null` when there is no
    /// number for the person. Always a string in JSON: `"1"` to `"10"`,
    /// `"fou"`, `"icke-gora"`.
    #[serde(with = "priority_id")]
    pub priority: Option<NrPriority>,
    /// The band of the priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<PriorityBand>,
    /// Whether it is offered as an add-on to other treatment.
    pub add_on: bool,
    /// For a conditional match, the population the person must be in,
    /// when a situation is what it waits for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires: Option<Population>,
    /// The index of the recommendation behind the priority among the
    /// entry's recommendations ([`Match::recommendation`],
    /// [`Decision::recommendation`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// Why it is included or excluded, or what would include it.
    pub reasons: Vec<ReasonReport>,
}

/// One match in a [`RecommendationsReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MatchReport {
    /// The entry, its priority and its reasons.
    #[serde(flatten)]
    pub entry: EntryReport,
    /// Its place in its list, from 1 ([`Recommendations::places`]): matches
    /// of equal standing (the same number and wording) share a place.
    pub place: usize,
    /// Who offers it, as the chosen row's source words it.
    #[serde(default = "not_stated")]
    pub principal: Principal,
    /// Whether the person asking can deliver it, or whom it is referred
    /// to ([`Match::delivery`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// Where to cite (the recommendation's source, else the entry's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A [`Reason`] written out: its stable code, what it does to the match,
/// the facts it names, and its text in the languages asked for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReasonReport {
    /// [`Reason::kind`], e.g. `"priority"`.
    pub code: String,
    /// [`Reason::effect`]: `"excludes"`, `"waits"` (a conditional match)
    /// or `"notes"`.
    pub effect: ReasonEffect,
    /// The facet whose value does not fit, for a facet's reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facet: Option<Facet>,
    /// The population the reason is about: the row's, which the profile
    /// fits, does not fit, or leaves unstated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<Population>,
    /// The fact of the profile that decided it, when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<ProfileFact>,
    /// [`Reason::describe`], in the languages asked for.
    #[serde(flatten)]
    pub words: Words,
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
    /// [`Served::describe`](crate::Served::describe), in the languages asked for.
    #[serde(flatten)]
    pub words: Words,
}

/// A need that no recommended intervention serves, in a
/// [`RecommendationsReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnmetNeedReport {
    /// The need.
    pub need: Need,
    /// [`Package::describe_unmet`], in the languages asked for.
    #[serde(flatten)]
    pub words: Words,
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
#[non_exhaustive]
pub struct ExplainReport {
    /// [`REPORT_SCHEMA`].
    pub schema: u32,
    /// The version of the catalog matched against.
    pub catalog_version: String,
    /// The profile matched (read past the fields a newer version adds).
    #[serde(deserialize_with = "super::lenient::deserialize")]
    pub profile: Profile,
    /// One decision per catalog entry, in catalog order.
    pub decisions: Vec<DecisionReport>,
}

/// One decision in an [`ExplainReport`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DecisionReport {
    /// The entry, its priority and every reason: the exclusions first,
    /// then the notes.
    #[serde(flatten)]
    pub entry: EntryReport,
    /// Whether `recommend` recommends it.
    pub included: bool,
    /// Whether it is a conditional match: it waits for facts the profile
    /// leaves unstated, and nothing excludes it.
    #[serde(default)]
    pub conditional: bool,
}

impl ReasonReport {
    fn of(reason: &Reason, languages: Languages) -> ReasonReport {
        let (facet, population, fact) = match reason {
            Reason::Facet { profile, .. } => (Some(profile.facet()), None, None),
            Reason::Population { required, fact } => (None, Some(*required), Some(*fact)),
            Reason::SituationNotStated { required } => (None, Some(*required), None),
            Reason::Fits { population } => (None, Some(*population), None),
            Reason::AgeScope { fact, .. } | Reason::Pattern { fact, .. } => {
                (None, None, Some(*fact))
            }
            _ => (None, None, None),
        };
        ReasonReport {
            code: reason.kind().to_owned(),
            effect: reason.effect(),
            facet,
            population,
            fact,
            words: Words::of(languages, |l| reason.describe(l)),
        }
    }
}

report_in_both_languages!(Reason => ReasonReport);

impl EntryReport {
    fn of(
        entry: &Intervention,
        priority: Option<NrPriority>,
        add_on: bool,
        requires: Option<Population>,
        row: Option<usize>,
        reasons: &[Reason],
        languages: Languages,
    ) -> EntryReport {
        EntryReport {
            id: entry.id().to_owned(),
            name: entry.name().to_owned(),
            kind: entry.kind(),
            section: entry.guide_section(),
            priority,
            band: priority.map(NrPriority::band),
            add_on,
            requires,
            row,
            reasons: reasons.iter().map(|r| ReasonReport::of(r, languages)).collect(),
        }
    }
}

impl MatchReport {
    fn of(m: &Match<'_>, place: usize, languages: Languages) -> MatchReport {
        MatchReport {
            entry: EntryReport::of(
                m.intervention(),
                m.priority(),
                m.is_add_on(),
                m.requires(),
                m.recommendation().map(|_| usize::from(m.facts.pair)),
                &m.reasons(),
                languages,
            ),
            place,
            principal: m.principal(),
            delivery: Some(m.delivery()),
            source: m.source().map(str::to_owned),
        }
    }

    /// The reports of a list of matches, each with its place.
    fn list(list: &[Match<'_>], languages: Languages) -> Vec<MatchReport> {
        list.iter()
            .zip(Recommendations::places(list))
            .map(|(m, place)| MatchReport::of(m, place, languages))
            .collect()
    }
}

/// A match alone, in both languages: its place is 1 (it is not read
/// within a list).
impl From<&Match<'_>> for MatchReport {
    fn from(m: &Match<'_>) -> MatchReport {
        MatchReport::of(m, 1, Languages::Both)
    }
}

impl DecisionReport {
    fn of(d: &Decision<'_>, languages: Languages) -> DecisionReport {
        DecisionReport {
            entry: EntryReport::of(
                d.intervention(),
                d.priority(),
                d.is_add_on(),
                d.requires(),
                d.recommendation.filter(|_| d.recommendation().is_some()),
                d.reasons(),
                languages,
            ),
            included: d.is_included(),
            conditional: d.is_conditional(),
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
        let matches = |list: &[Match<'_>]| MatchReport::list(list, languages);
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
                    words: Words::of(languages, |l| s.describe(l)),
                })
                .collect(),
            unmet_needs: recommendations
                .package()
                .unmet()
                .iter()
                .map(|need| UnmetNeedReport {
                    need,
                    words: Words::of(languages, |l| Package::describe_unmet(need, l)),
                })
                .collect(),
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
            unmet_needs: Vec<UnmetNeedReport>,
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

/// A priority as its [`NrPriority::id`], the one type a reader meets in
/// that field (schema 4; 3 wrote a rank as a number).
mod priority_id {
    use crate::model::NrPriority;
    use serde::{Deserialize, Deserializer, Serializer, de::Error as _};

    pub(super) fn serialize<S: Serializer>(
        priority: &Option<NrPriority>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match priority {
            Some(p) => serializer.serialize_str(p.id()),
            None => serializer.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NrPriority>, D::Error> {
        let Some(id) = Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)? else {
            return Ok(None);
        };
        id.parse().map(Some).map_err(|e: crate::error::Error| {
            D::Error::custom(e.describe(crate::terms::Language::English))
        })
    }
}
