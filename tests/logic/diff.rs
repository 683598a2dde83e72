//! The screen mentee draws on (`terminal::screen::Screen`) finds the changed cells itself
//! (`terminal::diff::changes`): the same cells, in the same order, as ratatui's
//! `Buffer::diff`, on random frames of every kind of cell (ASCII, wide characters, emoji
//! with and without VS16, combining marks, styles, cells to skip or always write, forced
//! widths); and through the real backend, the same bytes as ratatui's `Terminal`, frame
//! after frame and across changes of the terminal's size.

use mentee::terminal::backend::FrameBackend;
use mentee::terminal::diff::changes;
use mentee::terminal::screen::Screen;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use ratatui::style::{Color, Style};
use std::cell::RefCell;
use std::num::NonZeroU16;
use std::rc::Rc;

const W: u16 = 10;
const H: u16 = 4;

/// Symbols of every kind: ASCII, blank, box drawing, wide (CJK), emoji with and without
/// VS16, a wide emoji with VS16, letters with combining marks, halfwidth katakana with its
/// sound mark, an empty symbol.
const SYMBOLS: &[&str] = &[
    "a",
    "Z",
    " ",
    "─",
    "█",
    "…",
    "日",
    "😀",
    "❤\u{fe0f}",
    "✍\u{fe0f}",
    "e\u{301}",
    "\u{301}",
    "ｶﾞ",
    "",
];

fn color() -> impl Strategy<Value = Color> {
    prop_oneof![
        4 => Just(Color::Reset),
        1 => Just(Color::Red),
        1 => any::<u8>().prop_map(Color::Indexed),
        1 => (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
    ]
}

fn style() -> impl Strategy<Value = Style> {
    crate::backend::style_of(color)
}

fn diff_option() -> impl Strategy<Value = CellDiffOption> {
    prop_oneof![
        6 => Just(CellDiffOption::None),
        1 => Just(CellDiffOption::Skip),
        1 => Just(CellDiffOption::AlwaysUpdate),
        1 => (1u16..4).prop_map(|w| CellDiffOption::ForcedWidth(NonZeroU16::new(w).unwrap())),
    ]
}

/// A change to a frame: a string written as ratatui writes it (wide characters take their
/// columns), or one cell set by hand (a symbol, a style, a diff directive, `skip`), which
/// makes frames ratatui's writers never make (a wide character followed by text).
#[derive(Debug, Clone)]
enum Write {
    Text(usize, usize, Style, u16, u16),
    Cell(usize, Style, CellDiffOption, bool, u16, u16),
    /// Only the directive and `skip` of a cell, the rest kept.
    Flags(CellDiffOption, bool, u16, u16),
}

fn write() -> impl Strategy<Value = Write> {
    prop_oneof![
        3 => (0..SYMBOLS.len(), 1usize..5, style(), 0..W, 0..H)
            .prop_map(|(s, n, st, x, y)| Write::Text(s, n, st, x, y)),
        1 => (0..SYMBOLS.len(), style(), diff_option(), any::<bool>(), 0..W, 0..H)
            .prop_map(|(s, st, d, skip, x, y)| Write::Cell(s, st, d, skip, x, y)),
        1 => (diff_option(), any::<bool>(), 0..W, 0..H)
            .prop_map(|(d, skip, x, y)| Write::Flags(d, skip, x, y)),
    ]
}

#[allow(deprecated)]
fn apply(buf: &mut Buffer, writes: &[Write]) {
    for w in writes {
        match *w {
            Write::Text(s, n, style, x, y) => {
                if y < buf.area.height {
                    buf.set_string(x, y, SYMBOLS[s].repeat(n), style);
                }
            }
            // Not in the last column: `Buffer::diff` indexes past the end of the buffer when
            // a wide character set by hand in the last cell is replaced (ours does not).
            Write::Cell(s, style, d, skip, x, y) if x + 1 < buf.area.width => {
                if let Some(cell) = buf.cell_mut((x, y)) {
                    cell.set_symbol(SYMBOLS[s]).set_style(style);
                    cell.set_diff_option(d);
                    cell.skip = skip;
                }
            }
            Write::Flags(d, skip, x, y) if x + 1 < buf.area.width => {
                if let Some(cell) = buf.cell_mut((x, y)) {
                    cell.set_diff_option(d);
                    cell.skip = skip;
                }
            }
            Write::Cell(..) | Write::Flags(..) => {}
        }
    }
}

/// Two frames that share most of their cells (a base, then a few changes each), as frames
/// from one key to the next do, and sometimes of different heights.
fn pair() -> impl Strategy<Value = (Buffer, Buffer)> {
    (
        proptest::collection::vec(write(), 0..16),
        proptest::collection::vec(write(), 0..6),
        proptest::collection::vec(write(), 0..6),
        prop_oneof![6 => Just(H), 1 => 1..H + 2],
    )
        .prop_map(|(base, a, b, h)| {
            let mut prev = Buffer::empty(Rect::new(0, 0, W, H));
            apply(&mut prev, &base);
            let mut next = prev.clone();
            next.resize(Rect::new(0, 0, W, h));
            apply(&mut prev, &a);
            apply(&mut next, &b);
            (prev, next)
        })
}

fn ours(prev: &Buffer, next: &Buffer) -> Vec<(u16, u16, Cell)> {
    changes(prev, next)
        .map(|(x, y, c)| (x, y, c.clone()))
        .collect()
}

fn ratatuis(prev: &Buffer, next: &Buffer) -> Vec<(u16, u16, Cell)> {
    prev.diff(next)
        .into_iter()
        .map(|(x, y, c)| (x, y, c.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_changes_are_those_ratatui_finds((prev, next) in pair()) {
        prop_assert_eq!(ours(&prev, &next), ratatuis(&prev, &next));
        prop_assert_eq!(ours(&next, &prev), ratatuis(&next, &prev));
    }
}

#[test]
fn narrow_symbols_are_one_column() {
    use ratatui::buffer::CellWidth;
    let mut narrow = 0;
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let s = c.to_string();
        if mentee::terminal::diff::narrow(s.as_bytes()) {
            narrow += 1;
            if s.len() == 1 {
                // One byte is one column by ratatui's own rule (it asserts, in debug
                // builds, that it is no control character).
                continue;
            }
            let mut cell = Cell::EMPTY;
            cell.set_symbol(&s);
            assert_eq!(cell.cell_width(), 1, "{c:?}");
        }
    }
    // ASCII (128) and U+2500–U+259F (160) and U+2026.
    assert_eq!(narrow, 128 + 160 + 1);
}

#[test]
fn a_frame_that_did_not_change_writes_nothing() {
    let mut buf = Buffer::empty(Rect::new(0, 0, W, H));
    buf.set_string(0, 1, "Goals 日本 ❤\u{fe0f} é", Style::new().bold());
    assert!(ours(&buf, &buf.clone()).is_empty());
}

#[test]
fn an_area_away_from_the_origin_keeps_its_coordinates() {
    let area = Rect::new(3, 2, W, H);
    let prev = Buffer::empty(area);
    let mut next = Buffer::empty(area);
    next.set_string(4, 3, "x日y", Style::new());
    assert_eq!(ours(&prev, &next), ratatuis(&prev, &next));
    assert_eq!(ours(&prev, &next)[0].0, 4);
}

/// Bytes written, readable while the backend holds the writer.
#[derive(Clone, Default)]
struct Written(Rc<RefCell<Vec<u8>>>);

impl std::io::Write for Written {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The real backend writing into memory, with a terminal size the test sets.
struct Sized {
    inner: FrameBackend<Written>,
    written: Written,
    size: Size,
}

impl Sized {
    fn new(width: u16, height: u16) -> Self {
        let written = Written::default();
        Self {
            inner: FrameBackend::new(written.clone()),
            written,
            size: Size { width, height },
        }
    }

    fn bytes(&self) -> String {
        String::from_utf8_lossy(&self.written.0.borrow()).into_owned()
    }
}

impl std::io::Write for Sized {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::Write::flush(&mut self.inner)
    }
}

impl Backend for Sized {
    type Error = std::io::Error;

    fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn append_lines(&mut self, n: u16) -> std::io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> std::io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> std::io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> std::io::Result<Position> {
        Ok(Position::ORIGIN)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> std::io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> std::io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> std::io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> std::io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> std::io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// A frame's writes, after the terminal took a new size (columns, rows) or not.
type Frame = (Option<(u16, u16)>, Vec<Write>);

/// Frames drawn one after another, some after the terminal changed size.
fn frames() -> impl Strategy<Value = Vec<Frame>> {
    proptest::collection::vec(
        (
            prop_oneof![5 => Just(None), 1 => (1..W + 3, 1..H + 2).prop_map(Some)],
            proptest::collection::vec(write(), 0..10),
        ),
        1..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_screen_writes_the_bytes_ratatuis_terminal_writes(frames in frames()) {
        let mut screen = Screen::new(Sized::new(W, H)).unwrap();
        let mut terminal = Terminal::new(Sized::new(W, H)).unwrap();
        for (resize, writes) in &frames {
            if let Some((w, h)) = *resize {
                screen.backend_mut().size = Size { width: w, height: h };
                terminal.backend_mut().size = Size { width: w, height: h };
            }
            screen.draw(|area, buf| {
                assert_eq!(area, buf.area);
                apply(buf, writes);
            }).unwrap();
            terminal.draw(|f| apply(f.buffer_mut(), writes)).unwrap();
            prop_assert_eq!(screen.backend().bytes(), terminal.backend().bytes());
        }
    }
}
