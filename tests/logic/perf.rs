//! Issue 16's guarantees that have a shape a test can check (the speed itself is measured by
//! `scripts/startup-time.sh`, `scripts/key-time.sh` and `cargo bench`, never asserted here):
//! an idle app has nothing to wake for; the whole-file integrity check runs after a session
//! that did not close cleanly, and only then, while a damaged file is still refused untouched.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::common::{app, app_with_store, damage, journeys, press, screen, sidecars, type_text};
use mentee::app::App;
use mentee::ctx::Ctx;
use mentee::ctx::Target;
use mentee::domain::{Clock, FieldKey, GoalField, Milestone, MilestoneField, Record, Value};
use mentee::search::{Area, Narrowing};
use mentee::store::{OpenError, Store};
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

/// A database holding the rich journey, closed cleanly (the log folded in, no sidecars).
fn closed_cleanly(dir: &Path) -> PathBuf {
    let path = dir.join("journey.db");
    let store = Store::open(&path).unwrap();
    mentee::import::import(&store, &journeys::rich(), false, journeys::stamp()).unwrap();
    drop(store);
    assert_eq!(sidecars(&path), Vec::<String>::new());
    path
}

/// `err` is the refusal of a damaged file, which is as it was (`before`) with nothing
/// left beside it.
fn assert_refused_untouched(err: &OpenError, path: &Path, before: &[u8]) {
    assert!(matches!(err, OpenError::Corrupt(..)), "{err}");
    assert!(err.to_string().contains("left untouched"), "{err}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "the file is unchanged"
    );
    assert_eq!(
        sidecars(path),
        Vec::<String>::new(),
        "and nothing is left beside it"
    );
}

#[test]
fn a_damaged_page_is_refused_untouched_after_a_clean_close_too() {
    // No whole-file check after a clean close: reading the journey finds the damage.
    let dir = tempfile::tempdir().unwrap();
    let path = closed_cleanly(dir.path());
    damage(&path, "review");
    let before = std::fs::read(&path).unwrap();
    let err = Store::open_and_load(&path).err().expect("refused");
    assert_refused_untouched(&err, &path, &before);
}

#[test]
fn a_damaged_page_met_after_the_first_frame_refuses_the_file_untouched() {
    // The app reads the reviews of closed goals on a second thread while its first frame
    // is drawn, after the writer opened: damage there is found late, and refused as early
    // damage is. Every goal done: the first frame reads none of their reviews.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journey.db");
    let mut j = journeys::rich();
    assert!(!j.reviews.is_empty());
    for g in j.goals.iter_mut() {
        g.status = mentee::domain::GoalStatus::Done;
    }
    let store = Store::open(&path).unwrap();
    mentee::import::import(&store, &j, false, journeys::stamp()).unwrap();
    drop(store);
    damage(&path, "review");
    let before = std::fs::read(&path).unwrap();
    let (mut store, mut journey, loading) = match Store::open_for_app(&path, None) {
        Ok(opened) => opened,
        Err(e) => panic!("the first frame's part reads no damaged page: {e}"),
    };
    let err = loading
        .expect("the rest is read meanwhile")
        .finish(&mut journey)
        .expect_err("refused");
    store.refuse();
    drop(store);
    assert_refused_untouched(&err, &path, &before);
}

#[test]
fn the_app_reads_the_same_journey_as_any_other_reader() {
    let dir = tempfile::tempdir().unwrap();
    let path = closed_cleanly(dir.path());
    let (store, mut journey, loading) = Store::open_for_app(&path, None).unwrap();
    loading
        .expect("a second reader")
        .finish(&mut journey)
        .unwrap();
    assert_eq!(journey, store.load().unwrap());
    assert_eq!(journey, journeys::rich());
}

#[test]
fn the_whole_file_is_checked_after_an_unclean_close_and_only_then() {
    let dir = tempfile::tempdir().unwrap();
    let clean = closed_cleanly(dir.path());
    // Damage that reading the journey does not meet: an index the load does not use.
    damage(&clean, "review_goal");
    let (store, journey) =
        Store::open_and_load(&clean).expect("after a clean close only what is read is checked");
    assert_eq!(journey, store.load().unwrap());
    drop(store);

    // The same file as a killed mentee leaves it: its log beside it, with content.
    let killed = dir.path().join("killed.db");
    std::fs::copy(&clean, &killed).unwrap();
    {
        let c = rusqlite::Connection::open(&killed).unwrap();
        c.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        c.execute("INSERT INTO setting (key, value) VALUES ('x', 'y')", [])
            .unwrap();
        // Leave the log as a killed process would: copy it before the connection closes.
        let wal = format!("{}-wal", killed.display());
        std::fs::copy(&wal, format!("{wal}.kept")).unwrap();
        drop(c);
        std::fs::rename(format!("{wal}.kept"), &wal).unwrap();
    }
    assert!(sidecars(&killed).contains(&"-wal".to_string()));
    let before = std::fs::read(&killed).unwrap();
    let err = Store::open_and_load(&killed)
        .err()
        .expect("checked whole, and refused");
    assert!(matches!(err, OpenError::Corrupt(..)), "{err}");
    assert_eq!(
        std::fs::read(&killed).unwrap(),
        before,
        "the file is unchanged"
    );
}

/// What each query finds, as (area, count, targets listed), in `ctx`'s kept index.
fn results(ctx: &mut Ctx, queries: &[&str]) -> Vec<Vec<(Area, usize, Vec<Target>)>> {
    let corpus = ctx.search();
    queries
        .iter()
        .map(|q| {
            let found = corpus.index.search(corpus.view.journey, q, None, |_| 50);
            found
                .groups
                .iter()
                .map(|(area, count, hits)| {
                    let targets = hits
                        .iter()
                        .map(|h| corpus.index.shown(h.entry, &corpus.view).unwrap().target)
                        .collect();
                    (*area, *count, targets)
                })
                .collect()
        })
        .collect()
}

/// The same queries in an index built afresh from the journey as it is now.
fn fresh_results(ctx: &Ctx, queries: &[&str]) -> Vec<Vec<(Area, usize, Vec<Target>)>> {
    let mut fresh = Ctx::new(
        Store::open_in_memory().unwrap(),
        ctx.whole_journey().clone(),
        crate::common::clock(),
    );
    results(&mut fresh, queries)
}

const QUERIES: &[&str] = &["e", "PUBLIC", "zebra", "Kraków", "secret-", "a", "ea"];

/// The rich journey in a store, as the app holds it.
fn rich_ctx() -> Ctx {
    let store = journeys::store_with(&journeys::rich());
    let journey = store.load().unwrap();
    Ctx::new(store, journey, crate::common::clock())
}

#[test]
fn the_search_index_is_kept_current_by_the_write_path() {
    let mut ctx = rich_ctx();
    ctx.prepare_search();
    assert!(!ctx.search_pending(), "built once");
    assert_eq!(results(&mut ctx, &["zebra"]), vec![vec![]]);

    // A text changed through the write path: its entry is updated in place, not rebuilt.
    assert!(ctx.commit(
        &FieldKey::Goal(1, GoalField::Why),
        Value::Text("To ride a zebra".into())
    ));
    assert!(!ctx.search_pending(), "a changed text keeps the index");
    let found = results(&mut ctx, &["zebra"]);
    assert_eq!(
        found[0][0].2,
        vec![Target::Field(FieldKey::Goal(1, GoalField::Why))]
    );
    assert!(ctx.commit(
        &FieldKey::Answer("conversation.now".into()),
        Value::Text("Zebra days".into())
    ));
    assert!(!ctx.search_pending());
    assert_eq!(results(&mut ctx, QUERIES), fresh_results(&ctx, QUERIES));

    // A new record can move every entry after it: the index goes, and is built again.
    let id = ctx
        .insert(Milestone {
            goal_id: 1,
            text: "Feed the zebra".into(),
            ..Milestone::default()
        })
        .unwrap();
    assert!(ctx.search_pending(), "a new record drops the index");
    let found = results(&mut ctx, &["zebra"]);
    assert!(
        found[0]
            .iter()
            .any(|g| g.2.contains(&Target::Milestone(id))),
        "{found:?}"
    );
    assert_eq!(results(&mut ctx, QUERIES), fresh_results(&ctx, QUERIES));

    // A flag no search shows changes nothing in it.
    ctx.prepare_search();
    assert!(ctx.commit(
        &FieldKey::Milestone(id, MilestoneField::Done),
        Value::Bool(true)
    ));
    assert!(!ctx.search_pending());
    // Deleting drops it too; what is found is what a fresh index finds.
    assert!(ctx.delete(Record::Milestone, id));
    assert!(ctx.search_pending());
    assert_eq!(results(&mut ctx, QUERIES), fresh_results(&ctx, QUERIES));
}

#[test]
fn typing_and_deleting_letter_by_letter_finds_what_a_fresh_search_finds() {
    let mut ctx = rich_ctx();
    let corpus = ctx.search();
    let (index, j) = (corpus.index, corpus.view.journey);
    let mut narrowing = Narrowing::starting_at(None);
    let typed = "public-goal";
    let mut steps: Vec<&str> = (1..=typed.len()).map(|n| &typed[..n]).collect();
    steps.extend((1..typed.len()).rev().map(|n| &typed[..n]));
    steps.extend(["PUB", "pu", "x", "", "S", "SE", "SEC"]);
    for q in steps {
        narrowing.find(index, j, q);
        let kept = index.found(&narrowing, |_| 1000);
        assert_eq!(kept, index.search(j, q, None, |_| 1000), "{q:?}");
    }
}
