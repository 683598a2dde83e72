//! The Goals tab driven through the real binary in a pseudo-terminal.

use crate::common::pty::Pty;

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");

#[test]
fn a_goal_milestone_and_review_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journey.db").to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("4");
    pty.wait_for("No goals yet");
    pty.keys("n");
    pty.type_text("Ship the portfolio 🎨");
    pty.keys("Enter");
    pty.wait_for("Goal: Ship the portfolio");
    // A milestone: type it, leave its form, tick it.
    pty.keys("a");
    pty.type_text("Pick three projects");
    pty.keys("Enter Esc");
    pty.wait_for("0 of 1 done");
    pty.keys("Space");
    pty.wait_for("1 of 1 done");
    // A review with a note.
    pty.keys("r");
    pty.type_text("Good start — 順調");
    pty.keys("Esc Esc");
    pty.wait_for("Reviews  1");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let mut pty = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    pty.wait_for("Goals");
    pty.keys("4");
    let list = pty.wait_for("Ship the portfolio 🎨");
    let row = list
        .lines()
        .find(|l| l.contains("Ship the portfolio"))
        .unwrap();
    assert!(row.contains("100%"), "{list}");
    pty.keys("Enter");
    let detail = pty.wait_for("1 of 1 done");
    assert!(detail.contains("[x] Pick three projects"), "{detail}");
    assert!(detail.contains("22 Nov 100% Good start — 順調"), "{detail}");
    assert!(detail.contains("from milestones"), "{detail}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let conn = rusqlite::Connection::open(&db).unwrap();
    let (progress, done_on): (i64, String) = conn
        .query_row(
            "SELECT g.progress, m.done_on FROM goal g JOIN milestone m ON m.goal_id = g.id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((progress, done_on.as_str()), (100, "2026-11-22"));
    let note: String = conn
        .query_row("SELECT note FROM review", [], |r| r.get(0))
        .unwrap();
    assert_eq!(note, "Good start — 順調");
}
