//! Journal tab: meetings with their agenda, notes, reflection and action items (meet
//! regularly, review progress at each meeting, and keep a record of it).
//!
//! The pane shows either the list of meetings or one meeting (`/` searches every tab,
//! meetings first when opened here: see `crate::search`). What the journal knows (order,
//! carry-forward, next due) lives in `domain::meetings`, so Overview and the agenda use the
//! same rules.

mod actions;
mod agenda;
mod detail;
mod fields;
mod list;
mod overview;
mod reviewed;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::{FieldKey, Id, Record};
use crate::keymap::Context;
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::list::ListView;
use crate::view::View;

pub use fields::meeting_fields;
pub use overview::overview_lines;

use detail::{Detail, DetailOutcome};
use list::Row;

/// View state of the Journal tab.
#[derive(Clone, Debug, Default)]
pub struct JournalPane {
    /// Selection in the meeting list (its rows include the Upcoming/Past headings).
    list: ListView,
    /// The meeting open in detail, if any.
    detail: Option<Detail>,
}

impl Pane for JournalPane {
    fn contexts(&self, view: &View) -> Vec<Context> {
        match &self.detail {
            Some(d) => d.contexts(view),
            None => vec![Context::JournalList, Context::List],
        }
    }

    fn editing_contexts(&self, view: &View) -> Vec<Context> {
        self.detail
            .as_ref()
            .map_or_else(Vec::new, |d| d.editing_contexts(view))
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        if let Some(d) = self.detail.as_mut() {
            if d.handle(action, ctx) == DetailOutcome::Back {
                let id = d.meeting_id;
                self.detail = None;
                self.select_meeting(id, &ctx.view());
            }
            return;
        }
        self.handle_list(action, ctx);
    }

    fn click(&mut self, x: u16, y: u16, ctx: &mut Ctx) {
        if let Some(d) = self.detail.as_mut() {
            d.click(x, y, ctx);
            return;
        }
        if self.list.contains(x, y) {
            let before = self.list.selected;
            let rows = list::rows(&ctx.view());
            if let Some(i) = self.list.click(x, y) {
                settle(&mut self.list, &rows, true);
                if before == i {
                    self.open_selected(&rows, &ctx.view());
                }
            }
        }
    }

    fn reveal(&mut self, target: &Target, view: &View) -> bool {
        let (meeting_id, action_id) = match target {
            Target::Field(key @ FieldKey::Meeting(id, _)) => {
                if !self.reveal(&Target::Meeting(*id), view) {
                    return false;
                }
                if let Some(d) = self.detail.as_mut() {
                    d.select_field(key, view);
                }
                return true;
            }
            Target::Meeting(id) => (*id, None),
            Target::Action(id) => match view.journey.action(*id) {
                Some(a) => match a.meeting_id {
                    Some(m) => (m, Some(*id)),
                    None => return false,
                },
                None => return false,
            },
            _ => return false,
        };
        if view.journey.meeting(meeting_id).is_none() {
            return false;
        }
        self.select_meeting(meeting_id, view);
        let mut d = Detail::new(meeting_id);
        if let Some(a) = action_id {
            d.select_action(a, view);
        }
        self.detail = Some(d);
        true
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        // The open meeting may be gone (deleted, or hidden by the shared screen).
        let visible = self
            .detail
            .as_ref()
            .is_some_and(|d| view.journey.meeting(d.meeting_id).is_some());
        if !visible {
            self.detail = None;
        }
        match self.detail.as_mut() {
            Some(d) => d.render(area, buf, view, theme),
            None => list::render(&mut self.list, area, buf, view, theme),
        }
    }
}

impl JournalPane {
    fn handle_list(&mut self, action: Action, ctx: &mut Ctx) {
        let rows = list::rows(&ctx.view());
        settle(&mut self.list, &rows, true);
        match action {
            Action::New => self.new_meeting(ctx),
            Action::Open => {
                if !self.open_selected(&rows, &ctx.view()) && !rows.has_meetings() {
                    self.new_meeting(ctx);
                }
            }
            Action::Delete => {
                if let Some(Row::Meeting(id)) = rows.get(self.list.selected) {
                    let what = fields::delete_prompt(id, &ctx.view());
                    ctx.ask_delete(Record::Meeting, id, &what);
                }
            }
            other => {
                if self.list.handle(other, rows.len()) {
                    let forward = !matches!(other, Action::Up | Action::PageUp | Action::Top);
                    settle(&mut self.list, &rows, forward);
                }
            }
        }
    }

    /// Opens the selected meeting; false when a heading or nothing is selected.
    fn open_selected(&mut self, rows: &list::Rows, view: &View) -> bool {
        match rows.get(self.list.selected) {
            Some(Row::Meeting(id)) => {
                self.reveal(&Target::Meeting(id), view);
                true
            }
            _ => false,
        }
    }

    /// Logs a new meeting with sensible defaults and starts typing its date.
    fn new_meeting(&mut self, ctx: &mut Ctx) {
        if let Some(id) = actions::insert_meeting(ctx) {
            self.select_meeting(id, &ctx.view());
            let mut d = Detail::new(id);
            d.edit_date(ctx);
            self.detail = Some(d);
        }
    }

    /// Points the list selection at a meeting.
    fn select_meeting(&mut self, id: Id, view: &View) {
        let rows = list::rows(view);
        if let Some(i) = view.journey.meeting(id).and_then(|m| rows.position(m)) {
            self.list.selected = i;
        }
        settle(&mut self.list, &rows, true);
    }
}

/// Rows of a list that can be selected (items, not headings).
pub(crate) trait Selectable {
    fn selectable(&self) -> bool;
}

/// Moves a list selection off a heading: onward in the direction of travel, else back.
pub(crate) fn settle<L: RowList + ?Sized>(list: &mut ListView, rows: &L, forward: bool) {
    let len = rows.count();
    list.clamp(len);
    if list.selected >= len || rows.selectable_at(list.selected) {
        return;
    }
    let ahead = |from: usize| (from..len).find(|&i| rows.selectable_at(i));
    let behind = |from: usize| (0..=from).rev().find(|&i| rows.selectable_at(i));
    let found = if forward {
        ahead(list.selected).or_else(|| behind(list.selected))
    } else {
        behind(list.selected).or_else(|| ahead(list.selected))
    };
    if let Some(i) = found {
        list.selected = i;
    }
}

/// Rows a selection moves over: how many, and which can be selected (the list of meetings
/// finds its rows by place; other lists are slices).
pub(crate) trait RowList {
    fn count(&self) -> usize;
    fn selectable_at(&self, i: usize) -> bool;
}

impl<R: Selectable> RowList for [R] {
    fn count(&self) -> usize {
        self.len()
    }

    fn selectable_at(&self, i: usize) -> bool {
        self.get(i).is_some_and(Selectable::selectable)
    }
}

impl<R: Selectable> RowList for Vec<R> {
    fn count(&self) -> usize {
        self.len()
    }

    fn selectable_at(&self, i: usize) -> bool {
        self.as_slice().selectable_at(i)
    }
}
