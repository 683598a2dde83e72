//! What changed between two frames: the cells to write, in order, exactly those ratatui's
//! `Buffer::diff` yields, found faster.
//!
//! `Buffer::diff` compares every cell with `Cell::eq` and measures its width (a wide
//! character's second column is passed over), each a call that reads the cell's symbol
//! again: the largest cost of a key that moves a list by one row. Here each cell's symbol
//! is read once, the cells are compared field by field, and the width of the symbols frames
//! are mostly made of — one byte, box drawing, block elements, the ellipsis — is known from
//! their bytes (see [`narrow`]); other symbols are measured as ratatui measures them. What
//! is written, and when (a change, a wide character, an emoji with VS16, a cell to skip or
//! always update, a forced width), follows `Buffer::diff` step for step;
//! `tests/logic/diff.rs` checks the two agree on random frames of every kind of cell.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::style::{Color, Modifier};

/// Modifiers that show on a blank cell (as `Buffer::diff` counts them).
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// The cells of `next` to write over a screen that shows `prev`, as `(x, y, cell)`.
///
/// # Panics
/// If the two buffers differ in `x`, `y` or width (as `Buffer::diff` does); heights may
/// differ, and the shorter is compared.
#[must_use]
pub fn changes<'a>(prev: &'a Buffer, next: &'a Buffer) -> Changes<'a> {
    assert!(
        prev.area.x == next.area.x
            && prev.area.y == next.area.y
            && prev.area.width == next.area.width,
        "buffer areas must have the same x, y, and width: prev={:?}, next={:?}",
        prev.area,
        next.area,
    );
    let len = next.content.len().min(prev.content.len());
    Changes {
        prev: &prev.content[..len],
        next: &next.content[..len],
        x: usize::from(prev.area.x),
        y: usize::from(prev.area.y),
        width: usize::from(prev.area.width).max(1),
        pos: 0,
        trailing: None,
    }
}

/// The iterator [`changes`] returns.
#[derive(Debug)]
pub struct Changes<'a> {
    prev: &'a [Cell],
    next: &'a [Cell],
    x: usize,
    y: usize,
    width: usize,
    /// The next cell to look at, when no trailing cells are pending.
    pos: usize,
    /// The columns a wide character covers, still to be looked at.
    trailing: Option<Trailing>,
}

/// Columns after a wide character that are written when they change (an emoji with VS16,
/// which some terminals do not clear behind) or always (`force`: a wide character replaced
/// by a narrow one, whose style showed on the columns it covered).
#[derive(Debug)]
struct Trailing {
    next_index: usize,
    end: usize,
    force: bool,
}

/// Whether the cell is passed over (a diff directive, or the deprecated `skip` flag).
#[allow(deprecated)]
const fn is_skip(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::Skip)
        || (cell.skip && matches!(cell.diff_option, CellDiffOption::None))
}

/// Whether two cells are equal as `Cell::eq` tells (a missing symbol is a blank), given
/// their symbols.
#[allow(deprecated)]
#[inline]
fn same(next: &Cell, prev: &Cell, a: &[u8], b: &[u8]) -> bool {
    (match (a, b) {
        ([x], [y]) => x == y,
        _ => a == b,
    }) && next.fg == prev.fg
        && next.bg == prev.bg
        && next.modifier == prev.modifier
        && next.underline_color == prev.underline_color
        && next.diff_option == prev.diff_option
        && next.skip == prev.skip
}

/// Whether two cells are equal, one column wide and without a directive or `skip`: a cell
/// `Buffer::diff` passes over, moving on by one.
#[allow(deprecated)]
#[inline]
fn same_plain(next: &Cell, prev: &Cell) -> bool {
    matches!(next.diff_option, CellDiffOption::None)
        && matches!(prev.diff_option, CellDiffOption::None)
        && !next.skip
        && !prev.skip
        && next.fg == prev.fg
        && next.bg == prev.bg
        && next.modifier == prev.modifier
        && next.underline_color == prev.underline_color
        && {
            let (a, b) = (next.symbol().as_bytes(), prev.symbol().as_bytes());
            match (a, b) {
                ([x], [y]) => x == y,
                _ => narrow(a) && a == b,
            }
        }
}

/// The columns a symbol takes, as ratatui measures it.
#[inline]
fn symbol_width(symbol: &str) -> usize {
    if narrow(symbol.as_bytes()) {
        1
    } else {
        usize::from(symbol.cell_width())
    }
}

/// The columns a cell takes, as ratatui measures it (a forced width, else its symbol's).
#[inline]
fn cell_width(cell: &Cell, symbol: &str) -> usize {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(w) => usize::from(w.get()),
        _ => symbol_width(symbol),
    }
}

/// Whether a symbol is one that takes one column: one byte (ASCII; a blank cell is `" "`),
/// or one of the characters frames are drawn with most — box drawing and block elements
/// (U+2500–U+259F) and the ellipsis (U+2026) — each one column wide as ratatui measures it
/// (`narrow_symbols_are_one_column` checks every one).
#[inline]
pub fn narrow(symbol: &[u8]) -> bool {
    match *symbol {
        [_] => true,
        [0xE2, second, third] => {
            matches!(second, 0x94 | 0x95)
                || (second == 0x96 && third <= 0x9F)
                || (second == 0x80 && third == 0xA6)
        }
        _ => false,
    }
}

impl<'a> Changes<'a> {
    fn at(&self, index: usize) -> (u16, u16, &'a Cell) {
        let x = index % self.width + self.x;
        let y = index / self.width + self.y;
        // Within the buffer's area, whose corners are u16.
        #[allow(clippy::cast_possible_truncation)]
        (x as u16, y as u16, &self.next[index])
    }

    /// The next trailing column to write, if any; clears `trailing` when done.
    fn next_trailing(&mut self) -> Option<(u16, u16, &'a Cell)> {
        let len = self.next.len();
        let t = self.trailing.as_mut()?;
        while t.next_index < t.end {
            let j = t.next_index;
            // A wide cell here covers its own trailing column too.
            t.next_index += usize::from(self.next[j].cell_width().max(1));
            t.end = t.end.max(t.next_index).min(len);
            if !is_skip(&self.next[j])
                && (t.force || self.prev[j].symbol() != self.next[j].symbol())
            {
                return Some(self.at(j));
            }
        }
        self.pos = t.end;
        self.trailing = None;
        None
    }

    /// The cell at `i`: written or not, as `Buffer::diff` decides, with `pos` (already past
    /// `i`) and `trailing` moved on as it moves them.
    #[inline]
    fn step(&mut self, i: usize) -> Option<(u16, u16, &'a Cell)> {
        let len = self.next.len();
        let current = &self.next[i];
        let previous = &self.prev[i];
        if is_skip(current) {
            return None;
        }
        let (a, b) = (current.symbol(), previous.symbol());
        let equal = same(current, previous, a.as_bytes(), b.as_bytes());
        if let CellDiffOption::ForcedWidth(width) = current.diff_option {
            self.pos = self
                .pos
                .saturating_add(usize::from(width.get().saturating_sub(1)));
            return (!equal).then(|| self.at(i));
        }
        // No directive, or always update.
        let width = symbol_width(a);
        if equal && matches!(current.diff_option, CellDiffOption::None) {
            self.pos += width.saturating_sub(1);
            return None;
        }
        let previous_width = cell_width(previous, b);
        if width > 1 && a.contains('\u{FE0F}') {
            self.trailing = Some(Trailing {
                next_index: i + 1,
                end: (i + width).min(len),
                force: false,
            });
        } else if width > 1 {
            self.pos += width - 1;
        } else if previous_width > width
            && (previous.bg != Color::Reset || previous.modifier.intersects(VISIBLE_ON_BLANK))
        {
            self.trailing = Some(Trailing {
                next_index: i + 1,
                // `Buffer::diff` indexes past the end when a wide character stood in the
                // last cell; here those columns do not exist.
                end: (i + previous_width).min(len),
                force: true,
            });
        }
        Some(self.at(i))
    }
}

impl<'a> Iterator for Changes<'a> {
    type Item = (u16, u16, &'a Cell);

    fn next(&mut self) -> Option<Self::Item> {
        if self.trailing.is_some()
            && let Some(change) = self.next_trailing()
        {
            return Some(change);
        }
        let (next, prev) = (self.next, self.prev);
        while self.pos < next.len() {
            // Past the cells that did not change and take one column, with the position in
            // a local: most of the screen.
            let mut i = self.pos;
            while let (Some(n), Some(p)) = (next.get(i), prev.get(i)) {
                if !same_plain(n, p) {
                    break;
                }
                i += 1;
            }
            if i >= next.len() {
                self.pos = i;
                break;
            }
            self.pos = i + 1;
            if let Some(change) = self.step(i) {
                return Some(change);
            }
        }
        None
    }
}
