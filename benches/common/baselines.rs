//! The two baselines the engine is measured against, implementing the
//! engine's rules (src/matching/rules.rs) without its index, so that their
//! results equal `Matcher::recommend`'s (tests/engine_vs_baselines.rs checks it):
//!
//! - A, [`StringScan`]: the catalog as a user who scraped the guide's pages
//!   would hold it, every facet a `Vec<String>` of the guide's labels, the
//!   pairs' substances and population as strings, matched with string
//!   comparisons;
//! - B, [`TypedScan`]: the crate's typed model scanned linearly, entry by
//!   entry, with `TagSet::contains`: no index, no reasons.
//!
//! Both sort the catalog once, in the engine's order for equal priorities
//! (Swedish alphabetical order of the name, then name, then id), as a
//! one-time setup outside the timed scan.

#![allow(dead_code)] // the test uses part of this module, the bench another

use insats::{
    AgeGroup, Catalog, Condition, Intervention, Need, NrPriority, Population, Profile,
    RecommendationVerb, Substance, TagSet, Vocabulary,
};

/// The engine's tie order: case folded, å, ä, ö after z, é as e. Written
/// again here, not borrowed from the engine: the baselines are the
/// independent statement of the rules that tests/engine_vs_baselines.rs holds
/// the engine to.
fn swedish_key(name: &str) -> Vec<u32> {
    const AFTER_Z: u32 = 'z' as u32;
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => AFTER_Z + 1,
            'ä' | 'æ' => AFTER_Z + 2,
            'ö' | 'ø' => AFTER_Z + 3,
            'é' | 'è' => 'e' as u32,
            c => c as u32,
        })
        .collect()
}

fn ordered(catalog: &Catalog) -> Vec<&Intervention> {
    let mut ordered: Vec<&Intervention> = catalog.iter().collect();
    ordered.sort_by_cached_key(|e| (swedish_key(e.name()), e.name(), e.id()));
    ordered
}

/// Ranks 1–10, then FoU, then Icke-göra, then no stated priority.
fn priority_key(priority: Option<NrPriority>) -> u8 {
    match priority {
        Some(NrPriority::Rank(rank)) => rank.get(),
        Some(NrPriority::ResearchOnly) => 11,
        Some(NrPriority::DontDo) => 12,
        None => 13,
    }
}

fn strength(verb: Option<RecommendationVerb>) -> u8 {
    match verb {
        Some(RecommendationVerb::Should) => 0,
        Some(RecommendationVerb::May) => 1,
        None => 2,
        Some(other) => panic!("verb {other:?} unknown to the baselines"),
    }
}

fn admits(priority: Option<NrPriority>, include_research: bool) -> bool {
    match priority {
        Some(NrPriority::DontDo) => false,
        Some(NrPriority::ResearchOnly) => include_research,
        _ => true,
    }
}

/// One match of a baseline: enough to compare with the engine's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found<'c> {
    pub id: &'c str,
    pub priority: Option<NrPriority>,
    pub add_on: bool,
    strength: u8,
    position: usize,
}

/// A baseline's result: primary matches, then add-ons, each best first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScanResult<'c> {
    pub matches: Vec<Found<'c>>,
    pub primary_len: usize,
}

impl<'c> ScanResult<'c> {
    /// Applies the add-on rule and the engine's order.
    fn finish(mut matches: Vec<Found<'c>>, in_other_treatment: Option<bool>) -> ScanResult<'c> {
        let has_primary = matches.iter().any(|m| !m.add_on);
        if !has_primary && in_other_treatment == Some(false) {
            matches.retain(|m| !m.add_on);
        }
        matches.sort_by_key(|m| (m.add_on, priority_key(m.priority), m.strength, m.position));
        let primary_len = matches.iter().take_while(|m| !m.add_on).count();
        ScanResult { matches, primary_len }
    }

    pub fn primary_ids(&self) -> Vec<&'c str> {
        self.matches[..self.primary_len].iter().map(|m| m.id).collect()
    }

    pub fn add_on_ids(&self) -> Vec<&'c str> {
        self.matches[self.primary_len..].iter().map(|m| m.id).collect()
    }

    pub fn len(&self) -> usize {
        self.matches.len()
    }
}

// ---------------------------------------------------------------- B: typed

/// Baseline B: the typed model, scanned linearly.
pub struct TypedScan<'c> {
    entries: Vec<TypedEntry<'c>>,
}

struct TypedEntry<'c> {
    entry: &'c Intervention,
    /// `Intervention::conditions` reads the breadcrumb when the facet is
    /// not written; a scanner would keep the result.
    conditions: TagSet<Condition>,
    /// Whether the entry's youth version is in the catalog (a child gets
    /// that instead); looked up once rather than per scan.
    has_youth_version: bool,
}

fn facet_passes<T: Vocabulary>(value: Option<T>, set: TagSet<T>) -> bool {
    match value {
        None => true,
        Some(v) => set.is_empty() || set.contains(v),
    }
}

/// The best applying pair: (priority, strength, all applying pairs are
/// add-ons), or `None` when no pair applies.
fn typed_pairs(entry: &Intervention, profile: &Profile) -> Option<(Option<NrPriority>, u8, bool)> {
    let wanted = profile.substances();
    let recommendations = entry.recommendations();
    if recommendations.is_empty() {
        let target = entry.target();
        if !wanted.is_empty() && !wanted.iter().any(|s| target.applies_to_substance(s)) {
            return None;
        }
        if !profile.fits(target.population()) {
            return None;
        }
        return Some((None, strength(target.verb()), false));
    }
    let mut best_primary: Option<(NrPriority, u8)> = None;
    let mut best_add_on: Option<(NrPriority, u8)> = None;
    for rec in recommendations {
        if !wanted.is_empty() && !wanted.iter().any(|s| rec.applies_to_substance(s)) {
            continue;
        }
        if !profile.fits(rec.population()) {
            continue;
        }
        let best = if rec.is_add_on() { &mut best_add_on } else { &mut best_primary };
        if best.is_none_or(|(priority, _)| rec.priority() < priority) {
            *best = Some((rec.priority(), strength(rec.verb())));
        }
    }
    // A primary pair that admits the entry wins; else the add-on pair.
    let research = profile.include_research();
    if best_primary.is_some_and(|(priority, _)| admits(Some(priority), research)) {
        return best_primary.map(|(priority, strength)| (Some(priority), strength, false));
    }
    best_add_on.map(|(priority, strength)| (Some(priority), strength, true))
}

impl<'c> TypedScan<'c> {
    pub fn new(catalog: &'c Catalog) -> TypedScan<'c> {
        let entries = ordered(catalog)
            .into_iter()
            .map(|entry| TypedEntry {
                entry,
                conditions: entry.conditions(),
                has_youth_version: entry
                    .youth_version()
                    .is_some_and(|id| catalog.get(id).is_some()),
            })
            .collect();
        TypedScan { entries }
    }

    pub fn recommend(&self, profile: &Profile) -> ScanResult<'c> {
        let children = profile.age_group() == Some(AgeGroup::Children);
        let mut matches = Vec::new();
        for (position, typed) in self.entries.iter().enumerate() {
            let entry = typed.entry;
            let tags = entry.tags();
            if !(facet_passes(profile.provider(), tags.providers())
                && facet_passes(profile.role(), tags.roles())
                && facet_passes(profile.age_group(), tags.age_groups())
                && facet_passes(profile.severity(), tags.severities())
                && facet_passes(profile.condition(), typed.conditions))
            {
                continue;
            }
            if children && typed.has_youth_version {
                continue;
            }
            let Some((priority, strength, add_on_pair)) = typed_pairs(entry, profile) else {
                continue;
            };
            if !admits(priority, profile.include_research()) {
                continue;
            }
            matches.push(Found {
                id: entry.id(),
                priority,
                add_on: entry.is_add_on() || (priority.is_some() && add_on_pair),
                strength,
                position,
            });
        }
        ScanResult::finish(matches, profile.in_other_treatment())
    }
}

// -------------------------------------------------------------- A: strings

/// One pair (or target group) of a scraped entry.
struct StringPair {
    /// The guide's substance labels; empty when none is named.
    substances: Vec<String>,
    /// `anyone`, `youth`, …, `with-need:<the need's label>`.
    population: String,
    priority: Option<NrPriority>,
    verb: Option<RecommendationVerb>,
    add_on: bool,
}

/// One entry as scraped: every facet the guide's label strings.
struct StringEntry {
    id: String,
    providers: Vec<String>,
    roles: Vec<String>,
    age_groups: Vec<String>,
    severities: Vec<String>,
    conditions: Vec<String>,
    /// The recommendations; lacking any, the target group, with no
    /// priority.
    pairs: Vec<StringPair>,
    has_recommendations: bool,
    add_on: bool,
    youth_version: Option<String>,
}

/// A profile as such a user holds it: label strings.
pub struct StringProfile {
    age_group: Option<String>,
    severity: Option<String>,
    condition: Option<String>,
    substances: Vec<String>,
    provider: Option<String>,
    role: Option<String>,
    in_other_treatment: Option<bool>,
    in_laro: Option<bool>,
    relative: Option<bool>,
    cohabiting_partner: Option<bool>,
    needs: Option<Vec<String>>,
    include_research: bool,
}

fn labels<T: Vocabulary>(set: TagSet<T>) -> Vec<String> {
    set.iter().map(|v| v.label_sv().to_owned()).collect()
}

fn label<T: Vocabulary>(value: Option<T>) -> Option<String> {
    value.map(|v| v.label_sv().to_owned())
}

fn population_label(population: Population) -> String {
    match population {
        Population::Anyone => "anyone".to_owned(),
        Population::Youth => "youth".to_owned(),
        Population::Adults => "adults".to_owned(),
        Population::InMedicationAssistedTreatment => "in-laro".to_owned(),
        Population::Relatives => "relatives".to_owned(),
        Population::WithNeed(need) => format!("with-need:{}", need.label_sv()),
        Population::WithCohabitingPartner => "with-cohabiting-partner".to_owned(),
        other => panic!("population {other:?} unknown to the string baseline"),
    }
}

impl StringProfile {
    pub fn new(profile: &Profile) -> StringProfile {
        StringProfile {
            age_group: label(profile.age_group()),
            severity: label(profile.severity()),
            condition: label(profile.condition()),
            substances: labels(profile.substances()),
            provider: label(profile.provider()),
            role: label(profile.role()),
            in_other_treatment: profile.in_other_treatment(),
            in_laro: profile.in_laro(),
            relative: profile.relative(),
            cohabiting_partner: profile.cohabiting_partner(),
            needs: profile.needs().map(labels::<Need>),
            include_research: profile.include_research(),
        }
    }

    /// `Profile::fits`, on strings.
    fn fits(&self, population: &str) -> bool {
        let not_relative = self.relative != Some(true);
        let children = AgeGroup::Children.label_sv();
        match population {
            "anyone" => not_relative,
            "youth" => not_relative && self.age_group.as_deref().is_none_or(|g| g == children),
            "adults" => not_relative && self.age_group.as_deref() != Some(children),
            "in-laro" => {
                not_relative
                    && self.in_laro != Some(false)
                    && self.in_other_treatment != Some(false)
            }
            "relatives" => self.relative != Some(false),
            "with-cohabiting-partner" => not_relative && self.cohabiting_partner != Some(false),
            other => match other.strip_prefix("with-need:") {
                Some(need) => {
                    not_relative
                        && self.needs.as_ref().is_none_or(|needs| needs.iter().any(|n| n == need))
                }
                None => false,
            },
        }
    }
}

fn string_facet_passes(value: &Option<String>, set: &[String]) -> bool {
    match value {
        None => true,
        Some(v) => set.is_empty() || set.iter().any(|s| s == v),
    }
}

/// `Substance::covers` on labels: the same, or narcotics for any narcotic.
fn string_covers(pair_substance: &str, wanted: &str) -> bool {
    pair_substance == wanted
        || (pair_substance == Substance::Narcotics.label_sv()
            && wanted != Substance::Alcohol.label_sv())
}

impl StringPair {
    fn applies_to(&self, wanted: &[String]) -> bool {
        wanted.is_empty()
            || self.substances.is_empty()
            || wanted.iter().any(|w| self.substances.iter().any(|s| string_covers(s, w)))
    }
}

/// Baseline A: scraped strings, scanned with string comparisons.
pub struct StringScan {
    entries: Vec<StringEntry>,
    ids: std::collections::HashSet<String>,
}

impl StringScan {
    pub fn new(catalog: &Catalog) -> StringScan {
        let entries = ordered(catalog)
            .into_iter()
            .map(|e| {
                let tags = e.tags();
                let pairs = if e.recommendations().is_empty() {
                    let target = e.target();
                    vec![StringPair {
                        substances: labels(target.substances()),
                        population: population_label(target.population()),
                        priority: None,
                        verb: target.verb(),
                        add_on: false,
                    }]
                } else {
                    e.recommendations()
                        .iter()
                        .map(|r| StringPair {
                            substances: labels(r.substances()),
                            population: population_label(r.population()),
                            priority: Some(r.priority()),
                            verb: r.verb(),
                            add_on: r.is_add_on(),
                        })
                        .collect()
                };
                StringEntry {
                    id: e.id().to_owned(),
                    providers: labels(tags.providers()),
                    roles: labels(tags.roles()),
                    age_groups: labels(tags.age_groups()),
                    severities: labels(tags.severities()),
                    conditions: labels(e.conditions()),
                    pairs,
                    has_recommendations: !e.recommendations().is_empty(),
                    add_on: e.is_add_on(),
                    youth_version: e.youth_version().map(str::to_owned),
                }
            })
            .collect();
        let ids = catalog.iter().map(|e| e.id().to_owned()).collect();
        StringScan { entries, ids }
    }

    pub fn recommend<'s>(&'s self, profile: &StringProfile) -> ScanResult<'s> {
        let children = profile.age_group.as_deref() == Some(AgeGroup::Children.label_sv());
        let mut matches = Vec::new();
        for (position, entry) in self.entries.iter().enumerate() {
            if !(string_facet_passes(&profile.provider, &entry.providers)
                && string_facet_passes(&profile.role, &entry.roles)
                && string_facet_passes(&profile.age_group, &entry.age_groups)
                && string_facet_passes(&profile.severity, &entry.severities)
                && string_facet_passes(&profile.condition, &entry.conditions))
            {
                continue;
            }
            if children && entry.youth_version.as_ref().is_some_and(|id| self.ids.contains(id)) {
                continue;
            }
            let mut best_primary: Option<&StringPair> = None;
            let mut best_add_on: Option<&StringPair> = None;
            for pair in &entry.pairs {
                if !pair.applies_to(&profile.substances) || !profile.fits(&pair.population) {
                    continue;
                }
                let best = if pair.add_on { &mut best_add_on } else { &mut best_primary };
                if best.is_none_or(|b| priority_key(pair.priority) < priority_key(b.priority)) {
                    *best = Some(pair);
                }
            }
            // A primary pair that admits the entry wins; else the add-on pair.
            let best = match best_primary {
                Some(p) if admits(p.priority, profile.include_research) => p,
                _ => match best_add_on {
                    Some(a) => a,
                    None => continue,
                },
            };
            if !admits(best.priority, profile.include_research) {
                continue;
            }
            matches.push(Found {
                id: &entry.id,
                priority: best.priority,
                add_on: entry.add_on || (entry.has_recommendations && best.add_on),
                strength: strength(best.verb),
                position,
            });
        }
        ScanResult::finish(matches, profile.in_other_treatment)
    }
}
