//! One module per tab: each holds view state only (selection, focus, scroll) and reads
//! records from the shared [`Journey`](crate::domain::Journey).

pub mod agreement;
pub mod conversation;
pub mod goals;
pub mod journal;
pub mod occupation;
pub mod overview;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::keymap::Context;
use crate::tab::Tab;
use crate::theme::Theme;

/// What every tab does. Panes keep view state only; records live in `ctx.journey`.
pub trait Pane {
    /// Keymap contexts of this pane right now, most specific first (the app adds
    /// `Tabs` and `Global` after them).
    fn contexts(&self, ctx: &Ctx) -> Vec<Context>;
    /// Acts on an action the keymap produced in one of this pane's contexts (or a
    /// generic one such as `Up`).
    fn handle(&mut self, action: Action, ctx: &mut Ctx);
    /// A left click at a screen position inside the body.
    fn click(&mut self, _x: u16, _y: u16, _ctx: &mut Ctx) {}
    /// Selects and shows a record this tab holds (after a jump from elsewhere). Returns
    /// false if the pane does not know the target.
    fn reveal(&mut self, _target: &Target, _ctx: &Ctx) -> bool {
        false
    }
    /// Whether the pane is taking typed text of its own, outside the field editor (e.g. a
    /// search query). The app then leaves out the browsing keys (`Tabs`: `q`, `1`–`6`, ...)
    /// and hands keys no binding claims to [`Pane::type_key`] and pastes to [`Pane::paste`].
    fn takes_text(&self) -> bool {
        false
    }
    /// A key typed into the pane's own text input (see [`Pane::takes_text`]).
    fn type_key(&mut self, _key: crossterm::event::KeyEvent, _ctx: &mut Ctx) {}
    /// Text pasted into the pane's own text input (see [`Pane::takes_text`]).
    fn paste(&mut self, _text: &str, _ctx: &mut Ctx) {}
    /// Draws the pane. Must not touch the database; in shared-screen mode
    /// (`ctx.shared`) it must not show anything marked private.
    fn render(&mut self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme);
}

/// The six panes, one per tab.
#[derive(Default)]
pub struct Panes {
    pub overview: overview::OverviewPane,
    pub conversation: conversation::ConversationPane,
    pub occupation: occupation::OccupationPane,
    pub goals: goals::GoalsPane,
    pub journal: journal::JournalPane,
    pub agreement: agreement::AgreementPane,
}

impl Panes {
    /// The pane of a tab.
    pub fn get(&mut self, tab: Tab) -> &mut dyn Pane {
        match tab {
            Tab::Overview => &mut self.overview,
            Tab::Conversation => &mut self.conversation,
            Tab::Occupation => &mut self.occupation,
            Tab::Goals => &mut self.goals,
            Tab::Journal => &mut self.journal,
            Tab::Agreement => &mut self.agreement,
        }
    }

    /// The pane of a tab, read-only.
    #[must_use]
    pub fn get_ref(&self, tab: Tab) -> &dyn Pane {
        match tab {
            Tab::Overview => &self.overview,
            Tab::Conversation => &self.conversation,
            Tab::Occupation => &self.occupation,
            Tab::Goals => &self.goals,
            Tab::Journal => &self.journal,
            Tab::Agreement => &self.agreement,
        }
    }
}
