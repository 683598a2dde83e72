//! Ideal occupation tab (seed 004 §2): the worksheet that replaces a job title as the aim,
//! compared with current reality, its gaps turned into goals.
//!
//! One selected stem is shared by three views: the form (the stems, and the selected stem's
//! ideal, current reality, gap note and marker), the compare view (every stem's ideal beside
//! its reality and gap note, with counts), and the preview (the worksheet as sentences, the
//! same words the Markdown export writes: see `export::worksheet`).
//!
//! Entries are dated answers (`worksheet.<stem>.ideal|reality|gap`), edited through the same
//! form and `ctx.commit` as every other field, so a later day adds a version and the same day
//! replaces it; nothing here keeps a second copy.

mod compare;
mod form_view;
mod gap_goal;
mod preview;

pub use gap_goal::{create_goal_from_stem, draft_goal, request_goal, visible_goals};

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::{FieldKey, Marker, Value};
use crate::export::worksheet::marker_counts;
use crate::keymap::{self, Context};
use crate::method::{Stem, method};
use crate::tabs::Pane;
use crate::theme::Theme;
use crate::ui::form::{Form, FormOutcome};

/// The three views of the tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum WorksheetView {
    #[default]
    Form,
    Compare,
    Preview,
}

impl WorksheetView {
    pub const ALL: [WorksheetView; 3] = [
        WorksheetView::Form,
        WorksheetView::Compare,
        WorksheetView::Preview,
    ];

    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            WorksheetView::Form => "Form",
            WorksheetView::Compare => "Compare",
            WorksheetView::Preview => "Preview",
        }
    }

    /// The key that shows this view, from the keymap (so the view bar cannot drift from it).
    #[must_use]
    pub fn key_label(self) -> String {
        keymap::BINDINGS
            .iter()
            .find(|b| b.action == Action::WorksheetView(self))
            .and_then(|b| b.keys.first())
            .map(keymap::Key::label)
            .unwrap_or_default()
    }
}

/// Where the keys go in the form view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Focus {
    #[default]
    Stems,
    Form,
    Goals,
}

/// Screen areas of the last render, for mouse clicks.
#[derive(Clone, Debug, Default)]
struct Hits {
    views: Vec<(Rect, WorksheetView)>,
    stems: Vec<(Rect, usize)>,
    goals: Vec<(Rect, usize)>,
}

/// View state of the Ideal occupation tab.
#[derive(Clone, Debug, Default)]
pub struct OccupationPane {
    view: WorksheetView,
    focus: Focus,
    /// Index into the worksheet's stems; the same stem in every view.
    stem: usize,
    form: Form,
    /// Selected goal among those made from the stem.
    goal: usize,
    stems_offset: usize,
    compare_offset: usize,
    preview_scroll: usize,
    /// Rows the preview showed at the last render (a page).
    preview_page: usize,
    hits: Hits,
}

/// The worksheet's stems, in order.
fn stems() -> &'static [Stem] {
    &method().worksheet.stems
}

/// The lead of a stem's group ("I'd like to work where …").
fn lead_of(stem: &Stem) -> &'static str {
    method()
        .worksheet
        .groups
        .iter()
        .find(|g| g.id == stem.group)
        .map_or("", |g| g.lead.as_str())
}

/// The marker as one glyph, readable without colour.
fn marker_glyph(marker: Option<Marker>, theme: &Theme) -> Span<'static> {
    match marker {
        Some(Marker::WorkingWell) => Span::styled("✓", theme.ok),
        Some(Marker::Gap) => Span::styled("!", theme.warn),
        Some(Marker::NotSure) => Span::styled("?", theme.label),
        None => Span::styled("·", theme.dim),
    }
}

/// The label of a marker, with "not marked" for none.
fn marker_label(marker: Option<Marker>) -> &'static str {
    marker.map_or("not marked", Marker::label)
}

impl WorksheetView {
    fn contexts(self) -> Vec<Context> {
        match self {
            WorksheetView::Form => Vec::new(),
            WorksheetView::Compare => vec![Context::WorksheetCompare, Context::Worksheet],
            WorksheetView::Preview => vec![Context::WorksheetPreview, Context::Worksheet],
        }
    }
}

impl Pane for OccupationPane {
    fn contexts(&self, _ctx: &Ctx) -> Vec<Context> {
        match (self.view, self.focus) {
            (WorksheetView::Form, Focus::Stems) => {
                vec![Context::WorksheetStems, Context::Worksheet, Context::List]
            }
            (WorksheetView::Form, Focus::Form) => vec![
                Context::WorksheetForm,
                Context::Worksheet,
                self.form.context(),
            ],
            (WorksheetView::Form, Focus::Goals) => {
                vec![Context::WorksheetGoals, Context::Worksheet, Context::List]
            }
            (WorksheetView::Compare, _) => {
                let mut out = self.view.contexts();
                out.push(Context::List);
                out
            }
            (WorksheetView::Preview, _) => self.view.contexts(),
        }
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        self.stem = self.stem.min(stems().len().saturating_sub(1));
        match action {
            Action::WorksheetView(view) => return self.show(view),
            Action::Mark => return self.cycle_marker(ctx),
            Action::New => return request_goal(ctx, self.current()),
            Action::OpenGoal => return self.open_goal(ctx),
            _ => {}
        }
        match (self.view, self.focus) {
            (WorksheetView::Form, Focus::Stems) => self.handle_stems(action),
            (WorksheetView::Form, Focus::Form) => self.handle_form(action, ctx),
            (WorksheetView::Form, Focus::Goals) => self.handle_goals(action, ctx),
            (WorksheetView::Compare, _) => self.handle_compare(action),
            (WorksheetView::Preview, _) => self.handle_preview(action),
        }
    }

    fn click(&mut self, x: u16, y: u16, _ctx: &mut Ctx) {
        let at = |hits: &[(Rect, usize)]| {
            hits.iter()
                .find(|(r, _)| r.contains(Position { x, y }))
                .map(|(_, i)| *i)
        };
        if let Some((_, view)) = self
            .hits
            .views
            .iter()
            .find(|(r, _)| r.contains(Position { x, y }))
        {
            let view = *view;
            self.show(view);
            return;
        }
        if let Some(i) = at(&self.hits.stems) {
            if i != self.stem {
                self.select_stem(i);
            }
            if self.view == WorksheetView::Form {
                self.focus = Focus::Stems;
            }
        } else if let Some(i) = at(&self.hits.goals) {
            self.goal = i;
            self.focus = Focus::Goals;
        } else if self.view == WorksheetView::Form && self.form.click(x, y) {
            self.focus = Focus::Form;
        }
    }

    fn reveal(&mut self, target: &Target, ctx: &Ctx) -> bool {
        let Target::Answer(key) = target else {
            return false;
        };
        let Some(i) = stems()
            .iter()
            .position(|s| [s.key(), s.ideal_key(), s.reality_key(), s.gap_key()].contains(key))
        else {
            return false;
        };
        self.select_stem(i);
        self.view = WorksheetView::Form;
        self.focus = Focus::Form;
        let fields = form_view::fields(&stems()[i], ctx);
        self.form.selected = fields
            .iter()
            .position(|f| matches!(&f.key, FieldKey::Answer(k) | FieldKey::Marker(k) if k == key))
            .unwrap_or(0);
        true
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        self.stem = self.stem.min(stems().len().saturating_sub(1));
        self.hits = Hits::default();
        // The goals may have been deleted elsewhere since the last frame.
        let goals = visible_goals(ctx, self.current()).len();
        self.goal = self.goal.min(goals.saturating_sub(1));
        if self.focus == Focus::Goals && goals == 0 {
            self.focus = Focus::Form;
        }
        if area.height < 3 {
            return;
        }
        let bar = Rect::new(area.x, area.y, area.width, 1);
        let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
        self.render_bar(bar, buf, ctx, theme);
        match self.view {
            WorksheetView::Form => form_view::render(self, body, buf, ctx, theme),
            WorksheetView::Compare => compare::render(self, body, buf, ctx, theme),
            WorksheetView::Preview => preview::render(self, body, buf, ctx, theme),
        }
    }
}

impl OccupationPane {
    /// The selected stem.
    fn current(&self) -> &'static Stem {
        &stems()[self.stem.min(stems().len() - 1)]
    }

    fn select_stem(&mut self, i: usize) {
        self.stem = i.min(stems().len().saturating_sub(1));
        self.form = Form::default();
        self.goal = 0;
    }

    fn show(&mut self, view: WorksheetView) {
        if view == WorksheetView::Form && self.view != WorksheetView::Form {
            self.focus = Focus::Stems;
        }
        if view == WorksheetView::Preview && self.view != WorksheetView::Preview {
            self.preview_scroll = 0;
        }
        self.view = view;
    }

    /// Moves the stem selection for list-like keys. Returns false for other actions.
    fn move_stem(&mut self, action: Action) -> bool {
        let last = stems().len() - 1;
        let next = match action {
            Action::Up => self.stem.saturating_sub(1),
            Action::Down => (self.stem + 1).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::PageUp => self.stem.saturating_sub(5),
            Action::PageDown => (self.stem + 5).min(last),
            _ => return false,
        };
        if next != self.stem {
            self.select_stem(next);
        }
        true
    }

    fn handle_stems(&mut self, action: Action) {
        if action == Action::Open {
            self.focus = Focus::Form;
            self.form = Form::default();
        } else {
            self.move_stem(action);
        }
    }

    fn handle_form(&mut self, action: Action, ctx: &mut Ctx) {
        let fields = form_view::fields(self.current(), ctx);
        self.form.clamp(fields.len());
        let last = fields.len().saturating_sub(1);
        let picking = self.form.picker.is_some();
        match action {
            Action::TogglePrivate => return self.toggle_private(ctx),
            // The worksheet reads on: past the last entry of a stem comes the next stem.
            Action::Down if !picking && self.form.selected >= last => {
                if visible_goals(ctx, self.current()).is_empty() {
                    self.next_stem_form();
                } else {
                    self.focus = Focus::Goals;
                    self.goal = 0;
                }
                return;
            }
            Action::Up if !picking && self.form.selected == 0 => {
                return self.previous_stem_end(ctx);
            }
            _ => {}
        }
        if self.form.handle(action, &fields, ctx) == FormOutcome::Back {
            self.focus = Focus::Stems;
        }
    }

    /// Moves to the first entry of the next stem, if there is one.
    fn next_stem_form(&mut self) {
        if self.stem + 1 < stems().len() {
            self.select_stem(self.stem + 1);
            self.focus = Focus::Form;
        }
    }

    /// Moves to the last row of the previous stem: its last goal, else its marker.
    fn previous_stem_end(&mut self, ctx: &Ctx) {
        if self.stem == 0 {
            return;
        }
        self.select_stem(self.stem - 1);
        let goals = visible_goals(ctx, self.current()).len();
        if goals > 0 {
            self.focus = Focus::Goals;
            self.goal = goals - 1;
        } else {
            self.focus = Focus::Form;
            self.form.selected = form_view::fields(self.current(), ctx).len() - 1;
        }
    }

    fn handle_goals(&mut self, action: Action, ctx: &mut Ctx) {
        let n = visible_goals(ctx, self.current()).len();
        if n == 0 {
            self.focus = Focus::Form;
            return;
        }
        match action {
            Action::Up if self.goal == 0 => {
                self.focus = Focus::Form;
                self.form.selected = form_view::fields(self.current(), ctx).len() - 1;
            }
            Action::Up => self.goal -= 1,
            Action::Down if self.goal + 1 >= n => self.next_stem_form(),
            Action::Down => self.goal += 1,
            Action::Top => self.goal = 0,
            Action::Bottom => self.goal = n - 1,
            Action::Back => self.focus = Focus::Stems,
            _ => {}
        }
    }

    fn handle_compare(&mut self, action: Action) {
        match action {
            Action::Open => {
                self.view = WorksheetView::Form;
                self.focus = Focus::Form;
                self.form = Form::default();
            }
            Action::Back => self.show(WorksheetView::Form),
            other => {
                self.move_stem(other);
            }
        }
    }

    fn handle_preview(&mut self, action: Action) {
        let page = self.preview_page.max(1);
        match action {
            Action::Up => self.preview_scroll = self.preview_scroll.saturating_sub(1),
            Action::Down => self.preview_scroll += 1,
            Action::PageUp => self.preview_scroll = self.preview_scroll.saturating_sub(page),
            Action::PageDown => self.preview_scroll += page,
            Action::Top => self.preview_scroll = 0,
            // Clamped to the text when drawn.
            Action::Bottom => self.preview_scroll = usize::MAX / 2,
            Action::Back => self.show(WorksheetView::Form),
            _ => {}
        }
    }

    /// working well → gap → not sure → not marked → working well …
    fn cycle_marker(&mut self, ctx: &mut Ctx) {
        let stem = self.current();
        let current = ctx.journey.markers.get(&stem.key()).copied();
        let next = match current {
            None => Marker::ALL.first().copied(),
            Some(m) => {
                let i = Marker::ALL.iter().position(|x| *x == m).unwrap_or(0);
                Marker::ALL.get(i + 1).copied()
            }
        };
        if ctx.commit(
            &FieldKey::Marker(stem.key()),
            Value::Choice(next.map(Marker::code)),
        ) {
            let what = marker_label(next);
            if next == Some(Marker::Gap) {
                let key = action_key(Action::New, Context::WorksheetStems);
                ctx.info(format!(
                    "{}: {what} — {key} makes a goal from it",
                    stem.title
                ));
            } else {
                ctx.info(format!("{}: {what}", stem.title));
            }
        }
    }

    fn toggle_private(&mut self, ctx: &mut Ctx) {
        let fields = form_view::fields(self.current(), ctx);
        let Some(FieldKey::Answer(key)) = fields.get(self.form.selected).map(|f| &f.key) else {
            ctx.info("Only the texts can be private: select the ideal, the reality or the gap");
            return;
        };
        let label = form_view::entry_label(key);
        let private = !ctx.journey.private_answers.contains(key);
        if ctx.commit(&FieldKey::AnswerPrivate(key.clone()), Value::Bool(private)) {
            if private {
                ctx.info(format!(
                    "{label} is private: hidden on the shared screen and in shared exports"
                ));
            } else {
                ctx.info(format!("{label} is no longer private"));
            }
        }
    }

    fn open_goal(&mut self, ctx: &mut Ctx) {
        let goals: Vec<i64> = visible_goals(ctx, self.current())
            .iter()
            .map(|g| g.id)
            .collect();
        match goals.as_slice() {
            [] => {
                let key = action_key(Action::New, Context::WorksheetStems);
                ctx.info(format!(
                    "No goal made from this stem yet; mark it as a gap, then {key} makes one"
                ));
            }
            [only] => ctx.jump = Some(Target::Goal(*only)),
            several => {
                if self.view == WorksheetView::Form && self.focus == Focus::Goals {
                    let id = several[self.goal.min(several.len() - 1)];
                    ctx.jump = Some(Target::Goal(id));
                } else {
                    self.view = WorksheetView::Form;
                    self.focus = Focus::Goals;
                    self.goal = 0;
                    ctx.info("Several goals came from this stem: choose one, Enter opens it");
                }
            }
        }
    }

    /// The view bar: the three views with their keys, and how far the worksheet is.
    fn render_bar(&mut self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let mut x = area.x + 1;
        for view in WorksheetView::ALL {
            let key = view.key_label();
            let name = format!(" {} ", view.title());
            let style = if view == self.view {
                theme.tab_active
            } else {
                theme.tab
            };
            let line = Line::from(vec![
                Span::styled(key.clone(), theme.key),
                Span::styled(name, style),
            ]);
            let w = u16::try_from(line.width()).unwrap_or(0);
            if x + w > area.right() {
                break;
            }
            let rect = Rect::new(x, area.y, w, 1);
            Paragraph::new(line).render(rect, buf);
            self.hits.views.push((rect, view));
            x += w + 2;
        }
        let filled = stems()
            .iter()
            .filter(|s| {
                let key = s.ideal_key();
                !ctx.journey.answer_text(&key).trim().is_empty()
                    && ctx.shows(ctx.journey.private_answers.contains(&key))
            })
            .count();
        let counts = marker_counts(&ctx.journey);
        let summary = format!(
            "{filled} of {} filled · {} working well · {} {}",
            stems().len(),
            counts.working_well,
            counts.gap,
            if counts.gap == 1 { "gap" } else { "gaps" }
        );
        let room = area.right().saturating_sub(x + 1);
        if let Ok(w) = u16::try_from(summary.width())
            && w <= room
        {
            let rect = Rect::new(area.right() - w - 1, area.y, w, 1);
            Paragraph::new(Span::styled(summary, theme.dim)).render(rect, buf);
        }
    }
}

/// The first key bound to an action in a context, as shown to the user.
fn action_key(action: Action, context: Context) -> String {
    keymap::BINDINGS
        .iter()
        .find(|b| b.context == context && b.action == action)
        .and_then(|b| b.keys.first())
        .map(keymap::Key::label)
        .unwrap_or_default()
}
