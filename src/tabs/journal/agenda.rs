//! A meeting's agenda in its journal entry: the items kept with it (see `domain::agenda`),
//! each ticked when it was discussed on the shared screen. A small widget of its own.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::domain::Meeting;
use crate::domain::agenda::{Agenda, kept};
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit};
use crate::ui::panel;
use crate::ui::wrap::truncate;
use crate::view::View;

/// The agenda kept with the meeting, when it has one.
fn agenda(m: &Meeting, view: &View) -> Option<Agenda> {
    let a = kept(view.journey, view.clock, m);
    (!a.items(view.journey).is_empty()).then_some(a)
}

/// Rows the widget takes out of `room` rows of the meeting's screen: a box of its items
/// (at most a third of the room), or on a small screen one line that sums it up; 0 without
/// a kept agenda.
#[must_use]
pub fn height(m: &Meeting, view: &View, room: u16) -> u16 {
    let Some(a) = agenda(m, view) else {
        return 0;
    };
    let wanted = u16::try_from(a.items(view.journey).len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    match wanted.min(room / 3) {
        h if h >= 3 => h,
        _ if room >= 5 => 1,
        _ => 0,
    }
}

/// Draws the kept agenda: "[x] Goal  Improve SQL", the discussed ones ticked; in one row,
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
        Paragraph::new(fit(&line, usize::from(row.width))).render(row, buf);
        return;
    }
    let title = format!("Agenda · {count}");
    let block = panel(&title, false, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let facts = a.goal_facts(j);
    let mut lines: Vec<Line<'static>> = Vec::new();
    for e in &items {
        let Some(t) = a.describe_with(&e.topic, j, view.clock, &facts) else {
            continue;
        };
        let mark = if e.discussed { "[x] " } else { "[ ] " };
        let kind = format!("{:<15} ", t.kind);
        let text = truncate(&t.text, width.saturating_sub(mark.width() + kind.width()));
        let style = if e.discussed { theme.text } else { theme.dim };
        lines.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(kind, theme.label),
            Span::styled(text, style),
        ]));
    }
    let shown = usize::from(inner.height);
    if lines.len() > shown && shown > 0 {
        let more = lines.len() - shown + 1;
        lines.truncate(shown - 1);
        lines.push(Line::from(Span::styled(
            format!("… and {more} more"),
            theme.dim,
        )));
    }
    Paragraph::new(lines).render(inner, buf);
}
