//! Reading a page: the head (title and breadcrumb), then one pass over the
//! body's lines, then the facts of its prose.

use super::facts::PageFacts;
use super::prose::MarkerKind;
use super::statements::{self, StatementLine};
use super::tags::TagReader;
use super::warning::unknown_area;
use super::{Warning, prose};
use crate::error::Error;
use crate::error::PageElement;
use crate::error::PageProblem;
use crate::format::headings::{HOME_PREFIX, Section, TREATMENT_AND_SUPPORT, Wording};
use crate::format::lines::{
    Line, REPLACEMENT, full_tag_line, heading, lines, lone_carriage_return, near_heading,
};
use crate::model::{Breadcrumb, Intervention, MAX_PAIRS, Sections, slug};
use crate::terms::excerpt;
use crate::vocab::Condition;

fn is_bullet(line: &str) -> bool {
    line.trim_start().starts_with('•')
}

/// A line of the page's structure: one with U+FFFD is refused, since the
/// reader could only misread it.
fn structure(line: Line<'_>) -> Result<Line<'_>, Error> {
    if line.text.contains(REPLACEMENT) {
        return Err(Error::page(
            line.number,
            PageProblem::ReplacementCharacters { found: excerpt(line.text) },
        ));
    }
    Ok(line)
}

/// Reads a page; `lenient` reads past what [`Warning`] lists.
pub(super) fn parse(text: &str, lenient: bool) -> Result<(Intervention, Vec<Warning>), Error> {
    // A byte order mark, as some editors save a file, is not part of the
    // title.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(line) = lone_carriage_return(text) {
        return Err(Error::page(line, PageProblem::CarriageReturns));
    }
    let mut warnings = Vec::new();
    let mut lines = lines(text);
    let (title, breadcrumb) = read_head(text, &mut lines, lenient, &mut warnings)?;
    let mut body = Body::new(text, lenient);
    for line in lines {
        body.read_line(line, &mut warnings)?;
    }
    let blocks = std::mem::take(&mut body.blocks);
    let (lede, sections, tags) = body.finish();

    let mut stated = Vec::new();
    for block in &blocks {
        stated.extend(statements::read_block(block.section, block.lead_line, &block.lines)?);
    }
    let line_text = |number: usize| {
        blocks
            .iter()
            .flat_map(|b| b.lines.iter())
            .find(|(n, _)| *n == number)
            .map_or_else(String::new, |(_, text)| (*text).to_owned())
    };
    let facts = PageFacts::from_prose(title, &breadcrumb, lede, &sections)
        .with_statements(stated, line_text)?;
    let mut builder = Intervention::builder(title)
        .breadcrumb(breadcrumb)
        .sections(sections)
        .tags(tags)
        .target(facts.target)
        .add_on(facts.add_on)
        .manual_based(facts.manual_based)
        .assessment_areas(facts.assessment_areas)
        .needs_served(facts.needs_served);
    if let Some(kind) = facts.kind {
        builder = builder.kind(kind);
    }
    if let Some(abbreviation) = facts.abbreviation {
        builder = builder.abbreviation(abbreviation);
    }
    if let Some(competence) = facts.competence {
        builder = builder.required_competence(competence);
    }
    if let Some(id) = facts.youth_version {
        builder = builder.youth_version(id);
    }
    if let Some(id) = facts.adult_version {
        builder = builder.adult_version(id);
    }
    for id in facts.components {
        builder = builder.component(id);
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

/// Reads the title and the breadcrumb: `Gå till huvudsidan: …` (older
/// edition only), the area, the section, and the title again.
fn read_head<'a>(
    text: &str,
    lines: &mut impl Iterator<Item = Line<'a>>,
    lenient: bool,
    warnings: &mut Vec<Warning>,
) -> Result<(&'a str, Breadcrumb), Error> {
    let end_line = || text.lines().count() + 1;
    let at_end = |problem| Error::page(end_line(), problem);
    let Some(title_line) = lines.next() else {
        return Err(Error::page(1, PageProblem::Empty));
    };
    let title = structure(title_line)?.text.trim();
    if heading(title).is_some()
        || is_bullet(title)
        || title.starts_with(HOME_PREFIX.trim_end())
        || title == TREATMENT_AND_SUPPORT
    {
        return Err(Error::page(
            title_line.number,
            PageProblem::MissingTitle { found: excerpt(title) },
        ));
    }
    if slug(title).is_empty() {
        return Err(Error::page(
            title_line.number,
            PageProblem::Expected { expected: PageElement::Title, found: excerpt(title) },
        ));
    }
    let missing_breadcrumb = |line: Option<Line<'_>>| match line {
        Some(line) => {
            Error::page(line.number, PageProblem::MissingBreadcrumb { found: excerpt(line.text) })
        }
        None => at_end(PageProblem::MissingBreadcrumb { found: String::new() }),
    };
    let is_crumb = |line: &Line<'_>| {
        let text = line.text.trim();
        text != title
            && heading(text).is_none()
            && !is_bullet(text)
            && !text.starts_with(HOME_PREFIX.trim_end())
    };
    let mut line = lines.next().map(structure).transpose()?;
    let mut home = None;
    if let Some(found) = line {
        if let Some(rest) = found.text.trim().strip_prefix(HOME_PREFIX.trim_end()) {
            let rest = rest.trim();
            if rest.is_empty() {
                return Err(Error::page(
                    found.number,
                    PageProblem::Expected {
                        expected: PageElement::AreaAfterHome,
                        found: excerpt(found.text),
                    },
                ));
            }
            home = Some(rest.to_owned());
            line = lines.next().map(structure).transpose()?;
        }
    }
    let area_line = match line {
        Some(found) if is_crumb(&found) => found,
        other => return Err(missing_breadcrumb(other)),
    };
    let area = area_line.text.trim();
    if area.parse::<Condition>().is_err() {
        if !lenient {
            return Err(Error::page(area_line.number, unknown_area(area)));
        }
        warnings.push(Warning::new(area_line.number, unknown_area(area)));
    }
    let section_line = match lines.next().map(structure).transpose()? {
        // An entry that no page of the guide carries (its facts are NR's)
        // names no section: the title follows the area.
        Some(found) if found.text.trim() == title => {
            return Ok((title, Breadcrumb::new(home, area, "")));
        }
        Some(found) if is_crumb(&found) => found,
        other => return Err(missing_breadcrumb(other)),
    };
    let expected_title =
        |found: String| PageProblem::Expected { expected: PageElement::TitleRepeated, found };
    match lines.next() {
        Some(found) if found.text.trim() == title => {}
        Some(found) => {
            return Err(Error::page(found.number, expected_title(excerpt(found.text))));
        }
        None => return Err(at_end(expected_title(String::new()))),
    }
    Ok((title, Breadcrumb::new(home, area, section_line.text.trim())))
}

/// The text of a section as read so far: byte ranges of the page, which
/// are joined at the end. A line read as something else (a tag line out of
/// place, read leniently) is cut out, with the blank lines after it.
#[derive(Default)]
struct SectionText {
    parts: Vec<(usize, usize)>,
    /// Where the first line cut out since the last kept line starts.
    cut_at: Option<usize>,
}

impl SectionText {
    fn keep(&mut self, line: &Line<'_>) {
        match (self.parts.last_mut(), self.cut_at.take()) {
            (None, _) => self.parts.push((line.start, line.end)),
            (Some(last), None) => last.1 = line.end,
            (Some(&mut (_, end)), Some(cut)) => {
                self.parts.push((end, cut));
                self.parts.push((line.start, line.end));
            }
        }
    }

    fn cut(&mut self, line: &Line<'_>) {
        if !self.parts.is_empty() && self.cut_at.is_none() {
            self.cut_at = Some(line.start);
        }
    }

    /// The text; a page saved with `\r\n` reads as the same page, so every
    /// `\r` before a line break goes, as [`lines`] drops them.
    fn into_text(self, page: &str) -> String {
        let mut joined = String::new();
        for &(start, end) in &self.parts {
            joined.push_str(page.get(start..end).unwrap_or(""));
        }
        if !joined.contains('\r') {
            return joined;
        }
        let mut clean = String::with_capacity(joined.len());
        for (i, line) in joined.split('\n').enumerate() {
            if i > 0 {
                clean.push('\n');
            }
            clean.push_str(line.trim_end_matches('\r'));
        }
        clean
    }
}

/// The body of a page as it is read: the lede, the sections and the tags.
struct Body<'a> {
    page: &'a str,
    lenient: bool,
    lede: Option<&'a str>,
    current: Option<Section>,
    text: SectionText,
    sections: Sections,
    tags: TagReader,
    /// Each heading given so far: its section, line and wording.
    headings: Vec<(Section, usize, Wording)>,
    /// The priority markers of `Kunskapsläge` read so far, each a
    /// recommendation of the entry.
    priorities: usize,
    /// The statement blocks read so far; the last is the current
    /// section's when its lead has been read.
    blocks: Vec<Block<'a>>,
}

/// A statement block as read: its section, the line of its lead, and its
/// lines (those after the lead, to the end of the section).
struct Block<'a> {
    section: Section,
    lead_line: usize,
    lines: Vec<StatementLine<'a>>,
}

impl<'a> Body<'a> {
    fn new(page: &'a str, lenient: bool) -> Body<'a> {
        Body {
            page,
            lenient,
            lede: None,
            current: None,
            text: SectionText::default(),
            sections: Sections::default(),
            tags: TagReader::new(lenient),
            headings: Vec::new(),
            priorities: 0,
            blocks: Vec::new(),
        }
    }

    fn read_line(&mut self, line: Line<'a>, warnings: &mut Vec<Warning>) -> Result<(), Error> {
        if let Some((section, wording)) = heading(line.text) {
            return self.heading(line, section, wording);
        }
        if let Some((section, wording)) = near_heading(line.text) {
            let problem = PageProblem::MisspelledHeading {
                found: excerpt(line.text),
                section,
                heading: wording,
            };
            structure(line)?;
            if !self.lenient {
                return Err(Error::page(line.number, problem));
            }
            warnings.push(Warning::new(line.number, problem));
            let wording = Section::wording_of(wording).map(|(_, w)| w).unwrap_or_default();
            return self.heading(line, section, wording);
        }
        if let Some(section) = self.current.filter(|s| s.is_prose()) {
            if let Some(block) = self.blocks.last_mut().filter(|b| b.section == section) {
                block.lines.push((line.number, line.text));
                return Ok(());
            }
            if statements::lead(section) == Some(line.text.trim()) {
                self.blocks.push(Block { section, lead_line: line.number, lines: Vec::new() });
                return Ok(());
            }
        }
        if self.current == Some(Section::Tags) {
            return self.tags.read_line(line, warnings);
        }
        if let Some(facet) = full_tag_line(line.text) {
            let problem = PageProblem::TagLineOutsideTags {
                facet,
                section: self.current,
                found: excerpt(line.text),
            };
            if !self.lenient {
                return Err(Error::page(line.number, problem));
            }
            warnings.push(Warning::new(line.number, problem));
            self.text.cut(&line);
            return self.tags.read_line(line, warnings);
        }
        if self.current == Some(Section::Knowledge) {
            self.markers(line, warnings)?;
        }
        match self.current {
            None if self.lede.is_none() => self.lede = Some(line.text),
            None => {
                return Err(Error::page(
                    line.number,
                    PageProblem::Expected {
                        expected: PageElement::SectionHeading,
                        found: excerpt(line.text),
                    },
                ));
            }
            Some(_) => self.text.keep(&line),
        }
        Ok(())
    }

    /// Reads the priority markers of a line of `Kunskapsläge`: one off the
    /// scale or not in the guide's form is refused (read past, leniently,
    /// with a warning each), and a page with more of them than an entry
    /// holds is refused on the line of the first one too many.
    fn markers(&mut self, line: Line<'_>, warnings: &mut Vec<Warning>) -> Result<(), Error> {
        for marker in prose::markers(line.text) {
            let text = || excerpt(line.text.get(marker.start..marker.end).unwrap_or(""));
            let problem = match marker.kind {
                MarkerKind::Priority(_) => {
                    self.priorities += 1;
                    if self.priorities > MAX_PAIRS {
                        return Err(Error::page(
                            line.number,
                            PageProblem::TooManyPriorities { max: MAX_PAIRS },
                        ));
                    }
                    continue;
                }
                MarkerKind::OffScale => PageProblem::PriorityOffScale { marker: text() },
                MarkerKind::Malformed => PageProblem::MalformedPriority { marker: text() },
            };
            if !self.lenient {
                return Err(Error::page(line.number, problem));
            }
            warnings.push(Warning::new(line.number, problem));
        }
        Ok(())
    }

    fn heading(&mut self, line: Line<'_>, section: Section, wording: Wording) -> Result<(), Error> {
        if let Some(&(_, first_line, _)) = self.headings.iter().find(|(s, ..)| *s == section) {
            return Err(Error::page(
                line.number,
                PageProblem::DuplicateSection { section, first_line },
            ));
        }
        if let Some(last) = self.current.filter(|&last| last > section) {
            return Err(Error::page(
                line.number,
                PageProblem::SectionOutOfPlace { section, after: last },
            ));
        }
        self.flush();
        self.headings.push((section, line.number, wording));
        self.current = Some(section);
        Ok(())
    }

    /// Ends the current section's text.
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        if let Some(slot) = self.current.and_then(|s| self.sections.text_mut(s)) {
            *slot = text.into_text(self.page);
        }
    }

    fn finish(mut self) -> (Option<&'a str>, Sections, crate::vocab::Tags) {
        self.flush();
        // A heading's wording is kept for a section that has text: a page
        // without text under a heading renders without the heading.
        for &(section, _, wording) in &self.headings {
            if !self.sections.text(section).is_empty() {
                self.sections.set_wording(section, wording);
            }
        }
        (self.lede, self.sections, self.tags.tags)
    }
}
