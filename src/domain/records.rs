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
    /// What lists call them where space is short ("Kemi"); empty: the first word of the
    /// name that is not a title (see [`Mentor::short_name`]). Added in export version 2.
    #[serde(default)]
    pub short_name: String,
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

    /// The full name when it fits in `width` columns, else the short name (lists).
    #[must_use]
    pub fn name_within(&self, width: usize) -> String {
        let full = self.display_name();
        if unicode_width::UnicodeWidthStr::width(full.as_str()) <= width {
            full
        } else {
            self.short_name()
        }
    }

    /// The short name to show where space is short: the one set in the Agreement tab, else
    /// the first word of the name that is not a title ("Dr Kemi Adeyemi" → "Kemi"), never
    /// empty.
    #[must_use]
    pub fn short_name(&self) -> String {
        let set = self.short_name.split_whitespace().collect::<Vec<_>>();
        if !set.is_empty() {
            return set.join(" ");
        }
        default_short_name(&self.name)
    }
}

/// Titles that come before a name and are not what anyone calls a person on their own.
const TITLES: &[&str] = &[
    "dr",
    "doctor",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "revd",
    "fr",
    "hon",
    "herr",
    "frau",
    "mme",
    "mlle",
    "sra",
    "dra",
];

/// The first word of `name` that is not a title (the first word when every word is one;
/// "mentor" when there is none).
#[must_use]
pub fn default_short_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_title = |w: &&str| {
        let bare = w.trim_end_matches('.').to_lowercase();
        TITLES.contains(&bare.as_str())
    };
    words
        .iter()
        .find(|w| !is_title(w))
        .or_else(|| words.first())
        .map_or_else(|| "mentor".to_string(), |w| (*w).to_string())
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

impl Origin {
    /// Where a goal came from, in words ("Ideal occupation: I work with people who …"),
    /// from the method's texts (Rolfe, "Mentoring for career development", Korean J Med
    /// Educ 2017;29(2):117-119).
    #[must_use]
    pub fn label(&self) -> String {
        use crate::method::{question_by_key, stem_by_key};
        match self.kind {
            OriginKind::Worksheet => match stem_by_key(&self.key) {
                Some(stem) => format!("Ideal occupation: {} …", stem.text),
                None => "Ideal occupation worksheet".to_string(),
            },
            OriginKind::Conversation => match question_by_key(&self.key) {
                Some((q, Some(p))) => format!("Conversation: {} — {}", q.title, p.title),
                Some((q, None)) => format!("Conversation: {}", q.title),
                None => "Conversation".to_string(),
            },
        }
    }
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

/// What an agenda item is about: one record of the journey (or, for an answer, its key).
/// Its words are looked up when shown, so an edit made meanwhile shows at once.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", content = "ref", rename_all = "snake_case")]
pub enum Topic {
    /// An open action item, of either owner.
    Action(Id),
    Goal(Id),
    /// A conversation answer (by key) that changed since the last meeting.
    Answer(String),
    /// The agreement with this mentor is due for review.
    Agreement(Id),
    /// One of the mentee's own questions.
    Question(Id),
    /// What the reflection on this (past) meeting said she would do.
    Reflection(Id),
}

impl Default for Topic {
    /// A placeholder for a draft (`AgendaItem::default()`); every stored item names a record.
    fn default() -> Self {
        Topic::Question(0)
    }
}

/// One item of a meeting's agenda as the mentee keeps it: its place, whether she dropped it,
/// whether a rebuild added it since she last looked, and whether it was discussed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    pub id: Id,
    /// The meeting whose agenda it is on; `None` while no meeting is planned: then it is on
    /// the pending agenda of `mentor_id` (or of no mentor), until planning moves it.
    pub meeting_id: Option<Id>,
    /// For a pending agenda, the mentor it is for; `None` on a meeting's agenda.
    pub mentor_id: Option<Id>,
    pub topic: Topic,
    /// Order within its agenda: lower comes first.
    pub position: i64,
    /// Taken off the agenda by the mentee: kept so a rebuild never brings it back.
    pub dropped: bool,
    /// Added by a rebuild since the mentee last looked at the agenda.
    pub new: bool,
    /// Ticked as discussed at the meeting (on the shared screen).
    pub discussed: bool,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_origin_says_where_the_goal_came_from() {
        let stem = Origin {
            kind: OriginKind::Worksheet,
            key: "worksheet.and.4".into(),
        };
        assert_eq!(stem.label(), "Ideal occupation: I work with people who …");
        let prompt = Origin {
            kind: OriginKind::Conversation,
            key: "conversation.now.values".into(),
        };
        assert!(
            prompt
                .label()
                .starts_with("Conversation: Where are you now? — ")
        );
    }
}
