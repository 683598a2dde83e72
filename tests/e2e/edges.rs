//! Trust at the edges (issue 14): the real binary around `$EDITOR`, large bursts of input,
//! a standard input that is not a terminal, a terminal that goes away, file modes, terminal
//! escapes in everything printed, the files left beside a database, checkpoints, and the
//! messages for files mentee cannot use.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::pty::{BIN, Pty, Term, mentee_command, resting, until};

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");
const LIMIT: Duration = Duration::from_secs(15);

fn db_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("journey.db")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The current answer to "Where are you now?". (A read-only connection still creates
/// `-wal` and `-shm` beside a closed database: tests of the folder's listing do not use it.)
fn answer_now(db: &Path) -> String {
    let conn = rusqlite::Connection::open_with_flags(
        db,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .unwrap();
    conn.query_row(
        "SELECT text FROM answer_version WHERE key = 'conversation.now' ORDER BY day DESC",
        [],
        |r| r.get(0),
    )
    .unwrap_or_default()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// The names in a folder, but for `mentee/`: the log's folder (the tests' data folder is
/// the temporary folder itself).
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "mentee")
        .collect();
    names.sort();
    names
}

/// Runs the binary without a terminal, with a deadline (a hang is a failure, not a hang).
fn run(args: &[&str], dir: &Path) -> Output {
    let mut child = mentee_command(args, &[NOW], dir)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            panic!("mentee {args:?} did not finish within {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Starts the app on `db` in a `Pty` and opens the answer to "Where are you now?".
fn editing_an_answer(db: &Path, dir: &Path, env: &[(&str, &str)]) -> Pty {
    let mut all = vec![NOW];
    all.extend_from_slice(env);
    let mut pty = Pty::spawn(&["--db", s(db)], &all, dir, 80, 24);
    pty.wait_for("1 Overview");
    pty.keys("2 Enter");
    pty.wait_for("Esc done");
    pty
}

// ---------------------------------------------------------------------------------------
// 1. Ctrl-e

/// An editor that notes the file it was given (path, modes, content) and then waits for
/// `go` before appending a line (at most 20 s, so nothing hangs).
fn waiting_editor(dir: &Path) -> PathBuf {
    let script = dir.join("editor.sh");
    let seen = dir.join("seen");
    let go = dir.join("go");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n\
             f=\"$1\"\n\
             {{ echo \"$f\"; stat -c %a \"$(dirname \"$f\")\" \"$f\"; cat \"$f\"; }} > '{seen}.tmp'\n\
             mv '{seen}.tmp' '{seen}'\n\
             i=0; while [ ! -e '{go}' ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done\n\
             echo 'appended by the editor' >> \"$f\"\n",
            seen = seen.display(),
            go = go.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

#[test]
fn ctrl_e_saves_the_text_first_and_edits_it_in_a_private_file_ending_in_a_newline() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let run_dir = dir.path().join("run");
    std::fs::create_dir(&run_dir).unwrap();
    std::fs::set_permissions(&run_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let editor = waiting_editor(dir.path());
    let env = [("EDITOR", s(&editor)), ("XDG_RUNTIME_DIR", s(&run_dir))];
    let mut pty = editing_an_answer(&db, dir.path(), &env);
    // Ctrl-e at once after typing: no pause for an autosave.
    pty.send("typed just before Ctrl-e\x05");
    let seen = dir.path().join("seen");
    until("the editor starts", LIMIT, || seen.exists());
    // Saved before the editor started: killing mentee now loses nothing.
    assert_eq!(answer_now(&db), "typed just before Ctrl-e");
    let seen = std::fs::read_to_string(&seen).unwrap();
    let mut lines = seen.lines();
    let file = PathBuf::from(lines.next().unwrap());
    assert!(file.starts_with(&run_dir), "under $XDG_RUNTIME_DIR: {seen}");
    assert_eq!(lines.next(), Some("700"), "a private folder: {seen}");
    assert_eq!(lines.next(), Some("600"), "an owner-only file: {seen}");
    assert!(
        seen.ends_with("typed just before Ctrl-e\n"),
        "the text, ending with a newline: {seen:?}"
    );
    // The editor finishes: its line is a line of its own, and the folder is gone.
    std::fs::write(dir.path().join("go"), "").unwrap();
    pty.wait_for("saved from the editor");
    assert_eq!(
        answer_now(&db),
        "typed just before Ctrl-e\nappended by the editor"
    );
    assert!(
        !file.parent().unwrap().exists(),
        "the folder is removed after use"
    );
    pty.keys("Esc q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn kill_9_while_the_editor_runs_loses_nothing_and_the_next_start_removes_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let run_dir = dir.path().join("run");
    std::fs::create_dir(&run_dir).unwrap();
    let editor = waiting_editor(dir.path());
    let env = [("EDITOR", s(&editor)), ("XDG_RUNTIME_DIR", s(&run_dir))];
    let mut pty = editing_an_answer(&db, dir.path(), &env);
    pty.send("kept through a kill -9\x05");
    until("the editor starts", LIMIT, || {
        dir.path().join("seen").exists()
    });
    pty.signal(expectrl::Signal::SIGKILL);
    assert_eq!(pty.wait_exit(), 128 + 9);
    std::fs::write(dir.path().join("go"), "").unwrap();
    assert_eq!(answer_now(&db), "kept through a kill -9");
    // The killed process could not remove its folder; the next start does.
    let leftovers = || {
        listing(&run_dir)
            .into_iter()
            .filter(|n| n.starts_with("mentee-edit-"))
            .count()
    };
    assert_eq!(leftovers(), 1);
    let mut again = Pty::spawn(&["--db", s(&db)], &[NOW, env[1]], dir.path(), 80, 24);
    again.wait_for("1 Overview");
    until("the stale folder is removed", LIMIT, || leftovers() == 0);
    again.keys("q");
    assert_eq!(again.wait_exit(), 0);
}

// ---------------------------------------------------------------------------------------
// 2. Bursts

#[test]
fn a_burst_of_2000_characters_arrives_whole_and_the_loop_then_rests() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = editing_an_answer(&db, dir.path(), &[]);
    let text: String = (0..2000)
        .map(|i| char::from(b'a' + (i % 26) as u8))
        .collect();
    // One write, as `tmux send-keys -l` or a fast paste without bracketed paste.
    pty.send(&text);
    until("all 2000 characters are saved", LIMIT, || {
        answer_now(&db).len() == 2000
    });
    assert_eq!(answer_now(&db), text);
    let pid = pty.pid();
    resting(pid, LIMIT, || pty.pump());
    pty.keys("Esc q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_5_kib_paste_without_brackets_then_ctrl_c_keeps_every_character() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut cmd = mentee_command(&["--db", s(&db)], &[NOW], dir.path());
    cmd.current_dir(dir.path());
    let mut term = Term::start(cmd, None, 80, 24);
    term.wait_for("1 Overview", LIMIT);
    term.write(b"2\r", LIMIT);
    term.wait_for("Esc done", LIMIT);
    let text: String = (0..120)
        .map(|i| format!("line {i:03} of a pasted note, no brackets — é\n"))
        .collect();
    assert!(text.len() > 5 * 1024);
    // Newlines arrive as Enter (`\r`), and Ctrl-c follows at once.
    let mut bytes = text.replace('\n', "\r").into_bytes();
    bytes.push(0x03);
    term.write(&bytes, LIMIT);
    let status = term.wait_exit(LIMIT);
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert_eq!(answer_now(&db), text.trim_end());
}

// ---------------------------------------------------------------------------------------
// 3. Standard input that is not a terminal

#[test]
fn with_stdin_from_dev_null_keys_come_from_the_terminal_and_the_loop_rests() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let cmd = mentee_command(&["--db", s(&db)], &[NOW], dir.path());
    let mut term = Term::start(cmd, Some(Stdio::null()), 80, 24);
    term.wait_for("1 Overview", LIMIT);
    let pid = term.pid();
    resting(pid, LIMIT, || term.pump());
    term.write(b"2\r", LIMIT);
    term.wait_for("Esc done", LIMIT);
    term.write("typed through /dev/tty".as_bytes(), LIMIT);
    term.wait_for("through /dev/tty", LIMIT);
    term.write(b"\x1b", LIMIT);
    until("the answer is saved", LIMIT, || {
        answer_now(&db) == "typed through /dev/tty"
    });
    term.write(b"q", LIMIT);
    assert_eq!(term.wait_exit(LIMIT).code(), Some(0));
    assert_eq!(answer_now(&db), "typed through /dev/tty");
}

#[test]
fn with_no_terminal_at_all_it_says_so_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut child = mentee_command(&["--db", s(&db)], &[NOW], dir.path());
    // A session of its own and no terminal: standard input, output and error are files.
    // SAFETY: setsid is async-signal-safe.
    unsafe {
        child.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let out = child
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("not a terminal"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!db.exists(), "nothing created: {:?}", listing(dir.path()));
}

// ---------------------------------------------------------------------------------------
// 4. The terminal goes away

#[test]
fn closing_the_terminal_saves_exits_without_abort_and_leaves_no_core_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut cmd = mentee_command(&["--db", s(&db)], &[NOW], dir.path());
    cmd.current_dir(dir.path());
    // Core files allowed, as on a machine where they are: mentee must turn them off itself.
    // SAFETY: setrlimit is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            let any = libc::rlimit {
                rlim_cur: libc::RLIM_INFINITY,
                rlim_max: libc::RLIM_INFINITY,
            };
            libc::setrlimit(libc::RLIMIT_CORE, &raw const any);
            Ok(())
        });
    }
    let mut term = Term::start(cmd, None, 80, 24);
    term.wait_for("1 Overview", LIMIT);
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", term.pid())).unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(
        core.split_whitespace().nth(4),
        Some("0"),
        "core files off: {core}"
    );
    term.write(b"2\r", LIMIT);
    term.wait_for("Esc done", LIMIT);
    term.write("typed as the window closed".as_bytes(), LIMIT);
    term.wait_for("as the window closed", LIMIT);
    term.hang_up();
    let status = term.wait_exit(LIMIT);
    assert_eq!(status.signal(), None, "ended by a signal: {status:?}");
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert_eq!(answer_now(&db), "typed as the window closed");
    let names = listing(dir.path());
    assert!(
        !names.iter().any(|n| n.starts_with("core")),
        "no core file: {names:?}"
    );
}

// ---------------------------------------------------------------------------------------
// 5. File modes

#[test]
fn a_schema_written_into_an_existing_empty_file_makes_it_and_its_log_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    std::fs::write(&db, "").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut pty = editing_an_answer(&db, dir.path(), &[]);
    pty.type_text("a confidential note");
    until("the note is saved", LIMIT, || {
        answer_now(&db) == "a confidential note"
    });
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", db.display()));
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    pty.keys("Esc q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn a_database_others_can_read_is_named_once_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&["--db", s(&db)], &[NOW], dir.path(), 80, 24);
    pty.wait_for("1 Overview");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut pty = Pty::spawn(&["--db", s(&db)], &[NOW], dir.path(), 80, 24);
    let screen = pty.wait_for("Others can read journey.db (0644): chmod 600");
    assert_eq!(screen.matches("Others can read").count(), 1, "{screen}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(mode(&db), 0o644, "the user's choice is theirs to change");
    let out = run(&["export", "--db", s(&db)], dir.path());
    assert!(out.status.success());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("can be read by other users (mode 0644)")
            && err.contains(&format!("chmod 600 {}", db.display())),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------
// 6. Terminal escapes

/// Every C0 control but newline and tab, DEL, and every C1 control.
fn controls() -> String {
    (0u32..0x20)
        .chain(0x7f..0xa0)
        .filter(|c| *c != 0x0a && *c != 0x09)
        .filter_map(char::from_u32)
        .collect()
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let found: Vec<String> = text
        .chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(found.is_empty(), "{what} holds {found:?}:\n{text}");
}

/// A database (from an older mentee or another program) whose texts hold every control.
fn hostile_database(dir: &Path) -> PathBuf {
    let db = dir.join("hostile.db");
    let mut j = crate::common::journeys::rich();
    let bad = controls();
    j.mentors[0].name = format!("Ana{bad}Lima");
    j.mentors[0].agreement.venue = format!("room{bad}");
    j.goals[0].title = format!("goal{bad}");
    j.meetings[0].notes = format!("notes{bad}\nmore");
    j.questions[0].text = format!("question{bad}");
    for versions in j.answers.values_mut() {
        for v in versions {
            v.text = format!("{}{bad}", v.text);
        }
    }
    let store = mentee::store::Store::open(&db).unwrap();
    store
        .insert_journey(&j, crate::common::journeys::stamp())
        .unwrap();
    drop(store);
    db
}

#[test]
fn no_control_character_reaches_a_terminal_or_a_markdown_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_database(dir.path());
    let md = run(&["export", "--format", "md", "--db", s(&db)], dir.path());
    assert!(md.status.success(), "{}", stderr(&md));
    assert_clean("export --format md", &md.stdout);
    assert!(String::from_utf8_lossy(&md.stdout).contains("Lima"));
    let file = dir.path().join("plan.md");
    let to_file = run(
        &["export", "--format", "md", "--db", s(&db), "-o", s(&file)],
        dir.path(),
    );
    assert!(to_file.status.success());
    assert_clean("the Markdown file", &std::fs::read(&file).unwrap());
    let json = run(&["export", "--db", s(&db)], dir.path());
    assert_clean("export (JSON)", &json.stdout);
    let agenda = run(&["agenda", "--db", s(&db)], dir.path());
    assert!(agenda.status.success(), "{}", stderr(&agenda));
    assert_clean("agenda", &agenda.stdout);
    // Errors that quote the input or list the mentors.
    // (An argument cannot hold NUL.)
    let argv_controls = controls().replace('\0', "");
    let who = format!("Nobody{argv_controls}");
    let unknown = run(&["agenda", "--mentor", &who, "--db", s(&db)], dir.path());
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("Lima"), "{}", stderr(&unknown));
    assert_clean("agenda --mentor (error)", &unknown.stderr);
    let flag = format!("--{argv_controls}");
    let usage = run(&[&flag], dir.path());
    assert_eq!(usage.status.code(), Some(2));
    assert_clean("an unknown flag", &usage.stderr);
    // An import whose choice holds escapes: refused, quoting the value cleanly.
    let mut doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    doc["journey"]["mentors"][0]["agreement"]["structure"] =
        serde_json::Value::String(format!("\x1bc{}", controls()));
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, doc.to_string()).unwrap();
    let fresh = dir.path().join("fresh.db");
    let refused = run(&["import", s(&bad), "--db", s(&fresh)], dir.path());
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("unknown variant"),
        "{}",
        stderr(&refused)
    );
    assert_clean("an import error", &refused.stderr);
    assert!(!fresh.exists());
}

#[test]
fn a_paste_holding_escapes_stores_only_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = editing_an_answer(&db, dir.path(), &[]);
    pty.paste("before\x1bc\x1b]0;title\x07\u{9b}2Jafter\r\nline two\tend");
    pty.keys("Esc");
    let want = "beforec]0;title2Jafter\nline two\tend";
    until("the paste is saved", LIMIT, || answer_now(&db) == want);
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}

// ---------------------------------------------------------------------------------------
// 7. Files beside the database

fn truncated_and_newer(dir: &Path, good: &Path) -> (PathBuf, PathBuf) {
    let bytes = std::fs::read(good).unwrap();
    let truncated = dir.join("truncated.db");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let newer = dir.join("newer.db");
    std::fs::copy(good, &newer).unwrap();
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", newer.display()));
    }
    (truncated, newer)
}

#[test]
fn readers_and_refusals_leave_the_folder_as_they_found_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = editing_an_answer(&db, dir.path(), &[]);
    pty.type_text("listed");
    pty.keys("Esc q");
    assert_eq!(pty.wait_exit(), 0);
    let (truncated, newer) = truncated_and_newer(dir.path(), &db);
    let before = listing(dir.path());
    assert_eq!(before, ["journey.db", "newer.db", "truncated.db"]);
    let export = run(&["export", "--db", s(&db)], dir.path());
    assert!(String::from_utf8_lossy(&export.stdout).contains("listed"));
    assert_eq!(listing(dir.path()), before, "after export");
    assert!(
        run(&["agenda", "--db", s(&db)], dir.path())
            .status
            .success()
    );
    assert_eq!(listing(dir.path()), before, "after agenda");
    for bad in [&truncated, &newer] {
        for args in [
            vec!["--db", s(bad)],
            vec!["export", "--db", s(bad)],
            vec!["agenda", "--db", s(bad)],
        ] {
            let out = run(&args, dir.path());
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            assert_eq!(
                listing(dir.path()),
                before,
                "after {args:?}: {}",
                stderr(&out)
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// 8. One file after a clean exit

#[test]
fn after_q_the_db_file_alone_exports_everything_even_with_a_reader_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = editing_an_answer(&db, dir.path(), &[]);
    // Another program has the database open (a backup or sync tool, an export in another
    // terminal): mentee's connection is then not the last one, and closing it alone does
    // not fold the log into the file.
    let reader = rusqlite::Connection::open(&db).unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM mentor", [], |r| r.get(0))
        .unwrap();
    pty.type_text("in the file itself");
    pty.keys("Esc q");
    assert_eq!(pty.wait_exit(), 0);
    let copy_dir = tempfile::tempdir().unwrap();
    let copy = copy_dir.path().join("copy.db");
    std::fs::copy(&db, &copy).unwrap();
    let out = run(&["export", "--db", s(&copy)], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("in the file itself"));
    drop(reader);
    assert_eq!(listing(dir.path()), ["journey.db"], "no log left beside it");
}

#[test]
fn after_a_kill_9_the_next_start_folds_the_log_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = editing_an_answer(&db, dir.path(), &[]);
    pty.type_text("only in the log");
    until("the autosave", LIMIT, || {
        answer_now(&db) == "only in the log"
    });
    pty.signal(expectrl::Signal::SIGKILL);
    assert_eq!(pty.wait_exit(), 128 + 9);
    assert!(
        std::fs::metadata(format!("{}-wal", db.display()))
            .unwrap()
            .len()
            > 0,
        "the note is in the log"
    );
    let mut again = Pty::spawn(&["--db", s(&db)], &[NOW], dir.path(), 80, 24);
    again.wait_for("1 Overview");
    // While it runs, a copy of the file alone already holds the note.
    let copy_dir = tempfile::tempdir().unwrap();
    let copy = copy_dir.path().join("copy.db");
    std::fs::copy(&db, &copy).unwrap();
    let out = run(&["export", "--db", s(&copy)], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("only in the log"));
    again.keys("q");
    assert_eq!(again.wait_exit(), 0);
}

// ---------------------------------------------------------------------------------------
// 9. Messages for files mentee cannot use

#[test]
fn dev_null_and_a_fifo_are_refused_at_once_with_nothing_created() {
    let dir = tempfile::tempdir().unwrap();
    let journal_existed = Path::new("/dev/null-journal").exists();
    let out = run(&["--db", "/dev/null"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("/dev/null is a device, not a file"), "{err}");
    assert_eq!(err.lines().count(), 1);
    if !journal_existed {
        assert!(!Path::new("/dev/null-journal").exists());
    }
    let fifo = dir.path().join("pipe.db");
    let name = std::ffi::CString::new(s(&fifo)).unwrap();
    // SAFETY: a valid C string.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    for args in [vec!["--db", s(&fifo)], vec!["export", "--db", s(&fifo)]] {
        let out = run(&args, dir.path());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains("is a named pipe, not a file"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(listing(dir.path()), ["pipe.db"]);
}

#[test]
fn a_foreign_file_with_a_user_version_is_not_called_a_newer_mentee() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&other).unwrap();
        conn.pragma_update(None, "user_version", 7).unwrap();
    }
    let before = std::fs::read(&other).unwrap();
    for args in [vec!["--db", s(&other)], vec!["export", "--db", s(&other)]] {
        let out = run(&args, dir.path());
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(err.contains("of some other program"), "{err}");
        assert!(!err.contains("newer"), "{err}");
    }
    assert_eq!(std::fs::read(&other).unwrap(), before);
    assert_eq!(listing(dir.path()), ["other.db"]);
}

#[test]
fn a_database_another_program_holds_exclusively_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    drop(mentee::store::Store::open(&db).unwrap());
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let out = run(&["--db", s(&db)], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("is locked by another program"), "{err}");
    holder.execute_batch("ROLLBACK").unwrap();
}

/// A copy of a database taken while another program was in the middle of a write in
/// rollback-journal mode: the `-journal` beside it is hot.
fn with_a_hot_journal(dir: &Path) -> PathBuf {
    let src = dir.join("src.db");
    {
        let store = mentee::store::Store::open(&src).unwrap();
        store
            .insert_journey(
                &crate::common::journeys::rich(),
                crate::common::journeys::stamp(),
            )
            .unwrap();
    }
    let hot = dir.join("hot.db");
    let conn = rusqlite::Connection::open(&src).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN;
         UPDATE mentor SET name = 'half-written';
         CREATE TABLE filler (x);
         WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 300)
         INSERT INTO filler SELECT zeroblob(2000) FROM r;",
    )
    .unwrap();
    std::fs::copy(&src, &hot).unwrap();
    std::fs::copy(
        format!("{}-journal", src.display()),
        format!("{}-journal", hot.display()),
    )
    .unwrap();
    conn.execute_batch("ROLLBACK").unwrap();
    hot
}

#[test]
fn a_hot_journal_is_named_by_readers_and_recovered_by_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let hot = with_a_hot_journal(dir.path());
    let out = run(&["export", "--db", s(&hot)], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("has an unfinished write") && !err.contains("read-only"),
        "{err}"
    );
    let mut pty = Pty::spawn(&["--db", s(&hot)], &[NOW], dir.path(), 80, 24);
    pty.wait_for("1 Overview");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    let out = run(&["export", "--db", s(&hot)], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(
        !json.contains("half-written"),
        "the unfinished write was rolled back"
    );
    assert!(!Path::new(&format!("{}-journal", hot.display())).exists());
}

// ---------------------------------------------------------------------------------------
// 10. Read-only media

#[test]
fn export_reads_a_database_on_a_read_only_mount() {
    let dir = tempfile::tempdir().unwrap();
    let media = dir.path().join("media");
    std::fs::create_dir(&media).unwrap();
    let db = media.join("journey.db");
    {
        let store = mentee::store::Store::open(&db).unwrap();
        store
            .insert_journey(
                &crate::common::journeys::rich(),
                crate::common::journeys::stamp(),
            )
            .unwrap();
    }
    // A private mount namespace, so the read-only mount is seen by this command only.
    let script = format!(
        "mount --bind '{m}' '{m}' && mount -o remount,ro,bind '{m}' || exit 77; \
         touch '{m}/probe' 2>/dev/null && exit 78; exec '{BIN}' export --db '{db}'",
        m = media.display(),
        db = db.display()
    );
    let out = Command::new("unshare")
        .args(["-m", "sh", "-c", &script])
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    if matches!(out.status.code(), Some(77) | None)
        || !out.status.success() && stderr(&out).contains("unshare")
    {
        eprintln!("skipped: cannot mount here ({})", stderr(&out).trim());
        return;
    }
    assert_ne!(out.status.code(), Some(78), "the mount is not read-only");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"mentee-journey\""));
    assert_eq!(listing(&media), ["journey.db"]);
}

// ---------------------------------------------------------------------------------------
// 11. Import applies the app's limits

#[test]
fn an_import_larger_than_a_field_or_off_the_method_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    drop(mentee::store::Store::open(&db).unwrap());
    let before = std::fs::read(&db).unwrap();
    let good = mentee::export::json::Document::new(
        &crate::common::journeys::rich(),
        crate::common::journeys::exported_at(),
        false,
    )
    .to_json()
    .unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&good).unwrap();
    doc["journey"]["meetings"][0]["notes"] = serde_json::Value::String("x".repeat(600 * 1024));
    let big = dir.path().join("big.json");
    std::fs::write(&big, doc.to_string()).unwrap();
    let out = run(&["import", s(&big), "--db", s(&db)], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("notes is 600 KiB; a field holds at most 512 KiB"),
        "{err}"
    );
    let mut doc: serde_json::Value = serde_json::from_str(&good).unwrap();
    let answers = doc["journey"]["answers"].as_object_mut().unwrap();
    let (key, versions) = answers
        .iter()
        .next()
        .map(|(k, v)| (k.clone(), v.clone()))
        .unwrap();
    let mut moved = versions.clone();
    for v in moved.as_array_mut().unwrap() {
        v["key"] = serde_json::Value::String("conversation.elsewhere".into());
    }
    answers.remove(&key);
    answers.insert("conversation.elsewhere".into(), moved);
    let off = dir.path().join("off.json");
    std::fs::write(&off, doc.to_string()).unwrap();
    let out = run(&["import", s(&off), "--db", s(&db)], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("\"conversation.elsewhere\", which is not in mentee's method"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database is unchanged"
    );
}
