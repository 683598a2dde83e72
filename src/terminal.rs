//! The terminal loop: draw, wait for input or the next autosave, update. Also terminal
//! setup and restore (normal exit, error, panic), signals, and `$EDITOR` suspension.

use std::io::{self, Write};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::DefaultTerminal;

use crate::app::App;
use crate::ctx::ExternalEdit;

/// The loop wakes at least this often to notice signals.
const MAX_WAIT: Duration = Duration::from_millis(250);

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

/// Runs the app in the terminal until it quits or a signal arrives. Pending edits are
/// flushed on every way out, before the terminal is restored.
///
/// # Errors
/// Terminal I/O errors (the edits are flushed first).
pub fn run(app: &mut App, signals: &Signals) -> io::Result<()> {
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    let setup = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = setup.and_then(|()| event_loop(&mut terminal, app, signals));
    if !app.ctx.flush() {
        tracing::warn!("an entry could not be saved on exit");
    }
    restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, signals: &Signals) -> io::Result<()> {
    let input = TerminalInput::new();
    loop {
        if signals.raised() {
            tracing::info!("signal received; flushing and leaving");
            return Ok(());
        }
        terminal.draw(|f| app.draw(f))?;
        if let Some(req) = app.ctx.external.take() {
            external_edit(terminal, app, &req)?;
            continue;
        }
        if app.quit {
            return Ok(());
        }
        let now = Instant::now();
        let wait = app
            .next_deadline()
            .map_or(MAX_WAIT, |d| d.saturating_duration_since(now))
            .min(MAX_WAIT);
        match input.wait(wait) {
            Ready::HungUp => {
                tracing::info!("the terminal went away; flushing and leaving");
                return Ok(());
            }
            Ready::Timeout => {}
            Ready::Input => {}
        }
        if event::poll(Duration::ZERO)? {
            app.handle_event(event::read()?);
            // Drain what is already queued (a fast typist, a paste) before drawing again.
            while event::poll(Duration::ZERO)? {
                app.handle_event(event::read()?);
                if app.quit || app.ctx.external.is_some() {
                    break;
                }
            }
        }
        app.tick(Instant::now());
    }
}

/// Puts the terminal back: mouse, paste, raw mode, alternate screen, cursor.
pub fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    let _ = io::stdout().flush();
}

/// ratatui's own hook restores raw mode and the screen; mouse capture and bracketed paste
/// are ours to undo.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        let _ = disable_raw_mode();
        let _ = execute!(io::stdout(), LeaveAlternateScreen);
        previous(info);
    }));
}

/// Suspends the app, edits the text in the user's editor, and resumes.
fn external_edit(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    req: &ExternalEdit,
) -> io::Result<()> {
    let file = match tempfile::Builder::new()
        .prefix("mentee-")
        .suffix(".md")
        .tempfile()
    {
        Ok(f) => f,
        Err(e) => {
            app.ctx
                .error(format!("Cannot make a file for the editor: {e}"));
            return Ok(());
        }
    };
    if let Err(e) = std::fs::write(file.path(), &req.text) {
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
    let outcome = run_editor(file.path());
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
    match outcome {
        Ok(()) => match std::fs::read_to_string(file.path()) {
            Ok(text) => app.ctx.external_done(req, &text),
            Err(e) => app
                .ctx
                .error(format!("Cannot read the edited text: {e}; nothing changed")),
        },
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

/// Runs the editor on `path` and waits. `Err` says why nothing should change.
fn run_editor(path: &std::path::Path) -> Result<(), String> {
    let mut last_err = String::from("no editor found; set $EDITOR");
    for cmdline in editor_candidates() {
        let mut parts = cmdline.split_whitespace();
        let Some(program) = parts.next() else {
            continue;
        };
        match Command::new(program).args(parts).arg(path).status() {
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

/// What waiting on the terminal found.
enum Ready {
    Input,
    Timeout,
    /// The terminal is gone (window closed, ssh dropped).
    HungUp,
}

/// Waits on the terminal ourselves before asking crossterm for events: crossterm 0.29 spins
/// forever reading end-of-file once the terminal has hung up (crossterm issue #793), which
/// would leave a busy process holding the database lock. A resize wakes us through a
/// self-pipe so crossterm can report it at once.
struct TerminalInput {
    /// `None` when stdin is not a terminal (crossterm then reads /dev/tty; we let it wait).
    resize: Option<std::os::unix::net::UnixStream>,
}

impl TerminalInput {
    fn new() -> Self {
        // SAFETY: isatty only inspects the descriptor.
        let tty = unsafe { libc::isatty(libc::STDIN_FILENO) } == 1;
        let resize = tty
            .then(|| {
                let (read, write) = std::os::unix::net::UnixStream::pair().ok()?;
                read.set_nonblocking(true).ok()?;
                signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, write)
                    .ok()?;
                Some(read)
            })
            .flatten();
        Self { resize }
    }

    fn wait(&self, timeout: Duration) -> Ready {
        use std::io::Read;
        use std::os::fd::AsRawFd;
        let Some(resize) = &self.resize else {
            return Ready::Input;
        };
        let mut fds = [
            libc::pollfd {
                fd: libc::STDIN_FILENO,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: resize.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: `fds` is a valid array of two pollfd for the duration of the call.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
        if n <= 0 {
            // Timeout, or EINTR from a signal: the loop checks the signal flag next.
            return Ready::Timeout;
        }
        if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Ready::HungUp;
        }
        if fds[1].revents & libc::POLLIN != 0 {
            let mut sink = [0u8; 64];
            while matches!((&*resize).read(&mut sink), Ok(n) if n > 0) {}
        }
        Ready::Input
    }
}
