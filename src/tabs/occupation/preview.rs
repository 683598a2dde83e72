//! The preview: the worksheet as the sentences the mentee shares with their mentor, drawn
//! from `export::worksheet` so it says exactly what the Markdown export writes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::OccupationPane;
use crate::export::worksheet::worksheet_paragraphs;
use crate::theme::Theme;
use crate::ui::text;
use crate::ui::{panel, scroll_marks};
use crate::view::View;

/// Clauses after the first are indented by this much, and so is every wrapped line.
const INDENT: usize = 2;

pub(super) fn render(
    pane: &mut OccupationPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let block = panel(
        "Preview — the worksheet to share with your mentor",
        true,
        theme,
    );
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width < 10 {
        return;
    }
    let lines = preview_lines(view, theme, usize::from(inner.width));
    let height = usize::from(inner.height);
    pane.preview_page = height.saturating_sub(1).max(1);
    pane.preview_scroll = pane.preview_scroll.min(lines.len().saturating_sub(height));
    let more = (
        pane.preview_scroll > 0,
        pane.preview_scroll + height < lines.len(),
    );
    let visible: Vec<Line<'static>> = lines
        .into_iter()
        .skip(pane.preview_scroll)
        .take(height)
        .collect();
    text::paragraph(buf, inner, visible);
    scroll_marks(area, buf, more, theme);
}

/// The preview's lines at `width`: each group one sentence, a clause a line, the mentee's
/// own words set apart from the printed stems; unanswered stems end in a dim "…".
fn preview_lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for p in worksheet_paragraphs(view.journey) {
        if !out.is_empty() {
            out.push(Line::default());
        }
        for (i, clause) in p.clauses.iter().enumerate() {
            let mut pieces: Vec<(String, Style)> = Vec::new();
            if i == 0 {
                pieces.push((format!("{} ", p.opening()), theme.text));
            }
            pieces.push((format!("{} ", clause.stem), theme.text));
            match &clause.answer {
                Some(answer) => pieces.push((answer.clone(), theme.label)),
                None => pieces.push(("…".to_string(), theme.hint)),
            }
            pieces.push((p.punctuation(i).to_string(), theme.text));
            let first_indent = if i == 0 { 0 } else { INDENT };
            out.extend(wrap_styled(&pieces, width, first_indent, INDENT));
        }
    }
    let private = crate::method::method()
        .worksheet
        .stems
        .iter()
        .filter(|s| view.journey.private_answers.contains(&s.ideal_key()))
        .count();
    if private > 0 {
        out.push(Line::default());
        let what = if private == 1 {
            "1 private ideal is".to_string()
        } else {
            format!("{private} private ideals are")
        };
        out.push(Line::from(Span::styled(
            format!("{what} included here; the shared screen leaves it out."),
            theme.dim,
        )));
    }
    out
}

/// Wraps styled pieces of text into lines of at most `width` columns, breaking between
/// words (long words are broken anywhere), with the given indents.
fn wrap_styled(
    pieces: &[(String, Style)],
    width: usize,
    first_indent: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = vec![Span::raw(" ".repeat(first_indent))];
    let mut used = first_indent;
    let limit = width.max(indent + 1);
    let new_line =
        |spans: &mut Vec<Span<'static>>, used: &mut usize, lines: &mut Vec<Line<'static>>| {
            lines.push(Line::from(std::mem::take(spans)));
            spans.push(Span::raw(" ".repeat(indent)));
            *used = indent;
        };
    for (text, style) in pieces {
        for word in split_words(text) {
            let w = word.width();
            if used + w <= limit {
                spans.push(Span::styled(word.to_string(), *style));
                used += w;
                continue;
            }
            if word == " " {
                new_line(&mut spans, &mut used, &mut lines);
                continue;
            }
            if used > indent {
                new_line(&mut spans, &mut used, &mut lines);
            }
            let mut chunk = String::new();
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > limit && used > indent {
                    spans.push(Span::styled(std::mem::take(&mut chunk), *style));
                    new_line(&mut spans, &mut used, &mut lines);
                }
                chunk.push(c);
                used += cw;
            }
            spans.push(Span::styled(chunk, *style));
        }
    }
    lines.push(Line::from(spans));
    lines
}

/// Words and the single spaces between them.
fn split_words(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let end = if rest.starts_with(' ') {
            1
        } else {
            rest.find(' ').unwrap_or(rest.len())
        };
        let (head, tail) = rest.split_at(end);
        out.push(head);
        rest = tail;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn wraps_words_with_a_hanging_indent_and_keeps_styles() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let pieces = vec![
            ("I work with people who ".to_string(), Style::new()),
            ("share what they know".to_string(), bold),
        ];
        let lines = wrap_styled(&pieces, 20, 0, 2);
        assert_eq!(
            text(&lines),
            ["I work with people ", "  who share what ", "  they know"]
        );
        assert!(
            lines[2]
                .spans
                .iter()
                .any(|s| s.style == bold && s.content == "know")
        );
        for l in text(&wrap_styled(
            &[("日本語日本語日本語".into(), Style::new())],
            8,
            2,
            2,
        )) {
            assert!(l.width() <= 8, "{l}");
        }
    }
}
