//! The JSON export and import, without a terminal: round trip, completeness, bad files,
//! atomicity, shared-only.

use crate::common::journeys::{export, exported_at, import_text, other, rich, store_with};
use mentee::domain::Journey;
use mentee::export::json::{self, Document, ReadError};
use mentee::import::{Counts, ImportError};
use mentee::store::Store;

#[test]
fn export_import_export_gives_identical_json() {
    let a = store_with(&rich());
    let first = export(&a);
    let b = Store::open_in_memory().unwrap();
    let summary = import_text(&b, &first, false).unwrap();
    assert!(!summary.merged);
    assert_eq!(summary.added, Counts::of(&rich()));
    assert_eq!(export(&b), first);
    assert_eq!(b.load().unwrap(), a.load().unwrap());
}

#[test]
fn the_export_is_complete_versioned_and_deterministic() {
    let store = store_with(&rich());
    let text = export(&store);
    assert_eq!(export(&store), text, "same data, same bytes");
    assert!(text.ends_with("}\n"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "mentee-journey");
    assert_eq!(value["version"], 2);
    assert_eq!(value["schema_version"], mentee::store::SCHEMA_VERSION);
    assert_eq!(value["exported_at"], "2026-11-22T10:00:00Z");
    assert_eq!(value["shared_only"], false);
    // The envelope comes first, in a fixed order.
    let order: Vec<usize> = [
        "\"format\"",
        "\"version\"",
        "\"schema_version\"",
        "\"exported_at\"",
        "\"shared_only\"",
        "\"journey\"",
    ]
    .iter()
    .map(|k| text.find(k).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // Every table is there, with its records.
    let journey = value["journey"].as_object().unwrap();
    for table in [
        "mentors",
        "answers",
        "private_answers",
        "markers",
        "goals",
        "milestones",
        "reviews",
        "meetings",
        "actions",
        "questions",
        "agenda_items",
        "settings",
    ] {
        let v = &journey[table];
        let n = v
            .as_array()
            .map(Vec::len)
            .or_else(|| v.as_object().map(serde_json::Map::len));
        assert!(n.unwrap_or(0) > 0, "{table} is missing or empty");
    }
    assert_eq!(journey.len(), 12, "a table the test does not know about");
    // Reading it back gives the very same journey.
    assert_eq!(json::read(&text).unwrap().journey, store.load().unwrap());
}

/// The text of a good export, broken in one way.
fn broken(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from} not in the export");
    text.replacen(from, to, 1)
}

#[test]
fn bad_files_are_refused_with_a_clear_reason_and_change_nothing() {
    let good = export(&store_with(&rich()));
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "malformed",
            broken(&good, "\"goals\": [", "\"goals\": [,"),
            "not valid JSON",
        ),
        (
            "truncated",
            good[..good.len() / 2].to_string(),
            "ends too early",
        ),
        ("empty", "  \n".into(), "empty"),
        (
            "future version",
            broken(&good, "\"version\": 2,", "\"version\": 3,"),
            "newer mentee (export format version 3",
        ),
        (
            "wrong format",
            broken(&good, "\"mentee-journey\"", "\"tasks-app\""),
            "not a mentee export",
        ),
        ("not an object", "[1, 2, 3]".into(), "not a mentee export"),
        (
            "broken reference",
            broken(&good, "\"goal_id\": 4,", "\"goal_id\": 99,"),
            "milestone 2 belongs to goal 99, which is not in the file",
        ),
        (
            "agenda item about a goal not in the file",
            broken(&good, "\"ref\": 4", "\"ref\": 44"),
            "agenda item 2 is about goal 44, which is not in the file",
        ),
        (
            "unknown choice",
            broken(&good, "\"status\": \"on_hold\"", "\"status\": \"paused\""),
            "unknown variant `paused`",
        ),
        (
            "missing field",
            broken(&good, "\"title\": \"PUBLIC-goal\",", ""),
            "missing field `title`",
        ),
        (
            "duplicate id",
            broken(&good, "\"id\": 9,", "\"id\": 7,"),
            "two goals have the id 7",
        ),
        (
            "progress out of range",
            broken(&good, "\"progress\": 45,", "\"progress\": 145,"),
            "review 2 has progress 145",
        ),
    ];
    // A database with a journey, and an empty one: neither changes, merging or not.
    let full = store_with(&rich());
    let empty = Store::open_in_memory().unwrap();
    let (full_before, empty_before) = (export(&full), export(&empty));
    for (name, text, words) in &cases {
        for merge in [false, true] {
            for store in [&full, &empty] {
                let err = import_text(store, text, merge).unwrap_err();
                assert!(err.contains(words), "{name}: {err}");
                assert_eq!(err.lines().count(), 1, "{name}: {err}");
            }
        }
    }
    assert_eq!(export(&full), full_before);
    assert_eq!(export(&empty), empty_before);
    // serde_json names the place of a syntax error.
    let err = json::read(&cases[0].1).unwrap_err();
    assert!(matches!(err, ReadError::Syntax(_)), "{err:?}");
    assert!(err.to_string().contains("line "), "{err}");
    assert!(matches!(
        json::read(&cases[1].1).unwrap_err(),
        ReadError::Truncated(_)
    ));
}

#[test]
fn a_failure_half_way_through_an_import_leaves_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    let store = Store::open(&path).unwrap();
    // Make the last insert of the import fail, after mentors, goals, ... were written.
    let sqlite = rusqlite::Connection::open(&path).unwrap();
    sqlite
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON question BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    let text = export(&store_with(&rich()));
    for merge in [false, true] {
        let err = import_text(&store, &text, merge).unwrap_err();
        assert!(err.contains("refused by the test"), "{err}");
        assert_eq!(store.load().unwrap(), Journey::default());
    }
    // The same with a journey already there, merging.
    sqlite.execute_batch("DROP TRIGGER refuse").unwrap();
    import_text(&store, &export(&store_with(&other())), false).unwrap();
    let before = store.load().unwrap();
    sqlite
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON question BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    assert!(import_text(&store, &text, true).is_err());
    assert_eq!(store.load().unwrap(), before);
}

#[test]
fn import_errors_read_as_one_line() {
    let e = ImportError::NotEmpty.to_string();
    assert!(e.contains("--merge") && !e.contains('\n'), "{e}");
}

#[test]
fn shared_only_leaves_out_everything_private() {
    let store = store_with(&rich());
    let full = export(&store);
    let shared = Document::new(&store.load().unwrap(), exported_at(), true)
        .to_json()
        .unwrap();
    let secrets: Vec<&str> = full.split('"').filter(|s| s.contains("SECRET-")).collect();
    // Every private-capable field of the test journey carries one (so this can fail).
    assert!(secrets.len() >= 17, "{secrets:?}");
    assert!(!shared.contains("SECRET-"), "{shared}");
    // Everything public is there, but for a question raised at a private meeting (which
    // would tell of that meeting, listed with it or as waiting for the next one).
    for public in full
        .split('"')
        .filter(|s| s.contains("PUBLIC-") && *s != "PUBLIC-question")
    {
        assert!(
            shared.contains(public),
            "{public} is missing from the shared export"
        );
    }
    assert!(!shared.contains("PUBLIC-question"), "{shared}");
    let doc = json::read(&shared).unwrap();
    assert!(doc.shared_only);
    // Ids and positions are renumbered densely (no gap tells of a record left out); the
    // journey is the shared-only projection otherwise.
    let j = store.load().unwrap().shared_only();
    assert_eq!(doc.journey, j.renumbered());
    let goal_ids: Vec<i64> = doc.journey.goals.iter().map(|g| g.id).collect();
    assert_eq!(goal_ids, (1..=goal_ids.len() as i64).collect::<Vec<_>>());
    // What hung off removed records: gone, or no longer pointing at them.
    assert!(j.private_answers.is_empty());
    assert!(j.milestones.iter().all(|m| m.goal_id != 4));
    assert!(j.reviews.iter().all(|r| r.goal_id != 4));
    assert_eq!(j.actions.iter().find(|a| a.id == 1).unwrap().goal_id, None);
    assert!(j.actions.iter().all(|a| a.meeting_id != Some(5)));
    assert_eq!(
        j.reviews.iter().find(|r| r.id == 4).unwrap().meeting_id,
        None
    );
    assert!(j.questions.is_empty());
    // A meeting's private section is emptied and no longer marked: it reads as one never
    // written, not as one withheld.
    let m = j.meetings.iter().find(|m| m.id == 2).unwrap();
    assert!(m.notes.is_empty() && !m.notes_private);
    // A shared-only export imports like any other.
    let b = Store::open_in_memory().unwrap();
    import_text(&b, &shared, false).unwrap();
    assert_eq!(b.load().unwrap(), doc.journey);
}
