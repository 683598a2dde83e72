//! A meeting's agenda in its journal entry: the items kept with it (see `domain::agenda`),
//! each ticked when it was discussed on the shared screen. A small widget of its own.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::domain::Meeting;
use crate::domain::agenda::{Agenda, Entry, kept};
use crate::domain::goals::GoalFacts;
use crate::theme::Theme;
use crate::ui::agenda_row::short_kind;
use crate::ui::cells::{Cell, fit};
use crate::ui::panel;
use crate::ui::text;
use crate::ui::wrap::wrap;
use crate::view::View;

/// The agenda kept with the meeting, when it has one.
fn agenda(m: &Meeting, view: &View) -> Option<Agenda> {
    let a = kept(view.journey, view.clock, m);
    (!a.items(view.journey).is_empty()).then_some(a)
}

/// Rows the widget takes out of `room` rows of the meeting's screen, `width` columns wide:
/// a box of its items, each wrapped whole (at most a third of the room, or what the fields
/// leave on a large screen), or on a small screen one line that sums it up; 0 without a
/// kept agenda.
#[must_use]
pub fn height(m: &Meeting, view: &View, width: u16, room: u16) -> u16 {
    let Some(a) = agenda(m, view) else {
        return 0;
    };
    let inner = usize::from(width.saturating_sub(2));
    let facts = a.goal_facts(view.journey);
    let theme = Theme::default();
    let rows: usize = a
        .items(view.journey)
        .iter()
        .filter_map(|e| item_lines((&a, &facts), e, view, &theme, inner))
        .map(|l| l.len())
        .sum();
    let wanted = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    // A box shows at least two rows, or all there is; else the line that sums it up.
    match wanted.min((room / 3).max(room.saturating_sub(FIELDS_ROWS))) {
        h if h >= 4 || h == wanted => h,
        _ if room >= 5 => 1,
        _ => 0,
    }
}

/// Rows the meeting's fields take in their box when none of them is long: a larger screen
/// gives the agenda what is left beyond them.
const FIELDS_ROWS: u16 = 20;

/// One item as rows of `width` columns: "[x] Goal            Improve SQL", its text
/// wrapped under itself, so a long one is read whole (the kind in few letters when narrow).
fn item_lines(
    (a, facts): (&Agenda, &GoalFacts),
    e: &Entry,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Option<Vec<Line<'static>>> {
    let t = a.describe_with(&e.topic, view.journey, view.clock, facts)?;
    let mark = if e.discussed { "[x] " } else { "[ ] " };
    let kind = if width >= 60 {
        format!("{:<15} ", t.kind)
    } else {
        format!("{:<10} ", short_kind(t.kind))
    };
    let style = if e.discussed { theme.text } else { theme.dim };
    let lead = mark.width() + kind.width();
    let rows = wrap(&t.text, width.saturating_sub(lead).max(10));
    Some(
        rows.into_iter()
            .enumerate()
            .map(|(i, row)| {
                let first = if i == 0 {
                    vec![
                        Span::styled(mark, style),
                        Span::styled(kind.clone(), theme.label),
                    ]
                } else {
                    vec![Span::raw(" ".repeat(lead))]
                };
                let mut spans = first;
                spans.push(Span::styled(row, style));
                Line::from(spans)
            })
            .collect(),
    )
}

/// Draws the kept agenda: "[x] Goal  Improve SQL", the discussed ones ticked, each item's
/// text wrapped whole (the items that do not fit are counted: "… and 2 more"); in one row,
/// "Agenda 1 of 8 discussed · Send the CV draft · Improve SQL · …".
pub fn render(m: &Meeting, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
    let Some(a) = agenda(m, view) else {
        return;
    };
    let j = view.journey;
    let items = a.items(j);
    let done = items.iter().filter(|e| e.discussed).count();
    let count = format!("{done} of {} discussed", items.len());
    if area.height == 1 {
        let facts = a.goal_facts(j);
        let texts: Vec<String> = items
            .iter()
            .filter_map(|e| a.describe_with(&e.topic, j, view.clock, &facts))
            .map(|t| t.text)
            .collect();
        let line = [
            Cell::keep("Agenda ", theme.label),
            Cell::keep(count, theme.dim),
            Cell::title(format!(" · {}", texts.join(" · ")), theme.text),
        ];
        // In from the edges, under the boxes' text.
        let row = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        text::paragraph(buf, row, fit(&line, usize::from(row.width)));
        return;
    }
    let title = format!("Agenda · {count}");
    let block = panel(&title, false, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let shown = usize::from(inner.height);
    let facts = a.goal_facts(j);
    let each: Vec<Vec<Line<'static>>> = items
        .iter()
        .filter_map(|e| item_lines((&a, &facts), e, view, theme, width))
        .collect();
    let total: usize = each.iter().map(Vec::len).sum();
    let mut lines: Vec<Line<'static>> = Vec::new();
    if total <= shown {
        lines = each.into_iter().flatten().collect();
    } else if shown > 0 {
        // Whole items while they fit above the "… and n more" row; the first one cut
        // rather than nothing shown.
        let mut taken = 0;
        for item in &each {
            if lines.len() + item.len() > shown - 1 {
                break;
            }
            lines.extend(item.iter().cloned());
            taken += 1;
        }
        if taken == 0 {
            lines.extend(each[0].iter().take(shown - 1).cloned());
            taken = 1;
        }
        lines.push(Line::from(Span::styled(
            format!("… and {} more", each.len() - taken),
            theme.dim,
        )));
    }
    text::paragraph(buf, inner, lines);
}
