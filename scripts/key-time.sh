#!/usr/bin/env bash
# Keys in the real mentee binary, timed in a pseudo-terminal (80x24) from writing a key to
# the screen going quiet (no output for 5 ms after the last byte; the 5 ms are not
# counted), in every tab and mode: a move in each tab's list, opening and closing a goal
# and a meeting, switching tabs, Prepare (P), the shared-screen review (S), opening the
# search (/) and typing into it. A ten-year journey (23,810 records) and one ten times
# larger run side by side, their presses interleaved, beside `less` (j/k, a line down and
# up) and `vim -u NONE` (j/k, if installed) on the journey's Markdown export. Medians and
# 90th percentiles, the 10x ÷ 1x ratio, and issue 16's targets: every key ≤ 1 ms, ≤ 1.5 ms
# at 10x, 10x ÷ 1x ≤ 1.5; opening the search ≤ 5 ms, a letter ≤ 1 ms. Then every program
# is left alone for IDLE seconds and the CPU it used is read from /proc (target: none).
#
#   scripts/key-time.sh                                   # PRESSES=21, IDLE=10
#   PRESSES=41 IDLE=30 scripts/key-time.sh
#   MENTEE_PERF_DIR=/tmp/perf scripts/key-time.sh         # keep (and reuse) the files
#   scripts/key-time.sh --raw                             # every sample too
#
# Arguments, if any, go to the timer (examples/key_time.rs explains them).
set -euo pipefail
cd "$(dirname "$0")/.."
# The binary on its own, as `cargo build --release` builds it: built with the examples,
# the dev-dependencies' features would be unified into its dependencies, a different
# build (scripts/link-order.txt names the functions of this one).
cargo build --release --quiet --bin mentee
cargo build --release --quiet --example key_time --example generate_journey
if [ -n "${MENTEE_PERF_DIR:-}" ]; then
    dir=$MENTEE_PERF_DIR
    mkdir -p "$dir"
else
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
fi
# Keep mentee's log out of your own data folder.
export XDG_DATA_HOME="$dir/data"
mentee=target/release/mentee

for k in 1 10; do
    [ -f "$dir/journey-$k.db" ] || target/release/examples/generate_journey "$dir/journey-$k.db" "$k" >/dev/null
    [ -f "$dir/journey-$k.md" ] || "$mentee" --db "$dir/journey-$k.db" export --format md -o "$dir/journey-$k.md" >/dev/null
    # The app may write (Prepare keeps an agenda): it works on a copy.
    cp "$dir/journey-$k.db" "$dir/keys-$k.db"
    rm -f "$dir/keys-$k.db-wal" "$dir/keys-$k.db-shm"
done
text=()
text+=(--less "$dir/journey-1.md")
if command -v vim >/dev/null; then
    text+=(--vim "$dir/journey-1.md")
fi
target/release/examples/key_time --bin "$mentee" \
    --mentee "1x=$dir/keys-1.db" --mentee "10x=$dir/keys-10.db" "${text[@]}" \
    --presses "${PRESSES:-21}" --idle "${IDLE:-10}" "$@"
