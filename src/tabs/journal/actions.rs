//! Changes the journal makes besides field edits: new meetings and action items, ticking an
//! item done, dropping an item left empty. Each goes to the store first, then the journey.
//! The Prepare view and the shared-screen review create meetings and items through these too.

use chrono::{DateTime, Duration, NaiveDateTime, Timelike, Utc};

use crate::ctx::Ctx;
use crate::domain::meetings::actions_of;
use crate::domain::{ActionField, ActionItem, FieldKey, Id, Meeting, Owner, Record, Value};
use crate::store::write_error_message;

/// The start a new meeting gets: the next round hour today, or now when that would be
/// tomorrow already.
#[must_use]
pub fn default_start(now_local: NaiveDateTime) -> NaiveDateTime {
    let now = now_local.with_second(0).unwrap_or(now_local);
    let hour = now.with_minute(0).unwrap_or(now);
    if hour == now {
        return now;
    }
    let next = hour + Duration::hours(1);
    if next.date() == now.date() { next } else { now }
}

/// Logs a new meeting: today at the next round hour, with the only mentor (if there is
/// exactly one) and their first agreed channel as its mode. Returns its id.
pub fn insert_meeting(ctx: &mut Ctx) -> Option<Id> {
    let start = default_start(ctx.clock.local(ctx.clock.now()));
    let only = match ctx.journey.mentors.as_slice() {
        [m] => Some(m.id),
        _ => None,
    };
    let draft = meeting_draft(ctx, only, ctx.clock.from_local(start));
    add_meeting(ctx, draft)
}

/// A new meeting with `mentor_id` at `starts_at`: the mentor's first agreed channel as its
/// mode and their venue as its place; nothing written yet, nothing private.
#[must_use]
pub fn meeting_draft(ctx: &Ctx, mentor_id: Option<Id>, starts_at: DateTime<Utc>) -> Meeting {
    let mentor = mentor_id.and_then(|id| ctx.journey.mentor(id));
    Meeting {
        id: 0,
        mentor_id,
        starts_at,
        mode: mentor.and_then(|m| m.agreement.channels.first().copied()),
        duration_minutes: None,
        place: mentor
            .map(|m| m.agreement.venue.clone())
            .unwrap_or_default(),
        agenda: String::new(),
        notes: String::new(),
        reflection: String::new(),
        private: false,
        agenda_private: false,
        notes_private: false,
        reflection_private: false,
        created_at: ctx.clock.now(),
    }
}

/// Stores a new meeting (its `id` is ignored) and adds it to the journey. Returns its id.
pub fn add_meeting(ctx: &mut Ctx, draft: Meeting) -> Option<Id> {
    let meeting = Meeting { id: 0, ..draft };
    match ctx.store.insert_meeting(&meeting) {
        Ok(id) => {
            // Ids only grow, so pushing keeps the journey ordered by id like a load.
            ctx.journey.meetings.push(Meeting { id, ..meeting });
            Some(id)
        }
        Err(e) => {
            ctx.error(format!("Meeting not added: {}", write_error_message(&e)));
            None
        }
    }
}

/// Adds an empty action item (owner: me) at the end of a meeting's items. Returns its id.
pub fn insert_action(ctx: &mut Ctx, meeting_id: Id) -> Option<Id> {
    let draft = action_draft(ctx, meeting_id);
    add_action(ctx, draft)
}

/// A new open action item for me, without text, last among a meeting's items.
#[must_use]
pub fn action_draft(ctx: &Ctx, meeting_id: Id) -> ActionItem {
    let position = actions_of(&ctx.journey, meeting_id)
        .iter()
        .map(|a| a.position)
        .max()
        .map_or(0, |p| p + 1);
    ActionItem {
        id: 0,
        meeting_id: Some(meeting_id),
        text: String::new(),
        owner: Owner::Me,
        due_date: None,
        done: false,
        done_on: None,
        goal_id: None,
        position,
    }
}

/// Stores a new action item (its `id` is ignored) and adds it to the journey.
pub fn add_action(ctx: &mut Ctx, draft: ActionItem) -> Option<Id> {
    let item = ActionItem { id: 0, ..draft };
    match ctx.store.insert_action(&item) {
        Ok(id) => {
            ctx.journey.actions.push(ActionItem { id, ..item });
            Some(id)
        }
        Err(e) => {
            ctx.error(format!(
                "Action item not added: {}",
                write_error_message(&e)
            ));
            None
        }
    }
}

/// Ticks an item done or back to open; the day it was done follows in the same write
/// (`domain::meetings::consequences`).
pub fn toggle_done(ctx: &mut Ctx, id: Id) -> bool {
    let item = ctx.journey.action(id);
    let Some(done) = item.map(|a| !a.done) else {
        return false;
    };
    ctx.commit(&FieldKey::Action(id, ActionField::Done), Value::Bool(done))
}

/// Removes an action item that was added and left without anything in it.
pub fn drop_if_empty(ctx: &mut Ctx, id: Id) {
    let empty = ctx.journey.action(id).is_some_and(|a| {
        a.text.trim().is_empty() && a.due_date.is_none() && a.goal_id.is_none() && !a.done
    });
    if empty && ctx.delete(Record::Action, id) {
        ctx.info("The empty action item was dropped");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn new_meetings_start_at_the_next_round_hour_today() {
        assert_eq!(default_start(at(10, 20)), at(11, 0));
        assert_eq!(default_start(at(10, 0)), at(10, 0));
        assert_eq!(default_start(at(23, 30)), at(23, 30));
    }
}
