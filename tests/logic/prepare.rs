//! The Prepare view (`P`), driven through the app: the meeting it is for, the agenda it
//! shows, what the mentee changes in it (stored as she goes), and planning the meeting.

use crate::common::meeting_fixture as fixture;

use crate::common::{app_with_store, press, screen, type_text};
use mentee::app::App;
use mentee::domain::Topic;
use mentee::domain::agenda::{self, AgendaOf, Why};
use mentee::modes::Mode;
use mentee::store::Store;
use mentee::tab::Tab;

fn fixture_app() -> (App, fixture::Ids) {
    let store = Store::open_in_memory().unwrap();
    let ids = fixture::fill(&store);
    (app_with_store(store), ids)
}

fn items(app: &App) -> Vec<Topic> {
    app.prepare.topics(&app.ctx.view())
}

fn stored(app: &App) {
    assert_eq!(app.ctx.store().load().unwrap(), *app.ctx.whole_journey());
}

fn status(app: &App) -> String {
    app.ctx
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn p_opens_the_agenda_of_the_chosen_meeting_and_says_why() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "4 P");
    assert_eq!(app.mode, Some(Mode::Prepare));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Prepare — meeting with Ana Lima"), "{s}");
    assert!(
        s.contains("Due Tue 1 Dec 2026 (monthly; in 9 days, not planned yet)"),
        "{s}"
    );
    assert!(
        s.contains("Why this one: nothing planned; next due by cadence"),
        "{s}"
    );
    for text in [
        "Send the CV draft",
        "Improve SQL",
        "Where are you now?",
        "Review our agreement with Ana",
        "How do I ask for a stretch project?",
        "A private worry",
    ] {
        assert!(s.contains(text), "{text} missing: {s}");
    }
    assert!(!s.contains("Ben's goal"));
    assert_eq!(
        items(&app)[0..2],
        [Topic::Action(ids.action), Topic::Goal(ids.sql)]
    );
    assert_eq!(app.prepare.agenda().unwrap().choice.why, Why::Due);
    // m is in the footer, at 80 and at 60 columns.
    for w in [80, 60] {
        let s = screen(&mut app, w, 24);
        assert!(
            s.lines().last().unwrap().starts_with("m next mentor"),
            "{s}"
        );
    }
    press(&mut app, "Esc");
    assert_eq!((app.tab, app.mode), (Tab::Goals, None));
    // Another mentor: Ben's goal, not Ana's agreement; the header says it is his.
    press(&mut app, "P m");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("meeting with Ben Okafor") && s.contains("Ben's goal"),
        "{s}"
    );
    assert!(s.contains("no meeting with Ben planned or due"), "{s}");
    assert!(!s.contains("Review our agreement"));
}

#[test]
fn order_drops_and_questions_are_stored_as_she_goes() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "P");
    assert!(
        app.ctx.whole_journey().agenda_items.is_empty(),
        "nothing kept yet"
    );
    let first = items(&app)[0].clone();
    press(&mut app, "J");
    assert_eq!(items(&app)[1], first, "moved down one place");
    let kept = &app.ctx.whole_journey().agenda_items;
    assert_eq!(kept.len(), app.prepare.agenda().unwrap().entries.len());
    assert!(
        kept.iter()
            .all(|a| a.mentor_id == Some(ids.ana) && a.meeting_id.is_none()),
        "the pending agenda of Ana, no meeting yet"
    );
    press(&mut app, "K");
    assert_eq!(items(&app)[0], first);
    press(&mut app, "d");
    assert!(!items(&app).contains(&first));
    assert!(status(&app).contains("nothing was deleted"));
    assert!(app.ctx.whole_journey().action(ids.action).is_some());
    // Reopening keeps what was dropped off, and the order; u puts it back.
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
        Topic::Question(q.id),
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
        .position(|i| *i == Topic::Question(ids.question))
        .unwrap();
    for _ in 0..at {
        press(&mut app, "Down");
    }
    press(&mut app, "Enter");
    assert!(app.ctx.editor.is_some());
    type_text(&mut app, " Soon?");
    press(&mut app, "Enter");
    let q = |app: &App| app.ctx.whole_journey().question(ids.question).cloned();
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
fn keeping_a_meeting_not_planned_asks_its_date_then_plans_it_with_this_agenda() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "P d w");
    let s = screen(&mut app, 80, 24);
    // Pre-filled: the day it is due, at the usual time with Ana.
    assert!(s.contains("Plan the meeting on: 2026-12-01 10:00"), "{s}");
    assert_eq!(app.ctx.whole_journey().meetings.len(), 1, "not yet");
    // A day past is refused, and nothing is planned.
    for _ in 0.."2026-12-01 10:00".len() {
        press(&mut app, "Backspace");
    }
    type_text(&mut app, "2026-11-01 10:00");
    press(&mut app, "Enter");
    assert!(screen(&mut app, 80, 24).contains("That day has passed"));
    assert_eq!(app.ctx.whole_journey().meetings.len(), 1);
    for _ in 0.."2026-11-01 10:00".len() {
        press(&mut app, "Backspace");
    }
    type_text(&mut app, "2026-12-02 17:30");
    press(&mut app, "Enter");
    let j = app.ctx.whole_journey();
    let m = j.meetings.last().unwrap();
    assert_ne!(m.id, ids.last_meeting);
    assert_eq!(m.mentor_id, Some(ids.ana));
    assert_eq!(
        m.starts_at,
        fixture::at(12, 2, 17) + chrono::Duration::minutes(30)
    );
    assert!(
        status(&app).contains("Planned the meeting on Wed 2 Dec at 17:30"),
        "{}",
        status(&app)
    );
    // The agenda went with it: every item, the dropped one still dropped.
    let of = AgendaOf::Meeting(m.id);
    let kept = agenda::stored_items(j, of, false);
    assert!(!kept.is_empty());
    assert!(
        j.agenda_items.iter().all(|a| of.holds(a)),
        "nothing left pending"
    );
    let action = kept
        .iter()
        .find(|a| a.topic == Topic::Action(ids.action))
        .unwrap();
    assert!(action.dropped);
    for q in [ids.question, ids.private_question] {
        assert_eq!(
            j.question(q).unwrap().meeting_id,
            Some(m.id),
            "raised there"
        );
    }
    assert!(
        m.agenda.is_empty(),
        "her notes are hers: nothing written into them"
    );
    stored(&app);
    // The view is now on the planned meeting, and w no longer asks anything.
    let a = app.prepare.agenda().unwrap();
    assert_eq!(a.choice.meeting_id, Some(m.id));
    assert!(items(&app).contains(&Topic::Question(ids.question)));
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Wed 2 Dec 2026 at 17:30 (planned, in 10 days)"),
        "{s}"
    );
    press(&mut app, "w");
    assert!(status(&app).starts_with("Kept with the meeting on Wed 2 Dec at 17:30"));
    // The whole message reads at 80 columns.
    let s = screen(&mut app, 80, 24);
    assert!(s.contains(&status(&app)), "{s}");
    assert!(!screen(&mut app, 80, 24).contains("Plan the meeting on"));
    assert_eq!(
        app.ctx.whole_journey().meetings.len(),
        2,
        "no second meeting"
    );
    stored(&app);
}

#[test]
fn esc_cancels_planning() {
    let (mut app, _) = fixture_app();
    press(&mut app, "P w Esc");
    assert!(!screen(&mut app, 80, 24).contains("Plan the meeting on"));
    assert_eq!(app.ctx.whole_journey().meetings.len(), 1);
    assert_eq!(app.mode, Some(Mode::Prepare));
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
    assert!(app.ctx.whole_journey().action(ids.action).is_some());
}

#[test]
fn the_selected_item_shows_what_it_carries() {
    let (mut app, _) = fixture_app();
    // The goal: progress, target, last review.
    press(&mut app, "P Down");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Progress: 40%"), "{s}");
    assert!(s.contains("Target: Thu 10 Dec (in 18 days)"), "{s}");
    assert!(
        s.contains("Last review: Tue 20 Oct · 40% · “Halfway through the course”"),
        "{s}"
    );
    // The action: owner and due date.
    press(&mut app, "Up");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Owner: me"), "{s}");
    assert!(s.contains("Due: Fri 20 Nov — overdue, 2 days ago"), "{s}");
    // The changed answer: the words that changed.
    let at = items(&app)
        .iter()
        .position(|t| matches!(t, Topic::Answer(_)))
        .unwrap();
    for _ in 0..at {
        press(&mut app, "Down");
    }
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("What changed:"), "{s}");
    assert!(s.contains("[-Analyst-]{+Senior analyst+}"), "{s}");
}

#[test]
fn on_a_shared_screen_private_items_are_not_on_the_agenda() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S P");
    assert!(app.ctx.shared());
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("A private worry"), "{s}");
    assert!(!items(&app).contains(&Topic::Question(ids.private_question)));
    // Esc goes back to the review.
    press(&mut app, "Esc");
    assert_eq!(app.mode, Some(Mode::Review));
}

/// `m` (next mentor) is in Prepare's footer at 60 and at 80 columns, whichever item is
/// selected (a question adds its own keys) and while the screen is shared (issue 12.2).
#[test]
fn m_is_in_the_footer_at_every_width_on_every_item() {
    let mut app = crate::common::demo_app();
    press(&mut app, "P");
    let n = items(&app).len();
    assert!(n > 10, "{n}");
    for shared in [false, true] {
        if shared {
            // While shared, P shows the agenda's shared items.
            press(&mut app, "Esc S P Home");
            assert!(app.ctx.view().shared && app.mode == Some(Mode::Prepare));
        }
        for i in 0..n {
            for w in [60, 80] {
                let s = screen(&mut app, w, 24);
                let footer = s.lines().last().unwrap();
                assert!(
                    footer.starts_with("m next mentor"),
                    "item {i}, {w} columns, shared {shared}: {footer}\n{s}"
                );
            }
            press(&mut app, "Down");
        }
    }
}

/// `c` writes the invite of the planned meeting, and says so first (that private items are
/// left out) and where last, so a narrow screen cuts the path rather than the news.
#[test]
fn c_writes_the_invite_and_says_what_it_holds_before_where() {
    let mut app = crate::common::demo_app();
    let dir = tempfile::tempdir().unwrap();
    app.ctx.export_dir = Some(dir.path().to_path_buf());
    press(&mut app, "P c");
    let written: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    assert!(written[0].extension().is_some_and(|e| e == "ics"));
    let s = screen(&mut app, 60, 16);
    assert!(
        s.contains("Invite without private items written to "),
        "{s}"
    );
}

/// The agenda as kept, by topic (private items included), in its order.
fn kept_order(app: &App, ids: &fixture::Ids) -> Vec<Topic> {
    let j = app.ctx.whole_journey();
    agenda::stored_items(j, AgendaOf::Pending(Some(ids.ana)), false)
        .into_iter()
        .map(|a| a.topic.clone())
        .collect()
}

/// Moving items in `P` while the screen is shared moves only what it shows: each private
/// item keeps its place, nothing private shows or is renumbered into a visible one's place,
/// and her own view afterwards has the new order with the private items where they were.
#[test]
fn moving_items_while_shared_keeps_private_items_in_their_places() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S");
    let before = kept_order(&app, &ids);
    let private = [
        Topic::Goal(ids.secret),
        Topic::Question(ids.private_question),
    ];
    let places = |order: &[Topic]| -> Vec<Option<usize>> {
        private
            .iter()
            .map(|t| order.iter().position(|x| x == t))
            .collect()
    };
    assert!(places(&before).iter().all(Option::is_some), "{before:?}");
    press(&mut app, "P");
    assert!(app.ctx.shared());
    let shown = items(&app);
    assert!(shown.iter().all(|t| !private.contains(t)), "{shown:?}");
    // "Give a talk" sits just above the private goal: move it down past it, then move the
    // last item shown up, and the first one down.
    let talk = shown
        .iter()
        .position(|t| *t == Topic::Goal(ids.talk))
        .unwrap();
    press(&mut app, &"Down ".repeat(talk));
    press(&mut app, "J End K Home J");
    let mut expected = shown.clone();
    expected.swap(talk, talk + 1);
    let n = expected.len();
    expected.swap(n - 1, n - 2);
    expected.swap(0, 1);
    assert_eq!(items(&app), expected);
    let after = kept_order(&app, &ids);
    assert_eq!(places(&after), places(&before), "{before:?}\n{after:?}");
    let visible: Vec<Topic> = after
        .iter()
        .filter(|t| !private.contains(t))
        .cloned()
        .collect();
    assert_eq!(visible, expected);
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("A private"), "{s}");
    // Her own view: the same order, the private items in their places.
    press(&mut app, "Esc S Esc Enter P");
    assert!(!app.ctx.shared());
    assert_eq!(items(&app), after);
    stored(&app);
}

/// A question added while shared goes below the selected item; the private items stay
/// between the items they were between.
#[test]
fn a_question_added_while_shared_leaves_private_items_in_place() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S");
    let before = kept_order(&app, &ids);
    press(&mut app, "P n");
    type_text(&mut app, "What next?");
    press(&mut app, "Enter");
    let after = kept_order(&app, &ids);
    let question = app.ctx.whole_journey().questions.last().unwrap().id;
    assert_eq!(
        after.iter().position(|t| *t == Topic::Question(question)),
        Some(1),
        "below the first item: {after:?}"
    );
    let others: Vec<Topic> = after
        .iter()
        .filter(|t| **t != Topic::Question(question))
        .cloned()
        .collect();
    assert_eq!(others, before, "everything else where it was");
    stored(&app);
}

/// `m` is offered (and bound) only with another mentor to switch to: without mentors the
/// footer does not offer it and it says nothing about "one mentor".
#[test]
fn m_is_offered_only_with_another_mentor_to_prepare_for() {
    let last_row = |app: &mut App| {
        app.ctx.status = None;
        screen(app, 80, 24).lines().last().unwrap().to_string()
    };
    let mut app = fixture::answers_only_app();
    press(&mut app, "P");
    let f = last_row(&mut app);
    assert!(
        f.contains("n add a question") && !f.contains("mentor"),
        "{f:?}"
    );
    press(&mut app, "m");
    assert!(!screen(&mut app, 80, 24).contains("only one mentor"));
    let (mut app, _) = fixture_app();
    press(&mut app, "P");
    let f = last_row(&mut app);
    assert!(f.starts_with("m next mentor"), "{f:?}");
}

#[test]
fn an_empty_agenda_offers_no_keys_for_an_item() {
    // Nothing written yet: the agenda is empty, so there is nothing to drop, move or open.
    let mut app = app_with_store(Store::open_in_memory().unwrap());
    press(&mut app, "P");
    assert_eq!(app.mode, Some(Mode::Prepare));
    app.ctx.status = None;
    let s = screen(&mut app, 120, 24);
    let footer = s.lines().last().unwrap();
    assert!(footer.contains("add a question"), "{footer}");
    assert!(!footer.contains("drop"), "{footer}");
    assert!(!footer.contains("move up"), "{footer}");
    // With a question added, the item's keys are offered.
    press(&mut app, "n");
    type_text(&mut app, "What next?");
    press(&mut app, "Enter");
    app.ctx.status = None;
    let s = screen(&mut app, 120, 24);
    let footer = s.lines().last().unwrap();
    assert!(footer.contains("d drop from the agenda"), "{s}");
}
