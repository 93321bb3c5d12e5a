//! One input form for a case, as a journal system holds it: JSON whose
//! values are labels people pick or type, codes and scores, read with
//! every problem of the case at once.
//!
//! # The choice
//!
//! [`Profile`]'s own JSON stays what it is: the exact, lossless form of a
//! profile (serde ids only, first error stops), which reports and stored
//! profiles use. [`CaseInput`] sits beside it for what people and journal
//! exports write:
//!
//! - every key of `Profile`'s JSON (`age`, `age_group`, `severity`,
//!   `condition`, `substances`, `provider`, `role`, `in_other_treatment`,
//!   `in_laro`, `relative`, `cohabiting_partner`, `withdrawal`,
//!   `severe_mental_illness`, `needs`, `include_research`, `pattern`,
//!   `dsm5_criteria`, `diagnoses`, `situations`, `situations_absent`,
//!   `audit`, `dudit`), and three more: `icd10`, a list of ICD-10 codes
//!   (as `diagnoses`); `sex`, for scores written as bare numbers
//!   (`"audit": 9, "sex": "kvinna"`); `audit` and `dudit` also as an
//!   object `{"score": 9, "sex": "female"}`;
//! - each vocabulary value as its `FromStr` reads it: the Swedish label,
//!   the English label, the id or a documented alias (`IFO`), in any
//!   case; a list may be written as one text when it has one value;
//! - **every** problem of the case is collected, not only the first:
//!   each with the path of its field (`substances[1]`), the value quoted
//!   and cut short, and the nearest valid values where there are any. A
//!   key that is none of the above is a problem too, as is a key given
//!   twice and a contradiction the builder refuses.
//!
//! [`CaseInput::read`] returns the profile, or [`ErrorKind::Case`](crate::ErrorKind::Case) with every
//! problem. [`CaseInput::read_lenient`] builds the profile from the rest
//! and lists what it left out ([`CaseInput::left_out`]): never silently.
//! Text that is not JSON at all is an [`ErrorKind::Json`](crate::ErrorKind::Json) in either mode.
//!
//! ```
//! use insats::{CaseInput, Error, Profile, Provider, Substance};
//!
//! let profile = CaseInput::read(r#"{"age": 34, "substances": ["Alkohol"], "provider": "IFO"}"#)?;
//! assert_eq!(profile.provider(), Some(Provider::IndividualAndFamilyCare));
//!
//! let case = r#"{"age": 200, "substances": ["Alkohl", "Cannabis"], "colour": "blue"}"#;
//! let Err(insats::ErrorKind::Case { problems }) = CaseInput::read(case).map_err(insats::Error::into_kind) else { return Err("expected problems".into()) };
//! assert_eq!(problems.len(), 3);
//! assert_eq!(problems[1].path(), "substances[0]");
//! assert_eq!(problems[1].suggestions(), ["Alkohol"]);
//!
//! let lenient = CaseInput::read_lenient(case)?;
//! assert_eq!(lenient.profile().substances_told().len(), 1);
//! assert_eq!(lenient.left_out().len(), 3);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::profile::{Profile, ProfileBuilder, ProfileField};
use crate::clinical::{Audit, Diagnosis, Dudit, Sex};
use crate::error::{CaseProblem, FieldProblem, JsonExpected, JsonFound};
use crate::error::{Error, ErrorKind};
use crate::terms::quote::{cut, cut_to};
use crate::vocab::{
    AgeGroup, Condition, Need, PatternOfUse, Provider, Role, Severity, Situation, Substance,
    TagSet, Vocabulary, Withdrawal, closest_names,
};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;

/// The keys a case takes: those of [`Profile`]'s JSON, then `icd10` and
/// `sex`.
pub const CASE_KEYS: &[&str] = &[
    "age",
    "age_group",
    "severity",
    "condition",
    "substances",
    "provider",
    "role",
    "in_other_treatment",
    "in_laro",
    "relative",
    "cohabiting_partner",
    "withdrawal",
    "severe_mental_illness",
    "needs",
    "include_research",
    "pattern",
    "dsm5_criteria",
    "diagnoses",
    "situations",
    "situations_absent",
    "audit",
    "dudit",
    "icd10",
    "sex",
];

/// The longest key a path copies: a key the case does not take may be
/// anything.
const KEY_CHARS: usize = 40;

/// A case read from JSON in the lenient mode: the profile built from what
/// reads, and what was left out.
///
/// See [`CaseInput`] for the keys and values a case takes.
///
/// # Examples
///
/// ```
/// use insats::{CaseInput, Language};
///
/// let case = CaseInput::read_lenient(r#"{"age": 45, "role": "Socialsekreterare", "relative": "nej"}"#)?;
/// assert_eq!(case.profile().age(), Some(45));
/// assert_eq!(case.profile().relative(), None);
/// let [left_out] = case.left_out() else { return Err("one problem".into()) };
/// assert_eq!(
///     left_out.describe(Language::English),
///     "field \"relative\" is \"nej\", but should be true or false"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct CaseInput {
    profile: Profile,
    left_out: Vec<CaseProblem>,
}

impl CaseInput {
    /// Reads a case: the profile, or every problem of the case in one
    /// error.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Case`](crate::ErrorKind::Case) listing every problem (a value no vocabulary
    /// reads, a number out of range, a key the case does not take, a
    /// contradiction); [`ErrorKind::Json`](crate::ErrorKind::Json) for text that is not JSON.
    pub fn read(json: &str) -> Result<Profile, Error> {
        let case = CaseInput::read_lenient(json)?;
        if case.left_out.is_empty() {
            Ok(case.profile)
        } else {
            Err(Error::from(ErrorKind::Case { problems: case.left_out }))
        }
    }

    /// Reads a case in the lenient mode: the profile built from every
    /// field that reads, and the problems of the fields left out.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Json`](crate::ErrorKind::Json) for text that is not JSON; every other problem is
    /// in [`left_out`](Self::left_out).
    pub fn read_lenient(json: &str) -> Result<CaseInput, Error> {
        let mut de = serde_json::Deserializer::from_str(json);
        let top = de.deserialize_any(TopVisitor)?;
        de.end()?;
        let mut reader = Reader::default();
        match top {
            Top::Object(pairs) => reader.read_all(pairs),
            Top::Other(found) => reader.problem(
                String::new(),
                FieldProblem::Unexpected { found, expected: JsonExpected::Object },
            ),
        }
        Ok(reader.finish())
    }

    /// The profile built from the fields that read.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }
    /// The profile, taken.
    pub fn into_profile(self) -> Profile {
        self.profile
    }
    /// The problems of the fields left out of the profile, in the order
    /// of the case's keys (contradictions last): empty when every field
    /// read.
    pub fn left_out(&self) -> &[CaseProblem] {
        &self.left_out
    }
    /// The profile and the problems, taken.
    pub fn into_parts(self) -> (Profile, Vec<CaseProblem>) {
        (self.profile, self.left_out)
    }
}

/// A case's top-level value: an object's pairs in order (so a repeated
/// key is seen), or what stands where the object belongs.
enum Top {
    Object(Vec<(String, Value)>),
    Other(JsonFound),
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Top;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut pairs = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            pairs.push((key, value));
        }
        Ok(Top::Object(pairs))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Top::Other(JsonFound::List))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Top, E> {
        Ok(Top::Other(JsonFound::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Top, E> {
        Ok(Top::Other(JsonFound::Number(v.to_string())))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Top, E> {
        Ok(Top::Other(JsonFound::Number(v.to_string())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Top, E> {
        Ok(Top::Other(JsonFound::Number(v.to_string())))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Top, E> {
        Ok(Top::Other(JsonFound::Text(cut(v))))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
        Ok(Top::Other(JsonFound::Null))
    }
}

/// A JSON value as a problem quotes it.
fn found(value: &Value) -> JsonFound {
    match value {
        Value::Null => JsonFound::Null,
        Value::Bool(b) => JsonFound::Bool(*b),
        Value::Number(n) => JsonFound::Number(cut(&n.to_string())),
        Value::String(s) => JsonFound::Text(cut(s)),
        Value::Array(_) => JsonFound::List,
        Value::Object(_) => JsonFound::Object,
    }
}

fn unexpected(value: &Value, expected: JsonExpected) -> FieldProblem {
    FieldProblem::Unexpected { found: found(value), expected }
}

/// A score stated with its sex, or waiting for the case's `sex`.
enum Score {
    Complete(u8, Sex),
    NeedsSex(u8),
}

/// The state of one reading: the builder so far and the problems.
#[derive(Default)]
struct Reader {
    builder: ProfileBuilder,
    problems: Vec<CaseProblem>,
    age: Option<u8>,
    age_group: Option<AgeGroup>,
    sex: Option<Sex>,
    /// Whether the case has a `sex` key (read or not).
    sex_given: bool,
    audit: Option<Score>,
    dudit: Option<Score>,
}

impl Reader {
    fn problem(&mut self, path: String, problem: FieldProblem) {
        self.problems.push(CaseProblem::new(path, problem));
    }

    fn read_all(&mut self, pairs: Vec<(String, Value)>) {
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in &pairs {
            let path = cut_to(key, KEY_CHARS);
            if seen.contains(&key.as_str()) {
                self.problem(path, FieldProblem::Repeated);
                continue;
            }
            seen.push(key);
            self.read_key(key, path, value);
        }
    }

    fn read_key(&mut self, key: &str, path: String, v: &Value) {
        let b = std::mem::take(&mut self.builder);
        self.builder = match key {
            "age" => {
                self.age = self.integer(path, v, 0, Profile::MAX_AGE);
                b
            }
            "age_group" => {
                self.age_group = self.label(path, v);
                b
            }
            "severity" => set(b, self.label::<Severity>(path, v), ProfileBuilder::severity),
            "condition" => set(b, self.label::<Condition>(path, v), ProfileBuilder::condition),
            "substances" => set(b, self.labels::<Substance>(&path, v), ProfileBuilder::substances),
            "provider" => set(b, self.label::<Provider>(path, v), ProfileBuilder::provider),
            "role" => set(b, self.label::<Role>(path, v), ProfileBuilder::role),
            "in_other_treatment" => self.flag(path, v, b, ProfileBuilder::in_other_treatment),
            "in_laro" => self.flag(path, v, b, ProfileBuilder::in_laro),
            "relative" => self.flag(path, v, b, ProfileBuilder::relative),
            "cohabiting_partner" => self.flag(path, v, b, ProfileBuilder::cohabiting_partner),
            "severe_mental_illness" => self.flag(path, v, b, ProfileBuilder::severe_mental_illness),
            "include_research" => self.flag(path, v, b, ProfileBuilder::include_research),
            "withdrawal" => set(b, self.label::<Withdrawal>(path, v), ProfileBuilder::withdrawal),
            "needs" => set(b, self.labels::<Need>(&path, v), ProfileBuilder::needs),
            "pattern" => set(b, self.label::<PatternOfUse>(path, v), ProfileBuilder::pattern),
            "dsm5_criteria" => set(b, self.integer(path, v, 2, 11), ProfileBuilder::dsm5_criteria),
            "diagnoses" | "icd10" => self.diagnoses(&path, v, b),
            "situations" | "situations_absent" => {
                let holds = key == "situations";
                let found: Option<TagSet<Situation>> = self.labels(&path, v);
                found.into_iter().flatten().fold(b, |b, s| b.situation(s, holds))
            }
            "audit" => {
                self.audit = self.score(&path, v, Audit::MAX);
                b
            }
            "dudit" => {
                self.dudit = self.score(&path, v, Dudit::MAX);
                b
            }
            "sex" => {
                self.sex_given = true;
                self.sex = self.label(path, v);
                b
            }
            _ => {
                let closest = closest_names(key, CASE_KEYS);
                self.problem(path, FieldProblem::UnknownField { closest });
                b
            }
        };
    }

    /// A value of a vocabulary, as its `FromStr` reads it.
    fn label<T: Vocabulary>(&mut self, path: String, v: &Value) -> Option<T> {
        let Value::String(text) = v else {
            self.problem(path, unexpected(v, JsonExpected::Text));
            return None;
        };
        match text.parse::<T>() {
            Ok(value) => Some(value),
            Err(error) => {
                self.problem(path, FieldProblem::Invalid(error));
                None
            }
        }
    }

    /// A list of values (or one value as a text): the set of those that
    /// read, `None` when the field is not a list.
    fn labels<T: Vocabulary>(&mut self, path: &str, v: &Value) -> Option<TagSet<T>> {
        let items: &[Value] = match v {
            Value::Array(items) => items,
            Value::String(_) => std::slice::from_ref(v),
            _ => {
                self.problem(path.to_owned(), unexpected(v, JsonExpected::List));
                return None;
            }
        };
        let mut set = TagSet::new();
        for (index, item) in items.iter().enumerate() {
            let item_path = if matches!(v, Value::Array(_)) {
                format!("{path}[{index}]")
            } else {
                path.to_owned()
            };
            if let Some(value) = self.label::<T>(item_path, item) {
                set.insert(value);
            }
        }
        Some(set)
    }

    /// A whole number from `min` to `max`.
    fn integer(&mut self, path: String, v: &Value, min: u8, max: u8) -> Option<u8> {
        let number =
            v.as_u64().and_then(|n| u8::try_from(n).ok()).filter(|n| (min..=max).contains(n));
        if number.is_none() {
            let expected = JsonExpected::Integer { min: i64::from(min), max: u64::from(max) };
            self.problem(path, unexpected(v, expected));
        }
        number
    }

    fn flag(
        &mut self,
        path: String,
        v: &Value,
        b: ProfileBuilder,
        set: fn(ProfileBuilder, bool) -> ProfileBuilder,
    ) -> ProfileBuilder {
        match v {
            Value::Bool(yes) => set(b, *yes),
            _ => {
                self.problem(path, unexpected(v, JsonExpected::Bool));
                b
            }
        }
    }

    fn diagnoses(&mut self, path: &str, v: &Value, mut b: ProfileBuilder) -> ProfileBuilder {
        let items: &[Value] = match v {
            Value::Array(items) => items,
            Value::String(_) => std::slice::from_ref(v),
            _ => {
                self.problem(path.to_owned(), unexpected(v, JsonExpected::List));
                return b;
            }
        };
        for (index, item) in items.iter().enumerate() {
            let item_path = if matches!(v, Value::Array(_)) {
                format!("{path}[{index}]")
            } else {
                path.to_owned()
            };
            let Value::String(code) = item else {
                self.problem(item_path, unexpected(item, JsonExpected::Text));
                continue;
            };
            match code.parse::<Diagnosis>() {
                Ok(diagnosis) => b = b.diagnosis(diagnosis),
                Err(error) => self.problem(item_path, FieldProblem::Invalid(error)),
            }
        }
        b
    }

    /// A score: a number (with the case's `sex`) or `{"score": n, "sex": s}`.
    fn score(&mut self, path: &str, v: &Value, max: u8) -> Option<Score> {
        let Value::Object(fields) = v else {
            return self.integer(path.to_owned(), v, 0, max).map(Score::NeedsSex);
        };
        let mut score = None;
        let mut sex = None;
        let mut ok = true;
        for (key, value) in fields {
            let inner = format!("{path}.{}", cut_to(key, KEY_CHARS));
            match key.as_str() {
                "score" => score = self.integer(inner, value, 0, max),
                "sex" => sex = self.label::<Sex>(inner, value),
                _ => {
                    ok = false;
                    let closest = closest_names(key, &["score", "sex"]);
                    self.problem(inner, FieldProblem::UnknownField { closest });
                }
            }
        }
        if !fields.contains_key("score") {
            self.problem(format!("{path}.score"), FieldProblem::Missing);
        }
        match (score, sex, ok) {
            (Some(score), Some(sex), true) => Some(Score::Complete(score, sex)),
            (Some(score), None, true) if !fields.contains_key("sex") => {
                Some(Score::NeedsSex(score))
            }
            _ => None,
        }
    }

    /// The score with its sex, or a problem when the case states none.
    fn sexed(&mut self, path: &str, score: Option<Score>) -> Option<(i64, Sex)> {
        match score? {
            Score::Complete(score, sex) => Some((i64::from(score), sex)),
            Score::NeedsSex(score) => match self.sex {
                Some(sex) => Some((i64::from(score), sex)),
                // The key's own problem says why.
                None if self.sex_given => None,
                None => {
                    self.problem(format!("{path}.sex"), FieldProblem::Missing);
                    None
                }
            },
        }
    }

    /// The builder with the age, the scores and every contradiction read,
    /// and the problems.
    fn finish(mut self) -> CaseInput {
        let mut b = std::mem::take(&mut self.builder);
        match (self.age, self.age_group) {
            (Some(age), Some(group)) if AgeGroup::from_age(age) != group => {
                let error = Error::from(ErrorKind::Profile {
                    field: "age_group",
                    value: cut(group.id()),
                    problem: crate::error::ProfileProblem::AgeGroupContradicts,
                });
                self.problem("age_group".to_owned(), FieldProblem::Invalid(error));
                b = b.age(age);
            }
            (Some(age), _) => b = b.age(age),
            (None, Some(group)) => b = b.age_group(group),
            (None, None) => {}
        }
        let (audit, dudit) = (self.audit.take(), self.dudit.take());
        if let Some((score, sex)) = self.sexed("audit", audit) {
            match Audit::new(score, sex) {
                Ok(audit) => b = b.audit(audit),
                Err(e) => self.problem("audit".to_owned(), FieldProblem::Invalid(e)),
            }
        }
        if let Some((score, sex)) = self.sexed("dudit", dudit) {
            match Dudit::new(score, sex) {
                Ok(dudit) => b = b.dudit(dudit),
                Err(e) => self.problem("dudit".to_owned(), FieldProblem::Invalid(e)),
            }
        }
        // Every contradiction, each field at fault left out in turn: one
        // check per field at most.
        for _ in ProfileField::all() {
            let Err(error) = b.check() else { break };
            let (path, field) = match error.kind() {
                ErrorKind::Profile { field, .. } => (*field, field_named(field)),
                _ => ("dsm5_criteria", ProfileField::Dsm5Criteria),
            };
            self.problem(path.to_owned(), FieldProblem::Invalid(error));
            b = b.leave_out(field);
        }
        // What is left reads; should it not, the case is left empty rather
        // than a profile that differs from what was told.
        let profile = b.build().unwrap_or_default();
        CaseInput { profile, left_out: self.problems }
    }
}

/// The builder with `value` set by `setter`, or as it is when the value
/// did not read.
fn set<T>(
    b: ProfileBuilder,
    value: Option<T>,
    setter: fn(ProfileBuilder, T) -> ProfileBuilder,
) -> ProfileBuilder {
    match value {
        Some(value) => setter(b, value),
        None => b,
    }
}

/// The field of a profile that `Profile::check` names by its key.
fn field_named(key: &str) -> ProfileField {
    ProfileField::all().find(|f| f.key() == key).unwrap_or(match key {
        "age_group" => ProfileField::Age,
        _ => ProfileField::Situations,
    })
}
