//! The ids of entries: ASCII kebab-case slugs of their names.

/// The ASCII kebab-case slug of a name, as the guide's URLs spell it:
/// lower case, `å`/`ä` → `a`, `ö` → `o`, `é` → `e`, every other run of
/// non-alphanumeric characters → `-`.
///
/// # Examples
///
/// ```
/// assert_eq!(insats::slug("Nätverksterapi"), "natverksterapi");
/// assert_eq!(insats::slug("Community reinforcement approach (CRA)"),
///            "community-reinforcement-approach-cra");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_guide() {
        assert_eq!(slug("Psykosocial behandling"), "psykosocial-behandling");
        assert_eq!(slug("Återfallsprevention"), "aterfallsprevention");
        assert_eq!(slug("Haschavvänjningsprogrammet (HAP)"), "haschavvanjningsprogrammet-hap");
        assert_eq!(slug("  --  "), "");
        assert!(is_slug("a-b-1") && !is_slug("a--b") && !is_slug("-a") && !is_slug(""));
    }
}
