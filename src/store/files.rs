//! The database file and the files SQLite keeps beside it (`-wal`, `-shm`, `-journal`):
//! what kind of file it is, who may read it, and leaving a folder as it was found.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::OpenError;

/// The suffixes of SQLite's files beside a database.
const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// `PATH-wal` and the like.
pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The size of a sidecar file, 0 when it does not exist.
pub(super) fn sidecar_len(path: &Path, suffix: &str) -> u64 {
    std::fs::metadata(sidecar(path, suffix)).map_or(0, |m| m.len())
}

/// Refuses what is not an ordinary file: `/dev/null` would swallow the journey (and SQLite
/// would create `/dev/null-journal`), a FIFO would block the first read forever.
pub(super) fn check_kind(path: &Path) -> Result<(), OpenError> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(());
    };
    let t = meta.file_type();
    if t.is_dir() {
        return Err(OpenError::IsDirectory(path.to_path_buf()));
    }
    if t.is_file() {
        return Ok(());
    }
    let what = if t.is_fifo() {
        "a named pipe"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    };
    Err(OpenError::NotAFile(path.to_path_buf(), what))
}

/// Which of the sidecar files existed before mentee touched the database, so that a
/// reader or a refusal can remove the ones SQLite created meanwhile.
#[derive(Debug)]
pub(super) struct Sidecars {
    path: PathBuf,
    existed: [bool; 3],
}

impl Sidecars {
    pub(super) fn before(path: &Path) -> Self {
        Self {
            path: path.to_path_buf(),
            existed: SIDECARS.map(|s| sidecar(path, s).exists()),
        }
    }

    /// Any of the files was there: the last program to write did not close the database
    /// cleanly (a clean close removes them), or one is writing now.
    pub(super) fn left_over(&self) -> bool {
        self.existed.iter().any(|e| *e)
    }

    /// A write-ahead log with content: the last session did not end cleanly.
    pub(super) fn unclean(&self) -> bool {
        self.existed[0] && sidecar_len(&self.path, "-wal") > 0
    }

    /// Removes the sidecar files that were not there before. Call only with every
    /// connection closed and the mentee lock held (no mentee can be using them).
    pub(super) fn restore(&self) {
        for (suffix, existed) in SIDECARS.iter().zip(self.existed) {
            let file = sidecar(&self.path, suffix);
            if !existed && file.exists() && std::fs::remove_file(&file).is_ok() {
                tracing::debug!("removed {} (not there before)", file.display());
            }
        }
    }
}

/// Makes the database and any sidecar files owner-only (0600). Used when mentee writes
/// its schema into a file: a file that was empty (`touch z.db`) may have any mode, and
/// SQLite gives `-wal` and `-shm` the mode of the database.
pub(super) fn make_private(path: &Path) {
    let owner_only = std::fs::Permissions::from_mode(0o600);
    let files = std::iter::once(path.to_path_buf()).chain(SIDECARS.map(|s| sidecar(path, s)));
    for file in files.filter(|f| f.exists()) {
        if let Err(e) = std::fs::set_permissions(&file, owner_only.clone()) {
            tracing::warn!("cannot make {} owner-only: {e}", file.display());
        }
    }
}

/// The database (or a file beside it) can be read or changed by other users.
#[derive(Clone, Debug)]
pub struct Exposure {
    /// The open files, the database first when it is one of them.
    pub files: Vec<PathBuf>,
    /// The mode of the first.
    pub mode: u32,
}

impl Exposure {
    /// One line with the command that fixes it.
    #[must_use]
    pub fn message(&self) -> String {
        let names: Vec<String> = self.files.iter().map(|f| shell_quote(f)).collect();
        format!(
            "{} can be read by other users (mode {:04o}); to keep your notes private, run: chmod 600 {}",
            self.files[0].display(),
            self.mode,
            names.join(" ")
        )
    }

    /// The same, short enough for the footer of an 80-column screen.
    #[must_use]
    pub fn short(&self) -> String {
        let name = self.files[0]
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let names: Vec<String> = self.files.iter().map(|f| shell_quote(f)).collect();
        format!(
            "Others can read {name} ({:04o}): chmod 600 {}",
            self.mode,
            names.join(" ")
        )
    }
}

/// Whether other users can read or change the database or a file beside it. mentee does not
/// change the mode of a database it did not create: the user may have shared it on purpose.
pub(super) fn exposure(path: &Path) -> Option<Exposure> {
    let files = std::iter::once(path.to_path_buf()).chain(SIDECARS.map(|s| sidecar(path, s)));
    let open: Vec<(PathBuf, u32)> = files
        .filter_map(|f| {
            let mode = std::fs::metadata(&f).ok()?.permissions().mode() & 0o777;
            (mode & 0o077 != 0).then_some((f, mode))
        })
        .collect();
    let mode = open.first()?.1;
    Some(Exposure {
        files: open.into_iter().map(|(f, _)| f).collect(),
        mode,
    })
}

/// A path as a shell word (quoted when it holds anything but safe characters).
fn shell_quote(p: &Path) -> String {
    let s = p.to_string_lossy();
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+~".contains(c))
    {
        s.into_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// How long opening waits for a `mentee export` or `agenda` that is reading the file.
const READER_WAIT: Duration = Duration::from_secs(3);

/// Whether `path` still names the file open as `file`: `mentee encrypt`, `decrypt` and
/// `passphrase` rename a new file over the database while holding its lock, so a lock
/// taken on the old file meanwhile guards nothing.
fn still_named(path: &Path, file: &File) -> bool {
    match (std::fs::metadata(path), file.metadata()) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Times a lock is taken again when the file was replaced while it was being taken.
const RELOCK: usize = 5;

/// Takes the per-file advisory lock, creating the file (0600) if needed. Another mentee
/// holding it is refused at once; a reader (`export`, `agenda`) is waited for a moment.
pub(super) fn lock_file(path: &Path) -> Result<(File, bool), OpenError> {
    for _ in 0..RELOCK {
        let (file, created) = lock_once(path)?;
        if still_named(path, &file) {
            return Ok((file, created));
        }
    }
    Err(OpenError::InUse(path.to_path_buf()))
}

/// Opens an existing database for reading and takes a shared lock on it if no mentee
/// holds it (true when it did): a mentee that starts meanwhile waits for it.
pub(super) fn lock_shared(path: &Path) -> Result<(File, bool), OpenError> {
    let p = || path.to_path_buf();
    for _ in 0..RELOCK {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(OpenError::Missing(p())),
            Err(e) => return Err(OpenError::Unreadable(p(), e)),
        };
        let locked = file.try_lock_shared().is_ok();
        if !locked || still_named(path, &file) {
            return Ok((file, locked));
        }
    }
    Err(OpenError::InUse(p()))
}

/// [`lock_file`], once.
fn lock_once(path: &Path) -> Result<(File, bool), OpenError> {
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
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(std::fs::TryLockError::WouldBlock) => {
                // Shared holders are readers, gone in a moment; an exclusive one is a mentee.
                let readers_only = file.try_lock_shared().is_ok();
                let _ = file.unlock();
                if !readers_only || start.elapsed() > READER_WAIT {
                    return Err(OpenError::InUse(p()));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(OpenError::Unreadable(p(), e)),
        }
    }
    if exists && !dir_writable(path) {
        return Err(OpenError::ReadOnly(p()));
    }
    // SQLite gives `-wal` and `-shm` the mode the database had when they were made: ones
    // left read-only (by a reader of a read-only database) would fail every save.
    for suffix in ["-wal", "-shm"] {
        let file = sidecar(path, suffix);
        if file.exists() && !writable(&file) {
            return Err(OpenError::ReadOnlySidecar(p(), file));
        }
    }
    Ok((file, !exists))
}

/// Whether this process may write `file` (`access(2)`, which honours root's rights).
fn writable(file: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(name) = std::ffi::CString::new(file.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: a valid C string.
    unsafe { libc::access(name.as_ptr(), libc::W_OK) == 0 }
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
