//! The built-in entries, compiled into the crate: one JSON file per
//! intervention (the entry schema of [`Catalog`](super::Catalog)), in catalog order.

/// The date of the fact sheet the entries are taken from.
pub(crate) const SOURCES_DATE: &str = "2026-11-23";

/// `(file name, JSON text)` of every entry, in catalog order. Each file is
/// named once: the macro derives its name and its path from the id.
macro_rules! entries {
    ($($id:literal),+ $(,)?) => {
        &[$((concat!($id, ".json"), include_str!(concat!("data/entries/", $id, ".json")))),+]
    };
}

pub(crate) const ENTRIES: &[(&str, &str)] = entries![
    "psykosocial-behandling",
    "psykologisk-behandling",
    "motivationshojande-behandling-met",
    "kognitiv-beteendeterapi",
    "aterfallsprevention",
    "community-reinforcement-approach-cra",
    "tolvstegsbehandling-enligt-minnesotamodellen",
    "social-behaviour-network-therapy-sbnt",
    "parterapi-enligt-behavioral-couples-therapy",
    "natverksterapi",
    "interaktionell-terapi",
    "psykodynamisk-terapi-pdt",
    "webbaserad-behandling",
    "lakemedelsbehandling-vid-alkoholberoende-disulfiram",
    "lakemedelsbehandling-vid-alkoholberoende-akamprosat",
    "lakemedelsbehandling-vid-alkoholberoende-naltrexon",
    "lakemedelsbehandling-vid-alkoholberoende-nalmefen",
    "lakemedelsbehandling-vid-alkoholberoende-baklofen",
    "lakemedelsbehandling-vid-alkoholberoende-topiramat",
    "haschavvanjningsprogrammet-hap",
    "cannabisprogram-for-ungdomar-cpu",
    "naloxon-och-utbildningsinsats",
    "lakemedelsassisterad-behandling-vid-opioidberoende-laro",
    "lakemedelsassisterad-behandling-vid-beroende-av-opioidanalgetika",
    "nedtrappning-vid-langvarigt-bruk-av-bensodiazepiner",
    "lakemedelsbehandling-vid-alkoholabstinens",
    "kort-intervention-eller-motivationshojande-behandling",
    "motivationshojande-behandling-i-kombination-med-kognitiv-beteendeterapi",
    "adolescent-community-reinforcement-approach-eller-assertive-continuing-care",
    "funktionell-familjeterapi-fft",
    "multidimensionell-familjeterapi-mdft",
    "kort-strategisk-familjeterapi-bsft",
    "multisystemisk-terapi-mst",
    "craft",
    "al-eller-nar-anoninspirerade-stodprogram",
    "case-management",
    "bostad-forst",
    "vardkedja",
    "personellt-boendestod",
    "ips-modellen",
    "arbetsforberedande-traningsmodeller",
    "contingency-management",
    "kort-intervention-brief-intervention",
    "nedtrappning-av-lakemedel-vid-beroende-av-opioidanalgetika",
    "integrerad-behandlingsmetod-vid-samsjuklighet",
    "boendestod",
    "lakemedelsbehandling-vid-alkoholabstinens-klometiazol-heminevrin",
    "bensodiazepiner-vid-delirium-tremens",
    "acceptance-and-commitment-therapy-act",
    "audit-alcohol-use-disorders-identification-test",
    "alcohol-e",
    "audit-c-de-tre-forsta-fragorna-i-audit",
    "dudit",
    "dudit-e",
    "mm-mast-eller-cage",
    "asi-addiction-severity-index",
    "adad-adolescent-drug-abuse-diagnosis",
    "mini",
    "addis",
    "scid-i",
    "matning-av-etg-eller-ets-i-urin",
    "matning-av-cdt-eller-peth-i-blodprov",
    "matning-av-gt-i-blodprov",
    "matning-av-asat-och-alat-i-blodprov",
    "urinprov",
    "salivprov",
    "patientnara-drogtest-snabbtest-med-urinprov",
    "patientnara-drogtest-med-salivprov",
];
