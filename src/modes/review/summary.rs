//! What a session recorded, gathered once from the journey the shared screen shows: the
//! wrap-up draws it and `E` writes it as Markdown for the mentor
//! ([`summary_markdown`](crate::export::summary::summary_markdown)), so the two say the same.

use super::ReviewPane;
use crate::domain::goals::GoalFacts;
use crate::domain::{Id, Journey, Meeting, Milestone, Owner};
use crate::export::summary::{ActionSummary, GoalSummary, Summary};
use crate::view::View;

impl ReviewPane {
    /// The meeting this session recorded into (none when nothing was recorded).
    pub(super) fn recorded_meeting<'a>(&self, j: &'a Journey) -> Option<&'a Meeting> {
        self.session.held.and_then(|id| j.meeting(id))
    }

    /// The meeting's agenda items ticked as discussed, as one line each (ticked in the
    /// agenda step at the start of the review).
    pub(super) fn discussed(&self, view: &View) -> Vec<String> {
        self.agenda.discussed(view)
    }

    /// What this session recorded, as the wrap-up shows it and the summary writes it.
    #[must_use]
    pub fn summary(&self, view: &View) -> Summary {
        let j = view.journey;
        let s = &self.session;
        let discussed = self.discussed(view);
        // Items ticked in an earlier session of the same meeting name it too.
        let meeting = self.recorded_meeting(j).or_else(|| {
            self.agenda
                .choice()
                .and_then(|c| c.meeting_id)
                .filter(|_| !discussed.is_empty())
                .and_then(|id| j.meeting(id))
        });
        let mentor_id = meeting.map_or(self.mentor, |m| m.mentor_id);
        let mentor = mentor_id.and_then(|id| j.mentor(id));
        // The goals' progress from one pass over the milestones; the milestones touched, by
        // id, rather than a pass over all milestones per goal.
        let facts = GoalFacts::of(j, s.goals.iter().copied());
        let mut touched: Vec<Id> = s.milestones.clone();
        touched.sort_unstable();
        touched.dedup();
        let touched: Vec<&Milestone> = touched.iter().filter_map(|id| j.milestone(*id)).collect();
        let texts = |goal: Id, done: bool| -> Vec<String> {
            touched
                .iter()
                .filter(|m| m.goal_id == goal && m.done == done)
                .map(|m| m.text.trim().to_string())
                .collect()
        };
        let goals = s
            .goals
            .iter()
            .filter_map(|id| j.goal(*id))
            .map(|g| GoalSummary {
                title: g.title.trim().to_string(),
                progress: s
                    .progress_before
                    .get(&g.id)
                    .map(|before| (*before, facts.progress(g))),
                note: s
                    .reviews
                    .get(&g.id)
                    .and_then(|id| j.review(*id))
                    .map(|r| r.note.trim().to_string())
                    .unwrap_or_default(),
                ticked: texts(g.id, true),
                reopened: texts(g.id, false),
            })
            // A goal only given an action item is named with the item.
            .filter(|g| {
                g.progress.is_some()
                    || !g.note.is_empty()
                    || !g.ticked.is_empty()
                    || !g.reopened.is_empty()
            })
            .collect();
        let actions = s
            .actions
            .iter()
            .filter_map(|id| j.action(*id))
            .map(|a| ActionSummary {
                text: a.text.trim().to_string(),
                owner: match (a.owner, mentor) {
                    (Owner::Me, _) => "me".to_string(),
                    (Owner::Mentor, Some(m)) => m.display_name(),
                    (Owner::Mentor, None) => "mentor".to_string(),
                },
                due: a.due_date,
                goal: a
                    .goal_id
                    .and_then(|id| j.goal(id))
                    .map(|g| g.title.trim().to_string()),
            })
            .collect();
        Summary {
            mentor: mentor.map(crate::domain::Mentor::display_name),
            meeting: meeting.map(|m| view.clock.local(m.starts_at)),
            day: view.clock.today(),
            goals,
            actions,
            discussed,
        }
    }
}
