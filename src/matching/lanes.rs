//! A catalog's pairs as lanes: each pair is one bit of a row of 64-bit
//! words per fact that the rule reads (the substances it covers, its age
//! scope, its population, …), so that the rule (`pairs::classify`) weighs
//! 64 pairs in a handful of AND and OR operations.
//!
//! The lanes are in the *result order* (a primary pair before an add-on
//! pair, then the priority key, then the wording's strength, then the
//! entry's place in name order, then the source's order). Within one
//! entry that is the rule's order ([`PairRecord::rule_order`]), so walking
//! the lanes that apply, in order, meets each entry first at the pair the
//! rule chooses, and meets the entries in the order of the results.

use super::pairs::{PairRecord, below_usual_age};
use super::result::Facts;
use crate::catalog::Catalog;
use crate::model::{AgeScope, Intervention, NrPriority};
use crate::vocab::{Facet, PatternRequirement, Role, Substance, Vocabulary};

/// One row of `words` 64-bit words per value of something.
#[derive(Clone, Debug)]
pub(crate) struct Masks {
    words: usize,
    rows: Vec<u64>,
}

impl Masks {
    pub(crate) fn new(values: usize, words: usize) -> Masks {
        Masks { words, rows: vec![0; words * values] }
    }

    pub(crate) fn set(&mut self, value: usize, bit: usize) {
        if let Some(word) = self.rows.get_mut(value * self.words + bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    /// Word `w` of the row of `value`; 0 out of range (which cannot
    /// happen for a value of the vocabulary the masks were built for).
    pub(crate) fn word(&self, value: usize, w: usize) -> u64 {
        if w >= self.words {
            return 0;
        }
        self.rows.get(value * self.words + w).copied().unwrap_or(0)
    }
}

/// One bit per lane: the lanes that have a fact.
#[derive(Clone, Debug)]
pub(crate) struct Row(Vec<u64>);

impl Row {
    fn new(words: usize) -> Row {
        Row(vec![0; words])
    }

    fn set(&mut self, bit: usize) {
        if let Some(word) = self.0.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    /// Word `w`; 0 out of range.
    pub(crate) fn word(&self, w: usize) -> u64 {
        self.0.get(w).copied().unwrap_or(0)
    }
}

/// One pair as the index hands it to the lanes: its record and its
/// entry's places.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Placed {
    pub(crate) record: PairRecord,
    /// The entry's place in name order.
    pub(crate) position: u32,
    /// The entry's place in the catalog.
    pub(crate) catalog_position: u32,
}

/// One pair in its lane, as the walk reads it: what a match of it says
/// (the person's facts left to fill), made once, and its entry's place in
/// the catalog.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lane {
    /// A match's facts for this pair, waiting for nothing, rated for the
    /// person's age, `substance_not_named` when the pair names none, no
    /// asker: [`Lane::facts_for`] fills in the person's.
    facts: Facts,
    pub(crate) catalog_position: u32,
    /// The age regulations normally require (0: none).
    usual_min_age: u8,
}

// A lane stays in a few words, so that a walk over many stays in cache.
const _: () = assert!(std::mem::size_of::<Lane>() <= 24);

impl Lane {
    fn new(placed: &Placed) -> Lane {
        let r = &placed.record;
        Lane {
            facts: Facts {
                position: placed.position,
                pair: r.source,
                key: r.key,
                strength: r.strength,
                population: r.population,
                missing: 0,
                add_on: r.add_on,
                withheld: false,
                below_usual_age: false,
                below_stated_age: false,
                substance_not_named: r.names_no_substance,
                asker: None,
            },
            catalog_position: placed.catalog_position,
            usual_min_age: r.usual_min_age,
        }
    }

    /// The entry's place in name order.
    pub(crate) fn position(&self) -> u32 {
        self.facts.position
    }

    /// The facts of a match of this pair for a person aged `age`, asking
    /// as `asker`, who states a substance when `wanted`, waiting for the
    /// `missing` facts.
    pub(crate) fn facts_for(
        &self,
        missing: u8,
        wanted: bool,
        age: Option<u8>,
        asker: Option<Role>,
    ) -> Facts {
        let mut facts = self.facts;
        facts.missing = missing;
        facts.substance_not_named &= wanted;
        facts.below_usual_age = below_usual_age(self.usual_min_age, age);
        facts.asker = asker;
        facts
    }
}

/// The row of an age scope among [`Lanes::scopes`].
pub(crate) const fn scope_row(scope: AgeScope) -> usize {
    match scope {
        AgeScope::Unspecified => 0,
        AgeScope::Under18 => 1,
        AgeScope::Adults => 2,
        AgeScope::Youth13To21 => 3,
        AgeScope::From20UnlessSpecialReasons => 4,
    }
}
const SCOPES: usize = 5;

/// The row of a pattern requirement among [`Lanes::patterns`].
pub(crate) const fn pattern_row(requirement: PatternRequirement) -> usize {
    match requirement {
        PatternRequirement::None => 0,
        PatternRequirement::MisuseOrDependence => 1,
        PatternRequirement::Dependence => 2,
    }
}
const PATTERNS: usize = 3;

/// The number of population bits (see `pairs::population_bit`).
const POPULATION_BITS: usize = 32;

/// Every pair of a catalog in its lane, and the rows the rule reads.
#[derive(Clone, Debug)]
pub(crate) struct Lanes {
    /// The words of each row.
    pub(crate) words: usize,
    /// Per lane, what the walk reads.
    lanes: Vec<Lane>,
    /// Per lane, the pair's record, for the rule's choice of one entry's
    /// pair.
    records: Vec<PairRecord>,
    /// Every lane: the tail bits of the last word are clear.
    pub(crate) all: Row,
    /// Pairs that make the entry an add-on.
    pub(crate) add_on: Row,
    /// Pairs that name no substance.
    pub(crate) names_no_substance: Row,
    /// Pairs for cannabis, central stimulants or opioids, which a person
    /// who states only "narkotika" may use.
    pub(crate) narcotic_kind: Row,
    /// Pairs never admitted: Icke-göra, or a row whose source finds no
    /// established effect.
    pub(crate) never_admitted: Row,
    /// Those and the FoU pairs: the pairs refused when research is not
    /// asked for.
    pub(crate) refused_without_research: Row,
    /// Pairs of entries that a child's profile exchanges for their youth
    /// version.
    pub(crate) has_youth_version: Row,
    /// Pairs of assessment instruments and medical tests.
    pub(crate) assessment: Row,
    /// Per substance: the pairs that cover it.
    pub(crate) covers: Masks,
    /// Per age scope ([`scope_row`]).
    pub(crate) scopes: Masks,
    /// Per pattern requirement ([`pattern_row`]).
    pub(crate) patterns: Masks,
    /// Per population bit.
    pub(crate) populations: Masks,
    /// Per facet (in `Facet::ALL` order), per value: the pairs whose entry
    /// admits the value.
    facets: Vec<Masks>,
    /// The youngest ages the sources state, ascending, each once.
    min_ages: Vec<u8>,
    /// Per age of `min_ages`: the pairs whose youngest age is at least it.
    min_age_from: Masks,
}

impl Lanes {
    /// The lanes of `pairs`: each pair's record, its entry's place in name
    /// order and in the catalog, and the entry. `catalog` finds youth
    /// versions.
    pub(crate) fn new(catalog: &Catalog, mut pairs: Vec<(Placed, &Intervention)>) -> Lanes {
        pairs.sort_by_key(|(lane, _)| {
            let (add_on, key, strength, source) = lane.record.rule_order();
            (add_on, key, strength, lane.position, source)
        });
        let words = pairs.len().div_ceil(64);
        let mut min_ages: Vec<u8> =
            pairs.iter().map(|(l, _)| l.record.min_age).filter(|&a| a > 0).collect();
        min_ages.sort_unstable();
        min_ages.dedup();
        let mut lanes = Lanes {
            words,
            lanes: Vec::with_capacity(pairs.len()),
            records: Vec::with_capacity(pairs.len()),
            all: Row::new(words),
            add_on: Row::new(words),
            names_no_substance: Row::new(words),
            narcotic_kind: Row::new(words),
            never_admitted: Row::new(words),
            refused_without_research: Row::new(words),
            has_youth_version: Row::new(words),
            assessment: Row::new(words),
            covers: Masks::new(Substance::ALL.len(), words),
            scopes: Masks::new(SCOPES, words),
            patterns: Masks::new(PATTERNS, words),
            populations: Masks::new(POPULATION_BITS, words),
            facets: Facet::ALL.iter().map(|f| Masks::new(f.value_count(), words)).collect(),
            min_age_from: Masks::new(min_ages.len(), words),
            min_ages,
        };
        let dont_do = NrPriority::order_key(Some(NrPriority::DontDo));
        let fou = NrPriority::order_key(Some(NrPriority::ResearchOnly));
        for (bit, (placed, entry)) in pairs.into_iter().enumerate() {
            let r = placed.record;
            lanes.all.set(bit);
            let rows = [
                (r.add_on, &mut lanes.add_on),
                (r.names_no_substance, &mut lanes.names_no_substance),
                (r.narcotic_kind, &mut lanes.narcotic_kind),
                (r.key == dont_do || r.no_effect, &mut lanes.never_admitted),
                (
                    r.key == dont_do || r.no_effect || r.key == fou,
                    &mut lanes.refused_without_research,
                ),
                (
                    entry.youth_version().is_some_and(|id| catalog.get(id).is_some()),
                    &mut lanes.has_youth_version,
                ),
                (entry.is_assessment_step(), &mut lanes.assessment),
            ];
            for (holds, row) in rows {
                if holds {
                    row.set(bit);
                }
            }
            for substance in Substance::ALL {
                if r.covers >> substance.index() & 1 == 1 {
                    lanes.covers.set(substance.index(), bit);
                }
            }
            lanes.scopes.set(scope_row(r.age_scope), bit);
            lanes.patterns.set(pattern_row(r.pattern), bit);
            lanes.populations.set(usize::from(r.population), bit);
            for (&facet, masks) in Facet::ALL.iter().zip(&mut lanes.facets) {
                let set = entry.facet(facet);
                for value in 0..facet.value_count() {
                    // Vocabularies hold at most 64 values (see `TagSet`).
                    if set.admits(value as u8) {
                        masks.set(value, bit);
                    }
                }
            }
            for (i, &age) in lanes.min_ages.iter().enumerate() {
                if r.min_age >= age {
                    lanes.min_age_from.set(i, bit);
                }
            }
            lanes.lanes.push(Lane::new(&placed));
            lanes.records.push(r);
        }
        lanes
    }

    /// Word `w` of the pairs whose entry admits the value at `value` of
    /// `facet`.
    pub(crate) fn facet_word(&self, facet: Facet, value: u8, w: usize) -> u64 {
        self.facets.get(facet as usize).map_or(0, |masks| masks.word(usize::from(value), w))
    }

    /// Word `w` of the pairs whose youngest stated age is above `age`.
    pub(crate) fn min_age_above(&self, age: u8, w: usize) -> u64 {
        match self.min_ages.iter().position(|&min| min > age) {
            Some(i) => self.min_age_from.word(i, w),
            None => 0,
        }
    }

    /// Word `w` of the pairs that state a youngest age.
    pub(crate) fn states_min_age(&self, w: usize) -> u64 {
        self.min_age_above(0, w)
    }

    /// The lane at `bit`.
    pub(crate) fn get(&self, bit: usize) -> Option<&Lane> {
        self.lanes.get(bit)
    }

    /// The record of the pair at `bit`.
    pub(crate) fn record(&self, bit: usize) -> Option<&PairRecord> {
        self.records.get(bit)
    }

    /// Every lane, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&Lane, &PairRecord)> {
        self.lanes.iter().zip(&self.records)
    }
}

/// The records of one entry's pairs, the `position`-th in name order and
/// the `catalog_position`-th in the catalog.
pub(crate) fn entry_lanes(
    entry: &Intervention,
    position: usize,
    catalog_position: usize,
) -> impl Iterator<Item = Placed> + '_ {
    let add_on = entry.is_add_on();
    entry.pairs().enumerate().map(move |(i, pair)| Placed {
        record: PairRecord::new(pair, i, add_on),
        // Positions fit u32: a catalog of 2^32 entries would not fit in
        // memory (each entry is hundreds of bytes).
        position: position as u32,
        catalog_position: catalog_position as u32,
    })
}
