//! The conditions of the built-in catalog's rows in English, and how a
//! sentence leads into a condition. (Data: one row per condition as the
//! source words it, Swedish and English side by side.)
//!
//! A row's condition is the source's Swedish; Swedish output shows it as
//! written. English output shows the translation here; a condition this
//! table does not hold (a catalog of one's own) is quoted and glossed.

/// How a sentence leads into a condition: `vid alkoholberoende`, `för
/// ungdomar med …`, `som underlag för …`, or nothing before `för att …`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lead {
    /// Before a condition: *vid* / *for*.
    At,
    /// Before people: *för* / *for*.
    For,
    /// Before what the measure serves as: *som* / *as*.
    As,
    /// A purpose (`för att …` / `to …`): no word before it.
    Bare,
}

/// The first words of a condition that names people, not a condition.
const PEOPLE: &[&str] = &["ungdomar", "vuxna", "personer", "individer", "anhörig", "anhöriga"];

/// How a sentence leads into the Swedish `condition`.
pub(crate) fn lead(condition: &str) -> Lead {
    let lower = condition.trim_start().to_lowercase();
    let first = lower.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if lower.starts_with("för att ") {
        Lead::Bare
    } else if first == "underlag" {
        Lead::As
    } else if PEOPLE.contains(&first) {
        Lead::For
    } else {
        Lead::At
    }
}

/// Declares [`english`] from its rows.
macro_rules! conditions {
    ($( $sv:literal => $en:literal, )+) => {
        /// The English of a condition of the built-in catalog, as its
        /// source words it in Swedish; `None` for any other text.
        pub(crate) fn english(condition: &str) -> Option<&'static str> {
            match condition {
                $( $sv => Some($en), )+
                _ => None,
            }
        }

        /// Every condition of the table, Swedish and English.
        #[cfg(test)]
        pub(crate) const ALL: &[(&str, &str)] = &[$(($sv, $en)),+];
    };
}

conditions! {
    "Alkoholabstinens (endast inneliggande vård)" => "alcohol withdrawal (inpatient care only)",
    "Alkoholmissbruk eller -beroende" => "alcohol misuse or dependence",
    "Anhörig till person med missbruk eller beroende av alkohol och narkotika" =>
        "a relative of a person with misuse of or dependence on alcohol and narcotic drugs",
    "Användning, missbruk eller beroende av alkohol eller narkotika hos ungdomar under 18 år" =>
        "use of, misuse of or dependence on alcohol or narcotic drugs in young people under 18",
    "Användning, missbruk eller beroende av cannabis hos ungdomar under 18 år" =>
        "use of, misuse of or dependence on cannabis in young people under 18",
    "Cannabismissbruk eller -beroende" => "cannabis misuse or dependence",
    "Missbruk eller beroende av alkohol och narkotika och behov av stöd i boendet" =>
        "misuse of or dependence on alcohol and narcotic drugs, with a need for support in one's housing",
    "Missbruk eller beroende av alkohol och narkotika och hemlöshet" =>
        "misuse of or dependence on alcohol and narcotic drugs, with homelessness",
    "Missbruk eller beroende av alkohol och narkotika och svag arbetsmarknadsanknytning" =>
        "misuse of or dependence on alcohol and narcotic drugs, with a weak attachment to the labour market",
    "Missbruk- eller beroende av narkotika och samtidig svår psykisk sjukdom" =>
        "misuse of or dependence on narcotic drugs with a co-occurring severe mental illness",
    "Möjligt skadligt bruk, missbruk eller beroende" => "possible harmful use, misuse or dependence",
    "Opioidberoende med risk för överdos" => "opioid dependence with a risk of overdose",
    "Opioidmissbruk eller -beroende (inom läkemedelsassisterad behandling)" =>
        "opioid misuse or dependence (within medication-assisted treatment)",
    "Svår alkoholabstinens (delirium tremens)" => "severe alcohol withdrawal (delirium tremens)",
    "alkoholabstinens i allmänhet" => "alcohol withdrawal in general",
    "alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens" =>
        "alcohol withdrawal with a raised risk of withdrawal seizures or delirium tremens",
    "alkoholberoende" => "alcohol dependence",
    "beroende av opioidanalgetika (när nedtrappning inte fungerar)" =>
        "dependence on opioid analgesics (when tapering does not work)",
    "beroende av opioidanalgetika" => "dependence on opioid analgesics",
    "vuxna med cannabismissbruk" => "adults with cannabis misuse",
    "för att identifiera alkoholproblem" => "to identify alcohol problems",
    "långvarigt bruk av bensodiazepiner där sedvanlig utsättning inte är möjlig" =>
        "long-term use of benzodiazepines where stopping in the usual way is not possible",
    "långvarigt högt intag av alkohol" => "long-term heavy alcohol intake",
    "missbruk eller beroende av alkohol" => "misuse of or dependence on alcohol",
    "missbruk eller beroende av alkohol eller narkotika" =>
        "misuse of or dependence on alcohol or narcotic drugs",
    "missbruk eller beroende av alkohol och narkotika" =>
        "misuse of or dependence on alcohol and narcotic drugs",
    "missbruk eller beroende av alkohol och narkotika och samtidigt PTSD" =>
        "misuse of or dependence on alcohol and narcotic drugs with co-occurring PTSD",
    "missbruk eller beroende av alkohol och narkotika och samtidigt svår psykisk sjukdom" =>
        "misuse of or dependence on alcohol and narcotic drugs with a co-occurring severe mental illness",
    "missbruk eller beroende av alkohol och samtidigt depression" =>
        "misuse of or dependence on alcohol with co-occurring depression",
    "missbruk eller beroende av cannabis" => "misuse of or dependence on cannabis",
    "missbruk eller beroende av centralstimulantia" => "misuse of or dependence on central stimulants",
    "missbruk eller beroende av centralstimulerande preparat" =>
        "misuse of or dependence on central stimulants",
    "missbruk eller beroende av opioider" => "misuse of or dependence on opioids",
    "misstanke om missbruk (skadligt bruk) eller beroende av alkohol, och screening utan specifik misstanke" =>
        "suspected misuse (harmful use) of or dependence on alcohol, and screening without a specific suspicion",
    "misstanke om missbruk (skadligt bruk) eller beroende av narkotika och/eller beroendeframkallande läkemedel, och screening utan specifik misstanke" =>
        "suspected misuse (harmful use) of or dependence on narcotic drugs and/or addictive medicines, and screening without a specific suspicion",
    "mycket korta screeningar, t.ex. i primärvården" => "very short screenings, e.g. in primary care",
    "nyligt intag av alkohol" => "a recent intake of alcohol",
    "opioidberoende" => "opioid dependence",
    "opioidberoende i läkemedelsassisterad behandling" =>
        "opioid dependence in medication-assisted treatment",
    "opioidberoende som befinner sig i läkemedelsassisterad behandling" =>
        "opioid dependence in people who are in medication-assisted treatment",
    "opioidberoende som genomgår läkemedelsassisterad behandling" =>
        "opioid dependence in people who are undergoing medication-assisted treatment",
    "personer med identifierade narkotikaproblem" => "people with identified drug problems",
    "pågående eller nyligt intag av narkotika" => "an ongoing or recent intake of narcotic drugs",
    "skadligt bruk (missbruk) och beroende, samt eventuella psykiska besvär, med behov av stöd för att kunna hantera vardagslivet" =>
        "harmful use (misuse) and dependence, and any mental health problems, with a need for support to manage daily life",
    "skadligt bruk eller beroende av alkohol och narkotika" =>
        "harmful use of or dependence on alcohol and narcotic drugs",
    "skadligt bruk, missbruk eller beroende av alkohol och narkotika och behov av samordning" =>
        "harmful use of, misuse of or dependence on alcohol and narcotic drugs, with a need for coordination",
    "skadligt bruk, missbruk eller beroende av alkohol och narkotika och svår psykisk sjukdom" =>
        "harmful use of, misuse of or dependence on alcohol and narcotic drugs, with a severe mental illness",
    "underlag för att diagnostisera skadligt bruk, missbruk eller beroende av alkohol och narkotika" =>
        "a basis for diagnosing harmful use of, misuse of or dependence on alcohol and narcotic drugs",
    "ungdomar med alkohol- eller narkotikaproblem" => "young people with alcohol or drug problems",
    "ungdomar med alkohol- eller narkotikaproblem; för att bedöma hjälpbehov" =>
        "young people with alcohol or drug problems; to assess the need for help",
    "ungdomar med alkohol- och narkotikaproblem" => "young people with alcohol and drug problems",
    "vuxna med missbruk eller beroende; för att bedöma hjälpbehov" =>
        "adults with misuse or dependence; to assess the need for help",
}

/// A row's measure (`Recommendation::measure`) in `language`: the
/// source's Swedish as written; in English its translation below, or (a
/// catalog of one's own) the Swedish quoted and glossed.
pub(crate) fn measure_in(language: super::Language, measure: &str) -> String {
    match (language, measure_english(measure)) {
        (super::Language::Swedish, _) => measure.to_owned(),
        (super::Language::English, Some(english)) => english.to_owned(),
        (super::Language::English, None) => super::Term::SourceWording
            .fill(language, &[("text", &measure), ("gloss", &"the row's measure")]),
    }
}

/// The English of a measure of the built-in catalog's rows, as the fact
/// sheet words it in Swedish (`name_sv`, or NR's row); `None` for any
/// other text.
pub(crate) fn measure_english(measure: &str) -> Option<&'static str> {
    MEASURES.iter().find(|(sv, _)| *sv == measure).map(|(_, en)| *en)
}

/// The measures of the built-in catalog's rows, Swedish and English.
const MEASURES: &[(&str, &str)] = &[
    ("KBT med tillägg av MI eller MET", "CBT with motivational interviewing (MI) or MET added"),
    (
        "KBT eller ÅP med tillägg av MI eller MET",
        "CBT or relapse prevention with motivational interviewing (MI) or MET added",
    ),
    (
        "KBT som tillägg till nedtrappning av bensodiazepiner",
        "CBT added to benzodiazepine tapering",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_is_english() {
        for (sv, en) in ALL.iter().chain(MEASURES) {
            super::super::table::language::assert_english(en);
            assert_ne!(sv, en);
        }
    }

    #[test]
    fn a_condition_leads_in_by_what_it_names() {
        assert_eq!(lead("alkoholberoende"), Lead::At);
        assert_eq!(lead("ungdomar med alkohol- eller narkotikaproblem"), Lead::For);
        assert_eq!(lead("Anhörig till person med missbruk"), Lead::For);
        assert_eq!(lead("vuxna med cannabismissbruk"), Lead::For);
        assert_eq!(lead("underlag för att diagnostisera skadligt bruk"), Lead::As);
        assert_eq!(lead("för att identifiera alkoholproblem"), Lead::Bare);
        assert_eq!(lead("misstanke om missbruk"), Lead::At);
    }
}
