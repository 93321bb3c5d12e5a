//! Recommendations of the national guidelines: condition–intervention pairs
//! with their priority, other sources' numbers for them, and the target
//! group an entry falls back on. Matching reads both through
//! [`Pair`](super::Pair).

use super::{AgeScope, NrPriority, Population};
use crate::terms::{Language, Term, either, lower_first};
use crate::vocab::{ConditionPattern, Principal, Substance, TagSet};
use serde::{Deserialize, Serialize};

/// How the guide words a recommendation.
///
/// # Examples
///
/// ```
/// use insats::{Language, RecommendationVerb};
///
/// assert_eq!(RecommendationVerb::Should.describe(Language::Swedish), "bör erbjudas");
/// assert_eq!(RecommendationVerb::May.describe(Language::English), "may be offered");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RecommendationVerb {
    /// `bör erbjuda`: should offer.
    Should,
    /// `kan erbjuda`: may offer.
    May,
    /// `kan i undantagsfall erbjuda`: may offer in exceptional cases.
    Exceptionally,
}

impl RecommendationVerb {
    /// The wording in `language`: the same words as the band of the
    /// numbers that are worded so (1–3 bör, 4–7 kan).
    pub const fn describe(self, language: Language) -> &'static str {
        match self {
            RecommendationVerb::Should => Term::BandShouldOffer.text(language),
            RecommendationVerb::May => Term::BandMayOffer.text(language),
            RecommendationVerb::Exceptionally => Term::BandExceptionalOnly.text(language),
        }
    }

    /// The wording inside a subordinate clause (`NR anger att den i
    /// undantagsfall kan erbjudas`): the adverb before the verb.
    pub(crate) const fn describe_in_clause(self, language: Language) -> &'static str {
        match self {
            RecommendationVerb::Exceptionally => Term::BandExceptionalOnlyInClause.text(language),
            other => other.describe(language),
        }
    }
}

/// Another number that another source gives for the same NR row.
///
/// NR has one row for "KBT eller ÅP inom ramen för läkemedelsassisterad
/// behandling", yet the KBT page gives it 3 and the ÅP page 4: one of the
/// two pages is wrong, and a caseworker is shown both. The pair keeps its
/// own source's number for ranking.
///
/// # Examples
///
/// ```
/// use insats::{Dispute, NrPriority};
///
/// let other = Dispute::new(NrPriority::rank(4)?, "https://example.org/ap");
/// assert_eq!(other.priority(), NrPriority::rank(4)?);
/// assert_eq!(other.source(), "https://example.org/ap");
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    priority: NrPriority,
    source: String,
}

impl Dispute {
    /// The number `priority` that `source` gives instead.
    pub fn new(priority: NrPriority, source: impl Into<String>) -> Dispute {
        Dispute { priority, source: source.into() }
    }

    /// The other number.
    pub fn priority(&self) -> NrPriority {
        self.priority
    }

    /// The source that gives it (a URL).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// Another principal that another source names for the same row: the
/// AUDIT page says "hälso- och sjukvården", NR's patient text "hälso- och
/// sjukvården och socialtjänsten". Both are shown.
///
/// # Examples
///
/// ```
/// use insats::{Principal, PrincipalDispute};
///
/// let other = PrincipalDispute::new(Principal::Both, "https://example.org/nr");
/// assert_eq!(other.principal(), Principal::Both);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrincipalDispute {
    principal: Principal,
    source: String,
}

impl PrincipalDispute {
    /// The principal `principal` that `source` names instead.
    pub fn new(principal: Principal, source: impl Into<String>) -> PrincipalDispute {
        PrincipalDispute { principal, source: source.into() }
    }
    /// The other principal.
    pub fn principal(&self) -> Principal {
        self.principal
    }
    /// The source that names it (a URL).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// The nearest number a source states, for a row whose own number no
/// text source gives: NR's row for established delirium tremens shows its
/// number only as a graphic, and the nearest stated one is the raised-risk
/// withdrawal row's 1. It is shown as that other row's number, never as
/// the row's own, and never ranks the row.
///
/// # Examples
///
/// ```
/// use insats::{NearestStated, NrPriority};
///
/// let n = NearestStated::new(NrPriority::rank(1)?, "alkoholabstinens med förhöjd risk", "https://example.org");
/// assert_eq!(n.priority(), NrPriority::rank(1)?);
/// assert_eq!(n.condition(), "alkoholabstinens med förhöjd risk");
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NearestStated {
    priority: NrPriority,
    condition: String,
    source: String,
}

impl NearestStated {
    /// The number `priority` of the row for `condition`, stated by `source`.
    pub fn new(
        priority: NrPriority,
        condition: impl Into<String>,
        source: impl Into<String>,
    ) -> NearestStated {
        NearestStated { priority, condition: condition.into(), source: source.into() }
    }
    /// The other row's number.
    pub fn priority(&self) -> NrPriority {
        self.priority
    }
    /// The other row's condition, as its source words it (Swedish).
    pub fn condition(&self) -> &str {
        &self.condition
    }
    /// The source that states it (a URL).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// One condition–intervention pair (tillstånd–åtgärd) of the national
/// guidelines with its stated priority: for whom (substances, population
/// and ages), how strongly, and whether only as an add-on to other
/// treatment.
///
/// An intervention often has several: CRA is rank 2 for alcohol, 3 for
/// central stimulants and 4 for people in LARO. A priority belongs to its
/// pair, never to the intervention as a whole.
///
/// # Examples
///
/// ```
/// use insats::{AgeScope, NrPriority, Population, Recommendation, Substance, TagSet};
///
/// let rec = Recommendation::new(
///     TagSet::from([Substance::Alcohol, Substance::Narcotics]),
///     Population::Anyone,
///     NrPriority::rank(4)?,
/// )
/// .with_add_on(true);
/// assert!(rec.applies_to_substance(Substance::Cannabis));
/// assert!(rec.is_add_on());
/// assert_eq!(rec.age_scope(), AgeScope::Unspecified);
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    substances: TagSet<Substance>,
    population: Population,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    priority: Option<NrPriority>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    patterns: TagSet<ConditionPattern>,
    #[serde(default, skip_serializing_if = "AgeScope::is_unspecified")]
    age_scope: AgeScope,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min_age: Option<u8>,
    #[serde(default = "not_stated", skip_serializing_if = "is_not_stated")]
    principal: Principal,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    principal_disputes: Vec<PrincipalDispute>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    nearest_stated: Option<NearestStated>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    no_established_effect: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    insufficient_evidence: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    add_on: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    verb: Option<RecommendationVerb>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    edition: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    condition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    measure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    disputes: Vec<Dispute>,
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
            priority: Some(priority),
            ..Recommendation::unrated(substances, population)
        }
    }

    /// An NR row whose number no text source states (NR shows it only as a
    /// graphic, or the sources read give none): matched like any row,
    /// ranked after every numbered one, never given a number.
    pub fn unrated(substances: TagSet<Substance>, population: Population) -> Recommendation {
        Recommendation {
            substances,
            population,
            priority: None,
            patterns: TagSet::new(),
            age_scope: AgeScope::Unspecified,
            min_age: None,
            principal: Principal::NotStated,
            principal_disputes: Vec::new(),
            nearest_stated: None,
            no_established_effect: false,
            insufficient_evidence: false,
            add_on: false,
            verb: None,
            edition: None,
            condition: None,
            measure: None,
            source: None,
            disputes: Vec::new(),
        }
    }

    /// Marks the recommendation as one for an add-on to other treatment.
    #[must_use]
    pub fn with_add_on(mut self, add_on: bool) -> Self {
        self.add_on = add_on;
        self
    }

    /// Records the ages the pair is rated for.
    #[must_use]
    pub fn with_age_scope(mut self, scope: AgeScope) -> Self {
        self.age_scope = scope;
        self
    }

    /// Records the wording (`bör`/`kan`).
    #[must_use]
    pub fn with_verb(mut self, verb: RecommendationVerb) -> Self {
        self.verb = Some(verb);
        self
    }

    /// Records the terms of the row's condition that name the patterns of
    /// use (or the stage) it is for.
    #[must_use]
    pub fn with_patterns(mut self, patterns: TagSet<ConditionPattern>) -> Self {
        self.patterns = patterns;
        self
    }

    /// Records the youngest age a source states for the row (the youth
    /// set: 12; FFT: 11; ADAD: 13).
    #[must_use]
    pub fn with_min_age(mut self, years: u8) -> Self {
        self.min_age = Some(years);
        self
    }

    /// Records who offers it, as NR words the row.
    #[must_use]
    pub fn with_principal(mut self, principal: Principal) -> Self {
        self.principal = principal;
        self
    }

    /// Records another principal that another source names.
    #[must_use]
    pub fn with_principal_dispute(mut self, dispute: PrincipalDispute) -> Self {
        self.principal_disputes.push(dispute);
        self
    }

    /// Records that the row's source finds no established effect (NR's
    /// motivation for ACT within LARO) while its number is not readable:
    /// the row is never shown as recommended.
    #[must_use]
    pub fn with_no_established_effect(mut self, yes: bool) -> Self {
        self.no_established_effect = yes;
        self
    }

    /// Records that the row's source gives, as the decisive reason for the
    /// row, that the scientific evidence is insufficient (NR's row for
    /// web-based treatment of alcohol misuse or dependence): the row is
    /// still matched, and every match on it says so, so that it is not read
    /// as one of the rated treatments.
    #[must_use]
    pub fn with_insufficient_evidence(mut self, yes: bool) -> Self {
        self.insufficient_evidence = yes;
        self
    }

    /// Records the nearest number a source states, for a row without one.
    #[must_use]
    pub fn with_nearest_stated(mut self, nearest: NearestStated) -> Self {
        self.nearest_stated = Some(nearest);
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

    /// Records the measure (åtgärd) as the row words it, where it says more
    /// than the entry's name: NR rates "KBT med tillägg av MI eller MET"
    /// for cannabis, and "KBT som tillägg till nedtrappning av
    /// bensodiazepiner", not KBT alone.
    #[must_use]
    pub fn with_measure(mut self, measure: impl Into<String>) -> Self {
        self.measure = Some(measure.into());
        self
    }

    /// Records the source (URL) of the recommendation.
    #[must_use]
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Records another number that another source gives for the same row.
    #[must_use]
    pub fn with_dispute(mut self, dispute: Dispute) -> Self {
        self.disputes.push(dispute);
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

    /// The NR priority stated for the pair, by the pair's own source;
    /// `None` for a row whose number no text source states.
    pub fn priority(&self) -> Option<NrPriority> {
        self.priority
    }

    /// The terms of the condition that name the patterns of use (empty:
    /// none stated).
    pub fn patterns(&self) -> TagSet<ConditionPattern> {
        self.patterns
    }

    /// The youngest age a source states for the row, if any.
    pub fn min_age(&self) -> Option<u8> {
        self.min_age
    }

    /// Who offers it, as the row's source words it.
    pub fn principal(&self) -> Principal {
        self.principal
    }

    /// Other principals that other sources name for the row.
    pub fn principal_disputes(&self) -> &[PrincipalDispute] {
        &self.principal_disputes
    }

    /// Whether the row's source finds no established effect: never shown
    /// as recommended.
    pub fn has_no_established_effect(&self) -> bool {
        self.no_established_effect
    }

    /// Whether the row's source gives insufficient scientific evidence as
    /// the decisive reason for the row: shown with every match on it.
    pub fn has_insufficient_evidence(&self) -> bool {
        self.insufficient_evidence
    }

    /// For a row without a number: the nearest number a source states, of
    /// another row.
    pub fn nearest_stated(&self) -> Option<&NearestStated> {
        self.nearest_stated.as_ref()
    }

    /// The ages the pair is rated for.
    pub fn age_scope(&self) -> AgeScope {
        self.age_scope
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

    /// The condition as the source words it (Swedish).
    pub fn condition(&self) -> Option<&str> {
        self.condition.as_deref()
    }

    /// The measure as the row words it (Swedish), where it says more than
    /// the entry's name.
    pub fn measure(&self) -> Option<&str> {
        self.measure.as_deref()
    }

    /// The condition in `language`, for a sentence: in Swedish as the
    /// source words it; in English translated (a condition of the built-in
    /// catalog) or quoted and glossed; `None` when none is recorded.
    ///
    /// ```
    /// use insats::{Language, Population, Recommendation, Substance, TagSet};
    ///
    /// let pair = Recommendation::unrated(TagSet::only(Substance::Alcohol), Population::Anyone)
    ///     .with_condition("alkoholberoende");
    /// assert_eq!(pair.describe_condition(Language::Swedish).as_deref(), Some("alkoholberoende"));
    /// assert_eq!(pair.describe_condition(Language::English).as_deref(), Some("alcohol dependence"));
    /// ```
    pub fn describe_condition(&self, language: Language) -> Option<String> {
        let condition = self.condition.as_deref()?;
        Some(condition_in(language, condition, self.substances, self.population))
    }

    /// The source that states the pair (a URL); `None` when only the
    /// entry's source does.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// Other numbers that other sources give for the same NR row.
    pub fn disputes(&self) -> &[Dispute] {
        &self.disputes
    }

    /// Whether the pair covers a person using `substance`: it is rated for
    /// it or for a broader term (narcotics covers cannabis), or it names no
    /// substance at all.
    pub fn applies_to_substance(&self, substance: Substance) -> bool {
        covers(self.substances, substance)
    }
}

fn not_stated() -> Principal {
    Principal::NotStated
}

fn is_not_stated(principal: &Principal) -> bool {
    *principal == Principal::NotStated
}

pub(super) fn covers(rated: TagSet<Substance>, substance: Substance) -> bool {
    rated.is_empty() || rated.iter().any(|s| s.covers(substance))
}

/// Who an intervention is for when no [`Recommendation`] says it: the
/// substances of its target group (Målgrupp), the population and the ages.
///
/// Entries whose guideline pairs state no readable priority (CRAFT,
/// Bostad först, the umbrella entries, LARO) are matched on this.
///
/// # Examples
///
/// ```
/// use insats::{AgeScope, Population, Substance, TagSet, Target};
///
/// let laro = Target::new(TagSet::only(Substance::Opioids), Population::Adults)
///     .with_age_scope(AgeScope::Adults)
///     .with_usual_min_age(20);
/// assert_eq!(laro.usual_min_age(), Some(20));
/// assert!(laro.applies_to_substance(Substance::Opioids));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    #[serde(default)]
    substances: TagSet<Substance>,
    population: Population,
    #[serde(default, skip_serializing_if = "AgeScope::is_unspecified")]
    age_scope: AgeScope,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    verb: Option<RecommendationVerb>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    usual_min_age: Option<u8>,
    #[serde(default, skip_serializing_if = "TagSet::is_empty")]
    patterns: TagSet<ConditionPattern>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min_age: Option<u8>,
    #[serde(default = "not_stated", skip_serializing_if = "is_not_stated")]
    principal: Principal,
}

impl Target {
    /// A target group; an empty `substances` set names no substance.
    pub fn new(substances: TagSet<Substance>, population: Population) -> Target {
        Target {
            substances,
            population,
            age_scope: AgeScope::Unspecified,
            verb: None,
            usual_min_age: None,
            patterns: TagSet::new(),
            min_age: None,
            principal: Principal::NotStated,
        }
    }

    /// Records the terms of the condition that name the patterns of use.
    #[must_use]
    pub fn with_patterns(mut self, patterns: TagSet<ConditionPattern>) -> Target {
        self.patterns = patterns;
        self
    }

    /// Records the youngest age a source states for the target group.
    #[must_use]
    pub fn with_min_age(mut self, years: u8) -> Target {
        self.min_age = Some(years);
        self
    }

    /// Records who offers it.
    #[must_use]
    pub fn with_principal(mut self, principal: Principal) -> Target {
        self.principal = principal;
        self
    }

    /// The terms of the condition that name the patterns of use.
    pub fn patterns(&self) -> TagSet<ConditionPattern> {
        self.patterns
    }

    /// The youngest age a source states, if any.
    pub fn min_age(&self) -> Option<u8> {
        self.min_age
    }

    /// Who offers it.
    pub fn principal(&self) -> Principal {
        self.principal
    }

    /// Records how the guideline words its advice (`bör`/`kan`) where it
    /// states no number: the only sign of strength such an entry has.
    #[must_use]
    pub fn with_verb(mut self, verb: RecommendationVerb) -> Target {
        self.verb = Some(verb);
        self
    }

    /// Records the ages the entry is for.
    #[must_use]
    pub fn with_age_scope(mut self, scope: AgeScope) -> Target {
        self.age_scope = scope;
        self
    }

    /// Records the age that regulations normally require, below which the
    /// entry still applies with a note (LARO: 20, unless there are special
    /// reasons).
    #[must_use]
    pub fn with_usual_min_age(mut self, years: u8) -> Target {
        self.usual_min_age = Some(years);
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

    /// The ages the entry is for.
    pub fn age_scope(&self) -> AgeScope {
        self.age_scope
    }

    /// The age regulations normally require, if any.
    pub fn usual_min_age(&self) -> Option<u8> {
        self.usual_min_age
    }

    /// Whether the target group covers a person using `substance`.
    pub fn applies_to_substance(&self, substance: Substance) -> bool {
        covers(self.substances, substance)
    }
}

impl Default for Target {
    fn default() -> Self {
        Target::new(TagSet::new(), Population::Anyone)
    }
}

/// A row's condition in `language`: the source's Swedish as written; in
/// English its translation from the conditions' table, or (a catalog of
/// one's own) the Swedish quoted and glossed by the substances the row
/// names and, for a row of a population other than anyone, the
/// population.
pub(crate) fn condition_in(
    language: Language,
    condition: &str,
    rated: TagSet<Substance>,
    population: Population,
) -> String {
    match (language, crate::terms::conditions::english(condition)) {
        (Language::Swedish, _) => lower_first(condition),
        (Language::English, Some(english)) => english.to_owned(),
        (Language::English, None) => {
            let mut gloss = if rated.is_empty() {
                Term::SubstanceUseOrDependence.text(language).to_owned()
            } else {
                either(language, rated.iter().map(|s| lower_first(s.label_en())))
            };
            if population != Population::Anyone {
                gloss.push_str(", ");
                gloss.push_str(&population.describe(language));
            }
            Term::SourceWording.fill(language, &[("text", &condition), ("gloss", &gloss)])
        }
    }
}
