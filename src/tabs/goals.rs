//! Goals tab: your development plan: goals, milestones and progress reviewed over time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::action::Action;
use crate::ctx::Ctx;
use crate::keymap::Context;
use crate::tabs::Pane;
use crate::theme::Theme;
use crate::ui::{panel, render_note};

/// View state of the Goals tab.
#[derive(Clone, Debug, Default)]
pub struct GoalsPane;

/// What this tab will hold (shown until it is built).
pub const PROMISE: &str =
    "Your development plan: goals, milestones and progress reviewed over time.";

impl Pane for GoalsPane {
    fn contexts(&self, _ctx: &Ctx) -> Vec<Context> {
        Vec::new()
    }

    fn handle(&mut self, _action: Action, _ctx: &mut Ctx) {}

    fn render(&mut self, area: Rect, buf: &mut Buffer, _ctx: &Ctx, theme: &Theme) {
        let block = panel("Goals", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        render_note(inner, buf, vec![Line::from(PROMISE)], theme.dim);
    }
}

/// Lines for the Overview tab: the goals with progress bars, overdue first, and the last review note of each. Empty until this tab is built.
#[must_use]
pub fn overview_lines(_ctx: &Ctx, _theme: &Theme) -> Vec<Line<'static>> {
    Vec::new()
}
