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
pub(crate) fn split_keep_spaces(s: &str) -> impl Iterator<Item = &str> {
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
    // One pass that stops as soon as the text is known to be too wide, so a huge one-line
    // value costs no more to show than a short one.
    let mut w = 0;
    let mut cut = None;
    for (i, c) in s.char_indices() {
        let cw = c.width().unwrap_or(0);
        if cut.is_none() && w + cw + 1 > width {
            cut = Some(i);
        }
        w += cw;
        if w > width {
            // No space before the ellipsis: "referral…", not "referral …".
            let mut out = s[..cut.unwrap_or(i)].trim_end().to_string();
            if width > 0 {
                out.push('…');
            }
            return out;
        }
    }
    s.to_string()
}

/// The first wrapped rows of a text (at least `want` of them when it has them) and how many
/// rows it has in all. Only the first [`EXACT_BYTES`] are wrapped; beyond them each line of
/// text counts as one row, so a huge text costs little to preview on every frame.
#[must_use]
pub fn preview(text: &str, width: usize, want: usize) -> (Vec<String>, usize) {
    let mut rows = Vec::new();
    let mut total = 0;
    let mut bytes = 0;
    for para in text.split('\n') {
        if rows.len() < want || bytes <= EXACT_BYTES {
            let wrapped = wrap(para, width);
            total += wrapped.len().max(1);
            if rows.len() < want {
                if wrapped.is_empty() {
                    rows.push(String::new());
                }
                rows.extend(wrapped);
            }
        } else {
            total += 1;
        }
        bytes += para.len() + 1;
    }
    (rows, total)
}

/// How much of a text [`preview`] wraps to count its rows exactly.
pub const EXACT_BYTES: usize = 8 * 1024;

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
        assert_eq!(truncate("日本語", 6), "日本語");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate("abc", 1), "…");
        assert_eq!(truncate(&"x".repeat(1_000_000), 5), "xxxx…");
    }

    #[test]
    fn a_preview_shows_the_first_rows_and_counts_them_all() {
        let text = "one two three four five\n\nsix\nseven eight nine ten";
        let (rows, total) = preview(text, 10, 4);
        let all = wrap(text, 10);
        assert_eq!(total, all.len());
        assert_eq!(rows[..4], all[..4]);
        // A huge text: exact within the first 8 KiB, one row per line after that.
        let huge: Vec<String> = (0..10_000)
            .map(|i| format!("line {i} of a long text"))
            .collect();
        let (rows, total) = preview(&huge.join("\n"), 80, 4);
        assert_eq!(rows[0], "line 0 of a long text");
        assert_eq!(total, 10_000);
    }
}
