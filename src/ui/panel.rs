//! A bordered box with a title: what ratatui's `Block` draws for mentee's panels (all
//! borders, rounded, a cell of padding each side, a title at the top left, titles at the
//! bottom right), written straight into the buffer's cells.
//!
//! `Block::render` first applies its style to every cell of its area (mentee's panels have
//! none, so nothing changes) and then sets each border cell through `Buffer`'s indexing:
//! about a tenth of a frame that moved a list by one row. The borders here are set in the
//! same order with the same symbols and style; the titles are drawn by ratatui's own `Line`
//! where `Block` would place them. `tests/logic/panel.rs` checks it draws what `Block`
//! draws, over any content and in any area.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Padding, Widget};

/// See the module comment.
#[derive(Clone, Debug)]
pub struct Panel<'a> {
    title: Span<'a>,
    border: Style,
    /// Titles on the bottom border, in the order given.
    bottom: Vec<Line<'a>>,
}

impl<'a> Panel<'a> {
    /// A panel with `title` (already spaced and styled) and borders in `border`.
    #[must_use]
    pub const fn new(title: Span<'a>, border: Style) -> Self {
        Self {
            title,
            border,
            bottom: Vec::new(),
        }
    }

    /// A title on the bottom border (as `Block::title_bottom`).
    #[must_use]
    pub fn title_bottom(mut self, title: impl Into<Line<'a>>) -> Self {
        self.bottom.push(title.into());
        self
    }

    /// The ratatui `Block` this panel draws as.
    #[must_use]
    pub fn block(&self) -> Block<'a> {
        let mut block = Block::default()
            .borders(Borders::ALL)
            .padding(Padding::horizontal(1))
            .border_type(BorderType::Rounded)
            .border_style(self.border)
            .title(self.title.clone());
        for line in &self.bottom {
            block = block.title_bottom(line.clone());
        }
        block
    }

    /// The area inside the borders and padding (as `Block::inner`).
    #[must_use]
    pub fn inner(&self, area: Rect) -> Rect {
        self.block().inner(area)
    }

    /// Sets the border cells, as `Block` does: the sides (left, top, right, bottom), then
    /// the corners (bottom right, top right, bottom left, top left).
    fn borders(&self, area: Rect, buf: &mut Buffer) {
        let set = border::ROUNDED;
        let (left, top) = (area.left(), area.top());
        let (right, bottom) = (area.right() - 1, area.bottom() - 1);
        let width = usize::from(buf.area.width);
        let (x0, y0) = (buf.area.x, buf.area.y);
        let style = self.border;
        let mut put = |x: u16, y: u16, symbol: &str| {
            let i = usize::from(y - y0) * width + usize::from(x - x0);
            buf.content[i].set_symbol(symbol).set_style(style);
        };
        for y in top..=bottom {
            put(left, y, set.vertical_left);
        }
        for x in left..=right {
            put(x, top, set.horizontal_top);
        }
        for y in top..=bottom {
            put(right, y, set.vertical_right);
        }
        for x in left..=right {
            put(x, bottom, set.horizontal_bottom);
        }
        put(right, bottom, set.bottom_right);
        put(right, top, set.top_right);
        put(left, bottom, set.bottom_left);
        put(left, top, set.top_left);
    }

    /// The titles, where `Block` puts them: the top one from the left, inside the corners;
    /// the bottom ones from the right, a space apart, the last given rightmost.
    fn titles(&self, area: Rect, buf: &mut Buffer) {
        let row = |y| Rect {
            x: area.left().saturating_add(1),
            y,
            width: area.width.saturating_sub(2),
            height: 1,
        };
        let top = row(area.top());
        if !top.is_empty() {
            let line = Line::from(self.title.clone());
            let width = line_width(&line);
            Widget::render(
                &line,
                Rect {
                    width: width.min(top.width),
                    ..top
                },
                buf,
            );
        }
        let mut titles = row(area.bottom() - 1);
        for line in self.bottom.iter().rev() {
            if titles.is_empty() {
                break;
            }
            let width = line_width(line);
            let at = Rect {
                x: titles.right().saturating_sub(width).max(titles.left()),
                width: width.min(titles.width),
                ..titles
            };
            Widget::render(line, at, buf);
            titles.width = titles.width.saturating_sub(width).saturating_sub(1);
        }
    }
}

/// A title's width, as `Block` measures it.
fn line_width(line: &Line<'_>) -> u16 {
    u16::try_from(line.width()).unwrap_or(u16::MAX)
}

impl Widget for &Panel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        if self
            .bottom
            .iter()
            .any(|l| l.alignment != Some(Alignment::Right))
        {
            // Bottom titles placed otherwise: `Block`'s own layout.
            Widget::render(self.block(), area, buf);
            return;
        }
        self.borders(area, buf);
        self.titles(area, buf);
    }
}

impl Widget for Panel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Widget::render(&self, area, buf);
    }
}
