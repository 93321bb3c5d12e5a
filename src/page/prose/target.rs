//! The target group a text names: its substances, its population, and
//! whether it marks an add-on.

use crate::model::Population;
use crate::page::words::{Word, words};
use crate::vocab::{Substance, TagSet};

/// The substances a text names: `alkohol`, `narkotika`, `cannabis`,
/// `centralstimul…`, `opioid…`, `opioidanalget…`, `bensodiazepin…`, also
/// as the first part of a compound (`narkotikaproblem`, `opioidberoende`).
pub(super) fn substances(text: &str) -> TagSet<Substance> {
    const PREFIXES: [(&str, Substance); 7] = [
        ("alkohol", Substance::Alcohol),
        ("narkotika", Substance::Narcotics),
        ("cannabis", Substance::Cannabis),
        ("centralstimul", Substance::CentralStimulants),
        ("opioidanalget", Substance::OpioidAnalgesics),
        ("opioid", Substance::Opioids),
        ("bensodiazepin", Substance::Benzodiazepines),
    ];
    let mut found = TagSet::new();
    for word in words(text) {
        if let Some(&(_, substance)) = PREFIXES.iter().find(|(prefix, _)| word.starts(prefix)) {
            found.insert(substance);
        }
    }
    found
}

/// The population a text names, if any; of several, the one of the
/// lowest [`Population::text_precedence`] (relatives before young people:
/// a text about relatives of young people is for the relatives). The
/// words: relatives (`anhöriga`); people in medication-assisted treatment
/// (`läkemedelsassisterad`, `LARO`); alcohol withdrawal with a raised risk
/// (`abstinensepilepsi`, `delirium tremens`) or in general
/// (`alkoholabstinens`); severe mental illness (`svår psykisk sjukdom`); a
/// partner one lives with (`sammanboende`); young people (`ungdomar`,
/// `under 18`).
pub(super) fn named_population(text: &str) -> Option<Population> {
    let mut found: Option<Population> = None;
    let mut name = |population: Population| {
        let rank = |p: Population| p.text_precedence().unwrap_or(u8::MAX);
        if found.is_none_or(|f| rank(population) < rank(f)) {
            found = Some(population);
        }
    };
    let mut back: [Option<Word<'_>>; 2] = [None, None];
    for word in words(text) {
        if word.starts("anhörig") {
            name(Population::Relatives);
        }
        if word.starts("läkemedelsassister") || word.is("laro") {
            name(Population::InMedicationAssistedTreatment);
        }
        if word.starts("abstinensepilep") || word.starts("delirium") {
            name(Population::InAlcoholWithdrawalWithRaisedRisk);
        }
        if word.starts("alkoholabstinens")
            || (word.starts("abstinens") && back[0].is_some_and(|w| w.starts("alkohol")))
        {
            name(Population::InAlcoholWithdrawal);
        }
        if word.starts("sjukdom")
            && back[0].is_some_and(|w| w.starts("psykisk"))
            && back[1].is_some_and(|w| w.is("svår") || w.is("svåra"))
        {
            name(Population::WithSevereMentalIllness);
        }
        if word.starts("sammanboende") {
            name(Population::WithCohabitingPartner);
        }
        if word.starts("ungdomar")
            || word.is("ungdom")
            || (word.text == "18" && back[0].is_some_and(|p| p.is("under")))
        {
            name(Population::Youth);
        }
        back = [Some(word), back[0]];
    }
    found
}

pub(super) fn population(text: &str) -> Population {
    named_population(text).unwrap_or(Population::Anyone)
}

/// Whether a text marks an add-on: `som tillägg till …` (also `som ett
/// tillägg`) or `komplement`. `med tillägget att …` and `med tillägg av …`
/// use the word in other senses.
pub(super) fn has_add_on_marker(text: &str) -> bool {
    if !text.contains("illägg") && !text.contains("omplement") {
        return false;
    }
    let mut before = [false; 2]; // whether the word 1 and 2 back is `som`; `ett` in between
    let mut previous_is_ett = false;
    for word in words(text) {
        if word.starts("komplement") && !word.starts("komplementär") {
            return true;
        }
        if word.is("tillägg") && (before[0] || (previous_is_ett && before[1])) {
            return true;
        }
        before = [word.is("som"), before[0]];
        previous_is_ett = word.is("ett");
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_on_markers_and_other_senses() {
        assert!(has_add_on_marker("kan erbjuda X som tillägg till annan behandling"));
        assert!(has_add_on_marker("Den ses som ett komplement till annan behandling."));
        assert!(has_add_on_marker("används som ett tillägg till"));
        assert!(!has_add_on_marker("med tillägget att det finns en manual"));
        assert!(!has_add_on_marker("med tillägg av case management"));
        assert!(!has_add_on_marker("komplementär medicin"));
        // `tillägg` right after `som`, or after `som ett`; not after `ett`
        // alone, nor two words after `som` with another word between.
        assert!(!has_add_on_marker("Det blir ett tillägg i planen."));
        assert!(!has_add_on_marker("som annat tillägg"));
    }

    #[test]
    fn populations_by_their_words() {
        let named = |text| named_population(text);
        assert_eq!(named("anhöriga till ungdomar"), Some(Population::Relatives));
        assert_eq!(named("opioidberoende i LARO"), Some(Population::InMedicationAssistedTreatment));
        assert_eq!(
            named("alkoholabstinens med förhöjd risk för delirium tremens"),
            Some(Population::InAlcoholWithdrawalWithRaisedRisk)
        );
        assert_eq!(named("alkoholabstinens i allmänhet"), Some(Population::InAlcoholWithdrawal));
        assert_eq!(named("vid alkohol- eller abstinens"), None);
        assert_eq!(
            named("och samtidig svår psykisk sjukdom"),
            Some(Population::WithSevereMentalIllness)
        );
        assert_eq!(named("psykisk sjukdom"), None);
        assert_eq!(
            named("personer med sammanboende partner"),
            Some(Population::WithCohabitingPartner)
        );
        assert_eq!(named("ungdomar under 18 år"), Some(Population::Youth));
        assert_eq!(named("personer under 18 år"), Some(Population::Youth));
        assert_eq!(named("vuxna"), None);
    }

    #[test]
    fn every_substance_word() {
        let all = substances(
            "alkohol narkotika cannabis centralstimulantia opioider opioidanalgetika bensodiazepiner",
        );
        assert_eq!(all, TagSet::all());
        assert_eq!(substances("Alkohol- eller narkotikaproblem").len(), 2);
        assert!(substances("opioidanalgetika").contains(Substance::OpioidAnalgesics));
        assert!(!substances("opioidanalgetika").contains(Substance::Opioids));
    }
}
