//! One goal open: its fields on the left; on the right its milestones, a chart of progress
//! over time and the review log. `↓` past the last field continues into the milestones, then
//! the reviews (`]` / `[` jump between them); `Enter` on a milestone or review edits it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Widget;

use super::fields::{goal_fields, milestone_fields, review_fields, review_note_index};
use super::list::goal_title;
use super::timeline::{header_lines, heading};
use super::{Detail, GoalsPane, Section, reorder};
use crate::action::Action;
use crate::ctx::Ctx;
use crate::domain::goals::{milestones_of, review_draft, reviews_of};
use crate::domain::{FieldKey, Goal, Id, Milestone, MilestoneField, Record, ReviewField, Value};
use crate::editor::TextKind;
use crate::theme::Theme;
use crate::ui::form::{Form, FormOutcome};
use crate::ui::heading_row;
use crate::ui::panel;
use crate::ui::text;
use crate::ui::wrap::truncate;
use crate::view::View;

/// A goal's milestones, in order.
pub(super) fn milestone_ids(view: &View, goal: Id) -> Vec<Id> {
    milestones_of(view.journey, goal)
        .iter()
        .map(|m| m.id)
        .collect()
}

/// A goal's reviews, newest first (a log).
pub(super) fn review_ids(view: &View, goal: Id) -> Vec<Id> {
    let mut ids: Vec<Id> = reviews_of(view.journey, goal)
        .iter()
        .map(|r| r.id)
        .collect();
    ids.reverse();
    ids
}

impl GoalsPane {
    pub(super) fn handle_detail(&mut self, action: Action, ctx: &mut Ctx) {
        if let Some(mut d) = self.detail.take()
            && d.handle(action, ctx)
        {
            self.detail = Some(d);
        }
    }

    pub(super) fn click_detail(&mut self, x: u16, y: u16, ctx: &mut Ctx) {
        let Some(d) = self.detail.as_mut() else {
            return;
        };
        let editing_entry = matches!(d.section, Section::Milestone(_) | Section::Review(_));
        if editing_entry && d.entry_form.click(x, y) {
            return;
        }
        if d.form.click(x, y) {
            d.section = Section::Fields;
        } else if !editing_entry && d.milestones.contains(x, y) {
            d.milestones.click(x, y);
            d.milestones.clamp(milestone_ids(&ctx.view(), d.goal).len());
            d.section = Section::Milestones;
        } else if !editing_entry && d.reviews.contains(x, y) {
            d.reviews.click(x, y);
            d.reviews.clamp(review_ids(&ctx.view(), d.goal).len());
            d.section = Section::Reviews;
        }
    }

    pub(super) fn render_detail(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        view: &View,
        theme: &Theme,
    ) {
        let Some(d) = self.detail.as_mut() else {
            return;
        };
        let Some(goal) = view.journey.goal(d.goal) else {
            return;
        };
        let mut title = format!("Goal: {}", goal_title(goal));
        if goal.private {
            title.push_str(" (private)");
        }
        let title = truncate(&title, usize::from(area.width.saturating_sub(6)));
        let block = panel(&title, true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 6 || inner.width < 30 {
            return;
        }
        let header = header_lines(goal, view, theme, usize::from(inner.width));
        let header_h = u16::try_from(header.len()).unwrap_or(0);
        let [head, body] =
            Layout::vertical([Constraint::Length(header_h), Constraint::Fill(1)]).areas(inner);
        text::paragraph(buf, head, header);
        let left_w = body.width / 2;
        let [left, _, right] = Layout::horizontal([
            Constraint::Length(left_w),
            Constraint::Length(2),
            Constraint::Fill(1),
        ])
        .areas(body);
        for y in body.y..body.bottom() {
            text::set_string(buf, body.x + left_w, y, "│", theme.border);
        }
        d.render_fields(left, buf, goal, view, theme);
        match d.section {
            Section::Milestone(_) | Section::Review(_) => d.render_entry(right, buf, view, theme),
            _ => d.render_progress(right, buf, goal, view, theme),
        }
    }
}

impl Detail {
    /// The fields of the form that has the keys: the goal's, or the open milestone's or
    /// review's (none while a list has them).
    pub(super) fn fields(&self, view: &View) -> Vec<crate::ui::form::FieldSpec> {
        let j = view.journey;
        match self.section {
            Section::Fields => j.goal(self.goal).map(|g| goal_fields(g, view)),
            Section::Milestone(id) => j.milestone(id).map(milestone_fields),
            Section::Review(id) => j
                .review(id)
                .map(|r| review_fields(r, j.goal(self.goal), view)),
            Section::Milestones | Section::Reviews => None,
        }
        .unwrap_or_default()
    }

    /// Acts on an action; false when the goal is closed (back to the list).
    fn handle(&mut self, action: Action, ctx: &mut Ctx) -> bool {
        match action {
            Action::NewMilestone => {
                let draft = Milestone {
                    goal_id: self.goal,
                    ..Milestone::default()
                };
                if let Some(id) = ctx.insert(draft) {
                    self.edit_entry(Section::Milestone(id), 0);
                    let key = FieldKey::Milestone(id, MilestoneField::Text);
                    ctx.begin_edit(
                        key,
                        TextKind::Line,
                        "Step",
                        "a concrete step toward the goal",
                    );
                }
                return true;
            }
            Action::NewReview => {
                let draft = review_draft(ctx.journey(), &ctx.clock, self.goal);
                if let Some(id) = ctx.insert(draft) {
                    let goal = ctx.journey().goal(self.goal);
                    self.edit_entry(Section::Review(id), review_note_index(goal));
                    let key = FieldKey::Review(id, ReviewField::Note);
                    ctx.begin_edit(key, TextKind::Text, "Note", "How am I doing?");
                }
                return true;
            }
            Action::NextSection | Action::PrevSection => {
                let order = [Section::Fields, Section::Milestones, Section::Reviews];
                let i = order.iter().position(|s| *s == self.section).unwrap_or(0);
                let step = if action == Action::NextSection { 1 } else { 2 };
                self.section = order[(i + step) % order.len()];
                return true;
            }
            _ => {}
        }
        match self.section {
            Section::Fields => self.handle_fields(action, ctx),
            Section::Milestones => self.handle_milestones(action, ctx),
            Section::Reviews => self.handle_reviews(action, ctx),
            Section::Milestone(id) => {
                let fields = match ctx.journey().milestone(id) {
                    Some(m) => milestone_fields(m),
                    None => Vec::new(),
                };
                if fields.is_empty()
                    || self.entry_form.handle(action, &fields, ctx) == FormOutcome::Back
                {
                    self.section = Section::Milestones;
                    self.select_in(Section::Milestones, id, &ctx.view());
                }
                true
            }
            Section::Review(id) => {
                let goal = ctx.journey().goal(self.goal);
                let fields = match ctx.journey().review(id) {
                    Some(r) => review_fields(r, goal, &ctx.view()),
                    None => Vec::new(),
                };
                if fields.is_empty()
                    || self.entry_form.handle(action, &fields, ctx) == FormOutcome::Back
                {
                    self.section = Section::Reviews;
                    self.select_in(Section::Reviews, id, &ctx.view());
                }
                true
            }
        }
    }

    fn edit_entry(&mut self, section: Section, field: usize) {
        self.section = section;
        self.entry_form = Form::default();
        self.entry_form.selected = field;
    }

    fn select_in(&mut self, section: Section, id: Id, view: &View) {
        let (ids, list) = match section {
            Section::Milestones => (milestone_ids(view, self.goal), &mut self.milestones),
            _ => (review_ids(view, self.goal), &mut self.reviews),
        };
        if let Some(i) = ids.iter().position(|x| *x == id) {
            list.selected = i;
        }
    }

    fn handle_fields(&mut self, action: Action, ctx: &mut Ctx) -> bool {
        let Some(g) = ctx.journey().goal(self.goal) else {
            return false;
        };
        let fields = goal_fields(g, &ctx.view());
        // Coming up from the milestones asks for "the last field" with a large index.
        self.form.clamp(fields.len());
        let at_end = self.form.selected + 1 >= fields.len() && !self.form.filling;
        if action == Action::Down && at_end {
            self.section = Section::Milestones;
            self.milestones.selected = 0;
            return true;
        }
        self.form.handle(action, &fields, ctx) != FormOutcome::Back
    }

    fn handle_milestones(&mut self, action: Action, ctx: &mut Ctx) -> bool {
        let ids = milestone_ids(&ctx.view(), self.goal);
        self.milestones.clamp(ids.len());
        let i = self.milestones.selected;
        let current = ids.get(i).copied();
        match (action, current) {
            (Action::Back, _) => return false,
            (Action::Up, _) if i == 0 => {
                self.section = Section::Fields;
                self.form.selected = usize::MAX; // clamped to the last field
            }
            (Action::Down, _) if i + 1 >= ids.len() => {
                self.section = Section::Reviews;
                self.reviews.selected = 0;
            }
            (Action::Open, None) => return self.handle(Action::NewMilestone, ctx),
            (Action::Open, Some(id)) => self.edit_entry(Section::Milestone(id), 0),
            (Action::Toggle, Some(id)) => {
                let key = FieldKey::Milestone(id, MilestoneField::Done);
                let done = ctx.journey().get(&key) == Value::Bool(true);
                ctx.commit(&key, Value::Bool(!done));
            }
            (Action::Delete, Some(id)) => {
                let text = ctx
                    .journey()
                    .milestone(id)
                    .map_or_else(String::new, |m| truncate(&m.text, 40));
                ctx.ask_delete(Record::Milestone, id, &format!("milestone “{text}”"));
            }
            (Action::MoveUp, Some(id)) if i > 0 => {
                if reorder::swap_milestones(ctx, id, ids[i - 1]) {
                    self.milestones.selected = i - 1;
                }
            }
            (Action::MoveDown, Some(id)) if i + 1 < ids.len() => {
                if reorder::swap_milestones(ctx, id, ids[i + 1]) {
                    self.milestones.selected = i + 1;
                }
            }
            (other, _) => {
                self.milestones.handle(other, ids.len());
            }
        }
        true
    }

    fn handle_reviews(&mut self, action: Action, ctx: &mut Ctx) -> bool {
        let ids = review_ids(&ctx.view(), self.goal);
        self.reviews.clamp(ids.len());
        let i = self.reviews.selected;
        match (action, ids.get(i).copied()) {
            (Action::Back, _) => return false,
            (Action::Up, _) if i == 0 => {
                self.section = Section::Milestones;
                self.milestones.selected = usize::MAX; // clamped to the last
            }
            (Action::Open, None) => return self.handle(Action::NewReview, ctx),
            (Action::Open, Some(id)) => {
                let note = review_note_index(ctx.journey().goal(self.goal));
                self.edit_entry(Section::Review(id), note);
            }
            (Action::Delete, Some(id)) => {
                let day = ctx
                    .journey()
                    .review(id)
                    .map_or_else(String::new, |r| r.day.format("%Y-%m-%d").to_string());
                ctx.ask_delete(Record::Review, id, &format!("the review of {day}"));
            }
            (other, _) => {
                self.reviews.handle(other, ids.len());
            }
        }
        true
    }

    fn render_fields(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        g: &Goal,
        view: &View,
        theme: &Theme,
    ) {
        let focused = self.section == Section::Fields;
        let rest = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(1),
        );
        let fields = goal_fields(g, view);
        self.form.render(rest, buf, &fields, view, theme, focused);
        let head = heading("Goal", String::new(), focused, theme);
        let row = Rect { height: 1, ..area };
        heading_row(row, buf, head, self.form.more(), theme);
    }

    /// The milestone or review being edited, in place of both lists.
    fn render_entry(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let j = view.journey;
        let (title, fields) = match self.section {
            Section::Milestone(id) => match j.milestone(id) {
                Some(m) => ("Milestone".to_string(), milestone_fields(m)),
                None => return,
            },
            Section::Review(id) => match j.review(id) {
                Some(r) => (
                    format!("Review of {}", r.day.format("%Y-%m-%d")),
                    review_fields(r, j.goal(self.goal), view),
                ),
                None => return,
            },
            _ => return,
        };
        let rest = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(1),
        );
        self.entry_form
            .render(rest, buf, &fields, view, theme, true);
        let head = heading(&title, format!("  {}: back", back_key()), true, theme);
        let row = Rect { height: 1, ..area };
        heading_row(row, buf, head, self.entry_form.more(), theme);
    }
}

/// The key that leaves a form ("Esc"), from the keymap.
fn back_key() -> String {
    crate::keymap::first_key_in(crate::keymap::Context::Form, Action::Back)
}
