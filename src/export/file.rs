//! Writing an export file from the app: never over an existing file (a free name is found
//! by adding `-2`, `-3`, …), whole or not at all, readable by its owner only.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// How many numbered names are tried before giving up.
const MAX_SUFFIX: u32 = 999;

/// The file name the app proposes: `<name>-YYYY-MM-DD.md` (`<name>-shared-…` for a shared
/// export), where `<name>` is the database's name without its extension.
#[must_use]
pub fn default_file_name(db_stem: &str, day: NaiveDate, shared: bool) -> String {
    let shared = if shared { "-shared" } else { "" };
    format!("{db_stem}{shared}-{}.md", day.format("%Y-%m-%d"))
}

/// `plan.md` → `plan-2.md`; `notes` → `notes-2`.
#[must_use]
pub fn numbered(path: &Path, n: u32) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

/// The path itself when no file is there, else the first numbered one that is free.
#[must_use]
pub fn free_path(path: &Path) -> PathBuf {
    if !exists(path) {
        return path.to_path_buf();
    }
    (2..=MAX_SUFFIX)
        .map(|n| numbered(path, n))
        .find(|p| !exists(p))
        .unwrap_or_else(|| numbered(path, MAX_SUFFIX))
}

/// Whether anything (even a broken link) is at `path`.
fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// Writes `bytes` to `path`, or to the next free numbered name if something is there (also
/// when a file appears there meanwhile): a temporary file in the same folder, created
/// owner-only, linked into place only if the name is still free. Returns where it went.
///
/// # Errors
/// A one-line reason: the folder is missing or not a folder, or cannot be written.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<PathBuf, String> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.exists() {
        return Err(format!("the folder {} does not exist", dir.display()));
    }
    if !dir.is_dir() {
        return Err(format!("{} is not a folder", dir.display()));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".mentee-export-")
        .tempfile_in(dir)
        .map_err(|e| cannot_write(dir, &e))?;
    tmp.write_all(bytes).map_err(|e| cannot_write(dir, &e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| cannot_write(dir, &e))?;
    let mut target = free_path(path);
    for _ in 0..MAX_SUFFIX {
        match tmp.persist_noclobber(&target) {
            Ok(_) => return Ok(target),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
                tmp = e.file;
                target = free_path(&target);
            }
            Err(e) => return Err(cannot_write(dir, &e.error)),
        }
    }
    Err(format!("no free file name near {}", path.display()))
}

fn cannot_write(dir: &Path, e: &io::Error) -> String {
    let why = e.to_string();
    let why = why.find(" (os error").map_or(why.as_str(), |i| &why[..i]);
    format!("cannot write in {}: {}", dir.display(), why.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn names_get_a_date_and_a_number_when_taken() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(
            default_file_name("mentee", day, false),
            "mentee-2026-11-22.md"
        );
        assert_eq!(default_file_name("j", day, true), "j-shared-2026-11-22.md");
        assert_eq!(
            numbered(Path::new("/a/b.md"), 3),
            PathBuf::from("/a/b-3.md")
        );
        assert_eq!(numbered(Path::new("notes"), 2), PathBuf::from("notes-2"));
    }

    #[test]
    fn never_writes_over_a_file_and_is_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.md");
        assert_eq!(write_new(&path, b"one").unwrap(), path);
        let second = write_new(&path, b"two").unwrap();
        assert_eq!(second, dir.path().join("plan-2.md"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "one");
        assert_eq!(std::fs::read_to_string(&second).unwrap(), "two");
        let mode = std::fs::metadata(&second).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(
            write_new(&path, b"3").unwrap(),
            dir.path().join("plan-3.md")
        );
        // Nothing temporary is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
    }

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_new(&dir.path().join("nope/plan.md"), b"x").unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        let err = write_new(&file.join("plan.md"), b"x").unwrap_err();
        assert!(err.contains("is not a folder"), "{err}");
    }
}
