//! The shared-screen review (`S`): mentor and mentee go through the meeting's agenda, then
//! step through the goals one by one (`←` `→`), set progress, write a review note and agree
//! action items. Everything is recorded in one meeting, the one the agenda is for (held
//! with the first record: see `record`), and a wrap-up lists what this session recorded. Nothing private is shown: the screen is
//! shared for as long as the mode lasts (`Ctx::set_shared`), so the review reads and draws
//! the shared-only journey. Leaving always passes through the wrap-up.

mod agenda_step;
mod composer;
mod record;
mod step;
mod summary;
mod wrapup;

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, Utc};

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::Ctx;
use crate::domain::goals::{is_open, milestones_of};
use crate::domain::{Id, ProgressMode};
use crate::keymap::Context;
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::list::ListView;
use crate::view::View;
use composer::Composer;

pub use agenda_step::{prepare_sharing, share_with_agenda_kept};

/// What one shared-screen session recorded, by record id (the records themselves live in the
/// journey, so later edits show in the wrap-up).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    /// Goals touched, in the order they were first touched.
    pub goals: Vec<Id>,
    /// The review recorded for each goal this session.
    pub reviews: BTreeMap<Id, Id>,
    /// Each goal's progress before the session first changed it.
    pub progress_before: BTreeMap<Id, u8>,
    /// Milestones ticked or unticked.
    pub milestones: Vec<Id>,
    /// Action items added.
    pub actions: Vec<Id>,
    /// Agenda items ticked or unticked as discussed.
    pub ticked: Vec<Id>,
    /// The meeting this session records into, once something is recorded (the meeting of
    /// its agenda: see `record`).
    pub held: Option<Id>,
    /// Meetings added because none was planned.
    pub meetings: Vec<Id>,
    /// Meetings planned for a later day and held in this session, with when they were
    /// planned to start.
    pub brought: Vec<(Id, DateTime<Utc>)>,
}

impl Session {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty()
            && self.actions.is_empty()
            && self.ticked.is_empty()
            && self.meetings.is_empty()
    }

    fn touch(&mut self, goal: Id) {
        if !self.goals.contains(&goal) {
            self.goals.push(goal);
        }
    }
}

/// View state of the review.
#[derive(Clone, Debug, Default)]
pub struct ReviewPane {
    /// The mentor the meeting is with (`None` without mentors).
    mentor: Option<Id>,
    /// The goal shown, and its place in the list (kept when the goal leaves the list).
    goal: Option<Id>,
    index: usize,
    wrap_up: bool,
    milestones: ListView,
    /// The goal whose milestones `milestones` points into (a new goal starts the cursor on
    /// its first open milestone, so `Space` ticks rather than unticks), and how many it had
    /// when last counted (for the keys offered, without a pass per key).
    milestones_for: Option<Id>,
    milestone_count: usize,
    composer: Option<Composer>,
    session: Session,
    /// First row of the wrap-up shown.
    wrap_offset: usize,
    /// Set when the user ends the mode; the app takes it.
    leave: bool,
    /// The meeting's agenda, shown before the goals.
    agenda: agenda_step::AgendaStep,
}

impl ReviewPane {
    /// Starts a new session on the meeting `P` prepares (`domain::agenda::choose`): its
    /// agenda first, then the goals.
    pub fn start(&mut self, view: &View) {
        let choice = crate::domain::agenda::choose(view.journey, view.clock);
        *self = Self {
            mentor: choice.mentor_id,
            agenda: agenda_step::AgendaStep::start(choice, view),
            ..Self::default()
        };
        self.current(view);
    }

    /// What this session recorded.
    #[must_use]
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Whether the user asked to end the mode (cleared by reading it).
    pub fn take_leave(&mut self) -> bool {
        std::mem::take(&mut self.leave)
    }

    /// Whether the wrap-up is shown.
    #[must_use]
    pub fn in_wrap_up(&self) -> bool {
        self.wrap_up
    }

    /// Ends the review: always the wrap-up first (also when nothing was recorded, so that
    /// `Esc`, everyone's reflex for "back", never drops the shared screen at once), then
    /// the mode.
    pub fn finish(&mut self) {
        self.composer = None;
        self.agenda.close();
        if self.wrap_up {
            self.leave = true;
        } else {
            self.wrap_up = true;
        }
    }

    /// The goals under review: open, of this mentor or of none, by priority (on the shared
    /// screen the view holds no private goal), kept between keys (see `view::Memo`).
    fn goal_ids(&self, view: &View) -> Rc<Vec<Id>> {
        view.review_goals(self.mentor)
    }

    /// Where the goal shown now is in `ids`: where it was, else the goal now at its place.
    fn locate(&self, ids: &[Id]) -> (usize, Option<Id>) {
        match self.goal.and_then(|g| ids.iter().position(|x| *x == g)) {
            Some(i) => (i, self.goal),
            None => {
                let i = self.index.min(ids.len().saturating_sub(1));
                (i, ids.get(i).copied())
            }
        }
    }

    /// The goal shown now and the list it is in, re-finding it when the list changed.
    fn current(&mut self, view: &View) -> (Option<Id>, Rc<Vec<Id>>) {
        let ids = self.goal_ids(view);
        (self.index, self.goal) = self.locate(&ids);
        self.follow_goal(view);
        (self.goal, ids)
    }

    /// On a goal newly shown, puts the milestone cursor on its first open milestone.
    fn follow_goal(&mut self, view: &View) {
        if self.milestones_for == self.goal {
            return;
        }
        self.milestones_for = self.goal;
        let milestones = self
            .goal
            .map(|g| milestones_of(view.journey, g))
            .unwrap_or_default();
        self.milestone_count = milestones.len();
        self.milestones = ListView::default();
        self.milestones.selected = milestones.iter().position(|m| !m.done).unwrap_or(0);
    }

    /// The keymap contexts of a goal step: only those whose keys do something now, most
    /// important first (the footer keeps that order when it must leave hints out). Read
    /// from the goal last shown, so it costs no pass over the journey.
    fn step_contexts(&self, view: &View) -> Vec<Context> {
        let j = view.journey;
        let goal = self.goal.and_then(|id| j.goal(id)).filter(|g| is_open(g));
        let mut out = match goal {
            Some(_) => vec![Context::ReviewStep],
            // `←` goes back to the agenda, when it has items (else it is not shown).
            None if self.agenda.has_items() => vec![Context::ReviewToAgenda, Context::ReviewEmpty],
            None => vec![Context::ReviewEmpty],
        };
        if several_mentors(view) {
            out.push(Context::ReviewMentors);
        }
        if let Some(g) = goal {
            let milestones = self.milestone_count > 0;
            if g.progress_mode == ProgressMode::Manual {
                out.extend([Context::ReviewProgress, Context::ReviewGoal]);
                if milestones {
                    out.push(Context::ReviewMilestones);
                }
            } else {
                if milestones {
                    out.push(Context::ReviewMilestones);
                }
                out.push(Context::ReviewGoal);
            }
        }
        out
    }

    fn step(&mut self, forward: bool, view: &View) {
        let (_, ids) = self.current(view);
        if self.wrap_up {
            if !forward {
                self.wrap_up = false;
            }
            return;
        }
        if !forward && self.index == 0 {
            self.agenda.reopen(view);
        }
        let next = if forward {
            self.index + 1
        } else {
            self.index.saturating_sub(1)
        };
        if forward && next >= ids.len() {
            self.wrap_up = true;
            return;
        }
        self.index = next;
        self.goal = ids.get(next).copied();
        self.follow_goal(view);
    }

    fn next_mentor(&mut self, ctx: &mut Ctx) {
        let choices = crate::domain::agenda::mentor_choices(ctx.journey());
        if choices.len() < 2 {
            // Not offered then (see `several_mentors`); said plainly if asked all the same.
            ctx.info(if ctx.journey().mentors.is_empty() {
                "No mentors yet: the review shows every goal that is not private"
            } else {
                "There is only one mentor to review with"
            });
            return;
        }
        let i = choices.iter().position(|m| *m == self.mentor).unwrap_or(0);
        self.mentor = choices[(i + 1) % choices.len()];
        self.goal = None;
        self.index = 0;
        self.wrap_up = false;
        let choice = crate::domain::agenda::meeting_with(ctx.journey(), &ctx.clock, self.mentor);
        agenda_step::keep_shared_agenda(ctx, choice);
        self.agenda.follow_mentor(self.mentor, &ctx.view());
        self.current(&ctx.view());
        let name = self
            .mentor
            .and_then(|id| ctx.journey().mentor(id))
            .map_or_else(String::new, |m| m.name.clone());
        ctx.info(format!(
            "Reviewing with {name}: their goals and those without a mentor"
        ));
    }

    fn handle_step(&mut self, action: Action, ctx: &mut Ctx) {
        let (goal, _) = self.current(&ctx.view());
        match action {
            Action::Left => self.step(false, &ctx.view()),
            Action::Right => self.step(true, &ctx.view()),
            Action::Back => self.finish(),
            Action::NextMentor => self.next_mentor(ctx),
            _ => {
                let Some(goal) = goal else {
                    if matches!(action, Action::New | Action::NewReview | Action::ProgressUp) {
                        ctx.info(format!(
                            "No goals to review: add goals in {}",
                            crate::ui::tab_name(crate::tab::Tab::Goals)
                        ));
                    }
                    return;
                };
                self.handle_goal(action, goal, ctx);
            }
        }
    }

    fn handle_goal(&mut self, action: Action, goal: Id, ctx: &mut Ctx) {
        let milestones: Vec<Id> = milestones_of(ctx.journey(), goal)
            .iter()
            .map(|m| m.id)
            .collect();
        self.milestone_count = milestones.len();
        let manual = ctx
            .journey()
            .goal(goal)
            .is_some_and(|g| g.progress_mode == ProgressMode::Manual);
        match action {
            Action::ProgressUp | Action::ProgressDown | Action::SetProgress if !manual => {
                let key = |a| crate::keymap::first_key_in(Context::ReviewMilestones, a);
                ctx.info(format!(
                    "This goal's progress follows its milestones: {}{} choose one, {} ticks it",
                    key(Action::Up),
                    key(Action::Down),
                    key(Action::Toggle)
                ));
            }
            Action::ProgressUp => self.nudge_progress(goal, true, ctx),
            Action::ProgressDown => self.nudge_progress(goal, false, ctx),
            Action::SetProgress => self.type_progress(goal, ctx),
            Action::NewReview => self.write_note(goal, ctx),
            Action::New => self.composer = Some(Composer::default()),
            Action::Toggle => match milestones.get(self.milestones.selected) {
                Some(m) => self.tick(*m, ctx),
                None => ctx.info("This goal has no milestones to tick"),
            },
            other => {
                self.milestones.handle(other, milestones.len());
            }
        }
    }

    fn handle_composer(&mut self, action: Action, ctx: &mut Ctx) {
        let Some(c) = self.composer.as_mut() else {
            return;
        };
        match c.handle(action, ctx.clock.today()) {
            composer::Outcome::Stay => {}
            composer::Outcome::Cancel => self.composer = None,
            composer::Outcome::Add(item) => {
                let (goal, _) = self.current(&ctx.view());
                if let Some(goal) = goal
                    && self.add_action(goal, item, ctx)
                {
                    self.composer = None;
                }
            }
        }
    }
}

/// Whether there is another mentor to review with (`m` is offered only then).
fn several_mentors(view: &View) -> bool {
    view.journey.mentors.len() > 1
}

impl Pane for ReviewPane {
    fn contexts(&self, view: &View) -> Vec<Context> {
        if let Some(c) = &self.composer {
            c.contexts()
        } else if self.agenda.active() {
            // `m` leads the footer when there is another mentor to switch to.
            let mut stack = vec![Context::ReviewAgenda];
            if several_mentors(view) {
                stack.insert(0, Context::ReviewMentors);
            }
            stack
        } else if self.wrap_up {
            vec![Context::ReviewWrapUp]
        } else {
            self.step_contexts(view)
        }
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        if self.composer.is_some() {
            self.handle_composer(action, ctx);
        } else if self.agenda.active() {
            if action == Action::Toggle {
                self.tick_agenda_item(ctx);
            } else if !self.agenda.handle(action, ctx) {
                self.handle_step(action, ctx);
            }
        } else if self.wrap_up {
            match action {
                Action::Left => self.step(false, &ctx.view()),
                Action::Back => self.finish(),
                Action::Up => self.wrap_offset = self.wrap_offset.saturating_sub(1),
                Action::Down => self.wrap_offset += 1,
                _ => {}
            }
        } else {
            self.handle_step(action, ctx);
        }
    }

    fn takes_text(&self) -> bool {
        self.composer.is_some()
    }

    fn type_key(&mut self, key: KeyEvent, _ctx: &mut Ctx) {
        if let Some(c) = self.composer.as_mut() {
            c.type_key(key);
        }
    }

    fn paste(&mut self, text: &str, ctx: &mut Ctx) {
        if let Some(c) = self.composer.as_mut()
            && c.paste(text)
        {
            ctx.info("An action item is one line: the rest of the paste was left out");
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let (goal, ids) = self.current(view);
        if self.agenda.active() {
            self.agenda.render(area, buf, view, theme);
        } else if self.wrap_up {
            wrapup::render(self, area, buf, view, theme);
        } else {
            step::render(self, goal, &ids, area, buf, view, theme);
        }
    }
}
