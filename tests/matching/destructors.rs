//! Matching never panics, in a thread-local destructor included (issue
//! 14): `recommend` reuses per-thread buffers, which a destructor that runs
//! after them finds gone; it then works with fresh ones.

use insats::{Matcher, Profile, Provider, Substance, catalog};
use std::cell::RefCell;
use std::sync::{Arc, Mutex};

/// What a destructor saw: the number of recommendations and decisions.
type Seen = Arc<Mutex<Option<(usize, usize)>>>;

fn profile() -> Profile {
    Profile::builder()
        .age(34)
        .substance(Substance::Alcohol)
        .pattern(insats::PatternOfUse::Dependence)
        .provider(Provider::IndividualAndFamilyCare)
        .build()
        .unwrap()
}

/// Recommends and explains when dropped, and records what it got.
struct RecommendsOnDrop(Seen);

impl Drop for RecommendsOnDrop {
    fn drop(&mut self) {
        let matcher = Matcher::new(catalog());
        let recommended = matcher.recommend(&profile()).len();
        let decided = matcher.explain(&profile()).len();
        if let Ok(mut seen) = self.0.lock() {
            *seen = Some((recommended, decided));
        }
    }
}

thread_local! {
    static ON_EXIT: RefCell<Option<RecommendsOnDrop>> = const { RefCell::new(None) };
}

/// Runs a thread that installs the destructor, then (if `warm`) matches
/// once so that the buffers exist and are destroyed before it, and exits.
fn seen_at_exit(warm: bool) -> Option<(usize, usize)> {
    let seen: Seen = Arc::default();
    let for_thread = Arc::clone(&seen);
    std::thread::spawn(move || {
        ON_EXIT.with(|slot| *slot.borrow_mut() = Some(RecommendsOnDrop(for_thread)));
        if warm {
            // Registered after `ON_EXIT`, the buffers are destroyed first.
            let _ = Matcher::new(catalog()).recommend(&profile());
        }
    })
    .join()
    .expect("the thread exits without a panic");
    let seen = seen.lock().expect("not poisoned");
    *seen
}

#[test]
fn recommend_works_in_a_thread_local_destructor() {
    let matcher = Matcher::new(catalog());
    let expected = (matcher.recommend(&profile()).len(), matcher.explain(&profile()).len());
    assert!(expected.0 > 0);
    assert_eq!(seen_at_exit(true), Some(expected), "after the buffers are gone");
    assert_eq!(seen_at_exit(false), Some(expected), "before the buffers were ever made");
}
