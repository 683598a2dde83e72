//! Prepare (`P`): the agenda of the meeting the one rule chooses (`domain::agenda::choose`:
//! today's, else the soonest planned, else the most overdue by cadence; `m` switches
//! mentor), which the mentee reorders, trims and adds questions to. What she does is stored
//! with the meeting at once (or, before it is planned, with the mentor's pending agenda), so
//! it survives a restart and is the same in `mentee agenda`, the invite and on the shared
//! screen. `w` plans the meeting (asking its date and time) or confirms it is kept; `v`
//! shows it as printed; `c` writes a calendar invite.
//!
//! Opening the view builds the agenda again: what is new since she last looked is added at
//! the end, marked new; what she dropped stays dropped.

mod plan;
mod view;

use std::rc::Rc;

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::agenda::{self, Agenda, Entry};
use crate::domain::{FieldKey, Id, Question, QuestionField, Record, Topic, Value};
use crate::editor::TextKind;
use crate::keymap::Context;
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::line_input::LineInput;
use crate::ui::list::ListView;
use crate::view::{AgendaFor, KeptAgenda, View};

pub use plan::planned_start;

/// What fills the view.
#[derive(Clone, Debug, Default)]
enum Screen {
    #[default]
    List,
    /// The agenda as printed, scrolled to this row.
    Preview(usize),
    /// Asking when the meeting takes place, to plan it.
    Plan {
        input: Box<LineInput>,
        error: Option<String>,
    },
}

/// View state of the Prepare view.
#[derive(Clone, Debug, Default)]
pub struct PreparePane {
    /// The mentor picked with `m` (`Some(None)`: no mentor); `None`: the meeting the rule
    /// chooses.
    mentor: Option<Option<Id>>,
    /// The agenda shown, as the journey's memo keeps it (see `view::Memo`): built again
    /// only when the journey, the mentor or the time it depends on changes.
    agenda: Option<Rc<KeptAgenda>>,
    /// What was dropped in this visit, last last (for undo).
    dropped: Vec<Topic>,
    list: ListView,
    view: Screen,
    /// A new question being typed.
    composer: Option<LineInput>,
    /// Set when the user leaves the view; the app takes it.
    leave: bool,
}

impl PreparePane {
    /// Opens the view on the chosen meeting's agenda, adding what is new since she last
    /// looked (marked new) to a kept agenda.
    pub fn open(&mut self, ctx: &mut Ctx) {
        self.view = Screen::List;
        self.composer = None;
        self.refresh(&ctx.view());
        self.mark_new(ctx);
    }

    /// Whether the user asked to leave (cleared by reading it).
    pub fn take_leave(&mut self) -> bool {
        std::mem::take(&mut self.leave)
    }

    /// The agenda as shown now, if the view has been opened.
    #[must_use]
    pub fn agenda(&self) -> Option<&Agenda> {
        self.agenda.as_deref().map(|k| &k.agenda)
    }

    /// The topics shown, in order (what `mentee agenda` prints).
    #[must_use]
    pub fn topics(&self, view: &View) -> Vec<Topic> {
        self.agenda()
            .map(|a| a.topics(view.journey))
            .unwrap_or_default()
    }

    /// The agenda of the journey the view holds (on the shared screen, the shared-only
    /// one): the one kept, unless the journey has changed since (see `view::Memo`).
    fn refresh(&mut self, view: &View) {
        self.agenda = Some(view.agenda(self.agenda_for()));
    }

    /// Which agenda the view shows: the chosen meeting's, or the picked mentor's.
    pub(crate) fn agenda_for(&self) -> AgendaFor {
        match self.mentor {
            None => AgendaFor::Chosen,
            Some(m) => AgendaFor::Mentor(m),
        }
    }

    /// A kept agenda takes what is new (marked new) and forgets the marks of the last visit.
    /// Not while the screen is shared: what the mentor sees is not stored for her.
    fn mark_new(&mut self, ctx: &mut Ctx) {
        let Some(a) = self.agenda() else {
            return;
        };
        if ctx.shared() || !a.is_kept() {
            return;
        }
        let fresh = |e: &Entry| e.stored.is_none();
        if !a.entries.iter().any(|e| fresh(e) || e.new) {
            return;
        }
        let entries: Vec<Entry> = a
            .entries
            .iter()
            .map(|e| Entry {
                new: fresh(e),
                ..e.clone()
            })
            .collect();
        let of = a.of();
        ctx.write("Agenda not saved", |w| w.keep_agenda(of, &entries));
        self.refresh(&ctx.view());
    }

    /// While the screen is shared, the agenda as kept, private items included (the view
    /// holds only what is shown): a change puts them back in their places
    /// ([`agenda::with_hidden_in_place`]).
    fn whole_entries(&self, ctx: &Ctx) -> Option<Vec<Entry>> {
        let a = self.agenda().filter(|_| ctx.shared())?;
        let whole = agenda::build(ctx.whole_journey(), &ctx.clock, a.choice.clone());
        Some(whole.entries)
    }

    /// Stores `entries` as this agenda (the one write of every change made here).
    fn save(&mut self, entries: &[Entry], ctx: &mut Ctx) -> bool {
        let Some(of) = self.agenda().map(Agenda::of) else {
            return false;
        };
        let entries = match self.whole_entries(ctx) {
            Some(whole) => agenda::with_hidden_in_place(&whole, entries),
            None => entries.to_vec(),
        };
        let ok = ctx
            .write("Agenda not saved", |w| w.keep_agenda(of, &entries))
            .is_some();
        self.refresh(&ctx.view());
        ok
    }

    /// How many items are shown.
    fn shown(&self) -> usize {
        self.agenda.as_ref().map_or(0, |k| k.items.len())
    }

    /// The `n`th item shown, with its index among all entries.
    fn item(&self, n: usize) -> Option<(usize, Entry)> {
        let (at, e) = self.agenda.as_ref()?.item(n)?;
        Some((at, e.clone()))
    }

    /// Where the item about `topic` is among the items shown.
    fn place_of(&self, topic: &Topic) -> Option<usize> {
        self.agenda
            .as_ref()?
            .shown()
            .position(|e| e.topic == *topic)
    }

    fn selected(&self) -> Option<(usize, Entry)> {
        self.item(self.list.selected)
    }

    fn entries(&self) -> Vec<Entry> {
        self.agenda().map(|a| a.entries.clone()).unwrap_or_default()
    }

    fn next_mentor(&mut self, ctx: &mut Ctx) {
        let choices = agenda::mentor_choices(ctx.journey());
        if choices.len() < 2 {
            // Not offered then (see `contexts`); said plainly if asked all the same.
            ctx.info(if ctx.journey().mentors.is_empty() {
                "No mentors yet: the agenda is for your next meeting, whoever it is with"
            } else {
                "There is only one mentor to prepare for"
            });
            return;
        }
        let now = self.agenda().and_then(Agenda::mentor_id);
        let i = choices.iter().position(|m| *m == now).unwrap_or(0);
        self.mentor = Some(choices[(i + 1) % choices.len()]);
        self.dropped.clear();
        self.list = ListView::default();
        self.refresh(&ctx.view());
        self.mark_new(ctx);
    }

    /// Moves the selected item one place up or down among the visible ones.
    fn move_selected(&mut self, up: bool, ctx: &mut Ctx) {
        let i = self.list.selected;
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        let (Some((a, _)), Some((b, _))) = (self.item(i), j.and_then(|j| self.item(j))) else {
            return;
        };
        let mut entries = self.entries();
        entries.swap(a, b);
        if self.save(&entries, ctx) {
            self.list.selected = j.unwrap_or(i);
        }
    }

    fn drop_selected(&mut self, ctx: &mut Ctx) {
        let Some((n, entry)) = self.selected() else {
            return;
        };
        let mut entries = self.entries();
        entries[n].dropped = true;
        if !self.save(&entries, ctx) {
            return;
        }
        let what = match entry.topic {
            Topic::Question(_) => "Off this agenda; the question stays in your list.",
            _ => "Off this agenda; nothing was deleted.",
        };
        self.dropped.push(entry.topic);
        let undo = crate::keymap::first_key_in(Context::Prepare, Action::Undo);
        ctx.info(format!("{what} {undo} puts it back"));
    }

    fn undo(&mut self, ctx: &mut Ctx) {
        let Some(topic) = self.dropped.pop() else {
            ctx.info("Nothing to put back");
            return;
        };
        let mut entries = self.entries();
        if let Some(e) = entries.iter_mut().find(|e| e.topic == topic) {
            e.dropped = false;
        }
        if self.save(&entries, ctx)
            && let Some(i) = self.place_of(&topic)
        {
            self.list.selected = i;
        }
    }

    /// Stores a new question and puts it on the agenda below the selected item, in one
    /// transaction. A question for a planned meeting is raised there at once.
    fn add_question(&mut self, text: &str, ctx: &mut Ctx) -> bool {
        let Some(agenda) = self.agenda().cloned() else {
            return false;
        };
        let q = Question {
            text: text.to_string(),
            meeting_id: agenda.choice.meeting_id,
            created_at: ctx.clock.now(),
            ..Question::default()
        };
        let at = self.selected().map_or(usize::MAX, |(n, _)| n + 1);
        let mut entries = agenda.entries.clone();
        let of = agenda.of();
        let whole = self.whole_entries(ctx);
        let added = ctx.write("Question not added", |w| {
            let id = w.insert(q)?;
            entries.insert(at.min(entries.len()), Entry::new(Topic::Question(id)));
            if let Some(whole) = whole {
                entries = agenda::with_hidden_in_place(&whole, &entries);
            }
            w.keep_agenda(of, &entries)?;
            Ok(id)
        });
        self.refresh(&ctx.view());
        let Some(id) = added else {
            return false;
        };
        if let Some(i) = self.place_of(&Topic::Question(id)) {
            self.list.selected = i;
        }
        ctx.info("Added to your questions for the meeting");
        true
    }

    fn open_item(&mut self, topic: &Topic, ctx: &mut Ctx) {
        match topic {
            Topic::Question(id) => ctx.begin_edit(
                FieldKey::Question(*id, QuestionField::Text),
                TextKind::Line,
                "Question",
                "what you want to ask or talk about",
            ),
            Topic::Action(id) => ctx.jump = Some(Target::Action(*id)),
            Topic::Goal(id) => ctx.jump = Some(Target::Goal(*id)),
            Topic::Answer(key) => ctx.jump = Some(Target::Answer(key.clone())),
            Topic::Agreement(id) => ctx.jump = Some(Target::Mentor(*id)),
            Topic::Reflection(id) => ctx.jump = Some(Target::Meeting(*id)),
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
        let selected = self.selected().map(|(_, e)| e.topic);
        match (action, selected) {
            (Action::Back, _) => self.leave = true,
            (Action::New, _) => {
                self.composer = Some(LineInput::new("a question or topic for the meeting"));
            }
            (Action::Drop, _) => self.drop_selected(ctx),
            (Action::Undo, _) => self.undo(ctx),
            (Action::MoveUp, _) => self.move_selected(true, ctx),
            (Action::MoveDown, _) => self.move_selected(false, ctx),
            (Action::NextMentor, _) => self.next_mentor(ctx),
            (Action::Preview, _) => self.view = Screen::Preview(0),
            (Action::Keep, _) => self.keep(ctx),
            (Action::Invite, _) => self.invite(ctx),
            (Action::Open, Some(topic)) => self.open_item(&topic, ctx),
            (Action::TogglePrivate, Some(Topic::Question(id))) => Self::toggle_private(id, ctx),
            (Action::Delete, Some(Topic::Question(id))) => {
                let text = ctx.journey().question(id).map_or_else(String::new, |q| {
                    crate::ui::wrap::truncate(q.text.trim(), 40)
                });
                ctx.ask_delete(Record::Question, id, &format!("the question “{text}”"));
            }
            (other, _) => {
                self.list.handle(other, self.shown());
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
                    ctx.info(format!(
                        "Type the question first, or {} to cancel",
                        crate::keymap::first_key_in(Context::PrepareInput, Action::Back)
                    ));
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
            Screen::Plan { .. } => vec![Context::PreparePlan],
            Screen::List => {
                // Prepare first, so its keys (m first, when there is another mentor to
                // switch to) lead the footer at every width.
                let mut stack = vec![Context::Prepare];
                // An item's keys (drop, move, open) only when there is one to act on.
                if self.selected().is_some() {
                    stack.insert(0, Context::PrepareItems);
                }
                if view.journey.mentors.len() > 1 {
                    stack.insert(0, Context::PrepareMentors);
                }
                if let Some((_, e)) = self.selected()
                    && matches!(e.topic, Topic::Question(_))
                {
                    stack.push(Context::PrepareQuestion);
                }
                stack.push(Context::List);
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
        match &self.view {
            Screen::List => self.handle_list(action, ctx),
            Screen::Plan { .. } => self.handle_plan(action, ctx),
            Screen::Preview(offset) => {
                let offset = *offset;
                self.view = match action {
                    Action::Back => Screen::List,
                    Action::Up => Screen::Preview(offset.saturating_sub(1)),
                    Action::Down => Screen::Preview(offset.saturating_add(1)),
                    Action::PageUp => Screen::Preview(offset.saturating_sub(10)),
                    Action::PageDown => Screen::Preview(offset.saturating_add(10)),
                    Action::Top => Screen::Preview(0),
                    // Drawing it stops at the last page.
                    Action::Bottom => Screen::Preview(usize::MAX),
                    Action::Invite => {
                        self.invite(ctx);
                        Screen::Preview(offset)
                    }
                    _ => Screen::Preview(offset),
                };
            }
        }
    }

    fn takes_text(&self) -> bool {
        self.composer.is_some() || matches!(self.view, Screen::Plan { .. })
    }

    fn type_key(&mut self, key: KeyEvent, _ctx: &mut Ctx) {
        if let Some(c) = self.composer.as_mut() {
            c.input(key);
        } else if let Screen::Plan { input, error } = &mut self.view
            && input.input(key)
        {
            *error = None;
        }
    }

    fn paste(&mut self, text: &str, ctx: &mut Ctx) {
        if let Some(c) = self.composer.as_mut()
            && c.paste(text)
        {
            ctx.info("A question is one line here: the rest of the paste was left out");
        } else if let Screen::Plan { input, error } = &mut self.view {
            input.paste(text);
            *error = None;
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        // Kept between frames: this finds the agenda built for the journey as it is, or
        // builds it when the journey changed since (a write made outside this view).
        self.refresh(view);
        view::render(self, area, buf, view, theme);
    }
}
