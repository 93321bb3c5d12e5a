//! Every message stays a message whatever the input: at most 300
//! characters as written, in both languages, and naming the field (its
//! JSON path) or the line. Checked on the inputs that make long ones: a
//! 10 MB unknown id in a profile's or a catalog's JSON, a 10 MB title
//! through `Catalog::from_pages`, a heading out of place on such a page,
//! and pages quoting private-use characters (each written `\u{…}`, up to
//! ten characters).

use insats::{Catalog, Error, Language, PageProblem, Profile, page};

const LONGEST: usize = 300;

/// Ten megabytes of `c`.
fn huge(c: char) -> String {
    std::iter::repeat_n(c, 10_000_000 / c.len_utf8()).collect()
}

/// Fails unless both messages of `error` are at most [`LONGEST`]
/// characters and hold every text of `names` (in Swedish, `line N` is
/// `rad N`). Returns the English.
#[track_caller]
fn assert_short(error: &Error, names: &[&str]) -> String {
    for language in [Language::English, Language::Swedish] {
        let message = error.describe(language);
        let length = message.chars().count();
        assert!(length <= LONGEST, "{length} characters in {language:?}: {message}");
        for name in names {
            let name = match language {
                Language::Swedish => name.replace("line ", "rad "),
                _ => (*name).to_owned(),
            };
            assert!(message.contains(&name), "{name:?} is not named: {message}");
        }
    }
    error.describe(Language::English)
}

/// The error of a profile's JSON, as insats wraps serde's.
#[track_caller]
fn profile_error(json: &str) -> Error {
    match serde_json::from_str::<Profile>(json) {
        Err(err) => Error::from(err),
        Ok(profile) => panic!("read {profile:?}"),
    }
}

/// A profile's own JSON (serde ids only, the first error stops) names the
/// line and column, with the value cut; a case read with `CaseInput`
/// names the field's path.
#[test]
fn a_10_mb_unknown_id_in_a_profile_names_its_line_or_field() {
    for c in ['x', '\u{10fffd}'] {
        let id = huge(c);
        for json in [
            format!(r#"{{"provider": "{id}"}}"#),
            format!(r#"{{"role": "{id}"}}"#),
            format!(r#"{{"severity": "{id}"}}"#),
            format!(r#"{{"substances": ["alcohol", "{id}"]}}"#),
            format!(r#"{{"needs": ["{id}"]}}"#),
            format!(r#"{{"age": 40, "{id}": 1}}"#),
        ] {
            let error = profile_error(&json);
            // serde_json's column counts bytes, to the quote after the value.
            let column = json.find(id.as_str()).unwrap_or_default() + id.len() + 1;
            assert_short(&error, &["line 1", &format!("{column})")]);
            let field = json.split('"').nth(1).unwrap_or_default().to_owned();
            let case = insats::CaseInput::read(&json).unwrap_err();
            let path = if field == "substances" {
                "substances[1]".to_owned()
            } else if field == "needs" {
                "needs[0]".to_owned()
            } else if field == "age" {
                String::new()
            } else {
                field
            };
            assert_short(&case, &[&path]);
        }
    }
}

#[test]
fn a_10_mb_unknown_id_in_a_catalog_names_the_entry_and_its_field() {
    let entry = insats::Intervention::builder("Exempel").build().unwrap();
    let catalog = Catalog::new("test", vec![entry]).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&catalog.to_json().unwrap()).unwrap();
    json["entries"][0]["tags"]["providers"] = serde_json::json!([huge('x')]);
    let error = Catalog::from_json(&json.to_string()).unwrap_err();
    assert_short(&error, &["providers[0]"]);
    json["entries"][0]["tags"]["providers"] = serde_json::json!([]);
    json["entries"][0]["id"] = huge('\u{e000}').into();
    let error = Catalog::from_json(&json.to_string()).unwrap_err();
    assert_short(&error, &["id"]);
    // A key of 10 MB, and a heading's wording of 10 MB.
    json["entries"][0]["id"] = "exempel".into();
    json["entries"][0][huge('x')] = 1.into();
    let error = Catalog::from_json(&json.to_string()).unwrap_err();
    assert_short(&error, &["exempel"]);
    json["entries"][0].as_object_mut().unwrap().retain(|key, _| key.len() < 100);
    json["entries"][0]["sections"]["target_group"] = "Vuxna.".into();
    json["entries"][0]["sections"]["headings"] = serde_json::json!({ "target_group": huge('å') });
    let error = Catalog::from_json(&json.to_string()).unwrap_err();
    assert_short(&error, &["exempel", "headings"]);
}

/// A page whose title is 10 MB long, with its body.
fn long_titled_page(title: &str, body: &str) -> String {
    format!("{title}\n\nMissbruk och beroende\n\nBehandling och stöd\n\n{title}\n\n{body}")
}

#[test]
fn a_10_mb_title_through_from_pages() {
    let title = huge('å');
    // An error on the page: its position, its title cut, its line.
    let page = long_titled_page(&title, "Märkning\n\n  • Okänd: x");
    let error = Catalog::from_pages([page.as_str()]).unwrap_err();
    assert!(
        matches!(error.kind(), insats::ErrorKind::InPage { index: 0, title: Some(_), .. }),
        "{error:?}"
    );
    assert_short(&error, &["#0", "line 11"]);
    // Two pages of the same title: the catalog's error names the entry,
    // its id cut.
    let page = long_titled_page(&title, "Kunskapsläge\n\nText.");
    let error = Catalog::from_pages([page.as_str(), page.as_str()]).unwrap_err();
    assert!(matches!(error.kind(), insats::ErrorKind::Catalog { .. }), "{error:?}");
    assert_short(&error, &[]);
    // A page that reads is one entry, whatever its title's length.
    let catalog = Catalog::from_pages([page.as_str()]).unwrap();
    assert_eq!(catalog.len(), 1);
}

#[test]
fn a_heading_out_of_place_on_a_long_titled_page() {
    for title in [huge('x'), format!("x{}", huge('\u{10fffd}')), "Exempel".to_owned()] {
        let page = long_titled_page(&title, "Genomförande\n\nText.\n\nKunskapsläge\n\nText.");
        let error = Catalog::from_pages([page.as_str()]).unwrap_err();
        let english = assert_short(&error, &["line 13"]);
        assert!(english.contains("Kunskapsläge"), "{english}");
        let insats::ErrorKind::InPage { error, .. } = error.kind() else { panic!("{error:?}") };
        assert!(matches!(
            error.kind(),
            insats::ErrorKind::Page { line: 13, problem: PageProblem::SectionOutOfPlace { .. } }
        ));
    }
}

/// Pages that quote what they refuse, with every quoted text made of
/// private-use characters (each written as ten characters).
#[test]
fn pages_quoting_private_use_characters() {
    let pua = "\u{10fffd}".repeat(500);
    let bmp = "\u{e000}".repeat(500);
    for text in [&pua, &bmp] {
        for (body, line) in [
            (format!("Märkning\n\n  • {text}: x"), 11),
            (format!("Märkning\n\n  • Utförare: {text}"), 11),
            (format!("Kompetenskrav\n\nText.\n\nKunskapsläge\n\n{text}"), 13),
            (format!("Kunskapsläge\n\n{text} (prioritet 12)."), 11),
            (format!("Kunskapsläge\n\nVid {text} (prioritet 2–{text})."), 11),
            (format!("Kunskapsläge\n\nRekommendationerna i korthet:\n\n  • {text}"), 13),
            (format!("Sammanfattning\n\nInsatsen i korthet:\n\n  • Förkortning: ”{text}"), 13),
            (format!("Lede {text}.\n\n{text}"), 11),
        ] {
            let page = format!(
                "Exempel\n\nMissbruk och beroende\n\nBehandling och stöd\n\nExempel\n\n{body}"
            );
            let error = page::parse(&page).unwrap_err();
            assert_short(&error, &[&format!("line {line}")]);
            let error = Catalog::from_pages([page.as_str()]).unwrap_err();
            assert_short(&error, &["#0", &format!("line {line}")]);
        }
        // A title of private-use characters: it has no letter, and the
        // page's error quotes it.
        let error = Catalog::from_pages([long_titled_page(text, "").as_str()]).unwrap_err();
        assert_short(&error, &["#0", "line 1"]);
        let page = long_titled_page(&format!("x{text}"), "Märkning\n\n  • Okänd: x");
        let error = Catalog::from_pages([page.as_str()]).unwrap_err();
        assert_short(&error, &["line 11"]);
        // And warnings of the lenient reader.
        let page = format!(
            "Exempel\n\n{text}\n\nBehandling och stöd\n\nExempel\n\nMärkning\n\n  • Utförare: {text}"
        );
        let (_, warnings) = page::parse_lenient(&page).unwrap();
        assert_eq!(warnings.len(), 2);
        for warning in warnings {
            for language in [Language::English, Language::Swedish] {
                let message = warning.describe(language);
                assert!(message.chars().count() <= LONGEST, "{message}");
            }
        }
    }
}

/// What `render_checked` names is short too: a path and a reason.
#[test]
fn what_a_page_leaves_out_is_named_in_a_line() {
    for entry in insats::catalog().iter() {
        for left_out in page::render_checked(entry).1 {
            let text = left_out.to_string();
            assert!(text.chars().count() <= LONGEST, "{text}");
            assert!(text.starts_with(&left_out.path()), "{text}");
        }
    }
}
