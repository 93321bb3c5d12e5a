//! The table of terms: one row per concept, Swedish and English side by
//! side. (Data: the one place each interface word is written.)

/// Declares [`Term`] from its rows.
macro_rules! terms {
    ($(
        $(#[$doc:meta])*
        $term:ident = ($sv:literal, $en:literal),
    )+) => {
        /// A word, phrase or sentence template of the interface; see the
        /// [module docs](crate::terms) for the rules it follows.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Term {
            $(
                $(#[$doc])*
                #[doc = ""]
                #[doc = concat!("Swedish: `", $sv, "`; English: `", $en, "`.")]
                $term,
            )+
        }

        impl Term {
            /// Every term, in table order.
            pub const ALL: &'static [Term] = &[$(Term::$term),+];

            /// The Swedish text.
            pub const fn sv(self) -> &'static str {
                match self { $(Term::$term => $sv,)+ }
            }

            /// The English text.
            pub const fn en(self) -> &'static str {
                match self { $(Term::$term => $en,)+ }
            }
        }
    };
}

terms! {
    // ------------------------------------------------------------ joining
    /// Joins the last two items of a list read as alternatives.
    Or = (" eller ", " or "),

    // ----------------------------------------------- the guidelines' scale
    /// Ranks 1–3 (and the wording `bör`).
    BandShouldOffer = ("bör erbjudas", "should be offered"),
    /// Ranks 4–7 (and the wording `kan`).
    BandMayOffer = ("kan erbjudas", "may be offered"),
    /// Ranks 8–10.
    BandExceptionalOnly = ("kan i undantagsfall erbjudas", "may be offered in exceptional cases"),
    /// FoU.
    BandResearchOnly = ("endast inom forskning och utveckling", "only within research and development"),
    /// Icke-göra.
    BandDontOffer = ("bör inte erbjudas", "should not be offered"),
    /// A rank of the scale.
    PriorityRank = ("prioritet {rank}", "priority {rank}"),
    /// FoU, as the guide writes it.
    PriorityResearchOnly = ("FoU", "\"FoU\" (research and development only)"),
    /// Icke-göra, as the guide writes it.
    PriorityDontDo = ("Icke-göra", "\"Icke-göra\" (should not be done)"),

    // -------------------------------------------------------- populations
    /// Anyone with the condition.
    PopulationAnyone = (
        "personer med tillståndet, utan angiven ålder eller situation",
        "people with the condition, no age or situation named"
    ),
    /// NR's youth set.
    PopulationYouth = ("ungdomar under 18 år", "young people under 18"),
    /// Adults.
    PopulationAdults = ("vuxna från 18 år", "adults from 18"),
    /// People in LARO.
    PopulationInLaro = (
        "personer i läkemedelsassisterad behandling vid opioidberoende (LARO)",
        "people in medication-assisted treatment for opioid dependence (LARO)"
    ),
    /// Relatives.
    PopulationRelatives = (
        "anhöriga till en person med missbruk eller beroende",
        "relatives of a person with substance misuse or dependence"
    ),
    /// People with a need found in the assessment.
    PopulationWithNeed = (
        "personer där kartläggningen visat behov: {need}",
        "people whose assessment found a need: {need}"
    ),
    /// People living with a partner.
    PopulationWithPartner = ("personer som bor med en partner", "people who live with a partner"),
    /// People in alcohol withdrawal.
    PopulationInWithdrawal = ("personer i alkoholabstinens", "people in alcohol withdrawal"),
    /// People in alcohol withdrawal at raised risk.
    PopulationInWithdrawalRaisedRisk = (
        "personer i alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens",
        "people in alcohol withdrawal with a raised risk of withdrawal seizures or delirium tremens"
    ),
    /// People with a severe mental illness.
    PopulationWithSevereMentalIllness = (
        "personer som också har en svår psykisk sjukdom",
        "people who also have a severe mental illness"
    ),

    // ---------------------------------- what puts a person in a population
    /// Anyone with the condition.
    HoldsAnyone = ("personen har tillståndet", "the person has the condition"),
    /// Under 18.
    HoldsYouth = ("personen är under 18 år", "the person is under 18"),
    /// 18 or older.
    HoldsAdults = ("personen är 18 år eller äldre", "the person is 18 or older"),
    /// In LARO.
    HoldsInLaro = (
        "personen är i läkemedelsassisterad behandling (LARO)",
        "the person is in medication-assisted treatment (LARO)"
    ),
    /// A relative.
    HoldsRelative = ("den som söker hjälp är anhörig", "the person asking for help is a relative"),
    /// A need found.
    HoldsNeed = ("kartläggningen visar behov: {need}", "the assessment finds a need: {need}"),
    /// Living with a partner.
    HoldsPartner = ("personen bor med en partner", "the person lives with a partner"),
    /// In alcohol withdrawal.
    HoldsInWithdrawal = ("personen är i alkoholabstinens", "the person is in alcohol withdrawal"),
    /// In alcohol withdrawal at raised risk.
    HoldsInWithdrawalRaisedRisk = (
        "personen är i alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens",
        "the person is in alcohol withdrawal with a raised risk of withdrawal seizures or delirium tremens"
    ),
    /// A severe mental illness.
    HoldsSevereMentalIllness = (
        "personen har också en svår psykisk sjukdom",
        "the person also has a severe mental illness"
    ),

    // ------------------------------ facts that put a person outside one
    /// The person asking is a relative.
    FactIsRelative = ("den som söker hjälp är anhörig", "the person asking for help is a relative"),
    /// The person asking is not a relative.
    FactIsNotRelative = (
        "den som söker hjälp är inte anhörig",
        "the person asking for help is not a relative"
    ),
    /// Under 18.
    FactUnderEighteen = ("personen är under 18 år", "the person is under 18"),
    /// 18 or older.
    FactEighteenOrOlder = ("personen är 18 år eller äldre", "the person is 18 or older"),
    /// Not in LARO.
    FactNotInLaro = ("personen är inte i LARO", "the person is not in LARO"),
    /// In no other treatment.
    FactInNoOtherTreatment = (
        "personen får ingen annan behandling, och alltså inte LARO",
        "the person is in no other treatment, so not in LARO"
    ),
    /// No such need found.
    FactNeedNotFound = ("kartläggningen visar inget behov: {need}", "the assessment found no need: {need}"),
    /// No partner.
    FactNoPartner = ("personen bor inte med en partner", "the person does not live with a partner"),
    /// Not in withdrawal.
    FactNoWithdrawal = ("personen är inte i alkoholabstinens", "the person is not in alcohol withdrawal"),
    /// In withdrawal, no raised risk.
    FactWithdrawalWithoutRaisedRisk = (
        "personen har ingen förhöjd risk för abstinensepilepsi eller delirium tremens",
        "the person has no raised risk of withdrawal seizures or delirium tremens"
    ),
    /// No severe mental illness.
    FactNoSevereMentalIllness = (
        "personen har ingen svår psykisk sjukdom",
        "the person has no severe mental illness"
    ),

    // ------------------------------------------------------------ reasons
    /// A facet value the entry's tags do not hold.
    ReasonFacet = (
        "{the} {value} finns inte bland insatsens {plural} ({allowed})",
        "{the} {value} is not among the intervention's {plural} ({allowed})"
    ),
    /// No pair covers the substances.
    ReasonSubstance = (
        "ingen av insatsens rekommendationer gäller {profile} (de gäller {rated})",
        "none of the intervention's recommendations covers {profile} (they cover {rated})"
    ),
    /// A fact puts the person outside the population.
    ReasonPopulation = (
        "{fact}, men rekommendationen gäller {population}",
        "{fact}, but the recommendation is for {population}"
    ),
    /// A fact puts the person outside the age scope.
    ReasonAgeScope = (
        "{fact}, men riktlinjerna bedömer rekommendationen för {scope}",
        "{fact}, but the guidelines rate the recommendation for {scope}"
    ),
    /// A conditional match.
    ReasonSituationNotStated = (
        "skulle gälla om {holds}, vilket profilen inte anger",
        "would apply if {holds}, which the profile does not state"
    ),
    /// An add-on with nothing to add to.
    ReasonRequiresOtherTreatment = (
        "erbjuds bara som tillägg till annan behandling, och personen får ingen annan behandling och ingen annan insats rekommenderas",
        "offered only as an add-on to other treatment, and the person is in no other treatment and no other intervention is recommended"
    ),
    /// Icke-göra.
    ReasonAdvisedAgainst = (
        "de nationella riktlinjerna avråder från insatsen ({label})",
        "the national guidelines advise against it ({label})"
    ),
    /// FoU, not asked for.
    ReasonResearchOnly = (
        "erbjuds bara inom forskning och utveckling ({label}), vilket profilen inte ber om",
        "offered only within research and development ({label}), which the profile does not ask for"
    ),
    /// Replaced by the youth version.
    ReasonReplacedByYouthVersion = (
        "för personer under 18 år ersätts insatsen av ungdomsversionen {name}, som bedöms för sig",
        "for people under 18 it is replaced by its youth version {name}, which is decided on its own"
    ),
    /// A facet the entry does not tag.
    ReasonNotTagged = (
        "insatsen är inte märkt med {facet} och utesluter därför ingen",
        "the intervention has no {facet} tag, so it excludes nobody"
    ),
    /// A pair that names no substance.
    ReasonSubstanceNotNamed = (
        "rekommendationen nämner ingen substans och utesluter därför ingen",
        "the recommendation names no substance, so it excludes none"
    ),
    /// The priority that applies; `ReasonPriorityFor` follows.
    ReasonPriority = ("NR {priority} ({band})", "NR {priority} ({band})"),
    /// For whom the priority is.
    ReasonPriorityFor = (" vid {who}", " for {who}"),
    /// Another source's number.
    ReasonDispute = ("; en annan källa anger {priority}", "; another source gives {priority}"),
    /// The condition, when a pair names no substance.
    SubstanceUseOrDependence = (
        "missbruk eller beroende",
        "substance misuse or dependence"
    ),
    /// The guidelines' own wording of a condition, quoted.
    GuidelinesWording = ("", " (NR: \"{text}\")"),
    /// No number in the project's sources.
    ReasonNoNumberInSources = (
        "projektets källor anger ingen siffra för insatsen",
        "the project's sources give no number for the intervention"
    ),
    /// The wording where no number is known.
    ReasonGuidelinesVerb = ("; riktlinjerna anger att den {verb}", "; the guidelines say it {verb}"),
    /// A general row, for a child.
    ReasonNoNumberForChildren = (
        "riktlinjerna bedömer rekommendationen för personer med tillståndet utan att ange ålder och har egna rekommendationer för ungdomar under 18 år, så personen får ingen siffra härifrån",
        "the guidelines rate this recommendation for people with the condition without naming an age and have recommendations of their own for young people under 18, so the person gets no number from it"
    ),
    /// Below the usual age.
    ReasonBelowUsualAge = (
        "föreskrifterna kräver normalt att personen har fyllt {age} år, om det inte finns särskilda skäl",
        "the regulations normally require the person to be {age} or older, unless there are special reasons"
    ),
    /// An add-on.
    ReasonAddOn = ("erbjuds som tillägg till annan behandling", "offered as an add-on to other treatment"),

    // ------------------------------------------ headings of the examples
    /// The recommended primary interventions.
    HeadingPrimary = ("Rekommenderas", "Recommended"),
    /// The add-ons.
    HeadingAddOns = ("Tillägg till annan behandling", "Add-ons to other treatment"),
    /// The conditional matches.
    HeadingConditional = (
        "Skulle gälla om profilen angav mer",
        "Would apply if the profile stated more"
    ),

    // ------------------------------------------------------ profile words
    /// An age in years.
    ProfileAge = ("{age} år", "{age} years"),

    // ------------------------------------------------ data errors
    // The words of `Error` (but for a page's problems): `{text}` and the
    // like are filled with the rejected text, quoted and cut.
    /// A text that is no value of a vocabulary.
    ErrorUnknownLabel = (
        "{text} finns inte bland värdena för {name_sv}",
        "unknown {name} {text} (the vocabulary \"{name_sv}\")"
    ),
    /// Follows `ErrorUnknownLabel` when no value is close.
    ErrorExpectedLabel = (
        "; ange guidens etikett, den engelska etiketten eller id:t",
        "; expected a label of the guide, its English label or its id"
    ),
    /// Follows an error that lists the closest values or names.
    ErrorDidYouMean = ("; menade du {values}?", "; did you mean {values}?"),
    /// A text that names several values of a vocabulary.
    ErrorAmbiguousLabel = (
        "{text} kan vara flera värden för {name_sv}: {values}; skriv hela etiketten",
        "ambiguous {name} {text} (the vocabulary \"{name_sv}\"): it could be {values}; write the whole label"
    ),
    /// A priority off the scale.
    ErrorPriority = (
        "NR-prioriteten {text} finns inte på skalan: ange prioritet 1–10, FoU eller Icke-göra",
        "NR priority {text} is not on the scale: expected a rank 1–10, \"FoU\" (research and development only) or \"Icke-göra\" (should not be done)"
    ),
    /// A schedule that is refused.
    ErrorSchedule = ("ogiltigt upplägg: {field} {value}: {problem}", "invalid schedule: {field} {value}: {problem}"),
    /// An intervention that is refused.
    ErrorIntervention = ("ogiltig insats: {field} är {value}: {problem}", "invalid intervention: {field} is {value}: {problem}"),
    /// A page of several that fails, before it has a title.
    ErrorInPage = ("sida #{index}: {error}", "page #{index}: {error}"),
    /// A page of several that fails, with its title.
    ErrorInPageTitled = ("sida #{index} ({title}): {error}", "page #{index} ({title}): {error}"),
    /// A problem of a catalog file as a whole.
    ErrorCatalogWhole = ("katalogen: {problem}", "catalog: {problem}"),
    /// A problem of a catalog entry.
    ErrorCatalogEntry = ("katalogposten {entry}: {problem}", "catalog entry {entry}: {problem}"),
    /// JSON that cannot be read or written, with no position.
    ErrorJson = ("JSON kan inte läsas eller skrivas: {message}", "the JSON cannot be read or written: {message}"),
    /// JSON text that cannot be read, at a position.
    ErrorJsonAt = (
        "JSON-texten kan inte läsas: {message} (rad {line}, kolumn {column})",
        "the JSON text cannot be read: {message} (line {line}, column {column})"
    ),
    /// A text that is no diagnosis of the guide's area.
    ErrorDiagnosis = ("ICD-10-koden {text}: {problem}", "ICD-10 code {text}: {problem}"),
    /// A number of DSM-5 criteria that gives no severity.
    ErrorDsm5Criteria = ("uppfyllda DSM-5-kriterier: {count}; {problem}", "DSM-5 criteria met: {count}; {problem}"),

    /// A JSON list.
    JsonList = ("en lista", "a list"),
    /// A JSON object.
    JsonObject = ("ett objekt", "an object"),
    /// A whole number in a range.
    JsonInteger = ("ett heltal från {min} till {max}", "a whole number from {min} to {max}"),
    /// `true` or `false`.
    JsonBool = ("true eller false", "true or false"),
    /// Any number.
    JsonNumber = ("ett tal", "a number"),
    /// A JSON string.
    JsonText = ("en sträng", "a string"),
    /// An id, or an object of one key.
    JsonId = (
        "ett id (en sträng), eller ett objekt med en enda nyckel",
        "an id (a string), or an object of one key"
    ),

    /// A field of an entry's JSON, and what is wrong with it.
    CatalogField = ("fältet {path} {problem}", "field {path} {problem}"),
    /// An entry (or a file) that is not what it should be.
    CatalogValue = ("värdet {problem}", "the value {problem}"),
    /// A required field is missing.
    FieldMissing = ("saknas", "is missing"),
    /// A field the schema does not have.
    FieldUnknown = ("finns inte i schemat", "is not a field of the schema"),
    /// A key given twice.
    FieldRepeated = ("står två gånger", "is given twice"),
    /// A value of the wrong kind or out of range.
    FieldUnexpected = ("är {found}, men ska vara {expected}", "is {found}, but should be {expected}"),
    /// An id that the field does not take.
    FieldUnknownId = (
        "är {found}, som inte är något av de id som fältet tar",
        "is {found}, which is none of the ids it takes"
    ),
    /// A value that a checking constructor refuses.
    FieldInvalid = ("är ogiltigt: {error}", "is invalid: {error}"),
    /// Any other failure, in serde's words.
    FieldOther = ("kan inte läsas: {text}", "cannot be read: {text}"),

    /// A component link.
    LinkComponent = ("komponenten", "component"),
    /// A youth-version link.
    LinkYouthVersion = ("ungdomsversionen", "youth version"),
    /// An adult-version link.
    LinkAdultVersion = ("vuxenversionen", "adult version"),
    /// Two entries with one id.
    CatalogDuplicateId = (
        "id:t finns två gånger (posterna #{first} och #{second})",
        "duplicate id (entries #{first} and #{second})"
    ),
    /// A link to the entry itself.
    CatalogLinksItself = ("{link} {id} är posten själv", "{link} {id} is the entry itself"),
    /// A link to no entry.
    CatalogDanglingLink = ("{link} {id} finns inte i katalogen", "{link} {id} is not in the catalog"),
    /// A component listed twice.
    CatalogComponentTwice = ("komponenten {id} står två gånger", "component {id} is listed twice"),
    /// A youth version that does not link back.
    CatalogYouthVersionNotReturned = (
        "ungdomsversionen {youth} anger inte {adult} som sin vuxenversion",
        "youth version {youth} does not name {adult} as its adult version"
    ),
    /// Two entries that are each other's youth version.
    CatalogMutualYouthVersions = (
        "den och {other} är varandras ungdomsversioner",
        "it and {other} are each other's youth version"
    ),
    /// Two entries that are each other's adult version.
    CatalogMutualAdultVersions = (
        "den och {other} är varandras vuxenversioner",
        "it and {other} are each other's adult version"
    ),
    /// A youth version with a youth version of its own.
    CatalogChainedVersions = (
        "den är ungdomsversion av {adult} och har själv ungdomsversionen {youth}; en ungdomsversion har ingen egen ungdomsversion",
        "it is the youth version of {adult} and has the youth version {youth} of its own; a youth version has no youth version"
    ),
    /// An adult version that is a youth version itself.
    CatalogAdultVersionIsYouthVersion = (
        "dess vuxenversion {adult} är själv ungdomsversion av {of}",
        "its adult version {adult} is itself the youth version of {of}"
    ),
    /// A schema version this crate does not read.
    CatalogUnsupportedSchema = (
        "schema {found} stöds inte; den här versionen läser schema {expected}",
        "schema {found} is not supported; expected {expected}"
    ),
    /// A built-in entry in the wrong file.
    CatalogStoredInWrongFile = ("lagrad i filen {file}", "stored in {file}"),

    /// The weeks of a span.
    ScheduleWeeks = ("veckor", "weeks"),
    /// The months of a span.
    ScheduleMonths = ("månader", "months"),
    /// A number of sessions.
    ScheduleSessions = ("sessioner", "sessions"),
    /// Sessions a week.
    ScheduleSessionsPerWeek = ("sessioner per vecka", "sessions per week"),
    /// A schedule as a whole.
    ScheduleWhole = ("upplägget", "schedule"),
    /// A number that is 0.
    ProblemAtLeastOne = ("måste vara minst 1", "must be at least 1"),
    /// A range upside down.
    ProblemMinAboveMax = ("minimum är större än maximum", "the minimum exceeds the maximum"),
    /// An empty text.
    ProblemEmpty = ("är tomt", "is empty"),
    /// A `minst` part that does not read.
    ScheduleExpectedAtLeast = (
        "förväntade \"minst N sessioner\"",
        "expected \"minst N sessioner\" (at least N sessions)"
    ),
    /// A `minst` part with a range.
    ScheduleAtLeastOneNumber = ("\"minst\" tar ett tal", "\"minst\" (at least) takes one number"),
    /// A per-week part that does not read.
    ScheduleExpectedPerWeek = (
        "förväntade \"N sessioner per vecka\"",
        "expected \"N sessioner per vecka\" (N sessions a week)"
    ),
    /// A part that is no part of a schedule.
    ScheduleNotAPart = ("är ingen del av ett upplägg", "is not a part of a schedule"),
    /// A schedule that states nothing to count.
    ScheduleNeitherSpanNorSessions = (
        "anger varken längd eller antal sessioner",
        "states neither a span nor a number of sessions"
    ),

    /// A name that is not one line.
    InterventionNameOneLine = ("måste vara en enda rad som inte är tom", "must be one non-empty line"),
    /// An id that is not a slug.
    InterventionIdNotSlug = (
        "måste vara ASCII-kebab-case (a–z, 0–9, enkla bindestreck)",
        "must be ASCII kebab-case (a-z, 0-9, single dashes)"
    ),
    /// An umbrella marked as an add-on.
    InterventionUmbrellaAddOn = ("en paraplypost kan inte vara ett tillägg", "an umbrella entry cannot be an add-on"),
    /// Phases out of order.
    InterventionPhaseOrder = ("faserna måste numreras 1, 2, 3, … i ordning", "ordinals must run 1, 2, 3, … in order"),
    /// A link that is not an id.
    InterventionLinkNotId = ("måste vara id:t för en post", "must be the id of an entry"),
    /// An empty abbreviation.
    InterventionAbbreviationEmpty = ("får inte vara tom", "must not be empty"),

    /// An empty diagnosis code.
    DiagnosisEmpty = ("tom; ange en kod i F10–F19, till exempel F10.2", "empty; expected a code of F10–F19 such as F10.2"),
    /// A text not written as a code.
    DiagnosisMalformed = (
        "felaktigt skriven; ange en kod som F10.2, F102 eller F10.24 (en bokstav, två siffror, en punkt om du vill, sedan en eller två bokstäver eller siffror)",
        "malformed; expected a code such as F10.2, F102 or F10.24 (a letter, two digits, an optional dot, then one or two letters or digits)"
    ),
    /// A tobacco code.
    DiagnosisTobacco = (
        "tobak (F17) ligger utanför kunskapsguidens område missbruk och beroende; Socialstyrelsen behandlar tobak i sina riktlinjer om ohälsosamma levnadsvanor",
        "tobacco (F17) is outside the guide's substance-use area; Socialstyrelsen covers it in its separate guideline on unhealthy lifestyle habits"
    ),
    /// A code outside F10–F19.
    DiagnosisOutsideArea = (
        "utanför kunskapsguidens område missbruk och beroende, som omfattar koderna F10–F19 (utom tobak, F17)",
        "outside the guide's substance-use area, which covers the codes F10–F19 (tobacco, F17, excepted)"
    ),
    /// A code without its fourth character.
    DiagnosisMissingKind = (
        "anger bara substansgruppen ({code}: {group}); lägg till det fjärde tecknet, typen av störning, till exempel {code}.2 för beroende",
        "names only the substance group ({code}: {group}); add the fourth character, the kind of disorder, e.g. {code}.2 for dependence"
    ),
    /// A fourth character that is not a digit.
    DiagnosisUnknownKind = (
        "det fjärde tecknet, typen av störning, måste vara en siffra 0–9, till exempel F10.2",
        "the fourth character, the kind of disorder, must be a digit 0–9, e.g. F10.2"
    ),
    /// Fewer than two DSM-5 criteria.
    Dsm5TooFew = (
        "färre än 2 uppfyllda kriterier är inget substansbrukssyndrom, så det finns ingen svårighetsgrad",
        "fewer than 2 is no substance use disorder, so there is no severity"
    ),
    /// More than eleven DSM-5 criteria.
    Dsm5TooMany = (
        "DSM-5 har 11 kriterier för substansbrukssyndrom, så högst 11 kan vara uppfyllda",
        "DSM-5 has 11 criteria for a substance use disorder, so at most 11 can be met"
    ),
}
