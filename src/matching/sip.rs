//! The draft of a samordnad individuell plan (SIP): the recommended
//! measures grouped by the principal that offers each.

use super::result::{Match, Recommendations};
use crate::vocab::Principal;

/// The recommended measures ([`Recommendations::primary`], `add_ons` and
/// `assessments`) grouped by who offers each ([`Match::principal`]), in
/// the order hälso- och sjukvården, socialtjänsten, both, not stated; each
/// group in the recommendations' order. Every recommended match is in
/// exactly one group.
///
/// A SIP (16 kap. 4 § HSL, 2 kap. 7 § SoL) states the measures needed and
/// which principal answers for each: that is what this drafts. The
/// measures taken by others, which principal has the overall
/// responsibility, and the person's consent are the caseworkers' to add.
///
/// # Examples
///
/// ```
/// use insats::{Matcher, PatternOfUse, Principal, Profile, Substance, Withdrawal};
///
/// let profile = Profile::builder()
///     .age(52)
///     .substance(Substance::Alcohol)
///     .pattern(PatternOfUse::Dependence)
///     .withdrawal(Withdrawal::RaisedRisk)
///     .build()?;
/// let recs = Matcher::new(insats::catalog()).recommend(&profile);
/// let sip = recs.sip();
/// let first = sip.group(Principal::HealthCare).first().ok_or("a health-care measure")?;
/// assert_eq!(first.intervention().id(), "lakemedelsbehandling-vid-alkoholabstinens");
/// let grouped: usize = sip.groups().map(|(_, g)| g.len()).sum();
/// assert_eq!(grouped, recs.len() + recs.assessments().len());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct SipDraft<'r, 'c> {
    groups: [(Principal, Vec<&'r Match<'c>>); 4],
}

/// The order of the groups.
const ORDER: [Principal; 4] =
    [Principal::HealthCare, Principal::SocialServices, Principal::Both, Principal::NotStated];

impl<'r, 'c> SipDraft<'r, 'c> {
    pub(crate) fn new(recs: &'r Recommendations<'c>) -> SipDraft<'r, 'c> {
        let mut groups = ORDER.map(|p| (p, Vec::new()));
        for m in recs.iter().chain(recs.assessments()) {
            let principal = m.principal();
            if let Some((_, group)) = groups.iter_mut().find(|(p, _)| *p == principal) {
                group.push(m);
            }
        }
        SipDraft { groups }
    }

    /// The measures `principal` offers (for [`Principal::Both`]: those
    /// either can offer).
    pub fn group(&self, principal: Principal) -> &[&'r Match<'c>] {
        self.groups.iter().find(|(p, _)| *p == principal).map_or(&[], |(_, g)| g.as_slice())
    }

    /// Every group with its principal, in order, empty ones included.
    pub fn groups(&self) -> impl Iterator<Item = (Principal, &[&'r Match<'c>])> {
        self.groups.iter().map(|(p, g)| (*p, g.as_slice()))
    }
}

impl<'c> Recommendations<'c> {
    /// The draft of a SIP: the recommended measures by principal.
    pub fn sip(&self) -> SipDraft<'_, 'c> {
        SipDraft::new(self)
    }
}
