//! A matcher that owns its catalog, for long-lived application state.

use super::explain::Decision;
use super::index::Index;
use super::matcher::Matcher;
use super::profile::Profile;
use super::report::{ExplainReport, RecommendationsReport};
use super::result::Recommendations;
use crate::catalog::Catalog;
use crate::terms::Language;
use std::sync::Arc;

/// A [`Matcher`] that owns (shares) its catalog: an application that loads
/// a catalog at start-up keeps this in its state, shares it across threads,
/// and matches with [`matcher`](Self::matcher) or the shortcuts.
///
/// # Examples
///
/// ```
/// use insats::{Catalog, OwnedMatcher, PatternOfUse, Profile, Substance};
/// use std::sync::Arc;
///
/// struct AppState {
///     matcher: OwnedMatcher,
/// }
///
/// let catalog = Catalog::from_json(&insats::catalog().to_json()?)?;
/// let state = Arc::new(AppState { matcher: OwnedMatcher::new(catalog) });
/// let worker = {
///     let state = Arc::clone(&state);
///     std::thread::spawn(move || {
///         let profile = Profile::builder()
///             .age(40)
///             .substance(Substance::Alcohol)
///             .pattern(PatternOfUse::Dependence)
///             .build();
///         profile.map(|profile| state.matcher.recommend(&profile).len())
///     })
/// };
/// assert!(worker.join().map_err(|_| "the worker panicked")?? > 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct OwnedMatcher {
    catalog: Held,
    index: Arc<Index>,
}

/// The catalog an [`OwnedMatcher`] holds: one it shares, or the built-in
/// one, which lives as long as the program and is never copied.
#[derive(Clone, Debug)]
enum Held {
    Shared(Arc<Catalog>),
    BuiltIn(&'static Catalog),
}

impl OwnedMatcher {
    /// Builds the index over `catalog`, which the matcher keeps.
    pub fn new(catalog: impl Into<Arc<Catalog>>) -> OwnedMatcher {
        OwnedMatcher::holding(Held::Shared(catalog.into()))
    }

    /// A matcher over the built-in [`catalog()`](crate::catalog), which
    /// it borrows for the program's life: no copy of the catalog is made,
    /// only the index is built.
    ///
    /// ```
    /// use insats::{OwnedMatcher, Profile, Substance};
    ///
    /// let matcher = OwnedMatcher::built_in();
    /// assert!(std::ptr::eq(matcher.catalog(), insats::catalog()));
    /// let profile = Profile::builder().age(30).substance(Substance::Cannabis).build()?;
    /// assert!(!matcher.recommend(&profile).conditional().is_empty());
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn built_in() -> OwnedMatcher {
        OwnedMatcher::from(crate::catalog())
    }

    fn holding(catalog: Held) -> OwnedMatcher {
        let index = Arc::new(Index::new(catalog.get()));
        OwnedMatcher { catalog, index }
    }

    /// The catalog matched against.
    pub fn catalog(&self) -> &Catalog {
        self.catalog.get()
    }

    /// A borrowing [`Matcher`] over the same index: no index is rebuilt.
    pub fn matcher(&self) -> Matcher<'_> {
        Matcher::with_index(self.catalog.get(), &self.index)
    }

    /// [`Matcher::recommend`].
    pub fn recommend(&self, profile: &Profile) -> Recommendations<'_> {
        self.matcher().recommend(profile)
    }

    /// [`Matcher::explain`].
    pub fn explain(&self, profile: &Profile) -> Vec<Decision<'_>> {
        self.matcher().explain(profile)
    }

    /// [`Matcher::report`].
    pub fn report(&self, profile: &Profile) -> RecommendationsReport {
        self.matcher().report(profile)
    }

    /// [`Matcher::report_in`].
    pub fn report_in(&self, profile: &Profile, language: Language) -> RecommendationsReport {
        self.matcher().report_in(profile, language)
    }

    /// [`Matcher::explain_report`].
    pub fn explain_report(&self, profile: &Profile) -> ExplainReport {
        self.matcher().explain_report(profile)
    }

    /// [`Matcher::explain_report_in`].
    pub fn explain_report_in(&self, profile: &Profile, language: Language) -> ExplainReport {
        self.matcher().explain_report_in(profile, language)
    }
}

impl Held {
    fn get(&self) -> &Catalog {
        match self {
            Held::Shared(catalog) => catalog,
            Held::BuiltIn(catalog) => catalog,
        }
    }
}

/// A matcher over a catalog that lives as long as the program, such as
/// the built-in one ([`OwnedMatcher::built_in`]): borrowed, not copied.
impl From<&'static Catalog> for OwnedMatcher {
    fn from(catalog: &'static Catalog) -> OwnedMatcher {
        OwnedMatcher::holding(Held::BuiltIn(catalog))
    }
}

const _: fn() = || {
    fn shareable<T: Send + Sync + 'static>() {}
    shareable::<OwnedMatcher>();
};
