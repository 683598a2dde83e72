//! What the review writes, through `Ctx`'s write path like every other screen: one review
//! per goal per session, tied to today's meeting with the mentor (added with the first thing
//! recorded when there is none, in the same transaction), and action items in that meeting.

use chrono::{Duration, Timelike};

use super::ReviewPane;
use super::composer::NewAction;
use crate::ctx::Ctx;
use crate::domain::goals::{effective_progress, review_draft};
use crate::domain::meetings::{meeting_draft, todays_meeting};
use crate::domain::{
    ActionItem, Draft, FieldKey, GoalField, Id, Meeting, MilestoneField, ProgressMode, Review,
    ReviewField, Value,
};
use crate::editor::TextKind;
use crate::view::View;

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

/// The meeting what the review records belongs to.
enum Today {
    Held(Id),
    /// None today yet: this one is added with the first record.
    ToAdd(Meeting),
}

impl ReviewPane {
    /// Today's meeting with the mentor, or the meeting to add now when there is none. A
    /// private meeting does not count: what is recorded here must show on the shared screen.
    fn todays_meeting(&self, view: &View) -> Today {
        if let Some(m) = todays_meeting(view.journey, view.clock, self.mentor) {
            return Today::Held(m.id);
        }
        let now = view.clock.now();
        let start = now - Duration::seconds(i64::from(now.second()));
        Today::ToAdd(meeting_draft(view.journey, self.mentor, start, now))
    }

    /// Adds `record` tied to today's meeting, adding the meeting first when there is none
    /// (one transaction). Returns the record's id.
    fn add_with_meeting(
        &mut self,
        failed: &str,
        ctx: &mut Ctx,
        record: impl FnOnce(Id) -> Draft,
    ) -> Option<Id> {
        let meeting = self.todays_meeting(&ctx.view());
        let new_meeting = matches!(meeting, Today::ToAdd(_));
        let (meeting, id) = ctx.write(failed, |w| {
            let meeting = match meeting {
                Today::Held(id) => id,
                Today::ToAdd(draft) => w.insert(draft)?,
            };
            Ok((meeting, w.insert(record(meeting))?))
        })?;
        if new_meeting {
            self.session.meetings.push(meeting);
        }
        Some(id)
    }

    /// This session's review of a goal, recorded now (at the goal's progress) if there is
    /// none yet.
    fn ensure_review(&mut self, goal: Id, ctx: &mut Ctx) -> Option<Id> {
        if let Some(id) = self.session.reviews.get(&goal)
            && ctx.journey().review(*id).is_some()
        {
            return Some(*id);
        }
        self.remember_progress(goal, &ctx.view());
        let draft = review_draft(ctx.journey(), &ctx.clock, goal);
        let id = self.add_with_meeting("Review not added", ctx, |meeting| {
            Review {
                meeting_id: Some(meeting),
                ..draft
            }
            .into()
        })?;
        self.session.reviews.insert(goal, id);
        self.session.touch(goal);
        Some(id)
    }

    fn remember_progress(&mut self, goal: Id, view: &View) {
        if let Some(g) = view.journey.goal(goal) {
            let p = effective_progress(view.journey, g);
            self.session.progress_before.entry(goal).or_insert(p);
        }
    }

    /// Sets a hand-set goal's progress through this session's review of it.
    pub(super) fn set_progress(&mut self, goal: Id, p: u8, ctx: &mut Ctx) {
        self.remember_progress(goal, &ctx.view());
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
        if ctx.journey().get(&key) != value {
            ctx.commit(&key, value);
        }
    }

    pub(super) fn nudge_progress(&mut self, goal: Id, up: bool, ctx: &mut Ctx) {
        let Some(now) = ctx.journey().goal(goal).map(|g| g.progress) else {
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
        self.remember_progress(goal, &ctx.view());
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
        let Some(m) = ctx.journey().milestone(milestone) else {
            return;
        };
        let (goal, done) = (m.goal_id, m.done);
        self.remember_progress(goal, &ctx.view());
        let key = FieldKey::Milestone(milestone, MilestoneField::Done);
        if !ctx.commit(&key, Value::Bool(!done)) {
            return;
        }
        if !self.session.milestones.contains(&milestone) {
            self.session.milestones.push(milestone);
        }
        self.session.touch(goal);
        let derived = ctx
            .journey()
            .goal(goal)
            .filter(|g| g.progress_mode == ProgressMode::Milestones)
            .map(|g| effective_progress(ctx.journey(), g));
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
    pub(super) fn add_action(&mut self, goal: Id, item: NewAction, ctx: &mut Ctx) -> bool {
        let added = self.add_with_meeting("Action item not added", ctx, |meeting| {
            ActionItem {
                meeting_id: Some(meeting),
                text: item.text,
                owner: item.owner,
                due_date: item.due,
                goal_id: Some(goal),
                ..ActionItem::default()
            }
            .into()
        });
        let Some(id) = added else {
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
