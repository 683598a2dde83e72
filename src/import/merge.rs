//! Merging a journey into one that already holds records; the rules are described in
//! [`crate::import`].

use std::collections::HashMap;

use super::{ImportError, Summary};
use crate::domain::{
    ActionItem, AgendaItem, FieldKey, Goal, Id, Journey, Meeting, Mentor, Milestone, Question,
    Review, Stamp, Topic, Value,
};
use crate::store::Store;

/// Records with an id, so one matcher serves every kind.
trait Row: Clone + PartialEq {
    fn id(&self) -> Id;
    fn set_id(&mut self, id: Id);
}

macro_rules! row {
    ($($t:ty),+) => {$(
        impl Row for $t {
            fn id(&self) -> Id { self.id }
            fn set_id(&mut self, id: Id) { self.id = id; }
        }
    )+};
}
row!(
    Mentor, Meeting, Goal, Milestone, Review, ActionItem, Question, AgendaItem
);

/// The database's records of one kind, each of which can match one record of the file.
struct Claims<'a, T> {
    have: &'a [T],
    claimed: Vec<bool>,
}

impl<'a, T: Row> Claims<'a, T> {
    fn new(have: &'a [T]) -> Self {
        Self {
            have,
            claimed: vec![false; have.len()],
        }
    }

    /// The id of an unclaimed database record equal to `rec` apart from its id.
    fn claim(&mut self, rec: &T) -> Option<Id> {
        let mut probe = rec.clone();
        for (i, d) in self.have.iter().enumerate() {
            if self.claimed[i] {
                continue;
            }
            probe.set_id(d.id());
            if probe == *d {
                self.claimed[i] = true;
                return Some(d.id());
            }
        }
        None
    }

    /// Finds `rec` in the database, or inserts it with a new id. Returns the id it has there.
    fn place(
        &mut self,
        mut rec: T,
        counts: (&mut usize, &mut usize),
        insert: impl FnOnce(&T) -> rusqlite::Result<Id>,
    ) -> rusqlite::Result<Id> {
        let (added, already) = counts;
        if let Some(id) = self.claim(&rec) {
            *already += 1;
            return Ok(id);
        }
        rec.set_id(0);
        *added += 1;
        insert(&rec)
    }
}

/// File id → database id, per kind.
type IdMap = HashMap<Id, Id>;

fn map(ids: &IdMap, id: Option<Id>) -> Option<Id> {
    id.and_then(|i| ids.get(&i).copied())
}

/// The id a checked reference maps to (checked files never miss; 0 would fail the insert).
fn map_one(ids: &IdMap, id: Id) -> Id {
    ids.get(&id).copied().unwrap_or(0)
}

pub(super) fn merge_into(
    s: &Store,
    have: &Journey,
    file: &Journey,
    stamp: Stamp,
) -> Result<Summary, ImportError> {
    let mut sum = Summary {
        merged: true,
        ..Summary::default()
    };
    let (add, already) = (&mut sum.added, &mut sum.already);

    let mut mentors = IdMap::new();
    let mut claims = Claims::new(&have.mentors);
    for m in &file.mentors {
        let id = claims.place(m.clone(), (&mut add.mentors, &mut already.mentors), |r| {
            s.insert_mentor(r)
        })?;
        mentors.insert(m.id, id);
    }

    let mut meetings = IdMap::new();
    let mut claims = Claims::new(&have.meetings);
    for m in &file.meetings {
        let rec = Meeting {
            mentor_id: map(&mentors, m.mentor_id),
            ..m.clone()
        };
        let id = claims.place(rec, (&mut add.meetings, &mut already.meetings), |r| {
            s.insert_meeting(r)
        })?;
        meetings.insert(m.id, id);
    }

    let mut goals = IdMap::new();
    let mut claims = Claims::new(&have.goals);
    for g in &file.goals {
        let rec = Goal {
            mentor_id: map(&mentors, g.mentor_id),
            ..g.clone()
        };
        let id = claims.place(rec, (&mut add.goals, &mut already.goals), |r| {
            s.insert_goal(r)
        })?;
        goals.insert(g.id, id);
    }

    let mut claims = Claims::new(&have.milestones);
    for m in &file.milestones {
        let rec = Milestone {
            goal_id: map_one(&goals, m.goal_id),
            ..m.clone()
        };
        claims.place(rec, (&mut add.milestones, &mut already.milestones), |r| {
            s.insert_milestone(r)
        })?;
    }

    let mut claims = Claims::new(&have.reviews);
    for r in &file.reviews {
        let rec = Review {
            goal_id: map_one(&goals, r.goal_id),
            meeting_id: map(&meetings, r.meeting_id),
            ..r.clone()
        };
        claims.place(rec, (&mut add.reviews, &mut already.reviews), |r| {
            s.insert_review(r)
        })?;
    }

    let mut actions = IdMap::new();
    let mut claims = Claims::new(&have.actions);
    for a in &file.actions {
        let rec = ActionItem {
            meeting_id: map(&meetings, a.meeting_id),
            goal_id: map(&goals, a.goal_id),
            ..a.clone()
        };
        let id = claims.place(rec, (&mut add.actions, &mut already.actions), |r| {
            s.insert_action(r)
        })?;
        actions.insert(a.id, id);
    }

    let mut questions = IdMap::new();
    let mut claims = Claims::new(&have.questions);
    for q in &file.questions {
        let rec = Question {
            meeting_id: map(&meetings, q.meeting_id),
            ..q.clone()
        };
        let id = claims.place(rec, (&mut add.questions, &mut already.questions), |r| {
            s.insert_question(r)
        })?;
        questions.insert(q.id, id);
    }

    let mut claims = Claims::new(&have.agenda_items);
    for a in &file.agenda_items {
        let topic = match &a.topic {
            Topic::Action(id) => Topic::Action(map_one(&actions, *id)),
            Topic::Goal(id) => Topic::Goal(map_one(&goals, *id)),
            Topic::Question(id) => Topic::Question(map_one(&questions, *id)),
            Topic::Agreement(id) => Topic::Agreement(map_one(&mentors, *id)),
            Topic::Reflection(id) => Topic::Reflection(map_one(&meetings, *id)),
            Topic::Answer(key) => Topic::Answer(key.clone()),
        };
        let rec = AgendaItem {
            meeting_id: map(&meetings, a.meeting_id),
            mentor_id: map(&mentors, a.mentor_id),
            topic,
            ..a.clone()
        };
        claims.place(
            rec,
            (&mut add.agenda_items, &mut already.agenda_items),
            |r| s.insert_agenda_item(r),
        )?;
    }

    merge_keyed(s, have, file, &mut sum, stamp)?;
    Ok(sum)
}

/// Answers by key and day, private marks, markers and settings by key.
fn merge_keyed(
    s: &Store,
    have: &Journey,
    file: &Journey,
    sum: &mut Summary,
    stamp: Stamp,
) -> rusqlite::Result<()> {
    for v in file.answers.values().flatten() {
        let existing = have
            .answers
            .get(&v.key)
            .and_then(|vs| vs.iter().find(|h| h.day == v.day));
        match existing {
            Some(h) if h.text == v.text => sum.already.answers += 1,
            Some(_) => sum.kept.answers += 1,
            None => {
                s.put_answer(v)?;
                sum.added.answers += 1;
            }
        }
    }
    for k in &file.private_answers {
        if have.private_answers.contains(k) {
            sum.already.private_answers += 1;
        } else {
            s.update(
                &FieldKey::AnswerPrivate(k.clone()),
                &Value::Bool(true),
                stamp,
            )?;
            sum.added.private_answers += 1;
        }
    }
    for (k, m) in &file.markers {
        match have.markers.get(k) {
            Some(h) if h == m => sum.already.markers += 1,
            Some(_) => sum.kept.markers += 1,
            None => {
                s.update(
                    &FieldKey::Marker(k.clone()),
                    &Value::Choice(Some(m.code())),
                    stamp,
                )?;
                sum.added.markers += 1;
            }
        }
    }
    for (k, v) in &file.settings {
        match have.settings.get(k) {
            Some(h) if h == v => sum.already.settings += 1,
            Some(_) => sum.kept.settings += 1,
            None => {
                s.update(
                    &FieldKey::Setting(k.clone()),
                    &Value::Text(v.clone()),
                    stamp,
                )?;
                sum.added.settings += 1;
            }
        }
    }
    Ok(())
}
