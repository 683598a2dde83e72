//! Overview tab: where the journey stands at a glance, and how to begin on an empty one.
//! Taller than the screen on a full journey or a small terminal: it scrolls (`↓`, `PgDn`,
//! `End`, the mouse wheel) and its border says when there is more above or below.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::dates::relative_words;
use crate::domain::{FieldKey, Journey, Meeting, MeetingField, reflection};
use crate::keymap::{Context, first_key_in};
use crate::pane::Pane;
use crate::tab::Tab;
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit};
use crate::ui::text;
use crate::ui::wrap::wrap;
use crate::ui::{panel, scroll_marks, tab_key};
use crate::view::View;

/// View state of the Overview tab: how far it is scrolled, and how it was drawn last.
#[derive(Clone, Debug, Default)]
pub struct OverviewPane {
    offset: usize,
    /// Rows of text and rows on screen at the last render (whether it scrolls at all).
    rows: usize,
    height: usize,
}

/// The first steps of a journey: whether each is done, its tab, what to do.
#[must_use]
pub fn getting_started(j: &Journey) -> Vec<(bool, Tab, &'static str)> {
    vec![
        (
            !j.mentors.is_empty(),
            Tab::Agreement,
            "add your mentor and what you agreed: structure, how often you meet, expectations.",
        ),
        (
            j.answers.keys().any(|k| k.starts_with("conversation.")),
            Tab::Conversation,
            "answer the four questions: where are you now, where do you want to be, how might you get there, how are you doing?",
        ),
        (
            j.answers.keys().any(|k| k.starts_with("worksheet.")),
            Tab::Occupation,
            "describe the work you would like, instead of a job title.",
        ),
        (
            !j.goals.is_empty(),
            Tab::Goals,
            "set goals with tangible evidence of success.",
        ),
    ]
}

/// A numbered item with a hanging indent: `head` then `text`, wrapped to `width`, the
/// lines after the first starting under the text.
fn hanging(number: &str, head: Vec<Span<'static>>, text: &str, width: usize) -> Vec<Line<'static>> {
    let indent = number.width();
    let head_w: usize = head.iter().map(|s| s.content.width()).sum();
    // Non-breaking placeholders hold the head's room on the first line.
    let placeholder = "\u{a0}".repeat(head_w);
    let rows = wrap(
        &format!("{placeholder}{text}"),
        width.saturating_sub(indent).max(10),
    );
    rows.into_iter()
        .enumerate()
        .map(|(i, row)| {
            if i == 0 {
                let mut spans = vec![Span::raw(number.to_string())];
                spans.extend(head.clone());
                spans.push(Span::raw(row.trim_start_matches('\u{a0}').to_string()));
                Line::from(spans)
            } else {
                Line::from(format!("{}{row}", " ".repeat(indent)))
            }
        })
        .collect()
}

/// The welcome on an empty journey, or "Getting started" while a first step is left.
fn first_steps(j: &Journey, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let steps = getting_started(j);
    let mut lines = Vec::new();
    if j.is_empty() {
        lines.push(Line::from(Span::styled("Welcome to mentee.", theme.title)));
        lines.extend(
            wrap(
                "Mentoring is mentee-driven: you set the course. To begin:",
                width,
            )
            .into_iter()
            .map(Line::from),
        );
        lines.push(Line::default());
    } else if steps.iter().any(|(done, ..)| !done) {
        lines.push(Line::from(Span::styled("Getting started", theme.heading)));
    } else {
        return lines;
    }
    for (i, (done, tab, what)) in steps.iter().enumerate() {
        let style = if *done { theme.dim } else { theme.text };
        let head = vec![
            Span::styled(tab.title(), style),
            Span::styled(" (", theme.dim),
            Span::styled(tab_key(*tab), theme.key),
            Span::styled("): ", theme.dim),
        ];
        let text = if *done {
            format!("{what} ✓ done")
        } else {
            (*what).to_string()
        };
        lines.extend(hanging(&format!(" {}. ", i + 1), head, &text, width));
    }
    lines.push(Line::default());
    if j.is_empty() {
        lines.extend(welcome_end(theme));
    }
    lines
}

/// How the welcome ends: the journal, the demo, the help.
fn welcome_end(theme: &Theme) -> Vec<Line<'static>> {
    vec![
        Line::from(vec![
            Span::raw("Then keep a record of each meeting in Journal ("),
            Span::styled(tab_key(Tab::Journal), theme.key),
            Span::raw(")."),
        ]),
        Line::default(),
        Line::from("To see a journey already under way, quit and run:"),
        Line::from(vec![
            Span::raw("  "),
            Span::styled("mentee demo", theme.key),
        ]),
        Line::default(),
        Line::from(vec![
            Span::styled(first_key_in(Context::Tabs, Action::Help), theme.key),
            Span::raw(" shows every key."),
        ]),
    ]
}

/// The mentors, each with how often you meet and when the agreement is reviewed.
fn mentors(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let j = view.journey;
    if j.mentors.is_empty() {
        return Vec::new();
    }
    let today = view.clock.today();
    let mut lines = vec![Line::from(Span::styled("Mentors", theme.heading))];
    for m in &j.mentors {
        let a = &m.agreement;
        let mut cells = vec![
            Cell::keep("  ", theme.text),
            Cell::title(m.display_name(), theme.text),
        ];
        if let Some(c) = a.cadence {
            cells.push(Cell::detail(format!(" · meets {}", c.label()), theme.dim));
        }
        if let Some(r) = a.review_date {
            let style = if r <= today { theme.warn } else { theme.dim };
            let words = relative_words(r, today);
            cells.push(Cell::keep(format!(" · agreement review {words}"), style));
        }
        lines.push(fit(&cells, width));
    }
    lines
}

/// The meeting to reflect on, never on the shared screen (a missing reflection is the
/// mentee's own business).
fn reflection_due<'a>(view: &View<'a>) -> Option<&'a Meeting> {
    (!view.shared)
        .then(|| reflection::reflection_due(view.journey, view.clock))
        .flatten()
}

/// "Reflect on Tuesday's meeting with Elena — r writes it", the key from the keymap.
fn reflection_line(m: &Meeting, view: &View, theme: &Theme, width: usize) -> Line<'static> {
    let mentor = m
        .mentor_id
        .and_then(|id| view.journey.mentor(id))
        .map(crate::domain::Mentor::short_name);
    let cells = [
        Cell::title(
            reflection::nudge(m, mentor.as_deref(), view.clock),
            theme.warn,
        ),
        Cell::keep(" — ", theme.dim),
        Cell::keep(
            first_key_in(Context::OverviewReflect, Action::Reflect),
            theme.key,
        ),
        Cell::keep(" writes it", theme.dim),
    ];
    fit(&cells, width)
}

/// Every line of the Overview, for a pane `width` columns wide.
fn lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let j = view.journey;
    let mut lines = Vec::new();
    if let Some(m) = reflection_due(view) {
        lines.push(reflection_line(m, view, theme, width));
        lines.push(Line::default());
    }
    lines.extend(first_steps(j, theme, width));
    for section in [
        crate::tabs::journal::overview_lines(view, theme, width),
        crate::tabs::goals::overview_lines(view, theme, width),
        crate::tabs::conversation::overview_lines(view, theme, width),
        mentors(view, theme, width),
    ] {
        if !section.is_empty() {
            lines.extend(section);
            lines.push(Line::default());
        }
    }
    if !j.is_empty() && !view.shared {
        // The two moments the app is for, reachable from every tab.
        let cells = [
            Cell::keep(first_key_in(Context::Overview, Action::Prepare), theme.key),
            Cell::keep(" prepare the next meeting   ", theme.dim),
            Cell::keep(
                first_key_in(Context::Overview, Action::SharedScreen),
                theme.key,
            ),
            Cell::keep(" review together", theme.dim),
            Cell::detail(" on a shared screen", theme.dim),
        ];
        lines.push(fit(&cells, width));
    }
    while lines.last().is_some_and(|l| l.width() == 0) {
        lines.pop();
    }
    lines
}

impl Pane for OverviewPane {
    fn contexts(&self, view: &View) -> Vec<Context> {
        let mut out = Vec::new();
        if reflection_due(view).is_some() {
            out.push(Context::OverviewReflect);
        }
        out.push(Context::Overview);
        if self.rows > self.height {
            out.push(Context::Scroll);
        }
        out
    }

    fn handle(&mut self, action: Action, ctx: &mut Ctx) {
        if action == Action::Reflect {
            if let Some(m) = reflection_due(&ctx.view()) {
                ctx.jump = Some(Target::Edit(FieldKey::Meeting(
                    m.id,
                    MeetingField::Reflection,
                )));
            }
            return;
        }
        let page = self.height.saturating_sub(1).max(1);
        let last = self.rows.saturating_sub(self.height);
        self.offset = match action {
            Action::Up => self.offset.saturating_sub(1),
            Action::Down => self.offset + 1,
            Action::PageUp => self.offset.saturating_sub(page),
            Action::PageDown => self.offset + page,
            Action::Top => 0,
            Action::Bottom => last,
            _ => return,
        }
        .min(last);
    }

    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let block = panel("Overview", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        // Kept between frames while the journey and the time it reads are the same: a
        // move only scrolls (a journey with a hundred mentors has a line for each, twice).
        let lines = view.memo.lines(view, "overview", inner.width, theme, || {
            lines(view, theme, usize::from(inner.width))
        });
        self.rows = lines.len();
        self.height = usize::from(inner.height);
        self.offset = self.offset.min(self.rows.saturating_sub(self.height));
        let shown: Vec<Line> = lines
            .iter()
            .skip(self.offset)
            .take(self.height)
            .cloned()
            .collect();
        text::paragraph(buf, inner, shown);
        let more = (self.offset > 0, self.offset + self.height < self.rows);
        scroll_marks(area, buf, more, theme);
    }
}
