//! Prepare (`P`): the agenda for the next meeting with one mentor, built from the journey
//! (`domain::agenda`), which the mentee reorders, trims and adds questions to, then keeps
//! as the meeting's agenda in the journal. `v` shows it as `mentee agenda` prints it.
//!
//! The mentee's own questions are records (`Question`): added here they are stored at once,
//! so nothing typed is lost; dropping an item only takes it off this agenda. The order and
//! the drops are view state: each time the view opens, the agenda is built again and the
//! mentee's order kept for what is still on it.

mod keep;
mod view;

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::agenda::{self, Agenda, Item};
use crate::domain::{FieldKey, Id, Question, QuestionField, Record, Value};
use crate::keymap::Context;
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::editor::TextKind;
use crate::ui::line_input::LineInput;
use crate::ui::list::ListView;
use crate::view::View;

pub use keep::How;

/// What fills the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
enum Screen {
    #[default]
    List,
    /// The agenda as printed, scrolled to this row.
    Preview(usize),
    /// Asking whether to replace or add to the agenda the meeting already has.
    Keep,
}

/// View state of the Prepare view.
#[derive(Clone, Debug, Default)]
pub struct PreparePane {
    /// The mentor chosen (`None` inside: no mentor); `None` until the view first opens.
    mentor: Option<Option<Id>>,
    agenda: Option<Agenda>,
    /// What was dropped, with where it was, last last (for undo).
    dropped: Vec<(usize, Item)>,
    list: ListView,
    view: Screen,
    /// A new question being typed.
    composer: Option<LineInput>,
    /// Set when the user leaves the view; the app takes it.
    leave: bool,
}

impl PreparePane {
    /// Opens the view: the agenda built afresh, keeping the mentee's order and drops.
    pub fn open(&mut self, view: &View) {
        self.view = Screen::List;
        self.composer = None;
        self.refresh(view);
    }

    /// Whether the user asked to leave (cleared by reading it).
    pub fn take_leave(&mut self) -> bool {
        std::mem::take(&mut self.leave)
    }

    /// The agenda as shown now, if the view has been opened.
    #[must_use]
    pub fn agenda(&self) -> Option<&Agenda> {
        self.agenda.as_ref()
    }

    /// Builds the agenda again from the journey the view holds (on the shared screen, the
    /// shared-only one), keeping what the user dropped and reordered.
    fn refresh(&mut self, view: &View) {
        let mentor = *self
            .mentor
            .get_or_insert_with(|| agenda::default_mentor(view.journey, view.clock, true));
        let fresh = agenda::build(view.journey, view.clock, mentor, true);
        let old = self.agenda.take().map(|a| a.items).unwrap_or_default();
        let dropped: Vec<Item> = self.dropped.iter().map(|(_, i)| i.clone()).collect();
        let items = Item::merge(&old, &dropped, fresh.items.clone());
        self.agenda = Some(Agenda { items, ..fresh });
    }

    /// The items that may be shown now (those whose record the view holds), with their
    /// place in the agenda.
    fn visible(&self, view: &View) -> Vec<(usize, Item)> {
        let Some(a) = &self.agenda else {
            return Vec::new();
        };
        a.items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.exists(view.journey))
            .map(|(n, i)| (n, i.clone()))
            .collect()
    }

    fn selected(&self, view: &View) -> Option<(usize, Item)> {
        self.visible(view).get(self.list.selected).cloned()
    }

    fn next_mentor(&mut self, ctx: &mut Ctx) {
        let choices = agenda::mentor_choices(ctx.journey());
        if choices.len() < 2 {
            ctx.info("There is only one mentor to prepare for");
            return;
        }
        let now = self.mentor.flatten();
        let i = choices.iter().position(|m| *m == now).unwrap_or(0);
        self.mentor = Some(choices[(i + 1) % choices.len()]);
        self.agenda = None;
        self.dropped.clear();
        self.list = ListView::default();
        self.refresh(&ctx.view());
    }

    /// Moves the selected item one place up or down among the visible ones.
    fn move_selected(&mut self, up: bool, view: &View) {
        let visible = self.visible(view);
        let i = self.list.selected;
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        let (Some((a, _)), Some((b, _))) = (visible.get(i), j.and_then(|j| visible.get(j))) else {
            return;
        };
        if let Some(agenda) = self.agenda.as_mut() {
            agenda.items.swap(*a, *b);
            self.list.selected = j.unwrap_or(i);
        }
    }

    fn drop_selected(&mut self, ctx: &mut Ctx) {
        let Some((n, item)) = self.selected(&ctx.view()) else {
            return;
        };
        if let Some(a) = self.agenda.as_mut() {
            a.items.remove(n);
        }
        let what = match item {
            Item::Question(_) => "Off this agenda; the question stays in your list. u puts it back",
            _ => "Off this agenda; nothing was deleted. u puts it back",
        };
        self.dropped.push((n, item));
        ctx.info(what);
    }

    fn undo(&mut self, ctx: &mut Ctx) {
        let Some((n, item)) = self.dropped.pop() else {
            ctx.info("Nothing to put back");
            return;
        };
        if let Some(a) = self.agenda.as_mut() {
            let at = n.min(a.items.len());
            a.items.insert(at, item.clone());
        }
        if let Some(i) = self
            .visible(&ctx.view())
            .iter()
            .position(|(_, x)| x.same(&item))
        {
            self.list.selected = i;
        }
    }

    /// Stores a new question and puts it on the agenda below the selected item.
    fn add_question(&mut self, text: &str, ctx: &mut Ctx) -> bool {
        let q = Question {
            text: text.to_string(),
            created_at: ctx.clock.now(),
            ..Question::default()
        };
        let Some(id) = ctx.insert(q) else {
            return false;
        };
        let at = self
            .selected(&ctx.view())
            .map_or(usize::MAX, |(n, _)| n + 1);
        if let Some(a) = self.agenda.as_mut() {
            a.items.insert(at.min(a.items.len()), Item::Question(id));
        }
        if let Some(i) = self
            .visible(&ctx.view())
            .iter()
            .position(|(_, x)| *x == Item::Question(id))
        {
            self.list.selected = i;
        }
        ctx.info("Added to your questions for the meeting");
        true
    }

    fn open_item(&mut self, item: &Item, ctx: &mut Ctx) {
        match item {
            Item::Question(id) => ctx.begin_edit(
                FieldKey::Question(*id, QuestionField::Text),
                TextKind::Line,
                "Question",
                "what you want to ask or talk about",
            ),
            Item::Action(id) => ctx.jump = Some(Target::Action(*id)),
            Item::Goal(id, _) => ctx.jump = Some(Target::Goal(*id)),
            Item::Answer(key) => ctx.jump = Some(Target::Answer(key.clone())),
            Item::AgreementReview(id) => ctx.jump = Some(Target::Mentor(*id)),
        }
    }

    fn toggle_private(id: Id, ctx: &mut Ctx) {
        let Some(private) = ctx.journey().question(id).map(|q| q.private) else {
            return;
        };
        if private && ctx.shared() {
            ctx.info("Leave the shared screen to make this question visible again");
            return;
        }
        let key = FieldKey::Question(id, QuestionField::Private);
        if ctx.commit(&key, Value::Bool(!private)) {
            ctx.info(if private {
                "The question is no longer private"
            } else {
                "The question is private: hidden on the shared screen"
            });
        }
    }

    fn handle_list(&mut self, action: Action, ctx: &mut Ctx) {
        let selected = self.selected(&ctx.view());
        match (action, selected) {
            (Action::Back, _) => self.leave = true,
            (Action::New, _) => {
                self.composer = Some(LineInput::new("a question or topic for the meeting"));
            }
            (Action::Drop, _) => self.drop_selected(ctx),
            (Action::Undo, _) => self.undo(ctx),
            (Action::MoveUp, _) => self.move_selected(true, &ctx.view()),
            (Action::MoveDown, _) => self.move_selected(false, &ctx.view()),
            (Action::NextMentor, _) => self.next_mentor(ctx),
            (Action::Preview, _) => self.view = Screen::Preview(0),
            (Action::Keep, _) => self.keep(None, ctx),
            (Action::Open, Some((_, item))) => self.open_item(&item, ctx),
            (Action::TogglePrivate, Some((_, Item::Question(id)))) => Self::toggle_private(id, ctx),
            (Action::Delete, Some((_, Item::Question(id)))) => {
                let text = ctx.journey().question(id).map_or_else(String::new, |q| {
                    crate::ui::wrap::truncate(q.text.trim(), 40)
                });
                ctx.ask_delete(Record::Question, id, &format!("the question “{text}”"));
            }
            (other, _) => {
                self.list.handle(other, self.visible(&ctx.view()).len());
            }
        }
    }

    fn handle_composer(&mut self, action: Action, ctx: &mut Ctx) {
        match action {
            Action::Back => self.composer = None,
            Action::Open => {
                let text = self
                    .composer
                    .as_ref()
                    .map(|c| c.text().trim().to_string())
                    .unwrap_or_default();
                if text.is_empty() {
                    ctx.info("Type the question first, or Esc to cancel");
                } else if self.add_question(&text, ctx) {
                    self.composer = None;
                }
            }
            _ => {}
        }
    }
}

impl Pane for PreparePane {
    fn contexts(&self, view: &View) -> Vec<Context> {
        if self.composer.is_some() {
            return vec![Context::PrepareInput];
        }
        match self.view {
            Screen::Preview(_) => vec![Context::PreparePreview],
            Screen::Keep => vec![Context::PrepareKeep],
            Screen::List => {
                let mut stack = Vec::new();
                if let Some((_, Item::Question(_))) = self.selected(view) {
                    stack.push(Context::PrepareQuestion);
                }
                stack.extend([Context::Prepare, Context::List]);
                stack
            }
        }
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        self.refresh(&ctx.view());
        if self.composer.is_some() {
            self.handle_composer(action, ctx);
            return;
        }
        match self.view {
            Screen::List => self.handle_list(action, ctx),
            Screen::Keep => match action {
                Action::Replace => self.keep(Some(How::Replace), ctx),
                Action::Append => self.keep(Some(How::Append), ctx),
                Action::Back => self.view = Screen::List,
                _ => {}
            },
            Screen::Preview(offset) => {
                self.view = match action {
                    Action::Back => Screen::List,
                    Action::Up => Screen::Preview(offset.saturating_sub(1)),
                    Action::Down => Screen::Preview(offset + 1),
                    Action::PageUp => Screen::Preview(offset.saturating_sub(10)),
                    Action::PageDown => Screen::Preview(offset + 10),
                    _ => Screen::Preview(offset),
                };
            }
        }
    }

    fn takes_text(&self) -> bool {
        self.composer.is_some()
    }

    fn type_key(&mut self, key: KeyEvent, _ctx: &mut Ctx) {
        if let Some(c) = self.composer.as_mut() {
            c.input(key);
        }
    }

    fn paste(&mut self, text: &str, ctx: &mut Ctx) {
        if let Some(c) = self.composer.as_mut()
            && c.paste(text)
        {
            ctx.info("A question is one line here: the rest of the paste was left out");
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        if self.agenda.is_none() {
            self.refresh(view);
        }
        view::render(self, area, buf, view, theme);
    }
}
