//! A catalog written as pages of the guide, links included.

use super::Catalog;
use crate::model::Intervention;
use crate::page::{self, LeftOut};

impl Catalog {
    /// Every entry written as a page, in catalog order, with what each page
    /// does not carry, like [`page::render_checked`]; but a link to another
    /// entry (its youth version, its adult form, an umbrella's components)
    /// is stated by that entry's title, where a page written alone states
    /// the id. [`Catalog::from_pages`] reads the pages back into a catalog
    /// whose links resolve: a page's id is the slug of its title, and so is
    /// each link read from a page. Where a linked entry's id is not the
    /// slug of its name, [`LeftOut`] names the link, as it names the id.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Catalog, catalog};
    /// use insats::page::{EntryFact, LeftOut};
    ///
    /// let pages = catalog().to_pages();
    /// let cra = catalog().iter().position(|e| e.id() == "community-reinforcement-approach-cra")
    ///     .ok_or("no CRA")?;
    /// let (text, left_out) = &pages[cra];
    /// assert!(text.contains(
    ///     "  • Ungdomsversion: ”Adolescent community reinforcement approach eller Assertive continuing care”"
    /// ));
    /// // CRA's own id is not the slug of its name; its youth version's is.
    /// assert!(left_out.contains(&LeftOut::Entry(EntryFact::Id)));
    /// assert!(!left_out.contains(&LeftOut::Entry(EntryFact::YouthVersion)));
    ///
    /// let loaded = Catalog::from_pages(pages.iter().map(|(text, _)| text))?;
    /// let cra = loaded.by_name("Community reinforcement approach").ok_or("not loaded")?;
    /// let youth = loaded.get(cra.youth_version().ok_or("no link")?).ok_or("dangling")?;
    /// assert_eq!(youth.adult_version(), Some(cra.id()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_pages(&self) -> Vec<(String, Vec<LeftOut>)> {
        let title_of = |id: &str| self.get(id).map(|e| Intervention::name(e).to_owned());
        self.iter().map(|entry| page::render_linked(entry, &title_of)).collect()
    }
}
