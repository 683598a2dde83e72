//! Conversation tab: the four questions — where are you now, where do you want to be, how might you get there, how are you doing — with dated answers.

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

/// View state of the Conversation tab.
#[derive(Clone, Debug, Default)]
pub struct ConversationPane;

/// What this tab will hold (shown until it is built).
pub const PROMISE: &str = "The four questions — where are you now, where do you want to be, how might you get there, how are you doing — with dated answers.";

impl Pane for ConversationPane {
    fn contexts(&self, _ctx: &Ctx) -> Vec<Context> {
        Vec::new()
    }

    fn handle(&mut self, _action: Action, _ctx: &mut Ctx) {}

    fn render(&mut self, area: Rect, buf: &mut Buffer, _ctx: &Ctx, theme: &Theme) {
        let block = panel("Conversation", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        render_note(inner, buf, vec![Line::from(PROMISE)], theme.dim);
    }
}

/// Lines for the Overview tab: the last answer to 'How are you doing?'. Empty until this tab is built.
#[must_use]
pub fn overview_lines(_ctx: &Ctx, _theme: &Theme) -> Vec<Line<'static>> {
    Vec::new()
}
