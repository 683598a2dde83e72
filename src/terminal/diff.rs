//! What changed between two frames: the cells to write, in order, exactly those ratatui's
//! `Buffer::diff` yields, found faster.
//!
//! Between two frames most of the screen is the same, and most of it is plain cells: one
//! ASCII byte (or a blank never written), in a style, with no diff directive. `Buffer::diff`
//! compares every cell with `Cell::eq` and then measures its width (it may be a wide
//! character whose second column must be skipped): the largest cost of a key that moves a
//! list by one row. Here a run of equal plain cells is passed over with a comparison of the
//! cell's fields, symbol byte first; any other cell (a change, a wide character, an emoji
//! with VS16, a cell to skip or always update) is taken exactly as `Buffer::diff` takes it.
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

/// Whether the two cells are equal, one column wide and with no diff directive: a cell
/// `Buffer::diff` passes over without writing anything and moves on by one. The symbol is
/// compared first: it is what changes most often, and its bytes tell it is one column (see
/// [`narrow`]) without measuring it.
#[allow(deprecated)]
#[inline]
fn same_plain(next: &Cell, prev: &Cell) -> bool {
    let (a, b) = (next.symbol().as_bytes(), prev.symbol().as_bytes());
    a == b
        && narrow(a)
        && next.fg == prev.fg
        && next.bg == prev.bg
        && next.modifier == prev.modifier
        && next.underline_color == prev.underline_color
        && matches!(next.diff_option, CellDiffOption::None)
        && matches!(prev.diff_option, CellDiffOption::None)
        && !next.skip
        && !prev.skip
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

    /// The cell at `i` (not a run of plain equal cells): written or not, as `Buffer::diff`
    /// decides, with `pos` and `trailing` moved on as it moves them.
    fn step(&mut self, i: usize) -> Option<(u16, u16, &'a Cell)> {
        let len = self.next.len();
        let current = &self.next[i];
        let previous = &self.prev[i];
        match current.diff_option {
            CellDiffOption::Skip => None,
            _ if is_skip(current) => None,
            CellDiffOption::ForcedWidth(width) => {
                self.pos = self
                    .pos
                    .saturating_add(usize::from(width.get().saturating_sub(1)));
                (current != previous).then(|| self.at(i))
            }
            CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                let cell_width = usize::from(current.cell_width());
                if matches!(current.diff_option, CellDiffOption::None) && current == previous {
                    self.pos += cell_width.saturating_sub(1);
                    return None;
                }
                let previous_width = usize::from(previous.cell_width());
                let vs16 = cell_width > 1 && current.symbol().contains('\u{FE0F}');
                if vs16 {
                    self.trailing = Some(Trailing {
                        next_index: i + 1,
                        end: (i + cell_width).min(len),
                        force: false,
                    });
                } else if cell_width > 1 {
                    self.pos += cell_width - 1;
                } else if previous_width > cell_width
                    && (previous.bg != Color::Reset
                        || previous.modifier.intersects(VISIBLE_ON_BLANK))
                {
                    self.trailing = Some(Trailing {
                        next_index: i + 1,
                        // `Buffer::diff` indexes past the end when a wide character
                        // stood in the last cell; here those columns do not exist.
                        end: (i + previous_width).min(len),
                        force: true,
                    });
                }
                Some(self.at(i))
            }
        }
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
        let len = self.next.len();
        while self.pos < len {
            // Past the plain cells that did not change, in one tight loop.
            let start = self.pos;
            let run = self.next[start..]
                .iter()
                .zip(&self.prev[start..len])
                .position(|(n, p)| !same_plain(n, p))
                .unwrap_or(len - start);
            let i = start + run;
            if i >= len {
                self.pos = len;
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
