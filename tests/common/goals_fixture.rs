//! A journey with goals in every state, for the Goals tests (included by path, so the
//! shared `common` module stays as it is). "Today" in the tests is 2026-11-22.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use mentee::domain::{
    Agreement, AnswerVersion, Cadence, Goal, GoalStatus, Id, Meeting, Mentor, Milestone, Origin,
    OriginKind, ProgressMode, Review,
};
use mentee::store::Store;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap()
}

pub fn goal(title: &str, position: i64) -> Goal {
    Goal {
        title: title.into(),
        status: GoalStatus::InProgress,
        progress_mode: ProgressMode::Manual,
        position,
        created_at: at(2026, 9, 1),
        ..Goal::default()
    }
}

pub fn milestone(
    goal_id: Id,
    text: &str,
    due: NaiveDate,
    done_on: Option<NaiveDate>,
    position: i64,
) -> Milestone {
    Milestone {
        id: 0,
        goal_id,
        text: text.into(),
        due_date: Some(due),
        done: done_on.is_some(),
        done_on,
        position,
    }
}

pub fn review(goal_id: Id, on: NaiveDate, progress: u8, note: &str) -> Review {
    Review {
        goal_id,
        day: on,
        progress,
        note: note.into(),
        created_at: on.and_hms_opt(18, 0, 0).unwrap().and_utc(),
        ..Review::default()
    }
}

/// Ids of the fixture's goals.
pub struct Ids {
    pub project: Id,
    pub talk: Id,
    pub sql: Id,
    pub blog: Id,
    pub cert: Id,
    pub ana: Id,
    pub ben: Id,
}

/// Two mentors (monthly, fortnightly), a meeting, and five goals:
/// - "Lead a cross-team project" (Ana, from the worksheet, progress from 3 milestones of which
///   2 done, 3 reviews, the last on 2026-10-20: not reviewed within the monthly cadence);
/// - "Give a talk at a meetup" (Ben, target 2026-11-01: overdue; set by hand at 30%; one
///   private review yesterday);
/// - "Learn SQL window functions" (private, no mentor, not started);
/// - "Write a blog post" (done) and "Get a certification" (dropped).
pub fn fill(store: &Store) -> Ids {
    let mentor = |name: &str, cadence| Mentor {
        id: 0,
        name: name.into(),
        short_name: String::new(),
        contact: String::new(),
        created_at: at(2026, 8, 1),
        agreement: Agreement {
            cadence: Some(cadence),
            ..Agreement::default()
        },
    };
    let ana = store
        .insert_mentor(&mentor("Ana Lima", Cadence::Monthly))
        .unwrap();
    let ben = store
        .insert_mentor(&mentor("Ben Okafor", Cadence::Fortnightly))
        .unwrap();
    for (key, text) in [
        ("conversation.now", "Analyst, five years in."),
        (
            "worksheet.and.4.ideal",
            "I work with people who teach each other.",
        ),
    ] {
        store
            .put_answer(&AnswerVersion {
                key: key.into(),
                day: day(2026, 9, 1),
                text: text.into(),
                saved_at: at(2026, 9, 1),
            })
            .unwrap();
    }
    let meeting = store
        .insert_meeting(&Meeting {
            mentor_id: Some(ana),
            starts_at: at(2026, 10, 20),
            duration_minutes: Some(60),
            created_at: at(2026, 10, 1),
            ..Meeting::default()
        })
        .unwrap();

    let project = store
        .insert_goal(&Goal {
            why: "To move toward a lead role.".into(),
            evidence: "The project ships and the team asks me to lead the next one.".into(),
            competency: "Leadership".into(),
            mentor_id: Some(ana),
            target_date: Some(day(2027, 3, 1)),
            progress: 67,
            progress_mode: ProgressMode::Milestones,
            origin: Some(Origin {
                kind: OriginKind::Worksheet,
                key: "worksheet.and.4".into(),
            }),
            ..goal("Lead a cross-team project", 0)
        })
        .unwrap();
    for (i, (text, due, done)) in [
        ("Draft the plan", day(2026, 10, 1), Some(day(2026, 9, 28))),
        (
            "Kick-off with the team",
            day(2026, 11, 1),
            Some(day(2026, 10, 30)),
        ),
        ("Ship the first release", day(2027, 1, 15), None),
    ]
    .into_iter()
    .enumerate()
    {
        store
            .insert_milestone(&milestone(
                project,
                text,
                due,
                done,
                i64::try_from(i).unwrap(),
            ))
            .unwrap();
    }
    store
        .insert_review(&review(
            project,
            day(2026, 9, 10),
            20,
            "Slow start; unsure of the scope.",
        ))
        .unwrap();
    store
        .insert_review(&review(
            project,
            day(2026, 9, 30),
            35,
            "Plan agreed with my manager.",
        ))
        .unwrap();
    store
        .insert_review(&Review {
            meeting_id: Some(meeting),
            ..review(
                project,
                day(2026, 10, 20),
                67,
                "Kick-off went well — 順調 🎉",
            )
        })
        .unwrap();

    let talk = store
        .insert_goal(&Goal {
            mentor_id: Some(ben),
            target_date: Some(day(2026, 11, 1)),
            progress: 30,
            ..goal("Give a talk at a meetup", 1)
        })
        .unwrap();
    store
        .insert_review(&Review {
            private: true,
            ..review(
                talk,
                day(2026, 11, 21),
                30,
                "Nervous about speaking (private)",
            )
        })
        .unwrap();
    let sql = store
        .insert_goal(&Goal {
            private: true,
            status: GoalStatus::NotStarted,
            created_at: at(2026, 11, 10),
            ..goal("Learn SQL window functions", 2)
        })
        .unwrap();
    let blog = store
        .insert_goal(&Goal {
            status: GoalStatus::Done,
            progress: 100,
            target_date: Some(day(2026, 10, 1)),
            ..goal("Write a blog post", 3)
        })
        .unwrap();
    let cert = store
        .insert_goal(&Goal {
            status: GoalStatus::Dropped,
            progress: 10,
            ..goal("Get a certification", 4)
        })
        .unwrap();
    Ids {
        project,
        talk,
        sql,
        blog,
        cert,
        ana,
        ben,
    }
}
