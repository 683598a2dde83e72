//! Conversation tab: the four questions of the mentoring conversation (Rolfe 2017), each
//! with its guiding prompts, and the mentee's dated answers to them.
//!
//! Every question as a whole and every prompt has one answer key (see [`crate::method`]).
//! Answers are versioned by day in the journey: editing on the same day replaces that day's
//! version, editing on a later day adds one. This pane shows the current answers, the
//! versions of one answer (history) and what changed since the last meeting.

mod changes;
mod entries;
mod history;
mod main_view;
mod scroll;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::FieldKey;
use crate::domain::dates::{relative_words, short_day};
use crate::editor::TextKind;
use crate::keymap::Context;
use crate::pane::Pane;
use crate::tab::Tab;
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit};
use crate::ui::list::ListView;
use crate::ui::wrap::truncate;
use crate::view::View;

pub use entries::{Entry, entries};

use changes::ChangesView;
use history::HistoryView;
use scroll::Scroll;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Focus {
    /// The list of questions and prompts.
    #[default]
    List,
    /// The selected answer, scrolled with the movement keys.
    Reader,
}

/// What fills the tab.
#[derive(Clone, Debug, Default)]
enum Screen {
    /// The question list beside the selected answer.
    #[default]
    Main,
    History(HistoryView),
    Changes(ChangesView),
}

/// View state of the Conversation tab.
#[derive(Clone, Debug, Default)]
pub struct ConversationPane {
    list: ListView,
    focus: Focus,
    /// Scroll of the selected answer while reading it.
    reader: Scroll,
    view: Screen,
    /// Where the answer panel was drawn, for clicks.
    answer_area: Rect,
}

impl Pane for ConversationPane {
    fn contexts(&self, _view: &View) -> Vec<Context> {
        match &self.view {
            Screen::History(_) => vec![Context::ConversationHistory],
            Screen::Changes(_) => vec![Context::ConversationChanges],
            Screen::Main => {
                let mut stack = vec![match self.focus {
                    Focus::List => Context::ConversationList,
                    Focus::Reader => Context::ConversationReader,
                }];
                // The link first: the footer names where it goes before the other keys.
                match self.entry().link() {
                    Some(Tab::Occupation) => stack.push(Context::ConversationToOccupation),
                    Some(Tab::Goals) => stack.push(Context::ConversationToGoals),
                    _ => {}
                }
                stack.push(Context::Conversation);
                // Movement keys: choose in the list, or scroll the answer being read.
                stack.push(Context::List);
                stack
            }
        }
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        match &mut self.view {
            Screen::History(h) => {
                if !h.handle(action, &ctx.view()) {
                    self.view = Screen::Main;
                }
            }
            Screen::Changes(c) => match c.handle(action, &ctx.view()) {
                changes::Outcome::Stay => {}
                changes::Outcome::Close => self.view = Screen::Main,
                changes::Outcome::Open(i) => {
                    self.select(i);
                    self.view = Screen::Main;
                    self.focus = Focus::Reader;
                }
            },
            Screen::Main => self.handle_main(action, ctx),
        }
    }

    fn click(&mut self, x: u16, y: u16, ctx: &mut Ctx) {
        match &mut self.view {
            Screen::History(h) => h.click(x, y),
            Screen::Changes(c) => c.click(x, y, &ctx.view()),
            Screen::Main => {
                let before = self.list.selected;
                if self.list.click(x, y).is_some() {
                    self.list.clamp(entries().len());
                    if before != self.list.selected {
                        self.reader = Scroll::default();
                    }
                    self.focus = Focus::List;
                } else if self.answer_area.contains(Position { x, y }) {
                    self.focus = Focus::Reader;
                }
            }
        }
    }

    fn reveal(&mut self, target: &Target, _view: &View) -> bool {
        let Target::Answer(key) = target else {
            return false;
        };
        match entries::position_of(key) {
            Some(i) => {
                self.select(i);
                self.view = Screen::Main;
                self.focus = Focus::Reader;
                true
            }
            None => false,
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        match &mut self.view {
            Screen::History(h) => h.render(area, buf, view, theme),
            Screen::Changes(c) => c.render(area, buf, view, theme),
            Screen::Main => main_view::render(self, area, buf, view, theme),
        }
    }
}

impl ConversationPane {
    /// The selected row.
    fn entry(&self) -> Entry {
        let all = entries();
        all[self.list.selected.min(all.len() - 1)]
    }

    fn select(&mut self, index: usize) {
        if index != self.list.selected {
            self.reader = Scroll::default();
        }
        self.list.selected = index.min(entries().len() - 1);
    }

    fn handle_main(&mut self, action: Action, ctx: &mut Ctx) {
        let entry = self.entry();
        let key = entry.key();
        match action {
            Action::Open => {
                ctx.begin_edit(
                    FieldKey::Answer(key),
                    TextKind::Text,
                    entry.title(),
                    "Your answer; Enter starts a new line",
                );
            }
            Action::ExternalEditor => {
                ctx.request_external(FieldKey::Answer(key), TextKind::Text, entry.title());
            }
            Action::History => {
                self.view = Screen::History(HistoryView::new(self.list.selected));
            }
            Action::SinceLastMeeting => {
                self.view = Screen::Changes(ChangesView::new(self.list.selected, &ctx.view()));
            }
            Action::TogglePrivate => toggle_private(&entry, ctx),
            Action::FollowLink => {
                if let Some(tab) = entry.link() {
                    ctx.jump = Some(Target::Tab(tab));
                }
            }
            Action::NextSection | Action::PrevSection => {
                let next = action == Action::NextSection;
                if let Some(i) = entries::question_from(self.list.selected, next) {
                    self.select(i);
                }
            }
            Action::Right if self.focus == Focus::List => self.focus = Focus::Reader,
            Action::Back if self.focus == Focus::Reader => self.focus = Focus::List,
            other => match self.focus {
                Focus::List => {
                    let before = self.list.selected;
                    self.list.handle(other, entries().len());
                    if before != self.list.selected {
                        self.reader = Scroll::default();
                    }
                }
                Focus::Reader => {
                    self.reader.handle(other);
                }
            },
        }
    }
}

/// Marks an answer private or not. On the shared screen an answer can be hidden but not
/// revealed: that is for the mentee to decide alone.
fn toggle_private(entry: &Entry, ctx: &mut Ctx) {
    let private = entry.private(&ctx.view());
    if private && ctx.shared() {
        ctx.info("Leave the shared screen to make this answer visible again");
        return;
    }
    crate::tabs::copies::set_answer_private(ctx, &entry.key(), !private, entry.title());
}

/// How many lines of the last "How are you doing?" answer the Overview shows.
const OVERVIEW_LINES: usize = 3;

/// Lines for the Overview tab: the most recent answer to "How are you doing?" (the question
/// or one of its prompts), with its date. Private answers are left out on the shared screen.
#[must_use]
pub fn overview_lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let latest = entries()
        .iter()
        .filter(|e| e.question.id == "doing")
        .filter_map(|e| {
            let v = view.journey.answer(&e.key())?;
            (!v.text.trim().is_empty()).then_some((e, v))
        })
        .max_by_key(|(_, v)| (v.day, v.saved_at));
    let Some((entry, version)) = latest else {
        return Vec::new();
    };
    let today = view.clock.today();
    let mut heading = vec![Cell::keep(entry.question.title.clone(), theme.heading)];
    if let Some(p) = entry.prompt {
        heading.push(Cell::title(format!(" · {}", p.title), theme.dim));
    }
    heading.push(Cell::keep(
        format!(
            " · {} ({})",
            short_day(version.day, today),
            relative_words(version.day, today)
        ),
        theme.dim,
    ));
    let mut out = vec![fit(&heading, width)];
    let text_lines: Vec<&str> = version
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    for l in text_lines.iter().take(OVERVIEW_LINES) {
        out.push(Line::from(format!(
            "  {}",
            truncate(l, width.saturating_sub(2))
        )));
    }
    if text_lines.len() > OVERVIEW_LINES {
        out.push(Line::from(vec![
            Span::styled("  … more in ", theme.dim),
            Span::styled(crate::ui::tab_name(Tab::Conversation), theme.key),
        ]));
    }
    out
}
