//! The built-in entries, compiled into the crate: one JSON file per
//! intervention (the entry schema of [`Catalog`](super::Catalog)), in catalog order.

/// The date of the fact sheet the entries are taken from.
pub(crate) const SOURCES_DATE: &str = "2026-11-23";

/// `(file name, JSON text)` of every entry, in catalog order.
pub(crate) const ENTRIES: &[(&str, &str)] = &[
    ("psykosocial-behandling.json", include_str!("data/entries/psykosocial-behandling.json")),
    ("psykologisk-behandling.json", include_str!("data/entries/psykologisk-behandling.json")),
    (
        "motivationshojande-behandling-met.json",
        include_str!("data/entries/motivationshojande-behandling-met.json"),
    ),
    ("kognitiv-beteendeterapi.json", include_str!("data/entries/kognitiv-beteendeterapi.json")),
    ("aterfallsprevention.json", include_str!("data/entries/aterfallsprevention.json")),
    (
        "community-reinforcement-approach-cra.json",
        include_str!("data/entries/community-reinforcement-approach-cra.json"),
    ),
    (
        "tolvstegsbehandling-enligt-minnesotamodellen.json",
        include_str!("data/entries/tolvstegsbehandling-enligt-minnesotamodellen.json"),
    ),
    (
        "social-behaviour-network-therapy-sbnt.json",
        include_str!("data/entries/social-behaviour-network-therapy-sbnt.json"),
    ),
    (
        "parterapi-enligt-behavioral-couples-therapy.json",
        include_str!("data/entries/parterapi-enligt-behavioral-couples-therapy.json"),
    ),
    ("natverksterapi.json", include_str!("data/entries/natverksterapi.json")),
    ("interaktionell-terapi.json", include_str!("data/entries/interaktionell-terapi.json")),
    ("psykodynamisk-terapi-pdt.json", include_str!("data/entries/psykodynamisk-terapi-pdt.json")),
    ("webbaserad-behandling.json", include_str!("data/entries/webbaserad-behandling.json")),
    (
        "lakemedelsbehandling-vid-alkoholberoende-disulfiram.json",
        include_str!("data/entries/lakemedelsbehandling-vid-alkoholberoende-disulfiram.json"),
    ),
    (
        "lakemedelsbehandling-vid-alkoholberoende-akamprosat.json",
        include_str!("data/entries/lakemedelsbehandling-vid-alkoholberoende-akamprosat.json"),
    ),
    (
        "lakemedelsbehandling-vid-alkoholberoende-naltrexon.json",
        include_str!("data/entries/lakemedelsbehandling-vid-alkoholberoende-naltrexon.json"),
    ),
    (
        "lakemedelsbehandling-vid-alkoholberoende-nalmefen.json",
        include_str!("data/entries/lakemedelsbehandling-vid-alkoholberoende-nalmefen.json"),
    ),
    (
        "lakemedelsbehandling-vid-alkoholberoende-baklofen.json",
        include_str!("data/entries/lakemedelsbehandling-vid-alkoholberoende-baklofen.json"),
    ),
    (
        "lakemedelsbehandling-vid-alkoholberoende-topiramat.json",
        include_str!("data/entries/lakemedelsbehandling-vid-alkoholberoende-topiramat.json"),
    ),
    (
        "haschavvanjningsprogrammet-hap.json",
        include_str!("data/entries/haschavvanjningsprogrammet-hap.json"),
    ),
    (
        "cannabisprogram-for-ungdomar-cpu.json",
        include_str!("data/entries/cannabisprogram-for-ungdomar-cpu.json"),
    ),
    (
        "naloxon-och-utbildningsinsats.json",
        include_str!("data/entries/naloxon-och-utbildningsinsats.json"),
    ),
    (
        "lakemedelsassisterad-behandling-vid-opioidberoende-laro.json",
        include_str!("data/entries/lakemedelsassisterad-behandling-vid-opioidberoende-laro.json"),
    ),
    (
        "lakemedelsassisterad-behandling-vid-beroende-av-opioidanalgetika.json",
        include_str!(
            "data/entries/lakemedelsassisterad-behandling-vid-beroende-av-opioidanalgetika.json"
        ),
    ),
    (
        "kort-intervention-eller-motivationshojande-behandling.json",
        include_str!("data/entries/kort-intervention-eller-motivationshojande-behandling.json"),
    ),
    (
        "motivationshojande-behandling-i-kombination-med-kognitiv-beteendeterapi.json",
        include_str!(
            "data/entries/motivationshojande-behandling-i-kombination-med-kognitiv-beteendeterapi.json"
        ),
    ),
    (
        "adolescent-community-reinforcement-approach-eller-assertive-continuing-care.json",
        include_str!(
            "data/entries/adolescent-community-reinforcement-approach-eller-assertive-continuing-care.json"
        ),
    ),
    (
        "funktionell-familjeterapi-fft.json",
        include_str!("data/entries/funktionell-familjeterapi-fft.json"),
    ),
    (
        "multidimensionell-familjeterapi-mdft.json",
        include_str!("data/entries/multidimensionell-familjeterapi-mdft.json"),
    ),
    (
        "kort-strategisk-familjeterapi-bsft.json",
        include_str!("data/entries/kort-strategisk-familjeterapi-bsft.json"),
    ),
    ("multisystemisk-terapi-mst.json", include_str!("data/entries/multisystemisk-terapi-mst.json")),
    ("craft.json", include_str!("data/entries/craft.json")),
    (
        "al-eller-nar-anoninspirerade-stodprogram.json",
        include_str!("data/entries/al-eller-nar-anoninspirerade-stodprogram.json"),
    ),
    ("case-management.json", include_str!("data/entries/case-management.json")),
    ("bostad-forst.json", include_str!("data/entries/bostad-forst.json")),
    ("vardkedja.json", include_str!("data/entries/vardkedja.json")),
    ("personellt-boendestod.json", include_str!("data/entries/personellt-boendestod.json")),
    ("ips-modellen.json", include_str!("data/entries/ips-modellen.json")),
    (
        "arbetsforberedande-traningsmodeller.json",
        include_str!("data/entries/arbetsforberedande-traningsmodeller.json"),
    ),
    ("contingency-management.json", include_str!("data/entries/contingency-management.json")),
];
