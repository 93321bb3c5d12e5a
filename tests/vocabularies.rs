//! The vocabularies: labels, ids and JSON of every value, lookup in any
//! case, the tag values of pages, the `TagSet` bit set and age groups.

use insats::{
    AgeGroup, Condition, Need, NrPriority, Provider, Role, Schedule, Severity, Substance, TagSet,
    TreatmentType, Vocabulary,
};
use proptest::prelude::*;
use std::collections::BTreeSet;

use crate::util;

/// Checks, for every value of `T`, the label, id and JSON round trips.
fn labels_ids_and_json_round_trip<
    T: Vocabulary + serde::Serialize + serde::de::DeserializeOwned,
>() {
    assert!(!T::ALL.is_empty());
    for (index, &value) in T::ALL.iter().enumerate() {
        assert_eq!(value.index(), index);
        assert_eq!(value.label_sv().parse::<T>().unwrap(), value);
        assert_eq!(value.id().parse::<T>().unwrap(), value);
        assert_eq!(value.to_string(), value.label_sv());
        let json = serde_json::to_string(&value).unwrap();
        assert_eq!(json, format!("\"{}\"", value.id()));
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), value);
    }
    let labels: BTreeSet<_> = T::ALL.iter().map(|v| v.label_sv().to_lowercase()).collect();
    let ids: BTreeSet<_> = T::ALL.iter().map(|v| v.id()).collect();
    assert_eq!(labels.len(), T::ALL.len(), "{}: labels are distinct ignoring case", T::NAME_SV);
    assert_eq!(ids.len(), T::ALL.len(), "{}: ids are distinct", T::NAME_SV);
}

#[test]
fn every_vocabulary_round_trips() {
    labels_ids_and_json_round_trip::<Provider>();
    labels_ids_and_json_round_trip::<Role>();
    labels_ids_and_json_round_trip::<TreatmentType>();
    labels_ids_and_json_round_trip::<AgeGroup>();
    labels_ids_and_json_round_trip::<Severity>();
    labels_ids_and_json_round_trip::<Condition>();
    labels_ids_and_json_round_trip::<Substance>();
    labels_ids_and_json_round_trip::<Need>();
}

#[test]
fn strum_derives_agree_with_the_table() {
    use strum::{EnumCount, IntoEnumIterator};
    assert_eq!(Provider::COUNT, Provider::ALL.len());
    assert_eq!(Provider::iter().collect::<Vec<_>>(), Provider::ALL);
    assert_eq!(Role::COUNT, 18);
    let id: &'static str = Role::SocialWorker.into();
    assert_eq!(id, Role::SocialWorker.id());
}

fn provider() -> impl Strategy<Value = Provider> {
    (0..Provider::ALL.len()).prop_map(|i| Provider::ALL[i])
}

/// Random case and surrounding white space on a label.
fn mangled(label: &str, upper: Vec<bool>, pad: (usize, usize)) -> String {
    let cased: String = label
        .chars()
        .zip(upper.into_iter().chain(std::iter::repeat(false)))
        .map(|(c, up)| if up { c.to_uppercase().collect::<String>() } else { c.to_string() })
        .collect();
    format!("{}{cased}{}", " ".repeat(pad.0), "\t".repeat(pad.1))
}

/// A text as lookups compare it: lower case, any dash as `-`.
fn folded(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}') { '-' } else { c })
        .collect()
}

/// Whether an error's `quoted` text is `text`, or its start cut with `…`.
fn quotes(quoted: &str, text: &str) -> bool {
    quoted == text || (quoted.ends_with('…') && text.starts_with(quoted.trim_end_matches('…')))
}

/// Every form of `value` that `FromStr` reads: the labels, the id, the
/// labels without their parenthesised part, and the parts of piped labels.
fn typed_forms<T: Vocabulary>(value: T) -> Vec<String> {
    let mut forms =
        vec![value.label_sv().to_owned(), value.label_en().to_owned(), value.id().to_owned()];
    for label in [value.label_sv(), value.label_en()] {
        if let Some((head, _)) = label.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
            forms.push(head.to_owned());
        }
        if label.contains(" | ") {
            forms.extend(label.split(" | ").map(str::to_owned));
        }
    }
    forms
}

#[derive(Debug, Clone)]
enum SetOp {
    Insert(Provider),
    Remove(Provider),
    Union(Vec<Provider>),
    Intersection(Vec<Provider>),
}

fn set_op() -> impl Strategy<Value = SetOp> {
    prop_oneof![
        provider().prop_map(SetOp::Insert),
        provider().prop_map(SetOp::Remove),
        prop::collection::vec(provider(), 0..8).prop_map(SetOp::Union),
        prop::collection::vec(provider(), 0..12).prop_map(SetOp::Intersection),
    ]
}

proptest! {
    #![proptest_config(util::proptest_config(256))]

    #[test]
    fn labels_parse_in_any_case_and_padding(
        p in provider(),
        upper in prop::collection::vec(any::<bool>(), 0..60),
        pad in (0usize..3, 0usize..3),
    ) {
        prop_assert_eq!(mangled(p.label_sv(), upper, pad).parse::<Provider>().unwrap(), p);
    }

    #[test]
    fn arbitrary_text_never_panics_and_errors_name_the_text(text in ".{0,40}") {
        match text.parse::<Role>().map_err(insats::Error::into_kind) {
            Ok(role) => prop_assert!(
                typed_forms(role).iter().any(|form| folded(form) == folded(text.trim())),
                "{:?} read as {:?}",
                text,
                role
            ),
            Err(insats::ErrorKind::UnknownLabel { vocabulary, text: rejected, .. }) => {
                prop_assert_eq!(vocabulary, "Yrkesroll");
                prop_assert!(quotes(&rejected, &text), "{:?} quoted as {:?}", text, rejected);
            }
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
        // A priority is read only from the forms the scale writes (`4`,
        // `prioritet 4`, `FoU`, `Icke-göra`); anything else is refused with
        // the text quoted.
        match text.parse::<NrPriority>().map_err(insats::Error::into_kind) {
            Ok(priority) => {
                let written = text.trim().to_lowercase();
                let number = written.strip_prefix("prioritet").unwrap_or(&written).trim();
                let as_written = match priority {
                    NrPriority::Rank(rank) => number.parse::<u8>().ok() == Some(rank.get()),
                    NrPriority::ResearchOnly => written == "fou",
                    NrPriority::DontDo => ["icke-göra", "icke-gora"].contains(&written.as_str()),
                };
                prop_assert!(as_written, "{:?} read as {:?}", text, priority);
            }
            Err(insats::ErrorKind::Priority { text: rejected }) => prop_assert!(
                quotes(&rejected, &text),
                "{:?} quoted as {:?}",
                text,
                rejected
            ),
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
        // A schedule reads back what it writes; a text that is none is a
        // schedule error, never another kind of error.
        match text.parse::<Schedule>() {
            Ok(schedule) => prop_assert_eq!(schedule.to_string().parse::<Schedule>().ok(), Some(schedule)),
            Err(err) => prop_assert!(matches!(err.kind(), insats::ErrorKind::Schedule { .. }), "{err:?}"),
        }
    }

    #[test]
    fn tag_set_behaves_like_a_btree_set(ops in prop::collection::vec(set_op(), 0..40)) {
        let mut set = TagSet::<Provider>::new();
        let mut model = BTreeSet::new();
        for op in ops {
            match op {
                SetOp::Insert(p) => prop_assert_eq!(set.insert(p), model.insert(p)),
                SetOp::Remove(p) => prop_assert_eq!(set.remove(p), model.remove(&p)),
                SetOp::Union(values) => {
                    let other: TagSet<Provider> = values.iter().copied().collect();
                    let other_model: BTreeSet<_> = values.into_iter().collect();
                    prop_assert_eq!(set.is_subset(set.union(other)), true);
                    set = set.union(other);
                    model = &model | &other_model;
                }
                SetOp::Intersection(values) => {
                    let other: TagSet<Provider> = values.iter().copied().collect();
                    let other_model: BTreeSet<_> = values.into_iter().collect();
                    prop_assert_eq!(
                        set.intersection(other).is_subset(other),
                        true
                    );
                    set = set.intersection(other);
                    model = &model & &other_model;
                }
            }
            prop_assert_eq!(set.len(), model.len());
            prop_assert_eq!(set.is_empty(), model.is_empty());
            // declaration order is the enum's Ord, which is BTreeSet's order
            prop_assert_eq!(set.iter().collect::<Vec<_>>(), model.iter().copied().collect::<Vec<_>>());
            for p in Provider::ALL {
                prop_assert_eq!(set.contains(*p), model.contains(p));
            }
        }
        let json = serde_json::to_string(&set).unwrap();
        prop_assert_eq!(serde_json::from_str::<TagSet<Provider>>(&json).unwrap(), set);
    }
}

#[test]
fn age_groups_are_monotone_and_match_the_guide_boundaries() {
    let mut previous = AgeGroup::from_age(0);
    for age in 0u8..=130 {
        let group = AgeGroup::from_age(age);
        assert!(group >= previous, "from_age is monotone at {age}");
        previous = group;
        let expected = match age {
            0..=17 => AgeGroup::Children,
            18..=64 => AgeGroup::Adults,
            _ => AgeGroup::Older,
        };
        assert_eq!(group, expected, "age {age}");
        assert!(group.min_age() <= age && group.max_age().is_none_or(|max| age <= max));
    }
    assert_eq!(AgeGroup::from_age(u8::MAX), AgeGroup::Older);
}

/// The `(facet, values)` of every bullet line after the `Märkning` heading.
fn tag_lines(page: &str) -> Vec<(&str, Vec<&str>)> {
    page.lines()
        .skip_while(|line| *line != "Märkning")
        .filter_map(|line| line.strip_prefix("  • "))
        .map(|line| {
            let (facet, values) = line.split_once(": ").expect("a facet line has `: `");
            (facet, values.split(", ").collect())
        })
        .collect()
}

#[track_caller]
fn round_trips<T: Vocabulary>(value: &str) -> usize {
    let parsed: T = value.parse().unwrap_or_else(|e| panic!("{value:?}: {e}"));
    assert_eq!(parsed.label_sv(), value);
    assert_eq!(parsed.to_string(), value);
    1
}

/// Parses every tag value of `pages` with its facet's type (each must give
/// back its exact text) and counts the values per facet.
#[track_caller]
fn tag_values_per_facet<'p>(pages: &[&'p str]) -> Vec<(&'p str, usize)> {
    let mut per_facet = std::collections::BTreeMap::new();
    for page in pages {
        for (facet, values) in tag_lines(page) {
            for value in values {
                let n = match facet {
                    "Utförare" => round_trips::<Provider>(value),
                    "Yrkesroll" => round_trips::<Role>(value),
                    "Typ av behandling/stöd" => round_trips::<TreatmentType>(value),
                    "Åldersgrupp" => round_trips::<AgeGroup>(value),
                    "Tillståndets svårighetsgrad" => round_trips::<Severity>(value),
                    "Tillstånd" => round_trips::<Condition>(value),
                    other => panic!("unknown facet {other:?}"),
                };
                *per_facet.entry(facet).or_insert(0) += n;
            }
        }
    }
    per_facet.into_iter().collect()
}

/// Every tag value of the fixture pages parses with its facet's type and
/// gives back the exact text.
#[test]
fn every_fixture_tag_value_parses_and_keeps_its_label() {
    let pages = util::fixtures::ALL.map(|(_, text)| text);
    // Nätverksterapi 4 providers and 8 roles, Psykosocial behandling all 18
    // of each and no Tillstånd line, CRA 3 and 4 with neither type nor
    // Tillstånd, Nedtrappning 2 and 2 with neither, Återfallsprevention 2
    // and 3 with both, AUDIT two age groups and Tillstånd, the urine test
    // Tillstånd only.
    assert_eq!(
        tag_values_per_facet(&pages),
        [
            ("Tillstånd", 4),
            ("Tillståndets svårighetsgrad", 10),
            ("Typ av behandling/stöd", 3),
            ("Utförare", 29),
            ("Yrkesroll", 35),
            ("Åldersgrupp", 13),
        ]
    );
}

#[test]
fn values_with_a_pipe_are_one_value() {
    let pages = util::fixtures::ALL.map(|(_, text)| text);
    let values: Vec<&str> =
        pages.iter().flat_map(|p| tag_lines(p)).flat_map(|(_, values)| values).collect();
    for one in [
        "Primärvård | Första linje",
        "Undersköterska | Behandlingsassistent | Skötare",
        "Socialsekreterare | Biståndshandläggare",
    ] {
        assert!(values.contains(&one), "{one:?} is one value in the fixtures");
    }
    assert_eq!("Primärvård | Första linje".parse::<Provider>().unwrap(), Provider::PrimaryCare);
}

/// A page that lists every provider and role lists them in the
/// vocabularies' declaration order.
#[test]
fn a_page_with_every_provider_and_role_lists_them_in_declaration_order() {
    let tags = tag_lines(util::fixtures::PSYKOSOCIAL_BEHANDLING);
    let providers: Vec<Provider> = tags[0].1.iter().map(|v| v.parse().unwrap()).collect();
    assert_eq!(providers, Provider::ALL);
    let roles: Vec<Role> = tags[1].1.iter().map(|v| v.parse().unwrap()).collect();
    assert_eq!(roles, Role::ALL);
}

#[test]
fn bad_input_gives_errors_that_name_field_and_value() {
    let err = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
    assert!(matches!(err.kind(), insats::ErrorKind::UnknownLabel { vocabulary: "Utförare", .. }));
    assert_eq!(
        err.to_string(),
        r#"unknown provider "Hjärtkirurgi" (the vocabulary "Utförare"); expected one of its labels (Swedish or English) or its id"#
    );
    assert_eq!(
        "Tonåringar".parse::<AgeGroup>().unwrap_err().to_string(),
        r#"unknown age group "Tonåringar" (the vocabulary "Åldersgrupp"); expected one of its labels (Swedish or English) or its id"#
    );
}

/// Labels as people type them (issue 17): the English label, one part of
/// a piped label, an age group without its span, any dash in a span, and
/// the documented aliases.
#[test]
fn labels_people_type_are_read() {
    assert_eq!("Youth clinic".parse::<Provider>().unwrap(), Provider::YouthClinic);
    assert_eq!("primary care | first line".parse::<Provider>().unwrap(), Provider::PrimaryCare);
    assert_eq!("Primärvård".parse::<Provider>().unwrap(), Provider::PrimaryCare);
    assert_eq!("Första linje".parse::<Provider>().unwrap(), Provider::PrimaryCare);
    assert_eq!("Elevhälsa".parse::<Provider>().unwrap(), Provider::School);
    assert_eq!("Socialsekreterare".parse::<Role>().unwrap(), Role::SocialWorker);
    assert_eq!("Biståndshandläggare".parse::<Role>().unwrap(), Role::SocialWorker);
    assert_eq!("Skötare".parse::<Role>().unwrap(), Role::AssistantNurse);
    assert_eq!("Needs assessor".parse::<Role>().unwrap(), Role::SocialWorker);
    assert_eq!("Vuxna".parse::<AgeGroup>().unwrap(), AgeGroup::Adults);
    assert_eq!("Barn".parse::<AgeGroup>().unwrap(), AgeGroup::Children);
    assert_eq!("Äldre".parse::<AgeGroup>().unwrap(), AgeGroup::Older);
    assert_eq!("Older people".parse::<AgeGroup>().unwrap(), AgeGroup::Older);
    assert_eq!("Vuxna (18–64 år)".parse::<AgeGroup>().unwrap(), AgeGroup::Adults);
    assert_eq!("Barn (0—17 år)".parse::<AgeGroup>().unwrap(), AgeGroup::Children);
    assert_eq!("Kokain".parse::<Substance>().unwrap(), Substance::CentralStimulants);
    assert_eq!("amfetamin".parse::<Substance>().unwrap(), Substance::CentralStimulants);
    assert_eq!("Heroin".parse::<Substance>().unwrap(), Substance::Opioids);
    assert_eq!("Hasch".parse::<Substance>().unwrap(), Substance::Cannabis);
    assert_eq!("Severe".parse::<Severity>().unwrap(), Severity::Severe);
    assert_eq!("Housing".parse::<Need>().unwrap(), Need::Housing);
    // every form of every value reads back as that value
    for &role in Role::ALL {
        for form in typed_forms(role) {
            assert_eq!(form.parse::<Role>().unwrap(), role, "{form:?}");
        }
    }
    for &provider in Provider::ALL {
        for form in typed_forms(provider) {
            assert_eq!(form.parse::<Provider>().unwrap(), provider, "{form:?}");
        }
    }
    // serde stays strict: ids only
    assert!(serde_json::from_str::<Provider>(r#""Primärvård""#).is_err());
    assert!(serde_json::from_str::<Provider>(r#""Youth clinic""#).is_err());
    assert_eq!(
        serde_json::from_str::<Provider>(r#""youth-clinic""#).unwrap(),
        Provider::YouthClinic
    );
}

/// An unknown label lists the closest values, best first, at most three:
/// those a form of which starts with the text, then those a few edits
/// away (issue 17, acceptance 3).
#[test]
fn an_unknown_label_lists_its_closest_values() {
    let err = "Psykiatrisk".parse::<Provider>().unwrap_err();
    let insats::ErrorKind::UnknownLabel { closest, .. } = err.kind() else { panic!("{err:?}") };
    let ids: Vec<&str> = closest.iter().map(|l| l.id()).collect();
    assert_eq!(
        ids,
        ["psychiatric-outpatient-care", "psychiatric-inpatient-care", "psychiatric-emergency-care"]
    );
    assert_eq!(
        err.to_string(),
        "unknown provider \"Psykiatrisk\" (the vocabulary \"Utförare\"); did you mean \
         \"Psykiatrisk öppenvård\" (psychiatric outpatient care), \"Psykiatrisk heldygnsvård\" \
         (psychiatric inpatient care) or \"Psykiatrisk akutvård\" (psychiatric emergency care)?"
    );
    assert_eq!(
        err.describe(insats::Language::Swedish),
        "\"Psykiatrisk\" finns inte bland värdena för Utförare; menade du \"Psykiatrisk öppenvård\", \
         \"Psykiatrisk heldygnsvård\" eller \"Psykiatrisk akutvård\"?"
    );
    // a typo: one edit away
    let err = "Socialsekretare".parse::<Role>().unwrap_err();
    let insats::ErrorKind::UnknownLabel { closest, .. } = err.kind() else { panic!("{err:?}") };
    assert_eq!(closest.iter().map(|l| l.id()).collect::<Vec<_>>(), ["social-worker"]);
    // nothing close: nothing suggested
    let err = "Hjärtkirurgi".parse::<Provider>().unwrap_err();
    assert!(
        matches!(err.kind(), insats::ErrorKind::UnknownLabel { closest, .. } if closest.is_empty())
    );
}

/// An unknown text of 10 MB makes a message of a few hundred characters.
#[test]
fn an_unknown_label_of_10_mb_gives_a_short_message() {
    let huge = "Primärvård ".repeat(1_000_000);
    let err = huge.parse::<Provider>().unwrap_err();
    let message = err.to_string();
    assert!(message.chars().count() < 300, "{} characters", message.chars().count());
    assert!(message.starts_with("unknown provider \"Primärvård Primärvård"), "{message}");
    assert!(message.contains("…\""), "{message}");
}

/// The conformance tests: they read the seeds (see `util::sources`).
mod conformance {
    use super::*;

    /// The seeds, read from `../shared/seeds/` (the crate ships no copy).
    fn seeds(sources: &util::Sources) -> [&'static str; 2] {
        ["natverksterapi.txt", "psykosocial-behandling.txt"].map(|name| sources.seed(name))
    }

    /// Every tag value printed under `Märkning` in the seeds parses with its
    /// facet's type and gives back the exact text.
    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn every_seed_tag_value_parses_and_keeps_its_label() {
        let sources = util::sources();
        let seeds = seeds(sources);
        // Both seeds together: S0 has all 18 providers and roles, S2 four and eight.
        let counts = tag_values_per_facet(&seeds);
        assert_eq!(
            counts,
            [
                ("Tillstånd", 1),
                ("Tillståndets svårighetsgrad", 6),
                ("Typ av behandling/stöd", 2),
                ("Utförare", 22),
                ("Yrkesroll", 26),
                ("Åldersgrupp", 6),
            ]
        );
    }

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn values_with_a_pipe_are_one_value() {
        let sources = util::sources();
        let seeds = seeds(sources);
        let seed_values: Vec<&str> =
            seeds.iter().flat_map(|p| tag_lines(p)).flat_map(|(_, values)| values).collect();
        for one in [
            "Primärvård | Första linje",
            "Undersköterska | Behandlingsassistent | Skötare",
            "Socialsekreterare | Biståndshandläggare",
        ] {
            assert!(seed_values.contains(&one), "{one:?} is one value in the seeds");
        }
        assert_eq!("Primärvård | Första linje".parse::<Provider>().unwrap(), Provider::PrimaryCare);
        // Since issue 17 a part of a piped label that names one value reads
        // as that value: still one value, never two.
        assert_eq!("Primärvård".parse::<Provider>().unwrap(), Provider::PrimaryCare);
    }

    #[test]
    #[cfg_attr(not(insats_sources), ignore = "conformance: needs ../shared or $INSATS_SOURCES")]
    fn the_first_seed_lists_every_provider_and_role_in_declaration_order() {
        let sources = util::sources();
        let seeds = seeds(sources);
        let tags = tag_lines(seeds[1]);
        let providers: Vec<Provider> = tags[0].1.iter().map(|v| v.parse().unwrap()).collect();
        assert_eq!(providers, Provider::ALL);
        let roles: Vec<Role> = tags[1].1.iter().map(|v| v.parse().unwrap()).collect();
        assert_eq!(roles, Role::ALL);
    }
}

/// `IFO` is the standard abbreviation of individ- och familjeomsorg
/// (issue 25).
#[test]
fn ifo_reads_as_individual_and_family_care() {
    for text in ["IFO", "ifo", " Ifo "] {
        assert_eq!(
            text.parse::<Provider>().unwrap(),
            Provider::IndividualAndFamilyCare,
            "{text:?}"
        );
    }
}

/// `Socialtjänsten` could be any of the social services' providers: an
/// error that lists them, never one picked (issue 25).
#[test]
fn socialtjansten_is_ambiguous_and_lists_the_providers() {
    let err = "Socialtjänsten".parse::<Provider>().unwrap_err();
    let insats::ErrorKind::AmbiguousLabel { vocabulary, text, candidates, .. } = err.kind() else {
        panic!("expected an ambiguous label, got {err:?}");
    };
    assert_eq!((*vocabulary, text.as_str()), ("Utförare", "Socialtjänsten"));
    let ids: Vec<&str> = candidates.iter().map(|c| c.id()).collect();
    assert_eq!(ids, ["individual-and-family-care", "disability-care", "elderly-care"]);
    assert_eq!(
        err.describe(insats::Language::Swedish),
        "\"Socialtjänsten\" kan vara flera värden för Utförare: \"Individ- och familjeomsorg\", \
         \"Funktionshinderomsorg | Socialpsykiatri\" eller \"Äldreomsorg\"; skriv hela etiketten"
    );
    assert!(matches!(
        "socialtjänst".parse::<Provider>().map_err(insats::Error::into_kind),
        Err(insats::ErrorKind::AmbiguousLabel { .. })
    ));
}

/// `Beroendemottagning` names no value of the guide's: the error lists the
/// two it may be; `GHB` is narcotic-classed in Sweden and none of the kinds
/// NR rates on their own.
#[test]
fn beroendemottagning_is_ambiguous_and_ghb_is_narcotics() {
    let err = "Beroendemottagning".parse::<Provider>().unwrap_err();
    let insats::ErrorKind::AmbiguousLabel { candidates, .. } = err.kind() else {
        panic!("expected an ambiguous label, got {err:?}");
    };
    let ids: Vec<&str> = candidates.iter().map(|c| c.id()).collect();
    assert_eq!(ids, ["psychiatric-outpatient-care", "maria-clinic"]);
    assert_eq!("GHB".parse::<Substance>().unwrap(), Substance::Narcotics);
}
