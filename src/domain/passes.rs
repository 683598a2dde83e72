//! Counts whole passes over a list of the journey's records, in test builds only, so a test
//! can check that drawing a screen (or acting on a key) makes a fixed number of them however
//! many rows it shows: a pass per row — per goal, per meeting — is what makes a screen slow
//! on a long journey. The shared functions that pass over a whole list (`milestones_of`,
//! `actions_of`, `GoalFacts::of`, ...) note each pass here.

#[cfg(test)]
thread_local! {
    static PASSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Notes one pass over a whole list of records. Does nothing outside tests.
#[inline]
pub(crate) fn note() {
    #[cfg(test)]
    PASSES.with(|p| p.set(p.get() + 1));
}

/// The passes noted on this thread since the last call.
#[cfg(test)]
pub(crate) fn take() -> usize {
    PASSES.with(|p| p.replace(0))
}
