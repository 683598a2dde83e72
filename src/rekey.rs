//! `mentee encrypt`, `decrypt` and `passphrase`: the database is written again under a new
//! key (or none) into a new file beside it, the new file is read back and checked against
//! the old one (the JSON export of both must be identical), and only then renamed over
//! the old one, in one step. Until that rename the original is as it was; a failure at any
//! step before it removes the new file and changes nothing. The mentee lock is held from
//! start to end, so no mentee can open the database meanwhile.

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::export::json;
use crate::store::{Passphrase, RekeyFault, Store, rekey_fault};

/// Rewrites the database of `store` (opened for writing, so it is migrated and locked)
/// under `key`, or plain with `None`, and replaces the file with the result.
///
/// # Errors
/// Why it could not be done, in a few words; the original file is then left as it was.
pub fn rekey(store: Store, key: Option<&Passphrase>) -> Result<(), String> {
    let path = store
        .path()
        .ok_or("the database is not a file")?
        .to_path_buf();
    let dir = folder_of(&path);
    let name = path
        .file_name()
        .map_or_else(|| "mentee.db".into(), |n| n.to_string_lossy().into_owned());
    // Beside the database, so the rename is within one file system; owner-only (0600).
    let new = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".new")
        .tempfile_in(&dir)
        .map_err(|e| format!("cannot create a new file beside it: {}", plain(&e)))?;
    let _sidecars = Leftovers(new.path().to_path_buf());
    store
        .write_copy(new.path(), key)
        .map_err(|why| format!("cannot write the new file: {why}"))?;
    if rekey_fault() == Some(RekeyFault::Verify) {
        damage(new.path());
    }
    verify(&store, new.path(), key)?;
    new.as_file()
        .sync_all()
        .map_err(|e| format!("cannot write the new file: {}", plain(&e)))?;
    // The old file is closed (its log folded in) but stays locked until it is replaced.
    let original = std::fs::metadata(&path).ok();
    let lock = store.close_keeping_lock();
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        if Path::new(&side).exists() {
            return Err(
                "another program is reading it (a `mentee export`?); try again when it is done"
                    .into(),
            );
        }
    }
    if let Some(meta) = original {
        // As root on someone else's file: the new file stays theirs.
        let _ = std::os::unix::fs::chown(new.path(), Some(meta.uid()), Some(meta.gid()));
    }
    if rekey_fault() == Some(RekeyFault::Replace) {
        return Err("cannot replace it with the new file: injected fault".into());
    }
    new.persist(&path)
        .map_err(|e| format!("cannot replace it with the new file: {}", plain(&e.error)))?;
    // The rename itself is durable once the folder is.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    drop(lock);
    Ok(())
}

/// The new file must hold exactly what the old one does: both are read back and exported
/// as JSON (at one instant), and the two exports compared.
fn verify(store: &Store, new: &Path, key: Option<&Passphrase>) -> Result<(), String> {
    let copy = Store::open_read_only_keyed(new, key)
        .map_err(|e| format!("the new file does not read back ({e})"))?;
    let now = chrono::Utc::now();
    let export = |s: &Store| -> Result<String, String> {
        let journey = s.load().map_err(|e| e.to_string())?;
        json::Document::new(&journey, now, false)
            .to_json()
            .map_err(|e| e.to_string())
    };
    let before = export(store).map_err(|e| format!("cannot read the database: {e}"))?;
    let after = export(&copy).map_err(|e| format!("the new file does not read back ({e})"))?;
    if before != after {
        return Err("the new file does not read back the same".into());
    }
    Ok(())
}

/// Older backups beside the database (`NAME.vN-DATE-TIME.bak`, made before a migration):
/// a rekey leaves them as they are, readable as before (plain, or under the old passphrase).
#[must_use]
pub fn backups_beside(path: &Path) -> Vec<PathBuf> {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(folder_of(path)) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_prefix(&format!("{name}.v"))
                .is_some_and(|rest| rest.ends_with(".bak"))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Removes what SQLite may leave beside the new file when writing it fails (its rollback
/// journal); the new file itself goes with its `NamedTempFile`.
struct Leftovers(PathBuf);

impl Drop for Leftovers {
    fn drop(&mut self) {
        for suffix in ["-journal", "-wal", "-shm"] {
            let mut side = self.0.as_os_str().to_owned();
            side.push(suffix);
            let _ = std::fs::remove_file(side);
        }
    }
}

/// Debug builds, `MENTEE_DEBUG_FAIL_REKEY_AT=verify`: zeroes the new file's second page,
/// as a disk that damaged it would.
fn damage(file: &Path) {
    use std::io::{Seek, SeekFrom, Write};
    if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(file) {
        let _ = f.seek(SeekFrom::Start(4096));
        let _ = f.write_all(&[0u8; 4096]);
    }
}

/// An io error without the "(os error 28)" tail.
fn plain(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_lowercase(),
        None => s,
    }
}
