//! The Ideal occupation tab in the real binary, in a pseudo-terminal.

use crate::common::pty::Pty;

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");

#[test]
fn a_gap_made_a_goal_survives_a_restart_with_its_origin() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journey.db").to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    pty.wait_for("Welcome to mentee");
    pty.keys("3");
    pty.wait_for("Knowledge & skills");
    // First stem: ideal, current reality, gap note; marked as a gap; made a goal.
    pty.keys("Enter Enter");
    pty.type_text("data analysis and teaching — 教える");
    pty.keys("Esc Down Enter");
    pty.type_text("reporting, alone");
    pty.keys("Esc Down Enter");
    pty.type_text("Teach a workshop on reading data");
    pty.keys("Esc m m");
    pty.wait_for("makes a goal from it");
    pty.keys("n");
    pty.wait_for("Goal made from this stem");
    // Pressed again by mistake: it asks, and "n" declines.
    pty.keys("n");
    pty.wait_for("Make another goal from it?");
    pty.keys("n");
    // Second stem: the ideal only.
    pty.keys("Esc");
    pty.keys("Down Enter Enter");
    pty.type_text("public health");
    pty.keys("Esc");
    pty.wait_for("2 of 10 filled");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let mut pty = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    pty.wait_for("Getting started");
    pty.keys("3");
    // The stem lists the goal made from it.
    let screen = pty.wait_for("Goal made from this stem");
    assert!(
        screen.contains("Teach a workshop on reading data"),
        "{screen}"
    );
    assert!(screen.contains("! Knowledge & skills"), "{screen}");
    assert!(
        screen.contains("2 of 10 filled · 0 working well · 1 gap"),
        "{screen}"
    );
    pty.keys("c");
    let compare = pty.wait_for("Compare with current reality");
    assert!(compare.contains("→ Teach a workshop"), "{compare}");
    assert!(compare.contains("public health"), "{compare}");
    // The Goals tab has the goal, and its detail says where it came from.
    pty.keys("4");
    let goals = pty.wait_for("Teach a workshop on reading");
    assert!(goals.contains("◆"), "origin mark in the list: {goals}");
    pty.keys("Enter");
    let detail = pty.wait_for("From Ideal occupation");
    assert!(
        detail.contains("I am able to use my preferred knowledge"),
        "{detail}"
    );
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let conn = rusqlite::Connection::open(&db).unwrap();
    let goals: Vec<(String, String, String)> = conn
        .prepare("SELECT title, origin_kind, origin_key FROM goal")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        goals,
        [(
            "Teach a workshop on reading data".to_string(),
            "worksheet".to_string(),
            "worksheet.where.1".to_string()
        )]
    );
    let marker: String = conn
        .query_row(
            "SELECT marker FROM worksheet_marker WHERE stem = 'worksheet.where.1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(marker, "gap");
    let (ideal, day): (String, String) = conn
        .query_row(
            "SELECT text, day FROM answer_version WHERE key = 'worksheet.where.1.ideal'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(ideal, "data analysis and teaching — 教える");
    assert_eq!(day, "2026-11-22");
    let second: String = conn
        .query_row(
            "SELECT text FROM answer_version WHERE key = 'worksheet.where.2.ideal'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(second, "public health");
}
