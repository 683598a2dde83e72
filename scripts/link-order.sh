#!/usr/bin/env bash
# Writes scripts/link-order.txt: the functions the mentee binary runs in a usual session
# (launch on a ten-year journey, every tab, a move in each list, a goal and a meeting
# opened, Prepare, the shared screen, the search and a letter, quit), as the linker names
# them, recorded with valgrind's callgrind. build.rs hands the file to the linker (lld's
# --symbol-ordering-file), which places those functions side by side at the start of the
# code: the pages a launch touches are then a few hundred contiguous ones, instead of
# pages spread over the 8.5 MB of code, each dragging in its neighbours (the kernel maps
# 64 KiB around every page fault of a file). See docs/performance.md, "Code layout".
#
#   scripts/link-order.sh        # needs valgrind; about a minute
#
# Run it again before measuring or releasing, and when scripts/startup-time.sh says the
# list is stale: a function added since is placed after the listed ones; most names keep
# their hash through edits (it comes from the crate and its version), but about a
# twentieth do not (LLVM's `.llvm.N` suffixes, closures), and a twentieth missing cost
# 1 MiB at launch.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "link-order.sh needs valgrind" >&2; exit 1; }
# The binary on its own, as `cargo build --release` builds it: built with the examples,
# the dev-dependencies' features would be unified into its dependencies, a different
# build (scripts/link-order.txt names the functions of this one).
cargo build --release --quiet --bin mentee
cargo build --release --quiet --example startup_time --example generate_journey
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export XDG_DATA_HOME="$dir/data"
target/release/examples/generate_journey "$dir/journey.db" >/dev/null

keys=()
for k in 2 j 3 j 4 j '\r' '\e' 5 j '\r' '\e' 6 j 1 P '\e' S '\e' / e '\e'; do
    keys+=(--probe "$k")
done
target/release/examples/startup_time --runs 1 --warmup 0 --window 1500 \
    --case callgrind --until "1 Overview" "${keys[@]}" -- \
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$dir/callgrind.out" \
    target/release/mentee --db "$dir/journey.db" >/dev/null

# Every function callgrind saw (`fn=(N) NAME` where a name is first given, `cfn=` for a
# callee), without its recursion mark (`'2`), kept where the binary defines it, sorted
# (their order within the block matters little; sorted, the file changes only where the
# set does).
nm --defined-only target/release/mentee | awk '{print $3}' | sort -u >"$dir/defined"
sed -nE "s/^c?fn=\([0-9]+\) (.*)$/\1/p" "$dir/callgrind.out" \
    | sed -E "s/'[0-9]+$//" \
    | sort -u \
    | grep -Fxf "$dir/defined" >"$dir/link-order.txt"
# Replaced only once written whole: a run that fails leaves the list as it was.
mv "$dir/link-order.txt" scripts/link-order.txt
echo "scripts/link-order.txt: $(wc -l <scripts/link-order.txt) functions"
