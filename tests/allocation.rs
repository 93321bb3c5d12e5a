//! `recommend_into` on a reused result allocates nothing (issue 24): a
//! counting global allocator counts every allocation while 1 000 varied
//! profiles are matched into one `Recommendations`, after a first pass
//! over the same profiles has grown its buffers (and the matcher's
//! per-thread scratch). Counted, not timed; this binary has one test, so
//! no other test allocates meanwhile.

use insats::{
    AgeGroup, Matcher, Need, PatternOfUse, Profile, Provider, Recommendations, Role, Severity,
    Situation, Substance, Vocabulary, Withdrawal,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the calls that take memory.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; the counter only
// observes them.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A small seedable generator (xorshift64*), so that the profiles are the
/// same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, values: &[T]) -> T {
        values[self.below(values.len() as u64) as usize]
    }
}

/// Profiles of every kind the rule tells apart: children and adults, an
/// age group alone, substances or none, situations stated or not, needs,
/// add-ons refused (no other treatment).
fn profiles(n: usize) -> Vec<Profile> {
    let mut rng = Rng(0x24);
    (0..n)
        .map(|_| {
            let mut b = Profile::builder();
            match rng.below(10) {
                0..6 => b = b.age(rng.below(90) as u8 + 5),
                6..8 => b = b.age_group(rng.pick(AgeGroup::ALL)),
                _ => {}
            }
            if rng.chance(70) {
                b = b.substance(rng.pick(Substance::ALL));
            }
            if rng.chance(40) {
                b = b.pattern(rng.pick(PatternOfUse::ALL));
            }
            if rng.chance(40) {
                b = b.severity(rng.pick(Severity::ALL));
            }
            if rng.chance(50) {
                b = b.provider(rng.pick(Provider::ALL));
            }
            if rng.chance(40) {
                b = b.role(rng.pick(Role::ALL));
            }
            if rng.chance(60) {
                b = b.in_other_treatment(rng.chance(50));
            }
            if rng.chance(30) {
                b = b.relative(rng.chance(20));
            }
            if rng.chance(25) {
                b = b.need(rng.pick(Need::ALL));
            }
            if rng.chance(15) {
                b = b.withdrawal(rng.pick(Withdrawal::ALL));
            }
            if rng.chance(10) {
                b = b.situation(rng.pick(Situation::ALL), rng.chance(50));
            }
            b.include_research(rng.chance(5)).build().unwrap_or_default()
        })
        .collect()
}

#[test]
fn recommend_into_a_reused_result_allocates_nothing() {
    let matcher = Matcher::new(insats::catalog());
    let profiles = profiles(1_000);
    let mut out = Recommendations::new();
    let mut matched = 0;
    // The first pass grows the result's and the scratch's buffers.
    for profile in &profiles {
        matcher.recommend_into(profile, &mut out);
        matched += out.len() + out.conditional().len() + out.not_rated_for_age().len();
    }
    assert!(matched > 1_000, "the profiles match: {matched}");
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for profile in &profiles {
        matcher.recommend_into(profile, &mut out);
    }
    let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
    assert_eq!(allocations, 0, "recommend_into allocated {allocations} times for 1 000 profiles");
    // The counter sees what allocates: a fresh result does.
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let fresh = matcher.recommend(&profiles[0]);
    assert!(ALLOCATIONS.load(Ordering::Relaxed) > before, "{fresh:?}");
}
