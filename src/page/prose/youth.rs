//! The youth versions a page names.

use crate::page::words::words;

/// The names before `ungdomsversion…` in a sentence such as `Både CRA och
/// MET finns i särskilda ungdomsversioner`: words in capitals (`CRA`,
/// `A-CRA`).
pub(super) fn youth_versions(sentence: &str, names: &mut Vec<String>) {
    let Some(mention) = words(sentence).find(|w| w.starts("ungdomsversion")) else { return };
    let before = sentence.get(..mention.start).unwrap_or("");
    for token in before.split_whitespace() {
        let name = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let is_name = name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
        if is_name && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
}
