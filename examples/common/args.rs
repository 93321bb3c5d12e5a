//! Command-line flags shared by the `recommend` and `explain` examples:
//! a profile from the guide's Swedish labels (or serde ids), without an
//! argument-parsing crate.

use insats::{
    AgeGroup, Catalog, Condition, Need, Profile, ProfileBuilder, Provider, Role, Severity,
    Substance, Vocabulary,
};
use std::process::exit;

pub const USAGE: &str = "\
Profile flags (Swedish labels as in the guide, or serde ids; any left out constrains nothing):
  --age <years | age group>    e.g. 34, or \"Vuxna (18-64 år)\"
  --severity <label>           e.g. Medelsvår
  --condition <label>          e.g. \"Missbruk och beroende\"
  --substance <label>          repeatable, e.g. Alkohol
  --provider <label>           e.g. \"Individ- och familjeomsorg\"
  --role <label>               e.g. \"Socialsekreterare | Biståndshandläggare\"
  --need <label>               repeatable, e.g. Bostad
  --in-treatment[=yes|no]      already in another treatment
  --in-laro[=yes|no]           already in medication-assisted treatment (LARO)
  --relative[=yes|no]          the person asking is a relative (anhörig)
  --partner[=yes|no]           lives with a partner
  --research                   include interventions recommended only within research (FoU)
Other flags:
  --catalog <file.json>        match against this catalog instead of the built-in one
  --sv                         reasons in Swedish (default: English)
  --json                       print the result as JSON
  --help
Without profile flags, a sample profile is used: an adult, alcohol, Individ- och
familjeomsorg, Socialsekreterare | Biståndshandläggare, in other treatment, not a relative, needs Bostad
and Arbete.";

/// What the flags ask for.
pub struct Args {
    pub profile: Profile,
    pub catalog: Option<Catalog>,
    pub json: bool,
    pub swedish: bool,
}

/// The sample profile of the README.
pub fn sample_profile() -> Profile {
    Profile::builder()
        .age_group(AgeGroup::Adults)
        .substance(Substance::Alcohol)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .relative(false)
        .need(Need::Housing)
        .need(Need::Work)
        .build()
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}\n\n{USAGE}");
    exit(2)
}

/// The value of a vocabulary flag; an unknown label prints the accepted
/// values and exits with status 1.
fn label<T: Vocabulary>(flag: &str, text: &str) -> T {
    text.parse().unwrap_or_else(|e| {
        eprintln!("error: {e}\naccepted values for {flag}:");
        for value in T::ALL {
            eprintln!("  {}  ({})", value.label_sv(), value.id());
        }
        exit(1)
    })
}

fn yes_no(flag: &str, value: Option<&str>) -> bool {
    match value.map(str::to_lowercase).as_deref() {
        None | Some("yes" | "ja" | "true") => true,
        Some("no" | "nej" | "false") => false,
        Some(other) => fail(&format!("{flag} takes yes or no, not {other:?}")),
    }
}

pub fn parse() -> Args {
    let mut args = std::env::args().skip(1);
    let mut builder = ProfileBuilder::default();
    let mut stated = false;
    let mut catalog = None;
    let (mut json, mut swedish) = (false, false);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg.clone(), None),
        };
        let mut value = |flag: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .unwrap_or_else(|| fail(&format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                exit(0)
            }
            "--json" => json = true,
            "--sv" => swedish = true,
            "--catalog" => {
                let path = value(&flag);
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
                catalog = Some(Catalog::from_json(&text).unwrap_or_else(|e| {
                    eprintln!("error: {path}: {e}");
                    exit(1)
                }));
            }
            "--age" => {
                let text = value(&flag);
                builder = match text.trim().parse::<u8>() {
                    Ok(years) => builder.age(years),
                    Err(_) => builder.age_group(label(&flag, &text)),
                };
            }
            "--severity" => builder = builder.severity(label::<Severity>(&flag, &value(&flag))),
            "--condition" => builder = builder.condition(label::<Condition>(&flag, &value(&flag))),
            "--substance" => builder = builder.substance(label::<Substance>(&flag, &value(&flag))),
            "--provider" => builder = builder.provider(label::<Provider>(&flag, &value(&flag))),
            "--role" => builder = builder.role(label::<Role>(&flag, &value(&flag))),
            "--need" => builder = builder.need(label::<Need>(&flag, &value(&flag))),
            "--in-treatment" => {
                builder = builder.in_other_treatment(yes_no(&flag, inline.as_deref()))
            }
            "--in-laro" => builder = builder.in_laro(yes_no(&flag, inline.as_deref())),
            "--relative" => builder = builder.relative(yes_no(&flag, inline.as_deref())),
            "--partner" => builder = builder.cohabiting_partner(yes_no(&flag, inline.as_deref())),
            "--research" => builder = builder.include_research(yes_no(&flag, inline.as_deref())),
            other => fail(&format!("unknown flag {other:?}")),
        }
        stated |= !matches!(flag.as_str(), "--json" | "--sv" | "--catalog");
    }
    let profile = if stated { builder.build() } else { sample_profile() };
    Args { profile, catalog, json, swedish }
}

/// The profile in one line, with the guide's labels.
pub fn describe(profile: &Profile) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (profile.age(), profile.age_group()) {
        (Some(age), Some(group)) => parts.push(format!("{age} år ({group})")),
        (_, Some(group)) => parts.push(group.to_string()),
        _ => {}
    }
    parts.extend(profile.severity().map(|s| s.to_string()));
    parts.extend(profile.condition().map(|c| c.to_string()));
    if !profile.substances().is_empty() {
        parts.push(profile.substances().to_string());
    }
    parts.extend(profile.provider().map(|p| p.to_string()));
    parts.extend(profile.role().map(|r| r.to_string()));
    let flag = |name: &str, value: Option<bool>| {
        value.map(|yes| if yes { name.to_owned() } else { format!("inte {name}") })
    };
    parts.extend(flag("i annan behandling", profile.in_other_treatment()));
    parts.extend(flag("i LARO", profile.in_laro()));
    parts.extend(flag("anhörig", profile.relative()));
    parts.extend(flag("sammanboende", profile.cohabiting_partner()));
    if let Some(needs) = profile.needs() {
        parts.push(format!(
            "behov: {}",
            if needs.is_empty() { "inga".to_owned() } else { needs.to_string() }
        ));
    }
    if profile.include_research() {
        parts.push("inklusive FoU".to_owned());
    }
    if parts.is_empty() { "(inget angivet)".to_owned() } else { parts.join(" · ") }
}
