//! Drawing a screen, or acting on a key in it, makes a fixed number of passes over the
//! journey's records, however long the journey is and however many rows the screen shows.
//!
//! Timing this would be flaky on a shared machine; counting is not. The shared functions
//! that pass over a whole list of records (`milestones_of`, `actions_of`, `GoalFacts::of`,
//! `next_meetings`, ...) note each pass (`domain::passes`), so a screen that asks one of them
//! once per row — the Goals list once asked two per goal, every frame — shows up here as a
//! count that follows the number of rows. Lists build only the rows on screen by
//! construction: `ListView` has no way to draw a list given every row.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::App;
use crate::ctx::Ctx;
use crate::domain::passes;
use crate::generate::{self, Size};
use crate::store::Store;
use crate::tab::Tab;
use crate::tabs::Panes;
use crate::theme::Theme;

/// What is measured: from a fresh app on `tab`, the `setup` keys, then the passes made by
/// the `measured` keys and a frame after each.
struct Step {
    name: &'static str,
    tab: Tab,
    setup: &'static [&'static str],
    measured: &'static [&'static str],
}

const fn step(
    name: &'static str,
    tab: Tab,
    setup: &'static [&'static str],
    measured: &'static [&'static str],
) -> Step {
    Step {
        name,
        tab,
        setup,
        measured,
    }
}

const STEPS: &[Step] = &[
    step("Overview: draw", Tab::Overview, &[], &[]),
    step("Conversation: move", Tab::Conversation, &[], &["Down"]),
    step("Ideal occupation: move", Tab::Occupation, &[], &["Down"]),
    step("Goals: move", Tab::Goals, &[], &["Down"]),
    step(
        "Goals: sort by progress",
        Tab::Goals,
        &["s", "s", "s"],
        &["Down"],
    ),
    step("Goals: open a goal", Tab::Goals, &[], &["Enter"]),
    step(
        "Goals: reviews of a goal",
        Tab::Goals,
        &["Enter", "]", "]"],
        &["Down"],
    ),
    step("Journal: move", Tab::Journal, &[], &["Down"]),
    step(
        "Journal: open a meeting",
        Tab::Journal,
        &["Down"],
        &["Enter"],
    ),
    step("Journal: action items", Tab::Journal, &["Enter"], &["Down"]),
    step("Agreement: move", Tab::Agreement, &[], &["Down"]),
    step("Search: open", Tab::Journal, &[], &["/"]),
    step("Search: type", Tab::Journal, &["/"], &["e"]),
    step("Prepare: open", Tab::Overview, &[], &["P"]),
    step("Prepare: move", Tab::Overview, &["P"], &["Down"]),
    step("Shared review: open", Tab::Overview, &[], &["S"]),
    step(
        "Shared review: next goal",
        Tab::Overview,
        &["S"],
        &["Right"],
    ),
];

fn key(name: &str) -> Event {
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Down" => KeyCode::Down,
        "Right" => KeyCode::Right,
        s => KeyCode::Char(s.chars().next().unwrap_or(' ')),
    };
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// The passes each step makes on a journey of `size`, on a screen `height` rows high.
fn passes_per_step(size: Size, height: u16) -> Vec<(&'static str, usize)> {
    let journey = generate::journey(&size, 7);
    let store = Store::open_in_memory().expect("in-memory store");
    let mut app = App::new(
        Ctx::new(store, journey.clone(), generate::clock()),
        Theme::mono(),
    );
    let mut term = Terminal::new(TestBackend::new(80, height)).expect("test terminal");
    STEPS
        .iter()
        .map(|s| {
            // Fresh view state and the journey as generated (a step may not change it, but
            // a fresh start makes each count independent of the steps before).
            app.ctx.set_shared(false);
            app.mode = None;
            app.overlay = None;
            app.panes = Panes::default();
            app.prepare = crate::modes::prepare::PreparePane::default();
            app.review = crate::modes::review::ReviewPane::default();
            app.tab = s.tab;
            term.draw(|f| app.draw(f)).expect("draw");
            for k in s.setup {
                app.handle_event(key(k));
                term.draw(|f| app.draw(f)).expect("draw");
            }
            passes::take();
            for k in s.measured {
                app.handle_event(key(k));
                term.draw(|f| app.draw(f)).expect("draw");
            }
            if s.measured.is_empty() {
                term.draw(|f| app.draw(f)).expect("draw");
            }
            assert_eq!(
                app.ctx.whole_journey(),
                &journey,
                "{}: the journey changed",
                s.name
            );
            (s.name, passes::take())
        })
        .collect()
}

#[test]
fn a_taller_screen_showing_more_rows_makes_no_more_passes() {
    let size = Size::small().times(8);
    let short = passes_per_step(size, 24);
    let tall = passes_per_step(size, 60);
    for ((name, s), (_, t)) in short.iter().zip(&tall) {
        assert_eq!(s, t, "{name}: {s} passes at 80x24, {t} at 80x60");
    }
}

#[test]
fn a_longer_journey_makes_no_more_passes() {
    let short = passes_per_step(Size::small().times(3), 24);
    let long = passes_per_step(Size::small().times(12), 24);
    for ((name, s), (_, l)) in short.iter().zip(&long) {
        // The journeys differ in more than length (the goal a step opens may take its
        // progress from milestones in one and not the other), hence a little slack; a pass
        // per goal or per meeting would add dozens.
        assert!(
            *l <= s + 2,
            "{name}: {s} passes on a journey of {} records, {l} on one of {}",
            Size::small().times(3).total(),
            Size::small().times(12).total()
        );
        assert!(*l <= 25, "{name}: {l} passes for one key and a frame");
    }
}
