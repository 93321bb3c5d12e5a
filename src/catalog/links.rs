//! The links between entries of a catalog, checked.

use super::Catalog;
use crate::Error;
use crate::error::{CatalogProblem, LinkKind};
use crate::model::Intervention;
use std::collections::HashSet;

/// Checks that every link resolves, links no entry to itself, lists no
/// component twice, and that every youth version names its adult form
/// back.
pub(super) fn check(catalog: &Catalog) -> Result<(), Error> {
    for entry in catalog.iter() {
        let fail = |problem| Err(Error::catalog(entry.id(), problem));
        let links = entry
            .components()
            .iter()
            .map(|id| (LinkKind::Component, id.as_str()))
            .chain(entry.youth_version().map(|id| (LinkKind::YouthVersion, id)))
            .chain(entry.adult_version().map(|id| (LinkKind::AdultVersion, id)));
        for (link, id) in links {
            if id == entry.id() {
                return fail(CatalogProblem::LinksItself { link, id: id.to_owned() });
            }
            if catalog.get(id).is_none() {
                return fail(CatalogProblem::DanglingLink { link, id: id.to_owned() });
            }
        }
        let mut seen = HashSet::new();
        if let Some(twice) = entry.components().iter().find(|id| !seen.insert(id.as_str())) {
            return fail(CatalogProblem::ComponentTwice { id: twice.clone() });
        }
        // A matcher swaps in the youth version for a child; the swap must
        // be reversible, or the adult form would be lost.
        if let Some(youth_id) = entry.youth_version() {
            let back = catalog.get(youth_id).and_then(Intervention::adult_version);
            if back != Some(entry.id()) {
                return fail(CatalogProblem::YouthVersionNotReturned {
                    youth: youth_id.to_owned(),
                    adult: entry.id().to_owned(),
                });
            }
        }
    }
    Ok(())
}
