//! The screen after the shared screen: nothing from the journey, only that sharing has
//! ended and that `Enter` shows the mentee's own view, private items included. It stands
//! between the wrap-up and any tab, so that ending the shared screen (one `Esc` too many,
//! while the screen is still projected) never shows private text at once.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::action::Action;
use crate::ctx::Ctx;
use crate::keymap::{Context, first_key_in};
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::panel;
use crate::view::View;

/// The neutral screen's state: only whether the user asked for their own view.
#[derive(Clone, Debug, Default)]
pub struct EndedPane {
    leave: bool,
}

impl EndedPane {
    /// Whether the user asked to see their own view (cleared by reading it).
    pub fn take_leave(&mut self) -> bool {
        std::mem::take(&mut self.leave)
    }
}

impl Pane for EndedPane {
    fn contexts(&self, _view: &View) -> Vec<Context> {
        vec![Context::SharedEnded]
    }

    fn handle(&mut self, action: Action, _ctx: &mut Ctx) {
        if action == Action::Open {
            self.leave = true;
        }
    }

    /// Draws fixed text only: nothing of the journey is read.
    fn render(&mut self, area: Rect, buf: &mut Buffer, _view: &View, theme: &Theme) {
        let block = panel("Shared screen ended", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let enter = first_key_in(Context::SharedEnded, Action::Open);
        let lines = vec![
            Line::from(Span::styled(
                format!("The shared screen has ended — {enter} shows your own view"),
                theme.title,
            )),
            Line::default(),
            Line::from(Span::styled(
                "Your own view shows your private items again: stop sharing or projecting \
                 your screen first.",
                theme.dim,
            )),
        ];
        let [_, middle, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(5),
            Constraint::Fill(1),
        ])
        .areas(inner);
        Paragraph::new(lines)
            .centered()
            .wrap(Wrap { trim: true })
            .render(middle, buf);
    }
}
