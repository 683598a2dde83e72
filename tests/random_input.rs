//! Random input: key sequences biased toward the app's own bindings (taken from the keymap,
//! so tabs added later are reached too), typed characters, pastes of any Unicode up to and
//! beyond what a field holds, resizes from 1x1 to 300x100, mouse events anywhere, pauses
//! that let autosave run, `$EDITOR` round trips, and writes that fail (debug-build hook). The app must never panic, and after
//! every sequence the journey reloaded from the store must equal the one in memory.
//!
//! The same inputs also run on an encrypted database file (issue 18), fewer of them, since
//! each opens a file and derives its key.
//!
//! `PROPTEST_CASES=n` sets the cases of each property (default 750; there are two, so 1,500
//! sequences; the encrypted one runs a twenty-fifth of that: 30).

mod common;

use std::time::{Duration, Instant};

use common::app_with_store;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use mentee::app::App;
use mentee::generate::{self, Size};
use mentee::keymap::{Context, bindings};
use mentee::store::Store;
#[cfg(debug_assertions)]
use mentee::store::{FaultKind, FaultPlan};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// One thing that can happen to the app.
#[derive(Clone, Debug)]
enum Input {
    Key(KeyEvent),
    /// The n-th (modulo) key bound in the contexts active right now: what a user would
    /// press there. Reaches deep states (editing, dialogs) far more often than blind keys.
    Active(u16),
    Paste(String),
    Resize(u16, u16),
    Mouse(MouseEvent),
    /// Time passes: autosave runs, messages expire; the clock moves `days` forward.
    Pause {
        millis: u64,
        days: u8,
    },
    /// The next `count` writes fail (read-only file, or full disk): whatever fails must
    /// change nothing in memory either.
    #[cfg_attr(not(debug_assertions), allow(dead_code))]
    FailWrites {
        count: u32,
        full: bool,
    },
}

/// Every key the keymap binds, once.
fn bound_keys() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = Vec::new();
    for b in bindings() {
        for k in b.keys {
            let e = KeyEvent::new(k.code, k.mods);
            if !keys.contains(&e) {
                keys.push(e);
            }
        }
    }
    keys
}

fn editing_key() -> impl Strategy<Value = KeyEvent> {
    let codes = vec![
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Insert,
        KeyCode::F(1),
        KeyCode::F(5),
        KeyCode::F(12),
        KeyCode::Null,
    ];
    (
        prop::sample::select(codes),
        prop::sample::select(vec![
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
        ]),
    )
        .prop_map(|(c, m)| KeyEvent::new(c, m))
}

fn typed_key() -> impl Strategy<Value = KeyEvent> {
    prop_oneof![
        4 => prop::char::range(' ', '~'),
        2 => any::<char>(),
        1 => prop::sample::select(vec!['日', '語', '🎉', 'é', '\u{301}', '\u{200d}', '\t', '\u{7f}']),
    ]
    .prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// Ctrl and Alt chords: the text area has emacs-style bindings (undo, kill line, ...).
fn chord() -> impl Strategy<Value = KeyEvent> {
    (
        prop::char::range('a', 'z'),
        prop::sample::select(vec![
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        ]),
    )
        .prop_map(|(c, m)| KeyEvent::new(KeyCode::Char(c), m))
}

fn key() -> impl Strategy<Value = KeyEvent> {
    let key = prop_oneof![
        8 => prop::sample::select(bound_keys()),
        3 => editing_key(),
        5 => typed_key(),
        1 => chord(),
    ];
    // Now and then a repeat or a release, as some terminals report them.
    (
        key,
        prop::sample::select(vec![
            KeyEventKind::Press,
            KeyEventKind::Press,
            KeyEventKind::Press,
            KeyEventKind::Press,
            KeyEventKind::Press,
            KeyEventKind::Press,
            KeyEventKind::Repeat,
            KeyEventKind::Release,
        ]),
    )
        .prop_map(|(mut k, kind)| {
            k.kind = kind;
            k
        })
}

fn paste() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "\\PC{0,40}",
        3 => any::<String>(),
        2 => "([a-z]{1,8}( |\r\n|\n|\r)){0,30}",
        1 => "[\u{1F300}-\u{1FAFF}日本語한국어\u{300}-\u{36f}]{1,200}",
        // Larger than any field holds: refused whole, nothing inserted.
        1 => (any::<char>(), 530_000usize..600_000).prop_map(|(c, n)| {
            let unit = c.to_string();
            unit.repeat(n / unit.len() + 1)
        }),
    ]
}

fn mouse() -> impl Strategy<Value = MouseEvent> {
    let kinds = vec![
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::Down(MouseButton::Left),
        MouseEventKind::Down(MouseButton::Right),
        MouseEventKind::Up(MouseButton::Left),
        MouseEventKind::Drag(MouseButton::Left),
        MouseEventKind::Moved,
        MouseEventKind::ScrollUp,
        MouseEventKind::ScrollDown,
    ];
    // Mostly inside a usual screen, sometimes anywhere.
    let pos = prop_oneof![
        3 => (0u16..80, 0u16..24),
        1 => (any::<u16>(), any::<u16>()),
    ];
    (prop::sample::select(kinds), pos).prop_map(|(kind, (column, row))| MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        3 => Just((80, 24)),
        3 => (60u16..=120, 16u16..=40),
        2 => (1u16..=300, 1u16..=100),
    ]
}

/// An input, and whether the screen is drawn after it.
fn step() -> impl Strategy<Value = (Input, bool)> {
    (input(), prop::bool::weighted(0.6))
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        20 => key().prop_map(Input::Key),
        14 => any::<u16>().prop_map(Input::Active),
        2 => paste().prop_map(Input::Paste),
        1 => size().prop_map(|(w, h)| Input::Resize(w, h)),
        2 => mouse().prop_map(Input::Mouse),
        2 => (prop::sample::select(vec![100u64, 800, 3_000, 20_000]), 0u8..=1)
            .prop_map(|(millis, days)| Input::Pause { millis, days }),
        1 => (1u32..4, any::<bool>()).prop_map(|(count, full)| Input::FailWrites { count, full }),
    ]
}

/// A key bound in one of the app's active contexts, chosen by `n`.
fn active_key(app: &App, n: u16) -> KeyEvent {
    let mut stack = app.contexts();
    // Three times in four, only the pane's own contexts (not tab switching or quitting),
    // so a sequence stays in a tab long enough to get somewhere.
    let own = stack
        .iter()
        .take_while(|c| !matches!(c, Context::Tabs | Context::Global))
        .count();
    if !n.is_multiple_of(4) && own > 0 {
        stack.truncate(own);
    }
    let n = n / 4;
    let keys: Vec<KeyEvent> = bindings()
        .filter(|b| stack.contains(&b.context))
        .flat_map(|b| b.keys.iter().map(|k| KeyEvent::new(k.code, k.mods)))
        .collect();
    keys.get(usize::from(n) % keys.len().max(1))
        .copied()
        .unwrap_or_else(|| KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE))
}

/// What the journey starts as.
#[derive(Clone, Copy, Debug)]
enum Start {
    Empty,
    Generated(u64),
}

fn app_for(start: Start, shared: bool) -> App {
    app_on(
        Store::open_in_memory().expect("in-memory store"),
        start,
        shared,
    )
}

/// An app on an encrypted database file in `dir` (which must outlive it).
fn encrypted_app_for(dir: &tempfile::TempDir, start: Start, shared: bool) -> App {
    let key = mentee::store::Passphrase::from("random input");
    let store = Store::open_keyed(&dir.path().join("j.db"), Some(&key)).expect("encrypted store");
    assert!(store.encrypted());
    app_on(store, start, shared)
}

fn app_on(store: Store, start: Start, shared: bool) -> App {
    if let Start::Generated(seed) = start {
        generate::write(&store, &generate::journey(&Size::small(), seed)).expect("write");
    }
    let mut app = app_with_store(store);
    app.ctx.set_shared(shared);
    // `E` writes the export wherever a random path typed into its prompt says, relative to
    // the working folder: run in a scratch folder so nothing lands in the source tree.
    let scratch = scratch_dir();
    app.ctx.export_dir = Some(scratch);
    app
}

/// A scratch folder under `target/`, made the working folder of this test process once.
fn scratch_dir() -> std::path::PathBuf {
    static SCRATCH: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    SCRATCH
        .get_or_init(|| {
            let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("random-input-cwd");
            std::fs::create_dir_all(&dir).expect("scratch folder");
            std::env::set_current_dir(&dir).expect("enter the scratch folder");
            dir
        })
        .clone()
}

/// Plays the inputs the way the terminal loop would: event, `$EDITOR` if asked, and a draw
/// when the input says so (the real loop handles queued events without drawing between).
fn play(app: &mut App, inputs: &[(Input, bool)]) -> Result<(), TestCaseError> {
    let mut term = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    term.draw(|f| app.draw(f)).expect("draw");
    let mut editor_runs = 0usize;
    for (input, draw) in inputs {
        match input {
            Input::Key(k) => app.handle_event(Event::Key(*k)),
            Input::Active(n) => app.handle_event(Event::Key(active_key(app, *n))),
            Input::Paste(text) => app.handle_event(Event::Paste(text.clone())),
            Input::Resize(w, h) => {
                term.backend_mut().resize(*w, *h);
                app.handle_event(Event::Resize(*w, *h));
            }
            Input::Mouse(m) => app.handle_event(Event::Mouse(*m)),
            Input::Pause { millis, days } => {
                let clock_now = app.ctx.clock.now();
                app.ctx
                    .clock
                    .set(clock_now + chrono::Duration::days(i64::from(*days)));
                app.tick(Instant::now() + Duration::from_millis(*millis));
                // What the loop does once idle: the projection `S` is expected to show
                // made, then kept by every write (debug builds check it after each).
                app.prepare_sharing();
            }
            // Write faults exist in debug builds only (`src/store/fault.rs`); a release
            // build runs the same inputs without them.
            #[cfg(not(debug_assertions))]
            Input::FailWrites { .. } => {}
            #[cfg(debug_assertions)]
            Input::FailWrites { count, full } => {
                app.ctx.store().debug_fail_writes(Some(FaultPlan {
                    after: 0,
                    count: Some(*count),
                    kind: if *full {
                        FaultKind::DiskFull
                    } else {
                        FaultKind::ReadOnly
                    },
                }));
            }
        }
        if let Some(req) = app.ctx.external.take() {
            // The editor returns the text unchanged, with a line added, or a date.
            editor_runs += 1;
            let text = match editor_runs % 3 {
                0 => req.text.clone(),
                1 => format!("{}\nadded in the editor ✍️", req.text),
                _ => "2026-12-01".to_string(),
            };
            app.ctx.external_done(&req, &text);
        }
        // The real app would exit; carrying on reaches more states and the data must
        // still be consistent.
        app.quit = false;
        if *draw {
            term.draw(|f| app.draw(f)).expect("draw");
        }
    }
    term.draw(|f| app.draw(f)).expect("draw");
    let stored = app.ctx.store().load().expect("load");
    prop_assert!(
        stored == *app.ctx.whole_journey(),
        "the store and memory differ"
    );
    // Leaving with the faults cleared saves what is pending; still the same.
    #[cfg(debug_assertions)]
    app.ctx.store().debug_fail_writes(None);
    app.ctx.flush();
    let stored = app.ctx.store().load().expect("load");
    prop_assert!(
        stored == *app.ctx.whole_journey(),
        "after flush, the store and memory differ"
    );
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(750)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        max_shrink_iters: 2_000,
        // By absolute path: the test runs in a scratch working folder (see `scratch_dir`).
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/random_input.proptest-regressions"
        )))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_input_on_an_empty_journey(
        inputs in prop::collection::vec(step(), 1..48),
        shared in prop::bool::weighted(0.2),
    ) {
        let mut app = app_for(Start::Empty, shared);
        play(&mut app, &inputs)?;
    }

    #[test]
    fn random_input_on_a_generated_journey(
        seed in 0u64..1_000,
        inputs in prop::collection::vec(step(), 1..48),
        shared in prop::bool::weighted(0.2),
    ) {
        let mut app = app_for(Start::Generated(seed), shared);
        play(&mut app, &inputs)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: (cases() / 25).max(1),
        max_shrink_iters: 500,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/random_input.proptest-regressions"
        )))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_input_on_an_encrypted_database(
        seed in prop::option::of(0u64..1_000),
        inputs in prop::collection::vec(step(), 1..48),
        shared in prop::bool::weighted(0.2),
    ) {
        let dir = tempfile::tempdir().expect("a folder for the database");
        let start = seed.map_or(Start::Empty, Start::Generated);
        let mut app = encrypted_app_for(&dir, start, shared);
        play(&mut app, &inputs)?;
        drop(app);
        // Reopened with its passphrase, the file holds what the app held.
        let key = mentee::store::Passphrase::from("random input");
        let store = Store::open_keyed(&dir.path().join("j.db"), Some(&key)).expect("reopen");
        prop_assert_eq!(store.integrity_check().expect("check"), "ok");
    }
}

/// The bias works: sequences do reach editing, dialogs and every tab.
#[test]
fn the_generated_inputs_reach_deep_states() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut edited = 0;
    let mut confirmed = 0;
    let mut sequences_editing = 0;
    let mut tabs = std::collections::HashSet::new();
    for _ in 0..200 {
        let inputs = prop::collection::vec(input(), 1..60)
            .new_tree(&mut runner)
            .expect("inputs")
            .current();
        let mut app = app_for(Start::Generated(1), false);
        let mut term = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        let edited_before = edited;
        for i in &inputs {
            let k = match i {
                Input::Key(k) => Some(*k),
                Input::Active(n) => Some(active_key(&app, *n)),
                _ => None,
            };
            if let Some(k) = k {
                app.handle_event(Event::Key(k));
                app.quit = false;
                edited += usize::from(app.ctx.editor.is_some());
                confirmed += usize::from(app.ctx.confirm.is_some());
                tabs.insert(app.tab);
                term.draw(|f| app.draw(f)).expect("draw");
            }
        }
        sequences_editing += usize::from(edited > edited_before);
    }
    eprintln!(
        "{sequences_editing} of 200 sequences edited; {edited} keys while editing; {confirmed} in a dialog"
    );
    assert!(
        sequences_editing >= 20,
        "only {sequences_editing} of 200 sequences reached the editor"
    );
    assert!(confirmed > 0, "no confirm dialog was reached");
    assert_eq!(tabs.len(), 6, "tabs reached: {tabs:?}");
}
