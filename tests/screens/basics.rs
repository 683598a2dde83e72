//! Rendered screens at 80x24 (insta snapshots of a `TestBackend`), reviewed by hand.

use crate::common::{app, press, terminal, type_text};
use insta::assert_snapshot;
use ratatui::style::Color;

#[test]
fn overview_on_an_empty_database_says_how_to_begin() {
    let mut app = app();
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn conversation_tab() {
    let mut app = app();
    press(&mut app, "2");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn occupation_tab() {
    let mut app = app();
    press(&mut app, "3");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn goals_tab() {
    let mut app = app();
    press(&mut app, "4");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn journal_tab() {
    let mut app = app();
    press(&mut app, "5");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn agreement_tab_empty() {
    let mut app = app();
    press(&mut app, "6");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

/// A mentor with a filled agreement, the form focused on a multi-line answer.
fn filled_agreement() -> mentee::app::App {
    let mut app = app();
    press(&mut app, "6 n");
    type_text(&mut app, "Ana Lima");
    // Past the short name (left to its default).
    press(&mut app, "Enter Down Down Enter");
    type_text(&mut app, "ana@example.org");
    press(
        &mut app,
        "Enter Down Right Right Down Right Right Right Down Enter Space Right Right Space Enter",
    );
    press(&mut app, "Down Enter");
    type_text(&mut app, "Café Nero, Rua Augusta");
    press(&mut app, "Enter Down Enter");
    type_text(&mut app, "2026-01-10");
    press(&mut app, "Enter Down Enter");
    type_text(&mut app, "+6m");
    press(&mut app, "Enter Down Enter");
    type_text(
        &mut app,
        "A guide who asks good questions.\nNot a job portal — 指導",
    );
    press(&mut app, "Esc");
    app
}

#[test]
fn agreement_tab_with_a_mentor() {
    let mut app = filled_agreement();
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn agreement_while_editing_a_long_answer() {
    let mut app = filled_agreement();
    press(&mut app, "Down Enter");
    type_text(
        &mut app,
        "Someone who shares experience and answers relevant questions, and who can connect me to others 🎉",
    );
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn agreement_shows_an_inline_message_for_a_bad_date() {
    let mut app = app();
    press(&mut app, "6 n");
    type_text(&mut app, "Ana");
    press(&mut app, "Enter Down Down Down Down Down Down Down Enter");
    type_text(&mut app, "31/02/2026");
    press(&mut app, "Enter");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn help_overlay_is_generated_from_the_keymap() {
    let mut app = app();
    press(&mut app, "6 ?");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn too_small_terminal_says_so() {
    let mut app = app();
    assert_snapshot!(terminal(&mut app, 40, 10).backend());
}

#[test]
fn narrow_terminal_uses_short_tab_titles() {
    let mut app = app();
    press(&mut app, "6");
    assert_snapshot!(terminal(&mut app, 60, 16).backend());
}

#[test]
fn no_color_theme_draws_without_colours() {
    let mut app = filled_agreement();
    app.theme = mentee::theme::Theme::mono();
    let t = terminal(&mut app, 80, 24);
    let buf = t.backend().buffer();
    for cell in &buf.content {
        assert_eq!(cell.fg, Color::Reset, "coloured cell {:?}", cell.symbol());
        assert_eq!(cell.bg, Color::Reset, "coloured cell {:?}", cell.symbol());
    }
    // ...while the colour theme does use colour, so this test can fail.
    app.theme = mentee::theme::Theme::color();
    let t = terminal(&mut app, 80, 24);
    assert!(
        t.backend()
            .buffer()
            .content
            .iter()
            .any(|c| c.fg != Color::Reset)
    );
}

#[test]
fn a_jump_switches_tab_and_reveals_the_record() {
    let mut app = app();
    press(&mut app, "6 n");
    type_text(&mut app, "Ana");
    press(&mut app, "Enter Esc n");
    type_text(&mut app, "Ben");
    press(&mut app, "Enter Esc 1");
    let ana = app.ctx.whole_journey().mentors[0].id;
    app.ctx.jump = Some(mentee::ctx::Target::Mentor(ana));
    app.dispatch(mentee::action::Action::Down);
    assert_eq!(app.tab, mentee::tab::Tab::Agreement);
    let s = crate::common::screen(&mut app, 80, 24);
    assert!(s.contains("Agreement with Ana"), "{s}");
}
