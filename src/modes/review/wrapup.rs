//! The end of a shared-screen session: everything it recorded, goal by goal, the action
//! items agreed, and the meeting it was recorded against. It is drawn from the same
//! [`Summary`] that `E` writes for the mentor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::ReviewPane;
use crate::action::Action;
use crate::domain::dates::short_day;
use crate::export::summary::Summary;
use crate::keymap::{Context, first_key_in};
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit};
use crate::ui::panel;
use crate::ui::wrap::{first_line, truncate, wrap};
use crate::view::View;

/// The wrap-up as lines (also what the tests read).
#[must_use]
pub(super) fn lines(
    pane: &ReviewPane,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let summary = pane.summary(view);
    let mut out = Vec::new();
    match summary.meeting.filter(|_| !summary.is_empty()) {
        Some(at) => {
            let with = summary
                .mentor
                .as_ref()
                .map(|n| format!(" with {}", n.trim()))
                .unwrap_or_default();
            let day = if at.date() == summary.day {
                "today".to_string()
            } else {
                short_day(at.date(), summary.day)
            };
            let text = format!(
                "Recorded against the meeting{with} {day} at {}",
                at.format("%H:%M")
            );
            out.extend(wrap(&text, width).into_iter().map(Line::from));
            let meeting = pane.recorded_meeting(view.journey).map(|m| m.id);
            let brought = pane
                .session
                .brought
                .iter()
                .find(|(id, _)| Some(*id) == meeting);
            let note = if let Some((_, planned)) = brought {
                let planned = view.clock.local(*planned);
                Some(format!(
                    "(planned for {} at {}; held today)",
                    short_day(planned.date(), summary.day),
                    planned.format("%H:%M")
                ))
            } else if meeting.is_some_and(|m| pane.session.meetings.contains(&m)) {
                Some("(added to the journal for this session)".to_string())
            } else {
                None
            };
            if let Some(note) = note {
                out.extend(
                    wrap(&note, width)
                        .into_iter()
                        .map(|l| Line::from(Span::styled(l, theme.dim))),
                );
            }
        }
        None => out.push(Line::from(Span::styled(
            "Nothing was recorded in this session, so no meeting was added to the journal.",
            theme.dim,
        ))),
    }
    out.push(Line::default());
    let room = width.saturating_sub(4);
    goal_lines(&summary, &mut out, room, theme, width);
    action_lines(&summary, view, &mut out, room, theme);
    if !summary.discussed.is_empty() {
        out.push(Line::from(Span::styled(
            "Agenda items discussed",
            theme.heading,
        )));
        for d in &summary.discussed {
            out.push(item(d, room, theme));
        }
        out.push(Line::default());
    }
    out.extend(keys_lines(theme));
    out
}

fn goal_lines(
    summary: &Summary,
    out: &mut Vec<Line<'static>>,
    room: usize,
    theme: &Theme,
    width: usize,
) {
    for g in &summary.goals {
        out.push(Line::from(Span::styled(
            truncate(&g.title, width),
            theme.heading,
        )));
        if let Some(p) = g.progress_text() {
            out.push(item(&format!("progress {p}"), room, theme));
        }
        if !g.note.is_empty() {
            out.push(item(&format!("note: {}", first_line(&g.note)), room, theme));
        }
        for m in &g.ticked {
            out.push(item(&format!("ticked: {m}"), room, theme));
        }
        for m in &g.reopened {
            out.push(item(&format!("open again: {m}"), room, theme));
        }
        out.push(Line::default());
    }
}

fn action_lines(
    summary: &Summary,
    view: &View,
    out: &mut Vec<Line<'static>>,
    room: usize,
    theme: &Theme,
) {
    if summary.actions.is_empty() {
        return;
    }
    out.push(Line::from(Span::styled("Action items", theme.heading)));
    for a in &summary.actions {
        // Who and by when stay whole; the text is cut first, the goal left out first.
        let mut cells = vec![
            Cell::keep("  • ", theme.dim),
            Cell::title_keeping(a.text.clone(), theme.text, a.text.width()),
            Cell::keep(format!(" · {}", a.owner), theme.text),
        ];
        if let Some(d) = a.due {
            let due = format!(" · due {}", short_day(d, view.clock.today()));
            cells.push(Cell::keep(due, theme.text));
        }
        if let Some(goal) = &a.goal {
            cells.push(Cell::detail(format!(" → {goal}"), theme.dim));
        }
        out.push(fit(&cells, room + 4));
    }
    out.push(Line::default());
}

/// How to go on, from the keymap.
fn keys_lines(theme: &Theme) -> [Line<'static>; 2] {
    let key = |a| first_key_in(Context::ReviewWrapUp, a);
    [
        Line::from(vec![
            Span::styled(key(Action::Back), theme.key),
            Span::styled(" ends the shared screen; ", theme.dim),
            Span::styled(key(Action::Left), theme.key),
            Span::styled(" goes back to the goals.", theme.dim),
        ]),
        Line::from(vec![
            Span::styled(key(Action::ExportSummary), theme.key),
            Span::styled(
                " writes this wrap-up as Markdown, to send your mentor.",
                theme.dim,
            ),
        ]),
    ]
}

fn item(text: &str, room: usize, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled("  • ", theme.dim),
        Span::raw(truncate(text, room)),
    ])
}

/// The wrap-up, in a block centred on a wide screen (see `step::stage`), scrolled when
/// taller than the screen.
pub(super) fn render(
    pane: &mut ReviewPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let block = panel("Wrap-up", true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = inner.width.min(super::step::MAX_WIDTH);
    let lines = lines(pane, view, theme, usize::from(width));
    let max = lines.len().saturating_sub(usize::from(inner.height));
    pane.wrap_offset = pane.wrap_offset.min(max);
    let offset = u16::try_from(pane.wrap_offset).unwrap_or(0);
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    Paragraph::new(lines)
        .scroll((offset, 0))
        .render(super::step::stage(inner, width, height), buf);
}
