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
    // S again goes to the wrap-up, and once more ends the shared screen: on a neutral
    // screen first, until Enter.
    press(&mut app, "S");
    assert!(app.ctx.shared());
    assert!(screen(&mut app, 80, 24).contains("Wrap-up"));
    press(&mut app, "S");
    assert!(!app.ctx.shared());
    assert_eq!(app.mode, Some(Mode::Ended));
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("The shared screen has ended — Enter shows your own view"),
        "{s}"
    );
    assert!(!s.contains("A private goal"), "{s}");
    // Tab keys, search and S do nothing there; Esc neither.
    press(&mut app, "4 / S Esc Tab");
    assert_eq!(app.mode, Some(Mode::Ended));
    assert!(app.overlay.is_none());
    press(&mut app, "Enter");
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
    // The last review's note, below its day and progress where there is room.
    assert!(s.contains("Last review  Tue 20 Oct · 40%  "), "{s}");
    assert!(
        s.contains("             “Halfway through the course”"),
        "{s}"
    );
    let s = screen(&mut app, 60, 16);
    assert!(
        s.contains("Last review  Tue 20 Oct · 40% · “Halfway through the c…”"),
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
    // Tab to the owner, Space for the mentor, Tab to the due date.
    press(&mut app, "Tab Space Tab");
    type_text(&mut app, "fri");
    press(&mut app, "Enter");
    let j = app.ctx.whole_journey();
    let a = j
        .actions
        .iter()
        .find(|a| a.text == "Share the query with Ana")
        .unwrap();
    assert_eq!(
        (a.owner, a.goal_id, a.done, a.due_date),
        (
            Owner::Mentor,
            Some(ids.sql),
            false,
            Some(fixture::day(11, 27))
        )
    );
    let m = j.meeting(a.meeting_id.unwrap()).unwrap();
    assert_eq!(
        (m.mentor_id, m.starts_at.date_naive()),
        (Some(ids.ana), fixture::day(11, 22))
    );
    // Nothing typed, nothing added; a date that is not one keeps the composer open, with
    // what was typed, and says why.
    press(&mut app, "a Enter Esc");
    assert_eq!(app.ctx.whole_journey().actions.len(), 2);
    press(&mut app, "a");
    type_text(&mut app, "Book a room");
    press(&mut app, "Tab Tab");
    type_text(&mut app, "someday");
    press(&mut app, "Enter");
    assert!(app.review.takes_text());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Due: 'someday' is not a date"), "{s}");
    for _ in 0..7 {
        press(&mut app, "Backspace");
    }
    press(&mut app, "Enter");
    assert!(!app.review.takes_text());
    let j = app.ctx.whole_journey();
    let a = j.actions.iter().find(|a| a.text == "Book a room").unwrap();
    assert_eq!((a.owner, a.due_date), (Owner::Me, None));
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
    press(&mut app, "S Esc Esc Enter S Right +");
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
    press(&mut app, "S Right Right");
    // Progress follows the milestones: + is not offered and does nothing.
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("+ - progress"), "{s}");
    assert!(
        s.contains("↑ ↓ milestone") && s.contains("Space tick"),
        "{s}"
    );
    press(&mut app, "+");
    assert!(app.review.session().is_empty());
    // The cursor starts on the first open milestone, so Space ticks it (and ↓ stays there).
    assert!(s.contains("▸ [ ] Submit the abstract"), "{s}");
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
    assert!(s.contains("Action items"), "{s}");
    assert!(s.contains("• Book a room · me"), "{s}");
    press(&mut app, "Esc");
    assert!(!app.ctx.shared());
    assert_eq!(app.mode, Some(Mode::Ended));
    press(&mut app, "Enter");
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
    // A goal made private on the way leaves the review, which moves on to what is there.
    // (Deleting one waits for the end of sharing: see `shared::a_goal_a_meeting_or_a_mentor…`.)
    press(&mut app, "4 Down d");
    assert!(app.ctx.confirm.is_none());
    press(&mut app, "Enter End Right Esc S");
    assert!(screen(&mut app, 80, 24).contains("Goal 1 of 1"));
}

/// The footer's hints in the review, at a width.
fn footer(app: &mut App, width: u16) -> String {
    app.ctx.status = None;
    screen(app, width, 24).lines().last().unwrap().to_string()
}

#[test]
fn the_footer_offers_only_keys_that_do_something_and_the_essential_ones_when_narrow() {
    let (mut app, _) = fixture_app();
    // Past the agenda step, to the first goal.
    press(&mut app, "S Right");
    // A goal with progress set by hand and no milestones, two mentors.
    for width in [80, 60] {
        let f = footer(&mut app, width);
        for hint in [
            "← → goals",
            "m mentor",
            "+ - progress",
            "p type %",
            "? help",
        ] {
            assert!(f.contains(hint), "{width}: {hint} in {f:?}");
        }
        assert!(!f.contains("milestone") && !f.contains("tick"), "{f}");
    }
    assert!(footer(&mut app, 80).contains("r note  a action"));
    // Progress from milestones: no + - p, but ↑ ↓ and Space.
    press(&mut app, "Right");
    let f = footer(&mut app, 80);
    assert!(!f.contains("progress") && !f.contains("type %"), "{f}");
    for hint in [
        "← → goals",
        "m mentor",
        "↑ ↓ milestone",
        "Space tick",
        "? help",
    ] {
        assert!(f.contains(hint), "{hint} in {f:?}");
    }
    // The help lists what applies now first.
    press(&mut app, "?");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Shared screen: the goals (now)"), "{s}");
    assert!(s.contains("Shared screen: milestones (now)"), "{s}");
    assert!(
        !s.contains("Shared screen: progress set by hand (now)"),
        "{s}"
    );
}

#[test]
fn with_no_goal_to_review_only_the_way_on_is_offered() {
    let mut app = crate::common::app();
    press(&mut app, "S");
    let f = footer(&mut app, 80);
    assert!(f.contains("→ the wrap-up") && f.contains("? help"), "{f}");
    for absent in ["progress", "note", "action", "mentor", "goals"] {
        assert!(!f.contains(absent), "{absent} in {f:?}");
    }
    // The goal keys do nothing, and nothing is recorded.
    press(&mut app, "+ r a p Space m");
    assert!(app.review.session().is_empty());
    assert!(!app.review.takes_text() && app.ctx.editor.is_none());
    // Esc goes to the wrap-up, even with nothing recorded; Esc again ends it.
    press(&mut app, "Esc");
    assert!(app.ctx.shared() && app.review.in_wrap_up());
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Nothing was recorded in this session"), "{s}");
    press(&mut app, "Esc");
    assert_eq!(app.mode, Some(Mode::Ended));
}

#[test]
fn without_mentors_the_agenda_offers_no_m_and_m_says_nothing_about_one_mentor() {
    let mut app = fixture::answers_only_app();
    press(&mut app, "S");
    assert!(screen(&mut app, 80, 24).contains("0 of 1 discussed"));
    for width in [80, 60] {
        let f = footer(&mut app, width);
        assert!(f.contains("Space discussed"), "{width}: {f:?}");
        assert!(!f.contains("mentor"), "{width}: {f:?}");
    }
    press(&mut app, "m");
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("only one mentor"), "{s}");
    // With two mentors, m is offered on the agenda and leads the footer.
    let (mut app, _) = fixture_app();
    press(&mut app, "S");
    assert!(
        footer(&mut app, 60).starts_with("m mentor"),
        "{}",
        footer(&mut app, 60)
    );
}

#[test]
fn from_no_goal_to_review_left_goes_back_to_the_agenda() {
    let mut app = fixture::answers_only_app();
    press(&mut app, "S Right");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("No goals to review"), "{s}");
    assert!(s.contains("← goes back to the agenda"), "{s}");
    for width in [80, 60] {
        let f = footer(&mut app, width);
        assert!(f.contains("← back to the agenda"), "{width}: {f:?}");
        assert!(f.contains("→ the wrap-up"), "{width}: {f:?}");
    }
    press(&mut app, "Left");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("0 of 1 discussed"), "{s}");
    // Without an agenda, ← is neither offered nor said.
    let mut app = crate::common::app();
    press(&mut app, "S");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("No goals to review") && !s.contains("back to the agenda"),
        "{s}"
    );
    assert!(!footer(&mut app, 80).contains('←'));
}

#[test]
fn e_in_the_wrap_up_writes_the_summary_for_the_mentor() {
    use std::os::unix::fs::PermissionsExt;
    let (mut app, _) = fixture_app();
    let dir = tempfile::tempdir().unwrap();
    app.ctx.export_dir = Some(dir.path().to_path_buf());
    press(&mut app, "S Right + + r");
    type_text(&mut app, "Window functions *click* now");
    press(&mut app, "Esc a");
    type_text(&mut app, "Send Ana the query");
    press(&mut app, "Tab Space Tab");
    type_text(&mut app, "2026-11-30");
    press(&mut app, "Enter Esc E");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Meeting summary as Markdown"), "{s}");
    press(&mut app, "Enter");
    assert!(app.overlay.is_none(), "{}", screen(&mut app, 80, 24));
    let path = dir.path().join("mentee-summary-2026-11-22.md");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# Meeting with Ana Lima — Sunday 22 November 2026, 12:00"));
    assert!(text.contains("- Progress: 40% → 50%"), "{text}");
    assert!(
        text.contains("- Note: Window functions \\*click\\* now"),
        "{text}"
    );
    assert!(
        text.contains("- [ ] Send Ana the query — Ana Lima, due Monday 30 November 2026"),
        "{text}"
    );
    assert!(!text.contains("private"), "{text}");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // A second one never overwrites the first.
    press(&mut app, "E Enter");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert!(dir.path().join("mentee-summary-2026-11-22-2.md").exists());
    // Still the wrap-up, still shared.
    assert!(app.ctx.shared() && app.review.in_wrap_up());
}

#[test]
fn after_the_meeting_overview_asks_for_a_reflection_until_one_is_written() {
    let (mut app, _) = fixture_app();
    press(&mut app, "1");
    assert!(!screen(&mut app, 80, 24).contains("Reflect on"));
    press(&mut app, "S Right +");
    // Not while shared, not even on Overview.
    press(&mut app, "1");
    assert!(!screen(&mut app, 80, 24).contains("Reflect on"));
    press(&mut app, "S Esc Esc Enter");
    assert_eq!((app.tab, app.mode), (Tab::Overview, None));
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Reflect on today's meeting with Ana — r writes it"),
        "{s}"
    );
    assert!(footer(&mut app, 80).contains("r reflect on the meeting"));
    press(&mut app, "r");
    assert_eq!(app.tab, Tab::Journal);
    let ed = app
        .ctx
        .editor
        .as_ref()
        .expect("the reflection is being typed");
    let meeting = app.review.session().meetings[0];
    assert_eq!(
        ed.key,
        mentee::domain::FieldKey::Meeting(meeting, mentee::domain::MeetingField::Reflection)
    );
    type_text(&mut app, "Ask for the data early.");
    press(&mut app, "Esc Esc Esc 1");
    assert_eq!(
        app.ctx.whole_journey().meeting(meeting).unwrap().reflection,
        "Ask for the data early."
    );
    assert!(!screen(&mut app, 80, 24).contains("Reflect on"));
    assert!(!footer(&mut app, 80).contains("reflect"));
    stored(&app);
}

/// In the wrap-up an action item's owner and due date stay whole on a narrow screen: its
/// text is cut instead.
#[test]
fn the_wrap_up_keeps_who_and_when_of_an_action_whole() {
    let (mut app, _) = fixture_app();
    press(&mut app, "S Right a");
    type_text(
        &mut app,
        "Send Ana the query about window functions and the cohort table",
    );
    press(&mut app, "Tab Tab");
    type_text(&mut app, "+1w");
    press(&mut app, "Enter Esc");
    let wide = screen(&mut app, 120, 30);
    assert!(
        wide.contains(
            "• Send Ana the query about window functions and the cohort table · me · due Sun 29 Nov"
        ),
        "{wide}"
    );
    let narrow = screen(&mut app, 60, 30);
    let row = narrow
        .lines()
        .find(|l| l.contains("• Send Ana"))
        .unwrap_or_else(|| panic!("{narrow}"));
    assert!(row.contains("… · me · due Sun 29 Nov"), "{row}");
}

/// At 60x16 the goal's milestones keep the rows the rest leaves, also while the action
/// composer is open (the selected milestone stays in sight).
#[test]
fn at_60x16_the_milestones_keep_the_rows_left_with_the_composer_open() {
    let mut app = crate::common::demo_app();
    press(&mut app, "S Right");
    let s = screen(&mut app, 60, 16);
    assert!(s.contains("▸ [ ] Link the referral"), "{s}");
    press(&mut app, "a");
    let s = screen(&mut app, 60, 16);
    assert!(s.contains("New action item"), "{s}");
    assert!(s.contains("▸ [ ] Link the referral"), "{s}");
    // The due date's hint whole.
    assert!(s.contains("Due   +1w, friday, or none"), "{s}");
    // Nothing blank is left under the composer while the milestones are cut.
    let rows: Vec<&str> = s.lines().collect();
    assert!(
        !rows[rows.len() - 3].trim_matches(['│', ' ']).is_empty(),
        "{s}"
    );
}

/// A session records into one meeting: the meeting its agenda is for. Here Ana's next
/// meeting is planned for 1 December; opening `S` today and ticking, reviewing and agreeing
/// an action holds it now (it moves to today), and everything is on its Journal screen.
#[test]
fn a_session_records_everything_in_the_meeting_its_agenda_is_for() {
    let store = Store::open_in_memory().unwrap();
    let ids = fixture::fill(&store);
    let planned = store
        .insert_meeting(&fixture::meeting(Some(ids.ana), fixture::at(12, 1, 10)))
        .unwrap();
    let mut app = app_with_store(store);
    press(&mut app, "S");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Tue 1 Dec 2026 at 10:00 (planned"), "{s}");
    assert!(
        s.contains("Recording here holds the meeting of Tue 1 Dec today"),
        "said before anything is recorded: {s}"
    );
    // Tick the first item, then a goal's progress and an action item.
    press(&mut app, "Space");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Held today: the meeting planned for Tue 1 Dec"),
        "{s}"
    );
    assert!(s.contains("Sun 22 Nov 2026 at 12:00 (today)"), "{s}");
    press(&mut app, "Right + a");
    type_text(&mut app, "Book a room");
    press(&mut app, "Enter");
    // Back on the agenda: what was just agreed at this meeting is not on its agenda.
    press(&mut app, "Left");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Agenda · with Ana · 1 of 6 discussed"), "{s}");
    assert!(!s.contains("Book a room"), "{s}");
    press(&mut app, "Right");
    let j = app.ctx.whole_journey();
    assert_eq!(j.meetings.len(), 2, "no meeting added: {:?}", j.meetings);
    let m = j.meeting(planned).unwrap();
    assert_eq!(m.starts_at, fixture::at(11, 22, 12), "held now");
    let review = j
        .reviews
        .iter()
        .find(|r| r.goal_id == ids.sql && r.day == fixture::day(11, 22))
        .unwrap();
    assert_eq!(review.meeting_id, Some(planned));
    let action = j.actions.iter().find(|a| a.text == "Book a room").unwrap();
    assert_eq!(action.meeting_id, Some(planned));
    let ticked: Vec<_> = j.agenda_items.iter().filter(|a| a.discussed).collect();
    assert_eq!(ticked.len(), 1);
    assert_eq!(ticked[0].meeting_id, Some(planned));
    // The wrap-up says which meeting, and that it was planned for later.
    press(&mut app, "Esc");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Recorded against the meeting with Ana Lima today at 12:00"),
        "{s}"
    );
    assert!(
        s.contains("(planned for Tue 1 Dec at 10:00; held today)"),
        "{s}"
    );
    assert!(s.contains("Agenda items discussed"), "{s}");
    // Its Journal screen shows the review, the action item and the agenda ticked.
    press(&mut app, "Esc Enter 5 Enter");
    let s = screen(&mut app, 100, 40);
    assert!(
        s.contains("Meeting with Ana Lima · Sun 22 Nov 2026 12:00"),
        "{s}"
    );
    assert!(s.contains("Reviewed at this meeting"), "{s}");
    assert!(s.contains("Improve SQL — 40% → 45%"), "{s}");
    assert!(s.contains("[ ] Book a room"), "{s}");
    assert!(s.contains("Agenda · 1 of 8 discussed"), "{s}");
    assert!(s.contains("[x] Open action"), "{s}");
    stored(&app);
}

/// With no meeting planned, the first thing recorded adds today's meeting, and the agenda
/// kept for it (pending with the mentor, private items included) moves into it: the
/// mentor's next agenda starts afresh, and nothing private showed or moved out of place.
#[test]
fn a_meeting_not_planned_is_added_with_the_agenda_kept_for_it() {
    let (mut app, ids) = fixture_app();
    press(&mut app, "S");
    let pending: Vec<_> = app
        .ctx
        .whole_journey()
        .agenda_items
        .iter()
        .map(|a| (a.id, a.position, a.meeting_id, a.mentor_id))
        .collect();
    assert!(
        pending
            .iter()
            .all(|p| p.2.is_none() && p.3 == Some(ids.ana))
    );
    let private = app
        .ctx
        .whole_journey()
        .agenda_items
        .iter()
        .filter(|a| a.topic == mentee::domain::Topic::Goal(ids.secret))
        .count();
    assert_eq!(private, 1, "the private goal is on the kept agenda");
    press(&mut app, "Space");
    let j = app.ctx.whole_journey();
    assert_eq!(j.meetings.len(), 2);
    let added = j
        .meetings
        .iter()
        .find(|m| m.starts_at == fixture::at(11, 22, 12))
        .unwrap();
    let now: Vec<_> = j
        .agenda_items
        .iter()
        .map(|a| (a.id, a.position, a.meeting_id, a.mentor_id))
        .collect();
    let moved: Vec<_> = pending
        .iter()
        .map(|(id, pos, ..)| (*id, *pos, Some(added.id), None))
        .collect();
    assert_eq!(now, moved, "every item moved, in its place");
    assert_eq!(app.review.session().meetings, vec![added.id]);
    press(&mut app, "Esc");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("(added to the journal for this session)"), "{s}");
    assert!(!s.contains("A private"), "{s}");
    stored(&app);
}

/// Ticks are what was recorded when nothing else was: the wrap-up names the meeting, and
/// the summary for the mentor lists them.
#[test]
fn a_session_of_ticks_only_recorded_something() {
    let (mut app, _) = fixture_app();
    let dir = tempfile::tempdir().unwrap();
    app.ctx.export_dir = Some(dir.path().to_path_buf());
    press(&mut app, "S Space Esc");
    let s = screen(&mut app, 80, 24);
    assert!(!s.contains("Nothing was recorded"), "{s}");
    assert!(
        s.contains("Recorded against the meeting with Ana Lima today at 12:00"),
        "{s}"
    );
    assert!(s.contains("Agenda items discussed"), "{s}");
    assert!(s.contains("• Send the CV draft"), "{s}");
    press(&mut app, "E");
    let s = screen(&mut app, 60, 16);
    assert!(
        s.contains("The wrap-up for your mentor (nothing private), to:"),
        "whole at 60 columns: {s}"
    );
    press(&mut app, "Enter");
    let text = std::fs::read_to_string(dir.path().join("mentee-summary-2026-11-22.md")).unwrap();
    assert!(!text.contains("Nothing was recorded"), "{text}");
    assert!(
        text.contains("## Agenda items discussed\n\n- Send the CV draft"),
        "{text}"
    );
}

/// The reflection on the last meeting is on the agenda in the mentee's own words, which
/// read right to the mentor on the shared screen; a private reflection is on her agenda in
/// Prepare, and nowhere on the shared screen or in what it writes.
#[test]
fn the_last_reflection_is_shared_in_her_words_only_when_not_private() {
    use mentee::domain::{FieldKey, MeetingField, Value};
    for private in [false, true] {
        let store = Store::open_in_memory().unwrap();
        let ids = fixture::fill(&store);
        let stamp = crate::common::clock().stamp();
        let set = |field, value| {
            store
                .update(&FieldKey::Meeting(ids.last_meeting, field), &value, stamp)
                .unwrap();
        };
        set(
            MeetingField::Reflection,
            Value::Text("Ask Ana about the stretch project first".into()),
        );
        set(MeetingField::ReflectionPrivate, Value::Bool(private));
        let mut app = app_with_store(store);
        let dir = tempfile::tempdir().unwrap();
        app.ctx.export_dir = Some(dir.path().to_path_buf());
        press(&mut app, "P");
        let s = screen(&mut app, 120, 30);
        assert!(
            s.contains("I wrote afterwards: Ask Ana about the stretch project first"),
            "{s}"
        );
        press(&mut app, "Esc S");
        let s = screen(&mut app, 100, 30);
        assert_eq!(
            s.contains("I wrote afterwards: Ask Ana about the stretch project first"),
            !private,
            "private {private}: {s}"
        );
        assert_eq!(s.contains("stretch project first"), !private, "{s}");
        // Ticked discussed (the first item) and written for the mentor.
        press(&mut app, "Space Esc E Enter");
        let text =
            std::fs::read_to_string(dir.path().join("mentee-summary-2026-11-22.md")).unwrap();
        assert_eq!(
            text.contains("I wrote afterwards: Ask Ana about the stretch project first"),
            !private,
            "{text}"
        );
        assert_eq!(text.contains("stretch project first"), !private, "{text}");
    }
}

/// `m` on the shared screen keeps that mentor's agenda as `S` kept the first one: a meeting
/// held with them then has the agenda the screen showed, not only the item ticked.
#[test]
fn the_agenda_of_a_mentor_chosen_with_m_is_kept_with_the_meeting_held() {
    let mut app = crate::common::demo_app();
    press(&mut app, "S m");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Agenda · with Marcus · 0 of 5 discussed"), "{s}");
    press(&mut app, "Space");
    let held = app.review.session().held.unwrap();
    let j = app.ctx.whole_journey();
    let kept: Vec<_> = j
        .agenda_items
        .iter()
        .filter(|a| a.meeting_id == Some(held))
        .collect();
    assert!(kept.len() >= 5, "{kept:?}");
    assert_eq!(kept.iter().filter(|a| a.discussed).count(), 1);
    let kept = kept.len();
    press(&mut app, "Esc Esc Enter");
    let view = app.ctx.view();
    let m = view.journey.meeting(held).unwrap().clone();
    let a = mentee::domain::agenda::kept(view.journey, view.clock, &m);
    assert_eq!(a.items(view.journey).len(), kept);
    stored(&app);
}
