//! Peak heap while loading a 10 MB JSON catalog and parsing a 10 MB page
//! (issue 14), measured with a counting global allocator: this binary has
//! one test, so no other test allocates meanwhile. Not timed.
//!
//! The JSON catalog (real entries: the built-in ones, repeated) must peak
//! at most 12 times its size; reading it through a `serde_json::Value` per
//! entry, as the crate once did, peaked at 2.8 times, and entry by entry it
//! peaks at 1.2. The ratio depends on the entries: a catalog of bare
//! entries (an id and a name, some 40 bytes of JSON each) peaks at about 19
//! times, because an `Intervention` takes 600 bytes before its texts
//! whatever it holds; that figure is printed and held to what it is today,
//! so that a regression shows. A 10 MB page must peak at most 4 times its size (it
//! peaks at about 2: the section's text, and the phase that quotes it);
//! the schedule and phase readers once kept every word of a sentence and
//! peaked at 8. The figures are printed with `cargo test --test memory --
//! --nocapture`.

use insats::{Catalog, catalog};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

mod allocation;

/// The fixture page the tests read (the tests' own copy of the seed).
const NATVERKSTERAPI: &str = include_str!("../fixtures/natverksterapi.txt");

/// Counts the bytes held and the most held since the last reset.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);

/// Held by each test of this binary for its whole run: one measures at a
/// time.
pub static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

thread_local! {
    /// The allocations (and reallocations) this thread has made.
    static ALLOCATIONS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The allocations (and reallocations) the calling thread has made.
pub fn allocations_on_this_thread() -> usize {
    ALLOCATIONS.try_with(std::cell::Cell::get).unwrap_or(0)
}

fn count_allocation() {
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; the counters only
// observe the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_allocation();
        // SAFETY: the caller's contract is `System`'s.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let held = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(held, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.dealloc(ptr, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_allocation();
        // SAFETY: the caller's contract is `System`'s.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
            let held = HELD.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(held, Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes `run` holds at once beyond what was held before it, and
/// its result (dropped after the measure).
fn peak_of<T>(run: impl FnOnce() -> T) -> (usize, T) {
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let result = run();
    (PEAK.load(Ordering::Relaxed) - before, result)
}

const TEN_MB: usize = 10 * 1024 * 1024;

/// The built-in catalog as JSON, repeated with each copy's ids (and the
/// links to them) suffixed, to at least 10 MB: a catalog of real entries.
fn ten_mb_catalog() -> String {
    let mut file: serde_json::Value = serde_json::from_str(&catalog().to_json().unwrap()).unwrap();
    let original = file["entries"].as_array().unwrap().clone();
    let one_copy = serde_json::to_string_pretty(&original).unwrap().len();
    let copies = TEN_MB / one_copy + 1;
    let rename = |id: &serde_json::Value, copy: usize| {
        serde_json::Value::String(format!("{}-{copy}", id.as_str().unwrap()))
    };
    let mut entries = Vec::with_capacity(original.len() * copies);
    for copy in 0..copies {
        for entry in &original {
            let mut entry = entry.clone();
            let object = entry.as_object_mut().unwrap();
            for link in ["id", "youth_version", "adult_version"] {
                if let Some(id) = object.get(link) {
                    object.insert(link.to_owned(), rename(id, copy));
                }
            }
            if let Some(components) = object.get_mut("components") {
                for id in components.as_array_mut().unwrap() {
                    *id = rename(id, copy);
                }
            }
            entries.push(entry);
        }
    }
    file["entries"] = serde_json::Value::Array(entries);
    serde_json::to_string_pretty(&file).unwrap()
}

/// A fixture page whose `Genomförande` holds about 10 MB of sentences.
fn ten_mb_page_of_sentences() -> String {
    let page = NATVERKSTERAPI;
    let sentence = "Behandlaren träffar individen och nätverket varje vecka under hela perioden. ";
    let padding = sentence.repeat(TEN_MB / sentence.len());
    page.replacen("\n\nMärkning", &format!(" {padding}\n\nMärkning"), 1)
}

/// A fixture page whose `Genomförande` is one sentence of about 10 MB.
fn ten_mb_page_of_one_sentence() -> String {
    let page = NATVERKSTERAPI;
    let words = "och nätverket ".repeat(TEN_MB / 14);
    page.replacen(
        "\n\nMärkning",
        &format!(" Behandlaren träffar {words}varje vecka.\n\nMärkning"),
        1,
    )
}

/// A catalog of about 10 MB of bare entries, an id and a name each, with
/// no white space: the most entries 10 MB can hold.
fn ten_mb_catalog_of_bare_entries() -> String {
    let mut file: serde_json::Value = serde_json::from_str(&catalog().to_json().unwrap()).unwrap();
    let entry =
        |i: usize| serde_json::json!({ "id": format!("e{i}"), "name": format!("Insats {i}") });
    let one = serde_json::to_string(&entry(100_000)).unwrap().len() + 1;
    file["entries"] = (0..TEN_MB / one).map(entry).collect();
    serde_json::to_string(&file).unwrap()
}

#[test]
fn peak_heap_of_a_10_mb_catalog_and_page() {
    let _alone = SERIAL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let json = ten_mb_catalog();
    let (peak, loaded) = peak_of(|| Catalog::from_json(&json));
    let loaded = loaded.unwrap();
    assert!(loaded.len() > 1_000, "{} entries", loaded.len());
    drop(loaded);
    let ratio = peak as f64 / json.len() as f64;
    eprintln!(
        "JSON catalog: {:.1} MB, {} entries, peak {:.1} MB = {ratio:.1}× its size (target 12×)",
        json.len() as f64 / 1e6,
        json.matches("\"id\":").count(),
        peak as f64 / 1e6
    );
    assert!(ratio <= 12.0, "the JSON catalog peaks at {ratio:.1}× its size");
    drop(json);

    let json = ten_mb_catalog_of_bare_entries();
    let (peak, loaded) = peak_of(|| Catalog::from_json(&json));
    let entries = loaded.unwrap().len();
    let ratio = peak as f64 / json.len() as f64;
    eprintln!(
        "JSON catalog of bare entries: {:.1} MB, {entries} entries, peak {:.1} MB = {ratio:.1}× \
         its size (an Intervention is {} bytes)",
        json.len() as f64 / 1e6,
        peak as f64 / 1e6,
        std::mem::size_of::<insats::Intervention>()
    );
    // Held to today's figure, above the target: see the module's notes.
    assert!(ratio <= 24.0, "the JSON catalog of bare entries peaks at {ratio:.1}× its size");
    drop(json);

    for (shape, page) in
        [("sentences", ten_mb_page_of_sentences()), ("one sentence", ten_mb_page_of_one_sentence())]
    {
        let (peak, parsed) = peak_of(|| insats::page::parse(&page));
        assert!(parsed.is_ok(), "{shape}: {:?}", parsed.err());
        drop(parsed);
        let ratio = peak as f64 / page.len() as f64;
        eprintln!(
            "page of {shape}: {:.1} MB, peak {:.1} MB = {ratio:.1}× its size (target 4×)",
            page.len() as f64 / 1e6,
            peak as f64 / 1e6
        );
        assert!(ratio <= 4.0, "the page of {shape} peaks at {ratio:.1}× its size");
    }
}
