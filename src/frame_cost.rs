//! Drawing a screen, or acting on a key in it, makes a fixed number of passes over the
//! journey's records, however long the journey is and however many rows the screen shows.
//!
//! Timing this would be flaky on a shared machine; counting is not. The journey's lists are
//! `domain::passes::Records`, whose iterators count, in test builds, every pass that starts
//! (`list.iter()`, `for … in &list`) and every record it yields, wherever it is written: in
//! a shared function (`milestones_of`, `GoalFacts::of`, ...) or inline in a screen. A screen
//! that makes a pass per row — the Goals list once asked two per goal, every frame — shows
//! up here as a count that follows the number of rows. Lists build only the rows on screen
//! by construction: `ListView` has no way to draw a list given every row.
//!
//! Every tab, both modes (Prepare, the shared-screen review) and the search are covered:
//! a redraw with nothing pressed, a move, and the keys that open and close each view.
//! `cargo test --lib frame_cost -- --nocapture` prints the counts; the records each step
//! visits must stop growing with the journey for a key to cost the same at ten years and
//! at a hundred (issue 16), which `records_visited_do_not_grow_with_the_journey` checks
//! for every tab, both modes and the search, and its ignored twin lists for what is not
//! flat yet (opening the shared screen, a letter that narrows a search).
//!
//! `MENTEE_TRACE_STEP="Journal: redraw"` (or `all`) makes each pass of that step print, as
//! it ends, `VISIT <records> <where it started>` on stderr: where the records went.

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
/// the `measured` keys and a frame after each (a redraw alone when there are none).
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
    step("Overview: redraw", Tab::Overview, &[], &[]),
    step("Overview: a key", Tab::Overview, &[], &["Down"]),
    step("Overview → Conversation", Tab::Overview, &[], &["2"]),
    step("Conversation: redraw", Tab::Conversation, &[], &[]),
    step("Conversation: move", Tab::Conversation, &[], &["Down"]),
    step(
        "Conversation: edit an answer",
        Tab::Conversation,
        &[],
        &["Enter"],
    ),
    step("Conversation: history", Tab::Conversation, &[], &["h"]),
    step("Conversation: changes", Tab::Conversation, &[], &["c"]),
    step("Overview → Ideal occupation", Tab::Overview, &[], &["3"]),
    step("Ideal occupation: redraw", Tab::Occupation, &[], &[]),
    step("Ideal occupation: move", Tab::Occupation, &[], &["Down"]),
    step("Ideal occupation: compare", Tab::Occupation, &[], &["c"]),
    step("Ideal occupation: preview", Tab::Occupation, &[], &["p"]),
    step("Overview → Goals", Tab::Overview, &[], &["4"]),
    step("Goals: redraw", Tab::Goals, &[], &[]),
    step("Goals: move", Tab::Goals, &[], &["Down"]),
    step(
        "Goals: sort by progress",
        Tab::Goals,
        &["s", "s", "s"],
        &["Down"],
    ),
    step("Goals: open a goal", Tab::Goals, &[], &["Enter"]),
    step("Goals: move in a goal", Tab::Goals, &["Enter"], &["Down"]),
    step(
        "Goals: reviews of a goal",
        Tab::Goals,
        &["Enter", "]", "]"],
        &["Down"],
    ),
    step("Goals: back to the list", Tab::Goals, &["Enter"], &["Esc"]),
    step("Overview → Journal", Tab::Overview, &[], &["5"]),
    step("Journal: redraw", Tab::Journal, &[], &[]),
    step("Journal: move", Tab::Journal, &[], &["Down"]),
    step(
        "Journal: open a meeting",
        Tab::Journal,
        &["Down"],
        &["Enter"],
    ),
    step("Journal: action items", Tab::Journal, &["Enter"], &["Down"]),
    step(
        "Journal: back to the list",
        Tab::Journal,
        &["Enter"],
        &["Esc"],
    ),
    step("Overview → Agreement", Tab::Overview, &[], &["6"]),
    step("Agreement: redraw", Tab::Agreement, &[], &[]),
    step("Agreement: move", Tab::Agreement, &[], &["Down"]),
    step("Agreement: open a mentor", Tab::Agreement, &[], &["Enter"]),
    step(
        "Agreement: move in a mentor",
        Tab::Agreement,
        &["Enter"],
        &["Down"],
    ),
    step("Agreement → Overview", Tab::Agreement, &[], &["1"]),
    step("Search: open", Tab::Journal, &[], &["/"]),
    step("Search: redraw", Tab::Journal, &["/", "e"], &[]),
    step("Search: type a letter", Tab::Journal, &["/"], &["e"]),
    step("Search: a second letter", Tab::Journal, &["/", "e"], &["a"]),
    step(
        "Search: delete a letter",
        Tab::Journal,
        &["/", "e", "a"],
        &["Backspace"],
    ),
    step("Search: move", Tab::Journal, &["/", "e"], &["Down"]),
    step("Search: close", Tab::Journal, &["/", "e"], &["Esc"]),
    step("Prepare: open", Tab::Overview, &[], &["P"]),
    step("Prepare: redraw", Tab::Overview, &["P"], &[]),
    step("Prepare: move", Tab::Overview, &["P"], &["Down"]),
    step("Prepare: as printed", Tab::Overview, &["P"], &["v"]),
    step(
        "Prepare: as printed, redraw",
        Tab::Overview,
        &["P", "v"],
        &[],
    ),
    step(
        "Prepare: as printed, scroll",
        Tab::Overview,
        &["P", "v"],
        &["Down"],
    ),
    step("Prepare: close", Tab::Overview, &["P"], &["Esc"]),
    step("Shared review: open", Tab::Overview, &[], &["S"]),
    // After Prepare, the shared-only projection is made once idle: `S` shows it.
    step(
        "Shared review: open after Prepare",
        Tab::Overview,
        &["P", "Esc"],
        &["S"],
    ),
    step("Shared review: redraw", Tab::Overview, &["S"], &[]),
    step(
        "Shared review: next goal",
        Tab::Overview,
        &["S"],
        &["Right"],
    ),
    step("Shared review: move", Tab::Overview, &["S"], &["Down"]),
    step("Shared review: close", Tab::Overview, &["S"], &["S"]),
    step("Shared review: end", Tab::Overview, &["S", "S"], &["Enter"]),
    step(
        "Shared review: own view",
        Tab::Overview,
        &["S", "S", "Enter"],
        &["Enter"],
    ),
];

fn key(name: &str) -> Event {
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Down" => KeyCode::Down,
        "Right" => KeyCode::Right,
        "Backspace" => KeyCode::Backspace,
        s => KeyCode::Char(s.chars().next().unwrap_or(' ')),
    };
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// What one step cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cost {
    /// Passes started over a list of records.
    passes: usize,
    /// Records those passes yielded.
    visited: usize,
}

/// The cost of each step on a journey of `size`, on a screen `height` rows high.
fn cost_per_step(size: Size, height: u16) -> Vec<(&'static str, Cost)> {
    let journey = generate::journey(&size, 7);
    let store = Store::open_in_memory().expect("in-memory store");
    let mut app = App::new(
        Ctx::new(store, journey.clone(), generate::clock()),
        Theme::mono(),
    );
    let mut term = Terminal::new(TestBackend::new(80, height)).expect("test terminal");
    // What the app does once idle, before any key: build the search index (the loop does it
    // within moments of the first frame; `/` finds it ready).
    app.ctx.prepare_search();
    STEPS
        .iter()
        .map(|s| {
            // Fresh view state and the journey as generated (a step may not change it, but
            // a fresh start makes each count independent of the steps before).
            app.ctx.set_shared(false);
            app.ctx.editor = None;
            app.mode = None;
            app.overlay = None;
            app.panes = Panes::default();
            app.prepare = crate::modes::prepare::PreparePane::default();
            app.review = crate::modes::review::ReviewPane::default();
            // What the app keeps between keys starts afresh too, then what it builds once
            // idle (the agenda `P` opens on), as the loop does.
            app.ctx.forget_kept();
            app.ctx.prepare_agenda();
            app.tab = s.tab;
            term.draw(|f| app.draw(f)).expect("draw");
            for k in s.setup {
                app.handle_event(key(k));
                term.draw(|f| app.draw(f)).expect("draw");
            }
            // What the loop does once idle after them (the projection `S` is expected to
            // show, after Prepare).
            app.prepare_sharing();
            passes::take();
            passes::take_visited();
            let trace = std::env::var("MENTEE_TRACE_STEP").is_ok_and(|t| t == s.name || t == "all");
            if trace {
                eprintln!("STEP {}", s.name);
            }
            passes::TRACE.with(|t| t.set(trace));
            for k in s.measured {
                app.handle_event(key(k));
                term.draw(|f| app.draw(f)).expect("draw");
            }
            if s.measured.is_empty() {
                term.draw(|f| app.draw(f)).expect("draw");
            }
            passes::TRACE.with(|t| t.set(false));
            let cost = Cost {
                passes: passes::take(),
                visited: passes::take_visited(),
            };
            assert_eq!(
                app.ctx.whole_journey(),
                &journey,
                "{}: the journey changed",
                s.name
            );
            (s.name, cost)
        })
        .collect()
}

/// The journeys compared: a short one and one with four times the history (goals and their
/// milestones and reviews, meetings and their action items, answers, questions) with the
/// same mentors: a journey grows longer, not wider, and the screens that list the mentors
/// (Overview, Agreement, a goal's mentor field) show each of them by design. (Large enough
/// that the shared review's first mentor has several open goals at both sizes, so "next
/// goal" moves to a goal on both rather than to the wrap-up on one.)
fn sizes() -> (Size, Size) {
    let short = Size::small().times(4);
    let long = Size {
        mentors: short.mentors,
        ..Size::small().times(16)
    };
    (short, long)
}

#[test]
fn a_taller_screen_showing_more_rows_makes_no_more_passes() {
    let size = Size::small().times(8);
    let short = cost_per_step(size, 24);
    let tall = cost_per_step(size, 60);
    for ((name, s), (_, t)) in short.iter().zip(&tall) {
        assert_eq!(
            s.passes, t.passes,
            "{name}: {} passes at 80x24, {} at 80x60",
            s.passes, t.passes
        );
    }
}

#[test]
fn a_longer_journey_makes_no_more_passes() {
    let (small, large) = sizes();
    let short = cost_per_step(small, 24);
    let long = cost_per_step(large, 24);
    print_costs(&short, &long);
    for ((name, s), (_, l)) in short.iter().zip(&long) {
        // The journeys differ in more than length (the goal a step opens may take its
        // progress from milestones in one and not the other; the last meeting with the
        // shared screen's mentor is private in one, so the agenda built on the shared-only
        // journey looks further back), hence a little slack; a pass per goal or per meeting
        // would add dozens.
        assert!(
            l.passes <= s.passes + 3,
            "{name}: {} passes on a journey of {} records, {} on one of {}",
            s.passes,
            small.total(),
            l.passes,
            large.total()
        );
        // Opening the shared screen is the dearest step: it projects the journey (a pass
        // over each list, and one to index each of the projection's lists), builds the
        // meeting's agenda from the whole journey and from the projection to keep it,
        // projects again after keeping it (here the in-memory store refuses the write, so
        // every `S` is a first one) and builds it to show it.
        assert!(
            l.passes <= 76,
            "{name}: {} passes for one key and a frame",
            l.passes
        );
    }
}

/// Issue 16's target, in records rather than time: a key costs the same however long the
/// journey, so the records it visits must not grow with it. Met by every tab, by the
/// search (the journey's indexes, lists found by place; a letter reads at most a key's
/// worth of texts, `ui::search::KEY_BUDGET`, smaller in this crate's tests, and the rest is
/// counted between keys), and by Prepare and the shared screen once open (their agenda and
/// goals kept between keys: `view::Memo`); see the next test for what is not yet.
#[test]
fn records_visited_do_not_grow_with_the_journey() {
    assert_flat(|name| !not_flat_yet(name));
}

/// Prepare once open reads the rows on screen, and nothing per item of the agenda (a long
/// journey's holds thousands of open items): its redraw and moves visit the same records
/// give or take a few at both sizes. Stricter than the test above, whose margin a lookup
/// per agenda item per frame stayed within at these sizes.
#[test]
fn prepare_keys_visit_what_is_on_screen() {
    let (small, large) = sizes();
    let short = cost_per_step(small, 24);
    let long = cost_per_step(large, 24);
    for ((name, s), (_, l)) in short.iter().zip(&long) {
        if matches!(*name, "Prepare: redraw" | "Prepare: move") {
            assert!(
                l.visited <= s.visited + 20,
                "{name}: {} → {} records visited",
                s.visited,
                l.visited
            );
        }
    }
}

/// The same for opening the shared screen and the agenda as printed. Not met yet: the
/// shared screen projects the whole journey (a pass over each list, by design:
/// `Journey::shared_only`) and builds the meeting's agenda on it; the agenda as printed is
/// written out whole (every item, with what it carries) when it opens, then kept while
/// it is scrolled.
#[test]
#[ignore = "issue 16: opening the shared screen projects the whole journey"]
fn records_visited_in_the_modes_and_the_search_do_not_grow_with_the_journey() {
    assert_flat(not_flat_yet);
}

/// The steps of [`records_visited_in_the_modes_and_the_search_do_not_grow_with_the_journey`].
fn not_flat_yet(name: &str) -> bool {
    matches!(name, "Shared review: open" | "Prepare: as printed")
}

/// Fails listing the steps picked by `which` whose records visited grow with the journey.
fn assert_flat(which: impl Fn(&str) -> bool) {
    let (small, large) = sizes();
    let short = cost_per_step(small, 24);
    let long = cost_per_step(large, 24);
    print_costs(&short, &long);
    let picked = short.iter().filter(|(name, _)| which(name)).count();
    let growing: Vec<String> = short
        .iter()
        .zip(&long)
        .filter(|((name, _), _)| which(name))
        .filter(|((_, s), (_, l))| l.visited > s.visited + s.visited / 2 + 50)
        .map(|((name, s), (_, l))| format!("{name}: {} → {}", s.visited, l.visited))
        .collect();
    assert!(
        growing.is_empty(),
        "records visited grow with the journey ({} → {} records) in {} of {} steps:\n{}",
        small.total(),
        large.total(),
        growing.len(),
        picked,
        growing.join("\n")
    );
}

/// The counts of every step at both sizes, for `--nocapture`.
fn print_costs(short: &[(&str, Cost)], long: &[(&str, Cost)]) {
    let (small, large) = sizes();
    println!(
        "{:36} {:>14} {:>14} {:>18} {:>18}",
        "one key and a frame (80x24)", "passes", "passes", "records visited", "records visited"
    );
    println!(
        "{:36} {:>14} {:>14} {:>18} {:>18}",
        "",
        format!("{} rec.", small.total()),
        format!("{} rec.", large.total()),
        format!("{} rec.", small.total()),
        format!("{} rec.", large.total())
    );
    for ((name, s), (_, l)) in short.iter().zip(long) {
        println!(
            "{name:36} {:>14} {:>14} {:>18} {:>18}",
            s.passes, l.passes, s.visited, l.visited
        );
    }
}
