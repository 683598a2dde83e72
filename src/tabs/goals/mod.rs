//! Goals tab: the development plan: goals with tangible evidence of success, their
//! milestones, and a dated review log ("How am I doing?").
//!
//! Two views: the list (sort, filter, priority order, overdue and review-due marks) and one
//! goal open (its fields on the left; milestones, a progress chart and reviews on the right).
//! The rules themselves (progress, overdue, cadence) live in `domain::goals`.

mod detail;
pub mod fields;
mod list;
pub mod reorder;
mod summary;
mod timeline;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::goals::{GoalSort, MentorFilter, StatusFilter};
use crate::domain::{FieldKey, Id};
use crate::keymap::Context;
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::form::Form;
use crate::ui::list::ListView;
use crate::view::View;

pub use summary::overview_lines;

/// What part of an open goal has the keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Section {
    #[default]
    Fields,
    Milestones,
    Reviews,
    /// Editing one milestone.
    Milestone(Id),
    /// Editing one review.
    Review(Id),
}

/// View state of an open goal.
#[derive(Clone, Debug, Default)]
struct Detail {
    goal: Id,
    section: Section,
    form: Form,
    milestones: ListView,
    reviews: ListView,
    entry_form: Form,
}

/// View state of the Goals tab.
#[derive(Clone, Debug, Default)]
pub struct GoalsPane {
    sort: GoalSort,
    status: StatusFilter,
    mentor: MentorFilter,
    list: ListView,
    /// The goal selected in the list, by id, so sorting and filtering keep it selected.
    selected: Option<Id>,
    /// The open goal, if any.
    detail: Option<Detail>,
    /// The list as last sorted or filtered (see [`list::Sorted`]).
    sorted: Option<list::Sorted>,
}

impl GoalsPane {
    /// Closes what may no longer be shown: the open goal when it has gone (deleted) or is
    /// hidden (private, on the shared screen), and a review being edited likewise — a view
    /// opened before the screen was shared must not show it after.
    fn drop_hidden(&mut self, view: &View) {
        let j = view.journey;
        let Some(d) = self.detail.as_mut() else {
            return;
        };
        if j.goal(d.goal).is_none() {
            self.detail = None;
            return;
        }
        if let Section::Review(id) = d.section
            && j.review(id).is_none()
        {
            d.section = Section::Reviews;
        }
    }
}

impl Pane for GoalsPane {
    fn contexts(&self, view: &View) -> Vec<Context> {
        let Some(d) = &self.detail else {
            return vec![Context::GoalList, Context::List];
        };
        let pane = match d.section {
            Section::Fields => vec![Context::GoalFields],
            Section::Milestones => return vec![Context::GoalMilestones, Context::List],
            Section::Reviews => return vec![Context::GoalReviews, Context::List],
            Section::Milestone(_) => vec![Context::GoalMilestone],
            Section::Review(_) => Vec::new(),
        };
        let form = if d.section == Section::Fields {
            &d.form
        } else {
            &d.entry_form
        };
        form.contexts_in(&pane, &d.fields(view))
    }

    fn editing_contexts(&self, view: &View) -> Vec<Context> {
        match &self.detail {
            Some(d) => Form::editing_contexts(&d.fields(view), view),
            None => Vec::new(),
        }
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        self.drop_hidden(&ctx.view());
        if self.detail.is_some() {
            self.handle_detail(action, ctx);
        } else {
            self.handle_list(action, ctx);
        }
    }

    fn click(&mut self, x: u16, y: u16, ctx: &mut Ctx) {
        if self.detail.is_some() {
            self.click_detail(x, y, ctx);
        } else {
            self.click_list(x, y, ctx);
        }
    }

    fn reveal(&mut self, target: &Target, view: &View) -> bool {
        let j = view.journey;
        let (goal_id, section) = match target {
            Target::Goal(id) | Target::Field(FieldKey::Goal(id, _)) => (*id, Section::Fields),
            Target::Milestone(id) => match j.milestone(*id) {
                Some(m) => (m.goal_id, Section::Milestones),
                None => return false,
            },
            Target::Review(id) => match j.review(*id) {
                Some(r) => (r.goal_id, Section::Reviews),
                None => return false,
            },
            _ => return false,
        };
        if j.goal(goal_id).is_none() {
            return false;
        }
        if self.visible_ids(view).position(goal_id, j).is_none() {
            // A filter hides it: show everything rather than a goal the list does not have.
            self.status = StatusFilter::All;
            self.mentor = MentorFilter::All;
        }
        self.selected = Some(goal_id);
        let mut d = Detail {
            goal: goal_id,
            section,
            ..Detail::default()
        };
        match target {
            Target::Field(key) => {
                if let Some(g) = j.goal(goal_id) {
                    let fields = fields::goal_fields(g, view);
                    d.form.selected = fields.iter().position(|f| f.key == *key).unwrap_or(0);
                }
            }
            Target::Milestone(id) => {
                d.milestones.selected = detail::milestone_ids(view, goal_id)
                    .iter()
                    .position(|m| m == id)
                    .unwrap_or(0);
            }
            Target::Review(id) => {
                d.reviews.selected = detail::review_ids(view, goal_id)
                    .iter()
                    .position(|r| r == id)
                    .unwrap_or(0);
            }
            _ => {}
        }
        self.detail = Some(d);
        true
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        self.drop_hidden(view);
        if self.detail.is_some() {
            self.render_detail(area, buf, view, theme);
        } else {
            self.render_list(area, buf, view, theme);
        }
    }
}
