//! The links between entries of a catalog, checked.

use super::Catalog;
use crate::error::Error;
use crate::error::{CatalogProblem, LinkKind};
use crate::model::Intervention;
use crate::terms::quote::cut;
use std::collections::HashSet;

/// Checks that every link resolves, links no entry to itself, lists no
/// component twice, that youth and adult links go one step, and that every
/// youth version names its adult form back.
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
                return fail(CatalogProblem::LinksItself { link, id: cut(id) });
            }
            if catalog.get(id).is_none() {
                return fail(CatalogProblem::DanglingLink { link, id: cut(id) });
            }
        }
        let mut seen = HashSet::new();
        if let Some(twice) = entry.components().iter().find(|id| !seen.insert(id.as_str())) {
            return fail(CatalogProblem::ComponentTwice { id: cut(twice) });
        }
        versions(catalog, entry)?;
        // A matcher swaps in the youth version for a child; the swap must
        // be reversible, or the adult form would be lost.
        if let Some(youth_id) = entry.youth_version() {
            let back = catalog.get(youth_id).and_then(Intervention::adult_version);
            if back != Some(entry.id()) {
                return fail(CatalogProblem::YouthVersionNotReturned {
                    youth: cut(youth_id),
                    adult: cut(entry.id()),
                });
            }
        }
    }
    Ok(())
}

/// Checks that the youth and adult links of `entry` go one step: an entry
/// is an adult form, a youth version, or neither. Two entries that are each
/// other's youth version would send a child from one to the other and give
/// it neither; a chain (A's youth version B has a youth version C) has no
/// one youth form. Each error names both entries.
fn versions(catalog: &Catalog, entry: &Intervention) -> Result<(), Error> {
    let fail = |problem| Err(Error::catalog(entry.id(), problem));
    let youth = entry.youth_version();
    let adult = entry.adult_version();
    if let Some(youth) = youth {
        if catalog.get(youth).and_then(Intervention::youth_version) == Some(entry.id()) {
            let other = cut(youth);
            return fail(CatalogProblem::MutualVersions { other, link: LinkKind::YouthVersion });
        }
    }
    if let Some(adult) = adult {
        let adults_adult = catalog.get(adult).and_then(Intervention::adult_version);
        if adults_adult == Some(entry.id()) {
            let other = cut(adult);
            return fail(CatalogProblem::MutualVersions { other, link: LinkKind::AdultVersion });
        }
        if let Some(of) = adults_adult {
            let (adult, of) = (cut(adult), cut(of));
            return fail(CatalogProblem::AdultVersionIsYouthVersion { adult, of });
        }
    }
    if let (Some(youth), Some(adult)) = (youth, adult) {
        let (adult, youth) = (cut(adult), cut(youth));
        return fail(CatalogProblem::ChainedVersions { adult, youth });
    }
    Ok(())
}
