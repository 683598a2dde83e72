//! The text editor used for every typed field: a ratatui-textarea plus what autosave needs.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::dates::{DATE_HELP, parse_date, parse_datetime};
use crate::domain::text::MAX_FIELD_BYTES;
use crate::domain::{Clock, FieldKey, Value};

/// Typing pauses this long before an edit is written to disk.
pub const AUTOSAVE_PAUSE: Duration = Duration::from_millis(700);

/// After a save fails (disk full, read-only file), autosave tries again after this long,
/// doubling up to [`RETRY_MAX`]: trying on every loop would spin the CPU and flood the log.
pub const RETRY_FIRST: Duration = Duration::from_secs(1);
pub const RETRY_MAX: Duration = Duration::from_secs(8);

/// How a typed text becomes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// One line of text.
    Line,
    /// Free text over several lines.
    Text,
    /// A calendar date.
    Date,
    /// A calendar date that cannot be left empty (a review's day).
    RequiredDate,
    /// A date with a time of day.
    DateTime,
    /// A whole number in a range.
    Number { min: i64, max: i64 },
}

impl TextKind {
    #[must_use]
    pub fn single_line(self) -> bool {
        !matches!(self, TextKind::Text)
    }

    /// A date, with or without a time of day.
    #[must_use]
    pub fn is_date(self) -> bool {
        matches!(
            self,
            TextKind::Date | TextKind::RequiredDate | TextKind::DateTime
        )
    }
}

/// An open editor on one field.
pub struct FieldEditor {
    pub key: FieldKey,
    pub kind: TextKind,
    pub label: String,
    pub area: TextArea<'static>,
    /// Changed since the last save.
    pub dirty: bool,
    pub last_change: Option<Instant>,
    /// Why the current text cannot be saved (shown under the field).
    pub error: Option<String>,
    /// The text as last saved, to restore when an invalid entry is abandoned.
    pub saved_text: String,
    /// Saves that failed in a row, and when autosave may try again.
    pub failed_saves: u32,
    pub retry_at: Option<Instant>,
}

impl FieldEditor {
    #[must_use]
    pub fn new(key: FieldKey, kind: TextKind, label: &str, text: &str, hint: &str) -> Self {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.split('\n').map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(if kind.single_line() {
            WrapMode::None
        } else {
            WrapMode::WordOrGlyph
        });
        area.set_cursor_line_style(Style::new());
        area.set_placeholder_text(hint);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Self {
            key,
            kind,
            label: label.to_string(),
            area,
            dirty: false,
            last_change: None,
            error: None,
            saved_text: text.to_string(),
            failed_saves: 0,
            retry_at: None,
        }
    }

    /// Selects the whole text, so typing replaces it and Enter keeps it (a prefilled value
    /// the user will usually change, like a new meeting's date). The selection is shown
    /// reversed: no background colour (see `theme.rs`).
    pub fn select_all(&mut self) {
        self.area
            .set_selection_style(Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
        self.area.select_all();
    }

    /// Empties the field (`Ctrl-u`); saved like any change.
    pub fn clear(&mut self) {
        if !self.text().is_empty() {
            self.set_text("");
        }
    }

    /// The current text, lines joined with `\n`.
    #[must_use]
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    fn touched(&mut self) {
        self.dirty = true;
        self.last_change = Some(Instant::now());
        self.error = None;
    }

    /// Feeds a key to the text area. Enter in a one-line field is handled by the keymap.
    pub fn input(&mut self, key: KeyEvent) {
        if self.kind.single_line() && key.code == crossterm::event::KeyCode::Enter {
            return;
        }
        let before = self.area.lines().iter().map(String::len).sum::<usize>();
        if before > MAX_FIELD_BYTES && matches!(key.code, crossterm::event::KeyCode::Char(_)) {
            self.error = Some(too_long());
            return;
        }
        if self.area.input(key) {
            self.touched();
        }
    }

    /// Types a run of characters at the cursor, as key presses would: what does not fit
    /// in the field is refused with the same message.
    pub fn type_str(&mut self, text: &str) {
        let text = if self.kind.single_line() {
            text.replace('\n', " ")
        } else {
            text.to_string()
        };
        let current: usize = self.area.lines().iter().map(String::len).sum();
        let room = MAX_FIELD_BYTES.saturating_sub(current);
        let mut cut = text.len().min(room);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if cut > 0 && self.area.insert_str(&text[..cut]) {
            self.touched();
        }
        if cut < text.len() {
            self.error = Some(too_long());
        }
    }

    /// Inserts pasted text at the cursor (bracketed paste).
    ///
    /// # Errors
    /// When the paste would make the field larger than [`MAX_FIELD_BYTES`]; nothing is
    /// inserted and the message says so.
    pub fn paste(&mut self, pasted: &str) -> Result<(), String> {
        let current: usize = self.area.lines().iter().map(String::len).sum();
        if pasted.len() + current > MAX_FIELD_BYTES {
            let msg = format!(
                "paste not inserted: {} KiB is more than this field holds ({} KiB)",
                pasted.len() / 1024,
                MAX_FIELD_BYTES / 1024
            );
            self.error = Some(msg.clone());
            return Err(msg);
        }
        let text = crate::domain::text::clean(pasted).into_owned();
        let text = if self.kind.single_line() {
            text.split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            text
        };
        if self.area.insert_str(text) {
            self.touched();
        }
        Ok(())
    }

    /// Replaces the whole text (after `$EDITOR`).
    pub fn set_text(&mut self, text: &str) {
        let text = crate::domain::text::clean(text);
        let text = if self.kind.single_line() {
            text.trim_end_matches('\n').replace('\n', " ")
        } else {
            text.trim_end_matches('\n').to_string()
        };
        let kind = self.kind;
        let mut fresh = FieldEditor::new(self.key.clone(), kind, &self.label, &text, "");
        fresh
            .area
            .set_placeholder_text(self.area.placeholder_text().to_string());
        fresh.saved_text.clone_from(&self.saved_text);
        *self = fresh;
        self.touched();
    }

    /// Whether autosave should run now.
    #[must_use]
    pub fn due(&self, now: Instant) -> bool {
        self.dirty
            && self
                .last_change
                .is_none_or(|t| now.duration_since(t) >= AUTOSAVE_PAUSE)
            && self.retry_at.is_none_or(|t| now >= t)
    }

    /// When autosave will be due, if anything is pending.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        if self.dirty {
            let pause = self.last_change.map(|t| t + AUTOSAVE_PAUSE);
            match (pause, self.retry_at) {
                (Some(p), Some(r)) => Some(p.max(r)),
                (p, r) => p.or(r),
            }
        } else {
            None
        }
    }

    /// Notes a save that failed: keep the text, say why under the field, and wait before
    /// trying again.
    pub fn save_failed(&mut self, why: &str, now: Instant) {
        let wait = RETRY_FIRST
            .saturating_mul(1 << self.failed_saves.min(8))
            .min(RETRY_MAX);
        self.failed_saves = self.failed_saves.saturating_add(1);
        self.retry_at = Some(now + wait);
        self.error = Some(format!(
            "not saved yet ({why}); your text is kept, retrying"
        ));
    }

    /// Notes a save that worked.
    pub fn saved(&mut self) {
        self.dirty = false;
        self.saved_text = self.text();
        self.failed_saves = 0;
        self.retry_at = None;
        self.error = None;
    }

    /// The value this text stands for.
    ///
    /// # Errors
    /// A one-line message when the text is not a valid value of this kind.
    pub fn value(&self, clock: &Clock) -> Result<Value, String> {
        parse_value(self.kind, &self.text(), clock.today(), clock)
    }
}

/// Turns typed text into a value of the given kind.
///
/// # Errors
/// A one-line message when the text is not valid.
pub fn parse_value(
    kind: TextKind,
    text: &str,
    today: NaiveDate,
    clock: &Clock,
) -> Result<Value, String> {
    match kind {
        TextKind::Line => Ok(Value::Text(text.trim().to_string())),
        TextKind::Text => Ok(Value::Text(text.trim_end().to_string())),
        TextKind::Date => parse_date(text, today).map(Value::Date),
        TextKind::RequiredDate => match parse_date(text, today)? {
            Some(d) => Ok(Value::Date(Some(d))),
            None => Err(format!("a date is needed: {DATE_HELP}")),
        },
        TextKind::DateTime => {
            parse_datetime(text, today).map(|t| Value::Instant(clock.from_local(t)))
        }
        TextKind::Number { min, max } => {
            let t = text.trim().trim_end_matches('%').trim();
            if t.is_empty() {
                return Ok(Value::Int(None));
            }
            match t.parse::<i64>() {
                Ok(n) if (min..=max).contains(&n) => Ok(Value::Int(Some(n))),
                _ => Err(format!(
                    "'{}' is not a whole number from {min} to {max}",
                    clip(t)
                )),
            }
        }
    }
}

fn clip(s: &str) -> String {
    s.chars().take(20).collect()
}

fn too_long() -> String {
    format!("this field is full ({} KiB)", MAX_FIELD_BYTES / 1024)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn editor(kind: TextKind) -> FieldEditor {
        FieldEditor::new(FieldKey::Setting("x".into()), kind, "X", "", "")
    }

    #[test]
    fn typing_unicode_marks_dirty() {
        let mut e = editor(TextKind::Text);
        for c in "日本語 🎉".chars() {
            e.input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        assert_eq!(e.text(), "日本語 🎉");
        assert!(e.dirty);
    }

    #[test]
    fn paste_keeps_lines_in_text_and_joins_them_in_a_line() {
        let mut e = editor(TextKind::Text);
        e.paste("one\r\ntwo\rthree").unwrap();
        assert_eq!(e.text(), "one\ntwo\nthree");
        let mut e = editor(TextKind::Line);
        e.paste("one\ntwo").unwrap();
        assert_eq!(e.text(), "one two");
    }

    #[test]
    fn huge_paste_is_refused_whole() {
        let mut e = editor(TextKind::Text);
        e.paste("keep").unwrap();
        let huge = "x".repeat(MAX_FIELD_BYTES + 1);
        let err = e.paste(&huge).unwrap_err();
        assert!(err.contains("not inserted"));
        assert_eq!(e.text(), "keep");
    }

    #[test]
    fn bad_dates_and_numbers_are_errors() {
        let clock = Clock::at_day(2026, 11, 22);
        let mut e = editor(TextKind::Date);
        e.paste("2026-13-01").unwrap();
        assert!(e.value(&clock).unwrap_err().contains("not a date"));
        let mut e = editor(TextKind::RequiredDate);
        e.paste("  ").unwrap();
        assert!(e.value(&clock).unwrap_err().contains("a date is needed"));
        e.paste("today").unwrap();
        assert_eq!(e.value(&clock), Ok(Value::Date(Some(clock.today()))));
        let mut e = editor(TextKind::Number { min: 0, max: 100 });
        e.paste("120").unwrap();
        assert!(e.value(&clock).is_err());
    }

    #[test]
    fn autosave_waits_for_a_pause() {
        let mut e = editor(TextKind::Text);
        e.input(KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE));
        let t = e.last_change.unwrap();
        assert!(!e.due(t));
        assert!(e.due(t + AUTOSAVE_PAUSE));
    }
}
