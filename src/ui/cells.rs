//! One truncation rule for every row of the app: a row is a list of [`Cell`]s, and when it
//! is wider than the screen, titles give way first (cut with an ellipsis); details that can
//! go are dropped before a title would be cut below a readable minimum; status words
//! (overdue, private, done) and dates stay whole.
//!
//! ```
//! use mentee::ui::cells::{Cell, fit};
//! use ratatui::style::Style;
//! let row = [
//!     Cell::title("Think about what I'd want from a move", Style::new()),
//!     Cell::detail(" · me", Style::new()),
//!     Cell::keep(" · overdue by 49 days", Style::new()),
//! ];
//! let line = fit(&row, 40);
//! assert_eq!(line.to_string(), "Think about what I… · overdue by 49 days");
//! ```
//!
//! Wide screens show everything that fits: no cell has a fixed width, so a title at 120
//! columns is only cut if the row really is wider than that.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::ui::wrap::truncate;

/// How a cell gives way when its row is too wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Always whole: a status word, a date, a mark, the spacing of a table.
    Keep,
    /// Cut first, with an ellipsis: a title or a free text. Details go before it would be
    /// cut below `min` columns; it then takes all the room they leave.
    Title { min: usize },
    /// Dropped whole when there is no room: a detail the row can do without.
    Detail,
}

/// A piece of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub style: Style,
    pub fit: Fit,
    /// What a detail says instead when there is no room for all of it ("not reviewed" for
    /// "not reviewed since Sun 1 Nov"), in [`aligned`] rows.
    pub short: Option<String>,
}

/// Columns a title keeps while details can still go instead.
pub const TITLE_MIN: usize = 20;

impl Cell {
    /// Always shown whole.
    #[must_use]
    pub fn keep(text: impl Into<String>, style: Style) -> Self {
        Self {
            text: text.into(),
            style,
            fit: Fit::Keep,
            short: None,
        }
    }

    /// Cut first, with an ellipsis.
    #[must_use]
    pub fn title(text: impl Into<String>, style: Style) -> Self {
        Self {
            text: text.into(),
            style,
            fit: Fit::Title { min: TITLE_MIN },
            short: None,
        }
    }

    /// Cut with an ellipsis, but only after every detail has gone and below `min` columns:
    /// a sentence that carries the row's meaning.
    #[must_use]
    pub fn title_keeping(text: impl Into<String>, style: Style, min: usize) -> Self {
        Self {
            text: text.into(),
            style,
            fit: Fit::Title { min },
            short: None,
        }
    }

    /// Dropped whole when there is no room.
    #[must_use]
    pub fn detail(text: impl Into<String>, style: Style) -> Self {
        Self {
            text: text.into(),
            style,
            fit: Fit::Detail,
            short: None,
        }
    }

    /// A shorter form, said when there is no room for the whole detail (see [`aligned`]).
    #[must_use]
    pub fn or_short(mut self, short: impl Into<String>) -> Self {
        self.short = Some(short.into());
        self
    }

    /// Padded with spaces to `width` columns (or cut, if a title), for table columns.
    #[must_use]
    pub fn padded(mut self, width: usize) -> Self {
        let w = self.text.width();
        if w < width {
            self.text.push_str(&" ".repeat(width - w));
        }
        self
    }

    fn width(&self) -> usize {
        self.text.width()
    }
}

/// The cells of a row fitted into `width` columns (see the module comment for the rule).
#[must_use]
pub fn fit(cells: &[Cell], width: usize) -> Line<'static> {
    // Each cell measured once (the rule below asks for the widths again and again).
    let natural: Vec<usize> = cells.iter().map(Cell::width).collect();
    let widths = fit_widths(cells, &natural, width);
    let line = Line::from(spans(cells, &natural, &widths));
    if line.width() > width {
        // Only whole cells are left and still too many: cut the row at its end.
        return cut(line, width);
    }
    line
}

/// The cells as spans, each at its width (`None`: left out); `natural` is each cell's own.
fn spans(cells: &[Cell], natural: &[usize], widths: &[Option<usize>]) -> Vec<Span<'static>> {
    cells
        .iter()
        .zip(natural.iter().zip(widths))
        .filter_map(|(c, (n, w))| match *w {
            None => None,
            Some(w) if w >= *n => Some(Span::styled(c.text.clone(), c.style)),
            Some(w) => Some(Span::styled(truncate(&c.text, w), c.style)),
        })
        .collect()
}

/// A row of `left` (a title and what goes with it) and `right` (a detail in parts, kept
/// apart by `sep`, at least two spaces from the left part, ending at the right edge), all
/// fitted by one rule: details go first (to their short form when they have one), then the
/// title is cut. A part left out takes its separator with it.
///
/// ```
/// use mentee::ui::cells::{Cell, aligned};
/// use ratatui::style::Style;
/// let s = Style::new();
/// let left = [Cell::title("Send Elena the draft slides before the dry run", s)];
/// let right = [Cell::detail("me", s), Cell::keep("due Wed 9 Dec", s)];
/// assert_eq!(aligned(&left, &right, " · ", 70).to_string(),
///     "Send Elena the draft slides before the dry run      me · due Wed 9 Dec");
/// assert_eq!(aligned(&left, &right, " · ", 36).to_string(),
///     "Send Elena the draft…  due Wed 9 Dec");
/// ```
#[must_use]
pub fn aligned(left: &[Cell], right: &[Cell], sep: &str, width: usize) -> Line<'static> {
    let mut right: Vec<Cell> = right
        .iter()
        .filter(|c| !c.text.is_empty())
        .cloned()
        .collect();
    loop {
        let mut cells = left.to_vec();
        for (i, c) in right.iter().enumerate() {
            let lead = if i == 0 { "  " } else { sep };
            cells.push(Cell {
                text: format!("{lead}{}", c.text),
                ..c.clone()
            });
        }
        let natural: Vec<usize> = cells.iter().map(Cell::width).collect();
        let widths = fit_widths(&cells, &natural, width);
        let dropped: Vec<usize> = (0..right.len())
            .filter(|i| widths[left.len() + i].is_none())
            .collect();
        if !dropped.is_empty() {
            // Again without them (or with their short forms), so that the separators are
            // those of the parts left.
            for i in dropped.into_iter().rev() {
                match right[i].short.take() {
                    Some(short) => right[i].text = short,
                    None => {
                        right.remove(i);
                    }
                }
            }
            continue;
        }
        let (l, n) = (left.len(), &natural);
        let mut out = spans(&cells[..l], &n[..l], &widths[..l]);
        let tail = spans(&cells[l..], &n[l..], &widths[l..]);
        let used: usize = out.iter().chain(&tail).map(Span::width).sum();
        if used > width {
            out.extend(tail);
            return cut(Line::from(out), width);
        }
        out.push(Span::raw(" ".repeat(width - used)));
        out.extend(tail);
        return Line::from(out);
    }
}

/// The cells of a table column fitted into exactly `width` columns: cut by the same rule
/// as [`fit`], then padded with spaces so the next column lines up.
#[must_use]
pub fn column(cells: &[Cell], width: usize) -> Vec<Span<'static>> {
    let line = fit(cells, width);
    let pad = width.saturating_sub(line.width());
    let mut spans = line.spans;
    if pad > 0 {
        spans.push(Span::raw(" ".repeat(pad)));
    }
    spans
}

/// A row with `left` fitted into what `right` leaves, and `right` (kept whole, like a date)
/// at the right end.
#[must_use]
pub fn spread(left: &[Cell], right: &[Cell], width: usize) -> Line<'static> {
    let right_w: usize = right.iter().map(Cell::width).sum();
    if right_w >= width {
        return fit(right, width);
    }
    let mut spans = column(left, width - right_w);
    spans.extend(right.iter().map(|c| Span::styled(c.text.clone(), c.style)));
    Line::from(spans)
}

/// The width each cell gets (`None`: dropped); `natural` is each cell's own.
fn fit_widths(cells: &[Cell], natural: &[usize], width: usize) -> Vec<Option<usize>> {
    // 1. Details go, the last first, while the row is too wide even with every title cut
    //    down to its minimum.
    let mut kept: Vec<bool> = vec![true; cells.len()];
    let at_min = |kept: &[bool]| -> usize {
        cells
            .iter()
            .zip(natural)
            .zip(kept)
            .filter(|(_, k)| **k)
            .map(|((c, n), _)| match c.fit {
                Fit::Title { min } => (*n).min(min),
                _ => *n,
            })
            .sum()
    };
    for i in (0..cells.len()).rev() {
        if at_min(&kept) <= width {
            break;
        }
        if cells[i].fit == Fit::Detail {
            kept[i] = false;
        }
    }
    // 2. Titles give way, the first title first, as far as they must (to their ellipsis
    //    only when nothing else is left to give).
    let mut widths: Vec<Option<usize>> = natural
        .iter()
        .zip(&kept)
        .map(|(n, k)| k.then_some(*n))
        .collect();
    for (i, c) in cells.iter().enumerate() {
        let total: usize = widths.iter().flatten().sum();
        if total <= width {
            break;
        }
        if let (Fit::Title { .. }, Some(w)) = (c.fit, widths[i]) {
            widths[i] = Some(w.saturating_sub(total - width).max(1));
        }
    }
    widths
}

/// Cuts a line to `width` columns, with an ellipsis.
fn cut(line: Line<'static>, width: usize) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let w = span.content.width();
        if used + w <= width {
            used += w;
            spans.push(span);
            continue;
        }
        spans.push(Span::styled(
            truncate(&span.content, width - used),
            span.style,
        ));
        break;
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(cells: &[Cell], width: usize) -> String {
        fit(cells, width).to_string()
    }

    fn row() -> Vec<Cell> {
        vec![
            Cell::keep("  [ ] ", Style::new()),
            Cell::title(
                "Think about what I'd want from a move, before any talk",
                Style::new(),
            ),
            Cell::detail(" · me", Style::new()),
            Cell::keep(" · due Wed 14 Oct 2025, overdue", Style::new()),
        ]
    }

    #[test]
    fn a_row_that_fits_is_whole() {
        let wide = text(&row(), 200);
        assert_eq!(
            wide,
            "  [ ] Think about what I'd want from a move, before any talk · me · due Wed 14 Oct 2025, overdue"
        );
    }

    #[test]
    fn the_title_is_cut_first_and_status_and_date_stay_whole() {
        let s = text(&row(), 70);
        assert!(s.ends_with(" · me · due Wed 14 Oct 2025, overdue"), "{s}");
        assert!(s.contains('…'), "{s}");
        assert_eq!(s.width(), 70);
    }

    #[test]
    fn then_details_go_then_the_title_shrinks_to_its_ellipsis() {
        // Title at its minimum, and no room for " · me".
        let s = text(&row(), 6 + TITLE_MIN + 31);
        assert!(!s.contains(" · me"), "{s}");
        assert!(s.ends_with("due Wed 14 Oct 2025, overdue"), "{s}");
        let s = text(&row(), 40);
        assert!(s.ends_with("due Wed 14 Oct 2025, overdue"), "{s}");
        assert!(s.width() <= 40, "{s}");
    }

    #[test]
    fn a_title_takes_back_the_room_a_dropped_detail_leaves() {
        let cells = [
            Cell::keep("[ ] ", Style::new()),
            Cell::title(
                "Finish linking the referral and attendance data",
                Style::new(),
            ),
            Cell::detail(
                " → Lead the evaluation of the diabetes prevention pilot",
                Style::new(),
            ),
            Cell::keep(" due Fri 11 Dec", Style::new()),
        ];
        let s = text(&cells, 60);
        assert_eq!(
            s,
            "[ ] Finish linking the referral and attendan… due Fri 11 Dec"
        );
    }

    #[test]
    fn too_narrow_for_the_whole_cells_cuts_the_row_at_its_end() {
        let s = text(&row(), 20);
        assert_eq!(s.width(), 20);
        assert!(s.ends_with('…'), "{s}");
    }

    #[test]
    fn a_column_is_padded_to_its_width() {
        let cells = [
            Cell::title("Learn SQL window functions", Style::new()),
            Cell::keep(" private", Style::new()),
        ];
        let spans = column(&cells, 24);
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "Learn SQL windo… private");
        let spans = column(&cells, 40);
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text.width(), 40);
        assert!(
            text.starts_with("Learn SQL window functions private "),
            "{text}"
        );
    }

    #[test]
    fn aligned_drops_a_detail_with_its_separator_and_keeps_status_whole() {
        let s = Style::new();
        let left = [
            Cell::keep(" 7. Goal       ", s),
            Cell::title("Find out whether a move to the state team is right", s),
        ];
        let right = [
            Cell::detail("not reviewed since Wed 18 Nov", s),
            Cell::keep("40%", s),
            Cell::keep("private", s),
        ];
        let wide = aligned(&left, &right, " · ", 120).to_string();
        assert!(
            wide.ends_with("right          not reviewed since Wed 18 Nov · 40% · private"),
            "{wide}"
        );
        assert_eq!(wide.width(), 120);
        let narrow = aligned(&left, &right, " · ", 56).to_string();
        assert!(narrow.ends_with("…  40% · private"), "{narrow}");
        assert!(!narrow.contains("not reviewed"), "{narrow}");
        assert_eq!(narrow.width(), 56);
        // With a short form, that is said instead.
        let mut right = right;
        right[0] = right[0].clone().or_short("not reviewed");
        let narrow = aligned(&left, &right, " · ", 70).to_string();
        assert!(narrow.contains('…'), "{narrow}");
        assert!(
            narrow.ends_with("  not reviewed · 40% · private"),
            "{narrow}"
        );
    }

    #[test]
    fn wide_characters_count_double() {
        let cells = vec![
            Cell::title("日本語の目標を達成する", Style::new()),
            Cell::keep(" done", Style::new()),
        ];
        let s = text(&cells, 12);
        assert!(s.ends_with(" done"), "{s}");
        assert!(s.width() <= 12, "{s}");
    }
}
