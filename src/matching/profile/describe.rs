//! A profile in words, for a person to read.

use super::Profile;
use crate::terms::{Language, Term, both};
use crate::vocab::{label, lower_label};

impl Profile {
    /// The profile in one line, in `language`: every fact it states, in
    /// the guide's words, joined by ` · `, each fact that comes from a
    /// diagnosis or an instrument marked with where it came from (`34 år
    /// (Vuxna (18-64 år)) · ICD-10 F10.2 (alkohol: beroendesyndrom) ·
    /// Alkohol (från F10.2)`); a severity that a DSM-5 count gives is
    /// marked as assumed. For a relative, the substances are the family
    /// member's. `(inget angivet)` / `(nothing stated)` for a profile that
    /// states nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Diagnosis, Language, Profile, Substance};
    ///
    /// let profile = Profile::builder().age(34).substance(Substance::Alcohol).build()?;
    /// assert_eq!(profile.describe(Language::Swedish), "34 år (Vuxna (18-64 år)) · Alkohol");
    /// assert_eq!(profile.describe(Language::English), "34 years (Adults (18-64 years)) · Alcohol");
    /// assert_eq!(Profile::default().describe(Language::English), "(nothing stated)");
    ///
    /// let f10_4: Diagnosis = "F10.4".parse()?;
    /// let dt = Profile::builder().age(50).diagnosis(f10_4).build()?;
    /// assert_eq!(
    ///     dt.describe(Language::Swedish),
    ///     "50 år (Vuxna (18-64 år)) · ICD-10 F10.4 (alkohol: abstinens med delirium) · \
    ///      Alkohol (från F10.4) · Delirium tremens (från F10.4)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let profile = self;
        let l = language;
        let mut parts: Vec<String> = Vec::new();
        if profile.relative == Some(true) {
            parts.push(Term::ProfileRelative.text(l).to_owned());
        }
        match (profile.age(), profile.age_group()) {
            (Some(age), Some(group)) => parts.push(format!(
                "{} ({})",
                Term::ProfileAge.fill(l, &[("age", &age)]),
                label(group, l)
            )),
            (_, Some(group)) => parts.push(label(group, l).to_owned()),
            _ => {}
        }
        match (profile.severity, profile.dsm5_criteria, profile.severity()) {
            (None, Some(count), Some(severity)) => parts.push(
                Term::ProfileSeverityFromDsm5
                    .fill(l, &[("severity", &label(severity, l)), ("count", &count)]),
            ),
            (told, count, _) => {
                parts.extend(told.map(|v| label(v, l).to_owned()));
                parts.extend(count.map(|count| Term::ProfileDsm5.fill(l, &[("count", &count)])));
            }
        }
        parts.extend(profile.condition().map(|v| label(v, l).to_owned()));
        parts.extend(profile.pattern().map(|v| label(v, l).to_owned()));
        for d in profile.diagnoses() {
            let (group, kind) = match l {
                Language::Swedish => (d.group().text_sv(), d.kind().text_sv()),
                Language::English => (d.group().text_en(), d.kind().text_en()),
            };
            parts.push(
                Term::ProfileDiagnoses
                    .fill(l, &[("code", &d.to_string()), ("group", &group), ("kind", &kind)]),
            );
        }
        let substances: Vec<String> = profile
            .substances()
            .iter()
            .map(|s| {
                let name = label(s, l);
                if profile.substances.contains(s) {
                    return name.to_owned();
                }
                let from = profile
                    .diagnoses()
                    .iter()
                    .find(|d| d.substances().contains(s))
                    .map(|d| d.to_string())
                    .or_else(|| {
                        let found = profile.each_indication().find(|i| i.substance() == s);
                        found.map(|i| label(i.instrument(), l).to_owned())
                    });
                match from {
                    Some(source) => {
                        Term::ProfileFrom.fill(l, &[("fact", &name), ("source", &source)])
                    }
                    None => name.to_owned(),
                }
            })
            .collect();
        if !substances.is_empty() {
            let list = both(l, substances);
            parts.push(if profile.relative == Some(true) {
                Term::ProfileRelativeUses.fill(l, &[("substances", &list)])
            } else {
                list
            });
        }
        parts.extend(profile.provider().map(|v| label(v, l).to_owned()));
        parts.extend(profile.role().map(|v| label(v, l).to_owned()));
        let flag = |value: Option<bool>, yes: Term, no: Term| {
            value.map(|v| if v { yes } else { no }.text(l).to_owned())
        };
        // As told: LARO says the person is in treatment, so it stands alone.
        parts.extend(flag(
            profile.in_other_treatment,
            Term::ProfileInOtherTreatment,
            Term::ProfileNotInOtherTreatment,
        ));
        parts.extend(flag(profile.in_laro(), Term::ProfileInLaro, Term::ProfileNotInLaro));
        if profile.relative == Some(false) {
            parts.push(Term::ProfileNotRelative.text(l).to_owned());
        }
        parts.extend(flag(
            profile.cohabiting_partner(),
            Term::ProfilePartner,
            Term::ProfileNoPartner,
        ));
        if let Some(withdrawal) = profile.withdrawal() {
            let name = label(withdrawal, l);
            let from = profile.diagnoses().iter().find(|d| d.withdrawal() == Some(withdrawal));
            parts.push(match from {
                Some(d) if profile.withdrawal != Some(withdrawal) => {
                    Term::ProfileFrom.fill(l, &[("fact", &name), ("source", &d.to_string())])
                }
                _ => name.to_owned(),
            });
        }
        parts.extend(flag(
            profile.severe_mental_illness(),
            Term::ProfileSevereIllness,
            Term::ProfileNoSevereIllness,
        ));
        if let Some(needs) = profile.needs() {
            let names: Vec<String> = needs.iter().map(|n| lower_label(n, l)).collect();
            parts.push(if names.is_empty() {
                Term::ProfileNoNeeds.text(l).to_owned()
            } else {
                Term::ProfileNeeds.fill(l, &[("needs", &both(l, names))])
            });
        }
        parts.extend(profile.situations().iter().map(|s| label(s, l).to_owned()));
        parts.extend(
            profile.situations_absent().iter().map(|s| {
                Term::ProfileSituationAbsent.fill(l, &[("situation", &lower_label(s, l))])
            }),
        );
        parts.extend(profile.indications().iter().map(|i| i.describe(l)));
        if profile.include_research() {
            parts.push(Term::ProfileResearch.text(l).to_owned());
        }
        if parts.is_empty() { Term::ProfileNothing.text(l).to_owned() } else { parts.join(" · ") }
    }
}
