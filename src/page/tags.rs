//! Reading the tag lines under `Märkning`.

use super::Warning;
use super::lines::{Line, REPLACEMENT, nearest, tag_line};
use super::parse::page_error;
use crate::Error;
use crate::error::PageProblem;
use crate::terms::excerpt;
use crate::vocab::{Facet, FacetSet, Tags};

/// Reads tag lines into [`Tags`].
pub(super) struct TagReader {
    lenient: bool,
    pub(super) tags: Tags,
    /// The line each facet was first given on.
    first_lines: Vec<(Facet, usize)>,
}

impl TagReader {
    pub(super) fn new(lenient: bool) -> TagReader {
        TagReader { lenient, tags: Tags::new(), first_lines: Vec::new() }
    }

    /// Reads one tag line; `lenient` reads past values not in a
    /// vocabulary, with a warning each.
    pub(super) fn read_line(
        &mut self,
        line: Line<'_>,
        warnings: &mut Vec<Warning>,
    ) -> Result<(), Error> {
        if line.text.contains(REPLACEMENT) {
            return Err(page_error(
                line.number,
                PageProblem::ReplacementCharacters { found: excerpt(line.text) },
            ));
        }
        let Some((name, values)) = tag_line(line.text) else {
            return Err(page_error(
                line.number,
                PageProblem::Expected {
                    expected: super::PageElement::TagLine,
                    found: excerpt(line.text),
                },
            ));
        };
        let Some(facet) = Facet::from_label_sv(name) else {
            let suggestion = nearest(name, Facet::ALL.iter().map(|f| f.label_sv()))
                .and_then(Facet::from_label_sv);
            return Err(page_error(
                line.number,
                PageProblem::UnknownFacet { facet: excerpt(name), suggestion },
            ));
        };
        if let Some(&(_, first_line)) = self.first_lines.iter().find(|(f, _)| *f == facet) {
            return Err(page_error(line.number, PageProblem::DuplicateFacet { facet, first_line }));
        }
        self.first_lines.push((facet, line.number));
        if values.is_empty() {
            return Err(page_error(line.number, PageProblem::EmptyFacet { facet }));
        }
        // Split on `", "` only: a value may hold ` | ` or a lone comma.
        let mut set = FacetSet::empty(facet);
        for value in values.split(", ") {
            match facet.parse_value(value) {
                Ok(index) => set.insert(index),
                Err(_) => {
                    let labels = (0..facet.value_count())
                        .filter_map(|i| u8::try_from(i).ok())
                        .map(|i| facet.label_sv_of(i));
                    let problem = PageProblem::UnknownValue {
                        facet,
                        value: excerpt(value),
                        suggestion: nearest(value, labels),
                    };
                    if !self.lenient {
                        return Err(page_error(line.number, problem));
                    }
                    warnings.push(Warning::new(line.number, problem));
                }
            }
        }
        self.tags.set(set);
        Ok(())
    }
}
