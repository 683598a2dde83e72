//! Rendered screens of the Goals tab and the goals on Overview, at 80x24 (insta snapshots of
//! a `TestBackend`), reviewed by hand. The journey is `common/goals_fixture.rs`; today is
//! 2026-11-22.

use crate::common::goals_fixture as fixture;

use crate::common::{app_with_store, press, terminal};
use insta::assert_snapshot;
use mentee::store::Store;

fn fixture_app() -> mentee::app::App {
    let store = Store::open_in_memory().unwrap();
    fixture::fill(&store);
    app_with_store(store)
}

#[test]
fn goals_list_marks_overdue_review_due_origin_and_private() {
    let mut app = fixture_app();
    press(&mut app, "4");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn goal_detail_with_milestones_and_reviews() {
    let mut app = fixture_app();
    press(&mut app, "4 Enter ] ]");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn a_review_being_written() {
    let mut app = fixture_app();
    press(&mut app, "4 Down Enter r");
    crate::common::type_text(&mut app, "Rehearsed twice with friends.");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn overview_with_goals() {
    let mut app = fixture_app();
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn overview_with_goals_on_a_shared_screen() {
    let mut app = fixture_app();
    app.ctx.set_shared(true);
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn goals_list_and_detail_at_60x16() {
    let mut app = fixture_app();
    press(&mut app, "4");
    assert_snapshot!("goals_list_60x16", terminal(&mut app, 60, 16).backend());
    press(&mut app, "Enter");
    assert_snapshot!("goal_detail_60x16", terminal(&mut app, 60, 16).backend());
}
