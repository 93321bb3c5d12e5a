//! Errors in words, in either language, from the term table.

use super::{ErrorKind, WHOLE_CATALOG};
use crate::terms::quote::{Quoted, cut_to};
use crate::terms::{Language, Term, either};
use crate::vocab::Label;

/// The longest stretch of serde_json's own message that an error keeps:
/// its messages are short, but one about a value quotes the value.
const JSON_MESSAGE_CHARS: usize = 160;

/// Values named in an error: `"Tandvård"`, in English followed by the
/// translation, `"Tandvård" (dental care)`; read as alternatives.
pub(crate) fn labels(language: Language, labels: &[Label]) -> String {
    either(language, labels.iter().map(|l| crate::terms::quote::label(language, l.sv(), l.en())))
}

/// serde_json's message of a syntax error in Swedish, for the messages
/// its syntax errors have; `None` for any other (a data error names a
/// field or a value, and is quoted as serde_json writes it).
fn json_syntax_sv(message: &str) -> Option<&'static str> {
    let term = match message {
        m if m.starts_with("EOF while parsing") => Term::JsonSyntaxEof,
        "expected `:`" => Term::JsonSyntaxExpectedColon,
        "expected `,` or `]`" | "expected `,` or `}`" => Term::JsonSyntaxExpectedComma,
        "expected value" | "expected ident" => Term::JsonSyntaxExpectedValue,
        "key must be a string" => Term::JsonSyntaxKeyString,
        "trailing comma" => Term::JsonSyntaxTrailingComma,
        "trailing characters" => Term::JsonSyntaxTrailingCharacters,
        "invalid escape"
        | "invalid number"
        | "number out of range"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => Term::JsonSyntaxBadCharacter,
        m if m.starts_with("control character") => Term::JsonSyntaxBadCharacter,
        "recursion limit exceeded" => Term::JsonSyntaxTooDeep,
        _ => return None,
    };
    Some(term.sv())
}

/// A JSON error of serde_json: its message (in Swedish, the words for a
/// syntax error, else serde_json's English quoted) and where it is.
pub(super) fn json(language: Language, error: &serde_json::Error) -> String {
    let full = error.to_string();
    // serde_json ends its message with the position, which the term places.
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = cut_to(full.strip_suffix(&suffix).unwrap_or(&full), JSON_MESSAGE_CHARS);
    let quoted = match json_syntax_sv(&message) {
        Some(swedish) => swedish.to_owned(),
        None => Quoted(&message).to_string(),
    };
    let message: &dyn std::fmt::Display = match language {
        Language::Swedish => &quoted,
        Language::English => &message,
    };
    if error.line() == 0 {
        Term::ErrorJson.fill(language, &[("message", message)])
    } else {
        Term::ErrorJsonAt.fill(
            language,
            &[("message", message), ("line", &error.line()), ("column", &error.column())],
        )
    }
}

pub(super) fn error(error: &ErrorKind, language: Language) -> String {
    let l = language;
    match error {
        ErrorKind::UnknownLabel { vocabulary, vocabulary_en, text, closest } => {
            let mut out = Term::ErrorUnknownLabel.fill(
                l,
                &[("name", vocabulary_en), ("name_sv", vocabulary), ("text", &Quoted(text))],
            );
            if closest.is_empty() {
                out.push_str(Term::ErrorExpectedLabel.text(l));
            } else {
                out.push_str(&Term::ErrorDidYouMean.fill(l, &[("values", &labels(l, closest))]));
            }
            out
        }
        ErrorKind::AmbiguousLabel { vocabulary, vocabulary_en, text, candidates } => {
            Term::ErrorAmbiguousLabel.fill(
                l,
                &[
                    ("name", vocabulary_en),
                    ("name_sv", vocabulary),
                    ("text", &Quoted(text)),
                    ("values", &labels(l, candidates)),
                ],
            )
        }
        ErrorKind::Priority { text } => Term::ErrorPriority.fill(l, &[("text", &Quoted(text))]),
        ErrorKind::Schedule { field, value, problem } => Term::ErrorSchedule.fill(
            l,
            &[
                ("field", &field.describe(l)),
                ("value", &Quoted(value)),
                ("problem", &problem.describe(l)),
            ],
        ),
        ErrorKind::Intervention { field, value, problem } => Term::ErrorIntervention.fill(
            l,
            &[
                ("field", &Quoted(field)),
                ("value", &Quoted(value)),
                ("problem", &problem.describe(l)),
            ],
        ),
        ErrorKind::Profile { field, value, problem } => Term::ErrorProfile.fill(
            l,
            &[
                ("field", &Quoted(field)),
                ("value", &Quoted(value)),
                ("problem", &problem.describe(l)),
            ],
        ),
        ErrorKind::Page { line, problem } => {
            Term::PageLine.fill(l, &[("line", line), ("problem", &problem.describe(l))])
        }
        ErrorKind::InPage { index, title, error } => {
            let inner = error.describe(l);
            match title {
                Some(title) => Term::ErrorInPageTitled
                    .fill(l, &[("index", index), ("title", &Quoted(title)), ("error", &inner)]),
                None => Term::ErrorInPage.fill(l, &[("index", index), ("error", &inner)]),
            }
        }
        ErrorKind::Catalog { entry, problem } => {
            let problem = problem.describe(l);
            if entry == WHOLE_CATALOG {
                return Term::ErrorCatalogWhole.fill(l, &[("problem", &problem)]);
            }
            // `#n` is a position, written as is; an id is quoted.
            let quoted = Quoted(entry).to_string();
            let name = if entry.starts_with('#') { entry } else { &quoted };
            Term::ErrorCatalogEntry.fill(l, &[("entry", name), ("problem", &problem)])
        }
        ErrorKind::Json(error) => json(l, error),
        ErrorKind::Diagnosis { text, problem } => Term::ErrorDiagnosis
            .fill(l, &[("text", &Quoted(text)), ("problem", &problem.describe(l))]),
        ErrorKind::Case { problems } => {
            let mut out = match problems.len() {
                1 => Term::ErrorCaseOne.text(l).to_owned(),
                count => Term::ErrorCase.fill(l, &[("count", &count)]),
            };
            for problem in problems {
                out.push_str("\n- ");
                out.push_str(&problem.describe(l));
            }
            out
        }
        ErrorKind::Dsm5Criteria { count, problem } => {
            Term::ErrorDsm5Criteria.fill(l, &[("count", count), ("problem", &problem.describe(l))])
        }
    }
}

/// The words of a wrapping kind's own layer, without its source's: what
/// its `Display` writes, so that a reporter that walks the `source()`
/// chain shows each sentence once (`catalog entry "x"`, then the entry's
/// problem).
pub(super) fn layer(kind: &ErrorKind, language: Language) -> String {
    let l = language;
    match kind {
        ErrorKind::InPage { index, title: Some(title), .. } => Term::ErrorInPageTitled.fill_before(
            l,
            "error",
            &[("index", index), ("title", &Quoted(title))],
        ),
        ErrorKind::InPage { index, title: None, .. } => {
            Term::ErrorInPage.fill_before(l, "error", &[("index", index)])
        }
        ErrorKind::Catalog { entry, .. } if entry == WHOLE_CATALOG => {
            Term::ErrorCatalogWhole.fill_before(l, "problem", &[])
        }
        ErrorKind::Catalog { entry, .. } => {
            let quoted = Quoted(entry).to_string();
            let name = if entry.starts_with('#') { entry } else { &quoted };
            Term::ErrorCatalogEntry.fill_before(l, "problem", &[("entry", name)])
        }
        other => error(other, l),
    }
}
