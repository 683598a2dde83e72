//! The command line: `mentee [--db PATH]` opens the app; subcommands export, import, print
//! the agenda, open the demo journey, and encrypt or decrypt the database or change its
//! passphrase. Every failure is one line on stderr and a non-zero exit.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app::App;
use crate::ctx::Ctx;
use crate::domain::{Clock, Journey};
use crate::export::json;
use crate::passphrase::{self, Asker};
use crate::store::{Content, Store};
use crate::terminal::{self, Signals};
use crate::theme::Theme;

/// A terminal app for one mentee's mentoring journey.
#[derive(Debug, Parser)]
#[command(name = "mentee", version, about, long_about = None)]
pub struct Cli {
    /// The database file [default: mentee.db in the platform data dir].
    #[arg(long, env = "MENTEE_DB", value_name = "PATH", global = true)]
    pub db: Option<PathBuf>,

    /// Read passphrases from this file descriptor instead of the terminal (for scripts).
    ///
    /// One line per passphrase: `mentee passphrase` reads the current one, then the new
    /// one. For example `mentee export --passphrase-fd 3 3<secret-file`.
    #[arg(long, value_name = "N", global = true)]
    pub passphrase_fd: Option<i32>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the whole journey to standard output or a file.
    Export {
        /// The format to write.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Leave out everything marked private.
        #[arg(long)]
        shared_only: bool,
    },
    /// Read a JSON export into the database (which must be empty, unless --merge).
    Import {
        /// The export to read (`-` for standard input).
        #[arg(value_name = "FILE.json")]
        file: PathBuf,
        /// Add the file's records to a database that already holds a journey, skipping
        /// the ones it already has.
        #[arg(long)]
        merge: bool,
    },
    /// Print the agenda for the next meeting, in Markdown (or write it as a calendar
    /// invite with --ics). The meeting: today's if there is one, else the soonest planned,
    /// else the most overdue by the agreed cadence.
    Agenda {
        /// The mentor the meeting is with: their full name, short name or any word of their
        /// name, ignoring case and accents [default: the meeting chosen as above].
        #[arg(long, value_name = "NAME")]
        mentor: Option<String>,
        /// Leave out everything marked private.
        #[arg(long, conflicts_with = "ics")]
        shared_only: bool,
        /// Write an iCalendar (RFC 5545) event for the meeting instead, with the agenda as
        /// its description (private items left out unless --include-private).
        #[arg(long)]
        ics: bool,
        /// With --ics: put private items in the invite's description too.
        #[arg(long, requires = "ics")]
        include_private: bool,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Explore a sample journey (on a temporary database, deleted on quit).
    Demo,
    /// Encrypt the database under a passphrase (a forgotten one cannot be recovered).
    Encrypt,
    /// Turn an encrypted database back into a plain one.
    Decrypt,
    /// Change the passphrase of an encrypted database.
    Passphrase,
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Complete and versioned; `mentee import` reads it back (docs/export-format.md).
    Json,
    /// A readable development plan and meeting record (pandoc turns it into a document).
    Md,
}

/// The clock: the system's, or frozen by `MENTEE_NOW` (RFC 3339) for tests and demos.
///
/// # Errors
/// When `MENTEE_NOW` is set but not a valid instant.
pub fn clock_from_env() -> Result<Clock, String> {
    match std::env::var("MENTEE_NOW") {
        Ok(s) if !s.is_empty() => chrono::DateTime::parse_from_rfc3339(&s)
            .map(|t| Clock::fixed(t.with_timezone(&chrono::Utc)))
            .map_err(|_| {
                format!("MENTEE_NOW={s} is not an RFC 3339 time like 2026-11-22T10:00:00Z")
            }),
        _ => Ok(Clock::system()),
    }
}

/// The database path chosen by `--db`, `MENTEE_DB` or the default.
///
/// # Errors
/// When the default location cannot be created.
pub fn db_path(cli: &Cli) -> Result<PathBuf, String> {
    match &cli.db {
        Some(p) if p.as_os_str().is_empty() => Err("--db needs a file path".into()),
        Some(p) => Ok(p.clone()),
        None => crate::paths::default_db(),
    }
}

/// Keeps what this process holds (every note of the journey) out of reach: no core file
/// is written if it crashes, and on Linux it is not dumpable, so other users' processes
/// cannot ptrace it or read its memory through `/proc`.
pub fn protect_process() {
    let none = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: setrlimit reads the struct given; lowering a limit is always allowed.
    if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &raw const none) } != 0 {
        tracing::warn!("cannot turn off core files: {}", io::Error::last_os_error());
    }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_DUMPABLE takes one integer argument.
    if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } != 0 {
        tracing::warn!(
            "cannot make the process undumpable: {}",
            io::Error::last_os_error()
        );
    }
}

/// Writes a line to standard error (or output) for a person. Control characters are
/// removed, since a message may quote a file, a name or an argument; a terminal that is
/// gone is not an error (nothing could be said anyway).
fn say(to_stderr: bool, text: &str) {
    let mut line = crate::domain::text::clean(text).into_owned();
    line.push('\n');
    let _ = if to_stderr {
        io::stderr().write_all(line.as_bytes())
    } else {
        io::stdout().write_all(line.as_bytes())
    };
}

/// A command line clap could not read: its message (with any argument it quotes cleaned
/// of control characters) and its exit status; `--help` and `--version` as clap prints them.
#[must_use]
pub fn usage_error(e: &clap::Error) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let text = e.render().to_string();
    say(true, text.trim_end());
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// Runs mentee with parsed arguments; returns the process exit code.
#[must_use]
pub fn run(cli: &Cli) -> ExitCode {
    let result = match &cli.command {
        None => run_app(cli),
        Some(Command::Export {
            format,
            output,
            shared_only,
        }) => export(cli, *format, output.as_deref(), *shared_only),
        Some(Command::Import { file, merge }) => import(cli, file, *merge),
        Some(Command::Agenda {
            mentor,
            shared_only,
            ics,
            include_private,
            output,
        }) => {
            let private = if *ics {
                *include_private
            } else {
                !*shared_only
            };
            agenda(cli, mentor.as_deref(), private, *ics, output.as_deref())
        }
        Some(Command::Demo) => demo(),
        Some(Command::Encrypt) => encrypt(cli),
        Some(Command::Decrypt) => decrypt(cli),
        Some(Command::Passphrase) => change_passphrase(cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            say(true, &format!("mentee: {msg}"));
            ExitCode::FAILURE
        }
    }
}

fn run_app(cli: &Cli) -> Result<(), String> {
    let clock = clock_from_env()?;
    let path = db_path(cli)?;
    let existed = path.exists();
    let (store, mut journey, mut loading) = open_for_app(cli, &path)?;
    // After the file's own checks, so a file that cannot be used says why in any case;
    // without a terminal, a database made just now is removed again.
    if let Err(e) = terminal::preflight() {
        let mut store = store;
        if let Some(Err(refused)) = loading.take().map(|l| l.finish(&mut journey)) {
            store.refuse();
            return Err(refused.to_string());
        }
        drop(store);
        if !existed {
            let _ = std::fs::remove_file(&path);
        }
        return Err(e);
    }
    tracing::info!(
        "opened {}{}",
        path.display(),
        if store.encrypted() {
            " (encrypted)"
        } else {
            ""
        }
    );
    let warning = store.warning().map(crate::store::Exposure::short);
    let mut ctx = Ctx::loading(store, journey, clock, loading);
    if let Some(w) = warning {
        ctx.error(w);
    }
    let signals = Signals::register().map_err(|e| format!("cannot set up signals: {e}"))?;
    open_app(ctx, &signals)
}

/// Runs the app in the terminal until the user quits or a signal ends it.
fn open_app(ctx: Ctx, signals: &Signals) -> Result<(), String> {
    let mut app = App::new(ctx, Theme::from_env());
    terminal::run(&mut app, signals).map_err(|e| format!("terminal error: {e}"))?;
    if let Some(refused) = app.refused.take() {
        return Err(refused);
    }
    // An entry that could not be saved on the way out (full disk, read-only file) is not
    // dropped in silence: it goes to stderr, once the terminal is restored.
    let left = match app.ctx.editor.as_ref().filter(|e| e.dirty) {
        Some(ed) => Err(format!(
            "{} could not be saved; what you typed follows.\n{}",
            ed.label,
            ed.text()
        )),
        None => Ok(()),
    };
    app.ctx.leave_records();
    left
}

/// `mentee export --format json|md`. Reads alongside the app, so it works while the app is
/// open (see `Store::open_read_only`).
fn export(
    cli: &Cli,
    format: ExportFormat,
    output: Option<&Path>,
    shared_only: bool,
) -> Result<(), String> {
    let clock = clock_from_env()?;
    let path = db_path(cli)?;
    let store = open_for_reading(cli, &path)?;
    warn_exposed(&store);
    let journey = store
        .load()
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // Written as it is made: the document is never whole in memory.
    let write = |out: &mut dyn Write| -> io::Result<()> {
        let mut out = io::BufWriter::with_capacity(64 * 1024, out);
        match format {
            ExportFormat::Json => json::write(&journey, clock.now(), shared_only, &mut out),
            ExportFormat::Md => {
                crate::export::markdown::write(&journey, &clock, shared_only, &mut out)
            }
        }?;
        out.flush()
    };
    match output {
        None => match write(&mut io::stdout().lock()) {
            // A reader that stops early (`| head`) is not an error.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                Err(format!("cannot write the export: {}", plain_io(&e)))
            }
            _ => Ok(()),
        },
        Some(file) => {
            if same_file(file, &path) {
                return Err(format!(
                    "{} is the database itself; choose another file for the export",
                    file.display()
                ));
            }
            let a_file = write_file_with(file, write)
                .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            let what = if shared_only {
                "shared part of the journey"
            } else {
                "journey"
            };
            say(
                !a_file,
                &format!("Exported the {what} to {}", file.display()),
            );
            Ok(())
        }
    }
}

/// Opens the database for editing, asking for its passphrase if it is encrypted.
fn open_for_writing(cli: &Cli, path: &Path) -> Result<Store, String> {
    let mut asker = Asker::new(cli.passphrase_fd);
    passphrase::open(path, &mut asker, |key| Store::open_keyed(path, key))
}

/// Opens the database for the app: the journey as far as its first frame needs it, the
/// rest being read meanwhile (see [`Store::open_for_app`]), asking for the passphrase of
/// an encrypted database.
fn open_for_app(
    cli: &Cli,
    path: &Path,
) -> Result<(Store, crate::domain::Journey, Option<crate::store::Loading>), String> {
    let mut asker = Asker::new(cli.passphrase_fd);
    passphrase::open(path, &mut asker, |key| Store::open_for_app(path, key))
}

/// Opens the database for reading, asking for its passphrase if it is encrypted.
fn open_for_reading(cli: &Cli, path: &Path) -> Result<Store, String> {
    let mut asker = Asker::new(cli.passphrase_fd);
    passphrase::open(path, &mut asker, |key| {
        Store::open_read_only_keyed(path, key)
    })
}

/// `mentee encrypt`: the database (a new, empty one if there is none yet) encrypted under
/// a new passphrase.
fn encrypt(cli: &Cli) -> Result<(), String> {
    let path = db_path(cli)?;
    let content = crate::store::content(&path).map_err(|e| e.to_string())?;
    if content == Content::Encrypted {
        return Err(format!(
            "{} is already encrypted; `mentee passphrase` changes its passphrase",
            path.display()
        ));
    }
    // Opened (and locked) first: a database mentee cannot use is refused before anything
    // is typed, and no other mentee opens it meanwhile.
    let store = Store::open(&path).map_err(|e| e.to_string())?;
    let encrypted = (|| {
        let mut asker = Asker::new(cli.passphrase_fd);
        asker.tell("Choose a passphrase. It cannot be recovered: without it nobody,");
        asker.tell("you included, can read the journey again.");
        let key = asker.ask_new(&path.display().to_string())?;
        crate::rekey::rekey(store, Some(&key)).map_err(|why| {
            format!(
                "cannot encrypt {}: {why}; it was left as it was",
                path.display()
            )
        })
    })();
    if encrypted.is_err() {
        // A database made for this is removed again; an empty file is left empty.
        match content {
            Content::Missing => {
                let _ = std::fs::remove_file(&path);
            }
            Content::Empty => {
                let _ = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .and_then(|f| f.set_len(0));
            }
            Content::Plain | Content::Encrypted => {}
        }
    }
    encrypted?;
    say(
        false,
        &format!(
            "Encrypted {}; mentee asks for its passphrase when it opens it.",
            path.display()
        ),
    );
    warn_backups(&path);
    Ok(())
}

/// `mentee decrypt`: an encrypted database made plain again.
fn decrypt(cli: &Cli) -> Result<(), String> {
    let path = db_path(cli)?;
    if crate::store::content(&path).map_err(|e| e.to_string())? != Content::Encrypted {
        return Err(format!("{} is not encrypted", path.display()));
    }
    let store = open_for_writing(cli, &path)?;
    crate::rekey::rekey(store, None).map_err(|why| {
        format!(
            "cannot decrypt {}: {why}; it was left as it was",
            path.display()
        )
    })?;
    say(
        false,
        &format!(
            "Decrypted {}: anyone who can read the file can read the journey.",
            path.display()
        ),
    );
    Ok(())
}

/// `mentee passphrase`: the current passphrase, then a new one.
fn change_passphrase(cli: &Cli) -> Result<(), String> {
    let path = db_path(cli)?;
    if crate::store::content(&path).map_err(|e| e.to_string())? != Content::Encrypted {
        return Err(format!(
            "{} is not encrypted; `mentee encrypt` encrypts it",
            path.display()
        ));
    }
    let mut asker = Asker::new(cli.passphrase_fd);
    let store = passphrase::open(&path, &mut asker, |key| Store::open_keyed(&path, key))?;
    let key = asker.ask_new(&path.display().to_string())?;
    crate::rekey::rekey(store, Some(&key)).map_err(|why| {
        format!(
            "cannot change the passphrase of {}: {why}; it was left as it was",
            path.display()
        )
    })?;
    say(
        false,
        &format!(
            "Changed the passphrase of {}; the old one no longer opens it.",
            path.display()
        ),
    );
    warn_backups(&path);
    Ok(())
}

/// Backups made before migrations stay as they were: say so, so they can be removed.
fn warn_backups(path: &Path) {
    let old = crate::rekey::backups_beside(path);
    if !old.is_empty() {
        let names: Vec<String> = old.iter().map(|p| p.display().to_string()).collect();
        say(
            true,
            &format!(
                "mentee: note: older backups beside it were not changed and open as before (plain, or with the old passphrase): {}; remove them if you do not need them",
                names.join(", ")
            ),
        );
    }
}

/// Says on standard error, once, that other users can read the database, with the fix.
fn warn_exposed(store: &Store) {
    if let Some(w) = store.warning() {
        say(true, &format!("mentee: warning: {}", w.message()));
    }
}

/// `mentee agenda [--mentor NAME] [--ics]`: the agenda of the chosen meeting (the one `P`
/// shows), as Markdown, or as an invite. Reads alongside the app, like export.
fn agenda(
    cli: &Cli,
    mentor: Option<&str>,
    include_private: bool,
    ics: bool,
    output: Option<&Path>,
) -> Result<(), String> {
    let clock = clock_from_env()?;
    let path = db_path(cli)?;
    let store = open_for_reading(cli, &path)?;
    warn_exposed(&store);
    let whole = store
        .load()
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // Without private items, the agenda is built from the journey as a mentor may see it.
    let journey = if include_private {
        whole
    } else {
        whole.shared_only()
    };
    let agenda = match mentor {
        Some(name) => {
            let id = crate::domain::names::find_mentor(&journey, name)?;
            crate::domain::agenda::build_for(&journey, &clock, Some(id))
        }
        None => crate::domain::agenda::build_chosen(&journey, &clock),
    };
    let text = if ics {
        crate::export::ics::invite(&agenda, &journey, &clock, clock.now())
            .map_err(|e| e.to_string())?
    } else {
        crate::export::agenda::markdown(&agenda, &journey, &clock)
    };
    match output {
        None => match io::stdout().lock().write_all(text.as_bytes()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                Err(format!("cannot write the agenda: {}", plain_io(&e)))
            }
            _ => Ok(()),
        },
        Some(file) => {
            if same_file(file, &path) {
                return Err(format!(
                    "{} is the database itself; choose another file",
                    file.display()
                ));
            }
            let a_file = write_file_with(file, |w| w.write_all(text.as_bytes()))
                .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            let what = if ics { "invite" } else { "agenda" };
            say(!a_file, &format!("Wrote the {what} to {}", file.display()));
            Ok(())
        }
    }
}

/// Writes a file whole or not at all (a temporary file renamed over it), owner-only, with
/// what `write` writes into it as it goes. What is not a file is written to as it is, never
/// replaced: a terminal or `/dev/null` (a device), a pipe or socket of one's own (as
/// `/dev/stdout` may be); another user's pipe is refused (it would read the journey). A
/// symbolic link keeps pointing where it did, at the file written (created if missing).
/// True when a file was written, false for a device or pipe (the caller then says so on
/// standard error: standard output may be where it wrote).
fn write_file_with(
    file: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<bool, String> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    if let Ok(meta) = std::fs::metadata(file)
        && !meta.is_file()
        && !meta.is_dir()
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        let mine = meta.uid() == unsafe { libc::geteuid() };
        if !meta.file_type().is_char_device() && !mine {
            return Err("it is another user's pipe or socket".into());
        }
        let mut out = std::fs::OpenOptions::new()
            .write(true)
            .open(file)
            .map_err(|e| plain_io(&e))?;
        return match write(&mut out).and_then(|()| out.flush()) {
            // A reader that stops early (`-o /dev/stdout | head`) is not an error.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(plain_io(&e)),
            _ => Ok(false),
        };
    }
    let linked;
    let file = match std::fs::symlink_metadata(file) {
        Ok(m) if m.file_type().is_symlink() => {
            linked = std::fs::canonicalize(file).or_else(|_| {
                // A link to a file not there yet: the file it names, beside the link when
                // it names it relatively.
                std::fs::read_link(file).map(|to| match file.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                })
            });
            linked.as_deref().unwrap_or(file)
        }
        _ => file,
    };
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err("its folder does not exist".into());
    }
    if file.is_dir() {
        return Err("it is a folder".into());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".mentee-export-")
        .tempfile_in(dir)
        .map_err(|e| plain_io(&e))?;
    write(tmp.as_file_mut()).map_err(|e| plain_io(&e))?;
    tmp.as_file().sync_all().map_err(|e| plain_io(&e))?;
    tmp.persist(file).map_err(|e| plain_io(&e.error))?;
    Ok(true)
}

/// Whether two paths name one existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// An io error without the "(os error 2)" tail.
fn plain_io(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_lowercase(),
        None => s,
    }
}

/// `mentee import FILE [--merge]`: the file is read and checked completely before the
/// database is opened, and written in one transaction.
fn import(cli: &Cli, file: &Path, merge: bool) -> Result<(), String> {
    let clock = clock_from_env()?;
    let name = if file == Path::new("-") {
        "standard input".to_string()
    } else {
        file.display().to_string()
    };
    let refuse = |why: String| format!("cannot import {name}: {why}; nothing was changed");
    let doc = read_export(file).map_err(refuse)?;
    let path = db_path(cli)?;
    let existed = path.exists();
    let store = open_for_writing(cli, &path)?;
    warn_exposed(&store);
    match crate::import::import(&store, &doc.journey, merge, clock.stamp()) {
        Ok(summary) if summary.merged => {
            say(
                false,
                &format!("Merged {name} into {}: {summary}", path.display()),
            );
            Ok(())
        }
        Ok(summary) => {
            say(
                false,
                &format!("Imported {name} into {}: {summary}", path.display()),
            );
            Ok(())
        }
        Err(e) => {
            drop(store);
            if !existed {
                // The database was created for this import; leave no empty file behind.
                let _ = std::fs::remove_file(&path);
            }
            Err(refuse(e.to_string()))
        }
    }
}

/// Reads and checks the export to import: a file is read as it is parsed (twice: its
/// envelope first, see `json::read_from`), never whole in memory; standard input, which
/// can be read only once, is.
fn read_export(file: &Path) -> Result<json::Document, String> {
    let why = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => "there is no such file".to_string(),
        io::ErrorKind::IsADirectory => "it is a folder".to_string(),
        _ => plain_io(&e),
    };
    if file != Path::new("-") {
        let f = std::fs::File::open(file).map_err(why)?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err("it is a folder".into());
        }
        return json::read_from(f).map_err(|e| e.to_string());
    }
    let mut bytes = Vec::new();
    io::stdin().lock().read_to_end(&mut bytes).map_err(why)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| "it is not text (UTF-8), so not a JSON export".to_string())?;
    json::read(&text).map_err(|e| e.to_string())
}

/// `mentee demo`: the demo journey on a database in a fresh temporary folder, removed when
/// the app ends (`q`, Ctrl-c, SIGTERM, SIGHUP, a closed terminal, or an error); one left by
/// a demo that was killed is removed by the next. `--db` and `MENTEE_DB` are ignored.
fn demo() -> Result<(), String> {
    let clock = clock_from_env()?;
    terminal::preflight()?;
    // Before the folder exists, so a signal while it is set up still ends in its removal.
    let signals = Signals::register().map_err(|e| format!("cannot set up signals: {e}"))?;
    let journey = crate::demo::journey(&clock)?;
    let folder = crate::demo::Folder::create()
        .map_err(|e| format!("cannot create a temporary folder: {}", plain_io(&e)))?;
    // Its name names the in-app export (`mentee-demo-2026-11-22.md`).
    let path = folder.path().join("mentee-demo.db");
    let store = Store::open(&path).map_err(|e| e.to_string())?;
    let journey = load_demo(&store, &journey, &clock)
        .map_err(|e| format!("cannot set up the demo database: {e}"))?;
    tracing::info!("demo on {}", path.display());
    let mut ctx = Ctx::new(store, journey, clock);
    // Not beside the database, which goes when the demo ends: where the user started it.
    ctx.export_dir = std::env::current_dir().ok();
    ctx.info("Demo journey on a temporary database, deleted when you quit");
    // The store is closed (its files folded in) before the folder goes.
    let result = open_app(ctx, &signals);
    drop(folder);
    result
}

fn load_demo(store: &Store, journey: &Journey, clock: &Clock) -> Result<Journey, String> {
    crate::import::import(store, journey, false, clock.stamp()).map_err(|e| e.to_string())?;
    store.load().map_err(|e| e.to_string())
}
