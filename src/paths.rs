//! Where files live: the default database and the log, in the platform data dir.

use std::fs::DirBuilder;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::PathBuf;

use directories::ProjectDirs;

/// The platform data dir for mentee (e.g. `~/.local/share/mentee`), not created.
#[must_use]
pub fn data_dir() -> Option<PathBuf> {
    ProjectDirs::from("", "", "mentee").map(|d| d.data_dir().to_path_buf())
}

/// Creates the data dir readable by its owner only.
///
/// # Errors
/// A one-line message when the folder cannot be created.
pub fn ensure_data_dir() -> Result<PathBuf, String> {
    let dir =
        data_dir().ok_or("cannot find a home folder for the default database; use --db PATH")?;
    if !dir.exists() {
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
    }
    Ok(dir)
}

/// The default database file.
///
/// # Errors
/// When the data dir cannot be found or created.
pub fn default_db() -> Result<PathBuf, String> {
    Ok(ensure_data_dir()?.join("mentee.db"))
}

/// Sends `tracing` output to `mentee.log` in the data dir (never to the terminal).
/// Logging is skipped silently when the file cannot be opened.
pub fn init_logging() {
    let Ok(dir) = ensure_data_dir() else {
        return;
    };
    let path = dir.join("mentee.log");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path);
    if let Ok(file) = file {
        let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
        let _ = tracing_subscriber::fmt()
            .with_writer(std::sync::Mutex::new(file))
            .with_ansi(false)
            .with_max_level(tracing::Level::INFO)
            .try_init();
    }
}
