//! `cargo bench`: how mentee performs on a ten-year journey and on one ten times larger,
//! measured in-process, with issue 16's targets beside each figure.
//!
//! For each size the journey is generated (`mentee::generate`), written to a database file,
//! and then measured in a fresh child process (this same binary, re-run with
//! `MENTEE_BENCH_CHILD` set), so the peak memory is that of opening and using the file
//! only. The child goes the binary's way (src/cli.rs, src/terminal.rs): `Store::open`,
//! `load`, `App::new`, and for every key the event through the keymap, a tick and a frame —
//! drawn on a `TestBackend`, so the figures leave out writing to a terminal (and the
//! process start): they are the app's own work. The real binary, in a terminal, is timed
//! by `scripts/startup-time.sh` and `scripts/key-time.sh`; those are the app's speed.
//!
//! Measured: open, load, the first frame of every tab at 80x24, a redraw, a move and a
//! switch into every tab; opening, redrawing, a key in and closing one goal, one meeting,
//! the search, Prepare and the shared-screen review; a keystroke in a long text; durable
//! edits; the JSON and Markdown exports; peak memory. Numbers are printed, never asserted.
//!
//! Environment:
//! - `MENTEE_BENCH_SIZES=1,10` — which sizes to run, in multiples of ten years (default
//!   1 and 10; `MENTEE_BENCH_SIZES=1` runs the ten-year size only, in seconds; 100 only on
//!   request: it takes minutes, a third of them generating and writing 2.4 million rows);
//! - `MENTEE_BENCH_RUNS=n` — child runs per size; each timing is the median of the runs
//!   (default 5 for ten years, 3 for 10x, 1 for larger sizes);
//! - `MENTEE_BENCH_DIR=folder` — keep the generated databases there (default: a temporary
//!   folder under `target/`, removed afterwards).

mod encrypted;
mod measure;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use mentee::generate::{self, Size};
use mentee::store::Store;
use mentee::tab::Tab;
use strum::IntoEnumIterator;

use measure::{LONG_TEXT_LINES, Metrics, VIEWS, fmt_bytes, fmt_ms};

fn main() {
    if let Ok(path) = std::env::var("MENTEE_BENCH_CHILD") {
        measure::child(Path::new(&path));
        return;
    }
    let sizes: Vec<usize> = std::env::var("MENTEE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 10]);
    let runs: Option<usize> = std::env::var("MENTEE_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok());
    // On the target's disk, not a RAM-backed /tmp, so "durable" means what it says.
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temporary folder");
    let dir =
        std::env::var_os("MENTEE_BENCH_DIR").map_or_else(|| tmp.path().to_path_buf(), Into::into);
    let mut columns: Vec<(usize, String, Metrics)> = Vec::new();
    let mut ten_years_encrypted = None;
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    for k in sizes {
        let label = if k == 1 {
            "ten years".to_string()
        } else {
            format!("{k}x")
        };
        eprintln!("mentee bench: {label}: generating…");
        let default_runs = match k {
            1 => 5,
            2..=10 => 3,
            _ => 1,
        };
        let runs = runs.unwrap_or(default_runs).max(1);
        columns.push((k, label, run_size(k, runs, &dir)));
        if k == 1 {
            let plain = dir.join("journey-1.db");
            ten_years_encrypted = Some(encrypted::measure(&plain, runs, &dir));
        }
    }
    print_table(&columns);
    if let (Some((_, _, plain)), Some(enc)) = (
        columns.iter().find(|(k, _, _)| *k == 1),
        &ten_years_encrypted,
    ) {
        encrypted::print(plain, enc);
    }
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    println!(
        "Machine: {cores} cores, load average at start {} (timings on a busy machine are higher).",
        load.split_whitespace().next().unwrap_or("?")
    );
}

/// Generates, writes and measures one size.
fn run_size(k: usize, runs: usize, dir: &Path) -> Metrics {
    let size = Size::ten_years().times(k);
    let mut m = Metrics::default();
    m.insert("records".into(), size.total() as f64);

    let t = Instant::now();
    let journey = generate::journey(&size, 1);
    m.insert("generate".into(), ms(t));

    let path = dir.join(format!("journey-{k}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let t = Instant::now();
    {
        let store = Store::open(&path).expect("open a new bench database");
        generate::write(&store, &journey).expect("write the journey");
    }
    m.insert("write".into(), ms(t));
    drop(journey);
    m.insert(
        "file size".into(),
        std::fs::metadata(&path).map_or(0.0, |md| md.len() as f64),
    );

    eprintln!("mentee bench: measuring ({runs} runs)…");
    let mut all: Vec<Metrics> = Vec::new();
    let run_path = dir.join(format!("journey-{k}-run.db"));
    for _ in 0..runs {
        // Every run starts from the same file: a run edits it.
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", run_path.display()));
        }
        std::fs::copy(&path, &run_path).expect("copy the bench database");
        let out = Command::new(std::env::current_exe().expect("bench binary"))
            .env("MENTEE_BENCH_CHILD", &run_path)
            .output()
            .expect("run the bench child");
        assert!(
            out.status.success(),
            "bench child failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        all.push(measure::parse(&String::from_utf8_lossy(&out.stdout)));
    }
    // Timings: the median of the runs; memory: the highest.
    let keys: Vec<String> = all[0].keys().cloned().collect();
    for key in keys {
        let mut values: Vec<f64> = all.iter().filter_map(|r| r.get(&key).copied()).collect();
        values.sort_by(f64::total_cmp);
        let v = if key.starts_with("rss") || key.starts_with("json size") {
            values[values.len() - 1]
        } else {
            values[values.len() / 2]
        };
        m.insert(key, v);
    }
    // What an export adds to the peak (the app's own peak came first).
    for export in ["json", "markdown"] {
        if let (Some(with), Some(without)) = (m.get(&format!("rss {export}")), m.get("rss app")) {
            m.insert(format!("rss {export} extra"), (with - without).max(0.0));
        }
    }
    m
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// Issue 16's target for a row of the table.
#[derive(Clone, Copy)]
enum Target {
    None,
    /// A key: ≤ 1 ms at ten years, ≤ 1.5 ms on the larger journeys, and larger ÷ ten years
    /// ≤ 1.5 (flat as history grows).
    Key,
    /// ≤ this many ms at every size.
    Ms(f64),
    /// ≤ 1 ms at every size: no key waits for a checkpoint or a large write.
    NoWait,
    /// ≤ this many ms on the ten-year journey.
    TenYearsMs(f64),
    /// ≤ this many MiB on the ten-year journey.
    TenYearsMiB(f64),
    /// Does not grow with the journey: larger ÷ ten years ≤ 1.5.
    Flat,
}

impl Target {
    fn text(self) -> String {
        match self {
            Target::None => String::new(),
            Target::Key => "≤ 1 ms; 1.5 ms, ÷ ≤ 1.5".into(),
            Target::Ms(ms) => format!("≤ {ms} ms"),
            Target::NoWait => "≤ 1 ms (no key waits)".into(),
            Target::TenYearsMs(ms) => format!("≤ {ms} ms (ten years)"),
            Target::TenYearsMiB(mib) => format!("≤ {mib} MiB (ten years)"),
            Target::Flat => "flat: ÷ ≤ 1.5".into(),
        }
    }

    /// Whether `v` at size `k` meets the target (`base`: the ten-year figure); `None` when
    /// the target says nothing about that size.
    fn met(self, k: usize, v: f64, base: Option<f64>) -> Option<bool> {
        let ratio_ok = || base.is_none_or(|b| b <= 0.0 || v / b <= 1.5);
        match self {
            Target::None => None,
            Target::Key if k == 1 => Some(v <= 1.0),
            Target::Key => Some(v <= 1.5 && ratio_ok()),
            Target::Ms(ms) => Some(v <= ms),
            Target::NoWait => Some(v <= 1.0),
            Target::TenYearsMs(ms) => (k == 1).then_some(v <= ms),
            Target::TenYearsMiB(mib) => (k == 1).then_some(v <= mib * 1024.0 * 1024.0),
            Target::Flat if k == 1 => None,
            Target::Flat => Some(base.is_some() && ratio_ok()),
        }
    }
}

/// One row of the table: label, metric key, how to show it, target.
struct Row {
    label: String,
    key: String,
    show: fn(f64) -> String,
    target: Target,
}

fn row(label: &str, key: &str, show: fn(f64) -> String, target: Target) -> Row {
    Row {
        label: label.to_string(),
        key: key.to_string(),
        show,
        target,
    }
}

/// A heading line in the table.
fn heading(label: &str) -> Row {
    row(label, "", |_| String::new(), Target::None)
}

fn rows() -> Vec<Row> {
    let count = |v: f64| format!("{v:.0}");
    let mut rows = vec![
        heading("Setup (not the app)"),
        row("records", "records", count, Target::None),
        row("generate", "generate", fmt_ms, Target::None),
        row("write, one transaction", "write", fmt_ms, Target::None),
        row("database file", "file size", fmt_bytes, Target::None),
        heading("Launch, in-process (no process start, no terminal)"),
        row(
            "open and load (checks, WAL, migrate, read)",
            "open and load",
            fmt_ms,
            Target::None,
        ),
        row("  CPU time", "open and load cpu", fmt_ms, Target::None),
        row(
            "  + PRAGMA quick_check after an unclean exit",
            "quick_check",
            fmt_ms,
            Target::None,
        ),
        row(
            "index the journey (after the first frame)",
            "index the journey",
            fmt_ms,
            Target::None,
        ),
    ];
    // Tabs come from the app, so new tabs appear here by themselves.
    for tab in Tab::iter() {
        let t = tab.title();
        rows.push(row(
            &format!("first frame: {t}"),
            &format!("first frame: {t}"),
            fmt_ms,
            Target::None,
        ));
    }
    for tab in Tab::iter() {
        let key = format!("launch to first frame: {}", tab.title());
        rows.push(row(
            &format!("open + load + first frame: {}", tab.title()),
            &key,
            fmt_ms,
            Target::TenYearsMs(15.0),
        ));
    }
    rows.push(row(
        "  the same in CPU time (worst tab)",
        "launch cpu",
        fmt_ms,
        Target::None,
    ));
    rows.push(heading(
        "Keys, in-process (the key through the keymap, a tick, a frame)",
    ));
    for tab in Tab::iter() {
        let t = tab.title();
        rows.push(row(
            &format!("switch to {t}"),
            &format!("switch to: {t}"),
            fmt_ms,
            Target::Key,
        ));
        rows.push(row(
            &format!("  a move in {t}"),
            &format!("move + redraw: {t}"),
            fmt_ms,
            Target::Key,
        ));
        rows.push(row(
            "  a redraw, nothing changed",
            &format!("redraw: {t}"),
            fmt_ms,
            Target::None,
        ));
    }
    rows.push(row(
        "search index, built once while idle",
        "search index",
        fmt_ms,
        Target::None,
    ));
    for view in VIEWS {
        let (what, act, open_target, act_target) = match view {
            "goal" => (
                "a goal (Enter in Goals)",
                "  a move",
                Target::Key,
                Target::Key,
            ),
            "meeting" => (
                "a meeting (Enter in Journal)",
                "  a move",
                Target::Key,
                Target::Key,
            ),
            "search" => (
                "the search (/ in Journal)",
                "  a letter typed or deleted",
                Target::Ms(5.0),
                Target::Ms(1.0),
            ),
            "prepare" => ("Prepare (P)", "  a move", Target::Key, Target::Key),
            _ => (
                "the shared review (S)",
                "  next / previous goal",
                Target::Key,
                Target::Key,
            ),
        };
        rows.push(row(
            &format!("open {what}"),
            &format!("open: {view}"),
            fmt_ms,
            open_target,
        ));
        rows.push(row(
            "  open again",
            &format!("reopen: {view}"),
            fmt_ms,
            open_target,
        ));
        rows.push(row(
            "  a redraw, nothing changed",
            &format!("redraw: {view}"),
            fmt_ms,
            Target::None,
        ));
        rows.push(row(act, &format!("act: {view}"), fmt_ms, act_target));
        rows.push(row(
            "  close",
            &format!("close: {view}"),
            fmt_ms,
            Target::Key,
        ));
    }
    for lines in LONG_TEXT_LINES {
        rows.push(row(
            &format!("a keystroke in a {lines}-line text"),
            &format!("keystroke median {lines}"),
            fmt_ms,
            Target::Key,
        ));
        rows.push(row(
            "  slowest of 200",
            &format!("keystroke max {lines}"),
            fmt_ms,
            Target::NoWait,
        ));
        rows.push(row(
            "  autosave of the text",
            &format!("autosave {lines}"),
            fmt_ms,
            Target::NoWait,
        ));
    }
    rows.push(heading("Writes and exports, in-process"));
    for (what, key) in [("mentor", "mentor"), ("goal", "goal"), ("answer", "answer")] {
        rows.push(row(
            &format!("one edit durable: {what}"),
            &format!("edit {key} median"),
            fmt_ms,
            Target::Key,
        ));
        rows.push(row(
            "  slowest of 200",
            &format!("edit {key} max"),
            fmt_ms,
            Target::NoWait,
        ));
    }
    rows.extend([
        row("JSON export (streamed)", "json", fmt_ms, Target::None),
        row("  JSON size", "json size", fmt_bytes, Target::None),
        row(
            "Markdown export (streamed)",
            "markdown",
            fmt_ms,
            Target::None,
        ),
        row("  Markdown size", "markdown size", fmt_bytes, Target::None),
        heading("Memory (VmHWM of the measuring process)"),
        row(
            "peak RSS: open, render, search, edit",
            "rss app",
            fmt_bytes,
            Target::TenYearsMiB(16.0),
        ),
        row(
            "  more for the JSON export",
            "rss json extra",
            fmt_bytes,
            Target::Flat,
        ),
        row(
            "  more for the Markdown export",
            "rss markdown extra",
            fmt_bytes,
            Target::Flat,
        ),
    ]);
    rows
}

fn print_table(columns: &[(usize, String, Metrics)]) {
    let width = 46;
    let col = 13;
    let base = columns.iter().find(|c| c.0 == 1).map(|c| &c.2);
    let larger: Vec<&(usize, String, Metrics)> = columns.iter().filter(|c| c.0 != 1).collect();
    print!("{:width$}", "mentee bench, in-process (release, 80x24)");
    for (_, label, _) in columns {
        print!("{label:>col$}");
    }
    if base.is_some() {
        for (k, _, _) in &larger {
            print!("{:>8}", format!("{k}x÷1x"));
        }
    }
    println!("  {:26} met?", "target (issue 16)");
    println!(
        "{}",
        "-".repeat(width + col * columns.len() + 8 * larger.len() + 34)
    );
    let mut met = 0;
    let mut missed = 0;
    for r in rows() {
        if r.key.is_empty() {
            println!("{}", r.label);
            continue;
        }
        print!("{:width$}", r.label);
        for (_, _, m) in columns {
            let cell = m
                .get(&r.key)
                .map_or_else(|| "-".to_string(), |v| (r.show)(*v));
            print!("{cell:>col$}");
        }
        let base_value = base.and_then(|b| b.get(&r.key)).copied();
        if base.is_some() {
            for (_, _, m) in &larger {
                let cell = match (base_value, m.get(&r.key)) {
                    (Some(b), Some(v)) if b > 0.0 => format!("{:.1}", v / b),
                    _ => String::new(),
                };
                print!("{cell:>8}");
            }
        }
        let mut failing = Vec::new();
        let mut any = false;
        for (k, label, m) in columns {
            if let Some(v) = m.get(&r.key)
                && let Some(ok) = r.target.met(*k, *v, base_value)
            {
                any = true;
                if !ok {
                    failing.push(label.as_str());
                }
            }
        }
        let verdict = if !any {
            String::new()
        } else if failing.is_empty() {
            met += 1;
            "met".into()
        } else {
            missed += 1;
            format!("MISSED ({})", failing.join(", "))
        };
        println!("  {:26} {verdict}", r.target.text());
    }
    println!();
    println!("Targets met on {met} rows, missed on {missed}.");
    println!(
        "In-process: the app's own work, drawn on a TestBackend (no terminal output, no process \
         start).\nThe real binary in a terminal: scripts/startup-time.sh (launch, memory) and \
         scripts/key-time.sh (keys, idle CPU);\nthose are the app's speed. Timings are medians \
         of the runs; \"slowest\" is the maximum; memory is the highest."
    );
}
