//! The agenda Prepare and the shared screen keep between keys (`view::Memo`): the same one
//! while nothing changes, and never an old one once something has — a goal added, an item
//! dropped, an answer changed, a tick recorded, a private flag changed while shared — nor
//! the mentee's own on the shared screen.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::common::meeting_fixture as fixture;
use crate::common::{app_with_store, press, screen};
use mentee::app::App;
use mentee::domain::agenda;
use mentee::domain::{FieldKey, Goal, Topic, Value};
use mentee::modes::Mode;
use mentee::store::Store;
use mentee::view::AgendaFor;

fn fixture_app() -> (App, fixture::Ids) {
    let store = Store::open_in_memory().unwrap();
    let ids = fixture::fill(&store);
    (app_with_store(store), ids)
}

/// What Prepare shows, after a frame (a change made outside the view shows from the next
/// frame on).
fn shown(app: &mut App) -> Vec<Topic> {
    screen(app, 80, 24);
    app.prepare.topics(&app.ctx.view())
}

/// Prepare's agenda is the one the journey gives now, built afresh.
fn assert_current(app: &mut App) {
    screen(app, 80, 24);
    let view = app.ctx.view();
    let fresh = agenda::build_chosen(view.journey, view.clock);
    assert_eq!(
        app.prepare.agenda(),
        Some(&fresh),
        "a stale agenda is shown"
    );
}

#[test]
fn prepare_keeps_its_agenda_until_the_journey_changes() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "P");
    assert_eq!(app.mode, Some(Mode::Prepare));
    assert_current(&mut app);
    // Kept: moving builds nothing, the memo hands out the same agenda.
    let kept = app.ctx.view().agenda(AgendaFor::Chosen);
    press(&mut app, "Down Down Up");
    screen(&mut app, 80, 24);
    assert!(Rc::ptr_eq(&kept, &app.ctx.view().agenda(AgendaFor::Chosen)));

    // A goal added (due in three days): on the agenda at once.
    let goal = app
        .ctx
        .insert(Goal {
            title: "Speak at the meetup".into(),
            mentor_id: Some(ids.ana),
            target_date: NaiveDate::from_ymd_opt(2026, 11, 25),
            ..Goal::default()
        })
        .unwrap();
    assert!(!Rc::ptr_eq(
        &kept,
        &app.ctx.view().agenda(AgendaFor::Chosen)
    ));
    assert!(shown(&mut app).contains(&Topic::Goal(goal)));
    assert_current(&mut app);

    // An item dropped: off the agenda at once.
    press(&mut app, "Home");
    let first = shown(&mut app)[0].clone();
    press(&mut app, "d");
    assert!(!shown(&mut app).contains(&first));
    assert_current(&mut app);

    // An answer changed (the answers have no stamps: the write path drops what is kept).
    let key = mentee::method::method().questions[3].key();
    assert!(!shown(&mut app).contains(&Topic::Answer(key.clone())));
    assert!(app.ctx.commit(
        &FieldKey::Answer(key.clone()),
        Value::Text("Better than a year ago".into())
    ));
    assert!(shown(&mut app).contains(&Topic::Answer(key)));
    assert_current(&mut app);

    // The goal done (a field, not the list): kept on the agenda she kept, no longer due.
    assert!(app.prepare.agenda().unwrap().reasons(goal).due_soon);
    assert!(app.ctx.commit(
        &FieldKey::Goal(goal, mentee::domain::GoalField::Status),
        Value::Choice(Some("done"))
    ));
    assert_current(&mut app);
    assert!(!app.prepare.agenda().unwrap().reasons(goal).due_soon);
}

#[test]
fn the_shared_screen_never_gets_the_agenda_kept_for_the_mentee() {
    let (mut app, ids) = fixture_app();
    let private = Topic::Question(ids.private_question);
    // Kept for her own view, private question included.
    let own = app.ctx.view().agenda(AgendaFor::Chosen);
    assert!(own.agenda.entries.iter().any(|e| e.topic == private));
    app.ctx.set_shared(true);
    let shared = app.ctx.view().agenda(AgendaFor::Chosen);
    assert!(!Rc::ptr_eq(&own, &shared));
    assert!(shared.agenda.entries.iter().all(|e| e.topic != private));
    let view = app.ctx.view();
    assert_eq!(
        shared.agenda,
        agenda::build_chosen(view.journey, view.clock),
        "built from the shared-only journey"
    );
    // And back: her own again, private question included.
    app.ctx.set_shared(false);
    let again = app.ctx.view().agenda(AgendaFor::Chosen);
    assert!(again.agenda.entries.iter().any(|e| e.topic == private));
    // Through the screens: P, then S, then P on the shared screen.
    press(&mut app, "P Esc S");
    assert!(!screen(&mut app, 80, 24).contains("A private worry"));
    press(&mut app, "P");
    assert!(app.ctx.shared());
    assert!(!shown(&mut app).contains(&private));
    assert_current(&mut app);
}

#[test]
fn a_tick_and_a_private_flag_changed_while_shared_show_at_once() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S");
    assert_eq!(app.mode, Some(Mode::Review));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains(" · 0 of "), "{s}");
    // A tick recorded: the item shows discussed, and the count follows.
    press(&mut app, "Space");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains(" · 1 of ") && s.contains("[x]"), "{s}");
    // A question made private while shared (P on the shared screen, x on it): gone at once.
    press(&mut app, "P");
    let question = Topic::Question(ids.question);
    let at = shown(&mut app).iter().position(|t| *t == question).unwrap();
    press(&mut app, "Home");
    for _ in 0..at {
        press(&mut app, "Down");
    }
    press(&mut app, "x");
    assert!(
        app.ctx
            .whole_journey()
            .question(ids.question)
            .unwrap()
            .private
    );
    assert!(!shown(&mut app).contains(&question));
    assert_current(&mut app);
    press(&mut app, "Esc");
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("stretch project"), "{s}");
}

#[test]
fn the_kept_agenda_follows_the_clock() {
    let (mut app, _) = fixture_app();
    press(&mut app, "P");
    assert_current(&mut app);
    assert_eq!(app.prepare.agenda().unwrap().choice.why, agenda::Why::Due);
    // Ana's meeting was due on 1 December: the day after, it is overdue.
    let later = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    app.ctx
        .clock
        .set(later.and_hms_opt(9, 0, 0).unwrap().and_utc());
    assert_current(&mut app);
    assert_eq!(
        app.prepare.agenda().unwrap().choice.why,
        agenda::Why::Overdue
    );
}

#[test]
fn the_own_view_comes_back_as_it_was_left_after_a_shared_screen() {
    let (mut app, ids) = fixture_app();
    let own = screen(&mut app, 80, 24);
    // A look at the shared screen that writes nothing: what the own view kept is still
    // its own (the shared screen drew from the projection, never from that).
    app.ctx.set_shared(true);
    assert_ne!(screen(&mut app, 80, 24), own);
    app.ctx.set_shared(false);
    assert_eq!(screen(&mut app, 80, 24), own);
    // Something written on the shared screen shows in the own view at once.
    app.ctx.set_shared(true);
    screen(&mut app, 80, 24);
    assert!(app.ctx.commit(
        &FieldKey::Action(ids.action, mentee::domain::ActionField::Text),
        Value::Text("Send the draft to Ben".into()),
    ));
    app.ctx.set_shared(false);
    assert!(screen(&mut app, 80, 24).contains("Send the draft to Ben"));
}

#[test]
fn the_items_carried_to_a_meeting_are_kept_until_the_journey_changes() {
    let (mut app, ids) = fixture_app();
    let later = app
        .ctx
        .insert(fixture::meeting(Some(ids.ana), fixture::at(11, 15, 10)))
        .unwrap();
    let fresh = |app: &App| {
        let view = app.ctx.view();
        let m = view.journey.meeting(later).unwrap();
        let ids: Vec<_> = mentee::domain::meetings::carried_forward(view.journey, m, view.clock)
            .iter()
            .map(|a| a.id)
            .collect();
        ids
    };
    let m = app.ctx.journey().meeting(later).unwrap().clone();
    let kept = app.ctx.view().carried(&m);
    assert_eq!(*kept, vec![ids.action]);
    assert!(Rc::ptr_eq(&kept, &app.ctx.view().carried(&m)));
    // Another item agreed at the earlier meeting: carried too, at once.
    app.ctx
        .insert(mentee::domain::ActionItem {
            meeting_id: Some(ids.last_meeting),
            text: "Book the room".into(),
            ..mentee::domain::ActionItem::default()
        })
        .unwrap();
    assert_eq!(*app.ctx.view().carried(&m), fresh(&app));
    assert_eq!(app.ctx.view().carried(&m).len(), 2);
}
