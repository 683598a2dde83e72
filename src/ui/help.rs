//! The help overlay (`?`): every key, generated from the keymap, the keys of what is
//! underneath first. Like lazygit's `?` menu, `Enter` on a row runs that key when it applies
//! underneath (rows that do not are dimmed).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::keymap::{self, Context, Hint};
use crate::theme::Theme;
use crate::ui::text;
use crate::ui::wrap::truncate;
use crate::ui::{dialog, panel, scroll_marks};

/// One row of the help.
#[derive(Clone, Debug)]
enum Row {
    Blank,
    Heading(Context),
    Keys(Hint),
}

/// What a key did in the help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Close,
    /// Close the help and carry out this action underneath.
    Run(Action),
}

/// The open help: its rows, which one is selected, and the contexts underneath.
#[derive(Clone, Debug)]
pub struct HelpView {
    rows: Vec<Row>,
    /// The contexts of what is underneath, most specific first.
    under: Vec<Context>,
    /// The selected row (always a row of keys).
    selected: usize,
    offset: usize,
    /// Rows shown at the last render (a page).
    page: usize,
    /// A word about the last `Enter` that could not run.
    note: Option<String>,
}

impl HelpView {
    /// The help for what is underneath (`under`: its keymap contexts).
    #[must_use]
    pub fn open(under: Vec<Context>) -> Self {
        let mut rows = Vec::new();
        for (ctx, hints) in keymap::help_sections(&under) {
            if !rows.is_empty() {
                rows.push(Row::Blank);
            }
            rows.push(Row::Heading(ctx));
            rows.extend(hints.into_iter().map(Row::Keys));
        }
        let selected = rows
            .iter()
            .position(|r| matches!(r, Row::Keys(_)))
            .unwrap_or(0);
        Self {
            rows,
            under,
            selected,
            offset: 0,
            page: 10,
            note: None,
        }
    }

    /// Whether a row's keys work underneath.
    fn applies(&self, hint: &Hint) -> bool {
        hint.context().is_some_and(|c| self.under.contains(&c))
    }

    /// The selected row's keys.
    fn hint(&self) -> Option<&Hint> {
        match self.rows.get(self.selected) {
            Some(Row::Keys(h)) => Some(h),
            _ => None,
        }
    }

    /// Moves the selection by `delta` rows of keys.
    fn step(&mut self, delta: isize) {
        let keys: Vec<usize> = (0..self.rows.len())
            .filter(|i| matches!(self.rows[*i], Row::Keys(_)))
            .collect();
        let Some(at) = keys.iter().position(|i| *i == self.selected) else {
            return;
        };
        let last = isize::try_from(keys.len()).unwrap_or(1) - 1;
        let to = (isize::try_from(at).unwrap_or(0) + delta).clamp(0, last.max(0));
        self.selected = keys[usize::try_from(to).unwrap_or(0)];
    }

    /// Acts on an action while the help is open.
    pub fn handle(&mut self, action: Action) -> Outcome {
        let page = isize::try_from(self.page.max(1)).unwrap_or(10);
        self.note = None;
        match action {
            Action::Back => return Outcome::Close,
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::PageUp => self.step(-page),
            Action::PageDown => self.step(page),
            Action::Top => self.step(-isize::MAX / 2),
            Action::Bottom => self.step(isize::MAX / 2),
            Action::Open => {
                let Some(hint) = self.hint() else {
                    return Outcome::Stay;
                };
                let Some(b) = hint.bindings.first() else {
                    return Outcome::Stay;
                };
                if self.applies(hint) {
                    return Outcome::Run(b.action);
                }
                self.note = Some(format!("This key works in “{}”", b.context.title()));
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// One row as a line, `width` columns wide.
    fn line(&self, i: usize, width: usize, theme: &Theme) -> Line<'static> {
        match &self.rows[i] {
            Row::Blank => Line::default(),
            Row::Heading(ctx) => {
                let now = if self.under.contains(ctx) {
                    " (now)"
                } else {
                    ""
                };
                Line::from(Span::styled(
                    truncate(&format!("{}{now}", ctx.title()), width),
                    theme.heading,
                ))
            }
            Row::Keys(hint) => {
                let keys = hint.all_keys();
                let pad = 18usize.saturating_sub(keys.width()).max(2);
                let text_w = width.saturating_sub(2 + keys.width() + pad);
                let (key_style, text_style) = if self.applies(hint) {
                    (theme.key, theme.text)
                } else {
                    (theme.dim, theme.dim)
                };
                let mut line = Line::from(vec![
                    Span::raw("  "),
                    Span::styled(keys, key_style),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(truncate(hint.help(), text_w), text_style),
                ]);
                if i == self.selected {
                    line = line.style(theme.selected);
                }
                line
            }
        }
    }

    /// Draws the help over `area` (the body), in its own cleared, bordered box.
    pub fn render(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let rect = dialog(area, buf, 84, area.height);
        let block = panel("Keys", true, theme);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.height < 2 || inner.width < 10 {
            return;
        }
        // The last row says why an Enter did not run, when one did not.
        let note_h = usize::from(self.note.is_some());
        let list_h = usize::from(inner.height) - note_h;
        self.page = list_h;
        if self.selected < self.offset {
            self.offset = self.selected.saturating_sub(1);
        } else if self.selected >= self.offset + list_h {
            self.offset = self.selected + 1 - list_h;
        }
        let width = usize::from(inner.width);
        for (row, i) in (self.offset..self.rows.len()).take(list_h).enumerate() {
            let y = inner.y + u16::try_from(row).unwrap_or(0);
            text::paragraph(
                buf,
                Rect::new(inner.x, y, inner.width, 1),
                self.line(i, width, theme),
            );
        }
        let more = (self.offset > 0, self.offset + list_h < self.rows.len());
        scroll_marks(rect, buf, more, theme);
        if let Some(note) = &self.note {
            let line = Line::from(Span::styled(truncate(note, width), theme.warn));
            text::paragraph(
                buf,
                Rect::new(inner.x, inner.bottom() - 1, inner.width, 1),
                line,
            );
        }
    }
}
