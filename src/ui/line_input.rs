//! A one-line text input that is not a field of a record: a search query, a filter.
//!
//! Unlike the app's field editor it saves nothing; the pane that owns it reads
//! [`LineInput::text`] and decides what to do. Panes that show one return true from
//! `Pane::takes_text`, so the app routes typed keys and pastes here.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// The longest query kept, in characters: a query is a few words, and a stray paste of a
/// whole document must not make every keystroke slow.
pub const MAX_QUERY_CHARS: usize = 200;

#[derive(Clone, Debug)]
pub struct LineInput {
    area: TextArea<'static>,
}

impl Default for LineInput {
    fn default() -> Self {
        Self::new("")
    }
}

impl LineInput {
    /// An empty input showing `placeholder` (dimmed) until something is typed.
    #[must_use]
    pub fn new(placeholder: &str) -> Self {
        let mut area = TextArea::default();
        area.set_wrap_mode(WrapMode::None);
        area.set_cursor_line_style(Style::new());
        area.set_placeholder_text(placeholder);
        Self { area }
    }

    /// The text typed so far.
    #[must_use]
    pub fn text(&self) -> String {
        self.area.lines().join(" ")
    }

    /// Feeds one key. Enter never starts a second line, and Tab inserts nothing (a query
    /// has no use for it). `Ctrl-u` clears the text, as it clears a field everywhere else
    /// (the text area's own `Ctrl-u` is undo). Returns whether the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        if matches!(key.code, KeyCode::Enter | KeyCode::Tab | KeyCode::BackTab) {
            return false;
        }
        if key.code == KeyCode::Char('u') && key.modifiers.contains(KeyModifiers::CONTROL) {
            let had = !self.text().is_empty();
            self.set_text("");
            return had;
        }
        let full = self.text().chars().count() >= MAX_QUERY_CHARS;
        if full && matches!(key.code, KeyCode::Char(_)) {
            return false;
        }
        self.area.input(key)
    }

    /// Inserts pasted text on the one line, cut to [`MAX_QUERY_CHARS`]. Returns whether
    /// anything had to be left out.
    pub fn paste(&mut self, text: &str) -> bool {
        let flat = text
            .split(['\n', '\r'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let room = MAX_QUERY_CHARS.saturating_sub(self.text().chars().count());
        let kept: String = flat.chars().take(room).collect();
        let cut = kept.chars().count() < flat.chars().count();
        self.area.insert_str(kept);
        cut
    }

    /// Replaces the text (e.g. to restore an earlier query), cursor at the end.
    pub fn set_text(&mut self, text: &str) {
        let placeholder = self.area.placeholder_text().to_string();
        *self = Self::new(&placeholder);
        self.paste(text);
        self.area.move_cursor(CursorMove::End);
    }

    /// Selects the whole text, so typing replaces it, Enter keeps it and the arrows edit
    /// it (a proposed value). Shown reversed: no background colour (see `theme.rs`).
    pub fn select_all(&mut self) {
        self.area
            .set_selection_style(Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
        self.area.select_all();
    }

    /// Shows the cursor (the default) or hides it, for a form of several inputs where only
    /// one has the keys.
    pub fn set_focused(&mut self, focused: bool) {
        let style = if focused {
            Style::new().add_modifier(ratatui::style::Modifier::REVERSED)
        } else {
            Style::new()
        };
        self.area.set_cursor_style(style);
    }

    /// Draws the input with its cursor on one row.
    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let row = Rect::new(area.x, area.y, area.width, area.height.min(1));
        Widget::render(&self.area, row, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn types_one_line_and_ignores_enter() {
        let mut i = LineInput::new("search");
        for c in "cv 指導".chars() {
            i.input(key(KeyCode::Char(c)));
        }
        assert!(!i.input(key(KeyCode::Enter)));
        assert!(!i.input(key(KeyCode::Tab)));
        assert_eq!(i.text(), "cv 指導");
        i.input(key(KeyCode::Backspace));
        assert_eq!(i.text(), "cv 指");
        // Ctrl-u clears the line, wherever the cursor is.
        i.input(key(KeyCode::Left));
        assert!(i.input(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
        assert_eq!(i.text(), "");
        assert!(!i.input(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
    }

    #[test]
    fn pastes_flatten_lines_and_stop_at_the_limit() {
        let mut i = LineInput::default();
        assert!(!i.paste("one\r\ntwo"));
        assert_eq!(i.text(), "one two");
        assert!(i.paste(&"x".repeat(500)));
        assert_eq!(i.text().chars().count(), MAX_QUERY_CHARS);
        assert!(!i.input(key(KeyCode::Char('y'))));
        i.set_text("fresh");
        assert_eq!(i.text(), "fresh");
        // A selected proposal is replaced by typing, and kept by moving.
        i.select_all();
        i.input(key(KeyCode::Char('x')));
        assert_eq!(i.text(), "x");
        i.set_text("/a/b.md");
        i.select_all();
        i.input(key(KeyCode::End));
        i.input(key(KeyCode::Backspace));
        assert_eq!(i.text(), "/a/b.m");
    }
}
