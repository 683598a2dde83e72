//! The encrypted rows of the bench (issue 18): the ten-year journey's database, encrypted
//! (`mentee::rekey`, as `mentee encrypt` does), measured by the same child as the plain one,
//! and printed beside it: opening (which derives the key from the passphrase), the first
//! frame, and durable edits.

use std::path::Path;
use std::process::Command;

use mentee::store::{Passphrase, Store};
use mentee::tab::Tab;
use strum::IntoEnumIterator;

use crate::measure::{Metrics, fmt_ms};

/// The passphrase of the bench's encrypted database; the child reads it from this
/// variable (a bench, not mentee: mentee itself never takes one from the environment).
pub const PASSPHRASE_VAR: &str = "MENTEE_BENCH_PASSPHRASE";
const PASSPHRASE: &str = "bench passphrase";

/// The passphrase for the child, when the parent gave one.
pub fn child_key() -> Option<Passphrase> {
    std::env::var(PASSPHRASE_VAR)
        .ok()
        .map(|p| Passphrase::from(p.as_str()))
}

/// Encrypts a copy of the plain database `plain` and measures it `runs` times; the
/// medians, as for the plain one.
pub fn measure(plain: &Path, runs: usize, dir: &Path) -> Metrics {
    eprintln!("mentee bench: ten years, encrypted: measuring ({runs} runs)…");
    let encrypted = dir.join("journey-1-encrypted.db");
    let _ = std::fs::remove_file(&encrypted);
    std::fs::copy(plain, &encrypted).expect("copy the bench database");
    let store = Store::open(&encrypted).expect("open the copy");
    mentee::rekey::rekey(store, Some(&Passphrase::from(PASSPHRASE))).expect("encrypt the copy");
    let run_path = dir.join("journey-1-encrypted-run.db");
    let mut all: Vec<Metrics> = Vec::new();
    for _ in 0..runs {
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", run_path.display()));
        }
        std::fs::copy(&encrypted, &run_path).expect("copy the encrypted database");
        let out = Command::new(std::env::current_exe().expect("bench binary"))
            .env("MENTEE_BENCH_CHILD", &run_path)
            .env(PASSPHRASE_VAR, PASSPHRASE)
            .output()
            .expect("run the bench child");
        assert!(
            out.status.success(),
            "bench child failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        all.push(crate::measure::parse(&String::from_utf8_lossy(&out.stdout)));
    }
    let mut m = Metrics::new();
    for key in all[0].keys() {
        let mut values: Vec<f64> = all.iter().filter_map(|r| r.get(key).copied()).collect();
        values.sort_by(f64::total_cmp);
        m.insert(key.clone(), values[values.len() / 2]);
    }
    m
}

/// Plain and encrypted side by side.
pub fn print(plain: &Metrics, encrypted: &Metrics) {
    let worst = |m: &Metrics, prefix: &str| {
        Tab::iter()
            .filter_map(|t| m.get(&format!("{prefix}: {}", t.title())).copied())
            .fold(f64::NAN, f64::max)
    };
    let key = |k: &str| (plain[k], encrypted[k]);
    let rows = [
        (
            "open and load (key derivation, checks, WAL, read)",
            key("open and load"),
        ),
        ("  CPU time", key("open and load cpu")),
        (
            "first frame, worst tab (once loaded)",
            (worst(plain, "first frame"), worst(encrypted, "first frame")),
        ),
        (
            "open + load + first frame, worst tab",
            (
                worst(plain, "launch to first frame"),
                worst(encrypted, "launch to first frame"),
            ),
        ),
        ("  CPU time", key("launch cpu")),
        ("one edit durable: mentor", key("edit mentor median")),
        ("  slowest of 200", key("edit mentor max")),
        ("one edit durable: answer", key("edit answer median")),
        ("  slowest of 200", key("edit answer max")),
    ];
    let (width, col) = (52, 17);
    println!();
    println!(
        "{:width$}{:>col$}{:>col$}",
        "ten years, plain and encrypted", "plain", "encrypted"
    );
    println!("{}", "-".repeat(width + 2 * col));
    for (label, (p, e)) in rows {
        println!("{label:width$}{:>col$}{:>col$}", fmt_ms(p), fmt_ms(e));
    }
    println!(
        "Encrypted: SQLCipher 4 defaults (AES-256; the key derived from the passphrase with \
         PBKDF2-HMAC-SHA512, 256,000 iterations, once per open)."
    );
}
