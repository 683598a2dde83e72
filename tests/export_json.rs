//! The JSON export and import, without a terminal: round trip, merge, bad files,
//! shared-only, atomicity.

mod common;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use mentee::domain::{
    ActionItem, Agreement, AnswerVersion, Cadence, Channel, Clock, FieldKey, Goal, GoalStatus,
    Journey, Marker, Meeting, Mentor, Milestone, Origin, OriginKind, Owner, ProgressMode, Question,
    Review, Structure, Value,
};
use mentee::export::json::{self, Document, ReadError};
use mentee::import::{self, Counts, ImportError};
use mentee::store::Store;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 15, 0).unwrap()
}

fn stamp() -> mentee::domain::Stamp {
    Clock::at_day(2026, 11, 22).stamp()
}

fn exported_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap()
}

fn version(key: &str, d: NaiveDate, text: &str) -> AnswerVersion {
    AnswerVersion {
        key: key.into(),
        day: d,
        text: text.into(),
        saved_at: d.and_hms_opt(20, 5, 9).unwrap().and_utc(),
    }
}

/// A journey touching every table and every field, with values other than the defaults,
/// and with a unique `SECRET-…` string in everything that can be private (and only there).
fn rich() -> Journey {
    let mut j = Journey::default();
    j.mentors.push(Mentor {
        id: 3,
        name: "Ana Lima".into(),
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
            private: false,
            agenda_private: false,
            notes_private: true,
            reflection_private: true,
            created_at: at(2026, 1, 30, 7),
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
            agenda_private: false,
            notes_private: false,
            reflection_private: false,
            created_at: at(2026, 2, 20, 7),
        },
        Meeting {
            id: 6,
            mentor_id: None,
            starts_at: at(2026, 4, 1, 12),
            mode: None,
            duration_minutes: None,
            place: String::new(),
            agenda: "SECRET-agenda".into(),
            notes: "PUBLIC-notes".into(),
            reflection: String::new(),
            private: false,
            agenda_private: true,
            notes_private: false,
            reflection_private: false,
            created_at: at(2026, 3, 25, 7),
        },
    ];
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
    ];
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
            due_date: None,
            done: false,
            done_on: None,
            position: 2,
        },
    ];
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
    ];
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
            owner: Owner::Me,
            due_date: None,
            done: false,
            done_on: None,
            goal_id: None,
            position: 1,
        },
        ActionItem {
            id: 3,
            meeting_id: None,
            text: "PUBLIC-loose-action".into(),
            owner: Owner::Me,
            due_date: Some(day(2026, 5, 1)),
            done: false,
            done_on: None,
            goal_id: Some(1),
            position: 1,
        },
    ];
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
    ];
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
    j.settings.insert("mentee_name".into(), "Sam".into());
    j.settings.insert("export_dir".into(), "/tmp/x y".into());
    j
}

/// A store holding `j`, written directly through the store (not through the importer).
fn store_with(j: &Journey) -> Store {
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

fn export(store: &Store) -> String {
    Document::new(&store.load().unwrap(), exported_at(), false)
        .to_json()
        .unwrap()
}

fn import_text(store: &Store, text: &str, merge: bool) -> Result<import::Summary, String> {
    let doc = json::read(text).map_err(|e| e.to_string())?;
    import::import(store, &doc.journey, merge, stamp()).map_err(|e| e.to_string())
}

#[test]
fn export_import_export_gives_identical_json() {
    let a = store_with(&rich());
    let first = export(&a);
    let b = Store::open_in_memory().unwrap();
    let summary = import_text(&b, &first, false).unwrap();
    assert!(!summary.merged);
    assert_eq!(summary.added, Counts::of(&rich()));
    assert_eq!(export(&b), first);
    assert_eq!(b.load().unwrap(), a.load().unwrap());
}

#[test]
fn the_export_is_complete_versioned_and_deterministic() {
    let store = store_with(&rich());
    let text = export(&store);
    assert_eq!(export(&store), text, "same data, same bytes");
    assert!(text.ends_with("}\n"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "mentee-journey");
    assert_eq!(value["version"], 1);
    assert_eq!(value["schema_version"], mentee::store::SCHEMA_VERSION);
    assert_eq!(value["exported_at"], "2026-11-22T10:00:00Z");
    assert_eq!(value["shared_only"], false);
    // The envelope comes first, in a fixed order.
    let order: Vec<usize> = [
        "\"format\"",
        "\"version\"",
        "\"schema_version\"",
        "\"exported_at\"",
        "\"shared_only\"",
        "\"journey\"",
    ]
    .iter()
    .map(|k| text.find(k).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // Every table is there, with its records.
    let journey = value["journey"].as_object().unwrap();
    for table in [
        "mentors",
        "answers",
        "private_answers",
        "markers",
        "goals",
        "milestones",
        "reviews",
        "meetings",
        "actions",
        "questions",
        "settings",
    ] {
        let v = &journey[table];
        let n = v
            .as_array()
            .map(Vec::len)
            .or_else(|| v.as_object().map(serde_json::Map::len));
        assert!(n.unwrap_or(0) > 0, "{table} is missing or empty");
    }
    assert_eq!(journey.len(), 11, "a table the test does not know about");
    // Reading it back gives the very same journey.
    assert_eq!(json::read(&text).unwrap().journey, store.load().unwrap());
}

#[test]
fn importing_refuses_a_database_with_a_journey_unless_merging() {
    let text = export(&store_with(&rich()));
    let b = store_with(&rich());
    let before = export(&b);
    let err = import_text(&b, &text, false).unwrap_err();
    assert!(err.contains("--merge"), "{err}");
    assert_eq!(export(&b), before);
    // Settings alone are preferences, not a journey.
    let c = Store::open_in_memory().unwrap();
    c.update(
        &FieldKey::Setting("mentee_name".into()),
        &Value::Text("Old".into()),
        stamp(),
    )
    .unwrap();
    c.update(
        &FieldKey::Setting("theme".into()),
        &Value::Text("light".into()),
        stamp(),
    )
    .unwrap();
    import_text(&c, &text, false).unwrap();
    let j = c.load().unwrap();
    assert_eq!(j.settings["mentee_name"], "Sam", "the file's setting wins");
    assert_eq!(j.settings["theme"], "light");
}

#[test]
fn merging_the_same_file_twice_adds_nothing_the_second_time() {
    let text = export(&store_with(&rich()));
    let b = Store::open_in_memory().unwrap();
    let first = import_text(&b, &text, true).unwrap();
    assert!(!first.merged, "an empty database gets an exact copy");
    let after_first = export(&b);
    assert_eq!(after_first, text);
    let second = import_text(&b, &text, true).unwrap();
    assert!(second.merged);
    assert_eq!(second.added, Counts::default(), "{second}");
    assert_eq!(second.already, Counts::of(&rich()));
    assert_eq!(second.kept, Counts::default());
    assert_eq!(export(&b), after_first);
}

/// A second, different journey whose ids collide with the first one's.
fn other() -> Journey {
    let mut j = Journey::default();
    // The same mentor as in `rich` (identical record) ...
    j.mentors.push(rich().mentors[0].clone());
    // ... and a new one, under an id the database already uses for someone else.
    j.mentors.push(Mentor {
        id: 8,
        name: "Chidi".into(),
        created_at: at(2026, 5, 1, 9),
        ..Mentor::default()
    });
    j.meetings.push(Meeting {
        id: 2,
        mentor_id: Some(8),
        starts_at: at(2026, 6, 1, 16),
        mode: Some(Channel::Phone),
        duration_minutes: Some(30),
        place: String::new(),
        agenda: "Other agenda".into(),
        notes: String::new(),
        reflection: String::new(),
        private: false,
        agenda_private: false,
        notes_private: false,
        reflection_private: false,
        created_at: at(2026, 5, 30, 7),
    });
    j.goals.push(Goal {
        id: 1,
        title: "Other goal".into(),
        why: String::new(),
        evidence: String::new(),
        competency: String::new(),
        mentor_id: Some(3),
        target_date: None,
        status: GoalStatus::InProgress,
        progress: 10,
        progress_mode: ProgressMode::Manual,
        private: false,
        origin: None,
        position: 1,
        created_at: at(2026, 6, 2, 9),
    });
    j.milestones.push(Milestone {
        id: 1,
        goal_id: 1,
        text: "Other milestone".into(),
        due_date: None,
        done: false,
        done_on: None,
        position: 1,
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
        owner: Owner::Me,
        due_date: None,
        done: false,
        done_on: None,
        goal_id: Some(1),
        position: 1,
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

#[test]
fn merging_a_different_journey_adds_its_records_with_remapped_references() {
    let b = store_with(&rich());
    let text = Document::new(&other(), exported_at(), false)
        .to_json()
        .unwrap();
    let summary = import_text(&b, &text, true).unwrap();
    assert!(summary.merged);
    let added = Counts {
        mentors: 1,
        meetings: 1,
        goals: 1,
        milestones: 1,
        reviews: 1,
        actions: 1,
        questions: 1,
        answers: 1,
        private_answers: 1,
        markers: 1,
        settings: 1,
    };
    assert_eq!(summary.added, added, "{summary}");
    assert_eq!(summary.already.mentors, 1);
    assert_eq!(summary.already.answers, 1);
    assert_eq!(summary.kept.answers, 1);
    assert_eq!(summary.kept.markers, 1);
    assert_eq!(summary.kept.settings, 1);

    let j = b.load().unwrap();
    let before = rich();
    // Everything that was there is still there, unchanged.
    for m in &before.mentors {
        assert!(j.mentors.contains(m));
    }
    for g in &before.goals {
        assert!(j.goals.contains(g));
    }
    assert_eq!(j.mentors.len(), 3, "Ana was not duplicated");
    // The added records point at each other under their new ids.
    let chidi = j.mentors.iter().find(|m| m.name == "Chidi").unwrap();
    assert!(!before.mentors.iter().any(|m| m.id == chidi.id));
    let meeting = j
        .meetings
        .iter()
        .find(|m| m.agenda == "Other agenda")
        .unwrap();
    assert_eq!(meeting.mentor_id, Some(chidi.id));
    assert!(!before.meetings.iter().any(|m| m.id == meeting.id));
    let goal = j.goals.iter().find(|g| g.title == "Other goal").unwrap();
    assert!(!before.goals.iter().any(|g| g.id == goal.id));
    assert_eq!(goal.mentor_id, Some(3), "the matched mentor is Ana's id");
    let milestone = j
        .milestones
        .iter()
        .find(|m| m.text == "Other milestone")
        .unwrap();
    assert_eq!(milestone.goal_id, goal.id);
    let review = j.reviews.iter().find(|r| r.note == "Other review").unwrap();
    assert_eq!(
        (review.goal_id, review.meeting_id),
        (goal.id, Some(meeting.id))
    );
    let action = j.actions.iter().find(|a| a.text == "Other action").unwrap();
    assert_eq!(
        (action.meeting_id, action.goal_id),
        (Some(meeting.id), Some(goal.id))
    );
    let question = j
        .questions
        .iter()
        .find(|q| q.text == "Other question")
        .unwrap();
    assert_eq!(question.meeting_id, Some(meeting.id));
    // Keyed values: new ones added, differing ones kept as the database had them.
    let texts: Vec<&str> = j.answers["conversation.now"]
        .iter()
        .map(|v| v.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["PUBLIC-answer-v1", "PUBLIC-answer-v2 — 今", "Other answer"]
    );
    assert!(j.private_answers.contains("conversation.want"));
    assert_eq!(j.markers["worksheet.and.4"], Marker::Gap);
    assert_eq!(j.markers["worksheet.and.7"], Marker::Gap);
    assert_eq!(j.settings["mentee_name"], "Sam");
    assert_eq!(j.settings["language"], "en");

    // And merging it again adds nothing.
    let again = import_text(&b, &text, true).unwrap();
    assert_eq!(again.added, Counts::default(), "{again}");
}

#[test]
fn a_merged_goal_takes_its_milestones_along_even_when_they_equal_others() {
    // Two goals in the database, each with a milestone "Draft"; the file has a third goal
    // with the same milestone text: it must be added to the new goal, not matched.
    let mut have = rich();
    have.milestones.push(Milestone {
        id: 9,
        goal_id: 7,
        text: "Draft".into(),
        due_date: None,
        done: false,
        done_on: None,
        position: 1,
    });
    let b = store_with(&have);
    let mut file = Journey::default();
    file.goals.push(Goal {
        title: "Brand new".into(),
        mentor_id: None,
        ..have.goals[2].clone()
    });
    file.milestones.push(Milestone {
        goal_id: have.goals[2].id,
        ..have.milestones[2].clone()
    });
    let text = Document::new(&file, exported_at(), false)
        .to_json()
        .unwrap();
    let summary = import_text(&b, &text, true).unwrap();
    assert_eq!((summary.added.goals, summary.added.milestones), (1, 1));
    let j = b.load().unwrap();
    let new_goal = j.goals.iter().find(|g| g.title == "Brand new").unwrap();
    assert_eq!(
        j.milestones
            .iter()
            .filter(|m| m.text == "Draft")
            .map(|m| m.goal_id)
            .collect::<Vec<_>>(),
        [7, new_goal.id]
    );
}

/// The text of a good export, broken in one way.
fn broken(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from} not in the export");
    text.replacen(from, to, 1)
}

#[test]
fn bad_files_are_refused_with_a_clear_reason_and_change_nothing() {
    let good = export(&store_with(&rich()));
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "malformed",
            broken(&good, "\"goals\": [", "\"goals\": [,"),
            "not valid JSON",
        ),
        (
            "truncated",
            good[..good.len() / 2].to_string(),
            "ends too early",
        ),
        ("empty", "  \n".into(), "empty"),
        (
            "future version",
            broken(&good, "\"version\": 1,", "\"version\": 2,"),
            "newer mentee (export format version 2",
        ),
        (
            "wrong format",
            broken(&good, "\"mentee-journey\"", "\"tasks-app\""),
            "not a mentee export",
        ),
        ("not an object", "[1, 2, 3]".into(), "not a mentee export"),
        (
            "broken reference",
            broken(&good, "\"goal_id\": 4,", "\"goal_id\": 99,"),
            "milestone 2 belongs to goal 99, which is not in the file",
        ),
        (
            "unknown choice",
            broken(&good, "\"status\": \"on_hold\"", "\"status\": \"paused\""),
            "unknown variant `paused`",
        ),
        (
            "missing field",
            broken(&good, "\"title\": \"PUBLIC-goal\",", ""),
            "missing field `title`",
        ),
        (
            "duplicate id",
            broken(&good, "\"id\": 9,", "\"id\": 7,"),
            "two goals have the id 7",
        ),
        (
            "progress out of range",
            broken(&good, "\"progress\": 45,", "\"progress\": 145,"),
            "review 2 has progress 145",
        ),
    ];
    // A database with a journey, and an empty one: neither changes, merging or not.
    let full = store_with(&rich());
    let empty = Store::open_in_memory().unwrap();
    let (full_before, empty_before) = (export(&full), export(&empty));
    for (name, text, words) in &cases {
        for merge in [false, true] {
            for store in [&full, &empty] {
                let err = import_text(store, text, merge).unwrap_err();
                assert!(err.contains(words), "{name}: {err}");
                assert_eq!(err.lines().count(), 1, "{name}: {err}");
            }
        }
    }
    assert_eq!(export(&full), full_before);
    assert_eq!(export(&empty), empty_before);
    // serde_json names the place of a syntax error.
    let err = json::read(&cases[0].1).unwrap_err();
    assert!(matches!(err, ReadError::Syntax(_)), "{err:?}");
    assert!(err.to_string().contains("line "), "{err}");
    assert!(matches!(
        json::read(&cases[1].1).unwrap_err(),
        ReadError::Truncated(_)
    ));
}

#[test]
fn a_failure_half_way_through_an_import_leaves_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    let store = Store::open(&path).unwrap();
    // Make the last insert of the import fail, after mentors, goals, ... were written.
    let sqlite = rusqlite::Connection::open(&path).unwrap();
    sqlite
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON question BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    let text = export(&store_with(&rich()));
    for merge in [false, true] {
        let err = import_text(&store, &text, merge).unwrap_err();
        assert!(err.contains("refused by the test"), "{err}");
        assert_eq!(store.load().unwrap(), Journey::default());
    }
    // The same with a journey already there, merging.
    sqlite.execute_batch("DROP TRIGGER refuse").unwrap();
    import_text(&store, &export(&store_with(&other())), false).unwrap();
    let before = store.load().unwrap();
    sqlite
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON question BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    assert!(import_text(&store, &text, true).is_err());
    assert_eq!(store.load().unwrap(), before);
}

#[test]
fn import_errors_read_as_one_line() {
    let e = ImportError::NotEmpty.to_string();
    assert!(e.contains("--merge") && !e.contains('\n'), "{e}");
}

#[test]
fn shared_only_leaves_out_everything_private() {
    let store = store_with(&rich());
    let full = export(&store);
    let shared = Document::new(&store.load().unwrap(), exported_at(), true)
        .to_json()
        .unwrap();
    let secrets: Vec<&str> = full.split('"').filter(|s| s.contains("SECRET-")).collect();
    // Every private-capable field of the test journey carries one (so this can fail).
    assert!(secrets.len() >= 17, "{secrets:?}");
    assert!(!shared.contains("SECRET-"), "{shared}");
    for public in full.split('"').filter(|s| s.contains("PUBLIC-")) {
        assert!(
            shared.contains(public),
            "{public} is missing from the shared export"
        );
    }
    let doc = json::read(&shared).unwrap();
    assert!(doc.shared_only);
    let j = doc.journey;
    // What hung off removed records: gone, or no longer pointing at them.
    assert!(j.private_answers.is_empty());
    assert!(j.milestones.iter().all(|m| m.goal_id != 4));
    assert!(j.reviews.iter().all(|r| r.goal_id != 4));
    assert_eq!(j.actions.iter().find(|a| a.id == 1).unwrap().goal_id, None);
    assert!(j.actions.iter().all(|a| a.meeting_id != Some(5)));
    assert_eq!(
        j.reviews.iter().find(|r| r.id == 4).unwrap().meeting_id,
        None
    );
    assert_eq!(j.questions[0].meeting_id, None);
    // A meeting's private section is emptied, its flag kept.
    let m = j.meetings.iter().find(|m| m.id == 2).unwrap();
    assert!(m.notes.is_empty() && m.notes_private);
    // A shared-only export imports like any other.
    let b = Store::open_in_memory().unwrap();
    import_text(&b, &shared, false).unwrap();
    assert_eq!(b.load().unwrap(), j);
}
