//! `/` searches every tab: each kind of record is found and leads to the right place, the
//! tab it was opened from comes first, private items stay out on a shared screen (also
//! from the counts), and long result lists are cut with a count of the rest.

use crate::common::journeys::{rich, store_with};
use crate::common::{app_with_store, press, screen, terminal, type_text};
use mentee::app::{App, Overlay};
use mentee::ctx::{Ctx, Target};
use mentee::domain::{ActionItem, FieldKey, GoalField, MeetingField, MentorField};
use std::sync::OnceLock;

use mentee::domain::Journey;
use mentee::domain::search::contains;
use mentee::generate::{self, Size};
use mentee::search::{Area, Found, Hit, Index, Narrowing};
use mentee::store::Store;
use mentee::tab::Tab;
use mentee::view::View;
use ratatui::style::Modifier;
use strum::EnumCount;

fn ctx() -> Ctx {
    Ctx::new(
        Store::open_in_memory().unwrap(),
        rich(),
        crate::common::clock(),
    )
}

/// Where each query's first match leads, and in which area it is.
fn first(index: &Index, view: &View, query: &str) -> (Area, &'static str, Target) {
    let found = index.search(view.journey, query, None, |_| 50);
    let (area, _, hits) = found.groups.first().expect(query);
    let e = index.shown(hits[0].entry, view).unwrap();
    assert_eq!(e.area, *area);
    (*area, e.field, e.target)
}

#[test]
fn every_kind_of_record_is_found_and_leads_to_its_place() {
    let ctx = ctx();
    let view = ctx.view();
    let index = Index::build(&view);
    let cases = [
        (
            "PUBLIC-answer-v2",
            Area::Conversation,
            "answer",
            Target::Answer("conversation.now".into()),
        ),
        (
            "SECRET-worksheet-gap",
            Area::Worksheet,
            "gap",
            Target::Answer("worksheet.and.4.gap".into()),
        ),
        (
            "PUBLIC-goal why",
            Area::Goals,
            "why",
            Target::Field(FieldKey::Goal(1, GoalField::Why)),
        ),
        (
            "PUBLIC-bare-goal competency",
            Area::Goals,
            "competency",
            Target::Field(FieldKey::Goal(7, GoalField::Competency)),
        ),
        (
            "PUBLIC-milestone",
            Area::Goals,
            "milestone",
            Target::Milestone(1),
        ),
        ("PUBLIC-review", Area::Goals, "review", Target::Review(1)),
        (
            "PUBLIC-agenda",
            Area::Journal,
            "agenda",
            Target::Field(FieldKey::Meeting(2, MeetingField::Agenda)),
        ),
        (
            "PUBLIC-notes",
            Area::Journal,
            "notes",
            Target::Field(FieldKey::Meeting(6, MeetingField::Notes)),
        ),
        (
            "SECRET-reflection",
            Area::Journal,
            "reflection",
            Target::Field(FieldKey::Meeting(2, MeetingField::Reflection)),
        ),
        (
            "meet.example",
            Area::Journal,
            "place",
            Target::Field(FieldKey::Meeting(2, MeetingField::Place)),
        ),
        ("PUBLIC-action", Area::Journal, "action", Target::Action(1)),
        (
            "PUBLIC-loose-action",
            Area::Journal,
            "action",
            Target::Action(3),
        ),
        (
            "Café Nero",
            Area::Agreement,
            "venue",
            Target::Field(FieldKey::Mentor(3, MentorField::Venue)),
        ),
        (
            "to see you grow",
            Area::Agreement,
            "they want",
            Target::Field(FieldKey::Mentor(3, MentorField::WantTheirs)),
        ),
    ];
    for (query, area, field, target) in cases {
        assert_eq!(
            first(&index, &view, query),
            (area, field, target),
            "{query}"
        );
    }
    let j = view.journey;
    // Answers are searched as they are now: an earlier version is history.
    assert_eq!(index.search(j, "PUBLIC-answer-v1", None, |_| 50).total(), 0);
    // Case and script do not matter.
    assert_eq!(
        index
            .search(j, "public-ANSWER-V2 — 今", None, |_| 50)
            .total(),
        1
    );
}

#[test]
fn the_tab_searched_from_comes_first_then_the_others_in_tab_order() {
    let ctx = ctx();
    let index = Index::build(&ctx.view());
    let areas = |first| {
        index
            .search(ctx.journey(), "PUBLIC", first, |_| 50)
            .groups
            .iter()
            .map(|g| g.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        areas(None),
        vec![Area::Conversation, Area::Goals, Area::Journal]
    );
    assert_eq!(
        areas(Some(Area::Journal)),
        vec![Area::Journal, Area::Conversation, Area::Goals]
    );
}

#[test]
fn on_a_shared_screen_private_items_are_neither_found_nor_counted() {
    let mut c = ctx();
    let alone = Index::build(&c.view());
    assert!(alone.search(c.journey(), "SECRET", None, |_| 50).total() >= 12);
    let public = alone.search(c.journey(), "PUBLIC", None, |_| 50).total();
    c.set_shared(true);
    let view = c.view();
    let shared = Index::build(&view);
    assert_eq!(
        shared.search(view.journey, "SECRET", None, |_| 50).total(),
        0
    );
    assert!((0..shared.len()).all(|i| {
        let e = shared.shown(i, &view).unwrap();
        !e.text.contains("SECRET") && !e.record.contains("SECRET")
    }));
    // A review of a private goal goes with the goal; everything public is still there.
    assert_eq!(
        shared.search(view.journey, "PUBLIC", None, |_| 50).total(),
        public
    );
}

#[test]
fn long_result_lists_are_cut_and_the_rest_counted() {
    let mut j = rich();
    for i in 0..120 {
        j.actions.push(ActionItem {
            id: 100 + i,
            meeting_id: Some(2),
            text: format!("Bulk item {i}"),
            position: 10 + i,
            ..ActionItem::default()
        });
    }
    let mut app = App::new(
        Ctx::new(Store::open_in_memory().unwrap(), j, crate::common::clock()),
        mentee::theme::Theme::color(),
    );
    press(&mut app, "/");
    type_text(&mut app, "bulk");
    let Some(Overlay::Search(view)) = &app.overlay else {
        panic!("the search is open");
    };
    let (_, count, hits) = &view.found().groups[0];
    assert_eq!((*count, hits.len()), (120, 50));
    // Page by page to the end (a page is what the last frame showed).
    let mut s = screen(&mut app, 80, 24);
    for _ in 0..5 {
        press(&mut app, "PgDn");
        s = screen(&mut app, 80, 24);
    }
    assert!(s.contains("120 matches in 1 tab"), "{s}");
    assert!(
        s.contains("2026-02-01 Ana      action        Bulk item 49"),
        "{s}"
    );
    assert!(
        s.contains("▸   … 70 more in Journal: Enter lists them, or type more to narrow"),
        "{s}"
    );
    // Enter on it lists the next ones, from the first of them.
    press(&mut app, "Enter");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("▸   2026-02-01 Ana      action        Bulk item 50"),
        "{s}"
    );
    press(&mut app, "End");
    for _ in 0..5 {
        press(&mut app, "PgDn");
        screen(&mut app, 80, 24);
    }
    press(&mut app, "Enter");
    for _ in 0..5 {
        press(&mut app, "PgDn");
        screen(&mut app, 80, 24);
    }
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("▸   2026-02-01 Ana      action        Bulk item 119"),
        "{s}"
    );
    assert!(!s.contains("more in Journal"), "{s}");
}

/// The text drawn reversed (a selected row or field) on each line of the screen.
fn reversed(app: &mut App) -> Vec<String> {
    let t = terminal(app, 80, 24);
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .filter(|x| buf[(*x, y)].modifier.contains(Modifier::REVERSED))
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .filter(|s| !s.trim().is_empty())
        .collect()
}

fn rich_app() -> App {
    app_with_store(store_with(&rich()))
}

/// Types `query` into a fresh search, moves down `down` results and presses Enter.
fn go(app: &mut App, query: &str, down: usize) {
    press(app, "/");
    type_text(app, query);
    for _ in 0..down {
        press(app, "Down");
    }
    press(app, "Enter");
    assert!(app.overlay.is_none());
}

#[test]
fn enter_goes_to_the_record_with_the_field_selected() {
    let mut app = rich_app();
    go(&mut app, "PUBLIC-goal evidence", 0);
    assert_eq!(app.tab, Tab::Goals);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Goal: PUBLIC-goal"), "{s}");
    assert!(reversed(&mut app).iter().any(|r| r.contains("Evidence")));

    go(&mut app, "PUBLIC-review", 0);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("▸ 21 Feb  40% PUBLIC-review"), "{s}");

    go(&mut app, "PUBLIC-notes", 0);
    assert_eq!(app.tab, Tab::Journal);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Meeting · Wed 1 Apr 2026 12:15"), "{s}");
    assert!(reversed(&mut app).iter().any(|r| r.contains("Notes")));

    go(&mut app, "Café", 0);
    assert_eq!(app.tab, Tab::Agreement);
    assert!(reversed(&mut app).iter().any(|r| r.contains("Venue")));

    go(&mut app, "PUBLIC-answer", 0);
    assert_eq!(app.tab, Tab::Conversation);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("PUBLIC-answer-v2 — 今"), "{s}");

    go(&mut app, "SECRET-worksheet-gap", 0);
    assert_eq!(app.tab, Tab::Occupation);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("SECRET-worksheet-gap"), "{s}");
    assert!(reversed(&mut app).iter().any(|r| r.contains("Gap")));

    // An item that belongs to no meeting: the Journal opens, as close as it gets.
    go(&mut app, "PUBLIC-loose-action", 0);
    assert_eq!(app.tab, Tab::Journal);
}

#[test]
fn esc_closes_the_search_and_leaves_everything_as_it_was() {
    let mut app = rich_app();
    press(&mut app, "4 Enter");
    let before = screen(&mut app, 80, 24);
    press(&mut app, "/");
    type_text(&mut app, "q1?");
    // Typed keys are the query: q did not quit, 1 did not switch tabs, ? opened no help.
    assert!(!app.quit);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("No matches for “q1?”."), "{s}");
    assert!(s.contains("/ q1?"), "{s}");
    press(&mut app, "Esc");
    assert!(app.overlay.is_none());
    assert_eq!(screen(&mut app, 80, 24), before);
}

#[test]
fn the_search_on_a_shared_screen_shows_nothing_private() {
    let mut app = rich_app();
    app.ctx.set_shared(true);
    press(&mut app, "/");
    let mut all = screen(&mut app, 80, 24);
    assert!(all.contains("Private items are left out on the shared screen"));
    for q in ["SECRET", "secret-", "e", "Ana"] {
        type_text(&mut app, q);
        all.push_str(&screen(&mut app, 80, 24));
        for _ in q.chars() {
            press(&mut app, "Backspace");
        }
    }
    assert!(!all.contains("SECRET-"), "{all}");
    assert!(all.contains("No matches for “SECRET”."), "{all}");
}

#[test]
fn a_click_selects_a_result_and_a_second_click_goes_there() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let click = |app: &mut App, column: u16, row: u16| {
        app.handle_event(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }));
    };
    let mut app = rich_app();
    press(&mut app, "/");
    type_text(&mut app, "PUBLIC-");
    let s = screen(&mut app, 80, 24);
    // Row 5 is the Goals heading, row 6 its first result (the PUBLIC-goal's title).
    assert!(s.lines().nth(5).unwrap().contains("Goals (15)"), "{s}");
    click(&mut app, 20, 5);
    assert!(app.overlay.is_some(), "a heading does nothing");
    let s = screen(&mut app, 80, 24);
    assert!(s.lines().nth(4).unwrap().contains('▸'), "{s}");
    click(&mut app, 20, 6);
    assert!(app.overlay.is_some(), "the first click selects");
    let s = screen(&mut app, 80, 24);
    assert!(s.lines().nth(6).unwrap().contains("▸   PUBLIC-goal"), "{s}");
    click(&mut app, 20, 6);
    assert!(app.overlay.is_none());
    assert_eq!(app.tab, Tab::Goals);
    assert!(screen(&mut app, 80, 24).contains("Goal: PUBLIC-goal"));
}

/// What a search must find, the slow way: every text of the index read in the order the
/// results are shown (areas from `first` in tab order), matched with `contains`.
fn naive(index: &Index, view: &View, query: &str, first: Option<Area>, limit: usize) -> Found {
    let mut by_area: Vec<(Area, Vec<usize>)> = Vec::new();
    for entry in 0..index.len() {
        let area = index.shown(entry, view).unwrap().area;
        if by_area.last().is_none_or(|(a, _)| *a != area) {
            by_area.push((area, Vec::new()));
        }
        if contains(index.text(entry, view.journey), query) {
            by_area.last_mut().unwrap().1.push(entry);
        }
    }
    let start = first.map_or(0, |a| a as usize);
    by_area.sort_by_key(|(a, _)| (*a as usize + Area::COUNT - start) % Area::COUNT);
    let groups = by_area
        .into_iter()
        .filter(|(_, hits)| !hits.is_empty())
        .map(|(area, hits)| {
            let listed = hits
                .iter()
                .take(limit)
                .map(|&entry| Hit { entry })
                .collect();
            (area, hits.len(), listed)
        })
        .collect();
    Found {
        groups,
        ..Found::default()
    }
}

/// Generated journeys, made once for every case; in the last, some texts hold 'İ' or the
/// Kelvin sign (whose lowercase is ASCII: a one-letter query reads them).
fn generated() -> &'static [Journey] {
    static JOURNEYS: OnceLock<Vec<Journey>> = OnceLock::new();
    JOURNEYS.get_or_init(|| {
        let mut journeys: Vec<Journey> = (0..3)
            .map(|seed| generate::journey(&Size::small(), seed))
            .collect();
        if let Some(j) = journeys.last_mut() {
            for (k, g) in j.goals.iter_mut().enumerate().filter(|(k, _)| k % 3 == 0) {
                g.why
                    .push_str(if k % 2 == 0 { " İz" } else { " \u{212A}ey" });
            }
            for m in j.meetings.iter_mut().step_by(5) {
                m.notes.push_str(" İ\u{212A}");
            }
        }
        journeys
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 48, ..Default::default() })]

    /// Typed and deleted letter by letter, a slice of work after each key (as the app
    /// does): what is listed so far is always what a full read lists first, every area
    /// counted so far is counted exactly, and once done it is exactly what reading every
    /// text finds, counts included.
    #[test]
    fn a_search_in_slices_finds_what_reading_every_text_finds(
        journey in 0..3usize,
        first in proptest::option::of(0..Area::COUNT),
        budget in 1..4000usize,
        keys in proptest::collection::vec("[aeEtnrs ÉéKk\u{212A}İi.]|<", 1..8),
    ) {
        let j = &generated()[journey];
        let clock = generate::clock();
        let memo = mentee::view::Memo::default();
        let view = View { journey: j, clock: &clock, shared: false, editor: None, memo: &memo };
        let index = Index::build(&view);
        let first = first.and_then(Area::from_repr);
        let mut narrowing = Narrowing::starting_at(first);
        let mut query = String::new();
        for k in keys {
            if k == "<" {
                query.pop();
            } else {
                query.push_str(&k);
            }
            narrowing.set_query(&index, &query);
            narrowing.work(&index, j, budget);
            let so_far = index.found(&narrowing, |_| 7);
            let all = naive(&index, &view, &query, first, 7);
            proptest::prop_assert!(so_far.groups.len() <= all.groups.len(), "{query:?}");
            for (got, want) in so_far.groups.iter().zip(&all.groups) {
                proptest::prop_assert_eq!(got.0, want.0);
                if so_far.open == Some(got.0) {
                    proptest::prop_assert!(got.1 <= want.1);
                    proptest::prop_assert!(want.2.starts_with(&got.2), "{query:?}");
                } else {
                    proptest::prop_assert_eq!(got, want, "{:?}", query);
                }
            }
            if !so_far.counting {
                proptest::prop_assert_eq!(&so_far, &all, "{:?}", query);
            }
        }
        while !narrowing.work(&index, j, budget) {}
        let done = index.found(&narrowing, |_| 7);
        proptest::prop_assert!(!done.counting);
        proptest::prop_assert_eq!(done, naive(&index, &view, &query, first, 7), "{:?}", query);
    }
}

#[test]
fn slash_opens_at_once_and_the_index_is_built_by_the_first_letter_or_the_loop() {
    let mut app = rich_app();
    assert!(app.ctx.search_pending(), "not built before anything asks");
    press(&mut app, "/");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Type to search"), "{s}");
    // Neither the key nor the frame built it: the loop does, a slice at a time, and says
    // so (it looks for a key between slices).
    assert!(app.ctx.search_pending());
    assert!(app.search_waits_for_index());
    // A letter typed meanwhile builds the rest, and finds what a built index finds.
    type_text(&mut app, "PUBLIC-goal ev");
    assert!(!app.ctx.search_pending());
    assert!(!app.search_waits_for_index());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("evidence"), "{s}");
    press(&mut app, "Esc");
    // Built in slices while the query is empty, it is the index a letter would build.
    let mut app = rich_app();
    press(&mut app, "/");
    let mut slices = 0;
    while !app.ctx.prepare_search_slice(64) {
        slices += 1;
    }
    assert!(slices > 1, "built a slice at a time");
    assert!(!app.search_waits_for_index());
    type_text(&mut app, "PUBLIC-goal ev");
    assert_eq!(screen(&mut app, 80, 24), s);
}
