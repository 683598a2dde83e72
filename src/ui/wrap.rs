//! Word wrapping by display width (CJK and emoji take two columns).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` into lines no wider than `width` columns. Words longer than the width are
/// broken; explicit newlines are kept; an empty text gives no lines.
#[must_use]
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    if text.is_empty() {
        return out;
    }
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in split_keep_spaces(para) {
            let w = word.width();
            if line_w + w <= width {
                line.push_str(word);
                line_w += w;
                continue;
            }
            if word.trim().is_empty() {
                // A space at the break point: end the line here.
                out.push(std::mem::take(&mut line));
                line_w = 0;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line).trim_end().to_string());
                line_w = 0;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if line_w + cw > width && !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                line.push(c);
                line_w += cw;
            }
        }
        out.push(line.trim_end().to_string());
    }
    out
}

/// Splits into runs of non-spaces and single spaces, so breaks happen between words.
fn split_keep_spaces(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = if rest.starts_with(' ') {
            1
        } else {
            rest.find(' ').unwrap_or(rest.len())
        };
        let (head, tail) = rest.split_at(end);
        rest = tail;
        Some(head)
    })
}

/// Cuts `s` to at most `width` columns, ending with '…' when it was cut.
#[must_use]
pub fn truncate(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The first line of a text, for one-line summaries.
#[must_use]
pub fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_on_words_and_keeps_newlines() {
        assert_eq!(wrap("aaa bbb ccc", 7), vec!["aaa bbb", "ccc"]);
        assert_eq!(wrap("one\ntwo", 10), vec!["one", "two"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert!(wrap("", 5).is_empty());
    }

    #[test]
    fn wide_characters_count_double() {
        let lines = wrap("日本語日本語", 6);
        assert_eq!(lines, vec!["日本語", "日本語"]);
        for l in wrap("🎉🎉🎉 tea", 4) {
            assert!(l.width() <= 4, "{l}");
        }
    }

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("hi", 6), "hi");
        assert_eq!(truncate("日本語", 4), "日…");
    }
}
