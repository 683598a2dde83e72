//! The measuring half of the bench: runs in a fresh process on one database file and prints
//! `key<TAB>value` lines (milliseconds, bytes or counts) for the parent to tabulate.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};
use strum::EnumCount;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use mentee::action::Action;
use mentee::app::App;
use mentee::ctx::Ctx;
use mentee::domain::{FieldKey, GoalField, MentorField, Value};
use mentee::generate;
use mentee::store::Store;
use mentee::tab::Tab;
use mentee::tabs::Panes;
use mentee::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use strum::IntoEnumIterator;

pub type Metrics = BTreeMap<String, f64>;

/// Lines of the texts typed into: the target is for 10,000; 1,000 shows how it scales.
pub const LONG_TEXT_LINES: [usize; 2] = [1_000, 10_000];
/// Repetitions of the cheap measurements (medians are taken).
const REPEAT: usize = 200;
const REDRAWS: usize = 30;

/// Measures everything on the database at `path` and prints the metrics.
///
/// # Panics
/// When the database cannot be opened or the app does not behave as the bench expects
/// (the bench should fail loudly rather than print wrong numbers).
pub fn child(path: &Path) {
    let mut out = Metrics::new();
    // As the binary opens it (a clean file: the journey read through the inspecting
    // connection, no whole-file check).
    let (t, cpu) = (Instant::now(), cpu_ms());
    let passphrase = crate::encrypted::child_key();
    let (store, journey) =
        Store::open_and_load_keyed(path, passphrase.as_ref()).expect("open the bench database");
    out.insert("open and load".into(), ms(t.elapsed()));
    out.insert("open and load cpu".into(), cpu_ms() - cpu);
    let launch = out["open and load"];
    let launch_cpu = out["open and load cpu"];
    // What the whole-file check adds when the last session did not end cleanly.
    out.insert("quick_check".into(), quick_check(path, passphrase.as_ref()));

    // As the binary builds it (src/cli.rs), on a fixed clock so runs compare.
    let mut app = App::new(Ctx::new(store, journey, generate::clock()), Theme::color());
    for (i, tab) in Tab::iter().enumerate() {
        let name = tab.title();
        // The digit that switches to the tab, through the keymap.
        let digit = named(&(i + 1).to_string());
        app.panes = Panes::default();
        app.dispatch(Action::GoTab(tab));
        let mut term = terminal();
        let (t, cpu) = (Instant::now(), cpu_ms());
        term.draw(|f| app.draw(f)).expect("draw");
        let first = ms(t.elapsed());
        let first_cpu = cpu_ms() - cpu;
        out.insert(format!("first frame: {name}"), first);
        out.insert(format!("launch to first frame: {name}"), launch + first);
        let worst = out.get("launch cpu").copied().unwrap_or(0.0);
        out.insert("launch cpu".into(), worst.max(launch_cpu + first_cpu));
        if i == 0 {
            // As the loop does once the first frame is drawn, before any key.
            let t = Instant::now();
            app.ctx.finish_loading().expect("the journey is read");
            out.insert("index the journey".into(), ms(t.elapsed()));
        }
        let redraws = timed(REDRAWS, |_| {
            term.draw(|f| app.draw(f)).expect("draw");
        });
        out.insert(format!("redraw: {name}"), median(&redraws));
        // A move down and back up, as the binary's loop does it: the key, a tick, a frame.
        let moves = timed(REDRAWS, |i| {
            key(
                &mut app,
                &mut term,
                named(if i % 2 == 0 { "Down" } else { "Up" }),
            );
        });
        out.insert(format!("move + redraw: {name}"), median(&moves));
        // Switching to the tab from the one before it.
        let back = named(&(if i == 0 { Tab::COUNT } else { i }).to_string());
        let switches: Vec<Duration> = (0..REDRAWS)
            .map(|_| {
                key(&mut app, &mut term, back);
                let t = Instant::now();
                key(&mut app, &mut term, digit);
                t.elapsed()
            })
            .collect();
        out.insert(format!("switch to: {name}"), median(&switches));
    }

    views(&mut app, &mut out);

    for lines in LONG_TEXT_LINES {
        long_text(&mut app, lines, &mut out);
    }
    edits(&mut app, &mut out);
    out.insert("rss app".into(), peak_rss());

    // The exports as `mentee export` writes them: streamed through a 64 KiB buffer (here
    // into a counter rather than a file, so the disk is not timed).
    let t = Instant::now();
    let mut counted = Counted::default();
    mentee::export::json::write(
        app.ctx.whole_journey(),
        app.ctx.clock.now(),
        false,
        std::io::BufWriter::with_capacity(64 * 1024, &mut counted),
    )
    .expect("export the journey as JSON");
    out.insert("json".into(), ms(t.elapsed()));
    out.insert("json size".into(), counted.0 as f64);
    out.insert("rss json".into(), peak_rss());
    let t = Instant::now();
    let mut counted = Counted::default();
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, &mut counted);
    mentee::export::markdown::write(
        app.ctx.whole_journey(),
        &app.ctx.clock,
        false,
        &mut buffered,
    )
    .expect("export the journey as Markdown");
    drop(buffered);
    out.insert("markdown".into(), ms(t.elapsed()));
    out.insert("markdown size".into(), counted.0 as f64);
    out.insert("rss markdown".into(), peak_rss());

    for (k, v) in out {
        println!("{k}\t{v}");
    }
}

/// A view opened from a tab or from anywhere (one goal, one meeting, the search, Prepare,
/// the shared-screen review): what it costs to open and draw, to redraw, and to act in it.
pub const VIEWS: [&str; 5] = ["goal", "meeting", "search", "prepare", "review"];

/// Measures each of [`VIEWS`]: "open: V" (the keystroke that opens it and its first frame),
/// "redraw: V", and "act: V" (one keystroke in it and a redraw: a letter typed into the
/// search, a move elsewhere).
fn views(app: &mut App, out: &mut Metrics) {
    // The binary builds the search index once it is idle after starting.
    let t = Instant::now();
    app.ctx.prepare_search();
    out.insert("search index".into(), ms(t.elapsed()));
    let mut term = terminal();
    for view in VIEWS {
        app.panes = Panes::default();
        let (tab, open, act, close): (Tab, &str, Vec<&str>, &[&str]) = match view {
            "goal" => (Tab::Goals, "Enter", vec!["Down", "Up"], &["Esc"]),
            "meeting" => (Tab::Journal, "Enter", vec!["Down", "Up"], &["Esc"]),
            // A letter, then deleting it (found again from what was kept).
            "search" => (Tab::Journal, "/", vec!["e", "Backspace"], &["Esc"]),
            "prepare" => (Tab::Overview, "P", vec!["Down", "Up"], &["Esc"]),
            // It opens on the agenda; S goes to the wrap-up, Enter ends it.
            _ => (Tab::Overview, "S", vec!["Right", "Left"], &["S", "Enter"]),
        };
        app.dispatch(Action::GoTab(tab));
        term.draw(|f| app.draw(f)).expect("draw");
        let t = Instant::now();
        key(app, &mut term, named(open));
        out.insert(format!("open: {view}"), ms(t.elapsed()));
        let redraws = timed(REDRAWS, |_| {
            term.draw(|f| app.draw(f)).expect("draw");
        });
        out.insert(format!("redraw: {view}"), median(&redraws));
        let acts = timed(REDRAWS, |i| {
            key(app, &mut term, named(act[i % act.len()]));
        });
        out.insert(format!("act: {view}"), median(&acts));
        let t = Instant::now();
        for k in close {
            key(app, &mut term, named(k));
        }
        out.insert(format!("close: {view}"), ms(t.elapsed()));
        // Opening again, now that everything it reads has been read once.
        let reopen: Vec<Duration> = (0..5)
            .map(|_| {
                let t = Instant::now();
                key(app, &mut term, named(open));
                let d = t.elapsed();
                for k in close {
                    key(app, &mut term, named(k));
                }
                d
            })
            .collect();
        out.insert(format!("reopen: {view}"), median(&reopen));
        // Back to the tabs, nothing recorded.
        app.overlay = None;
        assert!(
            app.mode.is_none() && !app.ctx.shared(),
            "the bench expects {close:?} to leave {view}"
        );
    }
}

/// One key as the binary's loop handles it: the event through the keymap, a tick, a frame.
fn key(app: &mut App, term: &mut Terminal<TestBackend>, k: KeyEvent) {
    app.handle_event(Event::Key(k));
    app.tick(Instant::now());
    term.draw(|f| app.draw(f)).expect("draw");
}

/// One keystroke and a redraw while editing a text of `lines` lines, and saving that text.
fn long_text(app: &mut App, lines: usize, out: &mut Metrics) {
    let mentor = app.ctx.journey().mentors.first().expect("a mentor").id;
    let field = FieldKey::Mentor(mentor, MentorField::DefineMine);
    let text: Vec<String> = (0..lines)
        .map(|i| format!("Line {i}: what I learnt about goals, feedback and progress"))
        .collect();
    assert!(app.ctx.commit(&field, Value::Text(text.join("\n"))));
    app.panes = Panes::default();
    app.dispatch(Action::GoTab(Tab::Agreement));
    // Open the first mentor's agreement, then "How would you define mentoring? / Me".
    for k in [
        "Enter", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Enter",
    ] {
        app.handle_event(Event::Key(named(k)));
    }
    let editing = app.ctx.editor.as_ref().map(|e| e.key.clone());
    assert_eq!(
        editing,
        Some(field),
        "the bench expects Enter, 8×Down, Enter to edit the first expectation of a mentor"
    );
    let mut term = terminal();
    term.draw(|f| app.draw(f)).expect("draw");
    let keys = timed(REPEAT, |i| {
        let k = if i % 2 == 0 { "x" } else { "Backspace" };
        key(app, &mut term, named(k));
    });
    out.insert(format!("keystroke median {lines}"), median(&keys));
    out.insert(format!("keystroke max {lines}"), max(&keys));
    // The save alone, after a keystroke made the text dirty.
    let mut alone = Vec::new();
    for i in 0..10 {
        let k = if i % 2 == 0 { "x" } else { "Backspace" };
        app.handle_event(Event::Key(named(k)));
        let t = Instant::now();
        assert!(app.ctx.save_editor(), "the long text could not be saved");
        alone.push(t.elapsed());
    }
    out.insert(format!("autosave {lines}"), median(&alone));
    app.ctx.finish_edit();
}

/// One field edit made durable (store, then memory), on a mentor, a goal and an answer.
fn edits(app: &mut App, out: &mut Metrics) {
    let j = app.ctx.whole_journey();
    let mentor = j.mentors.first().expect("a mentor").id;
    let goal = j.goals.last().expect("a goal").id;
    let answer = j.answers.keys().next().expect("an answer").clone();
    let cases = [
        (
            "mentor",
            FieldKey::Mentor(mentor, MentorField::Venue),
            "Room",
        ),
        (
            "goal",
            FieldKey::Goal(goal, GoalField::Title),
            "Give talk number",
        ),
        ("answer", FieldKey::Answer(answer), "Where I am now, take"),
    ];
    for (name, key, text) in cases {
        let times = timed(REPEAT, |i| {
            let value = Value::Text(format!("{text} {i}"));
            assert!(app.ctx.commit(&key, value), "edit not saved");
        });
        out.insert(format!("edit {name} median"), median(&times));
        out.insert(format!("edit {name} max"), max(&times));
    }
}

/// `PRAGMA quick_check` alone, on a read-only connection (what `Store::open` runs after a
/// session that did not end cleanly).
fn quick_check(path: &Path, key: Option<&mentee::store::Passphrase>) -> f64 {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("read-only connection");
    if let Some(key) = key {
        let text = std::str::from_utf8(key.as_bytes()).expect("a text passphrase");
        conn.pragma_update(None, "key", text).expect("key");
        // Derive the key before the clock starts: the check alone is measured.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .expect("read with the key");
    }
    let t = Instant::now();
    let ok: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .expect("quick_check");
    assert_eq!(ok, "ok");
    ms(t.elapsed())
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(80, 24)).expect("test terminal")
}

fn named(name: &str) -> KeyEvent {
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Down" => KeyCode::Down,
        "Backspace" => KeyCode::Backspace,
        "Right" => KeyCode::Right,
        "Left" => KeyCode::Left,
        "Up" => KeyCode::Up,
        "Esc" => KeyCode::Esc,
        s => KeyCode::Char(s.chars().next().unwrap_or(' ')),
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Runs `f` `n` times and returns each duration.
fn timed(n: usize, mut f: impl FnMut(usize)) -> Vec<Duration> {
    (0..n)
        .map(|i| {
            let t = Instant::now();
            f(i);
            t.elapsed()
        })
        .collect()
}

fn median(times: &[Duration]) -> f64 {
    let mut v: Vec<f64> = times.iter().map(|d| ms(*d)).collect();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn max(times: &[Duration]) -> f64 {
    times.iter().map(|d| ms(*d)).fold(0.0, f64::max)
}

/// CPU time this thread has run, in milliseconds (Linux schedstat, nanosecond precision):
/// unlike wall time, it does not count waiting for a busy machine's other processes.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e6)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The process's peak resident set (VmHWM), in bytes.
fn peak_rss() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb * 1024.0)
}

/// Reads the child's `key<TAB>value` lines.
pub fn parse(text: &str) -> Metrics {
    text.lines()
        .filter_map(|l| {
            let (k, v) = l.split_once('\t')?;
            Some((k.to_string(), v.parse().ok()?))
        })
        .collect()
}

pub fn fmt_ms(v: f64) -> String {
    if v >= 1000.0 {
        format!("{:.2} s", v / 1000.0)
    } else if v >= 10.0 {
        format!("{v:.0} ms")
    } else if v >= 1.0 {
        format!("{v:.1} ms")
    } else {
        format!("{:.0} µs", v * 1000.0)
    }
}

pub fn fmt_bytes(v: f64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if v >= MB {
        format!("{:.1} MiB", v / MB)
    } else {
        format!("{:.0} KiB", v / 1024.0)
    }
}

/// A writer that only counts what it is given.
#[derive(Default)]
struct Counted(usize);

impl std::io::Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
