//! Rules about goals shared by every screen that shows them (Goals tab, Overview, the
//! shared-screen review, the agenda): progress, overdue, review cadence, ordering, and the
//! values that follow from an edit. Plain functions over the journey: no I/O, no rendering.
//!
//! Progress has two modes. `Manual`: the goal's `progress` is typed by hand, and recording
//! progress in the goal's latest review sets it. `Milestones`: `progress` is derived from the
//! milestones (done / total, rounded) and kept in sync in the store, so exports and a reload
//! agree; a review then records the derived value at that time and does not change it.
//!
//! Review cadence: a goal is "not reviewed within the cadence" when its last review (or, never
//! reviewed, its creation day) is more than one agreed cadence step ago. The cadence is that of
//! the goal's mentor; without a mentor or an agreed cadence, the most frequent cadence agreed
//! with any mentor; with none agreed at all, [`DEFAULT_CADENCE`]. Done and dropped goals are
//! never overdue and never due a review.

use chrono::NaiveDate;

mod order;
#[cfg(test)]
mod test_data;

pub use order::{
    GoalSort, MentorFilter, StatusFilter, listed, next_goal_position, next_milestone_position,
    priority_order, swapped_positions,
};

use super::choice::{Cadence, GoalStatus, ProgressMode};
use super::clock::Clock;
use super::draft::Draft;
use super::field::{FieldKey, GoalField, MilestoneField, Record, ReviewField, Value};
use super::journey::Journey;
use super::records::{Goal, Id, Milestone, Review};

/// The cadence assumed when none is agreed: meeting regularly, about once a month.
pub const DEFAULT_CADENCE: Cadence = Cadence::Monthly;

/// A goal's milestones in their order (position, then id).
#[must_use]
pub fn milestones_of(j: &Journey, goal_id: Id) -> Vec<&Milestone> {
    if let Some(ms) = j.indexed_milestones(goal_id) {
        return ms.collect();
    }
    let mut out: Vec<&Milestone> = j
        .milestones
        .iter()
        .filter(|m| m.goal_id == goal_id)
        .collect();
    out.sort_by_key(|m| (m.position, m.id));
    out
}

/// A goal's reviews, oldest first (day, then id).
#[must_use]
pub fn reviews_of(j: &Journey, goal_id: Id) -> Vec<&Review> {
    if let Some(rs) = j.indexed_reviews(goal_id) {
        return rs.collect();
    }
    let mut out: Vec<&Review> = j.reviews.iter().filter(|r| r.goal_id == goal_id).collect();
    out.sort_by_key(|r| (r.day, r.id));
    out
}

/// The most recent review of a goal (latest day; the later entry on the same day).
#[must_use]
pub fn last_review(j: &Journey, goal_id: Id) -> Option<&Review> {
    if let Some(mut rs) = j.indexed_reviews(goal_id) {
        return rs.next_back();
    }
    j.reviews
        .iter()
        .filter(|r| r.goal_id == goal_id)
        .max_by_key(|r| (r.day, r.id))
}

/// Percent done from milestone done-flags, rounded to the nearest whole percent; 0 without
/// milestones.
pub fn progress_from(done_flags: impl IntoIterator<Item = bool>) -> u8 {
    let (done, total) = done_flags
        .into_iter()
        .fold((0usize, 0usize), |(d, t), done| {
            (d + usize::from(done), t + 1)
        });
    progress_of_counts(done, total)
}

/// Percent done from (done, total) milestones, as [`progress_from`] rounds it.
#[must_use]
pub fn progress_of_counts(done: usize, total: usize) -> u8 {
    let (done, total) = (done as u64, total as u64);
    if total == 0 {
        return 0;
    }
    u8::try_from((done * 100 + total / 2) / total).unwrap_or(100)
}

/// Progress derived from a goal's milestones.
#[must_use]
pub fn milestone_progress(j: &Journey, goal_id: Id) -> u8 {
    if let Some(ms) = j.indexed_milestones(goal_id) {
        return progress_from(ms.map(|m| m.done));
    }
    progress_from(
        j.milestones
            .iter()
            .filter(|m| m.goal_id == goal_id)
            .map(|m| m.done),
    )
}

/// (done, total) milestones of a goal.
#[must_use]
pub fn milestone_counts(j: &Journey, goal_id: Id) -> (usize, usize) {
    if let Some(ms) = j.indexed_milestones(goal_id) {
        return (ms.clone().filter(|m| m.done).count(), ms.len());
    }
    let ms = j.milestones.iter().filter(|m| m.goal_id == goal_id);
    ms.fold((0, 0), |(d, t), m| (d + usize::from(m.done), t + 1))
}

/// The progress to show for a goal, by its mode.
#[must_use]
pub fn effective_progress(j: &Journey, goal: &Goal) -> u8 {
    match goal.progress_mode {
        ProgressMode::Manual => goal.progress,
        ProgressMode::Milestones => milestone_progress(j, goal.id),
    }
}

/// [`effective_progress`] of a goal whose milestones are `done` of `total`, for callers
/// that have counted them already.
#[must_use]
pub fn progress_with_counts(goal: &Goal, done: usize, total: usize) -> u8 {
    match goal.progress_mode {
        ProgressMode::Manual => goal.progress,
        ProgressMode::Milestones => progress_of_counts(done, total),
    }
}

/// Still being worked on: neither done nor dropped.
#[must_use]
pub fn is_open(goal: &Goal) -> bool {
    !matches!(goal.status, GoalStatus::Done | GoalStatus::Dropped)
}

/// The target date has passed and the goal is neither done nor dropped.
#[must_use]
pub fn is_overdue(goal: &Goal, today: NaiveDate) -> bool {
    is_open(goal) && goal.target_date.is_some_and(|d| d < today)
}

/// How often this goal should be reviewed (see the module notes).
#[must_use]
pub fn review_cadence(goal: &Goal, j: &Journey) -> Cadence {
    cadence_or(goal, j, || most_frequent_agreed(j))
}

/// The most frequent cadence agreed with any mentor: the cadence of goals whose own mentor
/// agreed none.
fn most_frequent_agreed(j: &Journey) -> Option<Cadence> {
    j.mentors.iter().filter_map(|m| m.agreement.cadence).min()
}

fn cadence_or(goal: &Goal, j: &Journey, fallback: impl FnOnce() -> Option<Cadence>) -> Cadence {
    goal.mentor_id
        .and_then(|id| j.mentor(id))
        .and_then(|m| m.agreement.cadence)
        .or_else(fallback)
        .unwrap_or(DEFAULT_CADENCE)
}

/// The last day on which the goal still counts as reviewed within its cadence.
#[must_use]
pub fn review_due_on(goal: &Goal, j: &Journey) -> NaiveDate {
    due_after(
        goal,
        last_review(j, goal.id).map(|r| r.day),
        review_cadence(goal, j),
    )
}

/// One cadence step after the last review, or after the goal was set when never reviewed.
fn due_after(goal: &Goal, last_reviewed: Option<NaiveDate>, cadence: Cadence) -> NaiveDate {
    // Never reviewed: count from the day it was set (its UTC day; at most a day off locally).
    let since = last_reviewed.unwrap_or_else(|| goal.created_at.date_naive());
    cadence.next_after(since)
}

/// No review for longer than the agreed cadence (open goals only).
#[must_use]
pub fn not_reviewed_within_cadence(goal: &Goal, j: &Journey, today: NaiveDate) -> bool {
    is_open(goal) && today > review_due_on(goal, j)
}

/// What the functions above find by scanning every milestone and review, for many goals at
/// once: one pass over the milestones and one over the reviews, instead of a pass per goal
/// and question. Screens that show several goals build it once per frame (it is not kept:
/// the journey may change between frames) for the goals they show, then ask it per goal.
/// Asked about a goal it was not built for, it scans, so an answer is never wrong.
pub struct GoalFacts<'a> {
    j: &'a Journey,
    /// By goal id, ordered by it: a binary search is quicker than hashing for the few goals
    /// a screen shows, and as quick for all of them.
    facts: Vec<(Id, Facts<'a>)>,
    /// The cadence of goals whose mentor agreed none (see [`review_cadence`]): found the
    /// first time a goal needs it (a pass over the mentors), not for every screen.
    fallback: std::cell::OnceCell<Option<Cadence>>,
}

#[derive(Clone, Copy, Debug, Default)]
struct Facts<'a> {
    done: usize,
    total: usize,
    /// The first milestone not done, in the goal's order (position, then id).
    next_open: Option<&'a Milestone>,
    /// The latest review (day, then id), as [`last_review`] finds it.
    last_review: Option<&'a Review>,
}

impl<'a> GoalFacts<'a> {
    /// Facts about `goals` (on the shared screen `j` is the shared-only journey, so private
    /// reviews do not count there).
    pub fn of(j: &'a Journey, goals: impl IntoIterator<Item = Id>) -> GoalFacts<'a> {
        let mut facts: Vec<(Id, Facts<'a>)> =
            goals.into_iter().map(|id| (id, Facts::default())).collect();
        facts.sort_unstable_by_key(|(id, _)| *id);
        facts.dedup_by_key(|(id, _)| *id);
        let at = |facts: &[(Id, Facts<'a>)], id: Id| facts.binary_search_by_key(&id, |f| f.0).ok();
        let indexed = facts.iter_mut().try_for_each(|(id, f)| {
            let ms = j.indexed_milestones(*id)?;
            f.total = ms.len();
            f.done = ms.clone().filter(|m| m.done).count();
            f.next_open = ms.clone().find(|m| !m.done);
            f.last_review = j.indexed_reviews(*id)?.next_back();
            Some(())
        });
        if indexed.is_none() && !facts.is_empty() {
            facts.iter_mut().for_each(|(_, f)| *f = Facts::default());
            for m in &j.milestones {
                if let Some(i) = at(&facts, m.goal_id) {
                    let f = &mut facts[i].1;
                    f.done += usize::from(m.done);
                    f.total += 1;
                    if !m.done
                        && f.next_open
                            .is_none_or(|n| (m.position, m.id) < (n.position, n.id))
                    {
                        f.next_open = Some(m);
                    }
                }
            }
            let later = |r: &Review, than: Option<&Review>| {
                than.is_none_or(|l| (r.day, r.id) > (l.day, l.id))
            };
            for r in &j.reviews {
                if let Some(i) = at(&facts, r.goal_id) {
                    let f = &mut facts[i].1;
                    if later(r, f.last_review) {
                        f.last_review = Some(r);
                    }
                }
            }
        }
        GoalFacts {
            j,
            facts,
            fallback: std::cell::OnceCell::new(),
        }
    }

    fn get(&self, goal: Id) -> Option<&Facts<'a>> {
        self.facts
            .binary_search_by_key(&goal, |f| f.0)
            .ok()
            .map(|i| &self.facts[i].1)
    }

    /// (done, total) milestones, as [`milestone_counts`].
    #[must_use]
    pub fn milestone_counts(&self, goal: Id) -> (usize, usize) {
        self.get(goal)
            .map_or_else(|| milestone_counts(self.j, goal), |f| (f.done, f.total))
    }

    /// The first milestone not done yet, in the goal's order.
    #[must_use]
    pub fn next_open_milestone(&self, goal: Id) -> Option<&'a Milestone> {
        match self.get(goal) {
            Some(f) => f.next_open,
            None => milestones_of(self.j, goal).into_iter().find(|m| !m.done),
        }
    }

    /// The progress to show, as [`effective_progress`].
    #[must_use]
    pub fn progress(&self, goal: &Goal) -> u8 {
        match goal.progress_mode {
            ProgressMode::Manual => goal.progress,
            ProgressMode::Milestones => {
                let (done, total) = self.milestone_counts(goal.id);
                progress_with_counts(goal, done, total)
            }
        }
    }

    /// The latest review, as [`last_review`].
    #[must_use]
    pub fn last_review(&self, goal: Id) -> Option<&'a Review> {
        match self.get(goal) {
            Some(f) => f.last_review,
            None => last_review(self.j, goal),
        }
    }

    /// As [`not_reviewed_within_cadence`].
    #[must_use]
    pub fn not_reviewed_within_cadence(&self, goal: &Goal, today: NaiveDate) -> bool {
        let cadence = cadence_or(goal, self.j, || {
            *self.fallback.get_or_init(|| most_frequent_agreed(self.j))
        });
        let last = self.last_review(goal.id).map(|r| r.day);
        is_open(goal) && today > due_after(goal, last, cadence)
    }
}

/// Edits that must be stored together with `key = value` so derived values stay true:
/// ticking a milestone records today as `done_on` (unticking clears it) and updates a
/// milestone-derived progress; switching a goal to milestone progress derives it; recording
/// progress in the latest review of a hand-set goal sets the goal's progress.
#[must_use]
pub fn consequences(
    j: &Journey,
    key: &FieldKey,
    value: &Value,
    today: NaiveDate,
) -> Vec<(FieldKey, Value)> {
    let mut out = Vec::new();
    match key {
        FieldKey::Milestone(id, MilestoneField::Done) => {
            let Some(m) = j.milestone(*id) else {
                return out;
            };
            let done = matches!(value, Value::Bool(true));
            let done_on = done.then_some(today);
            if m.done_on != done_on {
                out.push((
                    FieldKey::Milestone(*id, MilestoneField::DoneOn),
                    Value::Date(done_on),
                ));
            }
            let flags = of_goal(j, m.goal_id)
                .into_iter()
                .map(|x| if x.id == *id { done } else { x.done });
            push_derived(j, m.goal_id, progress_from(flags), &mut out);
        }
        FieldKey::Goal(id, GoalField::ProgressMode) => {
            if *value == Value::Choice(Some(ProgressMode::Milestones.code()))
                && let Some(g) = j.goal(*id)
                && g.progress != milestone_progress(j, *id)
            {
                out.push(progress_value(*id, milestone_progress(j, *id)));
            }
        }
        FieldKey::Review(id, ReviewField::Progress) => {
            let Some(r) = j.review(*id) else {
                return out;
            };
            let latest = last_review(j, r.goal_id).is_some_and(|l| l.id == *id);
            if let (Some(g), Value::Int(Some(p)), true) = (j.goal(r.goal_id), value, latest)
                && g.progress_mode == ProgressMode::Manual
                && i64::from(g.progress) != *p
            {
                out.push((
                    FieldKey::Goal(g.id, GoalField::Progress),
                    Value::Int(Some(*p)),
                ));
            }
        }
        _ => {}
    }
    out
}

/// Edits that must be stored together with deleting a record: removing a milestone updates a
/// milestone-derived progress.
#[must_use]
pub fn consequences_of_delete(j: &Journey, record: Record, id: Id) -> Vec<(FieldKey, Value)> {
    let mut out = Vec::new();
    if record == Record::Milestone
        && let Some(m) = j.milestone(id)
    {
        let flags = of_goal(j, m.goal_id)
            .into_iter()
            .filter(|x| x.id != id)
            .map(|x| x.done);
        push_derived(j, m.goal_id, progress_from(flags), &mut out);
    }
    out
}

/// Edits that must be stored together with adding a record: a new milestone changes a
/// milestone-derived progress; a review that becomes a hand-set goal's latest sets the goal's
/// progress (a milestone-derived progress is left to the milestones; the review keeps the
/// value it records).
#[must_use]
pub fn consequences_of_insert(j: &Journey, draft: &Draft) -> Vec<(FieldKey, Value)> {
    let mut out = Vec::new();
    match draft {
        Draft::Milestone(m) => {
            let flags = of_goal(j, m.goal_id)
                .into_iter()
                .map(|x| x.done)
                .chain([m.done]);
            push_derived(j, m.goal_id, progress_from(flags), &mut out);
        }
        Draft::Review(r) => {
            let becomes_latest = last_review(j, r.goal_id).is_none_or(|l| r.day >= l.day);
            if let Some(g) = j.goal(r.goal_id)
                && g.progress_mode == ProgressMode::Manual
                && becomes_latest
                && g.progress != r.progress
            {
                out.push(progress_value(g.id, r.progress));
            }
        }
        _ => {}
    }
    out
}

/// A review of a goal dated today, at the goal's current progress, tied to the latest
/// meeting held today if there is one (among the meetings of `j`: on the shared screen,
/// those it shows).
#[must_use]
pub fn review_draft(j: &Journey, clock: &Clock, goal_id: Id) -> Review {
    let today = clock.today();
    let progress = j.goal(goal_id).map_or(0, |g| effective_progress(j, g));
    let meeting_id = crate::domain::meetings::meetings_on(j, clock, today)
        .last()
        .map(|m| m.id);
    Review {
        goal_id,
        day: today,
        progress,
        meeting_id,
        created_at: clock.now(),
        ..Review::default()
    }
}

/// A goal's milestones, in any order (from the index when it holds).
fn of_goal(j: &Journey, goal_id: Id) -> Vec<&Milestone> {
    milestones_of(j, goal_id)
}

fn push_derived(j: &Journey, goal_id: Id, derived: u8, out: &mut Vec<(FieldKey, Value)>) {
    if let Some(g) = j.goal(goal_id)
        && g.progress_mode == ProgressMode::Milestones
        && g.progress != derived
    {
        out.push(progress_value(goal_id, derived));
    }
}

fn progress_value(goal_id: Id, p: u8) -> (FieldKey, Value) {
    (
        FieldKey::Goal(goal_id, GoalField::Progress),
        Value::Int(Some(i64::from(p))),
    )
}

#[cfg(test)]
mod tests {
    use super::test_data::*;
    use super::*;
    use crate::domain::Clock;

    #[test]
    fn progress_is_done_over_total_rounded() {
        assert_eq!(progress_from([]), 0);
        assert_eq!(progress_from([true, false, false]), 33);
        assert_eq!(progress_from([true, true, false]), 67);
        assert_eq!(progress_from([true, false]), 50);
        assert_eq!(progress_from([true; 7]), 100);
        let mut j = Journey::default();
        j.goals.push(goal(1));
        j.milestones = vec![milestone(1, 1, true), milestone(2, 1, false)].into();
        j.milestones.push(milestone(3, 2, true)); // another goal's
        assert_eq!(milestone_progress(&j, 1), 50);
        assert_eq!(effective_progress(&j, &j.goals[0]), 50);
        j.goals[0].progress_mode = ProgressMode::Manual;
        j.goals[0].progress = 80;
        assert_eq!(effective_progress(&j, &j.goals[0]), 80);
    }

    #[test]
    fn overdue_means_target_passed_and_still_open() {
        let clock = Clock::at_day(2026, 11, 22);
        let mut g = goal(1);
        assert!(!is_overdue(&g, clock.today()), "no target, never overdue");
        g.target_date = Some(day(2026, 11, 22));
        assert!(!is_overdue(&g, clock.today()), "due today is not overdue");
        g.target_date = Some(day(2026, 11, 21));
        assert!(is_overdue(&g, clock.today()));
        g.status = GoalStatus::OnHold;
        assert!(is_overdue(&g, clock.today()));
        for closed in [GoalStatus::Done, GoalStatus::Dropped] {
            g.status = closed;
            assert!(!is_overdue(&g, clock.today()));
        }
    }

    #[test]
    fn not_reviewed_follows_the_mentors_cadence() {
        let mut clock = Clock::at_day(2026, 11, 1);
        let mut j = Journey {
            mentors: vec![
                mentor(1, Some(Cadence::Weekly)),
                mentor(2, Some(Cadence::Monthly)),
            ]
            .into(),
            ..Journey::default()
        };
        let mut g = goal(1);
        g.mentor_id = Some(2);
        j.goals.push(g);
        j.reviews.push(review(1, 1, day(2026, 10, 20), 10));
        let g = &j.goals[0];
        assert_eq!(review_cadence(g, &j), Cadence::Monthly);
        assert!(!not_reviewed_within_cadence(g, &j, clock.today()));
        clock.set(day(2026, 11, 20).and_hms_opt(12, 0, 0).unwrap().and_utc());
        assert!(
            !not_reviewed_within_cadence(g, &j, clock.today()),
            "exactly one month"
        );
        clock.set(day(2026, 11, 21).and_hms_opt(12, 0, 0).unwrap().and_utc());
        assert!(not_reviewed_within_cadence(g, &j, clock.today()));
        // A newer review resets it.
        j.reviews.push(review(2, 1, day(2026, 11, 15), 20));
        assert!(!not_reviewed_within_cadence(&j.goals[0], &j, clock.today()));
    }

    #[test]
    fn without_a_mentor_cadence_the_most_frequent_agreed_one_applies_else_monthly() {
        let mut j = Journey::default();
        j.goals.push(goal(1));
        assert_eq!(review_cadence(&j.goals[0], &j), DEFAULT_CADENCE);
        j.mentors = vec![mentor(1, None), mentor(2, Some(Cadence::Quarterly))].into();
        j.mentors.push(mentor(3, Some(Cadence::Fortnightly)));
        assert_eq!(review_cadence(&j.goals[0], &j), Cadence::Fortnightly);
        j.goals[0].mentor_id = Some(1); // their agreement has no cadence
        assert_eq!(review_cadence(&j.goals[0], &j), Cadence::Fortnightly);
        // Never reviewed: counted from the day the goal was set (2026-09-01).
        let g = &j.goals[0];
        assert_eq!(review_due_on(g, &j), day(2026, 9, 15));
        assert!(!not_reviewed_within_cadence(g, &j, day(2026, 9, 15)));
        assert!(not_reviewed_within_cadence(g, &j, day(2026, 9, 16)));
        let mut done = g.clone();
        done.status = GoalStatus::Done;
        assert!(!not_reviewed_within_cadence(&done, &j, day(2027, 1, 1)));
    }

    #[test]
    fn last_review_is_the_latest_day_then_the_latest_entry() {
        let j = Journey {
            reviews: vec![
                review(1, 1, day(2026, 10, 5), 10),
                review(2, 1, day(2026, 9, 5), 5),
                review(3, 1, day(2026, 10, 5), 15),
                review(4, 2, day(2026, 12, 5), 90),
            ]
            .into(),
            ..Journey::default()
        };
        assert_eq!(last_review(&j, 1).map(|r| r.id), Some(3));
        let days: Vec<Id> = reviews_of(&j, 1).iter().map(|r| r.id).collect();
        assert_eq!(days, [2, 1, 3]);
        assert!(last_review(&j, 9).is_none());
    }

    #[test]
    fn ticking_records_the_day_and_updates_derived_progress() {
        let today = day(2026, 11, 22);
        let mut j = Journey::default();
        j.goals.push(goal(1));
        j.milestones = vec![milestone(1, 1, false), milestone(2, 1, false)].into();
        let tick = consequences(
            &j,
            &FieldKey::Milestone(1, MilestoneField::Done),
            &Value::Bool(true),
            today,
        );
        assert_eq!(
            tick,
            vec![
                (
                    FieldKey::Milestone(1, MilestoneField::DoneOn),
                    Value::Date(Some(today))
                ),
                (FieldKey::Goal(1, GoalField::Progress), Value::Int(Some(50))),
            ]
        );
        j.milestones[0].done = true;
        j.milestones[0].done_on = Some(today);
        j.goals[0].progress = 50;
        let untick = consequences(
            &j,
            &FieldKey::Milestone(1, MilestoneField::Done),
            &Value::Bool(false),
            today,
        );
        assert_eq!(untick[0].1, Value::Date(None));
        assert_eq!(untick[1].1, Value::Int(Some(0)));
        // Hand-set progress is left alone.
        j.goals[0].progress_mode = ProgressMode::Manual;
        let manual = consequences(
            &j,
            &FieldKey::Milestone(2, MilestoneField::Done),
            &Value::Bool(true),
            today,
        );
        assert_eq!(manual.len(), 1);
        // Deleting the done milestone: 0 of 1.
        j.goals[0].progress_mode = ProgressMode::Milestones;
        assert_eq!(
            consequences_of_delete(&j, Record::Milestone, 1),
            vec![(FieldKey::Goal(1, GoalField::Progress), Value::Int(Some(0)))]
        );
        assert_eq!(
            consequences_of_insert(
                &j,
                &Draft::Milestone(Milestone {
                    goal_id: 1,
                    ..Milestone::default()
                })
            ),
            vec![(FieldKey::Goal(1, GoalField::Progress), Value::Int(Some(33)))]
        );
    }

    #[test]
    fn switching_to_milestones_derives_and_latest_review_sets_manual_progress() {
        let today = day(2026, 11, 22);
        let mut j = Journey::default();
        let mut g = goal(1);
        g.progress_mode = ProgressMode::Manual;
        g.progress = 10;
        j.goals.push(g);
        j.milestones = vec![milestone(1, 1, true)].into();
        let to_ms = consequences(
            &j,
            &FieldKey::Goal(1, GoalField::ProgressMode),
            &Value::Choice(Some("milestones")),
            today,
        );
        assert_eq!(to_ms[0].1, Value::Int(Some(100)));
        j.reviews = vec![
            review(1, 1, day(2026, 9, 1), 5),
            review(2, 1, day(2026, 10, 1), 10),
        ]
        .into();
        let set = |j: &Journey, id| {
            consequences(
                j,
                &FieldKey::Review(id, ReviewField::Progress),
                &Value::Int(Some(60)),
                today,
            )
        };
        assert_eq!(
            set(&j, 2),
            vec![(FieldKey::Goal(1, GoalField::Progress), Value::Int(Some(60)))]
        );
        assert!(
            set(&j, 1).is_empty(),
            "an older review does not move the goal"
        );
        j.goals[0].progress_mode = ProgressMode::Milestones;
        assert!(
            set(&j, 2).is_empty(),
            "derived progress follows milestones only"
        );
    }
}
