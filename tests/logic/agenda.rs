//! Building the agenda for the next meeting with a fixed clock: each source of items comes
//! in exactly when it should (see `domain::agenda`).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use mentee::domain::agenda::{self, Agenda, GoalReasons};
use mentee::domain::{
    ActionItem, Agreement, AnswerVersion, Cadence, Clock, Goal, GoalStatus, Id, Journey, Meeting,
    Mentor, Owner, ProgressMode, Question, Review, Topic,
};
use mentee::export::agenda::{markdown, plain};

const ANA: Id = 1;
const BO: Id = 2;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn at(m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).unwrap()
}

/// Sunday 22 November 2026, noon.
fn clock() -> Clock {
    Clock::at_day(2026, 11, 22)
}

fn mentor(id: Id, name: &str, cadence: Cadence, review: NaiveDate) -> Mentor {
    Mentor {
        id,
        name: name.into(),
        agreement: Agreement {
            cadence: Some(cadence),
            start_date: Some(day(1, 10)),
            review_date: Some(review),
            ..Agreement::default()
        },
        ..Mentor::default()
    }
}

fn meeting(id: Id, mentor: Option<Id>, starts_at: DateTime<Utc>, private: bool) -> Meeting {
    Meeting {
        id,
        mentor_id: mentor,
        starts_at,
        private,
        created_at: starts_at,
        ..Meeting::default()
    }
}

fn action(
    id: Id,
    meeting: Option<Id>,
    text: &str,
    done: bool,
    due: Option<NaiveDate>,
) -> ActionItem {
    ActionItem {
        id,
        meeting_id: meeting,
        text: text.into(),
        due_date: due,
        done,
        done_on: done.then(|| day(11, 2)),
        position: id,
        ..ActionItem::default()
    }
}

fn goal(id: Id, title: &str, mentor: Option<Id>, target: Option<NaiveDate>) -> Goal {
    Goal {
        id,
        title: title.into(),
        mentor_id: mentor,
        target_date: target,
        status: GoalStatus::InProgress,
        progress: 30,
        progress_mode: ProgressMode::Manual,
        position: id,
        created_at: at(9, 1, 9),
        ..Goal::default()
    }
}

fn review(id: Id, goal_id: Id, on: NaiveDate) -> Review {
    Review {
        id,
        goal_id,
        day: on,
        progress: 30,
        created_at: on.and_hms_opt(20, 0, 0).unwrap().and_utc(),
        ..Review::default()
    }
}

fn version(key: &str, on: NaiveDate, text: &str) -> AnswerVersion {
    AnswerVersion {
        key: key.into(),
        day: on,
        text: text.into(),
        saved_at: on.and_hms_opt(20, 0, 0).unwrap().and_utc(),
    }
}

fn question(id: Id, text: &str, meeting: Option<Id>, private: bool) -> Question {
    Question {
        id,
        text: text.into(),
        private,
        meeting_id: meeting,
        created_at: at(11, 3, 9),
    }
}

/// Ana (monthly) last met on 1 November, next meeting planned for 1 December; Bo (weekly)
/// last met on 15 November, so due today. Every record is named after whether it belongs
/// on Ana's agenda.
fn journey() -> Journey {
    let mut j = Journey {
        mentors: vec![
            mentor(ANA, "Ana Lima", Cadence::Monthly, day(12, 1)),
            mentor(
                BO,
                "Bo",
                Cadence::Weekly,
                NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            ),
        ]
        .into(),
        ..Journey::default()
    };
    j.meetings = vec![
        meeting(1, Some(ANA), at(11, 1, 10), false),
        meeting(2, Some(BO), at(11, 15, 10), false),
        meeting(3, Some(ANA), at(12, 1, 10), false),
        meeting(4, Some(ANA), at(10, 1, 10), true),
        meeting(5, None, at(9, 1, 10), false),
    ]
    .into();
    j.actions = vec![
        action(
            1,
            Some(1),
            "in: open, Ana's meeting, overdue",
            false,
            Some(day(11, 20)),
        ),
        action(2, Some(2), "out: Bo's meeting", false, None),
        action(3, None, "in: no meeting", false, None),
        action(4, Some(1), "out: done", true, None),
        action(5, Some(4), "private: a private meeting's", false, None),
        action(6, Some(5), "in: a meeting without a mentor", false, None),
    ]
    .into();
    j.goals = vec![
        goal(1, "in: overdue", Some(ANA), Some(day(11, 10))),
        goal(
            2,
            "in: due before the next meeting plus two weeks",
            Some(ANA),
            Some(day(12, 15)),
        ),
        goal(3, "out: due later, reviewed", Some(ANA), Some(day(12, 16))),
        goal(
            4,
            "in: last reviewed before the last meeting",
            Some(ANA),
            None,
        ),
        goal(
            5,
            "out: reviewed on the day of the last meeting (at it)",
            Some(ANA),
            None,
        ),
        Goal {
            status: GoalStatus::Done,
            ..goal(6, "out: done although overdue", Some(ANA), Some(day(11, 1)))
        },
        goal(7, "out: Bo's goal, overdue", Some(BO), Some(day(11, 1))),
        goal(8, "in: no mentor, due soon", None, Some(day(11, 30))),
        Goal {
            private: true,
            ..goal(9, "private: overdue", Some(ANA), Some(day(11, 1)))
        },
        Goal {
            created_at: at(11, 10, 9),
            ..goal(
                10,
                "in: set after the last meeting, never reviewed",
                Some(ANA),
                None,
            )
        },
    ]
    .into();
    // Reviewed since the last meeting: every goal but 4, 5 and 10.
    j.reviews = [1, 2, 3, 6, 7, 8, 9]
        .iter()
        .map(|g| review(*g, *g, day(11, 20)))
        .collect();
    j.reviews.push(review(20, 4, day(10, 20)));
    j.reviews.push(review(21, 5, day(11, 1)));
    let now = "conversation.now";
    j.answers.insert(
        now.into(),
        vec![
            version(now, day(10, 1), "before"),
            version(now, day(11, 10), "after"),
        ],
    );
    let want = "conversation.want";
    j.answers
        .insert(want.into(), vec![version(want, day(10, 1), "unchanged")]);
    let personal = "conversation.now.personal";
    j.answers.insert(
        personal.into(),
        vec![
            version(personal, day(10, 1), "a"),
            version(personal, day(11, 10), "b"),
        ],
    );
    j.private_answers.insert(personal.into());
    let doing = "conversation.doing";
    j.answers.insert(
        doing.into(),
        vec![version(doing, day(11, 12), "first answer")],
    );
    let gap = "worksheet.and.4.gap";
    j.answers.insert(
        gap.into(),
        vec![
            version(gap, day(10, 1), "x"),
            version(gap, day(11, 10), "y"),
        ],
    );
    j.questions = vec![
        question(1, "in: waiting", None, false),
        question(2, "out: raised at the last meeting", Some(1), false),
        question(3, "in: raised for the planned meeting", Some(3), false),
        question(4, "private: waiting", None, true),
    ]
    .into();
    j
}

/// The agenda of the next meeting with `who`, as `P` builds it after `m`; without private
/// items, as the shared screen and `mentee agenda --shared-only` build it: from the
/// shared-only journey.
fn build(j: &Journey, who: Option<Id>, private: bool) -> Agenda {
    if private {
        agenda::build_for(j, &clock(), who)
    } else {
        agenda::build_for(&j.shared_only(), &clock(), who)
    }
}

/// Its topics, in order, with what makes goals come (as `goals` below reads them).
fn items(a: &Agenda, j: &Journey) -> Vec<Topic> {
    a.topics(j)
}

fn actions(items: &[Topic]) -> Vec<Id> {
    items
        .iter()
        .filter_map(|i| match i {
            Topic::Action(id) => Some(*id),
            _ => None,
        })
        .collect()
}

fn goals(a: &Agenda, j: &Journey) -> Vec<(Id, GoalReasons)> {
    items(a, j)
        .iter()
        .filter_map(|i| match i {
            Topic::Goal(id) => Some((*id, a.reasons(*id))),
            _ => None,
        })
        .collect()
}

fn answers(items: &[Topic]) -> Vec<&str> {
    items
        .iter()
        .filter_map(|i| match i {
            Topic::Answer(k) => Some(k.as_str()),
            _ => None,
        })
        .collect()
}

fn questions(items: &[Topic]) -> Vec<Id> {
    items
        .iter()
        .filter_map(|i| match i {
            Topic::Question(id) => Some(*id),
            _ => None,
        })
        .collect()
}

const OVERDUE: GoalReasons = GoalReasons {
    overdue: true,
    due_soon: false,
    not_reviewed: false,
};
const DUE_SOON: GoalReasons = GoalReasons {
    overdue: false,
    due_soon: true,
    not_reviewed: false,
};
const NOT_REVIEWED: GoalReasons = GoalReasons {
    overdue: false,
    due_soon: false,
    not_reviewed: true,
};

#[test]
fn open_action_items_of_this_relationship_of_either_owner() {
    let mut j = journey();
    j.actions[0].owner = Owner::Mentor;
    let a = build(&j, Some(ANA), false);
    // Soonest due first, then in the order of their meetings (no meeting first).
    assert_eq!(actions(&items(&a, &j)), [1, 3, 6]);
    let with_private = build(&j, Some(ANA), true);
    assert_eq!(actions(&items(&with_private, &j)), [1, 3, 6, 5]);
    let bo = build(&j, Some(BO), true);
    assert_eq!(actions(&items(&bo, &j)), [3, 6, 2]);
}

#[test]
fn goals_overdue_due_soon_or_not_reviewed_since_the_last_meeting() {
    let j = journey();
    let a = build(&j, Some(ANA), false);
    assert_eq!(a.since, Some(1), "the last meeting with Ana");
    assert_eq!(
        goals(&a, &j),
        [
            (1, OVERDUE),
            (2, DUE_SOON),
            (4, NOT_REVIEWED),
            (8, DUE_SOON),
            (10, NOT_REVIEWED),
        ]
    );
    let with_private = build(&j, Some(ANA), true);
    assert!(goals(&with_private, &j).contains(&(9, OVERDUE)));
    // Reasons add up: goal 1 without its review since the meeting.
    let mut j = journey();
    j.reviews.retain(|r| r.goal_id != 1);
    let a = build(&j, Some(ANA), false);
    assert_eq!(
        goals(&a, &j)[0],
        (
            1,
            GoalReasons {
                overdue: true,
                not_reviewed: true,
                due_soon: false
            }
        )
    );
}

#[test]
fn due_soon_counts_from_the_next_meeting_and_never_before_today() {
    let mut j = journey();
    // Nothing planned with Ana: due one month after 1 November, on 1 December again.
    j.meetings.retain(|m| m.id != 3);
    let a = build(&j, Some(ANA), false);
    assert!(goals(&a, &j).contains(&(2, DUE_SOON)));
    assert!(!goals(&a, &j).iter().any(|(id, _)| *id == 3));
    // Bo is due today: two weeks from today is the horizon for his goals.
    j.goals[6].target_date = Some(day(12, 6));
    j.reviews.retain(|r| r.goal_id != 7);
    j.reviews.push(review(30, 7, day(11, 21)));
    let bo = build(&j, Some(BO), false);
    assert!(goals(&bo, &j).contains(&(7, DUE_SOON)));
    j.goals[6].target_date = Some(day(12, 7));
    let bo = build(&j, Some(BO), false);
    assert!(!goals(&bo, &j).iter().any(|(id, _)| *id == 7));
}

#[test]
fn without_any_meeting_no_goal_is_due_a_review_and_answers_compare_with_their_last_version() {
    let mut j = journey();
    j.meetings.clear();
    j.actions.retain(|a| a.meeting_id.is_none());
    j.questions.iter_mut().for_each(|q| q.meeting_id = None);
    let a = build(&j, Some(ANA), false);
    assert_eq!(a.since, None);
    assert!(goals(&a, &j).iter().all(|(_, why)| !why.not_reviewed));
    // As in the Conversation tab: "now" differs from its previous version, "want" and
    // "doing" are first answers.
    assert_eq!(
        answers(&items(&a, &j)),
        [
            "conversation.now",
            "conversation.want",
            "conversation.doing"
        ]
    );
    let md = markdown(&a, &j.shared_only(), &clock());
    assert!(
        md.contains("**Changed answer** — Where are you now? _(changed Tue 10 Nov)_"),
        "{md}"
    );
    assert!(
        md.contains("**New answer** — Where do you want to be? _(answered Thu 1 Oct)_"),
        "{md}"
    );
}

#[test]
fn the_last_meeting_with_anyone_counts_when_this_mentor_never_met() {
    let mut j = journey();
    j.meetings.retain(|m| m.mentor_id != Some(ANA));
    j.actions
        .retain(|a| a.meeting_id != Some(1) && a.meeting_id != Some(4));
    let a = build(&j, Some(ANA), false);
    assert_eq!(a.since, Some(2), "Bo's meeting on 15 November");
}

#[test]
fn conversation_answers_changed_since_the_last_meeting() {
    let j = journey();
    let a = build(&j, Some(ANA), false);
    // Not "want" (unchanged), not the worksheet's gap, not the private one.
    assert_eq!(
        answers(&items(&a, &j)),
        ["conversation.now", "conversation.doing"]
    );
    let with_private = build(&j, Some(ANA), true);
    assert_eq!(
        answers(&items(&with_private, &j)),
        [
            "conversation.now",
            "conversation.now.personal",
            "conversation.doing"
        ]
    );
}

#[test]
fn the_agreement_review_when_due_by_the_next_meeting() {
    let mut j = journey();
    let has_review = |j: &Journey, who| {
        build(j, Some(who), false)
            .topics(j)
            .contains(&Topic::Agreement(who))
    };
    assert!(has_review(&j, ANA), "due on the day of the meeting");
    assert!(!has_review(&j, BO), "due next year");
    j.mentors[0].agreement.review_date = Some(day(12, 2));
    assert!(!has_review(&j, ANA), "the day after the meeting");
    j.mentors[0].agreement.review_date = Some(day(3, 1));
    assert!(has_review(&j, ANA), "long passed");
    j.mentors[0].agreement.review_date = None;
    assert!(!has_review(&j, ANA));
}

#[test]
fn the_mentees_own_questions_waiting_or_raised_for_the_planned_meeting() {
    let j = journey();
    let a = build(&j, Some(ANA), false);
    assert_eq!(questions(&items(&a, &j)), [1, 3]);
    let with_private = build(&j, Some(ANA), true);
    assert_eq!(questions(&items(&with_private, &j)), [1, 3, 4]);
    // For Bo, the question raised for Ana's planned meeting is not his.
    let bo = build(&j, Some(BO), true);
    assert_eq!(questions(&items(&bo, &j)), [1, 4]);
}

#[test]
fn items_come_in_order_of_their_sources() {
    let mut j = journey();
    j.meetings[0].reflection = "I will ask for the SQL course.".into();
    let a = build(&j, Some(ANA), false);
    let rank = |i: &Topic| match i {
        Topic::Reflection(_) => 0,
        Topic::Action(_) => 1,
        Topic::Goal(..) => 2,
        Topic::Answer(_) => 3,
        Topic::Agreement(_) => 4,
        Topic::Question(_) => 5,
    };
    let topics = items(&a, &j);
    assert_eq!(
        topics[0],
        Topic::Reflection(1),
        "what she said she would do, first"
    );
    let ranks: Vec<i32> = topics.iter().map(rank).collect();
    let mut sorted = ranks.clone();
    sorted.sort_unstable();
    assert_eq!(ranks, sorted);
}

#[test]
fn private_items_know_they_are_private() {
    let j = journey();
    let a = build(&j, Some(ANA), true);
    let private: Vec<Topic> = items(&a, &j)
        .into_iter()
        .filter(|i| agenda::is_private(i, &j))
        .collect();
    assert_eq!(
        private,
        [
            Topic::Action(5),
            Topic::Goal(9),
            Topic::Answer("conversation.now.personal".into()),
            Topic::Question(4),
        ]
    );
}

#[test]
fn the_mentors_to_switch_between() {
    let j = journey();
    assert_eq!(agenda::mentor_choices(&j), [Some(ANA), Some(BO)]);
    assert_eq!(agenda::mentor_choices(&Journey::default()), [None]);
}

#[test]
fn markdown_and_plain_text() {
    let mut j = journey();
    j.questions[0].text = "Is *this* a #1 priority?\nOr not".into();
    let a = build(&j, Some(ANA), false);
    let md = markdown(&a, &j.shared_only(), &clock());
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines[0], "# Agenda — meeting with Ana Lima");
    assert_eq!(lines[2], "Tue 1 Dec 2026 at 10:00 (planned, in 9 days)");
    assert_eq!(
        lines[4],
        "1. **Open action** — in: open, Ana's meeting, overdue _(me · due Fri 20 Nov, overdue)_"
    );
    assert!(
        md.contains("**Goal** — in: overdue _(overdue since Tue 10 Nov · 30%)_"),
        "{md}"
    );
    assert!(md.contains("**Goal** — in: last reviewed before the last meeting _(not reviewed since Sun 1 Nov · 30%)_"), "{md}");
    assert!(md.contains("**Changed answer** — Where are you now? _(changed since Sun 1 Nov)_"));
    assert!(
        md.contains("**New answer** — How are you doing? _(answered since Sun 1 Nov)_"),
        "{md}"
    );
    assert!(md.contains("**Agreement** — Review our agreement with Ana _(review date Tue 1 Dec)_"));
    assert!(
        md.contains("**Question** — Is \\*this\\* a \\#1 priority? Or not\n"),
        "{md}"
    );
    let text = plain(&a, &j.shared_only(), &clock());
    assert!(text.starts_with(
        "1. Open action — in: open, Ana's meeting, overdue (me · due Fri 20 Nov, overdue)\n"
    ));
    assert!(text.contains(". Question — Is *this* a #1 priority? Or not"));
    assert!(!text.ends_with('\n'));
    // An empty agenda says so.
    let empty = Journey::default();
    let a = agenda::build_chosen(&empty, &clock());
    let md = markdown(&a, &empty, &clock());
    assert!(
        md.starts_with(
            "# Agenda — next meeting\n\nNo meeting planned or due yet\n\nNothing on the agenda yet"
        ),
        "{md}"
    );
}

#[test]
fn an_item_exists_exactly_when_it_can_be_described() {
    let mut j = journey();
    let c = clock();
    let mut items = Vec::new();
    for mentor in [Some(ANA), Some(BO), None] {
        let a = build(&j, mentor, true);
        items.extend(a.entries.into_iter().map(|e| e.topic));
    }
    items.extend([
        Topic::Action(999),
        Topic::Goal(999),
        Topic::Answer("conversation.nowhere".into()),
        Topic::Agreement(999),
        Topic::Question(999),
        Topic::Reflection(999),
    ]);
    let a = build(&j, Some(ANA), true);
    let check = |j: &Journey| {
        for item in &items {
            assert_eq!(
                agenda::exists(item, j),
                a.describe(item, j, &c).is_some(),
                "{item:?}"
            );
        }
    };
    check(&j);
    // Records gone, or no longer saying what the item needs.
    j.actions.clear();
    j.goals.clear();
    j.questions.clear();
    for m in &mut j.mentors {
        m.agreement.review_date = None;
    }
    for versions in j.answers.values_mut() {
        versions.clear();
    }
    check(&j);
    let built = &items[..items.len() - 6];
    assert!(built.iter().any(|i| matches!(i, Topic::Action(_))));
    assert!(built.iter().any(|i| matches!(i, Topic::Goal(..))));
    assert!(built.iter().any(|i| matches!(i, Topic::Answer(_))));
    assert!(built.iter().any(|i| matches!(i, Topic::Agreement(_))));
    assert!(built.iter().any(|i| matches!(i, Topic::Question(_))));
}

/// The printed agenda parses as one ordered list of the items, in order, each with what it
/// carries nested under it; user text with Markdown characters reads back as typed.
#[test]
fn the_markdown_agenda_parses_back_to_its_items() {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut j = journey();
    j.questions[0].text = "Is *this* a #1 [priority] `now`?".into();
    j.goals[0].title = "Ship _v2_ <fast>".into();
    j.meetings[0].reflection = "I will:\n- ask for *the* course\n- book room #2".into();
    let a = build(&j, Some(ANA), true);
    let md = markdown(&a, &j, &clock());
    let mut depth = 0;
    let mut top_items = 0;
    let mut nested = 0;
    let mut text = String::new();
    for ev in Parser::new(&md) {
        match ev {
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => depth -= 1,
            Event::Start(Tag::Item) if depth == 1 => top_items += 1,
            Event::Start(Tag::Item) => nested += 1,
            Event::Text(t) => text.push_str(&t),
            _ => {}
        }
    }
    assert_eq!(top_items, a.items(&j).len(), "{md}");
    assert!(nested > 0, "items carry their content: {md}");
    assert!(text.contains("Is *this* a #1 [priority] `now`?"), "{text}");
    assert!(text.contains("Ship _v2_ <fast>"), "{text}");
    assert!(
        text.contains("ask for *the* course") && text.contains("book room #2"),
        "{text}"
    );
}

/// While shared, Prepare holds only the items shown; a change puts the hidden ones back in
/// their places: a reorder leaves each hidden item at its index, an item added goes under
/// the one shown above it, and a hidden suggestion not stored yet is left for later.
#[test]
fn a_change_made_while_shared_keeps_hidden_items_in_their_places() {
    use mentee::domain::agenda::{Entry, with_hidden_in_place};
    let stored = |id: Id, topic: Topic| Entry {
        stored: Some(id),
        ..Entry::new(topic)
    };
    let (a, b, c) = (Topic::Goal(1), Topic::Goal(2), Topic::Goal(3));
    let hidden = Topic::Question(9);
    let whole = vec![
        stored(1, a.clone()),
        stored(2, hidden.clone()),
        stored(3, b.clone()),
        stored(4, c.clone()),
        Entry::new(Topic::Question(10)),
    ];
    let topics = |es: Vec<Entry>| es.into_iter().map(|e| e.topic).collect::<Vec<_>>();
    // B moved above A (past the hidden question): the question stays second.
    let shown = vec![
        stored(3, b.clone()),
        stored(1, a.clone()),
        stored(4, c.clone()),
    ];
    assert_eq!(
        topics(with_hidden_in_place(&whole, &shown)),
        [b.clone(), hidden.clone(), a.clone(), c.clone()]
    );
    // A question added under A.
    let added = Topic::Question(11);
    let shown = vec![
        stored(1, a.clone()),
        Entry::new(added.clone()),
        stored(3, b.clone()),
        stored(4, c.clone()),
    ];
    assert_eq!(
        topics(with_hidden_in_place(&whole, &shown)),
        [
            a.clone(),
            added.clone(),
            hidden.clone(),
            b.clone(),
            c.clone()
        ]
    );
    // Added first.
    let shown = vec![Entry::new(added.clone()), stored(1, a.clone())];
    assert_eq!(
        topics(with_hidden_in_place(&whole, &shown)),
        [added, a, hidden, b, c]
    );
}
