//! Counts whole passes over a list of the journey's records, in test builds only, so a test
//! can check that drawing a screen (or acting on a key) makes a fixed number of them however
//! many rows it shows: a pass per row — per goal, per meeting — is what makes a screen slow
//! on a long journey.
//!
//! The journey's lists are [`Records`]: a `Vec` whose iterators (`iter()`, `iter_mut()`,
//! `for … in &list`) note a pass here when they start and count each record they yield, so
//! a pass written inline anywhere is counted like one through a shared function. Outside
//! tests they are the slice's own iterators: nothing is counted and nothing costs more.
//! Copies of the records kept elsewhere and scanned on a key (the search index) are counted
//! through [`over`].
//!
//! What is not counted: going through the `Vec` or slice explicitly (`list.as_slice()`,
//! `&list[..]`, a function taking `&[T]`), slice methods that scan (`contains`, `to_vec`,
//! `clone`, `sort`, `retain`), and the maps of the journey (answers, markers, settings),
//! whose keys are bounded by the method's questions — though the versions of an answer
//! grow with the journey.

use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Serialize};

#[cfg(test)]
thread_local! {
    static PASSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static VISITED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Notes one pass over a whole list of records.
#[cfg(test)]
fn note() {
    PASSES.with(|p| p.set(p.get() + 1));
}

#[cfg(test)]
thread_local! {
    /// Whether each pass reports, when it ends, where it started and how many records it
    /// visited (`frame_cost` sets it for the step named by `MENTEE_TRACE_STEP`).
    pub(crate) static TRACE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The passes noted on this thread since the last call.
#[cfg(test)]
pub(crate) fn take() -> usize {
    PASSES.with(|p| p.replace(0))
}

/// The records yielded by the journey's list iterators on this thread since the last call.
#[cfg(test)]
pub(crate) fn take_visited() -> usize {
    VISITED.with(|p| p.replace(0))
}

/// A list of the journey's records: a `Vec` (every `Vec` and slice method works through
/// `Deref`) whose own iterators are counted in tests (see the module comment).
///
/// It also carries a stamp saying which contents it holds: every way of changing the list
/// (`DerefMut`, `iter_mut`, `extend`, building one) gives it a stamp no list has had, and a
/// clone keeps it, so two lists with the same stamp hold the same records. The journey's
/// indexes (`domain::index`) note the stamps they were built from and are used only while
/// those are still the lists' stamps: a change made anywhere, even straight to a public
/// list, can never leave a stale index in use.
#[derive(Clone)]
pub struct Records<T> {
    items: Vec<T>,
    stamp: u64,
}

/// A stamp no list has had (0 is an empty list's).
fn fresh_stamp() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Shown as the `Vec` it is.
impl<T: std::fmt::Debug> std::fmt::Debug for Records<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.items.fmt(f)
    }
}

/// Equal when the records are (the stamps say nothing about equality of other lists).
impl<T: PartialEq> PartialEq for Records<T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl<T: Eq> Eq for Records<T> {}

impl<T: std::hash::Hash> std::hash::Hash for Records<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.items.hash(state);
    }
}

impl<T: Serialize> Serialize for Records<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Records<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::deserialize(d).map(Self::from)
    }
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The iterator of [`Records::iter`]: counted in tests, the slice's own otherwise.
#[cfg(not(test))]
pub type Iter<'a, T> = std::slice::Iter<'a, T>;
#[cfg(test)]
pub type Iter<'a, T> = Counted<std::slice::Iter<'a, T>>;
/// The iterator of [`Records::iter_mut`].
#[cfg(not(test))]
pub type IterMut<'a, T> = std::slice::IterMut<'a, T>;
#[cfg(test)]
pub type IterMut<'a, T> = Counted<std::slice::IterMut<'a, T>>;
/// The iterator of `Records` by value.
#[cfg(not(test))]
pub type IntoIter<T> = std::vec::IntoIter<T>;
#[cfg(test)]
pub type IntoIter<T> = Counted<std::vec::IntoIter<T>>;

impl<T> Records<T> {
    #[must_use]
    pub const fn new() -> Self {
        Self {
            items: Vec::new(),
            stamp: 0,
        }
    }

    /// Which contents the list holds: the same stamp, the same records (see [`Records`]).
    #[must_use]
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// Every record, in order: one pass.
    #[allow(clippy::iter_without_into_iter)] // `&Records` is `IntoIterator`.
    pub fn iter(&self) -> Iter<'_, T> {
        counted(self.items.iter())
    }

    /// Every record, in order, to change: one pass.
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        self.stamp = fresh_stamp();
        counted(self.items.iter_mut())
    }

    /// The `Vec` itself.
    #[must_use]
    pub fn into_vec(self) -> Vec<T> {
        self.items
    }
}

/// Every item of `slice`, counted as a pass like the journey's own lists: for what is
/// copied from them and searched on every key (the search index).
pub fn over<T>(slice: &[T]) -> Iter<'_, T> {
    counted(slice.iter())
}

/// Notes `n` records visited without a pass (reached through an index, one by one).
pub fn note_visits(n: usize) {
    #[cfg(test)]
    VISITED.with(|v| v.set(v.get() + n));
    #[cfg(not(test))]
    let _ = n;
}

/// Every item of `slice`, a part of a list found through an index (a goal's milestones, a
/// meeting's action items): not a pass over a whole list, but each record it yields is
/// counted as visited, as a pass's are.
pub fn within<T>(slice: &[T]) -> Iter<'_, T> {
    #[cfg(test)]
    return Counted(slice.iter(), tracer());
    #[cfg(not(test))]
    slice.iter()
}

#[cfg(not(test))]
#[inline]
fn counted<I>(it: I) -> I {
    it
}

#[cfg(test)]
fn counted<I>(it: I) -> Counted<I> {
    note();
    Counted(it, tracer())
}

impl<T> Deref for Records<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<T> DerefMut for Records<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        self.stamp = fresh_stamp();
        &mut self.items
    }
}

impl<T> From<Vec<T>> for Records<T> {
    fn from(items: Vec<T>) -> Self {
        Self {
            items,
            stamp: fresh_stamp(),
        }
    }
}

impl<T> From<Records<T>> for Vec<T> {
    fn from(r: Records<T>) -> Self {
        r.items
    }
}

impl<T> FromIterator<T> for Records<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T> Extend<T> for Records<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.stamp = fresh_stamp();
        self.items.extend(iter);
    }
}

impl<'a, T> IntoIterator for &'a Records<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Records<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> IntoIterator for Records<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        counted(self.items.into_iter())
    }
}

/// An iterator over a journey's list that counts the records it yields (tests only).
#[cfg(test)]
#[derive(Clone, Debug)]
pub struct Counted<I>(I, Option<Trace>);

/// Where a traced pass started and the records it has visited (shared by its clones).
#[cfg(test)]
type Trace = std::rc::Rc<std::cell::Cell<(usize, &'static str)>>;

/// A trace for a pass starting now, when tracing (see [`TRACE`]): the functions it was
/// started from.
#[cfg(test)]
fn tracer() -> Option<Trace> {
    if !TRACE.with(std::cell::Cell::get) {
        return None;
    }
    let bt = std::backtrace::Backtrace::force_capture().to_string();
    let frames: Vec<String> = bt
        .lines()
        .filter(|l| {
            l.contains("mentee::")
                && !l.contains("passes::")
                && !l.contains("index::at")
                && !l.contains("index::of_one")
        })
        .take(3)
        .map(|l| l.trim().split_once(": ").map_or(l, |x| x.1).to_string())
        .collect();
    let s: &'static str = Box::leak(frames.join(" <- ").into_boxed_str());
    Some(std::rc::Rc::new(std::cell::Cell::new((0, s))))
}

/// A traced pass reports when its last clone ends.
#[cfg(test)]
impl<I> Drop for Counted<I> {
    fn drop(&mut self) {
        if let Some(t) = self.1.take()
            && std::rc::Rc::strong_count(&t) == 1
        {
            let (n, s) = t.get();
            eprintln!("VISIT {n} {s}");
        }
    }
}

#[cfg(test)]
impl<I: Iterator> Iterator for Counted<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let item = self.0.next();
        if item.is_some() {
            VISITED.with(|v| v.set(v.get() + 1));
            if let Some(t) = &self.1 {
                let (n, s) = t.get();
                t.set((n + 1, s));
            }
        }
        item
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

#[cfg(test)]
impl<I: DoubleEndedIterator> DoubleEndedIterator for Counted<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        let item = self.0.next_back();
        if item.is_some() {
            VISITED.with(|v| v.set(v.get() + 1));
            if let Some(t) = &self.1 {
                let (n, s) = t.get();
                t.set((n + 1, s));
            }
        }
        item
    }
}

#[cfg(test)]
impl<I: ExactSizeIterator> ExactSizeIterator for Counted<I> {}

#[cfg(test)]
impl<I: std::iter::FusedIterator> std::iter::FusedIterator for Counted<I> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_gives_a_list_a_stamp_of_its_own() {
        let mut list: Records<u32> = (0..3).collect();
        let copy = list.clone();
        assert_eq!(list.stamp(), copy.stamp());
        list.push(3);
        assert_ne!(list.stamp(), copy.stamp());
        let before = list.stamp();
        for n in &mut list {
            *n += 1;
        }
        assert_ne!(list.stamp(), before);
        let before = list.stamp();
        list.retain(|n| *n > 1);
        assert_ne!(list.stamp(), before);
        // Reading leaves it.
        let before = list.stamp();
        assert_eq!(list.iter().count(), list.len());
        assert_eq!(list.stamp(), before);
    }

    #[test]
    fn every_way_of_going_through_a_list_is_counted() {
        let list: Records<u32> = (0..10).collect();
        take();
        take_visited();
        for _ in &list {}
        assert_eq!(list.iter().take(3).count(), 3);
        assert_eq!(list.iter().next_back(), Some(&9));
        let copy: Vec<u32> = list.clone().into_iter().collect();
        assert_eq!(over(&copy).filter(|n| **n > 4).count(), 5);
        assert_eq!((take(), take_visited()), (5, 10 + 3 + 1 + 10 + 10));
        // Reaching a record by position or by binary search is not a pass.
        assert_eq!(list[4], 4);
        assert_eq!(list.binary_search(&7), Ok(7));
        assert_eq!(list.len(), 10);
        assert_eq!((take(), take_visited()), (0, 0));
    }
}
