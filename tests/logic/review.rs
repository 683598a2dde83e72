//! The shared-screen review (`S`), driven through the app: what it shows, what it records
//! and where, and how it ends.

use crate::common::meeting_fixture as fixture;

use crate::common::{app_with_store, press, screen, type_text};
use mentee::app::App;
use mentee::domain::Owner;
use mentee::modes::Mode;
use mentee::pane::Pane;
use mentee::store::Store;
use mentee::tab::Tab;

fn fixture_app() -> (App, fixture::Ids) {
    let store = Store::open_in_memory().unwrap();
    let ids = fixture::fill(&store);
    (app_with_store(store), ids)
}

/// The store holds exactly what the app shows.
fn stored(app: &App) {
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn s_shares_the_screen_and_s_again_ends_it_where_it_began() {
    let (mut app, _) = fixture_app();
    press(&mut app, "4");
    press(&mut app, "S Right");
    assert!(app.ctx.shared());
    assert_eq!(app.mode, Some(Mode::Review));
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Shared screen · nothing private is shown"),
        "{s}"
    );
    assert!(s.contains("Goal 1 of 2 · with Ana Lima"), "{s}");
    assert!(s.contains("Improve SQL"));
    assert!(
        !s.contains("4 Goals  5 Journal"),
        "no tab bar in the review"
    );
    press(&mut app, "S");
    assert!(!app.ctx.shared());
    assert_eq!((app.tab, app.mode), (Tab::Goals, None));
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("Shared screen"), "{s}");
    assert!(
        s.contains("A private goal"),
        "private goals show again: {s}"
    );
}

#[test]
fn the_review_steps_through_open_shown_goals_of_the_mentor_then_the_wrap_up() {
    let (mut app, _) = fixture_app();
    press(&mut app, "S Right");
    assert!(screen(&mut app, 80, 24).contains("Improve SQL"));
    press(&mut app, "Right");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Goal 2 of 2") && s.contains("Give a talk"),
        "{s}"
    );
    assert!(s.contains("[x] Pick a topic") && s.contains("[ ] Submit the abstract"));
    press(&mut app, "Right");
    assert!(screen(&mut app, 80, 24).contains("Wrap-up"));
    press(&mut app, "Left Left");
    assert!(screen(&mut app, 80, 24).contains("Improve SQL"));
    // Ben's goals with Ben.
    press(&mut app, "m");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("with Ben Okafor") && s.contains("Ben's goal"),
        "{s}"
    );
    assert!(s.contains("Goal 1 of 1"));
}

#[test]
fn progress_is_recorded_in_a_review_of_a_meeting_held_today() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S Right + +");
    let j = app.ctx.whole_journey();
    assert_eq!(j.goal(ids.sql).unwrap().progress, 50);
    let today: Vec<_> = j
        .meetings
        .iter()
        .filter(|m| m.starts_at.date_naive() == fixture::day(11, 22))
        .collect();
    assert_eq!(today.len(), 1, "one meeting added for today");
    let meeting = today[0];
    assert_eq!(meeting.mentor_id, Some(ids.ana));
    assert!(!meeting.private);
    let reviews: Vec<_> = j.reviews.iter().filter(|r| r.goal_id == ids.sql).collect();
    assert_eq!(reviews.len(), 2, "one review for the session, updated");
    let r = reviews[1];
    assert_eq!(
        (r.day, r.progress, r.meeting_id),
        (fixture::day(11, 22), 50, Some(meeting.id))
    );
    assert_eq!(app.review.session().progress_before[&ids.sql], 40);
    press(&mut app, "-");
    assert_eq!(app.ctx.whole_journey().goal(ids.sql).unwrap().progress, 45);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("progress 40% → 45%"), "{s}");
    assert!(
        s.contains("Last review  Tue 20 Oct · 40% · “Halfway through the course”"),
        "{s}"
    );
    stored(&app);
}

#[test]
fn typing_the_progress_and_a_note() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S Right p");
    for _ in 0..3 {
        press(&mut app, "Backspace");
    }
    type_text(&mut app, "72");
    press(&mut app, "Enter r");
    type_text(&mut app, "Window functions click now");
    press(&mut app, "Esc");
    let j = app.ctx.whole_journey();
    assert_eq!(j.goal(ids.sql).unwrap().progress, 72);
    let r = j
        .reviews
        .iter()
        .find(|r| r.goal_id == ids.sql && r.day == fixture::day(11, 22))
        .unwrap();
    assert_eq!(
        (r.progress, r.note.as_str()),
        (72, "Window functions click now")
    );
    stored(&app);
}

#[test]
fn an_action_item_for_the_goal_goes_into_todays_meeting() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S Right a");
    assert!(app.review.takes_text());
    type_text(&mut app, "Share the query with Ana");
    press(&mut app, "Tab Enter");
    let j = app.ctx.whole_journey();
    let a = j
        .actions
        .iter()
        .find(|a| a.text == "Share the query with Ana")
        .unwrap();
    assert_eq!(
        (a.owner, a.goal_id, a.done),
        (Owner::Mentor, Some(ids.sql), false)
    );
    let m = j.meeting(a.meeting_id.unwrap()).unwrap();
    assert_eq!(
        (m.mentor_id, m.starts_at.date_naive()),
        (Some(ids.ana), fixture::day(11, 22))
    );
    // Nothing typed, nothing added.
    press(&mut app, "a Enter Esc");
    assert_eq!(app.ctx.whole_journey().actions.len(), 2);
    stored(&app);
}

#[test]
fn a_meeting_already_held_today_is_used_but_not_a_private_one() {
    let store = Store::open_in_memory().unwrap();
    let ids = fixture::fill(&store);
    let private = store
        .insert_meeting(&mentee::domain::Meeting {
            private: true,
            ..fixture::meeting(Some(ids.ana), fixture::at(11, 22, 9))
        })
        .unwrap();
    let mut app = app_with_store(store);
    press(&mut app, "S Right +");
    let r = app.ctx.whole_journey().reviews.last().unwrap();
    assert_ne!(
        r.meeting_id,
        Some(private),
        "private meetings stay out of a shared screen"
    );
    let used = r.meeting_id.unwrap();
    press(&mut app, "S Esc S Right +");
    let again = app.ctx.whole_journey().reviews.last().unwrap();
    assert_eq!(
        again.meeting_id,
        Some(used),
        "the next session uses today's meeting"
    );
    assert_eq!(app.ctx.whole_journey().meetings.len(), 3);
    stored(&app);
}

#[test]
fn with_progress_from_milestones_a_tick_is_the_progress() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S Right Right +");
    assert!(
        app.ctx
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("follows its milestones"),
        "{:?}",
        app.ctx.status
    );
    assert!(app.review.session().is_empty());
    press(&mut app, "Down Space");
    let j = app.ctx.whole_journey();
    assert!(
        j.milestones
            .iter()
            .find(|m| m.id == ids.talk_open_milestone)
            .unwrap()
            .done
    );
    assert_eq!(j.goal(ids.talk).unwrap().progress, 100);
    let r = j.reviews.iter().find(|r| r.goal_id == ids.talk).unwrap();
    assert_eq!(r.progress, 100);
    press(&mut app, "Space");
    let r = app
        .ctx
        .whole_journey()
        .reviews
        .iter()
        .find(|r| r.goal_id == ids.talk)
        .unwrap();
    assert_eq!(r.progress, 50, "the review follows the milestones");
    stored(&app);
}

#[test]
fn the_wrap_up_lists_what_was_recorded_and_leaving_returns_to_where_the_user_was() {
    let (mut app, _) = fixture_app();
    press(&mut app, "5 P S Right + r");
    type_text(&mut app, "Good week");
    press(&mut app, "Esc a");
    type_text(&mut app, "Book a room");
    press(&mut app, "Enter Esc");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Wrap-up"), "Esc goes to the wrap-up first: {s}");
    assert!(
        s.contains("Recorded against the meeting with Ana Lima today at 12:00"),
        "{s}"
    );
    assert!(s.contains("(added to the journal for this session)"));
    assert!(s.contains("progress 40% → 45%"));
    assert!(s.contains("note: Good week"));
    assert!(s.contains("action: Book a room · me"));
    press(&mut app, "Esc");
    assert!(!app.ctx.shared());
    assert_eq!((app.tab, app.mode), (Tab::Journal, Some(Mode::Prepare)));
    // Prepare was built without private items while shared: it has them again.
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("A private worry"), "{s}");
    press(&mut app, "Esc");
    assert_eq!((app.tab, app.mode), (Tab::Journal, None));
}

#[test]
fn the_tabs_stay_reachable_and_s_comes_back_to_the_review() {
    let (mut app, _) = fixture_app();
    press(&mut app, "S Right Right 4");
    assert_eq!((app.tab, app.mode), (Tab::Goals, None));
    assert!(app.ctx.shared());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("S back to the review"), "{s}");
    assert!(!s.contains("A private goal"), "{s}");
    press(&mut app, "S");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Give a talk"), "the same goal as before: {s}");
    // Deleting a goal on the way is fine: the review moves on to what is there.
    press(&mut app, "4 Down d y S");
    assert!(screen(&mut app, 80, 24).contains("Goal 1 of 1"));
}
