//! Importing into a database that already holds a journey: refused without --merge;
//! merging adds only what is missing, with remapped references.

use crate::common::journeys::{export, exported_at, import_text, other, rich, stamp, store_with};
use mentee::domain::{FieldKey, Goal, Journey, Marker, Milestone, Value};
use mentee::export::json::Document;
use mentee::import::Counts;
use mentee::store::Store;

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
        agenda_items: 0,
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
        position: 1,
        ..Milestone::default()
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
