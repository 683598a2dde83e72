//! Overview tab: where the journey stands at a glance, and how to begin on an empty one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::dates::relative_words;
use crate::domain::{FieldKey, Journey, Meeting, MeetingField, reflection};
use crate::keymap::Context;
use crate::pane::Pane;
use crate::theme::Theme;
use crate::ui::panel;
use crate::view::View;

/// View state of the Overview tab (it has none yet beyond scrolling).
#[derive(Clone, Debug, Default)]
pub struct OverviewPane;

/// The first steps of a journey, each with whether it is done.
#[must_use]
pub fn getting_started(j: &Journey) -> Vec<(bool, &'static str, &'static str)> {
    vec![
        (
            !j.mentors.is_empty(),
            "6 Agreement",
            "add your mentor and what you agreed: structure, how often you meet, expectations",
        ),
        (
            j.answers.keys().any(|k| k.starts_with("conversation.")),
            "2 Conversation",
            "answer the four questions: where are you now, where do you want to be, ...",
        ),
        (
            j.answers.keys().any(|k| k.starts_with("worksheet.")),
            "3 Ideal occupation",
            "describe the work you would like, instead of a job title",
        ),
        (
            !j.goals.is_empty(),
            "4 Goals",
            "set goals with tangible evidence of success",
        ),
    ]
}

/// The meeting to reflect on, never on the shared screen (a missing reflection is the
/// mentee's own business).
fn reflection_due<'a>(view: &View<'a>) -> Option<&'a Meeting> {
    (!view.shared)
        .then(|| reflection::reflection_due(view.journey, view.clock))
        .flatten()
}

/// "Reflect on Tuesday's meeting with Elena Sørensen — r writes it", from the keymap.
fn reflection_line(m: &Meeting, view: &View, theme: &Theme) -> Line<'static> {
    let mentor = m
        .mentor_id
        .and_then(|id| view.journey.mentor(id))
        .map(crate::domain::Mentor::display_name);
    Line::from(vec![
        Span::styled(
            reflection::nudge(m, mentor.as_deref(), view.clock),
            theme.warn,
        ),
        Span::styled(" — ", theme.dim),
        Span::styled(
            crate::keymap::first_key_in(Context::OverviewReflect, Action::Reflect),
            theme.key,
        ),
        Span::styled(" writes it", theme.dim),
    ])
}

impl Pane for OverviewPane {
    fn contexts(&self, view: &View) -> Vec<Context> {
        if reflection_due(view).is_some() {
            vec![Context::OverviewReflect]
        } else {
            Vec::new()
        }
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        if action == Action::Reflect
            && let Some(m) = reflection_due(&ctx.view())
        {
            ctx.jump = Some(Target::Edit(FieldKey::Meeting(
                m.id,
                MeetingField::Reflection,
            )));
        }
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let block = panel("Overview", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let j = view.journey;
        let mut lines: Vec<Line<'static>> = Vec::new();
        if let Some(m) = reflection_due(view) {
            lines.push(reflection_line(m, view, theme));
            lines.push(Line::default());
        }
        let steps = getting_started(j);
        if j.is_empty() {
            lines.push(Line::from(Span::styled("Welcome to mentee.", theme.title)));
            lines.push(Line::from(
                "Mentoring is mentee-driven: you set the course. To begin:",
            ));
            lines.push(Line::default());
        } else if steps.iter().any(|(done, ..)| !done) {
            lines.push(Line::from(Span::styled("Getting started", theme.heading)));
        }
        if j.is_empty() || steps.iter().any(|(done, ..)| !done) {
            for (i, (done, tab, what)) in steps.iter().enumerate() {
                let mark = if *done { "✓" } else { "·" };
                lines.push(Line::from(vec![
                    Span::styled(format!(" {mark} {}. ", i + 1), theme.dim),
                    Span::styled(*tab, theme.key),
                    Span::raw(format!("  {what}")),
                ]));
            }
            lines.push(Line::default());
        }
        if j.is_empty() {
            lines.push(Line::from(vec![
                Span::raw("Then keep a record of each meeting in "),
                Span::styled("5 Journal", theme.key),
                Span::raw(". Press "),
                Span::styled("?", theme.key),
                Span::raw(" for all keys."),
            ]));
        }
        for section in [
            crate::tabs::journal::overview_lines(view, theme),
            crate::tabs::goals::overview_lines(view, theme),
            crate::tabs::conversation::overview_lines(view, theme),
        ] {
            if !section.is_empty() {
                lines.extend(section);
                lines.push(Line::default());
            }
        }
        if !j.mentors.is_empty() {
            lines.push(Line::from(Span::styled("Mentors", theme.heading)));
            let today = view.clock.today();
            // Lines below the pane are never seen; do not build them on every frame.
            let room = usize::from(inner.height).saturating_sub(lines.len());
            for m in j.mentors.iter().take(room) {
                let a = &m.agreement;
                let mut spans = vec![Span::raw(format!("  {}", m.display_name()))];
                if let Some(c) = a.cadence {
                    spans.push(Span::styled(format!(" · meets {}", c.label()), theme.dim));
                }
                if let Some(r) = a.review_date {
                    let style = if r <= today { theme.warn } else { theme.dim };
                    spans.push(Span::styled(
                        format!(" · agreement review {}", relative_words(r, today)),
                        style,
                    ));
                }
                lines.push(Line::from(spans));
            }
        }
        if !j.is_empty() && !view.shared {
            // The two moments the app is for, reachable from every tab.
            if lines.last().is_some_and(|l| l.width() > 0) {
                lines.push(Line::default());
            }
            lines.push(Line::from(vec![
                Span::styled("P", theme.key),
                Span::styled(" prepare the next meeting   ", theme.dim),
                Span::styled("S", theme.key),
                Span::styled(" review together on a shared screen", theme.dim),
            ]));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
