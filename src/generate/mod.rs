//! A synthetic but plausible mentoring journey, for benchmarks and tests.
//!
//! [`journey`] builds a [`Journey`] of a given [`Size`] from a seed: the same seed and size
//! always give the same journey (a tiny built-in PRNG, no dependency). Ids run 1..n per
//! record kind, vectors are ordered by id and answers by key then day, exactly as
//! `Store::load` returns them, so `write` followed by `load` gives the journey back.
//!
//! [`Size::ten_years`] is the journey of the performance targets (about 10 mentors, 500
//! goals with 5,000 milestones and 10,000 reviews, 1,000 meetings with 5,000 action items,
//! 2,000 answer versions); [`Size::times`] scales it (the benchmarks also run 100 times
//! larger).

mod records;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::domain::{Clock, Journey};
use crate::method::method;
use crate::store::Store;
use records::Gen;

/// How many records of each kind to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub mentors: usize,
    pub goals: usize,
    pub milestones: usize,
    pub reviews: usize,
    pub meetings: usize,
    pub actions: usize,
    pub answers: usize,
    pub questions: usize,
}

impl Size {
    /// Ten years of a committed mentee: the size the performance targets are set for.
    #[must_use]
    pub const fn ten_years() -> Size {
        Size {
            mentors: 10,
            goals: 500,
            milestones: 5_000,
            reviews: 10_000,
            meetings: 1_000,
            actions: 5_000,
            answers: 2_000,
            questions: 300,
        }
    }

    /// A few of everything: enough for lists to scroll, quick enough for property tests.
    #[must_use]
    pub const fn small() -> Size {
        Size {
            mentors: 3,
            goals: 12,
            milestones: 40,
            reviews: 60,
            meetings: 20,
            actions: 50,
            answers: 80,
            questions: 6,
        }
    }

    /// Every count multiplied by `k`.
    #[must_use]
    pub const fn times(self, k: usize) -> Size {
        Size {
            mentors: self.mentors * k,
            goals: self.goals * k,
            milestones: self.milestones * k,
            reviews: self.reviews * k,
            meetings: self.meetings * k,
            actions: self.actions * k,
            answers: self.answers * k,
            questions: self.questions * k,
        }
    }

    /// Records in all, for reports.
    #[must_use]
    pub const fn total(&self) -> usize {
        self.mentors
            + self.goals
            + self.milestones
            + self.reviews
            + self.meetings
            + self.actions
            + self.answers
            + self.questions
    }
}

/// The day the generated journeys end on (the frozen "today" of the tests).
#[must_use]
pub fn end_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default()
}

/// A clock at the end of the generated journeys, for apps opened on them.
#[must_use]
pub fn clock() -> Clock {
    Clock::fixed(at(end_day(), 12, 0))
}

/// Builds a journey of `size` from `seed`. Deterministic.
#[must_use]
pub fn journey(size: &Size, seed: u64) -> Journey {
    let mut g = Gen::new(Rng::new(seed), span_days(size));
    let mentors = g.mentors(size.mentors);
    let meetings = g.meetings(size.meetings, &mentors);
    let goals = g.goals(size.goals, &mentors);
    let milestones = g.milestones(size.milestones, &goals);
    let reviews = g.reviews(size.reviews, &goals, &meetings);
    let actions = g.actions(size.actions, &meetings, &goals);
    let questions = g.questions(size.questions, &meetings);
    let (answers, private_answers, markers) = g.answers(size.answers);
    Journey {
        mentors: mentors.into(),
        answers,
        private_answers,
        markers,
        goals: goals.into(),
        milestones: milestones.into(),
        reviews: reviews.into(),
        meetings: meetings.into(),
        actions: actions.into(),
        questions: questions.into(),
        agenda_items: crate::domain::passes::Records::default(),
        settings: BTreeMap::new(),
        index: crate::domain::index::Index::default(),
    }
    .indexed()
}

/// Writes a journey built by [`journey`] (ids set) into an empty store, in one transaction.
///
/// # Errors
/// If SQLite refuses a write (for example, the store is not empty and an id is taken).
pub fn write(store: &Store, j: &Journey) -> rusqlite::Result<()> {
    let stamp = clock().stamp();
    store.atomically(|s| s.insert_journey(j, stamp))
}

/// Ten years, or longer when there are more answer versions per key than days in ten years
/// (a key has at most one version a day).
fn span_days(size: &Size) -> u64 {
    let keys = answer_keys().len().max(1);
    let per_key = size.answers.div_ceil(keys) as u64;
    3_652.max(per_key + per_key / 5)
}

/// Every answer key of the method: the four questions, their prompts, the worksheet's three
/// entries per stem.
#[must_use]
pub fn answer_keys() -> Vec<String> {
    let m = method();
    let mut keys = Vec::new();
    for q in &m.questions {
        keys.push(q.key());
        keys.extend(q.prompts.iter().map(|p| q.prompt_key(p)));
    }
    for s in &m.worksheet.stems {
        keys.extend([s.ideal_key(), s.reality_key(), s.gap_key()]);
    }
    keys
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    let t = day.and_hms_opt(hour, minute, 0).unwrap_or_default();
    Utc.from_utc_datetime(&t)
}

fn id(i: usize) -> i64 {
    i64::try_from(i + 1).unwrap_or(i64::MAX)
}

/// SplitMix64: tiny, fast, and good enough for test data.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next_u64() % n as u64).unwrap_or(0)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_journey_and_another_seed_does_not() {
        let a = journey(&Size::small(), 7);
        assert_eq!(a, journey(&Size::small(), 7));
        assert_ne!(a, journey(&Size::small(), 8));
    }

    #[test]
    fn ten_years_has_the_promised_counts() {
        let j = journey(&Size::ten_years(), 1);
        assert_eq!(j.mentors.len(), 10);
        assert_eq!(j.goals.len(), 500);
        assert_eq!(j.milestones.len(), 5_000);
        assert_eq!(j.reviews.len(), 10_000);
        assert_eq!(j.meetings.len(), 1_000);
        assert_eq!(j.actions.len(), 5_000);
        assert_eq!(j.answers.values().map(Vec::len).sum::<usize>(), 2_000);
        assert!(j.goals.iter().any(|g| g.private));
        assert!(j.meetings.iter().any(|m| m.notes_private));
        assert!(!j.markers.is_empty());
        assert!(!j.private_answers.is_empty());
        // Ids 1..n in order; answers by day, one version a day per key.
        for (i, r) in j.reviews.iter().enumerate() {
            assert_eq!(r.id, id(i));
        }
        for versions in j.answers.values() {
            assert!(versions.windows(2).all(|w| w[0].day < w[1].day));
        }
    }

    #[test]
    fn written_and_loaded_back_it_is_the_same() {
        let j = journey(&Size::small(), 3);
        let store = Store::open_in_memory().unwrap();
        write(&store, &j).unwrap();
        assert_eq!(store.load().unwrap(), j);
    }

    #[test]
    fn a_huge_answer_count_stretches_the_span_instead_of_repeating_days() {
        let size = Size {
            answers: 50 * 4_000,
            ..Size::small()
        };
        assert!(span_days(&size) > 4_000);
    }
}
