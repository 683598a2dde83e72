//! Copies follow their source: a goal made from a worksheet gap carries the ideal, the
//! reality and the gap note; when one of them becomes private, the goal asks whether to
//! become private too (default yes), and is hidden on the shared screen until answered.

use crate::common::journeys::{store_with, version};
use crate::common::{app, app_with_store, press, screen, type_text};
use mentee::action::Action;
use mentee::app::App;
use mentee::ctx::Target;
use mentee::domain::{Goal, Journey, Origin, OriginKind};
use mentee::keymap::Context;

fn fill(app: &mut App, text: &str) {
    press(app, "Enter");
    type_text(app, text);
    press(app, "Esc");
}

/// The first stem filled in and marked as a gap, a goal made from it; the form is on
/// the stem's gap note.
fn goal_from_first_gap(app: &mut App) {
    press(app, "3 Enter");
    fill(app, "data analysis and teaching");
    press(app, "Down");
    fill(app, "reporting, alone");
    press(app, "Down");
    fill(app, "Teach a workshop\nask to co-teach");
    press(app, "Down m m n Up");
    let goals = &app.ctx.whole_journey().goals;
    assert_eq!(goals.len(), 1);
    assert!(!goals[0].private);
}

fn goal_private(app: &App) -> bool {
    app.ctx.whole_journey().goals[0].private
}

fn assert_stored(app: &App) {
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn an_entry_made_private_asks_about_its_copy_which_is_hidden_until_answered() {
    let mut app = app();
    goal_from_first_gap(&mut app);
    press(&mut app, "x");
    // Asked, with yes as the default; the goal is private already, in the store too (a
    // crash before the answer leaves it hidden).
    assert_eq!(app.contexts()[0], Context::ConfirmDefaultYes);
    assert!(goal_private(&app));
    assert_stored(&app);
    let prompt = &app.ctx.confirm.as_ref().unwrap().prompt;
    assert!(
        prompt.contains("“Teach a workshop” carries a copy"),
        "{prompt}"
    );
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Enter yes, private"), "{s}");
    assert!(s.contains("n no, public"), "{s}");
    // Until answered, the shared screen does not have it.
    app.ctx.set_shared(true);
    assert!(app.ctx.journey().goals.is_empty());
    app.ctx.set_shared(false);
    // n keeps it public.
    press(&mut app, "n");
    assert!(app.ctx.confirm.is_none());
    assert!(!goal_private(&app));
    assert_stored(&app);
    assert!(
        app.ctx
            .whole_journey()
            .private_answers
            .contains("worksheet.where.1.gap")
    );
    // Public again, then private again: asked again; Enter (the default) keeps it private.
    press(&mut app, "x");
    assert!(app.ctx.confirm.is_none(), "no question when made public");
    press(&mut app, "x Enter");
    assert!(app.ctx.confirm.is_none());
    assert!(goal_private(&app));
    // Esc answers the default too.
    press(&mut app, "x");
    assert!(
        goal_private(&app),
        "the goal stays private when its source is public again"
    );
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("stays private"), "{s}");
    assert_stored(&app);
}

#[test]
fn esc_on_the_question_keeps_the_default() {
    let mut app = app();
    goal_from_first_gap(&mut app);
    press(&mut app, "x Esc");
    assert!(app.ctx.confirm.is_none());
    assert!(goal_private(&app));
}

#[test]
fn only_goals_that_carry_the_text_are_asked_about() {
    let mut app = app();
    goal_from_first_gap(&mut app);
    // A second stem: a goal made while its reality was empty does not carry the reality
    // written later.
    press(&mut app, "Esc Down Enter");
    fill(&mut app, "people who share what they know");
    press(&mut app, "Down Down Down m m n");
    assert_eq!(app.ctx.whole_journey().goals.len(), 2);
    press(&mut app, "Up Up");
    fill(&mut app, "I work alone");
    press(&mut app, "x");
    assert!(app.ctx.confirm.is_none(), "nothing to ask");
    assert!(app.ctx.whole_journey().goals.iter().all(|g| !g.private));
    // The ideal it carries asks, about that goal only.
    press(&mut app, "Up x");
    assert!(app.ctx.confirm.is_some());
    let private: Vec<bool> = app
        .ctx
        .whole_journey()
        .goals
        .iter()
        .map(|g| g.private)
        .collect();
    assert_eq!(private, [false, true]);
}

#[test]
fn on_the_shared_screen_the_copy_is_hidden_with_its_source_without_a_question() {
    let mut app = app();
    goal_from_first_gap(&mut app);
    app.ctx.set_shared(true);
    press(&mut app, "x");
    assert!(
        app.ctx.confirm.is_none(),
        "nothing asked in front of the mentor"
    );
    assert!(goal_private(&app));
    assert!(app.ctx.journey().goals.is_empty());
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("leave the shared screen"), "{s}");
    assert!(!s.contains("ask to co-teach"), "{s}");
    assert_stored(&app);
    // Hidden things cannot be revealed while shared: x on the (now empty-looking) note
    // changes nothing.
    press(&mut app, "x");
    assert!(goal_private(&app));
    assert!(
        app.ctx
            .whole_journey()
            .private_answers
            .contains("worksheet.where.1.gap")
    );
}

#[test]
fn a_conversation_answer_made_private_asks_about_the_goal_that_carries_it() {
    let key = "conversation.how.plans";
    let mut j = Journey::default();
    j.answers.insert(
        key.into(),
        vec![
            version(
                key,
                chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
                "Present at the board",
            ),
            version(
                key,
                chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
                "Something else now",
            ),
        ],
    );
    let goal = |id, why: &str| Goal {
        id,
        title: format!("Goal {id}"),
        why: why.into(),
        origin: Some(Origin {
            kind: OriginKind::Conversation,
            key: key.into(),
        }),
        ..Goal::default()
    };
    // The first carries an earlier version of the answer; the second only shares its origin.
    j.goals = vec![
        goal(1, "From my plans: present at the board."),
        goal(2, "Written in my own words"),
    ]
    .into();
    let mut app = app_with_store(store_with(&j));
    app.ctx.jump = Some(Target::Answer(key.into()));
    app.dispatch(Action::Top);
    press(&mut app, "x");
    assert!(app.ctx.whole_journey().private_answers.contains(key));
    let c = app.ctx.confirm.clone().expect("asked");
    assert!(c.prompt.contains("“Goal 1”"), "{}", c.prompt);
    assert!(!c.prompt.contains("Goal 2"), "{}", c.prompt);
    press(&mut app, "y");
    let private: Vec<bool> = app
        .ctx
        .whole_journey()
        .goals
        .iter()
        .map(|g| g.private)
        .collect();
    assert_eq!(private, [true, false]);
    assert_stored(&app);
}

#[test]
fn on_the_shared_screen_a_gap_whose_only_goal_is_private_has_none() {
    let mut app = app();
    goal_from_first_gap(&mut app);
    press(&mut app, "x Enter");
    assert!(goal_private(&app));
    app.ctx.set_shared(true);
    // `n` on the stem makes a goal at once: no "This gap already has …" naming a goal the
    // screen does not show.
    press(&mut app, "Down n");
    assert!(app.ctx.confirm.is_none(), "{:?}", app.ctx.confirm);
    assert_eq!(app.ctx.whole_journey().goals.len(), 2);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Goal made"), "{s}");
    assert!(!s.contains("already has"), "{s}");
}
