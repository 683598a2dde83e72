//! The app's first frame is drawn from part of the journey (`Store::load_first`: the newest
//! answers, the open goals' milestones and reviews, the open action items) while the rest
//! is read on another thread. That frame must be the whole journey's, cell for cell and
//! style for style.

use mentee::app::App;
use mentee::ctx::Ctx;
use mentee::domain::Journey;
use mentee::domain::clock::Clock;
use mentee::generate::{self, Size};
use mentee::store::Store;
use mentee::theme::Theme;
use ratatui::buffer::Buffer;

use crate::common::{self, journeys, terminal};

/// The first frame of an app whose journey `read` takes from a store holding `j`.
fn first_frame(j: &Journey, clock: Clock, read: fn(&Store) -> Journey, w: u16, h: u16) -> Buffer {
    let store = Store::open_in_memory().unwrap();
    generate::write(&store, j).unwrap();
    let journey = read(&store);
    let mut app = App::new(Ctx::new(store, journey, clock), Theme::color());
    terminal(&mut app, w, h).backend().buffer().clone()
}

fn assert_same_first_frame(name: &str, j: &Journey, clock: Clock) {
    let whole = |s: &Store| s.load().unwrap();
    let first = |s: &Store| s.load_first().unwrap();
    for (w, h) in [(80, 24), (60, 16), (120, 40), (200, 60)] {
        assert_eq!(
            first_frame(j, clock.clone(), first, w, h),
            first_frame(j, clock.clone(), whole, w, h),
            "{name} at {w}x{h}: the first frame differs when drawn from part of the journey"
        );
    }
}

#[test]
fn the_first_frame_drawn_from_part_of_the_journey_is_the_whole_journeys() {
    // A generated journey (some goals open, most closed; open and closed items), and the
    // same read part way: really a part.
    let j = generate::journey(&Size::small().times(3), 7);
    let store = Store::open_in_memory().unwrap();
    generate::write(&store, &j).unwrap();
    let (part, whole) = (store.load_first().unwrap(), store.load().unwrap());
    assert!(part.reviews.len() < whole.reviews.len() && !part.reviews.is_empty());
    assert!(part.milestones.len() < whole.milestones.len());
    assert!(part.actions.len() < whole.actions.len() && !part.actions.is_empty());
    assert!(part.answers.values().all(|v| v.len() == 1));
    // The texts the Overview does not show are left to the rest: a meeting's notes, a
    // goal's evidence; and of an open goal's reviews only the last.
    assert!(whole.meetings.iter().any(|m| !m.notes.is_empty()));
    assert!(
        part.meetings
            .iter()
            .all(|m| m.notes.is_empty() && m.agenda.is_empty())
    );
    assert!(whole.goals.iter().any(|g| !g.evidence.is_empty()));
    assert!(
        part.goals
            .iter()
            .all(|g| g.evidence.is_empty() && g.why.is_empty())
    );
    let open_goals = part
        .goals
        .iter()
        .filter(|g| mentee::domain::goals::is_open(g));
    assert!(part.reviews.len() <= open_goals.count());
    assert_same_first_frame("generated", &j, generate::clock());

    // Random journeys, with random private flags, at several "todays".
    for seed in 0..12 {
        let flags: Vec<bool> = (0..40).map(|i| (seed * 7 + i * 3) % 5 == 0).collect();
        let j = journeys::with_private(seed, &flags);
        for clock in [
            generate::clock(),
            Clock::at_day(2022, 3, 1),
            common::clock(),
        ] {
            assert_same_first_frame(&format!("random journey {seed}"), &j, clock);
        }
    }
}

#[test]
fn a_journey_read_part_way_then_completed_is_the_whole_journey() {
    for seed in [1, 2, 3] {
        let j = generate::journey(&Size::small().times(2), seed);
        let store = Store::open_in_memory().unwrap();
        generate::write(&store, &j).unwrap();
        let mut part = store.load_first().unwrap();
        store.load_later().unwrap().complete(&mut part);
        assert_eq!(part, store.load().unwrap());
    }
}
