//! A program in a pseudo-terminal, timed from outside as a person sees it: when it is
//! started, when a key is written, when its output arrives and when it stops, plus what the
//! kernel says it used (peak memory, CPU time, wake-ups). Shared by the timing examples
//! (`startup_time`, `key_time`); Linux only (`/proc`).
//!
//! Output is read with `poll(2)` on the pty, so each byte's arrival time is the moment the
//! kernel handed it over, not the next turn of a polling loop.

#![allow(dead_code)] // Each example uses part of it.

use std::ffi::CStr;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A running program and the master side of its terminal.
pub struct Pty {
    master: OwnedFd,
    pid: libc::pid_t,
    parser: vt100::Parser,
    /// Bytes read from the program so far.
    pub bytes: u64,
    /// When output last came.
    pub last_read: Option<Instant>,
    /// Print each read (time since the start, size, the first bytes) to stderr.
    pub trace: bool,
    started: Instant,
    exited: Option<Exit>,
}

/// How a program ended.
#[derive(Clone, Copy, Debug)]
pub struct Exit {
    pub at: Instant,
    /// Peak resident set over the whole life (`wait4`'s `ru_maxrss`), KiB.
    pub max_rss_kib: u64,
}

/// What `/proc` says about a live process.
#[derive(Clone, Copy, Debug, Default)]
pub struct Usage {
    /// utime + stime, in clock ticks (`/proc/PID/stat`).
    pub ticks: u64,
    /// Time on a CPU, all threads, in nanoseconds (`/proc/PID/task/*/schedstat`).
    pub cpu_ns: u64,
    /// Voluntary + involuntary context switches, all threads: how often it woke up.
    pub switches: u64,
    /// Peak resident set so far (`VmHWM`), KiB.
    pub peak_rss_kib: u64,
}

impl Pty {
    /// Starts `program` (and its arguments) in a new `cols`×`rows` terminal.
    pub fn spawn(
        program: &[String],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> io::Result<Pty> {
        let started = Instant::now();
        let (master, slave) = open_pty(cols, rows)?;
        let mut cmd = Command::new(&program[0]);
        cmd.args(&program[1..])
            .stdin(Stdio::from(slave.try_clone()?))
            .stdout(Stdio::from(slave.try_clone()?))
            .stderr(Stdio::from(slave));
        cmd.env(
            "TERM",
            std::env::var("TERM").unwrap_or_else(|_| "xterm-256color".into()),
        );
        for (k, v) in env {
            cmd.env(k, v);
        }
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() == -1 {
                    return Err(io::Error::last_os_error());
                }
                if libc::ioctl(0, libc::TIOCSCTTY, 0) == -1 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn()?;
        let pid = libc::pid_t::try_from(child.id()).map_err(io::Error::other)?;
        // The process is reaped with wait4 (for its rusage), not through `child`.
        drop(child);
        Ok(Pty {
            master,
            pid,
            parser: vt100::Parser::new(rows, cols, 0),
            bytes: 0,
            last_read: None,
            trace: false,
            started,
            exited: None,
        })
    }

    #[must_use]
    pub fn pid(&self) -> libc::pid_t {
        self.pid
    }

    /// What the terminal shows now.
    #[must_use]
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Writes `keys`; returns the moment just before the write.
    pub fn send(&mut self, keys: &[u8]) -> io::Result<Instant> {
        let at = Instant::now();
        let mut rest = keys;
        while !rest.is_empty() {
            // SAFETY: a valid fd and a valid buffer of rest.len() bytes.
            let n =
                unsafe { libc::write(self.master.as_raw_fd(), rest.as_ptr().cast(), rest.len()) };
            if n < 0 {
                let e = io::Error::last_os_error();
                if e.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(e);
            }
            rest = &rest[n.unsigned_abs()..];
        }
        Ok(at)
    }

    /// Waits at most until `deadline` for output; reads what came. Returns when it came
    /// (`None`: nothing by the deadline, or the program has closed the terminal).
    pub fn read_until(&mut self, deadline: Instant) -> Option<Instant> {
        let now = Instant::now();
        let ms = deadline.saturating_duration_since(now);
        let mut fd = libc::pollfd {
            fd: self.master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let ts = libc::timespec {
            tv_sec: libc::time_t::try_from(ms.as_secs()).unwrap_or(libc::time_t::MAX),
            tv_nsec: libc::c_long::from(ms.subsec_nanos()),
        };
        // SAFETY: one valid pollfd; a valid timespec; no signal mask.
        let n = unsafe { libc::ppoll(&raw mut fd, 1, &raw const ts, std::ptr::null()) };
        if n <= 0 || fd.revents & libc::POLLIN == 0 {
            if fd.revents & (libc::POLLHUP | libc::POLLERR) != 0 {
                // The program closed its terminal; do not spin on it.
                std::thread::sleep(
                    deadline
                        .saturating_duration_since(Instant::now())
                        .min(Duration::from_millis(1)),
                );
            }
            return None;
        }
        let at = Instant::now();
        let mut buf = [0u8; 65536];
        // SAFETY: a valid fd and buffer.
        let n = unsafe { libc::read(self.master.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            return None;
        }
        let n = n.unsigned_abs();
        self.parser.process(&buf[..n]);
        self.bytes += n as u64;
        self.last_read = Some(at);
        if self.trace {
            let head: String = buf[..n.min(60)].escape_ascii().to_string();
            eprintln!(
                "    {:>9.3} ms  {n:>6} bytes  {head}",
                (at - self.started).as_secs_f64() * 1000.0
            );
        }
        Some(at)
    }

    /// Reads until no output has come for `window` after the last byte (or `deadline`
    /// passes), the last byte being at `since` if nothing comes after it; with no `since`,
    /// waits for output until `deadline`. Returns the arrival of the last byte, `None` if
    /// nothing came.
    pub fn quiet(
        &mut self,
        window: Duration,
        deadline: Instant,
        since: Option<Instant>,
    ) -> Option<Instant> {
        let mut last = since;
        loop {
            let until = last.map_or(deadline, |t: Instant| (t + window).min(deadline));
            match self.read_until(until) {
                Some(t) => last = Some(t),
                None => {
                    if Instant::now() >= until {
                        return last;
                    }
                }
            }
            if Instant::now() >= deadline {
                return last;
            }
        }
    }

    /// Reads until no output has come for `gap` (counted from now if none comes), or
    /// `deadline` passes.
    pub fn settle(&mut self, gap: Duration, deadline: Instant) {
        let mut since = Instant::now();
        while Instant::now() < deadline {
            let until = (since + gap).min(deadline);
            match self.read_until(until) {
                Some(t) => since = t,
                None if Instant::now() >= until => return,
                None => {}
            }
        }
    }

    /// Reads until the screen shows `text`; `Err` with the screen when `deadline` passes.
    pub fn wait_for(&mut self, text: &str, deadline: Instant) -> Result<Instant, String> {
        loop {
            if self.screen().contains(text) {
                return Ok(Instant::now());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "the screen never showed {text:?}:\n{}",
                    self.screen()
                ));
            }
            self.read_until(deadline);
        }
    }

    /// Writes `keys` and times the answer: from the write to the last byte of the output
    /// that follows, the output being over once nothing more has come for `window` (which
    /// is not counted). First makes sure the program has been quiet for `gap`, so output
    /// left from before is not taken for the answer. `None` if nothing came within
    /// `timeout`.
    pub fn press(
        &mut self,
        keys: &[u8],
        window: Duration,
        gap: Duration,
        timeout: Duration,
    ) -> io::Result<Option<Duration>> {
        self.settle(gap, Instant::now() + Duration::from_secs(5));
        let sent = self.send(keys)?;
        let last = self.quiet(window, sent + timeout, None);
        Ok(last.map(|t| t.saturating_duration_since(sent)))
    }

    /// CPU time, wake-ups and peak memory, from `/proc`.
    #[must_use]
    pub fn usage(&self) -> Usage {
        let dir = format!("/proc/{}", self.pid);
        let mut u = Usage::default();
        if let Ok(stat) = std::fs::read_to_string(format!("{dir}/stat"))
            && let Some((_, rest)) = stat.rsplit_once(')')
        {
            // Fields after the name start at field 3 (state); utime and stime are 14 and 15.
            let f: Vec<&str> = rest.split_whitespace().collect();
            let get = |i: usize| {
                f.get(i - 3)
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            u.ticks = get(14) + get(15);
        }
        if let Ok(tasks) = std::fs::read_dir(format!("{dir}/task")) {
            for t in tasks.flatten() {
                let p = t.path();
                if let Ok(s) = std::fs::read_to_string(p.join("schedstat")) {
                    u.cpu_ns += s
                        .split_whitespace()
                        .next()
                        .and_then(|v| v.parse::<u64>().ok())
                        .unwrap_or(0);
                }
                if let Ok(s) = std::fs::read_to_string(p.join("status")) {
                    u.switches += status_field(&s, "voluntary_ctxt_switches:")
                        + status_field(&s, "nonvoluntary_ctxt_switches:");
                }
            }
        }
        if let Ok(s) = std::fs::read_to_string(format!("{dir}/status")) {
            u.peak_rss_kib = status_field(&s, "VmHWM:");
        }
        u
    }

    /// Reads output until the program exits (or `deadline`); reaps it.
    pub fn wait_exit(&mut self, deadline: Instant) -> Option<Exit> {
        loop {
            if let Some(e) = self.exited {
                return Some(e);
            }
            self.try_reap();
            if self.exited.is_some() {
                continue;
            }
            if Instant::now() >= deadline {
                return None;
            }
            let step = (Instant::now() + Duration::from_micros(500)).min(deadline);
            if self.read_until(step).is_none() {
                // The terminal may stay open a moment after the exit: check again.
                self.try_reap();
            }
        }
    }

    fn try_reap(&mut self) {
        if self.exited.is_some() {
            return;
        }
        let mut status = 0;
        // SAFETY: rusage is plain data; zero is a valid value.
        let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: valid pointers; our own child.
        let r = unsafe { libc::wait4(self.pid, &raw mut status, libc::WNOHANG, &raw mut ru) };
        if r == self.pid {
            self.exited = Some(Exit {
                at: Instant::now(),
                max_rss_kib: u64::try_from(ru.ru_maxrss).unwrap_or(0),
            });
        }
    }

    /// Kills the program (if still running) and reaps it.
    pub fn kill(&mut self) {
        if self.exited.is_none() {
            // SAFETY: our own child, not yet reaped, so the pid is still ours.
            unsafe { libc::kill(self.pid, libc::SIGKILL) };
            let _ = self.wait_exit(Instant::now() + Duration::from_secs(5));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        self.kill();
    }
}

fn status_field(status: &str, name: &str) -> u64 {
    status
        .lines()
        .find_map(|l| l.strip_prefix(name))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// A new pseudo-terminal of `cols`×`rows`: (master, slave).
fn open_pty(cols: u16, rows: u16) -> io::Result<(OwnedFd, OwnedFd)> {
    // SAFETY: plain libc calls; every returned fd is checked and owned once.
    unsafe {
        let m = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
        if m < 0 {
            return Err(io::Error::last_os_error());
        }
        let master = OwnedFd::from_raw_fd(m);
        if libc::grantpt(m) != 0 || libc::unlockpt(m) != 0 {
            return Err(io::Error::last_os_error());
        }
        let mut name = [0 as libc::c_char; 256];
        if libc::ptsname_r(m, name.as_mut_ptr(), name.len()) != 0 {
            return Err(io::Error::last_os_error());
        }
        let s = libc::open(
            CStr::from_ptr(name.as_ptr()).as_ptr(),
            libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC,
        );
        if s < 0 {
            return Err(io::Error::last_os_error());
        }
        let slave = OwnedFd::from_raw_fd(s);
        let ws = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        if libc::ioctl(m, libc::TIOCSWINSZ, &raw const ws) != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok((master, slave))
    }
}

/// `\r`, `\n`, `\t`, `\e`, `\xHH` and `\\` in a string of keys.
#[must_use]
pub fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut b = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            continue;
        }
        match chars.next() {
            Some('r') => out.push(b'\r'),
            Some('n') => out.push(b'\n'),
            Some('t') => out.push(b'\t'),
            Some('e') => out.push(0x1b),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                if let Ok(b) = u8::from_str_radix(&hex, 16) {
                    out.push(b);
                }
            }
            Some(other) => {
                let mut b = [0; 4];
                out.extend_from_slice(other.encode_utf8(&mut b).as_bytes());
            }
            None => out.push(b'\\'),
        }
    }
    out
}

/// The median and the 90th percentile of `v` (sorted here).
#[must_use]
pub fn median_p90(v: &mut [Duration]) -> Option<(Duration, Duration)> {
    if v.is_empty() {
        return None;
    }
    v.sort();
    let p90 = ((v.len() * 9).div_ceil(10)).saturating_sub(1);
    Some((v[v.len() / 2], v[p90]))
}

/// Milliseconds with a sensible precision.
#[must_use]
pub fn ms(d: Duration) -> String {
    let v = d.as_secs_f64() * 1000.0;
    if v >= 100.0 {
        format!("{v:.0} ms")
    } else if v >= 10.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.2} ms")
    }
}

/// KiB as MiB.
#[must_use]
pub fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

/// The machine's load average (1, 5, 15 minutes) and cores.
#[must_use]
pub fn machine() -> String {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let l: Vec<&str> = load.split_whitespace().take(3).collect();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    format!("{cores} cores, load average {}", l.join(" "))
}
