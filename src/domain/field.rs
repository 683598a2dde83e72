//! Addresses of single editable values, so one edit path serves every form.
//!
//! A form names each field by a [`FieldKey`]; the journey reads and applies a [`Value`] by key,
//! and the store persists it by key. The field enums iterate (strum's `EnumIter`), so a test
//! can write every field of every record. Adding a field means one variant here, one arm in
//! `Journey::get`/`Journey::apply`, and one column in the store.

use chrono::{DateTime, NaiveDate, Utc};
use strum::EnumIter;

use super::choice::Channel;
use super::records::Id;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum GoalField {
    Title,
    Why,
    Evidence,
    Competency,
    Mentor,
    TargetDate,
    Status,
    Progress,
    ProgressMode,
    Private,
    Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum MilestoneField {
    Text,
    DueDate,
    Done,
    DoneOn,
    Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum ReviewField {
    Day,
    Progress,
    Note,
    Private,
    Meeting,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum MeetingField {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum ActionField {
    Text,
    Owner,
    DueDate,
    Done,
    DoneOn,
    Goal,
    Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum QuestionField {
    Text,
    Private,
    Meeting,
}

/// Fields of a stored agenda item (its topic never changes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum AgendaItemField {
    Meeting,
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
