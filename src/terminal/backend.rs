//! The backend mentee draws through: crossterm's, with the frame's changed cells written
//! into one byte buffer and handed to the terminal in one write.
//!
//! `CrosstermBackend::draw` queues every cell as crossterm commands, and crossterm writes
//! each command through `core::fmt` (a cursor move is a `write!` of two numbers, a cell a
//! `write!("{}", symbol)`): about half of a frame's instructions after the diff on a list
//! that moved one row. Here the two commands that come once per cell or per run of cells —
//! the cursor move and the symbol — are written as bytes; colours and modifiers, which
//! change far less often, still go through crossterm's own commands (so `NO_COLOR` and
//! every colour form stay as crossterm writes them). The bytes are the same as
//! `CrosstermBackend`'s, command for command (`tests/logic/backend.rs` checks it on random
//! frames, and that a terminal shows the same screen).

use std::io::{self, Write};

use crossterm::queue;
use crossterm::style::{
    Attribute as CAttribute, Color as CColor, Colors as CColors, SetAttribute, SetBackgroundColor,
    SetColors, SetForegroundColor, SetUnderlineColor,
};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// crossterm's backend with a leaner [`Backend::draw`] (see the module comment).
pub struct FrameBackend<W: Write> {
    inner: CrosstermBackend<W>,
    /// The frame being written, kept between frames for its capacity.
    bytes: Vec<u8>,
}

impl<W: Write> FrameBackend<W> {
    /// A backend writing to `writer`.
    pub fn new(writer: W) -> Self {
        Self {
            inner: CrosstermBackend::new(writer),
            bytes: Vec::with_capacity(16 * 1024),
        }
    }
}

impl<W: Write> Write for FrameBackend<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Write::flush(&mut self.inner)
    }
}

/// `ESC [ row ; col H`, as crossterm's `MoveTo` writes it (1-based).
fn move_to(out: &mut Vec<u8>, x: u16, y: u16) {
    out.extend_from_slice(b"\x1b[");
    decimal(out, u32::from(y) + 1);
    out.push(b';');
    decimal(out, u32::from(x) + 1);
    out.push(b'H');
}

/// A number in decimal, as `write!("{}")` writes it.
fn decimal(out: &mut Vec<u8>, n: u32) {
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        // A digit: below 10, so the cast cannot truncate.
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// The crossterm colour a ratatui colour is drawn as (ratatui-crossterm's mapping).
fn crossterm_color(color: Color) -> CColor {
    match color {
        Color::Reset => CColor::Reset,
        Color::Black => CColor::Black,
        Color::Red => CColor::DarkRed,
        Color::Green => CColor::DarkGreen,
        Color::Yellow => CColor::DarkYellow,
        Color::Blue => CColor::DarkBlue,
        Color::Magenta => CColor::DarkMagenta,
        Color::Cyan => CColor::DarkCyan,
        Color::Gray => CColor::Grey,
        Color::DarkGray => CColor::DarkGrey,
        Color::LightRed => CColor::Red,
        Color::LightGreen => CColor::Green,
        Color::LightBlue => CColor::Blue,
        Color::LightYellow => CColor::Yellow,
        Color::LightMagenta => CColor::Magenta,
        Color::LightCyan => CColor::Cyan,
        Color::White => CColor::White,
        Color::Indexed(i) => CColor::AnsiValue(i),
        Color::Rgb(r, g, b) => CColor::Rgb { r, g, b },
    }
}

/// The attributes that take a modifier away and then add the new ones, in the order and
/// form ratatui-crossterm's `ModifierDiff` queues them.
fn modifier_diff(out: &mut Vec<u8>, from: Modifier, to: Modifier) -> io::Result<()> {
    let removed = from - to;
    if removed.contains(Modifier::REVERSED) {
        queue!(out, SetAttribute(CAttribute::NoReverse))?;
    }
    let reset_intensity = removed.contains(Modifier::BOLD) || removed.contains(Modifier::DIM);
    if reset_intensity {
        // Bold and dim are both reset by normal intensity; what is left is set again.
        queue!(out, SetAttribute(CAttribute::NormalIntensity))?;
        if to.contains(Modifier::DIM) {
            queue!(out, SetAttribute(CAttribute::Dim))?;
        }
        if to.contains(Modifier::BOLD) {
            queue!(out, SetAttribute(CAttribute::Bold))?;
        }
    }
    for (m, attribute) in [
        (Modifier::ITALIC, CAttribute::NoItalic),
        (Modifier::UNDERLINED, CAttribute::NoUnderline),
        (Modifier::CROSSED_OUT, CAttribute::NotCrossedOut),
        (Modifier::HIDDEN, CAttribute::NoHidden),
    ] {
        if removed.contains(m) {
            queue!(out, SetAttribute(attribute))?;
        }
    }
    if removed.contains(Modifier::SLOW_BLINK) || removed.contains(Modifier::RAPID_BLINK) {
        queue!(out, SetAttribute(CAttribute::NoBlink))?;
    }
    let added = to - from;
    for (m, attribute, unless_reset) in [
        (Modifier::REVERSED, CAttribute::Reverse, false),
        (Modifier::BOLD, CAttribute::Bold, true),
        (Modifier::ITALIC, CAttribute::Italic, false),
        (Modifier::UNDERLINED, CAttribute::Underlined, false),
        (Modifier::DIM, CAttribute::Dim, true),
        (Modifier::CROSSED_OUT, CAttribute::CrossedOut, false),
        (Modifier::HIDDEN, CAttribute::Hidden, false),
        (Modifier::SLOW_BLINK, CAttribute::SlowBlink, false),
        (Modifier::RAPID_BLINK, CAttribute::RapidBlink, false),
    ] {
        if added.contains(m) && !(unless_reset && reset_intensity) {
            queue!(out, SetAttribute(attribute))?;
        }
    }
    Ok(())
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    /// The changed cells, as `CrosstermBackend::draw` writes them, in one write.
    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let out = &mut self.bytes;
        out.clear();
        let mut fg = Color::Reset;
        let mut bg = Color::Reset;
        let mut underline_color = Color::Reset;
        let mut modifier = Modifier::empty();
        let mut last: Option<Position> = None;
        for (x, y, cell) in content {
            if !matches!(last, Some(p) if x == p.x + 1 && y == p.y) {
                move_to(out, x, y);
            }
            last = Some(Position { x, y });
            if cell.modifier != modifier {
                modifier_diff(out, modifier, cell.modifier)?;
                modifier = cell.modifier;
            }
            if cell.fg != fg || cell.bg != bg {
                queue!(
                    out,
                    SetColors(CColors::new(
                        crossterm_color(cell.fg),
                        crossterm_color(cell.bg)
                    ))
                )?;
                fg = cell.fg;
                bg = cell.bg;
            }
            if cell.underline_color != underline_color {
                queue!(
                    out,
                    SetUnderlineColor(crossterm_color(cell.underline_color))
                )?;
                underline_color = cell.underline_color;
            }
            out.extend_from_slice(cell.symbol().as_bytes());
        }
        queue!(
            out,
            SetForegroundColor(CColor::Reset),
            SetBackgroundColor(CColor::Reset),
            SetUnderlineColor(CColor::Reset),
            SetAttribute(CAttribute::Reset),
        )?;
        self.inner.write_all(out)
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}
