//! `mentee demo`: a realistic journey to explore, kept in `assets/demo.json` (an ordinary
//! export) and moved in time so that it always ends about now: the last meeting a couple of
//! weeks ago, the next one planned.

use chrono::{NaiveDate, TimeDelta};

use crate::domain::times::map_times;
use crate::domain::{Clock, Journey};
use crate::export::json;

/// The demo journey as written, in the JSON export format. Its `exported_at` is the
/// story's "today".
pub const ASSET: &str = include_str!("../assets/demo.json");

/// Moves every date and instant of the journey by `days` days (back when negative).
pub fn shift(journey: &mut Journey, days: i64) {
    let delta = TimeDelta::days(days);
    map_times(
        journey,
        |d| d.checked_add_signed(delta).unwrap_or(d),
        |t| t.checked_add_signed(delta).unwrap_or(t),
    );
}

/// Days to move a story told on `story_today` so that it ends on `today`: rounded to whole
/// weeks, so meetings keep their weekday (the story ends within three days of today).
#[must_use]
pub fn days_to_move(story_today: NaiveDate, today: NaiveDate) -> i64 {
    let days = (today - story_today).num_days();
    (days + 3).div_euclid(7) * 7
}

/// Reads every instant as a wall-clock time in the user's zone, so a meeting the story
/// sets at 16:30 shows at 16:30 wherever the demo runs. (A fixed clock's zone is UTC: no
/// change.)
pub fn as_local_times(journey: &mut Journey, clock: &Clock) {
    map_times(journey, |d| d, |t| clock.from_local(t.naive_utc()));
}

/// The demo journey, moved to end about today.
///
/// # Errors
/// If the asset does not read as an export (a test guards against that).
pub fn journey(clock: &Clock) -> Result<Journey, String> {
    let doc = json::read(ASSET).map_err(|e| format!("the demo journey is broken: {e}"))?;
    let mut journey = doc.journey;
    shift(
        &mut journey,
        days_to_move(doc.exported_at.date_naive(), clock.today()),
    );
    as_local_times(&mut journey, clock);
    Ok(journey)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn moves_by_whole_weeks_towards_today() {
        let story = day(2026, 11, 18);
        assert_eq!(days_to_move(story, story), 0);
        assert_eq!(days_to_move(story, day(2026, 11, 21)), 0);
        assert_eq!(days_to_move(story, day(2026, 11, 22)), 7);
        assert_eq!(days_to_move(story, day(2026, 11, 15)), 0);
        assert_eq!(days_to_move(story, day(2026, 11, 14)), -7);
        assert_eq!(days_to_move(story, day(2027, 11, 18)), 364);
        for offset in -400..400 {
            let today = story + TimeDelta::days(offset);
            let moved = days_to_move(story, today);
            assert_eq!(moved % 7, 0);
            assert!((offset - moved).abs() <= 3, "{offset} -> {moved}");
        }
    }
}

/// The start of the name of a demo's temporary folder.
pub const FOLDER_PREFIX: &str = "mentee-demo-";

/// An empty folder no demo holds is left alone this long: it may be a demo that has just
/// made it and not yet taken its lock.
const FRESH: std::time::Duration = std::time::Duration::from_secs(60);

/// The demo's temporary folder (in `$TMPDIR`): locked for as long as the demo runs, so a
/// later `mentee demo` can tell it from one left by a demo that was killed (SIGKILL, a
/// power cut), and removed when dropped, whichever way the demo ended.
#[derive(Debug)]
pub struct Folder {
    dir: Option<tempfile::TempDir>,
    /// The folder opened and locked (`flock`): the lock goes with the process.
    _lock: std::fs::File,
}

impl Folder {
    /// Removes the folders left by earlier demos (see [`remove_stale_folders`]), then
    /// makes and locks a new one, owner-only.
    ///
    /// # Errors
    /// When the folder cannot be made or locked.
    pub fn create() -> std::io::Result<Folder> {
        use std::os::unix::fs::PermissionsExt;
        let base = std::env::temp_dir();
        remove_stale_folders(&base);
        let dir = tempfile::Builder::new()
            .prefix(FOLDER_PREFIX)
            .tempdir_in(&base)?;
        let lock = std::fs::File::open(dir.path())?;
        lock.try_lock().map_err(std::io::Error::other)?;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))?;
        Ok(Folder {
            dir: Some(dir),
            _lock: lock,
        })
    }

    #[must_use]
    pub fn path(&self) -> &std::path::Path {
        self.dir
            .as_ref()
            .map_or(std::path::Path::new(""), |d| d.path())
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        if let Some(dir) = self.dir.take()
            && let Err(e) = dir.close()
        {
            tracing::warn!("could not remove the demo folder: {e}");
        }
    }
}

/// Removes the demo folders in `base` that no running demo holds: those a demo left when it
/// was killed. A folder another user owns, a link, or an empty folder made a moment ago
/// (its demo may not have locked it yet) is left alone.
pub fn remove_stale_folders(base: &std::path::Path) {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    // SAFETY: getuid has no preconditions.
    let me = unsafe { libc::getuid() };
    for entry in entries.flatten() {
        let path = entry.path();
        let ours = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(FOLDER_PREFIX));
        // Not followed: a link is not a folder a demo made.
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if !ours || !meta.is_dir() || meta.uid() != me {
            continue;
        }
        let Ok(dir) = std::fs::File::open(&path) else {
            continue;
        };
        if dir.try_lock().is_err() {
            continue; // a demo is running on it
        }
        let empty = std::fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none());
        let fresh = meta
            .modified()
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_none_or(|age| age < FRESH);
        if empty && fresh {
            continue;
        }
        if std::fs::remove_dir_all(&path).is_ok() {
            tracing::info!("removed {} left by an earlier demo", path.display());
        }
    }
}
