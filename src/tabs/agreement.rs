//! Agreement tab: the mentors, and per mentor the structure and expectations agreed at the
//! outset.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::{Cadence, FieldKey, Mentor, MentorField as F, Record, Structure};
use crate::keymap::{self, Context};
use crate::method::EXPECTATION_QUESTIONS;
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::form::{FieldSpec, Form, FormOutcome};
use crate::ui::list::ListView;
use crate::ui::{panel, render_note, scroll_marks, wrap::truncate};
use crate::view::View;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Focus {
    #[default]
    List,
    Form,
}

/// View state of the Agreement tab.
#[derive(Clone, Debug, Default)]
pub struct AgreementPane {
    list: ListView,
    form: Form,
    focus: Focus,
}

/// The agreement form of one mentor.
#[must_use]
pub fn fields(m: &Mentor) -> Vec<FieldSpec> {
    let id = m.id;
    let k = |f| FieldKey::Mentor(id, f);
    let mentor_label = if m.name.trim().is_empty() {
        "Mentor".to_string()
    } else {
        m.short_name()
    };
    let short_hint = if m.name.trim().is_empty() {
        "what lists call them: their first name".to_string()
    } else {
        format!("{} unless you set another", m.short_name())
    };
    let pair = |q: &str, mine, theirs, mine_hint: &str, their_hint: &str| {
        vec![
            FieldSpec::text(k(mine), "Me").hint(mine_hint).section(q),
            FieldSpec::text(k(theirs), &mentor_label).hint(their_hint),
        ]
    };
    let mut out = vec![
        FieldSpec::line(k(F::Name), "Name").hint("your mentor's name"),
        FieldSpec::line(k(F::Contact), "Contact").hint("email, phone, how you reach them"),
        FieldSpec::choice::<Structure>(k(F::Structure), "Structure", true)
            .section("How you work together"),
        FieldSpec::choice::<Cadence>(k(F::Cadence), "Meet", true),
        FieldSpec::channels(k(F::Channels), "Channels"),
        FieldSpec::line(k(F::Venue), "Venue").hint("a café, an office, a video link"),
        FieldSpec::date(k(F::StartDate), "Started"),
        FieldSpec::date(k(F::ReviewDate), "Review on").hint("when you will review this agreement"),
    ];
    out.extend(pair(
        EXPECTATION_QUESTIONS[0],
        F::DefineMine,
        F::DefineTheirs,
        "what mentoring means to you",
        "what it means to your mentor",
    ));
    out.extend(pair(
        EXPECTATION_QUESTIONS[1],
        F::WantMine,
        F::WantTheirs,
        "what you want from it",
        "what your mentor wants from it",
    ));
    out.extend(pair(
        EXPECTATION_QUESTIONS[2],
        F::ExpectMine,
        F::ExpectTheirs,
        "what you expect from your mentor",
        "what your mentor expects from you",
    ));
    out.push(
        FieldSpec::text(k(F::Confidentiality), "Agreed")
            .hint("what stays between you, what may be shared")
            .section("Confidentiality"),
    );
    // Last: the default (the first word of the name that is not a title) is usually right,
    // so filling in the form in order never passes through it.
    out.push(
        FieldSpec::line(k(F::ShortName), "Short name")
            .hint(&short_hint)
            .section("In lists"),
    );
    out
}

impl Pane for AgreementPane {
    fn contexts(&self, view: &View) -> Vec<Context> {
        match (self.focus, self.selected(view)) {
            (Focus::Form, Some(m)) => self.form.contexts_in(&[Context::AgreementForm], &fields(m)),
            _ => vec![Context::MentorList, Context::List],
        }
    }

    fn editing_contexts(&self, view: &View) -> Vec<Context> {
        match self.selected(view) {
            Some(m) if self.focus == Focus::Form => Form::editing_contexts(&fields(m), view),
            _ => Vec::new(),
        }
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        self.list.clamp(ctx.journey().mentors.len());
        if action == Action::New {
            self.add_mentor(ctx);
            return;
        }
        match self.focus {
            Focus::List => match action {
                Action::Open => {
                    if self.selected(&ctx.view()).is_some() {
                        self.focus = Focus::Form;
                    } else {
                        self.add_mentor(ctx);
                    }
                }
                Action::Delete => {
                    if let Some(m) = self.selected(&ctx.view()) {
                        let what = format!(
                            "mentor {} and your agreement (their goals and meetings stay)",
                            m.display_name()
                        );
                        let id = m.id;
                        ctx.ask_delete(Record::Mentor, id, &what);
                    }
                }
                other => {
                    if self.list.handle(other, ctx.journey().mentors.len()) {
                        self.form = Form::default();
                    }
                }
            },
            Focus::Form => {
                let Some(m) = self.selected(&ctx.view()) else {
                    self.focus = Focus::List;
                    return;
                };
                let fields = fields(m);
                if self.form.handle(action, &fields, ctx) == FormOutcome::Back {
                    self.focus = Focus::List;
                }
            }
        }
    }

    fn click(&mut self, x: u16, y: u16, ctx: &mut Ctx) {
        if self.list.contains(x, y) {
            let before = self.list.selected;
            self.list.click(x, y);
            self.list.clamp(ctx.journey().mentors.len());
            if before != self.list.selected {
                self.form = Form::default();
            }
            self.focus = Focus::List;
        } else if self.selected(&ctx.view()).is_some() && self.form.click(x, y) {
            self.focus = Focus::Form;
        }
    }

    fn reveal(&mut self, target: &Target, view: &View) -> bool {
        let (id, field) = match target {
            Target::Mentor(id) => (*id, None),
            Target::Field(key @ FieldKey::Mentor(id, _)) => (*id, Some(key)),
            _ => return false,
        };
        match view.journey.mentors.iter().position(|m| m.id == id) {
            Some(i) => {
                self.list.selected = i;
                self.form = Form::default();
                self.focus = Focus::Form;
                if let Some(key) = field {
                    let fields = fields(&view.journey.mentors[i]);
                    self.form.selected = fields.iter().position(|f| f.key == *key).unwrap_or(0);
                }
                true
            }
            None => false,
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let list_w = (area.width / 4).clamp(18, 28);
        let left = Rect::new(area.x, area.y, list_w, area.height);
        let right = Rect::new(area.x + list_w, area.y, area.width - list_w, area.height);
        self.render_mentors(left, buf, view, theme);
        self.render_agreement(right, buf, view, theme);
    }
}

impl AgreementPane {
    /// The list of mentors, on the left.
    fn render_mentors(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let block = panel("Mentors", self.focus == Focus::List, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width.saturating_sub(2));
        let mentors = &view.journey.mentors;
        if mentors.is_empty() {
            let note = vec![
                Line::from(Span::styled("No mentors yet.", theme.dim)),
                Line::from(vec![
                    Span::styled(
                        keymap::first_key_in(Context::MentorList, Action::New),
                        theme.key,
                    ),
                    Span::styled(" adds one", theme.dim),
                ]),
            ];
            render_note(inner, buf, note, theme.text);
        }
        self.list.render_visible(
            inner,
            buf,
            mentors.len(),
            |i| Line::from(truncate(&mentors[i].name_within(width), width)),
            theme,
            self.focus == Focus::List,
        );
        scroll_marks(area, buf, self.list.more(), theme);
    }

    /// The selected mentor's agreement, on the right.
    fn render_agreement(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let Some(m) = self.selected(view) else {
            let block = panel("Agreement", false, theme);
            let inner = block.inner(area);
            block.render(area, buf);
            render_note(inner, buf, empty_help(theme), theme.text);
            return;
        };
        let title = format!("Agreement with {}", m.display_name());
        let title = truncate(&title, usize::from(area.width.saturating_sub(6)));
        let focused = self.focus == Focus::Form;
        let block = panel(&title, focused, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        self.form
            .render(inner, buf, &fields(m), view, theme, focused);
        scroll_marks(area, buf, self.form.more(), theme);
    }

    fn selected<'a>(&self, view: &View<'a>) -> Option<&'a Mentor> {
        view.journey.mentors.get(self.list.selected)
    }

    /// Adds a mentor and starts typing their name.
    fn add_mentor(&mut self, ctx: &mut Ctx) {
        let mentor = Mentor {
            created_at: ctx.clock.now(),
            ..Mentor::default()
        };
        let Some(id) = ctx.insert(mentor) else {
            return;
        };
        let Some(i) = ctx.journey().mentors.iter().position(|m| m.id == id) else {
            return;
        };
        self.list.selected = i;
        self.form = Form::default();
        self.focus = Focus::Form;
        let name = &fields(&ctx.journey().mentors[i])[0];
        ctx.begin_edit(
            name.key.clone(),
            crate::editor::TextKind::Line,
            &name.label,
            &name.hint,
        );
    }
}

fn empty_help(theme: &Theme) -> Vec<Line<'static>> {
    vec![
        Line::from("Agree the structure at the outset, with each mentor:"),
        Line::default(),
        Line::from("  • formal, informal or hybrid; how often you meet, how, where"),
        Line::from("  • when you will review the agreement"),
        Line::from("  • what each of you expects (three questions)"),
        Line::from("  • what stays confidential"),
        Line::default(),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled(
                keymap::first_key_in(Context::MentorList, Action::New),
                theme.key,
            ),
            Span::raw(" to add your mentor."),
        ]),
    ]
}
