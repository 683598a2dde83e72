//! Key budgets: how many keys a scripted user needs for the common jobs. Typed content (a
//! name, an answer, a date) is not counted: every key that is not part of what the user
//! means to write is (moving, opening, leaving, ticking, choosing, deleting).
//!
//! The counts before the forms were reworked (measured on the same jobs with the keys the
//! app had then) are kept here, and each job must now take at most half of them.

use crate::common::{app, press, type_text};
use mentee::app::App;
use mentee::domain::{Cadence, Channel, Structure};

/// A scripted user: presses keys (counted) and types content (not counted).
struct User {
    app: App,
    keys: usize,
}

impl User {
    fn new() -> Self {
        Self {
            app: app(),
            keys: 0,
        }
    }

    /// Presses space-separated key names (see `common::key`); each counts.
    fn keys(&mut self, keys: &str) -> &mut Self {
        self.keys += keys.split_whitespace().count();
        press(&mut self.app, keys);
        self
    }

    /// Types what the user means to write; not counted.
    fn write(&mut self, text: &str) -> &mut Self {
        type_text(&mut self.app, text);
        self
    }
}

/// Keys for a complete agreement with one mentor before the rework (`Esc ↓ Enter` between
/// text fields, a picker mode for channels).
pub const AGREEMENT_BEFORE: usize = 47;
/// Keys for an answer to each of the four questions before `]` (nine `↓` from the first
/// question to the second).
pub const QUESTIONS_BEFORE: usize = 26;
/// Keys for a goal with why, evidence, skill area, mentor, target date and three dated
/// milestones before the rework.
pub const GOAL_BEFORE: usize = 34;

fn check_agreement(u: &User) {
    let j = u.app.ctx.whole_journey();
    assert_eq!(j.mentors.len(), 1);
    let m = &j.mentors[0];
    assert_eq!(m.name, "Ana Lima");
    assert_eq!(m.contact, "ana@example.org");
    let a = &m.agreement;
    assert_eq!(a.structure, Some(Structure::Formal));
    assert_eq!(a.cadence, Some(Cadence::Weekly));
    assert_eq!(a.channels, vec![Channel::InPerson, Channel::Video]);
    assert_eq!(a.venue, "Café Nero");
    assert_eq!(
        a.start_date.map(|d| d.to_string()).as_deref(),
        Some("2026-11-01")
    );
    assert_eq!(
        a.review_date.map(|d| d.to_string()).as_deref(),
        Some("2027-05-01")
    );
    for (text, want) in [
        (&a.define_mine, "D1"),
        (&a.define_theirs, "D2"),
        (&a.want_mine, "W1"),
        (&a.want_theirs, "W2"),
        (&a.expect_mine, "E1"),
        (&a.expect_theirs, "E2"),
        (&a.confidentiality, "C"),
    ] {
        assert_eq!(text, want);
    }
}

#[test]
fn a_complete_agreement_before() {
    let mut u = User::new();
    u.keys("6 n").write("Ana Lima").keys("Enter");
    u.keys("Down Enter").write("ana@example.org").keys("Enter");
    u.keys("Down Right Down Right");
    u.keys("Down Enter Space Right Right Space Enter");
    u.keys("Down Enter").write("Café Nero").keys("Enter");
    u.keys("Down Enter").write("2026-11-01").keys("Enter");
    u.keys("Down Enter").write("2027-05-01").keys("Enter");
    for text in ["D1", "D2", "W1", "W2", "E1", "E2", "C"] {
        u.keys("Down Enter").write(text).keys("Esc");
    }
    check_agreement(&u);
    assert_eq!(u.keys, AGREEMENT_BEFORE);
}

fn check_questions(u: &User) {
    let j = u.app.ctx.whole_journey();
    for (key, text) in [
        ("conversation.now", "Now"),
        ("conversation.want", "Want"),
        ("conversation.how", "How"),
        ("conversation.doing", "Doing"),
    ] {
        assert_eq!(j.answer_text(key), text, "{key}");
    }
}

#[test]
fn the_four_questions_before() {
    let mut u = User::new();
    u.keys("2 Enter").write("Now").keys("Esc");
    u.keys("Down Down Down Down Down Down Down Down Down Enter")
        .write("Want")
        .keys("Esc");
    u.keys("Down Down Down Enter").write("How").keys("Esc");
    u.keys("Down Down Down Down Down Enter")
        .write("Doing")
        .keys("Esc");
    check_questions(&u);
    assert_eq!(u.keys, QUESTIONS_BEFORE);
}

fn check_goal(u: &User) {
    let j = u.app.ctx.whole_journey();
    assert_eq!(j.goals.len(), 1);
    let g = &j.goals[0];
    assert_eq!(g.title, "Run the audit");
    assert_eq!(g.why, "Why");
    assert_eq!(g.evidence, "Evidence");
    assert_eq!(g.competency, "Audit");
    assert_eq!(g.mentor_id, Some(j.mentors[0].id));
    assert_eq!(
        g.target_date.map(|d| d.to_string()).as_deref(),
        Some("2027-06-30")
    );
    let mut ms: Vec<_> = j.milestones.iter().filter(|m| m.goal_id == g.id).collect();
    ms.sort_by_key(|m| m.position);
    let got: Vec<(String, String)> = ms
        .iter()
        .map(|m| {
            (
                m.text.clone(),
                m.due_date.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("Draft", "2027-01-31"),
        ("Collect", "2027-03-31"),
        ("Report", "2027-05-31"),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_string(), (*b).to_string()))
    .collect();
    assert_eq!(got, want);
}

/// A user with one mentor (so the goal's mentor can be chosen), on the Overview tab.
fn with_a_mentor() -> User {
    let mut u = User::new();
    press(&mut u.app, "6 n");
    type_text(&mut u.app, "Ana");
    press(&mut u.app, "Enter Esc 1");
    u
}

#[test]
fn a_goal_with_three_milestones_before() {
    let mut u = with_a_mentor();
    u.keys("4 n").write("Run the audit").keys("Enter");
    u.keys("Down Enter").write("Why").keys("Esc");
    u.keys("Down Enter").write("Evidence").keys("Esc");
    u.keys("Down Enter").write("Audit").keys("Enter");
    u.keys("Down"); // the mentor: the only one is chosen already
    u.keys("Down Enter").write("2027-06-30").keys("Enter");
    for (step, due) in [
        ("Draft", "2027-01-31"),
        ("Collect", "2027-03-31"),
        ("Report", "2027-05-31"),
    ] {
        u.keys("a").write(step).keys("Enter Down Enter");
        u.keys("").write(due).keys("Enter Esc");
    }
    check_goal(&u);
    assert_eq!(u.keys, GOAL_BEFORE);
}
