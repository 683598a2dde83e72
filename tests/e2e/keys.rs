//! Keys as a fast typist, a paste or tmux sends them: `Esc` and the next key within a few
//! milliseconds arrive as one `Alt` chord, and must still mean `Esc`, then the key.

use crate::common::pty::Pty;

fn db_in(dir: &tempfile::TempDir) -> String {
    dir.path().join("journey.db").to_string_lossy().into_owned()
}

/// A journey with one mentor, on the Agreement tab, not editing.
fn with_a_mentor(dir: &tempfile::TempDir) -> Pty {
    let db = db_in(dir);
    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Welcome to mentee");
    pty.keys("6 n");
    pty.type_text("Ana Lima");
    pty.keys("Enter");
    pty.wait_for("Agreement with Ana Lima");
    pty
}

#[test]
fn esc_then_p_within_a_millisecond_opens_prepare() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = with_a_mentor(&dir);
    // Editing the contact: Esc leaves the field, P opens Prepare; one write, as a fast
    // typist's two keys reach the app.
    pty.keys("Down Enter");
    pty.type_text("ana@example.org");
    pty.send("\x1bP");
    pty.wait_for("Prepare —");
    pty.keys("q");
    pty.wait_exit();
}

#[test]
fn esc_up_enter_leaves_the_field_moves_up_and_opens_the_field_above() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = with_a_mentor(&dir);
    pty.keys("Down Enter");
    pty.type_text("ana@example.org");
    // Esc and ↑ as one chord (Alt+↑, as xterm sends it), then Enter.
    pty.send("\x1b[1;3A\r");
    // The name's editor is open: typing goes to the end of the name.
    pty.type_text("!");
    pty.wait_for("Ana Lima!");
    let s = pty.wait_for("ana@example.org");
    assert!(!s.contains("ana@example.org!"), "{s}");
    pty.keys("Esc q");
    pty.wait_exit();
}
