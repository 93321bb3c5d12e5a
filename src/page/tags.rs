//! Reading the tag lines under `Märkning`.

use super::Warning;
use crate::error::Error;
use crate::error::PageProblem;
use crate::format::lines::{Candidates, Line, REPLACEMENT, nearest, tag_line};
use crate::terms::excerpt;
use crate::vocab::{Facet, FacetSet, Tags};
use once_cell::sync::Lazy;

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
            return Err(Error::page(
                line.number,
                PageProblem::ReplacementCharacters { found: excerpt(line.text) },
            ));
        }
        let Some((name, values)) = tag_line(line.text) else {
            return Err(Error::page(
                line.number,
                PageProblem::Expected {
                    expected: crate::error::PageElement::TagLine,
                    found: excerpt(line.text),
                },
            ));
        };
        let Some(facet) = Facet::from_label_sv(name) else {
            let suggestion = nearest(name, Facet::ALL.iter().map(|f| f.label_sv()))
                .and_then(Facet::from_label_sv);
            return Err(Error::page(
                line.number,
                PageProblem::UnknownFacet { facet: excerpt(name), suggestion },
            ));
        };
        if let Some(&(_, first_line)) = self.first_lines.iter().find(|(f, _)| *f == facet) {
            return Err(Error::page(
                line.number,
                PageProblem::DuplicateFacet { facet, first_line },
            ));
        }
        self.first_lines.push((facet, line.number));
        if values.is_empty() {
            return Err(Error::page(line.number, PageProblem::EmptyFacet { facet }));
        }
        // Split on `", "` only: a value may hold ` | ` or a lone comma.
        let mut set = FacetSet::empty(facet);
        for value in values.split(", ") {
            match facet.lookup_value(value) {
                Some(index) => set.insert(index),
                None => {
                    let problem = PageProblem::UnknownValue {
                        facet,
                        value: excerpt(value),
                        suggestion: value_labels(facet).and_then(|labels| labels.nearest(value)),
                    };
                    if !self.lenient {
                        return Err(Error::page(line.number, problem));
                    }
                    warnings.push(Warning::new(line.number, problem));
                }
            }
        }
        self.tags.set(set);
        Ok(())
    }
}

/// The labels of `facet`'s values, folded once for suggestions.
fn value_labels(facet: Facet) -> Option<&'static Candidates> {
    static LABELS: Lazy<Vec<(Facet, Candidates)>> = Lazy::new(|| {
        Facet::ALL
            .iter()
            .map(|&facet| {
                let labels = (0..facet.value_count())
                    .filter_map(|i| u8::try_from(i).ok())
                    .map(|i| facet.label_sv_of(i));
                (facet, Candidates::new(labels))
            })
            .collect()
    });
    LABELS.iter().find(|(f, _)| *f == facet).map(|(_, labels)| labels)
}
