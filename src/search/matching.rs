//! Matching a query against the index's texts as [`find_matches`] does (case folded char by
//! char), without folding any text, and the matches of a query kept letter by letter.

use std::ops::Range;

use super::{Area, Index, at, text_of};
use crate::domain::Journey;
use crate::domain::passes;
use crate::domain::search::find_matches;

/// For each byte, its bit in [`summary_of`]: ASCII letters (either case) and digits one each
/// (exact), other ASCII characters sharing the rest; the bytes of other characters
/// [`NON_ASCII`], and the first byte of the two characters whose lowercase is ASCII also
/// [`CHECK`].
const BYTE_BITS: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b < 128 {
            let c = (b as u8).to_ascii_lowercase();
            let bit = if c.is_ascii_lowercase() {
                c - b'a'
            } else if c.is_ascii_digit() {
                26 + c - b'0'
            } else {
                36 + c % 24
            };
            1 << bit
        } else if b == 0xC4 || b == 0xE2 {
            NON_ASCII | CHECK
        } else {
            NON_ASCII
        };
        b += 1;
    }
    t
};
/// A character beyond ASCII.
const NON_ASCII: u64 = 1 << 60;
/// A byte that may start 'İ' or 'K' (only while computing [`summary_of`]).
const CHECK: u64 = 1 << 61;
/// A character whose lowercase is or holds an ASCII letter ('İ' → "i̇", the Kelvin sign →
/// 'k'): a text holding one is always matched the slow, exact way.
const FOLDS_TO_ASCII: u64 = 1 << 62;

/// Which characters `text` holds, as [`find_matches`] compares them (lowercased): one bit
/// per ASCII letter or digit (exact), a few shared by other ASCII characters, one for any
/// other character, and one for the two characters whose lowercase is ASCII. With it, which
/// pairs of adjacent bytes (ASCII lowercased), 64 bits by a hash of each (see [`pair_bit`]).
pub(super) fn summary_of(text: &str) -> (u64, u64) {
    let bytes = text.as_bytes();
    let mut bits = 0;
    let mut pairs = 0;
    let mut before = 0u8;
    for &b in bytes {
        bits |= BYTE_BITS[usize::from(b)];
        let b = b.to_ascii_lowercase();
        pairs |= pair_bit(before, b);
        before = b;
    }
    if bits & CHECK != 0 {
        bits &= !CHECK;
        if text.contains('İ') {
            bits |= FOLDS_TO_ASCII | BYTE_BITS[usize::from(b'i')];
        }
        if text.contains('\u{212A}') {
            bits |= FOLDS_TO_ASCII | BYTE_BITS[usize::from(b'k')];
        }
    }
    (bits, pairs)
}

/// The ASCII letters and digits of a text of these characters (see [`summary_of`]), one bit
/// each (bits 0 to 35), when they say exactly which letters and digits its lowercase holds;
/// `None` for a text holding 'İ' or the Kelvin sign, whose lowercase must be read.
pub(super) fn letters_of(chars: u64) -> Option<u64> {
    (chars & FOLDS_TO_ASCII == 0).then_some(chars & LETTERS)
}

/// The bits of [`BYTE_BITS`] that stand for one ASCII letter or digit each.
const LETTERS: u64 = (1 << 36) - 1;

/// How many bits [`letters_of`] may set.
pub(super) const LETTER_BITS: usize = 36;

/// The bit of two adjacent bytes in a text's or a query's pairs (a byte before the first
/// is 0, which no query has).
fn pair_bit(a: u8, b: u8) -> u64 {
    let h = (u32::from(a) << 8 | u32::from(b)).wrapping_mul(0x9E37_79B1);
    1 << (h >> 26)
}

/// How common each lowercase letter is in English, most common first: the least common
/// letter of a query is the one looked for first.
const BY_FREQUENCY: &[u8] = b" etaoinshrdlcumwfgypbvkjxqz";

fn rarity(b: u8) -> usize {
    BY_FREQUENCY
        .iter()
        .position(|&x| x == b)
        .unwrap_or(BY_FREQUENCY.len())
}

/// A query ready for matching.
#[derive(Clone, Debug)]
pub(super) struct Needle {
    /// As typed (trimmed), for [`find_matches`].
    query: String,
    /// Lowercased char by char, as [`find_matches`] compares.
    folded: String,
    /// The characters a matching text must hold (see [`summary_of`]).
    bits: u64,
    /// The pairs of adjacent bytes a matching text must hold, when the query is all ASCII
    /// (0 otherwise).
    pairs: u64,
    /// Where its least common byte is, when it is all ASCII.
    anchor: Option<usize>,
    /// A letter or digit alone: a text's bits say whether it matches.
    one: bool,
    /// Looks for the query as typed in lowercase: in most texts that finds it.
    lower: memchr::memmem::Finder<'static>,
    /// Its letters in uppercase, when there are at most three: a text with none of them
    /// can only hold the query in lowercase.
    upper: Option<[u8; 3]>,
}

impl Needle {
    pub(super) fn new(query: &str) -> Option<Needle> {
        let query = query.trim();
        if query.is_empty() {
            return None;
        }
        let folded: String = query.chars().flat_map(char::to_lowercase).collect();
        let bits = folded
            .bytes()
            .fold(0, |bits, b| bits | BYTE_BITS[usize::from(b)])
            & !CHECK;
        let anchor = folded
            .is_ascii()
            .then(|| (0..folded.len()).max_by_key(|&i| rarity(folded.as_bytes()[i])))
            .flatten();
        let one = folded.len() == 1 && folded.as_bytes()[0].is_ascii_alphanumeric();
        let pairs = if folded.is_ascii() {
            let b = folded.as_bytes();
            b.windows(2).fold(0, |p, w| p | pair_bit(w[0], w[1]))
        } else {
            0
        };
        let lower = memchr::memmem::Finder::new(folded.as_bytes()).into_owned();
        let mut letters: Vec<u8> = folded
            .bytes()
            .filter(u8::is_ascii_lowercase)
            .map(|b| b.to_ascii_uppercase())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        let upper = match letters.as_slice() {
            [] => Some([0; 3]),
            [a] => Some([*a; 3]),
            [a, b] => Some([*a, *b, *b]),
            [a, b, c] => Some([*a, *b, *c]),
            _ => None,
        };
        Some(Needle {
            query: query.to_string(),
            folded,
            bits,
            pairs,
            anchor,
            one,
            lower,
            upper,
        })
    }

    /// The bit of a one-letter (or one-digit) query in [`letters_of`].
    pub(super) fn letter(&self) -> Option<usize> {
        self.one
            .then(|| BYTE_BITS[usize::from(self.folded.as_bytes()[0])].trailing_zeros() as usize)
    }

    /// Whether an all-ASCII needle occurs in a text none of whose characters lowercases to
    /// ASCII: as typed in lowercase (SIMD, and what most texts hold), else around each of
    /// its letters the text has in uppercase (a match not all lowercase holds one).
    fn ascii_matches(&self, hay: &[u8], anchor: usize) -> bool {
        if self.lower.find(hay).is_some() {
            return true;
        }
        let needle = self.folded.as_bytes();
        match self.upper {
            // No letters: the lowercase search was the whole search.
            Some([0, ..]) => false,
            Some([a, b, c]) => memchr::memchr3_iter(a, b, c, hay).any(|p| {
                let lower = hay[p].to_ascii_lowercase();
                needle.iter().enumerate().any(|(k, &n)| {
                    n == lower
                        && p >= k
                        && hay
                            .get(p - k..p - k + needle.len())
                            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
                })
            }),
            None => ascii_find(hay, needle, anchor),
        }
    }

    /// Whether a text of this summary (see [`summary_of`]) matches, when the summary says
    /// (`None`: read the text).
    fn decide(&self, (chars, pairs): (u64, u64)) -> Option<bool> {
        let plain = chars & FOLDS_TO_ASCII == 0;
        if self.bits & !chars != 0 || (plain && self.pairs & !pairs != 0) {
            Some(false)
        } else if self.one && plain {
            Some(true)
        } else {
            None
        }
    }

    /// Whether `text`, of this summary, matches.
    fn matches(&self, summary: (u64, u64), text: &str) -> bool {
        if let Some(yes) = self.decide(summary) {
            return yes;
        }
        let chars = summary.0;
        match self.anchor {
            Some(anchor) if chars & FOLDS_TO_ASCII == 0 => {
                self.ascii_matches(text.as_bytes(), anchor)
            }
            _ => !find_matches(text, &self.query).is_empty(),
        }
    }
}

/// Whether `needle` (ASCII, lowercase) occurs in `hay` ignoring ASCII case: the byte at
/// `anchor` is looked for in both cases, then the rest compared around it. Exact for a text
/// none of whose characters lowercases to ASCII (see [`FOLDS_TO_ASCII`]): the bytes of other
/// characters are never ASCII.
fn ascii_find(hay: &[u8], needle: &[u8], anchor: usize) -> bool {
    let a = needle[anchor];
    let (lower, upper) = (a, a.to_ascii_uppercase());
    let mut from = anchor;
    while from < hay.len() {
        let Some(p) = memchr::memchr2(lower, upper, &hay[from..]) else {
            return false;
        };
        let hit = from + p;
        let start = hit - anchor;
        match hay.get(start..start + needle.len()) {
            Some(window) if window.eq_ignore_ascii_case(needle) => return true,
            Some(_) => from = hit + 1,
            None => return false,
        }
    }
    false
}

/// Which entries of an index match, one bit per entry in the order a [`Narrowing`] reads
/// them (see [`Narrowing::entry`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    words: Vec<u64>,
}

impl Matches {
    fn none(len: usize) -> Matches {
        Matches {
            words: vec![0; len.div_ceil(64)],
        }
    }

    fn set(&mut self, i: usize) {
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// Whether entry `i` matches.
    pub(super) fn has(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// The words of `range`, each masked to the entries inside it, with their first entry.
    fn words_in(&self, range: Range<usize>) -> impl Iterator<Item = (usize, u64)> + '_ {
        let (start, end) = (range.start, range.end);
        (start / 64..end.div_ceil(64)).filter_map(move |w| {
            let mut word = *self.words.get(w)?;
            let first = w * 64;
            if first < start {
                word &= u64::MAX << (start - first);
            }
            if first + 64 > end {
                word &= u64::MAX >> (first + 64 - end);
            }
            Some((first, word))
        })
    }

    /// How many entries in `range` match.
    #[must_use]
    pub fn count(&self, range: Range<usize>) -> usize {
        self.words_in(range)
            .map(|(_, w)| w.count_ones() as usize)
            .sum()
    }

    /// The first `n` entries in `range` that match, in order.
    pub fn first(&self, range: Range<usize>, n: usize) -> impl Iterator<Item = usize> + '_ {
        self.words_in(range)
            .flat_map(|(first, mut word)| {
                std::iter::from_fn(move || {
                    (word != 0).then(|| {
                        let bit = word.trailing_zeros() as usize;
                        word &= word - 1;
                        first + bit
                    })
                })
            })
            .take(n)
    }

    /// Whether nothing matches.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }
}

/// The lowest `k` bits set (all 64 for `k` ≥ 64).
fn below(k: usize) -> u64 {
    if k >= 64 { u64::MAX } else { (1 << k) - 1 }
}

/// The most texts a one-letter query may have to read (those whose summary cannot say,
/// see [`letters_of`]) for it to be counted from the index's tally; past it such a query is
/// searched as a longer one is.
const READ_AT_ONCE: usize = 256;

/// Work a search may do before it answers (see [`Narrowing::work`]): one unit per text
/// whose summary is looked at, and per text read, four more and one per 16 bytes.
pub type Budget = usize;

/// The work [`Narrowing::work`] charges for reading a text of `len` bytes.
fn read_cost(len: usize) -> Budget {
    4 + len / 16
}

/// One query of a [`Narrowing`] and how far its search has got.
#[derive(Clone, Debug)]
struct Level {
    needle: Needle,
    /// What matches among the entries read so far.
    found: Matches,
    /// How many entries have been read, in the order [`Narrowing::entry`] gives.
    done: usize,
    /// A letter or digit alone, counted from the index's tally and listed from the
    /// summaries (see [`Index::found`]): only the texts whose summary cannot say are read,
    /// and `found` holds those alone.
    by_letter: bool,
}

/// The entries matching the query as it was typed, letter by letter, found a slice at a
/// time: a query that extends an earlier one is looked for only among that one's matches
/// (and among the entries it has not read yet), and a query deleted back to an earlier one
/// finds its matches kept and goes on from where it was.
///
/// Entries are read in the order results are shown: the first area's first, then the next
/// areas in tab order, wrapping round. So the first rows are found first, and a search
/// stopped by its budget has found exactly the matches before the point it reached: every
/// area before that point is counted, and the rows listed are the ones a finished search
/// lists first.
#[derive(Clone, Debug, Default)]
pub struct Narrowing {
    /// The area listed first (see [`Index::found`]).
    first: Option<Area>,
    /// Queries, each the start of the next, with what each found.
    levels: Vec<Level>,
    /// What an empty query matches.
    nothing: Matches,
}

impl Narrowing {
    /// A search whose results are listed from `first` (then the other areas in tab order).
    #[must_use]
    pub fn starting_at(first: Option<Area>) -> Narrowing {
        Narrowing {
            first,
            ..Narrowing::default()
        }
    }

    /// The area listed first.
    #[must_use]
    pub fn first(&self) -> Option<Area> {
        self.first
    }

    /// Where the entries read start: the first area's first entry.
    fn start(&self, index: &Index) -> usize {
        self.first
            .map_or(0, |a| index.areas[a as usize].start)
            .min(index.entries.len())
    }

    /// The entry read `p`-th (and the place of its bit in [`Matches`]).
    fn entry(start: usize, n: usize, p: usize) -> usize {
        if p < n - start {
            start + p
        } else {
            p - (n - start)
        }
    }

    /// The place an entry is read at (see [`Narrowing::entry`]).
    pub(super) fn place(&self, index: &Index, entry: usize) -> usize {
        let (start, n) = (self.start(index), index.entries.len());
        if entry >= start {
            entry - start
        } else {
            entry + (n - start)
        }
    }

    /// The query is now `query`: what its start found is kept, the rest is yet to be
    /// found (by [`Narrowing::work`]).
    pub fn set_query(&mut self, index: &Index, query: &str) {
        let Some(needle) = Needle::new(query) else {
            self.levels.clear();
            return;
        };
        while self
            .levels
            .last()
            .is_some_and(|l| !needle.folded.starts_with(l.needle.folded.as_str()))
        {
            self.levels.pop();
        }
        if self
            .levels
            .last()
            .is_none_or(|l| l.needle.folded != needle.folded)
        {
            let by_letter = needle.letter().is_some() && index.unplain.len() <= READ_AT_ONCE;
            let found = if by_letter && index.unplain.is_empty() {
                Matches::default()
            } else {
                Matches::none(index.entries.len())
            };
            self.levels.push(Level {
                needle,
                found,
                done: 0,
                by_letter,
            });
        }
    }

    /// Searches on for the query set, doing at most about `budget` work (see [`Budget`]).
    /// True once it has read every entry it needs. Entries are taken 64 at a time (a word
    /// of [`Matches`]): those the query before ruled out are passed over a word at a time.
    pub fn work(&mut self, index: &Index, j: &Journey, budget: Budget) -> bool {
        let start = self.start(index);
        let n = index.entries.len();
        let Some((top, before)) = self.levels.split_last_mut() else {
            return true;
        };
        if top.by_letter {
            // Only the texts whose summary cannot say are read: a few, at once.
            for &i in &index.unplain {
                let i = at(i);
                let place = if i >= start {
                    i - start
                } else {
                    i + (n - start)
                };
                let text = index.source(i).map_or("", |s| text_of(j, s));
                if let Some(e) = index.entries.get(i)
                    && top.needle.matches(e.summary(), text)
                {
                    top.found.set(place);
                }
            }
            passes::note_visits(index.unplain.len());
            top.done = n;
            return true;
        }
        // A letter alone narrows nothing: its bit is among a longer query's.
        let before = before.last().filter(|b| !b.by_letter);
        let mut left = budget;
        let mut visited = 0;
        'words: while top.done < n && left > 0 {
            let w = top.done / 64;
            let first = w * 64;
            let end = (first + 64).min(n);
            let mut candidates = below(end - first) & !below(top.done - first);
            if let Some(b) = before {
                // Where the query before has read, only what it found.
                let read = below(b.done.clamp(first, end) - first);
                candidates &= b.found.words.get(w).copied().unwrap_or(0) | !read;
            }
            left -= 1;
            while candidates != 0 {
                let bit = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                let p = first + bit;
                let i = Narrowing::entry(start, n, p);
                visited += 1;
                left = left.saturating_sub(1);
                if let Some(e) = index.entries.get(i) {
                    let yes = match top.needle.decide(e.summary()) {
                        Some(yes) => yes,
                        None => {
                            let text = index.source(i).map_or("", |s| text_of(j, s));
                            left = left.saturating_sub(read_cost(text.len()));
                            top.needle.matches(e.summary(), text)
                        }
                    };
                    if yes {
                        top.found.set(p);
                    }
                }
                if left == 0 && candidates != 0 {
                    top.done = p + 1;
                    break 'words;
                }
            }
            top.done = end;
        }
        passes::note_visits(visited);
        top.done >= n
    }

    /// Whether the query set has been searched for in every entry.
    #[must_use]
    pub fn finished(&self, index: &Index) -> bool {
        self.levels
            .last()
            .is_none_or(|l| l.done >= index.entries.len())
    }

    /// Searches `index` (built from `j`) for `query` to the end (see [`Index::found`] for
    /// what it found).
    pub fn find(&mut self, index: &Index, j: &Journey, query: &str) {
        self.set_query(index, query);
        while !self.work(index, j, Budget::MAX) {}
    }

    /// The bit of the query set (see [`letters_of`]) when it is one letter counted from the
    /// index's tally and every text its summary cannot decide has been read.
    pub(super) fn letter(&self, index: &Index) -> Option<usize> {
        let top = self.levels.last()?;
        (top.by_letter && top.done >= index.entries.len())
            .then(|| top.needle.letter())
            .flatten()
    }

    /// What the query set has found so far, by the place each entry is read at, and how
    /// many entries have been read (for a query of one letter, see [`Level::by_letter`]).
    pub(super) fn progress(&self) -> (&Matches, usize) {
        self.levels
            .last()
            .map_or((&self.nothing, usize::MAX), |l| (&l.found, l.done))
    }

    /// Forgets what was found (the journey or the index changed).
    pub fn clear(&mut self) {
        self.levels.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::contains;

    /// The quick test agrees with `find_matches` on every text and query here.
    #[test]
    fn matching_agrees_with_find_matches() {
        let texts = [
            "CV draft, then the cv again",
            "Über ÄRGER reden",
            "指導について話した",
            "party 🎉 time",
            "ΣΟΦΙΑ",
            "İstanbul",
            "a 5 \u{212A} resistor",
            "Ĉu? — ĉiam",
            "",
            "   ",
            "Straße",
            "x",
        ];
        let queries = [
            "cv",
            "CV",
            "c",
            "v",
            " a",
            "ärger",
            "ÄRGER",
            "指導",
            "🎉",
            "σοφια",
            "i",
            "i̇",
            "istanbul",
            "stan",
            "k",
            "K",
            "\u{212A}",
            "5 k",
            "ss",
            "ß",
            "x",
            "X",
            "e",
            "t",
            "the",
            "agai",
            "ĉ",
            "?",
            "—",
        ];
        for t in texts {
            let summary = summary_of(t);
            for q in queries {
                let Some(n) = Needle::new(q) else { continue };
                assert_eq!(n.matches(summary, t), contains(t, q), "{q:?} in {t:?}");
            }
        }
    }

    proptest::proptest! {
        /// Texts and queries of a few letters in both cases, 'İ', the Kelvin sign and
        /// others: the quick test and `find_matches` always agree.
        #[test]
        fn any_text_and_query(
            t in "[a-cA-C İi̇K\u{212A}kéÉ.]{0,14}",
            q in "[a-cA-C İi̇kK\u{212A}é.]{1,4}",
        ) {
            let summary = summary_of(&t);
            if let Some(n) = Needle::new(&q) {
                proptest::prop_assert_eq!(n.matches(summary, &t), contains(&t, &q));
            }
        }
    }

    #[test]
    fn the_least_common_letter_anchors_the_search() {
        let n = Needle::new("Ez").unwrap();
        assert_eq!(n.anchor, Some(1));
        assert!(ascii_find(b"a LAZE of E", b"ze", 0));
        assert!(ascii_find(b"bEZ", b"ez", 1));
        assert!(!ascii_find(b"z", b"ez", 1));
        assert!(!ascii_find(b"e e z", b"ez", 1));
    }

    #[test]
    fn matches_count_and_list_by_range() {
        let mut m = Matches::none(200);
        for i in [0, 3, 63, 64, 65, 130, 199] {
            m.set(i);
        }
        assert_eq!(m.count(0..200), 7);
        assert_eq!(m.count(3..65), 3);
        assert_eq!(m.count(4..63), 0);
        assert_eq!(m.first(1..200, 3).collect::<Vec<_>>(), vec![3, 63, 64]);
        assert_eq!(m.first(64..131, 10).collect::<Vec<_>>(), vec![64, 65, 130]);
        assert!(!m.is_empty());
        assert!(Matches::none(10).is_empty());
    }
}
