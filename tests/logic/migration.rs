//! Migrating a database written by the previous release (schema 1, `tests/fixtures/
//! schema-v1.db`) to schema 2: a backup is taken beside it first, every record survives, and
//! the JSON export after differs from the export that release made of it
//! (`tests/fixtures/schema-v1.json`) only in what the migration adds — mentors' short names
//! (empty) and the stored agendas (none yet) — and in the version numbers.

use std::collections::BTreeMap;
use std::path::Path;

use mentee::export::json::{self, Document};
use mentee::store::{SCHEMA_VERSION, Store};
use rusqlite::Connection;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema-v1.db");
/// `mentee export` of the fixture by the release that wrote it (schema 1, export format 1).
const BEFORE: &str = include_str!("../fixtures/schema-v1.json");

/// The tables of schema 1.
const V1_TABLES: &[&str] = &[
    "mentor",
    "agreement",
    "answer_version",
    "answer_private",
    "worksheet_marker",
    "meeting",
    "goal",
    "milestone",
    "review",
    "action_item",
    "question",
    "setting",
];

/// Every row of the schema-1 tables, by table, each row as its column values in text —
/// reading only the columns schema 1 had (so the new column of `mentor` is left out).
fn v1_rows(conn: &Connection) -> BTreeMap<String, Vec<Vec<String>>> {
    let mut out = BTreeMap::new();
    for table in V1_TABLES {
        let columns: Vec<String> = {
            let mut stmt = conn
                .prepare(&format!("PRAGMA table_info({table})"))
                .unwrap();
            stmt.query_map([], |r| r.get::<_, String>(1))
                .unwrap()
                .map(Result::unwrap)
                .filter(|c| c != "short_name")
                .collect()
        };
        let sql = format!("SELECT {} FROM {table} ORDER BY rowid", columns.join(", "));
        let mut stmt = conn.prepare(&sql).unwrap();
        let rows = stmt
            .query_map([], |r| {
                Ok((0..columns.len())
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>())
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        out.insert((*table).to_string(), rows);
    }
    out
}

fn version(conn: &Connection) -> i64 {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

fn backups(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".bak"))
        .collect()
}

#[test]
fn the_previous_release_database_migrates_with_a_backup_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.db");
    std::fs::copy(FIXTURE, &path).unwrap();
    let before = {
        let conn = Connection::open(&path).unwrap();
        assert_eq!(version(&conn), 1, "the fixture is a schema-1 database");
        v1_rows(&conn)
    };
    assert!(
        before.values().map(Vec::len).sum::<usize>() > 50,
        "a journey worth migrating"
    );

    let store = Store::open(&path).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");

    // The backup: beside the database, named after the version it holds, a schema-1 copy.
    let found = backups(dir.path());
    assert_eq!(found.len(), 1, "{found:?}");
    let name = found[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("journey.db.v1-"), "{name}");
    let backup = Connection::open(&found[0]).unwrap();
    assert_eq!(version(&backup), 1);
    assert_eq!(
        v1_rows(&backup),
        before,
        "the backup holds the journey as it was"
    );

    // Every record survives, column by column.
    let conn = Connection::open(&path).unwrap();
    assert_eq!(version(&conn), SCHEMA_VERSION);
    assert_eq!(v1_rows(&conn), before);
    let added: i64 = conn
        .query_row("SELECT count(*) FROM agenda_item", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        added, 0,
        "no agenda is invented: free-text agendas stay as they are"
    );

    // The export differs only in what the migration adds.
    let old = json::read(BEFORE).unwrap();
    let after = Document::new(&store.load().unwrap(), old.exported_at, false)
        .to_json()
        .unwrap();
    let mut after: serde_json::Value = serde_json::from_str(&after).unwrap();
    let before: serde_json::Value = serde_json::from_str(BEFORE).unwrap();
    assert_eq!(after["version"], 2);
    assert_eq!(after["schema_version"], 2);
    after["version"] = before["version"].clone();
    after["schema_version"] = before["schema_version"].clone();
    let journey = after["journey"].as_object_mut().unwrap();
    assert_eq!(journey.remove("agenda_items"), Some(serde_json::json!([])));
    for m in journey["mentors"].as_array_mut().unwrap() {
        assert_eq!(
            m.as_object_mut().unwrap().remove("short_name"),
            Some("".into())
        );
    }
    assert_eq!(after, before);

    // Opening again migrates nothing and takes no second backup.
    drop(store);
    drop(conn);
    Store::open(&path).unwrap();
    assert_eq!(backups(dir.path()).len(), 1);
}

#[test]
fn an_export_of_the_previous_format_still_imports() {
    let doc = json::read(BEFORE).unwrap();
    assert_eq!(doc.version, 1);
    assert!(doc.journey.agenda_items.is_empty());
    assert!(doc.journey.mentors.iter().all(|m| m.short_name.is_empty()));
    let store = Store::open_in_memory().unwrap();
    let stamp = mentee::domain::Clock::at_day(2026, 11, 22).stamp();
    mentee::import::import(&store, &doc.journey, false, stamp).unwrap();
    assert_eq!(store.load().unwrap(), doc.journey);
    // Short names fall back to the name's first word that is not a title.
    for m in &doc.journey.mentors {
        assert!(!m.short_name().is_empty());
    }
}
