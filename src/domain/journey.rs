//! The whole journey in memory: what the app renders from and what the export writes.
//!
//! Loaded once from the store at start; every edit goes to the store and then to this copy,
//! so the screen never queries the database while drawing.

use crate::domain::passes::Records;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hash;

use serde::{Deserialize, Serialize};

use super::choice::{Marker, OriginKind};
use super::clock::Stamp;
use super::draft::Draft;
use super::field::{
    ActionField, FieldKey, GoalField, MeetingField, MilestoneField, QuestionField, Record,
    ReviewField, Value, action_get, action_set, agenda_item_get, agenda_item_set, choice, empty,
    flag, goal_get, goal_set, int, meeting_get, meeting_set, mentor_get, mentor_set, milestone_get,
    milestone_set, review_get, review_set, text,
};
use super::index::{Index, JourneyLists, Kind};
use super::records::{
    ActionItem, AgendaItem, AnswerVersion, Goal, Id, Meeting, Mentor, Milestone, Question, Review,
    Topic,
};
use super::{HashMap, HashMapExt, HashSet};

/// Every record of one mentee's journey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    pub mentors: Records<Mentor>,
    /// Versions per answer key, oldest first.
    pub answers: BTreeMap<String, Vec<AnswerVersion>>,
    pub private_answers: BTreeSet<String>,
    pub markers: BTreeMap<String, Marker>,
    pub goals: Records<Goal>,
    pub milestones: Records<Milestone>,
    pub reviews: Records<Review>,
    pub meetings: Records<Meeting>,
    pub actions: Records<ActionItem>,
    pub questions: Records<Question>,
    /// The agendas the mentee keeps, item by item (see [`AgendaItem`]). Added in export
    /// version 2.
    #[serde(default)]
    pub agenda_items: Records<AgendaItem>,
    pub settings: BTreeMap<String, String>,
    /// Indexes of the lists above (see [`Index`]): no part of the journey's value (equal,
    /// serialized and shown as nothing), kept current by the changes below and by
    /// [`Journey::reindex`].
    #[serde(skip)]
    pub index: Index,
}

impl Journey {
    /// True when nothing has been entered yet.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.mentors.is_empty()
            && self.answers.is_empty()
            && self.markers.is_empty()
            && self.goals.is_empty()
            && self.meetings.is_empty()
            && self.questions.is_empty()
    }

    /// Builds the parts of the index that do not describe the lists as they are (after a
    /// load, or changes made straight to the lists).
    pub fn reindex(&mut self) {
        let lists = JourneyLists {
            goals: &self.goals,
            milestones: &self.milestones,
            reviews: &self.reviews,
            meetings: &self.meetings,
            actions: &self.actions,
        };
        self.index.refresh(&lists);
    }

    /// The stamps of every list of records (see [`Records::stamp`]): equal stamps, the
    /// same records. What is kept between frames about the journey notes them, so that
    /// nothing built from one journey is taken for another's (the shared-only projection
    /// gives the lists it filters new stamps). The maps (answers, markers, settings) have
    /// none: their changes go through the one write path, which drops what was kept.
    #[must_use]
    pub fn stamps(&self) -> [u64; 8] {
        [
            self.mentors.stamp(),
            self.goals.stamp(),
            self.milestones.stamp(),
            self.reviews.stamp(),
            self.meetings.stamp(),
            self.actions.stamp(),
            self.questions.stamp(),
            self.agenda_items.stamp(),
        ]
    }

    /// The journey with its index built (see [`Journey::reindex`]).
    #[must_use]
    pub fn indexed(mut self) -> Self {
        self.reindex();
        self
    }

    #[must_use]
    pub fn mentor(&self, id: Id) -> Option<&Mentor> {
        by_id(&self.mentors, id, |m| m.id).map(|i| &self.mentors[i])
    }

    #[must_use]
    pub fn goal(&self, id: Id) -> Option<&Goal> {
        by_id(&self.goals, id, |g| g.id).map(|i| &self.goals[i])
    }

    /// Goals made from a worksheet stem or a conversation answer (by origin key), by id.
    pub fn goals_with_origin<'a, 'k>(
        &'a self,
        kind: OriginKind,
        key: &'k str,
    ) -> impl Iterator<Item = &'a Goal> + use<'a, 'k> {
        let indexed = self.indexed_goals_with_origin(kind, key);
        let scan = indexed
            .is_none()
            .then(|| self.goals.iter())
            .into_iter()
            .flatten();
        indexed.into_iter().flatten().chain(scan.filter(move |g| {
            g.origin
                .as_ref()
                .is_some_and(|o| o.kind == kind && o.key == key)
        }))
    }

    #[must_use]
    pub fn meeting(&self, id: Id) -> Option<&Meeting> {
        by_id(&self.meetings, id, |m| m.id).map(|i| &self.meetings[i])
    }

    #[must_use]
    pub fn milestone(&self, id: Id) -> Option<&Milestone> {
        find(&self.milestones, id, |m| m.id)
    }

    #[must_use]
    pub fn review(&self, id: Id) -> Option<&Review> {
        find(&self.reviews, id, |r| r.id)
    }

    #[must_use]
    pub fn action(&self, id: Id) -> Option<&ActionItem> {
        find(&self.actions, id, |a| a.id)
    }

    #[must_use]
    pub fn question(&self, id: Id) -> Option<&Question> {
        find(&self.questions, id, |q| q.id)
    }

    #[must_use]
    pub fn agenda_item(&self, id: Id) -> Option<&AgendaItem> {
        find(&self.agenda_items, id, |a| a.id)
    }

    /// The most recent meeting that has started by `now` (the "last meeting").
    #[must_use]
    pub fn last_meeting(&self, now: chrono::DateTime<chrono::Utc>) -> Option<&Meeting> {
        if let Some(order) = self.meetings_by_start() {
            return order
                .started_by(now)
                .checked_sub(1)
                .and_then(|i| order.get(i));
        }
        self.meetings
            .iter()
            .filter(|m| m.starts_at <= now)
            .max_by_key(|m| (m.starts_at, m.id))
    }

    /// The newest version of an answer.
    #[must_use]
    pub fn answer(&self, key: &str) -> Option<&AnswerVersion> {
        self.answers.get(key).and_then(|v| v.last())
    }

    /// The current text of an answer, empty when never answered.
    #[must_use]
    pub fn answer_text(&self, key: &str) -> &str {
        self.answer(key).map_or("", |a| a.text.as_str())
    }

    /// Records a new answer text: replaces the version of the same day, else adds one.
    pub fn put_answer(&mut self, key: &str, text: &str, stamp: Stamp) {
        let versions = self.answers.entry(key.to_string()).or_default();
        let version = AnswerVersion {
            key: key.to_string(),
            day: stamp.today,
            text: text.to_string(),
            saved_at: stamp.now,
        };
        match versions.iter_mut().find(|v| v.day == stamp.today) {
            Some(v) => *v = version,
            None => {
                versions.push(version);
                versions.sort_by_key(|v| v.day);
            }
        }
    }

    /// Adds a record the store has just given an id (see [`Draft`]). Records stay ordered
    /// by id, as a load orders them (ids only grow, so this is a push but for an id from
    /// an import).
    pub fn insert(&mut self, record: Draft) {
        fn put<T>(items: &mut Vec<T>, item: T, key: impl Fn(&T) -> Id) {
            let id = key(&item);
            match items.last() {
                Some(last) if key(last) > id => {
                    let at = items.partition_point(|x| key(x) < id);
                    items.insert(at, item);
                }
                _ => items.push(item),
            }
        }
        match record {
            Draft::Mentor(m) => put(&mut self.mentors, m, |m| m.id),
            Draft::Goal(g) => put(&mut self.goals, g, |g| g.id),
            Draft::Milestone(m) => put(&mut self.milestones, m, |m| m.id),
            Draft::Review(r) => put(&mut self.reviews, r, |r| r.id),
            Draft::Meeting(m) => put(&mut self.meetings, m, |m| m.id),
            Draft::Action(a) => put(&mut self.actions, a, |a| a.id),
            Draft::Question(q) => put(&mut self.questions, q, |q| q.id),
            Draft::AgendaItem(a) => put(&mut self.agenda_items, a, |a| a.id),
        }
        self.reindex();
    }

    /// Whether a record of this kind and id is in the journey.
    #[must_use]
    pub fn has(&self, record: Record, id: Id) -> bool {
        match record {
            Record::Mentor => self.mentor(id).is_some(),
            Record::Goal => self.goal(id).is_some(),
            Record::Milestone => self.milestone(id).is_some(),
            Record::Review => self.review(id).is_some(),
            Record::Meeting => self.meeting(id).is_some(),
            Record::Action => self.action(id).is_some(),
            Record::Question => self.question(id).is_some(),
            Record::AgendaItem => self.agenda_item(id).is_some(),
        }
    }

    /// New positions (priority order) for goals, milestones or action items; other kinds
    /// have none and are left alone.
    pub fn set_positions(&mut self, record: Record, positions: &[(Id, i64)]) {
        for (id, pos) in positions {
            match record {
                Record::Goal => {
                    if let Some(g) = find_mut(&mut self.goals, *id, |g| g.id) {
                        g.position = *pos;
                    }
                }
                Record::Milestone => {
                    if let Some(m) = find_mut(&mut self.milestones, *id, |m| m.id) {
                        m.position = *pos;
                    }
                }
                Record::Action => {
                    if let Some(a) = find_mut(&mut self.actions, *id, |a| a.id) {
                        a.position = *pos;
                    }
                }
                Record::AgendaItem => {
                    if let Some(a) = find_mut(&mut self.agenda_items, *id, |a| a.id) {
                        a.position = *pos;
                    }
                }
                _ => {}
            }
        }
        self.reindex();
    }

    /// Removes a record and applies the schema's rules to what depended on it: a mentor's
    /// goals and meetings stay (unassigned); a goal takes its milestones and reviews with it;
    /// a meeting takes its action items, and reviews and questions tied to it stay. Agenda
    /// items go with the record they are about, and with their meeting or pending mentor.
    pub fn remove(&mut self, record: Record, id: Id) {
        self.remove_all(record, &HashSet::from_iter([id]));
    }

    /// [`Journey::remove`] of many records of one kind, in one pass over what depends on
    /// them (removing them one by one would pass over everything once per record).
    pub fn remove_all(&mut self, record: Record, ids: &HashSet<Id>) {
        self.remove_unindexed(record, ids);
        self.reindex();
    }

    /// [`Journey::remove_all`] leaving the index to be built after (for several removals
    /// in a row).
    pub(super) fn remove_unindexed(&mut self, record: Record, ids: &HashSet<Id>) {
        let gone = |id: Option<Id>| id.is_some_and(|id| ids.contains(&id));
        match record {
            Record::Mentor => {
                self.mentors.retain(|m| !ids.contains(&m.id));
                for g in self.goals.iter_mut().filter(|g| gone(g.mentor_id)) {
                    g.mentor_id = None;
                }
                for m in self.meetings.iter_mut().filter(|m| gone(m.mentor_id)) {
                    m.mentor_id = None;
                }
            }
            Record::Goal => {
                self.goals.retain(|g| !ids.contains(&g.id));
                self.milestones.retain(|m| !ids.contains(&m.goal_id));
                self.reviews.retain(|r| !ids.contains(&r.goal_id));
                for a in self.actions.iter_mut().filter(|a| gone(a.goal_id)) {
                    a.goal_id = None;
                }
            }
            Record::Milestone => self.milestones.retain(|m| !ids.contains(&m.id)),
            Record::Review => self.reviews.retain(|r| !ids.contains(&r.id)),
            Record::Meeting => {
                self.meetings.retain(|m| !ids.contains(&m.id));
                let actions: HashSet<Id> = self
                    .actions
                    .iter()
                    .filter(|a| gone(a.meeting_id))
                    .map(|a| a.id)
                    .collect();
                self.actions.retain(|a| !gone(a.meeting_id));
                self.agenda_items.retain(|a| match a.topic {
                    Topic::Action(id) => !actions.contains(&id),
                    _ => true,
                });
                for r in self.reviews.iter_mut().filter(|r| gone(r.meeting_id)) {
                    r.meeting_id = None;
                }
                for q in self.questions.iter_mut().filter(|q| gone(q.meeting_id)) {
                    q.meeting_id = None;
                }
            }
            Record::Action => self.actions.retain(|a| !ids.contains(&a.id)),
            Record::Question => self.questions.retain(|q| !ids.contains(&q.id)),
            Record::AgendaItem => self.agenda_items.retain(|a| !ids.contains(&a.id)),
        }
        // Agenda items about what went, or on an agenda that went (the schema's cascades).
        self.agenda_items.retain(|a| {
            let on_gone = match record {
                Record::Meeting => gone(a.meeting_id),
                Record::Mentor => gone(a.mentor_id),
                _ => false,
            };
            let about_gone = match (&a.topic, record) {
                (Topic::Action(id), Record::Action)
                | (Topic::Goal(id), Record::Goal)
                | (Topic::Question(id), Record::Question)
                | (Topic::Agreement(id), Record::Mentor)
                | (Topic::Reflection(id), Record::Meeting) => ids.contains(id),
                _ => false,
            };
            !on_gone && !about_gone
        });
    }

    /// Reads one field. Unknown records read as empty values.
    #[must_use]
    pub fn get(&self, key: &FieldKey) -> Value {
        match key {
            FieldKey::Mentor(id, f) => self.mentor(*id).map_or(empty(), |m| mentor_get(m, *f)),
            FieldKey::Goal(id, f) => self.goal(*id).map_or(empty(), |g| goal_get(g, *f)),
            FieldKey::Milestone(id, f) => {
                find(&self.milestones, *id, |m| m.id).map_or(empty(), |m| milestone_get(m, *f))
            }
            FieldKey::Review(id, f) => {
                find(&self.reviews, *id, |r| r.id).map_or(empty(), |r| review_get(r, *f))
            }
            FieldKey::Meeting(id, f) => self.meeting(*id).map_or(empty(), |m| meeting_get(m, *f)),
            FieldKey::Action(id, f) => {
                find(&self.actions, *id, |a| a.id).map_or(empty(), |a| action_get(a, *f))
            }
            FieldKey::Question(id, f) => {
                find(&self.questions, *id, |q| q.id).map_or(empty(), |q| match f {
                    QuestionField::Text => Value::Text(q.text.clone()),
                    QuestionField::Private => Value::Bool(q.private),
                    QuestionField::Meeting => Value::Int(q.meeting_id),
                })
            }
            FieldKey::AgendaItem(id, f) => self
                .agenda_item(*id)
                .map_or(empty(), |a| agenda_item_get(a, *f)),
            FieldKey::Answer(k) => Value::Text(self.answer_text(k).to_string()),
            FieldKey::AnswerPrivate(k) => Value::Bool(self.private_answers.contains(k)),
            FieldKey::Marker(k) => Value::Choice(self.markers.get(k).map(|m| m.code())),
            FieldKey::Setting(k) => Value::Text(self.settings.get(k).cloned().unwrap_or_default()),
        }
    }

    /// Writes one field in memory (the store has already persisted it). The index follows:
    /// a field no part of it orders or groups by leaves it as it is.
    pub fn apply(&mut self, key: &FieldKey, value: Value, stamp: Stamp) {
        let kept = index_keeps(key);
        let was = kept.map(|(kind, _)| self.stamp_of(kind));
        self.apply_field(key, value, stamp);
        if let (Some((kind, open_too)), Some(was)) = (kept, was) {
            let now = self.stamp_of(kind);
            self.index.still_holds(kind, now, was);
            if open_too {
                self.index.open_actions_still_hold(now, was);
            }
            if open_order_keeps(key) {
                self.index.open_order_still_holds(kind, now, was);
            }
        }
        self.reindex();
    }

    /// The stamp of a list the index is built from.
    fn stamp_of(&self, kind: Kind) -> u64 {
        match kind {
            Kind::Goals => self.goals.stamp(),
            Kind::Milestones => self.milestones.stamp(),
            Kind::Reviews => self.reviews.stamp(),
            Kind::Meetings => self.meetings.stamp(),
            Kind::Actions => self.actions.stamp(),
        }
    }

    fn apply_field(&mut self, key: &FieldKey, value: Value, stamp: Stamp) {
        match key {
            FieldKey::Mentor(id, f) => {
                if let Some(m) = find_mut(&mut self.mentors, *id, |m| m.id) {
                    mentor_set(m, *f, value);
                }
            }
            FieldKey::Goal(id, f) => {
                if let Some(g) = find_mut(&mut self.goals, *id, |g| g.id) {
                    goal_set(g, *f, value);
                }
            }
            FieldKey::Milestone(id, f) => {
                if let Some(m) = find_mut(&mut self.milestones, *id, |m| m.id) {
                    milestone_set(m, *f, value);
                }
            }
            FieldKey::Review(id, f) => {
                if let Some(r) = find_mut(&mut self.reviews, *id, |r| r.id) {
                    review_set(r, *f, value);
                }
            }
            FieldKey::Meeting(id, f) => {
                if let Some(m) = find_mut(&mut self.meetings, *id, |m| m.id) {
                    meeting_set(m, *f, value);
                }
            }
            FieldKey::Action(id, f) => {
                if let Some(a) = find_mut(&mut self.actions, *id, |a| a.id) {
                    action_set(a, *f, value);
                }
            }
            FieldKey::Question(id, f) => {
                if let Some(q) = find_mut(&mut self.questions, *id, |q| q.id) {
                    match f {
                        QuestionField::Text => q.text = text(value),
                        QuestionField::Private => q.private = flag(&value),
                        QuestionField::Meeting => q.meeting_id = int(&value),
                    }
                }
            }
            FieldKey::AgendaItem(id, f) => {
                if let Some(a) = find_mut(&mut self.agenda_items, *id, |a| a.id) {
                    agenda_item_set(a, *f, &value);
                }
            }
            FieldKey::Answer(k) => self.put_answer(k, value.as_text(), stamp),
            FieldKey::AnswerPrivate(k) => {
                if flag(&value) {
                    self.private_answers.insert(k.clone());
                } else {
                    self.private_answers.remove(k);
                }
            }
            FieldKey::Marker(k) => match choice(&value, Marker::from_code) {
                Some(m) => {
                    self.markers.insert(k.clone(), m);
                }
                None => {
                    self.markers.remove(k);
                }
            },
            FieldKey::Setting(k) => {
                self.settings.insert(k.clone(), text(value));
            }
        }
    }
}

/// Which list a change of `key` changes while leaving every part of the index built from it
/// true (a field nothing is ordered or grouped by), and whether the open action items hold
/// too; `None` for a field the index orders by, or one of a list it does not cover.
fn index_keeps(key: &FieldKey) -> Option<(Kind, bool)> {
    match key {
        FieldKey::Goal(_, f) => {
            let orders = matches!(
                f,
                GoalField::Position | GoalField::Status | GoalField::TargetDate
            );
            (!orders).then_some((Kind::Goals, false))
        }
        FieldKey::Milestone(_, f) => {
            (*f != MilestoneField::Position).then_some((Kind::Milestones, false))
        }
        FieldKey::Review(_, f) => {
            let orders = matches!(f, ReviewField::Day | ReviewField::Meeting);
            (!orders).then_some((Kind::Reviews, false))
        }
        FieldKey::Meeting(_, f) => {
            let orders = matches!(f, MeetingField::StartsAt | MeetingField::Mentor);
            (!orders).then_some((Kind::Meetings, false))
        }
        FieldKey::Action(_, f) => {
            let ticked = matches!(f, ActionField::Done | ActionField::DoneOn);
            (*f != ActionField::Position).then_some((Kind::Actions, !ticked))
        }
        _ => None,
    }
}

/// Whether the order of the open action items holds after a change of `key` (see
/// [`index_keeps`], which must keep the list's parts too).
fn open_order_keeps(key: &FieldKey) -> bool {
    match key {
        FieldKey::Action(_, f) => !matches!(
            f,
            ActionField::Done | ActionField::DoneOn | ActionField::DueDate | ActionField::Position
        ),
        FieldKey::Meeting(_, f) => *f != MeetingField::StartsAt,
        _ => false,
    }
}

/// Records by the id of what they belong to (`owner`; records that belong to nothing are
/// left out), each group in the order `key` gives. One pass, for screens and exports that
/// show the records of many goals or meetings, instead of a scan per goal or meeting; with
/// the keys of [`milestones_of`](super::goals::milestones_of),
/// [`reviews_of`](super::goals::reviews_of) and
/// [`actions_of`](super::meetings::actions_of), the same groups in the same order.
pub fn grouped<'a, T: 'a, O: Eq + Hash, K: Ord>(
    items: impl IntoIterator<Item = &'a T>,
    owner: impl Fn(&'a T) -> Option<O>,
    key: impl Fn(&T) -> K,
) -> HashMap<O, Vec<&'a T>> {
    let mut out: HashMap<O, Vec<&T>> = HashMap::new();
    for item in items {
        if let Some(id) = owner(item) {
            out.entry(id).or_default().push(item);
        }
    }
    for v in out.values_mut() {
        v.sort_by_key(|t| key(t));
    }
    out
}

/// Where the record with this id is. Records are kept ordered by id (as the store loads
/// them), so this is a binary search; should that order ever be broken, a linear search
/// still finds the record, so a lookup is never wrong, only slower.
fn by_id<T>(items: &[T], id: Id, key: impl Fn(&T) -> Id) -> Option<usize> {
    match items.binary_search_by_key(&id, &key) {
        Ok(i) => Some(i),
        Err(_) => items.iter().position(|x| key(x) == id),
    }
}

/// A record by id. Counted as a record visited (in test builds, `frame_cost`): a screen
/// that looks up every entry of a long list per frame grows with the journey as a pass does.
fn find<T>(items: &[T], id: Id, key: impl Fn(&T) -> Id) -> Option<&T> {
    super::passes::note_visits(1);
    by_id(items, id, key).map(|i| &items[i])
}

fn find_mut<T>(items: &mut [T], id: Id, key: impl Fn(&T) -> Id) -> Option<&mut T> {
    by_id(items, id, key).map(move |i| &mut items[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::Clock;
    use crate::domain::field::MentorField;
    use crate::domain::{Channel, Structure};

    #[test]
    fn answers_replace_same_day_and_keep_earlier_days() {
        let mut j = Journey::default();
        let mut clock = Clock::at_day(2026, 1, 10);
        j.put_answer("k", "first", clock.stamp());
        j.put_answer("k", "first, edited", clock.stamp());
        assert_eq!(j.answers["k"].len(), 1);
        clock.set(clock.now() + chrono::Duration::days(1));
        j.put_answer("k", "second day", clock.stamp());
        assert_eq!(j.answers["k"].len(), 2);
        assert_eq!(j.answer_text("k"), "second day");
        assert_eq!(j.answers["k"][0].text, "first, edited");
    }

    #[test]
    fn mentor_fields_round_trip_through_get_and_apply() {
        let mut j = Journey::default();
        j.mentors.push(Mentor {
            id: 7,
            ..Mentor::default()
        });
        let stamp = Clock::at_day(2026, 1, 1).stamp();
        let key = FieldKey::Mentor(7, MentorField::Channels);
        j.apply(&key, Value::Channels(vec![Channel::Video]), stamp);
        assert_eq!(j.get(&key), Value::Channels(vec![Channel::Video]));
        let key = FieldKey::Mentor(7, MentorField::Structure);
        j.apply(&key, Value::Choice(Some("hybrid")), stamp);
        assert_eq!(j.mentors[0].agreement.structure, Some(Structure::Hybrid));
    }

    #[test]
    fn lookups_by_id_find_records_in_order_and_out_of_order() {
        let mentor = |id| Mentor {
            id,
            ..Mentor::default()
        };
        let mut j = Journey {
            mentors: (1..=50).map(mentor).collect(),
            ..Journey::default()
        };
        assert_eq!(j.mentor(37).map(|m| m.id), Some(37));
        assert!(j.mentor(51).is_none());
        // Out of order (never done by the app, but a lookup must still not miss).
        j.mentors.swap(3, 40);
        for id in 1..=50 {
            assert_eq!(j.mentor(id).map(|m| m.id), Some(id));
        }
        let key = FieldKey::Mentor(4, MentorField::Name);
        j.apply(
            &key,
            Value::Text("Ana".into()),
            Clock::at_day(2026, 1, 1).stamp(),
        );
        assert_eq!(j.get(&key), Value::Text("Ana".into()));
    }
}
