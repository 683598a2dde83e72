//! The one SQLite file. All SQL of the app lives under this module.
//!
//! Opening is careful: the file is checked (is it SQLite? intact? a version we know?) through a
//! read-only connection before anything is written, so a file we refuse stays byte-for-byte the
//! same. Only then is it switched to WAL, backed up if a migration is due, and migrated inside
//! one transaction.

mod fault;
mod load;
mod migrate;
mod sql;
mod write;

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

pub use fault::{FaultKind, FaultPlan};
pub use migrate::{MIGRATIONS, Migration, SCHEMA_VERSION};

/// Why a database could not be opened. Each says, in one line, what is wrong and what to do.
#[derive(Debug)]
pub enum OpenError {
    NotSqlite(PathBuf),
    NotMentee(PathBuf),
    Corrupt(PathBuf, String),
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    InUse(PathBuf),
    Locked(PathBuf),
    ReadOnly(PathBuf),
    Unreadable(PathBuf, io::Error),
    NoFolder(PathBuf),
    /// Reading needs an existing file (`mentee export`).
    Missing(PathBuf),
    /// A file of an older schema, opened read-only, cannot be migrated.
    Older(PathBuf, i64),
    IsDirectory(PathBuf),
    Other(PathBuf, String),
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::NotSqlite(p) => write!(
                f,
                "{} is not a mentee database (not an SQLite file); it was left untouched",
                p.display()
            ),
            OpenError::NotMentee(p) => write!(
                f,
                "{} is an SQLite database of some other program, not a mentee database; it was left untouched",
                p.display()
            ),
            OpenError::Corrupt(p, why) => write!(
                f,
                "{} is damaged ({why}); it was left untouched — restore a backup or choose another file with --db",
                p.display()
            ),
            OpenError::Newer {
                path,
                found,
                supported,
            } => write!(
                f,
                "{} was written by a newer mentee (schema version {found}; this mentee supports up to {supported}); it was left untouched — upgrade mentee to open it",
                path.display()
            ),
            OpenError::InUse(p) => write!(
                f,
                "{} is open in another mentee; close that one first",
                p.display()
            ),
            OpenError::Locked(p) => write!(
                f,
                "{} is locked by another program; try again when it is done",
                p.display()
            ),
            OpenError::ReadOnly(p) => write!(
                f,
                "{} cannot be written (read-only file or folder); mentee needs to save your edits there",
                p.display()
            ),
            OpenError::Unreadable(p, e) => {
                write!(f, "cannot read {}: {}", p.display(), plain_io(e))
            }
            OpenError::NoFolder(p) => write!(
                f,
                "cannot create {}: its folder does not exist",
                p.display()
            ),
            OpenError::Missing(p) => write!(f, "there is no database at {}", p.display()),
            OpenError::Older(p, found) => write!(
                f,
                "{} has an older schema (version {found}); open it in mentee once to upgrade it, then try again",
                p.display()
            ),
            OpenError::IsDirectory(p) => {
                write!(f, "{} is a folder, not a database file", p.display())
            }
            OpenError::Other(p, why) => write!(f, "cannot open {}: {why}", p.display()),
        }
    }
}

impl std::error::Error for OpenError {}

/// An io error without the "(os error 13)" tail.
fn plain_io(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_lowercase(),
        None => s,
    }
}

/// The mentee database: one connection, plus an advisory lock so two mentees never edit
/// the same file at once.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Held for the life of the store; dropped after `conn` (field order matters).
    _lock: Option<File>,
    /// Debug builds: writes failing on purpose (see `fault.rs`); nothing in release.
    faults: fault::Faults,
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

impl Store {
    /// Opens (creating if needed) the database at `path` for editing.
    ///
    /// # Errors
    /// An [`OpenError`] that names the file and what is wrong; the file is left unchanged.
    pub fn open(path: &Path) -> Result<Store, OpenError> {
        Self::open_with(path, MIGRATIONS)
    }

    /// `open` with an explicit migration list (tests use this to prove backups and refusal).
    ///
    /// # Errors
    /// As [`Store::open`].
    pub fn open_with(path: &Path, migrations: &[Migration]) -> Result<Store, OpenError> {
        let p = || path.to_path_buf();
        if path.is_dir() {
            return Err(OpenError::IsDirectory(p()));
        }
        let lock = lock_file(path)?;
        if header_check(path, &lock)? {
            drop(inspect(path, migrations)?);
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, &e))?;
        let store = Store {
            conn,
            path: Some(p()),
            _lock: Some(lock),
            faults: fault::Faults::from_env(),
        };
        store.configure().map_err(|e| classify(path, &e))?;
        migrate::run(&store.conn, path, migrations).map_err(|e| match e {
            migrate::Error::Sql(e) => classify(path, &e),
            migrate::Error::Backup(why) => OpenError::Other(p(), why),
            migrate::Error::Foreign => OpenError::NotMentee(p()),
        })?;
        Ok(store)
    }

    /// Opens an existing database for reading only: no lock, no migration, nothing written.
    /// Readers are never blocked in WAL mode, so this works while mentee has the file open
    /// (`mentee export`).
    ///
    /// # Errors
    /// An [`OpenError`] as for [`Store::open`]; also when the file does not exist or has an
    /// older schema (which only a writer may migrate).
    pub fn open_read_only(path: &Path) -> Result<Store, OpenError> {
        let p = || path.to_path_buf();
        if path.is_dir() {
            return Err(OpenError::IsDirectory(p()));
        }
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(OpenError::Missing(p())),
            Err(e) => return Err(OpenError::Unreadable(p(), e)),
        };
        if !header_check(path, &file)? {
            return Err(OpenError::Other(
                p(),
                "the file is empty: it holds no journey yet".into(),
            ));
        }
        let (conn, version) = inspect(path, MIGRATIONS)?;
        if version < migrate::latest(MIGRATIONS) {
            return Err(OpenError::Older(p(), version));
        }
        Ok(Store {
            conn,
            path: Some(p()),
            _lock: None,
            faults: fault::Faults::default(),
        })
    }

    /// A private in-memory database, migrated to the latest schema (tests, benches, demo).
    ///
    /// # Errors
    /// Only if SQLite itself fails.
    pub fn open_in_memory() -> rusqlite::Result<Store> {
        let conn = Connection::open_in_memory()?;
        let store = Store {
            conn,
            path: None,
            _lock: None,
            faults: fault::Faults::default(),
        };
        store.configure()?;
        migrate::run(&store.conn, Path::new(":memory:"), MIGRATIONS).map_err(|e| match e {
            migrate::Error::Sql(e) => e,
            migrate::Error::Backup(why) => rusqlite::Error::InvalidPath(why.into()),
            migrate::Error::Foreign => rusqlite::Error::InvalidQuery,
        })?;
        Ok(store)
    }

    /// The file behind this store, if any.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// WAL for crash safety with concurrent readers; NORMAL sync is durable against a
    /// killed process (only power loss can lose the last commit).
    fn configure(&self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(Duration::from_millis(1000))?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        if self.path.is_some() {
            let mode: String =
                self.conn
                    .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
            if mode != "wal" {
                tracing::warn!("journal mode is {mode}, not wal");
            }
        }
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(())
    }

    /// Debug builds only: makes later writes fail (or stops that with `None`), for tests
    /// of what the app does then. See `fault.rs`.
    #[cfg(debug_assertions)]
    pub fn debug_fail_writes(&self, plan: Option<FaultPlan>) {
        self.faults.set(&self.conn, plan);
    }

    /// Every write operation passes here first (the debug write faults).
    fn fault_point(&self) {
        self.faults.before_write(&self.conn);
    }

    /// Runs SQLite's own consistency check.
    ///
    /// # Errors
    /// If the check cannot run.
    pub fn integrity_check(&self) -> rusqlite::Result<String> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
    }

    /// Copies the database to `target` (a consistent snapshot, WAL included).
    ///
    /// # Errors
    /// If the target exists and is not empty, or cannot be written.
    pub fn backup_to(&self, target: &Path) -> Result<(), String> {
        migrate::vacuum_into(&self.conn, target)
    }
}

/// Checks an existing SQLite file through a read-only connection, so nothing can be written
/// yet: is it ours, a version we know, intact? Returns that connection and the schema version.
fn inspect(path: &Path, migrations: &[Migration]) -> Result<(Connection, i64), OpenError> {
    let p = || path.to_path_buf();
    let ro = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, &e))?;
    ro.busy_timeout(Duration::from_millis(500))
        .map_err(|e| classify(path, &e))?;
    let version = migrate::version(&ro).map_err(|e| classify(path, &e))?;
    let latest = migrate::latest(migrations);
    let app_id = migrate::application_id(&ro).map_err(|e| classify(path, &e))?;
    let newer = version > latest && (app_id == 0 || app_id == migrate::APPLICATION_ID);
    if !newer && migrate::is_foreign(&ro).map_err(|e| classify(path, &e))? {
        return Err(OpenError::NotMentee(p()));
    }
    if version > latest {
        return Err(OpenError::Newer {
            path: p(),
            found: version,
            supported: latest,
        });
    }
    integrity(&ro).map_err(|e| match e {
        Check::Sql(e) => classify(path, &e),
        Check::Failed(why) => OpenError::Corrupt(p(), why),
    })?;
    Ok((ro, version))
}

/// Takes the per-file advisory lock, creating the file (0600, folder 0700) if needed.
fn lock_file(path: &Path) -> Result<File, OpenError> {
    let p = || path.to_path_buf();
    let exists = path.exists();
    if !exists
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(OpenError::NoFolder(p()));
    }
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(!exists)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                if exists && File::open(path).is_err() {
                    OpenError::Unreadable(p(), e)
                } else {
                    OpenError::ReadOnly(p())
                }
            }
            io::ErrorKind::NotFound => OpenError::NoFolder(p()),
            _ => OpenError::Unreadable(p(), e),
        })?;
    if !exists {
        // The umask may have widened the mode; notes are confidential.
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => return Err(OpenError::InUse(p())),
        Err(std::fs::TryLockError::Error(e)) => return Err(OpenError::Unreadable(p(), e)),
    }
    if exists && !dir_writable(path) {
        return Err(OpenError::ReadOnly(p()));
    }
    Ok(file)
}

/// SQLite needs to create the `-wal` file beside the database.
fn dir_writable(path: &Path) -> bool {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let probe = dir.join(format!(".mentee-probe-{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(e) => e.kind() == io::ErrorKind::AlreadyExists,
    }
}

/// `Ok(true)` for an existing SQLite file, `Ok(false)` for a new (empty) one.
fn header_check(path: &Path, mut file: &File) -> Result<bool, OpenError> {
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(OpenError::Unreadable(path.to_path_buf(), e)),
        }
    }
    match read {
        0 => Ok(false),
        16 if &head == SQLITE_MAGIC => Ok(true),
        _ => Err(OpenError::NotSqlite(path.to_path_buf())),
    }
}

enum Check {
    Sql(rusqlite::Error),
    Failed(String),
}

/// `PRAGMA quick_check`: catches damaged pages without the full index cross-check.
fn integrity(conn: &Connection) -> Result<(), Check> {
    let mut stmt = conn.prepare("PRAGMA quick_check").map_err(Check::Sql)?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .and_then(Iterator::collect)
        .map_err(Check::Sql)?;
    match rows.first().map(String::as_str) {
        Some("ok") => Ok(()),
        Some(first) => Err(Check::Failed(first.chars().take(80).collect())),
        None => Err(Check::Failed("integrity check gave no answer".into())),
    }
}

/// Turns an SQLite error met while opening into a message a person can act on.
fn classify(path: &Path, e: &rusqlite::Error) -> OpenError {
    let p = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => OpenError::NotSqlite(p),
        Some(ErrorCode::DatabaseCorrupt) => OpenError::Corrupt(p, "malformed database".into()),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => OpenError::Locked(p),
        Some(ErrorCode::ReadOnly) => OpenError::ReadOnly(p),
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => OpenError::Unreadable(
            p,
            io::Error::new(io::ErrorKind::PermissionDenied, "permission denied"),
        ),
        _ => OpenError::Other(p, e.to_string()),
    }
}

/// Turns a failed write into a short message for the status line.
#[must_use]
pub fn write_error_message(e: &rusqlite::Error) -> String {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => "the disk is full".into(),
        Some(ErrorCode::ReadOnly) => "the database file became read-only".into(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "the database is locked by another program".into()
        }
        Some(ErrorCode::SystemIoFailure) => "the disk reported an input/output error".into(),
        _ => e.to_string(),
    }
}
