//! Where to go: a tab, or a record (or one of its fields) in the tab that holds it. A leaf
//! of the vocabulary: the search index, the context and every pane name it.

use crate::domain::{FieldKey, Id};
use crate::tab::Tab;

/// Something to show: a tab, or a record in the tab that holds it. Panes set
/// `ctx.jump`; the app switches tab and asks the pane to reveal the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Tab(Tab),
    Mentor(Id),
    Goal(Id),
    Milestone(Id),
    Review(Id),
    Meeting(Id),
    Action(Id),
    /// A dated answer by key: `conversation.…` or `worksheet.…` (see `method.rs`).
    Answer(String),
    /// One field of a record (a search found something in it): the record, with that
    /// field selected where the pane can (else the record alone, see [`Target::record`]).
    Field(FieldKey),
    /// A field to type in: shown as [`Target::Field`], then opened as `Enter` would.
    Edit(FieldKey),
}

impl Target {
    /// The tab that shows this target.
    #[must_use]
    pub fn tab(&self) -> Tab {
        match self {
            Target::Tab(t) => *t,
            Target::Mentor(_) => Tab::Agreement,
            Target::Goal(_) | Target::Milestone(_) | Target::Review(_) => Tab::Goals,
            Target::Meeting(_) | Target::Action(_) => Tab::Journal,
            Target::Answer(k) if k.starts_with("worksheet.") => Tab::Occupation,
            Target::Answer(_) => Tab::Conversation,
            Target::Field(FieldKey::Marker(_)) => Tab::Occupation,
            Target::Field(FieldKey::Setting(_)) => Tab::Overview,
            Target::Field(_) => self.record().map_or(Tab::Overview, |t| t.tab()),
            Target::Edit(key) => Target::Field(key.clone()).tab(),
        }
    }

    /// The record a field target belongs to (the target itself for records).
    #[must_use]
    pub fn record(&self) -> Option<Target> {
        let key = match self {
            Target::Field(key) | Target::Edit(key) => key,
            _ => return Some(self.clone()),
        };
        match key {
            FieldKey::Mentor(id, _) => Some(Target::Mentor(*id)),
            FieldKey::Goal(id, _) => Some(Target::Goal(*id)),
            FieldKey::Milestone(id, _) => Some(Target::Milestone(*id)),
            FieldKey::Review(id, _) => Some(Target::Review(*id)),
            FieldKey::Meeting(id, _) => Some(Target::Meeting(*id)),
            FieldKey::Action(id, _) => Some(Target::Action(*id)),
            FieldKey::Answer(k) | FieldKey::AnswerPrivate(k) => Some(Target::Answer(k.clone())),
            FieldKey::Question(..)
            | FieldKey::AgendaItem(..)
            | FieldKey::Marker(_)
            | FieldKey::Setting(_) => None,
        }
    }
}
