//! The Prepare view (`P`), driven through the app: the agenda it shows, what the mentee
//! changes in it, and keeping it in the journal.

use crate::common::meeting_fixture as fixture;

use crate::common::{app_with_store, press, screen, type_text};
use mentee::app::App;
use mentee::domain::agenda::Item;
use mentee::domain::meetings::NextDue;
use mentee::modes::Mode;
use mentee::store::Store;
use mentee::tab::Tab;

fn fixture_app() -> (App, fixture::Ids) {
    let store = Store::open_in_memory().unwrap();
    let ids = fixture::fill(&store);
    (app_with_store(store), ids)
}

fn items(app: &App) -> Vec<Item> {
    app.prepare.agenda().unwrap().items.clone()
}

fn stored(app: &App) {
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

#[test]
fn p_opens_the_agenda_for_the_mentor_met_next_and_esc_goes_back() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "4 P");
    assert_eq!(app.mode, Some(Mode::Prepare));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Prepare — meeting with Ana Lima"), "{s}");
    assert!(
        s.contains("Due Tue 1 Dec 2026 (monthly; in 9 days, not planned yet)"),
        "{s}"
    );
    for text in [
        "Send the CV draft",
        "Improve SQL",
        "Where are you now?",
        "Review our agreement with Ana Lima",
        "How do I ask for a stretch project?",
        "A private worry",
    ] {
        assert!(s.contains(text), "{text} missing: {s}");
    }
    assert!(!s.contains("Ben's goal"));
    assert_eq!(
        items(&app)[0..2],
        [
            Item::Action(ids.action),
            Item::Goal(
                ids.sql,
                mentee::domain::agenda::GoalReasons {
                    overdue: false,
                    due_soon: true,
                    not_reviewed: true
                }
            )
        ]
    );
    press(&mut app, "Esc");
    assert_eq!((app.tab, app.mode), (Tab::Goals, None));
    // Another mentor: Ben's goal, not Ana's agreement.
    press(&mut app, "P m");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("meeting with Ben Okafor") && s.contains("Ben's goal"),
        "{s}"
    );
    assert!(!s.contains("Review our agreement"));
}

#[test]
fn reorder_drop_undo_and_add_a_question() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "P");
    let first = items(&app)[0].clone();
    press(&mut app, "J");
    assert_eq!(items(&app)[1], first, "moved down one place");
    press(&mut app, "K");
    assert_eq!(items(&app)[0], first);
    press(&mut app, "d");
    assert!(!items(&app).contains(&first));
    assert!(
        app.ctx
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("nothing was deleted")
    );
    assert!(
        app.ctx
            .whole_journey()
            .actions
            .iter()
            .any(|a| a.id == ids.action)
    );
    // Reopening keeps what was dropped off, and the order.
    press(&mut app, "Esc P");
    assert!(!items(&app).contains(&first));
    press(&mut app, "u");
    assert_eq!(items(&app)[0], first);
    press(&mut app, "n");
    type_text(&mut app, "Should I present at the conference?");
    press(&mut app, "Enter");
    let q = app.ctx.whole_journey().questions.last().unwrap().clone();
    assert_eq!(
        (q.text.as_str(), q.private, q.meeting_id),
        ("Should I present at the conference?", false, None)
    );
    assert_eq!(
        items(&app)[1],
        Item::Question(q.id),
        "below the selected item"
    );
    // Empty input adds nothing.
    press(&mut app, "n Enter Esc");
    assert_eq!(app.ctx.whole_journey().questions.len(), 3);
    stored(&app);
}

#[test]
fn questions_are_edited_made_private_and_deleted_here() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "P");
    let at = items(&app)
        .iter()
        .position(|i| *i == Item::Question(ids.question))
        .unwrap();
    for _ in 0..at {
        press(&mut app, "Down");
    }
    press(&mut app, "Enter");
    assert!(app.ctx.editor.is_some());
    type_text(&mut app, " Soon?");
    press(&mut app, "Enter");
    let q = |app: &App| {
        app.ctx
            .whole_journey()
            .questions
            .iter()
            .find(|q| q.id == ids.question)
            .cloned()
    };
    assert_eq!(
        q(&app).unwrap().text,
        "How do I ask for a stretch project? Soon?"
    );
    press(&mut app, "x");
    assert!(q(&app).unwrap().private);
    press(&mut app, "x D");
    assert!(app.ctx.confirm.is_some());
    press(&mut app, "y");
    assert!(q(&app).is_none());
    assert!(!screen(&mut app, 80, 24).contains("stretch project"));
    stored(&app);
}

#[test]
fn keeping_plans_the_meeting_with_this_agenda_and_raises_the_questions() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "P d w");
    let j = app.ctx.whole_journey();
    let m = j.meetings.last().unwrap();
    assert_ne!(m.id, ids.last_meeting);
    assert_eq!(m.mentor_id, Some(ids.ana));
    // On the day it is due, at the time of the last meeting with Ana.
    assert_eq!(m.starts_at, fixture::at(12, 1, 10));
    assert!(
        !m.agenda.contains("Send the CV draft"),
        "dropped: {}",
        m.agenda
    );
    assert!(
        m.agenda.starts_with(
            "1. Goal — Improve SQL (due Thu 10 Dec · not reviewed since Sun 1 Nov · 40%)"
        ),
        "{}",
        m.agenda
    );
    assert!(
        m.agenda
            .contains("Question — How do I ask for a stretch project?")
    );
    for q in [ids.question, ids.private_question] {
        let q = j.questions.iter().find(|x| x.id == q).unwrap();
        assert_eq!(q.meeting_id, Some(m.id), "raised at the planned meeting");
    }
    assert!(
        app.ctx
            .status
            .as_ref()
            .unwrap()
            .text
            .contains("Planned a meeting on Tue 1 Dec at 10:00")
    );
    stored(&app);
    // The agenda is now for the planned meeting, and its questions stay on it.
    let a = app.prepare.agenda().unwrap();
    assert!(matches!(
        a.next.as_ref().unwrap().due,
        NextDue::Planned { .. }
    ));
    assert!(a.items.contains(&Item::Question(ids.question)));
}

#[test]
fn keeping_again_asks_whether_to_replace_or_add() {
    let (mut app, _) = fixture_app();
    press(&mut app, "P w");
    let id = app.ctx.whole_journey().meetings.last().unwrap().id;
    let agenda = |app: &App| app.ctx.whole_journey().meeting(id).unwrap().agenda.clone();
    let first = agenda(&app);
    press(&mut app, "w");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("The meeting already has an agenda."), "{s}");
    press(&mut app, "Esc");
    assert_eq!(agenda(&app), first, "cancelled");
    press(&mut app, "w a");
    assert_eq!(agenda(&app), format!("{first}\n\n{first}"));
    press(&mut app, "d w r");
    assert!(!agenda(&app).contains("Send the CV draft"));
    assert_eq!(
        app.ctx.whole_journey().meetings.len(),
        2,
        "no second meeting planned"
    );
    stored(&app);
}

#[test]
fn enter_opens_an_item_in_its_tab() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "P Down Enter");
    assert_eq!((app.tab, app.mode), (Tab::Goals, None));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Goal: Improve SQL"), "{s}");
    press(&mut app, "P Up Enter");
    assert_eq!(app.tab, Tab::Journal);
    assert!(screen(&mut app, 80, 24).contains("Send the CV draft"));
    assert!(
        app.ctx
            .whole_journey()
            .actions
            .iter()
            .any(|a| a.id == ids.action)
    );
}

#[test]
fn on_a_shared_screen_private_items_are_not_on_the_agenda() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S P");
    assert!(app.ctx.shared());
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("A private worry"), "{s}");
    assert!(!items(&app).contains(&Item::Question(ids.private_question)));
    // Esc goes back to the review.
    press(&mut app, "Esc");
    assert_eq!(app.mode, Some(Mode::Review));
}
