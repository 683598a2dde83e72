//! Ideal occupation tab: the ideal-occupation worksheet, compared with current reality; gaps become goals.

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

/// View state of the Ideal occupation tab.
#[derive(Clone, Debug, Default)]
pub struct OccupationPane;

/// What this tab will hold (shown until it is built).
pub const PROMISE: &str =
    "The ideal-occupation worksheet, compared with current reality; gaps become goals.";

impl Pane for OccupationPane {
    fn contexts(&self, _ctx: &Ctx) -> Vec<Context> {
        Vec::new()
    }

    fn handle(&mut self, _action: Action, _ctx: &mut Ctx) {}

    fn render(&mut self, area: Rect, buf: &mut Buffer, _ctx: &Ctx, theme: &Theme) {
        let block = panel("Ideal occupation", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        render_note(inner, buf, vec![Line::from(PROMISE)], theme.dim);
    }
}
