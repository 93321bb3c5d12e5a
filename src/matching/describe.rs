//! Reasons in words, in either language, from the term table.

use super::reason::Reason;
use crate::model::{AgeScope, NrPriority, Population};
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
    let all: Vec<String> = set.iter().map(|v| value(language, v)).collect();
    all.join(", ")
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
        (AgeScope::Under18, None) => Term::HoldsYouth.text(language).to_owned(),
        (AgeScope::Adults, _) => Term::ScopeAdultAge.text(language).to_owned(),
        (other, _) => self::scope(language, other),
    }
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
            Reason::Population { required, fact } => Term::ReasonPopulation
                .fill(l, &[("fact", &fact.describe(l)), ("population", &required.describe(l))]),
            Reason::AgeScope { scope: s, fact } => Term::ReasonAgeScope
                .fill(l, &[("fact", &fact.describe(l)), ("scope", &scope(l, *s))]),
            Reason::SituationNotStated { required } => {
                Term::ReasonSituationNotStated.fill(l, &[("holds", &required.holds(l))])
            }
            Reason::AgeNotStated { scope: s, min_age } => {
                Term::ReasonAgeNotStated.fill(l, &[("scope", &ages(l, *s, *min_age))])
            }
            Reason::SubstanceNotStated { substances: rated } => {
                Term::ReasonSubstanceNotStated.fill(l, &[("substances", &substances(l, *rated))])
            }
            Reason::PatternNotStated { required } => {
                Term::ReasonPatternNotStated.fill(l, &[("pattern", &pattern(l, *required))])
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
                    ("condition", &nearest.condition()),
                    ("source", &nearest.source()),
                ],
            ),
            Reason::RequiresOtherTreatment => Term::ReasonRequiresOtherTreatment.text(l).to_owned(),
            Reason::AdvisedAgainst => {
                Term::ReasonAdvisedAgainst.fill(l, &[("label", &NrPriority::DontDo.describe(l))])
            }
            Reason::NoEstablishedEffect => Term::ReasonNoEstablishedEffect.text(l).to_owned(),
            Reason::ResearchOnly => Term::ReasonResearchOnly
                .fill(l, &[("label", &NrPriority::ResearchOnly.describe(l))]),
            Reason::ReplacedByYouthVersion { name, .. } => {
                Term::ReasonReplacedByYouthVersion.fill(l, &[("name", &format!("\"{name}\""))])
            }
            Reason::SubstanceNotNamed => Term::ReasonSubstanceNotNamed.text(l).to_owned(),
            Reason::Priority {
                priority,
                substances: rated,
                population,
                condition,
                disputes,
                ..
            } => {
                let mut out = Term::ReasonPriority.fill(
                    l,
                    &[("priority", &priority.describe(l)), ("band", &priority.band().describe(l))],
                );
                let who = match (l, condition) {
                    // The condition as the source words it says it all.
                    (Language::Swedish, Some(condition)) => lower_first(condition),
                    _ => {
                        let mut who = if rated.is_empty() {
                            Term::SubstanceUseOrDependence.text(l).to_owned()
                        } else {
                            substances(l, *rated)
                        };
                        if *population != Population::Anyone {
                            who.push_str(", ");
                            who.push_str(&population.describe(l));
                        }
                        if let (Language::English, Some(condition)) = (l, condition) {
                            who.push_str(&Term::SourceWording.fill(l, &[("text", condition)]));
                        }
                        who
                    }
                };
                out.push_str(&Term::ReasonPriorityFor.fill(l, &[("who", &who)]));
                for dispute in disputes {
                    let other = dispute.priority().describe(l);
                    out.push_str(
                        &Term::ReasonDispute
                            .fill(l, &[("priority", &other), ("source", &dispute.source())]),
                    );
                }
                out
            }
            Reason::NoNumberInSources { verb } => {
                let mut out = Term::ReasonNoNumberInSources.text(l).to_owned();
                if let Some(verb) = verb {
                    out.push_str(
                        &Term::ReasonGuidelinesVerb.fill(l, &[("verb", &verb.describe(l))]),
                    );
                }
                out
            }
            Reason::NoNumberForChildren => Term::ReasonNoNumberForChildren.text(l).to_owned(),
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
