//! Baseline A: the catalog as scraped label strings, compared as strings.

use super::labels::{ids, label, labels, population_id};
use super::lists::{Candidate, ScanResult, finish, found_of};
use super::order::name_ranks;
use super::rules::{
    AddOns, Band, Choice, Person, Rule, Standing, best, is_assessment, judge, pair_data, stated,
};
use insats::{AgeGroup, Catalog, Need, Profile, Substance, TagSet};

/// A stated value passes a facet the entry states and holds it, or one it
/// leaves unstated.
pub(super) fn facet_passes(value: &Option<String>, set: &[String]) -> bool {
    match value {
        None => true,
        Some(v) => set.is_empty() || set.iter().any(|s| s == v),
    }
}

/// The narcotic substances that rows worded "Narkotika" cover, by label.
pub(super) fn is_kind_of_narcotics(label: &str) -> bool {
    label == Substance::Cannabis.label_sv()
        || label == Substance::CentralStimulants.label_sv()
        || label == Substance::Opioids.label_sv()
}

/// One pair as scraped.
pub(super) struct StringPair {
    /// The guide's substance labels; empty when none is named.
    pub(super) substances: Vec<String>,
    /// Whether one of them is a kind of narcotics (cannabis, central
    /// stimulants, opioids).
    pub(super) names_a_kind: bool,
    pub(super) population: String,
    pub(super) rule: Rule,
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
pub(super) struct StringEntry {
    pub(super) id: String,
    pub(super) name_rank: u32,
    pub(super) providers: Vec<String>,
    pub(super) roles: Vec<String>,
    pub(super) age_groups: Vec<String>,
    pub(super) severities: Vec<String>,
    pub(super) conditions: Vec<String>,
    pub(super) pairs: Vec<StringPair>,
    pub(super) assessment: bool,
    /// Whether a youth version is in the catalog.
    pub(super) youth_version: bool,
}

/// The person's situations as strings (ids).
#[derive(Clone, Debug)]
pub struct StringSituation {
    pub(super) relative: Option<bool>,
    pub(super) in_laro: Option<bool>,
    pub(super) in_other_treatment: Option<bool>,
    pub(super) partner: Option<bool>,
    /// `not-present`, `general`, `raised-risk`, `delirium-tremens`.
    pub(super) withdrawal: Option<String>,
    pub(super) severe_illness: Option<bool>,
    /// Need ids.
    pub(super) needs: Option<Vec<String>>,
    /// `situation:<id>` of those stated to hold, and not to.
    pub(super) holds: Vec<String>,
    pub(super) absent: Vec<String>,
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
    pub(super) age_group: Option<String>,
    pub(super) severity: Option<String>,
    pub(super) condition: Option<String>,
    pub(super) substances: Vec<String>,
    pub(super) narcotics: bool,
    pub(super) provider: Option<String>,
    pub(super) role: Option<String>,
    pub(super) person: Person,
    pub(super) situation: StringSituation,
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
    pub(super) entries: Vec<StringEntry>,
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
        add_ons: AddOns,
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
            if let Some(choice) = self.choose(entry, profile, AddOns::Offered) {
                chosen.push(Candidate { entry: i as u32, choice });
            }
        }
        // LARO is a treatment: in it, the person is in other treatment.
        let situation = &profile.situation;
        let other_treatment = situation.in_other_treatment.or(situation.in_laro.filter(|&l| l));
        finish(
            chosen,
            other_treatment,
            |i, add_ons| self.choose(&self.entries[i as usize], profile, add_ons),
            |i, choice| {
                let entry = &self.entries[i as usize];
                let population = &entry.pairs[choice.index].population;
                found_of(&entry.id, i, entry.name_rank, choice, population)
            },
            |i| self.entries[i as usize].assessment,
        )
    }
}
