//! The main view: the questions and prompts on the left, the selected answer on the right.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{ConversationPane, Entry, Focus, entries};
use crate::action::Action;
use crate::domain::FieldKey;
use crate::domain::dates::relative_words;
use crate::keymap::{self, Context};
use crate::tab::Tab;
use crate::theme::Theme;
use crate::ui::text;
use crate::ui::wrap::{truncate, wrap};
use crate::ui::{panel, scroll_marks};
use crate::view::View;

pub(super) fn render(
    pane: &mut ConversationPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let list_w = (area.width * 2 / 5).clamp(24, 34);
    let [left, right] =
        Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]).areas(area);
    let editing = view
        .editor
        .as_ref()
        .is_some_and(|ed| ed.key == FieldKey::Answer(pane.entry().key()));

    let list_focused = pane.focus == super::Focus::List && !editing;
    let block = panel("Questions", list_focused, theme);
    let inner = block.inner(left);
    block.render(left, buf);
    let width = usize::from(inner.width.saturating_sub(2));
    pane.list.render_visible(
        inner,
        buf,
        entries().len(),
        |i| list_line(&entries()[i], view, theme, width),
        theme,
        list_focused,
    );
    scroll_marks(left, buf, pane.list.more(), theme);

    pane.answer_area = right;
    render_answer(pane, right, buf, view, theme, editing);
}

/// One row of the list: a mark for answered ones, prompts indented under their question.
fn list_line(e: &Entry, view: &View, theme: &Theme, width: usize) -> Line<'static> {
    let indent = if e.prompt.is_some() { "  " } else { "" };
    let (mark, mark_style) = if e.answered(view) {
        ("✓", theme.ok)
    } else {
        ("·", theme.dim)
    };
    let title_style = if e.prompt.is_none() {
        theme.heading
    } else {
        theme.text
    };
    let title_w = width.saturating_sub(indent.len() + 2);
    Line::from(vec![
        Span::raw(indent),
        Span::styled(mark, mark_style),
        Span::raw(" "),
        Span::styled(truncate(e.title(), title_w), title_style),
    ])
}

fn render_answer(
    pane: &mut ConversationPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
    editing: bool,
) {
    let entry = pane.entry();
    let focused = pane.focus == Focus::Reader || editing;
    let title = truncate(
        &entry.question.title,
        usize::from(area.width.saturating_sub(6)),
    );
    let mut block = panel(&title, focused, theme);
    let inner = block.inner(area);
    let width = usize::from(inner.width.max(1));
    let height = usize::from(inner.height);
    let text = view.journey.answer_text(&entry.key());
    let empty = text.trim().is_empty();
    let mut lines = guide_lines(&entry, empty && !editing, width, theme);
    if editing {
        block.render(area, buf);
        render_editor(lines, inner, buf, view, theme);
        return;
    }
    if empty {
        lines.extend(how_to_answer(theme));
    } else {
        lines.extend(meta_lines(&entry, view, theme, width));
        lines.extend(wrap(text, width).into_iter().map(Line::from));
    }
    // Learn the page size, so the first PgDn after → moves a whole page.
    pane.reader.clamp(lines.len(), height);
    if pane.focus == Focus::Reader {
        if let Some(pos) = pane.reader.position(lines.len()) {
            block = block.title_bottom(Line::from(Span::styled(pos, theme.dim)).right_aligned());
        }
        block.render(area, buf);
        pane.reader.render(lines, inner, buf);
    } else {
        block.render(area, buf);
        if lines.len() > height && height > 0 {
            let more = lines.len() - (height - 1);
            lines.truncate(height - 1);
            let read = keymap::first_key_in(Context::ConversationList, Action::Right);
            lines.push(Line::from(vec![
                Span::styled(format!("… {more} more lines, "), theme.dim),
                Span::styled(read, theme.key),
                Span::styled(" to read", theme.dim),
            ]));
        }
        text::paragraph(buf, inner, lines);
    }
}

/// Above the answer: the prompt, what the method asks (as the hint of an empty answer,
/// quieter once answered), the link to another tab, and a blank row.
fn guide_lines(entry: &Entry, as_hint: bool, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let guide_style = if as_hint { theme.hint } else { theme.dim };
    let mut lines: Vec<Line<'static>> = Vec::new();
    if let Some(p) = entry.prompt {
        lines.extend(
            wrap(&p.title, width)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, theme.heading))),
        );
    }
    lines.extend(
        wrap(entry.guide(), width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, guide_style))),
    );
    if let Some(tab) = entry.link() {
        lines.push(link_line(tab, theme));
    }
    lines.push(Line::default());
    lines
}

/// The keys that start an answer, in an empty one.
fn how_to_answer(theme: &Theme) -> [Line<'static>; 2] {
    let key = |action| keymap::first_key_in(Context::Conversation, action);
    [
        Line::from(vec![
            Span::styled(key(Action::Open), theme.key),
            Span::styled("  write your answer", theme.dim),
        ]),
        Line::from(vec![
            Span::styled(key(Action::ExternalEditor), theme.key),
            Span::styled(" write it in your editor", theme.dim),
        ]),
    ]
}

/// "o opens 3 Ideal occupation".
fn link_line(tab: Tab, theme: &Theme) -> Line<'static> {
    let context = if tab == Tab::Goals {
        Context::ConversationToGoals
    } else {
        Context::ConversationToOccupation
    };
    Line::from(vec![
        Span::styled(keymap::first_key_in(context, Action::FollowLink), theme.key),
        Span::styled(
            format!(" opens {} {}", tab.index() + 1, tab.title()),
            theme.dim,
        ),
    ])
}

/// When the answer was last changed, how many versions it has, and whether it is private;
/// packed into as few lines as the width allows.
fn meta_lines(entry: &Entry, view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let key = entry.key();
    let versions = view.journey.answers.get(&key).map_or(0, Vec::len);
    let mut pieces: Vec<Vec<Span<'static>>> = Vec::new();
    if let Some(v) = view.journey.answer(&key) {
        let what = if versions > 1 { "Updated" } else { "Answered" };
        pieces.push(vec![Span::styled(
            format!(
                "{what} {} ({})",
                v.day.format("%Y-%m-%d"),
                relative_words(v.day, view.clock.today())
            ),
            theme.label,
        )]);
    }
    if versions > 1 {
        pieces.push(vec![
            Span::styled(format!("{versions} versions ("), theme.dim),
            Span::styled(
                keymap::first_key_in(Context::Conversation, Action::History),
                theme.key,
            ),
            Span::styled(")", theme.dim),
        ]);
    }
    if entry.private(view) {
        pieces.push(vec![Span::styled("private", theme.warn)]);
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut used = 0;
    for piece in pieces {
        let w: usize = piece.iter().map(Span::width).sum();
        match lines.last_mut() {
            Some(line) if used + 3 + w <= width => {
                line.spans.push(Span::styled(" · ", theme.dim));
                line.spans.extend(piece);
                used += 3 + w;
            }
            _ => {
                lines.push(Line::from(piece));
                used = w;
            }
        }
    }
    lines
}

/// The guide (cut short so the text has room), then the app-wide editor below it.
fn render_editor(
    mut guide: Vec<Line<'static>>,
    inner: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let Some(ed) = view.editor.as_ref() else {
        return;
    };
    let height = usize::from(inner.height);
    let error_rows = usize::from(ed.error.is_some());
    let max_guide = (height / 3).max(1);
    if guide.len() > max_guide {
        guide.truncate(max_guide);
        if let Some(last) = guide.last_mut() {
            last.spans.push(Span::styled(" …", theme.dim));
        }
    }
    let done = keymap::first_key_in(Context::Editing, Action::FinishEdit);
    guide.push(Line::from(Span::styled(
        format!("Saved as you type; {done} when done"),
        theme.dim,
    )));
    let top = u16::try_from(guide.len().min(height)).unwrap_or(0);
    let rest = inner.height.saturating_sub(top);
    let err_h = u16::try_from(error_rows).unwrap_or(0).min(rest);
    let [guide_area, editor_area, error_area] = Layout::vertical([
        Constraint::Length(top),
        Constraint::Length(rest - err_h),
        Constraint::Length(err_h),
    ])
    .areas(inner);
    text::paragraph(buf, guide_area, guide);
    Widget::render(&ed.area, editor_area, buf);
    if let Some(err) = &ed.error {
        text::paragraph(
            buf,
            error_area,
            Span::styled(truncate(err, usize::from(inner.width)), theme.error),
        );
    }
}
