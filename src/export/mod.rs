//! Writing the journey out of mentee (and reading it back): the JSON export, what the
//! shared-only exports leave out, and text renderings with no terminal types, so the app's
//! previews and the Markdown export write the same words.

pub mod agenda;
pub mod json;
pub mod shared;
pub mod worksheet;

/// Escapes the characters that would change Markdown formatting inside user text.
#[must_use]
pub fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A text on one line: runs of whitespace (newlines included) become one space.
#[must_use]
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_are_escaped_and_others_kept() {
        assert_eq!(
            escape_md("C# and *stars* — 指導"),
            "C\\# and \\*stars\\* — 指導"
        );
        assert_eq!(escape_md("a_b [x](y)"), "a\\_b \\[x\\](y)");
    }

    #[test]
    fn one_line_collapses_whitespace() {
        assert_eq!(one_line("  two\n lines\tand  more "), "two lines and more");
        assert_eq!(one_line(""), "");
    }
}
