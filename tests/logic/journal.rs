//! Journal: meetings and action items through the app's actions, checked against the store;
//! defaults, carry-forward, search, jumps and shared-screen privacy.

use crate::common::{app, app_with_store, press, screen, type_text};
use chrono::{NaiveDate, TimeZone, Utc};
use mentee::app::App;
use mentee::ctx::Target;
use mentee::domain::{ActionField, Channel, FieldKey, MeetingField, Owner, Value};
use mentee::store::Store;
use mentee::tab::Tab;
use ratatui::style::Modifier;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The invariant every mutation keeps: what the store loads is what the app shows.
fn assert_in_sync(app: &App) {
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

/// Ana, with a monthly video/phone agreement, added through the Agreement tab.
fn app_with_ana() -> App {
    let mut app = app();
    press(&mut app, "6 n");
    type_text(&mut app, "Ana Lima");
    // Meet: monthly (3 steps), channels: video and phone.
    press(
        &mut app,
        "Enter Down Down Down Right Right Right Down Right Space Right Space Esc",
    );
    assert_eq!(
        app.ctx.whole_journey().mentors[0].agreement.channels,
        vec![Channel::Phone, Channel::Video]
    );
    app
}

/// Logs a meeting on `date` with notes and two action items, from the journal list.
fn log_meeting(app: &mut App, date: &str, notes: &str, items: &[&str]) {
    press(app, "5 n");
    type_text(app, date);
    // When → Mentor, Mode, Minutes, Place, Private, Agenda, Agenda private, Notes.
    press(app, "Enter Down Down Down Down Down Down Down Down Enter");
    type_text(app, notes);
    press(app, "Esc");
    for item in items {
        press(app, "a");
        type_text(app, item);
        press(app, "Enter Esc");
    }
    press(app, "Esc");
}

#[test]
fn a_new_meeting_gets_sensible_defaults_and_its_date_can_be_typed_over() {
    let mut app = app_with_ana();
    app.ctx
        .clock
        .set(Utc.with_ymd_and_hms(2026, 11, 22, 10, 20, 0).unwrap());
    press(&mut app, "5 n");
    let m = app.ctx.whole_journey().meetings[0].clone();
    assert_eq!(
        m.starts_at,
        Utc.with_ymd_and_hms(2026, 11, 22, 11, 0, 0).unwrap(),
        "the next round hour"
    );
    assert_eq!(
        m.mentor_id,
        Some(app.ctx.whole_journey().mentors[0].id),
        "the only mentor"
    );
    assert_eq!(m.mode, Some(Channel::Phone), "the first agreed channel");
    // The date is being edited with its text selected: typing replaces it.
    type_text(&mut app, "2026-11-03 16:30");
    press(&mut app, "Enter");
    assert_eq!(
        app.ctx.whole_journey().meetings[0].starts_at,
        Utc.with_ymd_and_hms(2026, 11, 3, 16, 30, 0).unwrap()
    );
    assert_in_sync(&app);
}

#[test]
fn meetings_and_action_items_made_in_the_app_match_the_store() {
    let mut app = app_with_ana();
    log_meeting(
        &mut app,
        "2026-11-03 16:00",
        "Talked about the CV — 指導 🎉",
        &["Draft the CV", "Ask Carla about March"],
    );
    assert_in_sync(&app);
    let j = app.ctx.whole_journey();
    assert_eq!(j.meetings.len(), 1);
    assert_eq!(j.meetings[0].notes, "Talked about the CV — 指導 🎉");
    let texts: Vec<&str> = j.actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["Draft the CV", "Ask Carla about March"]);
    assert_eq!(j.actions[0].position, 0);
    assert_eq!(j.actions[1].position, 1);

    // Open the meeting, go to the items, tick the first, edit the second's owner and due.
    press(&mut app, "Enter G Down Space");
    let a = app.ctx.whole_journey().actions[0].clone();
    assert!(a.done);
    assert_eq!(a.done_on, Some(day(2026, 11, 22)));
    assert_in_sync(&app);
    press(&mut app, "Down Enter Down Right Down Enter");
    type_text(&mut app, "+1w");
    press(&mut app, "Enter");
    let b = app.ctx.whole_journey().actions[1].clone();
    assert_eq!(b.owner, Owner::Mentor);
    assert_eq!(b.due_date, Some(day(2026, 11, 29)));
    assert_in_sync(&app);
    // Done in the item's form ticks with the day too; again unticks.
    press(&mut app, "Down Space");
    assert_eq!(
        app.ctx.whole_journey().actions[1].done_on,
        Some(day(2026, 11, 22))
    );
    press(&mut app, "Space");
    assert!(!app.ctx.whole_journey().actions[1].done);
    assert_eq!(app.ctx.whole_journey().actions[1].done_on, None);
    assert_in_sync(&app);

    // Delete an item (confirmed), then the meeting: its items go with it.
    press(&mut app, "Esc d");
    assert!(app.ctx.confirm.is_some());
    press(&mut app, "n");
    assert_eq!(app.ctx.whole_journey().actions.len(), 2, "n keeps it");
    press(&mut app, "d y");
    assert_eq!(app.ctx.whole_journey().actions.len(), 1);
    assert_in_sync(&app);
    press(&mut app, "Esc d y");
    assert!(app.ctx.whole_journey().meetings.is_empty());
    assert!(app.ctx.whole_journey().actions.is_empty());
    assert_in_sync(&app);
}

#[test]
fn every_meeting_and_action_field_round_trips_through_the_store() {
    let mut app = app_with_ana();
    log_meeting(&mut app, "2026-10-01 09:00", "n", &["x"]);
    let m = app.ctx.whole_journey().meetings[0].id;
    let a = app.ctx.whole_journey().actions[0].id;
    let mentor = app.ctx.whole_journey().mentors[0].id;
    let at = Utc.with_ymd_and_hms(2026, 10, 2, 8, 15, 0).unwrap();
    let edits = [
        (FieldKey::Meeting(m, MeetingField::Mentor), Value::Int(None)),
        (
            FieldKey::Meeting(m, MeetingField::Mentor),
            Value::Int(Some(mentor)),
        ),
        (
            FieldKey::Meeting(m, MeetingField::StartsAt),
            Value::Instant(at),
        ),
        (
            FieldKey::Meeting(m, MeetingField::Mode),
            Value::Choice(Some("chat")),
        ),
        (
            FieldKey::Meeting(m, MeetingField::DurationMinutes),
            Value::Int(Some(45)),
        ),
        (
            FieldKey::Meeting(m, MeetingField::Place),
            Value::Text("Room 4".into()),
        ),
        (
            FieldKey::Meeting(m, MeetingField::Agenda),
            Value::Text("a\nb".into()),
        ),
        (
            FieldKey::Meeting(m, MeetingField::Reflection),
            Value::Text("learnt".into()),
        ),
        (
            FieldKey::Meeting(m, MeetingField::Private),
            Value::Bool(true),
        ),
        (
            FieldKey::Meeting(m, MeetingField::AgendaPrivate),
            Value::Bool(true),
        ),
        (
            FieldKey::Meeting(m, MeetingField::NotesPrivate),
            Value::Bool(true),
        ),
        (
            FieldKey::Meeting(m, MeetingField::ReflectionPrivate),
            Value::Bool(true),
        ),
        (
            FieldKey::Action(a, ActionField::Text),
            Value::Text("y 🎯".into()),
        ),
        (
            FieldKey::Action(a, ActionField::Owner),
            Value::Choice(Some("mentor")),
        ),
        (
            FieldKey::Action(a, ActionField::DueDate),
            Value::Date(Some(day(2026, 12, 1))),
        ),
    ];
    for (key, value) in edits {
        assert!(app.ctx.commit(&key, value.clone()));
        assert_eq!(app.ctx.whole_journey().get(&key), value);
        assert_in_sync(&app);
    }
}

#[test]
fn open_items_carry_forward_into_later_meetings_and_can_be_ticked_there() {
    let mut app = app_with_ana();
    log_meeting(
        &mut app,
        "2026-10-01 09:00",
        "first",
        &["Draft the CV", "Read the book"],
    );
    log_meeting(&mut app, "2026-11-03 09:00", "second", &["Book the venue"]);
    // Tick "Read the book" in the first meeting (the older one is second in the list),
    // on a day before the second meeting.
    let today = app.ctx.clock.now();
    app.ctx
        .clock
        .set(Utc.with_ymd_and_hms(2026, 10, 15, 12, 0, 0).unwrap());
    press(&mut app, "Down Enter G Down Down Space Esc");
    app.ctx.clock.set(today);
    assert_eq!(
        app.ctx.whole_journey().actions[1].done_on,
        Some(day(2026, 10, 15))
    );
    // The newer meeting shows its own item and the one still open from the first.
    press(&mut app, "Up Enter");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Book the venue"), "{s}");
    assert!(s.contains("Carried forward from earlier meetings"), "{s}");
    assert!(s.contains("Draft the CV · from Thu 1 Oct"), "{s}");
    assert!(
        !s.contains("Read the book"),
        "done before this meeting: {s}"
    );
    // Tick the carried item here: it is done and stays in view, ticked.
    press(&mut app, "G Down Down Space");
    let cv = app.ctx.whole_journey().actions[0].clone();
    assert_eq!(cv.text, "Draft the CV");
    assert!(cv.done);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("[x] Draft the CV"), "{s}");
    assert_in_sync(&app);
}

#[test]
fn an_action_item_left_empty_is_dropped() {
    let mut app = app_with_ana();
    log_meeting(&mut app, "2026-10-01 09:00", "notes", &[]);
    press(&mut app, "Enter a Esc Esc");
    assert!(app.ctx.whole_journey().actions.is_empty());
    assert_in_sync(&app);
}

#[test]
fn a_bad_date_is_refused_with_a_message_and_the_earlier_date_kept() {
    let mut app = app_with_ana();
    press(&mut app, "5 n");
    let before = app.ctx.whole_journey().meetings[0].starts_at;
    type_text(&mut app, "some thursday");
    press(&mut app, "Enter");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("is not a date and time"), "{s}");
    assert_eq!(app.ctx.whole_journey().meetings[0].starts_at, before);
    press(&mut app, "Enter");
    assert!(app.ctx.editor.is_none(), "leaving again gives up the entry");
    assert_eq!(app.ctx.whole_journey().meetings[0].starts_at, before);
}

#[test]
fn list_shows_upcoming_soonest_first_then_past_newest_first() {
    let mut app = app_with_ana();
    for date in [
        "2026-09-01 10:00",
        "2026-12-20 10:00",
        "2026-11-01 10:00",
        "2026-11-30 10:00",
    ] {
        log_meeting(&mut app, date, "", &[]);
    }
    let s = screen(&mut app, 80, 24);
    let pos = |needle: &str| s.find(needle).unwrap_or_else(|| panic!("{needle}: {s}"));
    assert!(pos("Upcoming (2)") < pos("2026-11-30"));
    assert!(pos("2026-11-30") < pos("2026-12-20"));
    assert!(pos("2026-12-20") < pos("Past (2)"));
    assert!(pos("Past (2)") < pos("2026-11-01"));
    assert!(pos("2026-11-01") < pos("2026-09-01"));
}

#[test]
fn search_finds_text_highlights_it_and_enter_opens_the_meeting() {
    let mut app = app_with_ana();
    log_meeting(
        &mut app,
        "2026-10-01 09:00",
        "Nothing here",
        &["Send the ÜBER-CV"],
    );
    log_meeting(&mut app, "2026-11-03 09:00", "The über plan", &[]);
    press(&mut app, "/");
    // While typing a query, q and digits are text, not commands.
    type_text(&mut app, "über q");
    assert!(!app.quit);
    assert_eq!(app.tab, Tab::Journal);
    press(&mut app, "Backspace Backspace");
    let s = screen(&mut app, 80, 24);
    // One search for every tab: opened from the Journal, meetings come first.
    assert!(s.contains("2 matches in 1 tab"), "{s}");
    assert!(s.contains("Journal (2)"), "{s}");
    assert!(
        s.contains("2026-11-03 Ana      notes         The über plan"),
        "{s}"
    );
    assert!(
        s.contains("2026-10-01 Ana      action        Send the ÜBER-CV"),
        "{s}"
    );
    // The match itself is drawn in the highlight style.
    let t = crate::common::terminal(&mut app, 80, 24);
    let buf = t.backend().buffer();
    let highlighted: String = buf
        .content
        .iter()
        .filter(|c| c.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED))
        .map(|c| c.symbol().to_string())
        .collect();
    assert_eq!(highlighted, "überÜBER");
    // Down to the action match, Enter: its meeting opens with the item selected.
    press(&mut app, "Down Enter");
    assert!(app.overlay.is_none());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Meeting with Ana Lima · Thu 1 Oct 2026"), "{s}");
    assert!(s.contains("▸ [ ] Send the ÜBER-CV"), "{s}");
    // Esc cancels a search and leaves things as they were.
    press(&mut app, "/");
    type_text(&mut app, "plan");
    press(&mut app, "Esc");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Meeting with Ana Lima · Thu 1 Oct 2026"), "{s}");
}

#[test]
fn jumps_reveal_meetings_and_action_items() {
    let mut app = app_with_ana();
    log_meeting(&mut app, "2026-10-01 09:00", "first", &["Only item"]);
    press(&mut app, "1");
    let item = app.ctx.whole_journey().actions[0].id;
    app.ctx.jump = Some(Target::Action(item));
    app.dispatch(mentee::action::Action::Down);
    assert_eq!(app.tab, Tab::Journal);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("▸ [ ] Only item"), "{s}");
    press(&mut app, "Esc 1");
    let m = app.ctx.whole_journey().meetings[0].id;
    app.ctx.jump = Some(Target::Meeting(m));
    app.dispatch(mentee::action::Action::Down);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Meeting with Ana Lima · Thu 1 Oct 2026"), "{s}");
}

#[test]
fn shared_screen_hides_private_meetings_and_sections_everywhere() {
    let mut app = app_with_ana();
    log_meeting(&mut app, "2026-10-01 09:00", "SECRETNOTES", &["SECRETITEM"]);
    log_meeting(&mut app, "2026-11-03 09:00", "open notes", &["OPENITEM"]);
    let secret = app.ctx.whole_journey().meetings[0].id;
    let open = app.ctx.whole_journey().meetings[1].id;
    app.ctx.commit(
        &FieldKey::Meeting(secret, MeetingField::Private),
        Value::Bool(true),
    );
    app.ctx.commit(
        &FieldKey::Meeting(open, MeetingField::Reflection),
        Value::Text("PRIVATEREFLECTION".into()),
    );
    app.ctx.commit(
        &FieldKey::Meeting(open, MeetingField::ReflectionPrivate),
        Value::Bool(true),
    );
    let markers = [
        "SECRETNOTES",
        "SECRETITEM",
        "PRIVATEREFLECTION",
        "2026-10-01",
    ];
    let frames = |app: &mut App| {
        let mut all = String::new();
        press(app, "1");
        all.push_str(&screen(app, 80, 24));
        press(app, "5");
        all.push_str(&screen(app, 80, 24));
        press(app, "Enter");
        all.push_str(&screen(app, 80, 24));
        press(app, "G");
        all.push_str(&screen(app, 80, 24));
        press(app, "Esc /");
        for q in ["secret", "private", "item"] {
            type_text(app, q);
            all.push_str(&screen(app, 80, 24));
            for _ in q.chars() {
                press(app, "Backspace");
            }
        }
        press(app, "Esc");
        all
    };
    let alone = frames(&mut app);
    for m in markers {
        assert!(alone.contains(m), "{m} shows when alone");
    }
    app.ctx.set_shared(true);
    let shared = frames(&mut app);
    for m in markers {
        assert!(
            !shared.contains(m),
            "{m} shows on a shared screen:\n{shared}"
        );
    }
    assert!(shared.contains("OPENITEM"));
}

#[test]
fn a_journal_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    {
        let mut app = app_with_store(Store::open(&path).unwrap());
        press(&mut app, "6 n");
        type_text(&mut app, "Ana");
        press(&mut app, "Enter Esc");
        log_meeting(&mut app, "2026-10-01 09:00", "kept", &["one", "two"]);
        press(&mut app, "Enter G Down Space q");
        assert!(app.quit);
    }
    let store = Store::open(&path).unwrap();
    let j = store.load().unwrap();
    assert_eq!(j.meetings[0].notes, "kept");
    assert!(j.actions[0].done);
    assert!(!j.actions[1].done);
    let mut app = app_with_store(store);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Open action items (1)"), "{s}");
    assert!(s.contains("[ ] two"), "{s}");
}

#[test]
fn a_click_selects_a_meeting_and_a_second_click_opens_it() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = app_with_ana();
    log_meeting(&mut app, "2026-10-01 09:00", "", &[]);
    log_meeting(&mut app, "2026-11-03 09:00", "", &[]);
    let _ = screen(&mut app, 80, 24);
    let click = |app: &mut App, row| {
        app.handle_event(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 10,
            row,
            modifiers: KeyModifiers::NONE,
        }));
        screen(app, 80, 24)
    };
    // Rows: tab bar, border, "Past (2)", 2026-11-03, 2026-10-01.
    let s = click(&mut app, 4);
    assert!(s.contains("▸ Thu 2026-10-01"), "{s}");
    let s = click(&mut app, 4);
    assert!(s.contains("Meeting with Ana Lima · Thu 1 Oct 2026"), "{s}");
    // A click on the heading selects the meeting under it instead.
    press(&mut app, "Esc");
    let s = click(&mut app, 2);
    assert!(s.contains("▸ Tue 2026-11-03"), "{s}");
}

/// The agenda's own free text is "Your notes", so the meeting's form has one "Notes" (the
/// notes taken during the meeting) and no two fields read alike.
#[test]
fn the_meeting_form_names_each_text_once() {
    let mut app = app_with_ana();
    log_meeting(&mut app, "2026-11-20 10:00", "Talked about the CV", &[]);
    let view = app.ctx.view();
    let m = &view.journey.meetings[0];
    let fields = mentee::tabs::journal::meeting_fields(m, &view);
    let texts: Vec<&str> = fields
        .iter()
        .filter(|f| f.label != "Private")
        .map(|f| f.label.as_str())
        .collect();
    for (i, label) in texts.iter().enumerate() {
        assert!(!texts[i + 1..].contains(label), "{label} twice: {texts:?}");
    }
    let notes = fields.iter().find(|f| f.label == "Your notes").unwrap();
    assert_eq!(notes.key, FieldKey::Meeting(m.id, MeetingField::Agenda));
    assert!(notes.hint.contains("kept in P"), "{}", notes.hint);
}

/// A meeting's title keeps its date and time whole at 60 columns: the mentor's short name
/// when the full one does not fit.
#[test]
fn a_meetings_title_keeps_its_time_at_60_columns() {
    let mut app = crate::common::demo_app();
    press(&mut app, "5 Home Enter");
    let wide = screen(&mut app, 80, 24);
    assert!(
        wide.contains("Planned meeting with Elena Sørensen · Wed 2 Dec 2026 16:30"),
        "{wide}"
    );
    let narrow = screen(&mut app, 60, 16);
    assert!(
        narrow.contains("Planned meeting with Elena · Wed 2 Dec 2026 16:30"),
        "{narrow}"
    );
}

/// An action item's own words come before its goal: on a row too short for both, the goal
/// is left out before the text is cut short.
#[test]
fn an_action_items_text_comes_before_its_goal() {
    let mut app = crate::common::demo_app();
    press(&mut app, "5 Home Enter");
    let s = screen(&mut app, 120, 40);
    let row = s
        .lines()
        .find(|l| l.contains("Finish linking"))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(
        row.contains("Finish linking the referral and attendance data"),
        "{row}"
    );
}
