//! The pages `generated_pages_round_trip` reads: sentences in the forms
//! the guide states facts in, each with the facts it states (written out
//! here, not read by the crate), laid out as a page of random parts.

use super::*;

/// Words that state no fact on their own.
pub(super) const PLAIN_WORDS: &[&str] = &[
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

/// What a sentence in one of the guide's forms states, written out here
/// (not read by the crate): the pairs it gives in `Kunskapsläge`, what it
/// names in `Målgrupp eller situation`, and the other facts it states
/// wherever it stands.
#[derive(Clone, Copy, Default)]
pub(super) struct Fact {
    text: &'static str,
    /// The pair of each marker on the scale.
    pairs: &'static [PairFact],
    /// A marker off the scale, which the strict reader refuses.
    pub(super) off_scale: bool,
    substances: &'static [Substance],
    populations: &'static [Population],
    add_on_marker: bool,
    manual: bool,
    youth: bool,
    needs: &'static [Need],
    /// States a part of a schedule; what the schedule is, read alone.
    schedule: Option<fn() -> Option<Schedule>>,
    /// The phase it opens: its ordinal and name.
    phase: Option<(u8, &'static str)>,
}

/// `(substances, population, priority, add-on, verb)` of a pair.
type PairFact = (&'static [Substance], Population, Prio, bool, Option<Verb>);

#[derive(Clone, Copy)]
pub(super) enum Prio {
    Rank(u8),
    ResearchOnly,
}

impl Prio {
    pub(super) fn get(self) -> NrPriority {
        match self {
            Prio::Rank(n) => NrPriority::rank(n).unwrap(),
            Prio::ResearchOnly => NrPriority::ResearchOnly,
        }
    }
}

use RecommendationVerb as Verb;
use Substance::{Alcohol, Benzodiazepines, Cannabis, CentralStimulants, Opioids};

/// Sentences in the forms the guide states facts in, each with its facts.
pub(super) const FACTS: &[Fact] = &[
    Fact {
        text: "Socialstyrelsens nationella riktlinjer anger att socialtjänsten kan erbjuda insatsen vid beroende av alkohol (prioritet 4).",
        pairs: &[(&[Alcohol], Population::Anyone, Prio::Rank(4), false, Some(Verb::May))],
        substances: &[Alcohol],
        ..NONE
    },
    Fact {
        text: "Insatsen bör erbjudas ungdomar med cannabisproblem (prioritet 3) eller opioidberoende i läkemedelsassisterad behandling (prioritet 5).",
        pairs: &[
            (&[Cannabis], Population::Youth, Prio::Rank(3), false, Some(Verb::Should)),
            (
                &[Opioids],
                Population::InMedicationAssistedTreatment,
                Prio::Rank(5),
                false,
                Some(Verb::Should),
            ),
        ],
        substances: &[Cannabis, Opioids],
        populations: &[Population::Youth, Population::InMedicationAssistedTreatment],
        ..NONE
    },
    Fact {
        text: "Insatsen kan erbjudas ungdomar med alkoholproblem (prioritet 4) eller cannabisproblem (prioritet 5).",
        pairs: &[
            (&[Alcohol], Population::Youth, Prio::Rank(4), false, Some(Verb::May)),
            (&[Cannabis], Population::Youth, Prio::Rank(5), false, Some(Verb::May)),
        ],
        substances: &[Alcohol, Cannabis],
        populations: &[Population::Youth],
        ..NONE
    },
    Fact {
        text: "Hälso- och sjukvården bör erbjuda den vid alkohol (prioritet 2) eller centralstimulantia (prioritet 3).",
        pairs: &[
            (&[Alcohol], Population::Anyone, Prio::Rank(2), false, Some(Verb::Should)),
            (&[CentralStimulants], Population::Anyone, Prio::Rank(3), false, Some(Verb::Should)),
        ],
        substances: &[Alcohol, CentralStimulants],
        ..NONE
    },
    Fact {
        text: "Hälso- och sjukvården kan erbjuda den vid cannabis (Prioritet 7).",
        pairs: &[(&[Cannabis], Population::Anyone, Prio::Rank(7), false, Some(Verb::May))],
        substances: &[Cannabis],
        ..NONE
    },
    Fact {
        text: "Insatsen kan i undantagsfall erbjudas vid opioider (prioritet 10).",
        pairs: &[(&[Opioids], Population::Anyone, Prio::Rank(10), false, Some(Verb::May))],
        substances: &[Opioids],
        ..NONE
    },
    Fact {
        text: "Insatsen bör bara erbjudas inom forskning vid cannabis (prioritet FoU).",
        pairs: &[(&[Cannabis], Population::Anyone, Prio::ResearchOnly, false, Some(Verb::Should))],
        substances: &[Cannabis],
        ..NONE
    },
    Fact { text: "Den ses som ett komplement till annan behandling.", add_on_marker: true, ..NONE },
    Fact {
        text: "Den kan ges som tillägg till annan behandling vid alkohol (prioritet 6).",
        pairs: &[(&[Alcohol], Population::Anyone, Prio::Rank(6), true, Some(Verb::May))],
        substances: &[Alcohol],
        add_on_marker: true,
        ..NONE
    },
    Fact { text: "Metoden liknar KBT, med tillägget att det finns en manual.", ..NONE },
    Fact {
        text: "Behandlingen pågår under 12 veckor, med en session varje vecka.",
        schedule: Some(|| Schedule::weekly(12, 1).ok()),
        ..NONE
    },
    Fact {
        text: "Individuella sessioner varvas med sessioner där nätverket deltar.",
        schedule: Some(|| None),
        ..NONE
    },
    Fact {
        text: "MET omfattar fem samtalstillfällen.",
        schedule: Some(|| Schedule::sessions(5).ok()),
        ..NONE
    },
    Fact {
        text: "Vanligtvis mellan 16 och 20 träffar samt några boostersessioner.",
        schedule: Some(|| Schedule::session_range(16, 20).ok().map(Schedule::with_boosters)),
        ..NONE
    },
    Fact {
        text: "Programmet pågår i 6–8 veckor.",
        schedule: Some(|| Span::new(6, 8, SpanUnit::Weeks).ok().map(Schedule::span)),
        ..NONE
    },
    Fact {
        text: "I den inledande fasen byggs motivation.",
        phase: Some((1, "Inledande fasen")),
        ..NONE
    },
    Fact { text: "I den andra fasen övas färdigheter.", phase: Some((2, "Andra fasen")), ..NONE },
    Fact {
        text: "Den tredje och sista fasen handlar om framtiden.",
        phase: Some((3, "Tredje och sista fasen")),
        ..NONE
    },
    Fact { text: "Både CRA och MET finns i särskilda ungdomsversioner.", youth: true, ..NONE },
    Fact {
        text: "Noggrann kartläggning av familjesituation, psykisk ohälsa och den sociala situationen behövs.",
        needs: &[Need::FamilySituation, Need::MentalHealth, Need::SocialSituation],
        ..NONE
    },
    Fact { text: "Metoden är manualbaserad.", manual: true, ..NONE },
    Fact { text: "Flera insatser har fått hög prioritet.", ..NONE },
    Fact {
        text: "Anhöriga till personer med bensodiazepinberoende får stöd.",
        substances: &[Benzodiazepines],
        populations: &[Population::Relatives],
        ..NONE
    },
    Fact { text: "Prioriteten (prioritet 11) är inte en rang.", off_scale: true, ..NONE },
];

/// A sentence that states nothing.
pub(super) const NONE: Fact = Fact {
    text: "",
    pairs: &[],
    off_scale: false,
    substances: &[],
    populations: &[],
    add_on_marker: false,
    manual: false,
    youth: false,
    needs: &[],
    schedule: None,
    phase: None,
};

/// A sentence of a generated page: plain words, or one of [`FACTS`].
#[derive(Clone, Debug)]
pub(super) enum Sentence {
    Plain(String),
    Fact(usize),
}

impl Sentence {
    pub(super) fn text(&self) -> &str {
        match self {
            Sentence::Plain(text) => text,
            Sentence::Fact(i) => FACTS[*i].text,
        }
    }

    pub(super) fn fact(&self) -> Fact {
        match self {
            Sentence::Plain(_) => NONE,
            Sentence::Fact(i) => FACTS[*i],
        }
    }
}

/// A paragraph: sentences on one line (with the odd trailing space or
/// no-break space the guide leaves), or a lead-in line over bullets.
#[derive(Clone, Debug)]
pub(super) enum Paragraph {
    Line(Vec<Sentence>, &'static str),
    List(String, Vec<Sentence>),
}

impl Paragraph {
    pub(super) fn text(&self) -> String {
        match self {
            Paragraph::Line(sentences, trailing) => {
                let texts: Vec<&str> = sentences.iter().map(Sentence::text).collect();
                format!("{}{trailing}", texts.join(" "))
            }
            Paragraph::List(lead, items) => {
                let bullets: Vec<String> =
                    items.iter().map(|i| format!("  • {}", i.text())).collect();
                format!("{}:\n\n{}", lead.trim_end_matches('.'), bullets.join("\n"))
            }
        }
    }

    /// The page's lines of the paragraph, each with its sentences.
    pub(super) fn lines(&self) -> Vec<Vec<&Sentence>> {
        match self {
            Paragraph::Line(sentences, _) => vec![sentences.iter().collect()],
            Paragraph::List(_, items) => {
                let mut lines = vec![vec![]];
                lines.extend(items.iter().map(|i| vec![i]));
                lines
            }
        }
    }
}

/// A page in the guide's canonical layout, from random parts.
#[derive(Clone, Debug)]
pub(super) struct GeneratedPage {
    title: &'static str,
    edition: u8,
    lede: Option<(Sentence, &'static str)>,
    /// Målgrupp eller situation, Kunskapsläge, Kompetenskrav,
    /// Sammanfattning, Genomförande.
    sections: Vec<Option<Vec<Paragraph>>>,
    masks: Vec<u64>,
}

impl GeneratedPage {
    pub(super) fn text(&self) -> String {
        let mut blocks: Vec<String> = vec![self.title.to_owned()];
        match self.edition {
            0 => blocks.extend([
                "Gå till huvudsidan: Missbruk och beroende".to_owned(),
                "Missbruk och beroende".to_owned(),
            ]),
            1 => blocks.push("Missbruk och beroende".to_owned()),
            _ => blocks.push("Skadligt bruk/missbruk och beroende".to_owned()),
        }
        blocks.extend(["Behandling och stöd".to_owned(), self.title.to_owned()]);
        blocks.extend(self.lede.as_ref().map(|(s, t)| format!("{}{t}", s.text())));
        for (section, paragraphs) in Section::ALL.iter().zip(&self.sections) {
            if let Some(paragraphs) = paragraphs {
                blocks.push(section.heading().to_owned());
                let texts: Vec<String> = paragraphs.iter().map(Paragraph::text).collect();
                blocks.push(texts.join("\n\n"));
            }
        }
        let mask = |i: usize| self.masks.get(i).copied().unwrap_or(0);
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
    }

    /// The lines of a section (by its place), each with its sentences.
    pub(super) fn lines(&self, section: usize) -> Vec<Vec<&Sentence>> {
        self.sections
            .get(section)
            .and_then(Option::as_ref)
            .map(|paragraphs| paragraphs.iter().flat_map(Paragraph::lines).collect())
            .unwrap_or_default()
    }

    /// The facts of the sentences of a section, in order.
    pub(super) fn facts(&self, section: usize) -> Vec<Fact> {
        self.lines(section).into_iter().flatten().map(Sentence::fact).collect()
    }

    pub(super) fn all_facts(&self) -> Vec<Fact> {
        let lede = self.lede.iter().map(|(s, _)| s.fact());
        lede.chain((0..5).flat_map(|i| self.facts(i))).collect()
    }
}

/// The facts a generated page states, by the rules of the page module's
/// docs, from the table of [`FACTS`].
pub(super) fn expected_facts(
    page: &GeneratedPage,
    entry: &insats::Intervention,
) -> Result<(), TestCaseError> {
    const TARGET: usize = 0;
    const KNOWLEDGE: usize = 1;
    const SUMMARY: usize = 3;
    const IMPLEMENTATION: usize = 4;
    // Recommendations: each marker of Kunskapsläge, in order.
    let pairs: Vec<Recommendation> = page
        .facts(KNOWLEDGE)
        .iter()
        .flat_map(|f| f.pairs.iter())
        .map(|&(substances, population, priority, add_on, verb)| {
            let pair = Recommendation::new(
                substances.iter().copied().collect(),
                population,
                priority.get(),
            )
            .with_add_on(add_on);
            match verb {
                Some(verb) => pair.with_verb(verb),
                None => pair,
            }
        })
        .collect();
    prop_assert_eq!(entry.recommendations(), &pairs[..]);
    // Target group: the substances named; the most specific population.
    let target = page.facts(TARGET);
    let substances: TagSet<Substance> =
        target.iter().flat_map(|f| f.substances.iter().copied()).collect();
    let population = target
        .iter()
        .flat_map(|f| f.populations.iter().copied())
        .filter_map(|p| Some((p.text_precedence()?, p)))
        .min()
        .map_or(Population::Anyone, |(_, p)| p);
    prop_assert_eq!(entry.target(), insats::Target::new(substances, population));
    // Add-on: a marker in the target group, knowledge or summary, and every
    // pair an add-on.
    let marked =
        [TARGET, KNOWLEDGE, SUMMARY].iter().any(|&s| page.facts(s).iter().any(|f| f.add_on_marker));
    prop_assert_eq!(entry.is_add_on(), marked && pairs.iter().all(Recommendation::is_add_on));
    // Manual, youth versions, assessment areas: anywhere.
    let all = page.all_facts();
    prop_assert_eq!(entry.is_manual_based(), all.iter().any(|f| f.manual));
    let sections_facts: Vec<Fact> = (0..5).flat_map(|i| page.facts(i)).collect();
    let youth: &[&str] = if sections_facts.iter().any(|f| f.youth) { &["CRA", "MET"] } else { &[] };
    prop_assert_eq!(entry.youth_versions_named(), youth);
    let needs: TagSet<Need> = sections_facts.iter().flat_map(|f| f.needs.iter().copied()).collect();
    prop_assert_eq!(entry.assessment_areas(), needs);
    // Schedule: from Genomförande, else Sammanfattning; exact when one
    // sentence there states it.
    let stating = |s: usize| -> Vec<fn() -> Option<Schedule>> {
        page.facts(s).iter().filter_map(|f| f.schedule).collect()
    };
    let read =
        if stating(IMPLEMENTATION).is_empty() { stating(SUMMARY) } else { stating(IMPLEMENTATION) };
    match read.as_slice() {
        [] => prop_assert_eq!(entry.schedule(), None),
        [only] => prop_assert_eq!(entry.schedule().cloned(), only()),
        _ => {}
    }
    // Phases: the first phase sentence of each line of Genomförande, in
    // order, up to the last phase; two or more.
    let mut phases: Vec<(u8, &str)> = Vec::new();
    for line in page.lines(IMPLEMENTATION) {
        let Some((ordinal, name)) = line.iter().find_map(|s| s.fact().phase) else { continue };
        if usize::from(ordinal) == phases.len() + 1 {
            phases.push((ordinal, name));
            if ordinal == 3 {
                break;
            }
        }
    }
    if phases.len() < 2 {
        phases.clear();
    }
    let read: Vec<(u8, &str)> = entry.phases().iter().map(|p| (p.ordinal(), p.name())).collect();
    prop_assert_eq!(read, phases);
    Ok(())
}

pub(super) fn plain_sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PLAIN_WORDS), 2..10).prop_map(|words| {
        let mut sentence = words.join(" ");
        if let Some(first) = sentence.get(..1) {
            sentence.replace_range(..1, &first.to_uppercase());
        }
        sentence.push('.');
        sentence
    })
}

pub(super) fn sentence() -> impl Strategy<Value = Sentence> {
    prop_oneof![
        3 => plain_sentence().prop_map(Sentence::Plain),
        2 => (0..FACTS.len()).prop_map(Sentence::Fact),
    ]
}

pub(super) fn paragraph() -> impl Strategy<Value = Paragraph> {
    let trailing = prop::sample::select(&["", "", "", " ", "\u{a0}", "\u{a0}\u{a0}"][..]);
    prop_oneof![
        4 => (prop::collection::vec(sentence(), 1..4), trailing).prop_map(|(s, t)| Paragraph::Line(s, t)),
        1 => (plain_sentence(), prop::collection::vec(sentence(), 1..4))
            .prop_map(|(lead, items)| Paragraph::List(lead, items)),
    ]
}

pub(super) fn section_paragraphs() -> impl Strategy<Value = Option<Vec<Paragraph>>> {
    prop::option::weighted(0.7, prop::collection::vec(paragraph(), 1..4))
}

/// A facet line for the values of `mask`, if it picks any.
pub(super) fn facet_line<T: Vocabulary>(mask: u64) -> Option<String> {
    let values: Vec<&str> =
        T::ALL.iter().filter(|v| mask & (1 << v.index()) != 0).map(|v| v.label_sv()).collect();
    (!values.is_empty()).then(|| format!("  • {}: {}", T::NAME_SV, values.join(", ")))
}

pub(super) fn generated_page() -> impl Strategy<Value = GeneratedPage> {
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
    let lede = prop::option::of((sentence(), trailing));
    let sections = prop::collection::vec(section_paragraphs(), 5);
    let masks = prop::collection::vec(any::<u64>(), 6);
    (title, edition, lede, sections, masks).prop_map(|(title, edition, lede, sections, masks)| {
        GeneratedPage { title, edition, lede, sections, masks }
    })
}
