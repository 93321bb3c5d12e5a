//! The areas of the assessment (kartläggning) a page names.

use crate::page::words::{Word, words};
use crate::vocab::{Need, TagSet};

/// The areas named in a sentence about the assessment (`kartläggning av
/// aspekter som familjesituation, det skadliga brukets omfattning,
/// psykiska ohälsa och den social situationen`).
pub(super) fn assessment(sentence: &str) -> TagSet<Need> {
    let mut needs = TagSet::new();
    if !words(sentence).any(|w| w.starts("kartlägg")) {
        return needs;
    }
    let mut previous: Option<Word<'_>> = None;
    for word in words(sentence) {
        let after = |prefix: &str| previous.is_some_and(|p| p.starts(prefix));
        let need = if word.starts("familjesituation") {
            Some(Need::FamilySituation)
        } else if word.starts("omfattning") {
            Some(Need::ExtentOfUse)
        } else if word.starts("ohälsa") && after("psykisk") {
            Some(Need::MentalHealth)
        } else if word.starts("situation") && after("social") {
            Some(Need::SocialSituation)
        } else if word.starts("bostad") || word.starts("boende") {
            Some(Need::Housing)
        } else if word.starts("arbetsmarknad") || word.starts("sysselsättning") {
            Some(Need::Work)
        } else if word.starts("skol") {
            Some(Need::School)
        } else if word.starts("ensamhet") {
            Some(Need::Loneliness)
        } else {
            None
        };
        if let Some(need) = need {
            needs.insert(need);
        }
        previous = Some(word);
    }
    needs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_area_by_its_own_words() {
        let areas = |text: &str| assessment(&format!("En kartläggning av {text}."));
        assert_eq!(areas("psykisk ohälsa"), TagSet::only(Need::MentalHealth));
        assert_eq!(areas("social situation"), TagSet::only(Need::SocialSituation));
        // `ohälsa` and `situation` name an area only after their adjective,
        // and the adjective alone names none.
        assert_eq!(areas("ohälsa"), TagSet::new());
        assert_eq!(areas("psykisk status"), TagSet::new());
        assert_eq!(areas("situationen"), TagSet::new());
        assert_eq!(areas("social förmåga"), TagSet::new());
        // Either word of a pair names its area.
        assert_eq!(areas("bostad"), TagSet::only(Need::Housing));
        assert_eq!(areas("boende"), TagSet::only(Need::Housing));
        assert_eq!(areas("arbetsmarknad"), TagSet::only(Need::Work));
        assert_eq!(areas("sysselsättning"), TagSet::only(Need::Work));
        // Without the word for the assessment, nothing is read.
        assert_eq!(assessment("Bostad och sysselsättning."), TagSet::new());
    }
}
