//! The journal in the real binary, in a pseudo-terminal, with a frozen clock.

use crate::common::pty::Pty;

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");

#[test]
fn a_back_dated_meeting_keeps_its_open_action_on_overview_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journey.db").to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    pty.wait_for("Welcome to mentee");
    pty.keys("5");
    pty.wait_for("No meetings yet");
    // A new meeting starts with its date selected: typing replaces it.
    pty.keys("n");
    pty.wait_for("Meeting · Sun 22 Nov 2026 10:00");
    pty.type_text("2026-11-10 15:00");
    pty.keys("Enter");
    pty.wait_for("Meeting · Tue 10 Nov 2026 15:00");
    // Down to Notes: Mentor, Mode, Minutes, Place, Private, Agenda, its Private, Notes.
    pty.keys("Down Down Down Down Down Down Down Down Enter");
    pty.type_text("We went through the CV — 指導 🎉");
    pty.keys("Esc");
    pty.wait_for("We went through the CV");
    pty.keys("a");
    pty.type_text("Draft the CV");
    pty.keys("Enter Esc");
    pty.wait_for("Action items · 1 open");
    pty.keys("a");
    pty.type_text("Ask Carla about the conference");
    pty.keys("Enter Esc");
    pty.wait_for("Action items · 2 open");
    // Tick the first item.
    pty.keys("Up Space");
    pty.wait_for("Action items · 1 open");
    let screen = pty.wait_for("[x] Draft the CV");
    assert!(screen.contains("done Sun 22 Nov"), "{screen}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let mut pty = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    let overview = pty.wait_for("Open action items (1)");
    assert!(
        overview.contains("[ ] Ask Carla about the conference · me"),
        "{overview}"
    );
    assert!(!overview.contains("Draft the CV"), "{overview}");
    // And the journal still holds the meeting, back-dated, with its notes.
    pty.keys("5");
    let list = pty.wait_for("Past (1)");
    assert!(list.contains("Tue 2026-11-10 15:00"), "{list}");
    assert!(list.contains("1 open"), "{list}");
    pty.keys("Enter");
    pty.wait_for("We went through the CV — 指導 🎉");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn search_in_the_journal_types_into_the_query_and_jumps_to_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journey.db").to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    pty.wait_for("Welcome to mentee");
    pty.keys("5 n");
    pty.type_text("2026-11-01 09:00");
    pty.keys("Enter Down Down Down Down Down Down Enter");
    pty.type_text("Quarterly plan and the Überblick");
    pty.keys("Esc Esc");
    pty.wait_for("Past (1)");
    pty.keys("/");
    pty.wait_for("╭ Search");
    // q and 1 are part of the query here, not quit and Overview.
    pty.type_text("q1");
    pty.wait_for("No matches for “q1”");
    pty.keys("Backspace Backspace");
    pty.type_text("überblick");
    pty.wait_for("1 match in 1 tab");
    pty.keys("Enter");
    pty.wait_for("Meeting · Sun 1 Nov 2026 09:00");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}
