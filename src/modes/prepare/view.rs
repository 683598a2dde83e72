//! Drawing the Prepare view: which meeting and why, the agenda as a numbered list, and the
//! selected item with what it carries below it (as tall as the room allows); or the agenda
//! as printed; or the prompt for the meeting's date. Small widgets laid out with `Layout`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{PreparePane, Screen};
use crate::action::Action;
use crate::domain::agenda::{self, Agenda, Content, Entry};
use crate::domain::diff::{excerpt, word_diff};
use crate::domain::goals::GoalFacts;
use crate::domain::{FieldKey, QuestionField, Topic};
use crate::export::agenda::{CONTEXT_WORDS, markdown, reason, title, when};
use crate::keymap::{self};
use crate::theme::Theme;
use crate::ui::agenda_row::{self, Marks, short_kind};
use crate::ui::cells::Cell;
use crate::ui::diff::runs_lines;
use crate::ui::line_input::LineInput;
use crate::ui::panel;
use crate::ui::text;
use crate::ui::wrap::{truncate, wrap};
use crate::view::{AgendaFor, KeptAgenda, View};

/// Width of the kind column ("Agreement").
const KIND_W: usize = 10;

pub(super) fn render(
    pane: &mut PreparePane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let Some(kept) = pane.agenda.clone() else {
        return;
    };
    let agenda = &kept.agenda;
    let j = view.journey;
    let room = usize::from(area.width.saturating_sub(6));
    let full = format!(
        "Prepare — {}",
        title(agenda, j).trim_start_matches("Agenda — ")
    );
    let head = if full.width() <= room {
        full
    } else {
        let with = agenda.mentor_short_name(j).map_or_else(
            || "next meeting".to_string(),
            |n| format!("meeting with {n}"),
        );
        truncate(&format!("Prepare — {with}"), room)
    };
    let block = panel(&head, true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 5 || inner.width < 30 {
        return;
    }
    let gap = u16::from(inner.height >= 14);
    let [top, _, body] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(gap),
        Constraint::Fill(1),
    ])
    .areas(inner);
    render_header(&kept, pane.mentor.is_some(), top, buf, view, theme);

    if let Screen::Preview(offset) = pane.view {
        let max = render_preview(agenda, &pane.agenda_for(), offset, body, buf, view, theme);
        pane.view = Screen::Preview(offset.min(max));
        return;
    }
    let visible = kept.items.len();
    let bottom_h: u16 = match (&pane.composer, &pane.view) {
        (Some(_), _) => 2,
        (None, Screen::Plan { .. }) => 4,
        _ => 0,
    };
    let [main, bottom] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(bottom_h)]).areas(body);
    let below_list = if visible == 0 {
        render_empty(main, buf, theme);
        None
    } else {
        Some(render_list_and_detail(pane, &kept, main, buf, view, theme))
    };
    if let Some(c) = &pane.composer {
        render_input(bottom, buf, "New question: ", c, None, theme);
    } else if let Screen::Plan { input, error } = &pane.view {
        render_plan(bottom, buf, input, error.as_deref(), theme);
    }
    // The line below the list (the detail's rule, the input's, or the border) says what
    // the list leaves out: drawn last, over whichever it is.
    if let Some(y) = below_list {
        let row = Rect::new(inner.x, y, inner.width, 1);
        crate::ui::rule_marks(row, pane.list.more(), buf, theme);
    }
}

/// When the meeting is, and why this one.
fn render_header(
    kept: &KeptAgenda,
    picked: bool,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let width = usize::from(area.width);
    let j = view.journey;
    let agenda = &kept.agenda;
    // The items shown, as kept (not looked up in the journey again: a long journey's
    // agenda holds thousands of open items).
    let new = kept.shown().filter(|e| is_new(e, view)).count();
    let mut why = format!("Why this one: {}", reason(agenda, j, picked));
    if new > 0 {
        let long = format!(" · {new} new since you last looked");
        if why.width() + long.width() <= width {
            why.push_str(&long);
        } else {
            why.push_str(&format!(" · {new} new"));
        }
    }
    let lines = vec![
        Line::from(Span::styled(
            truncate(&when(agenda, view.clock), width),
            theme.text,
        )),
        Line::from(Span::styled(truncate(&why, width), theme.dim)),
    ];
    text::paragraph(buf, area, lines);
}

/// The agenda as `mentee agenda` prints it, scrolled; returns the largest useful offset.
/// Its lines are kept between keys (`view::Memo`): a long journey's agenda prints
/// thousands of items, which a move in it need not write out and wrap again.
fn render_preview(
    agenda: &Agenda,
    about: &AgendaFor,
    offset: usize,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) -> usize {
    let width = usize::from(area.width);
    let lines = view.memo.agenda_lines(
        view,
        "prepare: as printed",
        about,
        area.width,
        theme,
        || {
            markdown(agenda, view.journey, view.clock)
                .lines()
                .flat_map(|l| {
                    let rows = wrap(l, width);
                    if rows.is_empty() {
                        vec![String::new()]
                    } else {
                        rows
                    }
                })
                .map(Line::from)
                .collect()
        },
    );
    let max = lines.len().saturating_sub(usize::from(area.height));
    let from = offset.min(max);
    let shown: Vec<Line<'static>> = lines
        .iter()
        .skip(from)
        .take(usize::from(area.height))
        .cloned()
        .collect();
    Paragraph::new(shown).render(area, buf);
    max
}

fn render_empty(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lines = vec![
        Line::from(Span::styled(
            "Nothing on the agenda: no open action items, no goals due or waiting for a review, no changed answers, no questions.",
            theme.dim,
        )),
        Line::default(),
        Line::from(vec![
            Span::styled(keymap::first_key(Action::New), theme.key),
            Span::raw(" adds a question or topic you want to bring to the meeting."),
        ]),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// The list above, the selected item below; the detail takes what the list leaves, and
/// the list leaves it at least half the room when the item has that much to say. Returns
/// the row right below the list (a rule or a border).
fn render_list_and_detail(
    pane: &mut PreparePane,
    kept: &KeptAgenda,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) -> u16 {
    let width = usize::from(area.width);
    let agenda = &kept.agenda;
    let len = kept.items.len();
    let shown = |n: usize| &agenda.entries[kept.items[n]];
    let selected = pane.list.selected.min(len - 1);
    let detail = if area.height >= 8 && pane.composer.is_none() {
        detail_lines(shown(selected), agenda, view, theme, width)
    } else {
        Vec::new()
    };
    let rows = u16::try_from(len).unwrap_or(u16::MAX);
    let want_detail = u16::try_from(detail.len())
        .unwrap_or(u16::MAX)
        .saturating_add(1);
    let list_h = if detail.is_empty() {
        area.height
    } else {
        rows.min(area.height.saturating_sub(want_detail))
            .max(rows.min(area.height / 2))
            .max(1)
    };
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]).areas(area);
    // The facts of the goals on screen only, however many the agenda holds.
    let on_screen = pane.list.visible_range(len, list_area.height);
    let facts = GoalFacts::of(
        view.journey,
        on_screen.filter_map(|n| match shown(n).topic {
            Topic::Goal(id) => Some(id),
            _ => None,
        }),
    );
    let focused = pane.composer.is_none() && view.editor.is_none();
    let row_w = width.saturating_sub(2);
    pane.list.render_visible(
        list_area,
        buf,
        len,
        |n| row(n, shown(n), agenda, &facts, view, theme, row_w),
        theme,
        focused,
    );
    if detail_area.height >= 2 && !detail.is_empty() {
        render_detail(shown(selected), detail, detail_area, buf, view, theme);
    }
    list_area.bottom()
}

/// Whether an item shows as new since the mentee last looked: not on the shared screen.
/// "New" is her own bookkeeping, and what made an item new may be private (an agenda kept
/// with only a private item has every other item new).
fn is_new(e: &Entry, view: &View) -> bool {
    e.new && !view.shared
}

/// One item: its number, kind, text and detail (and whether it is new or private), fitted
/// by the one truncation rule (`ui::agenda_row`).
fn row(
    n: usize,
    e: &Entry,
    agenda: &Agenda,
    facts: &GoalFacts,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let Some(t) = agenda.describe_with(&e.topic, view.journey, view.clock, facts) else {
        return Line::default();
    };
    let lead = vec![
        Cell::keep(format!("{:>2}. ", n + 1), theme.dim),
        Cell::keep(format!("{:<KIND_W$} ", short_kind(t.kind)), theme.label),
    ];
    let marks = Marks {
        new: is_new(e, view),
        private: agenda::is_private(&e.topic, view.journey),
    };
    agenda_row::row(lead, &t, theme.text, marks, theme, width)
}

/// The selected item in full: its kind and detail, its whole text, and what it carries.
fn detail_lines(
    e: &Entry,
    agenda: &Agenda,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let j = view.journey;
    let Some(t) = agenda.describe(&e.topic, j, view.clock) else {
        return Vec::new();
    };
    // The kind, then the whole detail (wrapped, hanging under its start).
    let detail = t.detail();
    let lead = format!("{} · ", t.kind);
    let mut lines: Vec<Line<'static>> = if detail.is_empty() {
        vec![Line::from(Span::styled(t.kind, theme.label))]
    } else {
        wrap(&detail, width.saturating_sub(lead.width()).max(10))
            .into_iter()
            .enumerate()
            .map(|(i, row)| {
                let head = if i == 0 {
                    Span::styled(lead.clone(), theme.label)
                } else {
                    Span::raw(" ".repeat(lead.width()))
                };
                Line::from(vec![head, Span::styled(row, theme.dim)])
            })
            .collect()
    };
    let content = agenda.content(&e.topic, j, view.clock);
    let has_text = content.iter().any(|c| matches!(c, Content::Text(_)));
    if !has_text && !matches!(e.topic, Topic::Reflection(_)) {
        lines.extend(wrap(&t.text, width).into_iter().map(Line::from));
    }
    for c in content {
        match c {
            Content::Fact(label, text) => {
                let label = format!("{label}: ");
                let rows = wrap(&text, width.saturating_sub(label.width()).max(10));
                for (i, r) in rows.into_iter().enumerate() {
                    let lead = if i == 0 {
                        Span::styled(label.clone(), theme.label)
                    } else {
                        Span::raw(" ".repeat(label.width()))
                    };
                    lines.push(Line::from(vec![lead, Span::raw(r)]));
                }
            }
            Content::Text(text) => lines.extend(wrap(&text, width).into_iter().map(Line::from)),
            Content::Change { before, now } => {
                lines.push(Line::from(Span::styled("What changed:", theme.label)));
                let runs = word_diff(&before, &now);
                lines.extend(runs_lines(excerpt(&runs, CONTEXT_WORDS), theme, width));
            }
        }
    }
    lines
}

/// The detail box: a rule, then the lines (the last one ending in … when cut), or the
/// editor on the question being edited.
fn render_detail(
    e: &Entry,
    mut lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let width = usize::from(area.width);
    let [rule, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    text::set_string(buf, rule.x, rule.y, &"─".repeat(width), theme.border);
    if let (Topic::Question(id), Some(ed)) = (&e.topic, view.editor.as_ref())
        && ed.key == FieldKey::Question(*id, QuestionField::Text)
    {
        let done = keymap::first_key_in(keymap::Context::EditingLine, Action::FinishEdit);
        text::paragraph(
            buf,
            Rect { height: 1, ..rest },
            Span::styled(format!("Question — {done} when done"), theme.label),
        );
        Widget::render(&ed.area, Rect::new(rest.x, rest.y + 1, rest.width, 1), buf);
        if let Some(err) = &ed.error {
            text::set_string(buf, rest.x, rest.y + 2, &truncate(err, width), theme.error);
        }
        return;
    }
    let h = usize::from(rest.height);
    if lines.len() > h && h > 0 {
        lines.truncate(h);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::styled(" …", theme.dim));
        }
    }
    text::paragraph(buf, rest, lines);
}

/// A rule and a one-line input with its label, and an error below it if any.
fn render_input(
    area: Rect,
    buf: &mut Buffer,
    label: &str,
    input: &LineInput,
    error: Option<&str>,
    theme: &Theme,
) {
    if area.height < 2 {
        return;
    }
    let width = usize::from(area.width);
    text::set_string(buf, area.x, area.y, &"─".repeat(width), theme.border);
    text::set_string(buf, area.x, area.y + 1, label, theme.label);
    let lw = u16::try_from(label.width()).unwrap_or(0);
    input.render(
        Rect::new(area.x + lw, area.y + 1, area.width.saturating_sub(lw), 1),
        buf,
    );
    if let Some(err) = error
        && area.height >= 3
    {
        text::set_string(buf, area.x, area.y + 2, &truncate(err, width), theme.error);
    }
}

/// The date prompt of `w` on a meeting not planned yet.
fn render_plan(
    area: Rect,
    buf: &mut Buffer,
    input: &LineInput,
    error: Option<&str>,
    theme: &Theme,
) {
    render_input(area, buf, "Plan the meeting on: ", input, error, theme);
    if error.is_none() && area.height >= 3 {
        let hint = format!(
            "{} plans it with this agenda · {} cancels · e.g. tomorrow 10:00, +1w 09:30",
            keymap::first_key(Action::Open),
            keymap::first_key(Action::Back)
        );
        text::set_string(
            buf,
            area.x,
            area.y + 2,
            &truncate(&hint, usize::from(area.width)),
            theme.dim,
        );
    }
}
