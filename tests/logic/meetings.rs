//! Journal rules with a controlled clock: meeting order, carry-forward of open action
//! items, and when the next meeting with each mentor is due (plans, cadence, start date).

use chrono::{DateTime, NaiveDate, Utc};
use mentee::domain::meetings::{
    NextDue, carried_forward, is_overdue, journal_order, next_meetings, open_actions, open_count,
};
use mentee::domain::{ActionItem, Cadence, Clock, Id, Journey, Meeting, Mentor};

fn at(y: i32, mo: u32, d: u32, h: u32) -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(y, mo, d)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
        .and_utc()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn meeting(id: Id, mentor: Option<Id>, starts_at: DateTime<Utc>) -> Meeting {
    Meeting {
        id,
        mentor_id: mentor,
        starts_at,
        created_at: starts_at,
        ..Meeting::default()
    }
}

fn action(id: Id, meeting: Option<Id>, done_on: Option<NaiveDate>) -> ActionItem {
    ActionItem {
        id,
        meeting_id: meeting,
        text: format!("item {id}"),
        done: done_on.is_some(),
        done_on,
        position: id,
        ..ActionItem::default()
    }
}

#[test]
fn upcoming_soonest_first_then_past_newest_first() {
    let now = at(2026, 11, 22, 12);
    let ms = [
        meeting(1, None, at(2026, 10, 1, 9)),
        meeting(2, None, at(2026, 12, 20, 9)),
        meeting(3, None, at(2026, 11, 1, 9)),
        meeting(4, None, at(2026, 11, 30, 9)),
    ];
    let (up, past) = journal_order(&ms, now);
    let ids = |v: Vec<&Meeting>| v.iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(ids(up), vec![4, 2]);
    assert_eq!(ids(past), vec![3, 1]);
}

#[test]
fn open_items_carry_forward_until_done() {
    let clock = Clock::at_day(2026, 11, 22);
    let j = Journey {
        meetings: vec![
            meeting(1, None, at(2026, 9, 1, 9)),
            meeting(2, None, at(2026, 10, 1, 9)),
            meeting(3, None, at(2026, 11, 1, 9)),
        ]
        .into(),
        actions: vec![
            action(10, Some(1), None),                   // open: carried into 2 and 3
            action(11, Some(1), Some(day(2026, 9, 15))), // done before meeting 2
            action(12, Some(1), Some(day(2026, 10, 1))), // ticked at meeting 2
            action(13, Some(2), None),                   // open: carried into 3 only
            action(14, None, None),                      // loose: carried everywhere
            action(15, Some(3), None),                   // the latest meeting's own
        ]
        .into(),
        ..Journey::default()
    };
    let ids = |m: Id| {
        let m = j.meeting(m).unwrap().clone();
        carried_forward(&j, &m, &clock)
            .iter()
            .map(|a| a.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(1), vec![14]);
    assert_eq!(ids(2), vec![14, 10, 12]);
    assert_eq!(ids(3), vec![14, 10, 13]);
    let open: Vec<Id> = open_actions(&j).iter().map(|a| a.id).collect();
    assert_eq!(open, vec![14, 10, 13, 15]);
    assert_eq!(open_count(&j, 1), 1);
    assert_eq!(open_count(&j, 3), 1);
}

#[test]
fn items_carry_forward_within_each_mentoring_relationship() {
    let clock = Clock::at_day(2026, 11, 22);
    let j = Journey {
        meetings: vec![
            meeting(1, Some(100), at(2026, 9, 1, 9)),  // Ana
            meeting(2, Some(200), at(2026, 9, 15, 9)), // Ben
            meeting(3, None, at(2026, 10, 1, 9)),      // no mentor set
            meeting(4, Some(100), at(2026, 11, 1, 9)), // Ana again
            meeting(5, Some(200), at(2026, 11, 5, 9)), // Ben again
        ]
        .into(),
        actions: vec![
            action(10, Some(1), None),
            action(20, Some(2), None),
            action(30, Some(3), None),
        ]
        .into(),
        ..Journey::default()
    };
    let ids = |m: Id| {
        let m = j.meeting(m).unwrap().clone();
        carried_forward(&j, &m, &clock)
            .iter()
            .map(|a| a.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(2),
        Vec::<Id>::new(),
        "Ana's item stays out of Ben's meeting"
    );
    assert_eq!(
        ids(3),
        vec![10, 20],
        "a meeting without a mentor sees everything"
    );
    assert_eq!(ids(4), vec![10, 30]);
    assert_eq!(ids(5), vec![20, 30]);
}

#[test]
fn open_actions_put_the_soonest_due_first() {
    let mut a = action(1, None, None);
    a.due_date = Some(day(2026, 12, 1));
    let mut b = action(2, None, None);
    b.due_date = Some(day(2026, 11, 1));
    let c = action(3, None, None);
    let j = Journey {
        actions: vec![c, a, b].into(),
        ..Journey::default()
    };
    let open: Vec<Id> = open_actions(&j).iter().map(|a| a.id).collect();
    assert_eq!(open, vec![2, 1, 3]);
    assert!(is_overdue(&j.actions[2], day(2026, 11, 22)));
    assert!(!is_overdue(&j.actions[1], day(2026, 11, 22)));
}

fn mentor(id: Id, name: &str, cadence: Option<Cadence>, start: Option<NaiveDate>) -> Mentor {
    let mut m = Mentor {
        id,
        name: name.into(),
        ..Mentor::default()
    };
    m.agreement.cadence = cadence;
    m.agreement.start_date = start;
    m
}

#[test]
fn next_meeting_without_agreement_or_meetings_is_nothing() {
    let clock = Clock::at_day(2026, 11, 22);
    let j = Journey::default();
    assert!(next_meetings(&j, &clock).is_empty());
    let mut j = Journey::default();
    j.mentors
        .push(mentor(1, "Ana", None, Some(day(2026, 1, 1))));
    j.meetings.push(meeting(5, Some(1), at(2026, 11, 1, 9)));
    assert!(next_meetings(&j, &clock).is_empty(), "no cadence");
    let mut j = Journey::default();
    j.mentors
        .push(mentor(1, "Ana", Some(Cadence::Monthly), None));
    assert!(
        next_meetings(&j, &clock).is_empty(),
        "nothing to count from"
    );
}

#[test]
fn next_meeting_counts_from_the_start_date_before_the_first_meeting() {
    let clock = Clock::at_day(2026, 11, 22);
    let mut j = Journey::default();
    j.mentors.push(mentor(
        1,
        "Ana",
        Some(Cadence::Fortnightly),
        Some(day(2026, 11, 20)),
    ));
    let next = next_meetings(&j, &clock);
    assert_eq!(
        next[0].due,
        NextDue::Cadence {
            day: day(2026, 12, 4),
            cadence: Cadence::Fortnightly,
            last_met: None
        }
    );
    assert_eq!(
        next[0].sentence("Ana", &clock),
        "Next meeting with Ana in 12 days"
    );
}

#[test]
fn next_meeting_per_mentor_from_cadence_plans_and_the_clock() {
    let mut clock = Clock::at_day(2026, 11, 22);
    let mut j = Journey::default();
    j.mentors.push(mentor(
        1,
        "Ana",
        Some(Cadence::Monthly),
        Some(day(2026, 1, 10)),
    ));
    j.mentors
        .push(mentor(2, "Ben", Some(Cadence::Weekly), None));
    j.mentors.push(mentor(3, "Cy", None, None));
    // Ana: met on 1 Nov, monthly → due 1 Dec.
    j.meetings.push(meeting(1, Some(1), at(2026, 10, 1, 9)));
    j.meetings.push(meeting(2, Some(1), at(2026, 11, 1, 9)));
    // Ben: met on 10 Nov, weekly → due 17 Nov: overdue by 5 days.
    j.meetings.push(meeting(3, Some(2), at(2026, 11, 10, 9)));
    // Cy: no cadence, but a planned meeting.
    j.meetings.push(meeting(4, Some(3), at(2026, 11, 25, 15)));

    let next = next_meetings(&j, &clock);
    assert_eq!(next.len(), 3);
    assert_eq!(next[0].day(&clock), day(2026, 12, 1));
    assert_eq!(
        next[0].sentence("Ana", &clock),
        "Next meeting with Ana in 9 days"
    );
    assert_eq!(next[1].day(&clock), day(2026, 11, 17));
    assert!(next[1].is_overdue(&clock));
    assert_eq!(
        next[1].sentence("Ben", &clock),
        "Meeting with Ben overdue by 5 days"
    );
    assert_eq!(
        next[2].due,
        NextDue::Planned {
            meeting_id: 4,
            starts_at: at(2026, 11, 25, 15)
        }
    );
    assert_eq!(
        next[2].sentence("Cy", &clock),
        "Next meeting with Cy in 3 days"
    );

    // Planning a meeting with Ben replaces the cadence date.
    j.meetings.push(meeting(5, Some(2), at(2026, 11, 23, 10)));
    let next = next_meetings(&j, &clock);
    assert_eq!(
        next[1].sentence("Ben", &clock),
        "Next meeting with Ben tomorrow at 10:00"
    );

    // Time passes: once Ben's meeting has started, the next is a week after it.
    clock.set(at(2026, 11, 23, 11));
    let next = next_meetings(&j, &clock);
    assert_eq!(next[1].day(&clock), day(2026, 11, 30));
    assert_eq!(
        next[1].sentence("Ben", &clock),
        "Next meeting with Ben in 7 days"
    );
    // And on the day itself it is due today, then overdue.
    clock.set(at(2026, 11, 30, 8));
    assert_eq!(
        next_meetings(&j, &clock)[1].sentence("Ben", &clock),
        "Next meeting with Ben is due today"
    );
    clock.set(at(2026, 12, 1, 8));
    assert_eq!(
        next_meetings(&j, &clock)[1].sentence("Ben", &clock),
        "Meeting with Ben overdue by 1 day"
    );
}

#[test]
fn private_meetings_are_left_out_of_the_shared_only_journey_and_unassigned_plans_are_listed() {
    let clock = Clock::at_day(2026, 11, 22);
    let mut j = Journey::default();
    let mut secret = meeting(1, None, at(2026, 11, 24, 9));
    secret.private = true;
    j.meetings.push(secret);
    j.meetings.push(meeting(2, None, at(2026, 11, 28, 9)));
    let next = next_meetings(&j, &clock);
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].sentence("", &clock), "Next meeting in 2 days");
    let shared = next_meetings(&j.shared_only(), &clock);
    assert_eq!(shared[0].sentence("", &clock), "Next meeting in 6 days");
}

#[test]
fn ticking_an_action_done_brings_the_day_it_was_done() {
    use mentee::domain::meetings::consequences;
    use mentee::domain::{ActionField, FieldKey, Value};
    let today = day(2026, 11, 22);
    let j = Journey {
        actions: vec![
            action(1, None, None),
            action(2, None, Some(day(2026, 11, 1))),
        ]
        .into(),
        ..Journey::default()
    };
    let done = |id| FieldKey::Action(id, ActionField::Done);
    let done_on = |id| FieldKey::Action(id, ActionField::DoneOn);
    assert_eq!(
        consequences(&j, &done(1), &Value::Bool(true), today),
        vec![(done_on(1), Value::Date(Some(today)))]
    );
    assert_eq!(
        consequences(&j, &done(2), &Value::Bool(false), today),
        vec![(done_on(2), Value::Date(None))]
    );
    let text = FieldKey::Action(1, ActionField::Text);
    assert!(consequences(&j, &text, &Value::Text("x".into()), today).is_empty());
}

#[test]
fn the_first_open_items_are_those_open_actions_lists_first() {
    use mentee::domain::meetings::first_open_actions;
    use mentee::generate::{Size, journey};
    let j = journey(&Size::small().times(4), 3);
    let all: Vec<Id> = open_actions(&j).into_iter().map(|a| a.id).collect();
    assert!(all.len() > 20, "enough open items to choose from");
    for n in [0, 1, 6, all.len(), all.len() + 5] {
        let (first, total) = first_open_actions(&j, n);
        let ids: Vec<Id> = first.iter().map(|a| a.id).collect();
        assert_eq!(ids, all[..n.min(all.len())], "first {n}");
        assert_eq!(total, all.len());
    }
}
