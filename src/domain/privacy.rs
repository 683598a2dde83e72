//! What may be seen on a shared screen or leave the mentee's hands in a shared-only export:
//! the journey without anything marked private, and without any trace of it.
//!
//! The shared screen draws from this projection (`Ctx::journey` while shared) and the
//! `--shared-only` exports write it, so what a mentor may see is decided once, here.

use std::collections::HashSet;

use super::choice::OriginKind;
use super::field::Record;
use super::journey::Journey;
use super::records::Topic;

impl Journey {
    /// The journey as a mentor may see it: as if every private record had been deleted, with
    /// the same cascades (a private goal takes its milestones and reviews with it; a private
    /// meeting its action items, and reviews tied to it stay but no longer point at it),
    /// and without anything that would hint at what was left out:
    /// - private goals, reviews, questions, answers and meetings are gone, and so are the
    ///   questions raised at a private meeting (they are not waiting for the next one);
    /// - agenda items go with what they are about (and an item about a private answer or a
    ///   private reflection goes too);
    /// - a private section of a meeting (agenda, notes, reflection) is empty and no longer
    ///   marked private, so an empty section looks like one never written;
    /// - a goal made from a private answer, or from a worksheet stem with a private entry,
    ///   has no origin.
    #[must_use]
    pub fn shared_only(&self) -> Journey {
        let mut j = self.clone();
        let private_goals: HashSet<_> =
            j.goals.iter().filter(|g| g.private).map(|g| g.id).collect();
        j.remove_all(Record::Goal, &private_goals);
        let private_meetings: HashSet<_> = j
            .meetings
            .iter()
            .filter(|m| m.private)
            .map(|m| m.id)
            .collect();
        let hidden_questions: HashSet<_> = j
            .questions
            .iter()
            .filter(|q| {
                q.private
                    || q.meeting_id
                        .is_some_and(|id| private_meetings.contains(&id))
            })
            .map(|q| q.id)
            .collect();
        j.remove_all(Record::Question, &hidden_questions);
        j.remove_all(Record::Meeting, &private_meetings);
        j.reviews.retain(|r| !r.private);
        for m in &mut j.meetings {
            for (text, private) in [
                (&mut m.agenda, &mut m.agenda_private),
                (&mut m.notes, &mut m.notes_private),
                (&mut m.reflection, &mut m.reflection_private),
            ] {
                if *private {
                    text.clear();
                    *private = false;
                }
            }
        }
        // Agenda items about a private answer, or about a reflection kept private.
        let private_reflections: HashSet<_> = self
            .meetings
            .iter()
            .filter(|m| m.reflection_private)
            .map(|m| m.id)
            .collect();
        j.agenda_items.retain(|a| match &a.topic {
            Topic::Answer(key) => !j.private_answers.contains(key),
            Topic::Reflection(id) => !private_reflections.contains(id),
            _ => true,
        });
        let private = std::mem::take(&mut j.private_answers);
        for g in &mut j.goals {
            let hidden_source = g.origin.as_ref().is_some_and(|o| match o.kind {
                OriginKind::Conversation => private.contains(&o.key),
                OriginKind::Worksheet => ["ideal", "reality", "gap"]
                    .iter()
                    .any(|part| private.contains(&format!("{}.{part}", o.key))),
            });
            if hidden_source {
                g.origin = None;
            }
        }
        j.answers.retain(|key, _| !private.contains(key));
        j
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Goal, Meeting, Origin, Question, Review};

    #[test]
    fn nothing_private_and_no_trace_of_it() {
        let clock = Clock::at_day(2026, 11, 22);
        let mut j = Journey::default();
        let meeting = |id, private| Meeting {
            id,
            private,
            notes: "notes".into(),
            notes_private: true,
            agenda: "agenda".into(),
            ..Meeting::default()
        };
        j.meetings = vec![meeting(1, false), meeting(2, true)].into();
        j.questions = vec![
            Question {
                id: 1,
                meeting_id: Some(2),
                ..Question::default()
            },
            Question {
                id: 2,
                meeting_id: Some(1),
                ..Question::default()
            },
        ]
        .into();
        j.reviews = vec![Review {
            id: 1,
            goal_id: 1,
            meeting_id: Some(2),
            ..Review::default()
        }]
        .into();
        let origin = |kind, key: &str| {
            Some(Origin {
                kind,
                key: key.into(),
            })
        };
        j.goals = vec![
            Goal {
                id: 1,
                origin: origin(OriginKind::Worksheet, "worksheet.and.4"),
                ..Goal::default()
            },
            Goal {
                id: 2,
                origin: origin(OriginKind::Conversation, "conversation.now"),
                ..Goal::default()
            },
            Goal {
                id: 3,
                origin: origin(OriginKind::Worksheet, "worksheet.and.5"),
                ..Goal::default()
            },
        ]
        .into();
        j.put_answer("worksheet.and.4.gap", "a private gap", clock.stamp());
        j.put_answer("conversation.now", "private now", clock.stamp());
        j.private_answers = ["worksheet.and.4.gap", "conversation.now"]
            .map(String::from)
            .into();
        let s = j.shared_only();
        assert_eq!(s.meetings.len(), 1);
        assert!(s.meetings[0].notes.is_empty() && !s.meetings[0].notes_private);
        assert_eq!(s.meetings[0].agenda, "agenda");
        assert_eq!(s.questions.iter().map(|q| q.id).collect::<Vec<_>>(), [2]);
        assert_eq!(s.reviews[0].meeting_id, None);
        assert_eq!(s.goals[0].origin, None);
        assert_eq!(s.goals[1].origin, None);
        assert!(s.goals[2].origin.is_some());
        assert!(s.answers.is_empty() && s.private_answers.is_empty());
        assert_eq!(
            s.shared_only(),
            s,
            "the projection of a projection is itself"
        );
    }
}
