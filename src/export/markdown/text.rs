//! User text inside the Markdown export: escaped so that nothing the mentee typed changes the
//! document's structure, while what they meant by their own layout survives.
//!
//! The rule (checked by parsing the export: tests/logic/export_markdown.rs):
//! - in a text of several lines ([`block`]), each line break stays a line break, blank lines
//!   separate paragraphs, and a line typed as a list item stays a list item: after any
//!   indentation, one of `-` `*` `+` `•` `◦` `‣` `–`, or 1 to 3 digits and `.` or `)`, then
//!   a space or tab and some text. Indentation nests items (two columns a level);
//! - everything else is text: every other line of such a text, the text of a kept item (so
//!   `- 2026. A good year` is one item reading "2026. A good year"), and every one-line text
//!   ([`inline`]: names, titles, places, milestones, action items, questions), wherever it
//!   lands — at the start of a list item or in the YAML title, which pandoc reads as
//!   Markdown too.

use crate::export::{escape_md, one_line};

/// User text on one line (titles, list items): whitespace collapsed, specials escaped, and
/// a start that would open a block (`2026. `, `- `, `===`) escaped too, since the text may
/// land at the start of a line or of a list item.
#[must_use]
pub fn inline(text: &str) -> String {
    line_start(escape_md(&one_line(text)))
}

/// User text for a heading: as [`inline`], and `{` `}` escaped too, since pandoc reads a
/// heading's trailing `{…}` as attributes (and pulldown-cmark does even when only the `{`
/// is escaped).
#[must_use]
pub fn heading(text: &str) -> String {
    inline(text).replace('{', "\\{").replace('}', "\\}")
}

/// What a line of the block is, to know what must separate it from the next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Start,
    Blank,
    Paragraph,
    /// A list item at this nesting level, ordered or not.
    Item {
        level: usize,
        ordered: bool,
    },
}

/// User text as Markdown blocks, without a trailing newline ("" for blank text).
///
/// Each line break the user typed is kept (a hard break), blank lines separate paragraphs,
/// and lines typed as list items become list items (indented ones nested). Every other line
/// is escaped, including what would start a heading, a quote, a list, a rule or code.
#[must_use]
pub fn block(text: &str) -> String {
    blocks(text).0
}

/// [`block`], and whether it starts with a list item.
fn blocks(text: &str) -> (String, bool) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<String> = Vec::new();
    let mut prev = Kind::Start;
    // Where the marker (`pads`) and the text (`columns`) of the open item at each level
    // start, so that a nested item or a continuation line is indented to fit under it.
    let mut columns: Vec<usize> = Vec::new();
    let mut pads: Vec<usize> = Vec::new();
    let mut starts_with_item = false;
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
            starts_with_item |= prev == Kind::Start;
            let ordered = marker != "-";
            let level = match prev {
                Kind::Item { level: l, .. } => (indent / 2).min(l + 1).min(3),
                _ => 0,
            };
            let continues = prev == Kind::Item { level, ordered };
            let first = marker.trim_end_matches('.').parse::<u32>() == Ok(1);
            // A list cannot interrupt a paragraph (pandoc), nor can an ordered one that
            // starts at another number than 1 (CommonMark): those need a blank line.
            let after_item = matches!(prev, Kind::Item { .. });
            if prev == Kind::Paragraph || (ordered && !first && after_item && !continues) {
                out.push(String::new());
            }
            columns.truncate(level);
            // Nested items go four columns in (as pandoc's older readers want), or to the
            // text of the item above when its marker is wider ("100. ").
            let pad = match (columns.last(), pads.get(level.wrapping_sub(1))) {
                (Some(&column), Some(&above)) => column.max(above + 4),
                _ => 0,
            };
            pads.truncate(level);
            pads.push(pad);
            columns.push(pad + marker.len() + 1);
            out.push(format!("{}{marker} {}", " ".repeat(pad), inline(rest)));
            prev = Kind::Item { level, ordered };
            continue;
        }
        match prev {
            // An indented line under an item continues it, on a line of its own.
            Kind::Item { level, .. } if indent > 0 => {
                hard_break(&mut out);
                let pad = " ".repeat(columns.get(level).copied().unwrap_or(0));
                out.push(format!("{pad}{}", inline(content)));
                continue;
            }
            Kind::Item { .. } => out.push(String::new()),
            Kind::Paragraph => hard_break(&mut out),
            Kind::Start | Kind::Blank => {}
        }
        out.push(inline(content));
        prev = Kind::Paragraph;
    }
    (out.join("\n"), starts_with_item)
}

/// A label in bold before user text: on the same line when the text starts with a
/// paragraph, else above it. Blank text gives just the label.
#[must_use]
pub fn labelled(label: &str, text: &str) -> String {
    after(&format!("**{label}**"), text, "")
}

/// User text after `lead` (Markdown of the caller's, such as `**Why:**` or `  - Now:`): on
/// the lead's line when the text starts with a paragraph, else below it after a blank line
/// (a list cannot start on a line that already has text). Every line below the lead is
/// indented by `pad`, so that the text stays inside a list item whose content starts at
/// that column. Blank text gives just the lead.
#[must_use]
pub fn after(lead: &str, text: &str, pad: &str) -> String {
    let (body, starts_with_item) = blocks(text);
    if body.is_empty() {
        return lead.to_string();
    }
    let mut lines = body.split('\n');
    let mut out = lead.to_string();
    if starts_with_item {
        out.push('\n');
    } else {
        out.push(' ');
        out.push_str(lines.next().unwrap_or_default());
    }
    for l in lines {
        out.push('\n');
        if !l.is_empty() {
            out.push_str(pad);
            out.push_str(l);
        }
    }
    out
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
        // The text of an item is text, even when it looks like a list itself.
        assert_eq!(
            block("- 2026. A good year\n- - x"),
            "- 2026\\. A good year\n- \\- x"
        );
        // An ordered list starting at another number than 1 cannot interrupt an item.
        assert_eq!(block("- a\n  2) b\n3. c"), "- a\n\n    2. b\n\n3. c");
        // Nested under a wide marker: indented to its text.
        assert_eq!(
            block("100. a\n  - b\n    more"),
            "100. a\n     - b\\\n       more"
        );
    }

    #[test]
    fn text_after_a_lead_stays_inside_its_item() {
        assert_eq!(
            after("  - Now:", "a\nb\n\nc", "    "),
            "  - Now: a\\\n    b\n\n    c"
        );
        assert_eq!(
            after("  - Now:", "- a\n- b", "    "),
            "  - Now:\n\n    - a\n    - b"
        );
        assert_eq!(after("  - Now:", " ", "    "), "  - Now:");
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
        // At the start of a line or of a list item it cannot open a block either.
        assert_eq!(inline("2026. A good year"), "2026\\. A good year");
        assert_eq!(inline("- x"), "\\- x");
        assert_eq!(heading("Title {.class}"), "Title \\{.class\\}");
        assert_eq!(labelled("Me:", "x\ny"), "**Me:** x\\\ny");
        assert_eq!(labelled("Me:", "- x"), "**Me:**\n\n- x");
        assert_eq!(labelled("Me:", ""), "**Me:**");
    }
}
