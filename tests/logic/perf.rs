//! Issue 16's guarantees that have a shape a test can check (the speed itself is measured by
//! `scripts/startup-time.sh`, `scripts/key-time.sh` and `cargo bench`, never asserted here):
//! an idle app has nothing to wake for.

use std::time::{Duration, Instant};

use crate::common::{app, app_with_store, journeys, press, screen, type_text};
use mentee::app::App;
use mentee::ctx::Ctx;
use mentee::domain::Clock;
use mentee::tab::Tab;
use mentee::theme::Theme;
use strum::IntoEnumIterator;

/// Every tab and both modes, drawn once each.
fn visit_everything(a: &mut App, mut check: impl FnMut(&mut App, &str)) {
    for tab in Tab::iter() {
        a.dispatch(mentee::action::Action::GoTab(tab));
        screen(a, 80, 24);
        check(a, tab.title());
    }
    press(a, "1 P");
    screen(a, 80, 24);
    check(a, "Prepare");
    press(a, "Esc S");
    screen(a, 80, 24);
    check(a, "shared screen");
}

#[test]
fn an_idle_app_computes_no_deadline() {
    // A frozen clock never moves, so nothing on screen changes by itself: with no message
    // and no edit pending, the loop has nothing to wake for.
    let mut a = app_with_store(journeys::store_with(&journeys::rich()));
    visit_everything(&mut a, |a, what| {
        assert_eq!(a.next_deadline(), None, "{what}");
    });
}

#[test]
fn a_frame_relative_to_now_wakes_the_loop_when_the_minute_or_the_day_changes() {
    let store = journeys::store_with(&journeys::rich());
    let journey = store.load().unwrap();
    let clock = Clock::system();
    let midnight = clock.next_change(mentee::domain::TimeRead::Day).unwrap();
    let mut a = App::new(Ctx::new(store, journey, clock), Theme::color());
    visit_everything(&mut a, |a, what| {
        let now = Instant::now();
        let Some(at) = a.next_deadline() else {
            return;
        };
        assert!(at >= now, "{what}: a deadline in the past would spin");
        let until_midnight = (midnight - chrono::Utc::now()).to_std().unwrap();
        let next_minute = at <= now + Duration::from_secs(60);
        let at_midnight = at.duration_since(now).abs_diff(until_midnight) < Duration::from_secs(1);
        assert!(
            next_minute || at_midnight,
            "{what}: a frame changes by itself at the next minute or at midnight, no later"
        );
    });
    // The Overview says how far away the next meeting is: it wakes for the next minute.
    press(&mut a, "S 1");
    screen(&mut a, 80, 24);
    let at = a
        .next_deadline()
        .expect("the Overview shows times relative to now");
    assert!(at <= Instant::now() + Duration::from_secs(60));
}

#[test]
fn a_message_and_an_autosave_are_the_only_deadlines_and_both_pass() {
    let mut a = app();
    screen(&mut a, 80, 24);
    assert_eq!(a.next_deadline(), None);
    a.ctx.info("Saved somewhere");
    let expires = a.next_deadline().expect("the message goes after a while");
    a.tick(expires);
    assert!(
        a.ctx.status.is_none(),
        "the message is gone at its deadline"
    );
    assert_eq!(a.next_deadline(), None, "and nothing is left to wake for");

    press(&mut a, "6 n");
    type_text(&mut a, "Ana");
    let save = a.next_deadline().expect("an autosave is due after a pause");
    a.tick(save);
    assert!(!a.ctx.editor.as_ref().is_some_and(|e| e.dirty), "saved");
    a.ctx.status = None;
    assert_eq!(a.next_deadline(), None);
}
