//! `cargo bench`: how mentee performs on a ten-year journey, and on one 100 times larger.
//!
//! For each size the journey is generated (`mentee::generate`), written to a database file,
//! and then measured in a fresh child process (this same binary, re-run with
//! `MENTEE_BENCH_CHILD` set), so the peak memory is that of opening and using the file
//! only: open, load, the first frame of every tab at 80x24, opening one goal, one meeting,
//! the search, Prepare and the shared-screen review, one keystroke in a 10,000-line text,
//! one durable edit, the JSON and Markdown exports. The ten-year database is measured
//! encrypted too (`encrypted.rs`). Numbers are printed, never asserted.
//!
//! Environment:
//! - `MENTEE_BENCH_SIZES=1,100` — which sizes to run (multiples of ten years; default both).
//!   The 100x size takes a minute or two (a third of it generating and writing 2.4 million
//!   rows and a 500 MB file); `MENTEE_BENCH_SIZES=1` runs the ten-year size only, in seconds;
//! - `MENTEE_BENCH_RUNS=n` — child runs per size; each timing is the median of the runs
//!   (default 5 for ten years, 1 for larger sizes);
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
        .unwrap_or_else(|| vec![1, 100]);
    let runs: Option<usize> = std::env::var("MENTEE_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok());
    // On the target's disk, not a RAM-backed /tmp, so "durable" means what it says.
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temporary folder");
    let dir =
        std::env::var_os("MENTEE_BENCH_DIR").map_or_else(|| tmp.path().to_path_buf(), Into::into);
    let mut columns: Vec<(String, Metrics)> = Vec::new();
    let mut ten_years_encrypted = None;
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    for k in sizes {
        let label = if k == 1 {
            "ten years".to_string()
        } else {
            format!("{k}x")
        };
        eprintln!("mentee bench: {label}: generating…");
        let runs = runs.unwrap_or(if k == 1 { 5 } else { 1 }).max(1);
        columns.push((label, run_size(k, runs, &dir)));
        if k == 1 {
            let plain = dir.join("journey-1.db");
            ten_years_encrypted = Some(encrypted::measure(&plain, runs, &dir));
        }
    }
    print_table(&columns);
    if let (Some((_, plain)), Some(enc)) = (
        columns.iter().find(|(label, _)| label == "ten years"),
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
    m
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// One row of the table: label, metric key, how to show it, target.
struct Row {
    label: String,
    key: String,
    show: fn(f64) -> String,
    target: &'static str,
}

fn row(label: &str, key: &str, show: fn(f64) -> String, target: &'static str) -> Row {
    Row {
        label: label.to_string(),
        key: key.to_string(),
        show,
        target,
    }
}

fn print_table(columns: &[(String, Metrics)]) {
    let count = |v: f64| format!("{v:.0}");
    let mut rows = vec![
        row("records", "records", count, ""),
        row("generate (bench setup)", "generate", fmt_ms, ""),
        row("write, one transaction (setup)", "write", fmt_ms, ""),
        row("database file", "file size", fmt_bytes, ""),
        row("open (checks, WAL, migrate)", "open", fmt_ms, ""),
        row("  CPU time", "open cpu", fmt_ms, ""),
        row("  PRAGMA quick_check alone", "quick_check", fmt_ms, ""),
        row("load the journey", "load", fmt_ms, ""),
        row("  CPU time", "load cpu", fmt_ms, ""),
    ];
    // Tabs come from the app, so new tabs appear here by themselves.
    for tab in Tab::iter() {
        let t = tab.title();
        rows.push(row(
            &format!("first frame: {t}"),
            &format!("first frame: {t}"),
            fmt_ms,
            "",
        ));
    }
    for tab in Tab::iter() {
        let key = format!("launch to first frame: {}", tab.title());
        rows.push(row(&key, &key, fmt_ms, "≤ 30 ms"));
    }
    rows.push(row(
        "  the same in CPU time (worst tab)",
        "launch cpu",
        fmt_ms,
        "",
    ));
    for tab in Tab::iter() {
        let key = format!("redraw: {}", tab.title());
        rows.push(row(&key, &key, fmt_ms, "flat"));
    }
    for tab in Tab::iter() {
        let key = format!("move + redraw: {}", tab.title());
        rows.push(row(&key, &key, fmt_ms, "flat"));
    }
    for view in VIEWS {
        let (what, act) = match view {
            "goal" => ("a goal (Enter in 4)", "  move + redraw"),
            "meeting" => ("a meeting (Enter in 5)", "  move + redraw"),
            "search" => ("search (/ in 5)", "  type a letter + redraw"),
            "prepare" => ("Prepare (P)", "  move + redraw"),
            _ => ("shared review (S)", "  next goal + redraw"),
        };
        rows.push(row(
            &format!("open + first frame: {what}"),
            &format!("open: {view}"),
            fmt_ms,
            "≤ 30 ms",
        ));
        rows.push(row("  redraw", &format!("redraw: {view}"), fmt_ms, "flat"));
        rows.push(row(act, &format!("act: {view}"), fmt_ms, "flat"));
    }
    for lines in LONG_TEXT_LINES {
        let target = if lines == 10_000 { "≤ 2 ms" } else { "" };
        rows.push(row(
            &format!("keystroke + redraw, {lines} lines"),
            &format!("keystroke median {lines}"),
            fmt_ms,
            target,
        ));
        rows.push(row(
            "  slowest of 200",
            &format!("keystroke max {lines}"),
            fmt_ms,
            "",
        ));
        rows.push(row(
            &format!("  autosave of those {lines} lines"),
            &format!("autosave {lines}"),
            fmt_ms,
            "",
        ));
    }
    rows.extend([
        row(
            "one edit durable: mentor",
            "edit mentor median",
            fmt_ms,
            "≤ 5 ms",
        ),
        row("  slowest of 200", "edit mentor max", fmt_ms, ""),
        row(
            "one edit durable: goal",
            "edit goal median",
            fmt_ms,
            "≤ 5 ms",
        ),
        row("  slowest of 200", "edit goal max", fmt_ms, ""),
        row(
            "one edit durable: answer",
            "edit answer median",
            fmt_ms,
            "≤ 5 ms",
        ),
        row("  slowest of 200", "edit answer max", fmt_ms, ""),
        row("JSON export", "json", fmt_ms, ""),
        row("  JSON size", "json size", fmt_bytes, ""),
        row("Markdown export", "markdown", fmt_ms, ""),
        row("  Markdown size", "markdown size", fmt_bytes, ""),
        row(
            "peak RSS: open, render, edit",
            "rss app",
            fmt_bytes,
            "≤ 30 MB",
        ),
        row("peak RSS with JSON export", "rss json", fmt_bytes, ""),
        row(
            "peak RSS with Markdown export",
            "rss markdown",
            fmt_bytes,
            "",
        ),
    ]);

    let width = 40;
    let col = 17;
    print!("{:width$}", "mentee bench (release, 80x24)");
    for (label, _) in columns {
        print!("{label:>col$}");
    }
    println!("{:>12}", "target");
    println!("{}", "-".repeat(width + col * columns.len() + 12));
    for r in rows {
        print!("{:width$}", r.label);
        for (_, m) in columns {
            let cell = m
                .get(&r.key)
                .map_or_else(|| "-".to_string(), |v| (r.show)(*v));
            print!("{cell:>col$}");
        }
        println!("{:>12}", r.target);
    }
    println!();
    println!("Exports are built in memory, as `mentee export` does before writing.");
    println!("Timings are medians; \"slowest\" is the maximum.");
}
