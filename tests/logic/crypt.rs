//! Encryption at rest (issue 18), in the store: an encrypted file holds nothing readable,
//! opens only with its passphrase, is told apart from files that are not SQLite, and its
//! migration backups are encrypted too.

use std::path::{Path, PathBuf};

use mentee::domain::{Clock, Journey};
use mentee::export::json;
use mentee::store::{Content, Migration, OpenError, Passphrase, SCHEMA_VERSION, Store};

/// Text that must never appear in an encrypted file.
const MARKER: &str = "QX7-confidential-marker";

fn key(s: &str) -> Passphrase {
    Passphrase::from(s)
}

/// The demo journey with the marker in a mentor's name and a goal's title.
fn journey_with_marker() -> Journey {
    let mut j = json::read(mentee::demo::ASSET).unwrap().journey;
    j.mentors[0].name = format!("Ana {MARKER}");
    j.goals[0].title = format!("{MARKER} goal");
    j
}

fn fill(store: &Store) {
    mentee::import::import(
        store,
        &journey_with_marker(),
        false,
        Clock::at_day(2026, 1, 1).stamp(),
    )
    .unwrap();
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_default()
}

fn sidecar(p: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", p.display()))
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// An encrypted database at `dir/name` holding the marked journey.
fn encrypted_db(dir: &Path, name: &str, pass: &str) -> PathBuf {
    let path = dir.join(name);
    let store = Store::open_keyed(&path, Some(&key(pass))).unwrap();
    assert!(store.encrypted());
    fill(&store);
    path
}

#[test]
fn an_encrypted_database_holds_none_of_its_text_and_no_sqlite_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    {
        let store = Store::open_keyed(&path, Some(&key("correct horse"))).unwrap();
        fill(&store);
        // While it is open, the log holds the latest pages: encrypted too.
        let wal = bytes(&sidecar(&path, "-wal"));
        assert!(!wal.is_empty(), "the saves went to the log first");
        assert!(!contains(&wal, MARKER), "the marker is in the -wal");
        assert!(!contains(&bytes(&path), MARKER));
    }
    let file = bytes(&path);
    assert!(file.len() >= 4096);
    assert!(!contains(&file, MARKER), "the marker is in the file");
    // Text the marker is not in: a whole name (a short word like "Ana" turns up in random
    // ciphertext now and then).
    let other = journey_with_marker().mentors[1].name.clone();
    assert!(other.len() >= 10, "{other}");
    assert!(!contains(&file, &other), "a name is in the file");
    assert!(!file.starts_with(b"SQLite format 3\0"), "SQLite's header");
    assert!(!sidecar(&path, "-wal").exists(), "closed cleanly: no log");
    assert_eq!(mentee::store::content(&path).unwrap(), Content::Encrypted);
    // And it reads back whole with the passphrase.
    let store = Store::open_keyed(&path, Some(&key("correct horse"))).unwrap();
    let j = store.load().unwrap();
    assert_eq!(j.mentors[0].name, format!("Ana {MARKER}"));
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn without_its_passphrase_or_with_a_wrong_one_it_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = encrypted_db(dir.path(), "j.db", "right one");
    let before = bytes(&path);
    let files = listing(dir.path());

    let e = Store::open(&path).err().expect("refused without a key");
    assert!(matches!(e, OpenError::Encrypted(_)), "{e}");
    assert!(e.to_string().contains("is encrypted"), "{e}");
    let e = Store::open_read_only(&path).err().expect("refused");
    assert!(matches!(e, OpenError::Encrypted(_)), "{e}");
    for wrong in ["wrong one", "", "right one "] {
        let e = Store::open_keyed(&path, Some(&key(wrong)))
            .err()
            .expect("a wrong passphrase");
        assert!(matches!(e, OpenError::WrongPassphrase(_)), "{wrong:?}: {e}");
        assert_eq!(
            e.to_string(),
            format!(
                "wrong passphrase for {}; it was left untouched",
                path.display()
            )
        );
        let e = Store::open_read_only_keyed(&path, Some(&key(wrong)))
            .err()
            .expect("a wrong passphrase");
        assert!(matches!(e, OpenError::WrongPassphrase(_)), "{e}");
    }
    assert!(bytes(&path) == before, "the file changed");
    assert_eq!(listing(dir.path()), files, "the folder changed");
    // The right one, read-only, as `mentee export` reads it: nothing created beside it.
    let store = Store::open_read_only_keyed(&path, Some(&key("right one"))).unwrap();
    assert_eq!(
        store.load().unwrap().goals[0].title,
        format!("{MARKER} goal")
    );
    drop(store);
    assert!(bytes(&path) == before);
    assert_eq!(listing(dir.path()), files);
}

#[test]
fn a_plain_database_opens_as_before_and_a_key_given_for_it_is_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.db");
    fill(&Store::open(&path).unwrap());
    assert_eq!(mentee::store::content(&path).unwrap(), Content::Plain);
    assert!(bytes(&path).starts_with(b"SQLite format 3\0"));
    let store = Store::open_keyed(&path, Some(&key("not needed"))).unwrap();
    assert!(!store.encrypted());
    assert_eq!(
        store.load().unwrap().mentors[0].name,
        format!("Ana {MARKER}")
    );
    drop(store);
    let plain = rusqlite::Connection::open(&path).unwrap();
    let name: String = plain
        .query_row("SELECT name FROM mentor LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert!(name.contains(MARKER));
}

#[test]
fn files_that_are_neither_sqlite_nor_encrypted_are_still_refused_as_not_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    // Text, even in whole pages.
    std::fs::write(
        &text,
        "Notes on mentoring, not a database.\n".repeat(4096 / 36 + 1),
    )
    .unwrap();
    let f = std::fs::OpenOptions::new().write(true).open(&text).unwrap();
    f.set_len(4096).unwrap();
    drop(f);
    // Noise that is not whole pages (a compressed file, say).
    let noise = dir.path().join("noise.db");
    let mut x = 88_172_645_463_325_252_u64;
    let random: Vec<u8> = (0..5000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()[2]
        })
        .collect();
    std::fs::write(&noise, &random).unwrap();
    // A zeroed page.
    let zeros = dir.path().join("zeros.db");
    std::fs::write(&zeros, [0u8; 4096]).unwrap();
    for p in [&text, &noise, &zeros] {
        let before = bytes(p);
        let e = Store::open(p).err().expect("refused");
        assert!(matches!(e, OpenError::NotSqlite(_)), "{}: {e}", p.display());
        assert!(e.to_string().contains("not an SQLite file"), "{e}");
        let e = Store::open_keyed(p, Some(&key("anything"))).err().unwrap();
        assert!(matches!(e, OpenError::NotSqlite(_)), "{}: {e}", p.display());
        assert!(bytes(p) == before);
    }
    // An empty file is a new database, as before.
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    assert_eq!(mentee::store::content(&empty).unwrap(), Content::Empty);
    assert_eq!(
        mentee::store::content(&dir.path().join("none.db")).unwrap(),
        Content::Missing
    );
}

#[test]
fn a_migration_backup_of_an_encrypted_database_is_encrypted_under_the_same_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = encrypted_db(dir.path(), "old.db", "pass phrase");
    let mut steps = mentee::store::MIGRATIONS.to_vec();
    steps.push(Migration {
        version: SCHEMA_VERSION + 1,
        sql: "ALTER TABLE goal ADD COLUMN colour TEXT;",
    });
    let store = Store::open_with_key(&path, &steps, Some(&key("pass phrase"))).unwrap();
    drop(store);
    let backups: Vec<PathBuf> = listing(dir.path())
        .into_iter()
        .filter(|n| n.starts_with("old.db.v") && n.ends_with(".bak"))
        .map(|n| dir.path().join(n))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let bak = &backups[0];
    let raw = bytes(bak);
    assert!(!raw.starts_with(b"SQLite format 3\0"), "a plain backup");
    assert!(!contains(&raw, MARKER), "the marker is in the backup");
    assert_eq!(mentee::store::content(bak).unwrap(), Content::Encrypted);
    let e = Store::open_read_only_keyed(bak, Some(&key("other")))
        .err()
        .unwrap();
    assert!(matches!(e, OpenError::WrongPassphrase(_)), "{e}");
    let conn = rusqlite::Connection::open(bak).unwrap();
    conn.pragma_update(None, "key", "pass phrase").unwrap();
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    let name: String = conn
        .query_row("SELECT name FROM mentor LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert!(name.contains(MARKER));
}

#[test]
fn rekey_encrypts_decrypts_and_changes_the_passphrase_with_identical_exports() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    fill(&Store::open(&path).unwrap());
    let now = Clock::at_day(2026, 11, 22).now();
    let export = |store: &Store| {
        json::Document::new(&store.load().unwrap(), now, false)
            .to_json()
            .unwrap()
    };
    let before = export(&Store::open_read_only(&path).unwrap());

    mentee::rekey::rekey(Store::open(&path).unwrap(), Some(&key("first"))).unwrap();
    assert!(!contains(&bytes(&path), MARKER));
    let store = Store::open_read_only_keyed(&path, Some(&key("first"))).unwrap();
    assert_eq!(export(&store), before);
    drop(store);

    let store = Store::open_keyed(&path, Some(&key("first"))).unwrap();
    mentee::rekey::rekey(store, Some(&key("second"))).unwrap();
    let e = Store::open_keyed(&path, Some(&key("first"))).err().unwrap();
    assert!(matches!(e, OpenError::WrongPassphrase(_)), "{e}");
    let store = Store::open_keyed(&path, Some(&key("second"))).unwrap();
    mentee::rekey::rekey(store, None).unwrap();
    assert_eq!(mentee::store::content(&path).unwrap(), Content::Plain);
    assert_eq!(export(&Store::open_read_only(&path).unwrap()), before);
    assert_eq!(
        listing(dir.path()),
        vec!["j.db".to_string()],
        "nothing left beside it"
    );
}

#[test]
fn the_bundled_sqlcipher_has_fts5_with_the_trigram_tokenizer() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let version: String = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .unwrap();
    assert!(version.starts_with('4'), "{version}");
    let options: Vec<String> = conn
        .prepare("PRAGMA compile_options")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(options.iter().any(|o| o == "ENABLE_FTS5"), "{options:?}");
    conn.execute_batch(
        "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'trigram');
         INSERT INTO t VALUES ('mentoring for career development');",
    )
    .unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM t WHERE t MATCH 'reer'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn a_damaged_page_of_an_encrypted_database_is_called_damaged_and_left_untouched() {
    use std::io::{Seek, SeekFrom, Write};
    let dir = tempfile::tempdir().unwrap();
    let path = encrypted_db(dir.path(), "j.db", "pass");
    let pages = std::fs::metadata(&path).unwrap().len() / 4096;
    assert!(pages > 6, "{pages} pages");
    let mut f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.seek(SeekFrom::Start(4096 * 5 + 100)).unwrap();
    f.write_all(b"garbage").unwrap();
    drop(f);
    let before = bytes(&path);
    // After a session that did not end cleanly (a log left beside the file) the whole
    // file is checked before anything is written: the page that does not decrypt is damage.
    let wal = dir.path().join("j.db-wal");
    std::fs::write(&wal, b"").unwrap();
    let e = Store::open_keyed(&path, Some(&key("pass"))).err().unwrap();
    assert!(matches!(e, OpenError::Corrupt(..)), "{e}");
    assert!(e.to_string().contains("is damaged"), "{e}");
    let e = Store::open_read_only_keyed(&path, Some(&key("pass")))
        .err()
        .unwrap();
    assert!(matches!(e, OpenError::Corrupt(..)), "{e}");
    std::fs::remove_file(&wal).unwrap();
    assert!(bytes(&path) == before);
    assert_eq!(listing(dir.path()), ["j.db"]);
}
