//! Reasons in words, in either language, from the term table.

use super::profile::ProfileFact;
use super::reason::Reason;
use crate::model::population::need_phrase;
use crate::model::{AgeScope, Population};
use crate::terms::conditions::{self, Lead};
use crate::terms::quote::in_prose;
use crate::terms::{Language, Term, either, lower_first};
use crate::vocab::{FacetSet, FacetValue, PatternRequirement, Substance, TagSet};
use std::fmt;

/// A value of a facet in a sentence: the Swedish label, or in English the
/// quoted label and its translation.
fn value(language: Language, value: FacetValue) -> String {
    in_prose(language, value.label_sv(), value.label_en())
}

fn values(language: Language, set: FacetSet) -> String {
    either(language, set.iter().map(|v| value(language, v)))
}

/// Substances as common nouns, read as alternatives: `alkohol eller
/// narkotika`.
pub(crate) fn substances(language: Language, set: TagSet<Substance>) -> String {
    either(
        language,
        set.iter().map(|s| match language {
            Language::Swedish => s.label_sv().to_lowercase(),
            Language::English => lower_first(s.label_en()),
        }),
    )
}

fn scope(language: Language, scope: AgeScope) -> String {
    match scope {
        AgeScope::Adults => Population::Adults.describe(language),
        AgeScope::Under18 => Population::Youth.describe(language),
        AgeScope::Unspecified => Population::Anyone.describe(language),
        AgeScope::Youth13To21 => Term::ScopeYouth13To21.text(language).to_owned(),
        AgeScope::From20UnlessSpecialReasons => Term::ScopeFrom20.text(language).to_owned(),
    }
}

/// The ages a person must be for a pair, as a predicate: "18 år eller
/// äldre", "12–17 år".
fn ages(language: Language, scope: AgeScope, min_age: Option<u8>) -> String {
    match (scope, min_age) {
        (AgeScope::Under18, Some(min)) => Term::ScopeYouthFrom.fill(language, &[("min", &min)]),
        (AgeScope::Under18, None) => Term::ScopeUnder18.text(language).to_owned(),
        (AgeScope::Adults, _) => Term::ScopeAdultAge.text(language).to_owned(),
        (other, _) => self::scope(language, other),
    }
}

/// A row's condition in `language` (see `model::condition_in`).
fn condition(
    language: Language,
    condition: &str,
    rated: TagSet<Substance>,
    population: Population,
) -> String {
    crate::model::condition_in(language, condition, rated, population)
}

/// The row a priority or a wording is for, led in as its condition
/// needs: ` vid alkoholberoende`, ` för ungdomar med …`, ` som underlag
/// för …`; the one population of LARO's rows in one wording, whichever
/// page words it; a partner that the condition leaves out, after it.
pub(crate) fn row(
    language: Language,
    rated: TagSet<Substance>,
    population: Population,
    condition: Option<&str>,
) -> String {
    let l = language;
    if population == Population::InMedicationAssistedTreatment {
        return Term::ReasonPriorityFor.fill(l, &[("who", &population.describe(l))]);
    }
    let mut out = match condition {
        Some(text) => {
            let who = self::condition(l, text, rated, population);
            match conditions::lead(text) {
                Lead::At => Term::ReasonPriorityAt.fill(l, &[("who", &who)]),
                Lead::For => Term::ReasonPriorityFor.fill(l, &[("who", &who)]),
                Lead::As => Term::ReasonPriorityAs.fill(l, &[("who", &who)]),
                Lead::Bare => format!(" {who}"),
            }
        }
        None => {
            let who = if rated.is_empty() {
                Term::SubstanceUseOrDependence.text(l).to_owned()
            } else {
                substances(l, rated)
            };
            Term::ReasonPriorityFor.fill(l, &[("who", &who)])
        }
    };
    let named = condition.is_some() && population != Population::WithCohabitingPartner;
    if population != Population::Anyone && !named {
        out.push_str(&Term::ReasonPriorityAlso.fill(l, &[("who", &population.describe(l))]));
    }
    if condition.is_none() {
        out.push_str(Term::ReasonConditionNotStated.text(l));
    }
    out
}

/// A pattern requirement as a noun phrase.
pub(crate) fn pattern(language: Language, required: PatternRequirement) -> &'static str {
    match required {
        PatternRequirement::Dependence => Term::PatternDependence.text(language),
        _ => Term::PatternMisuseOrDependence.text(language),
    }
}

impl Reason {
    /// The reason as a clause in `language`, starting in lower case (or
    /// with an abbreviation such as NR).
    ///
    /// ```
    /// use insats::{Language, Reason};
    /// assert_eq!(
    ///     Reason::AddOn.describe(Language::Swedish),
    ///     "erbjuds som tillägg till annan behandling"
    /// );
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let l = language;
        match self {
            Reason::Facet { profile, allowed } => {
                let facet = profile.facet();
                let (the, plural) = match l {
                    Language::Swedish => (facet.the_sv(), facet.plural_sv()),
                    Language::English => (facet.the_en(), facet.plural_en()),
                };
                Term::ReasonFacet.fill(
                    l,
                    &[
                        ("the", &the),
                        ("value", &value(l, *profile)),
                        ("plural", &plural),
                        ("allowed", &values(l, *allowed)),
                    ],
                )
            }
            Reason::Substance { profile, rated } => Term::ReasonSubstance.fill(
                l,
                &[("profile", &substances(l, *profile)), ("rated", &substances(l, *rated))],
            ),
            // A relative asking: whichever population the row is for, it
            // is the person's own (one sentence, however many rows).
            Reason::Population { fact: ProfileFact::IsRelative, .. } => {
                Term::ReasonRelativeAsking.text(l).to_owned()
            }
            Reason::Population {
                required: Population::WithNeed(need),
                fact: ProfileFact::NeedNotFound(found),
            } if need == found => {
                Term::ReasonNeedNotFound.fill(l, &[("need", &need_phrase(l, *need))])
            }
            // Delirium tremens is withdrawal too (its gravest form): the row
            // is left for the one NR gives it, not for want of withdrawal.
            Reason::Population { fact: ProfileFact::HasDeliriumTremens, required } => {
                Term::ReasonDeliriumTremensOwnRow.fill(l, &[("population", &required.describe(l))])
            }
            Reason::Population { required, fact } => Term::ReasonPopulation
                .fill(l, &[("fact", &fact.describe(l)), ("population", &required.describe(l))]),
            Reason::AgeScope { scope: s, fact } => {
                let fact = fact.describe(l);
                match s {
                    AgeScope::Under18 => Term::ReasonAgeScopeYouth.fill(l, &[("fact", &fact)]),
                    AgeScope::Adults => Term::ReasonAgeScopeAdults.fill(l, &[("fact", &fact)]),
                    AgeScope::Youth13To21 => Term::ReasonAgeScopeStated
                        .fill(l, &[("fact", &fact), ("scope", &scope(l, *s))]),
                    _ => Term::ReasonAgeScope.fill(l, &[("fact", &fact), ("scope", &scope(l, *s))]),
                }
            }
            Reason::SituationNotStated { required } => {
                Term::ReasonSituationNotStated.fill(l, &[("holds", &required.holds(l))])
            }
            Reason::AgeNotStated { scope: s, min_age } => {
                Term::ReasonAgeNotStated.fill(l, &[("scope", &ages(l, *s, *min_age))])
            }
            Reason::SubstanceNotStated { substances: rated } => {
                Term::ReasonSubstanceNotStated.fill(l, &[("substances", &substances(l, *rated))])
            }
            Reason::PatternNotStated { required, substances: rated, in_laro } => {
                let what = match (rated.is_empty(), required) {
                    (true, _) => pattern(l, *required).to_owned(),
                    (false, PatternRequirement::Dependence) => {
                        Term::PatternDependenceOn.fill(l, &[("substances", &substances(l, *rated))])
                    }
                    (false, _) => Term::PatternMisuseOrDependenceOn
                        .fill(l, &[("substances", &substances(l, *rated))]),
                };
                let mut out = Term::ReasonPatternNotStated.fill(l, &[("pattern", &what)]);
                if *in_laro {
                    out.push_str(Term::ReasonLaroStatesNoPattern.text(l));
                }
                out
            }
            Reason::Pattern { required, fact } => Term::ReasonPattern
                .fill(l, &[("fact", &fact.describe(l)), ("pattern", &pattern(l, *required))]),
            Reason::BelowStatedAge { min_age } => {
                Term::ReasonBelowStatedAge.fill(l, &[("age", min_age)])
            }
            Reason::NearestStated(nearest) => Term::ReasonNearestStated.fill(
                l,
                &[
                    ("priority", &nearest.priority().describe(l)),
                    (
                        "condition",
                        &condition(l, nearest.condition(), TagSet::new(), Population::Anyone),
                    ),
                    ("source", &nearest.source()),
                ],
            ),
            Reason::RequiresOtherTreatment => Term::ReasonRequiresOtherTreatment.text(l).to_owned(),
            Reason::OtherTreatmentNotStated => {
                Term::ReasonOtherTreatmentNotStated.text(l).to_owned()
            }
            Reason::AdvisedAgainst => Term::ReasonAdvisedAgainst.text(l).to_owned(),
            Reason::NoEstablishedEffect => Term::ReasonNoEstablishedEffect.text(l).to_owned(),
            Reason::ResearchOnly => Term::ReasonResearchOnly.text(l).to_owned(),
            Reason::ReplacedByYouthVersion { name, .. } => {
                Term::ReasonReplacedByYouthVersion.fill(l, &[("name", &format!("\"{name}\""))])
            }
            Reason::SubstanceNotNamed => Term::ReasonSubstanceNotNamed.text(l).to_owned(),
            Reason::Priority {
                priority,
                substances: rated,
                population,
                condition,
                measure,
                disputes,
                ..
            } => {
                let band = priority.band().describe(l);
                let mut out = match priority.rank_number() {
                    Some(rank) => Term::ReasonPriority.fill(l, &[("rank", &rank), ("band", &band)]),
                    None => Term::ReasonPriorityLabel
                        .fill(l, &[("label", &priority.describe(l)), ("band", &band)]),
                };
                let row = row(l, *rated, *population, condition.as_deref());
                match measure {
                    Some(m) => out.push_str(
                        &Term::ReasonPriorityMeasure
                            .fill(l, &[("measure", &conditions::measure_in(l, m)), ("row", &row)]),
                    ),
                    None => out.push_str(&row),
                }
                for dispute in disputes {
                    let other = dispute.priority().describe(l);
                    out.push_str(
                        &Term::ReasonDispute
                            .fill(l, &[("priority", &other), ("source", &dispute.source())]),
                    );
                }
                out
            }
            Reason::NoNumberInSources { verb, condition } => {
                let row = condition
                    .as_deref()
                    .map(|c| row(l, TagSet::new(), Population::Anyone, Some(c)));
                let mut out = match (verb, &row) {
                    (Some(verb), _) => {
                        let mut out = Term::ReasonGuidelinesVerb
                            .fill(l, &[("verb", &verb.describe_in_clause(l))]);
                        out.push_str(row.as_deref().unwrap_or(""));
                        out.push_str("; ");
                        out
                    }
                    (None, Some(_)) => {
                        let who = condition
                            .as_deref()
                            .map(|c| self::condition(l, c, TagSet::new(), Population::Anyone));
                        let mut out =
                            Term::ReasonRowIs.fill(l, &[("who", &who.unwrap_or_default())]);
                        out.push_str("; ");
                        out
                    }
                    (None, None) => String::new(),
                };
                out.push_str(Term::ReasonNoNumberInSources.text(l));
                out
            }
            Reason::Fits { population } => population.stated(l),
            Reason::NoNumberForChildren => Term::ReasonNoNumberForChildren.text(l).to_owned(),
            Reason::InsufficientEvidence => Term::ReasonInsufficientEvidence.text(l).to_owned(),
            Reason::BelowUsualAge { min_age } => {
                Term::ReasonBelowUsualAge.fill(l, &[("age", min_age)])
            }
            Reason::AddOn => Term::ReasonAddOn.text(l).to_owned(),
        }
    }

    /// [`describe`](Self::describe) in Swedish; also what `Display` writes.
    pub fn describe_sv(&self) -> String {
        self.describe(Language::Swedish)
    }

    /// [`describe`](Self::describe) in English.
    pub fn describe_en(&self) -> String {
        self.describe(Language::English)
    }
}

impl fmt::Display for Reason {
    /// The Swedish clause.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe_sv())
    }
}
