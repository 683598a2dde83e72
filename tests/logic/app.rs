//! Update logic without a terminal: keys, mouse and paste in, state out.

use crate::common::{app, press, screen, type_text};
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use mentee::tab::Tab;

fn click(app: &mut mentee::app::App, column: u16, row: u16) {
    app.handle_event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

#[test]
fn number_keys_tab_and_backtab_switch_tabs() {
    let mut a = app();
    press(&mut a, "4");
    assert_eq!(a.tab, Tab::Goals);
    press(&mut a, "Tab Tab");
    assert_eq!(a.tab, Tab::Agreement);
    press(&mut a, "Tab");
    assert_eq!(a.tab, Tab::Overview);
    press(&mut a, "BackTab");
    assert_eq!(a.tab, Tab::Agreement);
}

#[test]
fn clicking_a_tab_title_opens_it() {
    let mut a = app();
    screen(&mut a, 80, 24);
    for (tab, x, w, _) in mentee::ui::tab_positions(80) {
        click(&mut a, x + w / 2, 0);
        assert_eq!(a.tab, tab);
    }
    // A click between titles changes nothing.
    let (_, x, w, _) = mentee::ui::tab_positions(80)[1].clone();
    click(&mut a, x + w, 0);
    assert_eq!(a.tab, Tab::Agreement);
}

#[test]
fn clicking_a_mentor_selects_them_and_a_field_focuses_the_form() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Enter Esc n");
    type_text(&mut a, "Ben");
    press(&mut a, "Enter Esc");
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("Agreement with Ben"), "{s}");
    // The first mentor is on the first row inside the list panel.
    click(&mut a, 4, 2);
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("Agreement with Ana"), "{s}");
    // Clicking the Venue row of the form selects it: Enter then edits the venue.
    let venue_row = s.lines().position(|l| l.contains("Venue")).unwrap() as u16;
    click(&mut a, 40, venue_row);
    press(&mut a, "Enter");
    type_text(&mut a, "Library");
    press(&mut a, "Enter");
    assert_eq!(a.ctx.whole_journey().mentors[0].agreement.venue, "Library");
}

#[test]
fn delete_needs_y_and_n_cancels() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Enter Esc d");
    assert!(a.ctx.confirm.is_some());
    press(&mut a, "n");
    assert_eq!(a.ctx.whole_journey().mentors.len(), 1);
    press(&mut a, "d Esc");
    assert_eq!(a.ctx.whole_journey().mentors.len(), 1);
    press(&mut a, "d x");
    assert!(
        a.ctx.confirm.is_some(),
        "other keys leave the question open"
    );
    press(&mut a, "y");
    assert!(a.ctx.whole_journey().mentors.is_empty());
    assert!(a.ctx.store().load().unwrap().mentors.is_empty());
}

#[test]
fn esc_keeps_what_was_typed_and_saves_it() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Esc");
    assert!(a.ctx.editor.is_none());
    assert_eq!(a.ctx.store().load().unwrap().mentors[0].name, "Ana");
}

#[test]
fn autosave_happens_after_a_pause_without_leaving_the_field() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    assert_eq!(a.ctx.store().load().unwrap().mentors[0].name, "");
    // Nothing due yet: the loop need not draw for the tick (it may be building the
    // search index in slices, drawing only what changed).
    assert!(!a.tick(std::time::Instant::now()));
    let later = std::time::Instant::now() + mentee::editor::AUTOSAVE_PAUSE * 2;
    assert!(a.tick(later), "a save is a change to draw");
    assert!(a.ctx.editor.is_some(), "still editing");
    assert_eq!(a.ctx.store().load().unwrap().mentors[0].name, "Ana");
}

#[test]
fn a_bad_date_is_never_saved_and_a_second_esc_gives_it_up() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Enter Down Down Down Down Down Down Down Enter");
    type_text(&mut a, "2026-13-45");
    press(&mut a, "Esc");
    let ed = a
        .ctx
        .editor
        .as_ref()
        .expect("still editing after a bad date");
    assert!(ed.error.as_deref().unwrap_or("").contains("not a date"));
    let later = std::time::Instant::now() + mentee::editor::AUTOSAVE_PAUSE * 2;
    a.tick(later);
    assert_eq!(
        a.ctx.store().load().unwrap().mentors[0]
            .agreement
            .start_date,
        None
    );
    press(&mut a, "Esc");
    assert!(a.ctx.editor.is_none());
    assert_eq!(a.ctx.whole_journey().mentors[0].agreement.start_date, None);
}

#[test]
fn quitting_with_an_entry_that_cannot_be_saved_asks_first() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Enter Down Down Down Down Down Down Down Enter");
    type_text(&mut a, "someday");
    // q types while editing; leave the field first (which fails), then quit.
    press(&mut a, "Esc q");
    assert!(!a.quit, "q inside the editor types a letter");
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Enter Down Down Down Down Down Down Down Enter");
    type_text(&mut a, "someday");
    a.dispatch(mentee::action::Action::Quit);
    assert!(!a.quit);
    assert!(a.ctx.confirm.is_some());
    press(&mut a, "y");
    assert!(a.quit);
}

#[test]
fn ctrl_c_quits_even_while_editing_and_saves_first() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "C-c");
    assert!(a.quit);
    assert_eq!(a.ctx.store().load().unwrap().mentors[0].name, "Ana");
}

#[test]
fn a_huge_paste_is_refused_with_a_message_and_loses_nothing() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    a.handle_event(Event::Paste("x".repeat(2 * 1024 * 1024)));
    let ed = a.ctx.editor.as_ref().unwrap();
    assert_eq!(ed.text(), "Ana");
    let status = a.ctx.status.as_ref().unwrap();
    assert!(
        status.error && status.text.contains("paste not inserted"),
        "{status:?}"
    );
}

#[test]
fn a_tiny_terminal_ignores_everything_but_quit() {
    let mut a = app();
    let s = screen(&mut a, 30, 8);
    assert!(s.contains("too small"), "{s}");
    press(&mut a, "6 n");
    assert_eq!(a.tab, Tab::Overview);
    assert!(a.ctx.whole_journey().mentors.is_empty());
    press(&mut a, "q");
    assert!(a.quit);
}

#[test]
fn help_opens_over_any_tab_and_closes_with_esc() {
    let mut a = app();
    press(&mut a, "6 ?");
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("new mentor"), "{s}");
    press(&mut a, "Down Down Esc");
    let s = screen(&mut a, 80, 24);
    assert!(!s.contains("Keys — Esc closes"), "{s}");
    assert_eq!(a.tab, Tab::Agreement);
}

#[test]
fn every_footer_hint_is_a_binding_that_works_here() {
    // The footer is generated from the keymap; pressing what it shows must do something.
    let mut a = app();
    press(&mut a, "6");
    let s = screen(&mut a, 80, 24);
    let footer = s.lines().nth(23).unwrap().to_string();
    assert!(footer.contains("n new mentor"), "{footer}");
    press(&mut a, "n");
    assert_eq!(a.ctx.whole_journey().mentors.len(), 1);
}

/// A batch of writes is one transaction: when a later write of it fails, the earlier ones
/// are undone in the store and in memory alike.
#[test]
fn a_batch_that_fails_half_way_changes_nothing() {
    use mentee::domain::{FieldKey, Meeting, MeetingField, Value};
    use mentee::store::{FaultKind, FaultPlan};
    let mut a = app();
    let before = a.ctx.whole_journey().clone();
    // The insert succeeds, the update after it fails.
    a.ctx.store().debug_fail_writes(Some(FaultPlan {
        after: 1,
        count: None,
        kind: FaultKind::ReadOnly,
    }));
    let now = a.ctx.clock.now();
    let kept = a.ctx.write("Agenda not kept", |w| {
        let id = w.insert(Meeting {
            starts_at: now,
            created_at: now,
            ..Meeting::default()
        })?;
        w.update(
            &FieldKey::Meeting(id, MeetingField::Agenda),
            Value::Text("1. Goals".into()),
        )?;
        Ok(id)
    });
    assert_eq!(kept, None);
    assert_eq!(*a.ctx.whole_journey(), before);
    a.ctx.store().debug_fail_writes(None);
    assert_eq!(a.ctx.store().load().unwrap(), before);
    let status = a.ctx.status.as_ref().expect("the footer says why");
    assert!(
        status.error && status.text.starts_with("Agenda not kept: "),
        "{status:?}"
    );
}

#[test]
fn alt_with_a_key_is_esc_then_the_key() {
    use crossterm::event::{KeyCode, KeyEvent};
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Enter Down Enter");
    type_text(&mut a, "ana@example.org");
    // Alt+P (Esc, P as one chord): leaves the field and opens Prepare.
    a.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('P'),
        KeyModifiers::ALT | KeyModifiers::SHIFT,
    )));
    assert!(a.ctx.editor.is_none());
    assert_eq!(a.mode, Some(mentee::modes::Mode::Prepare));
    assert_eq!(a.ctx.whole_journey().mentors[0].contact, "ana@example.org");
    // Esc, ↑, Enter as separate keys (how a decoder splits Esc Esc [A) do the same as the
    // chord: leave the field, move up, open the field above.
    press(&mut a, "Esc Enter");
    press(&mut a, "Esc Up Enter");
    type_text(&mut a, "!");
    press(&mut a, "Enter");
    assert_eq!(a.ctx.whole_journey().mentors[0].name, "Ana!");
}

#[test]
fn a_message_belongs_to_the_screen_it_was_made_on() {
    let mut a = app();
    press(&mut a, "2 x");
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("is private: hidden on the shared screen"), "{s}");
    // The keys stay in the footer while the message shows, in a row of its own.
    assert!(s.lines().nth(23).unwrap().contains("Enter answer"), "{s}");
    press(&mut a, "3");
    assert!(a.ctx.status.is_none());
    let s = screen(&mut a, 80, 24);
    assert!(!s.contains("hidden on the shared screen"), "{s}");

    // A bad date's message goes with its form.
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    press(&mut a, "Enter Down Down Down Down Down Down Enter");
    type_text(&mut a, "31/02/2026");
    press(&mut a, "Esc Esc");
    assert!(a.ctx.status.is_some());
    press(&mut a, "1");
    let s = screen(&mut a, 80, 24);
    assert!(!s.contains("not valid"), "{s}");
}

#[test]
fn while_editing_the_footer_says_esc_even_after_the_external_editor() {
    let mut a = app();
    press(&mut a, "2 Enter");
    type_text(&mut a, "draft");
    press(&mut a, "C-e");
    let req = a.ctx.external.take().expect("Ctrl-e asks for the editor");
    a.ctx.external_done(&req, "from the editor");
    let s = screen(&mut a, 80, 24);
    let footer = s.lines().nth(23).unwrap();
    assert!(footer.contains("Esc done"), "{s}");
    assert!(s.contains("saved from the editor"), "{s}");
}

#[test]
fn overview_shows_p_and_s_and_scrolls() {
    let mut a = crate::common::demo_app();
    let s = screen(&mut a, 60, 16);
    let footer = s.lines().nth(15).unwrap();
    assert!(footer.contains("P prepare"), "{s}");
    assert!(footer.contains("S review"), "{s}");
    assert!(s.contains("↓ more"), "{s}");
    press(&mut a, "End");
    let s = screen(&mut a, 60, 16);
    assert!(s.contains("Marcus Bell · agreement review"), "{s}");
    assert!(s.contains("↑ more") && !s.contains("↓ more"), "{s}");
    // The mouse wheel scrolls too.
    a.handle_event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollUp,
        column: 10,
        row: 5,
        modifiers: KeyModifiers::NONE,
    }));
    let s = screen(&mut a, 60, 16);
    assert!(s.contains("↓ more"), "{s}");
}

#[test]
fn typing_into_a_date_replaces_it_and_arrows_keep_it() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    // Started: the seventh field.
    press(&mut a, "Enter Down Down Down Down Down Down Enter");
    type_text(&mut a, "2026-12-01");
    press(&mut a, "Enter Enter");
    type_text(&mut a, "+1w");
    press(&mut a, "Enter");
    let start = a.ctx.whole_journey().mentors[0].agreement.start_date;
    assert_eq!(start.map(|d| d.to_string()).as_deref(), Some("2026-11-29"));
    // An arrow first keeps the date and moves the cursor: typing then edits it.
    press(&mut a, "Enter End Backspace");
    type_text(&mut a, "5");
    let start = a.ctx.editor.as_ref().map(|e| e.text());
    assert_eq!(start.as_deref(), Some("2026-11-25"));
    press(&mut a, "Enter");
    let start = a.ctx.whole_journey().mentors[0].agreement.start_date;
    assert_eq!(start.map(|d| d.to_string()).as_deref(), Some("2026-11-25"));
}

#[test]
fn down_and_up_on_a_one_line_field_go_on_editing_the_next_and_previous() {
    let mut a = app();
    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    // ↓ from the name: the contact, still editing; ↑ back to the name.
    press(&mut a, "Down");
    type_text(&mut a, "ana@example.org");
    press(&mut a, "Up");
    type_text(&mut a, " Lima");
    press(&mut a, "Esc");
    let m = &a.ctx.whole_journey().mentors[0];
    assert_eq!(
        (m.name.as_str(), m.contact.as_str()),
        ("Ana Lima", "ana@example.org")
    );
}

#[test]
fn enter_on_a_help_row_runs_its_key_where_it_applies() {
    let mut a = app();
    press(&mut a, "6 ?");
    // The first row is the mentor list's "n new mentor".
    press(&mut a, "Enter");
    assert_eq!(a.ctx.whole_journey().mentors.len(), 1);
    assert!(a.ctx.editor.is_some(), "typing the new mentor's name");
    // A row of a context that is not underneath says where it works instead.
    press(&mut a, "Esc Esc ? End Enter");
    let s = screen(&mut a, 80, 24);
    assert!(s.contains("This key works in"), "{s}");
    assert_eq!(a.ctx.whole_journey().mentors.len(), 1);
}
