#!/usr/bin/env bash
# The real mentee binary beside `less`, in one run, in a pseudo-terminal (80x24): launch to
# first frame, quit to exit, and peak memory read from outside (at the first frame, after
# opening the search and typing a letter, and over the whole run), on an empty database,
# on a generated ten-year journey (23,810 records) and on one ten times larger. `less` (and
# `vim -u NONE`, if installed) open the Markdown export of the same journeys, a text file
# of similar size. Runs are interleaved (one of each program, then the next round) and
# medians are shown, with the ratio mentee ÷ less and issue 16's targets: first frame
# ≤ 15 ms and ≤ 3x less on the ten-year journey; peak memory ≤ 16 MiB, search included.
# Also the first `S` of a session (the shared screen, nothing made ready for it) and the
# memory with it open; scripts/key-time.sh times `S` after Prepare.
#
#   scripts/startup-time.sh                                  # RUNS=11 by default
#   RUNS=21 scripts/startup-time.sh                          # more runs
#   scripts/startup-time.sh --case top -- top                # and another program
#   MENTEE_PERF_DIR=/tmp/perf scripts/startup-time.sh        # keep (and reuse) the files
#
# Arguments, if any, add programs to the same run (examples/startup_time.rs explains the
# options: `--case LABEL [--until TEXT] [--quit KEYS] -- PROGRAM ARGS...`).
set -euo pipefail
cd "$(dirname "$0")/.."
# The binary on its own, as `cargo build --release` builds it: built with the examples,
# the dev-dependencies' features would be unified into its dependencies, a different
# build (scripts/link-order.txt names the functions of this one).
cargo build --release --quiet --bin mentee
cargo build --release --quiet --example startup_time --example generate_journey
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
timer=target/release/examples/startup_time
runs=${RUNS:-11}

for k in 1 10; do
    [ -f "$dir/journey-$k.db" ] || target/release/examples/generate_journey "$dir/journey-$k.db" "$k" >/dev/null
    [ -f "$dir/journey-$k.md" ] || "$mentee" --db "$dir/journey-$k.db" export --format md -o "$dir/journey-$k.md" >/dev/null
    # The runs open a copy: a run may write (the WAL, a checkpoint).
    cp "$dir/journey-$k.db" "$dir/run-$k.db"
    rm -f "$dir/run-$k.db-wal" "$dir/run-$k.db-shm"
done
rm -f "$dir/empty.db" "$dir/empty.db-wal" "$dir/empty.db-shm"
# Create the empty database first, so its runs time opening, not creating.
"$timer" --runs 1 --warmup 0 --until "Welcome to mentee" -- "$mentee" --db "$dir/empty.db" >/dev/null

search=(--probe / --probe e --leave '\e')
cases=(
    --case "mentee, empty database" --until "Welcome to mentee" "${search[@]}" --vs "less, ten years"
    -- "$mentee" --db "$dir/empty.db"
    --case "mentee, ten years" --until "1 Overview" "${search[@]}" --vs "less, ten years"
    --target-ms 15 --target-ratio 3 --target-rss-mib 16
    -- "$mentee" --db "$dir/run-1.db"
    --case "mentee, 10x" --until "1 Overview" "${search[@]}" --vs "less, 10x"
    -- "$mentee" --db "$dir/run-10.db"
    # The first `S` of a session, without Prepare before it (nothing made ready: the key
    # projects the whole journey), once what the app does after its first frame is done;
    # and the memory with the shared screen open.
    --case "mentee, ten years, first S" --until "1 Overview" --pause 1500 --probe S
    -- "$mentee" --db "$dir/run-1.db"
    --case "mentee, 10x, first S" --until "1 Overview" --pause 3000 --probe S
    -- "$mentee" --db "$dir/run-10.db"
    --case "less, ten years" --probe '/e\r' -- less "$dir/journey-1.md"
    --case "less, 10x" --probe '/e\r' -- less "$dir/journey-10.md"
)
if command -v vim >/dev/null; then
    cases+=(--case "vim -u NONE, ten years" --probe '/e\r' --quit ':q!\r' -- vim -u NONE "$dir/journey-1.md")
fi
# How much of the code layout (build.rs, scripts/link-order.sh) this binary has: the
# functions of a session placed together. Few found: run scripts/link-order.sh again.
if command -v nm >/dev/null; then
    listed=$(wc -l <scripts/link-order.txt)
    found=$(nm --defined-only "$mentee" | awk '{print $3}' | sort -u | grep -Fxc -f scripts/link-order.txt || true)
    echo "Code layout: $found of the $listed functions in scripts/link-order.txt are in the binary"
    if [ "$found" -lt $((listed * 98 / 100)) ]; then
        echo "  (stale: run scripts/link-order.sh first; a twentieth missing cost 1 MiB at launch)"
    fi
fi
echo "Files: ten years $(du -h "$dir/journey-1.db" | cut -f1) database, $(du -h "$dir/journey-1.md" | cut -f1) Markdown;" \
    "10x $(du -h "$dir/journey-10.db" | cut -f1) database, $(du -h "$dir/journey-10.md" | cut -f1) Markdown"
"$timer" --runs "$runs" "${cases[@]}" "$@"
