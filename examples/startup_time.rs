//! Times terminal programs from launch to their first drawn frame, in a pseudo-terminal, as
//! a person sees it; and their peak memory, read from outside. Several programs are timed
//! in one run, their runs interleaved (run 1 of each, then run 2 of each, ...), so a
//! machine that gets busier half-way slows them all alike:
//!
//! ```sh
//! cargo run --release --example startup_time -- --runs 11 \
//!     --case mentee --until Overview --probe / --probe e --leave '\e' -- target/release/mentee --db x.db \
//!     --case less --probe '/e\r' -- less x.md \
//!     --case "vim -u NONE" --quit ':q!\r' -- vim -u NONE x.md
//! ```
//!
//! Global options (first):
//! - `--runs N` (default 10): the summary gives the median, minimum and maximum;
//! - `--warmup N` (default 1): runs of each program before the timed ones, not counted;
//! - `--window MS` (default 50): output is over once nothing more has come for this long;
//!   the time is that of the last byte before the quiet (the window is not counted);
//! - `--size COLSxROWS` (default 80x24);
//! - `--trace`: print every read from the programs (time, size, first bytes) to stderr.
//!
//! Each program: `--case LABEL`, its options, `--` and the program with its arguments (up to
//! the next `--case`). Options:
//! - `--until TEXT`: the first frame is the output that follows once the screen shows TEXT
//!   (without it: the first output);
//! - `--probe KEYS` (repeatable): after the first frame, each is typed and its output
//!   waited for (the time from the key to the last byte before the quiet is printed);
//!   the peak memory is read again after the last (e.g. opening the search);
//! - `--pause MS`: before the probes, nothing is typed for this long (what a program does
//!   once idle is done by then: a key typed at once would wait for it);
//! - `--leave KEYS` (repeatable): typed after the probes, before quitting;
//! - `--quit KEYS` (default `q`): `\r`, `\n`, `\t`, `\e`, `\xHH` are understood;
//! - `--vs LABEL`: print the ratio of this program's median to LABEL's;
//! - `--target-ms MS`, `--target-ratio R`, `--target-rss-mib MIB`: print whether the
//!   median first frame, the ratio and the peak memory (probes included) meet them.
//!
//! Peak memory is `VmHWM` from `/proc/PID/status`, read at the first frame and after the
//! probes, and `ru_maxrss` from `wait4` for the whole run: all measured from outside.

#[path = "common/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Pty, mib, ms, unescape};

#[derive(Default)]
struct Case {
    label: String,
    program: Vec<String>,
    until: Option<String>,
    quit: Option<Vec<u8>>,
    probes: Vec<Vec<u8>>,
    pause: Option<Duration>,
    leave: Vec<Vec<u8>>,
    vs: Option<String>,
    target_ms: Option<f64>,
    target_ratio: Option<f64>,
    target_rss_mib: Option<f64>,
}

struct Options {
    runs: usize,
    warmup: usize,
    window: Duration,
    cols: u16,
    rows: u16,
    trace: bool,
    cases: Vec<Case>,
}

struct Run {
    first_frame: Duration,
    rss_first: u64,
    rss_probed: Option<u64>,
    /// Per probe, from the key to the last byte of its answer.
    probe_times: Vec<Option<Duration>>,
    quit_to_exit: Option<Duration>,
    max_rss: Option<u64>,
}

fn main() {
    let opts = match parse(std::env::args().skip(1).collect()) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("startup_time: {msg}");
            eprintln!(
                "usage: startup_time [--runs N] [--warmup N] [--window MS] [--size 80x24] \
                 [--case LABEL] [--until TEXT] [--probe KEYS]... [--leave KEYS]... [--quit KEYS] \
                 [--vs LABEL] [--target-ms MS] [--target-ratio R] [--target-rss-mib MIB] \
                 -- PROGRAM [ARGS...] [--case ...]"
            );
            std::process::exit(2);
        }
    };
    println!(
        "{} at {}x{}: {} runs each, interleaved, after {} warm-up; output over after {} ms of quiet",
        opts.cases.len(),
        opts.cols,
        opts.rows,
        opts.runs,
        opts.warmup,
        opts.window.as_millis()
    );
    for c in &opts.cases {
        println!("  {}: {}", c.label, c.program.join(" "));
    }
    println!("Machine: {} at start", pty::machine());
    let mut runs: Vec<Vec<Run>> = opts.cases.iter().map(|_| Vec::new()).collect();
    for i in 0..opts.warmup + opts.runs {
        let mut line = if i < opts.warmup {
            format!("  warm-up {:>2}:", i + 1)
        } else {
            format!("  run {:>6}:", i + 1 - opts.warmup)
        };
        for (c, case) in opts.cases.iter().enumerate() {
            match run_once(case, &opts) {
                Ok(r) => {
                    line.push_str(&format!("  {} {}", case.label, ms(r.first_frame)));
                    if i >= opts.warmup {
                        runs[c].push(r);
                    }
                }
                Err(e) => {
                    eprintln!("startup_time: {}: {e}", case.label);
                    std::process::exit(1);
                }
            }
        }
        println!("{line}");
    }
    println!("Machine: {} at the end", pty::machine());
    summary(&opts, &mut runs);
}

fn run_once(case: &Case, o: &Options) -> Result<Run, String> {
    let start = Instant::now();
    let deadline = start + Duration::from_secs(30);
    let mut p =
        Pty::spawn(&case.program, o.cols, o.rows, &[]).map_err(|e| format!("cannot start: {e}"))?;
    p.trace = o.trace;
    match &case.until {
        Some(text) => {
            p.wait_for(text, deadline)?;
        }
        None => {
            if p.read_until(deadline).is_none() {
                return Err("no output".into());
            }
        }
    }
    let since = p.last_read;
    p.quiet(o.window, deadline, since);
    let first_frame = p
        .last_read
        .unwrap_or(start)
        .saturating_duration_since(start);
    let rss_first = p.usage().peak_rss_kib;
    if let Some(pause) = case.pause {
        p.settle(pause, Instant::now() + pause);
    }
    let mut probe_times = Vec::new();
    for keys in &case.probes {
        let sent = p.send(keys).map_err(|e| format!("cannot type: {e}"))?;
        let last = p.quiet(o.window, sent + Duration::from_secs(30), None);
        probe_times.push(last.map(|t| t.saturating_duration_since(sent)));
    }
    let rss_probed = (!case.probes.is_empty()).then(|| p.usage().peak_rss_kib);
    for keys in &case.leave {
        let sent = p.send(keys).map_err(|e| format!("cannot type: {e}"))?;
        p.quiet(o.window, sent + Duration::from_secs(10), None);
    }
    let quit = case.quit.clone().unwrap_or_else(|| b"q".to_vec());
    let sent = p.send(&quit).map_err(|e| format!("cannot type: {e}"))?;
    let exit = p.wait_exit(sent + Duration::from_secs(10));
    if exit.is_none() {
        eprintln!(
            "startup_time: {}: did not quit on {:?}; killed. The screen:\n{}",
            case.label,
            String::from_utf8_lossy(&quit),
            p.screen()
        );
        p.kill();
    }
    Ok(Run {
        first_frame,
        rss_first,
        rss_probed,
        probe_times,
        quit_to_exit: exit.map(|e| e.at.saturating_duration_since(sent)),
        max_rss: exit.map(|e| e.max_rss_kib),
    })
}

fn median(v: &mut [Duration]) -> Option<Duration> {
    v.sort();
    v.get(v.len() / 2).copied()
}

fn summary(o: &Options, runs: &mut [Vec<Run>]) {
    let medians: Vec<Option<Duration>> = runs
        .iter()
        .map(|r| median(&mut r.iter().map(|x| x.first_frame).collect::<Vec<_>>()))
        .collect();
    println!();
    println!(
        "{:30} {:>28} {:>8} {:>11}   {:>38}",
        "", "launch → first frame", "", "", "peak RSS (VmHWM; wait4 ru_maxrss)"
    );
    println!(
        "{:30} {:>28} {:>8} {:>11} {:>12} {:>12} {:>12}",
        "", "median (min–max)", "ratio", "quit → exit", "first frame", "after probes", "whole run"
    );
    let mut verdicts = Vec::new();
    for (c, case) in o.cases.iter().enumerate() {
        let mut first: Vec<Duration> = runs[c].iter().map(|r| r.first_frame).collect();
        first.sort();
        let spread = match (first.first(), first.last(), medians[c]) {
            (Some(lo), Some(hi), Some(m)) => format!("{} ({}–{})", ms(m), ms(*lo), ms(*hi)),
            _ => "-".into(),
        };
        let vs = case
            .vs
            .as_ref()
            .and_then(|l| o.cases.iter().position(|x| &x.label == l));
        let ratio = match (vs.and_then(|v| medians[v]), medians[c]) {
            (Some(base), Some(m)) if !base.is_zero() => Some(m.as_secs_f64() / base.as_secs_f64()),
            _ => None,
        };
        let mut quit: Vec<Duration> = runs[c].iter().filter_map(|r| r.quit_to_exit).collect();
        let max_of = |f: &dyn Fn(&Run) -> Option<u64>| runs[c].iter().filter_map(f).max();
        let rss_first = max_of(&|r| Some(r.rss_first));
        let rss_probed = max_of(&|r| r.rss_probed);
        let rss_all = max_of(&|r| r.max_rss);
        println!(
            "{:30} {:>28} {:>8} {:>11} {:>12} {:>12} {:>12}",
            case.label,
            spread,
            ratio.map_or_else(|| "".into(), |r| format!("{r:.1}x")),
            median(&mut quit).map_or_else(|| "-".into(), ms),
            rss_first.map_or_else(|| "-".into(), mib),
            rss_probed.map_or_else(|| "".into(), mib),
            rss_all.map_or_else(|| "-".into(), mib),
        );
        let mut v = Vec::new();
        if let (Some(t), Some(m)) = (case.target_ms, medians[c]) {
            let got = m.as_secs_f64() * 1000.0;
            v.push(format!(
                "first frame ≤ {t} ms: {} ({})",
                met(got <= t),
                ms(m)
            ));
        }
        if let (Some(t), Some(r)) = (case.target_ratio, ratio) {
            let base = case.vs.as_deref().unwrap_or("?");
            v.push(format!("≤ {t}x {base}: {} ({r:.1}x)", met(r <= t)));
        }
        if let Some(t) = case.target_rss_mib {
            let peak = rss_probed
                .or(rss_first)
                .unwrap_or(0)
                .max(rss_all.unwrap_or(0));
            let got = peak as f64 / 1024.0;
            v.push(format!(
                "peak RSS ≤ {t} MiB: {} ({got:.1} MiB)",
                met(got <= t)
            ));
        }
        if !v.is_empty() {
            verdicts.push(format!("  {}: {}", case.label, v.join("; ")));
        }
    }
    let probed: Vec<String> = o
        .cases
        .iter()
        .enumerate()
        .filter(|(_, case)| !case.probes.is_empty())
        .map(|(c, case)| {
            let keys: Vec<String> = case
                .probes
                .iter()
                .enumerate()
                .map(|(k, keys)| {
                    let mut t: Vec<Duration> = runs[c]
                        .iter()
                        .filter_map(|r| r.probe_times.get(k).copied().flatten())
                        .collect();
                    let name = String::from_utf8_lossy(keys).escape_debug().to_string();
                    format!("{name} {}", median(&mut t).map_or_else(|| "-".into(), ms))
                })
                .collect();
            format!("  {}: {}", case.label, keys.join(", "))
        })
        .collect();
    if !probed.is_empty() {
        println!();
        println!("Keys typed after the first frame (key → quiet, median):");
        for line in probed {
            println!("{line}");
        }
    }
    if !verdicts.is_empty() {
        println!();
        println!("Targets (issue 16):");
        for v in verdicts {
            println!("{v}");
        }
    }
}

fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "MISSED" }
}

fn parse(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        runs: 10,
        warmup: 1,
        window: Duration::from_millis(50),
        cols: 80,
        rows: 24,
        trace: false,
        cases: Vec::new(),
    };
    let mut it = args.into_iter().peekable();
    let mut case: Option<Case> = None;
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
        let number = |v: String, what: &str| {
            v.parse::<f64>()
                .map_err(|_| format!("{what} needs a number"))
        };
        match a.as_str() {
            "--runs" => o.runs = value()?.parse().map_err(|_| "--runs needs a number")?,
            "--warmup" => o.warmup = value()?.parse().map_err(|_| "--warmup needs a number")?,
            "--window" => {
                let ms: u64 = value()?
                    .parse()
                    .map_err(|_| "--window needs milliseconds")?;
                o.window = Duration::from_millis(ms);
            }
            "--size" => {
                let v = value()?;
                let (c, r) = v.split_once('x').ok_or("--size is COLSxROWS, e.g. 80x24")?;
                o.cols = c.parse().map_err(|_| "bad --size columns")?;
                o.rows = r.parse().map_err(|_| "bad --size rows")?;
            }
            "--trace" => o.trace = true,
            "--case" => {
                let label = value()?;
                if let Some(c) = case.take() {
                    o.cases.push(c);
                }
                case = Some(Case {
                    label,
                    ..Case::default()
                });
            }
            "--until" => case.get_or_insert_default().until = Some(value()?),
            "--quit" => case.get_or_insert_default().quit = Some(unescape(&value()?)),
            "--pause" => {
                let ms: u64 = value()?.parse().map_err(|_| "--pause needs milliseconds")?;
                case.get_or_insert_default().pause = Some(Duration::from_millis(ms));
            }
            "--probe" => case
                .get_or_insert_default()
                .probes
                .push(unescape(&value()?)),
            "--leave" => case.get_or_insert_default().leave.push(unescape(&value()?)),
            "--vs" => case.get_or_insert_default().vs = Some(value()?),
            "--target-ms" => case.get_or_insert_default().target_ms = Some(number(value()?, &a)?),
            "--target-ratio" => {
                case.get_or_insert_default().target_ratio = Some(number(value()?, &a)?)
            }
            "--target-rss-mib" => {
                case.get_or_insert_default().target_rss_mib = Some(number(value()?, &a)?)
            }
            "--" => {
                let c = case.get_or_insert_default();
                while let Some(arg) = it.next_if(|x| x != "--case") {
                    c.program.push(arg);
                }
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    if let Some(c) = case.take() {
        o.cases.push(c);
    }
    for c in &mut o.cases {
        if c.program.is_empty() {
            return Err(format!("no program given after -- for {:?}", c.label));
        }
        if c.label.is_empty() {
            c.label = c.program.join(" ");
        }
    }
    if o.cases.is_empty() {
        return Err("no program given after --".into());
    }
    o.runs = o.runs.max(1);
    Ok(o)
}
