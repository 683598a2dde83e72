//! What the review writes, always through the same paths as the tabs (`tabs::goals`'
//! `record_review`, the journal's `add_meeting` / `add_action`, `Ctx::commit`): one review
//! per goal per session, tied to today's meeting with the mentor, and action items in that
//! meeting.

use chrono::{Duration, Timelike};

use super::ReviewPane;
use crate::ctx::Ctx;
use crate::domain::goals::effective_progress;
use crate::domain::meetings::todays_meeting;
use crate::domain::{
    FieldKey, GoalField, Id, MilestoneField, Owner, ProgressMode, ReviewField, Value,
};
use crate::tabs::goals::{record_review, review_draft};
use crate::tabs::journal::{action_draft, add_action, add_meeting, meeting_draft};
use crate::ui::editor::TextKind;

/// One press of `+` or `-`: to the next multiple of this many percent.
const STEP: u8 = 5;

/// The next step up or down from `p`: 42 → 45 or 40; 45 → 50 or 40.
#[must_use]
pub fn stepped(p: u8, up: bool) -> u8 {
    let p = p.min(100);
    if up {
        (p / STEP + 1).saturating_mul(STEP).min(100)
    } else {
        p.div_ceil(STEP).saturating_sub(1).saturating_mul(STEP)
    }
}

impl ReviewPane {
    /// Today's meeting with the mentor, added now when there is none. A private meeting
    /// does not count: what is recorded here must show on the shared screen.
    pub(super) fn meeting_for_records(&mut self, ctx: &mut Ctx) -> Option<Id> {
        if let Some(m) = todays_meeting(&ctx.journey, &ctx.clock, self.mentor, false) {
            return Some(m.id);
        }
        let now = ctx.clock.now();
        let start = now - Duration::seconds(i64::from(now.second()));
        let draft = meeting_draft(ctx, self.mentor, start);
        let id = add_meeting(ctx, draft)?;
        self.session.meetings.push(id);
        Some(id)
    }

    /// This session's review of a goal, recorded now (at the goal's progress) if there is
    /// none yet.
    fn ensure_review(&mut self, goal: Id, ctx: &mut Ctx) -> Option<Id> {
        if let Some(id) = self.session.reviews.get(&goal)
            && ctx.journey.review(*id).is_some()
        {
            return Some(*id);
        }
        let meeting = self.meeting_for_records(ctx)?;
        self.remember_progress(goal, ctx);
        let draft = crate::domain::Review {
            meeting_id: Some(meeting),
            ..review_draft(ctx, goal)
        };
        let id = record_review(ctx, draft)?;
        self.session.reviews.insert(goal, id);
        self.session.touch(goal);
        Some(id)
    }

    fn remember_progress(&mut self, goal: Id, ctx: &Ctx) {
        if let Some(g) = ctx.journey.goal(goal) {
            let p = effective_progress(&ctx.journey, g);
            self.session.progress_before.entry(goal).or_insert(p);
        }
    }

    /// Sets a hand-set goal's progress through this session's review of it.
    pub(super) fn set_progress(&mut self, goal: Id, p: u8, ctx: &mut Ctx) {
        self.remember_progress(goal, ctx);
        let Some(review) = self.ensure_review(goal, ctx) else {
            return;
        };
        let value = Value::Int(Some(i64::from(p)));
        if !ctx.commit(
            &FieldKey::Review(review, ReviewField::Progress),
            value.clone(),
        ) {
            return;
        }
        // A review dated later than today would keep the goal's progress; set it anyway.
        let key = FieldKey::Goal(goal, GoalField::Progress);
        if ctx.journey.get(&key) != value {
            ctx.commit(&key, value);
        }
    }

    pub(super) fn nudge_progress(&mut self, goal: Id, up: bool, ctx: &mut Ctx) {
        let Some(now) = ctx.journey.goal(goal).map(|g| g.progress) else {
            return;
        };
        let next = stepped(now, up);
        if next == now {
            ctx.info(if up {
                "Progress is at 100% already"
            } else {
                "Progress is at 0% already"
            });
            return;
        }
        self.set_progress(goal, next, ctx);
    }

    pub(super) fn type_progress(&mut self, goal: Id, ctx: &mut Ctx) {
        self.remember_progress(goal, ctx);
        if let Some(review) = self.ensure_review(goal, ctx) {
            ctx.begin_edit(
                FieldKey::Review(review, ReviewField::Progress),
                TextKind::Number { min: 0, max: 100 },
                "Progress",
                "0–100",
            );
        }
    }

    pub(super) fn write_note(&mut self, goal: Id, ctx: &mut Ctx) {
        if let Some(review) = self.ensure_review(goal, ctx) {
            ctx.begin_edit(
                FieldKey::Review(review, ReviewField::Note),
                TextKind::Text,
                "Note",
                "How am I doing? What went well, what is hard",
            );
        }
    }

    /// Ticks a milestone done or open again. With progress from milestones, this
    /// session's review records the progress that follows.
    pub(super) fn tick(&mut self, milestone: Id, ctx: &mut Ctx) {
        let Some(m) = ctx.journey.milestone(milestone) else {
            return;
        };
        let (goal, done) = (m.goal_id, m.done);
        self.remember_progress(goal, ctx);
        let key = FieldKey::Milestone(milestone, MilestoneField::Done);
        if !ctx.commit(&key, Value::Bool(!done)) {
            return;
        }
        if !self.session.milestones.contains(&milestone) {
            self.session.milestones.push(milestone);
        }
        self.session.touch(goal);
        let derived = ctx
            .journey
            .goal(goal)
            .filter(|g| g.progress_mode == ProgressMode::Milestones)
            .map(|g| effective_progress(&ctx.journey, g));
        if let Some(p) = derived
            && let Some(review) = self.ensure_review(goal, ctx)
        {
            ctx.commit(
                &FieldKey::Review(review, ReviewField::Progress),
                Value::Int(Some(i64::from(p))),
            );
        }
    }

    /// Adds an action item for a goal to today's meeting. Returns whether it was stored.
    pub(super) fn add_action(&mut self, goal: Id, text: &str, owner: Owner, ctx: &mut Ctx) -> bool {
        let Some(meeting) = self.meeting_for_records(ctx) else {
            return false;
        };
        let draft = crate::domain::ActionItem {
            text: text.to_string(),
            owner,
            goal_id: Some(goal),
            ..action_draft(ctx, meeting)
        };
        let Some(id) = add_action(ctx, draft) else {
            return false;
        };
        self.session.actions.push(id);
        self.session.touch(goal);
        ctx.info("Action item added to today's meeting");
        true
    }
}

#[cfg(test)]
mod tests {
    use super::stepped;

    #[test]
    fn progress_steps_to_the_next_multiple_of_five() {
        assert_eq!(stepped(42, true), 45);
        assert_eq!(stepped(42, false), 40);
        assert_eq!(stepped(45, true), 50);
        assert_eq!(stepped(45, false), 40);
        assert_eq!(stepped(0, false), 0);
        assert_eq!(stepped(100, true), 100);
        assert_eq!(stepped(98, true), 100);
        assert_eq!(stepped(3, false), 0);
    }
}
