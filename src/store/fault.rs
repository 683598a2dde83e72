//! Writes that fail on purpose, in debug builds only, so tests can prove what the app does
//! when the disk fills up or the file turns read-only while it runs. (Tests run as root,
//! where file permissions cannot make a file unwritable, and an open SQLite file keeps its
//! write access anyway.) Release builds compile this to nothing.
//!
//! The binary reads, when it opens its database:
//! - `MENTEE_DEBUG_FAIL_WRITES_AFTER=N`: the first N write operations succeed, later ones
//!   fail with SQLite's own error;
//! - `MENTEE_DEBUG_FAIL_WRITES_FOR=M`: only M operations fail, then the fault clears
//!   (default: it never clears);
//! - `MENTEE_DEBUG_FAIL_WRITES_AS=full`: fail as a full disk (`SQLITE_FULL`, for writes
//!   that need more room) instead of a read-only file (`SQLITE_READONLY`, the default).
//!
//! A write operation is one call of `Store::update`, `Store::delete` or an `insert_*`.
//! Tests in the same process call `Store::debug_fail_writes` instead.

/// When and how writes fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FaultPlan {
    /// Write operations that succeed first.
    pub after: u32,
    /// How many then fail; `None` for all of them.
    pub count: Option<u32>,
    pub kind: FaultKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// `PRAGMA query_only`: every write fails as on a read-only file.
    ReadOnly,
    /// `PRAGMA max_page_count` at the current size: writes that need room fail as on a
    /// full disk.
    DiskFull,
}

#[cfg(debug_assertions)]
pub(super) use active::Faults;
#[cfg(not(debug_assertions))]
pub(super) use inert::Faults;

#[cfg(debug_assertions)]
mod active {
    use std::cell::Cell;

    use rusqlite::Connection;

    use super::{FaultKind, FaultPlan};

    #[derive(Debug, Default)]
    pub struct Faults {
        plan: Cell<Option<FaultPlan>>,
        writes: Cell<u32>,
        /// The page limit before a disk-full fault, to restore when it clears.
        limit: Cell<Option<i64>>,
        failing: Cell<bool>,
    }

    impl Faults {
        pub fn from_env() -> Self {
            let num = |name| std::env::var(name).ok().and_then(|v| v.trim().parse().ok());
            let plan = num("MENTEE_DEBUG_FAIL_WRITES_AFTER").map(|after| FaultPlan {
                after,
                count: num("MENTEE_DEBUG_FAIL_WRITES_FOR"),
                kind: match std::env::var("MENTEE_DEBUG_FAIL_WRITES_AS").as_deref() {
                    Ok("full") => FaultKind::DiskFull,
                    _ => FaultKind::ReadOnly,
                },
            });
            if let Some(p) = plan {
                tracing::warn!("debug: writes will fail: {p:?}");
            }
            Self {
                plan: Cell::new(plan),
                ..Self::default()
            }
        }

        pub fn set(&self, conn: &Connection, plan: Option<FaultPlan>) {
            self.switch(conn, false);
            self.plan.set(plan);
            self.writes.set(0);
        }

        /// Called before each write operation: turns the fault on or off.
        pub fn before_write(&self, conn: &Connection) {
            let Some(plan) = self.plan.get() else {
                return;
            };
            let n = self.writes.get();
            self.writes.set(n.saturating_add(1));
            let failing = n >= plan.after && plan.count.is_none_or(|c| n - plan.after < c);
            if failing != self.failing.get() {
                self.switch(conn, failing);
            }
        }

        fn switch(&self, conn: &Connection, on: bool) {
            let kind = self.plan.get().map(|p| p.kind);
            let done = match (kind, on) {
                (Some(FaultKind::ReadOnly), _) => conn.pragma_update(None, "query_only", on),
                (Some(FaultKind::DiskFull), true) => {
                    let limit: i64 = conn
                        .pragma_query_value(None, "max_page_count", |r| r.get(0))
                        .unwrap_or(i64::from(u32::MAX) - 1);
                    self.limit.set(Some(limit));
                    // SQLite raises the limit to the current size: no page more fits.
                    conn.pragma_update(None, "max_page_count", 1)
                }
                (Some(FaultKind::DiskFull), false) => match self.limit.take() {
                    Some(limit) => conn.pragma_update(None, "max_page_count", limit),
                    None => Ok(()),
                },
                (None, _) => Ok(()),
            };
            if let Err(e) = done {
                tracing::warn!("debug: cannot switch the write fault: {e}");
            }
            self.failing.set(on);
        }
    }
}

#[cfg(not(debug_assertions))]
mod inert {
    use rusqlite::Connection;

    /// Nothing: release builds cannot fail writes on purpose.
    #[derive(Debug, Default)]
    pub struct Faults;

    impl Faults {
        #[inline]
        pub fn from_env() -> Self {
            Self
        }

        #[inline]
        pub fn before_write(&self, _conn: &Connection) {}
    }
}

/// Where `mentee encrypt`, `decrypt` or `passphrase` fails on purpose (debug builds:
/// `MENTEE_DEBUG_FAIL_REKEY_AT=copy|verify|replace`), to prove that a failure at any step
/// leaves the original file as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RekeyFault {
    /// Writing the new copy fails as on a full disk (`SQLITE_FULL`).
    Copy,
    /// The new copy is damaged after it is written, so verifying it fails.
    Verify,
    /// Renaming the copy over the original fails.
    Replace,
}

/// The rekey fault asked for in the environment; never any in release builds.
#[must_use]
pub fn rekey_fault() -> Option<RekeyFault> {
    if !cfg!(debug_assertions) {
        return None;
    }
    match std::env::var("MENTEE_DEBUG_FAIL_REKEY_AT").as_deref() {
        Ok("copy") => Some(RekeyFault::Copy),
        Ok("verify") => Some(RekeyFault::Verify),
        Ok("replace") => Some(RekeyFault::Replace),
        _ => None,
    }
}
