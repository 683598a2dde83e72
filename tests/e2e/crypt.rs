//! Encryption at rest (issue 18), through the real binary: `mentee encrypt`, `decrypt` and
//! `passphrase`; the passphrase asked on the terminal (no echo, three tries) or read from
//! `--passphrase-fd N`; refusals that leave the file as it was.
//!
//! Every run without a pseudo-terminal gets a session of its own, so it has no terminal to
//! ask on even when the tests themselves run in one.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::pty::{Pty, mentee_command};
use mentee::domain::Clock;
use mentee::export::json;
use mentee::store::Store;

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");
const LIMIT: Duration = Duration::from_secs(30);
/// Text that must never appear in an encrypted file.
const MARKER: &str = "QX7-typed-marker";
const PASS: &str = "stone wall 42";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// The names in a folder, but for `mentee/` (the log's folder).
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "mentee")
        .collect();
    names.sort();
    names
}

/// A plain database holding the demo journey, with the marker in a mentor's name.
fn plain_db(dir: &Path) -> PathBuf {
    let path = dir.join("j.db");
    let store = Store::open(&path).unwrap();
    let mut j = json::read(mentee::demo::ASSET).unwrap().journey;
    j.mentors[0].name = format!("Ana {MARKER}");
    mentee::import::import(&store, &j, false, Clock::at_day(2026, 1, 1).stamp()).unwrap();
    path
}

/// The same, encrypted under [`PASS`].
fn encrypted_db(dir: &Path) -> PathBuf {
    let path = plain_db(dir);
    let out = run(dir, &["encrypt", "--db", s(&path)], Some(PASS), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    path
}

/// Runs `mentee ARGS` with no terminal (a session of its own), with a deadline. With a
/// secret, it is readable on descriptor 3 (a pipe) and `--passphrase-fd 3` is added.
fn run(dir: &Path, args: &[&str], secret: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut all = vec![NOW];
    all.extend_from_slice(env);
    let mut args: Vec<&str> = args.to_vec();
    let mut pipe = [-1; 2];
    if let Some(secret) = secret {
        args.extend(["--passphrase-fd", "3"]);
        // SAFETY: a pipe whose write end gets the secret (a few bytes fit its buffer) and
        // is closed, so the reader sees it end.
        unsafe {
            assert_eq!(libc::pipe2(pipe.as_mut_ptr(), libc::O_CLOEXEC), 0);
            let n = libc::write(pipe[1], secret.as_ptr().cast(), secret.len());
            assert_eq!(n, secret.len() as isize);
            libc::close(pipe[1]);
        }
    }
    let mut cmd = mentee_command(&args, &all, dir);
    let read_end = pipe[0];
    // SAFETY: setsid and dup2 are async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            libc::setsid();
            // dup2 onto itself keeps close-on-exec: clear it instead.
            let moved = match read_end {
                3 => libc::fcntl(3, libc::F_SETFD, 0),
                fd if fd >= 0 => libc::dup2(fd, 3),
                _ => 0,
            };
            if moved == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if read_end >= 0 {
        // SAFETY: our copy of the read end; the child has its own.
        unsafe { libc::close(read_end) };
    }
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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn export(dir: &Path, db: &Path, secret: Option<&str>) -> String {
    let out = run(dir, &["export", "--db", s(db)], secret, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn encrypt_then_decrypt_gives_back_the_same_export_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let db = plain_db(dir.path());
    let before = export(dir.path(), &db, None);
    assert!(before.contains(MARKER));

    let out = run(dir.path(), &["encrypt", "--db", s(&db)], Some(PASS), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Encrypted"), "{}", stdout(&out));
    let raw = bytes(&db);
    assert!(!raw.starts_with(b"SQLite format 3\0"), "SQLite's header");
    assert!(
        !contains(&raw, MARKER),
        "the marker is in the encrypted file"
    );
    assert_eq!(mode(&db), 0o600);
    assert_eq!(listing(dir.path()), ["j.db"], "nothing left beside it");

    assert_eq!(export(dir.path(), &db, Some(PASS)), before);
    let agenda = run(dir.path(), &["agenda", "--db", s(&db)], Some(PASS), &[]);
    assert!(agenda.status.success(), "{}", stderr(&agenda));
    // Without a passphrase and without a terminal to ask on: one line, no output.
    let out = run(dir.path(), &["export", "--db", s(&db)], None, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert_eq!(
        err.trim_end(),
        format!(
            "mentee: {} is encrypted: no terminal to ask for the passphrase on; \
             a script can give it with --passphrase-fd N",
            db.display()
        )
    );
    assert_eq!(err.lines().count(), 1, "{err}");

    let out = run(dir.path(), &["decrypt", "--db", s(&db)], Some(PASS), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(bytes(&db).starts_with(b"SQLite format 3\0"));
    assert_eq!(mode(&db), 0o600);
    assert_eq!(export(dir.path(), &db, None), before, "not byte-identical");
    assert_eq!(listing(dir.path()), ["j.db"]);
}

#[test]
fn a_wrong_passphrase_is_refused_with_a_clear_message_and_the_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_db(dir.path());
    let before = bytes(&db);
    let files = listing(dir.path());
    let json = dir.path().join("in.json");
    std::fs::write(&json, mentee::demo::ASSET).unwrap();
    let commands: [&[&str]; 6] = [
        &["--db", s(&db)],
        &["export", "--db", s(&db)],
        &["agenda", "--db", s(&db)],
        &["import", "--merge", "--db", s(&db), s(&json)],
        &["decrypt", "--db", s(&db)],
        &["passphrase", "--db", s(&db)],
    ];
    for args in commands {
        let out = run(dir.path(), args, Some("stone wall 43\nnew one\n"), &[]);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert_eq!(
            err.trim_end(),
            format!(
                "mentee: wrong passphrase for {}; it was left untouched",
                db.display()
            ),
            "{args:?}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(bytes(&db) == before, "{args:?} changed the file");
        let mut now = listing(dir.path());
        now.retain(|n| n != "in.json");
        let mut was = files.clone();
        was.retain(|n| n != "in.json");
        assert_eq!(now, was, "{args:?}");
    }
    // A descriptor that is not open says so.
    let out = run(
        dir.path(),
        &["export", "--db", s(&db), "--passphrase-fd", "9"],
        None,
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--passphrase-fd 9: no such open file descriptor"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn passphrase_changes_the_key_and_the_old_one_no_longer_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_db(dir.path());
    let before = export(dir.path(), &db, Some(PASS));
    let secret = format!("{PASS}\nthe new one\n");
    let out = run(
        dir.path(),
        &["passphrase", "--db", s(&db)],
        Some(&secret),
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Changed the passphrase"),
        "{}",
        stdout(&out)
    );
    let out = run(dir.path(), &["export", "--db", s(&db)], Some(PASS), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("wrong passphrase"),
        "{}",
        stderr(&out)
    );
    assert_eq!(export(dir.path(), &db, Some("the new one")), before);
    assert_eq!(mode(&db), 0o600);
    assert_eq!(listing(dir.path()), ["j.db"]);
}

#[test]
fn encrypt_and_decrypt_refuse_what_they_cannot_do_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_db(dir.path());
    let before = bytes(&db);
    let out = run(dir.path(), &["encrypt", "--db", s(&db)], Some("x"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is already encrypted"),
        "{}",
        stderr(&out)
    );
    assert!(bytes(&db) == before);

    let plain = dir.path().join("plain.db");
    Store::open(&plain).unwrap();
    for cmd in ["decrypt", "passphrase"] {
        let out = run(dir.path(), &[cmd, "--db", s(&plain)], Some(PASS), &[]);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("is not encrypted"),
            "{}",
            stderr(&out)
        );
    }
    // A database open in a mentee is refused before any passphrase is read.
    let held = Store::open(&plain).unwrap();
    let out = run(dir.path(), &["encrypt", "--db", s(&plain)], Some(PASS), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is open in another mentee"),
        "{}",
        stderr(&out)
    );
    drop(held);
    // An empty new passphrase is not one.
    let out = run(dir.path(), &["encrypt", "--db", s(&plain)], Some("\n"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
    assert!(bytes(&plain).starts_with(b"SQLite format 3\0"));
}

#[test]
fn a_new_database_can_be_encrypted_before_anything_is_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    // Given up (an empty passphrase): nothing is left behind.
    let out = run(dir.path(), &["encrypt", "--db", s(&db)], Some("\n"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(listing(dir.path()), Vec::<String>::new());
    let out = run(dir.path(), &["encrypt", "--db", s(&db)], Some(PASS), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        mentee::store::content(&db).unwrap(),
        mentee::store::Content::Encrypted
    );
    let json = dir.path().join("in.json");
    std::fs::write(&json, mentee::demo::ASSET).unwrap();
    let out = run(
        dir.path(),
        &["import", "--db", s(&db), s(&json)],
        Some(PASS),
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(export(dir.path(), &db, Some(PASS)).contains("\"mentors\""));
}

/// Write faults exist in debug builds only (`src/store/fault.rs`).
#[cfg(debug_assertions)]
#[test]
fn a_failure_at_any_step_leaves_the_original_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let plain = plain_db(dir.path());
    let secret_dir = tempfile::tempdir().unwrap();
    let locked = encrypted_db(secret_dir.path());
    let cases: [(&str, &Path, &str, &str); 3] = [
        ("encrypt", &plain, PASS, "cannot encrypt"),
        ("decrypt", &locked, PASS, "cannot decrypt"),
        (
            "passphrase",
            &locked,
            "stone wall 42\nother\n",
            "cannot change the passphrase",
        ),
    ];
    for (cmd, db, secret, says) in cases {
        let folder = db.parent().unwrap();
        let before = bytes(db);
        let files = listing(folder);
        for (at, why) in [
            ("copy", "the disk is full"),
            ("verify", "does not read back"),
            ("replace", "cannot replace it"),
        ] {
            let out = run(
                dir.path(),
                &[cmd, "--db", s(db)],
                Some(secret),
                &[("MENTEE_DEBUG_FAIL_REKEY_AT", at)],
            );
            assert_eq!(out.status.code(), Some(1), "{cmd} at {at}");
            let err = stderr(&out);
            assert!(
                err.contains(says) && err.contains(why) && err.contains("it was left as it was"),
                "{cmd} at {at}: {err}"
            );
            assert!(bytes(db) == before, "{cmd} at {at} changed the file");
            assert_eq!(listing(folder), files, "{cmd} at {at} left files");
            assert_eq!(mode(db), 0o600);
        }
    }
    assert!(export(dir.path(), &plain, None).contains(MARKER));
    assert!(export(dir.path(), &locked, Some(PASS)).contains(MARKER));
}

// ---------------------------------------------------------------------------------------
// In a terminal.

fn spawn(args: &[&str], dir: &Path) -> Pty {
    Pty::spawn(args, &[NOW], dir, 80, 24)
}

/// Waits until `text` is on the screen `n` times.
fn appears(pty: &mut Pty, text: &str, n: usize) {
    let start = Instant::now();
    while pty.screen().matches(text).count() < n {
        assert!(
            start.elapsed() < LIMIT,
            "{text:?} not {n} times on the screen:\n{}",
            pty.screen()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn the_app_asks_for_the_passphrase_says_when_it_is_wrong_and_opens_with_the_right_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_db(dir.path());
    let mut pty = spawn(&["--db", s(&db)], dir.path());
    let screen = pty.wait_for("Passphrase for");
    assert!(
        !pty.vt().alternate_screen(),
        "asked before the screen is drawn"
    );
    assert!(
        screen.contains(&format!("Passphrase for {}:", db.display())),
        "{screen}"
    );
    pty.send_unseen("not it\r");
    let screen = pty.wait_for("Wrong passphrase; try again.");
    appears(&mut pty, "Passphrase for", 2);
    assert!(
        !screen.contains("not it"),
        "the passphrase was shown:\n{screen}"
    );
    pty.send_unseen(&format!("{PASS}\r"));
    let screen = pty.wait_for("1 Overview");
    assert!(
        !screen.contains(PASS),
        "the passphrase was shown:\n{screen}"
    );
    // An edit: a new mentor, named with the marker.
    pty.keys("6 n");
    pty.type_text(&format!("Kim {MARKER}"));
    pty.keys("Enter Esc q");
    assert_eq!(pty.wait_exit(), 0);
    let raw = bytes(&db);
    // The marker only: three letters ("Kim") turn up by chance in ciphertext now and then
    // (at any place, one chance in 16.8 million; the pages' random IVs make every run's
    // bytes new), and did fail a run.
    assert!(!contains(&raw, MARKER), "text in the file");
    assert!(!raw.starts_with(b"SQLite format 3\0"));
    assert_eq!(listing(dir.path()), ["j.db"]);
    // Reopen: the mentor is there.
    let mut pty = spawn(&["--db", s(&db)], dir.path());
    pty.passphrase(PASS);
    pty.wait_for("1 Overview");
    // The list says "Kim" when the whole name does not fit; the agreement names it whole.
    pty.keys("6 Down Down");
    pty.wait_for("Agreement with Kim QX7-typed");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn three_wrong_passphrases_end_it_with_the_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_db(dir.path());
    let before = bytes(&db);
    let mut pty = spawn(&["export", "--db", s(&db)], dir.path());
    pty.passphrase("one");
    pty.wait_for("Wrong passphrase; try again.");
    pty.send_unseen("two\r");
    appears(&mut pty, "Wrong passphrase; try again.", 2);
    pty.send_unseen("three\r");
    assert_eq!(pty.wait_exit(), 1);
    let screen = pty.screen();
    assert!(
        screen.contains("wrong passphrase for") && screen.contains("(3 tries)"),
        "{screen}"
    );
    assert_eq!(
        screen.matches("Wrong passphrase; try again.").count(),
        2,
        "{screen}"
    );
    assert!(
        !screen.contains("\"mentors\""),
        "nothing exported:\n{screen}"
    );
    assert!(bytes(&db) == before);
    assert_eq!(listing(dir.path()), ["j.db"]);
}

#[test]
fn ctrl_c_at_the_prompt_gives_up_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = encrypted_db(dir.path());
    let before = bytes(&db);
    let mut pty = spawn(&["--db", s(&db)], dir.path());
    pty.passphrase("half typed");
    pty.wait_for("Wrong passphrase");
    pty.send_unseen("abc\x03");
    assert_eq!(pty.wait_exit(), 1);
    assert!(pty.screen().contains("cancelled"), "{}", pty.screen());
    assert!(bytes(&db) == before);
    // SIGTERM while it waits: held until the terminal is restored, then it ends mentee.
    let mut pty = spawn(&["--db", s(&db)], dir.path());
    pty.wait_for("Passphrase for");
    pty.signal(expectrl::Signal::SIGTERM);
    assert_eq!(pty.wait_exit(), 128 + 15);
    assert!(bytes(&db) == before);
    assert_eq!(listing(dir.path()), ["j.db"]);
}

#[test]
fn encrypt_in_a_terminal_asks_twice_and_again_when_the_two_differ() {
    let dir = tempfile::tempdir().unwrap();
    let db = plain_db(dir.path());
    let mut pty = spawn(&["encrypt", "--db", s(&db)], dir.path());
    let screen = pty.wait_for("New passphrase for");
    assert!(screen.contains("cannot be recovered"), "{screen}");
    pty.send_unseen("first try\r");
    pty.wait_for("The same again:");
    pty.send_unseen("first trx\r");
    pty.wait_for("The two differ; try again.");
    pty.send_unseen("second try\r");
    appears(&mut pty, "The same again:", 2);
    // Backspace takes back a character.
    pty.send_unseen("second tryy\x7f\r");
    assert_eq!(pty.wait_exit(), 0);
    let screen = pty.screen();
    assert!(screen.contains("Encrypted"), "{screen}");
    assert!(
        !screen.contains("first try") && !screen.contains("second try"),
        "{screen}"
    );
    assert!(export(dir.path(), &db, Some("second try")).contains(MARKER));
}

#[test]
fn the_demo_stays_plain() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().to_str().unwrap();
    let mut pty = Pty::spawn(&["demo"], &[NOW, ("TMPDIR", tmp)], dir.path(), 80, 24);
    pty.wait_for("1 Overview");
    let demo = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("mentee-demo-"))
        .expect("the demo's folder")
        .join("mentee-demo.db");
    assert_eq!(
        mentee::store::content(&demo).unwrap(),
        mentee::store::Content::Plain
    );
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn older_backups_beside_it_are_named_after_encrypting_since_they_stay_readable() {
    let dir = tempfile::tempdir().unwrap();
    let db = plain_db(dir.path());
    let bak = dir.path().join("j.db.v1-20260101-090000.bak");
    std::fs::copy(&db, &bak).unwrap();
    let out = run(dir.path(), &["encrypt", "--db", s(&db)], Some(PASS), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("older backups beside it were not changed") && err.contains(s(&bak)),
        "{err}"
    );
    assert!(
        bytes(&bak).starts_with(b"SQLite format 3\0"),
        "left as it was"
    );
}
