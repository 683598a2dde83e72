//! The terminal loop: draw, sleep until input or a deadline that is due, update. Also terminal
//! setup and restore (normal exit, error, panic, a terminal that is gone), signals, and
//! `$EDITOR` suspension.

use std::collections::VecDeque;
use std::fs::OpenOptions;
use std::io::{self, BufWriter, Stdout, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::app::App;
use crate::ctx::ExternalEdit;
use crate::input::{Input, Wait};

pub mod backend;
pub mod diff;
pub mod screen;

use backend::FrameBackend;

/// Input already typed is taken for at most this long before the next frame is drawn, so a
/// never-ending stream still shows progress and signals are still noticed.
const DRAIN_FOR: Duration = Duration::from_millis(200);

/// The write-ahead log is folded into the database file once nothing has been typed for
/// this long (see `Store::checkpoint_if_due`): never in the middle of typing.
const IDLE_FOR_CHECKPOINT: Duration = Duration::from_secs(2);

/// The search index (see `search::Kept`) is built once nothing has been typed for this
/// long after the app starts or after a change that dropped it, so `/` finds it ready.
const IDLE_FOR_SEARCH: Duration = Duration::from_millis(500);

/// The text the search index reads between two looks for a key while it is built (see
/// `search::Kept::build`): about 0.65 million instructions, a fifth of a millisecond, so
/// a key typed meanwhile waits for no more (building it whole is about 55 million at ten
/// years, ten times that at ten times the journey; where the texts are is found first, in
/// one go: 1.3 million of it).
const BUILD_SLICE: usize = 32 * 1024;

/// The terminal mentee draws on. Standard output buffers only 1 KiB (a `LineWriter`), so a
/// frame of several KiB went out in several writes, and a terminal (or a test reading the
/// screen) could show half a frame; through this buffer a frame is one write, sent when
/// the frame is done.
type Screen = screen::Screen<FrameBackend<BufWriter<Stdout>>>;

/// Bytes a frame may take before it is written in parts.
const FRAME_BUFFER: usize = 256 * 1024;

/// Whether the screen is ours (raw mode, alternate screen): what `restore` undoes.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Signals that end the app after flushing: SIGTERM, SIGHUP (terminal closed), SIGINT.
pub struct Signals {
    pub stop: Arc<AtomicBool>,
}

impl Signals {
    /// Registers the handlers.
    ///
    /// # Errors
    /// If the OS refuses a handler.
    pub fn register() -> io::Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ] {
            signal_hook::flag::register(sig, Arc::clone(&stop))?;
        }
        Ok(Self { stop })
    }

    fn raised(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// Checks, before anything is opened or created, that there is a terminal to draw on and
/// to read keys from (standard input, else `/dev/tty`).
///
/// # Errors
/// A one-line reason when there is none.
pub fn preflight() -> Result<(), String> {
    // SAFETY: isatty only inspects the descriptor.
    if unsafe { libc::isatty(libc::STDOUT_FILENO) } != 1 {
        return Err(
            "standard output is not a terminal, and mentee draws its screen there; \
             to write the journey to a file use `mentee export`"
                .into(),
        );
    }
    Input::open().map(drop).map_err(|e| {
        format!("no terminal to read keys from (standard input is not one, and /dev/tty: {e})")
    })
}

/// Runs the app in the terminal until it quits, a signal arrives or the terminal goes
/// away. Pending edits are flushed on every way out, before the terminal is restored.
///
/// # Errors
/// Terminal I/O errors (the edits are flushed first).
pub fn run(app: &mut App, signals: &Signals) -> io::Result<()> {
    let mut input = Input::open()?;
    remove_stale_edit_folders();
    // `restore` shows the cursor again (the screen never does: ratatui's `Terminal` did on
    // drop, reporting a failure with `eprintln!`, which panics when the terminal is gone).
    let result =
        enter().and_then(|mut terminal| event_loop(&mut terminal, &mut input, app, signals));
    if !app.ctx.flush() {
        tracing::warn!("an entry could not be saved on exit");
    }
    restore();
    result
}

/// Raw mode, the alternate screen, mouse capture and bracketed paste.
fn enter() -> io::Result<Screen> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    Screen::new(FrameBackend::new(BufWriter::with_capacity(
        FRAME_BUFFER,
        io::stdout(),
    )))
}

/// Draw, then sleep until something happens: a key, a paste, a click, a resize, a signal, or
/// a deadline that is really due (an autosave, a message to take away, the write-ahead log
/// to fold in once typing has paused, the minute or the day changing on a screen that
/// shows a time relative to now, the search index to build after the start or a change that
/// dropped it). With nothing due the loop sleeps without a timeout, so an idle mentee uses
/// no CPU. While the search counts its matches it only looks for keys (no sleep) between
/// slices of that counting, and draws only when a slice changed what is shown.
fn event_loop(
    terminal: &mut Screen,
    input: &mut Input,
    app: &mut App,
    signals: &Signals,
) -> io::Result<()> {
    // Events read but not handled yet: those typed after Ctrl-e wait for the editor.
    let mut queue: VecDeque<Event> = VecDeque::new();
    let mut last_input = Instant::now();
    let mut first_frame = true;
    // Whether the screen may have changed since it was drawn (not after a slice of the
    // search's counting that changed nothing shown).
    let mut changed = true;
    loop {
        if signals.raised() {
            tracing::info!("signal received; flushing and leaving");
            return Ok(());
        }
        if !std::mem::replace(&mut changed, true) {
            // Nothing to draw.
        } else if let Err(e) = terminal.draw(|area, buf| app.render(area, buf)) {
            if terminal_gone(&e) {
                tracing::info!("the terminal went away ({e}); flushing and leaving");
                return Ok(());
            }
            return Err(e);
        }
        if std::mem::take(&mut first_frame) {
            // What the first frame did not wait for, before any key is read.
            if let Err(e) = app.ctx.finish_loading() {
                app.refused = Some(e.to_string());
                return Ok(());
            }
        }
        if let Some(req) = app.ctx.external.take() {
            external_edit(terminal, input, app, &req)?;
            continue;
        }
        if app.quit {
            return Ok(());
        }
        if !queue.is_empty() {
            handle(app, &mut queue);
            continue;
        }
        let now = Instant::now();
        let wait = wake_at(app, last_input).map(|at| at.saturating_duration_since(now));
        let mut typed = false;
        let mut gone = match input.wait(wait) {
            Wait::HungUp => true,
            Wait::Events(events) => {
                if !events.is_empty() {
                    last_input = Instant::now();
                    typed = true;
                }
                queue.extend(events);
                false
            }
        };
        // Everything typed so far is handled before the next frame: a burst of keys or a
        // paste without bracketed paste becomes edits, then one redraw.
        let start = Instant::now();
        loop {
            handle(app, &mut queue);
            let stop = app.quit || app.ctx.external.is_some() || signals.raised();
            if gone || stop || start.elapsed() > DRAIN_FOR {
                break;
            }
            match input.wait(Some(Duration::ZERO)) {
                Wait::HungUp => gone = true,
                Wait::Events(events) if events.is_empty() => break,
                Wait::Events(events) => {
                    last_input = Instant::now();
                    typed = true;
                    queue.extend(events);
                }
            }
        }
        // A save or a message gone changes the screen: the slices below then draw it.
        let ticked = app.tick(Instant::now());
        if gone {
            tracing::info!("the terminal went away; flushing and leaving");
            return Ok(());
        }
        if !typed && app.search_counting() {
            // No key waits: the search counts on, a slice, then looks for keys again.
            changed = app.search_work(Instant::now()) || ticked;
            continue;
        }
        if search_at(app, last_input).is_some_and(|at| Instant::now() >= at) {
            if !app.ctx.prepare_search_slice(BUILD_SLICE) {
                // A slice of the index built, nothing drawn: look for a key, then on.
                changed = ticked;
                continue;
            }
            // The rest only once idle (the index may have been built at once, for `/`).
            if Instant::now() >= last_input + IDLE_FOR_SEARCH {
                app.ctx.prepare_agenda();
                app.ctx.free_spent();
                app.prepare_sharing();
            }
        }
        if checkpoint_at(app, last_input).is_some_and(|at| Instant::now() >= at) {
            app.ctx.idle();
            // Not folded in (a reader held the log): try again after another pause.
            last_input = Instant::now();
        }
    }
}

/// When the loop must wake without input, if ever (see [`event_loop`]).
fn wake_at(app: &App, last_input: Instant) -> Option<Instant> {
    [
        app.next_deadline(),
        checkpoint_at(app, last_input),
        search_at(app, last_input),
        // The search counting its matches: look for a key, then count on.
        app.search_counting().then(Instant::now),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// When the search index, the agenda `P` opens on, or the shared-only projection `S` is
/// expected to show, is to be built, if it is not there, or a projection let go of freed
/// (see [`IDLE_FOR_SEARCH`]).
fn search_at(app: &App, last_input: Instant) -> Option<Instant> {
    if app.search_waits_for_index() {
        // `/` is open on an index still to be built: at once, a slice at a time.
        return Some(last_input);
    }
    let pending = app.ctx.search_pending()
        || app.ctx.agenda_pending()
        || app.ctx.spent_pending()
        || app.ctx.sharing_pending();
    pending.then(|| last_input + IDLE_FOR_SEARCH)
}

/// When the write-ahead log is to be folded into the database file: once typing has paused
/// and no autosave is pending, if anything was written since the last time.
fn checkpoint_at(app: &App, last_input: Instant) -> Option<Instant> {
    (app.ctx.checkpoint_pending() && app.ctx.next_deadline().is_none())
        .then(|| last_input + IDLE_FOR_CHECKPOINT)
}

/// A write error that means the terminal is gone (closed window, dropped connection).
fn terminal_gone(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
        || matches!(
            e.raw_os_error(),
            Some(libc::EIO | libc::ENXIO | libc::EBADF)
        )
}

/// Hands queued events to the app, typing runs of characters into the open editor at
/// once. Stops early when the app quits or asks for the editor.
fn handle(app: &mut App, queue: &mut VecDeque<Event>) {
    while let Some(event) = queue.pop_front() {
        match app.typed_char(&event) {
            Some(c) => {
                let mut run = String::from(c);
                while let Some(c) = queue.front().and_then(|e| app.typed_char(e)) {
                    run.push(c);
                    queue.pop_front();
                }
                app.type_run(&run);
            }
            None => app.handle_event(event),
        }
        if app.quit || app.ctx.external.is_some() {
            return;
        }
    }
}

/// Puts the terminal back: mouse, paste, alternate screen, cursor, raw mode. Never fails
/// and never panics: the terminal may be gone (a closed window), and then there is
/// nothing to restore and nowhere to say so.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
    let _ = disable_raw_mode();
}

/// The panic hook: restores the terminal, then reports the panic (color-eyre's report) to
/// the log and to standard error. Writes whose terminal is gone are ignored, so the hook
/// itself cannot panic (a panic inside a panic hook aborts the process).
pub fn install_panic_hook() {
    let (panic_hook, eyre_hook) = color_eyre::config::HookBuilder::default().into_hooks();
    if let Err(e) = eyre_hook.install() {
        tracing::warn!("cannot install the error report hook: {e}");
    }
    std::panic::set_hook(Box::new(move |info| {
        restore();
        let report = panic_hook.panic_report(info).to_string();
        tracing::error!("panic: {report}");
        let _ = io::stderr().write_all(format!("{report}\n").as_bytes());
    }));
}

/// Where the text for `$EDITOR` goes: `$XDG_RUNTIME_DIR` (private to the user, in memory,
/// emptied at logout) when set, else the system's temporary folder.
fn edit_base() -> PathBuf {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute() && p.is_dir())
        .unwrap_or_else(std::env::temp_dir)
}

const EDIT_PREFIX: &str = "mentee-edit-";

/// A private folder (0700) for one edit, named after this process so a later start can
/// remove it if this process was killed while the editor ran.
fn edit_folder() -> io::Result<tempfile::TempDir> {
    let dir = tempfile::Builder::new()
        .prefix(&format!("{EDIT_PREFIX}{}-", std::process::id()))
        .tempdir_in(edit_base())?;
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))?;
    Ok(dir)
}

/// Removes edit folders left by a mentee that was killed while its editor ran.
fn remove_stale_edit_folders() {
    let Ok(entries) = std::fs::read_dir(edit_base()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(EDIT_PREFIX))
            .and_then(|rest| rest.split('-').next())
            .and_then(|p| p.parse::<i32>().ok())
        else {
            continue;
        };
        // SAFETY: signal 0 only checks whether the process exists.
        let alive = unsafe { libc::kill(pid, 0) } == 0
            || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH);
        if !alive && std::fs::remove_dir_all(entry.path()).is_ok() {
            tracing::info!("removed {} left by an earlier run", entry.path().display());
        }
    }
}

/// Writes the text to edit, owner-only, ending with a newline (an editor that appends a
/// line would otherwise join it to the last one).
fn write_edit_file(path: &Path, text: &str) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    if !text.is_empty() && !text.ends_with('\n') {
        file.write_all(b"\n")?;
    }
    file.sync_all()
}

/// Suspends the app, edits the text in the user's editor, and resumes. What was typed in
/// the field is saved first: the loop waits for the editor, and the process could be
/// killed meanwhile.
fn external_edit(
    terminal: &mut Screen,
    input: &Input,
    app: &mut App,
    req: &ExternalEdit,
) -> io::Result<()> {
    if !app.ctx.flush() {
        tracing::warn!("the field could not be saved before the editor started");
    }
    let dir = match edit_folder() {
        Ok(d) => d,
        Err(e) => {
            app.ctx
                .error(format!("Cannot make a folder for the editor: {e}"));
            return Ok(());
        }
    };
    let path = dir.path().join("mentee-edit.md");
    if let Err(e) = write_edit_file(&path, &req.text) {
        app.ctx
            .error(format!("Cannot write the file for the editor: {e}"));
        return Ok(());
    }
    execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen
    )?;
    disable_raw_mode()?;
    let outcome = run_editor(&path, input);
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    // A full redraw; `clear()` would ask the terminal for the cursor position, which
    // some terminals never answer.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    let read = outcome.and_then(|()| {
        std::fs::read_to_string(&path).map_err(|e| format!("Cannot read the edited text: {e}"))
    });
    if let Err(e) = dir.close() {
        tracing::warn!("could not remove the editor's folder: {e}");
    }
    match read {
        Ok(text) => {
            let text = crate::domain::text::clean(&text);
            // The newline added for the editor is not part of the text.
            let text = match text.strip_suffix('\n') {
                Some(t) if !req.text.ends_with('\n') => t,
                _ => &text,
            };
            app.ctx.external_done(req, text);
        }
        Err(msg) => app.ctx.error(format!("{msg}; nothing changed")),
    }
    Ok(())
}

/// The editor to run: `$VISUAL`, then `$EDITOR`, then nano, then vi.
fn editor_candidates() -> Vec<String> {
    for var in ["VISUAL", "EDITOR"] {
        if let Ok(v) = std::env::var(var)
            && !v.trim().is_empty()
        {
            return vec![v];
        }
    }
    vec!["nano".into(), "vi".into()]
}

/// Runs the editor on `path` and waits. Its keys come from the terminal mentee reads, also
/// when mentee's own standard input is not one. `Err` says why nothing should change.
fn run_editor(path: &Path, input: &Input) -> Result<(), String> {
    let mut last_err = String::from("no editor found; set $EDITOR");
    for cmdline in editor_candidates() {
        let mut parts = cmdline.split_whitespace();
        let Some(program) = parts.next() else {
            continue;
        };
        let mut cmd = Command::new(program);
        cmd.args(parts).arg(path);
        if let Some(tty) = input.tty_for_child() {
            cmd.stdin(Stdio::from(tty));
        }
        match cmd.status() {
            Ok(status) if status.success() => return Ok(()),
            Ok(status) => {
                return Err(match status.code() {
                    Some(code) => format!("The editor ({program}) exited with status {code}"),
                    None => format!("The editor ({program}) was stopped by a signal"),
                });
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                last_err = format!("Cannot start the editor '{program}': not found; set $EDITOR");
            }
            Err(e) => return Err(format!("Cannot start the editor '{program}': {e}")),
        }
    }
    Err(last_err)
}
