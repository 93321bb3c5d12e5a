//! Writing a page back in the guide's text format.

use super::{BULLET, FACETS, HOME_PREFIX, MARKNING};
use crate::vocab::{TagSet, Vocabulary};
use crate::{Intervention, Sections};
use std::fmt::Write;

pub(super) fn render(entry: &Intervention) -> String {
    let sections = entry.sections();
    let texts = sections.texts();
    let capacity = 256 + texts.iter().map(|t| t.len() + 32).sum::<usize>() + 1024;
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
    block(&mut out, crumb.section());
    block(&mut out, entry.name());
    if let Some(lede) = entry.lede() {
        block(&mut out, lede);
    }
    for (heading, text) in Sections::HEADINGS.iter().zip(texts) {
        if !text.is_empty() {
            block(&mut out, heading);
            block(&mut out, text);
        }
    }
    let tags = entry.tags();
    let mut facet_lines = String::new();
    facet(&mut facet_lines, tags.providers());
    facet(&mut facet_lines, tags.roles());
    facet(&mut facet_lines, tags.treatment_types());
    facet(&mut facet_lines, tags.age_groups());
    facet(&mut facet_lines, tags.severities());
    facet(&mut facet_lines, tags.conditions());
    if facet_lines.is_empty() {
        // The page ends with its last section, without a line break.
        out.truncate(out.trim_end_matches('\n').len());
    } else {
        block(&mut out, MARKNING);
        out.push_str(facet_lines.trim_end_matches('\n'));
    }
    out
}

/// Writes `  • Facet: v1, v2` and a line break, for a facet that is stated.
fn facet<T: Vocabulary>(out: &mut String, set: TagSet<T>) {
    if set.is_empty() {
        return;
    }
    debug_assert!(FACETS.contains(&T::NAME_SV));
    let _ = write!(out, "{BULLET}{}: ", T::NAME_SV);
    for (i, value) in set.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(value.label_sv());
    }
    out.push('\n');
}
