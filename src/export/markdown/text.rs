//! User text inside the Markdown export: escaped so that nothing the mentee typed changes the
//! document's structure, while what they meant by their own layout survives — line breaks
//! stay line breaks, blank lines separate paragraphs, and lists typed as `- item`, `* item`,
//! `• item` or `1. item` stay lists.

use crate::export::{escape_md, one_line};

/// User text on one line (titles, list items): whitespace collapsed, specials escaped.
#[must_use]
pub fn inline(text: &str) -> String {
    escape_md(&one_line(text))
}

/// User text for a heading: as [`inline`], and a `{` escaped too, since pandoc reads a
/// heading's trailing `{…}` as attributes.
#[must_use]
pub fn heading(text: &str) -> String {
    inline(text).replace('{', "\\{")
}

/// What a line of the block is, to know what must separate it from the next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Start,
    Blank,
    Paragraph,
    /// A list item, at this nesting level.
    Item(usize),
}

/// User text as Markdown blocks, without a trailing newline ("" for blank text).
///
/// Each line break the user typed is kept (a hard break), blank lines separate paragraphs,
/// and lines typed as list items become list items (indented ones nested). Every other line
/// is escaped, including what would start a heading, a quote, a list, a rule or code.
#[must_use]
pub fn block(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<String> = Vec::new();
    let mut prev = Kind::Start;
    for raw in text.trim().split('\n') {
        let content = raw.trim();
        if content.is_empty() {
            if prev != Kind::Blank {
                out.push(String::new());
            }
            prev = Kind::Blank;
            continue;
        }
        let indent = indent_width(raw);
        if let Some((marker, rest)) = list_item(content) {
            let level = match prev {
                Kind::Item(l) => (indent / 2).min(l + 1).min(3),
                _ => 0,
            };
            if prev == Kind::Paragraph {
                // A list cannot interrupt a paragraph (pandoc): it needs a blank line.
                out.push(String::new());
            }
            out.push(format!("{}{marker} {}", "    ".repeat(level), inline(rest)));
            prev = Kind::Item(level);
            continue;
        }
        match prev {
            // An indented line under an item continues it, on a line of its own.
            Kind::Item(level) if indent > 0 => {
                hard_break(&mut out);
                let pad = "    ".repeat(level);
                out.push(format!("{pad}  {}", line_start(inline(content))));
                continue;
            }
            Kind::Item(_) => out.push(String::new()),
            Kind::Paragraph => hard_break(&mut out),
            Kind::Start | Kind::Blank => {}
        }
        out.push(line_start(inline(content)));
        prev = Kind::Paragraph;
    }
    out.join("\n")
}

/// A label in bold before user text: on the same line when the text starts with a
/// paragraph, else above it. Blank text gives just the label.
#[must_use]
pub fn labelled(label: &str, text: &str) -> String {
    let body = block(text);
    let starts_with_list = body
        .lines()
        .next()
        .is_some_and(|l| l.starts_with("- ") || l.starts_with(|c: char| c.is_ascii_digit()));
    if body.is_empty() {
        format!("**{label}**")
    } else if starts_with_list {
        format!("**{label}**\n\n{body}")
    } else {
        format!("**{label}** {body}")
    }
}

/// Ends the last line with a hard line break (a backslash, which every renderer reads).
fn hard_break(out: &mut [String]) {
    if let Some(last) = out.last_mut() {
        last.push('\\');
    }
}

/// Columns of leading whitespace (a tab counts four).
fn indent_width(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// The text after a list marker: after at least one space, and not blank.
fn rest_after(after: &str) -> Option<&str> {
    let rest = after.strip_prefix([' ', '\t'])?.trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// A line typed as a list item: its Markdown marker and the rest of the line.
fn list_item(line: &str) -> Option<(String, &str)> {
    for bullet in ['-', '*', '+', '•', '◦', '‣', '–'] {
        if let Some(rest) = line.strip_prefix(bullet).and_then(rest_after) {
            return Some(("-".to_string(), rest));
        }
    }
    // A year ("2026. A good year") is a sentence, not the 2026th item of a list.
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = line[digits..]
            .strip_prefix(['.', ')'])
            .and_then(rest_after)?;
        return Some((format!("{}.", &line[..digits]), rest));
    }
    None
}

/// Escapes what would make an (already escaped) line start a block of its own: a rule or
/// setext underline (`---`, `===`), a list (`+ x`, `1.`, `a)`, `(iv)`), a definition (`:`).
fn line_start(line: String) -> String {
    let lead = line
        .chars()
        .take_while(|c| matches!(c, '-' | '+' | '=' | ':'))
        .count();
    if lead > 0 {
        let escaped: String = line[..lead].chars().flat_map(|c| ['\\', c]).collect();
        return format!("{escaped}{}", &line[lead..]);
    }
    let paren = line.starts_with('(');
    let start = usize::from(paren);
    let word_len = line[start..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .count();
    if word_len == 0 || word_len > 9 {
        return line;
    }
    let word = &line[start..start + word_len];
    let numeric = word.chars().all(|c| c.is_ascii_digit());
    let lettered = word.len() == 1 || word.chars().all(|c| "ivxlcdmIVXLCDM".contains(c));
    let rest = &line[start + word_len..];
    let punct = if paren { &[')'][..] } else { &['.', ')'][..] };
    match rest.strip_prefix(punct) {
        Some(after)
            if (numeric || lettered) && (after.is_empty() || after.starts_with([' ', '\t'])) =>
        {
            let open = if paren { "\\(" } else { "" };
            format!("{open}{word}\\{}{after}", &rest[..1])
        }
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_breaks_and_paragraphs_their_blank_line() {
        assert_eq!(block("one\ntwo\n\n\n three "), "one\\\ntwo\n\nthree");
        assert_eq!(block("  \n "), "");
        assert_eq!(block("a\r\nb"), "a\\\nb");
    }

    #[test]
    fn typed_lists_stay_lists() {
        assert_eq!(
            block("Plan:\n- first\n* second\n  • nested\nAfter"),
            "Plan:\n\n- first\n- second\n    - nested\n\nAfter"
        );
        assert_eq!(block("1. one\n2) two"), "1. one\n2. two");
        // An item's indented next line continues it.
        assert_eq!(block("- item\n  more"), "- item\\\n  more");
        // A first item cannot be nested under nothing (it would become code).
        assert_eq!(block("    - deep"), "- deep");
    }

    #[test]
    fn block_starts_are_escaped() {
        assert_eq!(block("# not a heading"), "\\# not a heading");
        assert_eq!(block("> not a quote"), "\\> not a quote");
        assert_eq!(block("---"), "\\-\\-\\-");
        assert_eq!(block("text\n==="), "text\\\n\\=\\=\\=");
        assert_eq!(block("2026. A year"), "2026\\. A year");
        assert_eq!(block("a) option"), "a\\) option");
        assert_eq!(block("(iv) fourth"), "\\(iv\\) fourth");
        assert_eq!(block("    code?"), "code?");
        assert_eq!(block("1.5 hours"), "1.5 hours");
        assert_eq!(block("-"), "\\-");
    }

    #[test]
    fn inline_text_is_one_escaped_line() {
        assert_eq!(inline("a *b*\n c"), "a \\*b\\* c");
        assert_eq!(heading("Title {.class}"), "Title \\{.class}");
        assert_eq!(labelled("Me:", "x\ny"), "**Me:** x\\\ny");
        assert_eq!(labelled("Me:", "- x"), "**Me:**\n\n- x");
        assert_eq!(labelled("Me:", ""), "**Me:**");
    }
}
