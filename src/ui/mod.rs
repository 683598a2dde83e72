//! Shared widgets: tab bar, footer, help overlay, confirm dialog, the too-small message.

pub mod editor;
pub mod export_prompt;
pub mod form;
pub mod highlight;
pub mod line_input;
pub mod list;
pub mod progress;
pub mod search;
pub mod wrap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Padding, Paragraph, Widget, Wrap};
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use crate::keymap::{self, Context};
use crate::tab::Tab;
use crate::theme::Theme;

/// The smallest terminal the layout supports; below it a plain message is shown instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Where each tab title sits in the tab bar of the given width: `(tab, x, width, text)`.
#[must_use]
pub fn tab_positions(width: u16) -> Vec<(Tab, u16, u16, String)> {
    let full: usize = 1 + Tab::iter().map(|t| t.title().width() + 4).sum::<usize>() - 2;
    let use_full = usize::from(width) >= full;
    let mut x: u16 = 1;
    Tab::iter()
        .map(|t| {
            let title = if use_full { t.title() } else { t.short_title() };
            let text = format!("{} {}", t.index() + 1, title);
            let w = u16::try_from(text.width()).unwrap_or(0);
            let out = (t, x, w, text);
            x = x.saturating_add(w + 2);
            out
        })
        .collect()
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
        buf.set_stringn(x, area.y, &text, usize::from(w), style);
    }
}

/// Draws the footer: the status message if there is one, else the keys that apply now.
pub fn render_footer(
    area: Rect,
    buf: &mut Buffer,
    stack: &[Context],
    status: Option<(&str, bool)>,
    theme: &Theme,
) {
    if let Some((text, error)) = status {
        let style = if error { theme.error } else { theme.ok };
        let text = wrap::truncate(text, usize::from(area.width));
        Paragraph::new(Span::styled(text, style)).render(area, buf);
        return;
    }
    let width = usize::from(area.width);
    let (hints, sep) = footer_fit(keymap::footer_hints(stack), width);
    let mut spans: Vec<Span<'static>> = Vec::new();
    for (i, h) in hints.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" ".repeat(sep)));
        }
        spans.push(Span::styled(h.keys, theme.key));
        spans.push(Span::styled(format!(" {}", h.text), theme.dim));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// The hints that fit in `width` columns, and the spaces between them. When all fit they
/// are kept, three spaces apart. Otherwise they are two spaces apart and taken in order of
/// importance (the keymap's order) until one does not fit, and the help key is kept last
/// whatever else goes, since help lists every key.
fn footer_fit(hints: Vec<keymap::Hint>, width: usize) -> (Vec<keymap::Hint>, usize) {
    let w = |h: &keymap::Hint| h.keys.width() + 1 + h.text.width();
    if hints.iter().map(|h| w(h) + 3).sum::<usize>() <= width {
        return (hints, 3);
    }
    let line = |hs: &[&keymap::Hint]| {
        hs.iter().map(|h| w(h)).sum::<usize>() + 2 * hs.len().saturating_sub(1)
    };
    let help = hints.iter().find(|h| h.help);
    let mut chosen: Vec<&keymap::Hint> = Vec::new();
    for h in hints.iter().filter(|h| !h.help) {
        let mut candidate = chosen.clone();
        candidate.push(h);
        candidate.extend(help);
        if line(&candidate) > width {
            break;
        }
        chosen.push(h);
    }
    let mut with_help = chosen.clone();
    with_help.extend(help);
    if line(&with_help) <= width {
        chosen = with_help;
    }
    (chosen.into_iter().cloned().collect(), 2)
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
pub fn panel<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .padding(Padding::horizontal(1))
        .border_type(BorderType::Rounded)
        .border_style(if focused {
            theme.focus_border
        } else {
            theme.border
        })
        .title(Span::styled(
            format!(" {title} "),
            if focused { theme.title } else { theme.text },
        ))
}

/// Lines of the help overlay, generated from the keymap.
#[must_use]
pub fn help_lines(stack: &[Context], theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (ctx, bindings) in keymap::help_sections(stack) {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        let active = stack.contains(&ctx);
        let mark = if active { " (now)" } else { "" };
        lines.push(Line::from(Span::styled(
            format!("{}{mark}", ctx.title()),
            theme.heading,
        )));
        for b in bindings {
            let keys = b.keys_label();
            let pad = 16usize.saturating_sub(keys.width()).max(1);
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(keys, theme.key),
                Span::raw(" ".repeat(pad)),
                Span::raw(b.help),
            ]));
        }
    }
    lines
}

/// Draws the help overlay; `scroll` is clamped to the content.
pub fn render_help(
    area: Rect,
    buf: &mut Buffer,
    stack: &[Context],
    scroll: &mut usize,
    theme: &Theme,
) {
    let lines = help_lines(stack, theme);
    let rect = centered(
        area,
        area.width.saturating_sub(2).min(84),
        area.height.saturating_sub(2),
    );
    Clear.render(rect, buf);
    let block = panel("Keys — Esc closes, ↑↓ scroll", true, theme);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    *scroll = (*scroll).min(max);
    let y = u16::try_from(*scroll).unwrap_or(u16::MAX);
    Paragraph::new(lines).scroll((y, 0)).render(inner, buf);
}

/// Draws a yes/no question, with the answers of its keymap context (`dialog`).
pub fn render_confirm(area: Rect, buf: &mut Buffer, prompt: &str, dialog: Context, theme: &Theme) {
    let width = (prompt.width() + 6).clamp(30, usize::from(area.width).min(60));
    let text_lines = wrap::wrap(prompt, width - 4).len();
    let h = u16::try_from(text_lines + 4).unwrap_or(6);
    let rect = centered(area, u16::try_from(width).unwrap_or(30), h);
    Clear.render(rect, buf);
    let block = panel("Confirm", true, theme);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let lines = vec![
        Line::from(prompt.to_string()),
        Line::default(),
        Line::from(answers(dialog, theme)),
    ];
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

/// The answers of a dialog, from the keymap: `y yes   n no`.
fn answers(dialog: Context, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for b in crate::keymap::footer(&[dialog]) {
        if !spans.is_empty() {
            spans.push(Span::raw("   "));
        }
        let key = b
            .keys
            .first()
            .map(crate::keymap::Key::label)
            .unwrap_or_default();
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::raw(format!(" {}", b.footer_text())));
    }
    spans
}

/// Shown instead of the layout when the terminal is below the supported size.
pub fn render_too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = format!(
        "Terminal too small ({}x{}). mentee needs at least {MIN_WIDTH}x{MIN_HEIGHT}. Enlarge the window, or press q to quit.",
        area.width, area.height
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

/// A text shown dimmed and centred, for empty panes.
pub fn render_note(area: Rect, buf: &mut Buffer, lines: Vec<Line<'static>>, style: Style) {
    Paragraph::new(lines)
        .style(style)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
