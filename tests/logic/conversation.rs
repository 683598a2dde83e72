//! The Conversation tab's logic, driven through the app with a clock the test controls.

use crate::common::{app, app_with_store, press, screen, type_text};
use chrono::Duration;
use mentee::app::App;
use mentee::ctx::Target;
use mentee::domain::{Clock, FieldKey, Meeting};
use mentee::store::Store;
use mentee::tab::Tab;

const NOW: &str = "conversation.now";

/// Types `text` as the whole answer of the selected row (replacing what was there).
fn answer(app: &mut App, text: &str) {
    press(app, "Enter");
    // Empty the field first: select everything the way a user would, line by line.
    let old = app
        .ctx
        .editor
        .as_ref()
        .map(|e| e.text())
        .unwrap_or_default();
    for _ in 0..old.chars().count() {
        press(app, "Backspace");
    }
    type_text(app, text);
    press(app, "Esc");
}

fn texts(app: &App, key: &str) -> Vec<(String, String)> {
    app.ctx.whole_journey().answers[key]
        .iter()
        .map(|v| (v.day.to_string(), v.text.clone()))
        .collect()
}

fn next_day(app: &mut App, days: i64) {
    let now = app.ctx.clock.now();
    app.ctx.clock.set(now + Duration::days(days));
}

fn meeting_at(app: &mut App, clock: &Clock) -> i64 {
    let meeting = Meeting {
        starts_at: clock.now(),
        created_at: clock.now(),
        ..Meeting::default()
    };
    app.ctx.insert(meeting).expect("meeting added")
}

#[test]
fn same_day_edits_replace_and_a_later_day_adds_a_version() {
    let mut app = app();
    app.ctx.clock = Clock::at_day(2026, 3, 1);
    press(&mut app, "2");
    answer(&mut app, "First thoughts");
    answer(&mut app, "First thoughts, edited — 初め");
    assert_eq!(
        texts(&app, NOW),
        [("2026-03-01".into(), "First thoughts, edited — 初め".into())]
    );

    next_day(&mut app, 1);
    answer(&mut app, "A day later");
    // Only visiting the field on yet another day writes nothing new.
    next_day(&mut app, 1);
    press(&mut app, "Enter Esc");
    assert_eq!(
        texts(&app, NOW),
        [
            ("2026-03-01".into(), "First thoughts, edited — 初め".into()),
            ("2026-03-02".into(), "A day later".into()),
        ]
    );
    assert_eq!(app.ctx.whole_journey().answer_text(NOW), "A day later");
    // What is in memory is exactly what the store gives back.
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn autosave_during_typing_keeps_one_version_per_day() {
    let mut app = app();
    press(&mut app, "2 Down Enter");
    type_text(&mut app, "Ward work");
    app.ctx.save_editor();
    type_text(&mut app, ", night shifts");
    app.ctx.save_editor();
    press(&mut app, "Esc");
    let key = "conversation.now.job_content";
    assert_eq!(
        texts(&app, key),
        [("2026-11-22".into(), "Ward work, night shifts".into())]
    );
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn answers_and_their_dates_survive_reopening_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    {
        let mut app = app_with_store(Store::open(&path).unwrap());
        app.ctx.clock = Clock::at_day(2026, 5, 1);
        press(&mut app, "2 Down Down");
        answer(&mut app, "Open-plan office");
        next_day(&mut app, 7);
        answer(&mut app, "Moved to a quiet room");
    }
    let mut app = app_with_store(Store::open(&path).unwrap());
    assert_eq!(
        texts(&app, "conversation.now.work_environment"),
        [
            ("2026-05-01".into(), "Open-plan office".into()),
            ("2026-05-08".into(), "Moved to a quiet room".into()),
        ]
    );
    press(&mut app, "2 Down Down");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Moved to a quiet room"), "{s}");
    assert!(s.contains("2 versions"), "{s}");
}

#[test]
fn history_lists_versions_newest_first_and_shows_the_chosen_one() {
    let mut app = app();
    app.ctx.clock = Clock::at_day(2026, 11, 1);
    press(&mut app, "2");
    answer(&mut app, "November first");
    next_day(&mut app, 10);
    answer(&mut app, "Eleventh");
    next_day(&mut app, 11);
    answer(&mut app, "Today's answer");
    press(&mut app, "h");
    let s = screen(&mut app, 80, 24);
    let newest = s.find("2026-11-22").unwrap();
    let oldest = s.find("2026-11-01").unwrap();
    assert!(newest < oldest, "{s}");
    assert!(
        s.contains("Today's answer") && s.contains("Version 3 of 3"),
        "{s}"
    );
    press(&mut app, "Down Down");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("November first") && s.contains("Version 1 of 3"),
        "{s}"
    );
    assert!(!s.contains("Today's answer"), "{s}");
    press(&mut app, "Esc");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Questions") && s.contains("Today's answer"),
        "{s}"
    );
}

#[test]
fn changes_compare_with_the_answer_at_the_last_meeting() {
    let mut app = app();
    app.ctx.clock = Clock::at_day(2026, 10, 1);
    press(&mut app, "2");
    answer(&mut app, "Nurse\nLikes people\nTired");
    press(&mut app, "Down");
    answer(&mut app, "Unchanged since then");
    let meeting_clock = Clock::at_day(2026, 10, 5);
    meeting_at(&mut app, &meeting_clock);
    next_day(&mut app, 20);
    press(&mut app, "Up");
    answer(&mut app, "Nurse\nLikes people\nRested after leave");
    press(&mut app, "c");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Changed since the last"), "{s}");
    assert!(s.contains("the last meeting, 2026-10-05"), "{s}");
    // Only the changed words are marked; the unchanged lines read as they are.
    assert!(s.contains("[-Tired-]{+Rested after leave+}"), "{s}");
    assert!(s.contains("│ Likes people  "), "{s}");
    // The answer that did not change since the meeting is not listed.
    assert!(!s.contains("Job content"), "{s}");
    // Enter goes to the answer.
    press(&mut app, "Enter");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Rested after leave") && s.contains("Questions"),
        "{s}"
    );
}

#[test]
fn without_a_meeting_changes_compare_with_the_previous_version() {
    let mut app = app();
    app.ctx.clock = Clock::at_day(2026, 10, 1);
    press(&mut app, "2");
    answer(&mut app, "old line");
    next_day(&mut app, 3);
    answer(&mut app, "new line");
    press(&mut app, "c");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("the previous version"), "{s}");
    assert!(s.contains("[-was-] 2026-10-01"), "{s}");
    assert!(s.contains("[-old-]{+new+} line"), "{s}");
}

#[test]
fn nothing_changed_since_the_meeting_says_so() {
    let mut app = app();
    app.ctx.clock = Clock::at_day(2026, 10, 1);
    press(&mut app, "2");
    answer(&mut app, "Before the meeting");
    meeting_at(&mut app, &Clock::at_day(2026, 10, 2));
    next_day(&mut app, 5);
    press(&mut app, "c");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("No answer changed since the last meeting"),
        "{s}"
    );
}

#[test]
fn links_jump_to_the_worksheet_and_the_goals() {
    let mut app = app();
    press(&mut app, "2");
    // "The ideal occupation" is the 12th row.
    for _ in 0..11 {
        press(&mut app, "Down");
    }
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("o Ideal occupation"),
        "footer names the link: {s}"
    );
    press(&mut app, "o");
    assert_eq!(app.tab, Tab::Occupation);
    press(&mut app, "2 G o");
    assert_eq!(app.tab, Tab::Goals);
    // Rows without a link do nothing with o.
    press(&mut app, "2 g o");
    assert_eq!(app.tab, Tab::Conversation);
}

#[test]
fn private_answers_are_hidden_on_the_shared_screen() {
    let mut app = app();
    press(&mut app, "2 G");
    answer(&mut app, "Behind on the course — a secret");
    press(&mut app, "x");
    assert!(
        app.ctx
            .whole_journey()
            .private_answers
            .contains("conversation.doing.next")
    );
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("private") && s.contains("a secret"), "{s}");

    app.ctx.set_shared(true);
    for keys in ["", "h", "Esc c", "Esc Enter", "1"] {
        press(&mut app, keys);
        let s = screen(&mut app, 80, 24);
        assert!(!s.contains("secret"), "after {keys:?}: {s}");
        assert!(app.ctx.editor.is_none());
    }
    // Cannot be revealed from the shared screen.
    press(&mut app, "2 p");
    assert!(
        app.ctx
            .whole_journey()
            .private_answers
            .contains("conversation.doing.next")
    );
    app.ctx.set_shared(false);
    press(&mut app, "x");
    assert!(
        !app.ctx
            .whole_journey()
            .private_answers
            .contains("conversation.doing.next")
    );
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn overview_shows_the_last_how_are_you_doing() {
    let mut app = app();
    app.ctx.clock = Clock::at_day(2026, 11, 1);
    press(&mut app, "2 G");
    answer(&mut app, "Plan for next time");
    next_day(&mut app, 19);
    press(&mut app, "Up");
    answer(
        &mut app,
        "Finished module 2\nStarted the ward project\nMissed the reading\nMore",
    );
    press(&mut app, "1");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("How are you doing? · Progress against the plan · Fri 20 Nov (today)"),
        "{s}"
    );
    assert!(
        s.contains("  Finished module 2") && s.contains("  Missed the reading"),
        "{s}"
    );
    assert!(
        !s.contains("More") && !s.contains("Plan for next time"),
        "{s}"
    );
    assert!(s.contains("… more in 2 Conversation"), "{s}");

    // A private one is skipped on the shared screen, in favour of the last shown one.
    press(&mut app, "2 x 1");
    app.ctx.set_shared(true);
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("Finished module 2"), "{s}");
    assert!(s.contains("Plan for next time"), "{s}");
}

#[test]
fn ctrl_e_asks_for_the_editor_and_its_text_is_saved_as_the_answer() {
    let mut app = app();
    press(&mut app, "2 Down C-e");
    let req = app.ctx.external.take().expect("an editor request");
    assert_eq!(
        req.key,
        FieldKey::Answer("conversation.now.job_content".into())
    );
    app.ctx
        .external_done(&req, "From the editor — ✍️\nsecond line\n");
    assert_eq!(
        app.ctx
            .whole_journey()
            .answer_text("conversation.now.job_content"),
        "From the editor — ✍️\nsecond line"
    );
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());

    // While typing, Ctrl-e takes the unsaved text along.
    press(&mut app, "Enter");
    type_text(&mut app, " more");
    press(&mut app, "C-e");
    let req = app.ctx.external.take().expect("an editor request");
    assert!(req.text.ends_with("second line more"), "{}", req.text);
}

#[test]
fn long_answers_wrap_and_scroll_when_read() {
    let mut app = app();
    press(&mut app, "2");
    let text: String = (1..=40)
        .map(|i| format!("Line {i} of a long answer\n"))
        .collect();
    answer(&mut app, &text);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("more lines, → to read"), "{s}");
    assert!(!s.contains("Line 40 "), "{s}");
    press(&mut app, "Right G");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Line 40 of a long answer"), "{s}");
    assert!(s.contains("26–45 of 45"), "scroll position shown: {s}");
    press(&mut app, "Esc");
    assert!(screen(&mut app, 80, 24).contains("→ to read"));
    // A single long line wraps instead of being cut.
    press(&mut app, "Down");
    answer(&mut app, &"word ".repeat(60));
    let s = screen(&mut app, 80, 24);
    assert!(
        s.lines().filter(|l| l.contains("word word word")).count() >= 5,
        "{s}"
    );
}

#[test]
fn a_jump_to_an_answer_selects_it() {
    let mut app = app();
    app.ctx.jump = Some(Target::Answer("conversation.how.plans".into()));
    app.dispatch(mentee::action::Action::Down);
    assert_eq!(app.tab, Tab::Conversation);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("│ Plans and resources"), "{s}");
    assert!(s.contains("▸   · Plans and resources"), "{s}");
}

#[test]
fn clicks_select_a_row_and_focus_the_answer() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let click = |app: &mut App, column, row| {
        app.handle_event(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }));
    };
    let mut app = app();
    press(&mut app, "2");
    screen(&mut app, 80, 24);
    // Row 7 of the screen is the sixth list row: "Interests and motivations".
    click(&mut app, 10, 7);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("▸   · Interests and motivat"), "{s}");
    assert!(s.contains("What interests and motivates you?"), "{s}");
    click(&mut app, 50, 10);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Esc back"), "the answer has the focus: {s}");
}
