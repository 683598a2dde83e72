//! Writes while the screen is shared: what the shared screen does not show stays as it is.
//! (What it draws is walked in `screens::shared_screen_privacy`.)

use crate::common::journeys::{rich, store_with};
use crate::common::{app_with_store, press, screen, type_text};
use mentee::action::Action;
use mentee::app::App;
use mentee::ctx::Target;
use mentee::domain::{
    ActionField, ActionItem, FieldKey, GoalField, Meeting, MeetingField, Question, Record, Value,
};
use mentee::editor::TextKind;

/// The rich journey, on a shared screen (`S`), showing `target`.
fn shared_at(target: Target) -> App {
    let mut app = app_with_store(store_with(&rich()));
    press(&mut app, "S");
    assert!(app.ctx.shared());
    app.ctx.jump = Some(target);
    app.dispatch(Action::Top);
    app
}

fn assert_stored(app: &App) {
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn browsing_a_picker_while_shared_keeps_a_link_to_a_private_goal() {
    // Action item 1 (of a shared meeting) belongs to goal 4, which is private.
    let mut app = shared_at(Target::Action(1));
    // Open the item, down to its goal: shown as none.
    press(&mut app, "Enter Down Down Down Down");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("PUBLIC-action"), "{s}");
    let goal_row = |s: &str| {
        s.lines()
            .find(|l| l.contains("│ Goal "))
            .map(str::to_string)
    };
    assert!(goal_row(&s).is_some_and(|l| l.contains("none")), "{s}");
    assert!(!s.contains("SECRET"), "{s}");
    for keys in ["Right", "Right", "Left", "Space", "Enter"] {
        press(&mut app, keys);
        let s = screen(&mut app, 80, 24);
        assert!(!s.contains("SECRET"), "{s}");
        assert!(goal_row(&s).is_some_and(|l| l.contains("none")), "{s}");
        assert_eq!(app.ctx.whole_journey().action(1).unwrap().goal_id, Some(4));
    }
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("This field cannot be changed on the shared screen"),
        "{s}"
    );
    assert_stored(&app);
    // Its other fields are the pair's to change.
    let key = FieldKey::Action(1, ActionField::Text);
    assert!(app.ctx.may_change(&key));
    // Unshared, the same keys change the link.
    press(&mut app, "S");
    app.dispatch(Action::Back);
    app.dispatch(Action::Back);
    assert!(!app.ctx.shared(), "{}", screen(&mut app, 80, 24));
    app.dispatch(Action::Open);
    app.ctx.jump = Some(Target::Action(1));
    app.dispatch(Action::Top);
    press(&mut app, "Enter Down Down Down Down Right");
    assert_ne!(app.ctx.whole_journey().action(1).unwrap().goal_id, Some(4));
    assert_stored(&app);
}

#[test]
fn browsing_a_picker_while_shared_keeps_a_link_to_a_private_meeting() {
    // Review 4 (of the shared goal 9) was written at meeting 5, which is private.
    let mut app = shared_at(Target::Review(4));
    press(&mut app, "Enter");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("PUBLIC-review-tied"), "{s}");
    // Note, Day, Meeting: the meeting shows as none, and browsing it changes nothing.
    press(&mut app, "Down Down");
    let meeting_row = |s: &str| {
        s.lines()
            .find(|l| l.contains("│ Meeting "))
            .map(str::to_string)
    };
    for keys in ["Right", "Right", "Left", "Enter"] {
        press(&mut app, keys);
        let s = screen(&mut app, 80, 24);
        assert!(meeting_row(&s).is_some_and(|l| l.contains("none")), "{s}");
        assert!(!s.contains("SECRET"), "{s}");
        assert_eq!(
            app.ctx.whole_journey().review(4).unwrap().meeting_id,
            Some(5)
        );
    }
    assert_stored(&app);
}

#[test]
fn withheld_text_and_hidden_records_cannot_be_written_while_shared() {
    let mut app = shared_at(Target::Meeting(2));
    // As the shared screen began (it keeps the meeting's agenda first: `S` stores it).
    let before = app.ctx.whole_journey().clone();
    let mut expected = rich_as_stored();
    expected.agenda_items = before.agenda_items.clone();
    assert_eq!(before, expected, "nothing but the agenda kept");
    // Meeting 2's notes are private: the shared screen shows an empty section that does
    // not open for typing.
    let notes = FieldKey::Meeting(2, MeetingField::Notes);
    assert!(!app.ctx.may_change(&notes));
    app.ctx
        .begin_edit(notes.clone(), TextKind::Text, "Notes", "");
    assert!(app.ctx.editor.is_none());
    assert!(
        !app.ctx
            .commit(&notes, Value::Text("typed on the shared screen".into()))
    );
    assert!(!app.ctx.commit(
        &FieldKey::Meeting(2, MeetingField::NotesPrivate),
        Value::Bool(false)
    ));
    // Its agenda is shared: that opens.
    let agenda = FieldKey::Meeting(2, MeetingField::Agenda);
    app.ctx.begin_edit(agenda, TextKind::Text, "Agenda", "");
    assert!(app.ctx.editor.is_some());
    app.ctx.editor = None;
    // Hidden records: no field of them, no delete, nothing new tied to them.
    assert!(!app.ctx.commit(
        &FieldKey::Goal(4, GoalField::Title),
        Value::Text("x".into())
    ));
    assert!(!app.ctx.delete(Record::Goal, 4));
    assert!(!app.ctx.delete(Record::Meeting, 5));
    let tied = ActionItem {
        meeting_id: Some(2),
        goal_id: Some(4),
        text: "tied to a private goal".into(),
        ..ActionItem::default()
    };
    assert_eq!(app.ctx.insert(tied), None);
    let raised = Question {
        meeting_id: Some(5),
        text: "raised at a private meeting".into(),
        ..Question::default()
    };
    assert_eq!(app.ctx.insert(raised), None);
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("This cannot be changed on the shared screen"),
        "{s}"
    );
    assert_eq!(*app.ctx.whole_journey(), before);
    assert_stored(&app);
    // What the screen shows may be written, and shows at once.
    let open = ActionItem {
        meeting_id: Some(2),
        goal_id: Some(1),
        text: "agreed on the shared screen".into(),
        ..ActionItem::default()
    };
    let id = app.ctx.insert(open).expect("added");
    assert!(app.ctx.journey().action(id).is_some());
    assert!(app.ctx.commit(
        &FieldKey::Action(id, ActionField::Text),
        Value::Text("agreed, and edited".into())
    ));
    assert_eq!(
        app.ctx.journey().action(id).unwrap().text,
        "agreed, and edited"
    );
    assert_stored(&app);
}

#[test]
fn a_review_added_while_shared_is_not_tied_to_a_private_meeting_held_today() {
    let mut app = app_with_store(store_with(&rich()));
    let private_today = Meeting {
        starts_at: app.ctx.clock.now(),
        private: true,
        created_at: app.ctx.clock.now(),
        ..Meeting::default()
    };
    let hidden = app.ctx.insert(private_today).unwrap();
    press(&mut app, "S");
    app.ctx.jump = Some(Target::Goal(1));
    app.dispatch(Action::Top);
    press(&mut app, "r");
    let goal_reviews: Vec<_> = app
        .ctx
        .whole_journey()
        .reviews
        .iter()
        .filter(|r| r.goal_id == 1)
        .collect();
    let newest = goal_reviews.iter().max_by_key(|r| r.id).unwrap();
    assert_eq!(newest.day, app.ctx.clock.today());
    assert_ne!(newest.meeting_id, Some(hidden));
    type_text(&mut app, "fine");
    assert_stored(&app);
}

/// The rich journey as a store gives it back (as `store_with` wrote it).
fn rich_as_stored() -> mentee::domain::Journey {
    store_with(&rich()).load().unwrap()
}

#[test]
fn a_goal_a_meeting_or_a_mentor_is_not_deleted_while_shared() {
    // Goal 1 is shared and has a private review (2): deleting it would delete that review
    // too. The delete waits for the end of sharing, for every goal, so that refusing says
    // nothing about what belongs to it.
    let mut app = shared_at(Target::Goal(1));
    app.dispatch(Action::Back);
    app.dispatch(Action::Delete);
    assert!(
        app.ctx.confirm.is_none(),
        "no prompt for what would not be done"
    );
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("A goal is deleted when the screen is not shared"),
        "{s}"
    );
    assert!(!app.ctx.delete(Record::Goal, 1));
    assert!(!app.ctx.delete(Record::Meeting, 2));
    assert!(app.ctx.whole_journey().goal(1).is_some());
    assert!(app.ctx.whole_journey().reviews.iter().any(|r| r.id == 2));
    // A review of it is the pair's to delete.
    assert!(app.ctx.delete(Record::Review, 1));
    assert_stored(&app);
    // Unshared, the goal goes with its reviews.
    press(&mut app, "S");
    app.dispatch(Action::Back);
    app.dispatch(Action::Back);
    assert!(!app.ctx.shared());
    assert!(app.ctx.delete(Record::Goal, 1));
    assert!(
        app.ctx
            .whole_journey()
            .reviews
            .iter()
            .all(|r| r.goal_id != 1)
    );
    assert_stored(&app);
}

#[test]
fn writes_on_the_shared_screen_keep_its_projection_as_a_fresh_one_without_projecting_again() {
    let mut app = app_with_store(store_with(&rich()));
    press(&mut app, "S");
    let fresh = |app: &App| app.ctx.whole_journey().shared_only();
    let meetings = app.ctx.view().journey.meetings.stamp();
    // A review recorded, an item agreed and its text written, an item ticked: made to
    // the projection as they were made to the journey (its meetings untouched, so their
    // list keeps its stamp: nothing was projected again), and equal to a fresh projection.
    let review = app.ctx.insert(mentee::domain::Review {
        goal_id: 1,
        day: app.ctx.clock.today(),
        progress: 60,
        note: "Halfway".into(),
        created_at: app.ctx.clock.now(),
        ..mentee::domain::Review::default()
    });
    assert!(review.is_some());
    let item = app
        .ctx
        .insert(ActionItem {
            text: "Draft the talk".into(),
            ..ActionItem::default()
        })
        .unwrap();
    assert!(app.ctx.commit(
        &FieldKey::Action(item, ActionField::Text),
        Value::Text("Draft the talk outline".into())
    ));
    assert!(app.ctx.commit(
        &FieldKey::Action(item, ActionField::Done),
        Value::Bool(true)
    ));
    assert_eq!(*app.ctx.view().journey, fresh(&app));
    assert_eq!(app.ctx.view().journey.meetings.stamp(), meetings);
    assert!(screen(&mut app, 80, 24).contains("Shared screen"));
    // A write that changes what is hidden (a question made private): the journey is
    // projected again, and the question is gone from the shared screen.
    let question = app
        .ctx
        .insert(Question {
            text: "Conference budget?".into(),
            created_at: app.ctx.clock.now(),
            ..Question::default()
        })
        .unwrap();
    assert!(app.ctx.view().journey.has(Record::Question, question));
    assert!(app.ctx.commit(
        &FieldKey::Question(question, mentee::domain::QuestionField::Private),
        Value::Bool(true)
    ));
    assert!(!app.ctx.view().journey.has(Record::Question, question));
    assert_eq!(*app.ctx.view().journey, fresh(&app));
    assert_stored(&app);
}

#[test]
fn a_projection_made_ready_after_prepare_follows_every_write_and_is_what_s_shows() {
    let mut app = app_with_store(store_with(&rich()));
    let fresh = |app: &App| app.ctx.whole_journey().shared_only();
    // Nothing made before the screen is expected to be shared.
    app.prepare_sharing();
    assert!(app.ctx.sharing_ready().is_none());
    // Prepare opened: once idle, the projection is made.
    press(&mut app, "P");
    app.dispatch(Action::Back);
    assert!(!app.ctx.shared());
    app.prepare_sharing();
    assert_eq!(app.ctx.sharing_ready(), Some(&fresh(&app)));
    let ready_goals = app.ctx.sharing_ready().unwrap().goals.stamp();
    // Writes the projection follows without projecting again: a shown goal's title, the
    // private notes of a shown meeting (shown empty, as they stay), a private goal's title.
    for (key, text) in [
        (FieldKey::Goal(1, GoalField::Title), "Speak at a conference"),
        (
            FieldKey::Meeting(2, MeetingField::Notes),
            "SECRET-more private notes",
        ),
        (
            FieldKey::Goal(4, GoalField::Title),
            "SECRET-renamed private goal",
        ),
    ] {
        assert!(app.ctx.commit(&key, Value::Text(text.into())), "{key:?}");
        assert_eq!(app.ctx.sharing_ready(), Some(&fresh(&app)), "{key:?}");
    }
    assert_ne!(app.ctx.sharing_ready().unwrap().goals.stamp(), ready_goals);
    // A record tied to a private goal: the projection cannot follow; it goes, and is made
    // again once idle.
    let tied = ActionItem {
        meeting_id: Some(2),
        goal_id: Some(4),
        text: "tied to a private goal (shown, the link not)".into(),
        ..ActionItem::default()
    };
    assert!(app.ctx.insert(tied).is_some());
    assert!(app.ctx.sharing_ready().is_none());
    app.prepare_sharing();
    assert_eq!(app.ctx.sharing_ready(), Some(&fresh(&app)));
    // So does one whose private flag changes, and a goal deleted with what it holds.
    assert!(
        app.ctx
            .commit(&FieldKey::Goal(1, GoalField::Private), Value::Bool(true))
    );
    assert!(app.ctx.sharing_ready().is_none());
    app.prepare_sharing();
    assert!(app.ctx.delete(Record::Goal, 1));
    assert!(app.ctx.sharing_ready().is_none());
    app.prepare_sharing();
    assert_eq!(app.ctx.sharing_ready(), Some(&fresh(&app)));
    // `S` shows it (its first `S` keeps the meeting's agenda: a write it follows).
    press(&mut app, "S");
    assert!(app.ctx.shared());
    assert_eq!(*app.ctx.journey(), fresh(&app));
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("SECRET"), "{s}");
    // Ended, it is kept ready again, current, and `S` shows that same projection: its
    // lists keep their stamps (nothing projected again).
    app.dispatch(Action::Back);
    app.dispatch(Action::Back);
    assert!(!app.ctx.shared());
    assert_eq!(app.ctx.sharing_ready(), Some(&fresh(&app)));
    app.dispatch(Action::Open);
    app.prepare_sharing();
    let stamps = app.ctx.sharing_ready().expect("kept").stamps();
    press(&mut app, "S");
    assert!(app.ctx.shared());
    assert_eq!(app.ctx.journey().stamps(), stamps);
    assert_eq!(*app.ctx.journey(), fresh(&app));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Shared screen") && !s.contains("SECRET"), "{s}");
    assert_stored(&app);
}

#[test]
fn a_meeting_near_makes_the_projection_ready_without_prepare() {
    let mut app = app_with_store(store_with(&rich()));
    app.ctx.finish_loading().expect("loaded");
    // Far from any meeting: nothing made.
    app.prepare_sharing();
    assert!(app.ctx.sharing_ready().is_none());
    // Half an hour before meeting 2 (shared): made once idle, as after Prepare.
    let start = app.ctx.whole_journey().meeting(2).unwrap().starts_at;
    app.ctx.clock.set(start - chrono::Duration::minutes(30));
    app.prepare_sharing();
    assert_eq!(
        app.ctx.sharing_ready(),
        Some(&app.ctx.whole_journey().shared_only())
    );
    press(&mut app, "S");
    assert!(app.ctx.shared());
    assert_eq!(*app.ctx.journey(), app.ctx.whole_journey().shared_only());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Shared screen") && !s.contains("SECRET"), "{s}");
}
