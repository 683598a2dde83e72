//! One meeting from preparation to reflection: which meeting `P`, `S`, `mentee agenda` and
//! the invite are about (with a controlled clock), and the agenda kept with it — its order,
//! drops and added items surviving a reopen, a rebuild adding only what is new.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use mentee::app::App;
use mentee::ctx::Ctx;
use mentee::domain::agenda::{self, AgendaOf, Entry, Why};
use mentee::domain::{
    ActionItem, Agreement, Cadence, Clock, Goal, GoalStatus, Id, Journey, Meeting, Mentor,
    Question, Topic,
};
use mentee::store::Store;
use mentee::theme::Theme;

use crate::common::{press, type_text};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn at(m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).unwrap()
}

fn mentor(id: Id, name: &str, cadence: Option<Cadence>) -> Mentor {
    Mentor {
        id,
        name: name.into(),
        agreement: Agreement {
            cadence,
            start_date: Some(day(1, 10)),
            ..Agreement::default()
        },
        ..Mentor::default()
    }
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

const KEMI: Id = 1;
const ELENA: Id = 2;

/// Kemi (monthly) last met on 1 October: overdue since 1 November. Elena (monthly) met on
/// 10 November, next planned on 8 December.
fn two_mentors() -> Journey {
    Journey {
        mentors: vec![
            mentor(KEMI, "Dr Kemi Adeyemi", Some(Cadence::Monthly)),
            mentor(ELENA, "Elena Sørensen", Some(Cadence::Monthly)),
        ]
        .into(),
        meetings: vec![
            meeting(1, Some(KEMI), at(10, 1, 9)),
            meeting(2, Some(ELENA), at(11, 10, 16)),
            meeting(3, Some(ELENA), at(12, 8, 16)),
        ]
        .into(),
        ..Journey::default()
    }
}

/// Sunday 22 November 2026 at `h`:00.
fn clock_at(h: u32) -> Clock {
    Clock::fixed(at(11, 22, h))
}

#[test]
fn the_soonest_planned_meeting_comes_before_an_overdue_one() {
    let j = two_mentors();
    let c = agenda::choose(&j, &clock_at(12));
    assert_eq!(
        (c.mentor_id, c.meeting_id, c.why),
        (Some(ELENA), Some(3), Why::Planned)
    );
    // Without it, the most overdue by cadence: Kemi, due on 1 November.
    let mut j = two_mentors();
    j.meetings.retain(|m| m.id != 3);
    let c = agenda::choose(&j, &clock_at(12));
    assert_eq!(
        (c.mentor_id, c.meeting_id, c.why),
        (Some(KEMI), None, Why::Overdue)
    );
    assert_eq!(c.day, Some(day(11, 1)));
    // Neither overdue: the one due first (Elena on 10 December, Kemi on 20 December).
    j.meetings.push(meeting(4, Some(KEMI), at(11, 20, 9)));
    let c = agenda::choose(&j, &clock_at(12));
    assert_eq!(
        (c.mentor_id, c.why, c.day),
        (Some(ELENA), Why::Due, Some(day(12, 10)))
    );
}

#[test]
fn todays_meeting_comes_first_even_when_another_is_planned_sooner_by_the_clock() {
    let mut j = two_mentors();
    // Kemi today at 15:00; Elena's planned meeting is later anyway, but one at 18:00 today
    // with nobody is also there.
    j.meetings.push(meeting(5, Some(KEMI), at(11, 22, 15)));
    j.meetings.push(meeting(6, None, at(11, 22, 18)));
    // Before both: the first one today.
    let c = agenda::choose(&j, &clock_at(9));
    assert_eq!((c.meeting_id, c.why), (Some(5), Why::Today));
    // During Kemi's: hers (it has started). After 18:00: the one without a mentor.
    assert_eq!(agenda::choose(&j, &clock_at(16)).meeting_id, Some(5));
    let c = agenda::choose(&j, &clock_at(19));
    assert_eq!(
        (c.meeting_id, c.mentor_id, c.why),
        (Some(6), None, Why::Today)
    );
    // A private meeting today counts, but not on the shared screen (the shared-only journey).
    j.meetings
        .iter_mut()
        .for_each(|m| m.private = m.id == 5 || m.id == 6);
    assert_eq!(agenda::choose(&j, &clock_at(16)).meeting_id, Some(5));
    let shared = agenda::choose(&j.shared_only(), &clock_at(16));
    assert_eq!((shared.meeting_id, shared.why), (Some(3), Why::Planned));
}

#[test]
fn with_no_meeting_and_no_cadence_nothing_is_known() {
    let c = agenda::choose(&Journey::default(), &clock_at(12));
    assert_eq!(
        (c.mentor_id, c.meeting_id, c.day, c.why),
        (None, None, None, Why::Unknown)
    );
    let j = Journey {
        mentors: vec![mentor(KEMI, "Kemi", None)].into(),
        ..Journey::default()
    };
    let c = agenda::choose(&j, &clock_at(12));
    assert_eq!((c.mentor_id, c.why), (Some(KEMI), Why::Unknown));
    // m: the same rule for one mentor.
    let j = two_mentors();
    let kemi = agenda::meeting_with(&j, &clock_at(12), Some(KEMI));
    assert_eq!((kemi.meeting_id, kemi.why), (None, Why::Overdue));
    let elena = agenda::meeting_with(&j, &clock_at(12), Some(ELENA));
    assert_eq!((elena.meeting_id, elena.why), (Some(3), Why::Planned));
}

#[test]
fn the_review_never_opens_empty_while_goals_are_open() {
    let mut j = two_mentors();
    let goal = |id, mentor, status| Goal {
        id,
        mentor_id: mentor,
        status,
        position: id,
        ..Goal::default()
    };
    j.goals = vec![
        goal(1, Some(KEMI), GoalStatus::InProgress),
        goal(2, Some(KEMI), GoalStatus::Done),
    ]
    .into();
    // Elena's meeting is chosen; she has no goals and none is without a mentor: Kemi's.
    assert_eq!(agenda::goals_for_review(&j, Some(ELENA)), [1]);
    j.goals.push(goal(3, None, GoalStatus::NotStarted));
    assert_eq!(agenda::goals_for_review(&j, Some(ELENA)), [3]);
    assert_eq!(agenda::goals_for_review(&j, Some(KEMI)), [1, 3]);
}

#[test]
fn the_usual_time_is_the_most_frequent_start_with_that_mentor() {
    let mut j = two_mentors();
    j.meetings.push(meeting(7, Some(KEMI), at(9, 1, 17)));
    j.meetings.push(meeting(8, Some(KEMI), at(8, 1, 9)));
    let c = clock_at(12);
    assert_eq!(
        agenda::usual_time(&j, &c, Some(KEMI)).unwrap().to_string(),
        "09:00:00"
    );
    assert_eq!(
        agenda::usual_time(&j, &c, Some(ELENA)).unwrap().to_string(),
        "16:00:00"
    );
    assert_eq!(agenda::usual_time(&j, &c, None), None);
}

/// A journey on disk with Kemi overdue and a few things to talk about.
fn with_things_to_say(path: &std::path::Path) {
    let store = Store::open(path).unwrap();
    let mut j = two_mentors();
    j.meetings.retain(|m| m.id != 3);
    store.insert_journey(&j, clock_at(12).stamp()).unwrap();
    for (text, due) in [
        ("Read the paper", Some(day(11, 30))),
        ("Email the lab", None),
    ] {
        store
            .insert_action(&ActionItem {
                meeting_id: Some(1),
                text: text.into(),
                due_date: due,
                ..ActionItem::default()
            })
            .unwrap();
    }
    store
        .insert_question(&Question {
            text: "Which conference?".into(),
            created_at: at(11, 2, 9),
            ..Question::default()
        })
        .unwrap();
}

fn app_on(path: &std::path::Path, clock: Clock) -> App {
    let store = Store::open(path).unwrap();
    let journey = store.load().unwrap();
    App::new(Ctx::new(store, journey, clock), Theme::color())
}

fn shown(app: &App) -> Vec<Topic> {
    app.prepare.topics(&app.ctx.view())
}

#[test]
fn order_drops_and_added_questions_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    with_things_to_say(&path);
    let curated = {
        let mut app = app_on(&path, clock_at(12));
        press(&mut app, "P");
        let before = shown(&app);
        assert_eq!(before.len(), 3, "{before:?}");
        // Last item to the top, drop the (then) second, add a question below the first.
        press(&mut app, "End K K d Home n");
        type_text(&mut app, "Is a secondment realistic?");
        press(&mut app, "Enter q");
        let after = shown(&app);
        assert_ne!(after, before);
        after
    };
    let app = {
        let mut app = app_on(&path, clock_at(13));
        press(&mut app, "P");
        app
    };
    assert_eq!(shown(&app), curated, "the same agenda after a restart");
    let j = app.ctx.whole_journey();
    let kept = agenda::stored_items(j, AgendaOf::Pending(Some(KEMI)), false);
    assert_eq!(
        kept.iter().filter(|a| a.dropped).count(),
        1,
        "the drop is kept"
    );
    assert!(kept.iter().all(|a| !a.new), "nothing new since");
    // What `mentee agenda` builds is the same list.
    let printed = agenda::build_chosen(j, &clock_at(13));
    assert_eq!(printed.topics(j), curated);
}

#[test]
fn a_rebuild_adds_only_what_is_new_marked_new_never_a_dropped_item_or_a_second_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    with_things_to_say(&path);
    let mut app = app_on(&path, clock_at(12));
    press(&mut app, "P d q");
    let dropped = app
        .ctx
        .whole_journey()
        .agenda_items
        .iter()
        .find(|a| a.dropped)
        .unwrap()
        .topic
        .clone();
    drop(app);
    // Meanwhile: a new action item, and a question waiting.
    {
        let store = Store::open(&path).unwrap();
        store
            .insert_action(&ActionItem {
                text: "Book the room".into(),
                ..ActionItem::default()
            })
            .unwrap();
    }
    let mut app = app_on(&path, clock_at(14));
    press(&mut app, "P");
    let j = app.ctx.whole_journey().clone();
    let kept = agenda::stored_items(&j, AgendaOf::Pending(Some(KEMI)), false);
    let new: Vec<&Topic> = kept.iter().filter(|a| a.new).map(|a| &a.topic).collect();
    let book = j
        .actions
        .iter()
        .find(|a| a.text == "Book the room")
        .unwrap()
        .id;
    assert_eq!(new, [&Topic::Action(book)], "only the new item, marked new");
    assert_eq!(
        kept.last().unwrap().topic,
        Topic::Action(book),
        "at the end"
    );
    assert!(!shown(&app).contains(&dropped), "dropped stays dropped");
    let mut topics: Vec<&Topic> = j.agenda_items.iter().map(|a| &a.topic).collect();
    let all = topics.len();
    topics.sort();
    topics.dedup();
    assert_eq!(topics.len(), all, "no topic twice");
    let screen = crate::common::screen(&mut app, 80, 24);
    assert!(
        screen.contains("most overdue by cadence · 1 new"),
        "{screen}"
    );
    assert!(
        screen.contains("Book the room") && screen.contains("new"),
        "{screen}"
    );
    // Looking again clears the mark, and adds nothing.
    press(&mut app, "Esc P");
    let again = app.ctx.whole_journey();
    assert_eq!(again.agenda_items.len(), j.agenda_items.len());
    assert!(again.agenda_items.iter().all(|a| !a.new));
    // The pure rebuild agrees: nothing more to add, however often it is built.
    let a = agenda::build_chosen(again, &clock_at(14));
    assert!(a.entries.iter().all(|e| e.stored.is_some()));
    let twice = agenda::build_chosen(again, &clock_at(14));
    assert_eq!(a, twice);
}

#[test]
fn planning_takes_the_pending_agenda_with_it_and_a_meeting_planned_elsewhere_adopts_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    with_things_to_say(&path);
    let mut app = app_on(&path, clock_at(12));
    press(&mut app, "P K");
    let curated = shown(&app);
    // Planned in the Journal instead of with w: the agenda follows it there.
    let start = at(11, 25, 9);
    let id = app.ctx.insert(Meeting {
        mentor_id: Some(KEMI),
        starts_at: start,
        created_at: start,
        ..Meeting::default()
    });
    let id = id.unwrap();
    press(&mut app, "Esc P");
    let a = app.prepare.agenda().unwrap();
    assert_eq!(a.choice.meeting_id, Some(id));
    assert_eq!(shown(&app), curated, "adopted with its order");
    // The first change moves it onto the meeting for good.
    press(&mut app, "J K");
    let j = app.ctx.whole_journey();
    assert!(
        j.agenda_items
            .iter()
            .all(|a| a.meeting_id == Some(id) && a.mentor_id.is_none())
    );
}

#[test]
fn entries_are_stored_in_their_order_through_the_write_path() {
    let store = Store::open_in_memory().unwrap();
    let j = two_mentors();
    store.insert_journey(&j, clock_at(12).stamp()).unwrap();
    let journey = store.load().unwrap();
    let mut ctx = Ctx::new(store, journey, clock_at(12));
    let q = ctx
        .insert(Question {
            text: "q".into(),
            ..Question::default()
        })
        .unwrap();
    let entries = vec![
        Entry::new(Topic::Question(q)),
        Entry {
            dropped: true,
            ..Entry::new(Topic::Agreement(KEMI))
        },
    ];
    let of = AgendaOf::Meeting(3);
    let ids = ctx.write("x", |w| w.keep_agenda(of, &entries)).unwrap();
    assert_eq!(ids.len(), 2);
    let kept = agenda::stored_items(ctx.whole_journey(), of, false);
    assert_eq!(kept.iter().map(|a| a.position).collect::<Vec<_>>(), [0, 1]);
    assert!(kept[1].dropped);
    assert_eq!(ctx.store().load().unwrap(), *ctx.whole_journey());
    // Deleting what an item is about takes the item with it, in the store as in memory.
    assert!(ctx.delete(mentee::domain::Record::Question, q));
    assert_eq!(
        agenda::stored_items(ctx.whole_journey(), of, false).len(),
        1
    );
    assert_eq!(ctx.store().load().unwrap(), *ctx.whole_journey());
    let _ = Duration::zero();
}

/// Sharing keeps the agenda of the meeting it opens on: the mentee's agenda from the whole
/// journey (a private item in its place, hidden), then what the shared-only journey
/// suggests besides — here the reflection on the last meeting that is not private, the
/// last one being private. From then on the shared screen is the projection of what is
/// stored: `S` on that projection keeps nothing more, and nothing shows as new (what made
/// it new was a private item).
#[test]
fn sharing_keeps_the_agenda_from_the_whole_journey_and_what_the_shared_only_one_adds() {
    let mut j = two_mentors();
    j.meetings[1].reflection = "I will ask for the SQL course.".into();
    let mut private = meeting(4, Some(ELENA), at(11, 20, 16));
    private.private = true;
    private.reflection = "SECRET reflection".into();
    j.meetings.push(private);
    // Elena's planned meeting kept its agenda once, with the private reflection only.
    j.agenda_items = vec![mentee::domain::AgendaItem {
        id: 1,
        meeting_id: Some(3),
        topic: Topic::Reflection(4),
        created_at: at(11, 21, 9),
        ..mentee::domain::AgendaItem::default()
    }]
    .into();
    let app_with = |j: &Journey| {
        let store = Store::open_in_memory().unwrap();
        store.insert_journey(j, clock_at(12).stamp()).unwrap();
        let journey = store.load().unwrap();
        App::new(Ctx::new(store, journey, clock_at(12)), Theme::color())
    };
    let mut app = app_with(&j);
    press(&mut app, "S");
    assert!(app.ctx.shared());
    let whole = app.ctx.whole_journey().clone();
    let kept: Vec<(Topic, bool)> = agenda::stored_items(&whole, AgendaOf::Meeting(3), false)
        .iter()
        .map(|a| (a.topic.clone(), a.new))
        .collect();
    assert_eq!(
        kept,
        [(Topic::Reflection(4), false), (Topic::Reflection(2), true)]
    );
    let s = crate::common::screen(&mut app, 80, 24);
    assert!(s.contains("I will ask for the SQL course"), "{s}");
    assert!(!s.contains("SECRET"), "{s}");
    press(&mut app, "P");
    let s = crate::common::screen(&mut app, 80, 24);
    assert!(s.contains("I will ask for the SQL course"), "{s}");
    assert!(!s.contains("new"), "{s}");
    // The same screen as the app sharing the shared-only journey, which keeps nothing more.
    let twin = whole.shared_only();
    let mut other = app_with(&twin);
    press(&mut other, "S");
    assert_eq!(*other.ctx.whole_journey(), twin);
    press(&mut other, "P");
    assert_eq!(crate::common::screen(&mut other, 80, 24), s);
    // Alone again, Prepare shows both in their places, the private one marked.
    press(&mut app, "S Esc Esc Enter P");
    assert!(!app.ctx.shared());
    let s = crate::common::screen(&mut app, 80, 24);
    let first = s.find("SECRET re").expect("the private reflection");
    let second = s.find("I will ask for").expect("the shared one");
    assert!(first < second, "{s}");
    assert!(s.contains("· private"), "{s}");
}
