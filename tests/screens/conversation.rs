//! Rendered screens of the Conversation tab (insta snapshots of a `TestBackend`), reviewed
//! by hand.

use crate::common::{app, press, terminal, type_text};
use chrono::Duration;
use insta::assert_snapshot;
use mentee::app::App;
use mentee::domain::Clock;
use ratatui::style::Modifier;

/// Answers the selected row with `text` and leaves the field.
fn answer(app: &mut App, text: &str) {
    press(app, "Enter");
    type_text(app, text);
    press(app, "Esc");
}

fn later(app: &mut App, days: i64) {
    let now = app.ctx.clock.now();
    app.ctx.clock.set(now + Duration::days(days));
}

/// A journey with answers to several prompts, one of them with three dated versions.
fn filled() -> App {
    let mut app = app();
    app.ctx.clock = Clock::at_day(2026, 10, 1);
    press(&mut app, "2");
    answer(
        &mut app,
        "Ward nurse, five years in.\nGood at it; less sure I love it.",
    );
    press(&mut app, "Down");
    answer(&mut app, "Triage and teaching students — the best part.");
    press(&mut app, "Down Down Down");
    answer(
        &mut app,
        "Clinical skills, calm under pressure, 日本語 N3 🎌",
    );
    later(&mut app, 20);
    press(&mut app, "Up Up Up Up");
    press(&mut app, "Enter");
    type_text(&mut app, "\nThinking about education roles.");
    press(&mut app, "Esc");
    later(&mut app, 1);
    press(&mut app, "Enter");
    type_text(&mut app, "\nTalked to the practice educator.");
    press(&mut app, "Esc G");
    answer(&mut app, "Ask about the teaching certificate.");
    press(&mut app, "x g");
    // The footer shows keys again once the "private" message has gone.
    app.ctx.status = None;
    app
}

#[test]
fn empty_answers_show_their_prompts_as_hints() {
    let mut app = app();
    press(&mut app, "2 Down");
    let t = terminal(&mut app, 80, 24);
    // The prompt text stands where the answer will be, in the hint style.
    let buf = t.backend().buffer();
    let hint_cell = (34..79)
        .flat_map(|x| (2..8).map(move |y| (x, y)))
        .find(|&(x, y)| buf[(x, y)].symbol() == "A")
        .expect("prompt text on screen");
    assert!(buf[hint_cell].modifier.contains(Modifier::ITALIC));
    assert_snapshot!(t.backend());
}

#[test]
fn filled_answers_with_marks_dates_and_versions() {
    let mut app = filled();
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn a_private_answer_is_marked() {
    let mut app = filled();
    press(&mut app, "G");
    let s = crate::common::screen(&mut app, 80, 24);
    assert!(s.contains("o Goals"), "the footer names the link: {s}");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn editing_an_answer() {
    let mut app = filled();
    press(&mut app, "Down Enter");
    type_text(&mut app, "\nAnd mentoring new starters.");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn history_of_an_answer() {
    let mut app = filled();
    press(&mut app, "h");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn history_showing_an_older_version() {
    let mut app = filled();
    press(&mut app, "h Down Down");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn changes_since_the_previous_version() {
    let mut app = filled();
    press(&mut app, "c");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn reading_a_long_answer_scrolled() {
    let mut app = app();
    press(&mut app, "2 Down Down Down");
    let long: String = (1..=30)
        .map(|i| format!("Paragraph {i}: evenings are for family, and the rota makes that hard.\n"))
        .collect();
    answer(&mut app, &long);
    // Drawn once, as the app does before every key, so the pane knows its page size.
    terminal(&mut app, 80, 24);
    press(&mut app, "Right PgDn");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn narrow_terminal() {
    let mut app = filled();
    assert_snapshot!(terminal(&mut app, 60, 16).backend());
}

#[test]
fn overview_shows_the_last_how_are_you_doing() {
    let mut app = app();
    press(&mut app, "2 G Up");
    answer(
        &mut app,
        "Finished the first module of the certificate.\nShadowed the educator twice.",
    );
    press(&mut app, "1");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}
