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
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Records<T>(Vec<T>);

/// Shown as the `Vec` it is.
impl<T: std::fmt::Debug> std::fmt::Debug for Records<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T> Default for Records<T> {
    fn default() -> Self {
        Self(Vec::new())
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
        Self(Vec::new())
    }

    /// Every record, in order: one pass.
    #[allow(clippy::iter_without_into_iter)] // `&Records` is `IntoIterator`.
    pub fn iter(&self) -> Iter<'_, T> {
        counted(self.0.iter())
    }

    /// Every record, in order, to change: one pass.
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        counted(self.0.iter_mut())
    }

    /// The `Vec` itself.
    #[must_use]
    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

/// Every item of `slice`, counted as a pass like the journey's own lists: for what is
/// copied from them and searched on every key (the search index).
pub fn over<T>(slice: &[T]) -> Iter<'_, T> {
    counted(slice.iter())
}

#[cfg(not(test))]
#[inline]
fn counted<I>(it: I) -> I {
    it
}

#[cfg(test)]
fn counted<I>(it: I) -> Counted<I> {
    note();
    Counted(it)
}

impl<T> Deref for Records<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> DerefMut for Records<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.0
    }
}

impl<T> From<Vec<T>> for Records<T> {
    fn from(v: Vec<T>) -> Self {
        Self(v)
    }
}

impl<T> From<Records<T>> for Vec<T> {
    fn from(r: Records<T>) -> Self {
        r.0
    }
}

impl<T> FromIterator<T> for Records<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl<T> Extend<T> for Records<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.0.extend(iter);
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
        counted(self.0.into_iter())
    }
}

/// An iterator over a journey's list that counts the records it yields (tests only).
#[cfg(test)]
#[derive(Clone, Debug)]
pub struct Counted<I>(I);

#[cfg(test)]
impl<I: Iterator> Iterator for Counted<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        let item = self.0.next();
        if item.is_some() {
            VISITED.with(|v| v.set(v.get() + 1));
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
