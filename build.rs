//! Tells the integration tests whether the project's source documents are
//! at hand, so that the conformance tests that read them are reported as
//! ignored, not passed, when they are not (see `tests/util/mod.rs`).
//!
//! It sets `cfg(insats_sources)` when `$INSATS_SOURCES` is set (a folder,
//! absolute or relative to the package root; a name that is no folder then
//! fails the tests, as whoever set it meant to run them), when `../shared`
//! is a folder beside the package, or when `INSATS_REQUIRE_SOURCES` is set
//! (CI: the tests then run and fail if the folder is absent). The cfg only
//! changes which tests are ignored; the library is the same either way.
//!
//! For a crate that depends on insats this finds nothing and does nothing:
//! it reads two environment variables and asks whether one folder exists.
//! It watches no path that may be missing (cargo would run it again on
//! every build), so after putting `shared/` beside a checkout that built
//! without it, set `INSATS_SOURCES` or touch this file.

use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(insats_sources)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=INSATS_SOURCES");
    println!("cargo::rerun-if-env-changed=INSATS_REQUIRE_SOURCES");

    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty() && v != "0");
    let named = std::env::var_os("INSATS_SOURCES").filter(|v| !v.is_empty());
    let Some(manifest) = std::env::var_os("CARGO_MANIFEST_DIR") else { return };
    let dir = Path::new(&manifest).join(named.as_deref().unwrap_or("../shared".as_ref()));
    if dir.is_dir() {
        // Removing the folder runs this again (so does a change to a seed
        // page: the only part watched, to keep rebuilds rare). The tests
        // read the documents at run time.
        let seeds = dir.join("seeds");
        if seeds.is_dir() {
            println!("cargo::rerun-if-changed={}", seeds.display());
        }
    }
    if named.is_some() || set("INSATS_REQUIRE_SOURCES").is_some() || dir.is_dir() {
        println!("cargo::rustc-cfg=insats_sources");
    }
}
