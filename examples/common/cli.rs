//! What every example's command line shares: the language of the run
//! (`--sv` anywhere among the arguments), the help and the usage errors
//! in that language, vocabulary values read as the crate reads them with a
//! note when a text was read through another wording than the value's own
//! label, and the exit codes (0 for `--help`, 2 for a usage error, 1 for a
//! value the crate refuses).

// Each example uses some of it (`parse_page` reads no labels).
#![allow(dead_code)]

use crate::words::Word;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use insats::{Language, Vocabulary};
use std::error::Error as _;
use std::fmt;
use std::process::exit;
use std::sync::{Mutex, OnceLock};

/// The language of this run: `--sv` anywhere among the arguments asks
/// for Swedish, so that the help and the errors clap writes while it
/// reads the flags are Swedish too.
static LANGUAGE: OnceLock<Language> = OnceLock::new();

/// The notes of this run: each text read through another wording than
/// its value's own label, in the run's language.
static NOTES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The usage line of this run's example (its template, `{bin} [OPTIONS]`).
static USAGE: OnceLock<Word> = OnceLock::new();

/// Sets the language of this run from the arguments (`--sv`) and returns it.
pub fn init_language() -> Language {
    let swedish = std::env::args_os().skip(1).any(|a| a == "--sv");
    let _ = LANGUAGE.set(if swedish { Language::Swedish } else { Language::English });
    language()
}

/// The language of this run (English until the arguments are read).
pub fn language() -> Language {
    *LANGUAGE.get().unwrap_or(&Language::English)
}

/// A word of the examples in this run's language.
pub fn word(w: Word) -> &'static str {
    w.text(language())
}

/// A value's label in `language`.
pub fn label_in<T: Vocabulary>(value: T, language: Language) -> &'static str {
    match language {
        Language::Swedish => value.label_sv(),
        Language::English => value.label_en(),
    }
}

/// The notes of this run so far (`"kokain" lästes som Centralstimulantia`),
/// each once, in the order the flags were read.
pub fn notes() -> Vec<String> {
    NOTES.lock().map(|notes| notes.clone()).unwrap_or_default()
}

/// Writes the notes of this run, one line each after `Obs:`/`Note:`.
pub fn write_notes(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for note in notes() {
        writeln!(out, "{}: {note}", word(Word::LabelNote))?;
    }
    Ok(())
}

/// A value the crate refuses (a label not in its vocabulary, a code or a
/// count out of range): the crate's words and the accepted values. The
/// examples exit with status 1 on it, a usage error with 2.
#[derive(Debug)]
pub struct Refused {
    message: String,
    accepted: Vec<String>,
}

impl Refused {
    /// The crate's error, in this run's language, with no list.
    pub fn new(error: &insats::Error) -> Refused {
        Refused { message: error.describe(language()), accepted: Vec::new() }
    }
    /// A refusal in the example's own words.
    pub fn message(message: String) -> Refused {
        Refused { message, accepted: Vec::new() }
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if !self.accepted.is_empty() {
            write!(f, "\n{}", word(Word::LabelAcceptedValues))?;
        }
        for value in &self.accepted {
            write!(f, "\n  {value}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refused {}

/// A vocabulary value from its Swedish label, English label, id or any
/// other wording the crate accepts; a wording that is not the value's own
/// label leaves a note of what it was read as.
pub fn label<T: Vocabulary>(text: &str) -> Result<T, Refused> {
    let (value, wording) = T::read(text).map_err(|error| Refused {
        message: error.describe(language()),
        accepted: T::ALL.iter().map(|v| format!("{}  ({})", v.label_sv(), v.id())).collect(),
    })?;
    if !wording.is_own_label() {
        let note = Word::NoteReadAs
            .fill(language(), &[("text", &text.trim()), ("label", &label_in(value, language()))]);
        if let Ok(mut notes) = NOTES.lock() {
            if !notes.contains(&note) {
                notes.push(note);
            }
        }
    }
    Ok(value)
}

/// `command` with its help in this run's language: its name in the usage
/// line `usage` (a template with `{bin}`), the description `about`, each flag's help from `helps` (by the
/// flag's id), the value names from `value_names` (by the English one the
/// flag declares), the help flag's own help and the heading `heading`
/// of the flags `heading` names (the rest under "Options"/"Flaggor").
pub fn localize(
    command: Command,
    name: &'static str,
    usage_line: Word,
    about: Word,
    helps: &[(&str, Word)],
    value_names: &[(&str, Word)],
    heading: Option<(Word, &[&str])>,
) -> Command {
    let _ = USAGE.set(usage_line);
    let usage = word(Word::LabelUsage);
    let mut command = command
        .name(name)
        .bin_name(name)
        .about(word(about))
        .override_usage(Box::leak(usage_line.fill(language(), &[("bin", &name)]).into_boxed_str())
            as &'static str)
        .help_template(format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(word(Word::HelpHelp)),
        );
    for (id, help) in helps {
        command = command.mut_arg(*id, |arg| arg.help(word(*help)));
    }
    for id in command.get_arguments().map(|a| a.get_id().to_string()).collect::<Vec<_>>() {
        let grouped = heading.filter(|(_, ids)| !ids.contains(&id.as_str()));
        let title = grouped.map_or(Word::HelpHeadingOptions, |(title, _)| title);
        command = command.mut_arg(id, |arg| {
            let declared = arg.get_value_names().and_then(|n| n.first()).map(|n| n.to_string());
            let named = value_names.iter().find(|(en, _)| Some(*en) == declared.as_deref());
            let title = if arg.is_positional() { Word::HelpHeadingArguments } else { title };
            let arg = arg.help_heading(word(title));
            match named {
                Some((_, name)) => arg.value_name(word(*name)),
                None => arg,
            }
        });
    }
    command
}

/// The name the example was run as (`recommend`, `catalog`), kept for
/// the run (clap takes a name that lives as long as the command).
pub fn bin_name() -> &'static str {
    let first = std::env::args_os().next().unwrap_or_default();
    let path = std::path::Path::new(&first);
    let name =
        path.file_stem().map_or_else(|| "insats".to_owned(), |s| s.to_string_lossy().into_owned());
    Box::leak(name.into_boxed_str())
}

/// Exits on what clap found: the help (0), a value the crate refuses (1)
/// or a usage error (2), in this run's language.
pub fn exit_with(error: clap::Error, name: &str) -> ! {
    let refused = error.source().is_some_and(|s| s.is::<Refused>());
    let code = if refused { 1 } else { error.exit_code() };
    if language() == Language::English || !error.use_stderr() {
        // A closed stdout (`--help | head`) is not worth a message.
        let _ = error.print();
        exit(code)
    }
    exit_swedish(&swedish_error(&error), name, code)
}

/// Writes a usage error in Swedish, as clap writes one in English, and
/// exits with `code`.
pub fn exit_swedish(message: &str, name: &str, code: i32) -> ! {
    eprintln!("{}: {message}", word(Word::LabelError));
    let line = *USAGE.get().unwrap_or(&Word::UsageLine);
    let usage = line.fill(Language::Swedish, &[("bin", &name)]);
    eprintln!("\n{}: {usage}\n", word(Word::LabelUsage));
    eprintln!("{}", Word::ErrorMoreInfo.fill(Language::Swedish, &[("bin", &name)]));
    exit(code)
}

/// A usage error in Swedish, from what clap found.
fn swedish_error(error: &clap::Error) -> String {
    let l = Language::Swedish;
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(s)) => Some(s.join(", ")),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let arg = arg.split(' ').next().unwrap_or_default().to_owned();
    let value = context(ContextKind::InvalidValue).map(|v| format!("{v:?}")).unwrap_or_default();
    match error.kind() {
        ErrorKind::ValueValidation => {
            let problem =
                std::error::Error::source(error).map(|s| s.to_string()).unwrap_or_default();
            Word::ErrorInvalidValue
                .fill(l, &[("value", &value), ("arg", &arg), ("problem", &problem)])
        }
        ErrorKind::InvalidValue => {
            let values = context(ContextKind::ValidValue).unwrap_or_default();
            let problem = Word::ErrorPossibleValues.fill(l, &[("values", &values)]);
            Word::ErrorInvalidValue
                .fill(l, &[("value", &value), ("arg", &arg), ("problem", &problem)])
        }
        ErrorKind::UnknownArgument => Word::ErrorUnknownArgument.fill(l, &[("arg", &arg)]),
        ErrorKind::ArgumentConflict => match context(ContextKind::PriorArg) {
            Some(other) => {
                let other = other.split(' ').next().unwrap_or_default().to_owned();
                Word::ErrorConflict.fill(l, &[("arg", &arg), ("other", &other)])
            }
            None => Word::ErrorUsedTwice.fill(l, &[("arg", &arg)]),
        },
        ErrorKind::MissingRequiredArgument => Word::ErrorMissingArgument.fill(l, &[("arg", &arg)]),
        _ => word(Word::ErrorFlags).to_owned(),
    }
}
