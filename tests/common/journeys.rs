//! Journeys for tests: one touching every table and field (with a unique `SECRET-…` string
//! in everything that can be private, and only there), another whose ids collide with it,
//! and helpers to put them in a store and export them.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use mentee::domain::{
    ActionItem, AgendaItem, Agreement, AnswerVersion, Cadence, Channel, Clock, FieldKey, Goal,
    GoalStatus, Journey, Marker, Meeting, Mentor, Milestone, Origin, OriginKind, Owner,
    ProgressMode, Question, Review, Stamp, Structure, Topic, Value,
};
use mentee::export::json::{self, Document};
use mentee::import;
use mentee::store::Store;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 15, 0).unwrap()
}

pub fn stamp() -> Stamp {
    Clock::at_day(2026, 11, 22).stamp()
}

pub fn exported_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap()
}

pub fn version(key: &str, d: NaiveDate, text: &str) -> AnswerVersion {
    AnswerVersion {
        key: key.into(),
        day: d,
        text: text.into(),
        saved_at: d.and_hms_opt(20, 5, 9).unwrap().and_utc(),
    }
}

/// A journey touching every table and every field, with values other than the defaults,
/// and with a unique `SECRET-…` string in everything that can be private (and only there).
pub fn rich() -> Journey {
    let mut j = Journey::default();
    j.mentors.push(Mentor {
        id: 3,
        name: "Ana Lima".into(),
        short_name: String::new(),
        contact: "ana@example.org".into(),
        created_at: at(2026, 1, 5, 9),
        agreement: Agreement {
            structure: Some(Structure::Hybrid),
            cadence: Some(Cadence::SixWeekly),
            channels: vec![Channel::InPerson, Channel::Video, Channel::Chat],
            venue: "Café Nero, \"upstairs\"".into(),
            start_date: Some(day(2026, 1, 10)),
            review_date: Some(day(2026, 7, 10)),
            define_mine: "Guidance, not answers — 指導".into(),
            define_theirs: "A catalyst".into(),
            want_mine: "Clarity\nand a plan".into(),
            want_theirs: "To see you grow".into(),
            expect_mine: "Honest feedback 🎯".into(),
            expect_theirs: "Come prepared".into(),
            confidentiality: "Stays between us".into(),
        },
    });
    // A mentor with nothing but a name: every optional field empty.
    j.mentors.push(Mentor {
        id: 8,
        name: "Bo".into(),
        short_name: String::new(),
        created_at: at(2026, 2, 1, 8),
        ..Mentor::default()
    });
    j.meetings = vec![
        Meeting {
            id: 2,
            mentor_id: Some(3),
            starts_at: at(2026, 2, 1, 16),
            mode: Some(Channel::Video),
            duration_minutes: Some(60),
            place: "https://meet.example/abc".into(),
            agenda: "PUBLIC-agenda".into(),
            notes: "SECRET-notes".into(),
            reflection: "SECRET-reflection".into(),
            notes_private: true,
            reflection_private: true,
            created_at: at(2026, 1, 30, 7),
            ..Meeting::default()
        },
        Meeting {
            id: 5,
            mentor_id: Some(8),
            starts_at: at(2026, 3, 1, 7),
            mode: Some(Channel::InPerson),
            duration_minutes: Some(45),
            place: "SECRET-place".into(),
            agenda: "SECRET-private-meeting-agenda".into(),
            notes: "SECRET-private-meeting-notes".into(),
            reflection: "SECRET-private-meeting-reflection".into(),
            private: true,
            created_at: at(2026, 2, 20, 7),
            ..Meeting::default()
        },
        Meeting {
            id: 6,
            starts_at: at(2026, 4, 1, 12),
            agenda: "SECRET-agenda".into(),
            notes: "PUBLIC-notes".into(),
            agenda_private: true,
            created_at: at(2026, 3, 25, 7),
            ..Meeting::default()
        },
    ]
    .into();
    let goal = |id, title: &str, status, private| Goal {
        id,
        title: title.into(),
        why: format!("{title} why"),
        evidence: format!("{title} evidence"),
        competency: format!("{title} competency"),
        mentor_id: Some(3),
        target_date: Some(day(2026, 12, 1)),
        status,
        progress: 40,
        progress_mode: ProgressMode::Milestones,
        private,
        origin: Some(Origin {
            kind: OriginKind::Worksheet,
            key: "worksheet.and.4".into(),
        }),
        position: id * 10,
        created_at: at(2026, 2, 2, 18),
    };
    j.goals = vec![
        goal(1, "PUBLIC-goal", GoalStatus::InProgress, false),
        goal(4, "SECRET-goal", GoalStatus::OnHold, true),
        Goal {
            mentor_id: None,
            target_date: None,
            progress: 0,
            progress_mode: ProgressMode::Manual,
            origin: Some(Origin {
                kind: OriginKind::Conversation,
                key: "conversation.how.plans".into(),
            }),
            ..goal(7, "PUBLIC-bare-goal", GoalStatus::NotStarted, false)
        },
        Goal {
            origin: None,
            progress: 100,
            ..goal(9, "PUBLIC-done-goal", GoalStatus::Done, false)
        },
    ]
    .into();
    j.milestones = vec![
        Milestone {
            id: 1,
            goal_id: 1,
            text: "PUBLIC-milestone".into(),
            due_date: Some(day(2026, 3, 1)),
            done: true,
            done_on: Some(day(2026, 2, 20)),
            position: 1,
        },
        Milestone {
            id: 2,
            goal_id: 4,
            text: "SECRET-milestone-of-private-goal".into(),
            position: 2,
            ..Milestone::default()
        },
    ]
    .into();
    j.reviews = vec![
        Review {
            id: 1,
            goal_id: 1,
            day: day(2026, 2, 21),
            progress: 40,
            note: "PUBLIC-review".into(),
            private: false,
            meeting_id: Some(2),
            created_at: at(2026, 2, 21, 20),
        },
        Review {
            id: 2,
            goal_id: 1,
            day: day(2026, 2, 22),
            progress: 45,
            note: "SECRET-review".into(),
            private: true,
            meeting_id: None,
            created_at: at(2026, 2, 22, 20),
        },
        Review {
            id: 3,
            goal_id: 4,
            day: day(2026, 2, 23),
            progress: 10,
            note: "SECRET-review-of-private-goal".into(),
            private: false,
            meeting_id: Some(6),
            created_at: at(2026, 2, 23, 20),
        },
        Review {
            id: 4,
            goal_id: 9,
            day: day(2026, 3, 2),
            progress: 100,
            note: "PUBLIC-review-tied-to-private-meeting".into(),
            private: false,
            meeting_id: Some(5),
            created_at: at(2026, 3, 2, 20),
        },
    ]
    .into();
    j.actions = vec![
        ActionItem {
            id: 1,
            meeting_id: Some(2),
            text: "PUBLIC-action".into(),
            owner: Owner::Mentor,
            due_date: Some(day(2026, 2, 10)),
            done: true,
            done_on: Some(day(2026, 2, 9)),
            goal_id: Some(4),
            position: 2,
        },
        ActionItem {
            id: 2,
            meeting_id: Some(5),
            text: "SECRET-action-of-private-meeting".into(),
            position: 1,
            ..ActionItem::default()
        },
        ActionItem {
            id: 3,
            text: "PUBLIC-loose-action".into(),
            due_date: Some(day(2026, 5, 1)),
            goal_id: Some(1),
            position: 1,
            ..ActionItem::default()
        },
    ]
    .into();
    j.questions = vec![
        Question {
            id: 1,
            text: "PUBLIC-question".into(),
            private: false,
            meeting_id: Some(5),
            created_at: at(2026, 2, 3, 21),
        },
        Question {
            id: 2,
            text: "SECRET-question".into(),
            private: true,
            meeting_id: None,
            created_at: at(2026, 2, 4, 21),
        },
    ]
    .into();
    let now = "conversation.now";
    j.answers.insert(
        now.into(),
        vec![
            version(now, day(2026, 1, 4), "PUBLIC-answer-v1"),
            version(now, day(2026, 3, 4), "PUBLIC-answer-v2 — 今"),
        ],
    );
    let personal = "conversation.now.personal";
    j.answers.insert(
        personal.into(),
        vec![
            version(personal, day(2026, 1, 4), "SECRET-answer-v1"),
            version(personal, day(2026, 2, 4), "SECRET-answer-v2"),
        ],
    );
    let gap = "worksheet.and.4.gap";
    j.answers.insert(
        gap.into(),
        vec![version(gap, day(2026, 1, 5), "SECRET-worksheet-gap")],
    );
    j.private_answers.insert(personal.into());
    j.private_answers.insert(gap.into());
    j.markers.insert("worksheet.and.4".into(), Marker::Gap);
    j.markers
        .insert("worksheet.where.1".into(), Marker::WorkingWell);
    j.markers
        .insert("worksheet.where.2".into(), Marker::NotSure);
    // Meeting 2's kept agenda: a public goal (discussed), the private goal (dropped), a
    // private answer; and Ana's pending agenda holding the private question.
    let item = |id, topic, meeting_id, mentor_id| AgendaItem {
        id,
        meeting_id,
        mentor_id,
        topic,
        position: id,
        created_at: at(2026, 1, 31, 20),
        ..AgendaItem::default()
    };
    j.agenda_items = vec![
        AgendaItem {
            discussed: true,
            ..item(1, Topic::Goal(1), Some(2), None)
        },
        AgendaItem {
            dropped: true,
            ..item(2, Topic::Goal(4), Some(2), None)
        },
        AgendaItem {
            new: true,
            ..item(3, Topic::Answer(personal.into()), Some(2), None)
        },
        item(4, Topic::Question(2), None, Some(3)),
    ]
    .into();
    j.settings.insert("mentee_name".into(), "Sam".into());
    j.settings.insert("export_dir".into(), "/tmp/x y".into());
    j
}

/// A store holding `j`, written directly through the store (not through the importer).
pub fn store_with(j: &Journey) -> Store {
    let s = Store::open_in_memory().unwrap();
    for m in &j.mentors {
        s.insert_mentor(m).unwrap();
    }
    for m in &j.meetings {
        s.insert_meeting(m).unwrap();
    }
    for g in &j.goals {
        s.insert_goal(g).unwrap();
    }
    for m in &j.milestones {
        s.insert_milestone(m).unwrap();
    }
    for r in &j.reviews {
        s.insert_review(r).unwrap();
    }
    for a in &j.actions {
        s.insert_action(a).unwrap();
    }
    for q in &j.questions {
        s.insert_question(q).unwrap();
    }
    for a in &j.agenda_items {
        s.insert_agenda_item(a).unwrap();
    }
    for v in j.answers.values().flatten() {
        s.put_answer(v).unwrap();
    }
    for k in &j.private_answers {
        s.update(
            &FieldKey::AnswerPrivate(k.clone()),
            &Value::Bool(true),
            stamp(),
        )
        .unwrap();
    }
    for (k, m) in &j.markers {
        s.update(
            &FieldKey::Marker(k.clone()),
            &Value::Choice(Some(m.code())),
            stamp(),
        )
        .unwrap();
    }
    for (k, v) in &j.settings {
        s.update(
            &FieldKey::Setting(k.clone()),
            &Value::Text(v.clone()),
            stamp(),
        )
        .unwrap();
    }
    assert_eq!(
        &s.load().unwrap(),
        j,
        "the test journey is in the store's shape"
    );
    s
}

pub fn export(store: &Store) -> String {
    Document::new(&store.load().unwrap(), exported_at(), false)
        .to_json()
        .unwrap()
}

pub fn import_text(store: &Store, text: &str, merge: bool) -> Result<import::Summary, String> {
    let doc = json::read(text).map_err(|e| e.to_string())?;
    import::import(store, &doc.journey, merge, stamp()).map_err(|e| e.to_string())
}

/// A second, different journey whose ids collide with the first one's.
pub fn other() -> Journey {
    let mut j = Journey::default();
    // The same mentor as in `rich` (identical record) ...
    j.mentors.push(rich().mentors[0].clone());
    // ... and a new one, under an id the database already uses for someone else.
    j.mentors.push(Mentor {
        id: 8,
        name: "Chidi".into(),
        short_name: String::new(),
        created_at: at(2026, 5, 1, 9),
        ..Mentor::default()
    });
    j.meetings.push(Meeting {
        id: 2,
        mentor_id: Some(8),
        starts_at: at(2026, 6, 1, 16),
        mode: Some(Channel::Phone),
        duration_minutes: Some(30),
        agenda: "Other agenda".into(),
        created_at: at(2026, 5, 30, 7),
        ..Meeting::default()
    });
    j.goals.push(Goal {
        id: 1,
        title: "Other goal".into(),
        mentor_id: Some(3),
        status: GoalStatus::InProgress,
        progress: 10,
        progress_mode: ProgressMode::Manual,
        position: 1,
        created_at: at(2026, 6, 2, 9),
        ..Goal::default()
    });
    j.milestones.push(Milestone {
        id: 1,
        goal_id: 1,
        text: "Other milestone".into(),
        position: 1,
        ..Milestone::default()
    });
    j.reviews.push(Review {
        id: 1,
        goal_id: 1,
        day: day(2026, 6, 1),
        progress: 10,
        note: "Other review".into(),
        private: false,
        meeting_id: Some(2),
        created_at: at(2026, 6, 1, 18),
    });
    j.actions.push(ActionItem {
        id: 1,
        meeting_id: Some(2),
        text: "Other action".into(),
        goal_id: Some(1),
        position: 1,
        ..ActionItem::default()
    });
    j.questions.push(Question {
        id: 1,
        text: "Other question".into(),
        private: false,
        meeting_id: Some(2),
        created_at: at(2026, 6, 1, 8),
    });
    let now = "conversation.now";
    j.answers.insert(
        now.into(),
        vec![
            // Same day and text as in `rich`: already there.
            version(now, day(2026, 1, 4), "PUBLIC-answer-v1"),
            // Same day, other text: the database's is kept.
            version(now, day(2026, 3, 4), "a different text that day"),
            // A new day: added.
            version(now, day(2026, 6, 4), "Other answer"),
        ],
    );
    j.private_answers.insert("conversation.want".into());
    j.markers
        .insert("worksheet.and.4".into(), Marker::WorkingWell);
    j.markers.insert("worksheet.and.7".into(), Marker::Gap);
    j.settings
        .insert("mentee_name".into(), "Someone else".into());
    j.settings.insert("language".into(), "en".into());
    j
}

/// What starts every private text of [`with_private`] (and nothing else): a frame holding
/// it shows something private.
pub const MARK: char = '⟦';

/// A generated journey (`mentee::generate`, small) with the private flags `flags` gives, in
/// turn, to every goal, review, meeting (and each of its three sections), question and
/// answer; every text those make private starts with a unique marker `⟦n⟧` (see [`MARK`]):
/// a private record's texts, and those of what goes with it (a goal's milestones and
/// reviews, a meeting's action items and the questions raised at it).
pub fn with_private(seed: u64, flags: &[bool]) -> Journey {
    let mut j = mentee::generate::journey(&mentee::generate::Size::small(), seed);
    let mut f = flags.iter().copied().cycle();
    let mut next = || f.next().unwrap_or(false);
    for g in j.goals.iter_mut() {
        g.private = next();
    }
    for r in j.reviews.iter_mut() {
        r.private = next();
    }
    for m in j.meetings.iter_mut() {
        m.private = next();
        m.agenda_private = next();
        m.notes_private = next();
        m.reflection_private = next();
    }
    for q in j.questions.iter_mut() {
        q.private = next();
    }
    j.private_answers = j.answers.keys().filter(|_| next()).cloned().collect();
    let mut n = 0;
    let mut mark = |text: &mut String| {
        n += 1;
        *text = format!("{MARK}{n}⟧ {text}");
    };
    let goals: std::collections::HashSet<_> =
        j.goals.iter().filter(|g| g.private).map(|g| g.id).collect();
    let meetings: std::collections::HashSet<_> = j
        .meetings
        .iter()
        .filter(|m| m.private)
        .map(|m| m.id)
        .collect();
    for g in j.goals.iter_mut().filter(|g| g.private) {
        for t in [&mut g.title, &mut g.why, &mut g.evidence, &mut g.competency] {
            mark(t);
        }
    }
    for m in j
        .milestones
        .iter_mut()
        .filter(|m| goals.contains(&m.goal_id))
    {
        mark(&mut m.text);
    }
    for r in j.reviews.iter_mut() {
        if r.private || goals.contains(&r.goal_id) {
            mark(&mut r.note);
        }
    }
    for m in j.meetings.iter_mut() {
        if m.private {
            for t in [&mut m.place, &mut m.agenda, &mut m.notes, &mut m.reflection] {
                mark(t);
            }
            continue;
        }
        for (private, t) in [
            (m.agenda_private, &mut m.agenda),
            (m.notes_private, &mut m.notes),
            (m.reflection_private, &mut m.reflection),
        ] {
            if private {
                mark(t);
            }
        }
    }
    for a in j.actions.iter_mut() {
        if a.meeting_id.is_some_and(|id| meetings.contains(&id)) {
            mark(&mut a.text);
        }
    }
    for q in j.questions.iter_mut() {
        if q.private || q.meeting_id.is_some_and(|id| meetings.contains(&id)) {
            mark(&mut q.text);
        }
    }
    for (key, versions) in &mut j.answers {
        if j.private_answers.contains(key) {
            for v in versions {
                mark(&mut v.text);
            }
        }
    }
    j
}
