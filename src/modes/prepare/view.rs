//! Drawing the Prepare view: when the meeting is, the agenda as a numbered list, and the
//! selected item in full below it; or the agenda as printed; or the question of how to keep
//! it in a meeting that has an agenda already.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{PreparePane, Screen};
use crate::domain::agenda::{Agenda, Item};
use crate::domain::goals::GoalFacts;
use crate::domain::{FieldKey, QuestionField};
use crate::export::agenda::{markdown, title, when};
use crate::theme::Theme;
use crate::ui::wrap::{truncate, wrap};
use crate::ui::{centered, panel};
use crate::view::View;

/// Rows below the list for the selected item in full.
const DETAIL_ROWS: u16 = 4;
/// Width of the kind column ("Agreement").
const KIND_W: usize = 10;

/// The kind in few letters, for the list (the detail below and the printed agenda say it
/// in full).
fn short_kind(kind: &str) -> &str {
    match kind {
        "Open action" => "Action",
        "Changed answer" | "New answer" => "Answer",
        other => other,
    }
}

pub(super) fn render(
    pane: &mut PreparePane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let Some(agenda) = pane.agenda.clone() else {
        return;
    };
    let j = view.journey;
    let head = truncate(
        &format!(
            "Prepare — {}",
            title(&agenda, j).trim_start_matches("Agenda — ")
        ),
        usize::from(area.width.saturating_sub(6)),
    );
    let block = panel(&head, true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 5 || inner.width < 30 {
        return;
    }
    let width = usize::from(inner.width);
    let mut top = vec![Span::styled(
        truncate(&when(&agenda, view.clock), width),
        theme.dim,
    )];
    if j.mentors.len() > 1 {
        let other = "   m next mentor";
        if when(&agenda, view.clock).width() + other.width() <= width {
            top.push(Span::styled(other, theme.dim));
        }
    }
    Paragraph::new(Line::from(top)).render(Rect { height: 1, ..inner }, buf);
    let body = Rect::new(inner.x, inner.y + 2, inner.width, inner.height - 2);

    if let Screen::Preview(offset) = pane.view {
        let items = pane
            .visible(view)
            .into_iter()
            .map(|(_, i)| i)
            .collect::<Vec<_>>();
        let text = markdown(&agenda, &items, j, view.clock);
        let lines: Vec<Line<'static>> = text
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
            .collect();
        let max = lines.len().saturating_sub(usize::from(body.height));
        let offset = offset.min(max);
        pane.view = Screen::Preview(offset);
        Paragraph::new(lines)
            .scroll((u16::try_from(offset).unwrap_or(0), 0))
            .render(body, buf);
        return;
    }

    let visible = pane.visible(view);
    if visible.is_empty() {
        let lines = vec![
            Line::from(Span::styled(
                "Nothing on the agenda: no open action items, no goals due or waiting for a review, no changed answers, no questions.",
                theme.dim,
            )),
            Line::default(),
            Line::from(vec![
                Span::styled("n", theme.key),
                Span::raw(" adds a question or topic you want to bring to the meeting."),
            ]),
        ];
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(body, buf);
    } else {
        let detail_h = if body.height >= 10 { DETAIL_ROWS } else { 0 };
        let composer_h = u16::from(pane.composer.is_some()) * 2;
        let list_h = body.height.saturating_sub(detail_h + composer_h).max(1);
        let list_area = Rect {
            height: list_h,
            ..body
        };
        let row_w = width.saturating_sub(2);
        let facts = agenda.goal_facts(j);
        let focused = pane.composer.is_none() && view.editor.is_none();
        pane.list.render_visible(
            list_area,
            buf,
            visible.len(),
            |n| row(n, &visible[n].1, &agenda, &facts, view, theme, row_w),
            theme,
            focused,
        );
        if detail_h > 0 && pane.composer.is_none() {
            let area = Rect::new(body.x, list_area.bottom(), body.width, detail_h);
            if let Some((_, item)) = visible.get(pane.list.selected.min(visible.len() - 1)) {
                render_detail(item, &agenda, area, buf, view, theme);
            }
        }
    }
    if let Some(c) = &pane.composer {
        let y = body.bottom().saturating_sub(2);
        buf.set_string(body.x, y, "─".repeat(width), theme.border);
        buf.set_string(body.x, y + 1, "New question: ", theme.label);
        c.render(
            Rect::new(body.x + 14, y + 1, body.width.saturating_sub(14), 1),
            buf,
        );
    }
    if pane.view == Screen::Keep {
        render_keep(area, buf, theme);
    }
}

/// One item: its number, kind, text and detail, fitted to `width`.
fn row(
    n: usize,
    item: &Item,
    agenda: &Agenda,
    facts: &GoalFacts,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let Some(t) = agenda.describe_with(item, view.journey, view.clock, facts) else {
        return Line::default();
    };
    let number = format!("{:>2}. ", n + 1);
    let kind = format!("{:<KIND_W$}", short_kind(t.kind));
    let rest = width.saturating_sub(number.width() + KIND_W + 1);
    let private = item.is_private(view.journey);
    let mut detail = t.detail.clone();
    if private {
        detail = if detail.is_empty() {
            "private".into()
        } else {
            format!("{detail} · private")
        };
    }
    // Both whole when they fit (the detail to the right); else the detail gets what the
    // text leaves, and at least two fifths.
    let gap = 2;
    let detail_w = detail
        .width()
        .min(rest.saturating_sub(t.text.width() + gap).max(rest * 2 / 5));
    let text_w = rest.saturating_sub(detail_w + gap);
    let text = truncate(&t.text, text_w);
    let detail = truncate(&detail, detail_w);
    let pad = " ".repeat(rest.saturating_sub(text.width() + detail.width()));
    Line::from(vec![
        Span::styled(number, theme.dim),
        Span::styled(kind, theme.label),
        Span::raw(" "),
        Span::raw(text),
        Span::raw(pad),
        Span::styled(
            truncate(&detail, detail_w),
            if private { theme.warn } else { theme.dim },
        ),
    ])
}

/// The selected item in full, or the editor on the question being edited.
fn render_detail(
    item: &Item,
    agenda: &Agenda,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let width = usize::from(area.width);
    buf.set_string(area.x, area.y, "─".repeat(width), theme.border);
    let rest = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(1),
    );
    if let (Item::Question(id), Some(ed)) = (item, view.editor.as_ref())
        && ed.key == FieldKey::Question(*id, QuestionField::Text)
    {
        Paragraph::new(Span::styled("Question — Enter when done", theme.label))
            .render(Rect { height: 1, ..rest }, buf);
        let rect = Rect::new(rest.x, rest.y + 1, rest.width, 1);
        Widget::render(&ed.area, rect, buf);
        if let Some(err) = &ed.error {
            buf.set_string(rest.x, rest.y + 2, truncate(err, width), theme.error);
        }
        return;
    }
    let Some(t) = agenda.describe(item, view.journey, view.clock) else {
        return;
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(t.kind, theme.label),
        Span::styled(
            if t.detail.is_empty() {
                String::new()
            } else {
                format!(" · {}", t.detail)
            },
            theme.dim,
        ),
    ])];
    let full = full_text(item, view).unwrap_or(t.text);
    lines.extend(wrap(&full, width).into_iter().map(Line::from));
    let h = usize::from(rest.height);
    if lines.len() > h && h > 0 {
        lines.truncate(h);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::styled(" …", theme.dim));
        }
    }
    Paragraph::new(lines).render(rest, buf);
}

/// The whole text of a question or action item (the list shows it on one line).
fn full_text(item: &Item, view: &View) -> Option<String> {
    let j = view.journey;
    match item {
        Item::Question(id) => j.question(*id).map(|q| q.text.clone()),
        Item::Action(id) => j.action(*id).map(|a| a.text.clone()),
        Item::Goal(id, _) => j.goal(*id).map(|g| g.title.clone()),
        _ => None,
    }
    .filter(|t| !t.trim().is_empty())
}

fn render_keep(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rect = centered(area, 52, 7);
    Clear.render(rect, buf);
    let block = panel("Keep the agenda", true, theme);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let lines = vec![
        Line::from("The meeting already has an agenda."),
        Line::default(),
        Line::from(vec![
            Span::styled("r", theme.key),
            Span::raw(" replace it   "),
            Span::styled("a", theme.key),
            Span::raw(" add below it   "),
            Span::styled("Esc", theme.key),
            Span::raw(" cancel"),
        ]),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}
