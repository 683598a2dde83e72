//! Reordering goals and milestones (`K`/`J`): which positions change, asked of
//! [`Ctx::set_positions`] in one transaction.

use crate::ctx::Ctx;
use crate::domain::goals::{milestones_of, priority_order, swapped_positions};
use crate::domain::{Id, Record};

/// Exchanges the priority of two goals (one transaction). Returns false if nothing moved.
pub fn swap_goals(ctx: &mut Ctx, a: Id, b: Id) -> bool {
    let order: Vec<(Id, i64)> = priority_order(ctx.journey())
        .iter()
        .map(|g| (g.id, g.position))
        .collect();
    let changes = swapped_positions(&order, a, b);
    ctx.set_positions(Record::Goal, &changes)
}

/// Exchanges the order of two milestones of the same goal.
pub fn swap_milestones(ctx: &mut Ctx, a: Id, b: Id) -> bool {
    let Some(goal_id) = ctx.journey().milestone(a).map(|m| m.goal_id) else {
        return false;
    };
    let order: Vec<(Id, i64)> = milestones_of(ctx.journey(), goal_id)
        .iter()
        .map(|m| (m.id, m.position))
        .collect();
    let changes = swapped_positions(&order, a, b);
    ctx.set_positions(Record::Milestone, &changes)
}
