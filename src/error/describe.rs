//! Errors in words, in either language, from the term table.

use super::quote::{Quoted, cut_to};
use super::{Error, WHOLE_CATALOG};
use crate::terms::{Language, Term, either, lower_first};
use crate::vocab::Label;

/// The longest stretch of serde_json's own message that an error keeps:
/// its messages are short, but one about a value quotes the value.
const JSON_MESSAGE_CHARS: usize = 160;

/// Values named in an error: `"Tandvård"`, in English followed by the
/// translation, `"Tandvård" (dental care)`; read as alternatives.
pub(crate) fn labels(language: Language, labels: &[Label]) -> String {
    either(
        language,
        labels.iter().map(|label| match language {
            Language::Swedish => Quoted(label.sv()).to_string(),
            Language::English => format!("{} ({})", Quoted(label.sv()), lower_first(label.en())),
        }),
    )
}

/// A JSON error of serde_json: its message (English, so quoted in Swedish)
/// and where it is.
pub(super) fn json(language: Language, error: &serde_json::Error) -> String {
    let full = error.to_string();
    // serde_json ends its message with the position, which the term places.
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = cut_to(full.strip_suffix(&suffix).unwrap_or(&full), JSON_MESSAGE_CHARS);
    let quoted = Quoted(&message).to_string();
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

pub(super) fn error(error: &Error, language: Language) -> String {
    let l = language;
    match error {
        Error::UnknownLabel { vocabulary, vocabulary_en, text, closest } => {
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
        Error::AmbiguousLabel { vocabulary, vocabulary_en, text, candidates } => {
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
        Error::Priority { text } => Term::ErrorPriority.fill(l, &[("text", &Quoted(text))]),
        Error::Schedule { field, value, problem } => Term::ErrorSchedule.fill(
            l,
            &[("field", &field.text(l)), ("value", &Quoted(value)), ("problem", &problem.text(l))],
        ),
        Error::Intervention { field, value, problem } => Term::ErrorIntervention.fill(
            l,
            &[("field", &Quoted(field)), ("value", &Quoted(value)), ("problem", &problem.text(l))],
        ),
        Error::Profile { field, value, problem } => Term::ErrorProfile.fill(
            l,
            &[("field", &Quoted(field)), ("value", &Quoted(value)), ("problem", &problem.text(l))],
        ),
        Error::Page { line, problem } => {
            Term::PageLine.fill(l, &[("line", line), ("problem", &problem.describe(l))])
        }
        Error::InPage { index, title, error } => {
            let inner = error.describe(l);
            match title {
                Some(title) => Term::ErrorInPageTitled
                    .fill(l, &[("index", index), ("title", &Quoted(title)), ("error", &inner)]),
                None => Term::ErrorInPage.fill(l, &[("index", index), ("error", &inner)]),
            }
        }
        Error::Catalog { entry, problem } => {
            let problem = problem.describe(l);
            if entry == WHOLE_CATALOG {
                return Term::ErrorCatalogWhole.fill(l, &[("problem", &problem)]);
            }
            // `#n` is a position, written as is; an id is quoted.
            let quoted = Quoted(entry).to_string();
            let name = if entry.starts_with('#') { entry } else { &quoted };
            Term::ErrorCatalogEntry.fill(l, &[("entry", name), ("problem", &problem)])
        }
        Error::Json(error) => json(l, error),
        Error::Diagnosis { text, problem } => Term::ErrorDiagnosis
            .fill(l, &[("text", &Quoted(text)), ("problem", &problem.describe(l))]),
        Error::Case { problems } => {
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
        Error::Dsm5Criteria { count } => {
            let problem = crate::clinical::dsm5_count_problem(*count).text(l);
            Term::ErrorDsm5Criteria.fill(l, &[("count", count), ("problem", &problem)])
        }
    }
}
