//! Indexes of the journey kept between frames, so a screen finds a goal's milestones, a
//! meeting's action items or the meetings in order without passing over whole lists.
//!
//! Each part notes the [stamp](super::passes::Records::stamp) of the list it was built
//! from and answers only while that is still the list's stamp: any change to the list,
//! wherever it is made, makes the part answer `None`, and callers then scan as before (an
//! answer is never stale, only slower). [`Journey`]'s own changes (the one write path goes
//! through them: `insert`, `apply`, `set_positions`, `remove_all`) rebuild what they made
//! stale, or, for a change to a field no part orders or groups by (a text, a date), keep the
//! part and note the new stamp; a load and the shared-only projection build them whole.
//!
//! Positions are places in the journey's lists (u32: half the memory of ids, and no search
//! to reach the record), grouped and ordered as the screens show them.

use chrono::{DateTime, Utc};

use super::choice::{GoalStatus, OriginKind};
use super::journey::Journey;
use super::passes::{self, Records};
use super::records::{ActionItem, Goal, Id, Meeting, Milestone, Review};
use super::{HashMap, HashMapExt};

/// One part of the index: what it holds, and the stamp of the list it describes (`None`:
/// never built).
#[derive(Clone, Default)]
struct Part<T> {
    stamp: Option<u64>,
    data: T,
}

impl<T> Part<T> {
    fn get<R>(&self, list: &Records<R>) -> Option<&T> {
        (self.stamp == Some(list.stamp())).then_some(&self.data)
    }
}

/// Places in a list, grouped by the id of what they belong to.
type Groups = HashMap<Id, Vec<u32>>;

/// Which lists of the journey an index part is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Goals,
    Milestones,
    Reviews,
    Meetings,
    Actions,
}

/// The journey's indexes (see the module docs). Not part of the journey's value: equal,
/// shown and serialized as nothing.
#[derive(Clone, Default)]
pub struct Index {
    /// Goals in priority order (position, then id), all of them and the open and the
    /// closed ones apart.
    goals: Part<GoalOrder>,
    /// Per goal, its milestones in order (position, then id).
    milestones: Part<Groups>,
    /// Per goal, its reviews oldest first (day, then id); and per meeting, the reviews
    /// tied to it (in the journey's order).
    reviews: Part<(Groups, Groups)>,
    /// Meetings by start (then id), oldest first: all of them, and per mentor (those
    /// without one under no key: see [`MeetingOrder`]).
    meetings: Part<MeetingOrder>,
    /// Per meeting, its action items in order (position, then id).
    actions: Part<Groups>,
    /// Action items not done, and those done by the day they were done.
    open_actions: Part<Ticked>,
    /// Action items not done in the order the open items are listed (see
    /// [`open_order`](super::meetings::open_actions)), and the stamp of the meetings their
    /// order reads (each item's meeting's start).
    open_order: Part<(u64, OpenOrder)>,
}

/// The open action items in orders that read their meetings.
#[derive(Clone, Default)]
struct OpenOrder {
    /// As listed (see [`open_actions`](super::meetings::open_actions)).
    listed: Vec<u32>,
    /// By the mentor of the meeting each came from (`None`: a meeting without one, or no
    /// meeting), each ordered as items carried forward are (see
    /// [`carried_forward`](super::meetings::carried_forward)): by that meeting, then
    /// position; items of a meeting no longer in the journey are left out.
    carried: HashMap<Option<Id>, Vec<Carried>>,
}

/// An open item as carried forward: the start and id of the meeting it came from (`None`:
/// no meeting, earlier than every meeting), and its place.
type Carried = (Option<(DateTime<Utc>, Id)>, u32);

/// Meetings by start.
#[derive(Clone, Default)]
struct MeetingOrder {
    all: Vec<u32>,
    by_mentor: Groups,
    /// Those without a mentor.
    unassigned: Vec<u32>,
}

/// Goals in priority order.
#[derive(Clone, Default)]
struct GoalOrder {
    all: Vec<u32>,
    /// Neither done nor dropped.
    open: Vec<u32>,
    closed: Vec<u32>,
    /// The open ones with a target date, soonest first.
    open_by_target: Vec<u32>,
    /// How many are done, and how many dropped.
    done: usize,
    dropped: usize,
    /// By origin (a worksheet stem's key or a conversation answer's), in the journey's order.
    origins: HashMap<(OriginKind, String), Vec<u32>>,
}

/// The action items by whether, and when, they were done.
#[derive(Clone, Default)]
struct Ticked {
    /// Not done, in the journey's order.
    open: Vec<u32>,
    /// Done, by the day they were done (those without one first), then place.
    done: Vec<u32>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Index")
    }
}

/// An index says nothing about the journey's value.
impl PartialEq for Index {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Index {}

fn place(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Places of `items`, ordered by `key`.
fn ordered<T, K: Ord>(items: &[T], key: impl Fn(&T) -> K) -> Vec<u32> {
    let mut out: Vec<u32> = passes::over(items)
        .enumerate()
        .map(|(i, _)| place(i))
        .collect();
    out.sort_by_cached_key(|&i| key(&items[i as usize]));
    out
}

/// Places of `items` by owner, each group ordered by `key`.
fn grouped<T, K: Ord>(
    items: &[T],
    owner: impl Fn(&T) -> Option<Id>,
    key: impl Fn(&T) -> K,
) -> Groups {
    let mut out: Groups = HashMap::new();
    for (i, item) in passes::over(items).enumerate() {
        if let Some(o) = owner(item) {
            out.entry(o).or_default().push(place(i));
        }
    }
    for v in out.values_mut() {
        v.sort_by_key(|&i| key(&items[i as usize]));
    }
    out
}

fn milestone_key(m: &Milestone) -> (i64, Id) {
    (m.position, m.id)
}

fn review_key(r: &Review) -> (chrono::NaiveDate, Id) {
    (r.day, r.id)
}

fn meeting_key(m: &Meeting) -> (chrono::DateTime<chrono::Utc>, Id) {
    (m.starts_at, m.id)
}

fn action_key(a: &ActionItem) -> (i64, Id) {
    (a.position, a.id)
}

fn goal_key(g: &Goal) -> (i64, Id) {
    (g.position, g.id)
}

impl Index {
    /// Builds every part that does not describe `j`'s lists as they are now.
    pub(super) fn refresh(&mut self, j: &JourneyLists<'_>) {
        if self.goals.get(j.goals).is_none() {
            let all = ordered(j.goals, goal_key);
            let (open, closed): (Vec<u32>, Vec<u32>) = all
                .iter()
                .partition(|&&i| super::goals::is_open(&j.goals[i as usize]));
            let status = |s| j.goals.as_slice().iter().filter(|g| g.status == s).count();
            let mut origins: HashMap<(OriginKind, String), Vec<u32>> = HashMap::new();
            for (i, g) in j.goals.as_slice().iter().enumerate() {
                if let Some(o) = &g.origin {
                    origins
                        .entry((o.kind, o.key.clone()))
                        .or_default()
                        .push(place(i));
                }
            }
            let mut open_by_target: Vec<u32> = open
                .iter()
                .copied()
                .filter(|&i| j.goals[i as usize].target_date.is_some())
                .collect();
            open_by_target.sort_by_key(|&i| (j.goals[i as usize].target_date, i));
            self.goals = Part {
                stamp: Some(j.goals.stamp()),
                data: GoalOrder {
                    all,
                    open_by_target,
                    open,
                    closed,
                    done: status(GoalStatus::Done),
                    dropped: status(GoalStatus::Dropped),
                    origins,
                },
            };
        }
        if self.milestones.get(j.milestones).is_none() {
            self.milestones = Part {
                stamp: Some(j.milestones.stamp()),
                data: grouped(j.milestones, |m| Some(m.goal_id), milestone_key),
            };
        }
        if self.reviews.get(j.reviews).is_none() {
            self.reviews = Part {
                stamp: Some(j.reviews.stamp()),
                data: (
                    grouped(j.reviews, |r| Some(r.goal_id), review_key),
                    grouped(j.reviews, |r| r.meeting_id, |r| r.id),
                ),
            };
        }
        if self.meetings.get(j.meetings).is_none() {
            let all = ordered(j.meetings, meeting_key);
            let mut by_mentor = Groups::new();
            let mut unassigned = Vec::new();
            for &i in &all {
                match j.meetings[i as usize].mentor_id {
                    Some(m) => by_mentor.entry(m).or_default().push(i),
                    None => unassigned.push(i),
                }
            }
            self.meetings = Part {
                stamp: Some(j.meetings.stamp()),
                data: MeetingOrder {
                    all,
                    by_mentor,
                    unassigned,
                },
            };
        }
        if self.actions.get(j.actions).is_none() {
            self.actions = Part {
                stamp: Some(j.actions.stamp()),
                data: grouped(j.actions, |a| a.meeting_id, action_key),
            };
        }
        let meetings = j.meetings.stamp();
        let order_holds = self
            .open_order
            .get(j.actions)
            .is_some_and(|(m, _)| *m == meetings);
        if !order_holds {
            let mut open: Vec<u32> = passes::over(j.actions)
                .enumerate()
                .filter(|(_, a)| !a.done)
                .map(|(i, _)| place(i))
                .collect();
            let mut carried: HashMap<_, Vec<_>> = HashMap::new();
            for &i in &open {
                let a = &j.actions[i as usize];
                let origin = match a.meeting_id {
                    None => Some((None, None)),
                    Some(id) => super::meetings::meeting_in(j.meetings, id)
                        .map(|m| (m.mentor_id, Some((m.starts_at, m.id)))),
                };
                if let Some((mentor, key)) = origin {
                    carried.entry(mentor).or_default().push((key, i));
                }
            }
            for list in carried.values_mut() {
                list.sort_by_key(|&(key, i)| {
                    let a = &j.actions[i as usize];
                    (key, a.position, a.id)
                });
            }
            open.sort_by_cached_key(|&i| {
                super::meetings::open_order_in(j.meetings, &j.actions[i as usize])
            });
            self.open_order = Part {
                stamp: Some(j.actions.stamp()),
                data: (
                    meetings,
                    OpenOrder {
                        listed: open,
                        carried,
                    },
                ),
            };
        }
        if self.open_actions.get(j.actions).is_none() {
            let mut ticked = Ticked::default();
            for (i, a) in passes::over(j.actions).enumerate() {
                if a.done {
                    ticked.done.push(place(i));
                } else {
                    ticked.open.push(place(i));
                }
            }
            ticked
                .done
                .sort_by_key(|&i| (j.actions[i as usize].done_on, i));
            self.open_actions = Part {
                stamp: Some(j.actions.stamp()),
                data: ticked,
            };
        }
    }

    /// A list of `kind` changed in a way no part of it orders or groups by (a text, a
    /// flag, a date): the parts built from it still hold, for its new stamp. Only for parts
    /// that were current just before the change.
    pub(super) fn still_holds(&mut self, kind: Kind, stamp: u64, was: u64) {
        let keep = |s: &mut Option<u64>| {
            if *s == Some(was) {
                *s = Some(stamp);
            }
        };
        match kind {
            Kind::Goals => keep(&mut self.goals.stamp),
            Kind::Milestones => keep(&mut self.milestones.stamp),
            Kind::Reviews => keep(&mut self.reviews.stamp),
            Kind::Meetings => keep(&mut self.meetings.stamp),
            // Whether an item is done is held by `open_actions`; the caller says so.
            Kind::Actions => keep(&mut self.actions.stamp),
        }
    }

    /// The open and done action items still hold too (a change to an action item that is
    /// neither its being done nor the day it was).
    pub(super) fn open_actions_still_hold(&mut self, stamp: u64, was: u64) {
        if self.open_actions.stamp == Some(was) {
            self.open_actions.stamp = Some(stamp);
        }
    }

    /// The order of the open items still holds after a change of an action item (not of
    /// its being done, its due date or its position) or of a meeting (not of its start).
    pub(super) fn open_order_still_holds(&mut self, kind: Kind, stamp: u64, was: u64) {
        let part = &mut self.open_order;
        match kind {
            Kind::Actions if part.stamp == Some(was) => part.stamp = Some(stamp),
            Kind::Meetings if part.data.0 == was => part.data.0 = stamp,
            _ => {}
        }
    }
}

/// The lists an index is built from (borrowed apart from the journey, so the journey's
/// index can be rebuilt from its own lists).
pub(super) struct JourneyLists<'a> {
    pub goals: &'a Records<Goal>,
    pub milestones: &'a Records<Milestone>,
    pub reviews: &'a Records<Review>,
    pub meetings: &'a Records<Meeting>,
    pub actions: &'a Records<ActionItem>,
}

/// Records at places an index part gave: in tests each record it reaches is counted as
/// visited, and a pass over a whole list (all goals, all meetings) as a pass.
fn at<'a, T>(
    items: &'a [T],
    places: &'a [u32],
) -> impl DoubleEndedIterator<Item = &'a T> + ExactSizeIterator + Clone + 'a {
    passes::over(places).map(move |&i| &items[i as usize])
}

/// [`at`] for the records of one goal or meeting: visits counted, not a pass.
fn of_one<'a, T>(
    items: &'a [T],
    places: &'a [u32],
) -> impl DoubleEndedIterator<Item = &'a T> + ExactSizeIterator + Clone + 'a {
    passes::within(places).map(move |&i| &items[i as usize])
}

impl Journey {
    /// A goal's milestones in order (position, then id), from the index; `None` when the
    /// index does not describe the milestones as they are (the caller scans).
    #[must_use]
    pub fn indexed_milestones(
        &self,
        goal: Id,
    ) -> Option<impl DoubleEndedIterator<Item = &Milestone> + ExactSizeIterator + Clone + '_> {
        let groups = self.index.milestones.get(&self.milestones)?;
        let places = groups.get(&goal).map_or(&[][..], Vec::as_slice);
        Some(of_one(&self.milestones, places))
    }

    /// A goal's reviews oldest first (day, then id), from the index (see
    /// [`Journey::indexed_milestones`]).
    #[must_use]
    pub fn indexed_reviews(
        &self,
        goal: Id,
    ) -> Option<impl DoubleEndedIterator<Item = &Review> + ExactSizeIterator + Clone + '_> {
        let (groups, _) = self.index.reviews.get(&self.reviews)?;
        let places = groups.get(&goal).map_or(&[][..], Vec::as_slice);
        Some(of_one(&self.reviews, places))
    }

    /// The reviews tied to a meeting, by id, from the index.
    #[must_use]
    pub fn indexed_reviews_at(
        &self,
        meeting: Id,
    ) -> Option<impl DoubleEndedIterator<Item = &Review> + ExactSizeIterator + Clone + '_> {
        let (_, at_meeting) = self.index.reviews.get(&self.reviews)?;
        let places = at_meeting.get(&meeting).map_or(&[][..], Vec::as_slice);
        Some(of_one(&self.reviews, places))
    }

    /// A meeting's action items in order (position, then id), from the index (see
    /// [`Journey::indexed_milestones`]).
    #[must_use]
    pub fn indexed_actions(
        &self,
        meeting: Id,
    ) -> Option<impl DoubleEndedIterator<Item = &ActionItem> + ExactSizeIterator + Clone + '_> {
        let groups = self.index.actions.get(&self.actions)?;
        let places = groups.get(&meeting).map_or(&[][..], Vec::as_slice);
        Some(of_one(&self.actions, places))
    }

    /// The action items not done, in the journey's order, from the index.
    #[must_use]
    pub fn indexed_open_actions(
        &self,
    ) -> Option<impl DoubleEndedIterator<Item = &ActionItem> + ExactSizeIterator + Clone + '_> {
        let ticked = self.index.open_actions.get(&self.actions)?;
        Some(at(&self.actions, &ticked.open))
    }

    /// The open action items in the order they are listed (see
    /// [`open_actions`](super::meetings::open_actions)), from the index.
    #[must_use]
    pub fn indexed_open_in_order(
        &self,
    ) -> Option<impl DoubleEndedIterator<Item = &ActionItem> + ExactSizeIterator + Clone + '_> {
        let (meetings, open) = self.index.open_order.get(&self.actions)?;
        (*meetings == self.meetings.stamp()).then(|| at(&self.actions, &open.listed))
    }

    /// Every open action item carried into `meeting` (see
    /// [`carried_forward`](super::meetings::carried_forward)), in no particular order, from
    /// the index: those of earlier meetings with the same mentor or none, not all open items.
    #[must_use]
    pub fn indexed_carried_open_all(&self, meeting: &Meeting) -> Option<Vec<&ActionItem>> {
        let (meetings, open) = self.index.open_order.get(&self.actions)?;
        if *meetings != self.meetings.stamp() {
            return None;
        }
        let before = Some((meeting.starts_at, meeting.id));
        let mut out = Vec::new();
        for (mentor, list) in &open.carried {
            if meeting.mentor_id.is_none() || mentor.is_none() || *mentor == meeting.mentor_id {
                let end = list.partition_point(|(key, _)| *key < before);
                out.extend(passes::within(&list[..end]).map(|&(_, i)| &self.actions[i as usize]));
            }
        }
        Some(out)
    }

    /// The open action items carried into `meeting` (see
    /// [`carried_forward`](super::meetings::carried_forward)): the first `n` in order, and
    /// how many there are, from the index.
    #[must_use]
    pub fn indexed_carried_open(
        &self,
        meeting: &Meeting,
        n: usize,
    ) -> Option<(Vec<&ActionItem>, usize)> {
        let (meetings, open) = self.index.open_order.get(&self.actions)?;
        if *meetings != self.meetings.stamp() {
            return None;
        }
        let before = Some((meeting.starts_at, meeting.id));
        // Items of the same mentor and of none; into a meeting without a mentor, all.
        let groups: Vec<&[Carried]> = open
            .carried
            .iter()
            .filter(|(mentor, _)| {
                meeting.mentor_id.is_none() || mentor.is_none() || **mentor == meeting.mentor_id
            })
            .map(|(_, list)| {
                let end = list.partition_point(|(key, _)| *key < before);
                &list[..end]
            })
            .collect();
        let total = groups.iter().map(|g| g.len()).sum();
        let key = |&(origin, i): &Carried| {
            let a = &self.actions[i as usize];
            (origin, a.position, a.id)
        };
        // The first n of the groups merged, each already in order.
        let mut heads = vec![0usize; groups.len()];
        let mut first = Vec::new();
        while first.len() < n {
            let next = (0..groups.len())
                .filter(|&g| heads[g] < groups[g].len())
                .min_by_key(|&g| key(&groups[g][heads[g]]));
            let Some(g) = next else { break };
            first.push(&self.actions[groups[g][heads[g]].1 as usize]);
            heads[g] += 1;
        }
        passes::note_visits(first.len());
        Some((first, total))
    }

    /// The action items done on `day` or later, from the index.
    #[must_use]
    pub fn indexed_done_since(
        &self,
        day: chrono::NaiveDate,
    ) -> Option<impl DoubleEndedIterator<Item = &ActionItem> + ExactSizeIterator + Clone + '_> {
        let ticked = self.index.open_actions.get(&self.actions)?;
        let from = ticked
            .done
            .partition_point(|&i| self.actions[i as usize].done_on.is_none_or(|d| d < day));
        Some(at(&self.actions, &ticked.done[from..]))
    }

    /// Every meeting by start (then id), oldest first, from the index: a slice of the
    /// meetings in that order, which can be searched by start.
    #[must_use]
    pub fn meetings_by_start(&self) -> Option<ByStart<'_>> {
        let order = self.index.meetings.get(&self.meetings)?;
        Some(ByStart {
            meetings: &self.meetings,
            places: &order.all,
        })
    }

    /// The meetings with a mentor (`None`: without one) by start, from the index.
    #[must_use]
    pub fn meetings_with_by_start(&self, mentor: Option<Id>) -> Option<ByStart<'_>> {
        let order = self.index.meetings.get(&self.meetings)?;
        let places = match mentor {
            Some(m) => order.by_mentor.get(&m).map_or(&[][..], Vec::as_slice),
            None => &order.unassigned,
        };
        Some(ByStart {
            meetings: &self.meetings,
            places,
        })
    }

    /// The mentors (by id) that meetings are held with, from the index (any order).
    pub fn indexed_meeting_mentors(&self) -> Option<impl Iterator<Item = Id> + '_> {
        let order = self.index.meetings.get(&self.meetings)?;
        Some(order.by_mentor.keys().copied())
    }

    /// The open goals whose target date is before `day`, soonest first, from the index.
    #[must_use]
    pub fn indexed_open_by_target(
        &self,
        day: chrono::NaiveDate,
    ) -> Option<impl DoubleEndedIterator<Item = &Goal> + ExactSizeIterator + Clone + '_> {
        let order = self.index.goals.get(&self.goals)?;
        let list = &order.open_by_target;
        let end =
            list.partition_point(|&i| self.goals[i as usize].target_date.is_some_and(|d| d < day));
        Some(of_one(&self.goals, &list[..end]))
    }

    /// How many goals are done, and how many dropped, from the index.
    #[must_use]
    pub fn indexed_closed_counts(&self) -> Option<(usize, usize)> {
        let order = self.index.goals.get(&self.goals)?;
        Some((order.done, order.dropped))
    }

    /// The goals made from a worksheet stem or an answer (by origin key), in the journey's
    /// order, from the index.
    #[must_use]
    pub fn indexed_goals_with_origin(
        &self,
        kind: OriginKind,
        key: &str,
    ) -> Option<impl DoubleEndedIterator<Item = &Goal> + ExactSizeIterator + Clone + '_> {
        let order = self.index.goals.get(&self.goals)?;
        let places = order
            .origins
            .get(&(kind, key.to_string()))
            .map_or(&[][..], Vec::as_slice);
        Some(of_one(&self.goals, places))
    }

    /// Goals in priority order (position, then id), from the index.
    #[must_use]
    pub fn indexed_priority_order(
        &self,
    ) -> Option<impl DoubleEndedIterator<Item = &Goal> + ExactSizeIterator + Clone + '_> {
        let order = self.index.goals.get(&self.goals)?;
        Some(at(&self.goals, &order.all))
    }

    /// Goals as the goal list shows them unsorted and unfiltered: in priority order, the
    /// open ones first, from the index.
    #[must_use]
    pub fn goals_by_priority(&self) -> Option<ByPriority<'_>> {
        let order = self.index.goals.get(&self.goals)?;
        Some(ByPriority {
            goals: &self.goals,
            open: &order.open,
            closed: &order.closed,
        })
    }
}

/// The meetings ordered by start (see [`Journey::meetings_by_start`]).
#[derive(Clone, Copy)]
pub struct ByStart<'a> {
    meetings: &'a [Meeting],
    places: &'a [u32],
}

impl<'a> ByStart<'a> {
    #[must_use]
    pub fn len(&self) -> usize {
        self.places.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The `i`th meeting by start.
    #[must_use]
    pub fn get(&self, i: usize) -> Option<&'a Meeting> {
        self.places.get(i).map(|&p| &self.meetings[p as usize])
    }

    /// Where a meeting of the journey is in the order.
    #[must_use]
    pub fn place_of(&self, m: &Meeting) -> Option<usize> {
        let key = meeting_key(m);
        let i = self
            .places
            .partition_point(|&p| meeting_key(&self.meetings[p as usize]) < key);
        self.get(i).filter(|x| x.id == m.id).map(|_| i)
    }

    /// How many meetings start at or before `t`: those before it in the order.
    #[must_use]
    pub fn started_by(&self, t: chrono::DateTime<chrono::Utc>) -> usize {
        self.places
            .partition_point(|&p| self.meetings[p as usize].starts_at <= t)
    }

    /// The meetings at `range` in the order (a pass, counted: see [`at`]).
    pub fn range(
        &self,
        range: std::ops::Range<usize>,
    ) -> impl DoubleEndedIterator<Item = &'a Meeting> + ExactSizeIterator + 'a {
        at(self.meetings, &self.places[range])
    }
}

/// Goals in priority order, open ones first (see [`Journey::goals_by_priority`]).
#[derive(Clone, Copy)]
pub struct ByPriority<'a> {
    goals: &'a [Goal],
    open: &'a [u32],
    closed: &'a [u32],
}

impl<'a> ByPriority<'a> {
    #[must_use]
    pub fn len(&self) -> usize {
        self.open.len() + self.closed.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many are open.
    #[must_use]
    pub fn open(&self) -> usize {
        self.open.len()
    }

    /// The `i`th goal.
    #[must_use]
    pub fn get(&self, i: usize) -> Option<&'a Goal> {
        let place = match i.checked_sub(self.open.len()) {
            None => self.open.get(i),
            Some(k) => self.closed.get(k),
        };
        place.map(|&p| &self.goals[p as usize])
    }

    /// Where a goal of the journey is.
    #[must_use]
    pub fn place_of(&self, g: &Goal) -> Option<usize> {
        let (list, before) = if super::goals::is_open(g) {
            (self.open, 0)
        } else {
            (self.closed, self.open.len())
        };
        let key = goal_key(g);
        let i = list.partition_point(|&p| goal_key(&self.goals[p as usize]) < key);
        list.get(i)
            .filter(|&&p| self.goals[p as usize].id == g.id)
            .map(|_| before + i)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::HashSet;

    use super::*;
    use crate::domain::field::{ActionField, FieldKey, GoalField, MeetingField, Value};
    use crate::domain::{Draft, GoalStatus, Record};
    use crate::generate::{self, Size};

    /// What the index answers, as ids, for every goal and meeting.
    fn answers(j: &Journey) -> Vec<Vec<Id>> {
        let ids = |it: Option<Vec<Id>>| it.expect("the index holds");
        let mut out = Vec::new();
        for g in j.goals.as_slice() {
            out.push(ids(j
                .indexed_milestones(g.id)
                .map(|m| m.map(|x| x.id).collect())));
            out.push(ids(j
                .indexed_reviews(g.id)
                .map(|r| r.map(|x| x.id).collect())));
        }
        for m in j.meetings.as_slice() {
            out.push(ids(j
                .indexed_actions(m.id)
                .map(|a| a.map(|x| x.id).collect())));
            out.push(ids(j
                .indexed_reviews_at(m.id)
                .map(|r| r.map(|x| x.id).collect())));
            let (first, total) = j.indexed_carried_open(m, 4).expect("the index holds");
            let mut carried: Vec<Id> = first.iter().map(|a| a.id).collect();
            carried.push(Id::try_from(total).unwrap_or(-1));
            out.push(carried);
            out.push(ids(j.indexed_carried_open_all(m).map(|a| {
                let mut v: Vec<Id> = a.iter().map(|x| x.id).collect();
                v.sort_unstable();
                v
            })));
        }
        let order = j.meetings_by_start().expect("the index holds");
        out.push(
            (0..order.len())
                .filter_map(|i| order.get(i))
                .map(|m| m.id)
                .collect(),
        );
        let goals = j.goals_by_priority().expect("the index holds");
        out.push(
            (0..goals.len())
                .filter_map(|i| goals.get(i))
                .map(|g| g.id)
                .collect(),
        );
        out.push(ids(j
            .indexed_open_in_order()
            .map(|a| a.map(|x| x.id).collect())));
        out
    }

    /// The index kept by the journey's own changes answers as one built afresh.
    fn same_as_fresh(j: &Journey) {
        let mut fresh = j.clone();
        fresh.index = Index::default();
        fresh.reindex();
        assert_eq!(answers(j), answers(&fresh));
    }

    #[test]
    fn changes_through_the_journey_keep_the_index_true() {
        let mut j = generate::journey(&Size::small().times(2), 3);
        same_as_fresh(&j);
        let stamp = crate::domain::Clock::at_day(2026, 11, 22).stamp();
        let (goal, meeting) = (j.goals[3].id, j.meetings[5].id);
        let action = j.actions[7].id;
        let changes = [
            (
                FieldKey::Goal(goal, GoalField::Title),
                Value::Text("New".into()),
            ),
            (
                FieldKey::Goal(goal, GoalField::Position),
                Value::Int(Some(-5)),
            ),
            (
                FieldKey::Goal(goal, GoalField::Status),
                Value::Choice(Some(GoalStatus::Done.code())),
            ),
            (
                FieldKey::Meeting(meeting, MeetingField::Notes),
                Value::Text("n".into()),
            ),
            (
                FieldKey::Meeting(meeting, MeetingField::Mentor),
                Value::Int(None),
            ),
            (
                FieldKey::Action(action, ActionField::Done),
                Value::Bool(true),
            ),
            (
                FieldKey::Action(action, ActionField::Position),
                Value::Int(Some(99)),
            ),
            (
                FieldKey::Action(action, ActionField::Text),
                Value::Text("t".into()),
            ),
        ];
        for (key, value) in changes {
            j.apply(&key, value, stamp);
            same_as_fresh(&j);
        }
        let mut m = j.milestones[0].clone();
        m.id = 10_000;
        j.insert(Draft::Milestone(m));
        same_as_fresh(&j);
        j.set_positions(Record::Goal, &[(goal, 3)]);
        same_as_fresh(&j);
        j.remove_all(Record::Meeting, &HashSet::from_iter([meeting]));
        same_as_fresh(&j);
    }

    /// What the domain's functions find through the index, they find by scanning too.
    #[test]
    fn answers_through_the_index_are_those_of_a_scan() {
        use crate::domain::meetings::{self, carried_forward};
        let j = generate::journey(&Size::small().times(3), 5);
        let mut scanned = j.clone();
        // A change straight to a list: every lookup of its parts scans from now on.
        scanned.actions.iter_mut().for_each(|_| {});
        scanned.meetings.iter_mut().for_each(|_| {});
        scanned.goals.iter_mut().for_each(|_| {});
        scanned.milestones.iter_mut().for_each(|_| {});
        scanned.reviews.iter_mut().for_each(|_| {});
        assert!(scanned.meetings_by_start().is_none());
        let clock = generate::clock();
        let ids = |v: Vec<&ActionItem>| v.iter().map(|a| a.id).collect::<Vec<_>>();
        for m in j.meetings.as_slice() {
            assert_eq!(
                ids(carried_forward(&j, m, &clock)),
                ids(carried_forward(&scanned, m, &clock))
            );
            let (first, total) = meetings::carried_open(&j, m, &clock, 3);
            let (first_s, total_s) = meetings::carried_open(&scanned, m, &clock, 3);
            assert_eq!((ids(first), total), (ids(first_s), total_s));
            assert_eq!(
                ids(meetings::actions_of(&j, m.id)),
                ids(meetings::actions_of(&scanned, m.id))
            );
        }
        assert_eq!(
            meetings::next_meetings(&j, &clock),
            meetings::next_meetings(&scanned, &clock)
        );
        assert_eq!(
            ids(meetings::open_actions(&j)),
            ids(meetings::open_actions(&scanned))
        );
        let (first, total) = meetings::first_open_actions(&j, 6);
        let (first_s, total_s) = meetings::first_open_actions(&scanned, 6);
        assert_eq!((ids(first), total), (ids(first_s), total_s));
        let now = clock.now();
        let order = |(a, b): (Vec<&Meeting>, Vec<&Meeting>)| {
            (
                a.iter().map(|m| m.id).collect::<Vec<_>>(),
                b.iter().map(|m| m.id).collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            order(meetings::journal_order_of(&j, now)),
            order(meetings::journal_order_of(&scanned, now))
        );
        for g in j.goals.as_slice() {
            let ms = |j: &Journey| {
                crate::domain::goals::milestones_of(j, g.id)
                    .iter()
                    .map(|m| m.id)
                    .collect::<Vec<_>>()
            };
            assert_eq!(ms(&j), ms(&scanned));
            let last = |j: &Journey| crate::domain::goals::last_review(j, g.id).map(|r| r.id);
            assert_eq!(last(&j), last(&scanned));
        }
        let pri = |j: &Journey| {
            crate::domain::goals::priority_order(j)
                .iter()
                .map(|g| g.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(pri(&j), pri(&scanned));
        assert_eq!(
            j.last_meeting(now).map(|m| m.id),
            scanned.last_meeting(now).map(|m| m.id)
        );
    }

    #[test]
    fn a_change_made_straight_to_a_list_is_never_answered_from_the_index() {
        let mut j = generate::journey(&Size::small(), 3);
        let goal = j.milestones[0].goal_id;
        assert!(j.indexed_milestones(goal).is_some());
        let mut m = j.milestones[0].clone();
        m.id = 10_000;
        j.milestones.push(m);
        assert!(j.indexed_milestones(goal).is_none());
        // A clone holds what its original does: its index still answers.
        let copy = j.clone().indexed();
        assert!(copy.clone().indexed_milestones(goal).is_some());
        assert_eq!(
            crate::domain::goals::milestones_of(&j, goal).len(),
            copy.indexed_milestones(goal).map_or(0, |m| m.len())
        );
    }
}
