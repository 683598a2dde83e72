//! Keeping the agenda in the journal: as the agenda of the planned meeting (replacing or
//! adding to the one it has, after asking), or of a meeting planned now on the day it is
//! due. The questions on it are marked as raised at that meeting. One transaction.

use chrono::{Duration, NaiveTime};

use super::{PreparePane, Screen};
use crate::ctx::Ctx;
use crate::domain::agenda::{Agenda, Item, planned_meeting};
use crate::domain::meetings::{last_meeting_with, meeting_draft};
use crate::domain::{FieldKey, Id, Meeting, MeetingField, QuestionField, Value};
use crate::export::agenda::plain;
use crate::view::View;

/// What to do with an agenda the meeting already has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    Replace,
    /// Below what is there, after a blank line.
    Append,
}

/// When a meeting planned now starts: on the day it is due (today at the earliest), at the
/// time of day of the last meeting with the mentor (else 09:00); a time already past moves
/// to the next day.
fn planned_start(agenda: &Agenda, view: &View) -> chrono::DateTime<chrono::Utc> {
    let clock = view.clock;
    let time = last_meeting_with(view.journey, clock.now(), agenda.mentor_id, true)
        .filter(|m| agenda.mentor_id.is_some() && m.mentor_id == agenda.mentor_id)
        .map_or_else(
            || NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            |m| clock.local(m.starts_at).time(),
        );
    let start = clock.from_local(agenda.meeting_day(clock).and_time(time));
    if start <= clock.now() {
        start + Duration::days(1)
    } else {
        start
    }
}

impl PreparePane {
    /// Keeps the agenda shown in the journal; asks first when the meeting has an agenda.
    pub(super) fn keep(&mut self, how: Option<How>, ctx: &mut Ctx) {
        self.view = Screen::List;
        let Some(agenda) = self.agenda.clone() else {
            return;
        };
        let items: Vec<Item> = self
            .visible(&ctx.view())
            .into_iter()
            .map(|(_, i)| i)
            .collect();
        if items.is_empty() {
            ctx.info("The agenda is empty: n adds a question");
            return;
        }
        let planned =
            planned_meeting(agenda.next.as_ref()).and_then(|id| ctx.journey().meeting(id));
        let has_agenda = planned.is_some_and(|m| !m.agenda.trim().is_empty());
        let was_planned = planned.is_some();
        let how = match how {
            Some(h) => h,
            None if has_agenda => {
                self.view = Screen::Keep;
                return;
            }
            None => How::Replace,
        };
        if let Some(id) = keep_agenda(&agenda, &items, how, ctx) {
            let when = ctx
                .journey()
                .meeting(id)
                .map(|m| {
                    ctx.clock
                        .local(m.starts_at)
                        .format("%a %-d %b at %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            ctx.info(if was_planned {
                format!("Kept as the agenda of the meeting on {when} (5 Journal)")
            } else {
                format!("Planned a meeting on {when} with this agenda (5 Journal)")
            });
            self.refresh(&ctx.view());
        }
    }
}

/// Writes the agenda into its meeting (planning one if none is), and marks its questions
/// as raised there, in one transaction. Returns the meeting's id; `None` when the store
/// refused the write (the footer says why; nothing is changed then).
pub fn keep_agenda(agenda: &Agenda, items: &[Item], how: How, ctx: &mut Ctx) -> Option<Id> {
    let text = plain(agenda, items, ctx.journey(), &ctx.clock);
    let planned =
        planned_meeting(agenda.next.as_ref()).filter(|id| ctx.journey().meeting(*id).is_some());
    let draft: Option<Meeting> = planned.is_none().then(|| {
        let start = planned_start(agenda, &ctx.view());
        meeting_draft(ctx.journey(), agenda.mentor_id, start, ctx.clock.now())
    });
    let before = planned
        .and_then(|id| ctx.journey().meeting(id))
        .map(|m| m.agenda.clone())
        .unwrap_or_default();
    let agenda_text = match how {
        How::Append if !before.trim().is_empty() => format!("{}\n\n{text}", before.trim_end()),
        _ => text,
    };
    let questions: Vec<Id> = items
        .iter()
        .filter_map(|i| match i {
            Item::Question(id) => Some(*id),
            _ => None,
        })
        .collect();
    let agenda_text = Value::Text(agenda_text);
    ctx.write("Agenda not kept", |w| {
        let id = match (planned, draft) {
            (Some(id), _) => id,
            (None, Some(m)) => w.insert(m)?,
            (None, None) => return Err(rusqlite::Error::InvalidQuery.into()),
        };
        w.update(&FieldKey::Meeting(id, MeetingField::Agenda), agenda_text)?;
        for q in questions {
            w.update(
                &FieldKey::Question(q, QuestionField::Meeting),
                Value::Int(Some(id)),
            )?;
        }
        Ok(id)
    })
}
