//! Store: every table round-trips; migrations, backups, refusals.

use chrono::{NaiveDate, TimeZone, Utc};
use mentee::domain::{
    ActionField, ActionItem, AgendaItem, AgendaItemField, Agreement, Cadence, Channel, Clock,
    FieldKey, Goal, GoalField, GoalStatus, Journey, Marker, Meeting, MeetingField, Mentor,
    MentorField, Milestone, MilestoneField, Origin, OriginKind, Owner, ProgressMode, Question,
    QuestionField, Record, Review, ReviewField, Structure, Topic, Value,
};
use mentee::store::{Migration, OpenError, SCHEMA_VERSION, Store};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).unwrap()
}

/// A journey touching every table with every column set to something other than its
/// default (checked by [`assert_every_field_set`]), so a column left out of an INSERT or a
/// SELECT string reads back different and the round trip fails.
fn full_journey(store: &Store) -> Journey {
    let mentor = Mentor {
        id: 0,
        name: "Ana Lima".into(),
        short_name: "Ana".into(),
        contact: "ana@example.org".into(),
        created_at: at(2026, 1, 5),
        agreement: Agreement {
            structure: Some(Structure::Hybrid),
            cadence: Some(Cadence::Monthly),
            channels: vec![Channel::InPerson, Channel::Video],
            venue: "Café Nero".into(),
            start_date: Some(day(2026, 1, 10)),
            review_date: Some(day(2026, 7, 10)),
            define_mine: "Guidance, not answers — 指導".into(),
            define_theirs: "A catalyst".into(),
            want_mine: "Clarity".into(),
            want_theirs: "To see you grow".into(),
            expect_mine: "Honest feedback 🎯".into(),
            expect_theirs: "Come prepared".into(),
            confidentiality: "Stays between us".into(),
        },
    };
    let mentor_id = store.insert_mentor(&mentor).unwrap();
    let meeting = Meeting {
        id: 0,
        mentor_id: Some(mentor_id),
        starts_at: at(2026, 2, 1),
        mode: Some(Channel::Video),
        duration_minutes: Some(60),
        place: "https://meet.example/abc".into(),
        agenda: "Goals".into(),
        notes: "Talked".into(),
        reflection: "Learnt".into(),
        private: true,
        agenda_private: true,
        notes_private: true,
        reflection_private: true,
        created_at: at(2026, 1, 30),
    };
    let meeting_id = store.insert_meeting(&meeting).unwrap();
    let goal = Goal {
        id: 0,
        title: "Lead a project".into(),
        why: "Growth".into(),
        evidence: "Project shipped".into(),
        competency: "Leadership".into(),
        mentor_id: Some(mentor_id),
        target_date: Some(day(2026, 12, 1)),
        status: GoalStatus::InProgress,
        progress: 40,
        progress_mode: ProgressMode::Manual,
        private: true,
        origin: Some(Origin {
            kind: OriginKind::Worksheet,
            key: "worksheet.and.4".into(),
        }),
        position: 3,
        created_at: at(2026, 2, 2),
    };
    let goal_id = store.insert_goal(&goal).unwrap();
    let milestone = Milestone {
        id: 0,
        goal_id,
        text: "Draft plan".into(),
        due_date: Some(day(2026, 3, 1)),
        done: true,
        done_on: Some(day(2026, 2, 20)),
        position: 1,
    };
    let milestone_id = store.insert_milestone(&milestone).unwrap();
    let review = Review {
        id: 0,
        goal_id,
        day: day(2026, 2, 21),
        progress: 40,
        note: "On track".into(),
        private: true,
        meeting_id: Some(meeting_id),
        created_at: at(2026, 2, 21),
    };
    let review_id = store.insert_review(&review).unwrap();
    let action = ActionItem {
        id: 0,
        meeting_id: Some(meeting_id),
        text: "Send CV".into(),
        owner: Owner::Mentor,
        due_date: Some(day(2026, 2, 10)),
        done: true,
        done_on: Some(day(2026, 2, 9)),
        goal_id: Some(goal_id),
        position: 2,
    };
    let action_id = store.insert_action(&action).unwrap();
    let question = Question {
        id: 0,
        text: "How did you choose?".into(),
        private: true,
        meeting_id: Some(meeting_id),
        created_at: at(2026, 2, 3),
    };
    let question_id = store.insert_question(&question).unwrap();
    // Two agenda items: one on the meeting, one pending for the mentor (an item is one or
    // the other), between them every column set.
    let on_meeting = AgendaItem {
        id: 0,
        meeting_id: Some(meeting_id),
        mentor_id: None,
        topic: Topic::Goal(goal_id),
        position: 4,
        dropped: true,
        new: true,
        discussed: true,
        created_at: at(2026, 2, 5),
    };
    let pending = AgendaItem {
        mentor_id: Some(mentor_id),
        meeting_id: None,
        topic: Topic::Answer("conversation.now".into()),
        ..on_meeting.clone()
    };
    let agenda_ids: Vec<_> = [
        on_meeting.clone(),
        pending.clone(),
        AgendaItem {
            topic: Topic::Action(action_id),
            ..on_meeting.clone()
        },
        AgendaItem {
            topic: Topic::Question(question_id),
            ..on_meeting.clone()
        },
        AgendaItem {
            topic: Topic::Agreement(mentor_id),
            ..pending.clone()
        },
        AgendaItem {
            topic: Topic::Reflection(meeting_id),
            ..pending.clone()
        },
    ]
    .into_iter()
    .map(|a| (store.insert_agenda_item(&a).unwrap(), a))
    .collect();
    let stamp = Clock::at_day(2026, 2, 4).stamp();
    store
        .update(
            &FieldKey::Answer("conversation.now".into()),
            &Value::Text("Here — 今".into()),
            stamp,
        )
        .unwrap();
    store
        .update(
            &FieldKey::AnswerPrivate("conversation.now".into()),
            &Value::Bool(true),
            stamp,
        )
        .unwrap();
    store
        .update(
            &FieldKey::Marker("worksheet.where.1".into()),
            &Value::Choice(Some("gap")),
            stamp,
        )
        .unwrap();
    store
        .update(
            &FieldKey::Setting("mentee_name".into()),
            &Value::Text("Sam".into()),
            stamp,
        )
        .unwrap();

    let mut j = Journey::default();
    j.insert(
        Mentor {
            id: mentor_id,
            ..mentor
        }
        .into(),
    );
    j.insert(
        Meeting {
            id: meeting_id,
            ..meeting
        }
        .into(),
    );
    j.insert(
        Goal {
            id: goal_id,
            ..goal
        }
        .into(),
    );
    j.insert(
        Milestone {
            id: milestone_id,
            ..milestone
        }
        .into(),
    );
    j.insert(
        Review {
            id: review_id,
            ..review
        }
        .into(),
    );
    j.insert(
        ActionItem {
            id: action_id,
            ..action
        }
        .into(),
    );
    j.insert(
        Question {
            id: question_id,
            ..question
        }
        .into(),
    );
    for (id, a) in agenda_ids {
        j.insert(AgendaItem { id, ..a }.into());
    }
    j.put_answer("conversation.now", "Here — 今", stamp);
    j.private_answers.insert("conversation.now".into());
    j.markers.insert("worksheet.where.1".into(), Marker::Gap);
    j.settings.insert("mentee_name".into(), "Sam".into());
    j
}

/// Fails when a field of `record` (nested structs included) has its default value: a field
/// added to a record must be given a value in [`full_journey`] too.
fn assert_every_field_set<T: serde::Serialize + Default>(record: &T, what: &str) {
    fn walk(set: &serde_json::Value, default: &serde_json::Value, path: &str) {
        match (set, default) {
            (serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
                for (k, v) in a {
                    walk(v, &b[k], &format!("{path}.{k}"));
                }
            }
            _ => assert_ne!(set, default, "{path} has its default value"),
        }
    }
    let set = serde_json::to_value(record).unwrap();
    let default = serde_json::to_value(T::default()).unwrap();
    walk(&set, &default, what);
}

#[test]
fn every_column_of_every_table_round_trips() {
    let store = Store::open_in_memory().unwrap();
    let expected = full_journey(&store);
    assert_every_field_set(&expected.mentors[0], "mentor");
    assert_every_field_set(&expected.goals[0], "goal");
    assert_every_field_set(&expected.milestones[0], "milestone");
    assert_every_field_set(&expected.reviews[0], "review");
    assert_every_field_set(&expected.meetings[0], "meeting");
    assert_every_field_set(&expected.actions[0], "action");
    assert_every_field_set(&expected.questions[0], "question");
    assert_eq!(store.load().unwrap(), expected);
}

/// A value for `key` that differs from what [`full_journey`] set and from the default. The
/// matches are exhaustive, so a new field does not compile until it is given one here.
fn another_value(key: &FieldKey) -> Value {
    let text = |s: &str| Value::Text(s.into());
    let date = Value::Date(Some(day(2027, 5, 6)));
    let int = |n| Value::Int(Some(n));
    match key {
        FieldKey::Mentor(_, f) => match f {
            MentorField::Structure => Value::Choice(Some("formal")),
            MentorField::Cadence => Value::Choice(Some("quarterly")),
            MentorField::Channels => Value::Channels(vec![Channel::Chat, Channel::Email]),
            MentorField::StartDate | MentorField::ReviewDate => date,
            MentorField::Name
            | MentorField::ShortName
            | MentorField::Contact
            | MentorField::Venue
            | MentorField::DefineMine
            | MentorField::DefineTheirs
            | MentorField::WantMine
            | MentorField::WantTheirs
            | MentorField::ExpectMine
            | MentorField::ExpectTheirs
            | MentorField::Confidentiality => text("changed — 変更"),
        },
        FieldKey::Goal(_, f) => match f {
            GoalField::Title | GoalField::Why | GoalField::Evidence | GoalField::Competency => {
                text("changed")
            }
            GoalField::Mentor => Value::Int(None),
            GoalField::TargetDate => date,
            GoalField::Status => Value::Choice(Some("on_hold")),
            GoalField::Progress => int(77),
            GoalField::ProgressMode => Value::Choice(Some("milestones")),
            GoalField::Private => Value::Bool(false),
            GoalField::Position => int(9),
        },
        FieldKey::Milestone(_, f) => match f {
            MilestoneField::Text => text("changed"),
            MilestoneField::DueDate | MilestoneField::DoneOn => date,
            MilestoneField::Done => Value::Bool(false),
            MilestoneField::Position => int(8),
        },
        FieldKey::Review(_, f) => match f {
            ReviewField::Day => date,
            ReviewField::Progress => int(55),
            ReviewField::Note => text("changed"),
            ReviewField::Private => Value::Bool(false),
            ReviewField::Meeting => Value::Int(None),
        },
        FieldKey::Meeting(_, f) => match f {
            MeetingField::Mentor => Value::Int(None),
            MeetingField::StartsAt => Value::Instant(at(2027, 1, 2)),
            MeetingField::Mode => Value::Choice(Some("phone")),
            MeetingField::DurationMinutes => int(45),
            MeetingField::Place | MeetingField::Agenda | MeetingField::Notes => text("changed"),
            MeetingField::Reflection => text("changed"),
            MeetingField::Private
            | MeetingField::AgendaPrivate
            | MeetingField::NotesPrivate
            | MeetingField::ReflectionPrivate => Value::Bool(false),
        },
        FieldKey::Action(_, f) => match f {
            ActionField::Text => text("changed"),
            ActionField::Owner => Value::Choice(Some("me")),
            ActionField::DueDate | ActionField::DoneOn => date,
            ActionField::Done => Value::Bool(false),
            ActionField::Goal => Value::Int(None),
            ActionField::Position => int(7),
        },
        FieldKey::Question(_, f) => match f {
            QuestionField::Text => text("changed"),
            QuestionField::Private => Value::Bool(false),
            QuestionField::Meeting => Value::Int(None),
        },
        FieldKey::AgendaItem(_, f) => match f {
            // From the meeting's agenda to the mentor's pending one (one at a time).
            AgendaItemField::Meeting => Value::Int(None),
            AgendaItemField::Mentor => Value::Int(Some(1)),
            AgendaItemField::Position => int(11),
            AgendaItemField::Dropped | AgendaItemField::New | AgendaItemField::Discussed => {
                Value::Bool(false)
            }
        },
        FieldKey::Answer(_) => text("changed"),
        FieldKey::AnswerPrivate(_) => Value::Bool(false),
        FieldKey::Marker(_) => Value::Choice(Some("working_well")),
        FieldKey::Setting(_) => text("changed"),
    }
}

#[test]
fn every_field_of_every_record_updates_and_reloads() {
    use strum::IntoEnumIterator;
    let store = Store::open_in_memory().unwrap();
    let mut journey = full_journey(&store);
    let stamp = Clock::at_day(2026, 3, 1).stamp();
    let mut keys: Vec<FieldKey> = Vec::new();
    let (m, g) = (journey.mentors[0].id, journey.goals[0].id);
    keys.extend(MentorField::iter().map(|f| FieldKey::Mentor(m, f)));
    keys.extend(GoalField::iter().map(|f| FieldKey::Goal(g, f)));
    let id = journey.milestones[0].id;
    keys.extend(MilestoneField::iter().map(|f| FieldKey::Milestone(id, f)));
    let id = journey.reviews[0].id;
    keys.extend(ReviewField::iter().map(|f| FieldKey::Review(id, f)));
    let id = journey.meetings[0].id;
    keys.extend(MeetingField::iter().map(|f| FieldKey::Meeting(id, f)));
    let id = journey.actions[0].id;
    keys.extend(ActionField::iter().map(|f| FieldKey::Action(id, f)));
    let id = journey.questions[0].id;
    keys.extend(QuestionField::iter().map(|f| FieldKey::Question(id, f)));
    let id = journey.agenda_items[0].id;
    keys.extend(AgendaItemField::iter().map(|f| FieldKey::AgendaItem(id, f)));
    keys.extend([
        FieldKey::Answer("conversation.now".into()),
        FieldKey::AnswerPrivate("conversation.now".into()),
        FieldKey::Marker("worksheet.where.1".into()),
        FieldKey::Setting("mentee_name".into()),
    ]);
    for key in keys {
        let value = another_value(&key);
        assert_ne!(journey.get(&key), value, "{key:?} must change");
        store.update(&key, &value, stamp).unwrap();
        journey.apply(&key, value.clone(), stamp);
        assert_eq!(journey.get(&key), value, "{key:?} in memory");
        assert_eq!(
            store.load().unwrap(),
            journey,
            "{key:?} stored and reloaded"
        );
    }
}

#[test]
fn round_trip_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.db");
    let expected = {
        let store = Store::open(&path).unwrap();
        full_journey(&store)
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(store.load().unwrap(), expected);
}

#[test]
fn field_updates_persist_and_match_memory() {
    let store = Store::open_in_memory().unwrap();
    let mut journey = full_journey(&store);
    let id = journey.mentors[0].id;
    let stamp = Clock::at_day(2026, 3, 1).stamp();
    let edits = [
        (MentorField::Name, Value::Text("Ana M. Lima".into())),
        (MentorField::Structure, Value::Choice(Some("formal"))),
        (MentorField::Cadence, Value::Choice(None)),
        (MentorField::Channels, Value::Channels(vec![Channel::Chat])),
        (MentorField::ReviewDate, Value::Date(None)),
        (MentorField::StartDate, Value::Date(Some(day(2026, 2, 2)))),
        (MentorField::ExpectTheirs, Value::Text("多くの準備".into())),
    ];
    for (f, v) in edits {
        let key = FieldKey::Mentor(id, f);
        store.update(&key, &v, stamp).unwrap();
        journey.apply(&key, v, stamp);
    }
    assert_eq!(store.load().unwrap(), journey);
}

#[test]
fn answers_are_versioned_by_day() {
    let store = Store::open_in_memory().unwrap();
    let key = FieldKey::Answer("conversation.now".into());
    let mut clock = Clock::at_day(2026, 1, 1);
    store
        .update(&key, &Value::Text("a".into()), clock.stamp())
        .unwrap();
    store
        .update(&key, &Value::Text("b".into()), clock.stamp())
        .unwrap();
    clock.set(clock.now() + chrono::Duration::days(3));
    store
        .update(&key, &Value::Text("c".into()), clock.stamp())
        .unwrap();
    let j = store.load().unwrap();
    let texts: Vec<&str> = j.answers["conversation.now"]
        .iter()
        .map(|v| v.text.as_str())
        .collect();
    assert_eq!(texts, ["b", "c"]);
}

#[test]
fn deleting_follows_the_same_rules_in_store_and_memory() {
    for (record, pick) in [
        (Record::Mentor, 0usize),
        (Record::Goal, 1),
        (Record::Meeting, 2),
        (Record::Milestone, 3),
        (Record::Review, 4),
        (Record::Action, 5),
        (Record::Question, 6),
    ] {
        let store = Store::open_in_memory().unwrap();
        let mut j = full_journey(&store);
        let id = match pick {
            0 => j.mentors[0].id,
            1 => j.goals[0].id,
            2 => j.meetings[0].id,
            3 => j.milestones[0].id,
            4 => j.reviews[0].id,
            5 => j.actions[0].id,
            _ => j.questions[0].id,
        };
        store.delete(record, id).unwrap();
        j.remove(record, id);
        assert_eq!(store.load().unwrap(), j, "after deleting {record:?}");
    }
}

#[test]
fn new_file_is_created_owner_only_at_the_latest_version() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    let store = Store::open(&path).unwrap();
    assert!(store.load().unwrap().is_empty());
    drop(store);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn migrating_an_existing_file_keeps_a_backup_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let store = Store::open(&path).unwrap();
        full_journey(&store);
    }
    let mut steps = mentee::store::MIGRATIONS.to_vec();
    steps.push(Migration {
        version: SCHEMA_VERSION + 1,
        sql: "ALTER TABLE goal ADD COLUMN colour TEXT;",
    });
    let store = Store::open_with(&path, &steps).unwrap();
    assert_eq!(store.load().unwrap().goals.len(), 1);
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!("old.db.v{SCHEMA_VERSION}-")) && n.ends_with(".bak"))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    // The backup is the old version, with the data.
    let bak = rusqlite::Connection::open(dir.path().join(&backups[0])).unwrap();
    let v: i64 = bak
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    let n: i64 = bak
        .query_row("SELECT count(*) FROM goal", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn a_failing_migration_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let store = Store::open(&path).unwrap();
        full_journey(&store);
    }
    let mut steps = mentee::store::MIGRATIONS.to_vec();
    steps.push(Migration {
        version: SCHEMA_VERSION + 1,
        sql: "CREATE TABLE extra (x); THIS IS NOT SQL;",
    });
    assert!(Store::open_with(&path, &steps).is_err());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    let extra: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'extra'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(extra, 0);
}

fn hash(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_newer_schema_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        // A newer mentee marks its files as mentee's, as every mentee does.
        conn.execute_batch(
            "CREATE TABLE t (x); PRAGMA user_version = 99; PRAGMA application_id = 1296979013;",
        )
        .unwrap();
    }
    let before = hash(&path);
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, OpenError::Newer { found: 99, .. }), "{err}");
    let msg = err.to_string();
    assert!(
        msg.contains("99") && msg.contains(&SCHEMA_VERSION.to_string()),
        "{msg}"
    );
    assert_eq!(hash(&path), before);
}

#[test]
fn not_sqlite_corrupt_and_foreign_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // Not SQLite at all.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "just some notes\n".repeat(100)).unwrap();
    let before = hash(&text);
    let err = Store::open(&text).err().expect("refused");
    assert!(matches!(err, OpenError::NotSqlite(_)), "{err}");
    assert_eq!(hash(&text), before);

    // A mentee file with garbage over its pages.
    let bad = dir.path().join("bad.db");
    {
        let store = Store::open(&bad).unwrap();
        full_journey(&store);
        store.integrity_check().unwrap();
    }
    {
        // Fold the WAL in so the damage below hits real pages.
        let c = rusqlite::Connection::open(&bad).unwrap();
        c.pragma_update(None, "journal_mode", "delete").unwrap();
    }
    let mut bytes = std::fs::read(&bad).unwrap();
    let len = bytes.len();
    for b in &mut bytes[4096..len] {
        *b = 0x5A;
    }
    std::fs::write(&bad, &bytes).unwrap();
    // As the app opens it: reading the journey is what checks a cleanly closed file.
    let err = Store::open_and_load(&bad).err().expect("refused");
    assert!(
        matches!(err, OpenError::Corrupt(..) | OpenError::NotSqlite(_)),
        "{err}"
    );
    assert_eq!(hash(&bad), bytes);

    // Somebody else's SQLite database.
    let other = dir.path().join("other.sqlite");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');")
            .unwrap();
    }
    let before = hash(&other);
    let err = Store::open(&other).err().expect("refused");
    assert!(matches!(err, OpenError::NotMentee(_)), "{err}");
    assert_eq!(hash(&other), before);
}

#[test]
fn a_second_open_of_the_same_file_is_refused_while_the_first_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("busy.db");
    let first = Store::open(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, OpenError::InUse(_)), "{err}");
    assert!(err.to_string().contains("another mentee"));
    drop(first);
    assert!(Store::open(&path).is_ok());
}

#[test]
fn a_file_locked_by_another_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.db");
    drop(Store::open(&path).unwrap());
    // In WAL mode readers are never blocked; a rollback-journal lock blocks everyone.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.pragma_update(None, "journal_mode", "delete").unwrap();
    other
        .execute_batch("BEGIN EXCLUSIVE; INSERT INTO setting VALUES ('a', 'b');")
        .unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, OpenError::Locked(_)), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let err = Store::open(std::path::Path::new("/nonexistent-dir-xyz/j.db"))
        .err()
        .expect("refused");
    assert!(matches!(err, OpenError::NoFolder(_)), "{err}");
}

/// Permission checks cannot fail for root, so these run only as a normal user.
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(true)
}

#[test]
fn read_only_and_unreadable_files_are_refused_untouched() {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        eprintln!("skipped: permission checks do not apply to root");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.db");
    drop(Store::open(&path).unwrap());
    let before = hash(&path);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, OpenError::ReadOnly(_)), "{err}");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, OpenError::Unreadable(..)), "{err}");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(hash(&path), before);
    // A read-only folder: SQLite could not create its journal beside the file.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o500)).unwrap();
    let err = Store::open(&path).err().expect("refused");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(matches!(err, OpenError::ReadOnly(_)), "{err}");
    assert_eq!(hash(&path), before);
}
