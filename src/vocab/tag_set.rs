use super::Vocabulary;
use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A set of values of one vocabulary, held as one `u64` bit word.
///
/// `Copy`, allocation-free, and iterated in declaration order (the order in
/// which the guide prints the values). Every vocabulary has at most 64
/// values; a larger one fails to compile. Serialized as a list of serde ids.
///
/// # Examples
///
/// ```
/// use insats::{Provider, TagSet};
///
/// let mut set = TagSet::new();
/// set.insert(Provider::YouthClinic);
/// set.insert(Provider::IndividualAndFamilyCare);
/// assert!(set.contains(Provider::YouthClinic));
/// assert_eq!(set.len(), 2);
/// // declaration order, not insertion order
/// assert_eq!(
///     set.iter().collect::<Vec<_>>(),
///     [Provider::IndividualAndFamilyCare, Provider::YouthClinic]
/// );
/// assert_eq!(
///     serde_json::to_string(&set)?,
///     r#"["individual-and-family-care","youth-clinic"]"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct TagSet<T> {
    bits: u64,
    // `fn() -> T` keeps the set `Send + Sync + Copy` whatever `T` is.
    marker: PhantomData<fn() -> T>,
}

impl<T: Vocabulary> TagSet<T> {
    const FITS: () = assert!(T::ALL.len() <= 64, "a TagSet vocabulary has at most 64 values");

    /// The empty set.
    pub const fn new() -> Self {
        TagSet { bits: 0, marker: PhantomData }
    }

    /// The set of every value of the vocabulary.
    ///
    /// ```
    /// use insats::{Severity, TagSet};
    /// assert_eq!(TagSet::<Severity>::all().len(), 3);
    /// ```
    pub fn all() -> Self {
        T::ALL.iter().copied().collect()
    }

    /// The set of one value.
    pub fn only(value: T) -> Self {
        let mut set = Self::new();
        set.insert(value);
        set
    }

    fn bit(value: T) -> u64 {
        let () = Self::FITS;
        1u64 << value.index()
    }

    /// Whether `value` is in the set.
    pub fn contains(self, value: T) -> bool {
        self.bits & Self::bit(value) != 0
    }

    /// Adds `value`; returns whether it was new.
    pub fn insert(&mut self, value: T) -> bool {
        let new = !self.contains(value);
        self.bits |= Self::bit(value);
        new
    }

    /// Removes `value`; returns whether it was there.
    pub fn remove(&mut self, value: T) -> bool {
        let was = self.contains(value);
        self.bits &= !Self::bit(value);
        was
    }

    /// The values in either set.
    #[must_use]
    pub const fn union(self, other: Self) -> Self {
        TagSet { bits: self.bits | other.bits, marker: PhantomData }
    }

    /// The values in both sets.
    #[must_use]
    pub const fn intersection(self, other: Self) -> Self {
        TagSet { bits: self.bits & other.bits, marker: PhantomData }
    }

    /// The values of `self` that are not in `other`.
    #[must_use]
    pub const fn difference(self, other: Self) -> Self {
        TagSet { bits: self.bits & !other.bits, marker: PhantomData }
    }

    /// Whether every value of `self` is in `other`.
    pub const fn is_subset(self, other: Self) -> bool {
        self.bits & !other.bits == 0
    }

    /// Whether the sets share a value.
    pub const fn intersects(self, other: Self) -> bool {
        self.bits & other.bits != 0
    }

    /// The number of values in the set.
    pub const fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    pub const fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The values, in declaration order.
    pub fn iter(self) -> TagSetIter<T> {
        TagSetIter { bits: self.bits, marker: PhantomData }
    }

    /// The raw bit word: bit `i` is the value with index `i`.
    pub const fn bits(self) -> u64 {
        self.bits
    }

    /// The set of the values whose bits are set in `bits`; bits beyond the
    /// vocabulary are dropped.
    pub(crate) fn from_bits(bits: u64) -> Self {
        let len = T::ALL.len();
        let mask = if len >= 64 { u64::MAX } else { (1u64 << len) - 1 };
        TagSet { bits: bits & mask, marker: PhantomData }
    }
}

impl<T> Clone for TagSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for TagSet<T> {}
impl<T> PartialEq for TagSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for TagSet<T> {}
impl<T> std::hash::Hash for TagSet<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}
impl<T: Vocabulary> Default for TagSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Vocabulary> fmt::Debug for TagSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Writes the Swedish labels separated by `, `, as on a `Märkning` line.
impl<T: Vocabulary> fmt::Display for TagSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, value) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(value.label_sv())?;
        }
        Ok(())
    }
}

impl<T: Vocabulary> FromIterator<T> for TagSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        set.extend(iter);
        set
    }
}

impl<T: Vocabulary> Extend<T> for TagSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for value in iter {
            self.insert(value);
        }
    }
}

impl<T: Vocabulary, const N: usize> From<[T; N]> for TagSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T: Vocabulary> IntoIterator for TagSet<T> {
    type Item = T;
    type IntoIter = TagSetIter<T>;
    fn into_iter(self) -> TagSetIter<T> {
        self.iter()
    }
}

/// Iterator over a [`TagSet`], in declaration order.
pub struct TagSetIter<T> {
    bits: u64,
    marker: PhantomData<fn() -> T>,
}

impl<T: Vocabulary> Iterator for TagSetIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while self.bits != 0 {
            let index = self.bits.trailing_zeros() as usize;
            self.bits &= self.bits - 1;
            if let Some(value) = T::from_index(index) {
                return Some(value);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl<T: Vocabulary> ExactSizeIterator for TagSetIter<T> {}

impl<T: Vocabulary + Serialize> Serialize for TagSet<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for value in self.iter() {
            seq.serialize_element(&value)?;
        }
        seq.end()
    }
}

impl<'de, T: Vocabulary + Deserialize<'de>> Deserialize<'de> for TagSet<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(deserializer)?.into_iter().collect())
    }
}
