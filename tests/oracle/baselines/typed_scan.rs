//! Baseline B: the typed model, scanned entry by entry.

use super::labels::population_id;
use super::lists::{Candidate, ScanResult, finish, found_of};
use super::order::name_ranks;
use super::rules::{
    AddOns, Band, Choice, Person, Rule, Standing, best, is_assessment, judge, pair_data, stated,
};
use insats::{
    Catalog, Intervention, Need, Population, Profile, Substance, TagSet, Vocabulary, Withdrawal,
};

/// How a typed pair's substances stand to the person's.
pub(super) fn typed_substance(pair: TagSet<Substance>, wanted: TagSet<Substance>) -> Standing {
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
pub(super) fn typed_population(profile: &Profile, population: Population, band: Band) -> Standing {
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

pub(super) struct TypedPair {
    pub(super) substances: TagSet<Substance>,
    pub(super) population: Population,
    /// Its id, for the result only.
    pub(super) population_id: String,
    pub(super) rule: Rule,
}

pub(super) struct TypedEntry<'c> {
    pub(super) entry: &'c Intervention,
    pub(super) name_rank: u32,
    pub(super) pairs: Vec<TypedPair>,
    pub(super) assessment: bool,
    pub(super) has_youth_version: bool,
}

/// Baseline B: the typed model, scanned linearly.
pub struct TypedScan<'c> {
    pub(super) entries: Vec<TypedEntry<'c>>,
}

pub(super) fn typed_passes<T: Vocabulary>(value: Option<T>, set: TagSet<T>) -> bool {
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
        add_ons: AddOns,
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
            if let Some(choice) = self.choose(typed, profile, &who, AddOns::Offered) {
                chosen.push(Candidate { entry: i as u32, choice });
            }
        }
        // Stated, or yes in LARO (a treatment).
        let other_treatment = match (profile.in_other_treatment(), profile.in_laro()) {
            (Some(told), _) => Some(told),
            (None, Some(true)) => Some(true),
            (None, _) => None,
        };
        finish(
            chosen,
            other_treatment,
            |i, add_ons| self.choose(&self.entries[i as usize], profile, &who, add_ons),
            |i, choice| {
                let typed = &self.entries[i as usize];
                let population = &typed.pairs[choice.index].population_id;
                found_of(typed.entry.id(), i, typed.name_rank, choice, population)
            },
            |i| self.entries[i as usize].assessment,
        )
    }
}
