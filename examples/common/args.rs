//! Command-line flags shared by the `recommend` and `explain` examples: a
//! profile from the guide's Swedish labels (or serde ids), parsed with
//! `clap`.
//!
//! A new profile flag is one field of [`ProfileFlags`] and one line of
//! [`ProfileFlags::apply`].

pub use crate::cli::label_in;
use crate::cli::{Refused, bin_name, exit_swedish, exit_with, label, language, localize, word};
use crate::words::Word;
use clap::error::ErrorKind;
use clap::{ArgAction, Command, CommandFactory, FromArgMatches, Parser};
use insats::{
    AgeGroup, Audit, Catalog, Condition, Diagnosis, Dudit, Language, Need, PatternOfUse, Profile,
    ProfileBuilder, Provider, Role, Severity, Sex, Situation, Substance, Withdrawal,
};
use std::path::PathBuf;
use std::process::exit;

/// The oldest age in years a profile takes: the crate's limit.
pub const MAX_AGE: u8 = Profile::MAX_AGE;

/// A step of a case: finding out (instruments, tests) or treatment and
/// support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Step {
    /// Treatment and support.
    Treatment,
    /// Assessment instruments and medical tests.
    Assessment,
    /// Both.
    All,
}

impl Step {
    /// Whether the step shows `entry`.
    #[allow(dead_code)] // `explain` filters by it; `recommend` reads the lists
    pub fn shows(self, entry: &insats::Intervention) -> bool {
        let assessment = entry.kind().is_some_and(|k| k.is_assessment_step());
        match self {
            Step::Treatment => !assessment,
            Step::Assessment => assessment,
            Step::All => true,
        }
    }
}

/// What the flags ask for.
pub struct Args {
    pub profile: Profile,
    pub catalog: Option<Catalog>,
    pub json: bool,
    /// Which step of a case `recommend` prints (`--step`).
    pub step: Step,
    /// Whether `recommend` prints the SIP draft (`--sip`).
    #[allow(dead_code)] // `explain` prints every decision instead
    pub sip: bool,
    /// The language of everything printed: `--sv` asks for Swedish.
    pub language: Language,
}

// The flags' help is set from the words table (`localized`), in the
// language of the run; the comments here are for the reader of the code.
#[derive(Parser)]
#[command(disable_help_flag = true)]
struct Cli {
    // Match against this catalog (JSON) instead of the built-in one
    #[arg(long, value_name = "FILE.json")]
    catalog: Option<PathBuf>,

    // Print in Swedish (default: English)
    #[arg(long)]
    sv: bool,

    // Print the result as JSON
    #[arg(long)]
    json: bool,

    // Which step to print: treatment (treatment and support), assessment
    // (instruments and tests) or all
    #[arg(long, value_enum, value_name = "STEP", default_value_t = Step::All)]
    step: Step,

    // Print the recommended measures grouped by principal, as a draft of a
    // coordinated individual plan (SIP)
    #[arg(long)]
    sip: bool,

    #[command(flatten)]
    profile: ProfileFlags,
}

// The profile flags (a plain comment: a doc comment here would become the
// examples' description in `--help`).
#[derive(clap::Args)]
#[group(id = "profile", multiple = true)]
struct ProfileFlags {
    // Age in years (0-130), or an age group, e.g. 34 or "Vuxna (18-64 år)"
    #[arg(long, value_name = "YEARS|GROUP", value_parser = age, allow_negative_numbers = true)]
    age: Option<Age>,

    // Severity, e.g. Medelsvår
    #[arg(long, value_name = "LABEL", value_parser = label::<Severity>)]
    severity: Option<Severity>,

    // Condition, e.g. "Missbruk och beroende"
    #[arg(long, value_name = "LABEL", value_parser = label::<Condition>)]
    condition: Option<Condition>,

    // A substance used, e.g. Alkohol (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Substance>)]
    substance: Vec<Substance>,

    // The setting, e.g. "Individ- och familjeomsorg"
    #[arg(long, value_name = "LABEL", value_parser = label::<Provider>)]
    provider: Option<Provider>,

    // The practitioner's role, e.g. "Socialsekreterare | Biståndshandläggare"
    #[arg(long, value_name = "LABEL", value_parser = label::<Role>)]
    role: Option<Role>,

    // A need found in the assessment, e.g. Bostad (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Need>)]
    need: Vec<Need>,

    // Already in another treatment
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    in_treatment: Option<bool>,

    // Already in medication-assisted treatment (LARO)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    in_laro: Option<bool>,

    // The person asking is a relative (anhörig)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    relative: Option<bool>,

    // Lives with a partner
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    partner: Option<bool>,

    // The pattern of use: Riskbruk, "Skadligt bruk", Missbruk or Beroende
    #[arg(long, value_name = "LABEL", value_parser = label::<PatternOfUse>)]
    pattern: Option<PatternOfUse>,

    // A situation that holds, e.g. "Risk för överdos" (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Situation>)]
    situation: Vec<Situation>,

    // A situation that does not hold (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Situation>)]
    no_situation: Vec<Situation>,

    // Alcohol withdrawal: "not-present", "general", "raised-risk" (of
    // withdrawal seizures or delirium tremens) or "delirium-tremens", or
    // the Swedish label
    #[arg(long, value_name = "STATE", value_parser = label::<Withdrawal>)]
    withdrawal: Option<Withdrawal>,

    // Has a severe mental illness (svår psykisk sjukdom)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    severe_mental_illness: Option<bool>,

    // An ICD-10 diagnosis of the substance chapter F10-F19, e.g. F10.2 (repeatable)
    #[arg(long, value_name = "CODE", value_parser = diagnosis)]
    icd: Vec<Diagnosis>,

    // The number of DSM-5 criteria met (2-11), which gives the severity
    #[arg(long, value_name = "N", value_parser = dsm5)]
    dsm5_criteria: Option<u8>,

    // An AUDIT score (0-40); its cut-off needs --sex
    #[arg(long, value_name = "SCORE", allow_negative_numbers = true)]
    audit: Option<i64>,

    // A DUDIT score (0-44); its cut-off needs --sex
    #[arg(long, value_name = "SCORE", allow_negative_numbers = true)]
    dudit: Option<i64>,

    // The sex the instruments' cut-offs are stated for: Kvinna or Man
    #[arg(long, value_name = "LABEL", value_parser = label::<Sex>)]
    sex: Option<Sex>,

    // Include interventions recommended only within research (FoU)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    research: Option<bool>,
}

impl ProfileFlags {
    /// The builder with every flag given applied; an instrument's score
    /// out of range, or without the sex its cut-off needs, is an error.
    fn apply(self, mut b: ProfileBuilder) -> Result<ProfileBuilder, String> {
        let need_sex =
            |instrument: &str| Word::ErrorNeedsSex.fill(language(), &[("instrument", &instrument)]);
        let refused = |e: insats::Error| e.describe(language());
        if let Some(score) = self.audit {
            let sex = self.sex.ok_or_else(|| need_sex("audit"))?;
            b = b.audit(Audit::new(score, sex).map_err(refused)?);
        }
        if let Some(score) = self.dudit {
            let sex = self.sex.ok_or_else(|| need_sex("dudit"))?;
            b = b.dudit(Dudit::new(score, sex).map_err(refused)?);
        }
        b = match self.age {
            Some(Age::Years(years)) => b.age(years),
            Some(Age::Group(group)) => b.age_group(group),
            None => b,
        };
        if let Some(v) = self.severity {
            b = b.severity(v);
        }
        if let Some(v) = self.condition {
            b = b.condition(v);
        }
        for v in self.substance {
            b = b.substance(v);
        }
        if let Some(v) = self.provider {
            b = b.provider(v);
        }
        if let Some(v) = self.role {
            b = b.role(v);
        }
        for v in self.need {
            b = b.need(v);
        }
        if let Some(v) = self.in_treatment {
            b = b.in_other_treatment(v);
        }
        if let Some(v) = self.in_laro {
            b = b.in_laro(v);
        }
        if let Some(v) = self.relative {
            b = b.relative(v);
        }
        if let Some(v) = self.partner {
            b = b.cohabiting_partner(v);
        }
        if let Some(v) = self.withdrawal {
            b = b.withdrawal(v);
        }
        if let Some(v) = self.severe_mental_illness {
            b = b.severe_mental_illness(v);
        }
        for v in self.icd {
            b = b.diagnosis(v);
        }
        if let Some(v) = self.dsm5_criteria {
            b = b.dsm5_criteria(v);
        }
        if let Some(v) = self.pattern {
            b = b.pattern(v);
        }
        for v in self.situation {
            b = b.situation(v, true);
        }
        for v in self.no_situation {
            b = b.situation(v, false);
        }
        if let Some(v) = self.research {
            b = b.include_research(v);
        }
        Ok(b)
    }
}

/// `--age`: years or an age group.
#[derive(Clone, Copy)]
enum Age {
    Years(u8),
    Group(AgeGroup),
}

/// The value of `--age`: whole years up to [`MAX_AGE`], or an age group.
fn age(text: &str) -> Result<Age, Box<dyn std::error::Error + Send + Sync>> {
    let trimmed = text.trim();
    if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return match trimmed.parse::<u8>() {
            Ok(years) if years <= MAX_AGE => Ok(Age::Years(years)),
            // The crate's limit: refused as the crate refuses a value.
            _ => Err(Refused::message(
                Word::ErrorAgeAboveMax.fill(language(), &[("years", &trimmed), ("max", &MAX_AGE)]),
            )
            .into()),
        };
    }
    // A number that is no whole number of years (-3, 17.5) is no age group
    // either: say so, rather than list the groups.
    if trimmed.replace(',', ".").parse::<f64>().is_ok() {
        let text = format!("{trimmed:?}");
        return Err(Word::ErrorNotAnAge
            .fill(language(), &[("text", &text), ("max", &MAX_AGE)])
            .into());
    }
    Ok(Age::Group(label(text)?))
}

/// An ICD-10 code; a code the crate refuses (tobacco, outside F10-F19, not
/// a code) exits with status 1, like an unknown label.
fn diagnosis(text: &str) -> Result<Diagnosis, Refused> {
    text.parse().map_err(|error| Refused::new(&error))
}

/// A number of DSM-5 criteria met, checked as the crate checks it; a
/// count the crate refuses exits with status 1, as a refused ICD code does.
fn dsm5(text: &str) -> Result<u8, Box<dyn std::error::Error + Send + Sync>> {
    let count: u8 = text
        .trim()
        .parse()
        .map_err(|_| Word::ErrorNotACount.fill(language(), &[("text", &format!("{text:?}"))]))?;
    Severity::from_dsm5_criteria(count).map_err(|error| Refused::new(&error))?;
    Ok(count)
}

fn yes_no(text: &str) -> Result<bool, String> {
    match text.to_lowercase().as_str() {
        "yes" | "ja" | "true" => Ok(true),
        "no" | "nej" | "false" => Ok(false),
        _ => Err(word(Word::ErrorYesNo).to_owned()),
    }
}

/// The help of each flag, from the words table.
const HELP: &[(&str, Word)] = &[
    ("catalog", Word::HelpCatalog),
    ("sv", Word::HelpSv),
    ("json", Word::HelpJson),
    ("step", Word::HelpStep),
    ("sip", Word::HelpSip),
    ("age", Word::HelpAge),
    ("severity", Word::HelpSeverity),
    ("condition", Word::HelpCondition),
    ("substance", Word::HelpSubstance),
    ("provider", Word::HelpProvider),
    ("role", Word::HelpRole),
    ("need", Word::HelpNeed),
    ("in_treatment", Word::HelpInTreatment),
    ("in_laro", Word::HelpInLaro),
    ("relative", Word::HelpRelative),
    ("partner", Word::HelpPartner),
    ("pattern", Word::HelpPattern),
    ("situation", Word::HelpSituation),
    ("no_situation", Word::HelpNoSituation),
    ("withdrawal", Word::HelpWithdrawal),
    ("severe_mental_illness", Word::HelpSevereMentalIllness),
    ("icd", Word::HelpIcd),
    ("dsm5_criteria", Word::HelpDsm5),
    ("audit", Word::HelpAudit),
    ("dudit", Word::HelpDudit),
    ("sex", Word::HelpSex),
    ("research", Word::HelpResearch),
];

/// The value names of the help, from the words table (by the English one
/// the flags declare).
const VALUE_NAMES: &[(&str, Word)] = &[
    ("LABEL", Word::ValueLabel),
    ("YEARS|GROUP", Word::ValueAge),
    ("yes|no", Word::ValueYesNo),
    ("STATE", Word::ValueState),
    ("CODE", Word::ValueCode),
    ("N", Word::ValueCount),
    ("SCORE", Word::ValueScore),
    ("FILE.json", Word::ValueFile),
    ("STEP", Word::ValueStep),
];

/// The general flags (the rest are the profile's).
const GENERAL: &[&str] = &["catalog", "sv", "json", "step", "sip", "help"];

/// The command with its help in this run's language: the description,
/// each flag's help and heading, the text after the flags and the usage
/// line's lead.
fn localized(name: &'static str, about: Word) -> Command {
    let command = Cli::command().after_help(word(Word::HelpAfter));
    let heading = Some((Word::HelpHeadingProfile, GENERAL));
    let command = localize(command, name, Word::UsageLine, about, HELP, VALUE_NAMES, heading);
    // The help of --step names its values and default in words.
    command.mut_arg("step", |arg| arg.hide_default_value(true).hide_possible_values(true))
}

/// The flags of this run, for the example that `about` describes;
/// `--help` prints the usage and exits with 0, a usage error exits with 2,
/// an unknown label or a value the crate refuses with 1. Under `--sv` the
/// help and every error are Swedish.
pub fn parse(about: Word) -> Args {
    crate::cli::init_language();
    let name = bin_name();
    let matches = localized(name, about).try_get_matches().unwrap_or_else(|e| exit_with(e, name));
    let stated = matches.contains_id("profile");
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(e, name));
    let profile = if stated {
        let built = cli
            .profile
            .apply(ProfileBuilder::default())
            .and_then(|b| b.build().map_err(|e| e.describe(language())));
        built.unwrap_or_else(|e| {
            eprintln!("{}: {e}", word(Word::LabelError));
            exit(1)
        })
    } else {
        sample_profile()
    };
    let catalog = cli.catalog.map(|path| {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            let problem = match e.kind() {
                std::io::ErrorKind::NotFound => word(Word::ErrorFileNotFound),
                std::io::ErrorKind::PermissionDenied => word(Word::ErrorFileDenied),
                _ => word(Word::ErrorFileOther),
            };
            let path = path.display().to_string();
            let message =
                Word::ErrorCannotRead.fill(language(), &[("path", &path), ("problem", &problem)]);
            if language() == Language::Swedish {
                exit_swedish(&message, name, 2)
            }
            exit_with(localized(name, about).error(ErrorKind::Io, message), name)
        });
        Catalog::from_json(&text).unwrap_or_else(|e| {
            eprintln!("{}: {}: {}", word(Word::LabelError), path.display(), e.describe(language()));
            exit(1)
        })
    });
    Args { profile, catalog, json: cli.json, step: cli.step, sip: cli.sip, language: language() }
}

/// The sample profile of the README.
pub fn sample_profile() -> Profile {
    let sample = Profile::builder()
        .age_group(AgeGroup::Adults)
        .substance(Substance::Alcohol)
        .pattern(PatternOfUse::Dependence)
        .provider(Provider::IndividualAndFamilyCare)
        .role(Role::SocialWorker)
        .in_other_treatment(true)
        .relative(false)
        .need(Need::Housing)
        .need(Need::Work)
        .build();
    // The sample states nothing that contradicts itself.
    sample.unwrap_or_default()
}
