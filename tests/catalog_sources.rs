//! The built-in catalog against the project's source documents: every row
//! of the fact sheet (`domain/interventions.tsv`) is in the catalog with its
//! priority, wording, edition and source, and nothing is added that no row
//! states; the built-in entries of the two seed pages carry every fact the
//! page reader reads from them, in the crate's own words.

use insats::{
    AgeGroup, AgeScope, Intervention, Need, NrPriority, Population, Recommendation,
    RecommendationVerb, Substance, TagSet, catalog, page, slug,
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

/// The substances the `target` column names before its `;`.
#[track_caller]
fn row_substances(row: &Row) -> TagSet<Substance> {
    let target = without_asides(row.get("target"));
    let Some((substances, _)) = target.split_once(';') else {
        // "anhöriga (…)" names no substance; "alkohol, narkotika" no population
        return if target.contains("alkohol") || target.contains("narkotika") {
            substance_words(&target)
        } else {
            TagSet::new()
        };
    };
    substance_words(substances)
}

#[track_caller]
fn substance_words(text: &str) -> TagSet<Substance> {
    text.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|word| match word {
            "alkohol" => Substance::Alcohol,
            "narkotika" => Substance::Narcotics,
            "cannabis" => Substance::Cannabis,
            "centralstimulantia" => Substance::CentralStimulants,
            "opioider" => Substance::Opioids,
            "opioidanalgetika" => Substance::OpioidAnalgesics,
            "bensodiazepiner" => Substance::Benzodiazepines,
            other => panic!("unmapped substance word {other:?}"),
        })
        .collect()
}

/// The population the `target` column names after its `;`.
#[track_caller]
fn row_population(row: &Row) -> Population {
    let target = without_asides(row.get("target"));
    let words = target.split_once(';').map_or(target.as_str(), |(_, p)| p).trim().to_owned();
    match words.as_str() {
        _ if words.starts_with("anhöriga") => Population::Relatives,
        "ej åldersspecificerat" | "alla åldrar" => Population::Anyone,
        _ if target.split_once(';').is_none() => Population::Anyone,
        _ if words.starts_with("ungdomar") => Population::Youth,
        _ if words.starts_with("vuxna") => Population::Adults,
        "personer i LARO" => Population::InMedicationAssistedTreatment,
        "person med sammanboende partner" => Population::WithCohabitingPartner,
        "hemlöshet" | "behov av stöd i boendet" => Population::WithNeed(Need::Housing),
        "svag arbetsmarknadsanknytning" => Population::WithNeed(Need::Work),
        "samsjuklighet" => Population::WithSevereMentalIllness,
        "personer i alkoholabstinens" => Population::InAlcoholWithdrawal,
        "personer i alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens" => {
            Population::InAlcoholWithdrawalWithRaisedRisk
        }
        "behov av samordning" => Population::WithNeed(Need::Coordination),
        other => panic!("unmapped population {other:?} in row {}", row.id()),
    }
}

/// The catalog entry of a row: the entry named as the row names it where
/// the row is a distinct intervention on a shared page (the alcohol
/// medicines, the youth forms), else the entry of the row's page.
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
        other => panic!("row {}: unknown age scope {other:?}", row.id()),
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
/// the NR wording the sheet adds in parentheses (`(NR: …)`, `(NR row: …)`)
/// or after `; NR row:`, which the entries keep in their English notes.
fn row_condition(row: &Row) -> String {
    let text = row.get("condition_sv");
    let text = text.split("; NR row:").next().unwrap_or(text);
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(" (NR") {
        out.push_str(&rest[..open]);
        let close = rest[open..].find(')').map_or(rest.len(), |c| open + c + 1);
        rest = &rest[close..];
    }
    out.push_str(rest);
    out.trim().to_owned()
}

/// The row's wording, `bör` or `kan`, if it has one.
fn row_verb(row: &Row) -> Option<RecommendationVerb> {
    match row.get("rec_verb_sv") {
        "bör" => Some(RecommendationVerb::Should),
        "kan" => Some(RecommendationVerb::May),
        _ => None,
    }
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
    assert_eq!(built_in.target().substances(), parsed.target().substances());
    assert_eq!(built_in.target().population(), parsed.target().population());
    assert_eq!(built_in.best_priority(), parsed.best_priority());
    assert_eq!(built_in.recommendations().len(), parsed.recommendations().len());
    for (ours, theirs) in built_in.recommendations().iter().zip(parsed.recommendations()) {
        assert_eq!(ours.substances(), theirs.substances());
        assert_eq!(ours.population(), theirs.population());
        assert_eq!(ours.priority(), theirs.priority());
        assert_eq!(ours.is_add_on(), theirs.is_add_on());
        assert_eq!(ours.verb(), theirs.verb());
    }
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

        fn check_count(&mut self, checked: usize) {
            if checked != 41 {
                self.0.push(format!("the fact sheet has 41 rows with a priority, read {checked}"));
            }
        }

        #[track_caller]
        fn assert_none(self) {
            assert!(self.0.is_empty(), "{} drifting:\n{}", self.0.len(), self.0.join("\n"));
        }
    }

    #[test]
    fn every_row_with_a_priority_is_in_the_catalog_with_that_priority() {
        let Some(sources) = util::sources() else { return };
        let mut drift = Drift::default();
        let mut checked = 0;
        for row in rows(sources).iter().filter(|r| !r.get("nr_priority").is_empty()) {
            checked += 1;
            let entry = entry_of(row);
            let priority: NrPriority = row.get("nr_priority").parse().unwrap();
            let substances = row_substances(row);
            let population = row_population(row);
            let matching: Vec<&Recommendation> = entry
                .recommendations()
                .iter()
                .filter(|r| r.substances() == substances && r.population() == population)
                .collect();
            let [rec] = matching[..] else {
                drift.0.push(format!(
                    "row {}: {} pairs for {substances:?} and {population:?} in {}",
                    row.id(),
                    matching.len(),
                    entry.id()
                ));
                continue;
            };
            drift.check(row, "priority", rec.priority(), Some(priority));
            drift.check(row, "add-on", rec.is_add_on(), row.get("complement_only") == "yes");
            drift.check(row, "verb", rec.verb(), row_verb(row));
            let edition = row.get("nr_version").get(..4).and_then(|y| y.parse::<u16>().ok());
            drift.check(row, "edition", rec.edition(), edition);
            drift.check(row, "source", rec.source(), Some(row.get("source_url")));
            drift.check(row, "age scope", rec.age_scope(), row_age_scope(row));
            drift.check(
                row,
                "condition",
                rec.condition().map(str::to_owned),
                Some(row_condition(row)),
            );
            let disputes: Vec<(NrPriority, &str)> =
                rec.disputes().iter().map(|d| (d.priority(), d.source())).collect();
            drift.check(row, "disputes", disputes, row_dispute(row).into_iter().collect());
        }
        drift.check_count(checked);
        drift.assert_none();
    }

    #[test]
    fn no_recommendation_without_a_row_that_states_it() {
        let Some(sources) = util::sources() else { return };
        let rows = rows(sources);
        let mut unsourced = Vec::new();
        let mut stated = 0;
        for entry in catalog() {
            for rec in entry.recommendations() {
                let sourced = rows.iter().any(|row| {
                    !row.get("nr_priority").is_empty()
                        && std::ptr::eq(entry_of(row), entry)
                        && row_substances(row) == rec.substances()
                        && row_population(row) == rec.population()
                });
                if !sourced {
                    unsourced.push(format!("{}: {rec:?}", entry.id()));
                }
                stated += 1;
            }
        }
        assert!(unsourced.is_empty(), "unsourced pairs:\n{}", unsourced.join("\n"));
        assert_eq!(stated, 41);
    }

    #[test]
    fn rows_without_a_priority_get_none() {
        let Some(sources) = util::sources() else { return };
        let rows = rows(sources);
        let blank: Vec<&Row> = rows.iter().filter(|r| r.get("nr_priority").is_empty()).collect();
        assert_eq!(blank.len(), 15);
        let mut drift = Drift::default();
        for row in blank {
            let entry = entry_of(row);
            drift.check(row, "best priority", entry.best_priority(), None);
            drift.check(row, "recommendations", entry.recommendations().len(), 0);
            let target = entry.target();
            drift.check(row, "population", target.population(), row_population(row));
            drift.check(row, "verb", target.verb(), row_verb(row));
            drift.check(row, "age scope", target.age_scope(), row_age_scope(row));
            for substance in row_substances(row).iter() {
                drift.check(row, "covers", target.applies_to_substance(substance), true);
            }
            let complement = row.get("complement_only") == "yes";
            drift.check(row, "add-on", entry.is_add_on(), complement);
        }
        drift.assert_none();
    }

    /// LARO's age: the regulations require 20, unless there are special
    /// reasons (the fact sheet's notes, JANUS16).
    #[test]
    fn laro_keeps_the_age_the_regulations_require() {
        let Some(sources) = util::sources() else { return };
        let laro = rows(sources).into_iter().find(|r| r.id() == "laro").unwrap();
        assert!(laro.get("notes").contains("turned 20, unless there are special reasons"));
        let entry = entry_of(&laro);
        assert_eq!(entry.target().usual_min_age(), Some(20));
        assert_eq!(entry.target().age_scope(), AgeScope::Adults);
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
