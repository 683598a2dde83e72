//! Journal screens at 80x24 (insta snapshots of a `TestBackend`), reviewed by hand.

use crate::common::{app_with_store, press, terminal, type_text};
use chrono::{NaiveDate, TimeZone, Utc};
use insta::assert_snapshot;
use mentee::app::App;
use mentee::domain::{ActionItem, Agreement, Cadence, Channel, Meeting, Mentor, Owner};
use mentee::store::Store;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

fn meeting(mentor_id: i64, starts_at: chrono::DateTime<Utc>, mode: Channel) -> Meeting {
    Meeting {
        mentor_id: Some(mentor_id),
        starts_at,
        mode: Some(mode),
        duration_minutes: Some(60),
        created_at: starts_at,
        ..Meeting::default()
    }
}

fn item(meeting_id: i64, position: i64, text: &str, owner: Owner) -> ActionItem {
    ActionItem {
        meeting_id: Some(meeting_id),
        text: text.into(),
        owner,
        position,
        ..ActionItem::default()
    }
}

/// Two mentors; with Ana two past meetings and one planned, with Ben one past meeting and
/// a fortnightly cadence that has run out. Today is Sunday 2026-11-22 (noon UTC).
fn journal() -> App {
    let store = Store::open_in_memory().unwrap();
    let ana = store
        .insert_mentor(&Mentor {
            name: "Ana Lima".into(),
            created_at: at(2026, 1, 5, 9),
            agreement: Agreement {
                cadence: Some(Cadence::Monthly),
                channels: vec![Channel::Video],
                start_date: Some(day(2026, 1, 10)),
                ..Agreement::default()
            },
            ..Mentor::default()
        })
        .unwrap();
    let ben = store
        .insert_mentor(&Mentor {
            name: "Ben Okafor".into(),
            created_at: at(2026, 3, 1, 9),
            agreement: Agreement {
                cadence: Some(Cadence::Fortnightly),
                ..Agreement::default()
            },
            ..Mentor::default()
        })
        .unwrap();
    let october = store
        .insert_meeting(&Meeting {
            place: "Café Nero".into(),
            agenda: "Where am I now? The CV, and the conference in March.".into(),
            notes:
                "Ana suggested a skills inventory before the CV.\nShe knows Carla at the institute."
                    .into(),
            reflection: "I learnt that I undersell my project work. I will list three outcomes."
                .into(),
            ..meeting(ana, at(2026, 10, 1, 10), Channel::InPerson)
        })
        .unwrap();
    let november = store
        .insert_meeting(&Meeting {
            agenda: "Review the CV draft; 指導 — guidance on the talk 🎤".into(),
            notes: "The CV draft reads well; shorten the summary.".into(),
            ..meeting(ana, at(2026, 11, 3, 16), Channel::Video)
        })
        .unwrap();
    let planned = store
        .insert_meeting(&Meeting {
            agenda: "Talk outline, skills inventory".into(),
            ..meeting(ana, at(2026, 12, 3, 14), Channel::Video)
        })
        .unwrap();
    store
        .insert_meeting(&meeting(ben, at(2026, 10, 20, 9), Channel::Phone))
        .unwrap();
    let _ = planned;
    store
        .insert_action(&ActionItem {
            due_date: Some(day(2026, 11, 15)),
            ..item(october, 0, "Write a skills inventory", Owner::Me)
        })
        .unwrap();
    store
        .insert_action(&ActionItem {
            done: true,
            done_on: Some(day(2026, 10, 20)),
            ..item(october, 1, "Introduce me to Carla", Owner::Mentor)
        })
        .unwrap();
    store
        .insert_action(&ActionItem {
            due_date: Some(day(2026, 11, 27)),
            ..item(november, 0, "Shorten the CV summary", Owner::Me)
        })
        .unwrap();
    store
        .insert_action(&item(
            november,
            1,
            "Send the conference call",
            Owner::Mentor,
        ))
        .unwrap();
    app_with_store(store)
}

#[test]
fn journal_list() {
    let mut app = journal();
    press(&mut app, "5 Down");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn journal_meeting_detail() {
    let mut app = journal();
    // The November meeting: its own items, and the open one carried from October.
    press(&mut app, "5 Down Enter G Down");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn journal_meeting_detail_with_every_section_filled() {
    let mut app = journal();
    // The October meeting: place, agenda, notes (two lines), reflection; one item done.
    press(
        &mut app,
        "5 Down Down Down Enter Down Down Down Down Down Down",
    );
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn journal_action_item() {
    let mut app = journal();
    press(&mut app, "5 Down Enter G Down Enter Down Down");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn journal_search() {
    let mut app = journal();
    press(&mut app, "5 /");
    type_text(&mut app, "cv");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn overview_with_an_upcoming_meeting_and_open_actions() {
    let mut app = journal();
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn journal_list_at_the_smallest_size() {
    let mut app = journal();
    press(&mut app, "5 Down Down");
    assert_snapshot!(terminal(&mut app, 60, 16).backend());
}

/// A meeting's journal entry shows the agenda kept with it, the items discussed on the
/// shared screen ticked.
#[test]
fn a_meeting_shows_its_kept_agenda_with_what_was_discussed() {
    let store = mentee::store::Store::open_in_memory().unwrap();
    crate::common::meeting_fixture::fill(&store);
    let mut app = crate::common::app_with_store(store);
    // Plan the meeting with its agenda, then tick two items on the shared screen, and
    // leave it (the wrap-up, the neutral screen, Enter).
    crate::common::press(
        &mut app,
        "P w Enter Esc S Space Down Space Esc Esc Enter 5 Enter",
    );
    assert!(!app.ctx.shared());
    let s = crate::common::screen(&mut app, 80, 24);
    assert!(s.contains("Agenda · 2 of 8 discussed"), "{s}");
    assert!(s.contains("[x] Open action     Send the CV draft"), "{s}");
    insta::assert_snapshot!(crate::common::terminal(&mut app, 80, 24).backend());
}

/// A kept agenda's long item wraps in the meeting's journal entry, read whole rather than
/// cut (the items that do not fit are counted).
#[test]
fn a_long_agenda_item_wraps_in_the_meeting_entry() {
    let store = mentee::store::Store::open_in_memory().unwrap();
    crate::common::meeting_fixture::fill(&store);
    let mut app = crate::common::app_with_store(store);
    crate::common::press(&mut app, "P n");
    crate::common::type_text(
        &mut app,
        "Could I lead the quarterly data review in March, with you there to help me prepare the story and the slides?",
    );
    crate::common::press(&mut app, "Enter w Enter Esc 5 Enter");
    let s = crate::common::screen(&mut app, 80, 24);
    assert!(
        s.contains("Question        Could I lead the quarterly data review"),
        "{s}"
    );
    assert!(
        s.contains("help me prepare the story and the slides?"),
        "{s}"
    );
    insta::assert_snapshot!(
        "long_agenda_item_80x24",
        crate::common::terminal(&mut app, 80, 24).backend()
    );
    insta::assert_snapshot!(
        "long_agenda_item_60x16",
        crate::common::terminal(&mut app, 60, 16).backend()
    );
    insta::assert_snapshot!(
        "long_agenda_item_120x40",
        crate::common::terminal(&mut app, 120, 40).backend()
    );
}

/// The agenda as printed is kept between keys (`view::Memo`): a line down shows the same
/// lines one row up, End the last page (and no further), an item dropped from the list is
/// gone from it at once (not the kept lines of before), and another mentor's agenda shows
/// its own, at three sizes.
#[test]
fn the_agenda_as_printed_kept_between_keys_scrolls_and_follows_a_change() {
    for (w, h) in [(80, 24), (60, 16), (120, 40)] {
        let mut app = crate::common::demo_app();
        crate::common::press(&mut app, "P v");
        let rows = |app: &mut App| -> Vec<String> {
            crate::common::screen(app, w, h)
                .lines()
                .map(str::to_owned)
                .collect()
        };
        let before = rows(&mut app);
        let top = before
            .iter()
            .position(|l| l.contains("# Agenda"))
            .expect("the printed agenda's title");
        // The body ends above the panel's bottom border and the footer.
        let end = usize::from(h) - 2;
        crate::common::press(&mut app, "Down");
        let after = rows(&mut app);
        assert_eq!(after[top..end - 1], before[top + 1..end], "{w}x{h}");
        assert!(before.join("\n").contains("**Reflection**"), "{w}x{h}");
        crate::common::press(&mut app, "Esc d v");
        let dropped = rows(&mut app).join("\n");
        assert!(!dropped.contains("**Reflection**"), "{w}x{h}:\n{dropped}");
        assert!(
            dropped.contains("1. **Open action**"),
            "{w}x{h}:\n{dropped}"
        );
        // End shows the last page, and going further down changes nothing; Home the top.
        crate::common::press(&mut app, "End");
        let last = rows(&mut app);
        assert!(!last[top].contains("# Agenda"), "{w}x{h}");
        crate::common::press(&mut app, "Down Down PgDn");
        assert_eq!(rows(&mut app), last, "{w}x{h}");
        crate::common::press(&mut app, "G Up Home");
        assert!(rows(&mut app)[top].contains("# Agenda"), "{w}x{h}");
        // Another mentor's agenda: its own lines, not the kept ones of the first.
        let title = |rows: &[String]| rows[top].clone();
        crate::common::press(&mut app, "Home");
        let first = rows(&mut app);
        crate::common::press(&mut app, "Esc m v Home");
        let other = rows(&mut app);
        assert_ne!(title(&first), title(&other), "{w}x{h}");
        assert!(title(&other).contains("# Agenda"), "{w}x{h}");
    }
}

/// Two meetings with Ana today, at 13:00 and 17:00 (the clock at noon).
fn two_meetings_today() -> App {
    let store = Store::open_in_memory().unwrap();
    let ana = store
        .insert_mentor(&Mentor {
            name: "Ana Lima".into(),
            created_at: at(2026, 1, 5, 9),
            ..Mentor::default()
        })
        .unwrap();
    for h in [13, 17] {
        let m = store
            .insert_meeting(&meeting(ana, at(2026, 11, 22, h), Channel::Video))
            .unwrap();
        store
            .insert_action(&item(m, 0, &format!("Bring the {h}:00 notes"), Owner::Me))
            .unwrap();
    }
    app_with_store(store)
}

/// The agenda as printed follows the time as the agenda does: kept while the clock stays,
/// but when a meeting starts (the agenda is then another one) its lines are those of the
/// agenda now, what an app opened at that time shows.
#[test]
fn the_agenda_as_printed_follows_a_meeting_starting() {
    // The second meeting's start makes it today's meeting.
    let later = at(2026, 11, 22, 17);
    let mut kept = two_meetings_today();
    press(&mut kept, "P v");
    let before = crate::common::screen(&mut kept, 80, 24);
    kept.ctx.clock.set(later);
    let after = crate::common::screen(&mut kept, 80, 24);
    let mut fresh = two_meetings_today();
    fresh.ctx.clock.set(later);
    press(&mut fresh, "P v");
    let expected = crate::common::screen(&mut fresh, 80, 24);
    assert_ne!(
        before, expected,
        "the agenda changes when the first meeting starts"
    );
    assert_eq!(after, expected);
}
