//! The forms of the Goals tab: a goal, a milestone, a review. Built fresh from the records
//! each time, like every form (see `ui::form`).

use crate::domain::{
    FieldKey, Goal, GoalField as G, GoalStatus, Id, Milestone, MilestoneField as M, ProgressMode,
    Review, ReviewField as R,
};
use crate::editor::TextKind;
use crate::ui::form::FieldSpec;
use crate::view::View;

const PERCENT: TextKind = TextKind::Number { min: 0, max: 100 };

/// The fields of a goal. "Percent" is there only while progress is set by hand; derived
/// progress is shown in the goal's header instead.
#[must_use]
pub fn goal_fields(g: &Goal, view: &View) -> Vec<FieldSpec> {
    let k = |f| FieldKey::Goal(g.id, f);
    let mut mentors = vec![(None, "none".to_string())];
    mentors.extend(
        view.journey
            .mentors
            .iter()
            .map(|m| (Some(m.id), m.display_name())),
    );
    let mut out = vec![
        FieldSpec::line(k(G::Title), "Title").hint("what you will achieve"),
        FieldSpec::text(k(G::Why), "Why").hint("why it matters to you"),
        FieldSpec::text(k(G::Evidence), "Evidence")
            .hint("tangible evidence of success: how you will know"),
        FieldSpec::line(k(G::Competency), "Skill area").hint("the competency or skill it builds"),
        FieldSpec::pick(k(G::Mentor), "Mentor", mentors),
        FieldSpec::date(k(G::TargetDate), "Target"),
        FieldSpec::choice::<GoalStatus>(k(G::Status), "Status", false),
        FieldSpec::choice::<ProgressMode>(k(G::ProgressMode), "Progress", false),
    ];
    if g.progress_mode == ProgressMode::Manual {
        out.push(FieldSpec::typed(k(G::Progress), "Percent", PERCENT).hint("0–100"));
    }
    out.push(FieldSpec::flag(k(G::Private), "Private"));
    out
}

/// The fields of a milestone; the day it was done shows once it is ticked.
#[must_use]
pub fn milestone_fields(m: &Milestone) -> Vec<FieldSpec> {
    let k = |f| FieldKey::Milestone(m.id, f);
    let mut out = vec![
        FieldSpec::line(k(M::Text), "Step").hint("a concrete step toward the goal"),
        FieldSpec::date(k(M::DueDate), "Due"),
        FieldSpec::flag(k(M::Done), "Done"),
    ];
    if m.done {
        out.push(FieldSpec::typed(k(M::DoneOn), "Done on", TextKind::Date));
    }
    out
}

/// The fields of a review. Its progress is typed only while the goal's progress is set by
/// hand; with milestone progress the review keeps the value recorded when it was added.
#[must_use]
pub fn review_fields(r: &Review, goal: Option<&Goal>, view: &View) -> Vec<FieldSpec> {
    let k = |f| FieldKey::Review(r.id, f);
    let mut out = Vec::new();
    if goal.is_some_and(|g| g.progress_mode == ProgressMode::Manual) {
        out.push(
            FieldSpec::typed(k(R::Progress), "Progress", PERCENT)
                .hint("0–100; sets the goal's progress"),
        );
    }
    out.extend([
        FieldSpec::text(k(R::Note), "Note").hint("How am I doing? What went well, what is hard"),
        FieldSpec::typed(k(R::Day), "Day", TextKind::RequiredDate).hint("YYYY-MM-DD, today"),
        FieldSpec::pick(k(R::Meeting), "Meeting", meeting_options(view)),
        FieldSpec::flag(k(R::Private), "Private"),
    ]);
    out
}

/// Index of the note field in [`review_fields`].
#[must_use]
pub fn review_note_index(goal: Option<&Goal>) -> usize {
    usize::from(goal.is_some_and(|g| g.progress_mode == ProgressMode::Manual))
}

/// Meetings to tie a review to, most recent first: "2026-11-20 · Ana Lima" (those the view
/// holds: on the shared screen, the shared ones).
#[must_use]
pub fn meeting_options(view: &View) -> Vec<(Option<Id>, String)> {
    let mut meetings: Vec<_> = view.journey.meetings.iter().collect();
    meetings.sort_by_key(|m| std::cmp::Reverse((m.starts_at, m.id)));
    let mut out = vec![(None, "none".to_string())];
    out.extend(meetings.into_iter().map(|m| {
        let day = view.clock.local(m.starts_at).format("%Y-%m-%d").to_string();
        let who = m
            .mentor_id
            .and_then(|id| view.journey.mentor(id))
            .map_or_else(
                || "no mentor".to_string(),
                crate::domain::Mentor::display_name,
            );
        (Some(m.id), format!("{day} · {who}"))
    }));
    out
}
