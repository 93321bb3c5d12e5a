//! Writing a page back in the guide's text format.

use super::BULLET;
use super::facts::PageFacts;
use super::statements;
use crate::format::headings::{HOME_PREFIX, Section};
use crate::model::Intervention;
use crate::vocab::Facet;

/// The page of `entry`; `title_of` gives the title of a linked entry by
/// its id (see [`statements::to_state`]).
pub(super) fn render(entry: &Intervention, title_of: &dyn Fn(&str) -> Option<String>) -> String {
    let prose =
        PageFacts::from_prose(entry.name(), entry.breadcrumb(), entry.lede(), entry.sections());
    let stated = statements::to_state(entry, &prose, title_of);
    let sections = entry.sections();
    let capacity = 256 + sections.iter().map(|(_, t)| t.len() + 32).sum::<usize>() + 1024;
    let mut out = String::with_capacity(capacity);
    let block = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push_str("\n\n");
    };
    let crumb = entry.breadcrumb();
    block(&mut out, entry.name());
    if let Some(home) = crumb.home() {
        out.push_str(HOME_PREFIX);
        block(&mut out, home);
    }
    block(&mut out, crumb.area());
    // An entry that no page of the guide carries names no section.
    if !crumb.section().is_empty() {
        block(&mut out, crumb.section());
    }
    block(&mut out, entry.name());
    if let Some(lede) = entry.lede() {
        block(&mut out, lede);
    }
    for (section, text) in sections.iter() {
        let statement_block = statements::block(section, &stated);
        if !text.is_empty() || statement_block.is_some() {
            block(&mut out, sections.heading(section));
        }
        if !text.is_empty() {
            block(&mut out, text);
        }
        if let Some(statement_block) = statement_block {
            block(&mut out, &statement_block);
        }
    }
    let tags = entry.tags();
    let mut facet_lines = String::new();
    for &facet in Facet::ALL {
        let set = tags.get(facet);
        if set.is_empty() {
            continue;
        }
        facet_lines.push_str(BULLET);
        facet_lines.push_str(facet.label_sv());
        facet_lines.push_str(": ");
        for (i, value) in set.iter().enumerate() {
            if i > 0 {
                facet_lines.push_str(", ");
            }
            facet_lines.push_str(value.label_sv());
        }
        facet_lines.push('\n');
    }
    if facet_lines.is_empty() {
        // The page ends with its last section, without a line break.
        out.truncate(out.trim_end_matches('\n').len());
    } else {
        block(&mut out, Section::Tags.heading());
        out.push_str(facet_lines.trim_end_matches('\n'));
    }
    out
}
