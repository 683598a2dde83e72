//! The Conversation tab in the real binary, in a pseudo-terminal.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::pty::Pty;

fn db_in(dir: &tempfile::TempDir) -> String {
    dir.path().join("journey.db").to_string_lossy().into_owned()
}

/// The versions of an answer in the file, oldest first: (day, text).
fn stored(db: &str, key: &str) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT day, text FROM answer_version WHERE key = ?1 ORDER BY day")
        .unwrap();
    stmt.query_map([key], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn script(dir: &Path, name: &str, body: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_multi_line_non_ascii_answer_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Welcome to mentee");
    pty.keys("2");
    pty.wait_for("Where are you now?");
    pty.keys("Enter");
    pty.type_text("Pflegefachfrau in Zürich — 看護師 🩺");
    pty.keys("Enter");
    pty.type_text("Ich möchte mehr unterrichten.");
    pty.keys("Esc");
    pty.wait_for("Answered");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(
        stored(&db, "conversation.now")
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>(),
        ["Pflegefachfrau in Zürich — 看護師 🩺\nIch möchte mehr unterrichten."]
    );

    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Getting started");
    pty.keys("2");
    let screen = pty.wait_for("Ich möchte mehr unterrichten.");
    assert!(
        screen.contains("Pflegefachfrau in Zürich — 看護師"),
        "{screen}"
    );
    assert!(screen.contains("✓ Where are you now?"), "{screen}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn editing_on_two_days_keeps_both_versions_in_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let day1 = [("MENTEE_NOW", "2026-11-01T09:00:00Z")];
    let mut pty = Pty::spawn(&["--db", &db], &day1, dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("2 Down Enter");
    pty.type_text("Night shifts on a ward");
    pty.keys("Esc");
    pty.wait_for("Answered 2026-11-01");
    // A second edit the same day replaces that day's version.
    pty.keys("Enter");
    pty.type_text(", mostly");
    pty.keys("Esc");
    pty.wait_for("shifts on a ward, mostly");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(stored(&db, "conversation.now.job_content").len(), 1);

    let day2 = [("MENTEE_NOW", "2026-11-22T10:00:00Z")];
    let mut pty = Pty::spawn(&["--db", &db], &day2, dir.path(), 80, 24);
    pty.wait_for("Getting started");
    pty.keys("2 Down Enter");
    pty.keys("Enter");
    pty.type_text("Now on days, teaching students");
    pty.keys("Esc");
    pty.wait_for("2 versions");
    pty.keys("h");
    let screen = pty.wait_for("Version 2 of 2");
    assert!(screen.contains("2026-11-22  today"), "{screen}");
    assert!(screen.contains("2026-11-01  21 days ago"), "{screen}");
    assert!(
        screen.contains("Now on days, teaching students"),
        "{screen}"
    );
    pty.keys("Down");
    let screen = pty.wait_for("Version 1 of 2");
    assert!(
        screen.contains("Night shifts on a ward, mostly"),
        "{screen}"
    );
    assert!(!screen.contains("teaching students"), "{screen}");
    pty.keys("Esc");
    pty.keys("c");
    let screen = pty.wait_for("{+Now on days, teaching students+}");
    assert!(
        screen.contains("│ Night shifts on a ward, mostly  "),
        "{screen}"
    );
    pty.keys("Esc");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(
        stored(&db, "conversation.now.job_content"),
        [
            ("2026-11-01".into(), "Night shifts on a ward, mostly".into()),
            (
                "2026-11-22".into(),
                "Night shifts on a ward, mostly\nNow on days, teaching students".into()
            ),
        ]
    );
}

#[test]
fn ctrl_e_rewrites_the_answer_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    // Rewrites what the app wrote to the file, so the test also sees the text went out.
    let editor = script(
        dir.path(),
        "rewrite.sh",
        // The file ends with a newline, so an appended line is a line of its own.
        "sed -i 's/ward/clinic/' \"$1\"\nprintf 'Rewritten in the editor — ✍️\\n' >> \"$1\"\n",
    );
    let failing = script(dir.path(), "failing.sh", "echo garbage > \"$1\"\nexit 4\n");
    let env = [("EDITOR", editor.as_str()), ("VISUAL", "")];
    let mut pty = Pty::spawn(&["--db", &db], &env, dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("2 Enter");
    pty.type_text("Nurse on a ward");
    pty.keys("Esc");
    pty.wait_for("Answered");
    pty.keys("C-e");
    let screen = pty.wait_for("Rewritten in the editor — ✍️");
    assert!(screen.contains("Nurse on a clinic"), "{screen}");
    assert!(screen.contains("saved from the editor"), "{screen}");
    // Also from inside the field, taking along what was typed but not yet saved.
    pty.keys("Down Enter");
    pty.type_text("Busy ward");
    pty.keys("C-e");
    pty.wait_for("Busy clinic");
    pty.keys("Esc");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    let now = stored(&db, "conversation.now");
    assert_eq!(now.len(), 1);
    assert_eq!(now[0].1, "Nurse on a clinic\nRewritten in the editor — ✍️");
    assert_eq!(
        stored(&db, "conversation.now.job_content")[0].1,
        "Busy clinic\nRewritten in the editor — ✍️"
    );

    let env = [("EDITOR", failing.as_str()), ("VISUAL", "")];
    let mut pty = Pty::spawn(&["--db", &db], &env, dir.path(), 80, 24);
    pty.wait_for("Getting started");
    pty.keys("2 C-e");
    pty.wait_for("exited with status 4");
    let screen = pty.screen();
    assert!(screen.contains("Nurse on a clinic"), "{screen}");
    assert!(!screen.contains("garbage"), "{screen}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(
        stored(&db, "conversation.now")[0].1,
        "Nurse on a clinic\nRewritten in the editor — ✍️"
    );
}
