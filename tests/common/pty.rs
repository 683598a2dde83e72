//! Drives the real `mentee` binary in a pseudo-terminal and reads its screen through a
//! vt100 parser (ratatui writes diffs, so raw bytes are not the screen).
//!
//! Nothing here sleeps for a fixed time: every wait is for a condition, with a deadline.
//! After each key the app is given until it has drawn again (it draws after every event,
//! at least to place or hide the cursor) and its output has paused for a few ms (longer
//! after a lone Esc); a wait for a screen or an exit that runs out of time panics with the
//! screen.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;

pub const BIN: &str = env!("CARGO_BIN_EXE_mentee");

pub struct Pty {
    session: Session,
    parser: vt100::Parser,
    /// Bytes read from the app so far.
    received: u64,
    /// Exit status once the process has ended.
    pub exit: Option<i32>,
}

/// How long a wait for the app may take before a test fails: generous, since the machine
/// that runs the tests may be busy with other work.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// How long the app's output must pause after a key before the next one is sent: enough
/// for the app to have read the key, short enough to type quickly.
const SETTLE: Duration = Duration::from_millis(10);

/// After a lone Esc, a longer pause, so that it cannot reach the app in the same read as
/// the next key (which would make the two an Alt chord).
const SETTLE_AFTER_ESC: Duration = Duration::from_millis(30);

/// How often a wait looks again.
const POLL: Duration = Duration::from_millis(5);

/// Calls `probe` until it gives a value, for at most `limit`; panics saying `what` did not
/// happen. For what the app writes outside the screen (the database, files).
pub fn eventually<T>(what: &str, limit: Duration, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = probe() {
            return v;
        }
        assert!(start.elapsed() <= limit, "{what}: not within {limit:?}");
        std::thread::sleep(POLL);
    }
}

/// Escape sequences of named keys, as a terminal sends them.
pub fn seq(name: &str) -> String {
    match name {
        "Enter" => "\r".into(),
        "Esc" => "\x1b".into(),
        "Tab" => "\t".into(),
        "BackTab" => "\x1b[Z".into(),
        "Up" => "\x1b[A".into(),
        "Down" => "\x1b[B".into(),
        "Right" => "\x1b[C".into(),
        "Left" => "\x1b[D".into(),
        "Space" => " ".into(),
        "Backspace" => "\x7f".into(),
        s if s.starts_with("C-") && s.len() == 3 => {
            let c = s.as_bytes()[2].to_ascii_lowercase();
            String::from(char::from(c - b'a' + 1))
        }
        s => s.into(),
    }
}

impl Pty {
    /// Starts `mentee ARGS` at `cols`x`rows` with a private data dir and the given env.
    pub fn spawn(
        args: &[&str],
        env: &[(&str, &str)],
        data_home: &Path,
        cols: u16,
        rows: u16,
    ) -> Pty {
        // Set the size before exec so the app's first frame already has it.
        let mut script = format!("stty rows {rows} cols {cols}; exec '{BIN}'");
        for a in args {
            script.push_str(&format!(" '{}'", a.replace('\'', "'\\''")));
        }
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg(script);
        cmd.env("TERM", "xterm-256color")
            .env("XDG_DATA_HOME", data_home)
            .env("HOME", data_home)
            .env_remove("MENTEE_DB")
            .env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut session = Session::spawn(cmd).expect("spawn mentee in a pty");
        // The pty library may set its own default size after the child's `stty`; setting it
        // here too makes either order end at the size asked for (a resize is redrawn).
        let _ = session.get_process_mut().set_window_size(cols, rows);
        Pty {
            session,
            parser: vt100::Parser::new(rows, cols, 0),
            received: 0,
            exit: None,
        }
    }

    /// Reads whatever output is waiting into the screen model.
    pub fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    self.parser.process(&buf[..n]);
                    self.received += n as u64;
                }
                Err(_) => break,
            }
        }
    }

    /// Waits until the app has written something since `before` bytes and then paused for
    /// `quiet`. Gives up quietly after [`PATIENCE`]: the wait that follows (for a screen,
    /// an exit) is the one that fails, with the screen in its message.
    fn settle(&mut self, before: u64, quiet: Duration) {
        let start = Instant::now();
        while self.received == before && start.elapsed() < PATIENCE {
            std::thread::sleep(POLL);
            self.pump();
        }
        self.quiet(quiet);
    }

    /// Waits until the app has written nothing for `quiet` (at most [`PATIENCE`]).
    fn quiet(&mut self, quiet: Duration) {
        let start = Instant::now();
        self.pump();
        let mut last = (self.received, Instant::now());
        while last.1.elapsed() < quiet && start.elapsed() < PATIENCE {
            std::thread::sleep(POLL.min(quiet));
            self.pump();
            if self.received != last.0 {
                last = (self.received, Instant::now());
            }
        }
    }

    /// The current screen as text.
    pub fn screen(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    /// The vt100 screen model (modes: alternate screen, mouse, bracketed paste).
    pub fn vt(&mut self) -> &vt100::Screen {
        self.pump();
        self.parser.screen()
    }

    /// Waits until the screen contains `text`; panics with the screen if it does not.
    pub fn wait_for(&mut self, text: &str) -> String {
        self.wait_for_within(text, PATIENCE)
    }

    /// Waits until the screen contains `text`, and returns the screen once the frame that
    /// shows it has arrived whole (the output has paused): the text may be on a row drawn
    /// before the rest of its frame, and a test then looks at the other rows.
    pub fn wait_for_within(&mut self, text: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                self.quiet(SETTLE);
                let s = self.screen();
                if s.contains(text) {
                    return s;
                }
                continue;
            }
            if start.elapsed() > limit {
                panic!("{text:?} did not appear within {limit:?}; the screen:\n{s}");
            }
            std::thread::sleep(POLL);
        }
    }

    /// Sends raw bytes, and waits until the app has drawn after reading them (see
    /// [`Pty::settle`]).
    pub fn send(&mut self, s: &str) {
        self.pump();
        let before = self.received;
        self.session.send(s).expect("send to pty");
        self.settle(before, SETTLE);
    }

    /// Sends named keys, space-separated (see [`seq`]), each once the app has taken the
    /// one before.
    pub fn keys(&mut self, keys: &str) {
        for k in keys.split_whitespace() {
            if k == "Esc" {
                // A lone Esc must not merge with the next key into an Alt chord.
                self.pump();
                let before = self.received;
                self.session.send(seq(k)).expect("send to pty");
                self.settle(before, SETTLE_AFTER_ESC);
            } else {
                self.send(&seq(k));
            }
        }
    }

    /// Sends raw bytes without waiting for the app to draw (a prompt that does not echo,
    /// like the passphrase's, draws nothing).
    pub fn send_unseen(&mut self, s: &str) {
        self.pump();
        self.session.send(s).expect("send to pty");
    }

    /// Answers the passphrase prompt: waits for it, types the passphrase and Enter.
    pub fn passphrase(&mut self, pass: &str) {
        self.wait_for("Passphrase for");
        self.send_unseen(&format!("{pass}\r"));
    }

    /// Types text as if by a person (one write; the app reads it as key events).
    pub fn type_text(&mut self, text: &str) {
        self.send(text);
    }

    /// Pastes text with bracketed paste.
    pub fn paste(&mut self, text: &str) {
        self.send(&format!("\x1b[200~{text}\x1b[201~"));
    }

    /// The app's process id.
    pub fn pid(&self) -> i32 {
        self.session.get_process().pid().as_raw()
    }

    /// Sends a signal to the app.
    pub fn signal(&mut self, sig: expectrl::Signal) {
        let _ = self.session.get_process_mut().signal(sig);
    }

    /// Waits for the process to end and returns its exit code (signals as 128+n).
    pub fn wait_exit(&mut self) -> i32 {
        let start = Instant::now();
        loop {
            self.pump();
            match self.session.get_process().status() {
                Ok(expectrl::WaitStatus::Exited(_, code)) => {
                    self.exit = Some(code);
                    return code;
                }
                Ok(expectrl::WaitStatus::Signaled(_, sig, _)) => {
                    let code = 128 + sig as i32;
                    self.exit = Some(code);
                    return code;
                }
                _ => {}
            }
            if start.elapsed() > PATIENCE {
                panic!("mentee did not exit; the screen:\n{}", self.screen());
            }
            std::thread::sleep(POLL);
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if self.exit.is_none() {
            let _ = self
                .session
                .get_process_mut()
                .kill(expectrl::Signal::SIGKILL);
        }
    }
}

// ---------------------------------------------------------------------------------------
// A pseudo-terminal of our own, for what `Pty` cannot do: hang up (close the terminal
// without signalling the program), write more than the terminal buffers without blocking,
// give the program another standard input, and read its real exit status.

/// A program running in a terminal made with `openpty`, as its controlling terminal.
pub struct Term {
    master: Option<std::fs::File>,
    child: std::process::Child,
    parser: vt100::Parser,
    status: Option<std::process::ExitStatus>,
}

/// A command for the real binary with the environment [`Pty::spawn`] gives it.
pub fn mentee_command(args: &[&str], env: &[(&str, &str)], data_home: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("TERM", "xterm-256color")
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .env_remove("MENTEE_DB")
        .env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

impl Term {
    /// Starts `cmd` in a new terminal of `cols`x`rows`. Its standard output and error are the
    /// terminal, and so is its standard input unless `stdin` is given.
    pub fn start(
        mut cmd: Command,
        stdin: Option<std::process::Stdio>,
        cols: u16,
        rows: u16,
    ) -> Term {
        use std::os::fd::FromRawFd;
        use std::os::unix::process::CommandExt;
        let (mut master, mut slave) = (-1, -1);
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two descriptors; the name and termios may be null.
        let rc = unsafe {
            libc::openpty(
                &raw mut master,
                &raw mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &raw const size,
            )
        };
        assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: both descriptors were just opened and are owned here.
        let (master, slave) = unsafe {
            (
                std::fs::File::from_raw_fd(master),
                std::os::fd::OwnedFd::from_raw_fd(slave),
            )
        };
        set_flags(&master);
        let copy = |fd: &std::os::fd::OwnedFd| std::process::Stdio::from(fd.try_clone().unwrap());
        cmd.stdin(stdin.unwrap_or_else(|| copy(&slave)))
            .stdout(copy(&slave))
            .stderr(copy(&slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(1, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start the program in a terminal");
        // The parent keeps no copy of the terminal's program side: closing the master is
        // then a hang-up.
        drop(cmd);
        drop(slave);
        Term {
            master: Some(master),
            child,
            parser: vt100::Parser::new(rows, cols, 0),
            status: None,
        }
    }

    pub fn pid(&self) -> i32 {
        i32::try_from(self.child.id()).unwrap()
    }

    /// Reads whatever output is waiting into the screen model.
    pub fn pump(&mut self) {
        use std::io::Read;
        let Some(master) = self.master.as_mut() else {
            return;
        };
        let mut buf = [0u8; 8192];
        while let Ok(n @ 1..) = master.read(&mut buf) {
            self.parser.process(&buf[..n]);
        }
    }

    /// The screen as text.
    pub fn screen(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    /// Waits until the screen contains `text`, then for the output to pause (so the frame
    /// is whole: see [`Pty::wait_for_within`]); panics with the screen if it does not.
    pub fn wait_for(&mut self, text: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                self.quiet(SETTLE);
                let s = self.screen();
                if s.contains(text) {
                    return s;
                }
                continue;
            }
            assert!(
                start.elapsed() < limit,
                "{text:?} did not appear within {limit:?}; the screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the program has written nothing for `quiet` (at most [`PATIENCE`]).
    fn quiet(&mut self, quiet: Duration) {
        let start = Instant::now();
        let mut last = (self.parser.screen().contents(), Instant::now());
        while last.1.elapsed() < quiet && start.elapsed() < PATIENCE {
            std::thread::sleep(POLL.min(quiet));
            let now = self.screen();
            if now != last.0 {
                last = (now, Instant::now());
            }
        }
    }

    /// Writes all of `bytes` as typed input, reading the output meanwhile (a program that
    /// draws must not block on a full terminal). Panics if the program stops reading.
    pub fn write(&mut self, bytes: &[u8], limit: Duration) {
        use std::io::Write;
        let start = Instant::now();
        let mut at = 0;
        while at < bytes.len() {
            let master = self.master.as_mut().expect("the terminal is open");
            match master.write(&bytes[at..]) {
                Ok(n) => at += n,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) => panic!("writing to the terminal: {e}"),
            }
            self.pump();
            assert!(
                start.elapsed() < limit,
                "the program took only {at} of {} bytes within {limit:?}",
                bytes.len()
            );
        }
    }

    /// Closes the terminal, as closing its window does: the program is sent nothing, and
    /// finds its terminal gone.
    pub fn hang_up(&mut self) {
        self.pump();
        self.master = None;
    }

    /// Waits for the program to end; panics if it does not within `limit`.
    pub fn wait_exit(&mut self, limit: Duration) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            self.pump();
            if let Some(status) = self.child.try_wait().expect("wait") {
                self.status = Some(status);
                return status;
            }
            assert!(
                start.elapsed() < limit,
                "the program did not exit within {limit:?}; the screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Non-blocking and closed on exec, for the master side.
fn set_flags(master: &std::fs::File) {
    use std::os::fd::AsRawFd;
    let fd = master.as_raw_fd();
    // SAFETY: fcntl on a descriptor owned by `master`.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
        libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if self.status.is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Waits until `done` holds (see [`eventually`]); panics naming `what` after `limit`.
pub fn until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    eventually(what, limit, || done().then_some(()));
}

/// Waits until the process `pid` is seen asleep in 20 checks in a row (10 ms apart),
/// calling `pump` between checks to read its output (a program blocked writing to a full
/// terminal is asleep too): a loop that spins is never asleep. Panics after `limit`.
pub fn resting(pid: i32, limit: Duration, mut pump: impl FnMut()) {
    let asleep = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
            s.rfind(')')
                .and_then(|i| s[i + 1..].split_whitespace().next())
                .is_some_and(|state| state == "S")
        })
    };
    let start = Instant::now();
    let mut in_a_row = 0;
    while in_a_row < 20 {
        pump();
        in_a_row = if asleep() { in_a_row + 1 } else { 0 };
        assert!(
            start.elapsed() < limit,
            "process {pid} kept running (a busy loop?) for {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}
