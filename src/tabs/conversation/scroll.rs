//! A block of text lines that scrolls vertically: long answers, old versions, diffs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::action::Action;
use crate::ui::text;

/// Scroll position of a text. The offset may run past the end between a key and the next
/// render; rendering clamps it.
#[derive(Clone, Debug, Default)]
pub struct Scroll {
    pub offset: usize,
    /// Rows visible at the last render.
    page: usize,
}

impl Scroll {
    /// Moves the text. Returns false for actions that are not scrolling.
    pub fn handle(&mut self, action: Action) -> bool {
        let page = self.page.saturating_sub(1).max(1);
        match action {
            Action::Up => self.offset = self.offset.saturating_sub(1),
            Action::Down => self.offset = self.offset.saturating_add(1),
            Action::PageUp => self.offset = self.offset.saturating_sub(page),
            Action::PageDown => self.offset = self.offset.saturating_add(page),
            Action::Top => self.offset = 0,
            Action::Bottom => self.offset = usize::MAX,
            _ => return false,
        }
        true
    }

    /// Clamps the offset to `total` lines shown `height` at a time.
    pub fn clamp(&mut self, total: usize, height: usize) {
        self.page = height;
        self.offset = self.offset.min(total.saturating_sub(height));
    }

    /// "5–20 of 40" when the text does not fit, for the panel's bottom border.
    #[must_use]
    pub fn position(&self, total: usize) -> Option<String> {
        if total <= self.page || self.page == 0 {
            return None;
        }
        let last = (self.offset + self.page).min(total);
        Some(format!(" {}–{last} of {total} ", self.offset + 1))
    }

    /// Draws the visible window of `lines` (call [`Scroll::clamp`] first).
    pub fn render(&self, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
        let visible: Vec<Line<'static>> = lines
            .into_iter()
            .skip(self.offset)
            .take(usize::from(area.height))
            .collect();
        text::paragraph(buf, area, visible);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolls_within_the_text() {
        let mut s = Scroll::default();
        s.clamp(30, 10);
        s.handle(Action::PageDown);
        assert_eq!(s.offset, 9);
        s.handle(Action::Bottom);
        s.clamp(30, 10);
        assert_eq!(s.offset, 20);
        assert_eq!(s.position(30).as_deref(), Some(" 21–30 of 30 "));
        s.handle(Action::Top);
        assert_eq!(s.offset, 0);
        s.clamp(5, 10);
        assert_eq!(s.position(5), None);
    }
}
