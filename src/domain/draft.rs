//! A record to add: one type for every kind, so one insert path serves them all (the store
//! writes it, then the journey takes it; see `Ctx::insert`).
//!
//! A draft has no id yet (0); the store assigns one. `From` turns any record into a draft:
//! `ctx.insert(Goal { title, ..Goal::default() })`.

use super::field::Record;
use super::goals::{next_goal_position, next_milestone_position};
use super::journey::Journey;
use super::meetings::actions_of;
use super::records::{
    ActionItem, AgendaItem, Goal, Id, Meeting, Mentor, Milestone, Question, Review, Topic,
};

/// A record of any kind, not yet stored (id 0) or just stored (with its id).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Draft {
    Mentor(Mentor),
    Goal(Goal),
    Milestone(Milestone),
    Review(Review),
    Meeting(Meeting),
    Action(ActionItem),
    Question(Question),
    AgendaItem(AgendaItem),
}

impl Draft {
    /// The kind of record.
    #[must_use]
    pub fn record(&self) -> Record {
        match self {
            Draft::Mentor(_) => Record::Mentor,
            Draft::Goal(_) => Record::Goal,
            Draft::Milestone(_) => Record::Milestone,
            Draft::Review(_) => Record::Review,
            Draft::Meeting(_) => Record::Meeting,
            Draft::Action(_) => Record::Action,
            Draft::Question(_) => Record::Question,
            Draft::AgendaItem(_) => Record::AgendaItem,
        }
    }

    /// Its id: 0 while it is a draft.
    #[must_use]
    pub fn id(&self) -> Id {
        match self {
            Draft::Mentor(r) => r.id,
            Draft::Goal(r) => r.id,
            Draft::Milestone(r) => r.id,
            Draft::Review(r) => r.id,
            Draft::Meeting(r) => r.id,
            Draft::Action(r) => r.id,
            Draft::Question(r) => r.id,
            Draft::AgendaItem(r) => r.id,
        }
    }

    /// The same record with this id.
    #[must_use]
    pub fn with_id(mut self, id: Id) -> Draft {
        match &mut self {
            Draft::Mentor(r) => r.id = id,
            Draft::Goal(r) => r.id = id,
            Draft::Milestone(r) => r.id = id,
            Draft::Review(r) => r.id = id,
            Draft::Meeting(r) => r.id = id,
            Draft::Action(r) => r.id = id,
            Draft::Question(r) => r.id = id,
            Draft::AgendaItem(r) => r.id = id,
        }
        self
    }

    /// The records this one points at, by kind and id (what it is tied to).
    #[must_use]
    pub fn links(&self) -> Vec<(Record, Id)> {
        let opt = |record, id: Option<Id>| id.map(|id| (record, id));
        let links = match self {
            Draft::Mentor(_) => vec![],
            Draft::Goal(g) => vec![opt(Record::Mentor, g.mentor_id)],
            Draft::Milestone(m) => vec![Some((Record::Goal, m.goal_id))],
            Draft::Review(r) => vec![
                Some((Record::Goal, r.goal_id)),
                opt(Record::Meeting, r.meeting_id),
            ],
            Draft::Meeting(m) => vec![opt(Record::Mentor, m.mentor_id)],
            Draft::Action(a) => vec![
                opt(Record::Meeting, a.meeting_id),
                opt(Record::Goal, a.goal_id),
            ],
            Draft::Question(q) => vec![opt(Record::Meeting, q.meeting_id)],
            Draft::AgendaItem(a) => vec![
                opt(Record::Meeting, a.meeting_id),
                opt(Record::Mentor, a.mentor_id),
                topic_link(&a.topic),
            ],
        };
        links.into_iter().flatten().collect()
    }

    /// The draft placed last in its order: a goal after every goal, a milestone after its
    /// goal's milestones, an action item after its meeting's items. Other kinds have no order.
    #[must_use]
    pub fn placed_last(mut self, j: &Journey) -> Draft {
        match &mut self {
            Draft::Goal(g) => g.position = next_goal_position(j),
            Draft::Milestone(m) => m.position = next_milestone_position(j, m.goal_id),
            Draft::Action(a) => {
                a.position = a.meeting_id.map_or(0, |id| {
                    actions_of(j, id)
                        .iter()
                        .map(|x| x.position + 1)
                        .max()
                        .unwrap_or(0)
                });
            }
            Draft::AgendaItem(a) => {
                a.position = j
                    .agenda_items
                    .iter()
                    .filter(|x| x.meeting_id == a.meeting_id && x.mentor_id == a.mentor_id)
                    .map(|x| x.position + 1)
                    .max()
                    .unwrap_or(0);
            }
            _ => {}
        }
        self
    }

    /// What a failed insert says: "Goal not added: …".
    #[must_use]
    pub fn noun(&self) -> &'static str {
        match self {
            Draft::Mentor(_) => "Mentor",
            Draft::Goal(_) => "Goal",
            Draft::Milestone(_) => "Milestone",
            Draft::Review(_) => "Review",
            Draft::Meeting(_) => "Meeting",
            Draft::Action(_) => "Action item",
            Draft::Question(_) => "Question",
            Draft::AgendaItem(_) => "Agenda item",
        }
    }
}

/// The record an agenda item's topic names (an answer is named by key, not a record).
fn topic_link(t: &Topic) -> Option<(Record, Id)> {
    match t {
        Topic::Action(id) => Some((Record::Action, *id)),
        Topic::Goal(id) => Some((Record::Goal, *id)),
        Topic::Question(id) => Some((Record::Question, *id)),
        Topic::Agreement(id) => Some((Record::Mentor, *id)),
        Topic::Reflection(id) => Some((Record::Meeting, *id)),
        Topic::Answer(_) => None,
    }
}

macro_rules! draft_from {
    ($($variant:ident($record:ty)),+ $(,)?) => {
        $(impl From<$record> for Draft {
            fn from(r: $record) -> Draft {
                Draft::$variant(r)
            }
        })+
    };
}

draft_from!(
    Mentor(Mentor),
    Goal(Goal),
    Milestone(Milestone),
    Review(Review),
    Meeting(Meeting),
    Action(ActionItem),
    Question(Question),
    AgendaItem(AgendaItem),
);
