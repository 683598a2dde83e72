//! Ideal occupation tab without a terminal: what the keys store, and how a gap becomes a goal.

use crate::common::{app, app_with_store, press, screen, type_text};
use chrono::Duration;
use mentee::app::App;
use mentee::ctx::Target;
use mentee::domain::{FieldKey, GoalField, GoalStatus, Marker, Origin, OriginKind, Value};
use mentee::method::stem_by_key;
use mentee::store::Store;
use mentee::tab::Tab;

/// Types into the selected field and leaves it.
fn fill(app: &mut App, text: &str) {
    press(app, "Enter");
    type_text(app, text);
    press(app, "Esc");
}

/// The first stem filled in full and marked as a gap, the form focused on its marker.
fn gap_on_first_stem(app: &mut App) {
    press(app, "3 Enter");
    fill(app, "data analysis and teaching");
    press(app, "Down");
    fill(app, "reporting, alone");
    press(app, "Down");
    fill(app, "Teach a workshop\nask to co-teach");
    press(app, "Down m m");
}

fn assert_store_matches(app: &App) {
    assert_eq!(
        app.ctx.store().load().unwrap(),
        *app.ctx.whole_journey(),
        "the store and the journey in memory differ"
    );
}

#[test]
fn ideal_reality_gap_and_marker_round_trip_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    {
        let mut app = app_with_store(Store::open(&path).unwrap());
        gap_on_first_stem(&mut app);
        assert_store_matches(&app);
    }
    let app = app_with_store(Store::open(&path).unwrap());
    let j = app.ctx.whole_journey();
    assert_eq!(
        j.answer_text("worksheet.where.1.ideal"),
        "data analysis and teaching"
    );
    assert_eq!(
        j.answer_text("worksheet.where.1.reality"),
        "reporting, alone"
    );
    assert_eq!(
        j.answer_text("worksheet.where.1.gap"),
        "Teach a workshop\nask to co-teach"
    );
    assert_eq!(j.markers.get("worksheet.where.1"), Some(&Marker::Gap));
    assert_eq!(j.markers.len(), 1);
}

#[test]
fn the_marker_cycles_and_can_be_cleared() {
    let mut app = app();
    press(&mut app, "3 Down Down Down");
    let stem = "worksheet.and.1";
    let marker = |app: &App| app.ctx.whole_journey().markers.get(stem).copied();
    assert_eq!(marker(&app), None);
    for expected in [
        Some(Marker::WorkingWell),
        Some(Marker::Gap),
        Some(Marker::NotSure),
        None,
    ] {
        press(&mut app, "m");
        assert_eq!(marker(&app), expected);
        assert_store_matches(&app);
    }
    // The marker field of the form cycles the same value.
    press(&mut app, "Enter Down Down Down Right");
    assert_eq!(marker(&app), Some(Marker::WorkingWell));
    assert_store_matches(&app);
}

#[test]
fn entries_are_dated_answers_same_day_replaces_a_later_day_adds() {
    let mut app = app();
    press(&mut app, "3 Enter");
    fill(&mut app, "first");
    press(
        &mut app,
        "Enter Backspace Backspace Backspace Backspace Backspace",
    );
    type_text(&mut app, "edited");
    press(&mut app, "Esc");
    let key = "worksheet.where.1.ideal";
    assert_eq!(app.ctx.whole_journey().answers[key].len(), 1);
    assert_eq!(app.ctx.whole_journey().answer_text(key), "edited");
    let next_day = app.ctx.clock.now() + Duration::days(1);
    app.ctx.clock.set(next_day);
    press(&mut app, "Enter");
    type_text(&mut app, " and more");
    press(&mut app, "Esc");
    let versions = &app.ctx.whole_journey().answers[key];
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0].text, "edited");
    assert_eq!(versions[1].text, "edited and more");
    assert_store_matches(&app);
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Ideal saved today · 1 earlier version kept"),
        "{s}"
    );
}

#[test]
fn a_gap_becomes_exactly_one_linked_goal() {
    let mut app = app();
    gap_on_first_stem(&mut app);
    press(&mut app, "n");
    assert_eq!(app.ctx.whole_journey().goals.len(), 1);
    let goal = app.ctx.whole_journey().goals[0].clone();
    assert_eq!(goal.title, "Teach a workshop");
    assert_eq!(
        goal.origin,
        Some(Origin {
            kind: OriginKind::Worksheet,
            key: "worksheet.where.1".into()
        })
    );
    assert_eq!(goal.status, GoalStatus::NotStarted);
    assert_eq!(goal.created_at, app.ctx.clock.now());
    assert!(
        goal.why.contains(
            "Ideal: I am able to use my preferred knowledge, skills and experience of data analysis and teaching."
        ),
        "{}",
        goal.why
    );
    assert!(goal.why.contains("Now: reporting, alone"));
    assert!(!goal.evidence.is_empty());
    assert_store_matches(&app);

    // Pressing the key again asks; "n" (no) and Esc make nothing.
    press(&mut app, "n");
    assert!(app.ctx.confirm.is_some());
    press(&mut app, "n n Esc n n");
    assert_eq!(app.ctx.whole_journey().goals.len(), 1);
    // Only a deliberate yes makes a second one, with the next position.
    press(&mut app, "n y");
    assert_eq!(app.ctx.whole_journey().goals.len(), 2);
    assert_eq!(app.ctx.whole_journey().goals[1].position, goal.position + 1);
    assert_store_matches(&app);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Goals made from this stem"), "{s}");
}

#[test]
fn only_a_gap_becomes_a_goal() {
    let mut app = app();
    press(&mut app, "3 n");
    assert!(app.ctx.whole_journey().goals.is_empty());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("only a gap becomes a goal"), "{s}");
    press(&mut app, "m n");
    assert!(
        app.ctx.whole_journey().goals.is_empty(),
        "working well is not a gap"
    );
    press(&mut app, "m n");
    assert_eq!(app.ctx.whole_journey().goals.len(), 1);
    assert_eq!(
        app.ctx.whole_journey().goals[0].title,
        "Close the gap: I am able to use my preferred knowledge, skills and experience of …"
    );
}

#[test]
fn the_goal_key_works_in_the_compare_view_too() {
    let mut app = app();
    press(&mut app, "3 c Down Down Down Down Down Down m m n");
    let goals = &app.ctx.whole_journey().goals;
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].origin.as_ref().unwrap().key, "worksheet.and.4");
}

#[test]
fn o_opens_the_goal_made_from_the_stem() {
    let mut app = app();
    gap_on_first_stem(&mut app);
    press(&mut app, "o");
    assert_eq!(app.tab, Tab::Occupation, "no goal yet: stays");
    press(&mut app, "n o");
    assert_eq!(app.tab, Tab::Goals);
    // From the goals under the stem, Enter opens the selected one.
    press(&mut app, "3 Down");
    assert_eq!(app.contexts()[0], mentee::keymap::Context::WorksheetGoals);
    press(&mut app, "Enter");
    assert_eq!(app.tab, Tab::Goals);
}

#[test]
fn x_makes_an_entry_private_and_back() {
    let mut app = app();
    gap_on_first_stem(&mut app);
    press(&mut app, "Up Up x");
    let key = "worksheet.where.1.reality";
    assert!(app.ctx.whole_journey().private_answers.contains(key));
    assert_store_matches(&app);
    // The goal made from a private entry is private too.
    press(&mut app, "n");
    assert!(app.ctx.whole_journey().goals[0].private);
    press(&mut app, "x");
    assert!(!app.ctx.whole_journey().private_answers.contains(key));
    assert_store_matches(&app);
    // On the marker there is nothing to make private.
    press(&mut app, "Down Down x");
    assert!(app.ctx.whole_journey().private_answers.is_empty());
}

#[test]
fn a_jump_to_a_worksheet_answer_opens_its_stem_and_field() {
    let mut app = app();
    let stem = stem_by_key("worksheet.and.5").unwrap();
    assert!(app.ctx.commit(
        &FieldKey::Answer(stem.gap_key()),
        Value::Text("open-plan noise".into())
    ));
    app.ctx.jump = Some(Target::Answer(stem.gap_key()));
    app.dispatch(mentee::action::Action::Down);
    assert_eq!(app.tab, Tab::Occupation);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("I work in an environment where …"), "{s}");
    assert!(s.contains("open-plan noise"), "{s}");
    // The gap field is the selected one: Enter edits it.
    press(&mut app, "Enter");
    assert_eq!(
        app.ctx.editor.as_ref().map(|e| e.key.clone()),
        Some(FieldKey::Answer(stem.gap_key()))
    );
}

#[test]
fn down_past_the_last_entry_moves_to_the_next_stem() {
    let mut app = app();
    press(&mut app, "3 Enter Down Down Down Down");
    press(&mut app, "Enter");
    type_text(&mut app, "health");
    press(&mut app, "Esc");
    assert_eq!(
        app.ctx
            .whole_journey()
            .get(&FieldKey::Answer("worksheet.where.2.ideal".into())),
        Value::Text("health".into())
    );
    press(&mut app, "Up");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("I am able to use my preferred knowledge"), "{s}");
}

#[test]
fn the_views_switch_by_key_and_by_click() {
    let mut app = app();
    press(&mut app, "3 c");
    assert!(screen(&mut app, 80, 24).contains("Compare with current reality"));
    press(&mut app, "p");
    assert!(screen(&mut app, 80, 24).contains("Preview — the worksheet"));
    press(&mut app, "Esc");
    assert!(screen(&mut app, 80, 24).contains("╭ Worksheet"));
    // The view bar is the row under the tab bar: click "Compare".
    let s = screen(&mut app, 80, 24);
    let row = s.lines().nth(1).unwrap();
    let x = row.find("Compare").unwrap();
    app.handle_event(crossterm::event::Event::Mouse(
        crossterm::event::MouseEvent {
            kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
            column: u16::try_from(x).unwrap(),
            row: 1,
            modifiers: crossterm::event::KeyModifiers::NONE,
        },
    ));
    assert!(screen(&mut app, 80, 24).contains("Compare with current reality"));
}

#[test]
fn a_goal_made_from_a_private_note_on_the_shared_screen_says_nothing_of_it() {
    let mut app = app();
    gap_on_first_stem(&mut app);
    // The gap note is private; the screen is shared.
    press(&mut app, "Up x");
    app.ctx.set_shared(true);
    press(&mut app, "n");
    // The goal is made from what the shared screen shows: the ideal and the current
    // reality, not the private gap note.
    let goals = &app.ctx.whole_journey().goals;
    assert_eq!(goals.len(), 1);
    assert!(!goals[0].private);
    assert!(
        !goals[0].title.contains("Teach a workshop"),
        "{:?}",
        goals[0]
    );
    assert!(!goals[0].why.contains("Teach a workshop"), "{:?}", goals[0]);
    assert!(goals[0].why.contains("reporting, alone"), "{:?}", goals[0]);
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("Teach a workshop"), "{s}");
    assert!(s.contains("Goal made"), "{s}");
}

#[test]
fn a_goal_from_a_gap_arrives_with_its_generated_text_ready_to_replace() {
    let mut app = app();
    gap_on_first_stem(&mut app);
    press(&mut app, "n o");
    assert_eq!(app.tab, Tab::Goals);
    let id = app.ctx.whole_journey().goals[0].id;
    let get = |app: &App, f| app.ctx.whole_journey().get(&FieldKey::Goal(id, f));
    assert_eq!(
        get(&app, GoalField::Title),
        mentee::domain::Value::Text("Teach a workshop".into())
    );
    // Enter selects the generated title: typing replaces it, one key instead of dozens.
    press(&mut app, "Enter");
    type_text(&mut app, "Co-teach the spring workshop");
    // Tab goes on to "Why", its generated text selected too.
    press(&mut app, "Tab");
    type_text(&mut app, "I learn by teaching");
    press(&mut app, "Esc");
    assert_eq!(
        get(&app, GoalField::Title),
        mentee::domain::Value::Text("Co-teach the spring workshop".into())
    );
    assert_eq!(
        get(&app, GoalField::Why),
        mentee::domain::Value::Text("I learn by teaching".into())
    );
    // Once the user's own, the text is no longer selected: typing adds to it.
    press(&mut app, "Up Enter");
    type_text(&mut app, "!");
    press(&mut app, "Enter");
    assert_eq!(
        get(&app, GoalField::Title),
        mentee::domain::Value::Text("Co-teach the spring workshop!".into())
    );
    // Ctrl-u clears a field: the evidence, generated, in one key.
    press(&mut app, "Down Down Enter C-u");
    type_text(&mut app, "The workshop ran");
    press(&mut app, "Esc");
    assert_eq!(
        get(&app, GoalField::Evidence),
        mentee::domain::Value::Text("The workshop ran".into())
    );
    assert_store_matches(&app);
}
