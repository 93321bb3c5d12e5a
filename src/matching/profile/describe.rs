//! A profile in words, for a person to read.

use super::Profile;
use crate::terms::{Language, Term};
use crate::vocab::label;

impl Profile {
    /// The profile in one line, in `language`: every fact it states, in
    /// the guide's words, joined by ` · ` (`34 år (Vuxna 18–64 år) ·
    /// Alkohol · ICD-10: F10.2`); `(inget angivet)` / `(nothing stated)`
    /// for a profile that states nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::{Language, Profile, Substance};
    ///
    /// let profile = Profile::builder().age(34).substance(Substance::Alcohol).build()?;
    /// assert_eq!(profile.describe(Language::Swedish), "34 år (Vuxna (18-64 år)) · Alkohol");
    /// assert_eq!(profile.describe(Language::English), "34 years (Adults (18-64 years)) · Alcohol");
    /// assert_eq!(Profile::default().describe(Language::English), "(nothing stated)");
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub fn describe(&self, language: Language) -> String {
        let profile = self;
        let l = language;
        let mut parts: Vec<String> = Vec::new();
        match (profile.age(), profile.age_group()) {
            (Some(age), Some(group)) => parts.push(format!(
                "{} ({})",
                Term::ProfileAge.fill(l, &[("age", &age)]),
                label(group, l)
            )),
            (_, Some(group)) => parts.push(label(group, l).to_owned()),
            _ => {}
        }
        parts.extend(profile.severity().map(|v| label(v, l).to_owned()));
        parts.extend(profile.condition().map(|v| label(v, l).to_owned()));
        parts.extend(profile.pattern().map(|v| label(v, l).to_owned()));
        if !profile.diagnoses().is_empty() {
            let codes: Vec<String> = profile.diagnoses().iter().map(|d| d.to_string()).collect();
            parts.push(Term::ProfileDiagnoses.fill(l, &[("codes", &codes.join(", "))]));
        }
        if let Some(count) = profile.dsm5_criteria() {
            parts.push(Term::ProfileDsm5.fill(l, &[("count", &count)]));
        }
        let substances: Vec<&str> = profile.substances().iter().map(|s| label(s, l)).collect();
        if !substances.is_empty() {
            parts.push(substances.join(", "));
        }
        parts.extend(profile.provider().map(|v| label(v, l).to_owned()));
        parts.extend(profile.role().map(|v| label(v, l).to_owned()));
        let flag = |value: Option<bool>, yes: Term, no: Term| {
            value.map(|v| if v { yes } else { no }.text(l).to_owned())
        };
        parts.extend(flag(
            profile.in_other_treatment(),
            Term::ProfileInOtherTreatment,
            Term::ProfileNotInOtherTreatment,
        ));
        parts.extend(flag(profile.in_laro(), Term::ProfileInLaro, Term::ProfileNotInLaro));
        parts.extend(flag(profile.relative(), Term::ProfileRelative, Term::ProfileNotRelative));
        parts.extend(flag(
            profile.cohabiting_partner(),
            Term::ProfilePartner,
            Term::ProfileNoPartner,
        ));
        parts.extend(profile.withdrawal().map(|v| label(v, l).to_owned()));
        parts.extend(flag(
            profile.severe_mental_illness(),
            Term::ProfileSevereIllness,
            Term::ProfileNoSevereIllness,
        ));
        if let Some(needs) = profile.needs() {
            let names: Vec<&str> = needs.iter().map(|n| label(n, l)).collect();
            parts.push(if names.is_empty() {
                Term::ProfileNoNeeds.text(l).to_owned()
            } else {
                Term::ProfileNeeds.fill(l, &[("needs", &names.join(", "))])
            });
        }
        parts.extend(profile.situations().iter().map(|s| label(s, l).to_owned()));
        parts.extend(
            profile
                .situations_absent()
                .iter()
                .map(|s| Term::ProfileSituationAbsent.fill(l, &[("situation", &label(s, l))])),
        );
        parts.extend(profile.indications().iter().map(|i| i.describe(l)));
        if profile.include_research() {
            parts.push(Term::ProfileResearch.text(l).to_owned());
        }
        if parts.is_empty() { Term::ProfileNothing.text(l).to_owned() } else { parts.join(" · ") }
    }
}
