//! The rules, plainly: how a person stands to one pair (ages, pattern of
//! use, add-on role, admission), and which of an entry's pairs decides.

use super::order::{DONT_DO, FOU, NO_NUMBER, priority_key, strength};
use insats::{
    AgeGroup, AgeScope, Condition, ConditionPattern, Intervention, Kind, NrPriority, PatternOfUse,
    Population, Profile, Substance, TagSet,
};

/// Whether an entry is an assessment instrument or a medical test: listed
/// apart, and never the primary treatment that admits add-ons.
pub(super) fn is_assessment(entry: &Intervention) -> bool {
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

pub(super) fn band(age: Option<u8>, group: Option<&str>) -> Band {
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

pub(super) fn stated(value: Option<bool>) -> Standing {
    match value {
        Some(true) => Standing::In,
        Some(false) => Standing::Out,
        None => Standing::Unstated,
    }
}

/// What a row's condition needs stated about the pattern of use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PatternNeed {
    Nothing,
    MisuseOrDependence,
    Dependence,
}

/// The reading of a row's condition terms: a row worded for any use, for
/// problems, long-term use, withdrawal, a suspicion, screening or riskbruk
/// (or naming none) needs nothing beyond the substance; one worded
/// "skadligt bruk"/"missbruk" (… "eller beroende") needs misuse or
/// dependence; one worded "beroende" alone needs dependence.
pub(super) fn pattern_need(terms: TagSet<ConditionPattern>) -> PatternNeed {
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
pub(super) enum Ages {
    /// NR's general rows: people with the condition, no age.
    General,
    /// The youth set: under 18.
    Youth,
    Adults,
    Youth13To21,
    /// LARO: from 20 unless special reasons; younger still applies.
    From20,
}

pub(super) fn ages(recorded: AgeScope, population: Population) -> Ages {
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
    pub(super) band: Band,
    pub(super) age: Option<u8>,
    pub(super) misuse_or_dependence: Standing,
    pub(super) dependence: Standing,
    pub(super) research: bool,
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

    pub(super) fn child(&self) -> bool {
        self.band == Band::Child
    }
}

/// What one pair needs, beside its substances and population, read once
/// at set-up.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rule {
    pub(super) ages: Ages,
    pub(super) min_age: Option<u8>,
    pub(super) pattern: PatternNeed,
    pub(super) priority: Option<NrPriority>,
    pub(super) key: u8,
    pub(super) strength: u8,
    /// The pair is for an add-on, or the entry is one by its wording.
    pub(super) add_on: bool,
    /// The pair's index in the entry's recommendations (the target group:
    /// 0, and not rated).
    pub(super) source: u16,
    pub(super) rated: bool,
    /// The source finds no established effect: never recommended.
    pub(super) no_effect: bool,
}

/// The facts of one pair a baseline reads, typed; each baseline then holds
/// the substances and population its own way.
pub(super) struct PairData {
    pub(super) substances: TagSet<Substance>,
    pub(super) population: Population,
    pub(super) rule: Rule,
}

pub(super) fn pair_data(entry: &Intervention) -> Vec<PairData> {
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
pub(super) enum Place {
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
pub(super) struct Missing {
    pub(super) age: bool,
    pub(super) substance: bool,
    pub(super) pattern: bool,
    pub(super) situation: bool,
    /// Other treatment, for an add-on pair with nothing else to add it to.
    pub(super) other_treatment: bool,
}

impl Missing {
    fn any(self) -> bool {
        self.age || self.substance || self.pattern || self.situation || self.other_treatment
    }
}

/// How a scan judges add-on pairs: an add-on is added to other treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AddOns {
    /// A primary treatment is recommended, or the person is in other
    /// treatment: an add-on pair is judged as any other.
    Offered,
    /// Nothing to add it to, and the person is in no other treatment: an
    /// add-on pair does not apply.
    Refused,
    /// Nothing to add it to, and other treatment not stated: an add-on
    /// pair waits for it.
    Waiting,
}

/// How one pair stands: where it would put the entry, and with what.
#[derive(Clone, Copy, Debug)]
pub(super) struct Choice {
    pub(super) place: Place,
    /// The priority key as the person gets it: no number for a rank the
    /// person's age is not rated for.
    pub(super) key: u8,
    pub(super) withheld: bool,
    pub(super) below_stated_age: bool,
    pub(super) missing: Missing,
    /// The pair's index among the baseline's pairs of the entry.
    pub(super) index: usize,
    pub(super) rule: Rule,
}

impl Choice {
    fn order(&self) -> (Place, bool, u8, u8, u16) {
        (self.place, self.rule.add_on, self.key, self.rule.strength, self.rule.source)
    }
}

/// Judges one pair whose substances stand to the person as `substance`;
/// `population` says how the person stands to its population. `None`: the
/// pair does not apply at all.
pub(super) fn judge(
    rule: &Rule,
    index: usize,
    substance: Standing,
    population: impl FnOnce() -> Standing,
    who: &Person,
    add_ons: AddOns,
) -> Option<Choice> {
    let mut missing = Missing::default();
    match substance {
        Standing::In => {}
        Standing::Unstated => missing.substance = true,
        Standing::Out => return None,
    }
    if rule.add_on {
        match add_ons {
            AddOns::Offered => {}
            AddOns::Refused => return None,
            AddOns::Waiting => missing.other_treatment = true,
        }
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
pub(super) fn best(
    count: usize,
    mut judge_pair: impl FnMut(usize) -> Option<Choice>,
) -> Option<Choice> {
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
