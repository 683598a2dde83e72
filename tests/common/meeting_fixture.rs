//! A small journey for the Prepare and shared-screen tests (included by path, so the shared
//! `common` module stays as it is). "Today" is Sunday 2026-11-22, noon.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use mentee::domain::{
    ActionItem, Agreement, AnswerVersion, Cadence, Channel, Goal, GoalStatus, Id, Meeting, Mentor,
    Milestone, ProgressMode, Question, Review,
};
use mentee::store::Store;

pub fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

pub fn at(m: u32, d: u32, h: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).unwrap()
}

pub fn meeting(mentor: Option<Id>, starts_at: chrono::DateTime<Utc>) -> Meeting {
    Meeting {
        mentor_id: mentor,
        starts_at,
        mode: Some(Channel::Video),
        created_at: starts_at,
        ..Meeting::default()
    }
}

fn goal(title: &str, mentor: Option<Id>, position: i64) -> Goal {
    Goal {
        title: title.into(),
        evidence: format!("{title}: evidence"),
        mentor_id: mentor,
        status: GoalStatus::InProgress,
        progress: 40,
        progress_mode: ProgressMode::Manual,
        position,
        created_at: at(9, 1, 9),
        ..Goal::default()
    }
}

/// Ids of the fixture's records.
pub struct Ids {
    pub ana: Id,
    pub ben: Id,
    pub last_meeting: Id,
    pub action: Id,
    /// Ana's, progress set by hand at 40%, target 10 December, last reviewed 20 October.
    pub sql: Id,
    /// Ana's, progress from two milestones (one done).
    pub talk: Id,
    pub talk_open_milestone: Id,
    /// Ana's, private.
    pub secret: Id,
    /// Ben's.
    pub bens: Id,
    pub question: Id,
    pub private_question: Id,
}

/// Ana (monthly, agreement review due 1 December) last met on 1 November; Ben (fortnightly)
/// never. One open action item from that meeting, four goals, two questions, and an answer
/// changed since the meeting.
pub fn fill(store: &Store) -> Ids {
    let mentor = |name: &str, cadence, review: Option<NaiveDate>| Mentor {
        id: 0,
        name: name.into(),
        short_name: String::new(),
        contact: String::new(),
        created_at: at(1, 5, 9),
        agreement: Agreement {
            cadence: Some(cadence),
            channels: vec![Channel::Video],
            // Ben has no start date: with no meeting either, nothing is due with him.
            start_date: review.map(|_| day(1, 10)),
            review_date: review,
            ..Agreement::default()
        },
    };
    let ana = store
        .insert_mentor(&mentor("Ana Lima", Cadence::Monthly, Some(day(12, 1))))
        .unwrap();
    let ben = store
        .insert_mentor(&mentor("Ben Okafor", Cadence::Fortnightly, None))
        .unwrap();
    let last_meeting = store
        .insert_meeting(&meeting(Some(ana), at(11, 1, 10)))
        .unwrap();
    let action = store
        .insert_action(&ActionItem {
            meeting_id: Some(last_meeting),
            text: "Send the CV draft".into(),
            due_date: Some(day(11, 20)),
            ..ActionItem::default()
        })
        .unwrap();
    let sql = store
        .insert_goal(&Goal {
            target_date: Some(day(12, 10)),
            ..goal("Improve SQL", Some(ana), 1)
        })
        .unwrap();
    store
        .insert_review(&Review {
            goal_id: sql,
            day: day(10, 20),
            progress: 40,
            note: "Halfway through the course".into(),
            created_at: at(10, 20, 18),
            ..Review::default()
        })
        .unwrap();
    let talk = store
        .insert_goal(&Goal {
            progress_mode: ProgressMode::Milestones,
            progress: 50,
            ..goal("Give a talk", Some(ana), 2)
        })
        .unwrap();
    let milestone = |text: &str, done: bool, position| Milestone {
        goal_id: talk,
        text: text.into(),
        done,
        done_on: done.then(|| day(10, 1)),
        position,
        ..Milestone::default()
    };
    store
        .insert_milestone(&milestone("Pick a topic", true, 1))
        .unwrap();
    let talk_open_milestone = store
        .insert_milestone(&milestone("Submit the abstract", false, 2))
        .unwrap();
    let secret = store
        .insert_goal(&Goal {
            private: true,
            ..goal("A private goal", Some(ana), 3)
        })
        .unwrap();
    let bens = store
        .insert_goal(&goal("Ben's goal", Some(ben), 4))
        .unwrap();
    let question = |text: &str, private| Question {
        text: text.into(),
        private,
        created_at: at(11, 5, 9),
        ..Question::default()
    };
    let q = store
        .insert_question(&question("How do I ask for a stretch project?", false))
        .unwrap();
    let pq = store
        .insert_question(&question("A private worry", true))
        .unwrap();
    for (on, text) in [(day(10, 1), "Analyst"), (day(11, 10), "Senior analyst")] {
        store
            .put_answer(&AnswerVersion {
                key: "conversation.now".into(),
                day: on,
                text: text.into(),
                saved_at: on.and_hms_opt(20, 0, 0).unwrap().and_utc(),
            })
            .unwrap();
    }
    Ids {
        ana,
        ben,
        last_meeting,
        action,
        sql,
        talk,
        talk_open_milestone,
        secret,
        bens,
        question: q,
        private_question: pq,
    }
}

/// No mentors, only an answer written: the agenda has that answer, there is no goal.
pub fn answers_only_app() -> mentee::app::App {
    let store = Store::open_in_memory().unwrap();
    store
        .put_answer(&AnswerVersion {
            key: "conversation.now".into(),
            day: day(11, 20),
            text: "Analyst".into(),
            saved_at: at(11, 20, 20),
        })
        .unwrap();
    super::app_with_store(store)
}
