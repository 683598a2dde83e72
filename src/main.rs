//! mentee: parse the command line and run.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // First of all: the notes this process will hold stay out of core dumps and ptrace.
    mentee::cli::protect_process();
    mentee::terminal::install_panic_hook();
    let cli = match mentee::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return mentee::cli::usage_error(&e),
    };
    mentee::paths::init_logging();
    mentee::cli::run(&cli)
}
