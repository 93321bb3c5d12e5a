//! The built-in catalog against the project's source documents: every row
//! of the fact sheet (`domain/interventions.tsv`, third edition) is in the
//! catalog as a pair of its own, with its priority (or none), pattern of
//! use, population, age scope, principal, wording, edition and source, in
//! an entry of the row's kind, competence requirement and guide section;
//! nothing is added that no row states; the built-in entries of the two
//! seed pages carry every fact the page reader reads from them, in the
//! crate's own words.

use insats::{
    AgeGroup, AgeScope, CompetenceRequirement, ConditionPattern, GuideSection, Intervention, Kind,
    Need, NrPriority, Population, Principal, Recommendation, RecommendationVerb, Situation,
    Substance, TagSet, catalog, page, slug,
};
use std::collections::HashMap;

mod util;

/// One row of interventions.tsv, by column name.
struct Row<'a> {
    fields: HashMap<&'a str, &'a str>,
}

impl<'a> Row<'a> {
    #[track_caller]
    fn get(&self, column: &str) -> &'a str {
        self.fields.get(column).copied().unwrap_or_else(|| panic!("no column {column}"))
    }
    fn id(&self) -> &'a str {
        self.get("id")
    }
}

fn rows(sources: &util::Sources) -> Vec<Row<'static>> {
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
const ROWS: usize = 87;
const ROWS_WITH_A_PRIORITY: usize = 63;

/// Removes parenthesised asides: "centralstimulantia (kokain, amfetamin)"
/// names one substance, and "narkotika (studied: centralstimulantia)" one.
fn without_asides(text: &str) -> String {
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
const COVERS_OPIOID_ANALGESICS: [&str; 7] =
    ["laro", "kbt-laro", "ap-laro", "cra-laro", "pdt-laro", "act-laro", "naloxone-overdose-risk"];

/// The substances the `target` column names before its `;`, or `None`
/// where it names none and the row's condition does (the relatives' rows,
/// "anhöriga (…)"). "ej substansspecificerat" names none; "beroendeframkallande
/// läkemedel" (DUDIT) has no vocabulary id and is kept in the entry's notes.
#[track_caller]
fn row_substances(row: &Row) -> Option<TagSet<Substance>> {
    let target = without_asides(row.get("target"));
    let words = target.split_once(';').map_or(target.as_str(), |(s, _)| s);
    if words.trim_start().starts_with("anhöriga") {
        return None;
    }
    let mut set: TagSet<Substance> = words
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .filter_map(|word| match word {
            "alkohol" => Some(Substance::Alcohol),
            "narkotika" => Some(Substance::Narcotics),
            "cannabis" => Some(Substance::Cannabis),
            "centralstimulantia" => Some(Substance::CentralStimulants),
            "opioider" => Some(Substance::Opioids),
            "opioidanalgetika" => Some(Substance::OpioidAnalgesics),
            "bensodiazepiner" => Some(Substance::Benzodiazepines),
            "ej substansspecificerat" | "beroendeframkallande läkemedel" => None,
            other => panic!("row {}: unmapped substance word {other:?}", row.id()),
        })
        .collect();
    if COVERS_OPIOID_ANALGESICS.contains(&row.id()) {
        set = set.iter().chain([Substance::Opioids, Substance::OpioidAnalgesics]).collect();
    }
    Some(set)
}

/// The row's `pattern_of_use` column ("not stated": none).
#[track_caller]
fn row_patterns(row: &Row) -> TagSet<ConditionPattern> {
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
fn row_populations(row: &Row) -> Vec<Population> {
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
fn entry_of<'c>(row: &Row) -> &'c Intervention {
    let built_in = catalog();
    built_in
        .get(&slug(row.get("name_sv")))
        .or_else(|| built_in.get(row.get("sv_slug")))
        .unwrap_or_else(|| panic!("row {} has no entry", row.id()))
}

/// The row's `age_scope` column.
#[track_caller]
fn row_age_scope(row: &Row) -> AgeScope {
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
fn row_min_age(row: &Row) -> Option<u8> {
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
fn principal_of(cell: &str) -> Principal {
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
fn row_competence(row: &Row) -> CompetenceRequirement {
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
fn without_urls(text: &str) -> String {
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
fn row_kind(row: &Row) -> Kind {
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
const SECTION_KEPT: [&str; 13] = [
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
fn row_guide_section(row: &Row, entry: &Intervention) -> Option<GuideSection> {
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
fn row_dispute<'a>(row: &Row<'a>) -> Option<(NrPriority, &'a str)> {
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
fn row_condition(row: &Row) -> Option<String> {
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
fn row_verb(row: &Row) -> Option<RecommendationVerb> {
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
fn pairs_of<'c>(row: &Row, entry: &'c Intervention) -> Vec<(usize, &'c Recommendation)> {
    let condition = row_condition(row);
    entry
        .recommendations()
        .iter()
        .enumerate()
        .filter(|(_, r)| r.condition().map(str::to_owned) == condition)
        .collect()
}

/// Who an entry is for where the guide states no number: its unrated
/// pairs, or its target where it has no pair at all.
fn unrated(e: &Intervention) -> Vec<(TagSet<Substance>, Population)> {
    if e.recommendations().is_empty() {
        return vec![(e.target().substances(), e.target().population())];
    }
    e.recommendations()
        .iter()
        .filter(|r| r.priority().is_none())
        .map(|r| (r.substances(), r.population()))
        .collect()
}

#[track_caller]
fn assert_same_facts(parsed: &Intervention, built_in: &Intervention) {
    assert_eq!(built_in.id(), parsed.id());
    assert_eq!(built_in.name(), parsed.name());
    assert_eq!(built_in.lede().is_some(), parsed.lede().is_some());
    assert_eq!(built_in.breadcrumb(), parsed.breadcrumb());
    assert_eq!(built_in.area(), parsed.area());
    assert_eq!(built_in.conditions(), parsed.conditions());
    assert_eq!(built_in.tags(), parsed.tags());
    assert_eq!(unrated(built_in), unrated(parsed));
    assert_eq!(built_in.best_priority(), parsed.best_priority());
    let rated = |e: &Intervention| {
        e.recommendations()
            .iter()
            .filter(|r| r.priority().is_some())
            .map(|r| (r.substances(), r.population(), r.priority(), r.is_add_on(), r.verb()))
            .collect::<Vec<_>>()
    };
    assert_eq!(rated(built_in), rated(parsed));
    assert_eq!(built_in.is_add_on(), parsed.is_add_on());
    assert_eq!(built_in.is_manual_based(), parsed.is_manual_based());
    assert_eq!(built_in.schedule(), parsed.schedule());
    let phase_names = |e: &Intervention| {
        e.phases().iter().map(|p| (p.ordinal(), p.name().to_owned())).collect::<Vec<_>>()
    };
    assert_eq!(phase_names(built_in), phase_names(parsed));
    assert_eq!(built_in.assessment_areas(), parsed.assessment_areas());
    assert_eq!(built_in.youth_versions_named(), parsed.youth_versions_named());
}

/// The conformance tests: they read the fact sheet and the seeds (see
/// `util::sources`).
mod conformance {
    use super::*;

    /// Collects what differs, row by row, so that one failure reports
    /// every drifting row.
    #[derive(Default)]
    struct Drift(Vec<String>);

    impl Drift {
        fn check<T: PartialEq + std::fmt::Debug>(
            &mut self,
            row: &Row,
            what: &str,
            ours: T,
            sheet: T,
        ) {
            if ours != sheet {
                self.0.push(format!(
                    "row {}: {what}: catalog {ours:?}, fact sheet {sheet:?}",
                    row.id()
                ));
            }
        }

        fn check_count(&mut self, what: &str, read: usize, expected: usize) {
            if read != expected {
                self.0.push(format!("the fact sheet has {expected} {what}, read {read}"));
            }
        }

        #[track_caller]
        fn assert_none(self) {
            assert!(self.0.is_empty(), "{} drifting:\n{}", self.0.len(), self.0.join("\n"));
        }
    }

    /// Every row, all 87: its pair (found by its condition) and the facts of
    /// its entry. A pair's source is its own row's: moving it to another
    /// page is drift.
    #[test]
    fn every_row_is_in_the_catalog_as_a_pair_with_its_facts() {
        let Some(sources) = util::sources() else { return };
        let rows = rows(sources);
        let mut drift = Drift::default();
        drift.check_count("rows", rows.len(), ROWS);
        let with_priority = rows.iter().filter(|r| !r.get("nr_priority").is_empty()).count();
        drift.check_count("rows with a priority", with_priority, ROWS_WITH_A_PRIORITY);
        for row in &rows {
            let entry = entry_of(row);
            // entry level: every row of the entry states it
            drift.check(row, "kind", entry.kind(), Some(row_kind(row)));
            drift.check(
                row,
                "competence requirement",
                entry.required_competence().map(|c| c.requirement()),
                Some(row_competence(row)),
            );
            drift.check(row, "guide section", entry.guide_section(), row_guide_section(row, entry));

            let [(_, rec)] = pairs_of(row, entry)[..] else {
                drift.0.push(format!(
                    "row {}: {} pairs with the condition {:?} in {}",
                    row.id(),
                    pairs_of(row, entry).len(),
                    row_condition(row),
                    entry.id()
                ));
                continue;
            };
            let priority = row.get("nr_priority");
            let priority: Option<NrPriority> =
                (!priority.is_empty()).then(|| priority.parse().unwrap());
            drift.check(row, "priority", rec.priority(), priority);
            drift.check(row, "pattern of use", rec.patterns(), row_patterns(row));
            let allowed = row_populations(row);
            if !allowed.contains(&rec.population()) {
                drift.0.push(format!(
                    "row {}: population: catalog {:?}, fact sheet {allowed:?}",
                    row.id(),
                    rec.population()
                ));
            }
            if let Some(substances) = row_substances(row) {
                drift.check(row, "substances", rec.substances(), substances);
            }
            drift.check(row, "age scope", rec.age_scope(), row_age_scope(row));
            drift.check(row, "min age", rec.min_age(), row_min_age(row));
            drift.check(row, "principal", rec.principal(), principal_of(row.get("offered_by_sv")));
            drift.check(row, "verb", rec.verb(), row_verb(row));
            let edition = row.get("nr_version").get(..4).and_then(|y| y.parse::<u16>().ok());
            drift.check(row, "edition", rec.edition(), edition);
            drift.check(row, "add-on", rec.is_add_on(), row.get("complement_only") == "yes");
            // A seed file of the project is cited as the guide page it
            // copies (the entry's citation), never by its path.
            let expected = match row.get("source_url") {
                seed if seed.starts_with("seeds/") => entry.source(),
                url => Some(url),
            };
            drift.check(row, "source", rec.source(), expected);
            let disputes: Vec<(NrPriority, &str)> =
                rec.disputes().iter().map(|d| (d.priority(), d.source())).collect();
            drift.check(row, "disputes", disputes, row_dispute(row).into_iter().collect());
        }
        drift.assert_none();
    }

    /// The competence text of an entry is one of its rows' cells, shortened
    /// only by dropping web addresses.
    #[test]
    fn every_entry_words_its_competence_as_a_row_does() {
        let Some(sources) = util::sources() else { return };
        let rows = rows(sources);
        let mut wrong = Vec::new();
        for entry in catalog() {
            let cells: Vec<String> = rows
                .iter()
                .filter(|r| std::ptr::eq(entry_of(r), entry))
                .map(|r| without_urls(r.get("competence")))
                .collect();
            let text = entry.required_competence().map(|c| c.text().to_owned());
            if !text.as_ref().is_some_and(|t| cells.contains(t)) {
                wrong.push(format!("{}: {text:?}, rows {cells:?}", entry.id()));
            }
        }
        assert!(wrong.is_empty(), "{} entries:\n{}", wrong.len(), wrong.join("\n"));
    }

    #[test]
    fn no_pair_without_a_row_that_states_it() {
        let Some(sources) = util::sources() else { return };
        let rows = rows(sources);
        let mut unsourced = Vec::new();
        let mut stated = 0;
        for entry in catalog() {
            for (index, rec) in entry.recommendations().iter().enumerate() {
                let claims = rows
                    .iter()
                    .filter(|row| {
                        std::ptr::eq(entry_of(row), entry)
                            && pairs_of(row, entry).iter().any(|(i, _)| *i == index)
                    })
                    .count();
                if claims != 1 {
                    unsourced.push(format!("{}: {claims} rows state {rec:?}", entry.id()));
                }
                stated += 1;
            }
        }
        assert!(unsourced.is_empty(), "unsourced pairs:\n{}", unsourced.join("\n"));
        assert_eq!(stated, ROWS);
    }

    /// LARO's age: the regulations require 20, unless there are special
    /// reasons, and name no floor (the fact sheet's notes, JANUS16); the
    /// secondary "exceptionally 18" is superseded.
    #[test]
    fn laro_keeps_the_age_the_regulations_require() {
        let Some(sources) = util::sources() else { return };
        let rows = rows(sources);
        let laro = rows.iter().find(|r| r.id() == "laro").unwrap();
        assert!(laro.get("notes").contains("turned 20 unless there are special reasons"));
        assert_eq!(row_age_scope(laro), AgeScope::From20UnlessSpecialReasons);
        let [(_, rec)] = pairs_of(laro, entry_of(laro))[..] else { panic!("no LARO pair") };
        assert_eq!(rec.age_scope(), AgeScope::From20UnlessSpecialReasons);
        assert_eq!(rec.min_age(), None);
        assert_eq!(rec.priority(), None);
        assert!(!entry_of(laro).notes().iter().any(|n| n.contains("exceptionally from 18,")));
    }

    #[test]
    fn every_page_of_the_fact_sheet_has_an_entry_with_its_source() {
        let Some(sources) = util::sources() else { return };
        for row in rows(sources) {
            let entry = entry_of(&row);
            let sources: Vec<&str> = entry
                .source()
                .into_iter()
                .chain(entry.recommendations().iter().filter_map(|r| r.source()))
                .collect();
            let named = sources.contains(&row.get("source_url"))
                || entry.notes().iter().any(|n| n.contains(row.get("source_url")));
            assert!(named, "row {}: source not kept in {}", row.id(), entry.id());
        }
    }

    #[test]
    fn youth_rows_link_to_their_adult_forms_and_back() {
        let Some(sources) = util::sources() else { return };
        let rows = rows(sources);
        for row in rows.iter().filter(|r| !r.get("youth_version_of").is_empty()) {
            let youth = entry_of(row);
            let adult_row = rows.iter().find(|r| r.id() == row.get("youth_version_of")).unwrap();
            let adult = entry_of(adult_row);
            assert_eq!(youth.adult_version(), Some(adult.id()), "row {}", row.id());
            assert_eq!(youth.tags().age_groups(), TagSet::only(AgeGroup::Children));
            let back = catalog().get(adult.youth_version().unwrap()).unwrap();
            assert_eq!(back.adult_version(), Some(adult.id()));
        }
        let pairs = [
            (
                "community-reinforcement-approach-cra",
                "adolescent-community-reinforcement-approach-eller-assertive-continuing-care",
            ),
            (
                "motivationshojande-behandling-met",
                "kort-intervention-eller-motivationshojande-behandling",
            ),
            ("haschavvanjningsprogrammet-hap", "cannabisprogram-for-ungdomar-cpu"),
        ];
        for (adult, youth) in pairs {
            assert_eq!(catalog().get(adult).unwrap().youth_version(), Some(youth));
        }
    }

    #[test]
    fn every_entry_has_a_source_and_own_words() {
        let Some(sources) = util::sources() else { return };
        for entry in catalog() {
            assert!(entry.source().is_some_and(|s| !s.is_empty()), "{}", entry.id());
            assert!(!entry.target_group().is_empty(), "{}", entry.id());
            assert!(!entry.knowledge().is_empty(), "{}", entry.id());
        }
        // the seed texts are summarised, not copied
        for id in ["natverksterapi", "psykosocial-behandling"] {
            let seed = sources.seed(&format!("{id}.txt"));
            let entry = catalog().get(id).unwrap();
            let phases = entry.phases().iter().map(|p| p.aims());
            for text in
                entry.sections().iter().map(|(_, text)| text).chain(entry.lede()).chain(phases)
            {
                for sentence in text.split(['.', ',']).map(str::trim).filter(|s| s.len() > 30) {
                    assert!(!seed.contains(sentence), "{id} copies the seed: {sentence:?}");
                }
            }
        }
    }

    #[test]
    fn natverksterapi_carries_the_facts_of_its_seed() {
        let Some(sources) = util::sources() else { return };
        let parsed = page::parse(sources.seed("natverksterapi.txt")).unwrap();
        let built_in = catalog().get("natverksterapi").unwrap();
        assert_same_facts(&parsed, built_in);
        // the facts themselves, so that an empty pair of entries cannot pass
        assert_eq!(built_in.best_priority(), Some(insats::NrPriority::rank(4).unwrap()));
        assert_eq!(built_in.schedule().and_then(|s| s.total_sessions()), Some(48));
        assert_eq!(built_in.phases().len(), 3);
    }

    #[test]
    fn psykosocial_behandling_carries_the_facts_of_its_seed() {
        let Some(sources) = util::sources() else { return };
        let parsed = page::parse(sources.seed("psykosocial-behandling.txt")).unwrap();
        let built_in = catalog().get("psykosocial-behandling").unwrap();
        assert_same_facts(&parsed, built_in);
        assert_eq!(built_in.tags().providers().len(), 18);
        assert_eq!(built_in.youth_versions_named(), ["CRA", "MET"]);
        assert!(built_in.tags().conditions().is_empty());
    }
}
