//! App state and update: events in, state changes out. No terminal here, so every
//! behaviour can be tested with a `TestBackend` (the loop lives in `terminal.rs`).

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::{Confirm, Ctx, Pending, Target};
use crate::keymap::{self, Context};
use crate::modes::{Mode, ended::EndedPane, prepare::PreparePane, review::ReviewPane};
use crate::pane::Pane;
use crate::tab::Tab;
use crate::tabs::Panes;
use crate::theme::Theme;
use crate::ui::export_prompt::{self, ExportPrompt};
use crate::ui::help::{self, HelpView};
use crate::ui::line_input::MAX_QUERY_CHARS;
use crate::ui::search::{self, SearchView};
use crate::ui::{self, MIN_HEIGHT, MIN_WIDTH};

/// How long an informational message stays in the footer.
const INFO_FOR: Duration = Duration::from_secs(4);
/// How long an error stays in the footer.
const ERROR_FOR: Duration = Duration::from_secs(10);

/// A layer over the panes that takes the keys while it is open.
#[derive(Debug)]
pub enum Overlay {
    /// `/`: searching every tab.
    Search(SearchView),
    /// `E`: where to write the Markdown export.
    Export(ExportPrompt),
}

impl Overlay {
    fn contexts(&self) -> Vec<Context> {
        match self {
            Overlay::Search(s) if s.has_results() => vec![Context::SearchResults, Context::Search],
            Overlay::Search(_) => vec![Context::Search],
            Overlay::Export(_) => vec![Context::ExportPrompt],
        }
    }
}

pub struct App {
    pub ctx: Ctx,
    pub tab: Tab,
    pub theme: Theme,
    pub panes: Panes,
    /// A screen shown instead of the tab (Prepare, the shared-screen review), if any.
    pub mode: Option<Mode>,
    pub prepare: PreparePane,
    pub review: ReviewPane,
    /// The neutral screen after the shared one.
    ended: EndedPane,
    /// Where the user was when the shared screen began, to return there when it ends.
    shared_from: Option<(Tab, Option<Mode>)>,
    /// The screen Prepare was opened from, to go back to.
    prepare_from: Option<Mode>,
    /// The help overlay, while it is open.
    help: Option<HelpView>,
    /// The search or the export prompt, while open.
    pub overlay: Option<Overlay>,
    pub quit: bool,
    /// The file was refused after the first frame, when the rest of the journey could not
    /// be read (see `Ctx::finish_loading`): why, for the app to say once it has left.
    pub refused: Option<String>,
    /// Size of the last frame, for mouse hit tests and the too-small check.
    size: Rect,
    /// The screen the current message was made on (see [`App::settle_status`]).
    status_screen: Option<(Instant, Screen)>,
    /// When the last frame can change by itself because it shows something relative to
    /// the time (see [`Clock::take_read`](crate::domain::Clock::take_read)).
    time_change: Option<Instant>,
    /// The footer's line, kept from one frame to the next.
    footer: ui::Footer,
}

/// Where the user is, as far as a message is concerned: a message belongs to the screen it
/// was made on, and goes when the tab, the mode or what has the keys (the most specific
/// keymap context: a list, a form, an editor, a dialog) changes.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Screen {
    tab: Tab,
    mode: Option<Mode>,
    focus: Option<Context>,
}

impl App {
    #[must_use]
    pub fn new(ctx: Ctx, theme: Theme) -> Self {
        Self {
            ctx,
            tab: Tab::Overview,
            theme,
            panes: Panes::default(),
            mode: None,
            prepare: PreparePane::default(),
            review: ReviewPane::default(),
            ended: EndedPane::default(),
            shared_from: None,
            prepare_from: None,
            help: None,
            overlay: None,
            quit: false,
            refused: None,
            size: Rect::new(0, 0, 80, 24),
            status_screen: None,
            time_change: None,
            footer: ui::Footer::default(),
        }
    }

    /// The pane that has the keys: the open mode's, else the tab's.
    fn pane_ref(&self) -> &dyn Pane {
        match self.mode {
            Some(Mode::Prepare) => &self.prepare,
            Some(Mode::Review) => &self.review,
            Some(Mode::Ended) => &self.ended,
            None => self.panes.get_ref(self.tab),
        }
    }

    /// Runs `f` on the pane that has the keys, with the context beside it.
    fn with_pane(&mut self, f: impl FnOnce(&mut dyn Pane, &mut Ctx)) {
        let ctx = &mut self.ctx;
        match self.mode {
            Some(Mode::Prepare) => f(&mut self.prepare, ctx),
            Some(Mode::Review) => f(&mut self.review, ctx),
            Some(Mode::Ended) => f(&mut self.ended, ctx),
            None => f(self.panes.get(self.tab), ctx),
        }
    }

    fn too_small(&self) -> bool {
        self.size.width < MIN_WIDTH || self.size.height < MIN_HEIGHT
    }

    /// The keymap contexts in force, most specific first.
    #[must_use]
    pub fn contexts(&self) -> Vec<Context> {
        if let Some(c) = &self.ctx.confirm {
            let dialog = if c.default_yes {
                Context::ConfirmDefaultYes
            } else {
                Context::Confirm
            };
            return vec![dialog, Context::Global];
        }
        if self.help.is_some() {
            return vec![Context::Help, Context::Global];
        }
        if let Some(o) = &self.overlay {
            let mut stack = o.contexts();
            stack.push(Context::Global);
            return stack;
        }
        if let Some(ed) = &self.ctx.editor {
            // The pane's own (a form's Tab) first: the footer names them before Ctrl-e.
            let mut stack = self.pane_ref().editing_contexts(&self.ctx.view());
            if ed.kind.single_line() {
                stack.push(Context::EditingLine);
            }
            stack.extend([Context::Editing, Context::Global]);
            return stack;
        }
        if self.mode == Some(Mode::Ended) {
            // Nothing but the way to one's own view: no tab keys, no search, no export.
            return vec![Context::SharedEnded, Context::Global];
        }
        let pane = self.pane_ref();
        let mut stack = pane.contexts(&self.ctx.view());
        if !pane.takes_text() {
            stack.push(Context::Tabs);
        }
        stack.push(Context::Global);
        stack
    }

    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => self.paste(&text),
            Event::Mouse(m) => self.mouse(m),
            Event::Resize(w, h) => self.size = Rect::new(0, 0, w, h),
            _ => {}
        }
        self.settle_status();
    }

    /// Where the user is now, for [`App::settle_status`].
    fn screen(&self) -> Screen {
        Screen {
            tab: self.tab,
            mode: self.mode,
            focus: self.contexts().first().copied(),
        }
    }

    /// A new message is noted with the screen it was made on; an older one goes once the
    /// screen has changed (another tab or mode, the keys with something else), so a message
    /// never outlives its screen.
    fn settle_status(&mut self) {
        let Some(at) = self.ctx.status.as_ref().map(|s| s.at) else {
            self.status_screen = None;
            return;
        };
        let now = self.screen();
        match &self.status_screen {
            Some((seen, screen)) if *seen == at => {
                if *screen != now {
                    self.ctx.status = None;
                    self.status_screen = None;
                }
            }
            _ => self.status_screen = Some((at, now)),
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        // Lets the end-to-end tests prove the terminal is restored after a crash; compiled
        // into debug builds only.
        #[cfg(debug_assertions)]
        if key.code == crossterm::event::KeyCode::F(12)
            && std::env::var_os("MENTEE_DEBUG_PANIC").is_some()
        {
            panic!("panic requested with F12 (MENTEE_DEBUG_PANIC)");
        }
        let stack = self.contexts();
        if let Some([esc, alone]) = keymap::split_alt(&stack, &key) {
            self.handle_key(esc);
            self.handle_key(alone);
            return;
        }
        let action = keymap::lookup(&stack, &key);
        if self.too_small() {
            if matches!(action, Some(Action::Quit | Action::ForceQuit)) {
                self.dispatch(Action::ForceQuit);
            }
            return;
        }
        match action {
            Some(a) => self.dispatch(a),
            None => {
                let dialog = self.ctx.confirm.is_some() || self.help.is_some();
                if let (Some(o), false) = (self.overlay.as_mut(), dialog) {
                    match o {
                        Overlay::Search(s) => s.type_key(key, &self.ctx.search()),
                        Overlay::Export(p) => p.type_key(key),
                    }
                } else if let Some(ed) = self.ctx.editor.as_mut() {
                    ed.input(key);
                } else if self.ctx.confirm.is_none()
                    && self.help.is_none()
                    && self.pane_ref().takes_text()
                {
                    self.with_pane(|pane, ctx| pane.type_key(key, ctx));
                }
            }
        }
    }

    /// The character a key types into the open editor, when that is all it does (no
    /// binding, no dialog or overlay in the way): Enter in a multi-line field is a newline.
    #[must_use]
    pub fn typed_char(&self, event: &Event) -> Option<char> {
        let Event::Key(key) = event else {
            return None;
        };
        let ed = self.ctx.editor.as_ref()?;
        let plain = (key.modifiers - crossterm::event::KeyModifiers::SHIFT).is_empty();
        let c = match key.code {
            crossterm::event::KeyCode::Char(c) if plain => c,
            crossterm::event::KeyCode::Enter if key.modifiers.is_empty() => '\n',
            _ => return None,
        };
        if key.kind == KeyEventKind::Release
            || (c == '\n' && ed.kind.single_line())
            || self.overlay.is_some()
            || self.ctx.confirm.is_some()
            || self.help.is_some()
            || self.too_small()
            || keymap::lookup(&self.contexts(), key).is_some()
        {
            return None;
        }
        Some(c)
    }

    /// Types characters into the open editor at once, as that many key presses would (see
    /// [`App::typed_char`]): a burst of typing, or a paste the terminal did not bracket.
    pub fn type_run(&mut self, text: &str) {
        if let Some(ed) = self.ctx.editor.as_mut() {
            ed.type_str(text);
        }
    }

    fn paste(&mut self, text: &str) {
        // A paste may carry terminal commands (ESC sequences); only text is kept.
        let text = &*crate::domain::text::clean(text);
        match self.overlay.as_mut() {
            Some(Overlay::Search(s)) => {
                if s.paste(text, &self.ctx.search()) {
                    self.ctx.info(format!(
                        "A search takes up to {MAX_QUERY_CHARS} characters; the rest was left out"
                    ));
                }
                return;
            }
            Some(Overlay::Export(p)) => return p.paste(text),
            None => {}
        }
        let pane_takes_text = self.pane_ref().takes_text();
        match self.ctx.editor.as_mut() {
            Some(ed) => {
                if let Err(msg) = ed.paste(text) {
                    self.ctx.error(msg);
                }
            }
            None if pane_takes_text => {
                self.with_pane(|pane, ctx| pane.paste(text, ctx));
            }
            None => self.ctx.info(format!(
                "To paste, first press {} on a text field",
                keymap::first_key_in(Context::FormText, Action::Open)
            )),
        }
    }

    fn mouse(&mut self, m: MouseEvent) {
        if self.too_small() || self.ctx.confirm.is_some() || self.help.is_some() {
            return;
        }
        match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                if self.layout(self.size).tabs.is_some_and(|r| r.y == m.row) {
                    if let Some(tab) = ui::tab_at(self.size.width, m.column) {
                        self.overlay = None;
                        self.dispatch(Action::GoTab(tab));
                    }
                    return;
                }
                if let Some(Overlay::Search(s)) = self.overlay.as_mut() {
                    let outcome = s.click(m.column, m.row, &self.ctx.search());
                    self.search_outcome(outcome);
                    self.follow_jump();
                    return;
                }
                if self.overlay.is_some() {
                    return;
                }
                if self.ctx.editor.is_some() {
                    self.ctx.finish_edit();
                    if self.ctx.editor.is_some() {
                        return;
                    }
                }
                self.with_pane(|pane, ctx| pane.click(m.column, m.row, ctx));
            }
            MouseEventKind::ScrollUp if self.ctx.editor.is_none() => self.dispatch(Action::Up),
            MouseEventKind::ScrollDown if self.ctx.editor.is_none() => self.dispatch(Action::Down),
            _ => {}
        }
    }

    /// Carries out one action.
    pub fn dispatch(&mut self, action: Action) {
        match action {
            Action::ForceQuit => {
                self.ctx.flush();
                self.quit = true;
            }
            Action::Quit => {
                if self.ctx.flush() {
                    self.quit = true;
                } else {
                    self.ctx.confirm = Some(Confirm::new(
                        "An entry could not be saved (see the field). Quit anyway?",
                        Pending::QuitAnyway,
                    ));
                }
            }
            Action::Yes => self.confirmed(),
            Action::No => self.declined(),
            Action::Help => self.help = Some(HelpView::open(self.contexts())),
            _ if self.help.is_some() => self.help_action(action),
            _ if self.overlay.is_some() => self.overlay_action(action),
            Action::Search => {
                // The index is kept between searches; if it is not built yet, the loop
                // builds it while the query is empty, and a letter typed builds the rest.
                self.overlay = Some(Overlay::Search(SearchView::open(
                    self.tab,
                    self.ctx.shared(),
                )));
            }
            Action::Export => self.overlay = Some(Overlay::Export(ExportPrompt::open(&self.ctx))),
            Action::ExportSummary if self.mode == Some(Mode::Review) => {
                let summary = self.review.summary(&self.ctx.view());
                self.overlay = Some(Overlay::Export(ExportPrompt::summary(&self.ctx, &summary)));
            }
            // From Prepare or the review, Tab goes back to the tabs first.
            Action::NextTab | Action::PrevTab if self.mode.is_some() => self.switch(self.tab),
            Action::NextTab => self.switch(self.tab.next()),
            Action::PrevTab => self.switch(self.tab.prev()),
            Action::Prepare => self.open_prepare(),
            Action::SharedScreen => self.shared_screen(),
            Action::GoTab(t) => self.switch(t),
            Action::FinishEdit if self.ctx.editor.is_some() => self.ctx.finish_edit(),
            Action::ClearField => {
                if let Some(ed) = self.ctx.editor.as_mut() {
                    ed.clear();
                }
            }
            Action::ExternalEditor if self.ctx.editor.is_some() => {
                if let Some(ed) = &self.ctx.editor {
                    let (key, kind, label) = (ed.key.clone(), ed.kind, ed.label.clone());
                    self.ctx.request_external(key, kind, &label);
                }
            }
            other => self.with_pane(|pane, ctx| pane.handle(other, ctx)),
        }
        if self.prepare.take_leave() {
            self.mode = self.prepare_from.take();
        }
        if self.review.take_leave() {
            self.end_shared();
        }
        if self.ended.take_leave() {
            self.own_view();
        }
        self.follow_jump();
    }

    /// `P`: the agenda for the next meeting, from wherever the user is.
    fn open_prepare(&mut self) {
        if self.mode != Some(Mode::Prepare) {
            self.prepare_from = self.mode;
        }
        self.mode = Some(Mode::Prepare);
        self.ctx.expect_sharing();
        self.prepare.open(&mut self.ctx);
    }

    /// Once idle, when the screen is expected to be shared (Prepare opened, or the screen
    /// shared before in this session): makes the shared-only projection and what the
    /// shared screen opens on, so that `S` shows them at once (see `Ctx::prepare_sharing`).
    pub fn prepare_sharing(&mut self) {
        self.ctx
            .prepare_sharing(crate::modes::review::prepare_sharing);
    }

    /// `S`: starts the shared screen; while it is on, goes back to the review, and in the
    /// review, ends it (through the wrap-up when something was recorded).
    fn shared_screen(&mut self) {
        if !self.ctx.shared() {
            self.shared_from = Some((self.tab, self.mode));
            crate::modes::review::share_with_agenda_kept(&mut self.ctx);
            self.mode = Some(Mode::Review);
            self.review.start(&self.ctx.view());
            // A message from before could name something private.
            self.ctx.status = None;
            if let Some(note) = self.review.opening_note(&self.ctx.view()) {
                self.ctx.info(note);
            }
        } else if self.mode == Some(Mode::Review) {
            self.review.finish();
            if self.review.take_leave() {
                self.end_shared();
            }
        } else {
            self.mode = Some(Mode::Review);
        }
    }

    /// Ends the shared screen. The neutral screen comes next, so nothing private shows
    /// until the user asks for their own view ([`App::own_view`]).
    fn end_shared(&mut self) {
        self.ctx.finish_edit();
        self.ctx.set_shared(false);
        self.overlay = None;
        self.mode = Some(Mode::Ended);
        // A message from the shared screen would hide the footer's one key.
        self.ctx.status = None;
    }

    /// After the neutral screen: back to where the user was when the shared screen began.
    fn own_view(&mut self) {
        let (tab, mode) = self.shared_from.take().unwrap_or((self.tab, None));
        self.tab = tab;
        self.mode = mode.filter(|m| *m == Mode::Prepare);
        if self.prepare_from == Some(Mode::Review) {
            self.prepare_from = None;
        }
        if self.mode == Some(Mode::Prepare) {
            // Built while private items were hidden: build it again with them.
            self.prepare.open(&mut self.ctx);
        }
        self.ctx.info("Your own view: private items show again");
    }

    /// An action while the search or the export prompt is open.
    fn overlay_action(&mut self, action: Action) {
        match self.overlay.as_mut() {
            Some(Overlay::Search(s)) => {
                let outcome = s.handle(action, &self.ctx.search());
                self.search_outcome(outcome);
            }
            Some(Overlay::Export(p)) => match action {
                Action::Open if p.submit(&mut self.ctx) == export_prompt::Outcome::Close => {
                    self.overlay = None;
                }
                Action::Back => self.overlay = None,
                _ => {}
            },
            None => {}
        }
    }

    fn search_outcome(&mut self, outcome: search::Outcome) {
        match outcome {
            search::Outcome::Stay => {}
            search::Outcome::Close => self.overlay = None,
            search::Outcome::Go(target) => {
                self.overlay = None;
                self.ctx.jump = Some(target);
            }
        }
    }

    /// Moves to where a pane asked to go, if anywhere. A field the pane cannot select
    /// still shows its record.
    fn follow_jump(&mut self) {
        let Some(target) = self.ctx.jump.take() else {
            return;
        };
        let (target, edit) = match target {
            Target::Edit(key) => (Target::Field(key), true),
            other => (other, false),
        };
        let tab = target.tab();
        self.switch(tab);
        if self.tab == tab && self.mode.is_none() {
            let pane = self.panes.get(tab);
            let view = self.ctx.view();
            if pane.reveal(&target, &view) {
                if edit {
                    self.with_pane(|pane, ctx| pane.handle(Action::Open, ctx));
                }
            } else if let Some(record) = target.record().filter(|r| *r != target) {
                pane.reveal(&record, &view);
            }
        }
    }

    /// An action while the help is open: move, close, or close and run the chosen key.
    fn help_action(&mut self, action: Action) {
        let Some(help) = self.help.as_mut() else {
            return;
        };
        match help.handle(action) {
            help::Outcome::Stay => {}
            help::Outcome::Close => self.help = None,
            help::Outcome::Run(a) => {
                self.help = None;
                self.dispatch(a);
            }
        }
    }

    fn declined(&mut self) {
        if let Some(on_no) = self.ctx.confirm.take().and_then(|c| c.on_no) {
            self.carry_out(on_no);
        }
    }

    fn confirmed(&mut self) {
        if let Some(confirm) = self.ctx.confirm.take() {
            self.carry_out(confirm.on_yes);
        }
    }

    /// What an answered dialog does.
    fn carry_out(&mut self, pending: Pending) {
        match pending {
            Pending::Delete(record, id) => {
                if self.ctx.delete(record, id) {
                    self.ctx.info("Deleted");
                }
            }
            Pending::QuitAnyway => {
                self.ctx.editor = None;
                self.quit = true;
            }
            Pending::GoalFromStem(stem_key) => {
                crate::tabs::occupation::create_goal_from_stem(&mut self.ctx, &stem_key);
            }
            Pending::Say(text) => self.ctx.info(text),
            Pending::MakePublic(ids) => crate::tabs::copies::make_public(&mut self.ctx, &ids),
        }
    }

    fn switch(&mut self, tab: Tab) {
        if self.ctx.editor.is_some() {
            self.ctx.finish_edit();
            if self.ctx.editor.is_some() {
                return;
            }
        }
        self.tab = tab;
        self.mode = None;
    }

    /// Whether the search is open and its index not built yet (the loop builds it at once,
    /// a slice at a time, rather than once idle).
    #[must_use]
    pub fn search_waits_for_index(&self) -> bool {
        matches!(&self.overlay, Some(Overlay::Search(_))) && self.ctx.search_pending()
    }

    /// Whether the search is open and still counting its matches: the loop gives it
    /// slices of work while no key waits ([`App::search_work`]).
    #[must_use]
    pub fn search_counting(&self) -> bool {
        matches!(&self.overlay, Some(Overlay::Search(s)) if s.counting())
    }

    /// A slice of the search's counting (see `SearchView::work`). True when what the
    /// screen shows changed.
    pub fn search_work(&mut self, now: Instant) -> bool {
        match self.overlay.as_mut() {
            Some(Overlay::Search(s)) => s.work(&self.ctx.search(), now),
            _ => false,
        }
    }

    /// Time passes: autosave after a pause, expire old messages.
    /// True when what is shown may have changed (a save, a message gone, a time on screen
    /// due to change).
    pub fn tick(&mut self, now: Instant) -> bool {
        let saving = self.ctx.editor.as_ref().is_some_and(|e| e.due(now));
        self.ctx.autosave(now);
        let expired = self.status_expires().is_some_and(|at| now >= at);
        if expired {
            self.ctx.status = None;
        }
        saving || expired || self.time_change.is_some_and(|at| now >= at)
    }

    /// When the message in the footer goes, if there is one.
    fn status_expires(&self) -> Option<Instant> {
        let s = self.ctx.status.as_ref()?;
        Some(s.at + if s.error { ERROR_FOR } else { INFO_FOR })
    }

    /// When the loop must wake up even without input: an autosave, a message to take
    /// away, or a frame that shows something relative to the time (the next minute or
    /// midnight, see [`Clock::next_change`](crate::domain::Clock::next_change)). `None`
    /// when nothing is due: the loop then sleeps until a key, a resize or a signal.
    #[must_use]
    pub fn next_deadline(&self) -> Option<Instant> {
        [
            self.ctx.next_deadline(),
            self.status_expires(),
            self.time_change,
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// Renders into a ratatui `Frame` (the tests draw through `Terminal<TestBackend>`; the
    /// app's own screen calls [`App::render`]).
    pub fn draw(&mut self, frame: &mut Frame<'_>) {
        let area = frame.area();
        self.render(area, frame.buffer_mut());
    }

    /// Where things go: the shared-screen banner on top while the screen is shared, the tab
    /// bar (not in the review or the screen after it, which keep the screen calm), the body,
    /// a message in a row of its own while there is one, and the footer with the keys.
    fn layout(&self, area: Rect) -> Layout {
        let mut y = area.y;
        let banner = self.ctx.shared().then(|| {
            y += 1;
            Rect::new(area.x, area.y, area.width, 1)
        });
        let calm = matches!(self.mode, Some(Mode::Review | Mode::Ended));
        let tabs = (!calm).then(|| {
            y += 1;
            Rect::new(area.x, y - 1, area.width, 1)
        });
        let below = if self.ctx.status.is_some() { 2 } else { 1 };
        let body_h = area.bottom().saturating_sub(y + below);
        let footer_y = area.bottom().saturating_sub(1);
        Layout {
            banner,
            tabs,
            body: Rect::new(area.x, y, area.width, body_h),
            status: (below == 2)
                .then(|| Rect::new(area.x, footer_y.saturating_sub(1), area.width, 1)),
            footer: Rect::new(area.x, footer_y, area.width, 1),
        }
    }

    /// Draws the whole screen into `buf`, noting when it can change by itself.
    pub fn render(&mut self, area: Rect, buf: &mut Buffer) {
        self.ctx.clock.take_read();
        self.render_frame(area, buf);
        let read = self.ctx.clock.take_read();
        self.time_change = self.ctx.clock.next_change(read).map(|at| {
            let wait = (at - chrono::Utc::now()).to_std().unwrap_or_default();
            Instant::now() + wait
        });
    }

    fn render_frame(&mut self, area: Rect, buf: &mut Buffer) {
        self.size = area;
        self.settle_status();
        if self.too_small() {
            ui::render_too_small(area, buf, &self.theme);
            return;
        }
        let layout = self.layout(area);
        if let Some(banner) = layout.banner {
            let in_review = self.mode == Some(Mode::Review);
            crate::modes::render_banner(banner, buf, in_review, &self.theme);
        }
        if let Some(tabs) = layout.tabs {
            let active = self.mode.is_none().then_some(self.tab);
            ui::render_tabs(tabs, buf, active, &self.theme);
        }
        let (body, footer) = (layout.body, layout.footer);
        // Panes draw from a read-only view: no store, and while shared only what may be
        // shown (see `View`).
        let (view, theme) = (self.ctx.view(), &self.theme);
        // The search covers the whole body: what is beneath it is not drawn at all.
        let covered = matches!(self.overlay, Some(Overlay::Search(_)));
        match self.mode {
            _ if covered => {}
            Some(Mode::Prepare) => self.prepare.render(body, buf, &view, theme),
            Some(Mode::Review) => self.review.render(body, buf, &view, theme),
            Some(Mode::Ended) => self.ended.render(body, buf, &view, theme),
            None => self.panes.get(self.tab).render(body, buf, &view, theme),
        }
        match self.overlay.as_mut() {
            // An empty query reads no index: it is not built for the frame (see
            // `Ctx::search_so_far`).
            Some(Overlay::Search(s)) if s.is_blank() => {
                s.render(body, buf, &self.ctx.search_so_far(), &self.theme);
            }
            Some(Overlay::Search(s)) => s.render(body, buf, &self.ctx.search(), &self.theme),
            Some(Overlay::Export(p)) => p.render(body, buf, &self.theme),
            None => {}
        }
        if let (Some(area), Some(s)) = (layout.status, self.ctx.status.as_ref()) {
            ui::render_status(area, buf, &s.text, s.error, &self.theme);
        }
        self.footer
            .render(footer, buf, &self.contexts(), &self.theme);
        if let Some(help) = self.help.as_mut() {
            help.render(body, buf, &self.theme);
        }
        if let Some(c) = &self.ctx.confirm {
            let dialog = self.contexts()[0];
            ui::render_confirm(body, buf, &c.prompt, dialog, &self.theme);
        }
    }
}

/// The rows of the screen.
struct Layout {
    banner: Option<Rect>,
    tabs: Option<Rect>,
    body: Rect,
    status: Option<Rect>,
    footer: Rect,
}

impl Drop for App {
    /// A crash should not cost the last second of typing either.
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.ctx.flush();
        }
    }
}
