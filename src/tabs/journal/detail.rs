//! One meeting: its fields above; below, the goals reviewed at it (see [`reviewed`]) and its
//! action items (with the open items carried forward from earlier meetings); and the fields
//! of one action item when it is opened.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::actions::{drop_if_empty, insert_action, toggle_done};
use super::fields::{
    action_fields, goal_title, meeting_fields, mentor_name, mentor_short_name, short_day,
};
use super::reviewed::{self, Reviewed};
use super::{Selectable, settle};
use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::meetings::{actions_of, is_overdue, is_upcoming};
use crate::domain::names::owner_name;
use crate::domain::text::count;
use crate::domain::{ActionField, ActionItem, FieldKey, Id, Meeting, MeetingField, Record};
use crate::editor::TextKind;
use crate::export::one_line;
use crate::keymap::Context;
use crate::theme::Theme;
use crate::ui::cells::{Cell, spread};
use crate::ui::form::{Form, FormOutcome};
use crate::ui::list::ListView;
use crate::ui::wrap::truncate;
use crate::ui::{panel, render_note, scroll_marks};
use crate::view::View;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Focus {
    Fields,
    Actions,
    /// The fields of one action item.
    Action(Id),
}

/// What the detail did with an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailOutcome {
    Stay,
    /// Back to the list of meetings.
    Back,
}

/// View state of one open meeting.
#[derive(Clone, Debug)]
pub struct Detail {
    pub meeting_id: Id,
    focus: Focus,
    form: Form,
    actions: ListView,
    action_form: Form,
    /// Carried items ticked done here. They stay in view until the meeting is left, so a
    /// slip of the space bar can be undone where it happened.
    kept: Vec<Id>,
    /// Whether the row selected below is a review (its keys differ from an action item's).
    on_review: bool,
}

/// One row of the action items.
#[derive(Clone, Debug, PartialEq, Eq)]
enum ActionRow {
    Heading(String),
    /// An item of this meeting.
    Own(Id),
    /// An item of an earlier meeting, carried forward.
    Carried(Id),
    /// A review held at this meeting (the review's id).
    Review(Id),
}

impl ActionRow {
    /// The action item's id, on an action item's row.
    fn id(&self) -> Option<Id> {
        match self {
            ActionRow::Own(id) | ActionRow::Carried(id) => Some(*id),
            ActionRow::Heading(_) | ActionRow::Review(_) => None,
        }
    }
}

impl Selectable for ActionRow {
    fn selectable(&self) -> bool {
        !matches!(self, ActionRow::Heading(_))
    }
}

impl Detail {
    #[must_use]
    pub fn new(meeting_id: Id) -> Self {
        Self {
            meeting_id,
            focus: Focus::Fields,
            form: Form::default(),
            actions: ListView::default(),
            action_form: Form::default(),
            kept: Vec::new(),
            on_review: false,
        }
    }

    pub fn contexts(&self, view: &View) -> Vec<Context> {
        let pane = match self.focus {
            Focus::Fields => [Context::JournalMeeting],
            Focus::Actions if self.on_review => {
                return vec![Context::JournalReviewed, Context::List];
            }
            Focus::Actions => return vec![Context::JournalActions, Context::List],
            Focus::Action(_) => [Context::JournalAction],
        };
        let form = if self.focus == Focus::Fields {
            &self.form
        } else {
            &self.action_form
        };
        form.contexts_in(&pane, &self.fields(view))
    }

    /// What this meeting adds while one of its fields is being edited.
    pub fn editing_contexts(&self, view: &View) -> Vec<Context> {
        Form::editing_contexts(&self.fields(view), view)
    }

    /// The fields of the form that has the keys: the meeting's or the open action item's.
    fn fields(&self, view: &View) -> Vec<crate::ui::form::FieldSpec> {
        match self.focus {
            Focus::Fields => view
                .journey
                .meeting(self.meeting_id)
                .map(|m| meeting_fields(m, view)),
            Focus::Action(id) => find(view, id).map(|a| action_fields(a, view)),
            Focus::Actions => None,
        }
        .unwrap_or_default()
    }

    /// Starts typing the meeting's date, the prefilled value selected so typing replaces it
    /// (as every date is: see `Ctx::begin_edit`).
    pub fn edit_date(&mut self, ctx: &mut Ctx) {
        self.focus = Focus::Fields;
        self.form.selected = 0;
        let key = FieldKey::Meeting(self.meeting_id, MeetingField::StartsAt);
        ctx.begin_edit(key, TextKind::DateTime, "When", super::fields::WHEN_HINT);
    }

    /// Selects a field of the meeting (after a search found something in it).
    pub fn select_field(&mut self, key: &FieldKey, view: &View) {
        let Some(m) = view.journey.meeting(self.meeting_id) else {
            return;
        };
        if let Some(i) = meeting_fields(m, view).iter().position(|f| f.key == *key) {
            self.focus = Focus::Fields;
            self.form.selected = i;
        }
    }

    /// Selects an action item in the list below.
    pub fn select_action(&mut self, id: Id, view: &View) {
        let Some(m) = view.journey.meeting(self.meeting_id) else {
            return;
        };
        let rows = self.rows(m, view);
        if let Some(i) = rows.iter().position(|r| r.id() == Some(id)) {
            self.actions.selected = i;
            self.focus = Focus::Actions;
        }
    }

    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> DetailOutcome {
        let Some(m) = ctx.journey().meeting(self.meeting_id).cloned() else {
            return DetailOutcome::Back;
        };
        if action == Action::New {
            self.add_action(ctx);
            return DetailOutcome::Stay;
        }
        match self.focus {
            Focus::Fields => {
                let fields = meeting_fields(&m, &ctx.view());
                self.form.clamp(fields.len());
                let last = self.form.selected + 1 >= fields.len();
                if action == Action::Down && last && !self.form.filling {
                    self.focus = Focus::Actions;
                    let rows = self.rows(&m, &ctx.view());
                    self.actions.selected = 0;
                    settle(&mut self.actions, &rows, true);
                    self.note_selection(&rows);
                } else if self.form.handle(action, &fields, ctx) == FormOutcome::Back {
                    return DetailOutcome::Back;
                }
            }
            Focus::Actions => return self.handle_actions(action, &m, ctx),
            Focus::Action(id) => self.handle_action_form(action, id, ctx),
        }
        DetailOutcome::Stay
    }

    fn handle_actions(&mut self, action: Action, m: &Meeting, ctx: &mut Ctx) -> DetailOutcome {
        let rows = self.rows(m, &ctx.view());
        settle(&mut self.actions, &rows, true);
        let selected = rows.get(self.actions.selected).and_then(ActionRow::id);
        let first = rows.iter().position(Selectable::selectable);
        match action {
            Action::Back => return DetailOutcome::Back,
            Action::Open if self.on_review => {
                if let Some(ActionRow::Review(id)) = rows.get(self.actions.selected) {
                    ctx.jump = Some(Target::Review(*id));
                }
            }
            Action::Toggle => {
                if let Some(id) = selected {
                    let carried =
                        matches!(rows.get(self.actions.selected), Some(ActionRow::Carried(_)));
                    if toggle_done(ctx, id) && carried && !self.kept.contains(&id) {
                        self.kept.push(id);
                    }
                }
            }
            Action::Open => {
                if let Some(id) = selected {
                    self.open_action(id);
                }
            }
            Action::Delete => {
                if let Some(a) = selected.and_then(|id| find(&ctx.view(), id)) {
                    let what = format!("the action item “{}”", truncate(&a.text, 40));
                    ctx.ask_delete(Record::Action, a.id, &what);
                }
            }
            Action::Up if first.is_none_or(|f| self.actions.selected <= f) => {
                self.focus = Focus::Fields;
            }
            other => {
                if self.actions.handle(other, rows.len()) {
                    let forward = !matches!(other, Action::Up | Action::PageUp | Action::Top);
                    settle(&mut self.actions, &rows, forward);
                }
            }
        }
        self.note_selection(&rows);
        DetailOutcome::Stay
    }

    /// Remembers what kind of row is selected, for the keys offered.
    fn note_selection(&mut self, rows: &[ActionRow]) {
        self.on_review = matches!(rows.get(self.actions.selected), Some(ActionRow::Review(_)));
    }

    fn handle_action_form(&mut self, action: Action, id: Id, ctx: &mut Ctx) {
        let Some(item) = find(&ctx.view(), id).cloned() else {
            self.focus = Focus::Actions;
            return;
        };
        let fields = action_fields(&item, &ctx.view());
        if self.action_form.handle(action, &fields, ctx) == FormOutcome::Back {
            drop_if_empty(ctx, id);
            self.focus = Focus::Actions;
            if let Some(m) = ctx.journey().meeting(self.meeting_id).cloned() {
                let rows = self.rows(&m, &ctx.view());
                if let Some(i) = rows.iter().position(|r| r.id() == Some(id)) {
                    self.actions.selected = i;
                }
                settle(&mut self.actions, &rows, false);
            }
        }
    }

    fn open_action(&mut self, id: Id) {
        self.focus = Focus::Action(id);
        self.action_form = Form::default();
    }

    /// Adds an action item to this meeting and starts typing its text.
    fn add_action(&mut self, ctx: &mut Ctx) {
        if let Focus::Action(open) = self.focus {
            drop_if_empty(ctx, open);
        }
        let Some(id) = insert_action(ctx, self.meeting_id) else {
            return;
        };
        self.open_action(id);
        if let Some(m) = ctx.journey().meeting(self.meeting_id).cloned() {
            let rows = self.rows(&m, &ctx.view());
            if let Some(i) = rows.iter().position(|r| r.id() == Some(id)) {
                self.actions.selected = i;
            }
        }
        let key = FieldKey::Action(id, ActionField::Text);
        ctx.begin_edit(key, TextKind::Line, "Action", "what will be done");
    }

    pub fn click(&mut self, x: u16, y: u16, ctx: &mut Ctx) {
        match self.focus {
            Focus::Action(_) if self.action_form.click(x, y) => {}
            _ if self.actions.contains(x, y) => {
                if let Some(m) = ctx.journey().meeting(self.meeting_id).cloned() {
                    let rows = self.rows(&m, &ctx.view());
                    self.actions.click(x, y);
                    settle(&mut self.actions, &rows, true);
                    self.focus = Focus::Actions;
                }
            }
            _ => {
                if self.form.click(x, y) {
                    self.focus = Focus::Fields;
                }
            }
        }
    }

    /// The reviews held at this meeting, this meeting's items, then those carried forward.
    fn rows(&self, m: &Meeting, view: &View) -> Vec<ActionRow> {
        self.rows_with(m, &reviewed::reviewed_at(view, m.id), view)
    }

    /// [`Detail::rows`] with the meeting's reviews already gathered.
    fn rows_with(&self, m: &Meeting, reviewed: &[Reviewed], view: &View) -> Vec<ActionRow> {
        let j = view.journey;
        let own = actions_of(j, m.id);
        let mut rows: Vec<ActionRow> = Vec::new();
        if !reviewed.is_empty() {
            rows.push(ActionRow::Heading("Reviewed at this meeting".into()));
            rows.extend(reviewed.iter().map(|r| ActionRow::Review(r.review)));
            if !own.is_empty() {
                rows.push(ActionRow::Heading("Action items".into()));
            }
        }
        rows.extend(own.iter().map(|a| ActionRow::Own(a.id)));
        let mut carried: Vec<Id> = view.carried(m).to_vec();
        for id in &self.kept {
            if !carried.contains(id) && find(view, *id).is_some() {
                carried.push(*id);
            }
        }
        if !carried.is_empty() {
            rows.push(ActionRow::Heading(
                "Carried forward from earlier meetings".into(),
            ));
            rows.extend(carried.into_iter().map(ActionRow::Carried));
        }
        rows
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let Some(m) = view.journey.meeting(self.meeting_id) else {
            return;
        };
        let reviewed = reviewed::reviewed_at(view, m.id);
        let rows = self.rows_with(m, &reviewed, view);
        let wanted = match self.focus {
            Focus::Action(_) => 8,
            _ => u16::try_from(rows.len()).unwrap_or(u16::MAX).max(1) + 2,
        };
        let bottom_h = wanted.clamp(4, (area.height / 2).max(4)).min(area.height);
        let top = Rect::new(area.x, area.y, area.width, area.height - bottom_h);
        let bottom = Rect::new(area.x, top.bottom(), area.width, bottom_h);
        // The agenda kept with the meeting, below its fields, when it has one.
        let agenda_h = super::agenda::height(m, view, top.width, top.height);
        let (top, agenda_area) = if agenda_h > 0 {
            let fields = Rect {
                height: top.height - agenda_h,
                ..top
            };
            (
                fields,
                Rect::new(top.x, fields.bottom(), top.width, agenda_h),
            )
        } else {
            (top, Rect::default())
        };
        super::agenda::render(m, agenda_area, buf, view, theme);
        self.render_fields(m, top, buf, view, theme);
        if let Focus::Action(id) = self.focus {
            if let Some(item) = find(view, id) {
                let block = panel("Action item", true, theme);
                let inner = block.inner(bottom);
                block.render(bottom, buf);
                let fields = action_fields(item, view);
                self.action_form
                    .render(inner, buf, &fields, view, theme, true);
                scroll_marks(bottom, buf, self.action_form.more(), theme);
                return;
            }
            self.focus = Focus::Actions;
        }
        self.render_actions(m, (&rows, &reviewed), bottom, buf, view, theme);
    }

    /// The meeting's own fields, above.
    fn render_fields(
        &mut self,
        m: &Meeting,
        area: Rect,
        buf: &mut Buffer,
        view: &View,
        theme: &Theme,
    ) {
        let title = meeting_title(m, view, usize::from(area.width.saturating_sub(6)));
        let focused = self.focus == Focus::Fields;
        let block = panel(&title, focused, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let fields = meeting_fields(m, view);
        self.form.render(inner, buf, &fields, view, theme, focused);
        scroll_marks(area, buf, self.form.more(), theme);
    }

    /// The panel below the fields: the reviews held at the meeting, its action items and
    /// those carried forward to it.
    fn render_actions(
        &mut self,
        m: &Meeting,
        (rows, reviewed): (&[ActionRow], &[Reviewed]),
        area: Rect,
        buf: &mut Buffer,
        view: &View,
        theme: &Theme,
    ) {
        let open = actions_of(view.journey, m.id)
            .iter()
            .filter(|a| !a.done)
            .count();
        let mut title = if reviewed.is_empty() {
            "Action items".to_string()
        } else {
            format!("At this meeting · {} reviewed", reviewed.len())
        };
        if open > 0 {
            title.push_str(&format!(" · {open} open"));
        }
        let focused = self.focus == Focus::Actions;
        let block = panel(&title, focused, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if rows.is_empty() {
            let note = Line::from(vec![
                Span::styled("None yet. ", theme.dim),
                Span::styled(
                    crate::keymap::first_key_in(Context::JournalMeeting, Action::New),
                    theme.key,
                ),
                Span::styled(" adds an action item: what, who, by when.", theme.dim),
            ]);
            render_note(inner, buf, vec![note], theme.text);
        }
        settle(&mut self.actions, rows, true);
        self.note_selection(rows);
        let width = usize::from(inner.width.saturating_sub(2));
        let line = |r: &ActionRow| match r {
            ActionRow::Heading(t) => Line::from(Span::styled(t.clone(), theme.heading)),
            ActionRow::Own(id) | ActionRow::Carried(id) => find(view, *id)
                .map_or_else(Line::default, |a| {
                    action_line(a, matches!(r, ActionRow::Carried(_)), view, theme, width)
                }),
            ActionRow::Review(id) => reviewed
                .iter()
                .find(|x| x.review == *id)
                .map_or_else(Line::default, |x| x.line(theme, width)),
        };
        self.actions
            .render_visible(inner, buf, rows.len(), |i| line(&rows[i]), theme, focused);
        scroll_marks(area, buf, self.actions.more(), theme);
    }
}

fn find<'a>(view: &View<'a>, id: Id) -> Option<&'a ActionItem> {
    view.journey.action(id)
}

/// "Meeting with Ana Lima · Sun 1 Nov 2026 10:00", "Planned meeting ...", in `room`
/// columns: with the mentor's short name when the full one does not fit (the date and time
/// stay whole).
fn meeting_title(m: &Meeting, view: &View, room: usize) -> String {
    let kind = if is_upcoming(m, view.clock.now()) {
        "Planned meeting"
    } else {
        "Meeting"
    };
    let at = view.clock.local(m.starts_at).format("%a %-d %b %Y %H:%M");
    let title = |name: Option<String>| {
        let with = name.map(|n| format!(" with {n}")).unwrap_or_default();
        format!("{kind}{with} · {at}")
    };
    let full = title(mentor_name(view, m.mentor_id));
    if full.width() <= room {
        return full;
    }
    truncate(&title(mentor_short_name(view, m.mentor_id)), room)
}

/// Columns an action item's text keeps before its goal and origin are left out.
const ACTION_TEXT_MIN: usize = 40;

/// One action item: tick box, text (with its goal, and where a carried item came from),
/// owner, and when it is due or was done.
fn action_line(
    a: &ActionItem,
    carried: bool,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let today = view.clock.today();
    let mark = if a.done { "[x] " } else { "[ ] " };
    let (due, due_style) = match (a.done, a.done_on, a.due_date) {
        (true, Some(d), _) => (format!("done {}", short_day(d, today)), theme.dim),
        (true, None, _) => ("done".to_string(), theme.dim),
        (false, _, Some(d)) if is_overdue(a, today) => {
            let days = (today - d).num_days();
            (
                format!("overdue {}", count(days, "day", "days")),
                theme.warn,
            )
        }
        (false, _, Some(d)) => (format!("due {}", short_day(d, today)), theme.text),
        (false, _, None) => (String::new(), theme.text),
    };
    let style = if a.done { theme.dim } else { theme.text };
    let text = if a.text.trim().is_empty() {
        "(no text yet)".to_string()
    } else {
        one_line(&a.text)
    };
    // The item's own words before its goal: the goal goes before the text is cut short.
    let keep = text.width().min(ACTION_TEXT_MIN);
    let mut left = vec![
        Cell::keep(mark, style),
        Cell::title_keeping(text, style, keep),
    ];
    if let Some(g) = a.goal_id.and_then(|id| view.journey.goal(id)) {
        left.push(Cell::detail(format!(" → {}", goal_title(g)), theme.dim));
    }
    let origin = a.meeting_id.and_then(|id| view.journey.meeting(id));
    if let (true, Some(from)) = (carried, origin) {
        let day = view.clock.local(from.starts_at).date();
        left.push(Cell::detail(
            format!(" · from {}", short_day(day, today)),
            theme.dim,
        ));
    }
    // Owner and day line up in columns; a long day is shown whole, never cut.
    let right = [
        Cell::keep(
            format!("  {:<6}  ", owner_name(view.journey, a)),
            theme.text,
        ),
        Cell::keep(format!("{due:<16}"), due_style),
    ];
    spread(&left, &right, width)
}
