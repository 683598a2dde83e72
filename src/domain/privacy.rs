//! What may be seen on a shared screen or leave the mentee's hands in a shared-only export:
//! the journey without anything marked private, and without any trace of it.
//!
//! The shared screen draws from this projection (`Ctx::journey` while shared) and the
//! `--shared-only` exports write it, so what a mentor may see is decided once, here.

use std::hash::Hash;

use super::choice::OriginKind;
use super::clock::Stamp;
use super::draft::Draft;
use super::field::{
    ActionField, AgendaItemField, FieldKey, GoalField, MeetingField, QuestionField, Record,
    ReviewField, Value,
};
use super::journey::Journey;
use super::records::{Goal, Id, Topic};
use super::{HashMap, HashMapExt, HashSet};

impl Journey {
    /// The journey as a mentor may see it: as if every private record had been deleted, with
    /// the same cascades (a private goal takes its milestones and reviews with it; a private
    /// meeting its action items, and reviews tied to it stay but no longer point at it),
    /// and without anything that would hint at what was left out:
    /// - private goals, reviews, questions, answers and meetings are gone, and so are the
    ///   questions raised at a private meeting (they are not waiting for the next one);
    /// - agenda items go with what they are about (and an item about a private answer or a
    ///   private reflection goes too);
    /// - a private section of a meeting (agenda, notes, reflection) is empty and no longer
    ///   marked private, so an empty section looks like one never written;
    /// - a goal made from a private conversation answer has no origin (the origin would
    ///   name it). A goal that carries a copy of a private text is private itself, unless
    ///   the mentee chose to keep it public (see [`consequences`]).
    #[must_use]
    pub fn shared_only(&self) -> Journey {
        let mut j = self.clone();
        let private_goals: HashSet<_> =
            j.goals.iter().filter(|g| g.private).map(|g| g.id).collect();
        j.remove_unindexed(Record::Goal, &private_goals);
        let private_meetings: HashSet<_> = j
            .meetings
            .iter()
            .filter(|m| m.private)
            .map(|m| m.id)
            .collect();
        let hidden_questions: HashSet<_> = j
            .questions
            .iter()
            .filter(|q| {
                q.private
                    || q.meeting_id
                        .is_some_and(|id| private_meetings.contains(&id))
            })
            .map(|q| q.id)
            .collect();
        j.remove_unindexed(Record::Question, &hidden_questions);
        j.remove_unindexed(Record::Meeting, &private_meetings);
        j.reviews.retain(|r| !r.private);
        for m in &mut j.meetings {
            for (text, private) in [
                (&mut m.agenda, &mut m.agenda_private),
                (&mut m.notes, &mut m.notes_private),
                (&mut m.reflection, &mut m.reflection_private),
            ] {
                if *private {
                    text.clear();
                    *private = false;
                }
            }
        }
        // Agenda items about a private answer, or about a reflection kept private.
        let private_reflections: HashSet<_> = self
            .meetings
            .iter()
            .filter(|m| m.reflection_private)
            .map(|m| m.id)
            .collect();
        j.agenda_items.retain(|a| match &a.topic {
            Topic::Answer(key) => !j.private_answers.contains(key),
            Topic::Reflection(id) => !private_reflections.contains(id),
            _ => true,
        });
        let private = std::mem::take(&mut j.private_answers);
        for g in &mut j.goals {
            // A worksheet origin names a stem, which is public (its marker shows), not
            // one of its entries: it stays, as it would for a goal made on the shared screen.
            let hidden_source = g
                .origin
                .as_ref()
                .is_some_and(|o| o.kind == OriginKind::Conversation && private.contains(&o.key));
            if hidden_source {
                g.origin = None;
            }
        }
        j.answers.retain(|key, _| !private.contains(key));
        j.indexed()
    }
}

/// A change the one write path made to the journey while a shared-only projection was
/// kept (shown on the shared screen, or made ready for it), made to that projection too
/// (see [`Journey::replay_shared`]).
#[derive(Clone, Debug)]
pub enum Change {
    Insert(Box<Draft>),
    Apply(FieldKey, Value, Stamp),
    Remove(Record, Id),
    Positions(Record, Vec<(Id, i64)>),
}

impl Journey {
    /// Makes on this shared-only projection the changes the write path just made to the
    /// journey (`whole`, as it is now), so that it stays `whole`'s
    /// [`Journey::shared_only`] without projecting
    /// every record again (a tick or a review on the shared screen of a long journey; any
    /// write to a projection kept ready for the shared screen, see `Ctx::prepare_sharing`).
    /// A change to what the projection shows as it is, or a record added tied only to
    /// records it shows, is the same change here (while shared the write path allows no
    /// other: `ctx::write::check`). A change that could hide or show something — to a
    /// record it does not show, a private flag, a link that may point at a hidden record,
    /// a record added private, with an origin or tied to a hidden record, an agenda item
    /// about an answer or a reflection, a goal, meeting or mentor deleted with what belongs
    /// to it — is not made: `false` then, and the caller projects the journey again (this
    /// one may be half changed). Debug builds check the result against a fresh projection.
    #[must_use]
    pub fn replay_shared(&mut self, whole: &Journey, changes: &[Change]) -> bool {
        for change in changes {
            match change {
                Change::Insert(draft) => {
                    // Tied only to what is shown (the shared screen's writes always are).
                    let tied_to_shown = draft.links().iter().all(|&(r, id)| self.has(r, id));
                    if !shows_as_inserted(draft) || !tied_to_shown {
                        return false;
                    }
                    self.insert(Draft::clone(draft));
                }
                Change::Apply(key, value, stamp) => {
                    let shown = key.record().is_none_or(|(r, id)| self.has(r, id));
                    // A text with a flag of its own (a meeting's section, an answer) is
                    // shown only while the journey has it not private.
                    let text_shown = key
                        .privacy_flag()
                        .is_none_or(|flag| whole.get(&flag) == Value::Bool(false));
                    let link = link_target(key, value);
                    if may_hide(key) {
                        return false;
                    }
                    if !shown && link.is_none() {
                        // A field of a record not shown, which neither shows it nor ties
                        // another record to something: nothing shown changes.
                        continue;
                    }
                    // A link stays shown when what it points at is.
                    let link_shown = link.is_none_or(|target| {
                        target.is_none_or(|(record, id)| self.has(record, id))
                    });
                    if !shown || !link_shown {
                        return false;
                    }
                    if !text_shown {
                        // A text kept private: shown empty, as it stays.
                        continue;
                    }
                    self.apply(key, value.clone(), *stamp);
                }
                Change::Remove(record, id) => {
                    // A goal, meeting or mentor takes what belongs to it, private or not
                    // (never deleted on the shared screen): projected again.
                    if !self.has(*record, *id) || record.owner_noun().is_some() {
                        return false;
                    }
                    self.remove(*record, *id);
                }
                Change::Positions(record, positions) => {
                    let shown: Vec<(Id, i64)> = positions
                        .iter()
                        .copied()
                        .filter(|(id, _)| self.has(*record, *id))
                        .collect();
                    self.set_positions(*record, &shown);
                }
            }
        }
        true
    }
}

/// Whether a new record (its links to records the shared screen shows, as the write path
/// requires) is in the projection as it is: not private, no section private, no origin
/// (which may name a private answer), not about an answer or a reflection (which may be
/// private).
fn shows_as_inserted(draft: &Draft) -> bool {
    match draft {
        Draft::Mentor(_) | Draft::Milestone(_) | Draft::Action(_) => true,
        Draft::Goal(g) => !g.private && g.origin.is_none(),
        Draft::Review(r) => !r.private,
        Draft::Meeting(m) => {
            !(m.private || m.agenda_private || m.notes_private || m.reflection_private)
        }
        Draft::Question(q) => !q.private,
        Draft::AgendaItem(a) => !matches!(a.topic, Topic::Answer(_) | Topic::Reflection(_)),
    }
}

/// Whether setting this field may hide or show a record or a text: a private flag.
fn may_hide(key: &FieldKey) -> bool {
    matches!(
        key,
        FieldKey::Goal(_, GoalField::Private)
            | FieldKey::Review(_, ReviewField::Private)
            | FieldKey::Meeting(
                _,
                MeetingField::Private
                    | MeetingField::AgendaPrivate
                    | MeetingField::NotesPrivate
                    | MeetingField::ReflectionPrivate
            )
            | FieldKey::Question(_, QuestionField::Private)
            | FieldKey::AnswerPrivate(_)
    )
}

/// For a field that links to a record that may be hidden: what it will point at (`None`
/// for nothing). `None` for other fields.
fn link_target(key: &FieldKey, value: &Value) -> Option<Option<(Record, Id)>> {
    let record = match key {
        FieldKey::Review(_, ReviewField::Meeting)
        | FieldKey::Question(_, QuestionField::Meeting)
        | FieldKey::AgendaItem(_, AgendaItemField::Meeting) => Record::Meeting,
        FieldKey::Action(_, ActionField::Goal) => Record::Goal,
        FieldKey::AgendaItem(_, AgendaItemField::Mentor) => Record::Mentor,
        _ => return None,
    };
    Some(match value {
        Value::Int(id) => id.map(|id| (record, id)),
        // Not a link's value: treated as pointing at nothing that is shown.
        _ => Some((record, Id::MIN)),
    })
}

impl Journey {
    /// What a shared-only export writes: the [`Journey::shared_only`] projection with its
    /// ids and positions renumbered densely ([`Journey::renumbered`]), so neither a gap in
    /// the ids nor one in the priority order hints at a record left out.
    #[must_use]
    pub fn for_sharing(&self) -> Journey {
        self.shared_only().renumbered()
    }

    /// The journey with the ids of each kind renumbered 1, 2, 3 … in their order, every
    /// reference following, and positions renumbered 0, 1, 2 … in the order they give
    /// (goals among all goals, milestones within their goal, action items within their
    /// meeting; ties as the app breaks them, by id). Nothing shown changes: only the numbers
    /// that a record left out would have made uneven.
    #[must_use]
    pub fn renumbered(&self) -> Journey {
        let mut j = self.clone();
        let mentors = dense(&j.mentors, |m| m.id);
        let goals = dense(&j.goals, |g| g.id);
        let milestones = dense(&j.milestones, |m| m.id);
        let reviews = dense(&j.reviews, |r| r.id);
        let meetings = dense(&j.meetings, |m| m.id);
        let actions = dense(&j.actions, |a| a.id);
        let questions = dense(&j.questions, |q| q.id);
        // An agenda item about a record not in the journey, or kept with a meeting or mentor
        // not in it, would name another record (or join another agenda) once renumbered: it
        // goes, like the references below.
        j.agenda_items.retain(|a| {
            let about = match &a.topic {
                Topic::Action(id) => actions.contains_key(id),
                Topic::Goal(id) => goals.contains_key(id),
                Topic::Agreement(id) => mentors.contains_key(id),
                Topic::Question(id) => questions.contains_key(id),
                Topic::Reflection(id) => meetings.contains_key(id),
                Topic::Answer(_) => true,
            };
            about
                && a.meeting_id.is_none_or(|id| meetings.contains_key(&id))
                && a.mentor_id.is_none_or(|id| mentors.contains_key(&id))
        });
        let agenda_items = dense(&j.agenda_items, |a| a.id);
        // A reference to a record not in the journey has no new number: it is dropped.
        let link = |map: &HashMap<Id, Id>, id: Option<Id>| id.and_then(|id| map.get(&id).copied());
        let new = |map: &HashMap<Id, Id>, id: Id| map.get(&id).copied().unwrap_or(id);
        for m in j.mentors.iter_mut() {
            m.id = new(&mentors, m.id);
        }
        for g in j.goals.iter_mut() {
            g.id = new(&goals, g.id);
            g.mentor_id = link(&mentors, g.mentor_id);
        }
        for m in j.milestones.iter_mut() {
            m.id = new(&milestones, m.id);
            m.goal_id = new(&goals, m.goal_id);
        }
        for r in j.reviews.iter_mut() {
            r.id = new(&reviews, r.id);
            r.goal_id = new(&goals, r.goal_id);
            r.meeting_id = link(&meetings, r.meeting_id);
        }
        for m in j.meetings.iter_mut() {
            m.id = new(&meetings, m.id);
            m.mentor_id = link(&mentors, m.mentor_id);
        }
        for a in j.actions.iter_mut() {
            a.id = new(&actions, a.id);
            a.meeting_id = link(&meetings, a.meeting_id);
            a.goal_id = link(&goals, a.goal_id);
        }
        for q in j.questions.iter_mut() {
            q.id = new(&questions, q.id);
            q.meeting_id = link(&meetings, q.meeting_id);
        }
        for a in j.agenda_items.iter_mut() {
            a.id = new(&agenda_items, a.id);
            a.meeting_id = link(&meetings, a.meeting_id);
            a.mentor_id = link(&mentors, a.mentor_id);
            a.topic = match &a.topic {
                Topic::Action(id) => Topic::Action(new(&actions, *id)),
                Topic::Goal(id) => Topic::Goal(new(&goals, *id)),
                Topic::Agreement(id) => Topic::Agreement(new(&mentors, *id)),
                Topic::Question(id) => Topic::Question(new(&questions, *id)),
                Topic::Reflection(id) => Topic::Reflection(new(&meetings, *id)),
                Topic::Answer(key) => Topic::Answer(key.clone()),
            };
        }
        positions(
            &mut j.goals,
            |_| (),
            |g| (g.position, g.id),
            |g, p| g.position = p,
        );
        positions(
            &mut j.milestones,
            |m| m.goal_id,
            |m| (m.position, m.id),
            |m, p| m.position = p,
        );
        positions(
            &mut j.actions,
            |a| a.meeting_id,
            |a| (a.position, a.id),
            |a, p| a.position = p,
        );
        positions(
            &mut j.agenda_items,
            |a| (a.meeting_id, a.mentor_id),
            |a| (a.position, a.id),
            |a, p| a.position = p,
        );
        j
    }

    /// The public goals that carry a copy of the answer `key`'s text (see
    /// [`Journey::goals_carrying`]).
    #[must_use]
    pub fn copies_of(&self, key: &str) -> Vec<Id> {
        self.goals_carrying(key)
            .into_iter()
            .filter(|g| !g.private)
            .map(|g| g.id)
            .collect()
    }

    /// The goals that carry a copy of the answer `key`'s text: made from it (their origin
    /// is its worksheet stem, or its question or prompt), with any version of its text in
    /// their title, why or evidence. A goal made from a worksheet gap copies the ideal, the
    /// reality and the gap note into its why (Rolfe 2017's worksheet: "how you might close
    /// the gaps"), so when one of those becomes private, so may the goal.
    #[must_use]
    pub fn goals_carrying(&self, key: &str) -> Vec<&Goal> {
        let Some(versions) = self.answers.get(key) else {
            return Vec::new();
        };
        let texts: Vec<String> = versions
            .iter()
            .map(|v| comparable(&v.text))
            .filter(|t| !t.is_empty())
            .collect();
        if texts.is_empty() {
            return Vec::new();
        }
        self.goals
            .iter()
            .filter(|g| made_from(g, key))
            .filter(|g| {
                let own = comparable(&format!("{} {} {}", g.title, g.why, g.evidence));
                texts.iter().any(|t| own.contains(t.as_str()))
            })
            .collect()
    }
}

/// New ids 1, 2, 3 … for the records' ids, in their order.
fn dense<T>(items: &[T], id: impl Fn(&T) -> Id) -> HashMap<Id, Id> {
    let mut ids: Vec<Id> = items.iter().map(id).collect();
    ids.sort_unstable();
    ids.into_iter().zip(1..).collect()
}

/// Sets positions 0, 1, 2 … within each group, in the order of `key`.
fn positions<T, G: Hash + Eq>(
    items: &mut [T],
    group: impl Fn(&T) -> G,
    key: impl Fn(&T) -> (i64, Id),
    set: impl Fn(&mut T, i64),
) {
    let mut order: Vec<(G, (i64, Id), usize)> = items
        .iter()
        .enumerate()
        .map(|(i, t)| (group(t), key(t), i))
        .collect();
    order.sort_by_key(|(_, k, _)| *k);
    let mut next: HashMap<G, i64> = HashMap::new();
    for (g, _, i) in order {
        let n = next.entry(g).or_insert(0);
        set(&mut items[i], *n);
        *n += 1;
    }
}

/// Whether a goal was made from the answer `key` (by its origin).
fn made_from(goal: &Goal, key: &str) -> bool {
    goal.origin.as_ref().is_some_and(|o| {
        let under = |k: &str| {
            key.strip_prefix(k)
                .is_some_and(|rest| rest.starts_with('.'))
        };
        match o.kind {
            OriginKind::Worksheet => under(&o.key),
            OriginKind::Conversation => o.key == key || under(&o.key),
        }
    })
}

/// A text as a copy of it may read: on one line, in lower case, without the final
/// punctuation a goal's sentence may have dropped.
fn comparable(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    line.trim_end_matches(['.', ';', ',']).to_lowercase()
}

/// Edits that must be stored together with `key = value` (see `Writer::update`): an
/// answer marked private makes the goals that carry a copy of its text private too, in the
/// same transaction, so there is no moment, not even after a crash, in which the copy shows
/// where the original does not. (The app then asks whether they should stay private; see
/// `Pending::MakePublic`.) Marking it public again changes no goal: a goal's privacy is
/// never loosened by another record.
#[must_use]
pub fn consequences(j: &Journey, key: &FieldKey, value: &Value) -> Vec<(FieldKey, Value)> {
    match (key, value) {
        (FieldKey::AnswerPrivate(k), Value::Bool(true)) if !j.private_answers.contains(k) => j
            .copies_of(k)
            .into_iter()
            .map(|id| (FieldKey::Goal(id, GoalField::Private), Value::Bool(true)))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Goal, Meeting, Origin, Question, Review};

    #[test]
    fn nothing_private_and_no_trace_of_it() {
        let clock = Clock::at_day(2026, 11, 22);
        let mut j = Journey::default();
        let meeting = |id, private| Meeting {
            id,
            private,
            notes: "notes".into(),
            notes_private: true,
            agenda: "agenda".into(),
            ..Meeting::default()
        };
        j.meetings = vec![meeting(1, false), meeting(2, true)].into();
        j.questions = vec![
            Question {
                id: 1,
                meeting_id: Some(2),
                ..Question::default()
            },
            Question {
                id: 2,
                meeting_id: Some(1),
                ..Question::default()
            },
        ]
        .into();
        j.reviews = vec![Review {
            id: 1,
            goal_id: 1,
            meeting_id: Some(2),
            ..Review::default()
        }]
        .into();
        let origin = |kind, key: &str| {
            Some(Origin {
                kind,
                key: key.into(),
            })
        };
        j.goals = vec![
            Goal {
                id: 1,
                origin: origin(OriginKind::Worksheet, "worksheet.and.4"),
                ..Goal::default()
            },
            Goal {
                id: 2,
                origin: origin(OriginKind::Conversation, "conversation.now"),
                ..Goal::default()
            },
            Goal {
                id: 3,
                origin: origin(OriginKind::Worksheet, "worksheet.and.5"),
                ..Goal::default()
            },
        ]
        .into();
        j.put_answer("worksheet.and.4.gap", "a private gap", clock.stamp());
        j.put_answer("conversation.now", "private now", clock.stamp());
        j.private_answers = ["worksheet.and.4.gap", "conversation.now"]
            .map(String::from)
            .into();
        let s = j.shared_only();
        assert_eq!(s.meetings.len(), 1);
        assert!(s.meetings[0].notes.is_empty() && !s.meetings[0].notes_private);
        assert_eq!(s.meetings[0].agenda, "agenda");
        assert_eq!(s.questions.iter().map(|q| q.id).collect::<Vec<_>>(), [2]);
        assert_eq!(s.reviews[0].meeting_id, None);
        assert!(s.goals[0].origin.is_some(), "a stem is not private");
        assert_eq!(s.goals[1].origin, None);
        assert!(s.goals[2].origin.is_some());
        assert!(s.answers.is_empty() && s.private_answers.is_empty());
        assert_eq!(
            s.shared_only(),
            s,
            "the projection of a projection is itself"
        );
    }

    /// Agenda items: ids 1, 2, 3 …, positions 0, 1, 2 … within each agenda (a meeting's, a
    /// mentor's pending one), topics and agendas following their records' new ids; an item
    /// about a record not in the journey goes rather than name another one.
    #[test]
    fn agenda_items_are_renumbered_per_agenda_and_follow_their_records() {
        use crate::domain::{AgendaItem, Mentor};
        let item = |id, topic, meeting_id, mentor_id, position| AgendaItem {
            id,
            topic,
            meeting_id,
            mentor_id,
            position,
            ..AgendaItem::default()
        };
        let j = Journey {
            mentors: vec![Mentor {
                id: 4,
                ..Mentor::default()
            }]
            .into(),
            goals: vec![
                Goal {
                    id: 3,
                    ..Goal::default()
                },
                Goal {
                    id: 8,
                    position: 1,
                    ..Goal::default()
                },
            ]
            .into(),
            meetings: vec![Meeting {
                id: 6,
                mentor_id: Some(4),
                ..Meeting::default()
            }]
            .into(),
            agenda_items: vec![
                item(10, Topic::Goal(8), Some(6), None, 7),
                item(12, Topic::Goal(3), Some(6), None, 2),
                // About a goal not in the journey: renumbered, it would be about goal 2.
                item(13, Topic::Goal(2), Some(6), None, 9),
                item(15, Topic::Goal(8), None, Some(4), 5),
                item(16, Topic::Agreement(4), None, Some(4), 5),
                // On the agenda of a meeting not in the journey.
                item(17, Topic::Goal(3), Some(99), None, 0),
            ]
            .into(),
            ..Journey::default()
        };
        let r = j.renumbered();
        let rows: Vec<_> = r
            .agenda_items
            .iter()
            .map(|a| (a.id, a.topic.clone(), a.meeting_id, a.mentor_id, a.position))
            .collect();
        assert_eq!(
            rows,
            [
                (1, Topic::Goal(2), Some(1), None, 1),
                (2, Topic::Goal(1), Some(1), None, 0),
                (3, Topic::Goal(2), None, Some(1), 0),
                (4, Topic::Agreement(1), None, Some(1), 1),
            ]
        );
    }
}
