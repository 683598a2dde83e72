//! Trust at the edges (issue 14), without a terminal: checkpoints, file modes, what an
//! import may bring in, and text with control characters.

use std::os::unix::fs::PermissionsExt;

use crate::common::journeys::{exported_at, rich, stamp};
use crate::common::{app, clock, press};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use mentee::domain::text::MAX_FIELD_BYTES;
use mentee::domain::{FieldKey, Marker, Origin, OriginKind, Value};
use mentee::export::json::{self, Document, ReadError};
use mentee::store::{OpenError, Store};

fn size(p: &std::path::Path) -> u64 {
    std::fs::metadata(p).map_or(0, |m| m.len())
}

#[test]
fn writes_never_checkpoint_on_their_own_and_an_idle_checkpoint_folds_the_log_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("journey.db");
    let wal = dir.path().join("journey.db-wal");
    let store = Store::open(&db).unwrap();
    let empty = size(&db);
    // More than SQLite's automatic checkpoint (1000 pages, about 4 MiB), one write at a time.
    let chunk = "n".repeat(400 * 1024);
    for i in 0..14 {
        let key = FieldKey::Setting(format!("note {i}"));
        store
            .update(&key, &Value::Text(chunk.clone()), stamp())
            .unwrap();
    }
    assert!(size(&wal) > 5 << 20, "the log holds the writes");
    assert_eq!(size(&db), empty, "no write waited for a checkpoint");
    store.checkpoint_if_due();
    assert!(size(&db) > 5 << 20, "the file now holds them");
    let copy = dir.path().join("copy.db");
    std::fs::copy(&db, &copy).unwrap();
    let alone = Store::open_read_only(&copy).unwrap().load().unwrap();
    assert_eq!(alone.settings.len(), 14);
    // Nothing written since: nothing to do.
    let before = size(&db);
    store.checkpoint_if_due();
    assert_eq!(size(&db), before);
}

#[test]
fn a_database_others_can_read_gets_one_warning_with_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    let store = Store::open(&db).unwrap();
    assert!(store.warning().is_none(), "created owner-only");
    drop(store);
    assert_eq!(
        std::fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o600
    );
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o640)).unwrap();
    for store in [
        Store::open(&db).unwrap(),
        Store::open_read_only(&db).unwrap(),
    ] {
        let w = store.warning().expect("a warning");
        let msg = w.message();
        assert!(
            msg.contains("can be read by other users (mode 0640)")
                && msg.contains(&format!("chmod 600 {}", db.display())),
            "{msg}"
        );
        assert!(w.short().starts_with("Others can read shared.db (0640)"));
    }
}

#[test]
fn an_empty_file_given_a_schema_becomes_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("z.db");
    std::fs::write(&db, "").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = Store::open(&db).unwrap();
    assert!(store.warning().is_none(), "{:?}", store.warning());
    for suffix in ["", "-wal", "-shm"] {
        let f = dir.path().join(format!("z.db{suffix}"));
        assert_eq!(
            std::fs::metadata(&f).unwrap().permissions().mode() & 0o777,
            0o600,
            "{}",
            f.display()
        );
    }
}

#[test]
fn a_foreign_file_with_only_a_user_version_is_foreign_not_newer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 7).unwrap();
    }
    let err = Store::open(&db).err().expect("refused");
    assert!(matches!(err, OpenError::NotMentee(_)), "{err}");
    let err = Store::open_read_only(&db).err().expect("refused");
    assert!(matches!(err, OpenError::NotMentee(_)), "{err}");
}

fn doc_text(j: &mentee::domain::Journey) -> String {
    Document::new(j, exported_at(), false).to_json().unwrap()
}

fn unfit(j: &mentee::domain::Journey) -> String {
    match json::read(&doc_text(j)) {
        Err(ReadError::Unfit(m)) => m,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn an_import_is_held_to_the_field_limit() {
    let mut j = rich();
    j.meetings[0].notes = "x".repeat(MAX_FIELD_BYTES);
    json::read(&doc_text(&j)).expect("a full field fits");
    j.meetings[0].notes.push('x');
    let id = j.meetings[0].id;
    let msg = unfit(&j);
    assert_eq!(
        msg,
        format!("meeting {id}'s notes is 513 KiB; a field holds at most 512 KiB")
    );
    let mut j = rich();
    j.settings
        .insert("mentee_name".into(), "y".repeat(50 << 20));
    assert!(unfit(&j).contains("is 50.0 MiB"), "{}", unfit(&j));
}

#[test]
fn an_import_holding_control_characters_is_refused_naming_the_field() {
    let mut j = rich();
    j.goals[0].title = "Lead\x1bc the ward".into();
    let id = j.goals[0].id;
    assert_eq!(
        unfit(&j),
        format!(
            "goal {id}'s title holds a control character (U+001B); mentee keeps only text, newlines and tabs"
        )
    );
    let mut j = rich();
    j.mentors[0].name = "Ana\u{9b}2J".into();
    assert!(unfit(&j).contains("(U+009B)"), "{}", unfit(&j));
    // Newlines and tabs are text.
    let mut j = rich();
    j.meetings[0].notes = "one\n\ttwo".into();
    json::read(&doc_text(&j)).expect("newline and tab are kept");
}

#[test]
fn an_import_keeps_to_the_method_s_vocabulary() {
    let mut j = rich();
    let (key, mut versions) = j.answers.pop_first().unwrap();
    for v in &mut versions {
        v.key = "conversation.nowhere".into();
    }
    j.answers.insert("conversation.nowhere".into(), versions);
    let msg = unfit(&j);
    assert!(
        msg.starts_with(
            "an answer has the key \"conversation.nowhere\", which is not in mentee's method"
        ),
        "{msg} (was {key})"
    );
    let mut j = rich();
    j.markers.insert("worksheet.nowhere".into(), Marker::Gap);
    assert!(unfit(&j).starts_with("a worksheet marker has the key"));
    let mut j = rich();
    j.private_answers.insert("worksheet.nowhere.gap".into());
    assert!(unfit(&j).starts_with("a private mark has the key"));
    let mut j = rich();
    j.goals[0].origin = Some(Origin {
        kind: OriginKind::Worksheet,
        key: "conversation.now".into(),
    });
    assert!(unfit(&j).contains("origin has the key \"conversation.now\""));
    // Every key the method has is accepted.
    let mut j = rich();
    for key in mentee::generate::answer_keys() {
        assert!(mentee::method::is_answer_key(&key), "{key}");
        j.private_answers.insert(key);
    }
    json::read(&doc_text(&j)).expect("the method's keys");
}

#[test]
fn the_exports_carry_no_control_characters() {
    let mut j = rich();
    j.mentors[0].name = "Ana\x1bc Lima\u{9b}2J".into();
    j.meetings[0].notes = "notes\x07\x1b]0;title\x07 and\r\nmore\ttab".into();
    let md = mentee::export::markdown::markdown(&j, &clock(), false);
    let bad: Vec<char> = md
        .chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
    assert!(
        md.contains("Ana c Lima2J") || md.contains("Anac Lima2J"),
        "{md}"
    );
    let json = Document::new(&j, exported_at(), false).to_json().unwrap();
    assert!(!json.contains('\u{9b}') && json.contains("\\u009b"));
    // The JSON reads back the same text.
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back.journey.mentors[0].name, j.mentors[0].name);
}

#[test]
fn a_burst_of_typing_is_taken_as_the_keys_would_be() {
    let mut a = app();
    press(&mut a, "2 Enter");
    let key = |c| Event::Key(KeyEvent::new(c, KeyModifiers::NONE));
    assert_eq!(a.typed_char(&key(KeyCode::Char('q'))), Some('q'));
    assert_eq!(a.typed_char(&key(KeyCode::Enter)), Some('\n'));
    assert_eq!(
        a.typed_char(&Event::Key(KeyEvent::new(
            KeyCode::Char('c'),
            KeyModifiers::CONTROL
        ))),
        None,
        "Ctrl-c is a key binding, never text"
    );
    assert_eq!(a.typed_char(&key(KeyCode::Esc)), None);
    a.type_run("one\ntwo");
    assert_eq!(a.ctx.editor.as_ref().unwrap().text(), "one\ntwo");
    // A burst larger than the field: what fits goes in, and the field says it is full.
    a.type_run(&"z".repeat(MAX_FIELD_BYTES));
    let ed = a.ctx.editor.as_ref().unwrap();
    let held: usize = ed.area.lines().iter().map(String::len).sum();
    assert_eq!(held, MAX_FIELD_BYTES);
    assert!(
        ed.error.as_deref().unwrap_or("").contains("full"),
        "{:?}",
        ed.error
    );
    // Outside an editor, keys are keys.
    press(&mut a, "Esc");
    assert_eq!(a.typed_char(&key(KeyCode::Char('q'))), None);
}
