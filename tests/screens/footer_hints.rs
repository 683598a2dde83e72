//! Every key the footer shows, in every context of the keymap, does what it says there: it
//! is the binding that key reaches, and pressing it changes something (the screen, the
//! journey, or it quits or opens the editor). Each context must be reached by one of the
//! screens below, so a context added later without a screen here fails this test.

use std::collections::HashSet;

use crossterm::event::{Event, KeyEvent};
use mentee::app::App;
use mentee::keymap::{self, Context};
use ratatui::buffer::Buffer;
use strum::IntoEnumIterator;

use crate::common::{demo_app, script, terminal};

/// Screens of the demo journey, by the keys (see `common::script`) that reach them.
const SCREENS: &[(&str, &str)] = &[
    ("Overview, taller than the screen", ""),
    ("the help", "?"),
    ("a confirm dialog", "6 d"),
    // A gap note made private after a goal was made from it: the goal asks to follow it.
    (
        "a question whose default is yes",
        "@empty 3 Enter Enter 'ideal Esc Down Enter 'reality Esc Down Enter 'gap Esc Down m m n Up x",
    ),
    ("the mentors", "6"),
    ("a mentor's name", "6 Enter"),
    ("a structure", "6 Enter Down Down"),
    ("the channels", "6 Enter Down Down Down Down"),
    ("editing a name", "6 Enter Enter"),
    ("editing a long text", "6 Enter End Enter"),
    ("filling in: the structure", "6 Enter Down Enter Tab"),
    ("a goal's private flag", "4 Enter End"),
    ("the questions", "2"),
    ("reading an answer", "2 Right"),
    ("an answer linked to the worksheet", "2 ] Down Down"),
    ("an answer linked to the goals", "2 G"),
    ("an answer's history", "2 h"),
    ("what changed", "2 c"),
    ("the goals", "4"),
    ("a goal", "4 Enter"),
    ("a goal's milestones", "4 Enter ]"),
    ("a goal's reviews", "4 Enter ] ]"),
    ("a milestone", "4 Enter ] Enter"),
    ("the worksheet's stems", "3"),
    ("a stem marked as a gap", "3 Down Down"),
    ("a stem's entries", "3 Enter"),
    ("the goals made from a stem", "3 Enter G Down"),
    ("compare", "3 c"),
    ("the worksheet as sentences", "3 p"),
    ("the meetings", "5"),
    ("a meeting", "5 Enter"),
    ("a meeting's action items", "5 Enter G Down"),
    ("an action item", "5 Enter G Down Enter"),
    ("the search", "/"),
    ("the search, with results", "/ 'Elena"),
    ("the export prompt", "E"),
    // The second item (the first cannot move up).
    ("Prepare", "P Down"),
    ("Prepare: one of your questions", "P End"),
    ("Prepare: a new question", "P n 'Which"),
    // Marcus: his next meeting is not planned yet, so keeping asks when.
    ("Prepare: planning the meeting", "P m w"),
    ("Prepare: as printed", "P v"),
    // The shared screen opens on the agenda of the meeting Prepare chose (Elena's), then
    // her goals: the first takes its progress from milestones, the second is set by hand.
    ("the shared screen: the agenda", "S"),
    ("the shared screen: a goal", "S Right"),
    ("the shared screen: progress by hand", "S Right Right"),
    ("the shared screen: an action item", "S Right a 'Book"),
    ("the shared screen: the action's owner", "S Right a Tab"),
    ("the shared screen: the wrap-up", "S Esc"),
    ("after the shared screen", "S Esc Esc"),
    // A journey with no goal at all (the review has nothing to show).
    ("the shared screen: nothing to review", "@empty S"),
    // No goal, but an answer on the agenda: ← goes back to it.
    (
        "the shared screen: no goal, an agenda",
        "@empty 2 Enter 'Analyst Esc S Right",
    ),
    // A meeting held yesterday without a reflection: Overview asks for one.
    ("a reflection to write", "5 n 'yesterday Enter Esc 1"),
    ("a review held at a meeting", "5 Down Enter G Down"),
];

const SIZE: (u16, u16) = (80, 24);

/// The demo app at one screen; what it writes (an export) goes to `dir`.
fn at(keys: &str, dir: &std::path::Path) -> App {
    let (mut app, keys) = match keys.strip_prefix("@empty") {
        Some(rest) => (crate::common::app(), rest),
        None => (demo_app(), keys),
    };
    app.ctx.export_dir = Some(dir.to_path_buf());
    terminal(&mut app, SIZE.0, SIZE.1);
    script(&mut app, keys);
    app
}

/// What is on screen, message row left out (a message alone does not count as the key
/// doing something).
fn drawn(app: &mut App) -> Buffer {
    app.ctx.status = None;
    terminal(app, SIZE.0, SIZE.1).backend().buffer().clone()
}

#[test]
fn every_footer_hint_in_every_context_works_there() {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let mut seen: HashSet<Context> = HashSet::new();
    let mut failures = Vec::new();
    for (name, keys) in SCREENS {
        let stack = at(keys, dir.path()).contexts();
        seen.extend(stack.iter().copied());
        for hint in keymap::footer(&stack) {
            for b in &hint.bindings {
                let k = b.keys[0];
                let event = KeyEvent::new(k.code, k.mods);
                let label = format!("{name}: {} {}", k.label(), b.help);
                if keymap::lookup(&stack, &event) != Some(b.action) {
                    failures.push(format!("{label}: the key does something else here"));
                    continue;
                }
                let mut app = at(keys, dir.path());
                let before = (drawn(&mut app), app.ctx.whole_journey().clone());
                app.handle_event(Event::Key(event));
                let quit_or_editor = app.quit || app.ctx.external.is_some();
                let after = (drawn(&mut app), app.ctx.whole_journey().clone());
                if before == after && !quit_or_editor {
                    failures.push(format!("{label}: nothing changed"));
                }
            }
        }
    }
    let missing: Vec<Context> = Context::iter().filter(|c| !seen.contains(c)).collect();
    assert!(missing.is_empty(), "no screen here reaches {missing:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
