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
    press(&mut app, "Enter Down Enter");
    type_text(&mut app, "ana@example.org");
    press(
        &mut app,
        "Enter Down Right Right Down Right Right Right Down Space Right Right Space",
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
    press(&mut app, "Enter Down Down Down Down Down Down Enter");
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
    // ...while the colour theme does use colour (for status: here, what is overdue), so
    // this test can fail.
    let mut app = crate::common::demo_app();
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

/// The screen as text at the two sizes the issue names: 80x24 and the smallest, 60x16.
fn both_sizes(app: &mut mentee::app::App) -> String {
    let big = crate::common::screen(app, 80, 24);
    let small = crate::common::screen(app, 60, 16);
    format!("{big}\n{small}")
}

#[test]
fn overview_of_the_demo_scrolled_to_its_end() {
    let mut app = crate::common::demo_app();
    // Drawn once first, so the pane knows how tall it is.
    terminal(&mut app, 80, 24);
    press(&mut app, "End");
    let big = crate::common::screen(&mut app, 80, 24);
    terminal(&mut app, 60, 16);
    press(&mut app, "Home PgDn");
    let small = crate::common::screen(&mut app, 60, 16);
    assert_snapshot!(format!("{big}\n{small}"));
}

#[test]
fn overview_rows_are_cut_by_title_first() {
    let mut app = crate::common::demo_app();
    assert_snapshot!(both_sizes(&mut app));
}

#[test]
fn journal_rows_are_cut_by_title_first() {
    let mut app = crate::common::demo_app();
    press(&mut app, "5");
    assert_snapshot!(both_sizes(&mut app));
}

#[test]
fn help_over_a_meeting() {
    let mut app = crate::common::demo_app();
    press(&mut app, "5 Enter ?");
    assert_snapshot!(both_sizes(&mut app));
}

#[test]
fn the_footer_after_a_message_expires() {
    let mut app = app();
    press(&mut app, "2 x");
    let s = crate::common::screen(&mut app, 80, 24);
    assert!(s.contains("is private: hidden on the shared screen"), "{s}");
    app.tick(std::time::Instant::now() + std::time::Duration::from_secs(5));
    assert!(app.ctx.status.is_none());
    assert_snapshot!(both_sizes(&mut app));
}
