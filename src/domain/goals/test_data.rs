//! Records for the unit tests of the goal rules.

use chrono::{NaiveDate, TimeZone};

use crate::domain::{
    Agreement, Cadence, Goal, GoalStatus, Id, Mentor, Milestone, ProgressMode, Review,
};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn goal(id: Id) -> Goal {
    Goal {
        id,
        title: format!("goal {id}"),
        why: String::new(),
        evidence: String::new(),
        competency: String::new(),
        mentor_id: None,
        target_date: None,
        status: GoalStatus::InProgress,
        progress: 0,
        progress_mode: ProgressMode::Milestones,
        private: false,
        origin: None,
        position: id,
        created_at: chrono::Utc.with_ymd_and_hms(2026, 9, 1, 9, 0, 0).unwrap(),
    }
}

pub fn milestone(id: Id, goal_id: Id, done: bool) -> Milestone {
    Milestone {
        id,
        goal_id,
        text: format!("step {id}"),
        due_date: None,
        done,
        done_on: None,
        position: id,
    }
}

pub fn review(id: Id, goal_id: Id, day: NaiveDate, progress: u8) -> Review {
    Review {
        id,
        goal_id,
        day,
        progress,
        note: String::new(),
        private: false,
        meeting_id: None,
        created_at: day.and_hms_opt(9, 0, 0).unwrap().and_utc(),
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
