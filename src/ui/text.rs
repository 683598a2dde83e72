//! Writing text into the buffer, as ratatui writes it, with a fast path for plain ASCII.
//!
//! ratatui splits every string it writes into grapheme clusters (Unicode's user-perceived
//! characters) and measures each one: a third of a frame's instructions on a list screen
//! went there. A printable ASCII character followed by another (or by nothing) is always a
//! cluster of its own, one column wide, so such characters are set directly; anything else
//! (a letter with an accent, a wide character, an emoji, a control character) goes through
//! the same segmentation and measure as ratatui's, from a point where a cluster starts. The
//! cells written — symbols, styles, what is left out — are those of
//! [`Buffer::set_stringn`], [`Buffer::set_line`] and a one-line [`Paragraph`]
//! (the property tests below compare them on random strings and widths).
//!
//! [`Paragraph`]: ratatui::widgets::Paragraph

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use unicode_segmentation::UnicodeSegmentation;

/// Whether `b` is a printable ASCII character (a space to a tilde).
const fn printable(b: u8) -> bool {
    matches!(b, 0x20..=0x7e)
}

/// Whether the byte at `i` of `s` is a cluster of its own: printable ASCII, and so is the
/// byte after it (or there is none). An ASCII character may be joined only by what follows
/// it (a combining mark), and nothing ASCII joins it.
fn alone(s: &[u8], i: usize) -> bool {
    printable(s[i]) && s.get(i + 1).is_none_or(|&b| printable(b))
}

/// How clusters are written: as [`Buffer::set_stringn`] does (the columns a wide one hides
/// are reset, and the first that does not fit ends the text) or as a [`Paragraph`] line does
/// (nothing reset; a cluster wider than the whole line is skipped).
///
/// [`Paragraph`]: ratatui::widgets::Paragraph
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rule {
    SetString,
    Paragraph { line_width: u16 },
}

/// Writes `s` at (`x`, `y`) in `style`, `room` columns at most; returns where it ended, the
/// room left, and whether a cluster did not fit (which ends a Paragraph's line).
fn write(
    buf: &mut Buffer,
    (mut x, y): (u16, u16),
    s: &str,
    mut room: u16,
    style: Style,
    rule: Rule,
) -> (u16, u16, bool) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if alone(bytes, i) {
            if room == 0 {
                return (x, room, true);
            }
            // The run of plain characters that fits, its cells found once.
            let mut at = buf.index_of(x, y);
            while i < bytes.len() && room > 0 && alone(bytes, i) {
                buf.content[at].set_symbol(&s[i..=i]).set_style(style);
                at += 1;
                room -= 1;
                x += 1;
                i += 1;
            }
            continue;
        }
        // Clusters through Unicode's rules until a plain character stands alone again.
        // `i` starts a cluster: it is the start of the text or follows a plain character.
        let rest = &s[i..];
        let mut resume = bytes.len();
        for (at, g) in rest.grapheme_indices(true) {
            if alone(bytes, i + at) {
                resume = i + at;
                break;
            }
            if g.contains(char::is_control) {
                continue;
            }
            let w = g.cell_width();
            match rule {
                Rule::SetString => {
                    if w == 0 {
                        continue;
                    }
                    let Some(left) = room.checked_sub(w) else {
                        return (x, room, true);
                    };
                    room = left;
                    buf[(x, y)].set_symbol(g).set_style(style);
                    let next = x + w;
                    x += 1;
                    while x < next {
                        buf[(x, y)].reset();
                        x += 1;
                    }
                }
                Rule::Paragraph { line_width } => {
                    if w > line_width {
                        continue;
                    }
                    if w > room {
                        return (x, room, true);
                    }
                    room -= w;
                    if w > 0 {
                        buf[(x, y)].set_symbol(g).set_style(style);
                        x += w;
                    }
                }
            }
        }
        i = resume;
    }
    (x, room, false)
}

/// [`Buffer::set_stringn`], with the fast path (see the module comment).
pub fn set_stringn(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    s: &str,
    max_width: usize,
    style: Style,
) -> (u16, u16) {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x < area.left() {
        // Outside the buffer: whatever ratatui does (it panics when there is text to write).
        return buf.set_stringn(x, y, s, max_width, style);
    }
    let max_width = u16::try_from(max_width).unwrap_or(u16::MAX);
    let room = area.right().saturating_sub(x).min(max_width);
    (write(buf, (x, y), s, room, style, Rule::SetString).0, y)
}

/// [`Buffer::set_string`], with the fast path.
pub fn set_string(buf: &mut Buffer, x: u16, y: u16, s: &str, style: Style) {
    set_stringn(buf, x, y, s, usize::MAX, style);
}

/// [`Buffer::set_line`], with the fast path.
pub fn set_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, max_width: u16) -> (u16, u16) {
    let mut remaining = max_width;
    let mut x = x;
    for span in line {
        if remaining == 0 {
            break;
        }
        let pos = set_stringn(
            buf,
            x,
            y,
            span.content.as_ref(),
            usize::from(remaining),
            line.style.patch(span.style),
        );
        let w = pos.0.saturating_sub(x);
        x = pos.0;
        remaining = remaining.saturating_sub(w);
    }
    (x, y)
}

/// What `Paragraph::new(text).render(area, buf)` draws (no wrapping, no scrolling).
pub fn paragraph<'a>(buf: &mut Buffer, area: Rect, text: impl Into<Text<'a>>) {
    let text = text.into();
    if text.alignment.is_some() || text.style != Style::default() {
        ratatui::widgets::Widget::render(ratatui::widgets::Paragraph::new(text), area, buf);
        return;
    }
    lines(buf, area, &text.lines);
}

/// What `Paragraph::new(line).render(area, buf)` draws (no wrapping, no scrolling): the
/// line in the top row of `area`, cut at its right edge.
pub fn line(buf: &mut Buffer, area: Rect, line: &Line<'_>) {
    lines(buf, area, std::slice::from_ref(line));
}

/// What `Paragraph::new(lines).render(area, buf)` draws (no wrapping, no scrolling): one
/// line per row of `area`, each cut at its right edge.
pub fn lines(buf: &mut Buffer, area: Rect, lines: &[Line<'_>]) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    for (row, line) in lines.iter().take(usize::from(area.height)).enumerate() {
        let y = area.y + u16::try_from(row).unwrap_or(u16::MAX);
        if !matches!(line.alignment, None | Some(Alignment::Left)) {
            // Placed by its width: ratatui's own widget.
            let row = Rect::new(area.x, y, area.width, 1);
            ratatui::widgets::Widget::render(
                ratatui::widgets::Paragraph::new(line.clone()),
                row,
                buf,
            );
            continue;
        }
        let mut x = area.x;
        let mut room = area.width;
        for span in line {
            let style = Style::default().patch(line.style).patch(span.style);
            let rule = Rule::Paragraph {
                line_width: area.width,
            };
            let (to, left, stopped) = write(buf, (x, y), span.content.as_ref(), room, style, rule);
            x = to;
            room = left;
            if stopped {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::{Paragraph, Widget};

    use super::*;

    /// Pieces of text of every kind: plain ASCII, accents precomposed and combining, wide
    /// characters, emoji (with VS16, ZWJ sequences, flags), control characters, zero-width
    /// characters, the symbols the screens draw, and a Prepend character that joins the one
    /// after it.
    const PIECES: &[&str] = &[
        "a",
        "Goal ",
        "  ",
        "x",
        "~",
        " ",
        "é",
        "e\u{301}",
        "a\u{308}\u{301}",
        "日本",
        "…",
        "·",
        "█",
        "░",
        "▸ ",
        "—",
        "😀",
        "❤\u{fe0f}",
        "👩\u{200d}💻",
        "🇫🇷",
        "\t",
        "\n",
        "\r\n",
        "\u{1b}",
        "\u{200b}",
        "\u{200d}",
        "\u{0600}1",
        "ｶﾞ",
        "\u{7f}",
        "z\u{200d}",
    ];

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(0..PIECES.len(), 0..12)
            .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
    }

    fn style() -> impl Strategy<Value = Style> {
        (0u8..4, 0u16..4).prop_map(|(c, m)| {
            let s = Style::new().add_modifier(Modifier::from_bits_truncate(m));
            match c {
                0 => s,
                1 => s.fg(Color::Red),
                2 => s.bg(Color::Blue),
                _ => s.fg(Color::Indexed(7)).remove_modifier(Modifier::BOLD),
            }
        })
    }

    /// A buffer with something in it already, so that what is (not) overwritten shows.
    fn canvas() -> Buffer {
        let mut buf = Buffer::empty(Rect::new(2, 1, 14, 3));
        for y in 1..4 {
            buf.set_string(2, y, "0123456789ABCD", Style::new().fg(Color::Green));
        }
        buf
    }

    fn spans() -> impl Strategy<Value = Vec<(String, Style)>> {
        proptest::collection::vec((text(), style()), 0..4)
    }

    fn line_of(spans: &[(String, Style)], style: Style) -> Line<'static> {
        Line::from(
            spans
                .iter()
                .map(|(t, s)| Span::styled(t.clone(), *s))
                .collect::<Vec<_>>(),
        )
        .style(style)
    }

    proptest! {
        #[test]
        fn set_stringn_writes_what_ratatui_writes(
            s in text(), x in 0u16..18, y in 1u16..4, width in 0usize..20, st in style(),
        ) {
            let mut theirs = canvas();
            let a = theirs.set_stringn(x.max(2), y, &s, width, st);
            let mut ours = canvas();
            let b = set_stringn(&mut ours, x.max(2), y, &s, width, st);
            prop_assert_eq!(a, b);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn set_line_writes_what_ratatui_writes(
            spans in spans(), x in 2u16..18, y in 1u16..4, width in 0u16..20, st in style(),
        ) {
            let line = line_of(&spans, st);
            let mut theirs = canvas();
            let a = theirs.set_line(x, y, &line, width);
            let mut ours = canvas();
            let b = set_line(&mut ours, x, y, &line, width);
            prop_assert_eq!(a, b);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn lines_draw_what_a_paragraph_draws(
            rows in proptest::collection::vec((spans(), style(), 0u8..4), 0..4),
            x in 0u16..18, y in 0u16..5, w in 0u16..16, h in 0u16..4,
        ) {
            let lines: Vec<Line<'static>> = rows
                .iter()
                .map(|(spans, st, a)| {
                    let line = line_of(spans, *st);
                    match a {
                        1 => line.centered(),
                        2 => line.right_aligned(),
                        3 => line.left_aligned(),
                        _ => line,
                    }
                })
                .collect();
            let area = Rect::new(x, y, w, h);
            let mut theirs = canvas();
            Paragraph::new(lines.clone()).render(area, &mut theirs);
            let mut ours = canvas();
            super::lines(&mut ours, area, &lines);
            prop_assert_eq!(&ours, &theirs);
            let mut ours = canvas();
            paragraph(&mut ours, area, lines);
            prop_assert_eq!(ours, theirs);
        }
    }
}
