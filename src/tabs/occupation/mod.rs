//! Ideal occupation tab (Rolfe 2017, "Identify the ideal occupation"): the worksheet that
//! replaces a job title as the aim, compared with current reality, its gaps turned into goals.
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
mod input;
mod preview;

pub use gap_goal::{create_goal_from_stem, draft_goal, request_goal, visible_goals};

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::text::count;
use crate::domain::{FieldKey, Marker};
use crate::export::worksheet::marker_counts;
use crate::keymap::{self, Context};
use crate::method::{Stem, method};
use crate::pane::Pane;
use crate::tab::WorksheetView;
use crate::theme::Theme;
use crate::ui::form::Form;
use crate::ui::text;
use crate::view::View;

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

impl OccupationPane {
    /// The contexts of the view and focus (without the gap's).
    fn view_contexts(&self, view: &View) -> Vec<Context> {
        match (self.view, self.focus) {
            (WorksheetView::Form, Focus::Stems) => {
                vec![Context::WorksheetStems, Context::Worksheet, Context::List]
            }
            (WorksheetView::Form, Focus::Form) => self.form.contexts_in(
                &[Context::WorksheetForm, Context::Worksheet],
                &form_view::fields(self.current(), view),
            ),
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
}

impl Pane for OccupationPane {
    fn editing_contexts(&self, view: &View) -> Vec<Context> {
        if (self.view, self.focus) == (WorksheetView::Form, Focus::Form) {
            Form::editing_contexts(&form_view::fields(self.current(), view), view)
        } else {
            Vec::new()
        }
    }

    fn contexts(&self, view: &View) -> Vec<Context> {
        let gap = view.journey.markers.get(&self.current().key()) == Some(&Marker::Gap);
        let mut out = self.view_contexts(view);
        if gap && self.view != WorksheetView::Preview {
            out.insert(1.min(out.len()), Context::WorksheetGap);
        }
        out
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        self.dispatch(action, ctx);
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

    fn reveal(&mut self, target: &Target, view: &View) -> bool {
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
        let fields = form_view::fields(&stems()[i], view);
        self.form.selected = fields
            .iter()
            .position(|f| matches!(&f.key, FieldKey::Answer(k) | FieldKey::Marker(k) if k == key))
            .unwrap_or(0);
        true
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        self.stem = self.stem.min(stems().len().saturating_sub(1));
        self.hits = Hits::default();
        // The goals may have been deleted elsewhere since the last frame.
        let goals = visible_goals(view, self.current()).len();
        self.goal = self.goal.min(goals.saturating_sub(1));
        if self.focus == Focus::Goals && goals == 0 {
            self.focus = Focus::Form;
        }
        if area.height < 3 {
            return;
        }
        let bar = Rect::new(area.x, area.y, area.width, 1);
        let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
        self.render_bar(bar, buf, view, theme);
        match self.view {
            WorksheetView::Form => form_view::render(self, body, buf, view, theme),
            WorksheetView::Compare => compare::render(self, body, buf, view, theme),
            WorksheetView::Preview => preview::render(self, body, buf, view, theme),
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

    /// The view bar: the three views with their keys, and how far the worksheet is.
    fn render_bar(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let mut x = area.x + 1;
        for view in WorksheetView::iter() {
            let key = keymap::first_key(Action::WorksheetView(view));
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
            text::paragraph(buf, rect, line);
            self.hits.views.push((rect, view));
            x += w + 2;
        }
        let filled = stems()
            .iter()
            .filter(|s| !view.journey.answer_text(&s.ideal_key()).trim().is_empty())
            .count();
        let counts = marker_counts(view.journey);
        let summary = format!(
            "{filled} of {} filled · {} working well · {}",
            stems().len(),
            counts.working_well,
            count(counts.gap, "gap", "gaps")
        );
        let room = area.right().saturating_sub(x + 1);
        if let Ok(w) = u16::try_from(summary.width())
            && w <= room
        {
            let rect = Rect::new(area.right() - w - 1, area.y, w, 1);
            text::paragraph(buf, rect, Span::styled(summary, theme.dim));
        }
    }
}

/// The first key bound to an action in a context, as shown to the user.
fn action_key(action: Action, context: Context) -> String {
    keymap::first_key_in(context, action)
}
