//! Times a terminal program from launch to its first drawn frame, and from a quit key to
//! its exit, in a pseudo-terminal. Works with any program, so mentee can be compared with
//! others:
//!
//! ```sh
//! cargo run --release --example startup_time -- --until Overview -- target/release/mentee --db x.db
//! cargo run --release --example startup_time -- --quit ':q\r' -- vim -u NONE
//! cargo run --release --example startup_time -- -- top
//! ```
//!
//! Options (before `--`):
//! - `--runs N` (default 10): the summary gives the median, minimum and maximum;
//! - `--until TEXT`: the first frame is drawn when the screen shows TEXT; without it, when
//!   the program has written something and then been quiet for `--settle` ms (default 100);
//!   the time is that of the last byte before the quiet;
//! - `--quit KEYS` (default `q`): what to type to quit; `\r`, `\n`, `\t`, `\e` and `\xHH`
//!   are understood;
//! - `--size COLSxROWS` (default 80x24; other sizes start the program through
//!   `sh -c 'stty …; exec …'`, which adds a few milliseconds).

use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;

struct Options {
    runs: usize,
    until: Option<String>,
    settle: Duration,
    quit: String,
    cols: u16,
    rows: u16,
    program: Vec<String>,
}

struct Run {
    first_frame: Duration,
    quit_to_exit: Option<Duration>,
}

fn main() {
    let opts = match parse(std::env::args().skip(1).collect()) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("startup_time: {msg}");
            eprintln!(
                "usage: startup_time [--runs N] [--until TEXT] [--settle MS] [--quit KEYS] [--size 80x24] -- PROGRAM [ARGS...]"
            );
            std::process::exit(2);
        }
    };
    println!(
        "{} at {}x{}, {} runs",
        opts.program.join(" "),
        opts.cols,
        opts.rows,
        opts.runs
    );
    let mut runs = Vec::new();
    for i in 0..opts.runs {
        match run_once(&opts) {
            Ok(r) => {
                println!(
                    "  run {:>2}: first frame {:>8}   quit to exit {:>8}",
                    i + 1,
                    ms(r.first_frame),
                    r.quit_to_exit.map_or_else(|| "did not quit".into(), ms)
                );
                runs.push(r);
            }
            Err(e) => {
                eprintln!("startup_time: run {}: {e}", i + 1);
                std::process::exit(1);
            }
        }
    }
    let mut first: Vec<Duration> = runs.iter().map(|r| r.first_frame).collect();
    let mut quit: Vec<Duration> = runs.iter().filter_map(|r| r.quit_to_exit).collect();
    first.sort();
    quit.sort();
    println!("launch to first frame: {}", summary(&first));
    println!("quit key to exit:      {}", summary(&quit));
}

fn summary(v: &[Duration]) -> String {
    match (v.first(), v.last()) {
        (Some(min), Some(max)) => format!(
            "median {}  (min {}, max {})",
            ms(v[v.len() / 2]),
            ms(*min),
            ms(*max)
        ),
        _ => "n/a".into(),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn run_once(o: &Options) -> Result<Run, String> {
    let mut cmd = if (o.cols, o.rows) == (80, 24) {
        // The pty starts at 80x24: the program is exec'd directly.
        let mut c = Command::new(&o.program[0]);
        c.args(&o.program[1..]);
        c
    } else {
        let mut c = Command::new("sh");
        c.arg("-c")
            .arg(format!("stty rows {} cols {}; exec \"$@\"", o.rows, o.cols))
            .arg("sh")
            .args(&o.program);
        c
    };
    cmd.env(
        "TERM",
        std::env::var("TERM").unwrap_or_else(|_| "xterm-256color".into()),
    );
    let start = Instant::now();
    let mut session = Session::spawn(cmd).map_err(|e| format!("cannot start: {e}"))?;
    let mut parser = vt100::Parser::new(o.rows, o.cols, 0);
    let mut buf = [0u8; 65536];
    let mut last_byte: Option<Instant> = None;
    let limit = Duration::from_secs(20);
    let first_frame = loop {
        let mut got = false;
        while let Ok(n) = session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            parser.process(&buf[..n]);
            last_byte = Some(Instant::now());
            got = true;
        }
        if let Some(text) = &o.until {
            if got && parser.screen().contents().contains(text.as_str()) {
                break last_byte.unwrap_or_else(Instant::now) - start;
            }
        } else if let Some(t) = last_byte
            && t.elapsed() >= o.settle
        {
            break t - start;
        }
        if start.elapsed() > limit {
            let _ = session.get_process_mut().kill(expectrl::Signal::SIGKILL);
            return Err(format!(
                "no first frame within {limit:?}; the screen:\n{}",
                parser.screen().contents()
            ));
        }
        std::thread::sleep(Duration::from_micros(200));
    };
    let sent = Instant::now();
    session
        .send(&o.quit)
        .map_err(|e| format!("cannot send the quit keys: {e}"))?;
    let quit_to_exit = loop {
        let _ = session.try_read(&mut buf);
        match session.get_process().status() {
            Ok(expectrl::WaitStatus::Exited(..) | expectrl::WaitStatus::Signaled(..)) => {
                break Some(sent.elapsed());
            }
            _ if sent.elapsed() > Duration::from_secs(5) => {
                let _ = session.get_process_mut().kill(expectrl::Signal::SIGKILL);
                break None;
            }
            _ => std::thread::sleep(Duration::from_micros(200)),
        }
    };
    Ok(Run {
        first_frame,
        quit_to_exit,
    })
}

fn parse(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        runs: 10,
        until: None,
        settle: Duration::from_millis(100),
        quit: "q".into(),
        cols: 80,
        rows: 24,
        program: Vec::new(),
    };
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--runs" => o.runs = value()?.parse().map_err(|_| "--runs needs a number")?,
            "--until" => o.until = Some(value()?),
            "--settle" => {
                let ms: u64 = value()?
                    .parse()
                    .map_err(|_| "--settle needs milliseconds")?;
                o.settle = Duration::from_millis(ms);
            }
            "--quit" => o.quit = unescape(&value()?),
            "--size" => {
                let v = value()?;
                let (c, r) = v.split_once('x').ok_or("--size is COLSxROWS, e.g. 80x24")?;
                o.cols = c.parse().map_err(|_| "bad --size columns")?;
                o.rows = r.parse().map_err(|_| "bad --size rows")?;
            }
            "--" => {
                o.program = it.by_ref().collect();
                break;
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    if o.program.is_empty() {
        return Err("no program given after --".into());
    }
    o.runs = o.runs.max(1);
    Ok(o)
}

/// `\r`, `\n`, `\t`, `\e`, `\xHH` and `\\` in the quit keys.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('r') => out.push('\r'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('e') => out.push('\x1b'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                if let Ok(b) = u8::from_str_radix(&hex, 16) {
                    out.push(char::from(b));
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
