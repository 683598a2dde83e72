//! Writing the journey out of mentee (and reading it back): the JSON export, and text
//! renderings with no terminal types, so the app's previews and the Markdown export write the
//! same words. What the shared-only exports leave out is `Journey::shared_only`.

pub mod agenda;
pub mod file;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod summary;
pub mod worksheet;

/// Escapes the characters that would change Markdown formatting inside user text: those of
/// CommonMark, and those pandoc's Markdown adds (`~` sub- and strikeout, `^` superscript,
/// `$` maths, and `@` starting a citation), and a `&` that could start an entity. Escaping any ASCII punctuation is valid Markdown,
/// so the text reads the same in every renderer.
#[must_use]
pub fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let special = matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '^' | '$'
        );
        // `@name` is a citation for pandoc; `ana@example.org` is not.
        let citation = c == '@' && !prev.is_some_and(char::is_alphanumeric);
        // `&copy;` or `&#169;` would turn into the character it names.
        let entity = c == '&'
            && chars
                .peek()
                .is_some_and(|n| n.is_alphanumeric() || *n == '#');
        if special || citation || entity {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
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
        assert_eq!(
            escape_md("H~2~O, x^2^, $5, @ana, ana@example.org"),
            "H\\~2\\~O, x\\^2\\^, \\$5, \\@ana, ana@example.org"
        );
        assert_eq!(escape_md("R&D, &copy; & more"), "R\\&D, \\&copy; & more");
    }

    #[test]
    fn one_line_collapses_whitespace() {
        assert_eq!(one_line("  two\n lines\tand  more "), "two lines and more");
        assert_eq!(one_line(""), "");
    }
}
