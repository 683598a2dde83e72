//! Adding and reordering goals, milestones and reviews: store first, then the journey, with
//! whatever follows (a milestone-derived progress, a goal's progress set by its latest
//! review) in the same transaction. No rendering here, so Overview, the shared-screen review
//! and the agenda can call these too.

use crate::ctx::Ctx;
use crate::domain::goals::{
    consequences_of_new_milestone, effective_progress, last_review, milestones_of,
    next_goal_position, next_milestone_position, priority_order, swapped_positions,
};
use crate::domain::{
    FieldKey, Goal, GoalField, GoalStatus, Id, Milestone, MilestoneField, ProgressMode, Record,
    Review, Value,
};
use crate::store::write_error_message;

/// A new goal with the defaults: not started, progress from milestones, last in priority.
#[must_use]
pub fn goal_draft(ctx: &Ctx) -> Goal {
    Goal {
        id: 0,
        title: String::new(),
        why: String::new(),
        evidence: String::new(),
        competency: String::new(),
        mentor_id: None,
        target_date: None,
        status: GoalStatus::NotStarted,
        progress: 0,
        progress_mode: ProgressMode::Milestones,
        private: false,
        origin: None,
        position: next_goal_position(&ctx.journey),
        created_at: ctx.clock.now(),
    }
}

/// Stores a new goal (its `id` is ignored) and adds it to the journey.
pub fn add_goal(ctx: &mut Ctx, draft: Goal) -> Option<Id> {
    let goal = Goal { id: 0, ..draft };
    match ctx.store.insert_goal(&goal) {
        Ok(id) => {
            ctx.journey.goals.push(Goal { id, ..goal });
            Some(id)
        }
        Err(e) => {
            ctx.error(format!("Goal not added: {}", write_error_message(&e)));
            None
        }
    }
}

/// Adds an empty, not-done milestone at the end of a goal's milestones.
pub fn add_milestone(ctx: &mut Ctx, goal_id: Id) -> Option<Id> {
    let milestone = Milestone {
        id: 0,
        goal_id,
        text: String::new(),
        due_date: None,
        done: false,
        done_on: None,
        position: next_milestone_position(&ctx.journey, goal_id),
    };
    let follow = consequences_of_new_milestone(&ctx.journey, goal_id);
    let stamp = ctx.clock.stamp();
    let written = ctx.store.atomically(|s| {
        let id = s.insert_milestone(&milestone)?;
        for (k, v) in &follow {
            s.update(k, v, stamp)?;
        }
        Ok(id)
    });
    match written {
        Ok(id) => {
            ctx.journey.milestones.push(Milestone { id, ..milestone });
            for (k, v) in follow {
                ctx.journey.apply(&k, v, stamp);
            }
            Some(id)
        }
        Err(e) => {
            ctx.error(format!("Milestone not added: {}", write_error_message(&e)));
            None
        }
    }
}

/// A review of a goal dated today, at the goal's current progress, tied to a meeting held
/// today if there is one.
#[must_use]
pub fn review_draft(ctx: &Ctx, goal_id: Id) -> Review {
    let today = ctx.clock.today();
    let progress = ctx
        .journey
        .goal(goal_id)
        .map_or(0, |g| effective_progress(&ctx.journey, g));
    let meeting_id = ctx
        .journey
        .meetings
        .iter()
        .filter(|m| ctx.clock.local(m.starts_at).date() == today)
        .max_by_key(|m| (m.starts_at, m.id))
        .map(|m| m.id);
    Review {
        id: 0,
        goal_id,
        day: today,
        progress,
        note: String::new(),
        private: false,
        meeting_id,
        created_at: ctx.clock.now(),
    }
}

/// Stores a review. When the goal's progress is set by hand and this is now its latest
/// review, the goal takes the review's progress; a milestone-derived progress is left to the
/// milestones (the review keeps the value it records).
pub fn record_review(ctx: &mut Ctx, draft: Review) -> Option<Id> {
    let review = Review { id: 0, ..draft };
    let j = &ctx.journey;
    let becomes_latest = last_review(j, review.goal_id).is_none_or(|r| review.day >= r.day);
    let follow: Vec<(FieldKey, Value)> = j
        .goal(review.goal_id)
        .filter(|g| {
            g.progress_mode == ProgressMode::Manual
                && becomes_latest
                && g.progress != review.progress
        })
        .map(|g| {
            (
                FieldKey::Goal(g.id, GoalField::Progress),
                Value::Int(Some(i64::from(review.progress))),
            )
        })
        .into_iter()
        .collect();
    let stamp = ctx.clock.stamp();
    let written = ctx.store.atomically(|s| {
        let id = s.insert_review(&review)?;
        for (k, v) in &follow {
            s.update(k, v, stamp)?;
        }
        Ok(id)
    });
    match written {
        Ok(id) => {
            ctx.journey.reviews.push(Review { id, ..review });
            for (k, v) in follow {
                ctx.journey.apply(&k, v, stamp);
            }
            Some(id)
        }
        Err(e) => {
            ctx.error(format!("Review not added: {}", write_error_message(&e)));
            None
        }
    }
}

/// Exchanges the priority of two goals (one transaction). Returns false if nothing moved.
pub fn swap_goals(ctx: &mut Ctx, a: Id, b: Id) -> bool {
    let order: Vec<(Id, i64)> = priority_order(&ctx.journey)
        .iter()
        .map(|g| (g.id, g.position))
        .collect();
    let changes = swapped_positions(&order, a, b);
    store_positions(ctx, Record::Goal, &changes)
}

/// Exchanges the order of two milestones of the same goal.
pub fn swap_milestones(ctx: &mut Ctx, a: Id, b: Id) -> bool {
    let Some(goal_id) = ctx.journey.milestone(a).map(|m| m.goal_id) else {
        return false;
    };
    let order: Vec<(Id, i64)> = milestones_of(&ctx.journey, goal_id)
        .iter()
        .map(|m| (m.id, m.position))
        .collect();
    let changes = swapped_positions(&order, a, b);
    store_positions(ctx, Record::Milestone, &changes)
}

fn store_positions(ctx: &mut Ctx, record: Record, changes: &[(Id, i64)]) -> bool {
    if changes.is_empty() {
        return false;
    }
    if let Err(e) = ctx.store.set_positions(record, changes) {
        ctx.error(format!("Order not saved: {}", write_error_message(&e)));
        return false;
    }
    let stamp = ctx.clock.stamp();
    for (id, pos) in changes {
        let key = match record {
            Record::Goal => FieldKey::Goal(*id, GoalField::Position),
            _ => FieldKey::Milestone(*id, MilestoneField::Position),
        };
        ctx.journey.apply(&key, Value::Int(Some(*pos)), stamp);
    }
    true
}

/// Meetings to tie a review to, most recent first: "2026-11-20 · Ana Lima". In shared-screen
/// mode a private meeting shows no date or mentor.
#[must_use]
pub fn meeting_options(ctx: &Ctx) -> Vec<(Option<Id>, String)> {
    let mut meetings: Vec<_> = ctx.journey.meetings.iter().collect();
    meetings.sort_by_key(|m| std::cmp::Reverse((m.starts_at, m.id)));
    let mut out = vec![(None, "none".to_string())];
    out.extend(meetings.into_iter().map(|m| {
        if !ctx.shows(m.private) {
            return (Some(m.id), "private meeting".to_string());
        }
        let day = ctx.clock.local(m.starts_at).format("%Y-%m-%d").to_string();
        let who = m
            .mentor_id
            .and_then(|id| ctx.journey.mentor(id))
            .map_or_else(
                || "no mentor".to_string(),
                crate::domain::Mentor::display_name,
            );
        (Some(m.id), format!("{day} · {who}"))
    }));
    out
}
