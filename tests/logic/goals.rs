//! Goals without a terminal: store round trips through the app's actions, derived progress,
//! the overdue and not-reviewed rules with a controlled clock, sorting, filtering,
//! reordering, deleting, privacy in shared-screen mode, and jumps.

use crate::common::goals_fixture as fixture;

use crate::common::{app, app_with_store, press, screen, type_text};
use fixture::day;
use mentee::ctx::Target;
use mentee::domain::goals::{is_overdue, not_reviewed_within_cadence};
use mentee::domain::{Goal, GoalStatus, Id, ProgressMode};
use mentee::keymap::Context;
use mentee::store::Store;

fn fixture_app() -> (mentee::app::App, fixture::Ids) {
    let store = Store::open_in_memory().unwrap();
    let ids = fixture::fill(&store);
    (app_with_store(store), ids)
}

fn goal(app: &mentee::app::App, id: Id) -> Goal {
    app.ctx
        .whole_journey()
        .goal(id)
        .cloned()
        .expect("goal exists")
}

/// The store holds exactly what the app shows.
fn assert_in_sync(app: &mentee::app::App) {
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn a_goal_with_a_milestone_and_a_review_round_trips_through_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.db");
    let mut app = app_with_store(Store::open(&path).unwrap());
    press(&mut app, "4 n");
    type_text(&mut app, "Ship the portfolio");
    press(&mut app, "Enter Down Enter");
    type_text(&mut app, "To show my work\nand get noticed");
    press(&mut app, "Esc Down Enter");
    type_text(&mut app, "Portfolio online with 3 case studies");
    press(&mut app, "Esc Down Enter");
    type_text(&mut app, "Design");
    press(&mut app, "Enter Down Down Enter");
    type_text(&mut app, "2027-02-01");
    press(&mut app, "Enter Down Right");
    // A milestone, ticked.
    press(&mut app, "a");
    type_text(&mut app, "Pick three projects");
    press(&mut app, "Enter Esc Space");
    // A review with a note.
    press(&mut app, "r");
    type_text(&mut app, "Good start — 順調");
    press(&mut app, "Esc Esc");
    assert_in_sync(&app);
    drop(app);

    let j = Store::open(&path).unwrap().load().unwrap();
    let g = &j.goals[0];
    assert_eq!(g.title, "Ship the portfolio");
    assert_eq!(g.why, "To show my work\nand get noticed");
    assert_eq!(g.evidence, "Portfolio online with 3 case studies");
    assert_eq!(g.competency, "Design");
    assert_eq!(g.target_date, Some(day(2027, 2, 1)));
    assert_eq!(g.status, GoalStatus::InProgress);
    assert_eq!(g.progress_mode, ProgressMode::Milestones);
    assert_eq!(g.progress, 100);
    let m = &j.milestones[0];
    assert_eq!(
        (m.text.as_str(), m.done, m.done_on),
        ("Pick three projects", true, Some(day(2026, 11, 22)))
    );
    let r = &j.reviews[0];
    assert_eq!(
        (r.note.as_str(), r.progress, r.day),
        ("Good start — 順調", 100, day(2026, 11, 22))
    );
}

#[test]
fn a_stored_journey_of_goals_milestones_and_reviews_loads_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.db");
    let store = Store::open(&path).unwrap();
    fixture::fill(&store);
    let before = store.load().unwrap();
    assert_eq!(before.goals.len(), 5);
    assert_eq!(before.milestones.len(), 3);
    assert_eq!(before.reviews.len(), 4);
    drop(store);
    assert_eq!(Store::open(&path).unwrap().load().unwrap(), before);
}

#[test]
fn ticking_and_deleting_milestones_keeps_derived_progress_stored() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "4 Enter ]");
    assert_eq!(app.contexts()[0], Context::GoalMilestones);
    assert_eq!(goal(&app, ids.project).progress, 67);
    press(&mut app, "Down Down Space");
    assert_eq!(goal(&app, ids.project).progress, 100);
    let third = app
        .ctx
        .whole_journey()
        .milestones
        .iter()
        .find(|m| m.text == "Ship the first release")
        .unwrap()
        .clone();
    assert_eq!(third.done_on, Some(day(2026, 11, 22)));
    assert_in_sync(&app);
    press(&mut app, "Space");
    assert_eq!(goal(&app, ids.project).progress, 67);
    assert!(
        app.ctx
            .whole_journey()
            .milestones
            .iter()
            .all(|m| m.done == m.done_on.is_some())
    );
    assert_in_sync(&app);
    // Deleting the open one leaves 2 of 2 done.
    press(&mut app, "d");
    assert!(app.ctx.confirm.is_some(), "deleting asks first");
    press(&mut app, "y");
    assert_eq!(goal(&app, ids.project).progress, 100);
    assert_in_sync(&app);
    // A new milestone counts as not done: 2 of 3.
    press(&mut app, "a");
    type_text(&mut app, "Retrospective");
    press(&mut app, "Enter");
    assert_eq!(goal(&app, ids.project).progress, 67);
    assert_in_sync(&app);
}

#[test]
fn switching_to_hand_set_progress_and_reviewing_updates_the_goal() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "4 Enter Down Down Down Down Down Down Down Left");
    assert_eq!(goal(&app, ids.project).progress_mode, ProgressMode::Manual);
    assert!(screen(&mut app, 80, 24).contains("set by hand"));
    // Out of range: an inline message, nothing saved.
    press(&mut app, "Down Enter Backspace Backspace");
    type_text(&mut app, "150");
    press(&mut app, "Enter");
    let error = app.ctx.editor.as_ref().and_then(|e| e.error.clone());
    assert!(error.is_some_and(|e| e.contains("not a whole number from 0 to 100")));
    assert_eq!(goal(&app, ids.project).progress, 67);
    press(&mut app, "Backspace Backspace Backspace");
    type_text(&mut app, "45");
    press(&mut app, "Enter");
    assert_eq!(goal(&app, ids.project).progress, 45);
    // A review starts at the goal's progress; changing it moves the goal.
    press(&mut app, "r");
    type_text(&mut app, "Half way, slower than hoped");
    press(&mut app, "Esc Up Enter Backspace Backspace");
    type_text(&mut app, "60");
    press(&mut app, "Enter");
    assert_eq!(goal(&app, ids.project).progress, 60);
    let newest = app.ctx.whole_journey().reviews.last().unwrap();
    assert_eq!(
        (newest.progress, newest.note.as_str()),
        (60, "Half way, slower than hoped")
    );
    assert_in_sync(&app);
    // Back (Esc to the reviews, `]` round to the fields) to milestones: derived again.
    press(&mut app, "Esc ] Up Right");
    assert_eq!(
        goal(&app, ids.project).progress_mode,
        ProgressMode::Milestones
    );
    assert_eq!(goal(&app, ids.project).progress, 67);
    assert_in_sync(&app);
}

#[test]
fn a_review_day_cannot_be_emptied() {
    let (mut app, _) = fixture_app();
    press(&mut app, "4 Enter ] ] Enter Down Enter");
    for _ in 0..10 {
        press(&mut app, "Backspace");
    }
    press(&mut app, "Enter");
    let error = app.ctx.editor.as_ref().and_then(|e| e.error.clone());
    assert!(error.is_some_and(|e| e.contains("a date is needed")));
    assert_in_sync(&app);
}

#[test]
fn overdue_and_review_due_follow_the_clock() {
    let (mut app, ids) = fixture_app();
    let j = app.ctx.whole_journey().clone();
    let (project, talk) = (j.goal(ids.project).unwrap(), j.goal(ids.talk).unwrap());
    assert!(is_overdue(talk, day(2026, 11, 2)));
    assert!(!is_overdue(talk, day(2026, 11, 1)));
    // Ana meets monthly; the last review was 2026-10-20.
    assert!(!not_reviewed_within_cadence(project, &j, day(2026, 11, 20)));
    assert!(not_reviewed_within_cadence(project, &j, day(2026, 11, 21)));
    // Done and dropped goals are never flagged.
    let blog = j.goal(ids.blog).unwrap();
    assert!(!is_overdue(blog, day(2027, 1, 1)));
    assert!(!not_reviewed_within_cadence(blog, &j, day(2027, 1, 1)));

    press(&mut app, "4");
    let row = |s: &str, title: &str| s.lines().find(|l| l.contains(title)).unwrap().to_string();
    let s = screen(&mut app, 80, 24);
    assert!(row(&s, "Give a talk").contains('!'), "{s}");
    assert!(row(&s, "Lead a cross-team").contains('↻'), "{s}");
    app.ctx.clock.set(fixture::at(2026, 10, 25));
    let s = screen(&mut app, 80, 24);
    assert!(!row(&s, "Give a talk").contains('!'), "{s}");
    assert!(!row(&s, "Lead a cross-team").contains('↻'), "{s}");
}

#[test]
fn priority_order_is_changed_with_keys_and_stored() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "4 J");
    let order = |app: &mentee::app::App| -> Vec<Id> {
        mentee::domain::goals::priority_order(app.ctx.whole_journey())
            .iter()
            .map(|g| g.id)
            .collect()
    };
    assert_eq!(order(&app)[..2], [ids.talk, ids.project]);
    assert_in_sync(&app);
    press(&mut app, "K");
    assert_eq!(order(&app)[..2], [ids.project, ids.talk]);
    assert_in_sync(&app);
    // Sorted by target date, reordering is refused with a hint.
    press(&mut app, "s J");
    assert_eq!(order(&app)[..2], [ids.project, ids.talk]);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("press s until"), "{s}");
}

#[test]
fn sorting_and_filtering_change_what_the_list_shows() {
    let (mut app, _) = fixture_app();
    press(&mut app, "4");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Write a blog post") && s.contains("5 of 5"),
        "{s}"
    );
    press(&mut app, "f");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Status open") && !s.contains("Write a blog post"),
        "{s}"
    );
    press(&mut app, "m");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Mentor Ana Lima") && s.contains("1 of 5"), "{s}");
    assert!(!s.contains("Give a talk"), "{s}");
    press(&mut app, "s");
    assert!(screen(&mut app, 80, 24).contains("Sort target date"));
}

#[test]
fn deleting_a_goal_asks_and_takes_its_history_while_dropping_keeps_it() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "4 d");
    let prompt = app
        .ctx
        .confirm
        .as_ref()
        .map(|c| c.prompt.clone())
        .unwrap_or_default();
    assert!(
        prompt.contains(
            "with its 3 milestones and 3 reviews (set its status to dropped to keep them)"
        ),
        "{prompt}"
    );
    press(&mut app, "n");
    assert!(app.ctx.whole_journey().goal(ids.project).is_some());
    // Dropping: status "dropped" keeps milestones and reviews.
    press(&mut app, "Enter Down Down Down Down Down Down Left Left");
    assert_eq!(goal(&app, ids.project).status, GoalStatus::Dropped);
    assert_eq!(
        app.ctx
            .whole_journey()
            .reviews
            .iter()
            .filter(|r| r.goal_id == ids.project)
            .count(),
        3
    );
    press(&mut app, "Esc");
    // The dropped goal sinks below the open ones; delete it for good.
    press(&mut app, "End");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.lines()
            .any(|l| l.contains("▸") && l.contains("Get a certification")),
        "{s}"
    );
    press(&mut app, "Up Up d y");
    assert!(app.ctx.whole_journey().goal(ids.project).is_none());
    assert!(app.ctx.whole_journey().milestones.is_empty());
    assert!(
        app.ctx
            .whole_journey()
            .reviews
            .iter()
            .all(|r| r.goal_id != ids.project)
    );
    assert_in_sync(&app);
}

#[test]
fn shared_screen_hides_private_goals_and_reviews_everywhere() {
    let (mut app, ids) = fixture_app();
    let private_texts = ["Learn SQL", "Nervous"];
    app.ctx.set_shared(false);
    press(&mut app, "4");
    assert!(screen(&mut app, 80, 24).contains("Learn SQL"));
    app.ctx.set_shared(true);
    press(&mut app, "1");
    let overview = screen(&mut app, 80, 24);
    press(&mut app, "4");
    let list = screen(&mut app, 80, 24);
    press(&mut app, "Down Enter ] ]");
    let detail = screen(&mut app, 80, 24);
    assert!(detail.contains("Goal: Give a talk"), "{detail}");
    for s in [&overview, &list, &detail] {
        for text in private_texts {
            assert!(!s.contains(text), "{text} shown in shared mode:\n{s}");
        }
    }
    // A private goal cannot be revealed either.
    assert!(!mentee::pane::Pane::reveal(
        &mut app.panes.goals,
        &Target::Goal(ids.sql),
        &app.ctx.view()
    ));
    app.ctx.set_shared(false);
    assert!(screen(&mut app, 80, 24).contains("Nervous"));
}

#[test]
fn jumps_open_the_goal_at_its_milestone_or_review() {
    let (mut app, ids) = fixture_app();
    let review = app
        .ctx
        .whole_journey()
        .reviews
        .iter()
        .find(|r| r.goal_id == ids.project && r.progress == 35)
        .unwrap()
        .id;
    app.ctx.jump = Some(Target::Review(review));
    app.dispatch(mentee::action::Action::Down);
    assert_eq!(app.tab, mentee::tab::Tab::Goals);
    assert_eq!(app.contexts()[0], Context::GoalReviews);
    let s = screen(&mut app, 80, 24);
    assert!(s.lines().any(|l| l.contains("▸ 30 Sep")), "{s}");

    let milestone = app.ctx.whole_journey().milestones[1].id;
    press(&mut app, "Esc 1 f");
    app.ctx.jump = Some(Target::Milestone(milestone));
    app.dispatch(mentee::action::Action::Down);
    assert_eq!(app.contexts()[0], Context::GoalMilestones);
    let s = screen(&mut app, 80, 24);
    assert!(s.lines().any(|l| l.contains("▸ [x] Kick-off")), "{s}");

    // A goal hidden by a filter: the filters are cleared to show it.
    press(&mut app, "Esc f f f f");
    app.ctx.jump = Some(Target::Goal(ids.cert));
    app.dispatch(mentee::action::Action::Down);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Goal: Get a certification"), "{s}");
}

#[test]
fn a_new_goal_gets_the_only_mentor_and_goes_last() {
    let mut app = app();
    press(&mut app, "6 n");
    type_text(&mut app, "Ana");
    press(&mut app, "Enter Esc 4 n");
    type_text(&mut app, "First");
    press(&mut app, "Enter Esc n");
    type_text(&mut app, "Second");
    press(&mut app, "Enter Esc");
    let j = app.ctx.whole_journey();
    assert_eq!(j.goals[1].mentor_id, Some(j.mentors[0].id));
    assert!(j.goals[1].position > j.goals[0].position);
    let s = screen(&mut app, 80, 24);
    let first = s.find("First").unwrap();
    assert!(s.find("Second").unwrap() > first, "{s}");
    assert_in_sync(&app);
}

#[test]
fn ticking_in_the_milestone_form_records_the_day_and_unticking_clears_it() {
    let (mut app, ids) = fixture_app();
    // The third milestone, its form, the Done flag.
    press(&mut app, "4 Enter ] Down Down Enter Down Down Space");
    let m = |app: &mentee::app::App| app.ctx.whole_journey().milestones[2].clone();
    assert_eq!(
        (m(&app).done, m(&app).done_on),
        (true, Some(day(2026, 11, 22)))
    );
    assert_eq!(goal(&app, ids.project).progress, 100);
    assert!(screen(&mut app, 80, 24).contains("Done on"));
    press(&mut app, "Space");
    assert_eq!((m(&app).done, m(&app).done_on), (false, None));
    assert_eq!(goal(&app, ids.project).progress, 67);
    assert_in_sync(&app);
}

#[test]
fn mouse_clicks_select_goals_and_sections() {
    use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let click = |app: &mut mentee::app::App, column, row| {
        app.handle_event(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }));
    };
    let (mut app, _) = fixture_app();
    press(&mut app, "4");
    screen(&mut app, 80, 24);
    // Row 5 of the screen is the second goal.
    click(&mut app, 20, 5);
    press(&mut app, "Enter");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Goal: Give a talk at a meetup"), "{s}");
    press(&mut app, "Esc Up Enter");
    let s = screen(&mut app, 80, 24);
    // The second milestone, on the right.
    let y = s.lines().position(|l| l.contains("Kick-off with")).unwrap();
    click(&mut app, 50, u16::try_from(y).unwrap());
    assert_eq!(app.contexts()[0], Context::GoalMilestones);
    press(&mut app, "Space");
    assert!(
        !app.ctx.whole_journey().milestones[1].done,
        "the clicked milestone was unticked"
    );
}

#[test]
fn moving_up_from_the_milestones_and_down_again_returns_to_them() {
    // Found by the random-input test: "last field" was asked for with a huge index, and
    // the next Down overflowed.
    let (mut app, _) = fixture_app();
    press(&mut app, "4 Enter ]");
    assert_eq!(app.contexts()[0], Context::GoalMilestones);
    press(&mut app, "Up");
    assert_eq!(app.contexts()[0], Context::GoalFields);
    press(&mut app, "Down");
    assert_eq!(app.contexts()[0], Context::GoalMilestones);
}
