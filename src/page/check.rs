//! What an entry's texts must be so that its page reads back the same: the
//! builder and the catalog's JSON loader refuse, naming the field, any
//! text that [`render`](super::render) cannot write so that
//! [`parse_lenient`](super::parse_lenient) reads it back equal (and
//! [`parse`](super::parse), but for the problems it refuses and the
//! lenient reader reads past: an area that is not a `Tillstånd`, a
//! priority off the scale).

use super::lines::{REPLACEMENT, full_tag_line, heading, is_blank, near_heading};
use crate::Error;
use crate::model::{Breadcrumb, Intervention};
use crate::terms::{Term, excerpt};

// Each problem is a row of the term table, so that it reads in Swedish too.
const LINE_BREAK: Term = Term::CheckLineBreak;
const CARRIAGE_RETURN: Term = Term::CheckCarriageReturn;
const SURROUNDING_SPACE: Term = Term::CheckSurroundingSpace;
const EMPTY: Term = Term::CheckEmpty;
const HEADING: Term = Term::CheckHeading;
const NEAR_HEADING: Term = Term::CheckNearHeading;
const TAG_LINE: Term = Term::CheckTagLine;
const BULLET: Term = Term::CheckBullet;
const HOME_PREFIX: Term = Term::CheckHomePrefix;
const TITLE: Term = Term::CheckTitle;
const SECTION_LINE: Term = Term::CheckSectionLine;
const REPLACEMENT_CHARACTER: Term = Term::CheckReplacementCharacter;
const BYTE_ORDER_MARK: Term = Term::CheckByteOrderMark;
const BLANK_EDGE: Term = Term::CheckBlankEdge;
const EMPTY_SECTION_WORDING: Term = Term::CheckEmptySectionWording;

fn refuse(field: &'static str, value: &str, problem: Term) -> Error {
    Error::Intervention { field, value: excerpt(value), problem }
}

/// Checks the texts of `entry` (see the module docs).
pub(crate) fn check_entry(entry: &Intervention) -> Result<(), Error> {
    let name = entry.name();
    one_line("name", name)?;
    trimmed("name", name)?;
    let name_problem = if name.starts_with('\u{feff}') {
        Some(BYTE_ORDER_MARK)
    } else if name.contains(REPLACEMENT) {
        Some(REPLACEMENT_CHARACTER)
    } else if heading(name).is_some() {
        Some(HEADING)
    } else if name.starts_with('•') {
        Some(BULLET)
    } else if name.starts_with(Breadcrumb::HOME_PREFIX.trim_end()) {
        Some(HOME_PREFIX)
    } else if name == Breadcrumb::TREATMENT_AND_SUPPORT {
        Some(SECTION_LINE)
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
            return Err(refuse("breadcrumb.home", home, REPLACEMENT_CHARACTER));
        }
    }
    // An entry that no page of the guide carries names no section.
    let section = Some(("breadcrumb.section", crumb.section())).filter(|(_, s)| !s.is_empty());
    for (field, line) in [("breadcrumb.area", crumb.area())].into_iter().chain(section) {
        one_line(field, line)?;
        trimmed(field, line)?;
        let problem = if line.contains(REPLACEMENT) {
            Some(REPLACEMENT_CHARACTER)
        } else if line == name {
            Some(TITLE)
        } else if heading(line).is_some() {
            Some(HEADING)
        } else if line.starts_with('•') {
            Some(BULLET)
        } else if line.starts_with(Breadcrumb::HOME_PREFIX.trim_end()) {
            Some(HOME_PREFIX)
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
            return Err(refuse("lede", lede, EMPTY));
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
                    EMPTY_SECTION_WORDING,
                ));
            }
            continue;
        }
        let field = section.path().unwrap_or("sections");
        if text.contains('\r') {
            return Err(refuse(field, text, CARRIAGE_RETURN));
        }
        let mut lines = text.split('\n');
        let first_blank = lines.next().is_some_and(is_blank);
        if first_blank || text.rsplit('\n').next().is_some_and(is_blank) {
            return Err(refuse(field, text, BLANK_EDGE));
        }
        for line in text.split('\n') {
            prose_line(field, line)?;
            if crate::page::statements::lead(section) == Some(line.trim()) {
                return Err(refuse(field, line, Term::CheckStatementLead));
            }
        }
    }
    Ok(())
}

/// A line of prose (the lede or a line of a section) must not read as
/// structure.
fn prose_line(field: &'static str, line: &str) -> Result<(), Error> {
    let problem = if heading(line).is_some() {
        Some(HEADING)
    } else if near_heading(line).is_some() {
        Some(NEAR_HEADING)
    } else if full_tag_line(line).is_some() {
        Some(TAG_LINE)
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
        return Err(refuse(field, text, LINE_BREAK));
    }
    if text.contains('\r') {
        return Err(refuse(field, text, CARRIAGE_RETURN));
    }
    Ok(())
}

fn trimmed(field: &'static str, text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(refuse(field, text, EMPTY));
    }
    if text.trim() != text {
        return Err(refuse(field, text, SURROUNDING_SPACE));
    }
    Ok(())
}
