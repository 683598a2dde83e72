//! Schema versions, kept in `PRAGMA user_version`, applied forward in one transaction.

use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

/// One step of the schema. Versions start at 1 and increase by one.
#[derive(Clone, Copy, Debug)]
pub struct Migration {
    pub version: i64,
    pub sql: &'static str,
}

/// Every migration of this build, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: include_str!("migrations/001_init.sql"),
    },
    Migration {
        version: 2,
        sql: include_str!("migrations/002_agendas_and_short_names.sql"),
    },
];

/// The schema version this build writes: one per migration, so adding a migration is the
/// only change a new schema needs.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

// Versions are 1, 2, 3, ... in order: checked when the crate compiles.
const _: () = {
    let mut i = 0;
    while i < MIGRATIONS.len() {
        assert!(
            MIGRATIONS[i].version == i as i64 + 1,
            "migrations must be numbered 1, 2, 3, ... in order"
        );
        i += 1;
    }
};

/// Marks a file as a mentee database ("MNTE"), so we never migrate someone else's SQLite file.
pub const APPLICATION_ID: i64 = 0x4D4E_5445;

#[derive(Debug)]
pub enum Error {
    Sql(rusqlite::Error),
    Backup(String),
    /// An SQLite file that belongs to some other program.
    Foreign,
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Sql(e)
    }
}

pub(crate) fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

pub(crate) fn latest(migrations: &[Migration]) -> i64 {
    migrations.iter().map(|m| m.version).max().unwrap_or(0)
}

pub(crate) fn application_id(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "application_id", |r| r.get(0))
}

/// True when the file is not marked as ours but holds tables, a schema version or another
/// program's mark: only a blank SQLite file becomes a mentee database.
pub(crate) fn is_foreign(conn: &Connection) -> rusqlite::Result<bool> {
    let app_id = application_id(conn)?;
    if app_id == APPLICATION_ID {
        return Ok(false);
    }
    if app_id != 0 || version(conn)? != 0 {
        return Ok(true);
    }
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
        [],
        |r| r.get(0),
    )?;
    Ok(tables > 0)
}

/// Brings the schema up to the newest migration. An existing file is copied beside itself
/// first (`NAME.vN-YYYYMMDD-HHMMSS.bak`).
pub(crate) fn run(conn: &Connection, path: &Path, migrations: &[Migration]) -> Result<(), Error> {
    if is_foreign(conn)? {
        return Err(Error::Foreign);
    }
    let current = version(conn)?;
    let target = latest(migrations);
    if current >= target {
        return Ok(());
    }
    if current > 0 && path != Path::new(":memory:") {
        let backup = backup_path(path, current);
        vacuum_into(conn, &backup).map_err(Error::Backup)?;
        tracing::info!("backed up {} to {}", path.display(), backup.display());
    }
    let tx = conn.unchecked_transaction()?;
    for m in migrations.iter().filter(|m| m.version > current) {
        tx.execute_batch(m.sql)?;
        tx.pragma_update(None, "user_version", m.version)?;
        tracing::info!("migrated schema to version {}", m.version);
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.commit()?;
    Ok(())
}

fn backup_path(path: &Path, version: i64) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let name = path
        .file_name()
        .map_or_else(|| "mentee.db".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!("{name}.v{version}-{stamp}.bak"))
}

/// A consistent copy of the database (WAL included), created owner-only.
pub(crate) fn vacuum_into(conn: &Connection, target: &Path) -> Result<(), String> {
    // VACUUM INTO accepts an existing empty file; creating it first sets the mode to 0600.
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(target)
        .map_err(|e| format!("cannot create backup {}: {e}", target.display()))?;
    let name = target.to_string_lossy();
    conn.execute("VACUUM INTO ?1", [name.as_ref()])
        .map_err(|e| format!("cannot write backup {}: {e}", target.display()))?;
    Ok(())
}
