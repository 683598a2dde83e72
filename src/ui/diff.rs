//! A word diff of two versions of an answer, drawn as wrapped lines: removed words as
//! `[-old-]`, added words as `{+new+}`, each in its own style, so the change reads the same
//! with and without colour.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::domain::diff::{WordRun, word_diff};
use crate::theme::Theme;

/// The marks around removed and added words.
pub const REMOVED: (&str, &str) = ("[-", "-]");
pub const ADDED: (&str, &str) = ("{+", "+}");

/// The diff of `old` and `new`, wrapped to `width` columns. An empty text gives no lines.
#[must_use]
pub fn word_diff_lines(old: &str, new: &str, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    runs_lines(word_diff(old, new), theme, width)
}

/// Word runs (a diff, or an excerpt of one) drawn as [`word_diff_lines`] draws a diff.
#[must_use]
pub fn runs_lines<'a>(
    runs: impl IntoIterator<Item = WordRun<'a>>,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let runs: Vec<WordRun<'a>> = runs.into_iter().collect();
    let mut pieces: Vec<(&str, Style)> = Vec::new();
    for &run in &runs {
        let (marks, style) = match run {
            WordRun::Equal(t) => {
                pieces.push((t, theme.text));
                continue;
            }
            WordRun::Removed(_) => (REMOVED, theme.removed),
            WordRun::Added(_) => (ADDED, theme.added),
        };
        // The marks go around the words; spaces and line breaks at either end of the run
        // stay outside, so "three {+four+}" rather than "three{+ four+}".
        let t = run.text();
        let core = t.trim_matches(char::is_whitespace);
        if core.is_empty() {
            pieces.extend([(marks.0, style), (t, style), (marks.1, style)]);
            continue;
        }
        let lead = t.len() - t.trim_start_matches(char::is_whitespace).len();
        let tail = &t[lead + core.len()..];
        pieces.extend([
            (&t[..lead], style),
            (marks.0, style),
            (core, style),
            (marks.1, style),
            (tail, style),
        ]);
    }
    wrap_pieces(&pieces, width.max(1))
}

/// Styled text split at line breaks and wrapped between words, as [`crate::ui::wrap::wrap`]
/// does for plain text: a word may change style midway (`word[-s-]`) and still moves to the
/// next row whole; words longer than the width are broken; spaces at a break are dropped.
fn wrap_pieces(pieces: &[(&str, Style)], width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut row = Row::default();
    let mut word: Vec<(&str, Style)> = Vec::new();
    for &(text, style) in pieces {
        for (k, part) in text.split('\n').enumerate() {
            if k > 0 {
                row.place(&std::mem::take(&mut word), width, &mut out);
                out.push(row.finish());
            }
            for token in crate::ui::wrap::split_keep_spaces(part) {
                if token == " " {
                    row.place(&std::mem::take(&mut word), width, &mut out);
                    row.place(&[(token, style)], width, &mut out);
                } else {
                    word.push((token, style));
                }
            }
        }
    }
    row.place(&word, width, &mut out);
    if !pieces.is_empty() {
        out.push(row.finish());
    }
    out
}

/// One row being filled.
#[derive(Default)]
struct Row {
    spans: Vec<Span<'static>>,
    width: usize,
}

impl Row {
    /// Adds `word` (pieces of one word, or one space) where it fits, starting a new row
    /// first if it does not.
    fn place(&mut self, word: &[(&str, Style)], width: usize, out: &mut Vec<Line<'static>>) {
        let w: usize = word.iter().map(|(t, _)| t.width()).sum();
        if word.is_empty() {
            return;
        }
        if self.width + w <= width {
            for &(t, style) in word {
                self.push(t, style, t.width());
            }
            return;
        }
        if word[0].0 == " " {
            // A space at the break point: end the row here.
            out.push(self.finish());
            return;
        }
        if self.width > 0 {
            out.push(self.finish());
        }
        for &(t, style) in word {
            for c in t.chars() {
                let cw = c.width().unwrap_or(0);
                if self.width + cw > width && self.width > 0 {
                    out.push(self.finish());
                }
                let mut buf = [0; 4];
                self.push(c.encode_utf8(&mut buf), style, cw);
            }
        }
    }

    fn push(&mut self, text: &str, style: Style, w: usize) {
        match self.spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(text),
            _ => self.spans.push(Span::styled(text.to_string(), style)),
        }
        self.width += w;
    }

    /// The row without trailing spaces, and a fresh row.
    fn finish(&mut self) -> Line<'static> {
        let mut spans = std::mem::take(&mut self.spans);
        while let Some(last) = spans.last_mut() {
            let trimmed = last.content.trim_end_matches(' ').len();
            if trimmed > 0 {
                last.content.to_mut().truncate(trimmed);
                break;
            }
            spans.pop();
        }
        self.width = 0;
        Line::from(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    fn theme() -> Theme {
        Theme::mono()
    }

    #[test]
    fn marks_the_changed_words_only() {
        let d = word_diff_lines(
            "Good at it; less sure I love it.",
            "Good at it; more sure I love it.",
            &theme(),
            80,
        );
        assert_eq!(
            plain(&d),
            vec!["Good at it; [-less-]{+more+} sure I love it."]
        );
    }

    #[test]
    fn keeps_line_breaks_and_wraps_between_words() {
        let d = word_diff_lines("one two\nthree", "one 2\nthree four", &theme(), 12);
        assert_eq!(plain(&d), vec!["one", "[-two-]{+2+}", "three", "{+four+}"]);
    }

    #[test]
    fn a_long_word_is_broken_and_styles_stay_apart() {
        let t = theme();
        let d = word_diff_lines("", "abcdefghij", &t, 6);
        assert_eq!(plain(&d), vec!["{+abcd", "efghij", "+}"]);
        assert!(d.iter().flat_map(|l| &l.spans).all(|s| s.style == t.added));
        let d = word_diff_lines("x y", "x z", &t, 80);
        assert_eq!(d[0].spans.len(), 3, "{:?}", d[0]);
    }

    #[test]
    fn spaces_and_line_breaks_at_the_ends_of_a_change_stay_outside_the_marks() {
        let d = word_diff_lines("a\nb", "a\nb\n\nnew para", &theme(), 80);
        assert_eq!(plain(&d), vec!["a", "b", "", "{+new para+}"]);
        let d = word_diff_lines("the very old", "the old", &theme(), 80);
        assert_eq!(plain(&d), vec!["the [-very-] old"]);
        let d = word_diff_lines("the old", "the very old", &theme(), 80);
        assert_eq!(plain(&d), vec!["the {+very+} old"]);
        let d = word_diff_lines("a b", "a  b", &theme(), 80);
        assert_eq!(plain(&d), vec!["a[- -]{+  +}b"]);
    }

    #[test]
    fn empty_texts_give_no_lines() {
        assert!(word_diff_lines("", "", &theme(), 10).is_empty());
    }

    #[test]
    fn fits_the_width() {
        let old = "Ward nurse, five years in.\nGood at it; less sure I love it.";
        let new = "Ward nurse, six years in.\n\nGood at it; sure I love it. Talking to educators.";
        for w in 1..40 {
            for l in word_diff_lines(old, new, &theme(), w) {
                assert!(l.width() <= w, "{w}: {l:?}");
            }
        }
    }
}
