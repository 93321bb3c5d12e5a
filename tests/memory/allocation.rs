//! `recommend_into` on a reused result allocates nothing (issue 24): a
//! counting global allocator counts every allocation while 1 000 varied
//! profiles are matched into one `Recommendations`, after a first pass
//! over the same profiles has grown its buffers (and the matcher's
//! per-thread scratch). Counted, not timed, on the test's own thread.

use super::{SERIAL, allocations_on_this_thread};
use insats::{
    AgeGroup, Matcher, Need, PatternOfUse, Profile, Provider, Recommendations, Role, Severity,
    Situation, Substance, Vocabulary, Withdrawal,
};

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
    let _alone = SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
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
    let before = allocations_on_this_thread();
    for profile in &profiles {
        matcher.recommend_into(profile, &mut out);
    }
    let allocations = allocations_on_this_thread() - before;
    assert_eq!(allocations, 0, "recommend_into allocated {allocations} times for 1 000 profiles");
    // The counter sees what allocates: a fresh result does.
    let before = allocations_on_this_thread();
    let fresh = matcher.recommend(&profiles[0]);
    assert!(allocations_on_this_thread() > before, "{fresh:?}");
}
