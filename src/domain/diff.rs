//! What changed between two versions of a text, word by word: the Conversation tab's
//! changes view shows it, and anything else that tells "what changed in an answer" can.

use std::time::Duration;

use similar::{DiffTag, TextDiff};

/// One run of a word diff. Joining the `Equal` and `Removed` runs in order gives the old
/// text back; joining the `Equal` and `Added` runs gives the new text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordRun<'a> {
    /// Text in both versions.
    Equal(&'a str),
    /// Text only in the old version.
    Removed(&'a str),
    /// Text only in the new version.
    Added(&'a str),
}

impl<'a> WordRun<'a> {
    /// The text of the run.
    #[must_use]
    pub fn text(self) -> &'a str {
        match self {
            WordRun::Equal(t) | WordRun::Removed(t) | WordRun::Added(t) => t,
        }
    }
}

/// How long the alignment may take before it settles for a coarser (still correct) diff, so
/// a huge paste cannot stall a frame.
const TIMEOUT: Duration = Duration::from_millis(40);

/// The word diff of `old` and `new`: runs of words (with the spaces and line breaks between
/// them) that are in both, only in `old`, or only in `new`. At each change the removed run
/// comes before the added one; the spaces between two nearby changes are folded into them,
/// so "a b" → "c d" is one change, not two. An empty `old` gives one `Added` run; equal
/// texts give one `Equal` run (none when both are empty).
#[must_use]
pub fn word_diff<'a>(old: &'a str, new: &'a str) -> Vec<WordRun<'a>> {
    let diff = TextDiff::configure().timeout(TIMEOUT).diff_words(old, new);
    let old_at = offsets(diff.old_slices());
    let new_at = offsets(diff.new_slices());

    // Byte ranges in `old` and `new`, one per op; a change is a pair of ranges.
    let mut parts: Vec<(bool, std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    // Token cursors: each op takes its length from where the previous one ended (the
    // positions `similar` reports for an insertion or deletion are not always that).
    let (mut i, mut j) = (0, 0);
    for op in diff.ops() {
        let (tag, o, n) = op.as_tag_tuple();
        let o = old_at[i]..old_at[i + o.len()];
        let n = new_at[j]..new_at[j + n.len()];
        i += op.old_range().len();
        j += op.new_range().len();
        let changed = tag != DiffTag::Equal;
        match parts.last_mut() {
            Some((true, lo, ln)) if changed => {
                lo.end = o.end;
                ln.end = n.end;
            }
            _ => parts.push((changed, o, n)),
        }
    }
    // Fold spaces between two changes into both.
    let mut merged: Vec<(bool, std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    let mut k = 0;
    while k < parts.len() {
        let (changed, o, n) = parts[k].clone();
        let between = !changed
            && parts.get(k + 1).is_some_and(|next| next.0)
            && matches!(merged.last(), Some((true, _, _)))
            && old[o.clone()].chars().all(char::is_whitespace);
        match merged.last_mut() {
            Some((true, lo, ln)) if changed || between => {
                lo.end = o.end;
                ln.end = n.end;
            }
            _ => merged.push((changed, o, n)),
        }
        k += 1;
    }

    let mut out = Vec::with_capacity(merged.len() + 1);
    for (changed, o, n) in merged {
        if !changed {
            out.push(WordRun::Equal(&old[o]));
            continue;
        }
        if !o.is_empty() {
            out.push(WordRun::Removed(&old[o]));
        }
        if !n.is_empty() {
            out.push(WordRun::Added(&new[n]));
        }
    }
    out
}

/// What stands for the words an [`excerpt`] leaves out.
pub const ELLIPSIS: &str = "…";

/// The changes of a word diff with up to `context` words of unchanged text on either side,
/// the rest of each unchanged stretch replaced by [`ELLIPSIS`]: what changed in a long
/// answer, in a few lines. A diff without changes comes back as it is.
#[must_use]
pub fn excerpt<'a>(runs: &[WordRun<'a>], context: usize) -> Vec<WordRun<'a>> {
    if runs.iter().all(|r| matches!(r, WordRun::Equal(_))) {
        return runs.to_vec();
    }
    let mut out = Vec::with_capacity(runs.len() + 2);
    let last = runs.len().saturating_sub(1);
    for (i, run) in runs.iter().enumerate() {
        let WordRun::Equal(text) = *run else {
            out.push(*run);
            continue;
        };
        let words: Vec<(usize, usize)> = word_spans(text);
        let (keep_head, keep_tail) = match (i == 0, i == last) {
            (true, true) => (0, 0),
            (true, false) => (0, context),
            (false, true) => (context, 0),
            (false, false) => (context, context),
        };
        if words.len() <= keep_head + keep_tail {
            out.push(*run);
            continue;
        }
        if keep_head > 0 {
            out.push(WordRun::Equal(&text[..words[keep_head - 1].1]));
        }
        out.push(WordRun::Equal(if keep_head > 0 && keep_tail > 0 {
            " … "
        } else if keep_head > 0 {
            " …"
        } else {
            "… "
        }));
        if keep_tail > 0 {
            out.push(WordRun::Equal(&text[words[words.len() - keep_tail].0..]));
        }
    }
    out
}

/// Where each word of `text` starts and ends, in bytes.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Where each token starts, in bytes, and where the last one ends.
fn offsets(tokens: &[&str]) -> Vec<usize> {
    let mut at = Vec::with_capacity(tokens.len() + 1);
    let mut sum = 0;
    at.push(0);
    for t in tokens {
        sum += t.len();
        at.push(sum);
    }
    at
}

#[cfg(test)]
mod tests {
    use super::WordRun::{Added, Equal, Removed};
    use super::*;

    #[test]
    fn an_excerpt_keeps_the_changes_and_a_little_around_them() {
        let old = "one two three four five six seven eight nine ten";
        let new = "one two three four five SIX seven eight nine ten";
        let runs = word_diff(old, new);
        assert_eq!(
            excerpt(&runs, 2),
            vec![
                Equal("… "),
                Equal("four five "),
                Removed("six"),
                Added("SIX"),
                Equal(" seven eight"),
                Equal(" …"),
            ]
        );
        assert_eq!(excerpt(&runs, 10), runs, "short enough to keep whole");
        let same = word_diff("a b", "a b");
        assert_eq!(excerpt(&same, 1), same);
    }

    #[test]
    fn one_changed_word_is_one_change() {
        assert_eq!(
            word_diff(
                "Good at it; less sure I love it.",
                "Good at it; more sure I love it."
            ),
            vec![
                Equal("Good at it; "),
                Removed("less"),
                Added("more"),
                Equal(" sure I love it.")
            ]
        );
    }

    #[test]
    fn nearby_changes_with_only_spaces_between_are_one() {
        assert_eq!(
            word_diff("I was tired then", "I am rested now then"),
            vec![
                Equal("I "),
                Removed("was tired"),
                Added("am rested now"),
                Equal(" then")
            ]
        );
    }

    #[test]
    fn first_answer_is_all_added_and_equal_texts_all_equal() {
        assert_eq!(word_diff("", "a b"), vec![Added("a b")]);
        assert_eq!(word_diff("a b", ""), vec![Removed("a b")]);
        assert_eq!(word_diff("a\nb", "a\nb"), vec![Equal("a\nb")]);
        assert!(word_diff("", "").is_empty());
    }

    #[test]
    fn line_breaks_are_kept_in_the_runs() {
        let d = word_diff("Nurse\nLikes people\nTired", "Nurse\nLikes people\nRested");
        assert_eq!(
            d,
            vec![
                Equal("Nurse\nLikes people\n"),
                Removed("Tired"),
                Added("Rested")
            ]
        );
    }

    #[test]
    fn huge_texts_still_give_a_correct_diff() {
        let old: String = (0..20_000).map(|i| format!("o{i} ")).collect();
        let new: String = (0..20_000).map(|i| format!("n{i} ")).collect();
        let d = word_diff(&old, &new);
        let back = |keep: fn(&WordRun<'_>) -> bool| -> String {
            d.iter().filter(|r| keep(r)).map(|r| r.text()).collect()
        };
        assert_eq!(back(|r| !matches!(r, Added(_))), old);
        assert_eq!(back(|r| !matches!(r, Removed(_))), new);
    }

    #[test]
    fn insertions_and_deletions_next_to_equal_spaces_keep_every_byte() {
        // Cases where the positions `similar` reports for an insertion lag behind.
        for (old, new) in [
            ("\n中  é\n\né   中 ", "é中 a éé é 中中 é\né\n中é\na  "),
            ("\na  中  a\na\né   中 ", "é a éé é 中中 é\né\na  "),
        ] {
            let d = word_diff(old, new);
            let was: String = d
                .iter()
                .filter(|r| !matches!(r, Added(_)))
                .map(|r| r.text())
                .collect();
            let now: String = d
                .iter()
                .filter(|r| !matches!(r, Removed(_)))
                .map(|r| r.text())
                .collect();
            assert_eq!((was.as_str(), now.as_str()), (old, new));
        }
    }

    proptest::proptest! {
        // Failures are reported, not written into the source tree.
        #![proptest_config(proptest::test_runner::Config {
            failure_persistence: None,
            ..proptest::test_runner::Config::default()
        })]
        #[test]
        fn the_runs_give_both_texts_back(
            old in "[ab \n\u{e9}\u{4e2d}]{0,40}",
            new in "[ab \n\u{e9}\u{4e2d}]{0,40}",
        ) {
            let d = word_diff(&old, &new);
            let was: String = d.iter().filter(|r| !matches!(r, Added(_))).map(|r| r.text()).collect();
            let now: String = d.iter().filter(|r| !matches!(r, Removed(_))).map(|r| r.text()).collect();
            proptest::prop_assert_eq!(&was, &old);
            proptest::prop_assert_eq!(&now, &new);
            // No empty runs, and never two runs of the same kind in a row.
            proptest::prop_assert!(d.iter().all(|r| !r.text().is_empty()));
            for w in d.windows(2) {
                proptest::prop_assert!(std::mem::discriminant(&w[0]) != std::mem::discriminant(&w[1]));
                proptest::prop_assert!(!matches!((w[0], w[1]), (Added(_), Removed(_))));
            }
        }
    }
}
