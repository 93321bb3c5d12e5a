//! The examples' own words, in Swedish and English: headings, column
//! names and labels of what they print. (The library's words, reasons and
//! errors, are the library's; these are the examples' layout.)

use insats::Language;
use std::fmt::{Display, Write as _};

/// Declares [`Word`] from its rows, as the library declares its terms.
macro_rules! words {
    ($( $(#[$doc:meta])* $word:ident = ($sv:literal, $en:literal), )+) => {
        /// A word of the examples' output.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(dead_code)] // each example uses some of them
        pub enum Word {
            $( $(#[$doc])* $word, )+
        }

        impl Word {
            /// Every word, in table order.
            #[allow(dead_code)] // read by the tests' language lint
            pub const ALL: &'static [Word] = &[$(Word::$word),+];

            /// The word in `language` (a template keeps its `{slots}`).
            pub const fn text(self, language: Language) -> &'static str {
                match (self, language) {
                    $( (Word::$word, Language::Swedish) => $sv,
                       (Word::$word, Language::English) => $en, )+
                }
            }
        }
    };
}

impl Word {
    /// The word in `language` with each `{name}` slot filled.
    #[allow(dead_code)] // each example uses some of them
    pub fn fill(self, language: Language, values: &[(&str, &dyn Display)]) -> String {
        let mut out = String::new();
        let mut rest = self.text(language);
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let name = &after[..close];
            match values.iter().find(|(slot, _)| *slot == name) {
                Some((_, value)) => {
                    let _ = write!(out, "{value}");
                }
                None => {
                    let _ = write!(out, "{{{name}}}");
                }
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

words! {
    /// An empty catalog.
    CatalogEmpty = ("Katalogen är tom.", "The catalog is empty."),
    /// The built-in catalog's title.
    CatalogTitle = (
        "Inbyggd katalog {version} ({count} insatser)",
        "Built-in catalog {version} ({count} interventions)"
    ),
    /// A table column: the abbreviation.
    ColumnAbbreviation = ("Förkortning", "Abbreviation"),
    /// A table column: an add-on.
    ColumnAddOn = ("Tillägg", "Add-on"),
    /// A table column: the age groups.
    ColumnAgeGroups = ("Åldersgrupper", "Age groups"),
    /// A table column: the best priority per substance.
    ColumnBestPriority = ("Bästa prioritet per substans", "Best priority per substance"),
    /// A table column: the intervention.
    ColumnIntervention = ("insats (id)", "intervention (id)"),
    /// A table column: the name.
    ColumnName = ("Namn", "Name"),
    /// A table column: the priority.
    ColumnPriority = ("NR-prioritet", "NR priority"),
    /// The add-ons.
    HeadingAddOns = ("Tillägg till annan behandling", "Add-ons to other treatment"),
    /// The assessment instruments and tests.
    HeadingAssessments = (
        "Kartläggning, utredning och tester",
        "Assessment instruments and tests"
    ),
    /// Conditional matches.
    HeadingConditional = (
        "Kan bli aktuella om fler uppgifter finns",
        "Would apply if more were known"
    ),
    /// Matches whose rows are not rated for the person's age.
    HeadingNotRatedForAge = (
        "Riktlinjerna ger ingen prioritet för personens ålder",
        "No priority from the guidelines for the person's age"
    ),
    /// The package for the needs found.
    HeadingPackage = (
        "Paket för de behov som kartläggningen visat",
        "Package for the needs the assessment found"
    ),
    /// The recommended primary interventions.
    HeadingPrimary = ("Rekommenderas", "Recommended"),
    /// The pairs NR rates for a substance and a population.
    HeadingRatedFor = (
        "Vad riktlinjerna bedömer vid {substance} för {population}",
        "What the guidelines rate for {substance}, for {population}"
    ),
    /// The SIP draft.
    HeadingSip = (
        "Utkast till samordnad individuell plan (SIP): insatser per huvudman",
        "Draft of a coordinated individual plan (SIP): measures by principal"
    ),
    /// The catalog line.
    LabelCatalog = (
        "Katalog: version {version} ({count} insatser)",
        "Catalog: version {version} ({count} interventions)"
    ),
    /// The profile line's lead.
    LabelProfile = ("Profil", "Profile"),
    /// The condition a row is rated for.
    LabelRowCondition = ("raden gäller", "the row is for"),
    /// Where a match is cited from.
    LabelSource = ("källa", "source"),
    /// NR, spelled out once per output.
    LegendNr = (
        "NR = Socialstyrelsens nationella riktlinjer för vård och stöd vid missbruk och beroende.",
        "NR = Socialstyrelsen's national guidelines for care and support in substance misuse and dependence."
    ),
    /// No number for the person.
    NoNumber = ("prioritet saknas", "no priority"),
    /// A facet an entry does not tag, in a table cell.
    NotTagged = ("ej angivet", "not tagged"),
    /// When nothing is recommended.
    NothingRecommended = (
        "Ingen insats rekommenderas. Se förklaringen för varje insats (explain).",
        "Nothing is recommended. See the explanation for each intervention (explain)."
    ),
    /// A need no recommended intervention serves.
    PackageUnmet = ("ingen rekommenderad insats tillgodoser behovet", "no recommended intervention meets it"),
    /// What a shared place in a list means.
    SharedPlace = (
        "Insatser på samma plats har samma prioritet och samma rekommendationsgrad (bör eller kan); inbördes står de i bokstavsordning.",
        "Interventions at the same place have the same priority and the same strength of recommendation (should or may); among themselves they are listed by name."
    ),
    /// Why an add-on can stand after an intervention with a lower priority.
    AddOnsAfter = (
        "Tillägg till annan behandling står efter de fristående insatserna.",
        "Add-ons to other treatment are listed after the interventions offered on their own."
    ),
    /// Why the interventions without a number come last.
    UnnumberedLast = (
        "Insatser vars prioritetssiffra inte framgår av källorna står efter de numrerade insatserna av samma slag.",
        "Interventions whose priority number the sources do not state are listed after the numbered ones of their kind."
    ),
    /// What a SIP holds beyond the draft.
    SipNote = (
        "En SIP anger också vilka insatser andra gör, vilken huvudman som har det övergripande ansvaret och att personen samtycker; det fyller handläggarna i.",
        "A SIP also states the measures others take, which principal has the overall responsibility, and the person's consent: those are the caseworkers' to add."
    ),
    /// A recommended add-on in `explain`.
    VerdictAddOn = ("TILLÄGG", "ADD-ON"),
    /// A conditional match in `explain`.
    VerdictConditional = ("VILLKORAD", "CONDITIONAL"),
    /// An excluded entry in `explain`.
    VerdictExcluded = ("UTESLUTEN", "EXCLUDED"),
    /// A recommended entry in `explain`.
    VerdictRecommended = ("REKOMMENDERAS", "RECOMMENDED"),
    /// Yes, in a table cell.
    Yes = ("ja", "yes"),
    /// What `recommend` does.
    AboutRecommend = (
        "Rangordnade rekommendationer för en profil: insatser, tillägg, insatser som kan bli aktuella och paketet för de behov som kartläggningen visat.",
        "Ranked recommendations for one profile: primary interventions, add-ons, conditional matches and the package for the needs found."
    ),
    /// What `explain` does.
    AboutExplain = (
        "Varje beslut för en profil: varje insats i katalogen, rekommenderad, villkorad eller utesluten, med sina skäl.",
        "Every decision for one profile: each catalog entry, recommended, conditional or excluded, with its reasons."
    ),
    /// The help after the flags.
    HelpAfter = (
        "Profilflaggorna tar guidens svenska etiketter (oavsett skiftläge) eller id; en flagga som utelämnas begränsar ingenting. En ja/nej-flagga ensam betyder ja; den tar \"ja\", \"nej\", \"yes\", \"no\", \"true\" eller \"false\", som `--in-treatment nej` eller `--in-treatment=nej`.\n\nUtan profilflaggor används en exempelprofil: en vuxen med alkoholberoende, Individ- och familjeomsorg, Socialsekreterare | Biståndshandläggare, i annan behandling, inte anhörig, behov av Bostad och Arbete.",
        "Profile flags take the guide's Swedish labels (any case) or ids; one left out\nconstrains nothing. A yes/no flag alone means yes; it takes yes, no, \"ja\", \"nej\", true or\nfalse, as `--in-treatment no` or `--in-treatment=no`.\n\nWithout profile flags, a sample profile is used: an adult, alcohol dependence,\n\"Individ- och familjeomsorg\", \"Socialsekreterare | Biståndshandläggare\", in other\ntreatment, not a relative, needs \"Bostad\" and \"Arbete\"."
    ),
    /// The heading of the general flags.
    HelpHeadingOptions = ("Flaggor", "Options"),
    /// The heading of the profile flags.
    HelpHeadingProfile = ("Profil", "Profile"),
    /// The help flag.
    HelpHelp = ("Visa hjälpen", "Print help"),
    /// `--catalog`.
    HelpCatalog = (
        "Matcha mot den här katalogen (JSON) i stället för den inbyggda",
        "Match against this catalog (JSON) instead of the built-in one"
    ),
    /// `--sv`.
    HelpSv = (
        "Skriv ut på svenska (standard: engelska): resultat, hjälp och fel",
        "Print in Swedish (default: English): results, help and errors"
    ),
    /// `--json`.
    HelpJson = ("Skriv ut resultatet som JSON", "Print the result as JSON"),
    /// `--step`.
    HelpStep = (
        "Vilket steg som skrivs ut: treatment (behandling och stöd), assessment (instrument och tester) eller all (båda; standard)",
        "Which step to print: treatment (treatment and support), assessment (instruments and tests) or all (both; the default)"
    ),
    /// `--sip`.
    HelpSip = (
        "Skriv ut de rekommenderade insatserna per huvudman, som ett utkast till samordnad individuell plan (SIP)",
        "Print the recommended measures grouped by principal, as a draft of a coordinated individual plan (SIP)"
    ),
    /// `--age`.
    HelpAge = (
        "Ålder i hela år (0–130) eller en åldersgrupp, t.ex. 34 eller \"Vuxna (18-64 år)\"",
        "Age in whole years (0-130), or an age group, e.g. 34 or \"Vuxna (18-64 år)\""
    ),
    /// `--severity`.
    HelpSeverity = ("Svårighetsgrad, t.ex. Medelsvår", "Severity, e.g. \"Medelsvår\""),
    /// `--condition`.
    HelpCondition = (
        "Tillstånd, t.ex. \"Missbruk och beroende\"",
        "Condition, e.g. \"Missbruk och beroende\""
    ),
    /// `--substance`.
    HelpSubstance = (
        "En substans som personen använder, t.ex. Alkohol (kan upprepas)",
        "A substance used, e.g. \"Alkohol\" (repeatable)"
    ),
    /// `--provider`.
    HelpProvider = (
        "Verksamheten, t.ex. \"Individ- och familjeomsorg\"",
        "The setting, e.g. \"Individ- och familjeomsorg\""
    ),
    /// `--role`.
    HelpRole = (
        "Yrkesrollen hos den som frågar, t.ex. \"Socialsekreterare | Biståndshandläggare\"",
        "The practitioner's role, e.g. \"Socialsekreterare | Biståndshandläggare\""
    ),
    /// `--need`.
    HelpNeed = (
        "Ett behov som kartläggningen visat, t.ex. Bostad (kan upprepas)",
        "A need found in the assessment, e.g. \"Bostad\" (repeatable)"
    ),
    /// `--in-treatment`.
    HelpInTreatment = ("Får redan annan behandling", "Already in another treatment"),
    /// `--in-laro`.
    HelpInLaro = (
        "Får redan läkemedelsassisterad behandling (LARO)",
        "Already in medication-assisted treatment (LARO)"
    ),
    /// `--relative`.
    HelpRelative = ("Den som söker hjälp är anhörig", "The person asking is a relative (\"anhörig\")"),
    /// `--partner`.
    HelpPartner = ("Bor med en partner", "Lives with a partner"),
    /// `--pattern`.
    HelpPattern = (
        "Bruksmönstret: Riskbruk, \"Skadligt bruk\", Missbruk eller Beroende",
        "The pattern of use: \"Riskbruk\", \"Skadligt bruk\", \"Missbruk\" or \"Beroende\""
    ),
    /// `--situation`.
    HelpSituation = (
        "En situation som gäller, t.ex. \"Risk för överdos\" (kan upprepas)",
        "A situation that holds, e.g. \"Risk för överdos\" (repeatable)"
    ),
    /// `--no-situation`.
    HelpNoSituation = (
        "En situation som inte gäller (kan upprepas)",
        "A situation that does not hold (repeatable)"
    ),
    /// `--withdrawal`.
    HelpWithdrawal = (
        "Alkoholabstinens: \"not-present\", \"general\", \"raised-risk\" (förhöjd risk för abstinensepilepsi eller delirium tremens) eller \"delirium-tremens\", eller guidens etikett",
        "Alcohol withdrawal: \"not-present\", \"general\", \"raised-risk\" (of withdrawal seizures or delirium tremens) or \"delirium-tremens\", or the Swedish label"
    ),
    /// `--severe-mental-illness`.
    HelpSevereMentalIllness = (
        "Har en svår psykisk sjukdom",
        "Has a severe mental illness (\"svår psykisk sjukdom\")"
    ),
    /// `--icd`.
    HelpIcd = (
        "En ICD-10-diagnos i kapitlet F10–F19, t.ex. F10.2 (kan upprepas)",
        "An ICD-10 diagnosis of the substance chapter F10-F19, e.g. F10.2 (repeatable)"
    ),
    /// `--dsm5-criteria`.
    HelpDsm5 = (
        "Antal uppfyllda DSM-5-kriterier (2–11): svårighetsgraden enligt DSM-5 (lindrig 2–3, medelsvår 4–5, svår 6 eller fler), som här antas motsvara guidens",
        "The number of DSM-5 criteria met (2-11): DSM-5's severity (mild 2-3, moderate 4-5, severe 6 or more), taken as the guide's severity by assumption"
    ),
    /// `--audit`.
    HelpAudit = (
        "En AUDIT-poäng (0–40); gränsvärdet kräver --sex",
        "An AUDIT score (0-40); its cut-off needs --sex"
    ),
    /// `--dudit`.
    HelpDudit = (
        "En DUDIT-poäng (0–44); gränsvärdet kräver --sex",
        "A DUDIT score (0-44); its cut-off needs --sex"
    ),
    /// `--sex`.
    HelpSex = (
        "Könet som instrumentens gränsvärden anges för: Kvinna eller Man",
        "The sex the instruments' cut-offs are stated for: \"Kvinna\" or \"Man\""
    ),
    /// `--research`.
    HelpResearch = (
        "Ta med insatser som bara rekommenderas inom forskning och utveckling (FoU)",
        "Include interventions recommended only within research (\"FoU\")"
    ),
    /// The usage line's lead.
    LabelUsage = ("Användning", "Usage"),
    /// The usage line.
    UsageLine = ("{bin} [FLAGGOR]", "{bin} [OPTIONS]"),
    /// A value name in the help: a label.
    ValueLabel = ("ETIKETT", "LABEL"),
    /// A value name: an age.
    ValueAge = ("ÅR|GRUPP", "YEARS|GROUP"),
    /// A value name: yes or no.
    ValueYesNo = ("ja|nej", "yes|no"),
    /// A value name: a withdrawal state.
    ValueState = ("TILLSTÅND", "STATE"),
    /// A value name: an ICD-10 code.
    ValueCode = ("KOD", "CODE"),
    /// A value name: a count.
    ValueCount = ("ANTAL", "N"),
    /// A value name: a score.
    ValueScore = ("POÄNG", "SCORE"),
    /// A value name: a file.
    ValueFile = ("FIL.json", "FILE.json"),
    /// A value name: a step.
    ValueStep = ("STEG", "STEP"),
    /// An error line's lead.
    LabelError = ("fel", "error"),
    /// The values a flag accepts, listed after an error.
    LabelAcceptedValues = ("godtagna värden:", "accepted values:"),
    /// A flag's value that does not read.
    ErrorInvalidValue = (
        "ogiltigt värde {value} för {arg}: {problem}",
        "invalid value {value} for {arg}: {problem}"
    ),
    /// A flag the example does not have.
    ErrorUnknownArgument = ("okänd flagga {arg}", "unexpected argument {arg}"),
    /// A single flag given twice.
    ErrorUsedTwice = (
        "flaggan {arg} får bara anges en gång",
        "the argument {arg} cannot be used multiple times"
    ),
    /// The values of a flag with a fixed set.
    ErrorPossibleValues = ("möjliga värden: {values}", "possible values: {values}"),
    /// Any other problem with the flags.
    ErrorFlags = ("flaggorna kan inte läsas", "the flags cannot be read"),
    /// Where to read more.
    ErrorMoreInfo = ("Mer information: {bin} --sv --help", "For more information, try '--help'."),
    /// An `--age` that is a number but no age.
    ErrorNotAnAge = (
        "{text} är ingen ålder: ange hela år 0–{max} eller en åldersgrupp",
        "{text} is not an age: give whole years 0-{max} or an age group"
    ),
    /// An age above the oldest.
    ErrorAgeAboveMax = (
        "{years} år är över gränsen på {max} år",
        "{years} years is above the limit of {max} years"
    ),
    /// A count that is not a number.
    ErrorNotACount = ("{text} är inget antal", "{text} is not a count"),
    /// A yes/no flag with another value.
    ErrorYesNo = (
        "ange ja eller nej (även \"yes\"/\"no\", \"true\"/\"false\")",
        "expected yes or no (also ja/nej, true/false)"
    ),
    /// An instrument score without the sex.
    ErrorNeedsSex = (
        "--{instrument} kräver --sex (Kvinna eller Man)",
        "--{instrument} needs --sex (\"Kvinna\" or \"Man\")"
    ),
    /// A file that cannot be read.
    ErrorCannotRead = ("kan inte läsa {path}: {problem}", "cannot read {path}: {problem}"),
    /// A file that is not there.
    ErrorFileNotFound = ("filen finns inte", "no such file"),
    /// A file one may not read.
    ErrorFileDenied = ("behörighet saknas", "permission denied"),
    /// Any other failure to read a file.
    ErrorFileOther = ("filen kan inte läsas som text", "the file cannot be read as text"),
    /// What `catalog` does.
    AboutCatalog = (
        "Den inbyggda katalogen som tabell, vad riktlinjerna bedömer vid en substans för en grupp, eller katalogen som JSON.",
        "The built-in catalog as a table, what NR rates for a substance and a population, or the catalog as JSON."
    ),
    /// `catalog --json`.
    HelpCatalogJson = (
        "Skriv ut katalogen som JSON (schemat för \"Catalog\") i stället för tabellen",
        "Write the catalog in the JSON schema of `Catalog` instead of the table"
    ),
    /// `--rated-for`.
    HelpRatedFor = (
        "Visa vad riktlinjerna bedömer vid den här substansen (etikett eller id), bästa prioritet först",
        "List the pairs NR rates for this substance (label or id), best first"
    ),
    /// `--population`.
    HelpPopulation = (
        "Tillsammans med \"--rated-for\": gruppen, som id (\"anyone\", \"youth\", \"adults\", \"in-laro\", \"relatives\", \"with-cohabiting-partner\", \"in-alcohol-withdrawal\", …); standard: \"anyone\"",
        "With --rated-for: the population, as its id (anyone, youth, adults, in-laro, relatives, with-cohabiting-partner, in-alcohol-withdrawal, ...); default: anyone"
    ),
    /// `--kind`.
    HelpKind = (
        "Bara insatser av det här slaget: \"treatment\", \"medicine\", \"support\", \"assessment\" eller \"test\" (eller guidens etikett)",
        "Only the entries of this kind: treatment, medicine, support, assessment or test (or the Swedish label)"
    ),
    /// A value name: a substance.
    ValueSubstance = ("SUBSTANS", "SUBSTANCE"),
    /// A value name: an id.
    ValueId = ("ID", "ID"),
    /// A value name: a kind of entry.
    ValueKind = ("SLAG", "KIND"),
    /// A `--population` that is no population's id.
    ErrorUnknownPopulation = (
        "\"{text}\" är inget id för en grupp; ange ett av: {ids}",
        "\"{text}\" is not the id of a population; give one of: {ids}"
    ),
    /// What `parse_page` does.
    AboutParsePage = (
        "Läser en sida ur guiden och skriver ut insatsen som JSON.",
        "Reads a page of the guide and prints the typed entry as pretty JSON."
    ),
    /// `parse_page`'s page.
    HelpPage = (
        "Sidan, en textfil i guidens format (standard: sidan om Nätverksterapi, skriven från den inbyggda katalogen)",
        "The page, a text file in the guide's format (default: the \"Nätverksterapi\" page rendered from the built-in catalog)"
    ),
    /// `parse_page --sv`.
    HelpSvErrors = (
        "Skriv felet och hjälpen på svenska (standard: engelska)",
        "Write the error and the help in Swedish (default: English)"
    ),
    /// A value name: a page.
    ValuePage = ("SIDA", "PAGE"),
    /// `parse_page`'s usage line.
    UsageLinePage = ("{bin} [FLAGGOR] [SIDA]", "{bin} [OPTIONS] [PAGE]"),
    /// The heading of the positional arguments.
    HelpHeadingArguments = ("Argument", "Arguments"),
    /// `parse_page` without a page.
    NoteBuiltInPage = (
        "(ingen sida angiven: läser den här sidan, skriven från den inbyggda katalogen)",
        "(no page given: parsing this page, rendered from the built-in catalog)"
    ),
    /// The built-in catalog without its sample page's entry.
    ErrorNoBuiltInPage = (
        "den inbyggda katalogen saknar insatsen Nätverksterapi",
        "the built-in catalog has no \"Nätverksterapi\" entry"
    ),
    /// JSON that cannot be written.
    ErrorCannotWriteJson = ("JSON kan inte skrivas", "cannot write JSON"),
    /// A note's lead.
    LabelNote = ("Obs", "Note"),
    /// A text read through another wording than its value's own label.
    NoteReadAs = ("\"{text}\" lästes som {label}", "\"{text}\" was read as {label}"),
    /// Two flags that exclude each other.
    ErrorConflict = (
        "flaggan {arg} kan inte användas tillsammans med {other}",
        "the argument {arg} cannot be used with {other}"
    ),
    /// A flag that another flag needs.
    ErrorMissingArgument = (
        "flaggan {arg} behövs men saknas",
        "the required argument {arg} was not provided"
    ),
    /// An entry whose row the guidelines do not rate for the person's age, in `explain`.
    VerdictNotRatedForAge = ("INGEN PRIORITET FÖR ÅLDERN", "NO PRIORITY FOR THE AGE"),
}
