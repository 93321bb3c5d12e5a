//! The built-in catalog against the project's source documents: every row
//! of the fact sheet (`domain/interventions.tsv`, third edition) is in the
//! catalog as a pair of its own, with its priority (or none), pattern of
//! use, population, age scope, principal, wording, edition and source, in
//! an entry of the row's kind, competence requirement and guide section;
//! nothing is added that no row states; the built-in entries of the two
//! seed pages carry every fact the page reader reads from them, in the
//! crate's own words.

use crate::util;
use insats::{
    AgeGroup, AgeScope, CompetenceRequirement, ConditionPattern, GuideSection, Intervention, Kind,
    Need, NrPriority, Population, Principal, Recommendation, RecommendationVerb, Situation,
    Substance, TagSet, catalog, page, slug,
};
use std::collections::HashMap;

mod fact_sheet;
use fact_sheet::*;

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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn every_row_is_in_the_catalog_as_a_pair_with_its_facts() {
        let sources = util::sources();
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
            drift.check(
                row,
                "insufficient evidence",
                rec.has_insufficient_evidence(),
                row_caveats_insufficient_evidence(row),
            );
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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn every_entry_words_its_competence_as_a_row_does() {
        let sources = util::sources();
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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn no_pair_without_a_row_that_states_it() {
        let sources = util::sources();
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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn laro_keeps_the_age_the_regulations_require() {
        let sources = util::sources();
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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn every_page_of_the_fact_sheet_has_an_entry_with_its_source() {
        let sources = util::sources();
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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn youth_rows_link_to_their_adult_forms_and_back() {
        let sources = util::sources();
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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn every_entry_has_a_source_and_own_words() {
        let sources = util::sources();
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
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn natverksterapi_carries_the_facts_of_its_seed() {
        let sources = util::sources();
        let parsed = page::parse(sources.seed("natverksterapi.txt")).unwrap();
        let built_in = catalog().get("natverksterapi").unwrap();
        assert_same_facts(&parsed, built_in);
        // the facts themselves, so that an empty pair of entries cannot pass
        assert_eq!(built_in.best_priority(), Some(insats::NrPriority::rank(4).unwrap()));
        assert_eq!(built_in.schedule().and_then(|s| s.total_sessions()), Some(48));
        assert_eq!(built_in.phases().len(), 3);
    }

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn psykosocial_behandling_carries_the_facts_of_its_seed() {
        let sources = util::sources();
        let parsed = page::parse(sources.seed("psykosocial-behandling.txt")).unwrap();
        let built_in = catalog().get("psykosocial-behandling").unwrap();
        assert_same_facts(&parsed, built_in);
        assert_eq!(built_in.tags().providers().len(), 18);
        assert_eq!(built_in.youth_versions_named(), ["CRA", "MET"]);
        assert!(built_in.tags().conditions().is_empty());
    }
}
