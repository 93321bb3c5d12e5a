//! The results of [`Matcher::recommend`](super::Matcher::recommend): the
//! matches, the conditional ones, and the package for the assessment's
//! needs.

use super::delivery::Delivery;
use super::notes::{NoteFacts, push_notes, push_unstated};
use super::pairs::{missing, population_of_bit, priority_key, priority_of_key};
use super::profile::ProfileField;
use super::reason::Reason;
use crate::model::{Intervention, NrPriority, Population, Recommendation};
use crate::terms::{Language, Term};
use crate::vocab::{Need, Principal, Role, TagSet, label};

/// One intervention that applies to a profile (or, in
/// [`Recommendations::conditional`], would apply if a situation held),
/// with the priority that applies and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'c> {
    pub(crate) entry: &'c Intervention,
    pub(crate) facts: Facts,
}

/// What a match says besides its entry, as codes: what the pair is (the
/// lanes keep one per pair, made once) and how it stands for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Facts {
    /// The entry's place in name order.
    pub(crate) position: u32,
    /// The index of the pair behind the priority among the entry's pairs
    /// (an entry holds at most `u16::MAX` pairs).
    pub(crate) pair: u16,
    /// The order key of the pair's stated priority (`pairs::priority_key`).
    pub(crate) key: u8,
    /// Between equal priorities, `bör` (should) before `kan` (may) before
    /// an unworded one: the wording is the evidence signal the guide gives.
    pub(crate) strength: u8,
    /// The pair's population bit.
    pub(crate) population: u8,
    /// The facts the match waits for (`pairs::missing` bits); 0 for a
    /// recommendation.
    pub(crate) missing: u8,
    pub(crate) add_on: bool,
    /// A general row's number, not given to a child.
    pub(crate) withheld: bool,
    /// The person is younger than the age regulations normally require.
    pub(crate) below_usual_age: bool,
    /// Below the youngest age the sources state for a youth row.
    pub(crate) below_stated_age: bool,
    /// The pair names no substance and the profile states one.
    pub(crate) substance_not_named: bool,
    /// The role of the person asking, when stated.
    pub(crate) asker: Option<Role>,
}

// A match is what `recommend` writes per result: a few words, so that a
// result is one small allocation and reused results stay in cache; the
// facts are one 16-byte copy from the pair's lane.
const _: () = assert!(std::mem::size_of::<Match<'static>>() <= 24);
const _: () = assert!(std::mem::size_of::<Facts>() <= 16);

impl<'c> Match<'c> {
    /// The intervention.
    pub fn intervention(&self) -> &'c Intervention {
        self.entry
    }
    /// The priority of the pair chosen for the profile: among the pairs
    /// that apply to its substances, situation and age, a primary pair
    /// before an add-on pair, then the best number. `None` when the
    /// project's sources state no number for it, or when the number is a
    /// general row's and the person is a child.
    pub fn priority(&self) -> Option<NrPriority> {
        if self.facts.withheld { None } else { priority_of_key(self.facts.key) }
    }
    /// The recommendation behind [`priority`](Self::priority): its
    /// substances, population, NR edition, source and disputes. `None`
    /// when the entry is matched on its target group, or when the pair's
    /// number is withheld from a child.
    pub fn recommendation(&self) -> Option<&'c Recommendation> {
        if self.facts.withheld {
            return None;
        }
        self.entry.recommendations().get(self.facts.pair as usize)
    }
    /// The NR row chosen for the person, also when its number is not the
    /// person's (a general row for a child, listed in
    /// [`Recommendations::not_rated_for_age`]): its condition, substances
    /// and source say what the row is rated for. `None` when the entry is
    /// matched on its target group.
    pub fn row(&self) -> Option<&'c Recommendation> {
        self.entry.recommendations().get(self.facts.pair as usize)
    }
    /// Whether the person asking can deliver it, or the principal and
    /// competence a referral names: the role routes, it never hides a
    /// match.
    pub fn delivery(&self) -> Delivery {
        Delivery::of(self.entry, self.row(), self.facts.asker)
    }
    /// Who offers it, as the chosen row's source words it.
    pub fn principal(&self) -> Principal {
        self.row().map_or(Principal::NotStated, Recommendation::principal)
    }
    /// Where to cite: the chosen row's source, else the entry's.
    pub fn source(&self) -> Option<&'c str> {
        let pair = self.entry.recommendations().get(self.facts.pair as usize);
        pair.and_then(Recommendation::source).or(self.entry.source())
    }
    /// Whether the intervention is offered as an add-on to other treatment.
    pub fn is_add_on(&self) -> bool {
        self.facts.add_on
    }
    /// For a conditional match whose pair's situation the profile leaves
    /// unstated, that situation: the population of its pair ("would apply
    /// if the person is in alcohol withdrawal"); `None` otherwise. Every
    /// fact a conditional match waits for (the age, the substance, the
    /// pattern of use, the situation, other treatment) is in
    /// [`unstated`](Self::unstated).
    pub fn requires(&self) -> Option<Population> {
        if self.facts.missing & missing::SITUATION != 0 {
            population_of_bit(self.facts.population)
        } else {
            None
        }
    }
    /// Whether `self` and `other` stand level: the same priority (or both
    /// none), the same strength of recommendation (`bör`, `kan`, or none
    /// worded) and both primary or both add-ons. Nothing in the sources
    /// ranks one above the other, so a list orders them by name only and
    /// shows them at one [place](Recommendations::places). For a row not
    /// rated for the person's age the priority compared is the row's own,
    /// which orders that list though it is not the person's.
    ///
    /// ```
    /// use insats::{Matcher, PatternOfUse, Profile, Substance};
    ///
    /// let profile = Profile::builder()
    ///     .age(45)
    ///     .substance(Substance::Alcohol)
    ///     .pattern(PatternOfUse::Dependence)
    ///     .build()?;
    /// let recs = Matcher::new(insats::catalog()).recommend(&profile);
    /// let id = |s: &str| recs.get(s).unwrap();
    /// let (acamprosate, disulfiram) = (
    ///     id("lakemedelsbehandling-vid-alkoholberoende-akamprosat"),
    ///     id("lakemedelsbehandling-vid-alkoholberoende-disulfiram"),
    /// );
    /// // Both NR priority 1, "bör erbjudas": listed by name, level.
    /// assert!(acamprosate.is_level_with(disulfiram));
    /// assert!(!acamprosate.is_level_with(id("community-reinforcement-approach-cra")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_level_with(&self, other: &Match<'_>) -> bool {
        self.facts.key == other.facts.key
            && self.facts.strength == other.facts.strength
            && self.facts.add_on == other.facts.add_on
    }
    /// Whether the match waits for facts the profile leaves unstated (it
    /// is in [`Recommendations::conditional`]).
    pub fn is_conditional(&self) -> bool {
        self.facts.missing != 0
    }
    /// Every fact the profile leaves unstated that the match waits for, in
    /// a fixed order (age, substance, pattern of use, situation, other
    /// treatment for an add-on), each naming what the pair's condition
    /// needs; empty for a recommendation.
    pub fn unstated(&self) -> Vec<Reason> {
        let mut out = Vec::new();
        self.push_unstated(&mut out);
        out
    }

    /// Adds the reasons of [`unstated`](Self::unstated) to `out`.
    fn push_unstated(&self, out: &mut Vec<Reason>) {
        let facts = &self.facts;
        push_unstated(self.entry, facts.pair as usize, facts.missing, facts.population, out);
    }
    /// The fields of the profile whose facts the match waits for (those
    /// its [`unstated`](Self::unstated) reasons name), in the order of
    /// [`ProfileField::all`]; empty for a recommendation.
    ///
    /// ```
    /// use insats::{Matcher, Profile, ProfileField};
    ///
    /// let recs = Matcher::new(insats::catalog()).recommend(&Profile::builder().age(40).build()?);
    /// let waiting = recs.conditional().first().ok_or("no conditional match")?;
    /// assert!(waiting.unstated_fields().contains(&ProfileField::Substances));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unstated_fields(&self) -> Vec<ProfileField> {
        let mut out = Vec::new();
        self.push_unstated_fields(&mut out);
        out.sort_by_key(|f| ProfileField::all().position(|g| g == *f));
        out.dedup();
        out
    }

    /// Adds the fields [`unstated_fields`](Self::unstated_fields) names
    /// to `out`, unordered, maybe repeated.
    fn push_unstated_fields(&self, out: &mut Vec<ProfileField>) {
        let has = |bit: u8| self.facts.missing & bit != 0;
        if has(missing::AGE) {
            out.push(ProfileField::Age);
        }
        if has(missing::SUBSTANCE) {
            out.push(ProfileField::Substances);
        }
        if has(missing::PATTERN) {
            out.push(ProfileField::Pattern);
        }
        if has(missing::SITUATION) {
            out.extend(population_of_bit(self.facts.population).and_then(field_of_population));
        }
        if has(missing::OTHER_TREATMENT) {
            out.push(ProfileField::InOtherTreatment);
        }
    }

    /// Whether the match is not rated for the person's age (it is in
    /// [`Recommendations::not_rated_for_age`]).
    pub fn is_not_rated_for_age(&self) -> bool {
        self.facts.withheld
    }
    /// Why it is included (or, when conditional, what would include it):
    /// the priority and where it comes from, facets the entry does not
    /// state, its add-on role. The same reasons as the entry's
    /// [`Decision`](crate::Decision); built when asked, so matching
    /// allocates nothing per match.
    pub fn reasons(&self) -> Vec<Reason> {
        let mut out = Vec::new();
        if self.facts.withheld {
            let min_age =
                self.entry.pairs().nth(self.facts.pair as usize).and_then(|p| p.min_age());
            out.push(match min_age {
                Some(min_age) if self.facts.below_stated_age => Reason::BelowStatedAge { min_age },
                _ => Reason::NoNumberForChildren,
            });
        }
        self.push_unstated(&mut out);
        let facts = NoteFacts {
            priority: self.priority(),
            pair: Some(self.facts.pair as usize),
            withheld: self.facts.withheld,
            below_usual_age: self.facts.below_usual_age,
            add_on: self.facts.add_on,
            substance_not_named: self.facts.substance_not_named,
            situation_stated: self.facts.missing & missing::SITUATION == 0,
        };
        push_notes(self.entry, &facts, &mut out);
        out
    }
}

/// The field of a profile that states whether a person is in `population`.
fn field_of_population(population: Population) -> Option<ProfileField> {
    Some(match population {
        Population::Anyone => return None,
        Population::Youth | Population::Adults => ProfileField::Age,
        Population::InMedicationAssistedTreatment => ProfileField::InLaro,
        Population::Relatives => ProfileField::Relative,
        Population::WithNeed(_) => ProfileField::Needs,
        Population::WithCohabitingPartner => ProfileField::CohabitingPartner,
        Population::InAlcoholWithdrawal
        | Population::InAlcoholWithdrawalWithRaisedRisk
        | Population::InDeliriumTremens => ProfileField::Withdrawal,
        Population::WithSevereMentalIllness => ProfileField::SevereMentalIllness,
        Population::InSituation(_) => ProfileField::Situations,
    })
}

/// What one need of the assessment is met by, in a [`Package`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Served<'c> {
    need: Need,
    by: Match<'c>,
}

impl<'c> Served<'c> {
    /// The need.
    pub fn need(&self) -> Need {
        self.need
    }
    /// The best recommended intervention that serves it.
    pub fn by(&self) -> &Match<'c> {
        &self.by
    }
    /// The need and what meets it, in `language`.
    ///
    /// ```
    /// use insats::{Language, Matcher, Need, PatternOfUse, Profile, Substance};
    ///
    /// let profile = Profile::builder()
    ///     .age(45)
    ///     .substance(Substance::Alcohol)
    ///     .pattern(PatternOfUse::Dependence)
    ///     .need(Need::Work)
    ///     .build()?;
    /// let recs = Matcher::new(insats::catalog()).recommend(&profile);
    /// let work = recs.package().served()[0];
    /// assert_eq!(
    ///     work.describe(Language::Swedish),
    ///     format!("Arbete: tillgodoses av {}", work.by().intervention().name())
    /// );
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let need = label(self.need, language);
        let name = self.by.entry.name();
        Term::PackageServed.fill(language, &[("need", &need), ("name", &name)])
    }
}

/// A treatment package: for each need found in the assessment, the best
/// recommended intervention that serves it, and the needs that none does.
///
/// The *Psykosocial behandling* entry describes such packages: relapse
/// prevention combined with job coaching, school measures or help with
/// housing, as the mapping finds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Package<'c> {
    served: Vec<Served<'c>>,
    unmet: TagSet<Need>,
}

impl<'c> Package<'c> {
    /// That no recommended intervention meets `need`, in `language`: the
    /// line for each of [`unmet`](Self::unmet).
    ///
    /// ```
    /// use insats::{Language, Need, Package};
    ///
    /// assert_eq!(
    ///     Package::describe_unmet(Need::School, Language::English),
    ///     "School: no recommended intervention meets it"
    /// );
    /// ```
    pub fn describe_unmet(need: Need, language: Language) -> String {
        Term::PackageUnmet.fill(language, &[("need", &label(need, language))])
    }

    pub(crate) fn fill(&mut self, needs: Option<TagSet<Need>>, matches: &[Match<'c>]) {
        self.served.clear();
        self.unmet = TagSet::new();
        for need in needs.unwrap_or_default() {
            let best = matches
                .iter()
                .filter(|m| m.entry.needs_served().contains(need))
                .min_by_key(|m| (priority_key(m.priority()), m.facts.strength, m.facts.position));
            match best {
                Some(by) => self.served.push(Served { need, by: *by }),
                None => {
                    self.unmet.insert(need);
                }
            }
        }
    }

    /// The needs met, in the declaration order of [`Need`].
    pub fn served(&self) -> &[Served<'c>] {
        &self.served
    }
    /// The intervention that meets `need`, if any does.
    pub fn get(&self, need: Need) -> Option<&Match<'c>> {
        self.served.iter().find(|s| s.need == need).map(|s| &s.by)
    }
    /// The needs of the profile that no recommended intervention serves.
    pub fn unmet(&self) -> TagSet<Need> {
        self.unmet
    }
    /// Whether the package neither serves nor misses any need (the profile
    /// names none).
    pub fn is_empty(&self) -> bool {
        self.served.is_empty() && self.unmet.is_empty()
    }
}

/// The result of [`Matcher::recommend`](crate::Matcher::recommend): primary
/// interventions and add-ons, each best first; the conditional matches
/// (pairs whose situation the profile leaves unstated), apart; and the
/// package for the profile's needs.
///
/// Order: priority (rank 1 first, then FoU, then no number), then wording
/// (`bör` before `kan`), then name in Swedish alphabetical order, then id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recommendations<'c> {
    /// Every list, one after the other: the primary matches, the add-ons,
    /// the assessments, the conditional matches, those not rated for the
    /// age (one allocation, reused by `recommend_into`).
    pub(crate) all: Vec<Match<'c>>,
    /// Where the add-ons start.
    pub(crate) primary_len: usize,
    /// Where the assessments start (the add-ons end).
    pub(crate) matches_end: usize,
    /// Where the conditional matches start.
    pub(crate) assessments_end: usize,
    /// Where the matches not rated for the age start.
    pub(crate) conditional_end: usize,
    pub(crate) package: Package<'c>,
    pub(crate) catalog_version: &'c str,
}

impl<'c> Recommendations<'c> {
    /// An empty result, to fill with
    /// [`Matcher::recommend_into`](crate::Matcher::recommend_into).
    pub fn new() -> Recommendations<'c> {
        Recommendations::default()
    }

    pub(crate) fn clear(&mut self) {
        self.all.clear();
        self.primary_len = 0;
        self.matches_end = 0;
        self.assessments_end = 0;
        self.conditional_end = 0;
        self.package.served.clear();
        self.package.unmet = TagSet::new();
    }

    /// The list from `start` to `end` of `all`.
    fn list(&self, start: usize, end: usize) -> &[Match<'c>] {
        self.all.get(start..end).unwrap_or(&[])
    }

    /// Every recommended match, primary and add-ons.
    pub(crate) fn matches(&self) -> &[Match<'c>] {
        self.list(0, self.matches_end)
    }

    /// The interventions recommended on their own, best first.
    pub fn primary(&self) -> &[Match<'c>] {
        self.list(0, self.primary_len)
    }
    /// The add-ons to other treatment, best first.
    pub fn add_ons(&self) -> &[Match<'c>] {
        self.list(self.primary_len, self.matches_end)
    }
    /// The interventions that would apply if a situation the profile
    /// leaves unstated held (being a relative, in LARO, in withdrawal,
    /// living with a partner, a severe mental illness, a need): not
    /// recommended yet. Each says what must hold in
    /// [`Match::requires`]; primary ones first, then add-ons, each best
    /// first.
    pub fn conditional(&self) -> &[Match<'c>] {
        self.list(self.assessments_end, self.conditional_end)
    }
    /// The facts the profile leaves out that would change the result:
    /// every field that a [conditional](Self::conditional) match waits
    /// for ([`Match::unstated`]), once each, in the order of
    /// [`ProfileField::all`]. An application asks the caseworker for
    /// these; a fact not listed moves no match.
    ///
    /// ```
    /// use insats::{Matcher, PatternOfUse, Profile, ProfileField, Substance};
    ///
    /// let matcher = Matcher::new(insats::catalog());
    /// let vague = Profile::builder().age(40).pattern(PatternOfUse::Dependence).build()?;
    /// assert!(matcher.recommend(&vague).unstated().contains(&ProfileField::Substances));
    /// let told = vague.to_builder().substance(Substance::Alcohol).build()?;
    /// assert!(!matcher.recommend(&told).unstated().contains(&ProfileField::Substances));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn unstated(&self) -> Vec<ProfileField> {
        let mut out = Vec::new();
        for m in self.conditional() {
            m.push_unstated_fields(&mut out);
        }
        out.sort_by_key(|f| ProfileField::all().position(|g| g == *f));
        out.dedup();
        out
    }
    /// The assessment instruments and medical tests the guidelines rate
    /// for the person (kartläggning och utredning, tidig upptäckt), best
    /// first: kept apart from treatment and support, which are in
    /// [`primary`](Self::primary) and [`add_ons`](Self::add_ons).
    pub fn assessments(&self) -> &[Match<'c>] {
        self.list(self.matches_end, self.assessments_end)
    }
    /// The matches whose rows are not rated for the person's age, best
    /// first: for a child, NR's general rows (rated for people with the
    /// condition without an age, while NR rates its youth set for
    /// under-18s), and youth rows below the youngest age their sources
    /// state. Each has no number; its reasons say what the row is rated
    /// for. Never recommendations, never dropped.
    pub fn not_rated_for_age(&self) -> &[Match<'c>] {
        self.list(self.conditional_end, self.all.len())
    }
    /// Every recommended match: the primary ones, then the add-ons (not the
    /// conditional ones, nor the assessments).
    pub fn iter(&self) -> std::slice::Iter<'_, Match<'c>> {
        self.matches().iter()
    }
    /// The recommended match (treatment, support or assessment) of the
    /// entry with id `id`, if any.
    pub fn get(&self, id: &str) -> Option<&Match<'c>> {
        self.list(0, self.assessments_end).iter().find(|m| m.entry.id() == id)
    }
    /// The place of each match of `list` (one of this result's lists),
    /// counted from 1 as a caseworker reads a ranking: matches that
    /// [stand level](Match::is_level_with) share the place of the first of
    /// them, and the next place skips as many (1, 2, 2, 4). The order
    /// within a shared place is by name, which says nothing of standing.
    ///
    /// ```
    /// use insats::{Matcher, PatternOfUse, Profile, Recommendations, Substance};
    ///
    /// let profile = Profile::builder()
    ///     .age(45)
    ///     .substance(Substance::Alcohol)
    ///     .pattern(PatternOfUse::Dependence)
    ///     .build()?;
    /// let recs = Matcher::new(insats::catalog()).recommend(&profile);
    /// let places: Vec<usize> = Recommendations::places(recs.primary()).collect();
    /// // The three alcohol medicines and MET: NR priority 1, "bör".
    /// assert_eq!(places[..5], [1, 1, 1, 1, 5]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn places<'l>(list: &'l [Match<'_>]) -> impl Iterator<Item = usize> + 'l {
        let mut shared = 0;
        list.iter().enumerate().map(move |(i, m)| {
            let level = i
                .checked_sub(1)
                .and_then(|before| list.get(before))
                .is_some_and(|before| before.is_level_with(m));
            if !level {
                shared = i + 1;
            }
            shared
        })
    }
    /// The package for the profile's needs.
    pub fn package(&self) -> &Package<'c> {
        &self.package
    }
    /// The version of the catalog matched against.
    pub fn catalog_version(&self) -> &'c str {
        self.catalog_version
    }
    /// The number of recommended matches, primary and add-ons.
    pub fn len(&self) -> usize {
        self.matches_end
    }
    /// Whether nothing is recommended (conditional matches aside).
    pub fn is_empty(&self) -> bool {
        self.matches_end == 0
    }
}

impl<'r, 'c> IntoIterator for &'r Recommendations<'c> {
    type Item = &'r Match<'c>;
    type IntoIter = std::slice::Iter<'r, Match<'c>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
