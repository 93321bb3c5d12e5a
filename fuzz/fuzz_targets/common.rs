//! What the fuzz targets share: the fixed profiles they match with, and
//! the checks of the documented invariants.
// Each target is its own crate and uses part of this module.
#![allow(dead_code)]

use insats::{Catalog, Error, Language, Matcher, Profile, Provider, Role, Substance, Withdrawal};

/// The longest message an error or a warning may have, in either
/// language, counted as written (escaped): texts it copies are cut to 60
/// written characters, paths are short, so only the fixed words add up.
pub const LONGEST_MESSAGE: usize = 300;

/// Every error message is bounded, in both languages; `Display` is the
/// English of one layer of the `source()` chain, each layer's words once,
/// and the layers in order are what `describe` writes; a page's error
/// names its line.
pub fn check_error(error: &Error) {
    for language in [Language::English, Language::Swedish] {
        let message = error.describe(language);
        let length = message.chars().count();
        assert!(length <= LONGEST_MESSAGE, "{length} characters: {message}");
    }
    let whole = error.describe(Language::English);
    let mut rest = whole.as_str();
    let mut layer: Option<&dyn std::error::Error> = Some(error);
    while let Some(this) = layer {
        let words = this.to_string();
        let at = rest.find(&words).unwrap_or_else(|| panic!("{words:?} not in {whole:?}"));
        rest = &rest[at + words.len()..];
        layer = this.source();
    }
    match error.kind() {
        insats::ErrorKind::Page { line, problem } => {
            assert!(*line >= 1, "{error:?}");
            assert!(insats::PageProblem::KINDS.contains(&problem.kind()));
            let place = format!("line {line}: ");
            assert!(error.to_string().starts_with(&place), "{error}");
        }
        insats::ErrorKind::InPage { error: inner, .. } => {
            assert!(matches!(inner.kind(), insats::ErrorKind::Page { .. }), "{inner:?}");
            check_error(inner);
        }
        _ => {}
    }
}

/// Every warning of the lenient page reader is bounded in both languages,
/// names its line and is of a kind a warning can be.
pub fn check_warning(warning: &insats::Warning) {
    assert!(warning.line() >= 1);
    assert!(insats::Warning::KINDS.contains(&warning.problem().kind()), "{warning:?}");
    for (language, place) in [(Language::English, "line"), (Language::Swedish, "rad")] {
        let message = warning.describe(language);
        let length = message.chars().count();
        assert!(length <= LONGEST_MESSAGE, "{length} characters: {message}");
        assert!(message.starts_with(&format!("{place} {}: ", warning.line())), "{message}");
    }
    assert!(warning.value().chars().count() <= 61, "{warning:?}");
}

/// A few profiles that together reach every kind of rule: a child, an adult
/// with situations stated, one with nothing stated, one in LARO.
pub fn profiles() -> Vec<Profile> {
    vec![
        Profile::default(),
        Profile::builder()
            .age(15)
            .substance(Substance::Cannabis)
            .provider(Provider::YouthClinic)
            .build()
            .expect("a profile that states no contradiction"),
        Profile::builder()
            .age(40)
            .substance(Substance::Alcohol)
            .provider(Provider::IndividualAndFamilyCare)
            .role(Role::SocialWorker)
            .in_other_treatment(false)
            .relative(false)
            .withdrawal(Withdrawal::RaisedRisk)
            .include_research(true)
            .build()
            .expect("a profile that states no contradiction"),
        Profile::builder()
            .age(30)
            .substance(Substance::Opioids)
            .in_laro(true)
            .build()
            .expect("a profile that states no contradiction"),
    ]
}

/// `recommend`'s matches (its assessments too) are exactly `explain`'s
/// included decisions, and
/// its conditional matches exactly the conditional decisions; the same
/// into a reused buffer.
pub fn check_matching(catalog: &Catalog, matcher: &Matcher<'_>, profile: &Profile) {
    let recs = matcher.recommend(profile);
    let decisions = matcher.explain(profile);
    assert_eq!(decisions.len(), catalog.len());
    let included: Vec<&str> =
        decisions.iter().filter(|d| d.is_included()).map(|d| d.intervention().id()).collect();
    // Treatment and support, then the assessments, which recommend keeps
    // apart: together, what explain includes.
    let mut recommended: Vec<&str> =
        recs.iter().chain(recs.assessments()).map(|m| m.intervention().id()).collect();
    let mut in_catalog_order = included.clone();
    in_catalog_order.sort_unstable();
    recommended.sort_unstable();
    assert_eq!(recommended, in_catalog_order, "recommend and explain disagree");
    let conditional: Vec<&str> =
        decisions.iter().filter(|d| d.is_conditional()).map(|d| d.intervention().id()).collect();
    let mut conditional_recs: Vec<&str> =
        recs.conditional().iter().map(|m| m.intervention().id()).collect();
    let mut conditional_sorted = conditional.clone();
    conditional_sorted.sort_unstable();
    conditional_recs.sort_unstable();
    assert_eq!(conditional_recs, conditional_sorted, "conditional matches disagree");
    for d in &decisions {
        assert!(!(d.is_included() && d.is_conditional()));
        if let Some(m) = recs.get(d.intervention().id()) {
            assert_eq!(m.priority(), d.priority());
            assert_eq!(m.is_add_on(), d.is_add_on());
        }
    }
    let mut reused = insats::Recommendations::new();
    matcher.recommend_into(profile, &mut reused);
    assert_eq!(reused, recs);
}

/// The catalog writes JSON that reads back equal and writes the same
/// again, and every schedule's text reads back as the schedule.
pub fn check_catalog(catalog: &Catalog) {
    let json = catalog.to_json().expect("a valid catalog writes JSON");
    let back = Catalog::from_json(&json).expect("a catalog's JSON reads back");
    assert_eq!(&back, catalog);
    assert_eq!(back.to_json().expect("writes again"), json);
    for entry in catalog {
        if let Some(schedule) = entry.schedule() {
            let text = schedule.to_string();
            assert_eq!(text.parse::<insats::Schedule>().ok().as_ref(), Some(schedule), "{text}");
        }
    }
    let matcher = Matcher::new(catalog);
    for profile in profiles() {
        check_matching(catalog, &matcher, &profile);
    }
}
