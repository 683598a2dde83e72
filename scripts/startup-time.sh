#!/usr/bin/env bash
# Times the real mentee binary in a pseudo-terminal: from launch to its first drawn frame,
# and from `q` to exit, on an empty database and on a generated ten-year journey.
#
#   scripts/startup-time.sh                                  # mentee only
#   scripts/startup-time.sh --quit ':q\r' -- vim -u NONE     # and another program
#   RUNS=20 scripts/startup-time.sh -- top                   # more runs (default 10)
#
# Arguments, if any, are passed to the timer (examples/startup_time.rs) to time another
# program the same way: its options first, then `--` and the program.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin mentee --example startup_time --example generate_journey
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# Keep mentee's log out of your own data folder.
export XDG_DATA_HOME="$dir"
timer=target/release/examples/startup_time
runs=${RUNS:-10}

target/release/examples/generate_journey "$dir/ten-years.db" >/dev/null
# Create the empty database first, so its runs time opening, not creating.
"$timer" --runs 1 --until "Welcome to mentee" -- target/release/mentee --db "$dir/empty.db" >/dev/null

echo "== mentee, empty database"
"$timer" --runs "$runs" --until "Welcome to mentee" -- target/release/mentee --db "$dir/empty.db"
echo
echo "== mentee, a ten-year journey (23,810 records)"
"$timer" --runs "$runs" --until "1 Overview" -- target/release/mentee --db "$dir/ten-years.db"
if [ $# -gt 0 ]; then
    echo
    echo "== for comparison"
    "$timer" --runs "$runs" "$@"
fi
