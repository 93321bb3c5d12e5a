//! The table of terms: one row per concept, Swedish and English side by
//! side. (Data: the one place each interface word is written.)

/// Declares [`Term`] from its rows.
macro_rules! terms {
    ($(
        $(#[$doc:meta])*
        $term:ident = ($sv:literal, $en:literal),
    )+) => {
        /// A word, phrase or sentence template of the interface; see the
        /// module docs of `terms` for the rules it follows.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub(crate) enum Term {
            $(
                $(#[$doc])*
                #[doc = ""]
                #[doc = concat!("Swedish: `", $sv, "`; English: `", $en, "`.")]
                $term,
            )+
        }

        impl Term {
            /// Every term, in table order.
            #[cfg(test)]
            pub(crate) const ALL: &'static [Term] = &[$(Term::$term),+];

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
    /// Joins the last two items of a list read together.
    And = (" och ", " and "),

    // ------------------------------------------------------------ package
    /// A need of the assessment and the recommended intervention that
    /// meets it (the name as the guide writes it).
    PackageServed = ("{need}: tillgodoses av {name}", "{need}: met by {name}"),
    /// A need of the assessment that no recommended intervention meets.
    PackageUnmet = (
        "{need}: ingen rekommenderad insats tillgodoser behovet",
        "{need}: no recommended intervention meets it"
    ),

    // ----------------------------------------------- the guidelines' scale
    /// Ranks 1–3 (and the wording `bör`).
    BandShouldOffer = ("bör erbjudas", "should be offered"),
    /// Ranks 4–7 (and the wording `kan`).
    BandMayOffer = ("kan erbjudas", "may be offered"),
    /// Ranks 8–10.
    BandExceptionalOnly = ("kan i undantagsfall erbjudas", "may be offered in exceptional cases"),
    /// Ranks 8–10 inside a subordinate clause (`att den i undantagsfall kan
    /// erbjudas`), where the adverb comes before the verb.
    BandExceptionalOnlyInClause = ("i undantagsfall kan erbjudas", "may be offered in exceptional cases"),
    /// FoU.
    BandResearchOnly = ("endast inom forskning och utveckling", "only within research and development"),
    /// Icke-göra.
    BandDontOffer = ("bör inte erbjudas", "should not be offered"),
    /// A rank of the scale.
    PriorityRank = ("prioritet {rank}", "priority {rank}"),
    /// FoU, as the guide writes it.
    PriorityResearchOnly = ("FoU", "\"FoU\" (only within research and development)"),
    /// Icke-göra, as the guide writes it.
    PriorityDontDo = ("Icke-göra", "\"Icke-göra\" (should not be offered)"),

    // -------------------------------------------------------- populations
    /// Anyone with the condition.
    PopulationAnyone = (
        "personer med det tillstånd som raden anger",
        "people with the condition the row names"
    ),
    /// NR's youth set.
    PopulationYouth = ("ungdomar under 18 år", "young people under 18"),
    /// Adults.
    PopulationAdults = ("vuxna (18 år och äldre)", "adults (18 and over)"),
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
        "personer med {need} enligt kartläggningen",
        "people for whom the assessment has found {need}"
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

    /// People in delirium tremens.
    PopulationInDeliriumTremens = (
        "personer med delirium tremens (svår alkoholabstinens)",
        "people with delirium tremens (severe alcohol withdrawal)"
    ),
    /// People in a situation the row names.
    PopulationInSituation = ("personer med {situation}", "people with {situation}"),

    // ---------------------------------- what puts a person in a population
    /// Anyone with the condition.
    HoldsAnyone = (
        "personen har det tillstånd som raden anger",
        "the person has the condition the row names"
    ),
    /// Under 18.
    HoldsYouth = ("personen är under 18 år", "the person is under 18"),
    /// 18 or older.
    HoldsAdults = ("personen är 18 år eller äldre", "the person is 18 or older"),
    /// In LARO.
    HoldsInLaro = (
        "personen får läkemedelsassisterad behandling vid opioidberoende (LARO)",
        "the person is in medication-assisted treatment for opioid dependence (LARO)"
    ),
    /// A relative.
    HoldsRelative = ("den som söker hjälp är anhörig", "the person asking for help is a relative"),
    /// A need found.
    HoldsNeed = ("kartläggningen visar {need}", "the assessment finds {need}"),
    /// Living with a partner.
    HoldsPartner = ("personen bor med en partner", "the person lives with a partner"),
    /// In alcohol withdrawal.
    HoldsInWithdrawal = ("personen är i alkoholabstinens", "the person is in alcohol withdrawal"),
    /// In alcohol withdrawal at raised risk.
    HoldsInWithdrawalRaisedRisk = (
        "personen är i alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens",
        "the person is in alcohol withdrawal with a raised risk of withdrawal seizures or delirium tremens"
    ),
    /// In delirium tremens.
    HoldsInDeliriumTremens = ("personen har delirium tremens", "the person has delirium tremens"),
    /// In a situation the row names.
    HoldsSituation = ("personen har {situation}", "the person has {situation}"),
    /// A severe mental illness.
    HoldsSevereMentalIllness = (
        "personen också har en svår psykisk sjukdom",
        "the person also has a severe mental illness"
    ),
    /// A need found: why a match for people with it is included.
    FitsNeed = ("kartläggningen har visat {need}", "the assessment has found {need}"),
    /// A severe mental illness, as a fact that includes.
    FitsSevereMentalIllness = (
        "personen har också en svår psykisk sjukdom",
        "the person also has a severe mental illness"
    ),

    // ------------------------------ facts that put a person outside one
    /// The person's age.
    FactAge = ("personen är {age} år", "the person is {age}"),
    /// 65 or older.
    FactSixtyFiveOrOlder = ("personen är 65 år eller äldre", "the person is 65 or older"),
    /// Delirium tremens, rated in a row of its own.
    FactHasDeliriumTremens = (
        "personen har delirium tremens, som riktlinjerna tar upp i en egen rad",
        "the person has delirium tremens, for which the guidelines have a row of their own"
    ),
    /// Not in delirium tremens.
    FactNoDeliriumTremens = (
        "profilen anger ett annat tillstånd än delirium tremens",
        "the profile states a state other than delirium tremens"
    ),
    /// A situation stated not to hold.
    FactSituationAbsent = ("personen har inte {situation}", "the person does not have {situation}"),
    /// A stated pattern that is not what the row needs.
    FactPatternIs = (
        "det angivna bruksmönstret är {pattern}",
        "the stated pattern of use is {pattern}"
    ),
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
    FactNotInLaro = (
        "personen får inte läkemedelsassisterad behandling (LARO)",
        "the person is not in medication-assisted treatment (LARO)"
    ),
    /// In no other treatment.
    FactInNoOtherTreatment = (
        "personen får ingen annan behandling och alltså inte LARO",
        "the person is in no other treatment, so not in LARO"
    ),
    /// No such need found.
    FactNeedNotFound = (
        "kartläggningen har inte visat {need}",
        "the assessment has not found {need}"
    ),
    /// No partner.
    FactNoPartner = ("personen bor inte med en partner", "the person does not live with a partner"),
    /// Not in withdrawal.
    FactNoWithdrawal = ("personen är inte i alkoholabstinens", "the person is not in alcohol withdrawal"),
    /// In withdrawal, no raised risk.
    FactWithdrawalWithoutRaisedRisk = (
        "personen är i alkoholabstinens utan förhöjd risk för abstinensepilepsi eller delirium tremens",
        "the person is in alcohol withdrawal without a raised risk of withdrawal seizures or delirium tremens"
    ),
    /// No severe mental illness.
    FactNoSevereMentalIllness = (
        "personen har ingen svår psykisk sjukdom",
        "the person has no severe mental illness"
    ),
    /// A need, as a sentence names it.
    NeedFamilySituation = (
        "behov som rör familjesituationen",
        "a need concerning the family situation"
    ),
    /// A need, as a sentence names it.
    NeedExtentOfUse = (
        "behov som rör det skadliga brukets omfattning",
        "a need concerning the extent of the harmful use"
    ),
    /// A need, as a sentence names it.
    NeedMentalHealth = ("behov som rör psykisk ohälsa", "a need concerning mental ill-health"),
    /// A need, as a sentence names it.
    NeedSocialSituation = (
        "behov som rör den sociala situationen",
        "a need concerning the social situation"
    ),
    /// A need, as a sentence names it.
    NeedHousing = ("behov som rör bostad", "a housing need"),
    /// A need, as a sentence names it.
    NeedWork = ("svag anknytning till arbetsmarknaden", "a weak attachment to the labour market"),
    /// A need, as a sentence names it.
    NeedSchool = ("behov som rör skolan", "a need concerning school"),
    /// A need, as a sentence names it.
    NeedLoneliness = ("behov som rör ensamhet", "a need concerning loneliness"),
    /// A need, as a sentence names it.
    NeedCoordination = ("behov av samordning", "a need for coordination"),
    /// A need, as a sentence names it.
    NeedHomelessness = ("hemlöshet", "homelessness"),
    /// A need, as a sentence names it.
    NeedSupportInHousing = ("behov av stöd i boendet", "a need for support in one's housing"),
    /// A need, as a sentence names it.
    NeedSupportInDailyLife = ("behov av stöd i vardagslivet", "a need for support in daily life"),
    /// A situation, as a sentence names it.
    SituationOverdoseRisk = ("risk för överdos", "a risk of overdose"),
    /// A situation, as a sentence names it.
    SituationPtsd = ("samtidig PTSD", "co-occurring PTSD"),
    /// A situation, as a sentence names it.
    SituationDepression = ("samtidig depression", "co-occurring depression"),
    /// A situation, as a sentence names it.
    SituationTaperingNotSuccessful = (
        "erfarenhet av misslyckad nedtrappning",
        "a history of unsuccessful tapering"
    ),
    /// A situation, as a sentence names it.
    SituationUsualDiscontinuationNotPossible = (
        "långvarigt bruk där sedvanlig utsättning inte har varit möjlig",
        "long-term use that could not be stopped in the usual way"
    ),
    /// A situation, as a sentence names it; "ett" keeps "personen har
    /// misstänkt …" from reading as a perfect tense ("has suspected").
    SituationRecentAlcoholIntake = (
        "ett misstänkt nyligt intag av alkohol",
        "a suspected recent alcohol intake"
    ),
    /// A situation, as a sentence names it.
    SituationLongTermHeavyAlcoholIntake = (
        "ett misstänkt långvarigt högt intag av alkohol",
        "a suspected long-term heavy alcohol intake"
    ),
    /// A situation, as a sentence names it.
    SituationOngoingOrRecentDrugIntake = (
        "ett misstänkt pågående eller nyligt intag av narkotika",
        "a suspected ongoing or recent intake of narcotic drugs"
    ),

    // ------------------------------------------------------------ reasons
    /// A facet value the entry's tags do not hold.
    ReasonFacet = (
        "{the} {value} finns inte bland insatsens {plural} ({allowed})",
        "{the} {value} is not among the intervention's {plural} ({allowed})"
    ),
    /// No pair covers the substances.
    ReasonSubstance = (
        "riktlinjernas rekommendationer om insatsen gäller {rated}, inte {profile}",
        "the guidelines' recommendations for it cover {rated}, not {profile}"
    ),
    /// A withdrawal row for a person in delirium tremens, which NR rates
    /// in a row of its own ("Svår alkoholabstinens (delirium tremens)").
    ReasonDeliriumTremensOwnRow = (
        "personen har delirium tremens (svår alkoholabstinens), som riktlinjerna tar upp i en egen rad; den här raden gäller {population} utan delirium tremens",
        "the person has delirium tremens (severe alcohol withdrawal), for which the guidelines have a row of their own; this row is for {population} without delirium tremens"
    ),
    /// A stated fact that puts the person outside the row's population.
    ReasonPopulation = (
        "{fact}, men rekommendationen gäller {population}",
        "{fact}, but the recommendation is for {population}"
    ),
    /// A relative asking, for a row that is for the person with the condition (whatever its population).
    ReasonRelativeAsking = (
        "den som söker hjälp är anhörig, men rekommendationen gäller den närstående själv, inte anhöriga",
        "the person asking for help is a relative, but the recommendation is for the person close to them, not for relatives"
    ),
    /// A need the row requires, which the assessment did not find.
    ReasonNeedNotFound = (
        "kartläggningen har inte visat {need}, som rekommendationen förutsätter",
        "the assessment has not found {need}, which the recommendation requires"
    ),
    /// A fact puts the person outside the age scope.
    ReasonAgeScope = ("{fact}, men raden gäller {scope}", "{fact}, but the row is for {scope}"),
    /// The youth set, for an adult.
    ReasonAgeScopeYouth = (
        "{fact}, men riktlinjernas rekommendation gäller ungdomar under 18 år",
        "{fact}, but the guidelines' recommendation is for young people under 18"
    ),
    /// An adults-only row (product information, the method's page), for a child.
    ReasonAgeScopeAdults = (
        "{fact}, och radens källor anger insatsen bara för vuxna",
        "{fact}, and the row's sources state the intervention for adults only"
    ),
    /// A row for the ages its source states (ADAD: 13–21).
    ReasonAgeScopeStated = (
        "{fact}, och radens källor anger insatsen för {scope}",
        "{fact}, and the row's sources state the intervention for those {scope}"
    ),
    /// A conditional match.
    ReasonSituationNotStated = (
        "skulle gälla om {holds}; uppgift om det saknas",
        "would apply if {holds}; this is not stated"
    ),
    /// The asking role can deliver it.
    DeliveryByAsker = ("kan ges av den yrkesroll som frågar", "the asking role can deliver it"),
    /// A competence the employer decides, whoever asks.
    DeliveryEmployerDecides = (
        "källan kräver ingen legitimation; arbetsgivaren avgör vem som kan ge den",
        "the source requires no licence; the employer decides who can deliver it"
    ),
    /// A referral.
    DeliveryReferral = ("hänvisa till {principal}: {competence}", "refer to {principal}: {competence}"),
    /// A referral whose principal no source names.
    DeliveryReferralNoPrincipal = (
        "hänvisa till någon med rätt kompetens: {competence} (källorna anger inte huvudman)",
        "refer to someone with the competence: {competence} (the sources name no principal)"
    ),
    /// What whoever delivers it needs.
    DeliveryRequires = ("kräver: {competence}", "needs: {competence}"),
    /// No competence stated.
    DeliveryNotStated = ("källorna anger inget kompetenskrav", "the sources state no competence requirement"),
    /// A row whose source finds no established effect.
    ReasonNoEstablishedEffect = (
        "riktlinjernas motivering anger att effekten inte är fastställd, och prioriteten framgår inte av någon text, så insatsen rekommenderas inte här",
        "the guidelines' motivation states that no effect is established, and no text states the priority, so the intervention is not recommended here"
    ),
    /// A conditional match that waits for the age.
    ReasonAgeNotStated = (
        "skulle gälla om personen är {scope}; åldern är inte angiven",
        "would apply if the person is {scope}; the age is not stated"
    ),
    /// A conditional match that waits for the substance. Worded without
    /// "personen": on a relatives' row the use is the family member's.
    ReasonSubstanceNotStated = (
        "skulle gälla vid bruk av {substances}; uppgift om substans saknas",
        "would apply to use of {substances}; no substance is stated"
    ),
    /// A conditional match that waits for the pattern of use (whoever's:
    /// on a relatives' row it is the family member's).
    ReasonPatternNotStated = (
        "skulle gälla vid {pattern}; uppgift om bruksmönster saknas",
        "would apply given {pattern}; the pattern of use is not stated"
    ),
    /// A stated pattern of use that the row's condition does not name.
    ReasonPattern = ("{fact}, men raden gäller {pattern}", "{fact}, but the row is for {pattern}"),
    /// "Missbruk eller beroende", as a row's condition needs it.
    PatternMisuseOrDependence = ("missbruk eller beroende", "substance misuse or dependence"),
    /// Dependence alone.
    PatternDependence = ("beroende", "dependence"),
    /// Misuse or dependence of the substances a row names.
    PatternMisuseOrDependenceOn = (
        "missbruk eller beroende av {substances}",
        "misuse of or dependence on {substances}"
    ),
    /// Dependence on the substances a row names.
    PatternDependenceOn = ("beroende av {substances}", "dependence on {substances}"),
    /// After a pattern that a LARO row waits for, when the profile says the
    /// person is in LARO.
    ReasonLaroStatesNoPattern = (
        ", och att personen får läkemedelsassisterad behandling räknas inte som en sådan uppgift",
        ", and being in medication-assisted treatment is not taken as stating it"
    ),
    /// A youth row below the youngest age its sources state.
    ReasonBelowStatedAge = (
        "källorna anger insatsen för ungdomar från {age} år, och personen är yngre",
        "the sources state the intervention for young people from the age of {age}, and the person is younger"
    ),
    /// The nearest stated number of another row.
    ReasonNearestStated = (
        "närmast anges {priority} för {condition} ({source}), som gäller en annan rad",
        "the nearest one stated is {priority} for {condition} ({source}), which belongs to another row"
    ),
    /// 18 or older, as a predicate.
    ScopeAdultAge = ("18 år eller äldre", "18 or older"),
    /// Under 18, as a predicate.
    ScopeUnder18 = ("under 18 år", "under 18"),
    /// Ages 13–21.
    ScopeYouth13To21 = ("13–21 år", "aged 13 to 21"),
    /// From 20 unless special reasons.
    ScopeFrom20 = (
        "minst 20 år (yngre vid särskilda skäl)",
        "20 or older (younger for special reasons)"
    ),
    /// Under 18, from a stated youngest age.
    ScopeYouthFrom = ("{min}–17 år", "aged {min} to 17"),
    /// An add-on with nothing to add to.
    ReasonRequiresOtherTreatment = (
        "erbjuds bara som tillägg till annan behandling, men personen får ingen annan behandling och ingen annan insats rekommenderas",
        "offered only as an add-on to other treatment, but the person is in no other treatment and no other intervention is recommended"
    ),
    /// An add-on with nothing else recommended, other treatment unstated: a conditional match.
    ReasonOtherTreatmentNotStated = (
        "skulle gälla om personen får annan behandling; uppgift om det saknas",
        "would apply if the person is in other treatment; this is not stated"
    ),
    /// Icke-göra.
    ReasonAdvisedAgainst = (
        "riktlinjerna avråder från insatsen (Icke-göra: bör inte erbjudas)",
        "the guidelines advise against it (\"Icke-göra\": should not be offered)"
    ),
    /// FoU, not asked for.
    ReasonResearchOnly = (
        "riktlinjerna anger att insatsen bara bör ges inom forskning och utveckling (FoU); sådana insatser visas bara på begäran",
        "the guidelines say it should be given only within research and development (\"FoU\"); such interventions are shown only on request"
    ),
    /// Replaced by the youth version.
    ReasonReplacedByYouthVersion = (
        "för personer under 18 år ersätts insatsen av ungdomsversionen {name}, som bedöms för sig",
        "for people under 18 it is replaced by its youth version {name}, which is assessed separately"
    ),
    /// A pair that names no substance.
    ReasonSubstanceNotNamed = (
        "raden nämner ingen substans och gäller därför oavsett substans",
        "the row names no substance, so it applies whatever the substance"
    ),
    /// The priority that applies; `ReasonPriorityFor` follows.
    ReasonPriority = ("NR-prioritet {rank} ({band})", "NR priority {rank} ({band})"),
    /// FoU or Icke-göra, which are no rank: the label and its band.
    ReasonPriorityLabel = ("NR: {label} ({band})", "NR: {label}"),
    /// For whom the priority is.
    ReasonPriorityFor = (" för {who}", " for {who}"),
    /// The measure the row rates, where it says more than the entry's name,
    /// and the row: "för KBT med tillägg av MI eller MET vid …".
    ReasonPriorityMeasure = (" för {measure}{row}", "{row}, as {measure}"),
    /// The condition the priority is for (`vid` before a condition).
    ReasonPriorityAt = (" vid {who}", " for {who}"),
    /// What the measure serves as (`som underlag för …`).
    ReasonPriorityAs = (" som {who}", " as {who}"),
    /// A population the condition does not name (the partner of BCT).
    ReasonPriorityAlso = (", för {who}", ", for {who}"),
    /// A pair that records no condition.
    ReasonConditionNotStated = (
        "; radens villkor framgår inte av de källor katalogen bygger på",
        "; the sources this catalog is built on do not state the row's condition"
    ),
    /// Another source's number.
    ReasonDispute = (
        "; för samma rad i riktlinjerna anger en annan källa {priority} ({source})",
        "; for the same guideline row another source gives {priority} ({source})"
    ),
    /// The condition, when a pair names no substance.
    SubstanceUseOrDependence = (
        "missbruk eller beroende",
        "substance misuse or dependence"
    ),
    /// A condition the table of conditions does not translate (a catalog
    /// of one's own): in English the source's Swedish quoted and glossed by
    /// the row's substances and population; Swedish shows it as written.
    SourceWording = ("{text}", "\"{text}\" ({gloss})"),
    /// No number in the sources the catalog is built on.
    ReasonNoNumberInSources = (
        "prioritetssiffran framgår inte av de källor katalogen bygger på",
        "the priority number is not stated in the sources this catalog is built on"
    ),
    /// The wording where no number is known.
    ReasonGuidelinesVerb = ("NR anger att den {verb}", "NR says it {verb}"),
    /// The row, where no number and no wording is known.
    ReasonRowIs = ("raden gäller {who}", "the row is for {who}"),
    /// A general row, for a child. It says only what holds for every such
    /// row: the sources state youth rows of their own for few measures
    /// (the youth set), none for withdrawal treatment, instruments or tests.
    ReasonNoNumberForChildren = (
        "riktlinjernas rad anger ingen ålder och är inte bedömd särskilt för ungdomar under 18 år; därför visas ingen prioritet här",
        "the guidelines' row names no age and is not rated for under-18s in particular, so no priority is shown here"
    ),
    /// A row whose source gives insufficient evidence as its decisive
    /// reason.
    ReasonInsufficientEvidence = (
        "riktlinjerna anger som avgörande skäl för raden att det vetenskapliga underlaget är otillräckligt, så insatsen ska inte jämställas med de insatser som har en prioritet",
        "the guidelines give as the decisive reason for this row that the scientific evidence is insufficient, so it should not be treated as equal to the interventions that have a priority"
    ),
    /// Below the usual age.
    ReasonBelowUsualAge = (
        "enligt Socialstyrelsens föreskrifter om läkemedelsassisterad behandling vid opioidberoende (HSLF-FS 2016:1) ska personen ha fyllt {age} år, om det inte finns särskilda skäl",
        "under Socialstyrelsen's regulations on medication-assisted treatment for opioid dependence (HSLF-FS 2016:1) the person must be {age} or older unless there are special reasons"
    ),
    /// An add-on.
    ReasonAddOn = ("erbjuds som tillägg till annan behandling", "offered as an add-on to other treatment"),

    // ------------------------------------------ headings of the examples

    // ------------------------------------------------------ profile words
    /// An age in years.
    ProfileAge = ("{age} år", "{age} years"),
    /// In other treatment.
    ProfileInOtherTreatment = ("i annan behandling", "in other treatment"),
    /// Not in other treatment.
    ProfileNotInOtherTreatment = ("inte i annan behandling", "not in other treatment"),
    /// In LARO.
    ProfileInLaro = (
        "i läkemedelsassisterad behandling (LARO)",
        "in medication-assisted treatment (LARO)"
    ),
    /// Not in LARO.
    ProfileNotInLaro = (
        "inte i läkemedelsassisterad behandling (LARO)",
        "not in medication-assisted treatment (LARO)"
    ),
    /// A relative.
    ProfileRelative = ("anhörig (den som söker hjälp)", "a relative (the person asking for help)"),
    /// A relative's profile: the substances are the family member's.
    ProfileRelativeUses = (
        "närstående använder {substances}",
        "the family member uses {substances}"
    ),
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
    ProfileNeeds = (
        "behov enligt kartläggningen: {needs}",
        "needs found in the assessment: {needs}"
    ),
    /// Assessed, no need found.
    ProfileNoNeeds = ("inga behov enligt kartläggningen", "no needs found in the assessment"),
    /// Research asked for.
    ProfileResearch = ("inklusive FoU", "research included (\"FoU\")"),
    /// The ICD-10 codes of the profile.
    ProfileDiagnoses = ("ICD-10 {code} ({group}: {kind})", "ICD-10 {code} ({group}: {kind})"),
    /// The DSM-5 count.
    ProfileDsm5 = ("{count} uppfyllda DSM-5-kriterier", "{count} DSM-5 criteria met"),
    /// A severity the DSM-5 count gives: the guide's grades equal to DSM-5's is an assumption no source states.
    ProfileSeverityFromDsm5 = (
        "{severity} (antagen utifrån {count} uppfyllda DSM-5-kriterier)",
        "{severity} (assumed from {count} DSM-5 criteria met)"
    ),
    /// A fact the profile has from a diagnosis or an instrument, not as told.
    ProfileFrom = ("{fact} (från {source})", "{fact} (from {source})"),
    /// A stated situation.
    ProfileSituationAbsent = ("inte: {situation}", "not: {situation}"),
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
        "brödsmulan under titeln saknas (först området, sedan {section} och sist titeln igen), {found}",
        "expected the breadcrumb under the title (the area, then {section}, then the title again), {found}"
    ),
    /// An area that is not a condition.
    PageUnknownArea = (
        "okänt område {area} i brödsmulan; området ska vara ett {condition} som {example}{suggestion}",
        "unknown area {area} in the breadcrumb; expected a {condition} such as {example}{suggestion}"
    ),
    /// Another element where the format requires one.
    PageExpected = ("förväntade {expected}, {found}", "expected {expected}, {found}"),
    /// A title without letters or digits.
    /// The start of the older edition's first breadcrumb line, as a page
    /// message quotes it.
    LineHome = ("Gå till huvudsidan:", "go to the main page:"),
    /// The breadcrumb's section line of an intervention's page, as a page
    /// message quotes it.
    LineTreatmentAndSupport = ("Behandling och stöd", "treatment and support"),
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
        "okänd facett {facet} under {tags}; ange en av guidens sex facetter, t.ex. {example}{suggestion}",
        "unknown facet {facet} under {tags}; expected one of the guide's six facets, such as {example}{suggestion}"
    ),
    /// A value not in its facet's vocabulary.
    PageUnknownValue = (
        "okänt värde {value} i facetten {facet}; värden skiljs åt med \", \"{suggestion}",
        "unknown value {value} in the facet {facet}; values are separated by \", \"{suggestion}"
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
        "rubriken {section} står på fel plats: den ska stå före {after}, i guidens ordning av rubrikerna",
        "the heading {section} is out of place: it must come before {after}, in the guide's order of headings"
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
        "{marker} gives no priority on the guidelines' scale (ranks 1–10, {fou} or {dont})"
    ),
    /// A priority marker that is not one number in the guide's form.
    PageMalformedPriority = (
        "{marker} är ingen prioritet som kan läsas; skriv {rank} med ett enda tal på riktlinjernas skala (1–10)",
        "{marker} is no priority the reader can read; write {rank} with one number of the guidelines' scale (ranks 1–10)"
    ),
    /// More priority markers than an entry holds.
    PageTooManyPriorities = (
        "fler än {max} prioriteter under {knowledge}; en post rymmer högst {max} par",
        "more than {max} priority markers under {knowledge}; an entry holds at most {max} pairs"
    ),
    /// A line of a statement block not in the writer's form.
    PageMalformedStatement = (
        "raden {found} i blocket med fakta i korthet under {section} står inte i den form som skrivaren skriver; skriv om den som löptext ovanför blocket eller rätta den",
        "the line {found} of the block in brief under {section} is not in the form the writer writes; reword it as prose above the block or correct it"
    ),
    /// A statement that gives what the prose gives already.
    PageRedundantStatement = (
        "raden {found} i blocket med fakta i korthet under {section} säger det som texten redan säger; ta bort raden",
        "the line {found} of the block in brief under {section} states what the prose states already; drop the line"
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
        "okänt värde {value} i facetten {facet}; värdet hoppades över{suggestion}",
        "unknown value {value} in the facet {facet}; skipped{suggestion}"
    ),
    /// An area read past.
    WarningUnknownArea = (
        "okänt område {area} i brödsmulan; området behölls som det står{suggestion}",
        "unknown area {area} in the breadcrumb; kept as written{suggestion}"
    ),
    /// A near-miss heading read as the heading.
    WarningMisspelledHeading = ("{found} är ingen rubrik; raden lästes som {heading}", "{found} is not a heading; read as {heading}"),
    /// A tag line outside Märkning read as a tag line.
    WarningTagLineOutsideTags = (
        "en märkningsrad för facetten {facet} står {place}; raden lästes som märkning under {tags}",
        "a tag line of the facet {facet} stands {place}; read as a tag line under {tags}"
    ),
    /// A marker not in the guide's form read past.
    WarningMalformedPriority = (
        "{marker} är ingen prioritet som kan läsas; ingen rekommendation lästes ur den",
        "{marker} is no priority the reader can read; no recommendation was read from it"
    ),
    /// A marker off the scale read past.
    WarningPriorityOffScale = (
        "{marker} anger ingen prioritet på riktlinjernas skala; ingen rekommendation lästes ur den",
        "{marker} gives no priority on the guidelines' scale; no recommendation was read from it"
    ),

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
        "; ange en av etiketterna (på svenska eller engelska) eller ett id",
        "; expected one of its labels (Swedish or English) or its id"
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
        "NR priority {text} is not on the scale: expected a rank 1–10, \"FoU\" (only within research and development) or \"Icke-göra\" (should not be offered)"
    ),
    /// A schedule that is refused.
    ErrorSchedule = ("ogiltigt upplägg: {field} {value}: {problem}", "invalid schedule: {field} {value}: {problem}"),
    /// An intervention that is refused.
    ErrorIntervention = (
        "ogiltig insats: fältet {field} ({value}): {problem}",
        "invalid intervention: field {field} ({value}): {problem}"
    ),
    /// A profile that is refused.
    ErrorProfile = (
        "ogiltig profil: fältet {field} ({value}): {problem}",
        "invalid profile: field {field} ({value}): {problem}"
    ),
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
    /// A case with several problems, each on a line of its own after it.
    ErrorCase = ("fallet har {count} fel:", "the case has {count} problems:"),
    /// A case with one problem, on a line of its own after it.
    ErrorCaseOne = ("fallet har ett fel:", "the case has one problem:"),
    /// A field of a case whose text could mean several values: the
    /// field's path says which vocabulary.
    CaseAmbiguousLabel = (
        "fältet {path}: {text} kan vara {values}; skriv hela etiketten",
        "field {path}: {text} could be {values}; write the whole label"
    ),
    /// A field of a case that contradicts another, or a value no person
    /// has: what the profile's builder refuses.
    CaseRefused = ("fältet {path} ({value}): {problem}", "field {path} ({value}): {problem}"),
    /// A problem of a case as a whole (not an object).
    CaseWhole = ("fallet {problem}", "the case {problem}"),
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
    /// serde_json: "EOF while parsing …".
    JsonSyntaxEof = ("texten tar slut mitt i ett värde", "the text ends in the middle of a value"),
    /// serde_json: "expected `:`".
    JsonSyntaxExpectedColon = (
        "ett kolon (:) saknas efter nyckeln",
        "a colon (:) is missing after the key"
    ),
    /// serde_json: "expected `,` or `]`" (or `}`).
    JsonSyntaxExpectedComma = (
        "ett kommatecken eller ett sluttecken (] eller }) saknas",
        "a comma or a closing bracket or brace is missing"
    ),
    /// serde_json: "expected value", "expected ident".
    JsonSyntaxExpectedValue = (
        "ett värde saknas eller är felskrivet",
        "a value is missing or misspelt"
    ),
    /// serde_json: "key must be a string".
    JsonSyntaxKeyString = (
        "en nyckel måste vara en sträng inom citattecken",
        "a key must be a string in quotes"
    ),
    /// serde_json: "trailing comma".
    JsonSyntaxTrailingComma = (
        "ett kommatecken står sist i en lista eller ett objekt",
        "a comma stands last in a list or an object"
    ),
    /// serde_json: "trailing characters".
    JsonSyntaxTrailingCharacters = (
        "det står text efter JSON-värdet",
        "there is text after the JSON value"
    ),
    /// serde_json: invalid numbers, escapes, code points and control characters.
    JsonSyntaxBadCharacter = (
        "ett tal, ett escape-tecken eller ett styrtecken i en sträng är ogiltigt",
        "a number, an escape or a control character in a string is invalid"
    ),
    /// serde_json: "recursion limit exceeded".
    JsonSyntaxTooDeep = ("värdena är nästlade för djupt", "the values are nested too deeply"),

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
    ScheduleNotAPart = (
        "kan inte läsas; skriv t.ex. \"24 veckor, 2 sessioner per vecka\" eller \"minst 18 sessioner\"",
        "cannot be read; write e.g. \"24 veckor, 2 sessioner per vecka\" (24 weeks, 2 sessions a week) or \"minst 18 sessioner\" (at least 18 sessions)"
    ),
    /// A schedule that states nothing to count.
    ScheduleNeitherSpanNorSessions = (
        "anger varken längd eller antal sessioner",
        "states neither a span nor a number of sessions"
    ),

    /// An AUDIT score outside its range.
    ScoreOutsideAudit = ("ligger utanför AUDIT:s skala 0–40", "is outside AUDIT's range 0–40"),
    /// A DUDIT score outside its range.
    ScoreOutsideDudit = ("ligger utanför DUDIT:s skala 0–44", "is outside DUDIT's range 0–44"),
    /// What an AUDIT score above the cut-off indicates.
    IndicationAudit = (
        "AUDIT-poängen {score} tyder på riskbruk av alkohol (instrumentets indikation, inte en diagnos)",
        "the AUDIT score {score} indicates risky drinking (the instrument's indication, not a diagnosis)"
    ),
    /// What a DUDIT score at the cut-off indicates.
    IndicationDudit = (
        "DUDIT-poängen {score} tyder på sannolika drogrelaterade problem (instrumentets indikation, inte en diagnos)",
        "the DUDIT score {score} suggests probable drug-related problems (the instrument's indication, not a diagnosis)"
    ),
    /// The same, at the preliminary cut-off for ages 16–25.
    IndicationDuditPreliminary = (
        "DUDIT-poängen {score} tyder på sannolika drogrelaterade problem enligt den preliminära gränsen för 16–25 år (instrumentets indikation, inte en diagnos)",
        "the DUDIT score {score} suggests probable drug-related problems by the preliminary cut-off for ages 16 to 25 (the instrument's indication, not a diagnosis)"
    ),
    /// An age above the oldest a profile takes.
    ProfileAgeAboveMax = ("är över den högsta åldern, 130 år", "is above the oldest age, 130 years"),
    /// An age group that contradicts the age.
    ProfileAgeGroupContradicts = ("stämmer inte med åldern", "contradicts the age"),
    /// In LARO but in no other treatment.
    ProfileLaroWithoutTreatment = (
        "LARO är en behandling, så personen kan inte samtidigt anges vara utan annan behandling",
        "LARO is a treatment, so the person cannot also be stated to be in no other treatment"
    ),
    /// A severity that a DSM-5 count contradicts.
    ProfileSeverityContradictsDsm5 = (
        "stämmer inte med svårighetsgraden som antalet DSM-5-kriterier ger",
        "contradicts the severity that the count of DSM-5 criteria gives"
    ),
    /// A situation stated both to hold and not to hold.
    ProfileSituationBothWays = (
        "anges både gälla och inte gälla",
        "is stated both to hold and not to hold"
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
    /// More condition–intervention pairs than an entry can hold.
    InterventionTooManyPairs = ("högst 65 535 par per post", "at most 65 535 pairs per entry"),
    // What an entry's texts must be so that its page reads back the same
    // (`page::check`): the problems of `Error::Intervention` for a text.
    /// A line break in a one-line text.
    CheckLineBreak = (
        "måste vara en rad: en radbrytning skulle börja ett nytt element på sidan",
        "must be one line: a line break would start another element of the page"
    ),
    /// A carriage return.
    CheckCarriageReturn = (
        "får inte innehålla en vagnretur (CR), som sidläsaren tar bort",
        "must not hold a carriage return, which the page reader drops"
    ),
    /// White space at an edge.
    CheckSurroundingSpace = (
        "får inte börja eller sluta med blanksteg, som sidläsaren tar bort",
        "must not start or end with white space, which the page reader trims"
    ),
    /// An empty text.
    CheckEmpty = ("får inte vara tom eller bara blanksteg", "must not be empty or white space only"),
    /// A text that is a heading.
    CheckHeading = (
        "är en avsnittsrubrik, som sidläsaren läser som rubrik",
        "is a section heading, which the page reader reads as one"
    ),
    /// A text one edit from a heading.
    CheckNearHeading = (
        "ligger en ändring från en avsnittsrubrik, vilket sidläsaren vägrar (eller läser som rubriken)",
        "is one edit from a section heading, which the page reader refuses (or reads as the heading)"
    ),
    /// A text that is a tag line.
    CheckTagLine = (
        "är en märkningsrad, som sidläsaren vägrar utanför Märkning (eller läser som märkning)",
        "is a tag line, which the page reader refuses outside \"Märkning\" (tags) (or reads as a tag)"
    ),
    /// A text that starts with a bullet.
    CheckBullet = (
        "börjar med en punkt (•), som sidläsaren tar för en märkningsrad",
        "starts with a bullet, which the page reader takes for a tag line"
    ),
    /// A text that starts like the first breadcrumb line.
    CheckHomePrefix = (
        "börjar som raden \"Gå till huvudsidan:\" i brödsmulespåret",
        "starts like the line \"Gå till huvudsidan:\" of the breadcrumb"
    ),
    /// A breadcrumb line that is the title.
    CheckTitle = (
        "är titeln, som sidläsaren tar för den upprepade titeln",
        "is the title, which the page reader takes for the title repeated"
    ),
    /// A breadcrumb line that is the section line.
    CheckSectionLine = (
        "är brödsmulespårets avsnittsrad, som sidläsaren tar för den",
        "is the breadcrumb's section line, which the page reader takes for it"
    ),
    /// A replacement character.
    CheckReplacementCharacter = (
        "innehåller U+FFFD, som sidläsaren vägrar i sidans struktur",
        "holds U+FFFD, which the page reader refuses in the page's structure"
    ),
    /// A byte order mark.
    CheckByteOrderMark = (
        "börjar med en byteordningsmarkering (BOM), som sidläsaren tar bort",
        "starts with a byte order mark, which the page reader drops"
    ),
    /// A blank first or last line.
    CheckBlankEdge = (
        "börjar eller slutar med en tom rad, som sidläsaren tar bort",
        "starts or ends with a blank line, which the page reader drops"
    ),
    /// A heading wording for an empty section.
    CheckEmptySectionWording = (
        "ett avsnitt utan text skrivs inte på sidan, så dess rubrik har ingen formulering",
        "a section without text is not written on a page, so its heading has no wording"
    ),
    /// A line of prose that opens a block in brief.
    CheckStatementLead = (
        "öppnar ett block med fakta i korthet, som sidläsaren läser som fakta och inte som text",
        "opens a block in brief, which the page reader reads as facts, not as prose"
    ),
    /// A heading that is no wording of its section's.
    CheckNotAWording = (
        "är ingen formulering av avsnittets rubrik (se Section::headings)",
        "is not a wording of that section's heading (see Section::headings)"
    ),

    /// An empty diagnosis code.
    DiagnosisEmpty = ("tom; ange en kod i F10–F19, till exempel F10.2", "empty; expected a code of F10–F19 such as F10.2"),
    /// A text not written as a code.
    DiagnosisMalformed = (
        "felaktigt skriven; ange en kod som F10.2, F102 eller F10.24 (en bokstav, två siffror, en punkt om du vill, sedan en eller två bokstäver eller siffror)",
        "malformed; expected a code such as F10.2, F102 or F10.24 (a letter, two digits, an optional dot, then one or two letters or digits)"
    ),
    /// A tobacco code.
    DiagnosisTobacco = (
        "tobak (F17) ligger utanför Kunskapsguidens område Missbruk och beroende; Socialstyrelsen behandlar tobak i sina riktlinjer om ohälsosamma levnadsvanor",
        "tobacco (F17) is outside the guide's substance-use area; Socialstyrelsen covers it in its separate guideline on unhealthy lifestyle habits"
    ),
    /// A code outside F10–F19.
    DiagnosisOutsideArea = (
        "ligger utanför Kunskapsguidens område Missbruk och beroende, som omfattar koderna F10–F19 (utom tobak, F17)",
        "outside the guide's substance-use area, which covers the codes F10–F19 except F17 (tobacco)"
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
        "minst 2 uppfyllda kriterier krävs för ett substansbrukssyndrom, så ingen svårighetsgrad kan anges",
        "at least 2 are needed for a substance use disorder, so no severity can be given"
    ),
    /// More than eleven DSM-5 criteria.
    Dsm5TooMany = (
        "DSM-5 har 11 kriterier för substansbrukssyndrom, så högst 11 kan vara uppfyllda",
        "DSM-5 has 11 criteria for a substance use disorder, so at most 11 can be met"
    ),
}

// The tests' language lint, an oracle independent of the table.
#[cfg(test)]
#[path = "../../tests/util/language.rs"]
pub(crate) mod language;

#[cfg(test)]
mod tests {
    use super::{Term, language};

    /// Every term of the table reads in its language: the Swedish text
    /// holds no English word and the English text no Swedish word, quoted
    /// labels aside.
    #[test]
    fn every_term_is_in_its_language() {
        for term in Term::ALL {
            language::assert_swedish(term.sv());
            language::assert_english(term.en());
        }
    }
}
