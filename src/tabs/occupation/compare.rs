//! The compare view: per stem, the ideal beside the current reality and the gap note, with
//! its marker and the goals made from it; counts of the markers at the top.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::{OccupationPane, marker_glyph, marker_label, stems};
use crate::domain::text::count;
use crate::domain::{Goal, Marker};
use crate::export::worksheet::marker_counts;
use crate::method::{Stem, method};
use crate::theme::Theme;
use crate::ui::text;
use crate::ui::wrap::{truncate, wrap};
use crate::ui::{panel, scroll_marks};
use crate::view::View;

/// Rows of text a stem shows under its title: more for the selected one.
const ROWS: usize = 2;
const ROWS_SELECTED: usize = 6;
const SEPARATOR: &str = " │ ";
/// Columns start under the stem title, after the selection marker.
const INDENT: &str = "  ";

pub(super) fn render(
    pane: &mut OccupationPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let block = panel("Compare with current reality", true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 3 || inner.width < 20 {
        return;
    }
    let width = usize::from(inner.width);
    let cols = columns(width);
    let head = head_lines(view, theme, width, inner.height, cols);
    let head_h = u16::try_from(head.len()).unwrap_or(0).min(inner.height);
    let [head_area, body] =
        Layout::vertical([Constraint::Length(head_h), Constraint::Fill(1)]).areas(inner);
    text::paragraph(buf, head_area, head);

    let (rows, selected) = all_rows(pane.stem, view, theme, width, cols);
    let height = usize::from(body.height);
    pane.compare_offset = scrolled(pane.compare_offset, selected, &rows, height);
    let more = (
        pane.compare_offset > 0,
        pane.compare_offset + height < rows.len(),
    );
    scroll_marks(area, buf, more, theme);
    let shown = rows.into_iter().skip(pane.compare_offset);
    for (rect, (line, stem)) in body.rows().zip(shown) {
        text::paragraph(buf, rect, line);
        pane.hits.stems.push((rect, stem));
    }
}

/// Above the stems: the counts of the markers, the method's advice while nothing is marked
/// (where there is room), and the column headings.
fn head_lines(
    view: &View,
    theme: &Theme,
    width: usize,
    height: u16,
    cols: [usize; 3],
) -> Vec<Line<'static>> {
    let mut head: Vec<Line<'static>> = vec![counts_line(view, theme)];
    let counts = marker_counts(view.journey);
    if counts.unmarked == stems().len() {
        let intro = wrap(&method().worksheet.compare, width);
        if usize::from(height) >= intro.len() + 14 {
            head.extend(
                intro
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, theme.dim))),
            );
        }
    }
    head.push(row_line(
        [
            ("Ideal".to_string(), theme.label),
            ("Current reality".to_string(), theme.label),
            ("Gap note".to_string(), theme.label),
        ],
        cols,
        theme,
    ));
    head
}

/// Every stem's rows, each with its stem's index, and the rows of the `selected` stem
/// (start, end).
fn all_rows(
    selected: usize,
    view: &View,
    theme: &Theme,
    width: usize,
    cols: [usize; 3],
) -> (Vec<(Line<'static>, usize)>, (usize, usize)) {
    // The goals made from each stem (from the journey's index, as `visible_goals`).
    let goals: Vec<Vec<&Goal>> = stems()
        .iter()
        .map(|stem| super::gap_goal::visible_goals(view, stem))
        .collect();
    let mut rows: Vec<(Line<'static>, usize)> = Vec::new();
    let mut span_of_selected = (0, 0);
    for (i, stem) in stems().iter().enumerate() {
        let start = rows.len();
        rows.push((title_line(stem, i == selected, view, theme, width), i));
        let made = goals.get(i).map_or(&[][..], Vec::as_slice);
        let texts = stem_rows(stem, made, i == selected, view, theme, cols);
        rows.extend(texts.into_iter().map(|line| (line, i)));
        if i == selected {
            span_of_selected = (start, rows.len());
        }
    }
    (rows, span_of_selected)
}

/// The first row to show: the selected stem's rows (`start`..`end`) in view, starting at a
/// stem's title, never halfway through its texts.
fn scrolled(
    offset: usize,
    (start, end): (usize, usize),
    rows: &[(Line, usize)],
    height: usize,
) -> usize {
    let mut offset = offset;
    if start < offset {
        offset = start;
    } else if end > offset + height {
        offset = end.saturating_sub(height).min(start);
    }
    offset = offset.min(rows.len().saturating_sub(height));
    let starts_block =
        |n: usize| n == 0 || rows.get(n - 1).map(|r| r.1) != rows.get(n).map(|r| r.1);
    while offset < start && !starts_block(offset) {
        offset += 1;
    }
    offset
}

/// "✓ 2 working well  ! 3 gaps  ? 1 not sure  · 4 not marked".
fn counts_line(view: &View, theme: &Theme) -> Line<'static> {
    let c = marker_counts(view.journey);
    Line::from(vec![
        marker_glyph(Some(Marker::WorkingWell), theme),
        Span::raw(format!(" {} working well  ", c.working_well)),
        marker_glyph(Some(Marker::Gap), theme),
        Span::raw(format!(" {}  ", count(c.gap, "gap", "gaps"))),
        marker_glyph(Some(Marker::NotSure), theme),
        Span::raw(format!(" {} not sure  ", c.not_sure)),
        marker_glyph(None, theme),
        Span::raw(format!(" {} not marked", c.unmarked)),
    ])
}

/// Widths of the three columns in `width` columns.
fn columns(width: usize) -> [usize; 3] {
    let free = width.saturating_sub(INDENT.len() + 2 * SEPARATOR.width());
    let col = free / 3;
    [col, col, free.saturating_sub(2 * col)]
}

/// One row of the three columns.
fn row_line(cells: [(String, Style); 3], cols: [usize; 3], theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(INDENT)];
    for (n, ((text, style), w)) in cells.into_iter().zip(cols).enumerate() {
        let text = truncate(&text, w);
        let pad = w.saturating_sub(text.width());
        spans.push(Span::styled(text, style));
        if n < 2 {
            spans.push(Span::raw(" ".repeat(pad)));
            spans.push(Span::styled(SEPARATOR, theme.dim));
        }
    }
    Line::from(spans)
}

/// The stem's title row: marker, short title, the stem itself, and the marker in words.
fn title_line(
    stem: &Stem,
    selected: bool,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let marker = view.journey.markers.get(&stem.key()).copied();
    let label = marker_label(marker);
    let fixed = 2 + 2 + stem.title.width() + 2 + 2 + label.width();
    let stem_text = truncate(
        &format!("{} …", stem.text),
        width.saturating_sub(fixed).max(1),
    );
    let used = fixed + stem_text.width();
    let line = Line::from(vec![
        Span::raw(if selected { "▸ " } else { "  " }),
        marker_glyph(marker, theme),
        Span::raw(" "),
        Span::styled(stem.title.clone(), theme.heading),
        Span::raw("  "),
        Span::styled(stem_text, theme.dim),
        Span::raw(" ".repeat(width.saturating_sub(used) + 2)),
        Span::styled(
            label,
            if marker.is_some() {
                theme.text
            } else {
                theme.dim
            },
        ),
    ]);
    if selected {
        line.style(theme.selected)
    } else {
        line
    }
}

/// The stem's texts side by side, wrapped, with the goals made from it under the gap note.
fn stem_rows(
    stem: &Stem,
    goals: &[&Goal],
    selected: bool,
    view: &View,
    theme: &Theme,
    cols: [usize; 3],
) -> Vec<Line<'static>> {
    let cell = |key: String, w: usize| -> Vec<(String, Style)> {
        let text = view.journey.answer_text(&key);
        if text.trim().is_empty() {
            return vec![("—".to_string(), theme.dim)];
        }
        wrap(text.trim_end(), w)
            .into_iter()
            .map(|l| (l, Style::new()))
            .collect()
    };
    let mut columns = [
        cell(stem.ideal_key(), cols[0]),
        cell(stem.reality_key(), cols[1]),
        cell(stem.gap_key(), cols[2]),
    ];
    for g in goals {
        let title = format!("→ {}", crate::export::one_line(&g.title));
        columns[2].push((truncate(&title, cols[2]), theme.label));
    }
    let cap = if selected { ROWS_SELECTED } else { ROWS };
    for (column, w) in columns.iter_mut().zip(cols) {
        if column.len() > cap {
            column.truncate(cap);
            if let Some((last, _)) = column.last_mut() {
                *last = truncate(&format!("{last} …"), w);
            }
        }
    }
    let n = columns.iter().map(Vec::len).max().unwrap_or(1);
    (0..n)
        .map(|i| {
            let get = |c: &Vec<(String, Style)>| {
                c.get(i)
                    .cloned()
                    .unwrap_or_else(|| (String::new(), Style::new()))
            };
            row_line(
                [get(&columns[0]), get(&columns[1]), get(&columns[2])],
                cols,
                theme,
            )
        })
        .collect()
}
