//! The real binary in a pseudo-terminal: `mentee export --format md` on a prepared
//! database, and the export key of the app.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::pty::{BIN, Pty};
use chrono::{TimeZone, Utc};
use mentee::domain::Clock;
use mentee::export::{json, markdown::markdown};
use mentee::store::Store;

const NOW: (&str, &str) = ("MENTEE_NOW", "2026-11-22T10:00:00Z");

/// A database file holding the demo journey as written in the asset.
fn demo_db(dir: &Path) -> PathBuf {
    let path = dir.join("noor.db");
    let store = Store::open(&path).unwrap();
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

/// What the library writes for that database at the frozen "now".
fn expected(db: &Path, shared_only: bool) -> String {
    let journey = Store::open_read_only(db).unwrap().load().unwrap();
    let clock = Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap());
    markdown(&journey, &clock, shared_only)
}

/// Texts the demo marks private (a goal, a meeting, a review, a question, an answer).
const DEMO_PRIVATE: &[&str] = &[
    "state epidemiology team",
    "will hire an analyst early next year",
    "felt like a fraud in front of",
    "Would it be strange to apply",
    "Mom's treatment",
];

#[test]
fn export_format_md_writes_the_document_to_a_file_or_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let file = dir.path().join("plan.md");
    let mut pty = Pty::spawn(
        &[
            "export",
            "--format",
            "md",
            "--db",
            db.to_str().unwrap(),
            "--output",
            file.to_str().unwrap(),
        ],
        &[NOW],
        dir.path(),
        80,
        24,
    );
    let screen = pty.wait_for("Exported the journey to");
    assert!(screen.contains("plan.md"), "{screen}");
    assert_eq!(pty.wait_exit(), 0);
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text, expected(&db, false));
    assert!(text.starts_with("---\ntitle: 'Noor Haddad: development plan and meeting record'"));
    for private in DEMO_PRIVATE {
        assert!(text.contains(private), "{private}");
    }
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );

    // To standard output, and shared-only: nothing private.
    let out = Command::new(BIN)
        .args(["export", "--format", "md", "--shared-only"])
        .env("MENTEE_DB", &db)
        .env(NOW.0, NOW.1)
        .env("XDG_DATA_HOME", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let shared = String::from_utf8(out.stdout).unwrap();
    assert_eq!(shared, expected(&db, true));
    for private in DEMO_PRIVATE {
        assert!(!shared.contains(private), "{private} in the shared export");
    }
    assert!(shared.contains("Lead the evaluation of the diabetes prevention referral pilot"));
}

#[test]
fn the_export_key_writes_beside_the_database_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let mut pty = Pty::spawn(&["--db", db.to_str().unwrap()], &[NOW], dir.path(), 80, 24);
    pty.wait_for("Next meetings");
    pty.keys("E");
    let prompt = pty.wait_for("Export as Markdown");
    assert!(prompt.contains("noor-2026-11-22.md"), "{prompt}");
    pty.keys("Enter");
    let screen = pty.wait_for("Exported the journey to");
    assert!(screen.contains("noor-2026-11-22.md"), "{screen}");
    let file = dir.path().join("noor-2026-11-22.md");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        expected(&db, false)
    );
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}
