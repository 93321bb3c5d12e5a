//! The two baselines the engine is measured against, and the independent
//! statement of the matching rules that the tests hold the engine to
//! (tests/matching/engine_vs_baselines.rs, tests/matching/invariants.rs).
//!
//! Nothing here calls the engine's rule helpers (`Profile::fit`,
//! `Profile::pattern_fit`, `Profile::stated_patterns`, `Substance::covers`,
//! `AgeGroup::from_age`, `Pair::age_scope`, `ConditionPattern::requirement`,
//! the matcher's pair selector): the rules are written again, from the
//! crate's documentation and issue 21, on strings and plain data. Only the
//! catalog's and the profile's data are read, through the crate's
//! accessors.
//!
//! - A, [`StringScan`]: the catalog as a user who scraped the guide's pages
//!   would hold it: every facet, each pair's substances and population as
//!   the guide's label strings (or ids), compared as strings. Written as a
//!   competent developer would (issue 24): what depends only on the catalog
//!   (the name order, each pair's age scope, pattern requirement, priority
//!   key) is worked out once at set-up, and a call allocates only its
//!   result.
//! - B, [`TypedScan`]: the typed model scanned entry by entry, with
//!   `TagSet::contains` on substances and a `match` on populations; the
//!   same set-up; no index.
//! - The baselines of a report and an explanation: A's result
//!   ([`ScanResult`]) and its plain decisions ([`StringScan::explain`]),
//!   serialized to JSON as they are (ids, numbers and codes, no words).
//!
//! [`disagreement`] compares the engine's result with a baseline's, list
//! by list and row by row, for the tests and for the bench before it
//! times a case.
//!
//! The rule, as both state it: for each entry whose facets admit the
//! profile (a child's entry with a youth version gives way to it), each
//! pair is judged on its substances, add-on role, ages, pattern of use and
//! population, and the best pair decides (applies, before would apply if
//! unstated facts held, before not rated for the person's age, before
//! refused; within one of these, a primary pair first, the better priority
//! as the person gets it, the stronger wording, the source's order).
//! Add-ons need a primary treatment (an assessment is none) or a person
//! who may be in other treatment; otherwise each entry whose choice is an
//! add-on is chosen again without its add-on pairs, and goes where that
//! choice belongs.

#![allow(dead_code)] // the tests use part of this module, the bench another

use insats::{
    AgeGroup, AgeScope, Catalog, Condition, ConditionPattern, Intervention, Kind, Match, Need,
    NrPriority, PatternOfUse, Population, Profile, Reason, RecommendationVerb, Recommendations,
    Substance, TagSet, Vocabulary, Withdrawal,
};
use serde::Serialize;

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

const FOU: u8 = 11;
const DONT_DO: u8 = 12;
const NO_NUMBER: u8 = 13;

/// Ranks 1–10, then FoU, then Icke-göra, then no number.
pub fn priority_key(priority: Option<NrPriority>) -> u8 {
    match priority {
        Some(NrPriority::Rank(rank)) => rank.get(),
        Some(NrPriority::ResearchOnly) => FOU,
        Some(NrPriority::DontDo) => DONT_DO,
        None => NO_NUMBER,
    }
}

/// `bör` before `kan` before `kan i undantagsfall` before no wording.
fn strength(verb: Option<RecommendationVerb>) -> u8 {
    match verb {
        Some(RecommendationVerb::Should) => 0,
        Some(RecommendationVerb::May) => 1,
        Some(RecommendationVerb::Exceptionally) => 2,
        None => 3,
        Some(other) => panic!("verb {other:?} unknown to the baselines"),
    }
}

/// Each entry's place in name order (Swedish key, then name, then id):
/// the last tie-break of every list, worked out once.
fn name_ranks(catalog: &Catalog) -> Vec<u32> {
    let mut order: Vec<(Vec<u32>, &str, &str, usize)> = catalog
        .iter()
        .enumerate()
        .map(|(i, e)| (swedish_key(e.name()), e.name(), e.id(), i))
        .collect();
    order.sort();
    let mut ranks = vec![0; order.len()];
    for (rank, (.., i)) in order.into_iter().enumerate() {
        ranks[i] = rank as u32;
    }
    ranks
}

/// Whether an entry is an assessment instrument or a medical test: listed
/// apart, and never the primary treatment that admits add-ons.
fn is_assessment(entry: &Intervention) -> bool {
    matches!(entry.kind(), Some(Kind::Assessment | Kind::Test))
}

// ---------------------------------------------------- the rules, plainly

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

/// How a person stands to one fact a pair's condition names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    In,
    Unstated,
    Out,
}

fn stated(value: Option<bool>) -> Standing {
    match value {
        Some(true) => Standing::In,
        Some(false) => Standing::Out,
        None => Standing::Unstated,
    }
}

/// What a row's condition needs stated about the pattern of use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PatternNeed {
    Nothing,
    MisuseOrDependence,
    Dependence,
}

/// The reading of a row's condition terms: a row worded for any use, for
/// problems, long-term use, withdrawal, a suspicion, screening or riskbruk
/// (or naming none) needs nothing beyond the substance; one worded
/// "skadligt bruk"/"missbruk" (… "eller beroende") needs misuse or
/// dependence; one worded "beroende" alone needs dependence.
fn pattern_need(terms: TagSet<ConditionPattern>) -> PatternNeed {
    use ConditionPattern as C;
    let mut any = false;
    let mut misuse = false;
    for term in terms.iter() {
        any = true;
        match term {
            C::HarmfulUse | C::Misuse => misuse = true,
            C::Dependence => {}
            _ => return PatternNeed::Nothing,
        }
    }
    match (any, misuse) {
        (false, _) => PatternNeed::Nothing,
        (true, true) => PatternNeed::MisuseOrDependence,
        (true, false) => PatternNeed::Dependence,
    }
}

/// The ages a pair is for, its population's implied scope included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ages {
    /// NR's general rows: people with the condition, no age.
    General,
    /// The youth set: under 18.
    Youth,
    Adults,
    Youth13To21,
    /// LARO: from 20 unless special reasons; younger still applies.
    From20,
}

fn ages(recorded: AgeScope, population: Population) -> Ages {
    match (recorded, population) {
        (AgeScope::Unspecified, Population::Youth) | (AgeScope::Under18, _) => Ages::Youth,
        (AgeScope::Unspecified, Population::Adults) | (AgeScope::Adults, _) => Ages::Adults,
        (AgeScope::Unspecified, _) => Ages::General,
        (AgeScope::Youth13To21, _) => Ages::Youth13To21,
        (AgeScope::From20UnlessSpecialReasons, _) => Ages::From20,
        (other, _) => panic!("age scope {other:?} unknown to the baselines"),
    }
}

/// What the rules read of a person beside substances and populations.
#[derive(Clone, Copy, Debug)]
pub struct Person {
    band: Band,
    age: Option<u8>,
    misuse_or_dependence: Standing,
    dependence: Standing,
    research: bool,
    in_other_treatment: Option<bool>,
}

impl Person {
    pub fn of(profile: &Profile) -> Person {
        // The patterns stated: as told, and as the ICD-10 codes state them.
        let told = || {
            profile
                .pattern()
                .into_iter()
                .chain(profile.diagnoses().iter().filter_map(|d| d.pattern()))
        };
        let any = told().next().is_some();
        let misuse_or_dependence = told().any(|p| p != PatternOfUse::RiskyUse)
            || profile.condition() == Some(Condition::SubstanceUseAndDependence)
            || profile.dsm5_criteria().is_some_and(|n| n >= 2);
        let of = |yes: bool| match (yes, any) {
            (true, _) => Standing::In,
            (false, true) => Standing::Out,
            (false, false) => Standing::Unstated,
        };
        Person {
            band: band(profile.age(), profile.age_group().map(AgeGroup::label_sv)),
            age: profile.age(),
            misuse_or_dependence: of(misuse_or_dependence),
            dependence: of(told().any(|p| p == PatternOfUse::Dependence)),
            research: profile.include_research(),
            in_other_treatment: profile.in_other_treatment(),
        }
    }

    fn pattern(&self, need: PatternNeed) -> Standing {
        match need {
            PatternNeed::Nothing => Standing::In,
            PatternNeed::MisuseOrDependence => self.misuse_or_dependence,
            PatternNeed::Dependence => self.dependence,
        }
    }

    fn admits(&self, key: u8) -> bool {
        match key {
            FOU => self.research,
            DONT_DO => false,
            _ => true,
        }
    }

    fn child(&self) -> bool {
        self.band == Band::Child
    }
}

/// What one pair needs, beside its substances and population, read once
/// at set-up.
#[derive(Clone, Copy, Debug)]
struct Rule {
    ages: Ages,
    min_age: Option<u8>,
    pattern: PatternNeed,
    priority: Option<NrPriority>,
    key: u8,
    strength: u8,
    /// The pair is for an add-on, or the entry is one by its wording.
    add_on: bool,
    /// The pair's index in the entry's recommendations (the target group:
    /// 0, and not rated).
    source: u16,
    rated: bool,
    /// The source finds no established effect: never recommended.
    no_effect: bool,
}

/// The facts of one pair a baseline reads, typed; each baseline then holds
/// the substances and population its own way.
struct PairData {
    substances: TagSet<Substance>,
    population: Population,
    rule: Rule,
}

fn pair_data(entry: &Intervention) -> Vec<PairData> {
    let add_on = entry.is_add_on();
    if entry.recommendations().is_empty() {
        let t = entry.target();
        return vec![PairData {
            substances: t.substances(),
            population: t.population(),
            rule: Rule {
                ages: ages(t.age_scope(), t.population()),
                min_age: t.min_age(),
                pattern: pattern_need(t.patterns()),
                priority: None,
                key: NO_NUMBER,
                strength: strength(t.verb()),
                add_on,
                source: 0,
                rated: false,
                no_effect: false,
            },
        }];
    }
    entry
        .recommendations()
        .iter()
        .enumerate()
        .map(|(i, r)| PairData {
            substances: r.substances(),
            population: r.population(),
            rule: Rule {
                ages: ages(r.age_scope(), r.population()),
                min_age: r.min_age(),
                pattern: pattern_need(r.patterns()),
                priority: r.priority(),
                key: priority_key(r.priority()),
                strength: strength(r.verb()),
                add_on: add_on || r.is_add_on(),
                source: i as u16,
                rated: true,
                no_effect: r.has_no_established_effect(),
            },
        })
        .collect()
}

/// Where an entry's best pair puts it, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Place {
    Recommended,
    Conditional,
    /// Not rated for the person's age, the facts stated …
    NotRatedForAge,
    /// … or waiting for some: a pair that fits is the better listing.
    NotRatedForAgeWaiting,
    Refused,
}

/// The facts a pair waits for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Missing {
    age: bool,
    substance: bool,
    pattern: bool,
    situation: bool,
}

impl Missing {
    fn any(self) -> bool {
        self.age || self.substance || self.pattern || self.situation
    }
}

/// How one pair stands: where it would put the entry, and with what.
#[derive(Clone, Copy, Debug)]
struct Choice {
    place: Place,
    /// The priority key as the person gets it: no number for a rank the
    /// person's age is not rated for.
    key: u8,
    withheld: bool,
    below_stated_age: bool,
    missing: Missing,
    /// The pair's index among the baseline's pairs of the entry.
    index: usize,
    rule: Rule,
}

impl Choice {
    fn order(&self) -> (Place, bool, u8, u8, u16) {
        (self.place, self.rule.add_on, self.key, self.rule.strength, self.rule.source)
    }
}

/// Judges one pair whose substances stand to the person as `substance`;
/// `population` says how the person stands to its population. `None`: the
/// pair does not apply at all.
fn judge(
    rule: &Rule,
    index: usize,
    substance: Standing,
    population: impl FnOnce() -> Standing,
    who: &Person,
    add_ons: bool,
) -> Option<Choice> {
    let mut missing = Missing::default();
    match substance {
        Standing::In => {}
        Standing::Unstated => missing.substance = true,
        Standing::Out => return None,
    }
    if rule.add_on && !add_ons {
        return None;
    }
    let (mut withheld, mut below_stated_age) = (false, false);
    let min_age = rule.min_age.unwrap_or(0);
    match rule.ages {
        // A general row's number is for people with the condition, never
        // a child's own: the pair goes to the not-rated list.
        Ages::General => withheld = who.child(),
        Ages::Adults | Ages::From20 => match who.band {
            Band::Child if rule.ages == Ages::Adults => return None,
            Band::Unknown => missing.age = true,
            _ => {}
        },
        Ages::Youth | Ages::Youth13To21 => {
            let youth = rule.ages == Ages::Youth;
            match (who.age, who.band) {
                (Some(years), _) if !youth && !(13..=21).contains(&years) => return None,
                (_, Band::Adult | Band::Older) if youth => return None,
                // 65 or older is outside 13–21 whatever the exact age.
                (None, Band::Older) => return None,
                (Some(years), _) if years < min_age => {
                    withheld = true;
                    below_stated_age = true;
                }
                (Some(_), _) => {}
                // A band alone does not say whether the person is old
                // enough, or inside 13–21.
                (None, Band::Child | Band::Adult) if min_age > 0 || !youth => missing.age = true,
                (None, Band::Unknown) => missing.age = true,
                (None, _) => {}
            }
        }
    }
    match who.pattern(rule.pattern) {
        Standing::In => {}
        Standing::Unstated => missing.pattern = true,
        Standing::Out => return None,
    }
    match population() {
        Standing::In => {}
        Standing::Unstated => missing.situation = true,
        Standing::Out => return None,
    }
    // A withheld pair gives no number of any kind; its stated number still
    // decides admission (FoU not asked for, Icke-göra: refused).
    let key = if withheld { NO_NUMBER } else { rule.key };
    let place = if rule.no_effect || !who.admits(rule.key) {
        Place::Refused
    } else if withheld && missing.any() {
        Place::NotRatedForAgeWaiting
    } else if withheld {
        Place::NotRatedForAge
    } else if missing.any() {
        Place::Conditional
    } else {
        Place::Recommended
    };
    Some(Choice { place, key, withheld, below_stated_age, missing, index, rule: *rule })
}

/// The best of an entry's pairs, judged by `judge_pair(index, add_ons)`;
/// `None` when none applies or the best is refused.
fn best(count: usize, mut judge_pair: impl FnMut(usize) -> Option<Choice>) -> Option<Choice> {
    let mut best: Option<Choice> = None;
    for index in 0..count {
        if let Some(choice) = judge_pair(index) {
            if best.as_ref().is_none_or(|b| choice.order() < b.order()) {
                best = Some(choice);
            }
        }
    }
    best.filter(|c| c.place != Place::Refused)
}

/// The facts one match waits for, as a baseline reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Waits<'s> {
    pub age: bool,
    pub substance: bool,
    pub pattern: bool,
    /// The id of the population whose situation is unstated.
    pub situation: Option<&'s str>,
}

/// One match of a baseline: enough to compare with the engine's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Found<'s> {
    pub id: &'s str,
    /// The entry's place in the catalog.
    #[serde(skip)]
    pub entry: u32,
    /// `None` for a pair without a number, or one not rated for the age.
    pub priority: Option<NrPriority>,
    pub add_on: bool,
    /// The index of the recommendation behind the priority: a rated pair
    /// whose number is the person's (not withheld).
    pub pair: Option<usize>,
    pub waits: Waits<'s>,
    pub below_stated_age: bool,
    #[serde(skip)]
    order: (bool, u8, u8, u32),
}

/// A baseline's result, in the engine's lists and order; its JSON is the
/// baseline of the engine's report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScanResult<'s> {
    /// Primary treatments, then add-ons, each best first.
    pub matches: Vec<Found<'s>>,
    pub primary_len: usize,
    pub conditional: Vec<Found<'s>>,
    pub not_rated_for_age: Vec<Found<'s>>,
    pub assessments: Vec<Found<'s>>,
}

impl<'s> ScanResult<'s> {
    pub fn len(&self) -> usize {
        self.matches.len()
    }
}

/// What a baseline's scan found for one entry.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    entry: u32,
    choice: Choice,
}

/// The add-on rule and the lists, from each entry's best pair:
/// `rechoose(entry)` chooses again without add-on pairs; `found` describes
/// a choice; `assessment(entry)` says whether it is listed apart.
fn finish<'s>(
    mut chosen: Vec<Candidate>,
    who: &Person,
    rechoose: impl Fn(u32) -> Option<Choice>,
    found: impl Fn(u32, &Choice) -> Found<'s>,
    assessment: impl Fn(u32) -> bool,
) -> ScanResult<'s> {
    let has_primary = chosen.iter().any(|c| {
        c.choice.place == Place::Recommended && !c.choice.rule.add_on && !assessment(c.entry)
    });
    if !has_primary && who.in_other_treatment == Some(false) {
        chosen.retain_mut(|c| {
            if !c.choice.rule.add_on {
                return true;
            }
            match rechoose(c.entry) {
                Some(again) => {
                    c.choice = again;
                    true
                }
                None => false,
            }
        });
    }
    let mut out = ScanResult::default();
    for c in &chosen {
        let f = found(c.entry, &c.choice);
        match c.choice.place {
            Place::Recommended if assessment(c.entry) => out.assessments.push(f),
            Place::Recommended => out.matches.push(f),
            Place::Conditional => out.conditional.push(f),
            Place::NotRatedForAge | Place::NotRatedForAgeWaiting => out.not_rated_for_age.push(f),
            Place::Refused => {}
        }
    }
    for list in
        [&mut out.matches, &mut out.conditional, &mut out.not_rated_for_age, &mut out.assessments]
    {
        list.sort_unstable_by_key(|f| f.order);
    }
    out.primary_len = out.matches.iter().take_while(|m| !m.add_on).count();
    out
}

fn found_of<'s>(
    id: &'s str,
    entry: u32,
    name_rank: u32,
    choice: &Choice,
    population: &'s str,
) -> Found<'s> {
    let rule = &choice.rule;
    Found {
        id,
        entry,
        priority: if choice.withheld { None } else { rule.priority },
        add_on: rule.add_on,
        pair: (rule.rated && !choice.withheld).then_some(usize::from(rule.source)),
        waits: Waits {
            age: choice.missing.age,
            substance: choice.missing.substance,
            pattern: choice.missing.pattern,
            situation: choice.missing.situation.then_some(population),
        },
        below_stated_age: choice.below_stated_age,
        order: (rule.add_on, choice.key, rule.strength, name_rank),
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
        Population::InDeliriumTremens => "in-delirium-tremens".to_owned(),
        Population::InSituation(situation) => format!("situation:{}", situation.id()),
        other => panic!("population {other:?} unknown to the baselines"),
    }
}

fn labels<T: Vocabulary>(set: TagSet<T>) -> Vec<String> {
    set.iter().map(|v| v.label_sv().to_owned()).collect()
}

fn label<T: Vocabulary>(value: Option<T>) -> Option<String> {
    value.map(|v| v.label_sv().to_owned())
}

fn ids<T: Vocabulary>(set: TagSet<T>) -> Vec<String> {
    set.iter().map(|v| v.id().to_owned()).collect()
}

// ---------------------------------------------------------------- A: strings

/// A stated value passes a facet the entry states and holds it, or one it
/// leaves unstated.
fn facet_passes(value: &Option<String>, set: &[String]) -> bool {
    match value {
        None => true,
        Some(v) => set.is_empty() || set.iter().any(|s| s == v),
    }
}

/// The narcotic substances that rows worded "Narkotika" cover, by label.
fn is_kind_of_narcotics(label: &str) -> bool {
    label == Substance::Cannabis.label_sv()
        || label == Substance::CentralStimulants.label_sv()
        || label == Substance::Opioids.label_sv()
}

/// One pair as scraped.
struct StringPair {
    /// The guide's substance labels; empty when none is named.
    substances: Vec<String>,
    /// Whether one of them is a kind of narcotics (cannabis, central
    /// stimulants, opioids).
    names_a_kind: bool,
    population: String,
    rule: Rule,
}

impl StringPair {
    /// How the pair's substances stand to the person's (labels).
    fn substance(&self, wanted: &[String], narcotics: bool) -> Standing {
        if wanted.is_empty() {
            // No substance stated: a row for a substance waits for it.
            return if self.substances.is_empty() { Standing::In } else { Standing::Unstated };
        }
        let general = Substance::Narcotics.label_sv();
        let covered = self.substances.is_empty()
            || wanted.iter().any(|w| {
                self.substances.iter().any(|s| s == w || (s == general && is_kind_of_narcotics(w)))
            });
        if covered {
            Standing::In
        } else if narcotics && self.names_a_kind {
            // "Narkotika" stated: the row applies if it is that kind.
            Standing::Unstated
        } else {
            Standing::Out
        }
    }
}

/// One entry as scraped: every facet the guide's label strings.
struct StringEntry {
    id: String,
    name_rank: u32,
    providers: Vec<String>,
    roles: Vec<String>,
    age_groups: Vec<String>,
    severities: Vec<String>,
    conditions: Vec<String>,
    pairs: Vec<StringPair>,
    assessment: bool,
    /// Whether a youth version is in the catalog.
    youth_version: bool,
}

/// The person's situations as strings (ids).
#[derive(Clone, Debug)]
pub struct StringSituation {
    relative: Option<bool>,
    in_laro: Option<bool>,
    in_other_treatment: Option<bool>,
    partner: Option<bool>,
    /// `not-present`, `general`, `raised-risk`, `delirium-tremens`.
    withdrawal: Option<String>,
    severe_illness: Option<bool>,
    /// Need ids.
    needs: Option<Vec<String>>,
    /// `situation:<id>` of those stated to hold, and not to.
    holds: Vec<String>,
    absent: Vec<String>,
}

impl StringSituation {
    fn of(profile: &Profile) -> StringSituation {
        let situations = |set: TagSet<insats::Situation>| {
            set.iter().map(|s| format!("situation:{}", s.id())).collect()
        };
        StringSituation {
            relative: profile.relative(),
            in_laro: profile.in_laro(),
            in_other_treatment: profile.in_other_treatment(),
            partner: profile.cohabiting_partner(),
            withdrawal: profile.withdrawal().map(|w| w.id().to_owned()),
            severe_illness: profile.severe_mental_illness(),
            needs: profile.needs().map(ids),
            holds: situations(profile.situations()),
            absent: situations(profile.situations_absent()),
        }
    }

    /// The person's standing to a population given by its id (`anyone`,
    /// `in-laro`, `need:housing`, `situation:overdose-risk`, …).
    fn standing(&self, population: &str, band: Band) -> Standing {
        if population != "relatives" && self.relative == Some(true) {
            return Standing::Out;
        }
        let withdrawal = self.withdrawal.as_deref();
        match population {
            "anyone" => Standing::In,
            "youth" if matches!(band, Band::Adult | Band::Older) => Standing::Out,
            "youth" => Standing::In,
            "adults" if band == Band::Child => Standing::Out,
            "adults" => Standing::In,
            "in-laro" if self.in_other_treatment == Some(false) => Standing::Out,
            "in-laro" => stated(self.in_laro),
            "relatives" => stated(self.relative),
            "with-cohabiting-partner" => stated(self.partner),
            "with-severe-mental-illness" => stated(self.severe_illness),
            "in-alcohol-withdrawal" => match withdrawal {
                None => Standing::Unstated,
                Some("general" | "raised-risk") => Standing::In,
                // Delirium tremens has a row of its own.
                Some(_) => Standing::Out,
            },
            "in-alcohol-withdrawal-with-raised-risk" => match withdrawal {
                None => Standing::Unstated,
                Some("raised-risk") => Standing::In,
                Some(_) => Standing::Out,
            },
            "in-delirium-tremens" => match withdrawal {
                None => Standing::Unstated,
                Some("delirium-tremens") => Standing::In,
                Some(_) => Standing::Out,
            },
            situation if situation.starts_with("situation:") => {
                if self.holds.iter().any(|s| s == situation) {
                    Standing::In
                } else if self.absent.iter().any(|s| s == situation) {
                    Standing::Out
                } else {
                    Standing::Unstated
                }
            }
            other => {
                let need = other.strip_prefix("need:").expect("a population id");
                match &self.needs {
                    None => Standing::Unstated,
                    Some(needs) if needs.iter().any(|n| n == need) => Standing::In,
                    // "Bostad" says there is a housing need, not which.
                    Some(needs)
                        if needs.iter().any(|n| n == Need::Housing.id())
                            && (need == Need::Homelessness.id()
                                || need == Need::SupportInHousing.id()) =>
                    {
                        Standing::Unstated
                    }
                    Some(_) => Standing::Out,
                }
            }
        }
    }
}

/// A profile as such a user holds it: label strings and the situation,
/// read once (outside the timed call).
pub struct StringProfile {
    age_group: Option<String>,
    severity: Option<String>,
    condition: Option<String>,
    substances: Vec<String>,
    narcotics: bool,
    provider: Option<String>,
    role: Option<String>,
    person: Person,
    situation: StringSituation,
}

impl StringProfile {
    pub fn new(profile: &Profile) -> StringProfile {
        let person = Person::of(profile);
        let age_group = match person.band {
            Band::Child => Some(AgeGroup::Children.label_sv().to_owned()),
            Band::Adult => Some(AgeGroup::Adults.label_sv().to_owned()),
            Band::Older => Some(AgeGroup::Older.label_sv().to_owned()),
            Band::Unknown => None,
        };
        let substances = labels(profile.substances());
        StringProfile {
            age_group,
            severity: label(profile.severity()),
            condition: label(profile.condition()),
            narcotics: substances.iter().any(|s| s == Substance::Narcotics.label_sv()),
            substances,
            provider: label(profile.provider()),
            role: label(profile.role()),
            person,
            situation: StringSituation::of(profile),
        }
    }
}

/// Baseline A: scraped strings, scanned with string comparisons.
pub struct StringScan {
    entries: Vec<StringEntry>,
}

impl StringScan {
    pub fn new(catalog: &Catalog) -> StringScan {
        let ranks = name_ranks(catalog);
        let entries = catalog
            .iter()
            .zip(ranks)
            .map(|(e, name_rank)| {
                let tags = e.tags();
                let pairs = pair_data(e)
                    .into_iter()
                    .map(|p| StringPair {
                        substances: labels(p.substances),
                        names_a_kind: p
                            .substances
                            .iter()
                            .any(|s| is_kind_of_narcotics(s.label_sv())),
                        population: population_id(p.population),
                        rule: p.rule,
                    })
                    .collect();
                StringEntry {
                    id: e.id().to_owned(),
                    name_rank,
                    providers: labels(tags.providers()),
                    roles: labels(tags.roles()),
                    age_groups: labels(tags.age_groups()),
                    severities: labels(tags.severities()),
                    conditions: labels(e.conditions()),
                    pairs,
                    assessment: is_assessment(e),
                    youth_version: e.youth_version().is_some_and(|id| catalog.get(id).is_some()),
                }
            })
            .collect();
        StringScan { entries }
    }

    fn choose(
        &self,
        entry: &StringEntry,
        profile: &StringProfile,
        add_ons: bool,
    ) -> Option<Choice> {
        let who = &profile.person;
        best(entry.pairs.len(), |i| {
            let pair = &entry.pairs[i];
            let substance = pair.substance(&profile.substances, profile.narcotics);
            let population = || profile.situation.standing(&pair.population, who.band);
            judge(&pair.rule, i, substance, population, who, add_ons)
        })
    }

    pub fn recommend<'s>(&'s self, profile: &StringProfile) -> ScanResult<'s> {
        let who = &profile.person;
        let mut chosen = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if !(facet_passes(&profile.provider, &entry.providers)
                && facet_passes(&profile.role, &entry.roles)
                && facet_passes(&profile.age_group, &entry.age_groups)
                && facet_passes(&profile.severity, &entry.severities)
                && facet_passes(&profile.condition, &entry.conditions))
            {
                continue;
            }
            if who.child() && entry.youth_version {
                continue;
            }
            if let Some(choice) = self.choose(entry, profile, true) {
                chosen.push(Candidate { entry: i as u32, choice });
            }
        }
        finish(
            chosen,
            who,
            |i| self.choose(&self.entries[i as usize], profile, false),
            |i, choice| {
                let entry = &self.entries[i as usize];
                let population = &entry.pairs[choice.index].population;
                found_of(&entry.id, i, entry.name_rank, choice, population)
            },
            |i| self.entries[i as usize].assessment,
        )
    }
}

// ---------------------------------------------------------------- B: typed

/// How a typed pair's substances stand to the person's.
fn typed_substance(pair: TagSet<Substance>, wanted: TagSet<Substance>) -> Standing {
    const KINDS: [Substance; 3] =
        [Substance::Cannabis, Substance::CentralStimulants, Substance::Opioids];
    if wanted.is_empty() {
        return if pair.is_empty() { Standing::In } else { Standing::Unstated };
    }
    let general = pair.contains(Substance::Narcotics);
    let covered = pair.is_empty()
        || wanted.iter().any(|w| pair.contains(w) || (general && KINDS.contains(&w)));
    if covered {
        Standing::In
    } else if wanted.contains(Substance::Narcotics) && KINDS.iter().any(|k| pair.contains(*k)) {
        Standing::Unstated
    } else {
        Standing::Out
    }
}

/// How a person stands to a typed population.
fn typed_population(profile: &Profile, population: Population, band: Band) -> Standing {
    if population != Population::Relatives && profile.relative() == Some(true) {
        return Standing::Out;
    }
    let withdrawal = profile.withdrawal();
    let is = |w: Withdrawal| withdrawal.map(|stated| stated == w);
    match population {
        Population::Anyone => Standing::In,
        Population::Youth if matches!(band, Band::Adult | Band::Older) => Standing::Out,
        Population::Youth => Standing::In,
        Population::Adults if band == Band::Child => Standing::Out,
        Population::Adults => Standing::In,
        Population::InMedicationAssistedTreatment
            if profile.in_other_treatment() == Some(false) =>
        {
            Standing::Out
        }
        Population::InMedicationAssistedTreatment => stated(profile.in_laro()),
        Population::Relatives => stated(profile.relative()),
        Population::WithCohabitingPartner => stated(profile.cohabiting_partner()),
        Population::WithSevereMentalIllness => stated(profile.severe_mental_illness()),
        Population::InAlcoholWithdrawal => {
            stated(withdrawal.map(|w| matches!(w, Withdrawal::General | Withdrawal::RaisedRisk)))
        }
        Population::InAlcoholWithdrawalWithRaisedRisk => stated(is(Withdrawal::RaisedRisk)),
        Population::InDeliriumTremens => stated(is(Withdrawal::DeliriumTremens)),
        Population::InSituation(s) => {
            if profile.situations().contains(s) {
                Standing::In
            } else if profile.situations_absent().contains(s) {
                Standing::Out
            } else {
                Standing::Unstated
            }
        }
        Population::WithNeed(need) => match profile.needs() {
            None => Standing::Unstated,
            Some(needs) if needs.contains(need) => Standing::In,
            Some(needs)
                if needs.contains(Need::Housing)
                    && matches!(need, Need::Homelessness | Need::SupportInHousing) =>
            {
                Standing::Unstated
            }
            Some(_) => Standing::Out,
        },
        other => panic!("population {other:?} unknown to the baselines"),
    }
}

struct TypedPair {
    substances: TagSet<Substance>,
    population: Population,
    /// Its id, for the result only.
    population_id: String,
    rule: Rule,
}

struct TypedEntry<'c> {
    entry: &'c Intervention,
    name_rank: u32,
    pairs: Vec<TypedPair>,
    assessment: bool,
    has_youth_version: bool,
}

/// Baseline B: the typed model, scanned linearly.
pub struct TypedScan<'c> {
    entries: Vec<TypedEntry<'c>>,
}

fn typed_passes<T: Vocabulary>(value: Option<T>, set: TagSet<T>) -> bool {
    value.is_none_or(|v| set.is_empty() || set.contains(v))
}

impl<'c> TypedScan<'c> {
    pub fn new(catalog: &'c Catalog) -> TypedScan<'c> {
        let ranks = name_ranks(catalog);
        let entries = catalog
            .iter()
            .zip(ranks)
            .map(|(entry, name_rank)| TypedEntry {
                entry,
                name_rank,
                pairs: pair_data(entry)
                    .into_iter()
                    .map(|p| TypedPair {
                        substances: p.substances,
                        population: p.population,
                        population_id: population_id(p.population),
                        rule: p.rule,
                    })
                    .collect(),
                assessment: is_assessment(entry),
                has_youth_version: entry
                    .youth_version()
                    .is_some_and(|id| catalog.get(id).is_some()),
            })
            .collect();
        TypedScan { entries }
    }

    fn choose(
        &self,
        typed: &TypedEntry<'c>,
        profile: &Profile,
        who: &Person,
        add_ons: bool,
    ) -> Option<Choice> {
        let wanted = profile.substances();
        best(typed.pairs.len(), |i| {
            let pair = &typed.pairs[i];
            let substance = typed_substance(pair.substances, wanted);
            let population = || typed_population(profile, pair.population, who.band);
            judge(&pair.rule, i, substance, population, who, add_ons)
        })
    }

    pub fn recommend<'s>(&'s self, profile: &Profile) -> ScanResult<'s> {
        let who = Person::of(profile);
        let mut chosen = Vec::new();
        for (i, typed) in self.entries.iter().enumerate() {
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
            if who.child() && typed.has_youth_version {
                continue;
            }
            if let Some(choice) = self.choose(typed, profile, &who, true) {
                chosen.push(Candidate { entry: i as u32, choice });
            }
        }
        finish(
            chosen,
            &who,
            |i| self.choose(&self.entries[i as usize], profile, &who, false),
            |i, choice| {
                let typed = &self.entries[i as usize];
                let population = &typed.pairs[choice.index].population_id;
                found_of(typed.entry.id(), i, typed.name_rank, choice, population)
            },
            |i| self.entries[i as usize].assessment,
        )
    }
}

// ------------------------------------------------- explain, plainly

/// One entry decided, as the strings baseline's explain gives it: its id,
/// whether it is recommended or would be, and a code for why (no words).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlainDecision<'s> {
    pub id: &'s str,
    pub included: bool,
    pub conditional: bool,
    pub priority: Option<NrPriority>,
    /// `recommended`, `conditional`, `not-rated-for-age`, `facet`,
    /// `replaced-by-youth-version` or `not-applicable`.
    pub why: &'static str,
}

impl StringScan {
    /// Every entry in catalog order, decided: the baseline of the engine's
    /// `explain`. Its JSON is the baseline of the engine's explain report.
    pub fn explain<'s>(&'s self, profile: &StringProfile) -> Vec<PlainDecision<'s>> {
        let found = self.recommend(profile);
        let mut listed: Vec<Option<(&'static str, Option<NrPriority>)>> =
            vec![None; self.entries.len()];
        let lists: [(&[Found<'_>], &'static str); 4] = [
            (&found.matches, "recommended"),
            (&found.assessments, "recommended"),
            (&found.conditional, "conditional"),
            (&found.not_rated_for_age, "not-rated-for-age"),
        ];
        for (list, why) in lists {
            for f in list {
                listed[f.entry as usize] = Some((why, f.priority));
            }
        }
        self.entries
            .iter()
            .zip(listed)
            .map(|(entry, listed)| {
                let facets = facet_passes(&profile.provider, &entry.providers)
                    && facet_passes(&profile.role, &entry.roles)
                    && facet_passes(&profile.age_group, &entry.age_groups)
                    && facet_passes(&profile.severity, &entry.severities)
                    && facet_passes(&profile.condition, &entry.conditions);
                let (why, priority) = match listed {
                    _ if !facets => ("facet", None),
                    _ if profile.person.child() && entry.youth_version => {
                        ("replaced-by-youth-version", None)
                    }
                    Some(listed) => listed,
                    None => ("not-applicable", None),
                };
                PlainDecision {
                    id: &entry.id,
                    included: why == "recommended",
                    conditional: why == "conditional",
                    priority,
                    why,
                }
            })
            .collect()
    }
}

// ------------------------------------- the engine against a baseline

/// One match as compared: id, priority, add-on, the index of the
/// recommendation behind the priority, what it waits for (the age, the
/// substance, the pattern of use, the population whose situation is
/// unstated), and whether the person is below the pair's stated age.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub priority: Option<NrPriority>,
    pub add_on: bool,
    pub pair: Option<usize>,
    pub waits: (bool, bool, bool, Option<String>),
    pub below_stated_age: bool,
}

/// The engine's match as a row, read through the public API only.
pub fn engine_row(m: &Match<'_>) -> Row {
    let entry = m.intervention();
    let pair = m
        .recommendation()
        .and_then(|r| entry.recommendations().iter().position(|x| std::ptr::eq(x, r)));
    let mut waits = (false, false, false, None);
    for reason in m.unstated() {
        match reason {
            Reason::AgeNotStated { .. } => waits.0 = true,
            Reason::SubstanceNotStated { .. } => waits.1 = true,
            Reason::PatternNotStated { .. } => waits.2 = true,
            Reason::SituationNotStated { required } => waits.3 = Some(population_id(required)),
            _ => {}
        }
    }
    let below_stated_age = m.reasons().iter().any(|r| matches!(r, Reason::BelowStatedAge { .. }));
    Row {
        id: entry.id().to_owned(),
        priority: m.priority(),
        add_on: m.is_add_on(),
        pair,
        waits,
        below_stated_age,
    }
}

/// A baseline's match as a row.
pub fn scan_row(f: &Found<'_>) -> Row {
    let w = f.waits;
    Row {
        id: f.id.to_owned(),
        priority: f.priority,
        add_on: f.add_on,
        pair: f.pair,
        waits: (w.age, w.substance, w.pattern, w.situation.map(str::to_owned)),
        below_stated_age: f.below_stated_age,
    }
}

/// Where the engine's result and a baseline's differ, list by list (the
/// first row that differs in each); `None` when every list agrees, row by
/// row and in order.
pub fn disagreement(recs: &Recommendations<'_>, found: &ScanResult<'_>) -> Option<String> {
    let (primary, add_ons) = found.matches.split_at(found.primary_len.min(found.matches.len()));
    let lists: [(&str, &[Match<'_>], &[Found<'_>]); 5] = [
        ("primary", recs.primary(), primary),
        ("add-ons", recs.add_ons(), add_ons),
        ("conditional", recs.conditional(), &found.conditional),
        ("not rated for age", recs.not_rated_for_age(), &found.not_rated_for_age),
        ("assessments", recs.assessments(), &found.assessments),
    ];
    let mut out = String::new();
    for (name, engine, baseline) in lists {
        let engine: Vec<Row> = engine.iter().map(engine_row).collect();
        let baseline: Vec<Row> = baseline.iter().map(scan_row).collect();
        if engine != baseline {
            let at = engine.iter().zip(&baseline).position(|(a, b)| a != b);
            let at = at.unwrap_or(engine.len().min(baseline.len()));
            out += &format!(
                "\n  {name}: {} rows against {}; at {at}: {:?}\n     vs {:?}",
                engine.len(),
                baseline.len(),
                engine.get(at),
                baseline.get(at)
            );
        }
    }
    (!out.is_empty()).then_some(out)
}
