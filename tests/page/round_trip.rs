//! What the builder accepts renders and reads back: for an entry built
//! from arbitrary texts, `page::parse_lenient(render(x))` gives back `x`,
//! and `page::parse` does too unless the page holds what it refuses and
//! the lenient reader reads past (an area that is not a `Tillstånd`, a
//! priority off the scale). What the builder refuses, it refuses because
//! the page would not read back: the test writes those pages itself and
//! checks that. Named cases first, then a proptest over 10 000 entries.

use insats::page;
use insats::{
    AgeGroup, Breadcrumb, Catalog, Error, Facet, Intervention, Provider, Role, Section, Sections,
    Severity, TagSet, Tags, TreatmentType, Vocabulary,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::Cell;

/// What an entry's page holds, before the builder sees it.
#[derive(Clone, Debug, Default)]
struct Parts {
    name: String,
    home: Option<String>,
    area: String,
    section: String,
    lede: Option<String>,
    texts: [String; 5],
    /// Whether the target group is headed `Målgrupp och situation`.
    other_wording: bool,
    tags: Tags,
}

impl Parts {
    fn plain() -> Parts {
        Parts {
            name: "Exempel".to_owned(),
            area: "Missbruk och beroende".to_owned(),
            section: "Behandling och stöd".to_owned(),
            ..Parts::default()
        }
    }

    fn sections(&self) -> Result<Sections, Error> {
        let mut sections = Sections::default();
        for (section, text) in Section::ALL.iter().zip(&self.texts) {
            if let Some(slot) = sections.text_mut(*section) {
                slot.clone_from(text);
            }
        }
        if self.other_wording {
            sections.set_heading(Section::TargetGroup, "Målgrupp och situation")?;
        }
        Ok(sections)
    }

    fn build(&self) -> Result<Intervention, Error> {
        let mut builder = Intervention::builder(self.name.clone())
            .breadcrumb(Breadcrumb::new(self.home.clone(), &self.area, &self.section))
            .sections(self.sections()?)
            .tags(self.tags);
        if let Some(lede) = &self.lede {
            builder = builder.lede(lede.clone());
        }
        builder.build()
    }

    /// The page of these parts, written here by the format's own rules
    /// (not by `page::render`): one element per line, a blank line between
    /// elements, no line break at the end.
    fn page(&self) -> String {
        let mut blocks: Vec<String> = vec![self.name.clone()];
        if let Some(home) = &self.home {
            blocks.push(format!("Gå till huvudsidan: {home}"));
        }
        blocks.extend([self.area.clone(), self.section.clone(), self.name.clone()]);
        blocks.extend(self.lede.clone());
        let headings = [
            if self.other_wording {
                "Målgrupp och situation"
            } else {
                "Målgrupp eller situation"
            },
            "Kunskapsläge",
            "Kompetenskrav",
            "Sammanfattning",
            "Genomförande",
        ];
        for (heading, text) in headings.iter().zip(&self.texts) {
            if !text.is_empty() || (self.other_wording && *heading == "Målgrupp och situation") {
                blocks.push((*heading).to_owned());
                blocks.push(text.clone());
            }
        }
        let mut lines = Vec::new();
        for &facet in Facet::ALL {
            let values: Vec<&str> = self.tags.get(facet).iter().map(|v| v.label_sv()).collect();
            if !values.is_empty() {
                lines.push(format!("  • {}: {}", facet.label_sv(), values.join(", ")));
            }
        }
        if !lines.is_empty() {
            blocks.push("Märkning".to_owned());
            blocks.push(lines.join("\n"));
        }
        blocks.join("\n\n")
    }

    /// Whether `entry` holds exactly these parts.
    fn held_by(&self, entry: &Intervention) -> bool {
        let crumb = entry.breadcrumb();
        let sections = entry.sections();
        let wording = sections.heading(Section::TargetGroup) == "Målgrupp och situation";
        entry.name() == self.name
            && crumb.home() == self.home.as_deref()
            && crumb.area() == self.area
            && crumb.section() == self.section
            && entry.lede() == self.lede.as_deref()
            && sections.iter().map(|(_, t)| t).eq(self.texts.iter().map(String::as_str))
            && wording == self.other_wording
            && *entry.tags() == self.tags
    }
}

#[track_caller]
fn refused(parts: &Parts, field: &str) {
    match parts.build().map_err(insats::Error::into_kind) {
        Err(insats::ErrorKind::Intervention { field: found, .. }) => {
            assert_eq!(found, field, "{parts:?}")
        }
        other => panic!("expected the builder to refuse {field}, got {other:?}"),
    }
    // And it is right to: the page does not read back.
    let back = page::parse_lenient(&parts.page());
    assert!(back.as_ref().is_ok_and(|(e, _)| !parts.held_by(e)) || back.is_err(), "{parts:?}");
}

/// The texts the issue names and the like: each refused, naming its
/// field, because its page would read back otherwise.
#[test]
fn the_builder_refuses_what_would_not_read_back() {
    let with = |change: &dyn Fn(&mut Parts)| {
        let mut parts = Parts::plain();
        change(&mut parts);
        parts
    };
    refused(&with(&|p| p.lede = Some("Ett stycke.\n\nEtt till.".into())), "lede");
    refused(&with(&|p| p.lede = Some("Ett stycke\noch en rad.".into())), "lede");
    refused(&with(&|p| p.lede = Some("Kunskapsläge".into())), "lede");
    refused(&with(&|p| p.lede = Some("Markning".into())), "lede");
    refused(&with(&|p| p.lede = Some("  • Utförare: Tandvård".into())), "lede");
    refused(&with(&|p| p.lede = Some(" \u{a0}".into())), "lede");
    refused(&with(&|p| p.texts[1] = "A.\n\nMärkning\n\nB.".into()), "sections.knowledge");
    refused(&with(&|p| p.texts[1] = "A.\n\n  Kompetenskrav  ".into()), "sections.knowledge");
    refused(
        &with(&|p| p.texts[4] = "A.\n  • Utförare: Tandvård".into()),
        "sections.implementation",
    );
    refused(&with(&|p| p.texts[4] = "A.\nGenomforande".into()), "sections.implementation");
    refused(&with(&|p| p.texts[0] = "\nA.".into()), "sections.target_group");
    refused(&with(&|p| p.texts[0] = "A.\n \u{a0}".into()), "sections.target_group");
    refused(&with(&|p| p.texts[2] = "A.\r\nB.".into()), "sections.competence");
    refused(&with(&|p| p.name = " Exempel ".into()), "name");
    refused(&with(&|p| p.name = "Ex\nempel".into()), "name");
    refused(&with(&|p| p.name = "\u{feff}Exempel".into()), "name");
    refused(&with(&|p| p.name = "Märkning".into()), "name");
    refused(&with(&|p| p.name = "Behandling och stöd".into()), "name");
    refused(&with(&|p| p.name = "N\u{fffd}tverksterapi".into()), "name");
    refused(&with(&|p| p.home = Some(String::new())), "breadcrumb.home");
    refused(&with(&|p| p.home = Some(" Missbruk och beroende".into())), "breadcrumb.home");
    refused(&with(&|p| p.area = "Kunskapsläge".into()), "breadcrumb.area");
    refused(&with(&|p| p.area = "Exempel".into()), "breadcrumb.area");
    refused(&with(&|p| p.area = "• Missbruk och beroende".into()), "breadcrumb.area");
    refused(&with(&|p| p.area = "Gå till huvudsidan: Missbruk".into()), "breadcrumb.area");
    refused(&with(&|p| p.section = "Märkning".into()), "breadcrumb.section");
    refused(&with(&|p| p.section = "Behandling och st\u{fffd}d".into()), "breadcrumb.section");
    refused(&with(&|p| p.other_wording = true), "sections.headings");
    // A value is quoted cut short; for a section, the line at fault.
    let huge = with(&|p| p.name = format!("{}\n", "x".repeat(10_000_000)));
    assert!(huge.build().unwrap_err().to_string().chars().count() < 300);
    let long = with(&|p| p.texts[3] = format!("{}\n\nMärkning", "ord ".repeat(1000)));
    let err = long.build().unwrap_err().to_string();
    assert_eq!(
        err,
        "invalid intervention: field \"sections.summary\" (\"Märkning\"): is a section heading, \
         which the page reader reads as one"
    );
}

/// What reads back is accepted: prose bullets, no-break spaces, the
/// successor site's wording; and an area or a priority that only the
/// strict reader refuses, which the lenient reader reads back.
#[test]
fn the_builder_accepts_what_reads_back() {
    let mut parts = Parts::plain();
    parts.lede = Some("  En ingress med mellanrum.\u{a0}".into());
    parts.texts[0] = "Vuxna.\n\n  • Utförare: samtal med individen\n  • en punkt".into();
    parts.other_wording = true;
    parts.texts[4] = "Kunskapsläget i korthet\n\nMarkningen".into();
    let entry = parts.build().unwrap();
    assert_eq!(page::render(&entry), parts.page());
    assert_eq!(page::parse(&page::render(&entry)).unwrap(), entry);

    parts.area = "Nytt område".into();
    parts.texts[1] = "Se (prioritet 12).".into();
    let entry = parts.build().unwrap();
    let (back, warnings) = page::parse_lenient(&page::render(&entry)).unwrap();
    assert_eq!(back, entry);
    assert_eq!(warnings.len(), 2);
    assert!(page::parse(&page::render(&entry)).is_err());
}

/// The catalog's JSON loader refuses what the builder refuses, naming the
/// entry.
#[test]
fn the_json_loader_refuses_the_same() {
    let entry = Parts::plain().build().unwrap();
    let catalog = Catalog::new("test", vec![entry]).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&catalog.to_json().unwrap()).unwrap();
    json["entries"][0]["lede"] = "Kunskapsläge".into();
    let err = Catalog::from_json(&json.to_string()).unwrap_err();
    assert!(
        matches!(err.kind(), insats::ErrorKind::Catalog { entry, .. } if entry == "exempel"),
        "{err}"
    );
    assert!(err.describe(insats::Language::English).contains("lede"), "{err}");
}

/// Pieces of text: mostly words of letters that spell none of the words
/// the prose readers look for (no vowel but å, ä, ö), sometimes what pages
/// are made of (line breaks, headings and their near misses, tag lines,
/// marks), sometimes any printable text.
fn piece() -> impl Strategy<Value = String> {
    const STRUCTURE: &[&str] = &[
        "\n",
        "\n\n",
        "\r",
        "\r\n",
        " ",
        "\u{a0}",
        "\u{feff}",
        "\u{fffd}",
        "•",
        "  • ",
        ":",
        "Märkning",
        "Markning",
        "Kunskapsläge",
        "kunskapsläge",
        "Målgrupp och situation",
        "Målgrupp eller situation",
        "Genomförande",
        "  • Utförare: Tandvård",
        "  • Utförare: samtal",
        "  • Åldersgrupp: Barn (0-17 år)",
        "Gå till huvudsidan: ",
        "Behandling och stöd",
        "Missbruk och beroende",
        "(prioritet 12)",
        "Exempel",
    ];
    prop_oneof![
        8 => regex("[b-dh-kqxyzB-DH-KQXYZåäöÅÄÖ ,.;!?–-]{1,16}"),
        3 => prop::sample::select(STRUCTURE).prop_map(str::to_owned),
        1 => regex("\\PC{0,6}"),
    ]
}

/// A regular expression as a strategy, compiled once (a `&str` strategy
/// compiles its expression for every value).
fn regex(expression: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(expression).unwrap()
}

fn text(max_pieces: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..max_pieces).prop_map(|pieces| pieces.concat())
}

/// Mostly one-line texts of plain words, so that most entries are valid.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![4 => regex("[b-dh-kB-DH-Kåäö][b-dh-kåäö ]{0,14}[b-dh-kåäö.]"), 1 => text(4)]
}

fn section_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just(String::new()),
        3 => prop::collection::vec(line(), 1..4).prop_map(|l| l.join("\n\n")),
        2 => text(8),
    ]
}

fn subset<T: Vocabulary>() -> impl Strategy<Value = TagSet<T>> {
    prop::sample::subsequence(T::ALL.to_vec(), 0..=T::ALL.len().min(4))
        .prop_map(|values| values.into_iter().collect())
}

fn tags() -> impl Strategy<Value = Tags> {
    (
        subset::<Provider>(),
        subset::<Role>(),
        subset::<TreatmentType>(),
        subset::<AgeGroup>(),
        subset::<Severity>(),
    )
        .prop_map(|(p, r, t, a, s)| {
            Tags::new()
                .with_providers(p)
                .with_roles(r)
                .with_treatment_types(t)
                .with_age_groups(a)
                .with_severities(s)
        })
}

fn parts() -> impl Strategy<Value = Parts> {
    let areas = prop_oneof![
        4 => Just("Missbruk och beroende".to_owned()),
        2 => Just("Skadligt bruk/missbruk och beroende".to_owned()),
        1 => line(),
    ];
    let sections = prop_oneof![6 => Just("Behandling och stöd".to_owned()), 1 => line()];
    // A name ending in `(…)` gives the entry an abbreviation read from the
    // title: a fact of the page, not a text, so it is left out here.
    let name = line().prop_filter("no abbreviation", |n| !n.trim_end().ends_with(')'));
    (
        name,
        prop::option::weighted(0.5, line()),
        areas,
        sections,
        prop::option::weighted(0.6, line()),
        [section_text(), section_text(), section_text(), section_text(), section_text()],
        prop::bool::weighted(0.2),
        tags(),
    )
        .prop_map(|(name, home, area, section, lede, texts, other_wording, tags)| Parts {
            name,
            home,
            area,
            section,
            lede,
            texts,
            other_wording,
            tags,
        })
}

/// `parse(render(x)) == x` for every entry the builder accepts, over 10 000
/// of them (as leniently read back; strictly too, unless the page holds
/// what only the strict reader refuses, which it then refuses on the
/// line of the lenient reader's first warning). Each entry the builder
/// refuses is refused rightly: its page, written here, does not read back.
#[test]
fn valid_entries_read_back() {
    let accepted = Cell::new(0usize);
    let refused = Cell::new(0usize);
    let warned = Cell::new(0usize);
    let mut config = Config::with_cases(10_000);
    config.max_global_rejects = 100_000;
    // Generating the texts is most of the run; the XorShift generator is
    // far cheaper than the default ChaCha in a debug build.
    config.rng_algorithm = proptest::test_runner::RngAlgorithm::XorShift;
    let mut runner = TestRunner::new(config);
    let result = runner.run(&parts(), |parts| {
        let entry = match parts.build() {
            Ok(entry) => entry,
            Err(err) => {
                refused.set(refused.get() + 1);
                let back = page::parse_lenient(&parts.page());
                prop_assert!(
                    back.as_ref().map_or(true, |(e, _)| !parts.held_by(e)),
                    "refused ({err}) but reads back: {parts:?}"
                );
                return Err(TestCaseError::reject("refused by the builder"));
            }
        };
        if parts.section.is_empty() {
            // An entry no page of the guide carries names no section: a
            // valid catalog entry, but not a page.
            return Err(TestCaseError::reject("no section line: not a page"));
        }
        accepted.set(accepted.get() + 1);
        let text = page::render(&entry);
        prop_assert_eq!(&text, &parts.page());
        let (back, warnings) =
            page::parse_lenient(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&back, &entry);
        match (page::parse(&text).map_err(insats::Error::into_kind), warnings.first()) {
            (Ok(strict), None) => prop_assert_eq!(strict, entry),
            (Err(insats::ErrorKind::Page { line, .. }), Some(first)) => {
                warned.set(warned.get() + 1);
                prop_assert_eq!(line, first.line());
            }
            (strict, first) => {
                return Err(TestCaseError::fail(format!(
                    "{strict:?} with warning {first:?}\n{text}"
                )));
            }
        }
        Ok(())
    });
    if let Err(err) = result {
        panic!("{err}");
    }
    let (accepted, refused, warned) = (accepted.get(), refused.get(), warned.get());
    assert!(accepted >= 10_000, "{accepted} accepted");
    // Both sides are met often enough to mean something.
    assert!(refused >= 2_000 && warned >= 200, "{refused} refused, {warned} with warnings");
    eprintln!("{accepted} accepted, {refused} refused, {warned} strictly refused");
}
