//! The catalog as a reference: finding an entry by what people type, and
//! what NR rates for a substance and a population.

use super::Catalog;
use crate::model::name_order::{swedish_key, verb_strength};
use crate::model::{AgeScope, Intervention, Population, Recommendation};
use crate::vocab::Substance;

impl Catalog {
    /// The entry a person most likely means by `text`: the entry with that
    /// id; else the one with that name or abbreviation (ignoring case);
    /// else the best of those whose name holds `text` (ignoring case): a
    /// word of the name that starts with it before a match inside a word,
    /// then the shorter name, then catalog order.
    ///
    /// # Examples
    ///
    /// ```
    /// let built_in = insats::catalog();
    /// assert_eq!(built_in.find("bostad först").map(|e| e.id()), Some("bostad-forst"));
    /// assert_eq!(built_in.find("cra").map(|e| e.id()), Some("community-reinforcement-approach-cra"));
    /// assert_eq!(built_in.find("natverksterapi").map(|e| e.name()), Some("Nätverksterapi"));
    /// assert!(built_in.find("hjärtkirurgi").is_none());
    /// ```
    pub fn find(&self, text: &str) -> Option<&Intervention> {
        let wanted = text.trim().to_lowercase();
        if wanted.is_empty() {
            return None;
        }
        if let Some(entry) = self.get(text.trim()) {
            return Some(entry);
        }
        if let Some(entry) = self.by_name(&wanted) {
            return Some(entry);
        }
        self.iter()
            .enumerate()
            .filter_map(|(position, entry)| {
                let name = entry.name().to_lowercase();
                let at = name.find(&wanted)?;
                let word_start = at == 0
                    || name
                        .get(..at)
                        .is_some_and(|before| before.ends_with(|c: char| !c.is_alphanumeric()));
                Some(((!word_start, name.chars().count(), position), entry))
            })
            .min_by_key(|(rank, _)| *rank)
            .map(|(_, entry)| entry)
    }

    /// The pairs NR rates for people using `substance` (a pair for the
    /// general `Narkotika` covers cannabis, central stimulants and
    /// opioids) in `population`, best first: by priority, then the wording
    /// (`bör` before `kan`), then the entry's name. Only pairs with a
    /// stated number are listed; NR's general rows are those of
    /// [`Population::Anyone`] with no age scope, its youth set
    /// [`Population::Youth`] (a row scoped to under-18s), and a row scoped
    /// to adults is [`Population::Adults`].
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{AgeScope, NrPriority, Population, Substance};
    ///
    /// let youth = insats::catalog().rated_for(Substance::Cannabis, Population::Youth);
    /// let (first, pair) = youth.first().ok_or("no pair")?;
    /// assert_eq!(pair.priority(), Some(NrPriority::rank(3)?));
    /// assert!(youth.iter().all(|(_, p)| p.age_scope() == AgeScope::Under18));
    /// assert!(youth.windows(2).all(|w| w[0].1.priority() <= w[1].1.priority()));
    /// # let _ = first;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rated_for(
        &self,
        substance: Substance,
        population: Population,
    ) -> Vec<(&Intervention, &Recommendation)> {
        let mut found: Vec<(&Intervention, &Recommendation)> = self
            .iter()
            .flat_map(|entry| entry.recommendations().iter().map(move |pair| (entry, pair)))
            .filter(|(_, pair)| {
                pair.priority().is_some()
                    && rated_population(pair) == population
                    && pair.applies_to_substance(substance)
            })
            .collect();
        // The matcher's order: the number, the wording, then the name in
        // the Swedish alphabet.
        found.sort_by_cached_key(|(entry, pair)| {
            (pair.priority(), verb_strength(pair.verb()), swedish_key(entry.name()), entry.id())
        });
        found
    }
}

/// Who a row is for, reading an age scope as the population it names: a
/// row for "anyone" scoped to under-18s is NR's youth set, one scoped to
/// adults is for adults.
fn rated_population(pair: &Recommendation) -> Population {
    match (pair.population(), pair.age_scope()) {
        (Population::Anyone, AgeScope::Under18) => Population::Youth,
        (Population::Anyone, AgeScope::Adults) => Population::Adults,
        (population, _) => population,
    }
}
