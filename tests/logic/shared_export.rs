//! The `--shared-only` JSON export of a journey with private records equals the JSON of the
//! same journey with those records deleted through the app's own delete rules, ids and
//! positions renumbered: nothing is left of what was private, not even a gap.

use crate::common::app_with_store;
use crate::common::journeys::with_private;
use mentee::domain::agenda;
use mentee::domain::{
    AgendaItem, FieldKey, Id, Journey, MeetingField, OriginKind, Record, Topic, Value,
};
use mentee::export::json::Document;
use mentee::generate;
use mentee::store::Store;
use proptest::prelude::*;
use std::collections::HashSet;

/// The journey with each mentor's next agenda kept, as `P` keeps it: built from the whole
/// journey (private items included), with gaps in the positions and every third item
/// dropped, so that the shared export has agenda items to leave out and renumber.
fn with_agendas(mut j: Journey) -> Journey {
    let clock = generate::clock();
    let mut items = Vec::new();
    for mentor in agenda::mentor_choices(&j) {
        let a = agenda::build_for(&j, &clock, mentor);
        let (meeting_id, mentor_id) = a.of().columns();
        for (n, e) in (0_i64..).zip(&a.entries) {
            items.push(AgendaItem {
                id: Id::try_from(items.len()).unwrap() + 1,
                meeting_id,
                mentor_id,
                topic: e.topic.clone(),
                position: 3 * n + 1,
                dropped: n % 3 == 2,
                created_at: clock.now(),
                ..AgendaItem::default()
            });
        }
    }
    j.agenda_items = items.into();
    j
}

/// The journey with everything private deleted as the app deletes it (each record through
/// `Ctx::delete`, so with the schema's cascades; each private section emptied through
/// `Ctx::commit`), then read back from the store.
fn deleted(j: &Journey) -> Journey {
    let store = Store::open_in_memory().unwrap();
    generate::write(&store, j).unwrap();
    let mut app = app_with_store(store);
    let ctx = &mut app.ctx;
    let private_meetings: HashSet<Id> = j
        .meetings
        .iter()
        .filter(|m| m.private)
        .map(|m| m.id)
        .collect();
    // Agenda items about a private answer or a private reflection: what they are about is
    // not a record the app deletes, so the items go by themselves.
    for a in &j.agenda_items {
        let private = match &a.topic {
            Topic::Answer(key) => j.private_answers.contains(key),
            Topic::Reflection(id) => j.meeting(*id).is_some_and(|m| m.reflection_private),
            _ => false,
        };
        if private {
            assert!(ctx.delete(Record::AgendaItem, a.id));
        }
    }
    // A question raised at a private meeting belongs to what that meeting holds.
    for q in j
        .questions
        .iter()
        .filter(|q| q.private || q.meeting_id.is_some_and(|m| private_meetings.contains(&m)))
    {
        assert!(ctx.delete(Record::Question, q.id));
    }
    for id in &private_meetings {
        assert!(ctx.delete(Record::Meeting, *id));
    }
    for g in j.goals.iter().filter(|g| g.private) {
        assert!(ctx.delete(Record::Goal, g.id));
    }
    for r in j.reviews.iter().filter(|r| r.private) {
        if ctx.whole_journey().review(r.id).is_some() {
            assert!(ctx.delete(Record::Review, r.id));
        }
    }
    for m in j.meetings.iter().filter(|m| !m.private) {
        for (private, text, flag) in [
            (
                m.agenda_private,
                MeetingField::Agenda,
                MeetingField::AgendaPrivate,
            ),
            (
                m.notes_private,
                MeetingField::Notes,
                MeetingField::NotesPrivate,
            ),
            (
                m.reflection_private,
                MeetingField::Reflection,
                MeetingField::ReflectionPrivate,
            ),
        ] {
            if private {
                assert!(ctx.commit(&FieldKey::Meeting(m.id, text), Value::Text(String::new())));
                assert!(ctx.commit(&FieldKey::Meeting(m.id, flag), Value::Bool(false)));
            }
        }
    }
    let mut out = ctx.store().load().unwrap();
    // Answers are versions under a key, not records the app deletes: a deleted answer is
    // one never given, and a goal made from a conversation answer no longer names it.
    let private = std::mem::take(&mut out.private_answers);
    out.answers.retain(|k, _| !private.contains(k));
    for g in out.goals.iter_mut() {
        let gone = g
            .origin
            .as_ref()
            .is_some_and(|o| o.kind == OriginKind::Conversation && private.contains(&o.key));
        if gone {
            g.origin = None;
        }
    }
    out
}

fn json(j: &Journey, shared_only: bool) -> String {
    let at = generate::clock().now();
    Document::new(j, at, shared_only).to_json().unwrap()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(48)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_shared_export_is_the_journey_with_its_private_records_deleted(
        seed in 0u64..1_000,
        flags in prop::collection::vec(prop::bool::weighted(0.25), 1..64),
    ) {
        let j = with_agendas(with_private(seed, &flags));
        prop_assert!(!j.agenda_items.is_empty());
        let shared = json(&j, true);
        let mut reference = Document::new(&deleted(&j).renumbered(), generate::clock().now(), false);
        reference.shared_only = true;
        prop_assert_eq!(&shared, &reference.to_json().unwrap());
        // Dense: ids 1..n and positions 0..n of each kind (goals across the journey).
        let doc = mentee::export::json::read(&shared).unwrap();
        let ids: Vec<Id> = doc.journey.goals.iter().map(|g| g.id).collect();
        prop_assert_eq!(&ids, &(1..=ids.len() as Id).collect::<Vec<_>>());
        let mut positions: Vec<i64> = doc.journey.goals.iter().map(|g| g.position).collect();
        positions.sort_unstable();
        prop_assert_eq!(&positions, &(0..positions.len() as i64).collect::<Vec<_>>());
        // So are agenda items: ids 1..n, positions 0..n within each agenda, and every item
        // names a record of the export.
        let s = &doc.journey;
        let ids: Vec<Id> = s.agenda_items.iter().map(|a| a.id).collect();
        prop_assert_eq!(&ids, &(1..=ids.len() as Id).collect::<Vec<_>>());
        let mut agendas: std::collections::HashMap<_, Vec<i64>> = Default::default();
        for a in s.agenda_items.iter() {
            agendas.entry((a.meeting_id, a.mentor_id)).or_default().push(a.position);
            let there = match &a.topic {
                Topic::Action(id) => s.action(*id).is_some(),
                Topic::Goal(id) => s.goal(*id).is_some(),
                Topic::Agreement(id) => s.mentor(*id).is_some(),
                Topic::Question(id) => s.question(*id).is_some(),
                Topic::Reflection(id) => s.meeting(*id).is_some(),
                Topic::Answer(key) => s.answers.contains_key(key),
            };
            prop_assert!(there, "{:?} names nothing", a.topic);
            prop_assert!(a.meeting_id.is_none_or(|id| s.meeting(id).is_some()));
        }
        for mut positions in agendas.into_values() {
            positions.sort_unstable();
            prop_assert_eq!(&positions, &(0..positions.len() as i64).collect::<Vec<_>>());
        }
        // The full export is not renumbered.
        prop_assert_eq!(&mentee::export::json::read(&json(&j, false)).unwrap().journey, &j);
    }
}
