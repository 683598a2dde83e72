//! Asking for the passphrase of an encrypted database: on the terminal (`/dev/tty`, not
//! shown as it is typed), or one line at a time from a file descriptor a script opens
//! (`--passphrase-fd N`). Never from the command line, where other users see it in the
//! process list, nor from the environment.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::path::Path;

use crate::store::{OpenError, Passphrase};

/// How many times a person may type the passphrase of a database before mentee gives up.
pub const TRIES: usize = 3;

/// Where passphrases come from. On the terminal, what is typed stays hidden from the
/// first prompt until the asker is dropped, so nothing typed ahead between two prompts
/// (while a passphrase is being checked) is ever shown.
pub struct Asker {
    /// `--passphrase-fd N`, once opened; `None` for the terminal.
    fd: Option<FdSource>,
    /// The terminal, once asked on.
    tty: Option<Tty>,
}

/// The terminal, kept quiet while it is open.
struct Tty {
    /// Declared first: dropped (restoring the terminal) before the file is closed.
    quiet: Quiet,
    file: File,
}

struct FdSource {
    number: i32,
    file: Option<File>,
}

impl Asker {
    /// Passphrases from file descriptor `fd` when given, else from the terminal.
    #[must_use]
    pub fn new(fd: Option<i32>) -> Self {
        Self {
            fd: fd.map(|number| FdSource { number, file: None }),
            tty: None,
        }
    }

    /// True when a person types the passphrases (and may try again).
    #[must_use]
    pub fn interactive(&self) -> bool {
        self.fd.is_none()
    }

    /// One passphrase: typed after `prompt` on the terminal, or the next line of the file
    /// descriptor.
    ///
    /// # Errors
    /// No terminal (and no descriptor), a descriptor that is not open or ends, Ctrl-c.
    pub fn ask(&mut self, prompt: &str) -> Result<Passphrase, String> {
        let bytes = match &mut self.fd {
            Some(src) => src.read_line()?,
            None => self.read_hidden(prompt)?,
        };
        Ok(Passphrase::new(bytes))
    }

    /// A new passphrase: on the terminal typed twice (up to [`TRIES`] times until both
    /// match); from a descriptor, its next line. Never empty.
    ///
    /// # Errors
    /// As [`Asker::ask`]; also when it is empty, or typed differently each time.
    pub fn ask_new(&mut self, what: &str) -> Result<Passphrase, String> {
        if !self.interactive() {
            let key = self.ask("")?;
            if key.is_empty() {
                return Err("the new passphrase is empty".into());
            }
            return Ok(key);
        }
        for _ in 0..TRIES {
            let first = self.ask(&format!("New passphrase for {what}: "))?;
            if first.is_empty() {
                self.tell("An empty passphrase would not encrypt anything; type one.");
                continue;
            }
            let again = self.ask("The same again: ")?;
            if first == again {
                return Ok(first);
            }
            self.tell("The two differ; try again.");
        }
        Err(format!(
            "no new passphrase after {TRIES} tries; {what} was left as it was"
        ))
    }

    /// Says something to the person typing (on the terminal; nothing for a script).
    pub fn tell(&self, text: &str) {
        if !self.interactive() {
            return;
        }
        let line = format!("{}\n", crate::domain::text::clean(text));
        match &self.tty {
            Some(tty) => {
                let _ = (&tty.file).write_all(line.as_bytes());
            }
            None => {
                if let Ok(mut file) = OpenOptions::new().write(true).open("/dev/tty") {
                    let _ = file.write_all(line.as_bytes());
                }
            }
        }
    }

    /// Reads a line from the terminal without showing it, after `prompt`. Keys: Enter
    /// ends it, Backspace takes back a character, Ctrl-u starts over, Ctrl-c or Ctrl-d (on
    /// an empty line) give up. A signal that would end mentee meanwhile ends it only once
    /// the terminal shows what is typed again.
    fn read_hidden(&mut self, prompt: &str) -> Result<Vec<u8>, String> {
        if self.tty.is_none() {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/tty")
                .map_err(|_| {
                    "no terminal to ask for the passphrase on; a script can give it with --passphrase-fd N"
                        .to_string()
                })?;
            let quiet =
                Quiet::new(&file).map_err(|e| format!("cannot hide the passphrase: {e}"))?;
            self.tty = Some(Tty { quiet, file });
        }
        let tty = self.tty.as_ref().expect("opened above");
        let prompt = crate::domain::text::clean(prompt);
        (&tty.file)
            .write_all(prompt.as_bytes())
            .map_err(|e| format!("cannot ask for the passphrase: {e}"))?;
        let typed = tty.quiet.read_line(&tty.file);
        let _ = (&tty.file).write_all(b"\n");
        typed
    }
}

impl FdSource {
    /// The next line (without its line ending); end of input ends it too.
    fn read_line(&mut self) -> Result<Vec<u8>, String> {
        let n = self.number;
        if self.file.is_none() {
            // SAFETY: F_GETFD only asks whether the descriptor is open.
            if n < 0 || unsafe { libc::fcntl(n, libc::F_GETFD) } == -1 {
                return Err(format!("--passphrase-fd {n}: no such open file descriptor"));
            }
            // SAFETY: the descriptor is open, and the user gave it to mentee to read.
            self.file = Some(unsafe { File::from_raw_fd(n) });
        }
        let file = self.file.as_mut().expect("opened above");
        let mut line = Vec::new();
        let mut byte = [0u8; 1];
        loop {
            match file.read(&mut byte) {
                Ok(0) if line.is_empty() => {
                    return Err(format!(
                        "--passphrase-fd {n}: no passphrase to read (the input ended)"
                    ));
                }
                Ok(0) => break,
                Ok(_) if byte[0] == b'\n' => break,
                Ok(_) => line.push(byte[0]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(format!("--passphrase-fd {n}: {e}")),
            }
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Ok(line)
    }
}

/// Opens a database that may be encrypted: `open(None)` first, and when that finds it
/// encrypted, asks for its passphrase and opens with it ([`TRIES`] tries on a terminal,
/// one from a descriptor). A wrong passphrase says so and leaves the file untouched.
///
/// # Errors
/// The open's error as one line, or why no passphrase could be had.
pub fn open<T>(
    path: &Path,
    asker: &mut Asker,
    mut open: impl FnMut(Option<&Passphrase>) -> Result<T, OpenError>,
) -> Result<T, String> {
    match open(None) {
        Err(OpenError::Encrypted(_)) => {}
        other => return other.map_err(|e| e.to_string()),
    }
    let tries = if asker.interactive() { TRIES } else { 1 };
    let prompt = format!("Passphrase for {}: ", path.display());
    for attempt in 1..=tries {
        let key = asker
            .ask(&prompt)
            .map_err(|why| format!("{} is encrypted: {why}", path.display()))?;
        match open(Some(&key)) {
            Err(OpenError::WrongPassphrase(_)) if attempt < tries => {
                asker.tell("Wrong passphrase; try again.");
            }
            Err(e @ OpenError::WrongPassphrase(_)) if tries > 1 => {
                return Err(format!("{e} ({tries} tries)"));
            }
            other => return other.map_err(|e| e.to_string()),
        }
    }
    unreachable!("the last try returns")
}

/// The terminal in a mode that shows nothing typed and turns no key into a signal, with
/// the signals that end a process held back; dropping it restores both, in that order,
/// so a held-back signal ends the process with the terminal as it was.
struct Quiet {
    fd: i32,
    saved: libc::termios,
    mask: libc::sigset_t,
}

impl Quiet {
    fn new(tty: &File) -> io::Result<Self> {
        let fd = tty.as_raw_fd();
        // SAFETY: plain libc calls on an open descriptor and on structs they fill.
        unsafe {
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(fd, &raw mut saved) != 0 {
                return Err(io::Error::last_os_error());
            }
            let mut held: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&raw mut held);
            for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT] {
                libc::sigaddset(&raw mut held, sig);
            }
            let mut mask: libc::sigset_t = std::mem::zeroed();
            libc::pthread_sigmask(libc::SIG_BLOCK, &raw const held, &raw mut mask);
            let quiet = Self { fd, saved, mask };
            let mut raw = saved;
            raw.c_lflag &= !(libc::ECHO | libc::ICANON | libc::ISIG | libc::IEXTEN);
            raw.c_cc[libc::VMIN] = 1;
            raw.c_cc[libc::VTIME] = 0;
            if libc::tcsetattr(fd, libc::TCSANOW, &raw const raw) != 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(quiet)
        }
    }

    /// True when a signal that ends the process is waiting.
    fn signalled(&self) -> bool {
        // SAFETY: sigpending fills the set given.
        unsafe {
            let mut pending: libc::sigset_t = std::mem::zeroed();
            libc::sigpending(&raw mut pending);
            [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT]
                .iter()
                .any(|s| libc::sigismember(&raw const pending, *s) == 1)
        }
    }

    fn read_line(&self, mut tty: &File) -> Result<Vec<u8>, String> {
        let cancelled = || Err("no passphrase given (cancelled); nothing was changed".to_string());
        // Room enough that typing does not move it (leaving copies behind).
        let mut line: Vec<u8> = Vec::with_capacity(256);
        // Inside an escape sequence (an arrow key, say): skipped, not typed.
        let mut escape = false;
        loop {
            let mut poll = libc::pollfd {
                fd: self.fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd.
            let ready = unsafe { libc::poll(&raw mut poll, 1, 100) };
            if self.signalled() {
                crate::store::wipe_bytes(&mut line);
                return cancelled();
            }
            if ready <= 0 {
                continue;
            }
            let mut byte = [0u8; 1];
            match tty.read(&mut byte) {
                Ok(0) => return Ok(line),
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("cannot read the passphrase: {e}")),
            }
            let b = byte[0];
            if escape {
                // A sequence ends with a letter or `~`; `[` and `O` open one.
                escape = !(b.is_ascii_alphabetic() && b != b'O' || b == b'~');
                continue;
            }
            match b {
                b'\r' | b'\n' => return Ok(line),
                0x03 => {
                    crate::store::wipe_bytes(&mut line);
                    return cancelled();
                }
                0x04 if line.is_empty() => return cancelled(),
                0x7f | 0x08 => {
                    // Back over one character (and its UTF-8 continuation bytes).
                    while let Some(last) = line.pop() {
                        if last & 0xC0 != 0x80 {
                            break;
                        }
                    }
                }
                0x15 => crate::store::wipe_bytes(&mut std::mem::take(&mut line)),
                0x1b => escape = true,
                b'\t' => line.push(b),
                b if b < 0x20 => {}
                b => line.push(b),
            }
        }
    }
}

impl Drop for Quiet {
    fn drop(&mut self) {
        // SAFETY: restoring what `new` saved.
        unsafe {
            libc::tcsetattr(self.fd, libc::TCSANOW, &raw const self.saved);
            libc::pthread_sigmask(
                libc::SIG_SETMASK,
                &raw const self.mask,
                std::ptr::null_mut(),
            );
        }
    }
}
