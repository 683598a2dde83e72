//! The two moments that cross tabs: preparing alone before a meeting, and
//! reviewing together on one shared screen. Each is a pane drawn instead of the active tab;
//! the app switches between them and the tabs. A neutral screen follows the shared one.

pub mod ended;
pub mod prepare;
pub mod review;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::keymap::{self, Context};
use crate::theme::Theme;
use crate::ui::text;
use crate::ui::wrap::truncate;

/// A screen drawn instead of the active tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The agenda for the next meeting (`P`).
    Prepare,
    /// The shared-screen review of the goals (`S`).
    Review,
    /// After the shared screen, before the mentee's own view shows again.
    Ended,
}

/// The row that says the screen is shared, on every screen while it is: what it means,
/// and how to get back to the review or end it.
pub fn render_banner(area: Rect, buf: &mut Buffer, in_review: bool, theme: &Theme) {
    let what = if area.width >= 64 {
        " Shared screen · nothing private is shown "
    } else {
        " Shared screen · private items hidden "
    };
    let share = keymap::first_key_in(Context::Tabs, Action::SharedScreen);
    let keys = if in_review {
        let back = keymap::first_key_in(Context::ReviewStep, Action::Back);
        format!("{share} or {back} ends it ")
    } else {
        format!("{share} back to the review ")
    };
    let width = usize::from(area.width);
    let fill = width.saturating_sub(what.chars().count() + keys.chars().count());
    let text = if fill == 0 {
        truncate(what, width)
    } else {
        format!("{what}{}{keys}", " ".repeat(fill))
    };
    text::paragraph(buf, area, Line::from(Span::styled(text, theme.banner)));
}
