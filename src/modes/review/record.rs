//! What the review writes, through `Ctx`'s write path like every other screen: one review
//! per goal per session, action items and the agenda's ticks, all in one meeting — the
//! meeting the session's agenda is for (`domain::agenda::choose`), so that its Journal
//! screen holds everything the pair went through together.
//!
//! That meeting is held with the first thing recorded, in the same transaction: today's
//! meeting is used as it is; a meeting planned for a later day is held now, so it moves to
//! now (the pair met early: the journal says when they met); a meeting not planned yet is
//! added now, and the agenda the mentee kept for it moves into it.

use chrono::{DateTime, Duration, Timelike, Utc};

use super::ReviewPane;
use super::composer::NewAction;
use crate::ctx::{Ctx, WriteError, Writer};
use crate::domain::agenda::AgendaOf;
use crate::domain::goals::{effective_progress, review_draft};
use crate::domain::meetings::meeting_draft;
use crate::domain::{
    ActionItem, AgendaItem, AgendaItemField, FieldKey, GoalField, Id, Meeting, MeetingField,
    MilestoneField, ProgressMode, Review, ReviewField, Value,
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

/// How the meeting a session records into is held (see the module notes).
enum Held {
    /// Today's meeting: recorded there as it is.
    Ready(Id),
    /// Planned for a later day, held now: it moves to this instant.
    Brought(Id, DateTime<Utc>),
    /// Not planned yet: added with the first record, the agenda kept at `AgendaOf` moving
    /// into it.
    ToAdd(Meeting, AgendaOf),
}

impl ReviewPane {
    /// How the meeting of this session's agenda is held when something is recorded now.
    /// (The shared screen chooses from the shared-only journey: never a private meeting.)
    fn meeting_to_record(&self, view: &View) -> Held {
        let now = view.clock.now();
        let start = now - Duration::seconds(i64::from(now.second()));
        let choice = self.agenda.choice();
        let planned = choice
            .and_then(|c| c.meeting_id)
            .and_then(|id| view.journey.meeting(id));
        if let Some(m) = planned {
            return if view.clock.local(m.starts_at).date() > view.clock.today() {
                Held::Brought(m.id, start)
            } else {
                Held::Ready(m.id)
            };
        }
        let mentor = choice.map_or(self.mentor, |c| c.mentor_id);
        Held::ToAdd(
            meeting_draft(view.journey, mentor, start, now),
            AgendaOf::Pending(mentor),
        )
    }

    /// What opening the session says when its meeting is planned for a later day: that
    /// recording holds it today (see the module notes). From the choice of the shared
    /// screen, so it names nothing private.
    #[must_use]
    pub fn opening_note(&self, view: &View) -> Option<String> {
        let Held::Brought(id, _) = self.meeting_to_record(view) else {
            return None;
        };
        let m = view.journey.meeting(id)?;
        let day = view.clock.local(m.starts_at).format("%a %-d %b");
        Some(format!("Recording here holds the meeting of {day} today"))
    }

    /// Writes `record` into the session's meeting, holding the meeting first (see the
    /// module notes), in one transaction. Returns what `record` returned.
    pub(super) fn record<T>(
        &mut self,
        failed: &str,
        ctx: &mut Ctx,
        record: impl FnOnce(&mut Writer<'_>, Id) -> Result<T, WriteError>,
    ) -> Option<T> {
        let held = self.meeting_to_record(&ctx.view());
        let planned_for = match &held {
            Held::Brought(id, _) => ctx.journey().meeting(*id).map(|m| m.starts_at),
            _ => None,
        };
        let added = matches!(held, Held::ToAdd(..));
        let (meeting, out) = ctx.write(failed, |w| {
            let meeting = match held {
                Held::Ready(id) => id,
                Held::Brought(id, at) => {
                    w.update(
                        &FieldKey::Meeting(id, MeetingField::StartsAt),
                        Value::Instant(at),
                    )?;
                    id
                }
                Held::ToAdd(draft, pending) => {
                    let id = w.insert(draft)?;
                    w.move_agenda(pending, AgendaOf::Meeting(id))?;
                    id
                }
            };
            Ok((meeting, record(w, meeting)?))
        })?;
        if added {
            self.session.meetings.push(meeting);
        }
        if let Some(before) = planned_for {
            self.session.brought.push((meeting, before));
            let day = ctx.clock.local(before).format("%a %-d %b");
            ctx.info(format!("Held today: the meeting planned for {day}"));
        }
        self.session.held = Some(meeting);
        if let Some(m) = ctx.journey().meeting(meeting).cloned() {
            self.agenda.held(&m, &ctx.view());
        }
        Some(out)
    }

    /// Adds `record` tied to the session's meeting. Returns the record's id.
    fn add_with_meeting(
        &mut self,
        failed: &str,
        ctx: &mut Ctx,
        record: impl FnOnce(Id) -> crate::domain::Draft,
    ) -> Option<Id> {
        self.record(failed, ctx, |w, meeting| w.insert(record(meeting)))
    }

    /// Ticks the agenda item selected discussed, or not, in the session's meeting. An item
    /// not stored yet (suggested since the agenda was kept) is stored first, at the end.
    pub(super) fn tick_agenda_item(&mut self, ctx: &mut Ctx) {
        let Some(e) = self.agenda.selected(&ctx.view()) else {
            return;
        };
        let discussed = !e.discussed;
        let brought = self.session.brought.len();
        let ticked = self.record("Not saved", ctx, |w, meeting| match e.stored {
            Some(id) => {
                let key = FieldKey::AgendaItem(id, AgendaItemField::Discussed);
                w.update(&key, Value::Bool(discussed))?;
                Ok(id)
            }
            None => w.insert(AgendaItem {
                topic: e.topic.clone(),
                discussed,
                meeting_id: Some(meeting),
                created_at: w.now(),
                ..AgendaItem::default()
            }),
        });
        let Some(id) = ticked else {
            return;
        };
        if !self.session.ticked.contains(&id) {
            self.session.ticked.push(id);
        }
        if self.session.brought.len() == brought {
            ctx.info(if discussed {
                "Ticked: discussed"
            } else {
                "Not discussed after all"
            });
        }
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

    /// Adds an action item for a goal to the session's meeting. Returns whether it was
    /// stored.
    pub(super) fn add_action(&mut self, goal: Id, item: NewAction, ctx: &mut Ctx) -> bool {
        let brought = self.session.brought.len();
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
        // (A meeting just held early says so instead.)
        if self.session.brought.len() == brought {
            ctx.info("Action item added to this meeting");
        }
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
