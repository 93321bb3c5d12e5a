//! Reading a page: one pass over its lines, then the facts of its prose.

use super::{Warning, prose};
use crate::Error;
use crate::error::PageProblem;
use crate::model::{Breadcrumb, Intervention, Section, Sections, Wording, slug};
use crate::vocab::{Condition, Facet, FacetSet, Tags};

/// One non-blank line of the page: its 1-based number, its text (without
/// the line break and any `\r` before it) and that text's byte range.
#[derive(Clone, Copy)]
struct Line<'a> {
    number: usize,
    text: &'a str,
    start: usize,
    end: usize,
}

/// The non-blank lines of `text`; a line of white space only (U+00A0
/// included) is blank.
fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        loop {
            let rest = text.get(start..)?;
            if rest.is_empty() {
                return None;
            }
            number += 1;
            let len = rest.find('\n').unwrap_or(rest.len());
            let raw = rest.get(..len)?;
            let content = raw.trim_end_matches('\r');
            let line = Line { number, text: content, start, end: start + content.len() };
            start += len + 1;
            if !content.trim().is_empty() {
                return Some(line);
            }
        }
    })
}

/// Which heading a line is, if any, and in which wording.
fn heading_wording(line: &str) -> Option<(Section, Wording)> {
    let line = line.trim();
    // Every heading is short; most lines of prose are ruled out by their
    // length alone.
    if line.len() > 32 {
        return None;
    }
    Section::wording_of(line)
}

/// Which heading a line is, if any.
fn heading(line: &str) -> Option<Section> {
    heading_wording(line).map(|(section, _)| section)
}

/// A line as it is quoted in an error: trimmed and at most 60 characters.
fn quote(line: &str) -> String {
    let line = line.trim();
    match line.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", line.get(..cut).unwrap_or(line)),
        None => line.to_owned(),
    }
}

fn page_error(line: usize, problem: PageProblem) -> Error {
    Error::Page { line, problem }
}

fn is_bullet(line: &str) -> bool {
    line.trim_start().starts_with('•')
}

/// Reads a page; `lenient` turns unknown facet values (and an unknown
/// area) into warnings.
pub(super) fn parse(text: &str, lenient: bool) -> Result<(Intervention, Vec<Warning>), Error> {
    // A byte order mark, as some editors save a file, is not part of the
    // title.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut warnings = Vec::new();
    let mut lines = lines(text);
    let end_line = || text.lines().count() + 1;
    let at_end = |expected| page_error(end_line(), expected);

    // Title.
    let Some(title_line) = lines.next() else {
        return Err(page_error(1, PageProblem::Empty));
    };
    let title = title_line.text.trim();
    if heading(title).is_some()
        || is_bullet(title)
        || title.starts_with(Breadcrumb::HOME_PREFIX.trim_end())
        || title == Breadcrumb::TREATMENT_AND_SUPPORT
    {
        return Err(page_error(
            title_line.number,
            PageProblem::MissingTitle { found: quote(title) },
        ));
    }
    if slug(title).is_empty() {
        return Err(page_error(
            title_line.number,
            PageProblem::Expected {
                expected: "a title with letters or digits",
                found: quote(title),
            },
        ));
    }

    // Breadcrumb: `Gå till huvudsidan: …` (older edition only), the area,
    // the section, and the title again.
    let missing_breadcrumb = |line: Option<Line<'_>>| match line {
        Some(line) => {
            page_error(line.number, PageProblem::MissingBreadcrumb { found: quote(line.text) })
        }
        None => at_end(PageProblem::MissingBreadcrumb { found: String::new() }),
    };
    let is_crumb = |line: &Line<'_>| {
        let text = line.text.trim();
        text != title
            && heading(text).is_none()
            && !is_bullet(text)
            && !text.starts_with(Breadcrumb::HOME_PREFIX.trim_end())
    };
    let mut line = lines.next();
    let mut home = None;
    if let Some(found) = line {
        if let Some(rest) = found.text.trim().strip_prefix(Breadcrumb::HOME_PREFIX.trim_end()) {
            let rest = rest.trim();
            if rest.is_empty() {
                return Err(page_error(
                    found.number,
                    PageProblem::Expected {
                        expected: "the area after \"Gå till huvudsidan: \"",
                        found: quote(found.text),
                    },
                ));
            }
            home = Some(rest.to_owned());
            line = lines.next();
        }
    }
    let area_line = match line {
        Some(found) if is_crumb(&found) => found,
        other => return Err(missing_breadcrumb(other)),
    };
    let area = area_line.text.trim();
    if area.parse::<Condition>().is_err() {
        if lenient {
            warnings.push(Warning {
                line: area_line.number,
                facet: Facet::Condition,
                value: area.to_owned(),
            });
        } else {
            return Err(page_error(
                area_line.number,
                PageProblem::UnknownArea { area: area.to_owned() },
            ));
        }
    }
    let section_line = match lines.next() {
        Some(found) if is_crumb(&found) => found,
        other => return Err(missing_breadcrumb(other)),
    };
    match lines.next() {
        Some(found) if found.text.trim() == title => {}
        Some(found) => {
            return Err(page_error(
                found.number,
                PageProblem::Expected {
                    expected: "the title repeated after the breadcrumb",
                    found: quote(found.text),
                },
            ));
        }
        None => {
            return Err(at_end(PageProblem::Expected {
                expected: "the title repeated after the breadcrumb",
                found: String::new(),
            }));
        }
    }
    let breadcrumb = Breadcrumb::new(home, area, section_line.text.trim());

    // Lede, sections and Märkning.
    let mut lede: Option<&str> = None;
    let mut sections = Sections::default();
    let mut tags = TagReader { lenient, tags: Tags::new(), first_lines: Vec::new() };
    let mut current: Option<Section> = None;
    let mut first_lines: Vec<(Section, usize)> = Vec::new();
    let mut wordings: Vec<(Section, Wording)> = Vec::new();
    let mut text_range: Option<(usize, usize)> = None;
    let mut flush = |current: Option<Section>, range: Option<(usize, usize)>| {
        if let (Some(section), Some((start, end))) = (current, range) {
            if let (Some(slot), Some(body)) = (sections.text_mut(section), text.get(start..end)) {
                // A page saved with `\r\n` reads as the same page. Every `\r`
                // before a line break goes, as `lines` drops them, so that a
                // rendered page reads back the same.
                if body.contains('\r') {
                    slot.clear();
                    for (i, line) in body.split('\n').enumerate() {
                        if i > 0 {
                            slot.push('\n');
                        }
                        slot.push_str(line.trim_end_matches('\r'));
                    }
                } else {
                    body.clone_into(slot);
                }
            }
        }
    };
    for line in lines {
        if let Some((section, wording)) = heading_wording(line.text) {
            flush(current, text_range.take());
            if let Some(&(_, first_line)) = first_lines.iter().find(|(s, _)| *s == section) {
                return Err(page_error(
                    line.number,
                    PageProblem::DuplicateSection { section, first_line },
                ));
            }
            if let Some(last) = current.filter(|&last| last > section) {
                return Err(page_error(
                    line.number,
                    PageProblem::SectionOutOfPlace { section, after: last },
                ));
            }
            first_lines.push((section, line.number));
            wordings.push((section, wording));
            current = Some(section);
            continue;
        }
        match current {
            None if lede.is_none() => lede = Some(line.text),
            None => {
                return Err(page_error(
                    line.number,
                    PageProblem::Expected {
                        expected: "a section heading such as \"Målgrupp eller situation\" \
                                   (the lede under the title is one line)",
                        found: quote(line.text),
                    },
                ));
            }
            Some(Section::Tags) => tags.read_line(line, &mut warnings)?,
            Some(_) => {
                text_range = Some((text_range.map_or(line.start, |(start, _)| start), line.end));
            }
        }
    }
    flush(current, text_range);
    // A heading's wording is kept for a section that has text: a page
    // without text under a heading renders without the heading.
    for (section, wording) in wordings {
        if !sections.text(section).is_empty() {
            sections.set_wording(section, wording);
        }
    }

    let facts = prose::read(lede, &sections);
    let mut builder = Intervention::builder(title)
        .breadcrumb(breadcrumb)
        .sections(sections)
        .tags(tags.tags)
        .target(facts.target)
        .add_on(facts.add_on)
        .manual_based(facts.manual_based)
        .assessment_areas(facts.assessment_areas);
    if let Some(abbreviation) = abbreviation(title) {
        builder = builder.abbreviation(abbreviation);
    }
    if let Some(lede) = lede {
        builder = builder.lede(lede);
    }
    if let Some(schedule) = facts.schedule {
        builder = builder.schedule(schedule);
    }
    builder = builder.prose_lists(facts.recommendations, facts.phases, facts.youth_versions_named);
    Ok((builder.build()?, warnings))
}

/// The abbreviation a title ends with, as in `Community reinforcement
/// approach (CRA)`: one word of at most 12 characters, with a capital.
fn abbreviation(title: &str) -> Option<&str> {
    let inner = title.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let candidate = inner.get(open + 1..)?;
    let plausible = !candidate.is_empty()
        && candidate.chars().count() <= 12
        && !candidate.chars().any(char::is_whitespace)
        && candidate.chars().any(char::is_uppercase);
    plausible.then_some(candidate)
}

/// Reads the tag lines under `Märkning`.
struct TagReader {
    lenient: bool,
    tags: Tags,
    /// The line each facet was first given on.
    first_lines: Vec<(Facet, usize)>,
}

impl TagReader {
    fn read_line(&mut self, line: Line<'_>, warnings: &mut Vec<Warning>) -> Result<(), Error> {
        let expected = || {
            page_error(
                line.number,
                PageProblem::Expected {
                    expected: "a tag line \"  • Facet: value, value\" under Märkning",
                    found: quote(line.text),
                },
            )
        };
        let body = line.text.trim().strip_prefix('•').ok_or_else(expected)?;
        let (name, values) = body.split_once(':').ok_or_else(expected)?;
        let name = name.trim();
        let Some(facet) = Facet::from_label_sv(name) else {
            return Err(page_error(
                line.number,
                PageProblem::UnknownFacet { facet: name.to_owned() },
            ));
        };
        if let Some(&(_, first_line)) = self.first_lines.iter().find(|(f, _)| *f == facet) {
            return Err(page_error(line.number, PageProblem::DuplicateFacet { facet, first_line }));
        }
        self.first_lines.push((facet, line.number));
        let values = values.trim();
        if values.is_empty() {
            return Err(page_error(line.number, PageProblem::EmptyFacet { facet }));
        }
        // Split on `", "` only: a value may hold ` | ` or a lone comma.
        let mut set = FacetSet::empty(facet);
        for value in values.split(", ") {
            match facet.parse_value(value) {
                Ok(index) => set.insert(index),
                Err(_) if self.lenient => {
                    warnings.push(Warning { line: line.number, facet, value: value.to_owned() })
                }
                Err(_) => {
                    return Err(page_error(
                        line.number,
                        PageProblem::UnknownValue { facet, value: value.to_owned() },
                    ));
                }
            }
        }
        self.tags.set(set);
        Ok(())
    }
}
