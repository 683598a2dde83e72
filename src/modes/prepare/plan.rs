//! `w` and `c`: keeping the agenda with its meeting, planning the meeting when it is not in
//! the journal yet (its date and time asked first, pre-filled from the cadence and the usual
//! time with the mentor), and writing the calendar invite.

use chrono::{DateTime, Duration, NaiveTime, Utc};

use super::{PreparePane, Screen};
use crate::action::Action;
use crate::ctx::Ctx;
use crate::domain::agenda::{Agenda, AgendaOf, Entry, usual_minutes, usual_time};
use crate::domain::dates::parse_datetime;
use crate::domain::meetings::meeting_draft;
use crate::domain::{FieldKey, Id, Meeting, QuestionField, Topic, Value};
use crate::keymap::{Context, first_key_in};
use crate::tab::Tab;
use crate::ui::line_input::LineInput;
use crate::ui::tab_name;
use crate::view::View;

/// When a meeting planned now is proposed to start: on the day it is due (today at the
/// earliest), at the usual time with the mentor (else 09:00); a time already past moves to
/// the next day.
#[must_use]
pub fn planned_start(agenda: &Agenda, view: &View) -> DateTime<Utc> {
    let clock = view.clock;
    let time = usual_time(view.journey, clock, agenda.mentor_id())
        .unwrap_or_else(|| NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default());
    let start = clock.from_local(agenda.meeting_day(clock).and_time(time));
    if start <= clock.now() {
        start + Duration::days(1)
    } else {
        start
    }
}

impl PreparePane {
    /// `w`: on a planned meeting, the agenda is kept with it (it is already, as she
    /// changes it) and its questions are raised there; otherwise, ask when the meeting is.
    pub(super) fn keep(&mut self, ctx: &mut Ctx) {
        let Some(agenda) = self.agenda().cloned() else {
            return;
        };
        if agenda.topics(ctx.journey()).is_empty() {
            ctx.info(format!(
                "The agenda is empty: {} adds a question",
                first_key_in(Context::Prepare, Action::New)
            ));
            return;
        }
        match agenda.choice.meeting_id {
            Some(id) => {
                if self.keep_with(&agenda, id, None, ctx).is_some() {
                    let when = meeting_when(ctx, id);
                    let journal = tab_name(Tab::Journal);
                    ctx.info(format!("Kept with the meeting on {when} (see {journal})"));
                }
            }
            None => {
                let start = planned_start(&agenda, &ctx.view());
                let mut input = LineInput::new("YYYY-MM-DD HH:MM");
                input.set_text(&ctx.clock.local(start).format("%Y-%m-%d %H:%M").to_string());
                self.view = Screen::Plan {
                    input: Box::new(input),
                    error: None,
                };
            }
        }
    }

    /// The date prompt: Enter plans the meeting at the time typed, Esc goes back.
    pub(super) fn handle_plan(&mut self, action: Action, ctx: &mut Ctx) {
        let Screen::Plan { input, .. } = &self.view else {
            return;
        };
        match action {
            Action::Back => self.view = Screen::List,
            Action::Open => {
                let typed = input.text();
                match self.plan(&typed, ctx) {
                    Ok(()) => self.view = Screen::List,
                    Err(why) => {
                        if let Screen::Plan { error, .. } = &mut self.view {
                            *error = Some(why);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// Plans the meeting at `typed` with this agenda. A day already past is refused.
    fn plan(&mut self, typed: &str, ctx: &mut Ctx) -> Result<(), String> {
        let Some(agenda) = self.agenda().cloned() else {
            return Ok(());
        };
        let today = ctx.clock.today();
        let local = parse_datetime(typed, today)?;
        if local.date() < today {
            return Err("That day has passed: a meeting to plan is today or later".into());
        }
        let start = ctx.clock.from_local(local);
        let mentor = agenda.mentor_id();
        let draft = Meeting {
            duration_minutes: usual_minutes(ctx.journey(), mentor),
            ..meeting_draft(ctx.journey(), mentor, start, ctx.clock.now())
        };
        let Some(id) = self.keep_with(&agenda, 0, Some(draft), ctx) else {
            return Err("The meeting was not planned (see the message below)".into());
        };
        // Stay with this mentor's meeting, even if another one comes sooner.
        self.mentor = Some(mentor);
        self.refresh(&ctx.view());
        let when = meeting_when(ctx, id);
        ctx.info(format!(
            "Planned the meeting on {when} with this agenda ({})",
            tab_name(Tab::Journal)
        ));
        Ok(())
    }

    /// Keeps the agenda with meeting `id` (or with `draft`, added first), raising its
    /// questions there, in one transaction. Returns the meeting's id.
    fn keep_with(
        &mut self,
        agenda: &Agenda,
        id: Id,
        draft: Option<Meeting>,
        ctx: &mut Ctx,
    ) -> Option<Id> {
        let entries: Vec<Entry> = agenda.entries.clone();
        let questions: Vec<Id> = agenda
            .items(ctx.journey())
            .iter()
            .filter_map(|e| match e.topic {
                Topic::Question(q) => Some(q),
                _ => None,
            })
            .collect();
        let kept = ctx.write("Agenda not kept", |w| {
            let id = match draft {
                Some(m) => w.insert(m)?,
                None => id,
            };
            w.keep_agenda(AgendaOf::Meeting(id), &entries)?;
            for q in questions {
                w.update(
                    &FieldKey::Question(q, QuestionField::Meeting),
                    Value::Int(Some(id)),
                )?;
            }
            Ok(id)
        });
        self.refresh(&ctx.view());
        kept
    }

    /// `c`: writes the meeting as a calendar invite (`.ics`) where exports go, without
    /// private items (the invite is sent to the mentor). A meeting not planned has no date:
    /// nothing is written, and the footer says how to plan it.
    pub(super) fn invite(&mut self, ctx: &mut Ctx) {
        let Some(agenda) = self.agenda().cloned() else {
            return;
        };
        let Some(id) = agenda.choice.meeting_id else {
            ctx.info(format!(
                "Plan the meeting first ({} asks for its date); then {} writes the invite",
                first_key_in(Context::Prepare, Action::Keep),
                first_key_in(Context::Prepare, Action::Invite)
            ));
            return;
        };
        // Built again from the shared-only journey: an invite leaves the mentee's hands.
        let shared = ctx.journey().shared_only();
        let Some(m) = shared.meeting(id) else {
            ctx.info("This meeting is private: no invite is written for it");
            return;
        };
        let day = ctx.clock.local(m.starts_at).date();
        let choice = agenda.choice.clone();
        let visible = crate::domain::agenda::build(&shared, &ctx.clock, choice);
        let text = match crate::export::ics::invite(&visible, &shared, &ctx.clock, ctx.clock.now())
        {
            Ok(t) => t,
            Err(e) => {
                ctx.info(e.to_string());
                return;
            }
        };
        let (dir, stem) = crate::ui::export_prompt::export_place(ctx);
        let name = format!("{stem}-meeting-{}.ics", day.format("%Y-%m-%d"));
        match crate::export::file::write_new(&dir.join(name), text.as_bytes()) {
            // What it holds first: a long path is what a narrow screen cuts.
            Ok(path) => ctx.info(format!(
                "Invite without private items written to {}",
                crate::ui::export_prompt::tilde(&path)
            )),
            Err(why) => ctx.error(format!("Invite not written: {why}")),
        }
    }
}

/// "Wed 2 Dec at 16:30".
fn meeting_when(ctx: &Ctx, id: Id) -> String {
    ctx.journey()
        .meeting(id)
        .map(|m| {
            ctx.clock
                .local(m.starts_at)
                .format("%a %-d %b at %H:%M")
                .to_string()
        })
        .unwrap_or_default()
}
