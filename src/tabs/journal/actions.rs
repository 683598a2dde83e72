//! Changes the journal asks for besides field edits: new meetings and action items, ticking
//! an item done, dropping an item left empty (all through `Ctx`'s write path).

use crate::ctx::Ctx;
use crate::domain::meetings::{default_start, meeting_draft};
use crate::domain::{ActionField, ActionItem, FieldKey, Id, Record, Value};

/// Logs a new meeting: today at the next round hour, with the only mentor (if there is
/// exactly one) and their first agreed channel as its mode. Returns its id.
pub fn insert_meeting(ctx: &mut Ctx) -> Option<Id> {
    let start = default_start(ctx.clock.local(ctx.clock.now()));
    let only = match ctx.journey().mentors.as_slice() {
        [m] => Some(m.id),
        _ => None,
    };
    let draft = meeting_draft(
        ctx.journey(),
        only,
        ctx.clock.from_local(start),
        ctx.clock.now(),
    );
    ctx.insert(draft)
}

/// Adds an empty action item (owner: me) at the end of a meeting's items. Returns its id.
pub fn insert_action(ctx: &mut Ctx, meeting_id: Id) -> Option<Id> {
    ctx.insert(ActionItem {
        meeting_id: Some(meeting_id),
        ..ActionItem::default()
    })
}

/// Ticks an item done or back to open; the day it was done follows in the same write
/// (`domain::meetings::consequences`).
pub fn toggle_done(ctx: &mut Ctx, id: Id) -> bool {
    let item = ctx.journey().action(id);
    let Some(done) = item.map(|a| !a.done) else {
        return false;
    };
    ctx.commit(&FieldKey::Action(id, ActionField::Done), Value::Bool(done))
}

/// Removes an action item that was added and left without anything in it.
pub fn drop_if_empty(ctx: &mut Ctx, id: Id) {
    let empty = ctx.journey().action(id).is_some_and(|a| {
        a.text.trim().is_empty() && a.due_date.is_none() && a.goal_id.is_none() && !a.done
    });
    if empty && ctx.delete(Record::Action, id) {
        ctx.info("The empty action item was dropped");
    }
}
