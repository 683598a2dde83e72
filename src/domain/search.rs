//! Finding a typed query in the user's texts: case-insensitive and Unicode-aware, reporting
//! where each match is in the original text so it can be highlighted.
//!
//! Plain functions without rendering, so every search matches the same way (the records
//! searched are gathered in `src/search.rs`).

use std::ops::Range;

/// Byte ranges of `text` where `query` occurs, left to right, not overlapping.
///
/// Case is ignored by comparing the full lowercase forms (so `STRASSE` finds `strasse`,
/// `Ärger` finds `ärger`, and CJK and emoji match exactly). Surrounding whitespace of the
/// query is ignored; an empty query matches nothing. Each range starts and ends on a
/// character boundary of `text`.
#[must_use]
pub fn find_matches(text: &str, query: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = query.trim().chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() || text.is_empty() {
        return Vec::new();
    }
    // Every character but these two lowercases to non-ASCII ones or to itself, so an ASCII
    // query can only match ASCII characters, byte for byte ignoring case.
    if needle.iter().all(char::is_ascii) && !folds_to_ascii(text) {
        return ascii_matches(text.as_bytes(), &needle);
    }
    folded_matches(text, &needle)
}

/// [`find_matches`] of a lowercased, non-empty `needle`, by folding every character.
fn folded_matches(text: &str, needle: &[char]) -> Vec<Range<usize>> {
    // The lowercase text, each char with the byte range of the original char it came from
    // (one original char may lowercase to several).
    let folded: Vec<(char, usize, usize)> = text
        .char_indices()
        .flat_map(|(i, c)| {
            let end = i + c.len_utf8();
            c.to_lowercase().map(move |l| (l, i, end))
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= folded.len() {
        let window = &folded[i..i + needle.len()];
        // A match must begin at the start of an original char, not inside its expansion.
        let starts_clean = i == 0 || folded[i - 1].1 != folded[i].1;
        if starts_clean && window.iter().map(|f| f.0).eq(needle.iter().copied()) {
            let start = window[0].1;
            let end = window[needle.len() - 1].2;
            out.push(start..end);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `text` holds one of the two characters whose lowercase is ASCII ('İ', whose
/// UTF-8 starts with 0xC4, and the Kelvin sign, 0xE2): looked for by those bytes.
fn folds_to_ascii(text: &str) -> bool {
    memchr::memchr2_iter(0xC4, 0xE2, text.as_bytes())
        .any(|p| text[p..].starts_with(['\u{130}', '\u{212A}']))
}

/// [`find_matches`] of an ASCII lowercased query in a text none of whose characters
/// lowercases to ASCII but ASCII ones: the same left-to-right scan on the bytes (those of
/// other characters are never ASCII), without folding, going from one place the query's
/// first byte is (in either case) to the next.
fn ascii_matches(text: &[u8], needle: &[char]) -> Vec<Range<usize>> {
    let needle: Vec<u8> = needle.iter().map(|&c| c as u8).collect();
    let n = needle.len();
    let (lower, upper) = (needle[0], needle[0].to_ascii_uppercase());
    let mut out = Vec::new();
    let mut i = 0;
    while i + n <= text.len() {
        let Some(p) = memchr::memchr2(lower, upper, &text[i..=text.len() - n]) else {
            break;
        };
        i += p;
        if text[i..i + n].eq_ignore_ascii_case(&needle) {
            out.push(i..i + n);
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `query` occurs in `text` (see [`find_matches`]).
#[must_use]
pub fn contains(text: &str, query: &str) -> bool {
    !find_matches(text, query).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_matches(text, query)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn ignores_case_and_reports_every_match() {
        assert_eq!(found("CV draft, then the cv again", "cv"), vec!["CV", "cv"]);
        assert_eq!(found("aaaa", "aa"), vec!["aa", "aa"]);
        assert_eq!(found("nothing here", "cv"), Vec::<&str>::new());
    }

    #[test]
    fn unicode_text_matches_on_char_boundaries() {
        assert_eq!(found("Über ÄRGER reden", "ärger"), vec!["ÄRGER"]);
        assert_eq!(found("指導について話した", "指導"), vec!["指導"]);
        assert_eq!(found("party 🎉 time", "🎉"), vec!["🎉"]);
        assert_eq!(found("ΣΟΦΙΑ", "σοφια"), vec!["ΣΟΦΙΑ"]);
        // 'İ' lowercases to two chars; the match still covers whole original chars.
        assert_eq!(found("İstanbul", "i̇stanbul"), vec!["İstanbul"]);
        assert_eq!(found("İstanbul", "stan"), vec!["stan"]);
    }

    proptest::proptest! {
        /// An ASCII query matches what folding every character finds.
        #[test]
        fn ascii_queries_match_as_folded_ones(
            t in "[aAbBiIkKsS .éÉßẞİ\u{212A}\u{0307}指ǅ—Ĉ]{0,20}",
            q in "[aAbBiIkKsS. ]{1,3}",
        ) {
            let needle: Vec<char> = q.trim().chars().flat_map(char::to_lowercase).collect();
            if !needle.is_empty() {
                proptest::prop_assert_eq!(find_matches(&t, &q), folded_matches(&t, &needle));
            }
        }
    }

    #[test]
    fn blank_queries_match_nothing() {
        assert!(find_matches("text", "").is_empty());
        assert!(find_matches("text", "   ").is_empty());
        assert!(find_matches("", "a").is_empty());
        assert_eq!(found("a CV b", " cv "), vec!["CV"]);
    }
}
