//! Statements of facts: the block `… i korthet:` that closes a prose
//! section and states, line by line, the facts of the entry that the
//! prose above it does not state in a form the prose readers read (see
//! the format docs of [`page`](crate::page), "Facts stated in brief").
//!
//! [`to_state`] chooses what a page of an entry states so; [`block`]
//! writes a section's block; [`read_block`] reads one back, in the
//! writer's form only; [`PageFacts::with_statements`] applies what a page
//! states over what its prose gives.

mod recommendation;
mod text;

use super::BULLET;
use super::facts::PageFacts;
use crate::error::Error;
use crate::error::PageProblem;
use crate::format::headings::Section;
use crate::model::{
    Intervention, MAX_PAIRS, Phase, Population, Recommendation, RecommendationVerb, Schedule,
    Target, slug,
};
use crate::terms::{Language, excerpt};
use crate::vocab::lower_label;
use crate::vocab::{
    CompetenceRequirement, ConditionPattern, Kind, Need, Principal, TagSet, Vocabulary,
};
use recommendation::{read_substances, substances};
use text::{
    age_scope, join, list, population, quotable, quoted, read_age_scope, read_list,
    read_population, read_years, read_yes_no, unquote, years, yes_no,
};

pub(crate) use crate::format::headings::brief_lead as lead;

/// One fact (or one group of facts read together) that a page states in
/// a block. Each holds the whole value it states.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Statement {
    /// The target group, every part of it.
    Target(Target),
    /// Whether the entry is an add-on.
    AddOn(bool),
    /// Every recommendation, in order.
    Recommendations(Vec<Recommendation>),
    /// The Kompetenskrav, typed.
    Competence(CompetenceRequirement),
    /// The abbreviation, or none.
    Abbreviation(Option<String>),
    /// The kind of measure, or none stated.
    Kind(Option<Kind>),
    /// Whether it follows a manual.
    ManualBased(bool),
    /// The needs it can meet in a package.
    NeedsServed(TagSet<Need>),
    /// The names said to have youth versions.
    YouthVersionsNamed(Vec<String>),
    /// The areas of the assessment.
    AssessmentAreas(TagSet<Need>),
    /// The schedule, or none.
    Schedule(Option<Schedule>),
    /// The phases, in order.
    Phases(Vec<Phase>),
    /// The title (or the id) of the entry's youth version; the link is
    /// its slug, the id of the page with that title.
    YouthVersion(String),
    /// The title (or the id) of the adult form of a youth version.
    AdultVersion(String),
    /// The titles (or the ids) of an umbrella's components, in order.
    Components(Vec<String>),
}

impl Statement {
    /// Where the statement stands in a block, and the block's section:
    /// statements are written (and must be read) in this order.
    fn place(&self) -> (Section, u8) {
        match self {
            Statement::Target(_) => (Section::TargetGroup, 0),
            Statement::AddOn(_) => (Section::TargetGroup, 1),
            Statement::Recommendations(_) => (Section::Knowledge, 0),
            Statement::Competence(_) => (Section::Competence, 0),
            Statement::Abbreviation(_) => (Section::Summary, 0),
            Statement::Kind(_) => (Section::Summary, 1),
            Statement::ManualBased(_) => (Section::Summary, 2),
            Statement::NeedsServed(_) => (Section::Summary, 3),
            Statement::YouthVersionsNamed(_) => (Section::Summary, 4),
            Statement::AssessmentAreas(_) => (Section::Summary, 5),
            Statement::YouthVersion(_) => (Section::Summary, 6),
            Statement::AdultVersion(_) => (Section::Summary, 7),
            Statement::Components(_) => (Section::Summary, 8),
            Statement::Schedule(_) => (Section::Implementation, 0),
            Statement::Phases(_) => (Section::Implementation, 1),
        }
    }

    /// The section whose block holds the statement.
    pub(super) fn section(&self) -> Section {
        self.place().0
    }

    /// The statement's lines, without the bullet.
    fn lines(&self) -> Vec<String> {
        match self {
            Statement::Target(target) => target_lines(target),
            Statement::AddOn(yes) => vec![format!("{ADD_ON}{}", yes_no(*yes))],
            Statement::Recommendations(rows) if rows.is_empty() => {
                vec![recommendation::NO_ROWS.to_owned()]
            }
            Statement::Recommendations(rows) => rows.iter().map(recommendation::write).collect(),
            Statement::Competence(requirement) => {
                vec![format!("{COMPETENCE}{}", requirement.label_sv())]
            }
            Statement::Abbreviation(found) => vec![format!(
                "{ABBREVIATION}{}",
                found.as_deref().map_or_else(|| NONE.to_owned(), quoted)
            )],
            Statement::Kind(kind) => vec![format!(
                "{KIND}{}",
                kind.map_or_else(|| NO_KIND.to_owned(), |k| lower_label(k, Language::Swedish))
            )],
            Statement::ManualBased(yes) => vec![format!("{MANUAL}{}", yes_no(*yes))],
            Statement::NeedsServed(needs) => vec![format!("{NEEDS_SERVED}{}", needs_text(*needs))],
            Statement::YouthVersionsNamed(names) => {
                let quoted_names: Vec<String> = names.iter().map(|n| quoted(n)).collect();
                let text =
                    if names.is_empty() { NONE_MANY.to_owned() } else { join(&quoted_names) };
                vec![format!("{YOUTH}{text}")]
            }
            Statement::AssessmentAreas(needs) => {
                vec![format!("{ASSESSMENT}{}", needs_text(*needs))]
            }
            Statement::Schedule(schedule) => vec![format!(
                "{SCHEDULE}{}",
                schedule.as_ref().map_or_else(|| NO_SCHEDULE.to_owned(), ToString::to_string)
            )],
            Statement::YouthVersion(title) => vec![format!("{YOUTH_VERSION}{}", quoted(title))],
            Statement::AdultVersion(title) => vec![format!("{ADULT_VERSION}{}", quoted(title))],
            Statement::Components(titles) => {
                let quoted_titles: Vec<String> = titles.iter().map(|t| quoted(t)).collect();
                vec![format!("{COMPONENTS}{}", join(&quoted_titles))]
            }
            Statement::Phases(phases) if phases.is_empty() => vec![NO_PHASES.to_owned()],
            Statement::Phases(phases) => phases
                .iter()
                .map(|p| format!("Fas {}: {}, {}", p.ordinal(), quoted(p.name()), quoted(p.aims())))
                .collect(),
        }
    }
}

const ADD_ON: &str = "Tillägg till annan behandling: ";
const COMPETENCE: &str = "Krav: ";
const ABBREVIATION: &str = "Förkortning: ";
const KIND: &str = "Typ av åtgärd: ";
const MANUAL: &str = "Manualbaserad: ";
const NEEDS_SERVED: &str = "Kan möta behov av: ";
const YOUTH: &str = "Ungdomsversioner nämns för: ";
const ASSESSMENT: &str = "Kartläggningen omfattar: ";
const SCHEDULE: &str = "Upplägg: ";
const YOUTH_VERSION: &str = "Ungdomsversion: ";
const ADULT_VERSION: &str = "Ungdomsversion av: ";
const COMPONENTS: &str = "Omfattar insatserna: ";
const NONE: &str = "ingen";
const NONE_MANY: &str = "inga";
const NO_KIND: &str = "ej angiven";
const NO_SCHEDULE: &str = "inget angivet";
const NO_PHASES: &str = "Faser: inga";

// The lines of a target group, each after its label.
const T_SUBSTANCES: &str = "Substanser: ";
const T_POPULATION: &str = "Gäller: ";
const T_AGES: &str = "Ålder: ";
const T_MIN_AGE: &str = "Yngsta ålder enligt källan: ";
const T_USUAL_MIN_AGE: &str = "Normalt lägsta ålder: ";
const T_PATTERNS: &str = "Bruksmönster: ";
const T_PRINCIPAL: &str = "Huvudman: ";
const T_VERB: &str = "Rekommendation: ";

fn needs_text(needs: TagSet<Need>) -> String {
    if needs.is_empty() { NONE_MANY.to_owned() } else { list(needs) }
}

fn read_needs(text: &str) -> Option<TagSet<Need>> {
    if text == NONE_MANY { Some(TagSet::new()) } else { read_list(text) }
}

/// `bör erbjudas`, `kan erbjudas`, `kan i undantagsfall erbjudas`.
fn offered(verb: RecommendationVerb) -> String {
    format!("{} erbjudas", text::verb(verb))
}

fn target_lines(target: &Target) -> Vec<String> {
    let mut lines = vec![format!("{T_SUBSTANCES}{}", substances(target.substances()))];
    if target.population() != Population::Anyone {
        lines.push(format!("{T_POPULATION}{}", population(target.population())));
    }
    if target.age_scope() != crate::model::AgeScope::Unspecified {
        lines.push(format!("{T_AGES}{}", age_scope(target.age_scope())));
    }
    if let Some(n) = target.min_age() {
        lines.push(format!("{T_MIN_AGE}{}", years(n)));
    }
    if let Some(n) = target.usual_min_age() {
        lines.push(format!("{T_USUAL_MIN_AGE}{}", years(n)));
    }
    if !target.patterns().is_empty() {
        lines.push(format!("{T_PATTERNS}{}", list(target.patterns())));
    }
    if target.principal() != Principal::NotStated {
        lines.push(format!("{T_PRINCIPAL}{}", target.principal().label_sv()));
    }
    if let Some(verb) = target.verb() {
        lines.push(format!("{T_VERB}{}", offered(verb)));
    }
    lines
}

/// The block of `section` for `statements` (those of the section, in
/// order): the lead line, a blank line, a bullet line each.
pub(super) fn block(section: Section, statements: &[Statement]) -> Option<String> {
    let lead = lead(section)?;
    let mut out = String::from(lead);
    out.push('\n');
    for statement in statements.iter().filter(|s| s.section() == section) {
        for line in statement.lines() {
            out.push('\n');
            out.push_str(BULLET);
            out.push_str(&line);
        }
    }
    (out.len() > lead.len() + 1).then_some(out)
}

/// What the page of `entry` states in its blocks: each fact whose value
/// the prose, title and breadcrumb (`prose`) do not give, as far as a page
/// can state it, in the blocks' order. A link to another entry is stated
/// by that entry's title, which `title_of` gives for its id, else by the
/// id itself (which reads back as itself: an id is its own slug).
pub(super) fn to_state(
    entry: &Intervention,
    prose: &PageFacts,
    title_of: &dyn Fn(&str) -> Option<String>,
) -> Vec<Statement> {
    let mut out = Vec::new();
    if entry.target() != prose.target {
        out.push(Statement::Target(entry.target()));
    }
    let rows: Vec<Recommendation> =
        entry.recommendations().iter().map(recommendation::writable).collect();
    let rows = if rows == prose.recommendations {
        rows
    } else {
        out.push(Statement::Recommendations(rows.clone()));
        rows
    };
    if entry.is_add_on() != prose.add_on_with(&rows) {
        out.push(Statement::AddOn(entry.is_add_on()));
    }
    if let Some(competence) = entry.required_competence() {
        out.push(Statement::Competence(competence.requirement()));
    }
    let abbreviation = entry.abbreviation().filter(|a| quotable(a)).map(str::to_owned);
    if abbreviation != prose.abbreviation {
        out.push(Statement::Abbreviation(abbreviation));
    }
    if entry.kind() != prose.kind {
        out.push(Statement::Kind(entry.kind()));
    }
    if entry.is_manual_based() != prose.manual_based {
        out.push(Statement::ManualBased(entry.is_manual_based()));
    }
    if entry.needs_served() != prose.needs_served {
        out.push(Statement::NeedsServed(entry.needs_served()));
    }
    let names = entry.youth_versions_named();
    if names != prose.youth_versions_named.as_slice() && names.iter().all(|n| quotable(n)) {
        out.push(Statement::YouthVersionsNamed(names.to_vec()));
    }
    if entry.assessment_areas() != prose.assessment_areas {
        out.push(Statement::AssessmentAreas(entry.assessment_areas()));
    }
    let schedule = entry.schedule();
    let schedule_reads_back =
        schedule.is_none_or(|s| s.to_string().parse::<Schedule>().ok().as_ref() == Some(s));
    if schedule != prose.schedule.as_ref() && schedule_reads_back {
        out.push(Statement::Schedule(schedule.cloned()));
    }
    let phases = entry.phases();
    let phases_read_back = phases.iter().all(|p| quotable(p.name()) && quotable(p.aims()));
    if phases != prose.phases.as_slice() && phases_read_back {
        out.push(Statement::Phases(phases.to_vec()));
    }
    let link = |id: &str| {
        title_of(id).filter(|t| quotable(t) && !slug(t).is_empty()).unwrap_or_else(|| id.to_owned())
    };
    if let Some(id) = entry.youth_version() {
        out.push(Statement::YouthVersion(link(id)));
    }
    if let Some(id) = entry.adult_version() {
        out.push(Statement::AdultVersion(link(id)));
    }
    if !entry.components().is_empty() {
        out.push(Statement::Components(entry.components().iter().map(|id| link(id)).collect()));
    }
    out.sort_by_key(Statement::place);
    out
}

/// A statement line as the reader met it: its 1-based line and text.
pub(super) type StatementLine<'a> = (usize, &'a str);

/// Reads the block of `section`: the line of its lead and its lines
/// (those after the lead, to the end of the section).
///
/// # Errors
///
/// [`PageProblem::MalformedStatement`] on the first line that is not in
/// the writer's form (a block without lines: on the lead), and
/// [`PageProblem::TooManyPriorities`] on the first row too many.
pub(super) fn read_block(
    section: Section,
    lead_line: usize,
    lines: &[StatementLine<'_>],
) -> Result<Vec<(Statement, usize)>, Error> {
    let malformed = |(number, text): StatementLine<'_>| {
        Error::page(number, PageProblem::MalformedStatement { section, found: excerpt(text) })
    };
    let Some(&first) = lines.first() else {
        return Err(malformed((lead_line, lead(section).unwrap_or(""))));
    };
    let mut read: Vec<(Statement, usize)> = Vec::new();
    let mut rows: Vec<Recommendation> = Vec::new();
    let mut phases: Vec<Phase> = Vec::new();
    let mut phases_line = None;
    let mut target: Option<(TargetParts, usize)> = None;
    for &(number, text) in lines {
        let fail = || malformed((number, text));
        let body = text.strip_prefix(BULLET).ok_or_else(fail)?;
        match section {
            Section::Knowledge => {
                if body == recommendation::NO_ROWS && lines.len() == 1 {
                    read.push((Statement::Recommendations(Vec::new()), number));
                    continue;
                }
                if rows.len() == MAX_PAIRS {
                    return Err(Error::page(
                        number,
                        PageProblem::TooManyPriorities { max: MAX_PAIRS },
                    ));
                }
                rows.push(recommendation::read(body).ok_or_else(fail)?);
            }
            Section::TargetGroup => {
                if let Some(value) = body.strip_prefix(ADD_ON) {
                    let yes = read_yes_no(value).ok_or_else(fail)?;
                    read.push((Statement::AddOn(yes), number));
                } else if let Some(value) = body.strip_prefix(T_SUBSTANCES) {
                    if target.is_some() {
                        return Err(fail());
                    }
                    let substances = read_substances(value).ok_or_else(fail)?;
                    target = Some((TargetParts::new(substances), number));
                } else {
                    let (parts, _) = target.as_mut().ok_or_else(fail)?;
                    parts.read(body).ok_or_else(fail)?;
                }
            }
            Section::Implementation => {
                if let Some(rest) = body.strip_prefix("Fas ") {
                    let (ordinal, rest) = rest.split_once(": ").ok_or_else(fail)?;
                    let ordinal: u8 = text::read_number(ordinal).ok_or_else(fail)?;
                    let (name, rest) = unquote(rest).ok_or_else(fail)?;
                    let (aims, rest) =
                        unquote(rest.strip_prefix(", ").ok_or_else(fail)?).ok_or_else(fail)?;
                    if !rest.is_empty() || usize::from(ordinal) != phases.len() + 1 {
                        return Err(fail());
                    }
                    phases_line = phases_line.or(Some(number));
                    phases.push(Phase::new(ordinal, name, aims));
                } else {
                    read.push((read_line(section, body).ok_or_else(fail)?, number));
                }
            }
            _ => read.push((read_line(section, body).ok_or_else(fail)?, number)),
        }
    }
    if !rows.is_empty() {
        read.push((Statement::Recommendations(rows), first.0));
    }
    if let Some((parts, number)) = target {
        read.push((Statement::Target(parts.target), number));
    }
    if let Some(number) = phases_line {
        read.push((Statement::Phases(phases), number));
    }
    // In the writer's order, and each line as the writer writes it.
    read.sort_by_key(|(s, number)| (s.place(), *number));
    let written: Vec<String> =
        read.iter().flat_map(|(s, _)| s.lines()).map(|line| format!("{BULLET}{line}")).collect();
    for (i, &(number, text)) in lines.iter().enumerate() {
        if written.get(i).map(String::as_str) != Some(text) {
            return Err(malformed((number, text)));
        }
    }
    if written.len() != lines.len() || has_repeats(&read) {
        let last = lines.last().copied().unwrap_or(first);
        return Err(malformed(last));
    }
    Ok(read)
}

/// Whether two statements of a block state the same fact.
fn has_repeats(read: &[(Statement, usize)]) -> bool {
    read.windows(2).any(|pair| match pair {
        [(a, _), (b, _)] => a.place() == b.place(),
        _ => false,
    })
}

/// A one-line statement of `section`, without the bullet.
fn read_line(section: Section, body: &str) -> Option<Statement> {
    match section {
        Section::Competence => {
            let value = body.strip_prefix(COMPETENCE)?;
            CompetenceRequirement::ALL
                .iter()
                .find(|r| r.label_sv() == value)
                .map(|&r| Statement::Competence(r))
        }
        Section::Summary => {
            if let Some(value) = body.strip_prefix(ABBREVIATION) {
                if value == NONE {
                    return Some(Statement::Abbreviation(None));
                }
                let (inner, rest) = unquote(value)?;
                let read = rest.is_empty() && !inner.trim().is_empty();
                return read.then(|| Statement::Abbreviation(Some(inner.to_owned())));
            }
            if let Some(value) = body.strip_prefix(KIND) {
                if value == NO_KIND {
                    return Some(Statement::Kind(None));
                }
                let kind =
                    Kind::ALL.iter().find(|&&k| lower_label(k, Language::Swedish) == value)?;
                return Some(Statement::Kind(Some(*kind)));
            }
            if let Some(value) = body.strip_prefix(MANUAL) {
                return read_yes_no(value).map(Statement::ManualBased);
            }
            if let Some(value) = body.strip_prefix(NEEDS_SERVED) {
                return read_needs(value).map(Statement::NeedsServed);
            }
            if let Some(value) = body.strip_prefix(ASSESSMENT) {
                return read_needs(value).map(Statement::AssessmentAreas);
            }
            if let Some(value) = body.strip_prefix(YOUTH_VERSION) {
                return linked_title(value).map(Statement::YouthVersion);
            }
            if let Some(value) = body.strip_prefix(ADULT_VERSION) {
                return linked_title(value).map(Statement::AdultVersion);
            }
            if let Some(value) = body.strip_prefix(COMPONENTS) {
                return quoted_list(value)
                    .filter(|titles| titles.iter().all(|t| !slug(t).is_empty()))
                    .map(Statement::Components);
            }
            let value = body.strip_prefix(YOUTH)?;
            if value == NONE_MANY {
                return Some(Statement::YouthVersionsNamed(Vec::new()));
            }
            quoted_list(value).map(Statement::YouthVersionsNamed)
        }
        Section::Implementation => {
            if body == NO_PHASES {
                return Some(Statement::Phases(Vec::new()));
            }
            let value = body.strip_prefix(SCHEDULE)?;
            if value == NO_SCHEDULE {
                return Some(Statement::Schedule(None));
            }
            value.parse::<Schedule>().ok().map(|s| Statement::Schedule(Some(s)))
        }
        _ => None,
    }
}

/// The quoted texts of a list written by [`join`]: `”a”, ”b” och ”c”`.
fn quoted_list(value: &str) -> Option<Vec<String>> {
    let mut items = Vec::new();
    let mut rest = value;
    loop {
        let (item, after) = unquote(rest)?;
        items.push(item.to_owned());
        if after.is_empty() {
            return Some(items);
        }
        rest = after.strip_prefix(", ").or_else(|| after.strip_prefix(" och "))?;
    }
}

/// The one quoted title of a link's line, if it gives an id.
fn linked_title(value: &str) -> Option<String> {
    let (title, rest) = unquote(value)?;
    (rest.is_empty() && !slug(title).is_empty()).then(|| title.to_owned())
}

/// A target group as its lines are read.
struct TargetParts {
    target: Target,
}

impl TargetParts {
    fn new(substances: TagSet<crate::vocab::Substance>) -> TargetParts {
        TargetParts { target: Target::new(substances, Population::Anyone) }
    }

    /// Reads one line after the substances.
    fn read(&mut self, body: &str) -> Option<()> {
        let t = self.target;
        self.target = if let Some(value) = body.strip_prefix(T_POPULATION) {
            let mut next = Target::new(t.substances(), read_population(value)?)
                .with_age_scope(t.age_scope())
                .with_patterns(t.patterns())
                .with_principal(t.principal());
            if let Some(n) = t.min_age() {
                next = next.with_min_age(n);
            }
            if let Some(n) = t.usual_min_age() {
                next = next.with_usual_min_age(n);
            }
            if let Some(v) = t.verb() {
                next = next.with_verb(v);
            }
            next
        } else if let Some(value) = body.strip_prefix(T_AGES) {
            t.with_age_scope(read_age_scope(value)?)
        } else if let Some(value) = body.strip_prefix(T_MIN_AGE) {
            t.with_min_age(read_years(value)?)
        } else if let Some(value) = body.strip_prefix(T_USUAL_MIN_AGE) {
            t.with_usual_min_age(read_years(value)?)
        } else if let Some(value) = body.strip_prefix(T_PATTERNS) {
            t.with_patterns(read_list::<ConditionPattern>(value)?)
        } else if let Some(value) = body.strip_prefix(T_PRINCIPAL) {
            let principal = text::PRINCIPALS.into_iter().find(|p| p.label_sv() == value)?;
            t.with_principal(principal)
        } else {
            let value = body.strip_prefix(T_VERB)?;
            t.with_verb(text::VERBS.into_iter().find(|&v| offered(v) == value)?)
        };
        Some(())
    }
}

impl PageFacts {
    /// The facts of a page: these (its prose's, title's and breadcrumb's)
    /// with `statements` over them.
    ///
    /// # Errors
    ///
    /// [`PageProblem::RedundantStatement`] on the line of a statement that
    /// gives what the prose gives already (the writer leaves it out, so
    /// the page would not be written back as it is).
    pub(super) fn with_statements(
        mut self,
        statements: Vec<(Statement, usize)>,
        text_of: impl Fn(usize) -> String,
    ) -> Result<PageFacts, Error> {
        let redundant = |statement: &Statement, number: usize| {
            Error::page(
                number,
                PageProblem::RedundantStatement {
                    section: statement.section(),
                    found: excerpt(&text_of(number)),
                },
            )
        };
        let mut add_on = None;
        let mut components_line = None;
        for (statement, number) in statements {
            if matches!(statement, Statement::Components(_)) {
                components_line = Some(number);
            }
            let same = match &statement {
                Statement::Target(t) => *t == self.target,
                Statement::AddOn(_) => false,
                Statement::Recommendations(rows) => *rows == self.recommendations,
                Statement::Competence(_) => false,
                Statement::Abbreviation(a) => *a == self.abbreviation,
                Statement::Kind(k) => *k == self.kind,
                Statement::ManualBased(m) => *m == self.manual_based,
                Statement::NeedsServed(n) => *n == self.needs_served,
                Statement::YouthVersionsNamed(n) => *n == self.youth_versions_named,
                Statement::AssessmentAreas(a) => *a == self.assessment_areas,
                Statement::Schedule(s) => *s == self.schedule,
                Statement::Phases(p) => *p == self.phases,
                // The prose states no link.
                Statement::YouthVersion(_)
                | Statement::AdultVersion(_)
                | Statement::Components(_) => false,
            };
            if same {
                return Err(redundant(&statement, number));
            }
            match statement {
                Statement::Target(t) => self.target = t,
                Statement::AddOn(yes) => add_on = Some((yes, number)),
                Statement::Recommendations(rows) => self.recommendations = rows,
                Statement::Competence(r) => {
                    self.competence = Some(crate::model::Competence::new(r, ""));
                }
                Statement::Abbreviation(a) => self.abbreviation = a,
                Statement::Kind(k) => self.kind = k,
                Statement::ManualBased(m) => self.manual_based = m,
                Statement::NeedsServed(n) => self.needs_served = n,
                Statement::YouthVersionsNamed(n) => self.youth_versions_named = n,
                Statement::AssessmentAreas(a) => self.assessment_areas = a,
                Statement::Schedule(s) => self.schedule = s,
                Statement::Phases(p) => self.phases = p,
                Statement::YouthVersion(title) => self.youth_version = Some(slug(&title)),
                Statement::AdultVersion(title) => self.adult_version = Some(slug(&title)),
                Statement::Components(titles) => {
                    self.components = titles.iter().map(|t| slug(t)).collect();
                }
            }
        }
        let derived = self.add_on_with(&self.recommendations);
        self.add_on = match add_on {
            Some((yes, number)) if yes == derived => {
                return Err(redundant(&Statement::AddOn(yes), number));
            }
            Some((yes, _)) => yes,
            None => derived,
        };
        // No entry is both an add-on and an umbrella, so the writer never
        // writes the components of an add-on.
        if let Some(number) = components_line.filter(|_| self.add_on) {
            return Err(Error::page(
                number,
                PageProblem::MalformedStatement {
                    section: Section::Summary,
                    found: excerpt(&text_of(number)),
                },
            ));
        }
        Ok(self)
    }
}
