//! The one SQLite file. All SQL of the app lives under this module.
//!
//! Opening is careful: the file is checked (an ordinary file? SQLite? intact? a version we
//! know?) through a read-only connection before anything is written, so a file we refuse stays
//! byte-for-byte the same, and the folder too (no `-wal` or `-shm` left beside it). Only then
//! is it switched to WAL, backed up if a migration is due, and migrated inside one transaction.
//!
//! How "intact" is checked depends on how the last session ended (see
//! [`integrity_check_due`]): after one that did not close cleanly, `PRAGMA quick_check`
//! reads the whole file first. After a clean close the journey itself is read through the
//! read-only connection ([`Store::open_and_load`]), with SQLite checking each page as it
//! reads it: a damaged page fails that read, and the file is refused as untouched as before.
//! The app ([`Store::open_for_app`]) reads only what its first frame shows before that frame,
//! and the rest on a second connection while it is drawn; the writer has opened by then, but
//! has written nothing, so damage found in the rest refuses the file just as untouched
//! ([`Loading::finish`], [`Store::refuse`]).
//!
//! The write-ahead log is folded into the database file (a checkpoint) when the store is
//! closed, when it opens after a session that did not end cleanly, and when the app is idle
//! (`checkpoint_if_due`); never automatically in the middle of a write, so a keystroke never
//! waits for one. After a clean exit the `.db` file alone holds everything.
//!
//! A database may be encrypted (SQLCipher, `cipher.rs`): every connection is opened by
//! [`connect`], which takes the key, and [`header_check`] tells an encrypted file from one
//! that is not SQLite. Opening an encrypted file without a key is refused with
//! [`OpenError::Encrypted`], so the caller can ask for the passphrase and try again.

mod cipher;
mod fault;
mod files;
mod load;
mod migrate;
mod sql;
mod write;

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use cipher::Keys;

use crate::domain::Journey;

pub use cipher::Passphrase;
pub(crate) use cipher::wipe as wipe_bytes;
pub use fault::{FaultKind, FaultPlan, RekeyFault, rekey_fault};
pub use files::Exposure;
pub use load::Later;
pub use migrate::{MIGRATIONS, Migration, SCHEMA_VERSION};

/// Why a database could not be opened. Each says, in one line, what is wrong and what to do.
#[derive(Debug)]
pub enum OpenError {
    NotSqlite(PathBuf),
    /// An encrypted database, opened without a passphrase: ask for one and try again.
    Encrypted(PathBuf),
    /// The passphrase does not open this encrypted database.
    WrongPassphrase(PathBuf),
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
    /// The database is writable but its `-wal` or `-shm` is not.
    ReadOnlySidecar(PathBuf, PathBuf),
    Unreadable(PathBuf, io::Error),
    NoFolder(PathBuf),
    /// Reading needs an existing file (`mentee export`).
    Missing(PathBuf),
    /// A file of an older schema, opened read-only, cannot be migrated.
    Older(PathBuf, i64),
    IsDirectory(PathBuf),
    /// A device, a named pipe or a socket: not a file to keep a journey in.
    NotAFile(PathBuf, &'static str),
    /// A rollback journal left by a program that stopped mid-write; only a writer can
    /// complete SQLite's recovery.
    HotJournal(PathBuf),
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
            OpenError::Encrypted(p) => write!(
                f,
                "{} is encrypted: its passphrase is needed (on a terminal, or with --passphrase-fd N)",
                p.display()
            ),
            OpenError::WrongPassphrase(p) => write!(
                f,
                "wrong passphrase for {}; it was left untouched",
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
            OpenError::ReadOnlySidecar(p, side) => write!(
                f,
                "{} cannot be saved to: {} beside it is read-only; run: chmod 600 {}",
                p.display(),
                side.display(),
                side.display()
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
            OpenError::NotAFile(p, what) => write!(
                f,
                "{} is {what}, not a file; mentee keeps your journey in an ordinary file: choose one with --db",
                p.display()
            ),
            OpenError::HotJournal(p) => write!(
                f,
                "{} has an unfinished write left by a program that stopped ({}-journal); open it in mentee once, which completes SQLite's recovery, then try again",
                p.display(),
                p.display()
            ),
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
    /// Open for writing (a checkpoint is due on close).
    writer: bool,
    /// Write operations since the last checkpoint.
    writes: std::cell::Cell<u32>,
    /// Found when the file was opened: other users can read it.
    warning: Option<files::Exposure>,
    /// The file is encrypted (opened with a key).
    encrypted: bool,
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// What a database file holds, as far as can be told without a passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// No file yet.
    Missing,
    /// An empty file: a new database.
    Empty,
    /// An SQLite file, not encrypted.
    Plain,
    /// An encrypted database (see `cipher.rs` for how it is told from other files).
    Encrypted,
}

/// What the file at `path` holds.
///
/// # Errors
/// When it is not a file, cannot be read, or is neither SQLite nor encrypted.
pub fn content(path: &Path) -> Result<Content, OpenError> {
    files::check_kind(path)?;
    match File::open(path) {
        Ok(file) => header_check(path, &file),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Content::Missing),
        Err(e) => Err(OpenError::Unreadable(path.to_path_buf(), e)),
    }
}

impl Store {
    /// Opens (creating if needed) the plain database at `path` for editing.
    ///
    /// # Errors
    /// An [`OpenError`] that names the file and what is wrong; the file is left unchanged.
    /// An encrypted file is refused with [`OpenError::Encrypted`]: ask for its passphrase
    /// and call [`Store::open_keyed`].
    pub fn open(path: &Path) -> Result<Store, OpenError> {
        Self::open_keyed(path, None)
    }

    /// [`Store::open`] with the passphrase of an encrypted database. A plain database opens
    /// as with `open` (the key is not used); a new one is created encrypted under it.
    ///
    /// # Errors
    /// As [`Store::open`]; [`OpenError::WrongPassphrase`] when the key does not open it.
    pub fn open_keyed(path: &Path, key: Option<&Passphrase>) -> Result<Store, OpenError> {
        Self::open_with_key(path, MIGRATIONS, key)
    }

    /// [`Store::open`], and the journey it holds, read before anything is written: a file
    /// whose pages cannot be read is refused untouched (see the module docs), also when it
    /// closed cleanly and so was not checked whole.
    ///
    /// # Errors
    /// As [`Store::open`]; [`OpenError::Corrupt`] when the journey cannot be read back.
    pub fn open_and_load(path: &Path) -> Result<(Store, Journey), OpenError> {
        Self::open_and_load_keyed(path, None)
    }

    /// [`Store::open_and_load`] with the passphrase of an encrypted database (as in
    /// [`Store::open_keyed`]).
    ///
    /// # Errors
    /// As [`Store::open_keyed`]; [`OpenError::Corrupt`] when the journey cannot be read
    /// back.
    pub fn open_and_load_keyed(
        path: &Path,
        key: Option<&Passphrase>,
    ) -> Result<(Store, Journey), OpenError> {
        let (store, journey) = Self::open_locking(path, MIGRATIONS, key, Load::Whole)?;
        let journey = match journey {
            Some((j, _)) => j,
            // A new file, or one migrated just now: read through the writer.
            None => store.load().map_err(|e| unreadable(path, &e))?,
        };
        Ok((store, journey))
    }

    /// [`Store::open_and_load_keyed`] for the app: the journey as far as its first frame
    /// (the Overview) needs it, and, while that frame is drawn, the rest read on a thread
    /// of its own ([`Loading`]; see [`Store::load_first`]). [`Loading::finish`] must run
    /// before anything else is drawn or done; a damaged page it meets refuses the file
    /// as [`Store::open_and_load`] does, with nothing written to it meanwhile (opening the
    /// writer writes nothing; SQLite removes the `-wal` and `-shm` it made when the
    /// store closes). A new, migrated or single-connection file is read whole (`None`).
    ///
    /// # Errors
    /// As [`Store::open_and_load_keyed`].
    pub fn open_for_app(
        path: &Path,
        key: Option<&Passphrase>,
    ) -> Result<(Store, Journey, Option<Loading>), OpenError> {
        let (store, journey) = Self::open_locking(path, MIGRATIONS, key, Load::FirstFrame)?;
        match journey {
            Some((j, loading)) => Ok((store, j, loading)),
            None => {
                let j = store.load().map_err(|e| unreadable(path, &e))?;
                Ok((store, j, None))
            }
        }
    }

    /// `open` with an explicit migration list (tests use this to prove backups and refusal).
    ///
    /// # Errors
    /// As [`Store::open`].
    pub fn open_with(path: &Path, migrations: &[Migration]) -> Result<Store, OpenError> {
        Self::open_with_key(path, migrations, None)
    }

    /// [`Store::open_with`] with a passphrase, as in [`Store::open_keyed`].
    ///
    /// # Errors
    /// As [`Store::open_keyed`].
    pub fn open_with_key(
        path: &Path,
        migrations: &[Migration],
        key: Option<&Passphrase>,
    ) -> Result<Store, OpenError> {
        Self::open_locking(path, migrations, key, Load::No).map(|(store, _)| store)
    }

    /// Takes the mentee lock and opens; with `load`, also the journey when it could be read
    /// before the writer opened (see [`Store::open_locked`]).
    fn open_locking(
        path: &Path,
        migrations: &[Migration],
        key: Option<&Passphrase>,
        load: Load,
    ) -> Result<(Store, Option<Opened>), OpenError> {
        files::check_kind(path)?;
        let (lock, created) = files::lock_file(path)?;
        let sidecars = files::Sidecars::before(path);
        match Self::open_locked(path, &lock, &sidecars, migrations, key, load) {
            Ok((mut store, journey)) => {
                store._lock = Some(lock);
                Ok((store, journey))
            }
            Err(e) => {
                // A refusal leaves the folder as it was: no sidecar files, no new file.
                sidecars.restore();
                if created {
                    let _ = std::fs::remove_file(path);
                }
                Err(e)
            }
        }
    }

    /// [`Store::open_with`] once the mentee lock is held. With `load`, an existing file
    /// already at the latest schema is also read whole through the read-only connection
    /// that inspected it, before the writer opens (`None` otherwise).
    fn open_locked(
        path: &Path,
        lock: &File,
        sidecars: &files::Sidecars,
        migrations: &[Migration],
        key: Option<&Passphrase>,
        load: Load,
    ) -> Result<(Store, Option<Opened>), OpenError> {
        let p = || path.to_path_buf();
        let found = header(path, lock)?;
        let existing = found.0 != Content::Empty;
        let keys = keys_for(path, found, key)?;
        let key = keys.as_ref();
        let mut warning = None;
        let mut journey = None;
        if existing {
            let check = integrity_check_due(sidecars);
            let (ro, version, access) = inspect_locked(path, migrations, key, check)?;
            if load != Load::No && version == migrate::latest(migrations) {
                // A second reader, to read half the journey on another core (none: one).
                let second = connect(path, access, key).ok();
                journey = Some(read_journey(ro, second, path, key.is_some(), load)?);
            }
            warning = files::exposure(path);
            if let Some(w) = &warning {
                tracing::warn!("{}", w.message());
            }
        } else {
            // mentee writes its schema into this file: it is made owner-only first, so the
            // `-wal` and `-shm` SQLite creates beside it are too.
            files::make_private(path);
        }
        let conn = connect(path, Access::ReadWrite, key)?;
        let mut store = Store {
            conn,
            path: Some(p()),
            _lock: None,
            faults: fault::Faults::from_env(),
            writer: false,
            writes: std::cell::Cell::new(0),
            warning,
            encrypted: key.is_some(),
        };
        store.configure().map_err(|e| classify(path, &e))?;
        store.check_writable().map_err(|e| classify(path, &e))?;
        migrate::run(&store.conn, path, migrations).map_err(|e| match e {
            migrate::Error::Sql(e) => classify(path, &e),
            migrate::Error::Backup(why) => OpenError::Other(p(), why),
            migrate::Error::Foreign => OpenError::NotMentee(p()),
        })?;
        store.writer = true;
        if sidecars.unclean() {
            // The last session ended without closing (killed, power cut): fold its log into
            // the file now, so a copy of the file alone is complete.
            tracing::info!("the last session did not end cleanly; checkpointing its log");
            store.checkpoint("TRUNCATE");
        }
        Ok((store, journey))
    }

    /// Opens an existing database for reading only: no migration, nothing written. Readers
    /// are never blocked in WAL mode, so this works while mentee has the file open
    /// (`mentee export`). When no mentee has it open, the file is read as it is on disk
    /// (SQLite's `immutable`), holding a shared lock that keeps a mentee from starting to
    /// write meanwhile: no `-wal` or `-shm` is created, and read-only media work.
    ///
    /// # Errors
    /// An [`OpenError`] as for [`Store::open`]; also when the file does not exist or has an
    /// older schema (which only a writer may migrate).
    pub fn open_read_only(path: &Path) -> Result<Store, OpenError> {
        Self::open_read_only_keyed(path, None)
    }

    /// [`Store::open_read_only`] with the passphrase of an encrypted database (not used
    /// for a plain one).
    ///
    /// # Errors
    /// As [`Store::open_read_only`]; [`OpenError::Encrypted`] without a key for an
    /// encrypted file, [`OpenError::WrongPassphrase`] with one that does not open it.
    pub fn open_read_only_keyed(path: &Path, key: Option<&Passphrase>) -> Result<Store, OpenError> {
        let p = || path.to_path_buf();
        files::check_kind(path)?;
        let (file, unlocked) = files::lock_shared(path)?;
        let found = header(path, &file)?;
        if found.0 == Content::Empty {
            return Err(OpenError::Other(
                p(),
                "the file is empty: it holds no journey yet".into(),
            ));
        }
        let keys = keys_for(path, found, key)?;
        let key = keys.as_ref();
        let sidecars = files::Sidecars::before(path);
        let settled =
            files::sidecar_len(path, "-wal") == 0 && files::sidecar_len(path, "-journal") == 0;
        let check = integrity_check_due(&sidecars);
        let as_on_disk = unlocked && settled;
        let opened =
            inspect(path, MIGRATIONS, as_on_disk, key, check).and_then(|(conn, version, _)| {
                if version < migrate::latest(MIGRATIONS) {
                    return Err(OpenError::Older(p(), version));
                }
                Ok(conn)
            });
        match opened {
            Ok(conn) => Ok(Store {
                conn,
                path: Some(p()),
                _lock: unlocked.then_some(file),
                faults: fault::Faults::default(),
                writer: false,
                writes: std::cell::Cell::new(0),
                warning: files::exposure(path),
                encrypted: key.is_some(),
            }),
            Err(e) => {
                if unlocked {
                    sidecars.restore();
                }
                Err(e)
            }
        }
    }

    /// A private in-memory database, migrated to the latest schema (tests, benches, demo).
    ///
    /// # Errors
    /// Only if SQLite itself fails.
    pub fn open_in_memory() -> rusqlite::Result<Store> {
        cipher::use_kernel_random();
        let conn = Connection::open_in_memory()?;
        let store = Store {
            conn,
            path: None,
            _lock: None,
            faults: fault::Faults::default(),
            writer: false,
            writes: std::cell::Cell::new(0),
            warning: None,
            encrypted: false,
        };
        store.configure()?;
        migrate::run(&store.conn, Path::new(":memory:"), MIGRATIONS).map_err(|e| match e {
            migrate::Error::Sql(e) => e,
            migrate::Error::Backup(why) => rusqlite::Error::InvalidPath(why.into()),
            migrate::Error::Foreign => rusqlite::Error::InvalidQuery,
        })?;
        Ok(store)
    }

    /// Whether the file is encrypted.
    #[must_use]
    pub fn encrypted(&self) -> bool {
        self.encrypted
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
            // No automatic checkpoint inside a write (one took 35 ms on a large log):
            // `checkpoint_if_due` runs them while the app is idle, and closing runs one.
            self.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
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

    /// Every write operation passes here first (the debug write faults, and counting
    /// writes for the next checkpoint).
    fn fault_point(&self) {
        self.writes.set(self.writes.get().saturating_add(1));
        self.faults.before_write(&self.conn);
    }

    /// Found on opening, if anything: the file can be read by other users (say so once,
    /// with [`Exposure::message`]'s fix).
    #[must_use]
    pub fn warning(&self) -> Option<&Exposure> {
        self.warning.as_ref()
    }

    /// Folds the write-ahead log into the database file if anything was written since the
    /// last time. For an idle moment: it may take a while on a large log. Never blocks on
    /// a reader (a passive checkpoint copies what it can).
    pub fn checkpoint_if_due(&self) {
        if self.checkpoint_pending() && self.checkpoint("PASSIVE") {
            self.writes.set(0);
        }
    }

    /// Whether anything was written since the last checkpoint.
    #[must_use]
    pub fn checkpoint_pending(&self) -> bool {
        self.writer && self.writes.get() > 0
    }

    /// Runs a checkpoint of the given mode; true when the whole log went into the file.
    fn checkpoint(&self, mode: &str) -> bool {
        let sql = format!("PRAGMA wal_checkpoint({mode})");
        match self.conn.query_row(&sql, [], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        }) {
            Ok((busy, log, done)) => busy == 0 && log == done,
            Err(e) => {
                tracing::warn!("checkpoint failed: {e}");
                false
            }
        }
    }

    /// Takes and releases the write lock, so a database another program holds locked
    /// (`BEGIN EXCLUSIVE`) is refused at start instead of failing every save.
    /// The file is being refused after the writer opened (see [`Loading::finish`]): close
    /// without the checkpoint a clean close runs, so nothing at all is written to it.
    pub fn refuse(&mut self) {
        self.writer = false;
    }

    fn check_writable(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;")
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

    /// Writes a copy of the database into `target`, an existing empty file, encrypted under
    /// `key` or plain with `None` (for `mentee encrypt`, `decrypt` and `passphrase`).
    ///
    /// # Errors
    /// A short reason when the copy cannot be written (a full disk, say).
    pub fn write_copy(&self, target: &Path, key: Option<&Passphrase>) -> Result<(), String> {
        cipher::export_copy(&self.conn, target, key).map_err(|e| {
            // `sqlcipher_export` reports a full disk as a plain error with SQLite's text.
            if e.to_string().contains("database or disk is full") {
                "the disk is full".into()
            } else {
                write_error_message(&e)
            }
        })
    }

    /// Closes the database (with a checkpoint, as on drop) but keeps holding the mentee
    /// lock, which the caller releases by dropping the file: no other mentee can open the
    /// database meanwhile (`mentee encrypt` renames the new file over it then).
    #[must_use]
    pub fn close_keeping_lock(mut self) -> Option<File> {
        if self.writer {
            self.checkpoint("TRUNCATE");
            self.writer = false;
        }
        self._lock.take()
    }
}

impl Drop for Store {
    /// A clean close: the log goes into the database file and is truncated, and SQLite
    /// removes `-wal` and `-shm` as the last connection closes. The `.db` alone is complete.
    fn drop(&mut self) {
        if self.writer {
            self.checkpoint("TRUNCATE");
        }
    }
}

/// [`inspect`] with the mentee lock held. A rollback journal left by a program that
/// stopped mid-write (a hot journal) makes a read-only check fail; SQLite's recovery
/// (rolling that write back) needs a writer, so it runs first, as any SQLite program would.
fn inspect_locked(
    path: &Path,
    migrations: &[Migration],
    key: Option<&Keys>,
    check: bool,
) -> Result<(Connection, i64, Access), OpenError> {
    let settled =
        files::sidecar_len(path, "-wal") == 0 && files::sidecar_len(path, "-journal") == 0;
    match inspect(path, migrations, settled, key, check) {
        Err(OpenError::ReadOnly(_) | OpenError::HotJournal(_))
            if files::sidecar_len(path, "-journal") > 0 =>
        {
            tracing::info!("recovering {} from its hot journal", path.display());
            let rw = connect(path, Access::ReadWrite, key)?;
            rw.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
                r.get::<_, i64>(0)
            })
            .map_err(|e| classify(path, &e))?;
            drop(rw);
            inspect(path, migrations, false, key, true)
        }
        other => other,
    }
}

/// Checks an existing SQLite file through a read-only connection, so nothing can be written
/// yet: is it ours, a version we know, and (with `check`, see [`integrity_check_due`])
/// intact? Returns that connection and the schema version. `as_on_disk` reads the file as it
/// is (SQLite's `immutable`): for a file with no log to apply, that no one can write
/// meanwhile; it creates no `-wal` or `-shm`.
fn inspect(
    path: &Path,
    migrations: &[Migration],
    as_on_disk: bool,
    key: Option<&Keys>,
    check: bool,
) -> Result<(Connection, i64, Access), OpenError> {
    let p = || path.to_path_buf();
    let access = if as_on_disk {
        Access::AsOnDisk
    } else {
        Access::ReadOnly
    };
    let ro = connect(path, access, key)?;
    ro.busy_timeout(Duration::from_millis(500))
        .map_err(|e| classify(path, &e))?;
    let version = migrate::version(&ro).map_err(|e| classify(path, &e))?;
    let latest = migrate::latest(migrations);
    let app_id = migrate::application_id(&ro).map_err(|e| classify(path, &e))?;
    // Only a file marked as mentee's can be from a newer mentee; a `user_version` alone is
    // any program's.
    let newer = version > latest && app_id == migrate::APPLICATION_ID;
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
    if check {
        integrity(&ro).map_err(|e| match e {
            Check::Sql(e) => decrypt_or_classify(path, &e, key.is_some()),
            Check::Failed(why) => OpenError::Corrupt(p(), why),
        })?;
    }
    Ok((ro, version, access))
}

/// Whether opening runs `PRAGMA quick_check` on the whole file: when a file SQLite keeps
/// beside the database (`-wal`, `-shm`, `-journal`) was there before we opened it. A clean
/// close folds the log in and removes them (see [`Store`]'s `Drop`), so one left over means
/// the last program to write did not finish: killed, a power cut, a full disk, a crash.
/// After a clean close the file is checked page by page as the journey is read instead
/// (see the module docs).
fn integrity_check_due(sidecars: &files::Sidecars) -> bool {
    sidecars.left_over()
}

/// The journey read while opening, and the rest of it if that is still being read.
type Opened = (Journey, Option<Loading>);

/// How much of the journey opening reads (see [`Store::open_locked`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Load {
    No,
    Whole,
    /// What the first frame needs now, the rest on a thread of its own ([`Loading`]).
    FirstFrame,
}

/// The rest of the journey, being read on a thread of its own while the first frame is
/// drawn (see [`Store::open_for_app`]).
pub struct Loading {
    reading: std::thread::JoinHandle<Result<load::Later, OpenError>>,
}

impl Loading {
    /// Waits for the rest of the journey and puts it into `journey`, which is then what
    /// [`Store::load`] reads.
    ///
    /// # Errors
    /// [`OpenError::Corrupt`] (or another refusal) when a page of the rest cannot be read:
    /// the app must then close the store and leave, as if opening had failed.
    pub fn finish(self, journey: &mut Journey) -> Result<(), OpenError> {
        let later = self
            .reading
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        later.complete(journey);
        Ok(())
    }
}

/// Reads the journey through the connection that inspected the file (a [`reader`]). With a
/// `second` connection, part of it is read on another core: with [`Load::FirstFrame`], a
/// share of the first frame's records ([`Store::first_share`]), then all that the first
/// frame does not need, not waited for.
fn read_journey(
    conn: Connection,
    second: Option<Connection>,
    path: &Path,
    encrypted: bool,
    load: Load,
) -> Result<(Journey, Option<Loading>), OpenError> {
    let refused = |e: rusqlite::Error| read_error(path, &e, encrypted);
    let first = reader(conn, path, encrypted)?;
    let Some(second) = second else {
        return Ok((first.load().map_err(refused)?, None));
    };
    if load != Load::FirstFrame {
        let other = reader(second, path, encrypted)?;
        return Ok((first.load_on_two(other).map_err(refused)?, None));
    }
    // The first frame's answers, meetings and action items on the other core (its schema
    // read there too), then, not waited for, all that the first frame does without.
    let at = path.to_path_buf();
    let (share, shared) = std::sync::mpsc::sync_channel(1);
    let reading = std::thread::spawn(move || {
        let read = reader(second, &at, encrypted).and_then(|other| {
            let share = other
                .first_share()
                .map_err(|e| read_error(&at, &e, encrypted))?;
            Ok((other, share))
        });
        let (other, read) = match read {
            Ok((other, share)) => (Some(other), Ok(share)),
            Err(e) => (None, Err(e)),
        };
        let _ = share.send(read);
        let Some(other) = other else {
            return Err(OpenError::Other(at, "reported with the first frame".into()));
        };
        other
            .load_later()
            .map_err(|e| read_error(&at, &e, encrypted))
    });
    let mut journey = first.first_without_share().map_err(refused)?;
    match shared.recv() {
        Ok(share) => share?.fill(&mut journey),
        // The thread ended without sending: it panicked.
        Err(_) => {
            let panic = reading.join().err();
            std::panic::resume_unwind(panic.unwrap_or_else(|| Box::new("reading stopped")));
        }
    }
    Ok((journey, Some(Loading { reading })))
}

/// A connection made a reader of the journey: each page it reads checked more closely than
/// SQLite does by default (`cell_size_check`), with a small page cache (the pages are read
/// once, in order).
fn reader(conn: Connection, path: &Path, encrypted: bool) -> Result<Store, OpenError> {
    conn.pragma_update(None, "cell_size_check", true)
        .and_then(|()| conn.pragma_update(None, "cache_size", -256))
        .map_err(|e| classify(path, &e))?;
    Ok(Store {
        conn,
        path: Some(path.to_path_buf()),
        _lock: None,
        faults: fault::Faults::default(),
        writer: false,
        writes: std::cell::Cell::new(0),
        warning: None,
        encrypted,
    })
}

/// A stored journey that could not be read back.
fn read_error(path: &Path, e: &rusqlite::Error, encrypted: bool) -> OpenError {
    match e.sqlite_error_code() {
        Some(_) => decrypt_or_classify(path, e, encrypted),
        None => unreadable(path, e),
    }
}

/// An SQLite error while checking or reading an existing file. SQLCipher fails a page
/// that does not decrypt (its checksum differs) with a plain `SQLITE_ERROR`: damage; the
/// first page, with "not a database" (a wrong key, classified as such).
fn decrypt_or_classify(path: &Path, e: &rusqlite::Error, encrypted: bool) -> OpenError {
    if encrypted && e.sqlite_error_code() == Some(ErrorCode::Unknown) {
        return OpenError::Corrupt(path.to_path_buf(), "a page does not decrypt".into());
    }
    classify(path, e)
}

/// A journey that cannot be read back: a damaged page, or a stored value that is not what
/// mentee writes.
fn unreadable(path: &Path, e: &rusqlite::Error) -> OpenError {
    if e.sqlite_error_code().is_some() {
        return classify(path, e);
    }
    let why: String = e.to_string().chars().take(80).collect();
    OpenError::Corrupt(path.to_path_buf(), why)
}

/// How a connection reaches the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    ReadWrite,
    ReadOnly,
    /// Read-only, the file exactly as it is on disk (`immutable=1`): no locks, no `-wal` or
    /// `-shm`. Only for a file with no log to apply that no one writes meanwhile.
    AsOnDisk,
}

/// Every connection to a database file is opened here, and given its key when the database
/// is encrypted. Temporary tables and indexes (a sort, say) stay in memory, so nothing of
/// the journey is written to a temporary file.
///
/// # Errors
/// [`OpenError::WrongPassphrase`] when the key does not open the file; others as
/// [`classify`] says.
fn connect(path: &Path, access: Access, keys: Option<&Keys>) -> Result<Connection, OpenError> {
    let mut conn = open_connection(path, access).map_err(|e| classify(path, &e))?;
    cipher::quiet_log(&conn);
    if let Some(keys) = keys {
        if keys.passphrase().is_empty() {
            // Not a key SQLCipher takes: it would leave the file plain.
            return Err(OpenError::WrongPassphrase(path.to_path_buf()));
        }
        let derived = match keys.derived() {
            Some(raw) => keyed(path, &conn, raw)?,
            None => false,
        };
        if !derived {
            if keys.derived().is_some() {
                // A key once given stays with a connection: try the passphrase on a new one.
                conn = open_connection(path, access).map_err(|e| classify(path, &e))?;
            }
            if !keyed(path, &conn, keys.passphrase())? {
                return Err(OpenError::WrongPassphrase(path.to_path_buf()));
            }
        }
    }
    conn.pragma_update(None, "temp_store", "MEMORY")
        .map_err(|e| classify(path, &e))?;
    Ok(conn)
}

/// Keys a fresh connection and reads with it: true when the key opens the file, false when
/// the file is "not a database" with it (a wrong key).
fn keyed(path: &Path, conn: &Connection, key: &Passphrase) -> Result<bool, OpenError> {
    cipher::key(conn, key).map_err(|e| classify(path, &e))?;
    // The first read derives the key, if it is a passphrase.
    let read = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    });
    match read {
        Ok(_) => Ok(true),
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => Ok(false),
        Err(e) => Err(classify(path, &e)),
    }
}

/// The keys to open a file with, given what it holds and its first bytes: none for a plain
/// file; for an encrypted file (which must have a passphrase) the key derived once; for a
/// new file the passphrase, if any.
fn keys_for<'k>(
    path: &Path,
    (content, head): (Content, Vec<u8>),
    key: Option<&'k Passphrase>,
) -> Result<Option<Keys<'k>>, OpenError> {
    match (content, key) {
        (Content::Encrypted, None) => Err(OpenError::Encrypted(path.to_path_buf())),
        (Content::Plain, _) | (_, None) => Ok(None),
        (Content::Encrypted, Some(key)) => Ok(Some(Keys::for_file(key, &head))),
        (_, Some(key)) => Ok(Some(Keys::for_new_file(key))),
    }
}

/// Opens a connection, without a key.
fn open_connection(path: &Path, access: Access) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_NO_MUTEX
        | match access {
            Access::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE,
            Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
            Access::AsOnDisk => OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
        };
    cipher::use_kernel_random();
    if access != Access::AsOnDisk {
        return Connection::open_with_flags(path, flags);
    }
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in abs.as_os_str().as_encoded_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                uri.push(char::from(*b));
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    Connection::open_with_flags(uri, flags)
}

/// What an existing file holds, from its first bytes and its size: empty (a new
/// database), SQLite's header (plain), or an encrypted database (see `cipher.rs`).
/// Anything else is not a database.
fn header_check(path: &Path, file: &File) -> Result<Content, OpenError> {
    header(path, file).map(|(content, _)| content)
}

/// [`header_check`], and the first bytes read.
fn header(path: &Path, mut file: &File) -> Result<(Content, Vec<u8>), OpenError> {
    let unreadable = |e| OpenError::Unreadable(path.to_path_buf(), e);
    let mut head = [0u8; cipher::SAMPLE];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(unreadable(e)),
        }
    }
    let len = file.metadata().map_err(unreadable)?.len();
    let content = if read == 0 {
        Content::Empty
    } else if head.starts_with(SQLITE_MAGIC) {
        Content::Plain
    } else if cipher::looks_encrypted(&head[..read], len) {
        Content::Encrypted
    } else {
        return Err(OpenError::NotSqlite(path.to_path_buf()));
    };
    Ok((content, head[..read].to_vec()))
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
        Some(ErrorCode::ReadOnly) if matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == 776) =>
        {
            // SQLITE_READONLY_ROLLBACK: a hot journal a read-only connection cannot roll back.
            OpenError::HotJournal(p)
        }
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
        Some(ErrorCode::DatabaseCorrupt) => {
            "the database file is damaged (restore a backup)".into()
        }
        _ => e.to_string(),
    }
}
