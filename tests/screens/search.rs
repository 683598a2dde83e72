//! The search overlay and the export prompt at 80x24 (and the smallest size), on the demo
//! journey: insta snapshots of a `TestBackend`, reviewed by hand.

use crate::common::{app_with_store, clock, press, terminal, type_text};
use insta::assert_snapshot;
use mentee::app::App;
use mentee::store::Store;

/// The demo journey in an in-memory store, at the tests' frozen "now".
fn demo() -> App {
    let store = Store::open_in_memory().unwrap();
    let journey = mentee::demo::journey(&clock()).unwrap();
    mentee::import::import(&store, &journey, false, clock().stamp()).unwrap();
    let mut app = app_with_store(store);
    app.ctx.export_dir = Some("/home/noor/plans".into());
    app
}

#[test]
fn search_everything_from_overview() {
    let mut app = demo();
    press(&mut app, "/");
    type_text(&mut app, "data");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn search_from_the_journal_lists_meetings_first() {
    let mut app = demo();
    press(&mut app, "5 /");
    type_text(&mut app, "slides");
    press(&mut app, "Down Down");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn search_before_typing_on_a_shared_screen() {
    let mut app = demo();
    app.ctx.set_shared(true);
    press(&mut app, "3 /");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn search_at_the_smallest_size() {
    let mut app = demo();
    press(&mut app, "4 /");
    type_text(&mut app, "Elena");
    assert_snapshot!(terminal(&mut app, 60, 16).backend());
}

#[test]
fn export_prompt() {
    let mut app = demo();
    press(&mut app, "E");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn export_prompt_on_a_shared_screen() {
    let mut app = demo();
    app.ctx.set_shared(true);
    press(&mut app, "4 E");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}
