//! Writes a generated journey into a new database file, to try mentee (or time it) on a
//! long history:
//!
//! ```sh
//! cargo run --release --example generate_journey -- ten-years.db        # ten years
//! cargo run --release --example generate_journey -- big.db 100          # 100 times that
//! target/release/mentee --db ten-years.db
//! ```

use std::path::PathBuf;
use std::time::Instant;

use mentee::generate::{self, Size};
use mentee::store::Store;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        eprintln!("usage: generate_journey FILE [TIMES] [SEED]");
        std::process::exit(2);
    };
    let times: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    if path.exists() {
        eprintln!(
            "generate_journey: {} exists; choose a new file",
            path.display()
        );
        std::process::exit(1);
    }
    let size = Size::ten_years().times(times);
    let t = Instant::now();
    let journey = generate::journey(&size, seed);
    let store = match Store::open(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("generate_journey: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = generate::write(&store, &journey) {
        eprintln!("generate_journey: cannot write: {e}");
        std::process::exit(1);
    }
    drop(store);
    println!(
        "{}: {} records ({}x ten years, seed {seed}) in {:.1} s",
        path.display(),
        size.total(),
        times,
        t.elapsed().as_secs_f64()
    );
}
