//! Invariants of `insats::page` over generated and mutated pages: no
//! panic on any input, and `parse(render(x)) == x`.

use insats::page;
use insats::{AgeGroup, Condition, Provider, Role, Severity, TreatmentType, Vocabulary};
use proptest::prelude::*;

mod util;

/// Words that state no fact on their own.
const PLAIN_WORDS: &[&str] = &[
    "metoden",
    "individen",
    "behandlaren",
    "stödjer",
    "och",
    "i",
    "med",
    "gruppen",
    "målet",
    "är",
    "att",
    "stärka",
    "resurser",
    "det",
    "sociala",
    "sammanhanget",
    "insatsen",
    "ges",
    "ofta",
    "tillsammans",
    "på",
    "ett",
    "tydligt",
    "sätt",
    "personalen",
    "följer",
    "upp",
    "arbetet",
];

/// Sentences in the forms the guide states facts in.
const FACT_SENTENCES: &[&str] = &[
    "Socialstyrelsens nationella riktlinjer anger att socialtjänsten kan erbjuda insatsen vid beroende av alkohol (prioritet 4).",
    "Insatsen bör erbjudas ungdomar med cannabisproblem (prioritet 3) eller opioidberoende i läkemedelsassisterad behandling (prioritet 5).",
    "Hälso- och sjukvården bör erbjuda den vid alkohol (prioritet 2) eller centralstimulantia (prioritet 3).",
    "Den ses som ett komplement till annan behandling.",
    "Den kan ges som tillägg till annan behandling (prioritet 6).",
    "Metoden liknar KBT, med tillägget att det finns en manual.",
    "Behandlingen pågår under 12 veckor, med en session varje vecka.",
    "Individuella sessioner varvas med sessioner där nätverket deltar.",
    "MET omfattar fem samtalstillfällen.",
    "Vanligtvis mellan 16 och 20 träffar samt några boostersessioner.",
    "Programmet pågår i 6–8 veckor.",
    "I den inledande fasen byggs motivation.",
    "I den andra fasen övas färdigheter.",
    "Den tredje och sista fasen handlar om framtiden.",
    "Både CRA och MET finns i särskilda ungdomsversioner.",
    "Noggrann kartläggning av familjesituation, psykisk ohälsa och den sociala situationen behövs.",
    "Metoden är manualbaserad.",
    "Flera insatser har fått hög prioritet.",
    "Anhöriga till personer med bensodiazepinberoende får stöd.",
    "Prioriteten (prioritet 11) är inte en rang.",
];

fn plain_sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PLAIN_WORDS), 2..10).prop_map(|words| {
        let mut sentence = words.join(" ");
        if let Some(first) = sentence.get(..1) {
            sentence.replace_range(..1, &first.to_uppercase());
        }
        sentence.push('.');
        sentence
    })
}

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => plain_sentence(),
        2 => prop::sample::select(FACT_SENTENCES).prop_map(str::to_owned),
    ]
}

/// A paragraph: sentences on one line (with the odd trailing space or
/// no-break space the guide leaves), or a bullet list.
fn paragraph() -> impl Strategy<Value = String> {
    let trailing = prop::sample::select(&["", "", "", " ", "\u{a0}", "\u{a0}\u{a0}"][..]);
    prop_oneof![
        4 => (prop::collection::vec(sentence(), 1..4), trailing)
            .prop_map(|(s, t)| format!("{}{t}", s.join(" "))),
        1 => (plain_sentence(), prop::collection::vec(sentence(), 1..4)).prop_map(|(lead, items)| {
            let bullets: Vec<String> = items.iter().map(|i| format!("  • {i}")).collect();
            format!("{}:\n\n{}", lead.trim_end_matches('.'), bullets.join("\n"))
        }),
    ]
}

fn section_text() -> impl Strategy<Value = Option<String>> {
    prop::option::weighted(
        0.7,
        prop::collection::vec(paragraph(), 1..4).prop_map(|p| p.join("\n\n")),
    )
}

/// A facet line for the values of `mask`, if it picks any.
fn facet_line<T: Vocabulary>(mask: u64) -> Option<String> {
    let values: Vec<&str> =
        T::ALL.iter().filter(|v| mask & (1 << v.index()) != 0).map(|v| v.label_sv()).collect();
    (!values.is_empty()).then(|| format!("  • {}: {}", T::NAME_SV, values.join(", ")))
}

/// A page in the guide's canonical layout, from random parts.
fn generated_page() -> impl Strategy<Value = String> {
    let title = prop::sample::select(
        &[
            "Nätverksterapi",
            "Exempelinsats",
            "Community reinforcement approach (CRA)",
            "Återfallsprevention",
        ][..],
    );
    let edition = prop::sample::select(&[0u8, 1, 2][..]);
    let trailing = prop::sample::select(&["", " ", "\u{a0}"][..]);
    let lede = prop::option::of((sentence(), trailing).prop_map(|(s, t)| format!("{s}{t}")));
    let sections = prop::collection::vec(section_text(), 5);
    let masks = prop::collection::vec(any::<u64>(), 6);
    (title, edition, lede, sections, masks).prop_map(|(title, edition, lede, sections, masks)| {
        let mut blocks: Vec<String> = vec![title.to_owned()];
        match edition {
            0 => blocks.extend([
                "Gå till huvudsidan: Missbruk och beroende".to_owned(),
                "Missbruk och beroende".to_owned(),
            ]),
            1 => blocks.push("Missbruk och beroende".to_owned()),
            _ => blocks.push("Skadligt bruk/missbruk och beroende".to_owned()),
        }
        blocks.extend(["Behandling och stöd".to_owned(), title.to_owned()]);
        blocks.extend(lede);
        for (heading, text) in
            insats::Section::ALL.iter().filter(|s| s.is_prose()).map(|s| s.heading()).zip(sections)
        {
            if let Some(text) = text {
                blocks.push((*heading).to_owned());
                blocks.push(text);
            }
        }
        let mask = |i: usize| masks.get(i).copied().unwrap_or(0);
        let facets: Vec<String> = [
            facet_line::<Provider>(mask(0)),
            facet_line::<Role>(mask(1)),
            facet_line::<TreatmentType>(mask(2)),
            facet_line::<AgeGroup>(mask(3)),
            facet_line::<Severity>(mask(4)),
            facet_line::<Condition>(mask(5) & 1),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !facets.is_empty() {
            blocks.push("Märkning".to_owned());
            blocks.push(facets.join("\n"));
        }
        blocks.join("\n\n")
    })
}

/// Applies one mutation to a page: drop, duplicate or swap lines, or
/// change a byte (the text is then read as lossy UTF-8).
fn mutate(text: &str, mutations: &[(u8, usize, usize, u8)]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut bytes_to_change = Vec::new();
    for &(op, a, b, byte) in mutations {
        let n = lines.len().max(1);
        match op % 4 {
            0 if !lines.is_empty() => {
                lines.remove(a % n);
            }
            1 if !lines.is_empty() => {
                let line = lines[a % n].clone();
                lines.insert(b % (n + 1), line);
            }
            2 if !lines.is_empty() => lines.swap(a % n, b % n),
            _ => bytes_to_change.push((a, byte)),
        }
    }
    let mut bytes = lines.join("\n").into_bytes();
    for (at, byte) in bytes_to_change {
        if !bytes.is_empty() {
            let i = at % bytes.len();
            bytes[i] = byte;
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Up to seven mutations for [`mutate`].
fn mutations() -> impl Strategy<Value = Vec<(u8, usize, usize, u8)>> {
    prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<u8>()), 1..8)
}

/// An order of the first 40 lines of a page.
fn line_order() -> impl Strategy<Value = Vec<usize>> {
    Just((0..40usize).collect::<Vec<_>>()).prop_shuffle()
}

/// The lines of `text` in `order` (indices past its end are left out).
fn shuffled(text: &str, order: &[usize]) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let shuffled: Vec<&str> = order.iter().filter_map(|&i| lines.get(i).copied()).collect();
    shuffled.join("\n")
}

#[track_caller]
fn assert_stable(text: &str) {
    if let Ok(entry) = page::parse(text) {
        let rendered = page::render(&entry);
        assert_eq!(page::parse(&rendered).ok(), Some(entry), "rendered:\n{rendered}");
    }
    if let Ok((entry, _)) = page::parse_lenient(text) {
        let rendered = page::render(&entry);
        assert_eq!(page::parse_lenient(&rendered).ok().map(|(e, _)| e), Some(entry));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        assert_stable(&text);
    }

    #[test]
    fn page_like_strings_never_panic(
        text in "[A-Za-zåäöÅÄÖ0-9 •:,()–.\u{a0}\r\n-]{0,400}",
        head in prop::bool::ANY,
    ) {
        let text = if head {
            format!("T\n\nMissbruk och beroende\n\nBehandling och stöd\n\nT\n\n{text}")
        } else {
            text
        };
        assert_stable(&text);
    }

    #[test]
    fn mutated_fixtures_never_panic(
        fixture in prop::sample::select(&util::fixtures::ALL[..]),
        mutations in mutations(),
    ) {
        assert_stable(&mutate(fixture.1, &mutations));
    }

    #[test]
    fn generated_pages_round_trip(text in generated_page()) {
        let (entry, warnings) =
            page::parse_lenient(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let rendered = page::render(&entry);
        prop_assert_eq!(&rendered, &text);
        // The one thing the generated pages hold that the strict reader
        // refuses is a priority off the scale in `Kunskapsläge`.
        prop_assert!(warnings.iter().all(|w| w.value() == "(prioritet 11)"), "{:?}", warnings);
        match (page::parse(&rendered), warnings.first()) {
            (Ok(strict), None) => prop_assert_eq!(strict, entry),
            (Err(insats::Error::Page { line, .. }), Some(first)) => prop_assert_eq!(line, first.line()),
            (other, first) => prop_assert!(false, "{:?} with {:?}", other, first),
        }
    }

    #[test]
    fn shuffled_fixture_lines_never_panic(
        fixture in prop::sample::select(&util::fixtures::ALL[..]),
        order in line_order(),
    ) {
        assert_stable(&shuffled(fixture.1, &order));
    }
}

/// The conformance tests: they read the seeds (see `util::sources`). The
/// seeds are read before proptest runs, so that a skipped test generates
/// no case and writes no regression file.
mod conformance {
    use super::*;

    #[test]
    fn mutated_seeds_never_panic() {
        let Some(sources) = util::sources() else { return };
        let nt_seed = sources.seed("natverksterapi.txt");
        let pb_seed = sources.seed("psykosocial-behandling.txt");
        proptest!(ProptestConfig::with_cases(256), |(seed in prop::bool::ANY, mutations in mutations())| {
            let text = mutate(if seed { nt_seed } else { pb_seed }, &mutations);
            assert_stable(&text);
        });
    }

    #[test]
    fn shuffled_seed_lines_never_panic() {
        let Some(sources) = util::sources() else { return };
        let nt_seed = sources.seed("natverksterapi.txt");
        let pb_seed = sources.seed("psykosocial-behandling.txt");
        proptest!(ProptestConfig::with_cases(256), |(seed in prop::bool::ANY, order in line_order())| {
            let text = if seed { nt_seed } else { pb_seed };
            assert_stable(&shuffled(text, &order));
        });
    }
}
