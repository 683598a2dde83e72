//! The real binary: `mentee export`, `mentee import` and `mentee demo`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::pty::{BIN, Pty, Term, mentee_command, until};
use mentee::domain::{Clock, GoalStatus};
use mentee::export::json;

const NOW: &str = "2026-11-22T10:00:00Z";

/// Runs `mentee ARGS` without a terminal, in a private data dir, with a frozen clock.
fn mentee(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("XDG_DATA_HOME", dir)
        .env("HOME", dir)
        .env("MENTEE_NOW", NOW)
        .env_remove("MENTEE_DB")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A database file holding the demo journey as written in the asset.
fn demo_db(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let store = mentee::store::Store::open(&path).unwrap();
    let doc = json::read(mentee::demo::ASSET).unwrap();
    mentee::import::import(
        &store,
        &doc.journey,
        false,
        Clock::at_day(2026, 1, 1).stamp(),
    )
    .unwrap();
    path
}

#[test]
fn export_writes_the_json_to_stdout_or_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "j.db");
    let out = mentee(dir.path(), &["export", "--db", path_str(&db)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let doc = json::read(&text).unwrap();
    assert_eq!(doc.exported_at.to_rfc3339(), "2026-11-22T10:00:00+00:00");
    assert_eq!(
        doc.journey,
        json::read(mentee::demo::ASSET).unwrap().journey
    );
    // `--format json` is the default, and MENTEE_DB chooses the database too.
    let again = Command::new(BIN)
        .args(["export", "--format", "json"])
        .env("MENTEE_DB", &db)
        .env("MENTEE_NOW", NOW)
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(stdout(&again), text, "same data, same bytes");

    let file = dir.path().join("out.json");
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "--output", path_str(&file)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("out.json"), "{}", stdout(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&file).unwrap().permissions());
    assert_eq!(
        mode & 0o777,
        0o600,
        "an export is as confidential as the database"
    );

    // Shared-only leaves the private items out.
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "--shared-only"],
    );
    let shared = json::read(&stdout(&out)).unwrap();
    assert!(shared.shared_only);
    assert!(shared.journey.goals.iter().all(|g| !g.private));
    assert!(shared.journey.goals.len() < doc.journey.goals.len());
    // The streamed export writes what the document holds: the shared-only journey renumbered,
    // so no id or position has a gap where a private record was.
    assert_eq!(
        stdout(&out),
        json::Document::new(&doc.journey, doc.exported_at, true)
            .to_json()
            .unwrap()
    );
    let j = &shared.journey;
    let dense = |ids: Vec<i64>| ids.iter().copied().eq(1..=ids.len() as i64);
    assert!(
        dense(j.reviews.iter().map(|r| r.id).collect()),
        "review ids"
    );
    assert!(
        dense(j.meetings.iter().map(|m| m.id).collect()),
        "meeting ids"
    );
    assert!(
        dense(j.actions.iter().map(|a| a.id).collect()),
        "action ids"
    );
    assert!(
        dense(j.agenda_items.iter().map(|a| a.id).collect()),
        "agenda ids"
    );
}

/// `-o` naming what is not a file (a named pipe here, `/dev/stdout`; `/dev/null` alike) is
/// written to as it is: it stays what it was, where a temporary file renamed over it would
/// have replaced it (`mentee export -o /dev/null` once turned the device into a file). A
/// symbolic link keeps pointing at the file, which is written (made, if not there yet).
#[test]
fn export_to_a_pipe_or_through_a_link_leaves_them_what_they_are() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "j.db");
    let expected = stdout(&mentee(dir.path(), &["export", "--db", path_str(&db)]));

    let pipe = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    let reading = {
        let pipe = pipe.clone();
        // Opening a pipe to read waits for a writer; the export opens it to write.
        std::thread::spawn(move || std::fs::read_to_string(pipe).unwrap())
    };
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "-o", path_str(&pipe)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // A pipe replaced by a file is never opened to write: the reader would wait forever.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !reading.is_finished() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(reading.is_finished(), "nothing was written to the pipe");
    assert_eq!(reading.join().unwrap(), expected);
    let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe is still a pipe: {kind:?}");

    let real = dir.path().join("real.json");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    for args in [&["export"][..], &["agenda"][..]] {
        let mut all = args.to_vec();
        all.extend(["--db", path_str(&db), "-o", path_str(&link)]);
        let out = mentee(dir.path(), &all);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "{args:?}: the link is still a link"
        );
        assert_eq!(std::fs::read_link(&link).unwrap(), real);
        assert_ne!(std::fs::read_to_string(&real).unwrap(), "old", "{args:?}");
    }
    assert_eq!(
        std::fs::read_to_string(&real).unwrap(),
        stdout(&mentee(dir.path(), &["agenda", "--db", path_str(&db)])),
        "the agenda was written last, through the link"
    );

    // A link to a file not there yet: the file is made where it points.
    let dangling = dir.path().join("dangling.json");
    std::os::unix::fs::symlink("made.json", &dangling).unwrap();
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "-o", path_str(&dangling)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("made.json")).unwrap(),
        expected
    );

    // `-o /dev/stdout`: the export alone on standard output, what was done on standard error.
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "-o", "/dev/stdout"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), expected);
    assert!(
        stderr(&out).contains("Exported the journey to /dev/stdout"),
        "{}",
        stderr(&out)
    );

    // Its reader stopping early (`| head`) is not an error, as without `-o`. The pipe made
    // as small as Linux allows (a page), so the export cannot fit in it.
    use std::io::Read;
    use std::os::fd::AsRawFd;
    let (mut reader, writer) = std::io::pipe().unwrap();
    // SAFETY: a valid pipe descriptor; F_SETPIPE_SZ takes a size.
    let size = unsafe { libc::fcntl(writer.as_raw_fd(), libc::F_SETPIPE_SZ, 4096) };
    assert!(
        size > 0 && (size as usize) < expected.len(),
        "pipe of {size} bytes"
    );
    let child = Command::new(BIN)
        .args(["export", "--db", path_str(&db), "-o", "/dev/stdout"])
        .env("XDG_DATA_HOME", dir.path())
        .env("MENTEE_NOW", NOW)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 16];
    reader.read_exact(&mut head).unwrap();
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("cannot"), "{}", stderr(&out));
}

#[test]
fn export_reads_a_database_that_is_open_in_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "j.db");
    let mut app = Pty::spawn(
        &["--db", path_str(&db)],
        &[("MENTEE_NOW", NOW)],
        dir.path(),
        80,
        24,
    );
    app.wait_for("Elena");
    let out = mentee(dir.path(), &["export", "--db", path_str(&db)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json::read(&stdout(&out)).unwrap().journey.mentors.len(), 2);
    app.keys("q");
    assert_eq!(app.wait_exit(), 0);
}

#[test]
fn export_errors_are_one_line_and_unknown_formats_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.db");
    let out = mentee(dir.path(), &["export", "--db", path_str(&missing)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("there is no database at"),
        "{}",
        stderr(&out)
    );
    assert!(!missing.exists(), "export created a database");

    let db = demo_db(dir.path(), "j.db");
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "-o", path_str(&db)],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the database itself"),
        "{}",
        stderr(&out)
    );
    let nowhere = dir.path().join("no/such/dir/x.json");
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "-o", path_str(&nowhere)],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("folder does not exist"),
        "{}",
        stderr(&out)
    );

    for args in [
        &["export", "--format", "xml"][..],
        &["export", "--frobnicate"],
        &["import"],
        &["frobnicate"],
    ] {
        let out = mentee(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).starts_with("error:"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(
            stderr(&out).contains("--help"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn import_into_a_fresh_database_reproduces_the_export_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "a.db");
    let file = dir.path().join("a.json");
    let out = mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "-o", path_str(&file)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let fresh = dir.path().join("b.db");
    let out = mentee(
        dir.path(),
        &["import", path_str(&file), "--db", path_str(&fresh)],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Imported"), "{}", stdout(&out));
    assert!(stdout(&out).contains("2 mentors"), "{}", stdout(&out));
    let again = mentee(dir.path(), &["export", "--db", path_str(&fresh)]);
    assert_eq!(stdout(&again), std::fs::read_to_string(&file).unwrap());

    // Standard input works too.
    let piped = dir.path().join("c.db");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{BIN}' import - --db '{}' < '{}'",
            piped.display(),
            file.display()
        ))
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let again = mentee(dir.path(), &["export", "--db", path_str(&piped)]);
    assert_eq!(stdout(&again), std::fs::read_to_string(&file).unwrap());
}

#[test]
fn import_refuses_a_database_with_a_journey_unless_merging() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "a.db");
    let file = dir.path().join("a.json");
    mentee(
        dir.path(),
        &["export", "--db", path_str(&db), "-o", path_str(&file)],
    );
    let before = std::fs::read(&db).unwrap();
    let out = mentee(
        dir.path(),
        &["import", path_str(&file), "--db", path_str(&db)],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("already holds a journey") && err.contains("--merge"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database changed");

    let out = mentee(
        dir.path(),
        &["import", path_str(&file), "--db", path_str(&db), "--merge"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("added nothing"), "{}", stdout(&out));
    let after = mentee(dir.path(), &["export", "--db", path_str(&db)]);
    assert_eq!(stdout(&after), std::fs::read_to_string(&file).unwrap());
}

#[test]
fn bad_files_are_refused_in_one_line_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), "a.db");
    let good = stdout(&mentee(dir.path(), &["export", "--db", path_str(&db)]));
    let before = std::fs::read(&db).unwrap();
    let cases = [
        (
            "malformed.json",
            good.replacen("\"goals\": [", "\"goals\": [}", 1),
            "not valid JSON",
        ),
        (
            "truncated.json",
            good[..good.len() * 2 / 3].to_string(),
            "ends too early",
        ),
        (
            "future.json",
            good.replacen("\"version\": 2,", "\"version\": 3,", 1),
            "newer mentee",
        ),
        (
            "wrong-format.json",
            "{\"format\": \"something-else\", \"version\": 1}".to_string(),
            "not a mentee export",
        ),
        (
            "broken-reference.json",
            good.replacen("\"goal_id\": 1,", "\"goal_id\": 404,", 1),
            "belongs to goal 404, which is not in the file",
        ),
    ];
    for (name, text, words) in &cases {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        for extra in [&[][..], &["--merge"]] {
            let mut args = vec!["import", path_str(&file), "--db", path_str(&db)];
            args.extend_from_slice(extra);
            let out = mentee(dir.path(), &args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{name}: {err}");
            assert_eq!(err.lines().count(), 1, "{name}: {err}");
            assert!(err.contains(name) && err.contains(words), "{name}: {err}");
            assert!(err.contains("nothing was changed"), "{err}");
            assert_eq!(
                std::fs::read(&db).unwrap(),
                before,
                "{name} changed the database"
            );
        }
        // Nor is a database created for a file that cannot be imported.
        let fresh = dir.path().join("never.db");
        let out = mentee(
            dir.path(),
            &["import", path_str(&file), "--db", path_str(&fresh)],
        );
        assert_eq!(out.status.code(), Some(1));
        assert!(!fresh.exists(), "{name} left a database behind");
    }
    let out = mentee(
        dir.path(),
        &["import", "no-such.json", "--db", path_str(&db)],
    );
    assert!(
        stderr(&out).contains("there is no such file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn demo_opens_a_populated_app_on_a_temporary_database_and_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let users_db = dir.path().join("mine.db");
    let env = [
        ("MENTEE_NOW", NOW),
        ("TMPDIR", path_str(&tmp)),
        ("MENTEE_DB", path_str(&users_db)),
    ];
    let mut pty = Pty::spawn(&["demo"], &env, dir.path(), 80, 24);
    // The footer says where the data lives (for a few seconds, so look at once).
    pty.wait_for("Demo journey on a temporary database");
    // Overview names the mentors by their short names.
    let overview = pty.wait_for("Marcus");
    assert!(overview.contains("Elena"), "{overview}");
    pty.keys("6");
    let agreement = pty.wait_for("Agreement with Elena Sørensen");
    assert!(agreement.contains("Marcus Bell"), "{agreement}");
    // A populated Goals tab.
    pty.keys("4");
    let goals = pty.wait_for("Lead the evaluation");
    assert!(
        goals.contains("done") && goals.contains("in progress"),
        "{goals}"
    );

    // The demo database is in the temporary folder, populated: goals at every stage.
    let folders: Vec<PathBuf> = std::fs::read_dir(&tmp)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(folders.len(), 1, "{folders:?}");
    let demo_db = folders[0].join("mentee-demo.db");
    let out = mentee(dir.path(), &["export", "--db", path_str(&demo_db)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let j = json::read(&stdout(&out)).unwrap().journey;
    assert_eq!(j.mentors.len(), 2);
    assert!(j.meetings.len() >= 12);
    for status in GoalStatus::ALL {
        assert!(
            j.goals.iter().any(|g| g.status == *status),
            "no goal {status}"
        );
    }
    assert!(!j.milestones.is_empty() && !j.reviews.is_empty());
    // It ends about now: the last meeting two to three weeks ago.
    let now = chrono::DateTime::parse_from_rfc3339(NOW).unwrap();
    let last = j.last_meeting(now.into()).unwrap();
    let ago = (now.with_timezone(&chrono::Utc) - last.starts_at).num_days();
    assert!((12..=21).contains(&ago), "{ago}");

    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    assert_eq!(
        std::fs::read_dir(&tmp).unwrap().count(),
        0,
        "the demo left files behind"
    );
    assert!(!users_db.exists(), "the demo touched the user's database");

    // Closing the terminal (SIGHUP) removes it too.
    let mut pty = Pty::spawn(&["demo"], &env, dir.path(), 80, 24);
    pty.wait_for("Meeting with Marcus");
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 1);
    pty.signal(expectrl::Signal::SIGHUP);
    pty.wait_exit();
    assert_eq!(
        std::fs::read_dir(&tmp).unwrap().count(),
        0,
        "SIGHUP left files behind"
    );
}

/// The demo folders in `tmp`.
fn demo_folders(tmp: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(tmp)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("mentee-demo-"))
        })
        .collect();
    found.sort();
    found
}

/// However the demo ends — `q`, Ctrl-c, SIGTERM, SIGHUP, or its terminal closed without a
/// signal (a hang-up) — its temporary folder goes with it.
#[test]
fn the_demo_removes_its_folder_however_it_ends() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let env = [("MENTEE_NOW", NOW), ("TMPDIR", path_str(&tmp))];
    let limit = std::time::Duration::from_secs(15);
    for ending in ["q", "C-c", "SIGTERM", "SIGHUP", "hang-up"] {
        let mut term = Term::start(mentee_command(&["demo"], &env, dir.path()), None, 80, 24);
        term.wait_for("Meeting with Marcus", limit);
        let folders = demo_folders(&tmp);
        assert_eq!(folders.len(), 1, "{ending}: {folders:?}");
        assert!(folders[0].join("mentee-demo.db").exists(), "{ending}");
        match ending {
            "q" => term.write(b"q", limit),
            "C-c" => term.write(b"\x03", limit),
            "hang-up" => term.hang_up(),
            sig => {
                let sig = if sig == "SIGTERM" {
                    libc::SIGTERM
                } else {
                    libc::SIGHUP
                };
                // SAFETY: a signal to the child this test started.
                unsafe { libc::kill(term.pid(), sig) };
            }
        }
        term.wait_exit(limit);
        assert_eq!(
            demo_folders(&tmp),
            Vec::<PathBuf>::new(),
            "{ending} left it"
        );
    }
}

/// A demo killed outright (SIGKILL: no chance to tidy up) leaves its folder; the next demo
/// removes it, but never the folder of a demo still running.
#[test]
fn a_demo_removes_the_folders_of_killed_demos_but_not_of_running_ones() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let env = [("MENTEE_NOW", NOW), ("TMPDIR", path_str(&tmp))];
    let limit = std::time::Duration::from_secs(15);
    let start = || {
        let mut term = Term::start(mentee_command(&["demo"], &env, dir.path()), None, 80, 24);
        term.wait_for("Meeting with Marcus", limit);
        term
    };
    let killed = start();
    let left = demo_folders(&tmp);
    // SAFETY: a signal to the child this test started.
    unsafe { libc::kill(killed.pid(), libc::SIGKILL) };
    until("the killed demo is gone", limit, || {
        std::fs::read_to_string(format!("/proc/{}/stat", killed.pid()))
            .map_or(true, |s| s.contains(") Z "))
    });
    assert_eq!(demo_folders(&tmp), left, "SIGKILL cannot tidy up");
    // Also a folder as an earlier release left it (no lock, files inside).
    let older = tmp.join("mentee-demo-AbC123");
    std::fs::create_dir(&older).unwrap();
    std::fs::write(older.join("mentee-demo.db-wal"), b"x").unwrap();

    let mut running = start();
    let now = demo_folders(&tmp);
    assert_eq!(now.len(), 1, "the stale folders are gone: {now:?}");
    assert!(!now.contains(&left[0]) && !now.contains(&older));
    // A second demo beside the first leaves the first one's folder alone.
    let mut second = start();
    assert_eq!(demo_folders(&tmp).len(), 2);
    assert!(demo_folders(&tmp).contains(&now[0]));
    for term in [&mut running, &mut second] {
        term.write(b"q", limit);
        term.wait_exit(limit);
    }
    assert_eq!(demo_folders(&tmp), Vec::<PathBuf>::new());
    drop(killed);
}
