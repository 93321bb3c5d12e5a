//! Command-line flags shared by the `recommend` and `explain` examples: a
//! profile from the guide's Swedish labels (or serde ids), parsed with
//! `clap`.
//!
//! A new profile flag is one field of [`ProfileFlags`] and one line of
//! [`ProfileFlags::apply`].

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, error::ErrorKind};
use insats::{
    AgeGroup, Audit, Catalog, Condition, Diagnosis, Dudit, Language, Need, PatternOfUse, Profile,
    ProfileBuilder, Provider, Role, Severity, Sex, Situation, Substance, Vocabulary, Withdrawal,
};
use std::error::Error as _;
use std::fmt;
use std::path::PathBuf;
use std::process::exit;

/// The oldest age in years a profile takes: the crate's limit.
pub const MAX_AGE: u8 = Profile::MAX_AGE;

const AFTER_HELP: &str = "\
Profile flags take the guide's Swedish labels (any case) or serde ids; one left out
constrains nothing. A yes/no flag alone means yes; it takes yes, no, ja, nej, true or
false, as `--in-treatment no` or `--in-treatment=no`.

Without profile flags, a sample profile is used: an adult, alcohol dependence,
Individ- och familjeomsorg, Socialsekreterare | Biståndshandläggare, in other
treatment, not a relative, needs Bostad and Arbete.";

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

#[derive(Parser)]
#[command(after_help = AFTER_HELP)]
struct Cli {
    /// Match against this catalog (JSON) instead of the built-in one
    #[arg(long, value_name = "FILE.json")]
    catalog: Option<PathBuf>,

    /// Print in Swedish (default: English)
    #[arg(long)]
    sv: bool,

    /// Print the result as JSON
    #[arg(long)]
    json: bool,

    /// Which step to print: treatment (treatment and support), assessment
    /// (instruments and tests) or all
    #[arg(long, value_enum, default_value_t = Step::All)]
    step: Step,

    /// Print the recommended measures grouped by principal, as a draft of a
    /// coordinated individual plan (SIP)
    #[arg(long)]
    sip: bool,

    #[command(flatten)]
    profile: ProfileFlags,
}

// The profile flags (a plain comment: a doc comment here would become the
// examples' description in `--help`).
#[derive(clap::Args)]
#[group(id = "profile", multiple = true)]
#[command(next_help_heading = "Profile")]
struct ProfileFlags {
    /// Age in years (0-130), or an age group, e.g. 34 or "Vuxna (18-64 år)"
    #[arg(long, value_name = "YEARS|GROUP", value_parser = age)]
    age: Option<Age>,

    /// Severity, e.g. Medelsvår
    #[arg(long, value_name = "LABEL", value_parser = label::<Severity>)]
    severity: Option<Severity>,

    /// Condition, e.g. "Missbruk och beroende"
    #[arg(long, value_name = "LABEL", value_parser = label::<Condition>)]
    condition: Option<Condition>,

    /// A substance used, e.g. Alkohol (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Substance>)]
    substance: Vec<Substance>,

    /// The setting, e.g. "Individ- och familjeomsorg"
    #[arg(long, value_name = "LABEL", value_parser = label::<Provider>)]
    provider: Option<Provider>,

    /// The practitioner's role, e.g. "Socialsekreterare | Biståndshandläggare"
    #[arg(long, value_name = "LABEL", value_parser = label::<Role>)]
    role: Option<Role>,

    /// A need found in the assessment, e.g. Bostad (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Need>)]
    need: Vec<Need>,

    /// Already in another treatment
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    in_treatment: Option<bool>,

    /// Already in medication-assisted treatment (LARO)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    in_laro: Option<bool>,

    /// The person asking is a relative (anhörig)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    relative: Option<bool>,

    /// Lives with a partner
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    partner: Option<bool>,

    /// The pattern of use: Riskbruk, "Skadligt bruk", Missbruk or Beroende
    #[arg(long, value_name = "LABEL", value_parser = label::<PatternOfUse>)]
    pattern: Option<PatternOfUse>,

    /// A situation that holds, e.g. "Risk för överdos" (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Situation>)]
    situation: Vec<Situation>,

    /// A situation that does not hold (repeatable)
    #[arg(long, value_name = "LABEL", value_parser = label::<Situation>)]
    no_situation: Vec<Situation>,

    /// Alcohol withdrawal: "not-present", "general", "raised-risk" (of
    /// withdrawal seizures or delirium tremens) or "delirium-tremens", or
    /// the Swedish label
    #[arg(long, value_name = "STATE", value_parser = label::<Withdrawal>)]
    withdrawal: Option<Withdrawal>,

    /// Has a severe mental illness (svår psykisk sjukdom)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    severe_mental_illness: Option<bool>,

    /// An ICD-10 diagnosis of the substance chapter F10-F19, e.g. F10.2 (repeatable)
    #[arg(long, value_name = "CODE", value_parser = diagnosis)]
    icd: Vec<Diagnosis>,

    /// The number of DSM-5 criteria met (2-11), which gives the severity
    #[arg(long, value_name = "N", value_parser = dsm5)]
    dsm5_criteria: Option<u8>,

    /// An AUDIT score (0-40); its cut-off needs --sex
    #[arg(long, value_name = "SCORE", allow_negative_numbers = true)]
    audit: Option<i64>,

    /// A DUDIT score (0-44); its cut-off needs --sex
    #[arg(long, value_name = "SCORE", allow_negative_numbers = true)]
    dudit: Option<i64>,

    /// The sex the instruments' cut-offs are stated for: Kvinna or Man
    #[arg(long, value_name = "LABEL", value_parser = label::<Sex>)]
    sex: Option<Sex>,

    /// Include interventions recommended only within research (FoU)
    #[arg(long, value_name = "yes|no", num_args = 0..=1, default_missing_value = "yes",
          action = ArgAction::Set, value_parser = yes_no)]
    research: Option<bool>,
}

impl ProfileFlags {
    /// The builder with every flag given applied; an instrument's score
    /// out of range, or without the sex its cut-off needs, is an error.
    fn apply(self, mut b: ProfileBuilder) -> Result<ProfileBuilder, String> {
        let need_sex = |instrument: &str| format!("--{instrument} needs --sex (Kvinna or Man)");
        if let Some(score) = self.audit {
            let sex = self.sex.ok_or_else(|| need_sex("audit"))?;
            b = b.audit(Audit::new(score, sex).map_err(|e| e.to_string())?);
        }
        if let Some(score) = self.dudit {
            let sex = self.sex.ok_or_else(|| need_sex("dudit"))?;
            b = b.dudit(Dudit::new(score, sex).map_err(|e| e.to_string())?);
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
            _ => Err(format!("{trimmed} years is above the limit of {MAX_AGE} years").into()),
        };
    }
    Ok(Age::Group(label(text)?))
}

/// A label that is not in its vocabulary: the crate's error and the
/// accepted values. The examples exit with status 1 on it.
#[derive(Debug)]
struct UnknownLabel {
    error: insats::Error,
    accepted: Vec<String>,
}

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.error)?;
        if !self.accepted.is_empty() {
            write!(f, "\naccepted values:")?;
        }
        for value in &self.accepted {
            write!(f, "\n  {value}")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownLabel {}

/// A vocabulary value from its Swedish label or serde id (the crate's own
/// `FromStr`).
fn label<T: Vocabulary>(text: &str) -> Result<T, UnknownLabel> {
    text.parse().map_err(|error| UnknownLabel {
        error,
        accepted: T::ALL.iter().map(|v| format!("{}  ({})", v.label_sv(), v.id())).collect(),
    })
}

/// An ICD-10 code; a code the crate refuses (tobacco, outside F10-F19, not
/// a code) exits with status 1, like an unknown label.
fn diagnosis(text: &str) -> Result<Diagnosis, UnknownLabel> {
    text.parse().map_err(|error| UnknownLabel { error, accepted: Vec::new() })
}

/// A number of DSM-5 criteria met, checked as the crate checks it.
fn dsm5(text: &str) -> Result<u8, Box<dyn std::error::Error + Send + Sync>> {
    let count: u8 = text.trim().parse().map_err(|_| format!("{text:?} is not a count"))?;
    Severity::from_dsm5_criteria(count)?;
    Ok(count)
}

fn yes_no(text: &str) -> Result<bool, String> {
    match text.to_lowercase().as_str() {
        "yes" | "ja" | "true" => Ok(true),
        "no" | "nej" | "false" => Ok(false),
        _ => Err("expected yes or no (also ja/nej, true/false)".to_owned()),
    }
}

/// The flags of this run, for the example that `about` describes;
/// `--help` prints the usage and exits with 0, a usage error exits with 2,
/// an unknown label with 1.
pub fn parse(about: &'static str) -> Args {
    let matches = Cli::command().about(about).try_get_matches().unwrap_or_else(|e| exit_with(e));
    let stated = matches.contains_id("profile");
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(e));
    let profile = if stated {
        let built = cli
            .profile
            .apply(ProfileBuilder::default())
            .and_then(|b| b.build().map_err(|e| e.to_string()));
        built.unwrap_or_else(|e| {
            eprintln!("error: {e}");
            exit(1)
        })
    } else {
        sample_profile()
    };
    let catalog = cli.catalog.map(|path| {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            let message = format!("cannot read {}: {e}", path.display());
            exit_with(Cli::command().error(ErrorKind::Io, message))
        });
        Catalog::from_json(&text).unwrap_or_else(|e| {
            eprintln!("error: {}: {e}", path.display());
            exit(1)
        })
    });
    let language = if cli.sv { Language::Swedish } else { Language::English };
    Args { profile, catalog, json: cli.json, step: cli.step, sip: cli.sip, language }
}

fn exit_with(error: clap::Error) -> ! {
    let unknown_label = error.source().is_some_and(|s| s.is::<UnknownLabel>());
    // A closed stdout (`--help | head`) is not worth a message.
    let _ = error.print();
    exit(if unknown_label { 1 } else { error.exit_code() })
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

/// A value's label in `language`.
pub fn label_in<T: Vocabulary>(value: T, language: Language) -> &'static str {
    match language {
        Language::Swedish => value.label_sv(),
        Language::English => value.label_en(),
    }
}
