#!/usr/bin/env bash
# The kill -9 soak: opens mentee in a terminal (tmux), types a unique token into an answer,
# pauses past the autosave, types more, and kills it with SIGKILL at a random moment; then
# checks the database. 100 rounds by default (ROUNDS=N to change). Not part of `cargo test`.
#
#   scripts/soak.sh
#   ROUNDS=20 scripts/soak.sh
#
# A token typed before a pause must survive every later kill; what was typed after the
# pause may be lost (it is not saved yet). Each round also runs SQLite's integrity check.
# The last line gives the figures: tokens lost and integrity failures (both should be 0).
set -uo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin mentee
command -v tmux >/dev/null || { echo "soak.sh needs tmux" >&2; exit 2; }
bin=$PWD/target/release/mentee
dir=$(mktemp -d)
sock="mentee-soak-$$"
t() { tmux -L "$sock" "$@"; }
trap 't kill-server 2>/dev/null; rm -rf "$dir"' EXIT
# Keep mentee's log out of your own data folder.
export XDG_DATA_HOME="$dir"
db="$dir/soak.db"
rounds=${ROUNDS:-100}

# Waits until the screen matches REGEX (at most SECONDS); returns 1 if it never does.
wait_screen() {
  local re=$1 secs=$2 i
  for ((i = 0; i < secs * 20; i++)); do
    t capture-pane -p -t soak 2>/dev/null | grep -qE "$re" && return 0
    sleep 0.05
  done
  return 1
}

# SQLite's full integrity check, read-only (python3's sqlite3 when there is one, else
# mentee's own check, which runs when export opens the file).
integrity() {
  if command -v python3 >/dev/null; then
    python3 - "$db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(c.execute("PRAGMA integrity_check").fetchone()[0])
EOF
  else
    "$bin" export --db "$db" >/dev/null 2>&1 && echo ok || echo "export refused the file"
  fi
}

typed=() failures=0 lost_now=0 stuck=0
for ((round = 1; round <= rounds; round++)); do
  t kill-server 2>/dev/null
  t new-session -d -s soak -x 100 -y 30 "exec '$bin' --db '$db'"
  if ! wait_screen "1 Overview" 10; then
    echo "round $round: mentee did not start:" >&2
    t capture-pane -p -t soak >&2
    stuck=$((stuck + 1))
    continue
  fi
  pid=$(t list-panes -t soak -F '#{pane_pid}')
  t send-keys -t soak 2 Enter
  wait_screen "Esc done" 5 || { stuck=$((stuck + 1)); continue; }
  token="tok-$round-$RANDOM$RANDOM"
  t send-keys -t soak -l " $token"
  typed+=("$token")
  # Past the autosave pause (0.7 s): this token must be on disk from now on.
  sleep 1.2
  t send-keys -t soak -l " after-the-pause-$round"
  # Kill at a random moment: while typing, during an autosave, or while idle.
  sleep "0.$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null
  i=0
  while kill -0 "$pid" 2>/dev/null && ((i++ < 100)); do sleep 0.02; done
  check=$(integrity)
  if [ "$check" != "ok" ]; then
    failures=$((failures + 1))
    echo "round $round: integrity check: $check" >&2
  fi
  if ! "$bin" export --db "$db" 2>/dev/null | grep -q "$token"; then
    lost_now=$((lost_now + 1))
    echo "round $round: $token was lost" >&2
  fi
  ((round % 10 == 0)) && echo "round $round of $rounds"
done
t kill-server 2>/dev/null

# Every token typed before a pause, checked once more at the end.
export_text=$("$bin" export --db "$db" 2>/dev/null)
lost=0
for token in "${typed[@]}"; do
  grep -q "$token" <<<"$export_text" || lost=$((lost + 1))
done
echo "rounds: $rounds ($stuck did not reach the editor); lost right after their round: $lost_now"
echo "tokens typed before a pause: ${#typed[@]}; tokens lost: $lost; integrity failures: $failures"
