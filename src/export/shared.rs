//! What may leave the mentee's hands in a `--shared-only` export: everything except what is
//! marked private, with the same cascades as deleting (a private goal takes its milestones and
//! reviews with it; a private meeting takes its action items, and reviews and questions tied
//! to it stay but no longer point at it).

use std::collections::HashSet;

use crate::domain::{Journey, Record};

/// The journey without anything marked private: private goals (with their milestones and
/// reviews), private reviews, private questions, private answers, private meetings (with
/// their action items), and the private sections of the remaining meetings (emptied; their
/// flags stay set, so a reader can tell a section was withheld).
#[must_use]
pub fn shared_only(journey: &Journey) -> Journey {
    let mut j = journey.clone();
    let private_goals: HashSet<_> = j.goals.iter().filter(|g| g.private).map(|g| g.id).collect();
    j.remove_all(Record::Goal, &private_goals);
    let private_meetings: HashSet<_> = j
        .meetings
        .iter()
        .filter(|m| m.private)
        .map(|m| m.id)
        .collect();
    j.remove_all(Record::Meeting, &private_meetings);
    j.reviews.retain(|r| !r.private);
    j.questions.retain(|q| !q.private);
    for m in &mut j.meetings {
        if m.agenda_private {
            m.agenda.clear();
        }
        if m.notes_private {
            m.notes.clear();
        }
        if m.reflection_private {
            m.reflection.clear();
        }
    }
    let private = std::mem::take(&mut j.private_answers);
    j.answers.retain(|key, _| !private.contains(key));
    j
}
