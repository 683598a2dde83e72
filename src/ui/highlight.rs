//! Showing search matches: a one-line excerpt around a match, and spans with the matches
//! highlighted. Works on the byte ranges that `domain::search::find_matches` returns.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A one-line excerpt of `text` that shows the match `focus` with some text before it, at
/// most `width` columns wide. Line breaks become spaces; a cut start or end is marked with
/// `…`. Returns the excerpt and the parts of `matches` that fall inside it, as byte ranges
/// of the excerpt.
#[must_use]
pub fn excerpt(
    text: &str,
    matches: &[Range<usize>],
    focus: &Range<usize>,
    width: usize,
) -> (String, Vec<Range<usize>>) {
    let (out, inside, _) = excerpt_to(text, matches, focus, width);
    (out, inside)
}

/// A line break or tab as the excerpt shows it: a space (the same byte length, so ranges
/// stay valid).
fn flat(c: char) -> char {
    if c == '\n' || c == '\r' || c == '\t' {
        ' '
    } else {
        c
    }
}

/// [`excerpt`], and where in `text` the excerpt ends (a byte offset). Reads `text` only up
/// to the excerpt's end, so a long text costs no more than a short one when its match is
/// near the start.
#[must_use]
pub fn excerpt_to(
    text: &str,
    matches: &[Range<usize>],
    focus: &Range<usize>,
    width: usize,
) -> (String, Vec<Range<usize>>, usize) {
    let col = |c: char| flat(c).width().unwrap_or(0);
    let focus_start = focus.start.min(text.len());
    let focus_end = focus.end.clamp(focus_start, text.len());
    let mut start = 0;
    // From the beginning when the match fits that way; else from up to a third of the
    // width before the match, at the start of a word when there is one.
    let before: String = text[..focus_end].chars().map(flat).collect();
    if before.width() + 1 > width {
        let lead = width / 3;
        start = focus_start;
        let mut used = 0;
        for (i, c) in text[..focus_start].char_indices().rev() {
            if used + col(c) > lead {
                break;
            }
            used += col(c);
            start = i;
        }
        let mid_word = start > 0 && !before[..start].ends_with(' ');
        if let (true, Some(space)) = (mid_word, before[start..focus_start].find(' ')) {
            start += space + 1;
        }
        while before[start..].starts_with(' ') && start < focus_start {
            start += 1;
        }
    }
    let prefix = if start > 0 { "…" } else { "" };
    let mut out = String::from(prefix);
    let mut w = prefix.chars().count();
    let mut end = start;
    for (i, c) in text[start..].char_indices() {
        let cw = col(c);
        let last = start + i + c.len_utf8() == text.len();
        // Keep one column for the closing '…' unless this is the last char.
        let room = if last { width } else { width.saturating_sub(1) };
        if w + cw > room {
            break;
        }
        out.push(flat(c));
        w += cw;
        end = start + i + c.len_utf8();
    }
    if end < text.len() {
        out.push('…');
    }
    let shift = prefix.len();
    let inside = matches
        .iter()
        .filter(|r| r.end > start && r.start < end)
        .map(|r| (r.start.max(start) - start + shift)..(r.end.min(end) - start + shift))
        .collect();
    (out, inside, end)
}

/// `text` as spans: the byte `ranges` in `highlight`, the rest in `base`.
#[must_use]
pub fn highlighted(
    text: &str,
    ranges: &[Range<usize>],
    base: Style,
    highlight: Style,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for r in ranges {
        let (s, e) = (r.start.max(at), r.end.min(text.len()));
        if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if s > at {
            spans.push(Span::styled(text[at..s].to_string(), base));
        }
        spans.push(Span::styled(text[s..e].to_string(), highlight));
        at = e;
    }
    if at < text.len() {
        spans.push(Span::styled(text[at..].to_string(), base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::find_matches;

    fn shown(text: &str, query: &str, width: usize) -> (String, Vec<String>) {
        let m = find_matches(text, query);
        let (ex, r) = excerpt(text, &m, &m[0], width);
        let parts = r.iter().map(|r| ex[r.clone()].to_string()).collect();
        (ex, parts)
    }

    #[test]
    fn excerpts_keep_the_match_in_view() {
        let text =
            "We talked about many things.\nThen the CV, and the cv again, and more after that.";
        let (ex, parts) = shown(text, "cv", 30);
        assert!(ex.width() <= 30, "{ex}");
        assert!(ex.starts_with('…') && ex.ends_with('…'), "{ex}");
        assert_eq!(parts[0], "CV");
        assert!(!ex.contains('\n'));
        assert!(ex.starts_with("…Then"), "starts at a word: {ex}");
        let (ex, parts) = shown(
            "We talked about the CV and the conference in March.",
            "cv",
            30,
        );
        assert!(
            ex.starts_with("We talked"),
            "from the start when it fits: {ex}"
        );
        assert_eq!(parts, vec!["CV"]);
        let (ex, parts) = shown("short cv", "CV", 30);
        assert_eq!(ex, "short cv");
        assert_eq!(parts, vec!["cv"]);
    }

    #[test]
    fn wide_characters_fit_the_width() {
        let text = "日本語の文章がここに長く続いて指導という言葉が出てくる";
        let (ex, parts) = shown(text, "指導", 16);
        assert!(ex.width() <= 16, "{ex}");
        assert_eq!(parts, vec!["指導"]);
    }

    #[test]
    fn spans_alternate_between_base_and_highlight() {
        let base = Style::new();
        let hi = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let spans = highlighted("a CV b cv", &find_matches("a CV b cv", "cv"), base, hi);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, vec!["a ", "CV", " b ", "cv"]);
        assert_eq!(spans[1].style, hi);
        assert_eq!(spans[0].style, base);
    }

    /// The excerpt as it was cut from a copy of the whole text (before `excerpt_to`).
    fn excerpt_before(
        text: &str,
        matches: &[Range<usize>],
        focus: &Range<usize>,
        width: usize,
    ) -> (String, Vec<Range<usize>>) {
        // Same byte length, so the ranges stay valid.
        let flat: String = text
            .chars()
            .map(|c| {
                if c == '\n' || c == '\r' || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let col = |c: char| c.width().unwrap_or(0);
        let focus_start = focus.start.min(flat.len());
        let focus_end = focus.end.clamp(focus_start, flat.len());
        let mut start = 0;
        // From the beginning when the match fits that way; else from up to a third of the
        // width before the match, at the start of a word when there is one.
        if flat[..focus_end].width() + 1 > width {
            let lead = width / 3;
            start = focus_start;
            let mut used = 0;
            for (i, c) in flat[..focus_start].char_indices().rev() {
                if used + col(c) > lead {
                    break;
                }
                used += col(c);
                start = i;
            }
            let mid_word = start > 0 && !flat[..start].ends_with(' ');
            if let (true, Some(space)) = (mid_word, flat[start..focus_start].find(' ')) {
                start += space + 1;
            }
            while flat[start..].starts_with(' ') && start < focus_start {
                start += 1;
            }
        }
        let prefix = if start > 0 { "…" } else { "" };
        let mut out = String::from(prefix);
        let mut w = prefix.chars().count();
        let mut end = start;
        for (i, c) in flat[start..].char_indices() {
            let cw = col(c);
            let last = start + i + c.len_utf8() == flat.len();
            // Keep one column for the closing '…' unless this is the last char.
            let room = if last { width } else { width.saturating_sub(1) };
            if w + cw > room {
                break;
            }
            out.push(c);
            w += cw;
            end = start + i + c.len_utf8();
        }
        if end < flat.len() {
            out.push('…');
        }
        let shift = prefix.len();
        let inside = matches
            .iter()
            .filter(|r| r.end > start && r.start < end)
            .map(|r| (r.start.max(start) - start + shift)..(r.end.min(end) - start + shift))
            .collect();
        (out, inside)
    }

    proptest::proptest! {
        /// Reading only up to the excerpt's end cuts what copying the whole text cut.
        #[test]
        fn the_excerpt_is_cut_as_from_a_copy_of_the_whole_text(
            text in "[ab \n\t\u{0301}İiÉé指]{0,60}",
            query in "[abIi̇é指 ]{1,3}",
            width in 0..30usize,
        ) {
            let m = find_matches(&text, &query);
            if let Some(f) = m.first() {
                proptest::prop_assert_eq!(excerpt(&text, &m, f, width), excerpt_before(&text, &m, f, width));
            }
        }
    }
}
