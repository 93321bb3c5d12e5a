//! Why an intervention is or is not recommended: [`Reason`]s and
//! [`Decision`]s.

use super::profile::Profile;
use super::rules::{FacetBits, FacetCheck, Pairs, Verdict, facet_checks};
use crate::vocab::{AgeGroup, Condition, Provider, Role, Severity, Substance, TagSet, Vocabulary};
use crate::{Intervention, NrPriority, Population, Recommendation};
use std::fmt::Write as _;

/// A facet that an entry may leave unstated: the tag facets the matcher
/// checks, and the substance of the recommendation.
///
/// # Examples
///
/// ```
/// use insats::Facet;
///
/// assert_eq!(Facet::Provider.label_sv(), "Utförare");
/// assert_eq!(Facet::Provider.label_en(), "provider");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Facet {
    /// `Utförare`.
    Provider,
    /// `Yrkesroll`.
    Role,
    /// `Åldersgrupp`.
    AgeGroup,
    /// `Tillståndets svårighetsgrad`.
    Severity,
    /// `Tillstånd`.
    Condition,
    /// The substance of the recommendation (or of the target group).
    Substance,
}

impl Facet {
    /// Every facet, in the order reasons list them.
    pub const ALL: [Facet; 6] = [
        Facet::Provider,
        Facet::Role,
        Facet::AgeGroup,
        Facet::Severity,
        Facet::Condition,
        Facet::Substance,
    ];

    pub(crate) fn bit(self) -> u8 {
        self as u8
    }

    /// The facet's Swedish name, as on the guide's pages.
    pub fn label_sv(self) -> &'static str {
        match self {
            Facet::Provider => Provider::NAME_SV,
            Facet::Role => Role::NAME_SV,
            Facet::AgeGroup => AgeGroup::NAME_SV,
            Facet::Severity => Severity::NAME_SV,
            Facet::Condition => Condition::NAME_SV,
            Facet::Substance => "Substans",
        }
    }

    /// The facet's English name.
    pub fn label_en(self) -> &'static str {
        match self {
            Facet::Provider => Provider::NAME_EN,
            Facet::Role => Role::NAME_EN,
            Facet::AgeGroup => AgeGroup::NAME_EN,
            Facet::Severity => Severity::NAME_EN,
            Facet::Condition => Condition::NAME_EN,
            Facet::Substance => "substance",
        }
    }
}

/// Why an intervention is, or is not, recommended for a profile.
///
/// A reason is either an exclusion ([`Reason::is_exclusion`]: the entry is
/// left out because of it) or a note that explains an inclusion (the
/// priority that applies, a facet the entry does not state). A user
/// interface shows it with [`Reason::describe_sv`] or
/// [`Reason::describe_en`], or matches on the variant.
///
/// # Examples
///
/// ```
/// use insats::{Provider, Reason, TagSet};
///
/// let reason = Reason::Provider {
///     profile: Provider::DentalCare,
///     allowed: TagSet::from([Provider::IndividualAndFamilyCare]),
/// };
/// assert!(reason.is_exclusion());
/// assert_eq!(reason.kind(), "provider");
/// assert_eq!(
///     reason.describe_en(),
///     "the provider Dental care is not among the intervention's providers \
///      (Individual and family care (social services))"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The person's age group is not among the entry's.
    AgeGroup {
        /// The profile's age group.
        profile: AgeGroup,
        /// The entry's age groups.
        allowed: TagSet<AgeGroup>,
    },
    /// The severity is not among the entry's.
    Severity {
        /// The profile's severity.
        profile: Severity,
        /// The entry's severities.
        allowed: TagSet<Severity>,
    },
    /// The condition is not among the entry's.
    Condition {
        /// The profile's condition.
        profile: Condition,
        /// The entry's conditions (its facet, or its area).
        allowed: TagSet<Condition>,
    },
    /// The provider setting that asks does not deliver the intervention.
    Provider {
        /// The profile's provider.
        profile: Provider,
        /// The entry's providers.
        allowed: TagSet<Provider>,
    },
    /// The practitioner's role group is not among those that deliver it.
    Role {
        /// The profile's role.
        profile: Role,
        /// The entry's roles.
        allowed: TagSet<Role>,
    },
    /// No recommendation (nor the target group) covers the person's
    /// substances: no priority is borrowed from another substance.
    Substance {
        /// The profile's substances.
        profile: TagSet<Substance>,
        /// The substances the entry is rated (or meant) for.
        rated: TagSet<Substance>,
    },
    /// A recommendation covers the substance but is for another
    /// population (relatives, people in LARO, people with a given need, …).
    Population {
        /// The population the recommendation is for.
        required: Population,
    },
    /// The intervention is an add-on to other treatment, the person is in
    /// none, and no primary intervention is recommended.
    RequiresOtherTreatment,
    /// Icke-göra: the national guidelines advise against it.
    AdvisedAgainst,
    /// FoU: recommended only within research, and the profile did not ask
    /// for research.
    ResearchOnly,
    /// For a child, the youth version of the intervention is offered
    /// instead (and evaluated on its own).
    ReplacedByYouthVersion {
        /// The id of the youth version.
        youth_version: String,
    },
    /// A note: the entry does not state the facet, so it excludes nobody.
    NotStated {
        /// The facet left unstated.
        facet: Facet,
    },
    /// A note: the priority that applies, and the recommendation it comes
    /// from.
    Priority {
        /// The NR priority.
        priority: NrPriority,
        /// The index of the recommendation in
        /// [`Intervention::recommendations`].
        recommendation: usize,
        /// The substances of that recommendation (empty: none named).
        substances: TagSet<Substance>,
        /// The population of that recommendation.
        population: Population,
    },
    /// A note: the guidelines state no priority number for the entry, so
    /// it is ranked after every ranked one.
    PriorityNotStated,
    /// A note: offered as an add-on to other treatment.
    AddOn,
}

fn labels_en<T: Vocabulary>(set: TagSet<T>) -> String {
    let mut out = String::new();
    for (i, value) in set.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(value.label_en());
    }
    out
}

fn priority_en(priority: NrPriority) -> String {
    match priority {
        NrPriority::Rank(rank) => format!("priority {}", rank.get()),
        NrPriority::ResearchOnly => "research only (FoU)".to_owned(),
        NrPriority::DontDo => "don't do (Icke-göra)".to_owned(),
    }
}

impl Reason {
    /// Whether the reason excludes the intervention (rather than explain
    /// its inclusion).
    pub fn is_exclusion(&self) -> bool {
        !matches!(
            self,
            Reason::NotStated { .. }
                | Reason::Priority { .. }
                | Reason::PriorityNotStated
                | Reason::AddOn
        )
    }

    /// A stable kebab-case id of the variant, e.g. `"provider"`,
    /// `"requires-other-treatment"`; used by the JSON report and the
    /// scenario files.
    pub fn kind(&self) -> &'static str {
        match self {
            Reason::AgeGroup { .. } => "age-group",
            Reason::Severity { .. } => "severity",
            Reason::Condition { .. } => "condition",
            Reason::Provider { .. } => "provider",
            Reason::Role { .. } => "role",
            Reason::Substance { .. } => "substance",
            Reason::Population { .. } => "population",
            Reason::RequiresOtherTreatment => "requires-other-treatment",
            Reason::AdvisedAgainst => "advised-against",
            Reason::ResearchOnly => "research-only",
            Reason::ReplacedByYouthVersion { .. } => "replaced-by-youth-version",
            Reason::NotStated { .. } => "not-stated",
            Reason::Priority { .. } => "priority",
            Reason::PriorityNotStated => "priority-not-stated",
            Reason::AddOn => "add-on",
        }
    }

    /// The reason as a Swedish sentence fragment, for user interfaces.
    ///
    /// ```
    /// use insats::Reason;
    /// assert_eq!(
    ///     Reason::RequiresOtherTreatment.describe_sv(),
    ///     "erbjuds bara som tillägg till annan behandling, och personen får \
    ///      ingen annan behandling och ingen annan insats rekommenderas"
    /// );
    /// ```
    pub fn describe_sv(&self) -> String {
        fn facet<T: Vocabulary>(what: &str, whats: &str, value: T, allowed: TagSet<T>) -> String {
            format!("{what} {} finns inte bland insatsens {whats} ({allowed})", value.label_sv())
        }
        match self {
            Reason::AgeGroup { profile, allowed } => {
                facet("åldersgruppen", "åldersgrupper", *profile, *allowed)
            }
            Reason::Severity { profile, allowed } => {
                facet("svårighetsgraden", "svårighetsgrader", *profile, *allowed)
            }
            Reason::Condition { profile, allowed } => {
                facet("tillståndet", "tillstånd", *profile, *allowed)
            }
            Reason::Provider { profile, allowed } => {
                facet("utföraren", "utförare", *profile, *allowed)
            }
            Reason::Role { profile, allowed } => {
                facet("yrkesrollen", "yrkesroller", *profile, *allowed)
            }
            // Substances are common nouns mid-sentence; the labels are
            // capitalised as list entries.
            Reason::Substance { profile, rated } => format!(
                "ingen rekommendation gäller {} (bedömd för: {})",
                profile.to_string().to_lowercase(),
                rated.to_string().to_lowercase()
            ),
            Reason::Population { required } => {
                format!(
                    "rekommendationen gäller {}, vilket inte stämmer på personen",
                    required.describe_sv()
                )
            }
            Reason::RequiresOtherTreatment => {
                "erbjuds bara som tillägg till annan behandling, och \
                personen får ingen annan behandling och ingen annan insats rekommenderas"
                    .to_owned()
            }
            Reason::AdvisedAgainst => {
                "Icke-göra: de nationella riktlinjerna avråder från insatsen".to_owned()
            }
            Reason::ResearchOnly => "FoU: erbjuds bara inom forskning och utveckling".to_owned(),
            Reason::ReplacedByYouthVersion { youth_version } => {
                // The youth version may be excluded too (CPU for a child
                // using alcohol): say it replaces this one, not that it is
                // offered.
                format!(
                    "för barn och unga ersätts insatsen av ungdomsversionen ({youth_version}), \
                    som bedöms för sig"
                )
            }
            Reason::NotStated { facet } => {
                format!("{} anges inte för insatsen och utesluter därför ingen", facet.label_sv())
            }
            Reason::Priority { priority, substances, population, .. } => {
                let mut out =
                    format!("NR {priority} ({})", priority.band().label_sv().to_lowercase());
                if !substances.is_empty() {
                    let _ = write!(out, " vid {}", substances.to_string().to_lowercase());
                }
                let _ = write!(out, ", för {}", population.describe_sv());
                out
            }
            Reason::PriorityNotStated => {
                "riktlinjerna anger ingen prioritet (siffra) för insatsen".to_owned()
            }
            Reason::AddOn => "erbjuds som tillägg till annan behandling".to_owned(),
        }
    }

    /// The reason as an English sentence fragment, for user interfaces.
    ///
    /// ```
    /// use insats::{Facet, Reason};
    /// assert_eq!(
    ///     Reason::NotStated { facet: Facet::Role }.describe_en(),
    ///     "the intervention does not state its role, so it excludes nobody"
    /// );
    /// ```
    pub fn describe_en(&self) -> String {
        fn facet<T: Vocabulary>(what: &str, whats: &str, value: T, allowed: TagSet<T>) -> String {
            format!(
                "the {what} {} is not among the intervention's {whats} ({})",
                value.label_en(),
                labels_en(allowed)
            )
        }
        match self {
            Reason::AgeGroup { profile, allowed } => {
                facet("age group", "age groups", *profile, *allowed)
            }
            Reason::Severity { profile, allowed } => {
                facet("severity", "severities", *profile, *allowed)
            }
            Reason::Condition { profile, allowed } => {
                facet("condition", "conditions", *profile, *allowed)
            }
            Reason::Provider { profile, allowed } => {
                facet("provider", "providers", *profile, *allowed)
            }
            Reason::Role { profile, allowed } => facet("role", "roles", *profile, *allowed),
            Reason::Substance { profile, rated } => format!(
                "no recommendation covers {} (rated for: {})",
                labels_en(*profile).to_lowercase(),
                labels_en(*rated).to_lowercase()
            ),
            Reason::Population { required } => format!(
                "the recommendation is for {}, which the person is not",
                required.describe_en()
            ),
            Reason::RequiresOtherTreatment => "offered only as an add-on to other treatment, and \
                the person is in no other treatment and no other intervention is recommended"
                .to_owned(),
            Reason::AdvisedAgainst => {
                "don't do (Icke-göra): the national guidelines advise against it".to_owned()
            }
            Reason::ResearchOnly => {
                "research only (FoU): offered only within research and development".to_owned()
            }
            Reason::ReplacedByYouthVersion { youth_version } => format!(
                "for children and young people it is replaced by its youth version \
                ({youth_version}), which is judged on its own"
            ),
            Reason::NotStated { facet } => format!(
                "the intervention does not state its {}, so it excludes nobody",
                facet.label_en()
            ),
            Reason::Priority { priority, substances, population, .. } => {
                // FoU and Icke-göra name their band already.
                let mut out = match priority {
                    NrPriority::Rank(_) => format!(
                        "NR {} ({})",
                        priority_en(*priority),
                        priority.band().label_en().to_lowercase()
                    ),
                    _ => format!("NR {}", priority_en(*priority)),
                };
                if !substances.is_empty() {
                    let _ = write!(out, " for {}", labels_en(*substances).to_lowercase());
                }
                let _ = write!(out, ", for {}", population.describe_en());
                out
            }
            Reason::PriorityNotStated => {
                "the guidelines state no priority number for the intervention".to_owned()
            }
            Reason::AddOn => "offered as an add-on to other treatment".to_owned(),
        }
    }
}

/// The notes that explain an inclusion, in a fixed order: facets not
/// stated, the priority, the add-on role. `recommend` and `explain` both
/// build them here, so a match and its decision give the same reasons.
pub(crate) fn push_notes(
    entry: &Intervention,
    not_stated: FacetBits,
    priority: Option<NrPriority>,
    recommendation: Option<usize>,
    add_on: bool,
    out: &mut Vec<Reason>,
) {
    for facet in Facet::ALL {
        if not_stated.contains(facet) {
            out.push(Reason::NotStated { facet });
        }
    }
    let pair = recommendation.and_then(|i| Some((i, entry.recommendations().get(i)?)));
    match (priority, pair) {
        (Some(priority), Some((recommendation, pair))) => out.push(Reason::Priority {
            priority,
            recommendation,
            substances: pair.substances(),
            population: pair.population(),
        }),
        // An entry whose pairs all fail the profile has priorities, just
        // none that applies; the exclusion says why.
        _ if entry.recommendations().is_empty() => out.push(Reason::PriorityNotStated),
        _ => {}
    }
    if add_on {
        out.push(Reason::AddOn);
    }
}

/// Every reason for one entry: the exclusions first (facets in [`Facet`]
/// order, substance and population, priority, youth version, add-on rule),
/// then the notes.
pub(crate) fn reasons(
    entry: &Intervention,
    profile: &Profile,
    verdict: &Verdict<'_>,
    add_on_blocked: bool,
) -> Vec<Reason> {
    let mut out = Vec::new();
    for (facet, outcome) in facet_checks(entry, profile) {
        if outcome != FacetCheck::Lacks {
            continue;
        }
        let tags = entry.tags();
        let reason = match facet {
            Facet::Provider => profile
                .provider()
                .map(|p| Reason::Provider { profile: p, allowed: tags.providers() }),
            Facet::Role => {
                profile.role().map(|r| Reason::Role { profile: r, allowed: tags.roles() })
            }
            Facet::AgeGroup => profile
                .age_group()
                .map(|a| Reason::AgeGroup { profile: a, allowed: tags.age_groups() }),
            Facet::Severity => profile
                .severity()
                .map(|s| Reason::Severity { profile: s, allowed: tags.severities() }),
            Facet::Condition => profile
                .condition()
                .map(|c| Reason::Condition { profile: c, allowed: entry.conditions() }),
            Facet::Substance => None,
        };
        out.extend(reason);
    }
    match verdict.pairs {
        Pairs::NoSubstance => {
            let rated = if entry.recommendations().is_empty() {
                entry.target().substances()
            } else {
                entry
                    .recommendations()
                    .iter()
                    .fold(TagSet::new(), |all, r| all.union(r.substances()))
            };
            out.push(Reason::Substance { profile: profile.substances(), rated });
        }
        Pairs::NoPopulation => {
            let wanted = profile.substances();
            let mut required: Vec<Population> = Vec::new();
            if entry.recommendations().is_empty() {
                required.push(entry.target().population());
            }
            for rec in entry.recommendations() {
                let covers =
                    wanted.is_empty() || wanted.iter().any(|s| rec.applies_to_substance(s));
                if covers && !required.contains(&rec.population()) {
                    required.push(rec.population());
                }
            }
            out.extend(required.into_iter().map(|required| Reason::Population { required }));
        }
        Pairs::Apply { priority, .. } => match priority {
            Some(NrPriority::DontDo) => out.push(Reason::AdvisedAgainst),
            Some(NrPriority::ResearchOnly) if !profile.include_research() => {
                out.push(Reason::ResearchOnly);
            }
            _ => {}
        },
    }
    if let Some(youth) = verdict.replaced_by {
        out.push(Reason::ReplacedByYouthVersion { youth_version: youth.id().to_owned() });
    }
    if add_on_blocked {
        out.push(Reason::RequiresOtherTreatment);
    }
    push_notes(
        entry,
        verdict.not_stated,
        verdict.priority(),
        verdict.recommendation(),
        verdict.add_on,
        &mut out,
    );
    out
}

/// The decision on one catalog entry for one profile: included or not, and
/// every reason. [`Matcher::explain`](crate::Matcher::explain) returns one
/// per entry.
///
/// # Examples
///
/// ```
/// use insats::{Catalog, Intervention, Matcher, Profile, Provider, Reason, Tags, TagSet};
///
/// let entry = Intervention::builder("Nätverksterapi")
///     .tags(Tags::new().with_providers(TagSet::from([Provider::IndividualAndFamilyCare])))
///     .build()?;
/// let catalog = Catalog::new("example", vec![entry])?;
/// let profile = Profile::builder().provider(Provider::DentalCare).build();
/// let decisions = Matcher::new(&catalog).explain(&profile);
/// assert!(!decisions[0].is_included());
/// assert!(matches!(decisions[0].reasons()[0], Reason::Provider { .. }));
/// # Ok::<(), insats::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Decision<'c> {
    pub(crate) entry: &'c Intervention,
    pub(crate) included: bool,
    pub(crate) reasons: Vec<Reason>,
    pub(crate) priority: Option<NrPriority>,
    pub(crate) recommendation: Option<usize>,
    pub(crate) add_on: bool,
}

impl<'c> Decision<'c> {
    /// The catalog entry.
    pub fn intervention(&self) -> &'c Intervention {
        self.entry
    }
    /// Whether `recommend` returns the entry (as a primary or an add-on).
    pub fn is_included(&self) -> bool {
        self.included
    }
    /// Every reason: the exclusions first, then the notes.
    pub fn reasons(&self) -> &[Reason] {
        &self.reasons
    }
    /// The exclusions only; empty exactly when the entry is included.
    pub fn exclusions(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.is_exclusion())
    }
    /// The best priority among the recommendations that apply to the
    /// profile, included or not; `None` when none applies or none states a
    /// number.
    pub fn priority(&self) -> Option<NrPriority> {
        self.priority
    }
    /// The recommendation behind [`priority`](Self::priority).
    pub fn recommendation(&self) -> Option<&'c Recommendation> {
        self.recommendation.and_then(|i| self.entry.recommendations().get(i))
    }
    /// Whether the entry is an add-on to other treatment for this profile.
    pub fn is_add_on(&self) -> bool {
        self.add_on
    }
}
