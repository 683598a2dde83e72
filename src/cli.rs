//! The command line: `mentee [--db PATH]` opens the app.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use crate::app::App;
use crate::ctx::Ctx;
use crate::domain::Clock;
use crate::store::Store;
use crate::terminal::{self, Signals};
use crate::theme::Theme;

/// A terminal app for one mentee's mentoring journey.
#[derive(Debug, Parser)]
#[command(name = "mentee", version, about, long_about = None)]
pub struct Cli {
    /// The database file [default: mentee.db in the platform data dir].
    #[arg(long, env = "MENTEE_DB", value_name = "PATH", global = true)]
    pub db: Option<PathBuf>,
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

/// Runs mentee with parsed arguments; returns the process exit code.
#[must_use]
pub fn run(cli: &Cli) -> ExitCode {
    match run_app(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("mentee: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run_app(cli: &Cli) -> Result<(), String> {
    let clock = clock_from_env()?;
    let path = db_path(cli)?;
    let store = Store::open(&path).map_err(|e| e.to_string())?;
    let journey = store
        .load()
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    tracing::info!("opened {}", path.display());
    let signals = Signals::register().map_err(|e| format!("cannot set up signals: {e}"))?;
    let mut app = App::new(Ctx::new(store, journey, clock), Theme::from_env());
    terminal::run(&mut app, &signals).map_err(|e| format!("terminal error: {e}"))?;
    // An entry that could not be saved on the way out (full disk, read-only file) is not
    // dropped in silence: it goes to stderr, once the terminal is restored.
    match app.ctx.editor.as_ref().filter(|e| e.dirty) {
        Some(ed) => Err(format!(
            "{} could not be saved; what you typed follows.\n{}",
            ed.label,
            ed.text()
        )),
        None => Ok(()),
    }
}
