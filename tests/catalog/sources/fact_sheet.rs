//! The fact sheet's rows (`domain/interventions.tsv`) read into the
//! crate's terms, cell by cell, so that the conformance tests compare each
//! row with the built-in catalog: substances, patterns of use,
//! populations, ages, principal, competence, kind, section, disputes,
//! condition and wording.

use super::*;

/// One row of interventions.tsv, by column name.
pub(super) struct Row<'a> {
    fields: HashMap<&'a str, &'a str>,
}

impl<'a> Row<'a> {
    #[track_caller]
    pub(super) fn get(&self, column: &str) -> &'a str {
        self.fields.get(column).copied().unwrap_or_else(|| panic!("no column {column}"))
    }
    pub(super) fn id(&self) -> &'a str {
        self.get("id")
    }
}

pub(super) fn rows(sources: &util::Sources) -> Vec<Row<'static>> {
    let mut lines = sources.read("domain/interventions.tsv").lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "row {line:?}");
            Row { fields: header.iter().copied().zip(cells).collect() }
        })
        .collect()
}

/// The rows of the third edition: 63 with a number stated in text, 24
/// without (notes.md, section 7).
pub(super) const ROWS: usize = 87;

pub(super) const ROWS_WITH_A_PRIORITY: usize = 63;

/// Removes parenthesised asides: "centralstimulantia (kokain, amfetamin)"
/// names one substance, and "narkotika (studied: centralstimulantia)" one.
pub(super) fn without_asides(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The rows whose opioid pairs also cover opioid analgesics (notes.md 8.4:
/// stated for LARO and naloxone, an inference for the LARO-context rows).
pub(super) const COVERS_OPIOID_ANALGESICS: [&str; 7] =
    ["laro", "kbt-laro", "ap-laro", "cra-laro", "pdt-laro", "act-laro", "naloxone-overdose-risk"];

/// The substances the `target` column names before its `;`, or `None`
/// where it names none and the row's condition does (the relatives' rows,
/// "anhöriga (…)"). "ej substansspecificerat" names none; "beroendeframkallande
/// läkemedel" (DUDIT) are the vocabulary's dependence-producing medicines,
/// benzodiazepines and opioid analgesics (notes.md 8.4).
#[track_caller]
pub(super) fn row_substances(row: &Row) -> Option<TagSet<Substance>> {
    let target = without_asides(row.get("target"));
    let words = target.split_once(';').map_or(target.as_str(), |(s, _)| s);
    if words.trim_start().starts_with("anhöriga") {
        return None;
    }
    let mut set: TagSet<Substance> = words
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .flat_map(|word| match word {
            "beroendeframkallande läkemedel" => {
                vec![Substance::Benzodiazepines, Substance::OpioidAnalgesics]
            }
            word => substance_of_word(row, word).into_iter().collect(),
        })
        .collect();
    if COVERS_OPIOID_ANALGESICS.contains(&row.id()) {
        set = set.iter().chain([Substance::Opioids, Substance::OpioidAnalgesics]).collect();
    }
    Some(set)
}

/// One substance word of the `target` column (`None`: it names none).
#[track_caller]
fn substance_of_word(row: &Row, word: &str) -> Option<Substance> {
    match word {
        "alkohol" => Some(Substance::Alcohol),
        "narkotika" => Some(Substance::Narcotics),
        "cannabis" => Some(Substance::Cannabis),
        "centralstimulantia" => Some(Substance::CentralStimulants),
        "opioider" => Some(Substance::Opioids),
        "opioidanalgetika" => Some(Substance::OpioidAnalgesics),
        "bensodiazepiner" => Some(Substance::Benzodiazepines),
        "ej substansspecificerat" => None,
        other => panic!("row {}: unmapped substance word {other:?}", row.id()),
    }
}

/// The row's `pattern_of_use` column ("not stated": none).
#[track_caller]
pub(super) fn row_patterns(row: &Row) -> TagSet<ConditionPattern> {
    let cell = row.get("pattern_of_use");
    if cell == "not stated" {
        return TagSet::new();
    }
    cell.split(';')
        .map(str::trim)
        .map(|token| match token {
            "riskbruk" => ConditionPattern::RiskyUse,
            "skadligt bruk" => ConditionPattern::HarmfulUse,
            "missbruk" => ConditionPattern::Misuse,
            "beroende" => ConditionPattern::Dependence,
            "användning" => ConditionPattern::Use,
            "problem" => ConditionPattern::Problem,
            "långvarigt bruk" => ConditionPattern::LongTermUse,
            "abstinens" => ConditionPattern::Withdrawal,
            "misstänkt" => ConditionPattern::Suspected,
            "screening" => ConditionPattern::Screening,
            "misstänkt intag" => ConditionPattern::SuspectedIntake,
            other => panic!("row {}: unmapped pattern {other:?}", row.id()),
        })
        .collect()
}

/// The populations the row's `situation` column allows (the mapping of
/// the entries' JSON, `Population`'s serde ids): `none` is anyone, or youth / adults where the row's age scope says so.
#[track_caller]
pub(super) fn row_populations(row: &Row) -> Vec<Population> {
    let situation = |s| vec![Population::InSituation(s)];
    match row.get("situation") {
        "none" => {
            let mut allowed = vec![Population::Anyone];
            match row_age_scope(row) {
                AgeScope::Under18 => allowed.push(Population::Youth),
                AgeScope::Adults => allowed.push(Population::Adults),
                _ => {}
            }
            allowed
        }
        "relative" => vec![Population::Relatives],
        "in-laro" => vec![Population::InMedicationAssistedTreatment],
        "cohabiting-partner" => vec![Population::WithCohabitingPartner],
        "alcohol-withdrawal" | "alcohol-withdrawal; inpatient-only" => {
            vec![Population::InAlcoholWithdrawal]
        }
        "alcohol-withdrawal-raised-risk" => vec![Population::InAlcoholWithdrawalWithRaisedRisk],
        "severe-mental-illness" => vec![Population::WithSevereMentalIllness],
        "delirium-tremens" => vec![Population::InDeliriumTremens],
        "homelessness" => vec![Population::WithNeed(Need::Homelessness)],
        "needs-support-in-housing" => vec![Population::WithNeed(Need::SupportInHousing)],
        "needs-support-in-daily-life" => vec![Population::WithNeed(Need::SupportInDailyLife)],
        "weak-labour-market-attachment" => vec![Population::WithNeed(Need::Work)],
        "need-of-coordination" => vec![Population::WithNeed(Need::Coordination)],
        "overdose-risk" => situation(Situation::OverdoseRisk),
        "ptsd" => situation(Situation::Ptsd),
        "depression" => situation(Situation::Depression),
        "tapering-not-successful" => situation(Situation::TaperingNotSuccessful),
        "usual-discontinuation-not-possible" => {
            situation(Situation::UsualDiscontinuationNotPossible)
        }
        "recent-alcohol-intake" => situation(Situation::RecentAlcoholIntake),
        "long-term-heavy-alcohol-intake" => situation(Situation::LongTermHeavyAlcoholIntake),
        "ongoing-or-recent-drug-intake" => situation(Situation::OngoingOrRecentDrugIntake),
        other => panic!("row {}: unmapped situation {other:?}", row.id()),
    }
}

/// The catalog entry of a row: the entry named as the row names it where
/// the row is a distinct intervention on a shared page (the alcohol
/// medicines, the youth forms, the instruments and tests of one page), else
/// the entry of the row's page.
#[track_caller]
pub(super) fn entry_of<'c>(row: &Row) -> &'c Intervention {
    let built_in = catalog();
    built_in
        .get(&slug(row.get("name_sv")))
        .or_else(|| built_in.get(row.get("sv_slug")))
        .unwrap_or_else(|| panic!("row {} has no entry", row.id()))
}

/// The row's `age_scope` column.
#[track_caller]
pub(super) fn row_age_scope(row: &Row) -> AgeScope {
    match row.get("age_scope") {
        "unspecified" => AgeScope::Unspecified,
        "under-18" => AgeScope::Under18,
        "adults" => AgeScope::Adults,
        "youth-13-21" => AgeScope::Youth13To21,
        "20-unless-special-reasons" => AgeScope::From20UnlessSpecialReasons,
        other => panic!("row {}: unknown age scope {other:?}", row.id()),
    }
}

/// The youngest age the row's `age_stated` cell gives (the lower bound of
/// a span "12–18"), for the youth rows only; `None` where the cell states
/// no number ("under 18" is a bound above).
pub(super) fn row_min_age(row: &Row) -> Option<u8> {
    if !matches!(row_age_scope(row), AgeScope::Under18 | AgeScope::Youth13To21) {
        return None;
    }
    // A youth-set row that states no age of its own is read at the set's
    // ages: the guide's youth page and NR's patient text give 12–18 for
    // the set (notes.md section 2).
    const YOUTH_SET_FROM: u8 = 12;
    let parts: Vec<&str> = row.get("age_stated").split('–').collect();
    parts
        .windows(2)
        .filter_map(|pair| {
            let left = pair[0].trim_end();
            let digits = left.len() - left.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let right_starts = pair[1].trim_start().starts_with(|c: char| c.is_ascii_digit());
            (digits > 0 && right_starts).then(|| left[left.len() - digits..].parse().unwrap())
        })
        .min()
        .or((row_age_scope(row) == AgeScope::Under18).then_some(YOUTH_SET_FROM))
}

/// Who offers it, from the leading words of an `offered_by_sv` cell.
#[track_caller]
pub(super) fn principal_of(cell: &str) -> Principal {
    if cell.starts_with("hälso- och sjukvården och socialtjänsten") {
        Principal::Both
    } else if cell.starts_with("hälso- och sjukvården") {
        Principal::HealthCare
    } else if cell.starts_with("socialtjänsten") {
        Principal::SocialServices
    } else if cell.starts_with("not stated") {
        Principal::NotStated
    } else {
        panic!("unmapped principal {cell:?}")
    }
}

/// The row's `competence` cell: the requirement its leading words name.
#[track_caller]
pub(super) fn row_competence(row: &Row) -> CompetenceRequirement {
    let cell = row.get("competence");
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| cell.starts_with(p));
    if starts(&["not stated"]) {
        CompetenceRequirement::NotStated
    } else if starts(&["employer"]) {
        CompetenceRequirement::EmployerDecides
    } else if starts(&["licensed psychologist"]) {
        CompetenceRequirement::LicensedPsychotherapy
    } else if starts(&["physician with specialist competence"]) {
        CompetenceRequirement::SpecialistPhysician
    } else if starts(&["licensed physician", "prescribed by a licensed physician"]) {
        CompetenceRequirement::Physician
    } else if starts(&["certification", "training and certification", "training and a licence"]) {
        CompetenceRequirement::MethodCertification
    } else if starts(&["ASI training", "the interviewer must"]) {
        CompetenceRequirement::MethodTraining
    } else {
        panic!("row {}: unmapped competence {cell:?}", row.id())
    }
}

/// A cell without its web addresses (and the `, ` before each): the
/// entry's competence text is the cell "shortened only by dropping URLs".
pub(super) fn without_urls(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = ["http://", "https://"].iter().filter_map(|p| rest.find(p)).min() {
        let head = rest[..at].trim_end();
        out.push_str(head.strip_suffix(',').unwrap_or(head));
        let tail = &rest[at..];
        let end = tail.find(|c: char| c.is_whitespace() || c == ')').unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The row's `kind` column.
#[track_caller]
pub(super) fn row_kind(row: &Row) -> Kind {
    match row.get("kind") {
        "treatment" => Kind::Treatment,
        "medicine" => Kind::Medicine,
        "support" => Kind::Support,
        "assessment" => Kind::Assessment,
        "test" => Kind::Test,
        other => panic!("row {}: unknown kind {other:?}", row.id()),
    }
}

/// The entries that carried the section "Behandling och stöd" before the
/// third edition although their rows are on no guide page (NR, patient or
/// FAQ pages only): the catalog keeps it for them rather than change a
/// breadcrumb it already wrote. Every other row whose
/// `guide_section` is `none` has an entry without a section.
pub(super) const SECTION_KEPT: [&str; 13] = [
    "webbaserad-behandling",
    "cannabisprogram-for-ungdomar-cpu",
    "naloxon-och-utbildningsinsats",
    "lakemedelsassisterad-behandling-vid-opioidberoende-laro",
    "lakemedelsassisterad-behandling-vid-beroende-av-opioidanalgetika",
    "craft",
    "al-eller-nar-anoninspirerade-stodprogram",
    "bostad-forst",
    "vardkedja",
    "personellt-boendestod",
    "ips-modellen",
    "arbetsforberedande-traningsmodeller",
    "contingency-management",
];

/// The guide section an entry of the row must show.
#[track_caller]
pub(super) fn row_guide_section(row: &Row, entry: &Intervention) -> Option<GuideSection> {
    match row.get("guide_section") {
        "Behandling och stöd" => Some(GuideSection::TreatmentAndSupport),
        "Kartläggning och utredning" => Some(GuideSection::Assessment),
        "Tidiga tecken och tidig upptäckt" => Some(GuideSection::EarlySigns),
        "none" if SECTION_KEPT.contains(&entry.id()) => Some(GuideSection::TreatmentAndSupport),
        "none" => None,
        other => panic!("row {}: unknown guide section {other:?}", row.id()),
    }
}

/// The row's `disputed` column: another number and the source that gives
/// it (the address in parentheses at the end), if any.
#[track_caller]
pub(super) fn row_dispute<'a>(row: &Row<'a>) -> Option<(NrPriority, &'a str)> {
    let text: &'a str = row.get("disputed");
    if text.is_empty() {
        return None;
    }
    let (number, rest) = text.split_once(':').unwrap();
    let open = rest.rfind("(http").unwrap();
    let source = rest[open + 1..].trim_end().strip_suffix(')').unwrap();
    Some((number.trim().parse().unwrap(), source))
}

/// The condition as the source words it: the `condition_sv` column without
/// the English source tags the sheet adds, which the entries keep in their
/// English notes: parenthesised asides that start `NR`, `guide`,
/// `Metodguiden` or `secondary` (nested parentheses inside them included),
/// and the tails `; NR row: …`, `; NR patient text: …`, `; guide target: …`;
/// an aside that names NR's measure (`(KBT eller ÅP med tillägg av MI eller
/// MET)`) is the row's action, not its condition. Where the sheet reorders
/// the page's words, the entry keeps the page's (see [`REWORDED`]). A cell
/// "not stated" gives no condition; a row for inpatient care only says so.
pub(super) fn row_condition(row: &Row) -> Option<String> {
    let text = row.get("condition_sv");
    if text.starts_with("not stated") {
        return None;
    }
    let text = ["; NR row:", "; NR patient text:", "; guide target:"]
        .iter()
        .fold(text, |t, tail| t.split(tail).next().unwrap_or(t));
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(" (") {
        let mut depth = 0;
        let mut close = rest.len();
        for (at, c) in rest[open + 1..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + 1 + at + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner = &rest[open + 2..close.saturating_sub(1).max(open + 2)];
        let aside =
            ["NR", "guide", "Metodguiden", "secondary", "KBT"].iter().any(|t| inner.starts_with(t));
        out.push_str(if aside { &rest[..open] } else { &rest[..close] });
        rest = &rest[close..];
    }
    out.push_str(rest);
    let mut condition = out.trim().to_owned();
    if let Some((_, page)) = REWORDED.iter().find(|(sheet, _)| *sheet == condition) {
        condition = (*page).to_owned();
    }
    if row.get("situation").contains("inpatient-only") {
        condition.push_str(" (endast inneliggande vård)");
    }
    Some(condition)
}

/// Conditions the sheet words otherwise than the page it cites, with the
/// page's words, which the entry keeps: the HAP page says "kan erbjuda
/// behandlingen till vuxna med cannabismissbruk (prioritet 6)".
const REWORDED: &[(&str, &str)] = &[("cannabismissbruk (vuxna)", "vuxna med cannabismissbruk")];

/// The row's wording, if it has one.
pub(super) fn row_verb(row: &Row) -> Option<RecommendationVerb> {
    let cell = row.get("rec_verb_sv");
    if cell.starts_with("kan i undantagsfall") {
        Some(RecommendationVerb::Exceptionally)
    } else if cell.starts_with("bör") {
        Some(RecommendationVerb::Should)
    } else if cell.starts_with("kan") {
        Some(RecommendationVerb::May)
    } else {
        None
    }
}

/// The pair of the row in its entry: the one recommendation with the
/// row's condition (unique within an entry).
pub(super) fn pairs_of<'c>(row: &Row, entry: &'c Intervention) -> Vec<(usize, &'c Recommendation)> {
    let condition = row_condition(row);
    entry
        .recommendations()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.condition().map(str::to_owned) == condition)
        .collect()
}

/// Whether the row's notes give NR's caveat for display that the decisive
/// reason for the row is insufficient scientific evidence
/// (`web-treatment-alcohol`): a match on its pair must say so.
pub(super) fn row_caveats_insufficient_evidence(row: &Row) -> bool {
    let notes = row.get("notes");
    notes.split("Caveat for display:").nth(1).is_some_and(|caveat| {
        caveat.contains("decisive reason") && caveat.contains("evidence is insufficient")
    })
}
