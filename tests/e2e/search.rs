//! `/` in the real binary: search the demo journey and jump to what was found.

use crate::common::pty::Pty;

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");

#[test]
fn search_the_demo_for_a_word_and_enter_jumps_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let env = [NOW, ("TMPDIR", tmp.to_str().unwrap())];
    let mut pty = Pty::spawn(&["demo"], &env, dir.path(), 80, 24);
    pty.wait_for("Next meetings");
    pty.keys("/");
    pty.wait_for("Type to search answers, the worksheet, goals, meetings and agreements");
    pty.type_text("Deprived");
    let results = pty.wait_for("1 match in 1 tab");
    assert!(results.contains("Journal (1)"), "{results}");
    assert!(
        results.contains("2026-10-07 Elena    notes         …two most deprived areas"),
        "{results}"
    );
    pty.keys("Enter");
    let meeting = pty.wait_for("Meeting with Elena Sørensen · Wed 7 Oct 2026 16:30");
    assert!(meeting.contains("deprived areas"), "{meeting}");

    // From the goals, a word found in several tabs: goals are listed first.
    pty.keys("Esc");
    pty.keys("4");
    pty.wait_for("Sort priority");
    pty.keys("/");
    pty.type_text("Quarto");
    let results = pty.wait_for("matches in 2 tabs");
    let goals = results.find("Goals (").unwrap();
    let journal = results.find("Journal (").unwrap();
    assert!(goals < journal, "{results}");
    pty.keys("Enter");
    pty.wait_for("Goal: Move the weekly respiratory report");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}
