//! The records of a mentoring journey. Plain data: no I/O, no rendering.
//!
//! Calendar dates are `NaiveDate` (a day, no zone); instants are `DateTime<Utc>` with whole
//! seconds, shown in the local zone.
//!
//! Every record has `Default`: the values a new record starts with, so a new record is written
//! `Goal { title, mentor_id, ..Goal::default() }`. A record whose `id` is 0 is a draft (see
//! [`Draft`](super::draft::Draft)): the store gives it an id when it is inserted.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::choice::{Cadence, Channel, GoalStatus, OriginKind, Owner, ProgressMode, Structure};

/// Row id assigned by the database.
pub type Id = i64;

/// A mentor and the agreement made with them (a mentee may have several).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mentor {
    pub id: Id,
    pub name: String,
    /// Email, phone, or however the mentee reaches them.
    pub contact: String,
    pub created_at: DateTime<Utc>,
    pub agreement: Agreement,
}

impl Mentor {
    /// The name to show for a mentor, never empty.
    #[must_use]
    pub fn display_name(&self) -> String {
        if self.name.trim().is_empty() {
            "(unnamed mentor)".to_string()
        } else {
            self.name.clone()
        }
    }
}

/// The agreed structure of one mentoring relationship, and what each side expects of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub structure: Option<Structure>,
    pub cadence: Option<Cadence>,
    pub channels: Vec<Channel>,
    pub venue: String,
    pub start_date: Option<NaiveDate>,
    pub review_date: Option<NaiveDate>,
    /// Seed 002's three questions, answered by the mentee (`mine`) and the mentor (`theirs`).
    pub define_mine: String,
    pub define_theirs: String,
    pub want_mine: String,
    pub want_theirs: String,
    pub expect_mine: String,
    pub expect_theirs: String,
    pub confidentiality: String,
}

/// One dated version of an answer: a conversation prompt or a worksheet entry.
///
/// Answers are identified by a stable `key` (see `assets/`); editing on the same day
/// replaces that day's version, editing on a later day adds a new one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerVersion {
    pub key: String,
    pub day: NaiveDate,
    pub text: String,
    pub saved_at: DateTime<Utc>,
}

/// Where a goal came from: a worksheet stem or a conversation answer, by key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub kind: OriginKind,
    pub key: String,
}

/// A development goal with tangible evidence of success.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: Id,
    pub title: String,
    pub why: String,
    pub evidence: String,
    pub competency: String,
    pub mentor_id: Option<Id>,
    pub target_date: Option<NaiveDate>,
    pub status: GoalStatus,
    /// 0–100; when `progress_mode` is `Milestones` this is derived, not typed.
    pub progress: u8,
    pub progress_mode: ProgressMode,
    pub private: bool,
    pub origin: Option<Origin>,
    /// Priority order: lower comes first.
    pub position: i64,
    pub created_at: DateTime<Utc>,
}

/// A step toward a goal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: Id,
    pub goal_id: Id,
    pub text: String,
    pub due_date: Option<NaiveDate>,
    pub done: bool,
    pub done_on: Option<NaiveDate>,
    pub position: i64,
}

/// A dated "How am I doing?" entry on a goal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub id: Id,
    pub goal_id: Id,
    pub day: NaiveDate,
    pub progress: u8,
    pub note: String,
    pub private: bool,
    pub meeting_id: Option<Id>,
    pub created_at: DateTime<Utc>,
}

/// A meeting with a mentor, planned or held.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: Id,
    pub mentor_id: Option<Id>,
    pub starts_at: DateTime<Utc>,
    pub mode: Option<Channel>,
    pub duration_minutes: Option<u32>,
    /// Venue, room or video link.
    pub place: String,
    /// Prepared before the meeting.
    pub agenda: String,
    /// Taken during the meeting.
    pub notes: String,
    /// After: what I learnt, what I will do.
    pub reflection: String,
    pub private: bool,
    pub agenda_private: bool,
    pub notes_private: bool,
    pub reflection_private: bool,
    pub created_at: DateTime<Utc>,
}

/// Something someone agreed to do.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionItem {
    pub id: Id,
    pub meeting_id: Option<Id>,
    pub text: String,
    pub owner: Owner,
    pub due_date: Option<NaiveDate>,
    pub done: bool,
    pub done_on: Option<NaiveDate>,
    pub goal_id: Option<Id>,
    pub position: i64,
}

/// A question the mentee wants to bring to the next meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: Id,
    pub text: String,
    pub private: bool,
    /// The meeting where it was raised; `None` while it waits for the next one.
    pub meeting_id: Option<Id>,
    pub created_at: DateTime<Utc>,
}
