//! A property of the shared screen: random journeys with random private flags (every private
//! text marked, see `journeys::with_private`), driven by random keys drawn from the live
//! keymap through every tab while shared. Two apps take the same keys: one on the journey,
//! one on its shared-only projection (`Journey::shared_only`). While shared, every frame of
//! the first holds no marker, and is the same as the second's frame: so every count it
//! shows (goals on Overview, "N reviewed", list counts, getting-started ticks, ↻ and "not
//! reviewed", pickers, defaults) is the one computed over the shared-only journey.
//!
//! The projection is taken when sharing starts: `S` first keeps the meeting's agenda, built
//! from the whole journey (her order, private items in their place; see
//! `modes::review::share_with_agenda_kept`). That is a write made alone, before the screen is
//! shared; from then on the shared screen is the projection of what is stored, and pressing
//! `S` on the projection must keep nothing more.
//!
//! An agenda is compared by its order, not its numbers (see [`ranked`]). The two part ways,
//! by design, when the shared screen refuses a write that would change
//! something it hides (`Writer::check`): from then on only the markers are checked.
//! `PROPTEST_CASES=n` sets the number of journeys (default 20).

use crate::common::journeys::{MARK, with_private};
use crate::common::{app_with_store, screen};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use mentee::action::Action;
use mentee::app::App;
use mentee::ctx::{HIDDEN_FIELD, WriteError};
use mentee::domain::Journey;
use mentee::generate;
use mentee::keymap::{Context, bindings};
use mentee::modes::Mode;
use mentee::store::Store;
use proptest::prelude::*;

/// One input of a sequence.
#[derive(Clone, Debug)]
enum Step {
    /// The n-th (modulo) key bound in the contexts active in the first app.
    Active(u16),
    /// A tab's digit.
    Tab(u8),
    /// A character typed.
    Char(char),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => any::<u16>().prop_map(Step::Active),
        2 => (1u8..=6).prop_map(Step::Tab),
        2 => prop::sample::select(vec!['a', 'Z', ' ', '7', '-']).prop_map(Step::Char),
    ]
}

/// A key bound where the app is now, chosen by `n` (as `tests/random_input.rs` does). The
/// export and invite keys are left out: they write files (what they write is tested in
/// `tests/logic`).
fn active_key(app: &App, n: u16) -> KeyEvent {
    let mut stack = app.contexts();
    let own = stack
        .iter()
        .take_while(|c| !matches!(c, Context::Tabs | Context::Global))
        .count();
    if !n.is_multiple_of(4) && own > 0 {
        stack.truncate(own);
    }
    let keys: Vec<KeyEvent> = bindings()
        .filter(|b| stack.contains(&b.context))
        .filter(|b| {
            !matches!(
                b.action,
                Action::Export | Action::ExportSummary | Action::Invite
            )
        })
        .flat_map(|b| b.keys.iter().map(|k| KeyEvent::new(k.code, k.mods)))
        .collect();
    keys.get(usize::from(n / 4) % keys.len().max(1))
        .copied()
        .unwrap_or_else(|| KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE))
}

fn app_on(j: &Journey) -> App {
    let store = Store::open_in_memory().expect("store");
    generate::write(&store, j).expect("write");
    let mut app = app_with_store(store);
    app.ctx.clock = generate::clock();
    app
}

fn key(app: &mut App, k: KeyEvent) {
    app.handle_event(Event::Key(k));
    // The real app would quit; carrying on reaches more states.
    app.quit = false;
    app.ctx.external = None;
}

/// Whether the app is on the shared screen, or the neutral screen after it.
fn shared(app: &App) -> bool {
    app.ctx.shared() || app.mode == Some(Mode::Ended)
}

/// Whether the last key was a write the shared screen refused (see the module docs).
fn refused(app: &App) -> bool {
    let hidden = WriteError::Hidden.message();
    app.ctx
        .status
        .as_ref()
        .is_some_and(|s| s.text == hidden || s.text == HIDDEN_FIELD)
}

fn play(j: &Journey, tab: u8, steps: &[Step], size: (u16, u16)) -> Result<usize, TestCaseError> {
    let share = |app: &mut App| {
        let digit = char::from(b'0' + tab);
        key(app, KeyEvent::new(KeyCode::Char(digit), KeyModifiers::NONE));
        key(app, KeyEvent::new(KeyCode::Char('S'), KeyModifiers::NONE));
    };
    let mut a = app_on(j);
    share(&mut a);
    prop_assert!(a.ctx.shared());
    // The twin: the journey as stored when sharing starts (its agenda kept), projected.
    let twin = a.ctx.whole_journey().shared_only();
    let mut b = app_on(&twin);
    share(&mut b);
    prop_assert!(
        *b.ctx.whole_journey() == twin,
        "S on the shared-only journey kept more of the agenda"
    );
    let diff = difference(
        &ranked(a.ctx.journey().renumbered()),
        &ranked(b.ctx.journey().renumbered()),
    );
    prop_assert!(
        diff.is_none(),
        "at the start, the shared journeys differ: {diff:?}"
    );
    let mut together = true;
    let mut compared = 0;
    let (w, h) = size;
    for (i, s) in steps.iter().enumerate() {
        let k = match s {
            Step::Active(n) => active_key(&a, *n),
            Step::Tab(t) => KeyEvent::new(KeyCode::Char(char::from(b'0' + t)), KeyModifiers::NONE),
            Step::Char(c) => KeyEvent::new(KeyCode::Char(*c), KeyModifiers::NONE),
        };
        key(&mut a, k);
        key(&mut b, k);
        if !shared(&a) {
            break;
        }
        together &= !refused(&a);
        let frame = screen(&mut a, w, h);
        prop_assert!(
            !frame.contains(MARK),
            "step {i} ({k:?}): a private text on the shared screen:\n{frame}"
        );
        if together {
            // (After the shared screen, on the neutral screen, the journey is whole again.)
            let diff = a
                .ctx
                .shared()
                .then(|| {
                    difference(
                        &ranked(a.ctx.journey().renumbered()),
                        &ranked(b.ctx.journey().renumbered()),
                    )
                })
                .flatten();
            prop_assert!(
                diff.is_none(),
                "step {i} ({k:?}): the shared journeys differ: {diff:?}"
            );
            let other = screen(&mut b, w, h);
            prop_assert!(
                frame == other,
                "step {i} ({k:?}): the frame differs from the shared-only journey's:\n{frame}\n---- shared-only journey:\n{other}"
            );
            compared += 1;
        }
    }
    Ok(compared)
}

/// The journey with each agenda's positions replaced by the items' ranks in it. The shared
/// screen shows an agenda's order; a change made there keeps the private items in their
/// places (`domain::agenda::with_hidden_in_place`), so the numbers of the items shown may
/// differ from the shared-only journey's while their order is the same.
fn ranked(mut j: Journey) -> Journey {
    let mut order: Vec<usize> = (0..j.agenda_items.len()).collect();
    order.sort_by_key(|&i| {
        let a = &j.agenda_items[i];
        (a.meeting_id, a.mentor_id, a.position, a.id)
    });
    let mut last = None;
    let mut rank = 0;
    for i in order {
        let a = &mut j.agenda_items[i];
        let agenda = Some((a.meeting_id, a.mentor_id));
        if agenda != last {
            (last, rank) = (agenda, 0);
        }
        a.position = rank;
        rank += 1;
    }
    j
}

/// The first record in which two journeys differ, as JSON (`None` when they are equal).
fn difference(a: &Journey, b: &Journey) -> Option<String> {
    let (a, b) = (serde_json::to_value(a).ok()?, serde_json::to_value(b).ok()?);
    let (a, b) = (a.as_object()?, b.as_object()?);
    for (table, x) in a {
        let y = &b[table];
        if x == y {
            continue;
        }
        let (Some(xs), Some(ys)) = (x.as_array(), y.as_array()) else {
            return Some(format!("{table}: {x} ≠ {y}"));
        };
        let at = xs.iter().zip(ys).position(|(p, q)| p != q);
        return Some(match at {
            Some(i) => format!("{table}[{i}]: {} ≠ {}", xs[i], ys[i]),
            None => format!("{table}: {} ≠ {} records", xs.len(), ys.len()),
        });
    }
    None
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn shared_frames_show_nothing_private_and_count_only_what_is_shared(
        seed in 0u64..1_000,
        flags in prop::collection::vec(prop::bool::weighted(0.3), 1..48),
        tab in 1u8..=6,
        steps in prop::collection::vec(step(), 1..60),
        wide in any::<bool>(),
    ) {
        let j = with_private(seed, &flags);
        let size = if wide { (120, 40) } else { (80, 24) };
        play(&j, tab, &steps, size)?;
    }
}

/// The property is not vacuous: the two apps stay together long enough to compare many
/// frames, on every tab.
#[test]
fn the_walks_compare_frames_on_every_tab() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let j = with_private(7, &[false, true, false, false]);
    let mut compared = 0;
    for tab in 1..=6 {
        for _ in 0..2 {
            let steps = prop::collection::vec(step(), 30..40)
                .new_tree(&mut runner)
                .expect("steps")
                .current();
            compared += play(&j, tab, &steps, (80, 24)).expect("the property holds");
        }
    }
    eprintln!("{compared} frames compared");
    assert!(compared >= 150, "only {compared} frames compared");
}
