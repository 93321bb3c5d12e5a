//! What an entry's texts must be so that its page reads back the same: the
//! builder and the catalog's JSON loader refuse, naming the field, any
//! text that [`render`](crate::page::render) cannot write so that
//! [`parse_lenient`](crate::page::parse_lenient) reads it back equal (and
//! [`parse`](crate::page::parse), but for the problems it refuses and the
//! lenient reader reads past: an area that is not a `Tillstånd`, a
//! priority off the scale).

use super::Intervention;
use crate::error::{EntryProblem, Error, ErrorKind};
use crate::format::headings::{HOME_PREFIX, TREATMENT_AND_SUPPORT, brief_lead};
use crate::format::lines::{REPLACEMENT, full_tag_line, heading, is_blank, near_heading};
use crate::terms::excerpt;

fn refuse(field: &'static str, value: &str, problem: EntryProblem) -> Error {
    Error::from(ErrorKind::Intervention { field, value: excerpt(value), problem })
}

/// Checks the texts of `entry` (see the module docs).
pub(crate) fn check_entry(entry: &Intervention) -> Result<(), Error> {
    let name = entry.name();
    one_line("name", name)?;
    trimmed("name", name)?;
    let name_problem = if name.starts_with('\u{feff}') {
        Some(EntryProblem::ByteOrderMark)
    } else if name.contains(REPLACEMENT) {
        Some(EntryProblem::ReplacementCharacter)
    } else if heading(name).is_some() {
        Some(EntryProblem::Heading)
    } else if name.starts_with('•') {
        Some(EntryProblem::Bullet)
    } else if name.starts_with(HOME_PREFIX.trim_end()) {
        Some(EntryProblem::HomePrefix)
    } else if name == TREATMENT_AND_SUPPORT {
        Some(EntryProblem::SectionLine)
    } else {
        None
    };
    if let Some(problem) = name_problem {
        return Err(refuse("name", name, problem));
    }

    let crumb = entry.breadcrumb();
    if let Some(home) = crumb.home() {
        one_line("breadcrumb.home", home)?;
        trimmed("breadcrumb.home", home)?;
        if home.contains(REPLACEMENT) {
            return Err(refuse("breadcrumb.home", home, EntryProblem::ReplacementCharacter));
        }
    }
    // An entry that no page of the guide carries names no section.
    let section = Some(("breadcrumb.section", crumb.section())).filter(|(_, s)| !s.is_empty());
    for (field, line) in [("breadcrumb.area", crumb.area())].into_iter().chain(section) {
        one_line(field, line)?;
        trimmed(field, line)?;
        let problem = if line.contains(REPLACEMENT) {
            Some(EntryProblem::ReplacementCharacter)
        } else if line == name {
            Some(EntryProblem::Title)
        } else if heading(line).is_some() {
            Some(EntryProblem::Heading)
        } else if line.starts_with('•') {
            Some(EntryProblem::Bullet)
        } else if line.starts_with(HOME_PREFIX.trim_end()) {
            Some(EntryProblem::HomePrefix)
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(refuse(field, line, problem));
        }
    }

    if let Some(lede) = entry.lede() {
        one_line("lede", lede)?;
        if is_blank(lede) {
            return Err(refuse("lede", lede, EntryProblem::Empty));
        }
        prose_line("lede", lede)?;
    }

    let sections = entry.sections();
    for (section, text) in sections.iter() {
        if text.is_empty() {
            if sections.heading(section) != section.heading() {
                return Err(refuse(
                    "sections.headings",
                    sections.heading(section),
                    EntryProblem::EmptySectionWording,
                ));
            }
            continue;
        }
        let field = section.path().unwrap_or("sections");
        if text.contains('\r') {
            return Err(refuse(field, text, EntryProblem::CarriageReturn));
        }
        let mut lines = text.split('\n');
        let first_blank = lines.next().is_some_and(is_blank);
        if first_blank || text.rsplit('\n').next().is_some_and(is_blank) {
            return Err(refuse(field, text, EntryProblem::BlankEdge));
        }
        for line in text.split('\n') {
            prose_line(field, line)?;
            if brief_lead(section) == Some(line.trim()) {
                return Err(refuse(field, line, EntryProblem::BriefLead));
            }
        }
    }
    Ok(())
}

/// A line of prose (the lede or a line of a section) must not read as
/// structure.
fn prose_line(field: &'static str, line: &str) -> Result<(), Error> {
    let problem = if heading(line).is_some() {
        Some(EntryProblem::Heading)
    } else if near_heading(line).is_some() {
        Some(EntryProblem::NearHeading)
    } else if full_tag_line(line).is_some() {
        Some(EntryProblem::TagLine)
    } else {
        None
    };
    match problem {
        Some(problem) => Err(refuse(field, line, problem)),
        None => Ok(()),
    }
}

fn one_line(field: &'static str, text: &str) -> Result<(), Error> {
    if text.contains('\n') {
        return Err(refuse(field, text, EntryProblem::LineBreak));
    }
    if text.contains('\r') {
        return Err(refuse(field, text, EntryProblem::CarriageReturn));
    }
    Ok(())
}

fn trimmed(field: &'static str, text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(refuse(field, text, EntryProblem::Empty));
    }
    if text.trim() != text {
        return Err(refuse(field, text, EntryProblem::SurroundingSpace));
    }
    Ok(())
}
