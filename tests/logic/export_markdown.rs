//! The Markdown export: the demo journey as a reviewed snapshot, what a shared-only export
//! leaves out, and user text that must not break the document.

use crate::common::journeys::{at, day, rich};
use chrono::{TimeZone, Utc};
use insta::assert_snapshot;
use mentee::domain::{
    ActionItem, Clock, Goal, GoalStatus, Journey, Meeting, Mentor, Milestone, ProgressMode, Review,
};
use mentee::export::markdown::markdown;

/// The demo's frozen "now" (as `MENTEE_NOW=2026-11-22T10:00:00Z`).
fn clock() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap())
}

#[test]
fn demo_journey() {
    let journey = mentee::demo::journey(&clock()).unwrap();
    assert_snapshot!(markdown(&journey, &clock(), false));
}

/// Every `SECRET-…` marker of the rich journey that is in the current state (the first
/// version of an answer is history, which the Markdown does not write).
const SECRETS: &[&str] = &[
    "SECRET-notes",
    "SECRET-reflection",
    "SECRET-place",
    "SECRET-private-meeting-agenda",
    "SECRET-private-meeting-notes",
    "SECRET-private-meeting-reflection",
    "SECRET-agenda",
    "SECRET-goal",
    "SECRET-milestone-of-private-goal",
    "SECRET-review",
    "SECRET-review-of-private-goal",
    "SECRET-action-of-private-meeting",
    "SECRET-question",
    "SECRET-answer-v2",
    "SECRET-worksheet-gap",
];

#[test]
fn the_full_export_has_every_private_item_marked_and_the_shared_one_none() {
    let j = rich();
    let full = markdown(&j, &clock(), false);
    for s in SECRETS {
        assert!(full.contains(s), "{s} missing from the full export");
    }
    assert!(full.contains("### SECRET-goal *(private)*"), "{full}");
    assert!(full.contains("**Notes** *(private)*"), "{full}");
    assert!(full.contains("items marked *(private)* are left out"));

    let shared = markdown(&j, &clock(), true);
    assert!(!shared.contains("SECRET"), "{shared}");
    assert!(!shared.contains("(private)"), "{shared}");
    assert!(shared.contains("everything marked private has been left out"));
    // What is not private is all there.
    for public in [
        "PUBLIC-agenda",
        "PUBLIC-notes",
        "PUBLIC-goal",
        "PUBLIC-milestone",
        "PUBLIC-review",
        "PUBLIC-action",
        "PUBLIC-loose-action",
        "PUBLIC-answer-v2",
        "PUBLIC-done-goal",
    ] {
        assert!(shared.contains(public), "{public} missing:\n{shared}");
    }
    // A question raised at a private meeting is neither listed with that meeting nor as
    // waiting for the next one: either would tell of the private meeting.
    assert!(!shared.contains("PUBLIC-question"), "{shared}");
    assert!(shared.contains("title: 'Sam: development plan and meeting record'"));
}

fn meeting(id: i64, notes: &str) -> Meeting {
    Meeting {
        id,
        mentor_id: Some(1),
        starts_at: at(2026, 11, 3, 9),
        notes: notes.into(),
        created_at: at(2026, 11, 1, 9),
        ..Meeting::default()
    }
}

/// A journey whose texts are full of Markdown.
fn tricky() -> Journey {
    let mut j = Journey::default();
    j.settings
        .insert("mentee_name".into(), "Jo 'JJ' O'Neil *".into());
    j.mentors.push(Mentor {
        id: 1,
        name: "Ana # Lima".into(),
        created_at: at(2026, 1, 1, 9),
        ..Mentor::default()
    });
    j.meetings.push(meeting(
        1,
        "We talked about *everything*:\n- the CV\n- the <b>conference</b>\n\n# Not a heading\n1986. A year to remember\n---",
    ));
    j.goals.push(Goal {
        id: 1,
        title: "Learn C# & F# {fast}".into(),
        why: "Because_of [this](http://x)\nand `that`".into(),
        evidence: "1. one\n2. two".into(),
        competency: "a | b".into(),
        target_date: Some(day(2026, 10, 1)),
        status: GoalStatus::InProgress,
        progress: 10,
        progress_mode: ProgressMode::Manual,
        created_at: at(2026, 1, 2, 9),
        ..Goal::default()
    });
    j.milestones.push(Milestone {
        id: 1,
        goal_id: 1,
        text: "[ ] a box\nthat wraps".into(),
        due_date: Some(day(2026, 9, 1)),
        ..Milestone::default()
    });
    j.reviews.push(Review {
        id: 1,
        goal_id: 1,
        day: day(2026, 11, 3),
        progress: 10,
        note: "- slow\n- but > zero".into(),
        private: false,
        meeting_id: Some(1),
        created_at: at(2026, 11, 3, 10),
    });
    j.actions.push(ActionItem {
        id: 1,
        meeting_id: Some(1),
        text: "Pay $5 to @ana\nby *Friday*".into(),
        due_date: Some(day(2026, 11, 20)),
        goal_id: Some(1),
        ..ActionItem::default()
    });
    j
}

#[test]
fn user_text_is_escaped_and_keeps_its_lines_and_lists() {
    let md = markdown(&tricky(), &clock(), false);
    // YAML quoting and Markdown escaping in the title.
    assert!(
        md.contains("title: 'Jo ''JJ'' O''Neil \\*: development plan and meeting record'"),
        "{md}"
    );
    // Names and titles in headings: escaped, and no `{…}` attributes.
    assert!(md.contains("### Ana \\# Lima\n"), "{md}");
    assert!(md.contains("### Learn C\\# & F\\# \\{fast}\n"), "{md}");
    // Multi-line notes: lines kept (hard breaks), the typed list a list, nothing else
    // turning into a heading, an ordered list or a rule.
    assert!(
        md.contains(
            "**Notes**\n\nWe talked about \\*everything\\*:\n\n- the CV\n- the \\<b\\>conference\\</b\\>\n\n\\# Not a heading\\\n1986\\. A year to remember\\\n\\-\\-\\-\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("**Why:** Because\\_of \\[this\\](http://x)\\\nand \\`that\\`\n"),
        "{md}"
    );
    assert!(
        md.contains("**Evidence of success:**\n\n1. one\n2. two\n"),
        "{md}"
    );
    assert!(md.contains("- **Competency:** a \\| b\n"), "{md}");
    assert!(
        md.contains("- **Target date:** 2026-10-01 *(overdue)*\n"),
        "{md}"
    );
    // Items on one line, their own brackets escaped so they do not read as a checkbox.
    assert!(
        md.contains("- [ ] \\[ \\] a box that wraps *(due 2026-09-01, overdue)*\n"),
        "{md}"
    );
    assert!(
        md.contains("- [ ] Pay \\$5 to \\@ana by \\*Friday\\* *(me, due 2026-11-20, overdue; goal: Learn C\\# & F\\# {fast})*\n"),
        "{md}"
    );
    assert!(
        md.contains("**2026-11-03 · 10% · meeting of 2026-11-03:**\n\n- slow\n- but \\> zero\n"),
        "{md}"
    );
    assert!(md.ends_with("\n") && !md.ends_with("\n\n"));
}

#[test]
fn an_empty_journey_is_a_short_document_that_says_so() {
    let md = markdown(&Journey::default(), &clock(), false);
    assert!(md.starts_with(
        "---\ntitle: 'Development plan and meeting record'\ndate: '2026-11-22'\n---\n"
    ));
    for empty in [
        "No mentor yet.",
        "*Not answered yet.*",
        "No goals yet.",
        "No meetings yet.",
    ] {
        assert!(md.contains(empty), "{empty}:\n{md}");
    }
}
