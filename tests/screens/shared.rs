//! Rendered screens of Prepare and the shared-screen review, at 80x24 and the smallest size.

use crate::common::meeting_fixture as fixture;

use crate::common::{app_with_store, demo_app, press, screen, terminal, type_text};
use insta::assert_snapshot;
use mentee::app::App;
use mentee::store::Store;

fn fixture_app() -> App {
    let store = Store::open_in_memory().unwrap();
    fixture::fill(&store);
    app_with_store(store)
}

#[test]
fn prepare_view() {
    let mut app = fixture_app();
    press(&mut app, "P Down");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn prepare_view_typing_a_question() {
    let mut app = fixture_app();
    press(&mut app, "P n");
    type_text(&mut app, "Is a secondment realistic?");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn prepare_as_printed() {
    let mut app = fixture_app();
    press(&mut app, "P v");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn prepare_asks_when_to_plan_the_meeting() {
    let mut app = fixture_app();
    press(&mut app, "P w");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

/// Content-rich items: the goal's progress, target, next step and last review; the action's
/// owner and due date; the words that changed in an answer. At 80x24 and at 60x16.
#[test]
fn prepare_items_carry_their_content() {
    let mut app = fixture_app();
    press(&mut app, "P Down Down");
    assert_snapshot!("prepare_goal_80x24", terminal(&mut app, 80, 24).backend());
    assert_snapshot!("prepare_goal_60x16", terminal(&mut app, 60, 16).backend());
    press(&mut app, "Up Up");
    assert_snapshot!("prepare_action_60x16", terminal(&mut app, 60, 16).backend());
    press(&mut app, "Down Down Down Down");
    assert_snapshot!("prepare_answer_80x24", terminal(&mut app, 80, 24).backend());
    assert_snapshot!("prepare_answer_60x16", terminal(&mut app, 60, 16).backend());
}

/// The shared screen starts with the meeting's agenda (nothing private on it); ticking an
/// item marks it discussed.
#[test]
fn review_agenda_step() {
    let mut app = fixture_app();
    press(&mut app, "S Down Space");
    assert_snapshot!("review_agenda_80x24", terminal(&mut app, 80, 24).backend());
    assert_snapshot!("review_agenda_60x16", terminal(&mut app, 60, 16).backend());
}

#[test]
fn review_step() {
    let mut app = fixture_app();
    press(&mut app, "S Right + +");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn review_step_with_milestones_and_a_note_being_written() {
    let mut app = fixture_app();
    press(&mut app, "S Right Right Down Space r");
    type_text(&mut app, "Abstract sent on Friday");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn review_step_adding_an_action_item() {
    let mut app = fixture_app();
    press(&mut app, "S Right a");
    type_text(&mut app, "Send the query to Ana");
    press(&mut app, "Tab Space Tab");
    type_text(&mut app, "fri");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn review_wrap_up() {
    let mut app = fixture_app();
    press(&mut app, "S Right + r");
    type_text(&mut app, "Good progress on the course");
    press(&mut app, "Esc a");
    type_text(&mut app, "Book the analytics room");
    press(&mut app, "Enter Right Down Space Right");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn shared_tab_and_prepare_at_60x16() {
    let mut app = fixture_app();
    press(&mut app, "S Right");
    let review = terminal(&mut app, 60, 16);
    press(&mut app, "P");
    let prepare = terminal(&mut app, 60, 16);
    press(&mut app, "4");
    let goals = terminal(&mut app, 60, 16);
    assert_snapshot!("review_60x16", review.backend());
    assert_snapshot!("shared_prepare_60x16", prepare.backend());
    assert_snapshot!("shared_goals_60x16", goals.backend());
}

/// A session that records on both of Ana's goals, ended: the app on its neutral screen.
fn after_a_session() -> App {
    let mut app = fixture_app();
    // Past the meeting's agenda to the first goal.
    press(&mut app, "S Right + + r");
    type_text(&mut app, "Window functions click now");
    press(&mut app, "Esc a");
    type_text(&mut app, "Send Ana the query");
    press(&mut app, "Tab Tab");
    type_text(&mut app, "+1w");
    press(&mut app, "Enter Right Space Esc");
    app
}

#[test]
fn review_composer_and_wrap_up_at_60x16() {
    let mut app = fixture_app();
    press(&mut app, "S Right a");
    type_text(&mut app, "Send the query to Ana");
    press(&mut app, "Tab Space Tab");
    type_text(&mut app, "next fri");
    let composer = terminal(&mut app, 60, 16);
    let mut app = after_a_session();
    let wrap_up = terminal(&mut app, 60, 16);
    assert_snapshot!("review_composer_60x16", composer.backend());
    assert_snapshot!("review_wrap_up_60x16", wrap_up.backend());
}

#[test]
fn the_neutral_screen_after_the_shared_one() {
    let mut app = after_a_session();
    press(&mut app, "Esc");
    let wide = terminal(&mut app, 80, 24);
    let small = terminal(&mut app, 60, 16);
    assert_snapshot!("shared_screen_ended_80x24", wide.backend());
    assert_snapshot!("shared_screen_ended_60x16", small.backend());
}

#[test]
fn a_meetings_journal_screen_lists_what_the_shared_screen_recorded() {
    let mut app = after_a_session();
    press(&mut app, "Esc Enter 5 Home Enter G Down");
    app.ctx.status = None;
    let wide = terminal(&mut app, 80, 24);
    let small = terminal(&mut app, 60, 16);
    // The kept agenda: a box of its items, or on a small screen one line that sums it up.
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("╭ Agenda · 0 of 8 discussed"), "{s}");
    let s = screen(&mut app, 60, 16);
    assert!(
        s.contains(" Agenda 0 of 8 discussed · Send the CV draft · Improve SQL"),
        "{s}"
    );
    assert_snapshot!("journal_meeting_with_reviews_80x24", wide.backend());
    assert_snapshot!("journal_meeting_with_reviews_60x16", small.backend());
}

/// In Prepare, a private item says so even when its detail is cut to fit: the detail is cut
/// before the mark (the demo's goal "Find out whether a move…" is private and not reviewed
/// since the last meeting, a detail too long for its row at 80 and at 120 columns).
#[test]
fn prepare_keeps_the_private_mark_whole() {
    let mut app = crate::common::demo_app();
    press(&mut app, "P");
    for w in [80, 120] {
        let s = crate::common::screen(&mut app, w, 24);
        let row = s
            .lines()
            .find(|l| l.contains("Find out whether a move"))
            .unwrap_or_else(|| panic!("the private goal is on the agenda:\n{s}"));
        assert!(row.contains("not reviewed"), "{row}");
        assert!(
            row.trim_end_matches('│').trim_end().ends_with("· private"),
            "{row}"
        );
    }
}

/// The demo's agenda has long titles, owners, due dates, an overdue action and a private
/// question: by the one truncation rule, titles are cut first (with an ellipsis) and the
/// status words and dates stay whole, at 80x24 and at 60x16.
#[test]
fn prepare_cuts_titles_and_keeps_status_and_dates_whole() {
    let mut app = demo_app();
    press(&mut app, "P");
    for (w, h) in [(80, 24), (60, 16)] {
        let s = screen(&mut app, w, h);
        let name = format!("{w}x{h}");
        assert!(s.contains("due Fri 30 Oct, overdue"), "{name}:\n{s}");
        assert!(s.contains('…'), "{name}: a title is cut\n{s}");
        for row in s.lines().filter(|l| l.contains(" due ")) {
            // A date is never the part that is cut.
            let date = row.rsplit(" due ").next().unwrap();
            assert!(!date.contains('…'), "{name}: {row}");
        }
    }
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("private"), "{s}");
    assert_snapshot!("prepare_demo_80x24", terminal(&mut app, 80, 24).backend());
    assert_snapshot!("prepare_demo_60x16", terminal(&mut app, 60, 16).backend());
}

/// At a projector's size the shared screen uses the whole screen: the goal in a centred
/// block (not the top half with the rest blank), its milestones with their dates whole,
/// and the last review's note in full; the agenda step and the wrap-up likewise.
#[test]
fn the_shared_screen_at_a_projectors_size() {
    let mut app = demo_app();
    press(&mut app, "S");
    let agenda = terminal(&mut app, 120, 40);
    let agenda_text = screen(&mut app, 120, 40);
    press(&mut app, "Right");
    let goal = terminal(&mut app, 120, 40);
    let goal_text = screen(&mut app, 120, 40);
    press(&mut app, "Space r");
    type_text(&mut app, "Linked the first clinic");
    press(&mut app, "Esc Esc");
    let wrap_up = terminal(&mut app, 120, 40);
    let wrap_up_text = screen(&mut app, 120, 40);
    for (name, s) in [
        ("agenda", &agenda_text),
        ("goal", &goal_text),
        ("wrap-up", &wrap_up_text),
    ] {
        let rows: Vec<&str> = s.lines().collect();
        // Rows 2..38 are inside the panel (but for a message above the footer): something
        // is drawn in both halves, and every row starts in from the panel's edge (a
        // centred block).
        let used: Vec<usize> = (2..38)
            .filter(|&r| rows[r].starts_with('│'))
            .filter(|&r| rows[r].trim_matches(['│', ' ']).chars().count() > 0)
            .collect();
        assert!(
            used.first().is_some_and(|&r| r < 20) && used.last().is_some_and(|&r| r > 20),
            "{name}: not using the screen\n{s}"
        );
        for &r in &used {
            assert!(
                rows[r].starts_with("│     "),
                "{name}: not centred: {}\n{s}",
                rows[r]
            );
        }
    }
    let s = &goal_text;
    assert!(s.contains("due Fri 22 Jan 2027"), "{s}");
    assert!(
        s.contains("“Both clinics signed. Linking is messier than expected without a shared ID.”"),
        "{s}"
    );
    assert_snapshot!("review_agenda_120x40", agenda.backend());
    assert_snapshot!("review_goal_120x40", goal.backend());
    assert_snapshot!("review_wrap_up_120x40", wrap_up.backend());
}
