//! The real binary, in a pseudo-terminal or as a plain process.

use std::process::Command;

use crate::common::pty::{BIN, PATIENCE, Pty, eventually};

fn db_in(dir: &tempfile::TempDir) -> String {
    dir.path().join("journey.db").to_string_lossy().into_owned()
}

#[test]
fn a_mentor_and_a_non_ascii_answer_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Welcome to mentee");
    pty.keys("6");
    pty.wait_for("No mentors yet");
    pty.keys("n");
    pty.type_text("Ana Lima");
    pty.keys("Enter");
    // Down to "How would you define mentoring?" / Me.
    pty.keys("Down Down Down Down Down Down Down Down Enter");
    pty.type_text("指導 — guidance, not answers 🎉");
    pty.keys("Enter");
    pty.type_text("second line");
    pty.keys("Esc");
    pty.wait_for("second line");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    // The terminal is given back: no alternate screen, mouse or bracketed paste.
    let vt = pty.vt();
    assert!(!vt.alternate_screen());
    assert_eq!(vt.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    assert!(!vt.bracketed_paste());

    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Getting started");
    pty.keys("6");
    let screen = pty.wait_for("Ana Lima");
    pty.keys("Enter");
    let screen2 = pty.wait_for("指導 — guidance, not answers 🎉");
    assert!(screen2.contains("second line"), "{screen}\n{screen2}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}

/// The mentor's name in the database, if there is one yet.
fn mentor_name(db: &str) -> Option<String> {
    let conn = rusqlite::Connection::open(db).ok()?;
    conn.query_row("SELECT name FROM mentor", [], |r| r.get(0))
        .ok()
}

#[test]
fn typing_is_saved_after_a_pause_and_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("6 n");
    pty.type_text("Bea");
    // No Enter, no Esc: the pause alone saves it.
    eventually("Bea saved after the pause", PATIENCE, || {
        mentor_name(&db).filter(|n| n == "Bea")
    });
    pty.type_text("trix");
    pty.signal(expectrl::Signal::SIGTERM);
    pty.wait_exit();
    let vt = pty.vt();
    assert!(!vt.alternate_screen());
    let conn = rusqlite::Connection::open(&db).unwrap();
    let name: String = conn
        .query_row("SELECT name FROM mentor", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "Beatrix");
}

#[test]
fn sighup_saves_what_is_being_typed() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("6 n");
    pty.type_text("Carla");
    pty.signal(expectrl::Signal::SIGHUP);
    pty.wait_exit();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let name: String = conn
        .query_row("SELECT name FROM mentor", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "Carla");
}

#[test]
fn a_paste_and_a_tiny_terminal_are_handled() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 50, 12);
    pty.wait_for("Terminal too small");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let mut pty = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("6 n");
    pty.paste("Dora\r\nMaria");
    pty.keys("Enter");
    pty.wait_for("Dora Maria");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn ctrl_e_opens_the_editor_and_takes_its_text_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let script = dir.path().join("fake-editor.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nprintf 'Written in the editor — ✍️\\nline 2\\n' > \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let failing = dir.path().join("failing-editor.sh");
    std::fs::write(&failing, "#!/bin/sh\necho garbage > \"$1\"\nexit 3\n").unwrap();
    std::fs::set_permissions(
        &failing,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();

    let editor = script.to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--db", &db], &[("EDITOR", &editor)], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("6 n");
    pty.type_text("Eve");
    pty.keys("Enter Down Down Down Down Down Down Down Down C-e");
    pty.wait_for("Written in the editor");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let text: String = conn
        .query_row("SELECT define_mine FROM agreement", [], |r| r.get(0))
        .unwrap();
    assert_eq!(text, "Written in the editor — ✍️\nline 2");
    drop(conn);

    let editor = failing.to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--db", &db], &[("EDITOR", &editor)], dir.path(), 80, 24);
    pty.wait_for("Getting started");
    pty.keys("6 Enter Down Down Down Down Down Down Down Down C-e");
    pty.wait_for("exited with status 3");
    pty.keys("q");
    pty.wait_exit();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let text: String = conn
        .query_row("SELECT define_mine FROM agreement", [], |r| r.get(0))
        .unwrap();
    assert_eq!(text, "Written in the editor — ✍️\nline 2");
}

/// Runs the binary without a terminal; returns (exit code, stderr).
fn run_on(path: &std::path::Path, data_home: &std::path::Path) -> (i32, String) {
    let out = Command::new(BIN)
        .arg("--db")
        .arg(path)
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A database at `path` whose goals are all done, with the first page of its reviews
/// overwritten, and the app's exit code and error on it, in a terminal: the first frame is
/// drawn from the open goals, then the rest of the journey is read, the damage found, and
/// the file refused as it would have been before any frame (the message once the screen
/// is restored, the file unchanged).
fn damaged_late(path: &std::path::Path, data_home: &std::path::Path) -> (i32, String) {
    let store = mentee::store::Store::open(path).unwrap();
    let mut j = mentee::generate::journey(&mentee::generate::Size::small(), 3);
    for g in j.goals.iter_mut() {
        g.status = mentee::domain::GoalStatus::Done;
    }
    mentee::generate::write(&store, &j).unwrap();
    drop(store);
    crate::common::damage(path, "review");
    let bytes = std::fs::read(path).unwrap();

    let db = path.to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--db", &db], &[], data_home, 80, 24);
    let code = pty.wait_exit();
    let screen = pty.screen();
    assert_eq!(std::fs::read(path).unwrap(), bytes, "file changed");
    assert_eq!(
        crate::common::sidecars(path),
        Vec::<String>::new(),
        "left beside it"
    );
    (code, screen)
}

fn assert_refused(path: &std::path::Path, data_home: &std::path::Path, words: &str) {
    let before = std::fs::read(path).unwrap();
    let (code, err) = run_on(path, data_home);
    assert_ne!(code, 0, "{err}");
    assert_eq!(err.lines().count(), 1, "one line expected: {err}");
    assert!(err.contains(words), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(std::fs::read(path).unwrap(), before, "file changed");
}

#[test]
fn bad_files_are_refused_with_a_message_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();

    let text = dir.path().join("notes.db");
    std::fs::write(&text, "Dear diary, this is not a database.\n".repeat(200)).unwrap();
    assert_refused(&text, dir.path(), "not a mentee database");

    let newer = dir.path().join("newer.db");
    drop(mentee::store::Store::open(&newer).unwrap());
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.pragma_update(None, "journal_mode", "delete").unwrap();
        c.pragma_update(None, "user_version", 42).unwrap();
    }
    assert_refused(&newer, dir.path(), "schema version 42");

    let corrupt = dir.path().join("corrupt.db");
    drop(mentee::store::Store::open(&corrupt).unwrap());
    {
        let c = rusqlite::Connection::open(&corrupt).unwrap();
        c.pragma_update(None, "journal_mode", "delete").unwrap();
    }
    let mut bytes = std::fs::read(&corrupt).unwrap();
    let n = bytes.len();
    bytes[n / 2..].fill(0xA5);
    std::fs::write(&corrupt, &bytes).unwrap();
    assert_refused(&corrupt, dir.path(), &corrupt.display().to_string());

    // Damage only the rest of the journey meets, read while the first frame is drawn: the
    // reviews of goals that are done (see `Store::open_for_app`).
    let late = dir.path().join("late.db");
    let (code, err) = damaged_late(&late, dir.path());
    assert_ne!(code, 0, "{err}");
    assert!(
        err.contains("is damaged") && err.contains("left untouched"),
        "{err}"
    );
    assert_refused(&late, dir.path(), "is damaged");

    let missing_folder = dir.path().join("no/such/folder/j.db");
    let (code, err) = run_on(&missing_folder, dir.path());
    assert_ne!(code, 0);
    assert!(err.contains("folder does not exist"), "{err}");
}

#[test]
fn a_second_mentee_on_the_same_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut first = Pty::spawn(&["--db", &db], &[], dir.path(), 80, 24);
    first.wait_for("Welcome");
    let (code, err) = run_on(std::path::Path::new(&db), dir.path());
    assert_ne!(code, 0);
    assert!(err.contains("open in another mentee"), "{err}");
    first.keys("q");
    assert_eq!(first.wait_exit(), 0);
}

#[test]
fn unknown_flags_get_a_usage_message() {
    let out = Command::new(BIN).arg("--frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unexpected argument '--frobnicate'"), "{err}");
}

#[test]
fn the_default_database_lives_in_the_data_dir_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(&[], &[], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    let folder = dir.path().join("mentee");
    let db = folder.join("mentee.db");
    assert!(db.exists(), "no database at {}", db.display());
    assert_eq!(
        std::fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert!(
        folder.join("mentee.log").exists(),
        "log file in the data dir"
    );
}

#[test]
fn mentee_db_chooses_the_file_and_a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&[], &[("MENTEE_DB", &db)], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert!(std::path::Path::new(&db).exists());
    assert!(!dir.path().join("mentee/mentee.db").exists());

    let (code, err) = run_on(dir.path(), dir.path());
    assert_ne!(code, 0);
    assert!(err.contains("is a folder"), "{err}");
}

#[test]
fn no_color_draws_in_the_default_colours_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let mut pty = Pty::spawn(&["--db", &db], &[("NO_COLOR", "1")], dir.path(), 80, 24);
    pty.wait_for("Welcome");
    let vt = pty.vt();
    for row in 0..24 {
        for col in 0..80 {
            let cell = vt.cell(row, col).unwrap();
            assert_eq!(
                cell.fgcolor(),
                vt100::Color::Default,
                "colour at {row},{col}"
            );
            assert_eq!(
                cell.bgcolor(),
                vt100::Color::Default,
                "colour at {row},{col}"
            );
        }
    }
    pty.keys("q");
    pty.wait_exit();

    // Without NO_COLOR there is colour (for status: the demo's overdue items and progress
    // bars), so the check above can fail.
    // Its temporary folder in the test's own folder, not the system's.
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let env = [("TMPDIR", tmp.to_str().unwrap())];
    let mut pty = Pty::spawn(&["demo"], &env, dir.path(), 80, 24);
    pty.wait_for("overdue");
    let vt = pty.vt();
    let coloured =
        (0..24).any(|r| (0..80).any(|c| vt.cell(r, c).unwrap().fgcolor() != vt100::Color::Default));
    assert!(coloured);
    pty.keys("q");
    pty.wait_exit();
}

// F12 panics only in debug builds (`App::handle_key`).
#[cfg(debug_assertions)]
#[test]
fn the_terminal_is_restored_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let env = [("MENTEE_DEBUG_PANIC", "1"), ("RUST_BACKTRACE", "0")];
    let mut pty = Pty::spawn(&["--db", &db], &env, dir.path(), 80, 24);
    pty.wait_for("Welcome");
    pty.keys("6 n");
    pty.type_text("Unsaved Uma");
    pty.send("\x1b[24~"); // F12
    let code = pty.wait_exit();
    assert_ne!(code, 0);
    let vt = pty.vt();
    assert!(!vt.alternate_screen());
    assert_eq!(vt.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    assert!(!vt.bracketed_paste());
    assert!(pty.screen().contains("panic requested"), "{}", pty.screen());
    // What was being typed was saved on the way down.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let name: String = conn
        .query_row("SELECT name FROM mentor", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "Unsaved Uma");
}

/// Closing the terminal window (the pty master goes away, no signal sent): mentee must
/// notice, save what was typed and exit instead of spinning on end-of-file.
#[test]
fn closing_the_terminal_saves_and_exits() {
    use std::io::{Read, Write};
    use std::os::fd::{AsRawFd, FromRawFd};
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let dir = tempfile::tempdir().unwrap();
    let db = db_in(&dir);
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: plain out-parameters; the fds are owned below.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0);
    // The child must not inherit the master, or the terminal never closes.
    unsafe { libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC) };
    let slave_file = |fd| unsafe { Stdio::from(std::fs::File::from_raw_fd(libc::dup(fd))) };
    /// Kills the app if the test fails before it has exited.
    struct Child(std::process::Child);
    impl Drop for Child {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let child = Command::new(BIN)
        .args(["--db", &db])
        .env("TERM", "xterm-256color")
        .env("XDG_DATA_HOME", dir.path())
        .env("HOME", dir.path())
        .stdin(slave_file(slave))
        .stdout(slave_file(slave))
        .stderr(slave_file(slave))
        .spawn()
        .unwrap();
    let mut child = Child(child);
    unsafe { libc::close(slave) };
    // Non-blocking, so that a frame that never comes fails the test instead of hanging it.
    unsafe { libc::fcntl(master, libc::F_SETFL, libc::O_NONBLOCK) };
    let mut master = unsafe { std::fs::File::from_raw_fd(master) };

    let mut parser = vt100::Parser::new(24, 80, 0);
    let mut wait_for = |master: &mut std::fs::File, text: &str| {
        let start = Instant::now();
        let mut buf = [0u8; 4096];
        while !parser.screen().contents().contains(text) {
            let left = PATIENCE.saturating_sub(start.elapsed());
            assert!(
                !left.is_zero(),
                "{text:?} did not appear; the screen:\n{}",
                parser.screen().contents()
            );
            let mut fds = libc::pollfd {
                fd: master.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd for the duration of the call.
            unsafe { libc::poll(&mut fds, 1, left.as_millis().min(100) as i32) };
            match master.read(&mut buf) {
                Ok(n) => parser.process(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => panic!("reading the terminal: {e}"),
            }
        }
    };
    wait_for(&mut master, "Welcome");
    master.write_all(b"6").unwrap();
    wait_for(&mut master, "No mentors yet");
    master.write_all(b"nZoe").unwrap();
    wait_for(&mut master, "Zoe");
    drop(master);

    let start = Instant::now();
    loop {
        if child.0.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > PATIENCE {
            let wchan = std::fs::read_to_string(format!("/proc/{}/wchan", child.0.id()));
            let stat = std::fs::read_to_string(format!("/proc/{}/stat", child.0.id()));
            let log = std::fs::read_to_string(dir.path().join("mentee/mentee.log"));
            panic!("mentee kept running after its terminal closed: {wchan:?} {stat:?} {log:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let name: String = conn
        .query_row("SELECT name FROM mentor", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "Zoe");
}
