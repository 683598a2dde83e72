//! A line diff between two versions of an answer, for the "since last meeting" view.

/// One line of a diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffLine<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// Above this many line pairs the middle of a diff is shown as "all removed, all added"
/// instead of being aligned, so a huge paste cannot stall a frame.
const MAX_PAIRS: usize = 250_000;

/// The lines of `old` and `new`, aligned on their longest common subsequence: lines only in
/// `old` are removed, lines only in `new` are added.
#[must_use]
pub fn line_diff<'a>(old: &'a str, new: &'a str) -> Vec<DiffLine<'a>> {
    let a: Vec<&str> = split(old);
    let b: Vec<&str> = split(new);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut out: Vec<DiffLine<'a>> = a[..prefix].iter().map(|l| DiffLine::Same(l)).collect();
    if mid_a.len().saturating_mul(mid_b.len()) > MAX_PAIRS {
        out.extend(mid_a.iter().map(|l| DiffLine::Removed(l)));
        out.extend(mid_b.iter().map(|l| DiffLine::Added(l)));
    } else {
        out.extend(aligned(mid_a, mid_b));
    }
    out.extend(a[a.len() - suffix..].iter().map(|l| DiffLine::Same(l)));
    out
}

/// An empty text has no lines (not one empty line), so a first answer is all added.
fn split(text: &str) -> Vec<&str> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split('\n').collect()
    }
}

/// Classic LCS table, then a walk that puts removals before additions at each change.
fn aligned<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<DiffLine<'a>> {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push(DiffLine::Same(a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(DiffLine::Removed(a[i]));
            i += 1;
        } else {
            out.push(DiffLine::Added(b[j]));
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::DiffLine::{Added, Removed, Same};
    use super::*;

    #[test]
    fn marks_removed_and_added_lines() {
        let d = line_diff("one\ntwo\nthree", "one\n2\nthree\nfour");
        assert_eq!(
            d,
            vec![
                Same("one"),
                Removed("two"),
                Added("2"),
                Same("three"),
                Added("four")
            ]
        );
    }

    #[test]
    fn first_answer_is_all_added_and_equal_texts_all_same() {
        assert_eq!(line_diff("", "a\nb"), vec![Added("a"), Added("b")]);
        assert_eq!(line_diff("a", "a"), vec![Same("a")]);
        assert!(line_diff("", "").is_empty());
    }

    #[test]
    fn keeps_common_lines_in_the_middle() {
        let d = line_diff("x\nkeep\ny", "keep\nz");
        assert_eq!(
            d,
            vec![Removed("x"), Same("keep"), Removed("y"), Added("z")]
        );
    }

    #[test]
    fn huge_texts_fall_back_without_aligning() {
        let old: String = (0..1000).map(|i| format!("o{i}\n")).collect();
        let new: String = (0..1000).map(|i| format!("n{i}\n")).collect();
        let d = line_diff(&old, &new);
        assert_eq!(d.iter().filter(|l| matches!(l, Removed(_))).count(), 1000);
        assert_eq!(d.iter().filter(|l| matches!(l, Added(_))).count(), 1000);
    }
}
