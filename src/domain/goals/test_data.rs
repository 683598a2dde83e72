//! Records for the unit tests of the goal rules.

use chrono::{NaiveDate, TimeZone};

use crate::domain::{Agreement, Cadence, Goal, GoalStatus, Id, Mentor, Milestone, Review};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn goal(id: Id) -> Goal {
    Goal {
        id,
        title: format!("goal {id}"),
        status: GoalStatus::InProgress,
        position: id,
        created_at: chrono::Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap(),
        ..Goal::default()
    }
}

pub fn milestone(id: Id, goal_id: Id, done: bool) -> Milestone {
    Milestone {
        id,
        goal_id,
        text: format!("step {id}"),
        done,
        position: id,
        ..Milestone::default()
    }
}

pub fn review(id: Id, goal_id: Id, day: NaiveDate, progress: u8) -> Review {
    Review {
        id,
        goal_id,
        day,
        progress,
        created_at: day.and_hms_opt(9, 0, 0).unwrap().and_utc(),
        ..Review::default()
    }
}

pub fn mentor(id: Id, cadence: Option<Cadence>) -> Mentor {
    Mentor {
        id,
        agreement: Agreement {
            cadence,
            ..Agreement::default()
        },
        ..Mentor::default()
    }
}
