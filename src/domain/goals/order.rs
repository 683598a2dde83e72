//! The order of goals: the priority the mentee sets, and how the goal list sorts and filters.

use super::{GoalFacts, is_open};
use crate::domain::{Goal, GoalStatus, Id, Journey};
use strum::{EnumCount, FromRepr};

/// Goals in priority order (position, then id): the order the mentee set.
#[must_use]
pub fn priority_order(j: &Journey) -> Vec<&Goal> {
    if let Some(goals) = j.indexed_priority_order() {
        return goals.collect();
    }
    let mut out: Vec<&Goal> = j.goals.iter().collect();
    out.sort_by_key(|g| (g.position, g.id));
    out
}

/// The position a new goal gets: after every other.
#[must_use]
pub fn next_goal_position(j: &Journey) -> i64 {
    if let Some(mut goals) = j.indexed_priority_order() {
        return goals.next_back().map_or(0, |g| g.position + 1);
    }
    j.goals.iter().map(|g| g.position + 1).max().unwrap_or(0)
}

/// The position a new milestone of a goal gets: after the others.
#[must_use]
pub fn next_milestone_position(j: &Journey, goal_id: Id) -> i64 {
    if let Some(mut ms) = j.indexed_milestones(goal_id) {
        return ms.next_back().map_or(0, |m| m.position + 1);
    }
    j.milestones
        .iter()
        .filter(|m| m.goal_id == goal_id)
        .map(|m| m.position + 1)
        .max()
        .unwrap_or(0)
}

/// Swaps two items of an ordered list and says which positions to store: `order` is the
/// whole list as (id, position) in its current order. Distinct positions are exchanged (two
/// writes); if positions collide (all 0 after an import, say) the list is renumbered 0, 1, ...
/// Returns only the entries whose position changes; empty if `a` or `b` is not in `order`.
#[must_use]
pub fn swapped_positions(order: &[(Id, i64)], a: Id, b: Id) -> Vec<(Id, i64)> {
    let (Some(ia), Some(ib)) = (
        order.iter().position(|(id, _)| *id == a),
        order.iter().position(|(id, _)| *id == b),
    ) else {
        return Vec::new();
    };
    let mut ids: Vec<Id> = order.iter().map(|(id, _)| *id).collect();
    ids.swap(ia, ib);
    let strictly_increasing = order.windows(2).all(|w| w[0].1 < w[1].1);
    ids.iter()
        .enumerate()
        .map(|(k, id)| {
            let pos = if strictly_increasing {
                order[k].1
            } else {
                i64::try_from(k).unwrap_or(i64::MAX)
            };
            (*id, pos)
        })
        .filter(|(id, pos)| order.iter().any(|(i, p)| i == id && p != pos))
        .collect()
}

/// How the goal list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, EnumCount, FromRepr)]
pub enum GoalSort {
    /// The order the mentee set (reorder with `K`/`J`).
    #[default]
    Priority,
    /// Soonest target first; goals without one last.
    TargetDate,
    /// In progress, not started, on hold, done, dropped.
    Status,
    /// Most progress first.
    Progress,
}

impl GoalSort {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            GoalSort::Priority => "priority",
            GoalSort::TargetDate => "target date",
            GoalSort::Status => "status",
            GoalSort::Progress => "progress",
        }
    }

    #[must_use]
    pub fn next(self) -> GoalSort {
        GoalSort::from_repr((self as usize + 1) % GoalSort::COUNT).unwrap_or_default()
    }
}

/// Which statuses the goal list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    All,
    /// Neither done nor dropped.
    Open,
    Is(GoalStatus),
}

impl StatusFilter {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Open => "open",
            StatusFilter::Is(s) => s.label(),
        }
    }

    /// All → open → each status → all.
    #[must_use]
    pub fn next(self) -> StatusFilter {
        let all = GoalStatus::ALL;
        match self {
            StatusFilter::All => StatusFilter::Open,
            StatusFilter::Open => StatusFilter::Is(all[0]),
            StatusFilter::Is(s) => match all.iter().position(|x| *x == s) {
                Some(i) if i + 1 < all.len() => StatusFilter::Is(all[i + 1]),
                _ => StatusFilter::All,
            },
        }
    }

    #[must_use]
    pub fn matches(self, goal: &Goal) -> bool {
        match self {
            StatusFilter::All => true,
            StatusFilter::Open => is_open(goal),
            StatusFilter::Is(s) => goal.status == s,
        }
    }
}

/// Whose goals the goal list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MentorFilter {
    #[default]
    All,
    Mentor(Id),
    /// Goals with no mentor.
    NoMentor,
}

impl MentorFilter {
    /// All → each mentor → no mentor → all.
    #[must_use]
    pub fn next(self, j: &Journey) -> MentorFilter {
        let ids: Vec<Id> = j.mentors.iter().map(|m| m.id).collect();
        match self {
            MentorFilter::All => ids
                .first()
                .map_or(MentorFilter::NoMentor, |id| MentorFilter::Mentor(*id)),
            MentorFilter::Mentor(id) => match ids.iter().position(|x| *x == id) {
                Some(i) if i + 1 < ids.len() => MentorFilter::Mentor(ids[i + 1]),
                _ => MentorFilter::NoMentor,
            },
            MentorFilter::NoMentor => MentorFilter::All,
        }
    }

    #[must_use]
    pub fn matches(self, goal: &Goal) -> bool {
        match self {
            MentorFilter::All => true,
            MentorFilter::Mentor(id) => goal.mentor_id == Some(id),
            MentorFilter::NoMentor => goal.mentor_id.is_none(),
        }
    }
}

fn status_rank(s: GoalStatus) -> u8 {
    match s {
        GoalStatus::InProgress => 0,
        GoalStatus::NotStarted => 1,
        GoalStatus::OnHold => 2,
        GoalStatus::Done => 3,
        GoalStatus::Dropped => 4,
    }
}

/// The goals a list shows, in order: those passing both filters,
/// open goals before done and dropped ones, each group in the chosen order, ties broken by
/// priority.
#[must_use]
pub fn listed(
    j: &Journey,
    sort: GoalSort,
    status: StatusFilter,
    mentor: MentorFilter,
) -> Vec<&Goal> {
    let mut out: Vec<&Goal> = priority_order(j)
        .into_iter()
        .filter(|g| status.matches(g) && mentor.matches(g))
        .collect();
    // A stable sort keeps priority order among equals.
    out.sort_by_key(|g| !is_open(g));
    match sort {
        GoalSort::Priority => {}
        GoalSort::TargetDate => {
            out.sort_by_key(|g| (!is_open(g), g.target_date.is_none(), g.target_date));
        }
        GoalSort::Status => out.sort_by_key(|g| status_rank(g.status)),
        GoalSort::Progress => {
            // Every goal's progress from one pass over the milestones.
            let facts = GoalFacts::of(j, out.iter().map(|g| g.id));
            out.sort_by_key(|g| (!is_open(g), std::cmp::Reverse(facts.progress(g))));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_data::*;
    use super::*;
    use crate::domain::ProgressMode;

    #[test]
    fn swapping_exchanges_positions_or_renumbers_collisions() {
        assert_eq!(
            swapped_positions(&[(1, 0), (2, 5), (3, 9)], 2, 3),
            vec![(3, 5), (2, 9)]
        );
        assert_eq!(
            swapped_positions(&[(1, 0), (2, 0), (3, 0)], 1, 2),
            vec![(1, 1), (3, 2)]
        );
        assert!(swapped_positions(&[(1, 0)], 1, 7).is_empty());
    }

    #[test]
    fn lists_filter_and_sort_with_closed_goals_last() {
        let mut j = Journey::default();
        let mut a = goal(1);
        a.target_date = Some(day(2027, 1, 1));
        let mut b = goal(2);
        b.status = GoalStatus::Done;
        b.target_date = Some(day(2026, 1, 1));
        let mut c = goal(3);
        c.status = GoalStatus::NotStarted;
        c.target_date = Some(day(2026, 12, 1));
        c.mentor_id = Some(7);
        c.progress_mode = ProgressMode::Manual;
        c.progress = 70;
        let d = goal(4);
        j.goals = vec![a, b, c, d].into();
        let ids = |sort, status, mentor| -> Vec<Id> {
            listed(&j, sort, status, mentor)
                .iter()
                .map(|g| g.id)
                .collect()
        };
        let all = (StatusFilter::All, MentorFilter::All);
        assert_eq!(ids(GoalSort::Priority, all.0, all.1), [1, 3, 4, 2]);
        assert_eq!(ids(GoalSort::TargetDate, all.0, all.1), [3, 1, 4, 2]);
        assert_eq!(ids(GoalSort::Status, all.0, all.1), [1, 4, 3, 2]);
        assert_eq!(ids(GoalSort::Progress, all.0, all.1), [3, 1, 4, 2]);
        assert_eq!(
            ids(GoalSort::Priority, StatusFilter::Open, MentorFilter::All),
            [1, 3, 4]
        );
        assert_eq!(
            ids(
                GoalSort::Priority,
                StatusFilter::All,
                MentorFilter::Mentor(7)
            ),
            [3]
        );
        assert_eq!(
            ids(
                GoalSort::Priority,
                StatusFilter::All,
                MentorFilter::NoMentor
            ),
            [1, 4, 2]
        );
    }

    #[test]
    fn filters_cycle_back_to_all() {
        let mut f = StatusFilter::All;
        let mut seen = Vec::new();
        for _ in 0..7 {
            seen.push(f.label());
            f = f.next();
        }
        assert_eq!(f, StatusFilter::All);
        assert_eq!(seen[1], "open");
        let j = Journey {
            mentors: vec![mentor(4, None), mentor(9, None)].into(),
            ..Journey::default()
        };
        let m = MentorFilter::All.next(&j);
        assert_eq!(m, MentorFilter::Mentor(4));
        assert_eq!(m.next(&j), MentorFilter::Mentor(9));
        assert_eq!(m.next(&j).next(&j), MentorFilter::NoMentor);
        assert_eq!(MentorFilter::NoMentor.next(&j), MentorFilter::All);
        assert_eq!(GoalSort::Progress.next(), GoalSort::Priority);
    }
}
