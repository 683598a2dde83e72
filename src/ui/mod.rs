//! Shared widgets: tab bar, footer, help overlay, confirm dialog, the too-small message.

pub mod agenda_row;
pub mod cells;
pub mod diff;
pub mod export_prompt;
pub mod form;
pub mod help;
pub mod highlight;
pub mod line_input;
pub mod list;
pub mod panel;
pub mod progress;
pub mod search;
pub mod text;
pub mod wrap;

pub use panel::Panel;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::keymap::{self, Context};
use crate::tab::Tab;
use crate::theme::Theme;

/// The smallest terminal the layout supports; below it a plain message is shown instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Where each tab title sits in the tab bar of the given width: `(tab, x, width, text)`.
#[must_use]
pub fn tab_positions(width: u16) -> Vec<(Tab, u16, u16, String)> {
    let full: usize = 1 + Tab::iter().map(|t| tab_name(t).width() + 2).sum::<usize>() - 2;
    let use_full = usize::from(width) >= full;
    let mut x: u16 = 1;
    Tab::iter()
        .map(|t| {
            let title = if use_full { t.title() } else { t.short_title() };
            let text = format!("{} {title}", tab_key(t));
            let w = u16::try_from(text.width()).unwrap_or(0);
            let out = (t, x, w, text);
            x = x.saturating_add(w + 2);
            out
        })
        .collect()
}

/// The key that shows a tab ("5"), from the keymap.
#[must_use]
pub fn tab_key(tab: Tab) -> String {
    keymap::first_key_in(Context::Tabs, Action::GoTab(tab))
}

/// A tab as screens name it: its key, then its title ("5 Journal"), as in the tab bar.
#[must_use]
pub fn tab_name(tab: Tab) -> String {
    format!("{} {}", tab_key(tab), tab.title())
}

/// The tab under column `x` of the tab bar.
#[must_use]
pub fn tab_at(width: u16, x: u16) -> Option<Tab> {
    tab_positions(width)
        .into_iter()
        .find(|(_, start, w, _)| x >= *start && x < start + w)
        .map(|(t, ..)| t)
}

/// Draws the tab bar on one row (no tab active while Prepare or the review is shown).
pub fn render_tabs(area: Rect, buf: &mut Buffer, active: Option<Tab>, theme: &Theme) {
    for (tab, x, w, text) in tab_positions(area.width) {
        if x >= area.right() {
            break;
        }
        let style = if Some(tab) == active {
            theme.tab_active
        } else {
            theme.tab
        };
        let w = w.min(area.right() - x);
        text::set_stringn(buf, x, area.y, &text, usize::from(w), style);
    }
}

/// The footer: the keys that do something here, most specific first. The help key keeps
/// its place at the right end, so it is never cut off. Its line is made from the keymap
/// when the contexts, the width or the styles change, and kept for the frames after (it
/// was about a tenth of a frame that moved a list by one row).
#[derive(Default)]
pub struct Footer {
    kept: Option<KeptFooter>,
}

/// A footer line and what it was made for.
struct KeptFooter {
    stack: Vec<Context>,
    width: u16,
    key: Style,
    dim: Style,
    line: Line<'static>,
}

impl Footer {
    /// Draws the footer for the contexts in `stack`.
    pub fn render(&mut self, area: Rect, buf: &mut Buffer, stack: &[Context], theme: &Theme) {
        let fresh = self.kept.as_ref().is_some_and(|k| {
            k.width == area.width && k.stack == stack && k.key == theme.key && k.dim == theme.dim
        });
        if !fresh {
            self.kept = Some(KeptFooter {
                stack: stack.to_vec(),
                width: area.width,
                key: theme.key,
                dim: theme.dim,
                line: footer_line(area.width, stack, theme),
            });
        }
        if let Some(k) = &self.kept {
            text::line(buf, area, &k.line);
        }
    }
}

/// The footer's line for `width` columns (see [`Footer`]).
fn footer_line(width: u16, stack: &[Context], theme: &Theme) -> Line<'static> {
    let width = usize::from(width);
    let hints = keymap::footer(stack);
    let (help, main): (Vec<_>, Vec<_>) = hints
        .iter()
        .partition(|h| h.bindings.iter().any(|b| b.action == Action::Help));
    let (chosen, sep) = footer_fit(&main, &help, width);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for h in &chosen {
        if !spans.is_empty() {
            spans.push(Span::raw(" ".repeat(sep)));
            used += sep;
        }
        push_hint(&mut spans, h, theme);
        used += hint_width(h);
    }
    if let Some(h) = help.first() {
        let gap = width
            .saturating_sub(used + hint_width(h))
            .max(usize::from(used > 0));
        spans.push(Span::raw(" ".repeat(gap)));
        push_hint(&mut spans, h, theme);
    }
    Line::from(spans)
}

fn hint_width(h: &keymap::Hint) -> usize {
    h.short_keys().width() + 1 + h.footer_text().width()
}

/// The hints that fit in `width` columns beside the help key, and the spaces between them.
/// When all fit they are three spaces apart. Otherwise they are two apart and taken in
/// order of importance (the keymap's order) until one does not fit; the help key keeps its
/// place at the right end whatever else goes, since help lists every key.
fn footer_fit<'a>(
    main: &[&'a keymap::Hint],
    help: &[&'a keymap::Hint],
    width: usize,
) -> (Vec<&'a keymap::Hint>, usize) {
    let help_w: usize = help.iter().map(|h| hint_width(h) + 2).sum();
    let line = |hs: &[&keymap::Hint], sep: usize| {
        hs.iter().map(|h| hint_width(h)).sum::<usize>() + sep * hs.len().saturating_sub(1)
    };
    if line(main, 3) + help_w < width {
        return (main.to_vec(), 3);
    }
    let mut chosen: Vec<&keymap::Hint> = Vec::new();
    for h in main {
        chosen.push(h);
        if line(&chosen, 2) + help_w > width {
            chosen.pop();
            break;
        }
    }
    (chosen, 2)
}

fn push_hint(spans: &mut Vec<Span<'static>>, h: &keymap::Hint, theme: &Theme) {
    spans.push(Span::styled(h.short_keys(), theme.key));
    spans.push(Span::styled(format!(" {}", h.footer_text()), theme.dim));
}

/// Draws a message in its own row above the footer (it never takes the keys' place).
pub fn render_status(area: Rect, buf: &mut Buffer, text: &str, error: bool, theme: &Theme) {
    let style = if error { theme.error } else { theme.ok };
    let text = wrap::truncate(text, usize::from(area.width));
    text::paragraph(buf, area, Span::styled(text, style));
}

/// A centred rectangle of at most `w`×`h` inside `area`.
#[must_use]
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// A bordered block with a title, styled by focus.
#[must_use]
pub fn panel<'a>(title: &'a str, focused: bool, theme: &Theme) -> Panel<'a> {
    Panel::new(
        Span::styled(
            format!(" {title} "),
            if focused { theme.title } else { theme.text },
        ),
        if focused {
            theme.focus_border
        } else {
            theme.border
        },
    )
}

/// Where an overlay goes: centred in `area`, at most `w`×`h`, inside a blank margin of one
/// cell, so its border never runs into the borders beneath. The margin and the overlay are
/// cleared; the overlay's rectangle is returned for its own border.
pub fn dialog(area: Rect, buf: &mut Buffer, w: u16, h: u16) -> Rect {
    let outer = centered(area, w.saturating_add(2), h.saturating_add(2));
    Clear.render(outer, buf);
    if outer.width < 3 || outer.height < 3 {
        return outer;
    }
    Rect::new(outer.x + 1, outer.y + 1, outer.width - 2, outer.height - 2)
}

/// Marks on the right of a bordered box's top and bottom borders, saying there is more
/// above (`more.0`) or below (`more.1`) than it shows.
pub fn scroll_marks(rect: Rect, buf: &mut Buffer, more: (bool, bool), theme: &Theme) {
    let mark = |y: u16, text: &str, buf: &mut Buffer| {
        let w = u16::try_from(text.width()).unwrap_or(0);
        if rect.width > w + 4 {
            text::set_string(buf, rect.right() - w - 2, y, text, theme.key);
        }
    };
    if rect.height < 2 {
        return;
    }
    if more.0 {
        mark(rect.y, " ↑ more ", buf);
    }
    if more.1 {
        mark(rect.bottom() - 1, " ↓ more ", buf);
    }
}

/// Words for rows left out above and below a list without a border of its own ("↓ more"),
/// to put beside its heading; empty when all of it shows.
#[must_use]
pub fn more_label(more: (bool, bool)) -> &'static str {
    match more {
        (true, true) => "↑↓ more",
        (true, false) => "↑ more",
        (false, true) => "↓ more",
        (false, false) => "",
    }
}

/// A heading row, with "↓ more" at its right end when its list does not show everything.
pub fn heading_row(
    area: Rect,
    buf: &mut Buffer,
    line: Line<'static>,
    more: (bool, bool),
    theme: &Theme,
) {
    let label = more_label(more);
    let w = usize::from(area.width);
    let room = w.saturating_sub(label.width() + 1);
    text::paragraph(
        buf,
        Rect::new(area.x, area.y, u16::try_from(room).unwrap_or(0), 1),
        line,
    );
    if !label.is_empty() && w > label.width() {
        let x = area.right() - u16::try_from(label.width()).unwrap_or(0);
        text::set_string(buf, x, area.y, label, theme.key);
    }
}

/// Marks on a horizontal line drawn right below a list without a border of its own (a rule,
/// or the border of the box the list sits in): "↑ more", "↓ more" or "↑↓ more" at the
/// line's right end, where [`scroll_marks`] puts them on a box's border. `row` is the line
/// inside the box (its width the box's inner width).
pub fn rule_marks(row: Rect, more: (bool, bool), buf: &mut Buffer, theme: &Theme) {
    let label = more_label(more);
    if label.is_empty() || row.height == 0 {
        return;
    }
    let text = format!(" {label} ");
    let w = u16::try_from(text.width()).unwrap_or(u16::MAX);
    if row.width > w + 3 {
        text::set_string(buf, row.right() - w - 1, row.y, &text, theme.key);
    }
}

/// Draws a yes/no question in its own box, with the answers of its keymap context.
pub fn render_confirm(area: Rect, buf: &mut Buffer, prompt: &str, context: Context, theme: &Theme) {
    let width = (prompt.width() + 6).clamp(30, usize::from(area.width.saturating_sub(2)).min(60));
    let text_lines = wrap::wrap(prompt, width.saturating_sub(4)).len();
    let h = u16::try_from(text_lines + 4).unwrap_or(6);
    let rect = dialog(area, buf, u16::try_from(width).unwrap_or(30), h);
    let block = panel("Confirm", true, theme);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let lines = vec![
        Line::from(prompt.to_string()),
        Line::default(),
        Line::from(answers(context, theme)),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

/// The answers of a dialog, from the keymap: `y yes   n no`.
fn answers(dialog: Context, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for h in keymap::footer(&[dialog]) {
        if !spans.is_empty() {
            spans.push(Span::raw("   "));
        }
        spans.push(Span::styled(h.short_keys(), theme.key));
        spans.push(Span::raw(format!(" {}", h.footer_text())));
    }
    spans
}

/// Shown instead of the layout when the terminal is below the supported size.
pub fn render_too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = format!(
        "Terminal too small ({}x{}). mentee needs at least {MIN_WIDTH}x{MIN_HEIGHT}. Enlarge the window, or press {} to quit.",
        area.width,
        area.height,
        keymap::first_key_in(Context::Tabs, Action::Quit)
    );
    let lines = wrap::wrap(&text, usize::from(area.width.max(1)));
    let h = u16::try_from(lines.len())
        .unwrap_or(area.height)
        .min(area.height);
    let y = area.y + (area.height - h) / 2;
    Paragraph::new(text)
        .style(theme.warn)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(Rect::new(area.x, y, area.width, h), buf);
}

/// A text for an empty pane, wrapped to its width; a bullet line ("  • …") wraps with a
/// hanging indent, under its text.
pub fn render_note(area: Rect, buf: &mut Buffer, lines: Vec<Line<'static>>, style: Style) {
    const BULLET: &str = "  • ";
    let width = usize::from(area.width);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let text = line.to_string();
        match text.strip_prefix(BULLET) {
            Some(rest) if line.spans.len() == 1 && text.width() > width => {
                let style = line.spans[0].style;
                for (i, row) in wrap::wrap(rest, width.saturating_sub(4))
                    .into_iter()
                    .enumerate()
                {
                    let lead = if i == 0 { BULLET } else { "    " };
                    out.push(Line::from(Span::styled(format!("{lead}{row}"), style)));
                }
            }
            _ => out.push(line),
        }
    }
    Paragraph::new(out)
        .style(style)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
