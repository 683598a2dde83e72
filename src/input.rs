//! Reading the terminal: bytes from the tty, decoded into crossterm [`Event`]s.
//!
//! mentee reads the terminal itself instead of through `crossterm::event`. crossterm 0.29
//! waits on the tty with an edge-triggered `epoll` (mio), reads 1 KiB, and returns as soon as
//! that KiB holds one event; what the kernel still holds is only noticed when more input
//! arrives (`src/event/source/unix/mio.rs`). A burst of typing or a paste without bracketed
//! paste was cut at 1 KiB, and a loop that also waited on the tty with `poll` spun on the
//! rest. Here a level-triggered `poll` is followed by reads until nothing is left, so one
//! wake-up takes everything available. The same code also notices a terminal that hung up
//! (end of file, `EIO`) and reads `/dev/tty` when standard input is not a terminal.
//!
//! The decoder understands what a terminal sends to an app that turned on mouse capture and
//! bracketed paste (see `terminal.rs`): UTF-8 text, control keys, `CSI` and `SS3` key
//! sequences with modifiers, SGR, rxvt and X10 mouse reports, and bracketed pastes.

use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// How long an escape sequence may take to arrive whole: a lone `Esc` is the Esc key once
/// nothing follows it for this long.
pub const ESC_WAIT: Duration = Duration::from_millis(25);

/// How long a bracketed paste may pause before what arrived of it is taken as the paste
/// (a terminal that never sends the end marker must not swallow every later key).
pub const PASTE_WAIT: Duration = Duration::from_secs(2);

/// At most this much is read in one wake-up before the app gets to draw.
const READ_LIMIT: usize = 4 << 20;

/// What waiting on the terminal brought.
#[derive(Debug)]
pub enum Wait {
    /// Events, in the order they were typed (possibly none: a partial sequence, a focus
    /// report, or a timeout).
    Events(Vec<Event>),
    /// The terminal is gone (window closed, ssh dropped).
    HungUp,
}

/// The terminal's input side: the tty, a self-pipe that SIGWINCH writes to, and one that
/// the signals that end the app write to, so a wait without a timeout still ends for them.
pub struct Input {
    /// `/dev/tty`, opened when standard input is not a terminal.
    own: Option<File>,
    resize: Option<UnixStream>,
    stop: Option<UnixStream>,
    decoder: Decoder,
    /// What one read takes, kept between reads (allocating and zeroing it for every key
    /// cost more than decoding the key).
    chunk: Vec<u8>,
}

/// A self-pipe: its read end, which `signals` write a byte to when they arrive.
fn signal_pipe(signals: &[libc::c_int]) -> Option<UnixStream> {
    let (read, write) = UnixStream::pair().ok()?;
    read.set_nonblocking(true).ok()?;
    for &sig in signals {
        signal_hook::low_level::pipe::register(sig, write.try_clone().ok()?).ok()?;
    }
    Some(read)
}

/// Reads everything a self-pipe holds.
fn drain(pipe: &UnixStream) {
    use std::io::Read;
    let mut sink = [0u8; 64];
    while matches!((&*pipe).read(&mut sink), Ok(n) if n > 0) {}
}

impl Input {
    /// Standard input when it is a terminal, else the controlling terminal (`/dev/tty`).
    ///
    /// # Errors
    /// When there is no terminal to read keys from.
    pub fn open() -> io::Result<Self> {
        let own = if is_tty(libc::STDIN_FILENO) {
            None
        } else {
            let tty = File::options().read(true).write(true).open("/dev/tty")?;
            Some(tty)
        };
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
        Ok(Self {
            own,
            resize: signal_pipe(&[SIGWINCH]),
            stop: signal_pipe(&[SIGTERM, SIGHUP, SIGINT]),
            decoder: Decoder::default(),
            chunk: vec![0u8; 64 * 1024],
        })
    }

    /// The terminal for a child's standard input (the editor), when mentee's own standard
    /// input is not it.
    #[must_use]
    pub fn tty_for_child(&self) -> Option<File> {
        self.own.as_ref().and_then(|f| f.try_clone().ok())
    }

    fn fd(&self) -> RawFd {
        self.own
            .as_ref()
            .map_or(libc::STDIN_FILENO, AsRawFd::as_raw_fd)
    }

    /// Waits up to `timeout` (`None`: for as long as it takes) for input, a resize or a
    /// signal that ends the app, then reads everything the terminal holds. A zero timeout
    /// only takes what is already there.
    pub fn wait(&mut self, timeout: Option<Duration>) -> Wait {
        let now = Instant::now();
        let stale = self
            .decoder
            .stale_at()
            .map(|at| at.saturating_duration_since(now));
        let timeout = match (timeout, stale) {
            (Some(t), Some(s)) => Some(t.min(s)),
            (t, s) => t.or(s),
        };
        let (tty_ready, resized, hung_up) = self.poll(timeout);
        let mut events = Vec::new();
        if resized && let Ok((w, h)) = crossterm::terminal::size() {
            events.push(Event::Resize(w, h));
        }
        let mut gone = hung_up && !tty_ready;
        if tty_ready {
            gone |= self.read_available();
        }
        self.decoder.decode(&mut events, Instant::now());
        if gone && events.is_empty() {
            return Wait::HungUp;
        }
        Wait::Events(events)
    }

    /// `(tty readable, resized, tty hung up)` after waiting up to `timeout` (`None`: no
    /// limit).
    fn poll(&self, timeout: Option<Duration>) -> (bool, bool, bool) {
        let pollfd = |fd: RawFd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let pipe_fd = |p: &Option<UnixStream>| p.as_ref().map_or(-1, AsRawFd::as_raw_fd);
        let mut fds = [
            pollfd(self.fd()),
            pollfd(pipe_fd(&self.resize)),
            pollfd(pipe_fd(&self.stop)),
        ];
        // Rounded up: waking a little before a deadline would only poll again at once.
        let ms = timeout.map_or(-1, |t| {
            i32::try_from(t.as_micros().div_ceil(1000)).unwrap_or(i32::MAX)
        });
        // SAFETY: `fds` is a valid array of pollfd for the length given.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 3, ms) };
        if n < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
            // The descriptor itself is unusable: as good as gone.
            return (false, false, true);
        }
        if n <= 0 {
            // Timeout, or EINTR from a signal: the loop checks the signal flags next.
            return (false, false, false);
        }
        let resized = fds[1].revents & libc::POLLIN != 0;
        if resized && let Some(pipe) = &self.resize {
            drain(pipe);
        }
        // The loop reads the signal's flag (see `terminal::Signals`); the byte only woke us.
        if fds[2].revents & libc::POLLIN != 0
            && let Some(pipe) = &self.stop
        {
            drain(pipe);
        }
        let hung_up = fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0;
        (fds[0].revents & libc::POLLIN != 0, resized, hung_up)
    }

    /// Reads until the terminal holds nothing more (level-triggered, without making the
    /// descriptor non-blocking, which the editor started by Ctrl-e would inherit).
    /// Returns true when the terminal is gone.
    fn read_available(&mut self) -> bool {
        let fd = self.fd();
        let chunk = &mut self.chunk;
        let mut total = 0;
        loop {
            // SAFETY: `chunk` is a writable buffer of the length given.
            let n = unsafe { libc::read(fd, chunk.as_mut_ptr().cast(), chunk.len()) };
            match n {
                0 => return true,
                n if n < 0 => {
                    let e = io::Error::last_os_error();
                    return !matches!(
                        e.kind(),
                        io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock
                    );
                }
                n => {
                    let n = usize::try_from(n).unwrap_or(0);
                    self.decoder.push(&chunk[..n], Instant::now());
                    total += n;
                }
            }
            if total >= READ_LIMIT || !readable_now(fd) {
                return false;
            }
        }
    }
}

fn is_tty(fd: RawFd) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

/// Whether a read of `fd` would return at once.
fn readable_now(fd: RawFd) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd.
    unsafe { libc::poll(&raw mut p, 1, 0) == 1 && p.revents & libc::POLLIN != 0 }
}

/// Bytes from the terminal not yet turned into events.
#[derive(Debug, Default)]
pub struct Decoder {
    buf: Vec<u8>,
    /// When the last byte arrived: an incomplete sequence older than [`ESC_WAIT`] (a paste
    /// older than [`PASTE_WAIT`]) is resolved as it stands.
    last: Option<Instant>,
}

/// One step of decoding.
enum Step {
    /// An event (or `None` for a sequence that means nothing to mentee) and the bytes it took.
    Done(Option<Event>, usize),
    /// The start of a sequence whose rest has not arrived.
    Partial,
}

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

impl Decoder {
    /// Adds bytes read from the terminal.
    pub fn push(&mut self, bytes: &[u8], now: Instant) {
        self.buf.extend_from_slice(bytes);
        self.last = Some(now);
    }

    /// When what is left undecoded must be resolved without waiting for more.
    #[must_use]
    pub fn stale_at(&self) -> Option<Instant> {
        let last = self.last.filter(|_| !self.buf.is_empty())?;
        Some(
            last + if self.in_paste() {
                PASTE_WAIT
            } else {
                ESC_WAIT
            },
        )
    }

    fn in_paste(&self) -> bool {
        self.buf.starts_with(PASTE_START)
    }

    /// Turns every complete sequence into events; an incomplete one waits, unless it is
    /// stale at `now`.
    pub fn decode(&mut self, out: &mut Vec<Event>, now: Instant) {
        let mut at = 0;
        while at < self.buf.len() {
            match step(&self.buf[at..]) {
                Step::Done(event, used) => {
                    out.extend(event);
                    at += used.max(1);
                }
                Step::Partial if self.stale_at().is_some_and(|t| now >= t) => {
                    let (event, used) = resolve_stale(&self.buf[at..]);
                    out.extend(event);
                    at += used.max(1);
                }
                Step::Partial => break,
            }
        }
        self.buf.drain(..at);
        if self.buf.is_empty() {
            self.last = None;
        }
    }
}

/// An incomplete sequence that will not be completed: a paste is taken as it is, an `Esc`
/// is the Esc key, and a broken UTF-8 byte is dropped.
fn resolve_stale(buf: &[u8]) -> (Option<Event>, usize) {
    if let Some(rest) = buf.strip_prefix(PASTE_START) {
        let text = String::from_utf8_lossy(rest).into_owned();
        return (Some(Event::Paste(text)), buf.len());
    }
    match buf[0] {
        0x1b => (Some(key(KeyCode::Esc, KeyModifiers::NONE)), 1),
        _ => (None, 1),
    }
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// Decodes the event at the start of `buf`.
fn step(buf: &[u8]) -> Step {
    let none = KeyModifiers::NONE;
    match buf[0] {
        0x1b => escape(buf),
        b'\r' | b'\n' => Step::Done(Some(key(KeyCode::Enter, none)), 1),
        b'\t' => Step::Done(Some(key(KeyCode::Tab, none)), 1),
        0x7f | 0x08 => Step::Done(Some(key(KeyCode::Backspace, none)), 1),
        0 => Step::Done(Some(key(KeyCode::Char(' '), KeyModifiers::CONTROL)), 1),
        c @ 0x01..=0x1a => Step::Done(
            Some(key(
                KeyCode::Char(char::from(c - 1 + b'a')),
                KeyModifiers::CONTROL,
            )),
            1,
        ),
        c @ 0x1c..=0x1f => Step::Done(
            Some(key(
                KeyCode::Char(char::from(c - 0x1c + b'4')),
                KeyModifiers::CONTROL,
            )),
            1,
        ),
        _ => text_char(buf),
    }
}

/// One UTF-8 character as a key (an upper-case letter carries Shift, as crossterm reports it).
fn text_char(buf: &[u8]) -> Step {
    let len = match buf[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Step::Done(None, 1),
    };
    if buf.len() < len {
        // Only a valid start of a longer character is worth waiting for.
        return match std::str::from_utf8(buf) {
            Err(e) if e.error_len().is_none() => Step::Partial,
            _ => Step::Done(None, 1),
        };
    }
    match std::str::from_utf8(&buf[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let mods = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Step::Done(Some(key(KeyCode::Char(c), mods)), len)
        }
        None => Step::Done(None, 1),
    }
}

/// A sequence starting with ESC: CSI, SS3, Alt with a key, or Esc itself.
fn escape(buf: &[u8]) -> Step {
    match buf.get(1) {
        None => Step::Partial,
        Some(b'[') => csi(buf),
        Some(b'O') => match buf.get(2) {
            None => Step::Partial,
            Some(&c) => Step::Done(ss3(c).map(|code| key(code, KeyModifiers::NONE)), 3),
        },
        // Esc Esc: the first is the Esc key; the second starts what follows.
        Some(0x1b) => Step::Done(Some(key(KeyCode::Esc, KeyModifiers::NONE)), 1),
        Some(_) => match step(&buf[1..]) {
            Step::Done(Some(Event::Key(k)), used) => {
                Step::Done(Some(key(k.code, k.modifiers | KeyModifiers::ALT)), used + 1)
            }
            Step::Done(other, used) => Step::Done(other, used + 1),
            Step::Partial => Step::Partial,
        },
    }
}

/// The key of an SS3 sequence (`ESC O x`: cursor keys in application mode, F1–F4).
fn ss3(c: u8) -> Option<KeyCode> {
    Some(match c {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// Longest CSI sequence taken seriously; a longer one is dropped byte by byte.
const CSI_MAX: usize = 64;

/// `ESC [ …`: keys, mouse reports and bracketed paste.
fn csi(buf: &[u8]) -> Step {
    if buf.starts_with(PASTE_START) {
        return paste(buf);
    }
    match buf.get(2) {
        None => return Step::Partial,
        // X10 mouse: `ESC [ M` and three raw bytes.
        Some(b'M') => {
            return match buf.get(3..6) {
                Some(b) => Step::Done(x10_mouse(b[0], b[1], b[2]), 6),
                None => Step::Partial,
            };
        }
        _ => {}
    }
    // Parameters and intermediates, then one final byte in 0x40..=0x7e.
    let Some(end) = buf[2..].iter().position(|b| (0x40..=0x7e).contains(b)) else {
        return if buf.len() > CSI_MAX {
            Step::Done(None, 1)
        } else {
            Step::Partial
        };
    };
    let end = end + 2;
    if buf[2..end].iter().any(|b| !(0x20..=0x3f).contains(b)) {
        // Not a well-formed sequence: drop the ESC and read the rest as typed.
        return Step::Done(None, 1);
    }
    let params = std::str::from_utf8(&buf[2..end]).unwrap_or("");
    Step::Done(csi_event(params, buf[end]), end + 1)
}

fn paste(buf: &[u8]) -> Step {
    let body = &buf[PASTE_START.len()..];
    match body.windows(PASTE_END.len()).position(|w| w == PASTE_END) {
        Some(i) => {
            let text = String::from_utf8_lossy(&body[..i]).into_owned();
            Step::Done(
                Some(Event::Paste(text)),
                PASTE_START.len() + i + PASTE_END.len(),
            )
        }
        None => Step::Partial,
    }
}

/// The event of a complete CSI sequence with parameters `params` and final byte `fin`.
fn csi_event(params: &str, fin: u8) -> Option<Event> {
    if let Some(sgr) = params.strip_prefix('<') {
        return sgr_mouse(sgr, fin);
    }
    let nums: Vec<u16> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
    let mods = nums.get(1).map_or(KeyModifiers::NONE, |&m| modifiers(m));
    let code = match fin {
        b'A' | b'B' | b'C' | b'D' | b'H' | b'F' => ss3(fin)?,
        b'P' | b'Q' | b'R' | b'S' => ss3(fin)?,
        b'Z' => return Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        b'M' if nums.len() == 3 => {
            // rxvt mouse: `ESC [ Cb ; Cx ; Cy M`.
            let cb = u8::try_from(nums[0].checked_sub(32)?).ok()?;
            return mouse(cb, nums[1], nums[2], false);
        }
        b'~' => match nums.first()? {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            n @ 11..=15 => KeyCode::F(u8::try_from(n - 10).ok()?),
            n @ 17..=21 => KeyCode::F(u8::try_from(n - 11).ok()?),
            n @ 23..=26 => KeyCode::F(u8::try_from(n - 12).ok()?),
            n @ 28..=29 => KeyCode::F(u8::try_from(n - 13).ok()?),
            n @ 31..=34 => KeyCode::F(u8::try_from(n - 14).ok()?),
            _ => return None,
        },
        // Focus reports, device answers and the like mean nothing to mentee.
        _ => return None,
    };
    Some(key(code, mods))
}

/// The modifiers of a key parameter (`1 + bits`: 1 Shift, 2 Alt, 4 Ctrl).
fn modifiers(param: u16) -> KeyModifiers {
    let bits = param.saturating_sub(1);
    let mut m = KeyModifiers::NONE;
    if bits & 1 != 0 {
        m |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        m |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        m |= KeyModifiers::CONTROL;
    }
    m
}

/// SGR mouse: `ESC [ < Cb ; Cx ; Cy M` (press) or `m` (release), 1-based cells.
fn sgr_mouse(params: &str, fin: u8) -> Option<Event> {
    if fin != b'M' && fin != b'm' {
        return None;
    }
    let mut it = params.split(';').map(|p| p.parse::<u16>().ok());
    let (cb, cx, cy) = (it.next()??, it.next()??, it.next()??);
    mouse(u8::try_from(cb).ok()?, cx, cy, fin == b'm')
}

/// X10 mouse: three bytes, each offset by 32.
fn x10_mouse(cb: u8, cx: u8, cy: u8) -> Option<Event> {
    mouse(
        cb.checked_sub(32)?,
        u16::from(cx.checked_sub(32)?),
        u16::from(cy.checked_sub(32)?),
        false,
    )
}

/// A mouse event from its button byte and 1-based cell.
fn mouse(cb: u8, cx: u16, cy: u16, released: bool) -> Option<Event> {
    let button = (cb & 0b11) | ((cb & 0b1100_0000) >> 4);
    let dragging = cb & 0b10_0000 != 0;
    let kind = match (button, dragging) {
        (0, false) if released => MouseEventKind::Up(MouseButton::Left),
        (1, false) if released => MouseEventKind::Up(MouseButton::Middle),
        (2, false) if released => MouseEventKind::Up(MouseButton::Right),
        (0, false) => MouseEventKind::Down(MouseButton::Left),
        (1, false) => MouseEventKind::Down(MouseButton::Middle),
        (2, false) => MouseEventKind::Down(MouseButton::Right),
        (0, true) => MouseEventKind::Drag(MouseButton::Left),
        (1, true) => MouseEventKind::Drag(MouseButton::Middle),
        (2, true) => MouseEventKind::Drag(MouseButton::Right),
        (3, false) => MouseEventKind::Up(MouseButton::Left),
        (3..=5, true) => MouseEventKind::Moved,
        (4, false) => MouseEventKind::ScrollUp,
        (5, false) => MouseEventKind::ScrollDown,
        (6, false) => MouseEventKind::ScrollLeft,
        (7, false) => MouseEventKind::ScrollRight,
        _ => return None,
    };
    let mut modifiers = KeyModifiers::NONE;
    if cb & 4 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if cb & 8 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if cb & 16 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    Some(Event::Mouse(MouseEvent {
        kind,
        column: cx.saturating_sub(1),
        row: cy.saturating_sub(1),
        modifiers,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Vec<Event> {
        let mut d = Decoder::default();
        let t = Instant::now();
        d.push(bytes, t);
        let mut out = Vec::new();
        d.decode(&mut out, t);
        out
    }

    fn k(code: KeyCode, m: KeyModifiers) -> Event {
        key(code, m)
    }

    const N: KeyModifiers = KeyModifiers::NONE;

    #[test]
    fn text_and_control_keys() {
        assert_eq!(
            decode("aZ é語🎉".as_bytes()),
            vec![
                k(KeyCode::Char('a'), N),
                k(KeyCode::Char('Z'), KeyModifiers::SHIFT),
                k(KeyCode::Char(' '), N),
                k(KeyCode::Char('é'), N),
                k(KeyCode::Char('語'), N),
                k(KeyCode::Char('🎉'), N),
            ]
        );
        assert_eq!(
            decode(b"\r\t\x7f\x03\x05"),
            vec![
                k(KeyCode::Enter, N),
                k(KeyCode::Tab, N),
                k(KeyCode::Backspace, N),
                k(KeyCode::Char('c'), KeyModifiers::CONTROL),
                k(KeyCode::Char('e'), KeyModifiers::CONTROL),
            ]
        );
    }

    #[test]
    fn cursor_and_function_keys_with_modifiers() {
        assert_eq!(
            decode(b"\x1b[A\x1bOB\x1b[1;5C\x1b[Z\x1b[3~\x1b[24~\x1b[5;2~"),
            vec![
                k(KeyCode::Up, N),
                k(KeyCode::Down, N),
                k(KeyCode::Right, KeyModifiers::CONTROL),
                k(KeyCode::BackTab, KeyModifiers::SHIFT),
                k(KeyCode::Delete, N),
                k(KeyCode::F(12), N),
                k(KeyCode::PageUp, KeyModifiers::SHIFT),
            ]
        );
    }

    #[test]
    fn alt_chords_and_a_double_esc() {
        assert_eq!(
            decode(b"\x1bq\x1b\x1b[B"),
            vec![
                k(KeyCode::Char('q'), KeyModifiers::ALT),
                k(KeyCode::Esc, N),
                k(KeyCode::Down, N),
            ]
        );
    }

    #[test]
    fn a_lone_esc_waits_for_the_rest_then_is_the_esc_key() {
        let mut d = Decoder::default();
        let t = Instant::now();
        d.push(b"x\x1b", t);
        let mut out = Vec::new();
        d.decode(&mut out, t);
        assert_eq!(out, vec![k(KeyCode::Char('x'), N)]);
        assert_eq!(d.stale_at(), Some(t + ESC_WAIT));
        // The rest of a split sequence arrives in time.
        d.push(b"[A", t + Duration::from_millis(5));
        out.clear();
        d.decode(&mut out, t + Duration::from_millis(5));
        assert_eq!(out, vec![k(KeyCode::Up, N)]);
        // Nothing follows: Esc.
        d.push(b"\x1b", t);
        out.clear();
        d.decode(&mut out, t + ESC_WAIT);
        assert_eq!(out, vec![k(KeyCode::Esc, N)]);
        assert_eq!(d.stale_at(), None);
    }

    #[test]
    fn utf8_split_across_reads_is_joined() {
        let mut d = Decoder::default();
        let t = Instant::now();
        let bytes = "語".as_bytes();
        d.push(&bytes[..1], t);
        let mut out = Vec::new();
        d.decode(&mut out, t);
        assert!(out.is_empty());
        d.push(&bytes[1..], t);
        d.decode(&mut out, t);
        assert_eq!(out, vec![k(KeyCode::Char('語'), N)]);
        // Invalid bytes are dropped, not waited for.
        assert_eq!(decode(b"\xffa"), vec![k(KeyCode::Char('a'), N)]);
    }

    #[test]
    fn bracketed_paste_whole_or_after_a_long_pause() {
        assert_eq!(
            decode(b"\x1b[200~one\r\x1b[Atwo\x1b[201~z"),
            vec![
                Event::Paste("one\r\x1b[Atwo".into()),
                k(KeyCode::Char('z'), N),
            ]
        );
        let mut d = Decoder::default();
        let t = Instant::now();
        d.push(b"\x1b[200~half", t);
        let mut out = Vec::new();
        d.decode(&mut out, t + ESC_WAIT);
        assert!(out.is_empty(), "a paste waits longer than an escape");
        d.decode(&mut out, t + PASTE_WAIT);
        assert_eq!(out, vec![Event::Paste("half".into())]);
    }

    #[test]
    fn mouse_reports() {
        let click = |kind, column, row| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: N,
            })
        };
        assert_eq!(
            decode(b"\x1b[<0;10;3M\x1b[<0;10;3m\x1b[<65;1;1M\x1b[M !!"),
            vec![
                click(MouseEventKind::Down(MouseButton::Left), 9, 2),
                click(MouseEventKind::Up(MouseButton::Left), 9, 2),
                click(MouseEventKind::ScrollDown, 0, 0),
                click(MouseEventKind::Down(MouseButton::Left), 0, 0),
            ]
        );
    }

    #[test]
    fn unknown_sequences_are_skipped_without_eating_what_follows() {
        assert_eq!(
            decode(b"\x1b[I\x1b[?1;2cA"),
            vec![k(KeyCode::Char('A'), KeyModifiers::SHIFT)]
        );
    }

    #[test]
    fn a_large_burst_decodes_whole() {
        let text = "abcdefghij".repeat(500);
        let events = decode(text.as_bytes());
        assert_eq!(events.len(), 5000);
    }
}
