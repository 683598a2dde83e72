//! One module per tab: each holds view state only (selection, focus, scroll), reads records
//! through `ctx.journey()`, asks `Ctx` for writes, and draws from a read-only
//! [`View`](crate::view::View) (see [`Pane`]).

pub mod agreement;
pub mod conversation;
pub mod copies;
pub mod goals;
pub mod journal;
pub mod occupation;
pub mod overview;

use crate::pane::Pane;
use crate::tab::Tab;

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
