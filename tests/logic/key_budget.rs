//! Key budgets: how many keys a scripted user needs for the common jobs. Typed content (a
//! name, an answer, a date) is not counted: every key that is not part of what the user
//! means to write is (moving, opening, leaving, ticking, choosing, deleting).
//!
//! The counts before the forms were reworked were measured on the same jobs, with the keys
//! the app had then (commit "Key budgets measured before the forms change"); they are kept
//! here, and each job must now take at most half of them:
//!
//! | job | before | budget (half) |
//! |---|---|---|
//! | a complete agreement with one mentor | 47 | 23 |
//! | an answer to each of the four questions | 26 | 13 |
//! | a goal with why, evidence, skill area, mentor, target date, three dated milestones | 34 | 17 |

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

/// Keys for a complete agreement with one mentor before the rework: `6 n`, the name,
/// `Enter`; then per field `↓ Enter`, the text, `Enter` or `Esc`; structure and cadence
/// `↓ →`; channels `↓ Enter Space → → Space Enter` (a picker mode).
pub const AGREEMENT_BEFORE: usize = 47;
/// Keys for an answer to each of the four questions before `]`: `2 Enter … Esc`, then nine
/// `↓` to the second question, three to the third, five to the fourth.
pub const QUESTIONS_BEFORE: usize = 26;
/// Keys for a goal with why, evidence, skill area, mentor, target date and three dated
/// milestones before the rework: `↓ Enter … Esc` per field; per milestone
/// `a … Enter ↓ Enter … Enter Esc`.
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
fn a_complete_agreement_takes_at_most_half_the_keys() {
    let mut u = User::new();
    // The name is being typed as soon as the mentor is added; Tab goes on, still editing.
    u.keys("6 n")
        .write("Ana Lima")
        .keys("Tab")
        .write("ana@example.org");
    // Structure and cadence: ← → change them; channels: Space ticks, → moves on.
    u.keys("Tab Right Tab Right Tab Space Right Right Space");
    u.keys("Tab")
        .write("Café Nero")
        .keys("Tab")
        .write("2026-11-01");
    u.keys("Tab").write("2027-05-01");
    for text in ["D1", "D2", "W1", "W2", "E1", "E2", "C"] {
        u.keys("Tab").write(text);
    }
    u.keys("Esc");
    check_agreement(&u);
    assert!(
        u.keys <= AGREEMENT_BEFORE / 2,
        "{} keys, budget {}",
        u.keys,
        AGREEMENT_BEFORE / 2
    );
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
fn the_four_questions_take_at_most_half_the_keys() {
    let mut u = User::new();
    u.keys("2 Enter").write("Now").keys("Esc");
    for text in ["Want", "How", "Doing"] {
        // `]`: the next of the four questions.
        u.keys("] Enter").write(text).keys("Esc");
    }
    check_questions(&u);
    assert!(
        u.keys <= QUESTIONS_BEFORE / 2,
        "{} keys, budget {}",
        u.keys,
        QUESTIONS_BEFORE / 2
    );
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
fn a_goal_with_three_milestones_takes_at_most_half_the_keys() {
    let mut u = with_a_mentor();
    u.keys("4 n").write("Run the audit");
    u.keys("Tab").write("Why").keys("Tab").write("Evidence");
    u.keys("Tab").write("Audit");
    // The mentor: the only one is chosen already; Tab goes on to the target date.
    u.keys("Tab Tab").write("2027-06-30").keys("Esc");
    for (step, due) in [
        ("Draft", "2027-01-31"),
        ("Collect", "2027-03-31"),
        ("Report", "2027-05-31"),
    ] {
        u.keys("a").write(step).keys("Tab").write(due).keys("Esc");
    }
    check_goal(&u);
    assert!(
        u.keys <= GOAL_BEFORE / 2,
        "{} keys, budget {}",
        u.keys,
        GOAL_BEFORE / 2
    );
}
