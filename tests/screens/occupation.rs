//! Rendered screens of the Ideal occupation tab at 80x24 (insta snapshots, reviewed by hand).

use crate::common::{app, press, screen, terminal, type_text};
use insta::assert_snapshot;
use mentee::app::App;

/// Types into the selected field of the open stem and leaves it.
fn fill(app: &mut App, text: &str) {
    press(app, "Enter");
    type_text(app, text);
    press(app, "Esc");
}

/// Two stems filled; the first compared with reality, marked as a gap and made a goal.
fn worksheet() -> App {
    let mut app = app();
    press(&mut app, "3 Enter");
    fill(&mut app, "data analysis and teaching adults");
    press(&mut app, "Down");
    fill(&mut app, "reporting dashboards, mostly alone");
    press(&mut app, "Down");
    fill(
        &mut app,
        "Teach a workshop on reading data\nask to co-teach the spring course",
    );
    press(&mut app, "m m n");
    // On to the next stem: Down past the marker and the goal.
    press(&mut app, "Down Down Down");
    fill(&mut app, "public health — 公衆衛生");
    press(&mut app, "Down");
    fill(&mut app, "logistics");
    press(&mut app, "m");
    app.ctx.status = None;
    app
}

#[test]
fn form_view_of_a_filled_stem() {
    let mut app = worksheet();
    press(&mut app, "Up Up Up Up Up");
    app.ctx.status = None;
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn compare_view() {
    let mut app = worksheet();
    press(&mut app, "c Up");
    app.ctx.status = None;
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn preview() {
    let mut app = worksheet();
    press(&mut app, "p");
    assert_snapshot!(terminal(&mut app, 80, 24).backend());
}

#[test]
fn every_view_degrades_sanely_at_60x16() {
    let mut app = worksheet();
    press(&mut app, "Up Up Up Up Up");
    let form = screen(&mut app, 60, 16);
    assert!(form.contains("Knowledge & ski"), "{form}");
    assert!(form.contains("data analysis and"), "{form}");
    press(&mut app, "c");
    let compare = screen(&mut app, 60, 16);
    assert!(compare.contains("· 8 not marked"), "{compare}");
    assert!(compare.contains("→ Teach a works…"), "{compare}");
    press(&mut app, "p");
    let preview = screen(&mut app, 60, 16);
    assert!(
        preview.contains("I'd like to work where I am able"),
        "{preview}"
    );
    for s in [form, compare, preview] {
        assert!(s.lines().all(|l| !l.contains("Terminal too small")));
    }
}

#[test]
fn the_shared_screen_shows_no_private_entry_in_any_view() {
    let mut app = worksheet();
    // Make the first stem's reality and ideal private (the goal made from the stem carries
    // the reality: Enter makes it private too).
    press(&mut app, "Up Up Up Up Up x Enter Up x");
    assert!(app.ctx.confirm.is_none());
    assert_eq!(app.ctx.whole_journey().private_answers.len(), 2);
    let own = screen(&mut app, 80, 24);
    assert!(own.contains("Ideal (private)"), "{own}");
    assert!(own.contains("reporting dashboards"), "{own}");
    app.ctx.set_shared(true);
    app.ctx.status = None;
    for view in ["f", "c", "p"] {
        press(&mut app, view);
        let s = screen(&mut app, 80, 24);
        assert!(!s.contains("reporting dashboards"), "{view}: {s}");
        assert!(!s.contains("data analysis"), "{view}: {s}");
        assert!(
            !s.contains("(private)") && !s.contains("private ideal"),
            "{view}: {s}"
        );
        // What is not private still shows: the gap note and the goal made from it.
        if view != "p" {
            assert!(s.contains("Teach a workshop"), "{view}: {s}");
        }
    }
    let preview = screen(&mut app, 80, 24);
    assert!(
        preview.contains("I'd like to work where I am able to use"),
        "{preview}"
    );
    assert!(preview.contains("public health"), "{preview}");
}

#[test]
fn editing_a_long_entry_at_the_smallest_size_does_not_panic() {
    // The form under a stem can be only two rows high at 60x16: the editor takes what there
    // is (it once asked for at least three and panicked).
    let mut app = crate::common::demo_app();
    crate::common::press(&mut app, "3 Enter Enter");
    let s = crate::common::screen(&mut app, 60, 16);
    assert!(s.contains("Esc done"), "{s}");
}
