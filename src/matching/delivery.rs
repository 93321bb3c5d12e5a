//! Who can deliver a match: the asking role against the entry's
//! Kompetenskrav, and the principal a referral goes to. The role routes;
//! it never hides a match.

use crate::model::{Competence, Intervention, Recommendation};
use crate::terms::{Language, Term, lower_first};
use crate::vocab::label;
use crate::vocab::{CompetenceRequirement, Principal, Role};

/// Whether the person asking (the profile's [`Role`]) can deliver a match,
/// or whom it is referred to.
///
/// Read from the entry's Kompetenskrav as the fact sheet words it
/// ([`Intervention::required_competence`]) and the row's principal
/// ([`Recommendation::principal`]). The titles *läkare*, *psykolog* and
/// *psykoterapeut* are licensed professions whose titles only a licensed
/// practitioner may use (patientsäkerhetslagen, SFS 2010:659, 4 kap. 1 and
/// 4 §§): those roles meet a requirement of that licence. No other role is
/// read as licensed.
///
/// # Examples
///
/// ```
/// use insats::{Delivery, Matcher, PatternOfUse, Profile, Role, Substance};
///
/// let teacher = Profile::builder()
///     .age(40)
///     .substance(Substance::Alcohol)
///     .pattern(PatternOfUse::Dependence)
///     .role(Role::Teacher)
///     .build()?;
/// let recs = Matcher::new(insats::catalog()).recommend(&teacher);
/// let kbt = recs.get("kognitiv-beteendeterapi").ok_or("KBT")?;
/// assert!(matches!(kbt.delivery(), Delivery::Referral { .. }));
/// let met = recs.get("motivationshojande-behandling-met").ok_or("MET")?;
/// assert!(matches!(met.delivery(), Delivery::EmployerDecides { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", tag = "delivery")]
#[non_exhaustive]
pub enum Delivery {
    /// The asker's role meets the requirement (a licence the role's title
    /// stands for).
    ByAsker {
        /// Who offers it, as the row's source words it.
        principal: Principal,
    },
    /// The asker's role does not meet the requirement: a referral to the
    /// principal that offers it, for the competence it needs.
    Referral {
        /// Who offers it, as the row's source words it.
        principal: Principal,
        /// What it needs.
        competence: CompetenceRequirement,
    },
    /// Whoever delivers it needs what the page names (a licence, training
    /// or certification in the method), and the profile states no role, or
    /// a role that the requirement does not tell apart (certification is a
    /// person's, not a role's).
    Requires {
        /// Who offers it.
        principal: Principal,
        /// What it needs.
        competence: CompetenceRequirement,
    },
    /// The source asks for no licence or training of its own: the
    /// competence is the employer's decision ("Kompetens enligt
    /// arbetsgivarens beslut"). Whatever the role, the source does not say
    /// that this asker delivers it, nor that another must.
    EmployerDecides {
        /// Who offers it, as the row's source words it.
        principal: Principal,
    },
    /// The sources state no competence for it.
    NotStated {
        /// Who offers it, if a source says.
        principal: Principal,
    },
}

impl Delivery {
    /// The delivery of the row `row` of `entry` for a person asking in
    /// `role`.
    pub(crate) fn of(
        entry: &Intervention,
        row: Option<&Recommendation>,
        role: Option<Role>,
    ) -> Delivery {
        let principal = row.map_or(Principal::NotStated, Recommendation::principal);
        let requirement = entry.required_competence().map(Competence::requirement);
        let referral = |competence| Delivery::Referral { principal, competence };
        let requires = |competence| Delivery::Requires { principal, competence };
        match (requirement, role) {
            (None | Some(CompetenceRequirement::NotStated), _) => Delivery::NotStated { principal },
            (Some(CompetenceRequirement::EmployerDecides), _) => {
                Delivery::EmployerDecides { principal }
            }
            (
                Some(
                    c @ (CompetenceRequirement::MethodCertification
                    | CompetenceRequirement::MethodTraining),
                ),
                _,
            ) => requires(c),
            (Some(c), None) => requires(c),
            (Some(c @ CompetenceRequirement::LicensedPsychotherapy), Some(role)) => {
                if matches!(role, Role::Psychologist | Role::Psychotherapist) {
                    Delivery::ByAsker { principal }
                } else {
                    referral(c)
                }
            }
            (
                Some(
                    c @ (CompetenceRequirement::Physician
                    | CompetenceRequirement::SpecialistPhysician),
                ),
                Some(role),
            ) => {
                if role == Role::Physician {
                    Delivery::ByAsker { principal }
                } else {
                    referral(c)
                }
            }
        }
    }

    /// Who offers it.
    pub fn principal(self) -> Principal {
        match self {
            Delivery::ByAsker { principal }
            | Delivery::Referral { principal, .. }
            | Delivery::Requires { principal, .. }
            | Delivery::EmployerDecides { principal }
            | Delivery::NotStated { principal } => principal,
        }
    }

    /// Whether it is a referral.
    pub fn is_referral(self) -> bool {
        matches!(self, Delivery::Referral { .. })
    }

    /// Who can deliver it, in `language`: "hänvisa till hälso- och
    /// sjukvården (legitimerad läkare)".
    pub fn describe(self, language: Language) -> String {
        let principal = |p: Principal| lower_first(label(p, language));
        let competence = |c: CompetenceRequirement| lower_first(label(c, language));
        match self {
            Delivery::ByAsker { .. } => Term::DeliveryByAsker.text(language).to_owned(),
            Delivery::Referral { principal: Principal::NotStated, competence: c } => {
                Term::DeliveryReferralNoPrincipal.fill(language, &[("competence", &competence(c))])
            }
            Delivery::Referral { principal: p, competence: c } => Term::DeliveryReferral
                .fill(language, &[("principal", &principal(p)), ("competence", &competence(c))]),
            Delivery::Requires { competence: c, .. } => {
                Term::DeliveryRequires.fill(language, &[("competence", &competence(c))])
            }
            Delivery::EmployerDecides { .. } => {
                Term::DeliveryEmployerDecides.text(language).to_owned()
            }
            Delivery::NotStated { .. } => Term::DeliveryNotStated.text(language).to_owned(),
        }
    }
}
