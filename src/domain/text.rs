//! Control characters in user text. A note may hold newlines and tabs; anything else below
//! U+0020, DEL, and the C1 range U+0080–U+009F would be read by a terminal as a command
//! (ESC c resets it, CSI sequences move the cursor or rewrite the title) or hidden in a
//! Markdown file. So nothing stores them (typing cannot, a paste and the editor's text are
//! cleaned, an import with them is refused), and everything written to a terminal or a
//! Markdown file goes through [`clean`].

use std::borrow::Cow;

/// Largest text a field accepts (per paste and in total, and in an import), so a stray paste
/// of a huge file cannot freeze the app. Larger pastes are refused with a message; nothing
/// is cut.
pub const MAX_FIELD_BYTES: usize = 512 * 1024;

/// Whether `c` is a control character mentee does not keep (all but newline and tab).
#[must_use]
pub fn is_unwanted(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` with `\r\n` and a lone `\r` turned into newlines and every other control
/// character except newline and tab removed. Borrowed when nothing changes.
#[must_use]
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unwanted) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c if is_unwanted(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The first control character mentee does not keep, if any.
#[must_use]
pub fn first_unwanted(text: &str) -> Option<char> {
    text.chars().find(|c| is_unwanted(*c))
}

/// The noun that goes with `n`: `one` for 1 (or -1: "1 day ago"), `many` otherwise
/// ("0 milestones").
#[must_use]
pub fn plural<'a, N: TryInto<i64>>(n: N, one: &'a str, many: &'a str) -> &'a str {
    if n.try_into().is_ok_and(|n: i64| n.abs() == 1) {
        one
    } else {
        many
    }
}

/// `n` and the noun that goes with it: "1 milestone", "3 milestones", "0 reviews". Every
/// count a user reads says it this way, never "milestone(s)".
#[must_use]
pub fn count<N: TryInto<i64> + std::fmt::Display + Copy>(n: N, one: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_says_one_thing_or_many() {
        assert_eq!(count(1_usize, "milestone", "milestones"), "1 milestone");
        assert_eq!(count(0_usize, "review", "reviews"), "0 reviews");
        assert_eq!(count(3_u8, "match", "matches"), "3 matches");
        assert_eq!(plural(-1_i64, "day", "days"), "day");
    }

    #[test]
    fn every_c0_and_c1_control_but_newline_and_tab_goes() {
        let all: String = (0u32..0x20)
            .chain(0x7f..0xa0)
            .filter_map(char::from_u32)
            .collect();
        assert_eq!(clean(&format!("a{all}b")), "a\t\n\nb");
        assert_eq!(clean("one\r\ntwo\rthree"), "one\ntwo\nthree");
        assert!(matches!(clean("plain — 日本 🎉\n\tok"), Cow::Borrowed(_)));
        assert_eq!(first_unwanted("ok\x1bc"), Some('\x1b'));
        assert_eq!(first_unwanted("ok\u{9b}"), Some('\u{9b}'));
        assert_eq!(first_unwanted("ok\n\t"), None);
    }
}
