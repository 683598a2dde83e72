//! mentee: parse the command line and run.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    if let Err(e) = color_eyre::install() {
        eprintln!("mentee: {e}");
    }
    let cli = mentee::cli::Cli::parse();
    mentee::paths::init_logging();
    mentee::cli::run(&cli)
}
