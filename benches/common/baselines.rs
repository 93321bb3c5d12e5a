//! The two baselines the engine is measured against, and the independent
//! statement of the matching rules that the tests hold the engine to
//! (tests/engine_vs_baselines.rs, tests/matching_invariants.rs).
//!
//! Nothing here calls the engine's rule helpers (`Profile::fit`,
//! `Substance::covers`, `AgeGroup::from_age`, `Pair::age_scope`, the
//! matcher's pair selector): the rules are written again, from the crate's
//! documentation, on strings and plain data. Only the catalog's data is
//! read through the crate's accessors.
//!
//! - A, [`StringScan`]: the catalog as a user who scraped the guide's pages
//!   would hold it, every facet a `Vec<String>` of the guide's labels, each
//!   pair's substances, population and age scope as strings, matched with
//!   string comparisons, and the result sorted by priority, then wording,
//!   then name, in every call: the same work as the engine, done plainly.
//! - B, [`TypedScan`]: the typed model scanned entry by entry with
//!   `TagSet::contains`, with the names' sort keys worked out once at
//!   set-up; no index.

#![allow(dead_code)] // the tests use part of this module, the bench another

use insats::{
    AgeGroup, AgeScope, Catalog, Intervention, NrPriority, Population, Profile, RecommendationVerb,
    Substance, TagSet, Vocabulary,
};

/// The tie order of names: case folded, å, ä, ö after z, é as e.
pub fn swedish_key(name: &str) -> Vec<u32> {
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

/// Ranks 1–10, then FoU, then Icke-göra, then no number.
pub fn priority_key(priority: Option<NrPriority>) -> u8 {
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

// ---------------------------------------------------- the rules, on strings

/// A person's age, by the guide's bands: 0–17, 18–64, 65 and over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Child,
    Adult,
    Older,
    Unknown,
}

fn band(age: Option<u8>, group: Option<&str>) -> Band {
    match (age, group) {
        (Some(years), _) if years < 18 => Band::Child,
        (Some(years), _) if years < 65 => Band::Adult,
        (Some(_), _) => Band::Older,
        (None, Some("Barn (0-17 år)")) => Band::Child,
        (None, Some("Vuxna (18-64 år)")) => Band::Adult,
        (None, Some("Äldre (65- år)")) => Band::Older,
        (None, _) => Band::Unknown,
    }
}

/// What the rules read of a person's situation, as plain data.
#[derive(Clone, Debug)]
pub struct Situation {
    band: Band,
    age: Option<u8>,
    relative: Option<bool>,
    in_laro: Option<bool>,
    in_other_treatment: Option<bool>,
    partner: Option<bool>,
    /// `not-present`, `general`, `raised-risk`.
    withdrawal: Option<String>,
    severe_illness: Option<bool>,
    /// Need ids.
    needs: Option<Vec<String>>,
    research: bool,
}

/// How a person stands to a population.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    In,
    Unstated,
    Out,
}

impl Situation {
    pub fn of(profile: &Profile) -> Situation {
        Situation {
            band: band(profile.age(), profile.age_group().map(AgeGroup::label_sv)),
            age: profile.age(),
            relative: profile.relative(),
            in_laro: profile.in_laro(),
            in_other_treatment: profile.in_other_treatment(),
            partner: profile.cohabiting_partner(),
            withdrawal: profile.withdrawal().map(|w| w.id().to_owned()),
            severe_illness: profile.severe_mental_illness(),
            needs: profile.needs().map(|n| n.iter().map(|n| n.id().to_owned()).collect()),
            research: profile.include_research(),
        }
    }

    /// The person's standing to a population given by its id (`anyone`,
    /// `in-laro`, `need:housing`, …).
    pub fn standing(&self, population: &str) -> Standing {
        let stated = |value: Option<bool>| match value {
            Some(true) => Standing::In,
            Some(false) => Standing::Out,
            None => Standing::Unstated,
        };
        if population != "relatives" && self.relative == Some(true) {
            return Standing::Out;
        }
        match population {
            "anyone" => Standing::In,
            "youth" if matches!(self.band, Band::Adult | Band::Older) => Standing::Out,
            "youth" => Standing::In,
            "adults" if self.band == Band::Child => Standing::Out,
            "adults" => Standing::In,
            "in-laro" if self.in_other_treatment == Some(false) => Standing::Out,
            "in-laro" => stated(self.in_laro),
            "relatives" => stated(self.relative),
            "with-cohabiting-partner" => stated(self.partner),
            "with-severe-mental-illness" => stated(self.severe_illness),
            "in-alcohol-withdrawal" => match self.withdrawal.as_deref() {
                None => Standing::Unstated,
                Some("not-present") => Standing::Out,
                Some(_) => Standing::In,
            },
            "in-alcohol-withdrawal-with-raised-risk" => match self.withdrawal.as_deref() {
                None => Standing::Unstated,
                Some("raised-risk") => Standing::In,
                Some(_) => Standing::Out,
            },
            other => {
                let need = other.strip_prefix("need:").expect("a population id");
                match &self.needs {
                    None => Standing::Unstated,
                    Some(needs) if needs.iter().any(|n| n == need) => Standing::In,
                    Some(_) => Standing::Out,
                }
            }
        }
    }
}

/// The id a baseline gives a population.
pub fn population_id(population: Population) -> String {
    match population {
        Population::Anyone => "anyone".to_owned(),
        Population::Youth => "youth".to_owned(),
        Population::Adults => "adults".to_owned(),
        Population::InMedicationAssistedTreatment => "in-laro".to_owned(),
        Population::Relatives => "relatives".to_owned(),
        Population::WithNeed(need) => format!("need:{}", need.id()),
        Population::WithCohabitingPartner => "with-cohabiting-partner".to_owned(),
        Population::InAlcoholWithdrawal => "in-alcohol-withdrawal".to_owned(),
        Population::InAlcoholWithdrawalWithRaisedRisk => {
            "in-alcohol-withdrawal-with-raised-risk".to_owned()
        }
        Population::WithSevereMentalIllness => "with-severe-mental-illness".to_owned(),
        other => panic!("population {other:?} unknown to the baselines"),
    }
}

/// One pair (or target group) as plain data.
#[derive(Clone, Debug)]
struct PlainPair {
    /// The guide's substance labels; empty when none is named.
    substances: Vec<String>,
    population: String,
    /// `unspecified`, `under-18`, `adults`, as recorded.
    scope: &'static str,
    priority: Option<NrPriority>,
    verb: Option<RecommendationVerb>,
    add_on: bool,
    source: usize,
}

impl PlainPair {
    fn all_of(entry: &Intervention) -> Vec<PlainPair> {
        let scope = |scope: AgeScope| match scope {
            AgeScope::Unspecified => "unspecified",
            AgeScope::Under18 => "under-18",
            AgeScope::Adults => "adults",
            other => panic!("age scope {other:?} unknown to the baselines"),
        };
        if entry.recommendations().is_empty() {
            let target = entry.target();
            return vec![PlainPair {
                substances: labels(target.substances()),
                population: population_id(target.population()),
                scope: scope(target.age_scope()),
                priority: None,
                verb: target.verb(),
                add_on: false,
                source: 0,
            }];
        }
        entry
            .recommendations()
            .iter()
            .enumerate()
            .map(|(source, r)| PlainPair {
                substances: labels(r.substances()),
                population: population_id(r.population()),
                scope: scope(r.age_scope()),
                priority: r.priority(),
                verb: r.verb(),
                add_on: r.is_add_on(),
                source,
            })
            .collect()
    }

    /// Whether the pair covers someone using any of `wanted` (labels): the
    /// same substance, or the general `Narkotika` for any but alcohol.
    fn covers(&self, wanted: &[String]) -> bool {
        let narcotics = Substance::Narcotics.label_sv();
        let alcohol = Substance::Alcohol.label_sv();
        wanted.is_empty()
            || self.substances.is_empty()
            || wanted
                .iter()
                .any(|w| self.substances.iter().any(|s| s == w || (s == narcotics && w != alcohol)))
    }

    /// The ages the pair is for: recorded, or implied by its population.
    fn scope(&self) -> &'static str {
        match (self.scope, self.population.as_str()) {
            ("unspecified", "youth") => "under-18",
            ("unspecified", "adults") => "adults",
            (scope, _) => scope,
        }
    }
}

/// What the rules choose for one entry: a recommendation or a conditional
/// match, with the key the person gets.
#[derive(Clone, Copy, Debug)]
struct Choice<'p> {
    pair: &'p PlainPair,
    key: u8,
    withheld: bool,
    conditional: bool,
}

/// The rules for one entry's pairs: the best admitted pair the person is
/// in; else the best admitted pair whose situation is unstated; else none.
/// Without `add_ons`, pairs that make the entry an add-on (by the pair's or
/// the entry's own wording) are left out.
fn choose<'p>(
    pairs: &'p [PlainPair],
    entry_add_on: bool,
    wanted: &[String],
    who: &Situation,
    add_ons: bool,
) -> Option<Choice<'p>> {
    let mut fitting: Option<Choice<'p>> = None;
    let mut unstated: Option<Choice<'p>> = None;
    for pair in pairs {
        if !pair.covers(wanted) || (!add_ons && (entry_add_on || pair.add_on)) {
            continue;
        }
        let outside_age = match pair.scope() {
            "adults" => who.band == Band::Child,
            "under-18" => matches!(who.band, Band::Adult | Band::Older),
            _ => false,
        };
        if outside_age {
            continue;
        }
        let rank = matches!(pair.priority, Some(NrPriority::Rank(_)));
        let withheld = who.band == Band::Child && pair.scope() == "unspecified" && rank;
        let key = if withheld { 13 } else { priority_key(pair.priority) };
        let admitted = match key {
            11 => who.research,
            12 => false,
            _ => true,
        };
        if !admitted {
            continue;
        }
        let slot = match who.standing(&pair.population) {
            Standing::In => &mut fitting,
            Standing::Unstated => &mut unstated,
            Standing::Out => continue,
        };
        let order = |c: &Choice<'_>| {
            (entry_add_on || c.pair.add_on, c.key, strength(c.pair.verb), c.pair.source)
        };
        let choice = Choice { pair, key, withheld, conditional: false };
        if slot.as_ref().is_none_or(|best| order(&choice) < order(best)) {
            *slot = Some(choice);
        }
    }
    fitting.or(unstated.map(|c| Choice { conditional: true, ..c }))
}

/// One match of a baseline: enough to compare with the engine's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found<'c> {
    pub id: &'c str,
    pub priority: Option<NrPriority>,
    pub add_on: bool,
    /// For a conditional match: the id of the population it requires.
    pub requires: Option<String>,
    order: (bool, u8, u8, Vec<u32>, &'c str, &'c str),
}

/// A baseline's result: primary matches, then add-ons, each best first, and
/// the conditional ones apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScanResult<'c> {
    pub matches: Vec<Found<'c>>,
    pub primary_len: usize,
    pub conditional: Vec<Found<'c>>,
}

impl<'c> ScanResult<'c> {
    /// Applies the add-on rule and the order to what each entry's pairs
    /// chose: `rechoose(i)` chooses again for candidate `i` without its
    /// add-on pairs, for when add-ons may not be offered.
    fn finish(
        chosen: Vec<Found<'c>>,
        in_other_treatment: Option<bool>,
        rechoose: impl Fn(usize) -> Option<Found<'c>>,
    ) -> ScanResult<'c> {
        let has_primary = chosen.iter().any(|f| f.requires.is_none() && !f.add_on);
        let blocked = !has_primary && in_other_treatment == Some(false);
        let mut matches = Vec::new();
        let mut conditional = Vec::new();
        for (i, found) in chosen.into_iter().enumerate() {
            let found = if blocked && found.add_on {
                match rechoose(i) {
                    Some(again) => again,
                    None => continue,
                }
            } else {
                found
            };
            if found.requires.is_some() {
                conditional.push(found);
            } else {
                matches.push(found);
            }
        }
        matches.sort_by(|a, b| a.order.cmp(&b.order));
        conditional.sort_by(|a, b| a.order.cmp(&b.order));
        let primary_len = matches.iter().take_while(|m| !m.add_on).count();
        ScanResult { matches, primary_len, conditional }
    }

    pub fn len(&self) -> usize {
        self.matches.len()
    }
}

fn found<'c>(
    id: &'c str,
    name: &'c str,
    name_key: Vec<u32>,
    entry_add_on: bool,
    choice: Choice<'_>,
) -> Found<'c> {
    let add_on = entry_add_on || choice.pair.add_on;
    Found {
        id,
        priority: if choice.withheld { None } else { choice.pair.priority },
        add_on,
        requires: choice.conditional.then(|| choice.pair.population.clone()),
        order: (add_on, choice.key, strength(choice.pair.verb), name_key, name, id),
    }
}

fn labels<T: Vocabulary>(set: TagSet<T>) -> Vec<String> {
    set.iter().map(|v| v.label_sv().to_owned()).collect()
}

fn label<T: Vocabulary>(value: Option<T>) -> Option<String> {
    value.map(|v| v.label_sv().to_owned())
}

/// A stated value passes a facet the entry states and holds it, or one it
/// leaves unstated.
fn facet_passes(value: &Option<String>, set: &[String]) -> bool {
    match value {
        None => true,
        Some(v) => set.is_empty() || set.iter().any(|s| s == v),
    }
}

// ---------------------------------------------------------------- A: strings

/// One entry as scraped: every facet the guide's label strings.
struct StringEntry {
    id: String,
    name: String,
    providers: Vec<String>,
    roles: Vec<String>,
    age_groups: Vec<String>,
    severities: Vec<String>,
    conditions: Vec<String>,
    pairs: Vec<PlainPair>,
    add_on: bool,
    /// Whether a youth version is in the catalog.
    youth_version: bool,
}

/// A profile as such a user holds it: label strings and the situation.
pub struct StringProfile {
    age_group: Option<String>,
    severity: Option<String>,
    condition: Option<String>,
    substances: Vec<String>,
    provider: Option<String>,
    role: Option<String>,
    situation: Situation,
}

impl StringProfile {
    pub fn new(profile: &Profile) -> StringProfile {
        let situation = Situation::of(profile);
        let age_group = match situation.band {
            Band::Child => Some(AgeGroup::Children.label_sv().to_owned()),
            Band::Adult => Some(AgeGroup::Adults.label_sv().to_owned()),
            Band::Older => Some(AgeGroup::Older.label_sv().to_owned()),
            Band::Unknown => None,
        };
        StringProfile {
            age_group,
            severity: label(profile.severity()),
            condition: label(profile.condition()),
            substances: labels(profile.substances()),
            provider: label(profile.provider()),
            role: label(profile.role()),
            situation,
        }
    }
}

/// Baseline A: scraped strings, scanned and sorted with string comparisons.
pub struct StringScan {
    entries: Vec<StringEntry>,
}

impl StringScan {
    pub fn new(catalog: &Catalog) -> StringScan {
        let entries = catalog
            .iter()
            .map(|e| {
                let tags = e.tags();
                StringEntry {
                    id: e.id().to_owned(),
                    name: e.name().to_owned(),
                    providers: labels(tags.providers()),
                    roles: labels(tags.roles()),
                    age_groups: labels(tags.age_groups()),
                    severities: labels(tags.severities()),
                    conditions: labels(e.conditions()),
                    pairs: PlainPair::all_of(e),
                    add_on: e.is_add_on(),
                    youth_version: e.youth_version().is_some_and(|id| catalog.get(id).is_some()),
                }
            })
            .collect();
        StringScan { entries }
    }

    pub fn recommend<'s>(&'s self, profile: &StringProfile) -> ScanResult<'s> {
        let who = &profile.situation;
        let mut all = Vec::new();
        let mut candidates = Vec::new();
        for entry in &self.entries {
            if !(facet_passes(&profile.provider, &entry.providers)
                && facet_passes(&profile.role, &entry.roles)
                && facet_passes(&profile.age_group, &entry.age_groups)
                && facet_passes(&profile.severity, &entry.severities)
                && facet_passes(&profile.condition, &entry.conditions))
            {
                continue;
            }
            if who.band == Band::Child && entry.youth_version {
                continue;
            }
            if let Some(choice) = choose(&entry.pairs, entry.add_on, &profile.substances, who, true)
            {
                let key = swedish_key(&entry.name);
                all.push(found(&entry.id, &entry.name, key, entry.add_on, choice));
                candidates.push(entry);
            }
        }
        ScanResult::finish(all, who.in_other_treatment, |i| {
            let entry = candidates.get(i)?;
            let choice = choose(&entry.pairs, entry.add_on, &profile.substances, who, false)?;
            Some(found(&entry.id, &entry.name, swedish_key(&entry.name), entry.add_on, choice))
                .filter(|f| f.requires.is_some())
        })
    }
}

// ---------------------------------------------------------------- B: typed

/// Baseline B: the typed model, scanned linearly.
pub struct TypedScan<'c> {
    entries: Vec<TypedEntry<'c>>,
}

struct TypedEntry<'c> {
    entry: &'c Intervention,
    name_key: Vec<u32>,
    pairs: Vec<PlainPair>,
    has_youth_version: bool,
}

fn typed_passes<T: Vocabulary>(value: Option<T>, set: TagSet<T>) -> bool {
    value.is_none_or(|v| set.is_empty() || set.contains(v))
}

impl<'c> TypedScan<'c> {
    pub fn new(catalog: &'c Catalog) -> TypedScan<'c> {
        let entries = catalog
            .iter()
            .map(|entry| TypedEntry {
                entry,
                name_key: swedish_key(entry.name()),
                pairs: PlainPair::all_of(entry),
                has_youth_version: entry
                    .youth_version()
                    .is_some_and(|id| catalog.get(id).is_some()),
            })
            .collect();
        TypedScan { entries }
    }

    pub fn recommend(&self, profile: &Profile) -> ScanResult<'c> {
        let who = Situation::of(profile);
        let wanted = labels(profile.substances());
        let mut all = Vec::new();
        let mut candidates = Vec::new();
        for typed in &self.entries {
            let entry = typed.entry;
            let tags = entry.tags();
            if !(typed_passes(profile.provider(), tags.providers())
                && typed_passes(profile.role(), tags.roles())
                && typed_passes(profile.age_group(), tags.age_groups())
                && typed_passes(profile.severity(), tags.severities())
                && typed_passes(profile.condition(), entry.conditions()))
            {
                continue;
            }
            if who.band == Band::Child && typed.has_youth_version {
                continue;
            }
            if let Some(choice) = choose(&typed.pairs, entry.is_add_on(), &wanted, &who, true) {
                let key = typed.name_key.clone();
                all.push(found(entry.id(), entry.name(), key, entry.is_add_on(), choice));
                candidates.push(typed);
            }
        }
        ScanResult::finish(all, who.in_other_treatment, |i| {
            let typed = candidates.get(i)?;
            let entry = typed.entry;
            let choice = choose(&typed.pairs, entry.is_add_on(), &wanted, &who, false)?;
            Some(found(entry.id(), entry.name(), typed.name_key.clone(), entry.is_add_on(), choice))
                .filter(|f| f.requires.is_some())
        })
    }
}
