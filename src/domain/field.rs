//! Addresses of single editable values, so one edit path serves every form.
//!
//! A form names each field by a [`FieldKey`]; the journey reads and applies a [`Value`] by key,
//! and the store persists it by key. The field enums iterate (strum's `EnumIter`), so a test
//! can write every field of every record, and each field's name (`<&str>::from(field)`) is
//! the record's own: its key in the JSON export and its column in the database. Adding a field means one variant here with its arms
//! in the record's `…_get`/`…_set` below (which `Journey::get`/`Journey::apply` call), and a
//! column in the store (the whole list is in `docs/ARCHITECTURE.md`).

use chrono::{DateTime, NaiveDate, Utc};
use strum::{EnumIter, IntoStaticStr};

use super::choice::{Cadence, Channel, GoalStatus, Owner, ProgressMode, Structure};
use super::records::{ActionItem, AgendaItem, Goal, Id, Meeting, Mentor, Milestone, Review};

/// One editable value somewhere in the journey.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FieldKey {
    Mentor(Id, MentorField),
    Goal(Id, GoalField),
    Milestone(Id, MilestoneField),
    Review(Id, ReviewField),
    Meeting(Id, MeetingField),
    Action(Id, ActionField),
    Question(Id, QuestionField),
    AgendaItem(Id, AgendaItemField),
    /// The current text of a dated answer (conversation prompt or worksheet entry).
    Answer(String),
    /// Whether a dated answer is private.
    AnswerPrivate(String),
    /// The working-well / gap / not-sure marker of a worksheet stem.
    Marker(String),
    /// A free-form setting (mentee name, last export path, ...).
    Setting(String),
}

impl FieldKey {
    /// The record this field belongs to, if it belongs to one.
    #[must_use]
    pub fn record(&self) -> Option<(Record, Id)> {
        match self {
            FieldKey::Mentor(id, _) => Some((Record::Mentor, *id)),
            FieldKey::Goal(id, _) => Some((Record::Goal, *id)),
            FieldKey::Milestone(id, _) => Some((Record::Milestone, *id)),
            FieldKey::Review(id, _) => Some((Record::Review, *id)),
            FieldKey::Meeting(id, _) => Some((Record::Meeting, *id)),
            FieldKey::Action(id, _) => Some((Record::Action, *id)),
            FieldKey::Question(id, _) => Some((Record::Question, *id)),
            FieldKey::AgendaItem(id, _) => Some((Record::AgendaItem, *id)),
            FieldKey::Answer(_)
            | FieldKey::AnswerPrivate(_)
            | FieldKey::Marker(_)
            | FieldKey::Setting(_) => None,
        }
    }

    /// The flag that makes this text private, for texts that have their own: a meeting's
    /// agenda, notes and reflection, and a dated answer. (Records private as a whole have
    /// their flag on the record.)
    #[must_use]
    pub fn privacy_flag(&self) -> Option<FieldKey> {
        match self {
            FieldKey::Meeting(id, MeetingField::Agenda) => {
                Some(FieldKey::Meeting(*id, MeetingField::AgendaPrivate))
            }
            FieldKey::Meeting(id, MeetingField::Notes) => {
                Some(FieldKey::Meeting(*id, MeetingField::NotesPrivate))
            }
            FieldKey::Meeting(id, MeetingField::Reflection) => {
                Some(FieldKey::Meeting(*id, MeetingField::ReflectionPrivate))
            }
            FieldKey::Answer(k) => Some(FieldKey::AnswerPrivate(k.clone())),
            _ => None,
        }
    }
}

/// A value read from or written to a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Date(Option<NaiveDate>),
    Instant(DateTime<Utc>),
    /// A choice by its stable code (see `choice.rs`); `None` when unset.
    Choice(Option<&'static str>),
    Channels(Vec<Channel>),
    Int(Option<i64>),
    Bool(bool),
}

impl Value {
    /// The text inside a `Text` value, or an empty string.
    #[must_use]
    pub fn as_text(&self) -> &str {
        match self {
            Value::Text(t) => t,
            _ => "",
        }
    }
}

/// Fields of a mentor and their agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum MentorField {
    Name,
    ShortName,
    Contact,
    Structure,
    Cadence,
    Channels,
    Venue,
    StartDate,
    ReviewDate,
    DefineMine,
    DefineTheirs,
    WantMine,
    WantTheirs,
    ExpectMine,
    ExpectTheirs,
    Confidentiality,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum GoalField {
    Title,
    Why,
    Evidence,
    Competency,
    #[strum(serialize = "mentor_id")]
    Mentor,
    TargetDate,
    Status,
    Progress,
    ProgressMode,
    Private,
    Position,
}

/// The texts of a goal, with the word that names each (in search results and in what an
/// import refuses): a text field added to [`Goal`] goes here too, so that `/` finds it and
/// an import checks its size.
pub const GOAL_TEXTS: [(&str, GoalField); 4] = [
    ("title", GoalField::Title),
    ("why", GoalField::Why),
    ("evidence", GoalField::Evidence),
    ("competency", GoalField::Competency),
];

impl Goal {
    /// The text of one of [`GOAL_TEXTS`] ("" for a field that is no text).
    #[must_use]
    pub fn text_of(&self, f: GoalField) -> &str {
        match f {
            GoalField::Title => &self.title,
            GoalField::Why => &self.why,
            GoalField::Evidence => &self.evidence,
            GoalField::Competency => &self.competency,
            _ => "",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum MilestoneField {
    Text,
    DueDate,
    Done,
    DoneOn,
    Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum ReviewField {
    Day,
    Progress,
    Note,
    Private,
    #[strum(serialize = "meeting_id")]
    Meeting,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum MeetingField {
    #[strum(serialize = "mentor_id")]
    Mentor,
    StartsAt,
    Mode,
    DurationMinutes,
    Place,
    Agenda,
    Notes,
    Reflection,
    Private,
    AgendaPrivate,
    NotesPrivate,
    ReflectionPrivate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum ActionField {
    Text,
    Owner,
    DueDate,
    Done,
    DoneOn,
    #[strum(serialize = "goal_id")]
    Goal,
    Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum QuestionField {
    Text,
    Private,
    #[strum(serialize = "meeting_id")]
    Meeting,
}

/// Fields of a stored agenda item (its topic never changes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum AgendaItemField {
    #[strum(serialize = "meeting_id")]
    Meeting,
    #[strum(serialize = "mentor_id")]
    Mentor,
    Position,
    Dropped,
    New,
    Discussed,
}

/// The kinds of record that can be deleted by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Record {
    Mentor,
    Goal,
    Milestone,
    Review,
    Meeting,
    Action,
    Question,
    AgendaItem,
}

impl Record {
    /// A goal, a meeting or a mentor: deleting one deletes or changes records that belong
    /// to it (a goal's reviews, a meeting's action items, a mentor's links), some of which
    /// may be private. While the screen is shared such a delete waits (see
    /// [`Record::owner_noun`]); refusing only when something private belongs to it would
    /// tell that it does.
    #[must_use]
    pub fn owner_noun(self) -> Option<&'static str> {
        match self {
            Record::Mentor => Some("A mentor"),
            Record::Goal => Some("A goal"),
            Record::Meeting => Some("A meeting"),
            Record::Milestone
            | Record::Review
            | Record::Action
            | Record::Question
            | Record::AgendaItem => None,
        }
    }
}

// How each field's value is read from and written to its record: one pair of functions per
// record, matching on its field enum above (the journey calls them by key).

pub(super) fn empty() -> Value {
    Value::Text(String::new())
}

pub(super) fn text(v: Value) -> String {
    match v {
        Value::Text(t) => t,
        _ => String::new(),
    }
}

pub(super) fn date(v: &Value) -> Option<chrono::NaiveDate> {
    match v {
        Value::Date(d) => *d,
        _ => None,
    }
}

pub(super) fn flag(v: &Value) -> bool {
    matches!(v, Value::Bool(true))
}

pub(super) fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => *i,
        _ => None,
    }
}

pub(super) fn percent(v: &Value) -> u8 {
    u8::try_from(int(v).unwrap_or(0).clamp(0, 100)).unwrap_or(0)
}

pub(super) fn choice<T>(v: &Value, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    match v {
        Value::Choice(Some(code)) => parse(code),
        _ => None,
    }
}

pub(super) fn code<T: Copy>(c: Option<T>, f: impl Fn(T) -> &'static str) -> Value {
    Value::Choice(c.map(f))
}

pub(super) fn mentor_get(m: &Mentor, f: MentorField) -> Value {
    let a = &m.agreement;
    let t = |s: &String| Value::Text(s.clone());
    match f {
        MentorField::Name => t(&m.name),
        MentorField::ShortName => t(&m.short_name),
        MentorField::Contact => t(&m.contact),
        MentorField::Structure => code(a.structure, Structure::code),
        MentorField::Cadence => code(a.cadence, Cadence::code),
        MentorField::Channels => Value::Channels(a.channels.clone()),
        MentorField::Venue => t(&a.venue),
        MentorField::StartDate => Value::Date(a.start_date),
        MentorField::ReviewDate => Value::Date(a.review_date),
        MentorField::DefineMine => t(&a.define_mine),
        MentorField::DefineTheirs => t(&a.define_theirs),
        MentorField::WantMine => t(&a.want_mine),
        MentorField::WantTheirs => t(&a.want_theirs),
        MentorField::ExpectMine => t(&a.expect_mine),
        MentorField::ExpectTheirs => t(&a.expect_theirs),
        MentorField::Confidentiality => t(&a.confidentiality),
    }
}

pub(super) fn mentor_set(m: &mut Mentor, f: MentorField, v: Value) {
    let a = &mut m.agreement;
    match f {
        MentorField::Name => m.name = text(v),
        MentorField::ShortName => m.short_name = text(v),
        MentorField::Contact => m.contact = text(v),
        MentorField::Structure => a.structure = choice(&v, Structure::from_code),
        MentorField::Cadence => a.cadence = choice(&v, Cadence::from_code),
        MentorField::Channels => {
            a.channels = match v {
                Value::Channels(c) => c,
                _ => Vec::new(),
            }
        }
        MentorField::Venue => a.venue = text(v),
        MentorField::StartDate => a.start_date = date(&v),
        MentorField::ReviewDate => a.review_date = date(&v),
        MentorField::DefineMine => a.define_mine = text(v),
        MentorField::DefineTheirs => a.define_theirs = text(v),
        MentorField::WantMine => a.want_mine = text(v),
        MentorField::WantTheirs => a.want_theirs = text(v),
        MentorField::ExpectMine => a.expect_mine = text(v),
        MentorField::ExpectTheirs => a.expect_theirs = text(v),
        MentorField::Confidentiality => a.confidentiality = text(v),
    }
}

pub(super) fn goal_get(g: &Goal, f: GoalField) -> Value {
    match f {
        GoalField::Title => Value::Text(g.title.clone()),
        GoalField::Why => Value::Text(g.why.clone()),
        GoalField::Evidence => Value::Text(g.evidence.clone()),
        GoalField::Competency => Value::Text(g.competency.clone()),
        GoalField::Mentor => Value::Int(g.mentor_id),
        GoalField::TargetDate => Value::Date(g.target_date),
        GoalField::Status => Value::Choice(Some(g.status.code())),
        GoalField::Progress => Value::Int(Some(i64::from(g.progress))),
        GoalField::ProgressMode => Value::Choice(Some(g.progress_mode.code())),
        GoalField::Private => Value::Bool(g.private),
        GoalField::Position => Value::Int(Some(g.position)),
    }
}

pub(super) fn goal_set(g: &mut Goal, f: GoalField, v: Value) {
    match f {
        GoalField::Title => g.title = text(v),
        GoalField::Why => g.why = text(v),
        GoalField::Evidence => g.evidence = text(v),
        GoalField::Competency => g.competency = text(v),
        GoalField::Mentor => g.mentor_id = int(&v),
        GoalField::TargetDate => g.target_date = date(&v),
        GoalField::Status => g.status = choice(&v, GoalStatus::from_code).unwrap_or(g.status),
        GoalField::Progress => g.progress = percent(&v),
        GoalField::ProgressMode => {
            g.progress_mode = choice(&v, ProgressMode::from_code).unwrap_or(g.progress_mode);
        }
        GoalField::Private => g.private = flag(&v),
        GoalField::Position => g.position = int(&v).unwrap_or(g.position),
    }
}

pub(super) fn milestone_get(m: &Milestone, f: MilestoneField) -> Value {
    match f {
        MilestoneField::Text => Value::Text(m.text.clone()),
        MilestoneField::DueDate => Value::Date(m.due_date),
        MilestoneField::Done => Value::Bool(m.done),
        MilestoneField::DoneOn => Value::Date(m.done_on),
        MilestoneField::Position => Value::Int(Some(m.position)),
    }
}

pub(super) fn milestone_set(m: &mut Milestone, f: MilestoneField, v: Value) {
    match f {
        MilestoneField::Text => m.text = text(v),
        MilestoneField::DueDate => m.due_date = date(&v),
        MilestoneField::Done => m.done = flag(&v),
        MilestoneField::DoneOn => m.done_on = date(&v),
        MilestoneField::Position => m.position = int(&v).unwrap_or(m.position),
    }
}

pub(super) fn review_get(r: &Review, f: ReviewField) -> Value {
    match f {
        ReviewField::Day => Value::Date(Some(r.day)),
        ReviewField::Progress => Value::Int(Some(i64::from(r.progress))),
        ReviewField::Note => Value::Text(r.note.clone()),
        ReviewField::Private => Value::Bool(r.private),
        ReviewField::Meeting => Value::Int(r.meeting_id),
    }
}

pub(super) fn review_set(r: &mut Review, f: ReviewField, v: Value) {
    match f {
        ReviewField::Day => r.day = date(&v).unwrap_or(r.day),
        ReviewField::Progress => r.progress = percent(&v),
        ReviewField::Note => r.note = text(v),
        ReviewField::Private => r.private = flag(&v),
        ReviewField::Meeting => r.meeting_id = int(&v),
    }
}

pub(super) fn meeting_get(m: &Meeting, f: MeetingField) -> Value {
    match f {
        MeetingField::Mentor => Value::Int(m.mentor_id),
        MeetingField::StartsAt => Value::Instant(m.starts_at),
        MeetingField::Mode => code(m.mode, Channel::code),
        MeetingField::DurationMinutes => Value::Int(m.duration_minutes.map(i64::from)),
        MeetingField::Place => Value::Text(m.place.clone()),
        MeetingField::Agenda => Value::Text(m.agenda.clone()),
        MeetingField::Notes => Value::Text(m.notes.clone()),
        MeetingField::Reflection => Value::Text(m.reflection.clone()),
        MeetingField::Private => Value::Bool(m.private),
        MeetingField::AgendaPrivate => Value::Bool(m.agenda_private),
        MeetingField::NotesPrivate => Value::Bool(m.notes_private),
        MeetingField::ReflectionPrivate => Value::Bool(m.reflection_private),
    }
}

pub(super) fn meeting_set(m: &mut Meeting, f: MeetingField, v: Value) {
    match f {
        MeetingField::Mentor => m.mentor_id = int(&v),
        MeetingField::StartsAt => {
            if let Value::Instant(t) = v {
                m.starts_at = t;
            }
        }
        MeetingField::Mode => m.mode = choice(&v, Channel::from_code),
        MeetingField::DurationMinutes => {
            m.duration_minutes = int(&v).and_then(|n| u32::try_from(n).ok());
        }
        MeetingField::Place => m.place = text(v),
        MeetingField::Agenda => m.agenda = text(v),
        MeetingField::Notes => m.notes = text(v),
        MeetingField::Reflection => m.reflection = text(v),
        MeetingField::Private => m.private = flag(&v),
        MeetingField::AgendaPrivate => m.agenda_private = flag(&v),
        MeetingField::NotesPrivate => m.notes_private = flag(&v),
        MeetingField::ReflectionPrivate => m.reflection_private = flag(&v),
    }
}

pub(super) fn agenda_item_get(a: &AgendaItem, f: AgendaItemField) -> Value {
    match f {
        AgendaItemField::Meeting => Value::Int(a.meeting_id),
        AgendaItemField::Mentor => Value::Int(a.mentor_id),
        AgendaItemField::Position => Value::Int(Some(a.position)),
        AgendaItemField::Dropped => Value::Bool(a.dropped),
        AgendaItemField::New => Value::Bool(a.new),
        AgendaItemField::Discussed => Value::Bool(a.discussed),
    }
}

pub(super) fn agenda_item_set(a: &mut AgendaItem, f: AgendaItemField, v: &Value) {
    match f {
        AgendaItemField::Meeting => a.meeting_id = int(v),
        AgendaItemField::Mentor => a.mentor_id = int(v),
        AgendaItemField::Position => a.position = int(v).unwrap_or(a.position),
        AgendaItemField::Dropped => a.dropped = flag(v),
        AgendaItemField::New => a.new = flag(v),
        AgendaItemField::Discussed => a.discussed = flag(v),
    }
}

pub(super) fn action_get(a: &ActionItem, f: ActionField) -> Value {
    match f {
        ActionField::Text => Value::Text(a.text.clone()),
        ActionField::Owner => Value::Choice(Some(a.owner.code())),
        ActionField::DueDate => Value::Date(a.due_date),
        ActionField::Done => Value::Bool(a.done),
        ActionField::DoneOn => Value::Date(a.done_on),
        ActionField::Goal => Value::Int(a.goal_id),
        ActionField::Position => Value::Int(Some(a.position)),
    }
}

pub(super) fn action_set(a: &mut ActionItem, f: ActionField, v: Value) {
    match f {
        ActionField::Text => a.text = text(v),
        ActionField::Owner => a.owner = choice(&v, Owner::from_code).unwrap_or(a.owner),
        ActionField::DueDate => a.due_date = date(&v),
        ActionField::Done => a.done = flag(&v),
        ActionField::DoneOn => a.done_on = date(&v),
        ActionField::Goal => a.goal_id = int(&v),
        ActionField::Position => a.position = int(&v).unwrap_or(a.position),
    }
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;
    use crate::domain::Question;

    /// The keys of a record in the JSON export.
    fn keys(record: &impl serde::Serialize) -> Vec<String> {
        match serde_json::to_value(record).expect("serialize") {
            serde_json::Value::Object(map) => map.keys().cloned().collect(),
            _ => Vec::new(),
        }
    }

    fn names<F: IntoEnumIterator + Into<&'static str>>() -> Vec<&'static str> {
        F::iter().map(Into::into).collect()
    }

    #[test]
    fn every_field_is_named_as_in_its_record() {
        for (record, names) in [
            (keys(&Goal::default()), names::<GoalField>()),
            (keys(&Milestone::default()), names::<MilestoneField>()),
            (keys(&Review::default()), names::<ReviewField>()),
            (keys(&Meeting::default()), names::<MeetingField>()),
            (keys(&ActionItem::default()), names::<ActionField>()),
            (keys(&Question::default()), names::<QuestionField>()),
            (keys(&AgendaItem::default()), names::<AgendaItemField>()),
        ] {
            for name in names {
                assert!(record.iter().any(|k| k == name), "{name} not in {record:?}");
            }
        }
    }

    #[test]
    fn goal_texts_read_each_text() {
        let g = Goal {
            title: "t".into(),
            why: "w".into(),
            evidence: "e".into(),
            competency: "c".into(),
            ..Goal::default()
        };
        let read: Vec<&str> = GOAL_TEXTS.iter().map(|(_, f)| g.text_of(*f)).collect();
        assert_eq!(read, ["t", "w", "e", "c"]);
        assert_eq!(g.text_of(GoalField::Mentor), "");
    }
}
