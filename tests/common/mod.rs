//! Helpers shared by the integration tests: an app on an in-memory store with a frozen
//! clock, key input by name, and rendering to a `TestBackend`.
#![allow(dead_code)]

pub mod goals_fixture;
pub mod journeys;
pub mod meeting_fixture;
pub mod pty;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use mentee::app::App;
use mentee::ctx::Ctx;
use mentee::domain::Clock;
use mentee::store::Store;
use mentee::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The frozen "now" of rendered-screen tests: 2026-11-22 12:00 UTC.
pub fn clock() -> Clock {
    Clock::at_day(2026, 11, 22)
}

/// A fresh app on an empty in-memory database.
pub fn app() -> App {
    app_with_store(Store::open_in_memory().expect("in-memory store"))
}

/// An app on the given store, loading what it holds.
pub fn app_with_store(store: Store) -> App {
    let journey = store.load().expect("load");
    App::new(Ctx::new(store, journey, clock()), Theme::color())
}

/// Parses one key name: `Enter`, `Esc`, `Tab`, `BackTab`, `Up`, `Down`, `Left`, `Right`,
/// `Home`, `End`, `PgUp`, `PgDn`, `Space`, `Backspace`, `C-x` (Ctrl), or a single character.
pub fn key(name: &str) -> KeyEvent {
    let plain = |c| KeyEvent::new(c, KeyModifiers::NONE);
    match name {
        "Enter" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Tab" => plain(KeyCode::Tab),
        "BackTab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "PgUp" => plain(KeyCode::PageUp),
        "PgDn" => plain(KeyCode::PageDown),
        "Space" => plain(KeyCode::Char(' ')),
        "Backspace" => plain(KeyCode::Backspace),
        "Delete" => plain(KeyCode::Delete),
        s if s.starts_with("C-") && s.len() == 3 => KeyEvent::new(
            KeyCode::Char(s.chars().nth(2).unwrap()),
            KeyModifiers::CONTROL,
        ),
        s if s.chars().count() == 1 => plain(KeyCode::Char(s.chars().next().unwrap())),
        other => panic!("unknown key name {other:?}"),
    }
}

/// Presses space-separated keys, e.g. `press(&mut app, "6 n")`.
pub fn press(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        app.handle_event(Event::Key(key(k)));
    }
}

/// Types text character by character (newlines as Enter).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let k = if c == '\n' {
            KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
        } else {
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
        };
        app.handle_event(Event::Key(k));
    }
}

/// Renders the app into a `TestBackend` of the given size.
pub fn terminal(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    t
}

/// The rendered screen as plain text, one line per row.
pub fn screen(app: &mut App, width: u16, height: u16) -> String {
    let t = terminal(app, width, height);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// An app on the demo journey (`mentee demo`), moved to end at the test clock's today.
pub fn demo_app() -> App {
    let clock = clock();
    let journey = mentee::demo::journey(&clock).expect("the demo journey");
    let store = Store::open_in_memory().expect("in-memory store");
    store
        .insert_journey(&journey, clock.stamp())
        .expect("insert the demo journey");
    app_with_store(store)
}

/// Runs a script: space-separated key names (see [`key`]); a token starting with `'` types
/// the rest of it as text.
pub fn script(app: &mut App, script: &str) {
    for token in script.split_whitespace() {
        match token.strip_prefix('\'') {
            Some(text) => type_text(app, text),
            None => press(app, token),
        }
    }
}

/// Which of SQLite's files are beside the database at `path`.
pub fn sidecars(path: &std::path::Path) -> Vec<String> {
    ["-wal", "-shm", "-journal"]
        .into_iter()
        .filter(|s| std::path::Path::new(&format!("{}{s}", path.display())).exists())
        .map(String::from)
        .collect()
}

/// Overwrites the page where the table or index `name` of the database at `path` starts.
pub fn damage(path: &std::path::Path, name: &str) {
    let (root, size): (i64, i64) = {
        let c = rusqlite::Connection::open(path).unwrap();
        let root = c
            .query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap();
        (
            root,
            c.pragma_query_value(None, "page_size", |r| r.get(0))
                .unwrap(),
        )
    };
    let mut bytes = std::fs::read(path).unwrap();
    let at = usize::try_from((root - 1) * size).unwrap();
    bytes[at..at + usize::try_from(size).unwrap()].fill(0x5A);
    std::fs::write(path, &bytes).unwrap();
}
