//! Times keys in the real mentee binary, in a pseudo-terminal, as a person feels them: from
//! writing a key to the screen going quiet. Every tab and mode is visited (a move in each
//! tab's list, opening and closing a goal and a meeting, switching tabs, Prepare `P`, the
//! shared-screen review `S`, the search `/` and letters typed into it), in several mentee
//! processes at once — one per journey size — whose presses are interleaved, beside
//! `less` (a line down, up) and `vim -u NONE` (`j`, `k`) on a text file. Then nothing is
//! pressed for a while, and the CPU each program used meanwhile is read from `/proc`.
//!
//! ```sh
//! cargo run --release --example key_time -- --mentee "1x=ten-years.db" --mentee "10x=big.db" \
//!     --less journey.md --vim journey.md
//! ```
//!
//! "Quiet": a key's answer is over once nothing more has come for `--window` ms (default
//! 5) after its last byte; the time is from the write to that last byte (the window is not
//! counted). Before each key the program must have been quiet for `--gap` ms (default 20),
//! so what it drew before is not taken for the answer. A key that draws nothing counts as
//! missed (after `--timeout`, default 5 s). Anything else a program draws meanwhile (a
//! message going away, a minute passing on a screen that shows the time) lands in a sample
//! as it would for a person — the median keeps the typical key, the 90th percentile shows
//! the others.
//!
//! Options: `--mentee LABEL=DB` (repeatable; the first is the reference for the ratio
//! column), `--bin PATH` (default target/release/mentee), `--less FILE`, `--vim FILE`,
//! `--presses N` (per key, default 21), `--window MS`, `--gap MS`, `--timeout MS`,
//! `--idle SECONDS` (default 10), `--size COLSxROWS` (default 80x24), `--only TEXT` (only
//! the scenarios whose name holds TEXT, repeatable: `--only Search`), `--raw` (print every
//! sample), `--trace` (print every read).

#[path = "common/pty.rs"]
mod pty;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use pty::{Pty, median_p90, ms};

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const RIGHT: &str = "\x1b[C";
const LEFT: &str = "\x1b[D";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";
const BACKSPACE: &str = "\x7f";

/// One key of a scenario: its label in the table, the bytes typed, and text the screen
/// must show afterwards (checked on the first round, so a changed keymap stops the run
/// rather than timing the wrong thing).
struct Press {
    label: &'static str,
    keys: &'static str,
    expect: Option<&'static str>,
    /// Its own target, where it differs from the scenario's.
    target: Option<Target>,
}

const fn p(label: &'static str, keys: &'static str, expect: Option<&'static str>) -> Press {
    Press {
        label,
        keys,
        expect,
        target: None,
    }
}

/// Keys typed once before the presses, each with the text to wait for; then the presses,
/// in a cycle that returns to where it started; then keys that leave (as the setup).
struct Scenario {
    name: &'static str,
    setup: &'static [(&'static str, &'static str)],
    cycle: &'static [Press],
    teardown: &'static [(&'static str, &'static str)],
    /// How long nothing is typed after the setup, for what the app does once idle (the
    /// shared screen made ready after Prepare).
    idle: Duration,
    /// Issue 16's target for this scenario's keys: (at the first size, at the others).
    target: Target,
}

#[derive(Clone, Copy)]
enum Target {
    /// ≤ 1 ms, ≤ 1.5 ms on the larger journeys, and larger ÷ first ≤ 1.5.
    Key,
    /// Opening the search: ≤ 5 ms at every size.
    SearchOpen,
    /// A letter in the search: ≤ 1 ms at every size.
    SearchLetter,
    /// No target (less, vim).
    None,
}

impl Target {
    fn limit_ms(self, first_size: bool) -> Option<f64> {
        match self {
            Target::Key if first_size => Some(1.0),
            Target::Key => Some(1.5),
            Target::SearchOpen => Some(5.0),
            Target::SearchLetter => Some(1.0),
            Target::None => None,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Target::Key => "≤ 1 ms; ≤ 1.5 ms, ÷ ≤ 1.5",
            Target::SearchOpen => "≤ 5 ms",
            Target::SearchLetter => "≤ 1 ms",
            Target::None => "",
        }
    }
}

const MENTEE: &[Scenario] = &[
    Scenario {
        name: "Overview",
        setup: &[("1", "Next meetings")],
        cycle: &[p("Overview: ↓", DOWN, None), p("Overview: ↑", UP, None)],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Conversation",
        setup: &[("2", "Questions")],
        cycle: &[
            p("Conversation: ↓", DOWN, None),
            p("Conversation: ↑", UP, None),
        ],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Ideal occupation",
        setup: &[("3", "Worksheet")],
        cycle: &[
            p("Ideal occupation: ↓", DOWN, None),
            p("Ideal occupation: ↑", UP, None),
        ],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Goals",
        setup: &[("4", "Sort ")],
        cycle: &[
            p("Goals: ↓", DOWN, None),
            p("Goals: ↑", UP, None),
            p("Goals: open a goal ⏎", ENTER, Some("Goal: ")),
            p("Goals: back Esc", ESC, Some("Sort ")),
        ],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Journal",
        setup: &[("5", "Past (")],
        cycle: &[
            p("Journal: ↓", DOWN, None),
            p("Journal: ↑", UP, None),
            p("Journal: open a meeting ⏎", ENTER, Some("Meeting with")),
            p("Journal: back Esc", ESC, Some("Past (")),
        ],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Agreement",
        setup: &[("6", "Mentors")],
        cycle: &[p("Agreement: ↓", DOWN, None), p("Agreement: ↑", UP, None)],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Tabs",
        setup: &[("1", "Next meetings")],
        cycle: &[
            p("tab → Conversation 2", "2", Some("Questions")),
            p("tab → Ideal occupation 3", "3", Some("Worksheet")),
            p("tab → Goals 4", "4", Some("Sort ")),
            p("tab → Journal 5", "5", Some("Past (")),
            p("tab → Agreement 6", "6", Some("Mentors")),
            p("tab → Overview 1", "1", Some("Next meetings")),
        ],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Prepare",
        setup: &[("1", "Next meetings")],
        cycle: &[
            p("Prepare: open P", "P", Some("Prepare")),
            p("Prepare: ↓", DOWN, None),
            p("Prepare: ↑", UP, None),
            p("Prepare: close Esc", ESC, Some("Next meetings")),
        ],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Shared review",
        // After Prepare, and a moment idle: the shared screen is made ready meanwhile (the
        // first `S` of a session without them is timed by scripts/startup-time.sh).
        setup: &[
            ("1", "Next meetings"),
            ("P", "Prepare"),
            (ESC, "Next meetings"),
        ],
        cycle: &[
            // The shared screen opens on the agenda; → steps to the goals; it ends from the
            // wrap-up on a screen that asks before showing private items again.
            p(
                "Shared review: open S, after Prepare",
                "S",
                Some("Agenda ·"),
            ),
            p("Shared review: to the goals →", RIGHT, Some("Goal 1 of")),
            p("Shared review: next goal →", RIGHT, Some("Goal 2 of")),
            p("Shared review: previous ←", LEFT, Some("Goal 1 of")),
            p("Shared review: wrap-up S", "S", Some("Wrap-up")),
            p("Shared review: end ⏎", ENTER, Some("Shared screen ended")),
            p("Shared review: own view ⏎", ENTER, Some("Next meetings")),
        ],
        teardown: &[],
        idle: Duration::from_secs(1),
        target: Target::Key,
    },
    Scenario {
        name: "Search: open and close",
        setup: &[("5", "Past (")],
        cycle: &[
            Press {
                target: Some(Target::SearchOpen),
                ..p("Search: open /", "/", Some("Type to search"))
            },
            p("Search: close Esc", ESC, Some("Past (")),
        ],
        teardown: &[],
        idle: Duration::ZERO,
        target: Target::Key,
    },
    Scenario {
        name: "Search: letters",
        setup: &[("5", "Past ("), ("/", "Type to search")],
        cycle: &[
            p("Search: a letter e", "e", Some("matches")),
            p("Search: a second letter a", "a", None),
            p("Search: Backspace", BACKSPACE, None),
            p("Search: Backspace to empty", BACKSPACE, None),
        ],
        teardown: &[(ESC, "Past (")],
        idle: Duration::ZERO,
        target: Target::SearchLetter,
    },
];

/// `less` and `vim -u NONE` on a text file: a line down and back up, as in a list.
const TEXT: &[Scenario] = &[Scenario {
    name: "text",
    setup: &[],
    cycle: &[
        p("a line down j (less, vim)", "j", None),
        p("a line up k (less, vim)", "k", None),
    ],
    teardown: &[],
    idle: Duration::ZERO,
    target: Target::None,
}];

struct Options {
    bin: String,
    mentees: Vec<(String, String)>,
    less: Option<String>,
    vim: Option<String>,
    presses: usize,
    window: Duration,
    gap: Duration,
    timeout: Duration,
    idle: Duration,
    cols: u16,
    rows: u16,
    raw: bool,
    trace: bool,
    /// Only the scenarios whose name holds one of these (all when empty).
    only: Vec<String>,
}

/// A running program and what it is called in the table.
struct Session {
    label: String,
    pty: Pty,
    scenarios: &'static [Scenario],
    mentee: bool,
}

fn main() {
    let o = match parse(std::env::args().skip(1).collect()) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("key_time: {msg}");
            eprintln!(
                "usage: key_time --mentee LABEL=DB [--mentee LABEL=DB]... [--bin PATH] [--less FILE] [--vim FILE] \
                 [--presses N] [--window MS] [--gap MS] [--timeout MS] [--idle S] [--size 80x24] [--only TEXT] [--raw] [--trace]"
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = run(&o) {
        eprintln!("key_time: {e}");
        std::process::exit(1);
    }
}

fn run(o: &Options) -> Result<(), String> {
    println!(
        "Keys at {}x{}: {} presses of each, interleaved between programs; answer over after {} ms of quiet, \
         {} ms of quiet before each key",
        o.cols,
        o.rows,
        o.presses,
        o.window.as_millis(),
        o.gap.as_millis()
    );
    println!("Machine: {} at start", pty::machine());
    let mut sessions = start(o)?;
    // Samples by (label, session index).
    let mut samples: BTreeMap<(&'static str, usize), Vec<Duration>> = BTreeMap::new();
    let mut missed: BTreeMap<(&'static str, usize), usize> = BTreeMap::new();
    let mut order: Vec<(&'static str, Target)> = Vec::new();
    let chosen = |name: &str| o.only.is_empty() || o.only.iter().any(|w| name.contains(w.as_str()));
    for name in MENTEE
        .iter()
        .chain(TEXT)
        .map(|s| s.name)
        .filter(|n| chosen(n))
    {
        let active: Vec<(usize, &'static Scenario)> = sessions
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((i, s.scenarios.iter().find(|x| x.name == name)?)))
            .collect();
        let Some(&(_, scenario)) = active.first() else {
            continue;
        };
        eprintln!("key_time: {name}…");
        for &(i, _) in &active {
            let s = &mut sessions[i];
            for (keys, expect) in scenario.setup {
                // What the last key drew is over first, and longer than an Esc takes to be
                // told from the start of a sequence: a key sent right after an Esc would
                // make it Alt+key.
                s.pty.settle(
                    o.gap.max(Duration::from_millis(60)),
                    Instant::now() + Duration::from_secs(5),
                );
                s.pty.send(keys.as_bytes()).map_err(|e| e.to_string())?;
                s.pty
                    .wait_for(expect, Instant::now() + Duration::from_secs(30))
                    .map_err(|e| format!("{}: {name}: {e}", s.label))?;
            }
        }
        if !scenario.idle.is_zero() {
            for &(i, _) in &active {
                let s = &mut sessions[i];
                s.pty.settle(scenario.idle, Instant::now() + scenario.idle);
            }
        }
        for press in scenario.cycle {
            if !order.iter().any(|(l, _)| *l == press.label) {
                order.push((press.label, press.target.unwrap_or(scenario.target)));
            }
        }
        for round in 0..o.presses {
            for press in scenario.cycle {
                for &(i, _) in &active {
                    let s = &mut sessions[i];
                    let t = s
                        .pty
                        .press(press.keys.as_bytes(), o.window, o.gap, o.timeout)
                        .map_err(|e| format!("{}: cannot type: {e}", s.label))?;
                    match t {
                        Some(t) => samples.entry((press.label, i)).or_default().push(t),
                        None => *missed.entry((press.label, i)).or_default() += 1,
                    }
                    if round == 0
                        && let Some(text) = press.expect
                    {
                        s.pty
                            .wait_for(text, Instant::now() + Duration::from_secs(30))
                            .map_err(|e| format!("{}: after {}: {e}", s.label, press.label))?;
                    }
                }
            }
        }
        for &(i, _) in &active {
            let s = &mut sessions[i];
            for (keys, expect) in scenario.teardown {
                s.pty.settle(o.gap, Instant::now() + Duration::from_secs(5));
                s.pty.send(keys.as_bytes()).map_err(|e| e.to_string())?;
                s.pty
                    .wait_for(expect, Instant::now() + Duration::from_secs(30))
                    .map_err(|e| format!("{}: {name}: {e}", s.label))?;
            }
        }
    }
    let idle = idle(o, &mut sessions)?;
    println!("Machine: {} at the end", pty::machine());
    print_table(o, &sessions, &order, &mut samples, &missed);
    print_idle(o, &sessions, &idle);
    Ok(())
}

fn start(o: &Options) -> Result<Vec<Session>, String> {
    let mut sessions = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    for (label, db) in &o.mentees {
        let program = vec![o.bin.clone(), "--db".into(), db.clone()];
        let mut pty =
            Pty::spawn(&program, o.cols, o.rows, &[]).map_err(|e| format!("{label}: {e}"))?;
        pty.trace = o.trace;
        pty.wait_for("1 Overview", deadline)
            .map_err(|e| format!("mentee {label}: {e}"))?;
        sessions.push(Session {
            label: format!("mentee {label}"),
            pty,
            scenarios: MENTEE,
            mentee: true,
        });
    }
    for (label, file, program) in [
        ("less", &o.less, vec!["less"]),
        ("vim -u NONE", &o.vim, vec!["vim", "-u", "NONE"]),
    ] {
        let Some(file) = file else { continue };
        let mut program: Vec<String> = program.into_iter().map(String::from).collect();
        program.push(file.clone());
        let mut pty =
            Pty::spawn(&program, o.cols, o.rows, &[]).map_err(|e| format!("{label}: {e}"))?;
        pty.trace = o.trace;
        pty.read_until(deadline)
            .ok_or(format!("{label}: no output"))?;
        pty.settle(Duration::from_millis(200), deadline);
        sessions.push(Session {
            label: label.into(),
            pty,
            scenarios: TEXT,
            mentee: false,
        });
    }
    Ok(sessions)
}

/// What each program used while nothing was pressed.
struct Idle {
    cpu_ns: u64,
    ticks: u64,
    switches: u64,
    bytes: u64,
    seconds: f64,
}

/// Leaves every program alone (mentee on the Overview) for `o.idle`, reading `/proc` before
/// and after.
fn idle(o: &Options, sessions: &mut [Session]) -> Result<Vec<Idle>, String> {
    eprintln!("key_time: idle for {} s…", o.idle.as_secs());
    for s in sessions.iter_mut() {
        if s.mentee {
            s.pty.send(b"1").map_err(|e| e.to_string())?;
            s.pty
                .wait_for("Next meetings", Instant::now() + Duration::from_secs(30))
                .map_err(|e| format!("{}: {e}", s.label))?;
        }
        s.pty.settle(
            Duration::from_millis(300),
            Instant::now() + Duration::from_secs(5),
        );
    }
    let before: Vec<(pty::Usage, u64)> = sessions
        .iter()
        .map(|s| (s.pty.usage(), s.pty.bytes))
        .collect();
    let start = Instant::now();
    let end = start + o.idle;
    // Keep reading their output (a program blocks if its terminal fills up).
    while Instant::now() < end {
        for s in sessions.iter_mut() {
            s.pty.read_until(Instant::now() + Duration::from_millis(20));
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    Ok(sessions
        .iter()
        .zip(before)
        .map(|(s, (u, bytes))| {
            let now = s.pty.usage();
            Idle {
                cpu_ns: now.cpu_ns.saturating_sub(u.cpu_ns),
                ticks: now.ticks.saturating_sub(u.ticks),
                switches: now.switches.saturating_sub(u.switches),
                bytes: s.pty.bytes - bytes,
                seconds,
            }
        })
        .collect())
}

fn print_table(
    o: &Options,
    sessions: &[Session],
    order: &[(&'static str, Target)],
    samples: &mut BTreeMap<(&'static str, usize), Vec<Duration>>,
    missed: &BTreeMap<(&'static str, usize), usize>,
) {
    let mentees: Vec<usize> = (0..sessions.len())
        .filter(|&i| sessions[i].mentee)
        .collect();
    let col = 20;
    println!();
    println!(
        "key → screen quiet: median (90th percentile), {} presses",
        o.presses
    );
    print!("{:34}", "");
    for s in sessions {
        print!("{:>col$}", s.label);
    }
    if mentees.len() > 1 {
        print!("{:>9}", "÷ first");
    }
    println!("   target (issue 16)");
    let mut misses: Vec<String> = Vec::new();
    let mut checked = 0;
    for (label, target) in order {
        print!("{label:34}");
        let mut medians: Vec<Option<Duration>> = Vec::new();
        for (i, session) in sessions.iter().enumerate() {
            let cell = samples.get_mut(&(*label, i)).and_then(|v| median_p90(v));
            medians.push(cell.map(|c| c.0));
            let text = match cell {
                Some((m, p90)) => format!("{} ({})", ms(m), short_ms(p90)),
                None => String::new(),
            };
            print!("{text:>col$}");
            if let Some(n) = missed.get(&(*label, i)) {
                misses.push(format!(
                    "{} {label}: {n} presses drew nothing",
                    session.label
                ));
            }
        }
        let mut ratios = Vec::new();
        if mentees.len() > 1
            && let Some(base) = medians[mentees[0]]
        {
            for &i in &mentees[1..] {
                if let Some(m) = medians[i] {
                    ratios.push(m.as_secs_f64() / base.as_secs_f64().max(1e-9));
                }
            }
        }
        if mentees.len() > 1 {
            let text = ratios
                .iter()
                .map(|r| format!("{r:.1}"))
                .collect::<Vec<_>>()
                .join(" ");
            print!("{text:>9}");
        }
        // Whether the target is met: each size's median under its limit, and the ratio.
        let mut ok = true;
        let mut any = false;
        for (k, &i) in mentees.iter().enumerate() {
            if let (Some(limit), Some(m)) = (target.limit_ms(k == 0), medians[i]) {
                any = true;
                ok &= m.as_secs_f64() * 1000.0 <= limit;
            }
        }
        if matches!(target, Target::Key) {
            ok &= ratios.iter().all(|r| *r <= 1.5);
        }
        if any {
            checked += 1;
            print!(
                "   {}: {}",
                target.describe(),
                if ok { "met" } else { "MISSED" }
            );
            if !ok {
                misses.push((*label).to_string());
            }
        }
        println!();
    }
    let missed_targets = misses
        .iter()
        .filter(|m| !m.contains("drew nothing"))
        .count();
    println!();
    println!(
        "Targets met for {} of {checked} keys.",
        checked - missed_targets
    );
    for m in misses.iter().filter(|m| m.contains("drew nothing")) {
        println!("  {m}");
    }
    if o.raw {
        println!();
        println!("Every sample (ms):");
        for ((label, i), v) in samples.iter() {
            let list: Vec<String> = v
                .iter()
                .map(|d| format!("{:.2}", d.as_secs_f64() * 1000.0))
                .collect();
            println!("  {} {label}: {}", sessions[*i].label, list.join(" "));
        }
    }
}

fn short_ms(d: Duration) -> String {
    ms(d).trim_end_matches(" ms").to_string()
}

fn print_idle(o: &Options, sessions: &[Session], idle: &[Idle]) {
    println!();
    println!(
        "Idle, nothing pressed for {} s (target: no CPU):",
        o.idle.as_secs()
    );
    println!(
        "{:24} {:>16} {:>20} {:>16} {:>16}",
        "", "CPU ms per s", "utime+stime ticks", "wake-ups per s", "bytes drawn per s"
    );
    // SAFETY: sysconf is always safe to call.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1);
    for (s, i) in sessions.iter().zip(idle) {
        println!(
            "{:24} {:>16.2} {:>20} {:>16.1} {:>16.0}",
            s.label,
            i.cpu_ns as f64 / 1e6 / i.seconds,
            format!("{} ({hz}/s)", i.ticks),
            i.switches as f64 / i.seconds,
            i.bytes as f64 / i.seconds,
        );
    }
}

fn parse(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        bin: "target/release/mentee".into(),
        mentees: Vec::new(),
        less: None,
        vim: None,
        presses: 21,
        window: Duration::from_millis(5),
        gap: Duration::from_millis(20),
        timeout: Duration::from_secs(5),
        idle: Duration::from_secs(10),
        cols: 80,
        rows: 24,
        raw: false,
        trace: false,
        only: Vec::new(),
    };
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{a} needs a value"));
        let millis = |v: String| -> Result<Duration, String> {
            v.parse::<u64>()
                .map(Duration::from_millis)
                .map_err(|_| "needs milliseconds".to_string())
        };
        match a.as_str() {
            "--mentee" => {
                let v = value()?;
                let (label, db) = v.split_once('=').ok_or("--mentee is LABEL=DB")?;
                o.mentees.push((label.into(), db.into()));
            }
            "--bin" => o.bin = value()?,
            "--less" => o.less = Some(value()?),
            "--vim" => o.vim = Some(value()?),
            "--presses" => o.presses = value()?.parse().map_err(|_| "--presses needs a number")?,
            "--window" => o.window = millis(value()?)?,
            "--gap" => o.gap = millis(value()?)?,
            "--timeout" => o.timeout = millis(value()?)?,
            "--idle" => {
                o.idle = Duration::from_secs(value()?.parse().map_err(|_| "--idle needs seconds")?);
            }
            "--size" => {
                let v = value()?;
                let (c, r) = v.split_once('x').ok_or("--size is COLSxROWS, e.g. 80x24")?;
                o.cols = c.parse().map_err(|_| "bad --size columns")?;
                o.rows = r.parse().map_err(|_| "bad --size rows")?;
            }
            "--only" => o.only.push(value()?),
            "--raw" => o.raw = true,
            "--trace" => o.trace = true,
            other => return Err(format!("unknown option {other}")),
        }
    }
    if o.mentees.is_empty() && o.less.is_none() && o.vim.is_none() {
        return Err("nothing to time: give --mentee, --less or --vim".into());
    }
    o.presses = o.presses.max(1);
    Ok(o)
}
