//! Faults: writes that fail, kill -9 while typing, signals while editing, two instances.
//!
//! Failing writes use the debug-build hook of the store (`src/store/fault.rs`): tests run as
//! root, where permissions cannot make a file unwritable. Everything else drives the real
//! binary in a pseudo-terminal.

// Release builds compile the debug-only tests out, and with them some helpers' only users.
#![cfg_attr(not(debug_assertions), allow(unused_imports, dead_code))]

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::pty::{BIN, PATIENCE, Pty, eventually};
use crate::common::{app, app_with_store, press, screen, type_text};
use crossterm::event::Event;
use mentee::domain::{FieldKey, MentorField};
use mentee::editor::AUTOSAVE_PAUSE;
use mentee::store::Store;
#[cfg(debug_assertions)]
use mentee::store::{FaultKind, FaultPlan};

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");

fn db_in(dir: &tempfile::TempDir) -> String {
    dir.path().join("journey.db").to_string_lossy().into_owned()
}

/// Keys from a fresh Agreement tab with one mentor to "How would you define mentoring? / Me".
const TO_DEFINE_MINE: &str = "Enter Down Down Down Down Down Down Down Down Enter";

fn define_mine(db: &str) -> String {
    define_mine_keyed(db, None)
}

fn integrity(db: &str) -> String {
    integrity_keyed(db, None)
}

/// A connection to `db`, given its passphrase when it is encrypted.
fn connection(db: &str, pass: Option<&str>) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(db).unwrap();
    if let Some(pass) = pass {
        conn.pragma_update(None, "key", pass).unwrap();
    }
    conn
}

fn define_mine_keyed(db: &str, pass: Option<&str>) -> String {
    connection(db, pass)
        .query_row("SELECT define_mine FROM agreement", [], |r| r.get(0))
        .unwrap_or_default()
}

fn integrity_keyed(db: &str, pass: Option<&str>) -> String {
    connection(db, pass)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

// ---------------------------------------------------------------------------------------
// A write that fails, in process: the text stays in the editor, the footer and the field
// say why, autosave backs off, and a later attempt saves once the fault clears.

// Write faults exist in debug builds only (`src/store/fault.rs`).
#[cfg(debug_assertions)]
#[test]
fn a_failed_save_keeps_the_text_says_why_backs_off_and_saves_when_the_fault_clears() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, &format!("Enter Esc {TO_DEFINE_MINE}"));
    let id = a.ctx.whole_journey().mentors[0].id;
    // The next two writes fail as on a file that became read-only.
    a.ctx.store().debug_fail_writes(Some(FaultPlan {
        after: 0,
        count: Some(2),
        kind: FaultKind::ReadOnly,
    }));
    type_text(&mut a, "first line\nsecond line");
    let due = a.ctx.next_deadline().expect("an autosave is planned");
    a.tick(due);
    let ed = a.ctx.editor.as_ref().expect("the editor stays open");
    assert_eq!(ed.text(), "first line\nsecond line");
    assert!(ed.dirty);
    assert_eq!(ed.failed_saves, 1);
    let status = a.ctx.status.clone().expect("a message in the footer");
    assert!(status.error, "{status:?}");
    assert!(
        status
            .text
            .contains("Not saved: the database file became read-only"),
        "{status:?}"
    );
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("first line") && s.contains("second line"), "{s}");
    assert!(s.contains("not saved yet"), "the field says so too:\n{s}");
    assert!(
        s.lines().nth(22).unwrap_or("").contains("Not saved"),
        "and the message row above the footer:\n{s}"
    );
    assert!(
        s.lines().nth(23).unwrap_or("").contains("Esc done"),
        "while the footer keeps the keys:\n{s}"
    );

    // No retry on every loop: the next attempt waits for a back-off.
    let retry = a.ctx.next_deadline().expect("a retry is planned");
    let wait = retry - Instant::now();
    assert!(wait >= Duration::from_millis(800), "{wait:?}");
    a.tick(retry - Duration::from_millis(10));
    assert_eq!(a.ctx.editor.as_ref().unwrap().failed_saves, 1);

    // The second attempt fails too; the third finds the fault cleared.
    a.tick(retry);
    assert_eq!(a.ctx.editor.as_ref().unwrap().failed_saves, 2);
    let retry2 = a.ctx.next_deadline().expect("another retry");
    let wait2 = retry2 - Instant::now();
    assert!(
        wait2 >= Duration::from_millis(1800),
        "the back-off grows: {wait2:?}"
    );
    a.tick(retry2);
    let ed = a.ctx.editor.as_ref().expect("still editing");
    assert!(!ed.dirty && ed.error.is_none(), "{:?}", ed.error);
    assert!(a.ctx.next_deadline().is_none(), "nothing left to save");
    let status = a.ctx.status.clone().expect("a message");
    assert!(!status.error && status.text.contains("saved"), "{status:?}");
    let key = FieldKey::Mentor(id, MentorField::DefineMine);
    assert_eq!(
        a.ctx.whole_journey().get(&key),
        mentee::domain::Value::Text("first line\nsecond line".into())
    );
    assert_eq!(a.ctx.store().load().unwrap(), *a.ctx.whole_journey());
    assert_eq!(a.ctx.store().integrity_check().unwrap(), "ok");
}

// Write faults exist in debug builds only (`src/store/fault.rs`).
#[cfg(debug_assertions)]
#[test]
fn a_full_disk_refuses_a_large_text_and_nothing_half_written_remains() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journey.db");
    let mut a = app_with_store(Store::open(&db).unwrap());
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, &format!("Enter Esc {TO_DEFINE_MINE}"));
    a.ctx.store().debug_fail_writes(Some(FaultPlan {
        after: 0,
        count: None,
        kind: FaultKind::DiskFull,
    }));
    // 200 KiB needs new pages: the write fails whole.
    let big: String = (0..4_000)
        .map(|i| format!("line {i} of notes, kept\n"))
        .collect();
    a.handle_event(Event::Paste(big.clone()));
    press(&mut a, "Esc");
    let ed = a.ctx.editor.as_ref().expect("Esc keeps the editor open");
    assert!(
        ed.text() == big.trim_end() || ed.text() == big,
        "the text is kept"
    );
    let status = a.ctx.status.clone().unwrap();
    assert!(status.text.contains("the disk is full"), "{status:?}");
    assert_eq!(a.ctx.store().load().unwrap(), *a.ctx.whole_journey());
    assert_eq!(
        a.ctx.store().load().unwrap().mentors[0]
            .agreement
            .define_mine,
        ""
    );
    // Room again: leaving the field saves it.
    a.ctx.store().debug_fail_writes(None);
    press(&mut a, "Esc");
    assert!(a.ctx.editor.is_none());
    assert_eq!(
        a.ctx.store().load().unwrap().mentors[0]
            .agreement
            .define_mine,
        big.trim_end()
    );
    assert_eq!(a.ctx.store().integrity_check().unwrap(), "ok");
}

// ---------------------------------------------------------------------------------------
// The real binary.

/// Starts mentee on `db`, waits for its first screen.
fn start(db: &str, dir: &Path, env: &[(&str, &str)]) -> Pty {
    start_keyed(db, dir, env, None)
}

/// [`start`], answering the passphrase prompt of an encrypted database.
fn start_keyed(db: &str, dir: &Path, env: &[(&str, &str)], pass: Option<&str>) -> Pty {
    let mut all = vec![NOW];
    all.extend_from_slice(env);
    let mut pty = Pty::spawn(&["--db", db], &all, dir, 80, 24);
    if let Some(pass) = pass {
        pty.passphrase(pass);
    }
    pty.wait_for("1 Overview");
    pty
}

#[test]
fn kill_9_while_typing_loses_at_most_what_followed_the_last_pause() {
    kill_9_while_typing(None);
}

/// The same on an encrypted database (issue 18); and neither the file nor its log ever
/// holds the text typed.
#[test]
fn kill_9_while_typing_an_encrypted_database_loses_no_more_and_shows_nothing() {
    kill_9_while_typing(Some("kill nine passphrase"));
}

fn file_holds(path: &str, text: &str) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

fn kill_9_while_typing(pass: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    if let Some(pass) = pass {
        // A new database, encrypted from the start.
        drop(Store::open_keyed(Path::new(&db), Some(&pass.into())).unwrap());
    }
    let start = |env: &[(&str, &str)]| start_keyed(&db, dir.path(), env, pass);
    let define_mine = |db: &str| define_mine_keyed(db, pass);
    let integrity = |db: &str| integrity_keyed(db, pass);
    let mut pty = start(&[]);
    pty.keys("6 n");
    pty.type_text("Kim");
    pty.keys("Enter Esc q");
    pty.wait_exit();

    // Each round: reopen (recovering the WAL of the killed run), type a line, pause so it
    // autosaves, type more, kill -9. Some rounds kill right as the autosave runs.
    let mut saved = String::new();
    let rounds = 8;
    for round in 0..rounds {
        let mut pty = start(&[]);
        pty.keys("6");
        pty.wait_for("Kim");
        pty.keys(TO_DEFINE_MINE);
        pty.wait_for("Esc done");
        let kept = format!("round {round}: kept — 保存 ✓");
        let lost = format!(" round {round}: after the pause");
        // The editor opens at the end of the text: a new line, then the words.
        if !saved.is_empty() {
            pty.keys("Enter");
        }
        pty.type_text(&kept);
        let before = saved.clone();
        let with_kept = if saved.is_empty() {
            kept.clone()
        } else {
            format!("{saved}\n{kept}")
        };
        let mid_save = round % 3 == 2;
        if mid_save {
            // Not a wait but the moment of the fault: kill within a few ms of the autosave
            // deadline, before, during or after the save.
            std::thread::sleep(AUTOSAVE_PAUSE + Duration::from_millis(round as u64 % 7));
        } else {
            eventually(
                &format!("round {round}: the pause saves it"),
                PATIENCE,
                || (define_mine(&db) == with_kept).then_some(()),
            );
            pty.type_text(&lost);
        }
        pty.signal(expectrl::Signal::SIGKILL);
        assert_eq!(pty.wait_exit(), 128 + 9);

        assert_eq!(integrity(&db), "ok", "round {round}");
        if pass.is_some() {
            let wal = format!("{db}-wal");
            assert!(
                !file_holds(&db, "kept") && !file_holds(&wal, "kept"),
                "round {round}: the text typed is readable in the file or its log"
            );
        }
        let text = define_mine(&db);
        if mid_save {
            // Either the autosave made it (all of it) or it did not (nothing of it).
            assert!(
                text == with_kept || text == before,
                "round {round}: {text:?}"
            );
        } else {
            assert_eq!(text, with_kept, "round {round}: the pause saved it");
        }
        saved = text;
    }
    // And the app reads it all back.
    let mut pty = start(&[]);
    pty.keys(&format!("6 {TO_DEFINE_MINE}"));
    pty.wait_for("round 0: kept");
    pty.keys("Esc Esc q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(integrity(&db), "ok");
}

/// Types two lines into a multi-line field, sends `signal` without a pause, and checks the
/// text was saved and the terminal given back.
fn signal_while_editing_saves_and_restores(signal: expectrl::Signal) {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = start(&db, dir.path(), &[]);
    pty.keys("6 n");
    pty.type_text("Lee");
    pty.keys(&format!("Enter Esc {TO_DEFINE_MINE}"));
    pty.wait_for("Esc done");
    let vt = pty.vt();
    assert!(vt.alternate_screen() && vt.bracketed_paste());
    assert_ne!(vt.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    pty.type_text("Mentoring is listening.");
    pty.keys("Enter");
    pty.type_text("二行目 — line two 🎉");
    pty.wait_for("line two");
    pty.signal(signal);
    assert_eq!(pty.wait_exit(), 0, "a clean exit after {signal:?}");
    let vt = pty.vt();
    assert!(!vt.alternate_screen(), "alternate screen left");
    assert!(!vt.bracketed_paste(), "bracketed paste off");
    assert_eq!(vt.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    assert!(!vt.hide_cursor(), "cursor shown again");
    assert_eq!(
        define_mine(&db),
        "Mentoring is listening.\n二行目 — line two 🎉"
    );
    assert_eq!(integrity(&db), "ok");
}

#[test]
fn sigterm_while_editing_a_multi_line_field_saves_it_and_restores_the_terminal() {
    signal_while_editing_saves_and_restores(expectrl::Signal::SIGTERM);
}

#[test]
fn sighup_while_editing_a_multi_line_field_saves_it_and_restores_the_terminal() {
    signal_while_editing_saves_and_restores(expectrl::Signal::SIGHUP);
}

#[test]
fn a_second_instance_is_refused_and_nothing_typed_in_the_first_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut first = start(&db, dir.path(), &[]);
    first.keys("6 n");
    first.type_text("Max");
    first.keys(&format!("Enter Esc {TO_DEFINE_MINE}"));
    first.type_text("typed while a second mentee tried to open the file");
    // The second one, in a terminal of its own: refuses before touching the screen.
    let mut second = Pty::spawn(&["--db", &db], &[NOW], dir.path(), 80, 24);
    assert_ne!(second.wait_exit(), 0);
    let screen = second.screen();
    assert!(screen.contains("open in another mentee"), "{screen}");
    assert!(!second.vt().alternate_screen());
    // And without a terminal: one line on stderr, exit status 1.
    let out = std::process::Command::new(BIN)
        .args(["--db", &db])
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("open in another mentee"), "{err}");
    // The first goes on typing, and keeps everything.
    first.keys("Enter");
    first.type_text("and after it");
    first.keys("Esc Esc q");
    assert_eq!(first.wait_exit(), 0);
    assert_eq!(
        define_mine(&db),
        "typed while a second mentee tried to open the file\nand after it"
    );
    assert_eq!(integrity(&db), "ok");
}

// Write faults exist in debug builds only (`src/store/fault.rs`).
#[cfg(debug_assertions)]
#[test]
fn a_write_that_fails_in_the_binary_is_shown_kept_and_saved_once_it_clears() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    // Writes 1–2 (the new mentor, the name) succeed; 3–4 fail read-only; then it clears.
    let env = [
        ("MENTEE_DEBUG_FAIL_WRITES_AFTER", "2"),
        ("MENTEE_DEBUG_FAIL_WRITES_FOR", "2"),
    ];
    let mut pty = start(&db, dir.path(), &env);
    pty.keys("6 n");
    pty.type_text("Noa");
    pty.keys(&format!("Enter Esc {TO_DEFINE_MINE}"));
    pty.type_text("kept through a failing disk");
    // The autosave fails: the footer and the field say so, the text stays.
    let s = pty.wait_for("Not saved: the database file became read-only");
    assert!(s.contains("kept through a failing disk"), "{s}");
    assert!(s.contains("not saved yet"), "{s}");
    assert_eq!(define_mine(&db), "");
    assert_eq!(integrity(&db), "ok");
    // The retry after the back-off fails once more, the next one saves.
    let s = pty.wait_for_within("Me saved", 2 * PATIENCE);
    assert!(!s.contains("not saved yet"), "{s}");
    assert_eq!(define_mine(&db), "kept through a failing disk");
    pty.keys("Esc Esc q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(integrity(&db), "ok");
}

// Write faults exist in debug builds only (`src/store/fault.rs`).
#[cfg(debug_assertions)]
#[test]
fn ctrl_c_while_writes_fail_prints_the_unsaved_text_instead_of_dropping_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let env = [("MENTEE_DEBUG_FAIL_WRITES_AFTER", "2")];
    let mut pty = start(&db, dir.path(), &env);
    pty.keys("6 n");
    pty.type_text("Ola");
    pty.keys(&format!("Enter Esc {TO_DEFINE_MINE}"));
    pty.type_text("cannot be saved");
    pty.keys("Enter");
    pty.type_text("a second line");
    pty.keys("Esc");
    pty.wait_for("not saved yet");
    // Esc again tries again, and still cannot: the editor stays open (`keys` returns once
    // the app has drawn after it).
    pty.keys("Esc");
    let s = pty.wait_for("a second line");
    assert!(s.contains("not saved yet"), "still editing:\n{s}");
    // Ctrl-c always quits; the text goes to the terminal, the file stays intact.
    pty.keys("C-c");
    assert_eq!(pty.wait_exit(), 1);
    assert!(!pty.vt().alternate_screen());
    let s = pty.screen();
    assert!(
        s.contains("mentee: Me could not be saved; what you typed follows.")
            && s.contains("cannot be saved\na second line"),
        "{s}"
    );
    assert_eq!(define_mine(&db), "");
    assert_eq!(integrity(&db), "ok");
}

/// CPU time (user + system, in clock ticks of 10 ms) the process has used.
fn cpu_ticks(pid: i32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    f[11].parse::<u64>().unwrap() + f[12].parse::<u64>().unwrap()
}

/// CPU ticks the app uses in 2 s while its output is read (an unread pty would block a
/// spinning loop on its writes and hide the spin).
fn cpu_over_two_seconds(pty: &mut Pty) -> u64 {
    let before = cpu_ticks(pty.pid());
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) {
        pty.pump();
        std::thread::sleep(Duration::from_millis(10));
    }
    cpu_ticks(pty.pid()) - before
}

// Write faults exist in debug builds only (`src/store/fault.rs`).
#[cfg(debug_assertions)]
#[test]
fn the_loop_rests_while_an_invalid_entry_or_a_failing_save_waits() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let env = [("MENTEE_DEBUG_FAIL_WRITES_AFTER", "2")];
    let mut pty = start(&db, dir.path(), &env);
    pty.keys("6 n");
    pty.type_text("Pia");
    // Started: a date that is not one, left pending (it waits for the field to be left).
    pty.keys("Enter Down Down Down Down Down Down Enter");
    pty.type_text("soon");
    // The two seconds take in the autosave deadline (the pause after the last key), when a
    // loop that retried the invalid date would start to spin.
    assert!(AUTOSAVE_PAUSE < Duration::from_secs(1));
    let spent = cpu_over_two_seconds(&mut pty);
    assert!(
        spent < 20,
        "{spent} ticks of CPU in 2 s with an invalid date pending"
    );
    // A valid date whose save fails (write 4 onwards): retried after a back-off, not spun on.
    pty.keys("Backspace Backspace Backspace Backspace");
    pty.type_text("2026-12-01");
    pty.wait_for("not saved yet");
    let spent = cpu_over_two_seconds(&mut pty);
    assert!(spent < 20, "{spent} ticks of CPU in 2 s while a save fails");
    pty.keys("C-c");
    pty.wait_exit();
}
