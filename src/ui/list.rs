//! A selectable, scrolling list: selection and scroll only; the items come from the pane.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;

use crate::action::Action;
use crate::theme::Theme;
use crate::ui::text;

#[derive(Clone, Debug, Default)]
pub struct ListView {
    pub selected: usize,
    offset: usize,
    /// Where the items were drawn last, for mouse clicks.
    area: Rect,
    /// Rows per page at the last render.
    page: usize,
    /// Whether items were left out above or below at the last render.
    more: (bool, bool),
}

impl ListView {
    /// Keeps the selection inside a list of `len` items.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
    }

    /// Moves the selection. Returns false for actions that are not movement.
    pub fn handle(&mut self, action: Action, len: usize) -> bool {
        let last = len.saturating_sub(1);
        let page = self.page.max(1);
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = last,
            Action::PageUp => self.selected = self.selected.saturating_sub(page),
            Action::PageDown => self.selected = (self.selected + page).min(last),
            _ => return false,
        }
        true
    }

    /// The item under a click, selecting it.
    pub fn click(&mut self, x: u16, y: u16) -> Option<usize> {
        if !self.area.contains(Position { x, y }) {
            return None;
        }
        let i = self.offset + usize::from(y - self.area.y);
        self.selected = i;
        Some(i)
    }

    /// Whether items were left out above and below at the last render (for
    /// [`crate::ui::scroll_marks`] on the list's border).
    #[must_use]
    pub fn more(&self) -> (bool, bool) {
        self.more
    }

    /// Whether a point is inside the list.
    #[must_use]
    pub fn contains(&self, x: u16, y: u16) -> bool {
        self.area.contains(Position { x, y })
    }

    /// The items a list of `len` items drawn `height` rows high shows, after scrolling to
    /// keep the selection in view: those [`ListView::render_visible`] will ask for. A pane
    /// that needs facts about its rows (counts, marks) gathers them for these first, in one
    /// pass over the journey, rather than one pass per row.
    pub fn visible_range(&mut self, len: usize, height: u16) -> std::ops::Range<usize> {
        self.clamp(len);
        let h = usize::from(height);
        if h == 0 {
            return 0..0;
        }
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + h {
            self.offset = self.selected + 1 - h;
        }
        self.offset = self.offset.min(len.saturating_sub(h));
        self.offset..len.min(self.offset + h)
    }

    /// Draws one line per item on screen, scrolled to keep the selection visible, asking
    /// `line(i)` only for those items, so a long list costs the same to draw as a short
    /// one. (There is deliberately no variant taking every line: lists grow with the
    /// journey.)
    pub fn render_visible<'a>(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        len: usize,
        mut line: impl FnMut(usize) -> Line<'a>,
        theme: &Theme,
        focused: bool,
    ) {
        self.area = area;
        self.page = usize::from(area.height);
        let h = usize::from(area.height);
        let visible = self.visible_range(len, area.height);
        self.more = (visible.start > 0, visible.end < len);
        if h == 0 {
            return;
        }
        // Clicks past the last item select nothing.
        self.area.height = u16::try_from(len.saturating_sub(self.offset).min(h)).unwrap_or(0);
        for (row, i) in visible.enumerate() {
            let y = area.y + u16::try_from(row).unwrap_or(0);
            let rect = Rect::new(area.x, y, area.width, 1);
            let style = if i == self.selected {
                if focused { theme.selected } else { theme.label }
            } else {
                theme.text
            };
            let marker = if i == self.selected { "▸ " } else { "  " };
            let mut spans = vec![ratatui::text::Span::raw(marker)];
            spans.extend(line(i).spans);
            // What a one-line `Paragraph` draws, without its wrapping machinery.
            buf.set_style(rect, style);
            text::set_line(buf, rect.x, rect.y, &Line::from(spans), rect.width);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_list_builds_only_the_rows_on_screen() {
        let mut list = ListView::default();
        let area = Rect::new(0, 0, 20, 5);
        let mut buf = Buffer::empty(area);
        list.handle(Action::Bottom, 100_000);
        let mut asked = Vec::new();
        list.render_visible(
            area,
            &mut buf,
            100_000,
            |i| {
                asked.push(i);
                Line::from(format!("item {i}"))
            },
            &Theme::mono(),
            true,
        );
        assert_eq!(asked, (99_995..100_000).collect::<Vec<_>>());
        let last: String = (0..20).map(|x| buf[(x, 4)].symbol()).collect();
        assert_eq!(last.trim_end(), "▸ item 99999");
    }
}
