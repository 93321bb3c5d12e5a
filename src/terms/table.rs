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
    /// The source's own Swedish wording of a condition, quoted (Swedish
    /// shows the wording itself instead).
    SourceWording = ("", " (as the source words it: \"{text}\")"),
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
    /// The package for the needs found.
    HeadingPackage = (
        "Paket för de behov som kartläggningen visat",
        "Package for the needs the assessment found"
    ),
    /// A need no recommended intervention serves.
    PackageUnmet = ("ingen rekommenderad insats tillgodoser behovet", "no recommended intervention serves it"),
    /// When nothing is recommended.
    NothingRecommended = (
        "Ingen insats rekommenderas; exemplet explain visar varför.",
        "Nothing is recommended; the explain example shows why."
    ),
    /// The profile line's lead.
    LabelProfile = ("Profil", "Profile"),
    /// The catalog line.
    LabelCatalog = ("Katalog: version {version} ({count} insatser)", "Catalog: version {version} ({count} entries)"),
    /// A table column: the priority.
    ColumnPriority = ("NR-prioritet", "NR priority"),
    /// A table column: the intervention.
    ColumnIntervention = ("insats", "intervention"),
    /// No number for the person.
    NoNumber = ("ingen siffra", "no number"),
    /// Where a match is cited from.
    LabelSource = ("källa", "source"),
    /// The facets an entry does not tag, on one line.
    NotTaggedLine = (
        "insatsen är inte märkt med {facets} och utesluter därför ingen",
        "the intervention has no tag for {facets}, so it excludes nobody"
    ),
    /// A recommended entry in `explain`.
    VerdictRecommended = ("REKOMMENDERAS", "RECOMMENDED"),
    /// A recommended add-on in `explain`.
    VerdictAddOn = ("TILLÄGG", "ADD-ON"),
    /// A conditional match in `explain`.
    VerdictConditional = ("VILLKORAD", "CONDITIONAL"),
    /// An excluded entry in `explain`.
    VerdictExcluded = ("utesluten", "excluded"),
    /// An empty catalog.
    CatalogEmpty = ("Katalogen är tom.", "The catalog is empty."),
    /// The built-in catalog's title.
    CatalogTitle = ("Inbyggd katalog {version} ({count} insatser)", "Built-in catalog {version} ({count} entries)"),
    /// A table column: the name.
    ColumnName = ("Namn", "Name"),
    /// A table column: the abbreviation.
    ColumnAbbreviation = ("Förkortning", "Abbreviation"),
    /// A table column: the best priority per substance.
    ColumnBestPriority = ("Bästa prioritet per substans", "Best priority per substance"),
    /// A table column: an add-on.
    ColumnAddOn = ("Tillägg", "Add-on"),
    /// A table column: the age groups.
    ColumnAgeGroups = ("Åldersgrupper", "Age groups"),
    /// Yes, in a table cell.
    Yes = ("ja", "yes"),
    /// A facet an entry does not tag, in a table cell.
    NotTagged = ("ej angivet", "not tagged"),
    /// The pairs NR rates for a substance and a population.
    HeadingRatedFor = (
        "Vad riktlinjerna bedömer vid {substance} för {population}",
        "What the guidelines rate for {substance}, for {population}"
    ),

    // ------------------------------------------------------ profile words
    /// An age in years.
    ProfileAge = ("{age} år", "{age} years"),
    /// In other treatment.
    ProfileInOtherTreatment = ("i annan behandling", "in other treatment"),
    /// Not in other treatment.
    ProfileNotInOtherTreatment = ("inte i annan behandling", "not in other treatment"),
    /// In LARO.
    ProfileInLaro = ("i LARO", "in LARO"),
    /// Not in LARO.
    ProfileNotInLaro = ("inte i LARO", "not in LARO"),
    /// A relative.
    ProfileRelative = ("anhörig", "a relative"),
    /// Not a relative.
    ProfileNotRelative = ("inte anhörig", "not a relative"),
    /// Lives with a partner.
    ProfilePartner = ("bor med en partner", "lives with a partner"),
    /// Does not live with a partner.
    ProfileNoPartner = ("bor inte med en partner", "does not live with a partner"),
    /// A severe mental illness.
    ProfileSevereIllness = ("svår psykisk sjukdom", "severe mental illness"),
    /// No severe mental illness.
    ProfileNoSevereIllness = ("ingen svår psykisk sjukdom", "no severe mental illness"),
    /// The needs found.
    ProfileNeeds = ("behov: {needs}", "needs: {needs}"),
    /// Assessed, no need found.
    ProfileNoNeeds = ("inga behov", "no needs"),
    /// Research asked for.
    ProfileResearch = ("inklusive FoU", "research included (\"FoU\")"),
    /// Nothing stated.
    ProfileNothing = ("(inget angivet)", "(nothing stated)"),

    // ------------------------------------------------ page errors
    /// Where on a page a problem is; what was found, or the page's end.
    PageLine = ("rad {line}: {problem}", "line {line}: {problem}"),
    PageFound = ("hittade {found}", "found {found}"),
    PageFoundEnd = ("sidan tog slut", "found the end of the page"),
    /// A suggestion for a near miss.
    PageDidYouMean = ("; menade du {suggestion}?", "; did you mean {suggestion}?"),
    /// An empty page.
    PageEmpty = (
        "sidan är tom; titeln ska stå på första raden",
        "the page is empty; expected the title on the first line"
    ),
    /// No title.
    PageMissingTitle = ("sidans titel saknas, {found}", "expected the page title, {found}"),
    /// No breadcrumb.
    PageMissingBreadcrumb = (
        "brödsmulan under titeln saknas (först området, t.ex. {area}, sedan {section} och sist titeln igen), {found}",
        "expected the breadcrumb under the title (the area, e.g. {area}, then {section}, then the title again), {found}"
    ),
    /// An area that is not a condition.
    PageUnknownArea = (
        "okänt område {area} i brödsmulan; området ska vara ett {condition} som {example}{suggestion}",
        "unknown area {area} in the breadcrumb; expected a {condition} such as {example}{suggestion}"
    ),
    /// Another element where the format requires one.
    PageExpected = ("förväntade {expected}, {found}", "expected {expected}, {found}"),
    /// A title without letters or digits.
    PageElementTitle = ("en titel med bokstäver eller siffror", "a title with letters or digits"),
    /// The area after `Gå till huvudsidan:`.
    PageElementAreaAfterHome = ("området efter {home}", "the area after {home}"),
    /// The title again after the breadcrumb.
    PageElementTitleRepeated = ("titeln igen efter brödsmulan", "the title repeated after the breadcrumb"),
    /// A section heading where a second lede line stands.
    PageElementSectionHeading = (
        "en rubrik som {heading} (ingressen under titeln är en enda rad)",
        "a section heading such as {heading} (the lede under the title is one line)"
    ),
    /// A tag line under Märkning.
    PageElementTagLine = (
        "en märkningsrad \"  • Facett: värde, värde\" under {tags}",
        "a tag line \"  • Facet: value, value\" under {tags}"
    ),
    /// A facet the guide does not have.
    PageUnknownFacet = (
        "okänd facett {facet} under {tags}{suggestion}; facetterna är {facets}",
        "unknown facet {facet} under {tags}{suggestion}; expected one of {facets}"
    ),
    /// A value not in its facet's vocabulary.
    PageUnknownValue = (
        "okänt värde {value} i facetten {facet}{suggestion} (värden skiljs åt med \", \"; parse_lenient läser förbi värden som inte finns i vokabulären)",
        "unknown value {value} in the facet {facet}{suggestion} (values are separated by \", \"; parse_lenient reads past values not in the vocabulary)"
    ),
    /// A facet line without values.
    PageEmptyFacet = (
        "facetten {facet} saknar värden; skriv värden efter kolonet eller ta bort raden",
        "the facet {facet} has no value; give values after the colon or drop the line"
    ),
    /// A facet given twice.
    PageDuplicateFacet = (
        "facetten {facet} står två gånger (först på rad {first_line})",
        "the facet {facet} is given twice (first on line {first_line})"
    ),
    /// A heading after one that must follow it.
    PageSectionOutOfPlace = (
        "rubriken {section} står på fel plats: den ska stå före {after} (rubrikerna kommer i ordningen {order})",
        "the heading {section} is out of place: it must come before {after} (headings go in the order {order})"
    ),
    /// A heading given twice.
    PageDuplicateSection = (
        "rubriken {section} står två gånger (först på rad {first_line})",
        "the heading {section} is given twice (first on line {first_line})"
    ),
    /// A line one edit away from a heading.
    PageMisspelledHeading = ("{found} är ingen rubrik; menade du {heading}?", "{found} is not a heading; did you mean {heading}?"),
    /// A tag line outside Märkning.
    PageTagLineOutsideTags = (
        "en märkningsrad för facetten {facet} står {place}, inte under {tags}; flytta den dit eller skriv om den som löptext",
        "a tag line of the facet {facet} stands {place}, not under {tags}; move it there or reword it as prose"
    ),
    /// Under a heading.
    PagePlaceSection = ("under rubriken {section}", "under the heading {section}"),
    /// Before any heading, where the lede stands.
    PagePlaceLede = ("före första rubriken", "before the first heading"),
    /// A priority marker off the scale.
    PagePriorityOffScale = (
        "{marker} anger ingen prioritet på riktlinjernas skala (1–10, {fou} eller {dont})",
        "{marker} gives no priority of the guidelines' scale (ranks 1–10, {fou} or {dont})"
    ),
    /// Line ends of CR alone.
    PageCarriageReturns = (
        "texten använder CR som radslut utan LF; gör om radsluten till LF eller CRLF",
        "the text uses CR line ends without LF; convert the line ends to LF or CRLF"
    ),
    /// A structure line with U+FFFD.
    PageReplacementCharacters = (
        "raden innehåller ersättningstecknet U+FFFD ({found}): filen var troligen inte UTF-8 och avkodades med förluster; läs den i sin rätta teckenkodning, t.ex. Latin-1",
        "the line holds U+FFFD replacement characters ({found}): the file was probably not UTF-8 and was decoded with losses; read it in its real encoding, e.g. Latin-1"
    ),
    /// Bytes that are not UTF-8.
    PageNotUtf8 = (
        "texten är inte UTF-8 (ogiltig byte på position {byte}); koda om filen till UTF-8",
        "the text is not UTF-8 (an invalid byte at offset {byte}); convert the file to UTF-8"
    ),
    /// A value read past.
    WarningUnknownValue = (
        "okänt värde {value} i facetten {facet}{suggestion}; värdet hoppades över",
        "unknown value {value} in the facet {facet}{suggestion}, skipped"
    ),
    /// An area read past.
    WarningUnknownArea = (
        "okänt område {area} i brödsmulan{suggestion}; området behölls som det står",
        "unknown area {area} in the breadcrumb{suggestion}; kept as written"
    ),
    /// A near-miss heading read as the heading.
    WarningMisspelledHeading = ("{found} är ingen rubrik; raden lästes som {heading}", "{found} is not a heading; read as {heading}"),
    /// A tag line outside Märkning read as a tag line.
    WarningTagLineOutsideTags = (
        "en märkningsrad för facetten {facet} står {place}; raden lästes som märkning under {tags}",
        "a tag line of the facet {facet} stands {place}; read as a tag line under {tags}"
    ),
    /// A marker off the scale read past.
    WarningPriorityOffScale = (
        "{marker} anger ingen prioritet på riktlinjernas skala; ingen rekommendation lästes ur den",
        "{marker} gives no priority of the guidelines' scale; no recommendation was read from it"
    ),
}
