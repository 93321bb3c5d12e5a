//! The national guidelines' (NR) priority scale.

use crate::error::{Error, ErrorKind};
use crate::terms::quote::cut;
use crate::terms::{Language, Term};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A rank on the NR scale, 1 (strongest) to 10; always in range.
///
/// # Examples
///
/// ```
/// use insats::Rank;
///
/// assert_eq!(Rank::new(4)?.get(), 4);
/// assert!(Rank::new(0).is_err() && Rank::new(11).is_err());
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rank(u8);

impl Rank {
    /// The rank `n`, if `1 <= n <= 10`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Priority`](crate::ErrorKind::Priority) naming `n` when it is outside 1–10.
    pub fn new(n: u8) -> Result<Rank, Error> {
        if (1..=10).contains(&n) {
            Ok(Rank(n))
        } else {
            Err(Error::from(ErrorKind::Priority { text: n.to_string() }))
        }
    }

    /// The rank as a number, 1 to 10.
    pub const fn get(self) -> u8 {
        self.0
    }
}

/// A recommendation of the national guidelines (NR) for a
/// condition–intervention pair.
///
/// The order is the strength of the recommendation: ascending means
/// strongest first, so `Rank(1) < … < Rank(10) < ResearchOnly < DontDo`.
/// Ranks compare only within one guideline; comparing ranks from
/// different guidelines means nothing.
///
/// # Examples
///
/// ```
/// use insats::{NrPriority, PriorityBand};
///
/// let p4 = NrPriority::rank(4)?;
/// assert!(NrPriority::rank(1)? < p4 && p4 < NrPriority::ResearchOnly);
/// assert!(NrPriority::ResearchOnly < NrPriority::DontDo);
/// assert_eq!(p4.band(), PriorityBand::MayOffer);
/// assert_eq!("prioritet 4".parse::<NrPriority>()?, p4);
/// assert_eq!("FoU".parse::<NrPriority>()?, NrPriority::ResearchOnly);
/// assert_eq!(NrPriority::DontDo.to_string(), "Icke-göra");
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NrPriority {
    /// A rank from 1 to 10. Every ranked measure has documented effect or
    /// support in proven experience; 1 means a large benefit (or a large
    /// benefit for its cost), 10 a very small to small one.
    Rank(Rank),
    /// FoU (forskning och utveckling): the evidence is missing, weak or
    /// contradictory; offer only within research with systematic
    /// evaluation, never routinely.
    ResearchOnly,
    /// Icke-göra: should not be offered, and should be phased out where it
    /// is (no benefit, or clearly unfavourable for the person).
    DontDo,
}

/// The verbal band of an [`NrPriority`], as practitioners read the scale.
///
/// The words are the ones Socialstyrelsen's patient version of the
/// guidelines gives the bands (1–3 "bör erbjuda", 4–7 "kan erbjuda", 8–10
/// "kan i undantagsfall erbjuda", FoU, "bör inte"), which its database
/// shows as "Bör erbjudas", "Kan erbjudas", "Kan erbjudas i undantagsfall",
/// "Endast i forskning och utveckling" and "Bör inte erbjudas" (the
/// project's fact sheet, notes section 1).
///
/// # Examples
///
/// ```
/// use insats::{NrPriority, PriorityBand};
///
/// assert_eq!(NrPriority::rank(9)?.band(), PriorityBand::ExceptionalOnly);
/// assert_eq!(PriorityBand::ExceptionalOnly.to_string(), "kan i undantagsfall erbjudas");
/// assert_eq!(PriorityBand::ExceptionalOnly.label_en(), "may be offered in exceptional cases");
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum PriorityBand {
    /// Ranks 1–3: should be offered ("bör erbjudas").
    ShouldOffer,
    /// Ranks 4–7: may be offered ("kan erbjudas").
    MayOffer,
    /// Ranks 8–10: may be offered in exceptional cases ("kan i
    /// undantagsfall erbjudas").
    ExceptionalOnly,
    /// FoU: only within research and development.
    ResearchOnly,
    /// Icke-göra: should not be offered.
    DontOffer,
}

impl PriorityBand {
    fn term(self) -> Term {
        match self {
            PriorityBand::ShouldOffer => Term::BandShouldOffer,
            PriorityBand::MayOffer => Term::BandMayOffer,
            PriorityBand::ExceptionalOnly => Term::BandExceptionalOnly,
            PriorityBand::ResearchOnly => Term::BandResearchOnly,
            PriorityBand::DontOffer => Term::BandDontOffer,
        }
    }

    /// The band's words in `language`.
    pub const fn describe(self, language: Language) -> &'static str {
        match self {
            PriorityBand::ShouldOffer => Term::BandShouldOffer.text(language),
            PriorityBand::MayOffer => Term::BandMayOffer.text(language),
            PriorityBand::ExceptionalOnly => Term::BandExceptionalOnly.text(language),
            PriorityBand::ResearchOnly => Term::BandResearchOnly.text(language),
            PriorityBand::DontOffer => Term::BandDontOffer.text(language),
        }
    }

    /// The band's Swedish words, e.g. `bör erbjudas`.
    pub fn label_sv(self) -> &'static str {
        self.term().sv()
    }

    /// The band's English words, e.g. `should be offered`.
    pub fn label_en(self) -> &'static str {
        self.term().en()
    }
}

impl fmt::Display for PriorityBand {
    /// The Swedish words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label_sv())
    }
}

/// The order of the scale, strongest first: the one definition that
/// [`NrPriority`]'s `Ord` and the matcher's priority keys both read.
impl NrPriority {
    /// How many order keys there are, a key for "no number" included
    /// ([`NrPriority::order_key`] of `None`).
    pub(crate) const KEYS: usize = NrPriority::NO_NUMBER as usize + 1;
    /// The order key of no number (an unrated pair, or a number withheld):
    /// after every priority.
    pub(crate) const NO_NUMBER: u8 = 13;

    /// The place of a priority on the scale, strongest first: ranks 1–10
    /// as themselves, then FoU (11), then Icke-göra (12); no number (13)
    /// after all of them.
    pub(crate) const fn order_key(priority: Option<NrPriority>) -> u8 {
        match priority {
            Some(NrPriority::Rank(rank)) => rank.get(),
            Some(NrPriority::ResearchOnly) => 11,
            Some(NrPriority::DontDo) => 12,
            None => NrPriority::NO_NUMBER,
        }
    }

    /// The priority whose [`order_key`](Self::order_key) is `key`; `None`
    /// for no number (and for a key no priority has).
    pub(crate) const fn of_order_key(key: u8) -> Option<NrPriority> {
        match key {
            1..=10 => Some(NrPriority::Rank(Rank(key))),
            11 => Some(NrPriority::ResearchOnly),
            12 => Some(NrPriority::DontDo),
            _ => None,
        }
    }
}

impl Ord for NrPriority {
    /// The scale's order, strongest first: ranks 1 to 10, then FoU, then
    /// Icke-göra (one order key, which the matcher's keys read too).
    fn cmp(&self, other: &NrPriority) -> std::cmp::Ordering {
        NrPriority::order_key(Some(*self)).cmp(&NrPriority::order_key(Some(*other)))
    }
}

impl PartialOrd for NrPriority {
    fn partial_cmp(&self, other: &NrPriority) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl NrPriority {
    /// The rank `n` (1–10).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Priority`](crate::ErrorKind::Priority) naming `n` when it is outside 1–10.
    pub fn rank(n: u8) -> Result<NrPriority, Error> {
        Rank::new(n).map(NrPriority::Rank)
    }

    /// The rank as a number, or `None` for FoU and Icke-göra.
    pub const fn rank_number(self) -> Option<u8> {
        match self {
            NrPriority::Rank(r) => Some(r.get()),
            _ => None,
        }
    }

    /// The verbal band the priority falls in.
    pub const fn band(self) -> PriorityBand {
        match self {
            NrPriority::Rank(Rank(1..=3)) => PriorityBand::ShouldOffer,
            NrPriority::Rank(Rank(4..=7)) => PriorityBand::MayOffer,
            NrPriority::Rank(_) => PriorityBand::ExceptionalOnly,
            NrPriority::ResearchOnly => PriorityBand::ResearchOnly,
            NrPriority::DontDo => PriorityBand::DontOffer,
        }
    }

    /// The stable id used in JSON and read by [`FromStr`]: `"4"`,
    /// `"fou"`, `"icke-gora"`.
    ///
    /// ```
    /// use insats::NrPriority;
    /// assert_eq!(NrPriority::rank(10)?.id(), "10");
    /// assert_eq!(NrPriority::DontDo.id(), "icke-gora");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            NrPriority::Rank(Rank(1)) => "1",
            NrPriority::Rank(Rank(2)) => "2",
            NrPriority::Rank(Rank(3)) => "3",
            NrPriority::Rank(Rank(4)) => "4",
            NrPriority::Rank(Rank(5)) => "5",
            NrPriority::Rank(Rank(6)) => "6",
            NrPriority::Rank(Rank(7)) => "7",
            NrPriority::Rank(Rank(8)) => "8",
            NrPriority::Rank(Rank(9)) => "9",
            // A rank is 1..=10 by construction.
            NrPriority::Rank(_) => "10",
            NrPriority::ResearchOnly => "fou",
            NrPriority::DontDo => "icke-gora",
        }
    }

    /// The priority as the guide writes it, in `language`: `prioritet 4`,
    /// `FoU`, `Icke-göra` (English: `priority 4`, and the Swedish labels
    /// quoted with their translation).
    ///
    /// ```
    /// use insats::{Language, NrPriority};
    /// assert_eq!(NrPriority::rank(4)?.describe(Language::English), "priority 4");
    /// assert_eq!(NrPriority::ResearchOnly.label_en(), "\"FoU\" (only within research and development)");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn describe(self, language: Language) -> String {
        match self {
            NrPriority::Rank(r) => Term::PriorityRank.fill(language, &[("rank", &r.get())]),
            NrPriority::ResearchOnly => Term::PriorityResearchOnly.text(language).to_owned(),
            NrPriority::DontDo => Term::PriorityDontDo.text(language).to_owned(),
        }
    }

    /// [`describe`](Self::describe) in English.
    pub fn label_en(self) -> String {
        self.describe(Language::English)
    }
}

/// `prioritet 4`, `FoU` or `Icke-göra`, as the guide writes them.
impl fmt::Display for NrPriority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::Swedish))
    }
}

/// Accepts `4`, `prioritet 4`, `FoU`, `Icke-göra` (any case; also
/// `icke-gora`).
impl FromStr for NrPriority {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        let reject = || Error::from(ErrorKind::Priority { text: cut(text) });
        let folded = text.trim().to_lowercase();
        match folded.as_str() {
            "fou" => return Ok(NrPriority::ResearchOnly),
            "icke-göra" | "icke-gora" => return Ok(NrPriority::DontDo),
            _ => {}
        }
        let number = folded.strip_prefix("prioritet").unwrap_or(&folded).trim();
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(reject());
        }
        let n: u8 = number.parse().map_err(|_| reject())?;
        NrPriority::rank(n).map_err(|_| reject())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_ranks_are_errors_that_name_the_value() {
        for n in [0u8, 11, 255] {
            let err = NrPriority::rank(n).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "NR priority \"{n}\" is not on the scale: expected a rank 1–10, \"FoU\" \
                     (only within research and development) or \"Icke-göra\" (should not be offered)"
                )
            );
        }
    }

    /// Every priority, in the order the docs state: rank 1 first, then
    /// the ranks up to 10, then FoU, then Icke-göra.
    fn documented_order() -> Vec<NrPriority> {
        let ranks = (1..=10).map(|n| NrPriority::rank(n).unwrap());
        ranks.chain([NrPriority::ResearchOnly, NrPriority::DontDo]).collect()
    }

    #[test]
    fn the_order_keys_give_the_documented_order_and_read_back() {
        let all = documented_order();
        for (i, a) in all.iter().enumerate() {
            for (j, b) in all.iter().enumerate() {
                assert_eq!(a.cmp(b), i.cmp(&j), "{a:?} against {b:?}");
                let key = |p: &NrPriority| NrPriority::order_key(Some(*p));
                assert_eq!(key(a).cmp(&key(b)), i.cmp(&j), "keys of {a:?} and {b:?}");
            }
            let key = NrPriority::order_key(Some(*a));
            assert!(key < NrPriority::NO_NUMBER, "no number comes after {a:?}");
            assert_eq!(NrPriority::of_order_key(key), Some(*a));
        }
        assert_eq!(NrPriority::of_order_key(NrPriority::order_key(None)), None);
        assert_eq!(NrPriority::KEYS, all.len() + 2, "key 0 is unused, and no number has one");
    }

    #[test]
    fn bands_follow_the_scale() {
        let bands: Vec<_> = (1..=10).map(|n| NrPriority::rank(n).unwrap().band()).collect();
        use PriorityBand::*;
        assert_eq!(
            bands,
            [
                ShouldOffer,
                ShouldOffer,
                ShouldOffer,
                MayOffer,
                MayOffer,
                MayOffer,
                MayOffer,
                ExceptionalOnly,
                ExceptionalOnly,
                ExceptionalOnly
            ]
        );
    }

    #[test]
    fn json_forms() {
        let p = NrPriority::rank(4).unwrap();
        assert_eq!(serde_json::to_string(&p).unwrap(), "4");
        assert_eq!(
            serde_json::from_str::<NrPriority>("\"icke-gora\"").unwrap(),
            NrPriority::DontDo
        );
        let err = serde_json::from_str::<NrPriority>("11").unwrap_err();
        assert!(err.to_string().contains("\"11\" is not on the scale"), "{err}");
        // Every other JSON value is named as written, never as "no variant
        // of an untagged enum".
        for (json, written) in [
            ("4.0", "4.0"),
            ("true", "true"),
            ("null", "null"),
            ("-3", "-3"),
            ("1e30", "1e30"),
            ("18446744073709551615", "18446744073709551615"),
            ("[4]", "[…]"),
            ("\"prioritet 12\"", "prioritet 12"),
        ] {
            let err = serde_json::from_str::<NrPriority>(json).unwrap_err().to_string();
            assert!(err.starts_with(&format!("NR priority {written:?} is not")), "{json}: {err}");
        }
    }

    #[test]
    fn rejects_text_that_is_not_a_priority() {
        for bad in ["", "prioritet", "hög prioritet", "4a", "-1", "prioritet 0"] {
            assert!(bad.parse::<NrPriority>().is_err(), "{bad:?}");
        }
    }
}
