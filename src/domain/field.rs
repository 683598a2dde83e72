//! Addresses of single editable values, so one edit path serves every form.
//!
//! A form names each field by a [`FieldKey`]; the journey reads and applies a [`Value`] by key,
//! and the store persists it by key. Adding a field means one variant here, one arm in
//! `Journey::get`/`Journey::apply`, and one column in the store.

use chrono::{DateTime, NaiveDate, Utc};

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
    /// The current text of a dated answer (conversation prompt or worksheet entry).
    Answer(String),
    /// Whether a dated answer is private.
    AnswerPrivate(String),
    /// The working-well / gap / not-sure marker of a worksheet stem.
    Marker(String),
    /// A free-form setting (mentee name, last export path, ...).
    Setting(String),
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentorField {
    Name,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MilestoneField {
    Text,
    DueDate,
    Done,
    DoneOn,
    Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewField {
    Day,
    Progress,
    Note,
    Private,
    Meeting,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionField {
    Text,
    Owner,
    DueDate,
    Done,
    DoneOn,
    Goal,
    Position,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionField {
    Text,
    Private,
    Meeting,
}

/// The kinds of record that can be deleted by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Record {
    Mentor,
    Goal,
    Milestone,
    Review,
    Meeting,
    Action,
    Question,
}
