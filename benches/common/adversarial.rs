//! Page bodies that once made the prose readers of `insats::page`
//! quadratic (seconds to minutes at about 1 MB): `benches/page.rs` measures
//! them at two sizes, so the throughput shows whether parsing stays
//! linear, and `tests/page_format.rs` checks what they read.

/// The three bodies, about `scale` × 11 bytes each; each starts with the
/// `Kunskapsläge` heading and goes after a page's breadcrumb.
pub fn bodies(scale: usize) -> [(&'static str, String); 3] {
    [
        // Many `(prioritet ` with no closing parenthesis near them.
        ("unclosed markers", format!("Kunskapsläge\n\n{})", "(prioritet ".repeat(9 * scale / 10))),
        // Many markers in one sentence.
        (
            "markers in one sentence",
            format!("Kunskapsläge\n\n{}", "alkohol (prioritet 3) ".repeat(45 * scale / 100)),
        ),
        // A long lead-in line over many bullets.
        (
            "long lead-in",
            format!(
                "Kunskapsläge\n\n{}:\n{}",
                "ord ".repeat(125 * scale / 100),
                "  • alkohol (prioritet 3)\n".repeat(scale / 5)
            ),
        ),
    ]
}
