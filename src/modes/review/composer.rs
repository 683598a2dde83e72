//! The action item composer of the shared review (`a`): what will be done, who does it and
//! by when, agreed while both are looking — the action plan that closes a review
//! (Rolfe 2017, "Reviewing progress"). Three fields, `Tab` (or `↓`) between them; the owner
//! switches with `Space` or `← →`; the due date is typed as every date field of the app takes
//! it (`2026-12-04`, `tomorrow`, `+1w`, `friday`, or nothing).

use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::action::Action;
use crate::domain::Owner;
use crate::domain::dates::{parse_date, short_day};
use crate::keymap::{Context, first_key_in};
use crate::theme::Theme;
use crate::ui::line_input::LineInput;
use crate::ui::text;
use crate::ui::wrap::truncate;

/// Rows the composer takes under the goal.
pub(super) const HEIGHT: u16 = 3;

/// The field that has the keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Field {
    #[default]
    What,
    Owner,
    Due,
}

/// A new action item being typed.
#[derive(Clone, Debug)]
pub(super) struct Composer {
    what: LineInput,
    owner: Owner,
    due: LineInput,
    field: Field,
    /// Why the last Enter did not add it.
    error: Option<String>,
}

/// An action item ready to be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct NewAction {
    pub text: String,
    pub owner: Owner,
    pub due: Option<NaiveDate>,
}

/// What a key did to the composer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    Stay,
    Cancel,
    Add(NewAction),
}

impl Default for Composer {
    fn default() -> Self {
        let mut c = Self {
            what: LineInput::new("what will be done"),
            owner: Owner::Me,
            due: LineInput::new("+1w, friday, or none"),
            field: Field::What,
            error: None,
        };
        c.focus(Field::What);
        c
    }
}

impl Composer {
    /// The keymap contexts: the owner's keys first while it is chosen.
    pub(super) fn contexts(&self) -> Vec<Context> {
        if self.field == Field::Owner {
            vec![Context::ReviewActionOwner, Context::ReviewAction]
        } else {
            vec![Context::ReviewAction]
        }
    }

    fn focus(&mut self, field: Field) {
        self.field = field;
        self.what.set_focused(field == Field::What);
        self.due.set_focused(field == Field::Due);
    }

    pub(super) fn handle(&mut self, action: Action, today: NaiveDate) -> Outcome {
        match action {
            Action::Back => return Outcome::Cancel,
            Action::Down => self.focus(match self.field {
                Field::What => Field::Owner,
                Field::Owner => Field::Due,
                Field::Due => Field::What,
            }),
            Action::Up => self.focus(match self.field {
                Field::What => Field::Due,
                Field::Owner => Field::What,
                Field::Due => Field::Owner,
            }),
            Action::Toggle => {
                self.owner = match self.owner {
                    Owner::Me => Owner::Mentor,
                    Owner::Mentor => Owner::Me,
                };
            }
            Action::Open => return self.submit(today),
            _ => {}
        }
        Outcome::Stay
    }

    /// The item, or why it cannot be added yet (the field at fault gets the keys).
    fn submit(&mut self, today: NaiveDate) -> Outcome {
        let text = self.what.text().trim().to_string();
        if text.is_empty() {
            self.error = Some(format!(
                "Type what will be done first, or {} to cancel",
                first_key_in(Context::ReviewAction, Action::Back)
            ));
            self.focus(Field::What);
            return Outcome::Stay;
        }
        match parse_date(&self.due.text(), today) {
            Ok(due) => Outcome::Add(NewAction {
                text,
                owner: self.owner,
                due,
            }),
            Err(e) => {
                self.error = Some(format!("Due: {e}"));
                self.focus(Field::Due);
                Outcome::Stay
            }
        }
    }

    /// A key typed into the field that has the keys (the owner takes none).
    pub(super) fn type_key(&mut self, key: KeyEvent) {
        let changed = match self.field {
            Field::What => self.what.input(key),
            Field::Due => self.due.input(key),
            Field::Owner => false,
        };
        if changed {
            self.error = None;
        }
    }

    /// Pasted text, on one line. Returns whether some of it was left out.
    pub(super) fn paste(&mut self, text: &str) -> bool {
        self.error = None;
        match self.field {
            Field::What => self.what.paste(text),
            Field::Due => self.due.paste(text),
            Field::Owner => false,
        }
    }

    /// Draws the composer in `area` ([`HEIGHT`] rows).
    pub(super) fn render(&self, area: Rect, buf: &mut Buffer, today: NaiveDate, theme: &Theme) {
        if area.height < HEIGHT {
            return;
        }
        let [head, what, rest] = Layout::vertical([Constraint::Length(1); 3]).areas(area);
        let width = usize::from(area.width);
        let head_line = match &self.error {
            Some(e) => Line::from(Span::styled(truncate(e, width), theme.error)),
            None => Line::from(vec![
                Span::styled("New action item", theme.label),
                Span::styled(
                    truncate(
                        &format!(
                            " · {} adds it, {} cancels",
                            first_key_in(Context::ReviewAction, Action::Open),
                            first_key_in(Context::ReviewAction, Action::Back)
                        ),
                        width.saturating_sub(15),
                    ),
                    theme.dim,
                ),
            ]),
        };
        text::paragraph(buf, head, head_line);
        self.render_what(what, buf, theme);
        self.render_owner_and_due(rest, buf, today, theme);
    }

    fn render_what(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let [label, input] =
            Layout::horizontal([Constraint::Length(7), Constraint::Fill(1)]).areas(area);
        text::paragraph(
            buf,
            label,
            label_span("What", self.field == Field::What, theme),
        );
        self.what.render(input, buf);
    }

    fn render_owner_and_due(&self, area: Rect, buf: &mut Buffer, today: NaiveDate, theme: &Theme) {
        let said = match parse_date(&self.due.text(), today) {
            Ok(Some(d)) => Span::styled(format!(" {}", short_day(d, today)), theme.dim),
            Ok(None) => Span::raw(""),
            Err(_) => Span::styled(" not a date", theme.warn),
        };
        let [label, owner, due_label, due, preview] = Layout::horizontal([
            Constraint::Length(7),
            Constraint::Length(21),
            Constraint::Length(5),
            Constraint::Fill(1),
            Constraint::Length(u16::try_from(said.width()).unwrap_or(0)),
        ])
        .areas(area);
        let focused = self.field == Field::Owner;
        text::paragraph(buf, label, label_span("Owner", focused, theme));
        let choice = |o: Owner, text: &'static str| {
            let chosen = self.owner == o;
            let style = match (chosen, focused) {
                (true, true) => theme.selected,
                (true, false) => theme.text,
                (false, _) => theme.dim,
            };
            let mark = if chosen { "(•) " } else { "( ) " };
            Span::styled(format!("{mark}{text}"), style)
        };
        text::paragraph(
            buf,
            owner,
            Line::from(vec![
                choice(Owner::Me, "me"),
                Span::raw("  "),
                choice(Owner::Mentor, "mentor"),
            ]),
        );
        text::paragraph(
            buf,
            due_label,
            label_span("Due", self.field == Field::Due, theme),
        );
        self.due.render(due, buf);
        text::paragraph(buf, preview, said);
    }
}

fn label_span(text: &'static str, focused: bool, theme: &Theme) -> Span<'static> {
    Span::styled(text, if focused { theme.key } else { theme.label })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    fn typed(c: &mut Composer, text: &str) {
        for ch in text.chars() {
            c.type_key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE));
        }
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn what_owner_and_due_make_an_item() {
        let today = day(11, 22);
        let mut c = Composer::default();
        typed(&mut c, "Book a room");
        c.handle(Action::Down, today);
        c.handle(Action::Toggle, today);
        c.handle(Action::Down, today);
        typed(&mut c, "+1w");
        assert_eq!(
            c.handle(Action::Open, today),
            Outcome::Add(NewAction {
                text: "Book a room".into(),
                owner: Owner::Mentor,
                due: Some(day(11, 29)),
            })
        );
    }

    #[test]
    fn a_bad_date_or_no_text_keeps_it_open_with_the_reason() {
        let today = day(11, 22);
        let mut c = Composer::default();
        assert_eq!(c.handle(Action::Open, today), Outcome::Stay);
        assert!(c.error.as_deref().unwrap().contains("Type what"));
        typed(&mut c, "Book a room");
        assert_eq!(c.error, None, "typing clears the message");
        c.handle(Action::Up, today);
        assert_eq!(c.field, Field::Due);
        typed(&mut c, "soon");
        assert_eq!(c.handle(Action::Open, today), Outcome::Stay);
        assert!(c.error.as_deref().unwrap().contains("YYYY-MM-DD"));
        assert_eq!(c.field, Field::Due);
        // The owner takes no typing; Esc cancels.
        c.handle(Action::Up, today);
        typed(&mut c, "xyz");
        assert_eq!(c.what.text(), "Book a room");
        assert_eq!(c.handle(Action::Back, today), Outcome::Cancel);
    }
}
