//! What the journal knows about meetings, as plain functions other views reuse (the Journal
//! tab, Overview, the agenda): upcoming versus past, open action items and how they carry
//! forward, and when the next meeting with each mentor is due.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};

use super::choice::Cadence;
use super::clock::Clock;
use super::field::{ActionField, FieldKey, Value};
use super::journey::Journey;
use super::records::{ActionItem, Id, Meeting};
use super::text::count;
use super::{HashMap, HashMapExt};

/// The start a new meeting gets: the next round hour today, or now when that would be
/// tomorrow already.
#[must_use]
pub fn default_start(now_local: NaiveDateTime) -> NaiveDateTime {
    let now = now_local.with_second(0).unwrap_or(now_local);
    let hour = now.with_minute(0).unwrap_or(now);
    if hour == now {
        return now;
    }
    let next = hour + chrono::Duration::hours(1);
    if next.date() == now.date() { next } else { now }
}

/// A new meeting with `mentor_id` at `starts_at`: the mentor's first agreed channel as its
/// mode and their venue as its place; nothing written yet, nothing private.
#[must_use]
pub fn meeting_draft(
    j: &Journey,
    mentor_id: Option<Id>,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Meeting {
    let mentor = mentor_id.and_then(|id| j.mentor(id));
    Meeting {
        mentor_id,
        starts_at,
        mode: mentor.and_then(|m| m.agreement.channels.first().copied()),
        place: mentor
            .map(|m| m.agreement.venue.clone())
            .unwrap_or_default(),
        created_at: now,
        ..Meeting::default()
    }
}

/// Whether a meeting is still ahead: it starts after `now`.
#[must_use]
pub fn is_upcoming(m: &Meeting, now: DateTime<Utc>) -> bool {
    m.starts_at > now
}

/// The journal's order: upcoming meetings soonest first, then past meetings newest first.
#[must_use]
pub fn journal_order<'a>(
    meetings: impl IntoIterator<Item = &'a Meeting>,
    now: DateTime<Utc>,
) -> (Vec<&'a Meeting>, Vec<&'a Meeting>) {
    let (mut upcoming, mut past): (Vec<&Meeting>, Vec<&Meeting>) =
        meetings.into_iter().partition(|m| is_upcoming(m, now));
    upcoming.sort_by_key(|m| (m.starts_at, m.id));
    past.sort_by_key(|m| std::cmp::Reverse((m.starts_at, m.id)));
    (upcoming, past)
}

/// [`journal_order`] of the journey's meetings, from its index when that holds.
#[must_use]
pub fn journal_order_of(j: &Journey, now: DateTime<Utc>) -> (Vec<&Meeting>, Vec<&Meeting>) {
    match j.meetings_by_start() {
        Some(order) => {
            let split = order.started_by(now);
            (
                order.range(split..order.len()).collect(),
                order.range(0..split).rev().collect(),
            )
        }
        None => journal_order(&j.meetings, now),
    }
}

/// The meetings whose local day is `day`, by start (then id), from the index when it holds.
#[must_use]
pub fn meetings_on<'a>(j: &'a Journey, clock: &Clock, day: NaiveDate) -> Vec<&'a Meeting> {
    match j.meetings_by_start() {
        // Local days follow the instants, so one day's meetings are together in the order.
        Some(order) => {
            let day_of = |i: usize| order.get(i).map(|m| clock.local(m.starts_at).date());
            let first = partition(order.len(), |i| day_of(i).is_some_and(|d| d < day));
            let end = partition(order.len(), |i| day_of(i).is_some_and(|d| d <= day));
            order.range(first..end).collect()
        }
        None => {
            let mut out: Vec<&Meeting> = j
                .meetings
                .iter()
                .filter(|m| clock.local(m.starts_at).date() == day)
                .collect();
            out.sort_by_key(|m| (m.starts_at, m.id));
            out
        }
    }
}

/// The first of `0..len` for which `before` is false (`before` true then false along it).
fn partition(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// How long before a meeting's start, and after it, the screen is expected to be shared
/// with the mentor (see [`meeting_near`]).
pub const NEAR_BEFORE: Duration = Duration::hours(1);
pub const NEAR_AFTER: Duration = Duration::hours(2);

/// Whether a meeting starts within the hour or started in the last two (it may be under
/// way): the app then makes ready what the shared screen shows (`Ctx::prepare_sharing`).
/// Found through the index of meetings by start; `false` until it is built (no pass over
/// the meetings: it is asked whenever the app looks for work to do while idle).
#[must_use]
pub fn meeting_near(j: &Journey, now: DateTime<Utc>) -> bool {
    j.meetings_by_start().is_some_and(|order| {
        order.started_by(now + NEAR_BEFORE) > order.started_by(now - NEAR_AFTER)
    })
}

/// Whether meeting `a` comes before meeting `b` (by start, then by id for equal starts).
#[must_use]
pub fn is_before(a: &Meeting, b: &Meeting) -> bool {
    (a.starts_at, a.id) < (b.starts_at, b.id)
}

/// The action items of one meeting, in their order.
#[must_use]
pub fn actions_of(j: &Journey, meeting_id: Id) -> Vec<&ActionItem> {
    if let Some(items) = j.indexed_actions(meeting_id) {
        return items.collect();
    }
    let mut items: Vec<&ActionItem> = j
        .actions
        .iter()
        .filter(|a| a.meeting_id == Some(meeting_id))
        .collect();
    items.sort_by_key(|a| (a.position, a.id));
    items
}

/// How many action items of a meeting are still open.
#[must_use]
pub fn open_count(j: &Journey, meeting_id: Id) -> usize {
    if let Some(items) = j.indexed_actions(meeting_id) {
        return items.filter(|a| !a.done).count();
    }
    j.actions
        .iter()
        .filter(|a| a.meeting_id == Some(meeting_id) && !a.done)
        .count()
}

/// How many action items of a meeting are open, and how many of those are overdue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenItems {
    pub open: usize,
    pub overdue: usize,
}

/// [`OpenItems`] of several meetings from one pass over the action items, for a screen that
/// lists meetings (rather than a pass per meeting). Built per frame, for the meetings shown;
/// asked about another meeting, it scans, so an answer is never wrong.
#[derive(Clone, Debug)]
pub struct OpenItemsOf<'a> {
    j: &'a Journey,
    today: NaiveDate,
    /// By meeting id, ordered by it.
    counts: Vec<(Id, OpenItems)>,
}

impl<'a> OpenItemsOf<'a> {
    pub fn of(
        j: &'a Journey,
        meetings: impl IntoIterator<Item = Id>,
        today: NaiveDate,
    ) -> OpenItemsOf<'a> {
        let mut counts: Vec<(Id, OpenItems)> = meetings
            .into_iter()
            .map(|id| (id, OpenItems::default()))
            .collect();
        counts.sort_unstable_by_key(|c| c.0);
        counts.dedup_by_key(|c| c.0);
        let indexed = counts.iter_mut().try_for_each(|(id, c)| {
            let open = j.indexed_actions(*id)?.filter(|a| !a.done);
            *c = OpenItems {
                open: open.clone().count(),
                overdue: open.filter(|a| is_overdue(a, today)).count(),
            };
            Some(())
        });
        if indexed.is_none() && !counts.is_empty() {
            counts.iter_mut().for_each(|c| c.1 = OpenItems::default());
            for a in j.actions.iter().filter(|a| !a.done) {
                let Some(m) = a.meeting_id else { continue };
                if let Ok(i) = counts.binary_search_by_key(&m, |c| c.0) {
                    counts[i].1.open += 1;
                    counts[i].1.overdue += usize::from(is_overdue(a, today));
                }
            }
        }
        OpenItemsOf { j, today, counts }
    }

    /// The open and overdue items of a meeting.
    #[must_use]
    pub fn get(&self, meeting: Id) -> OpenItems {
        match self.counts.binary_search_by_key(&meeting, |c| c.0) {
            Ok(i) => self.counts[i].1,
            Err(_) => OpenItems {
                open: open_count(self.j, meeting),
                overdue: actions_of(self.j, meeting)
                    .iter()
                    .filter(|a| is_overdue(a, self.today))
                    .count(),
            },
        }
    }
}

/// Whether an open item is past its due date.
#[must_use]
pub fn is_overdue(a: &ActionItem, today: NaiveDate) -> bool {
    !a.done && a.due_date.is_some_and(|d| d < today)
}

/// Every open action item: those with a due date first (soonest, so overdue ones lead),
/// then those without; ties in the order of their meetings and positions.
#[must_use]
pub fn open_actions(j: &Journey) -> Vec<&ActionItem> {
    if let Some(open) = j.indexed_open_in_order() {
        return open.collect();
    }
    let mut items: Vec<&ActionItem> = match j.indexed_open_actions() {
        Some(open) => open.collect(),
        None => j.actions.iter().filter(|a| !a.done).collect(),
    };
    // Each key once: finding the meeting for every comparison would cost a search each.
    items.sort_by_cached_key(|a| open_order(j, a));
    items
}

/// Where an open item comes in [`open_actions`] (unique: it ends with the id).
type OpenOrder = (bool, Option<NaiveDate>, Option<DateTime<Utc>>, i64, Id);

fn open_order(j: &Journey, a: &ActionItem) -> OpenOrder {
    open_order_in(&j.meetings, a)
}

/// The meeting with this id among the journey's meetings (ordered by id; should that order
/// be broken, a search still finds it).
pub(super) fn meeting_in(meetings: &[Meeting], id: Id) -> Option<&Meeting> {
    match meetings.binary_search_by_key(&id, |m| m.id) {
        Ok(i) => Some(&meetings[i]),
        Err(_) => meetings.iter().find(|m| m.id == id),
    }
}

/// The open action items carried into `meeting` (those of [`carried_forward`] not done):
/// the first `n` in that order, and how many there are.
#[must_use]
pub fn carried_open<'a>(
    j: &'a Journey,
    meeting: &Meeting,
    clock: &Clock,
    n: usize,
) -> (Vec<&'a ActionItem>, usize) {
    if let Some(found) = j.indexed_carried_open(meeting, n) {
        return found;
    }
    let all: Vec<&ActionItem> = carried_forward(j, meeting, clock)
        .into_iter()
        .filter(|a| !a.done)
        .collect();
    let total = all.len();
    (all.into_iter().take(n).collect(), total)
}

/// [`open_order`] with the journey's meetings (ordered by id).
pub(super) fn open_order_in(meetings: &[Meeting], a: &ActionItem) -> OpenOrder {
    let start = a
        .meeting_id
        .and_then(|id| meeting_in(meetings, id))
        .map(|m| m.starts_at);
    (a.due_date.is_none(), a.due_date, start, a.position, a.id)
}

/// The first `n` of the [`open_actions`], in that order, and how many there are in all:
/// for a summary, without sorting every open item.
#[must_use]
pub fn first_open_actions(j: &Journey, n: usize) -> (Vec<&ActionItem>, usize) {
    if let Some(open) = j.indexed_open_in_order() {
        let total = open.len();
        return (open.take(n).collect(), total);
    }
    let open: Vec<&ActionItem> = match j.indexed_open_actions() {
        Some(open) => open.collect(),
        None => j.actions.iter().filter(|a| !a.done).collect(),
    };
    let mut items: Vec<(OpenOrder, &ActionItem)> =
        open.into_iter().map(|a| (open_order(j, a), a)).collect();
    let total = items.len();
    if n == 0 {
        return (Vec::new(), total);
    }
    if items.len() > n {
        // The keys are unique, so the n smallest are the same whichever way they are found.
        items.select_nth_unstable_by_key(n - 1, |a| a.0);
        items.truncate(n);
    }
    items.sort_unstable_by_key(|a| a.0);
    (items.into_iter().map(|(_, a)| a).collect(), total)
}

/// The action items of earlier meetings carried into `meeting`: those that were still open
/// when it took place — open now, or done on or after its day (they were ticked there or
/// later, so they stay visible in it, ticked).
///
/// Items carry forward within one mentoring relationship: from earlier meetings with the
/// same mentor, and from or into meetings that have no mentor set. Items that belong to no
/// meeting count as earlier than every meeting. Ordered by their meeting, then position.
#[must_use]
pub fn carried_forward<'a>(
    j: &'a Journey,
    meeting: &Meeting,
    clock: &Clock,
) -> Vec<&'a ActionItem> {
    let day = clock.local(meeting.starts_at).date();
    let origin = |a: &ActionItem| a.meeting_id.and_then(|id| j.meeting(id));
    // Still open, or done on its day or later: from the index, else a scan (the cheap test
    // first: most items of a long journey were done long ago).
    let candidates: Vec<&ActionItem> = match (
        j.indexed_carried_open_all(meeting),
        j.indexed_done_since(day),
    ) {
        (Some(open), Some(done)) => open.into_iter().chain(done).collect(),
        _ => j
            .actions
            .iter()
            .filter(|a| !a.done || a.done_on.is_some_and(|d| d >= day))
            .collect(),
    };
    let mut items: Vec<(&ActionItem, Option<&Meeting>)> = candidates
        .into_iter()
        .filter(|a| a.meeting_id != Some(meeting.id))
        .filter_map(|a| {
            let from = origin(a);
            let earlier = match (a.meeting_id, from) {
                (None, _) => true,
                (Some(_), Some(m)) => {
                    let same_pair = m.mentor_id.is_none()
                        || meeting.mentor_id.is_none()
                        || m.mentor_id == meeting.mentor_id;
                    same_pair && is_before(m, meeting)
                }
                // An item pointing at a meeting that is gone: nothing to carry it from.
                (Some(_), None) => false,
            };
            earlier.then_some((a, from))
        })
        .collect();
    // From the index the open items come as a run per mentor already in this order (and
    // the done ones after them): the stable sort merges such runs instead of sorting
    // every item again.
    items.sort_by_key(|(a, m)| (m.map(|m| (m.starts_at, m.id)), a.position, a.id));
    items.into_iter().map(|(a, _)| a).collect()
}

/// The last meeting that has started by now with a mentor (any meeting when `mentor_id` is
/// `None`). On the shared screen `j` is the shared-only journey, without private meetings.
#[must_use]
pub fn last_meeting_with(
    j: &Journey,
    now: DateTime<Utc>,
    mentor_id: Option<Id>,
) -> Option<&Meeting> {
    if let Some(order) = j.meetings_by_start() {
        return order
            .range(0..order.started_by(now))
            .rev()
            .find(|m| mentor_id.is_none() || m.mentor_id == mentor_id);
    }
    j.meetings
        .iter()
        .filter(|m| mentor_id.is_none() || m.mentor_id == mentor_id)
        .filter(|m| !is_upcoming(m, now))
        .max_by_key(|m| (m.starts_at, m.id))
}

/// Edits that must be stored together with `key = value` (see `Ctx::commit`): ticking an
/// action item done records today as its `done_on`, unticking clears it.
#[must_use]
pub fn consequences(
    j: &Journey,
    key: &FieldKey,
    value: &Value,
    today: NaiveDate,
) -> Vec<(FieldKey, Value)> {
    let FieldKey::Action(id, ActionField::Done) = key else {
        return Vec::new();
    };
    let Some(a) = j.action(*id) else {
        return Vec::new();
    };
    let done_on = matches!(value, Value::Bool(true)).then_some(today);
    if a.done_on == done_on {
        return Vec::new();
    }
    vec![(
        FieldKey::Action(*id, ActionField::DoneOn),
        Value::Date(done_on),
    )]
}

/// When the next meeting with a mentor is, or is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextDue {
    /// A meeting is planned: the earliest one still ahead.
    Planned {
        meeting_id: Id,
        starts_at: DateTime<Utc>,
    },
    /// Nothing planned: due one cadence step after the last meeting (or after the start of
    /// the agreement when they have not met yet).
    Cadence {
        day: NaiveDate,
        cadence: Cadence,
        /// The last meeting's local day, `None` when counted from the agreement's start.
        last_met: Option<NaiveDate>,
    },
}

/// The next meeting with one mentor (`None` for planned meetings without a mentor).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextMeeting {
    pub mentor_id: Option<Id>,
    pub due: NextDue,
}

impl NextMeeting {
    /// The local day the meeting is planned for or due on.
    #[must_use]
    pub fn day(&self, clock: &Clock) -> NaiveDate {
        match &self.due {
            NextDue::Planned { starts_at, .. } => clock.local(*starts_at).date(),
            NextDue::Cadence { day, .. } => *day,
        }
    }

    /// Days from today to that day; negative when overdue.
    #[must_use]
    pub fn days_away(&self, clock: &Clock) -> i64 {
        (self.day(clock) - clock.today()).num_days()
    }

    /// Whether a cadence-due meeting is past due (a planned one never is: once it starts
    /// it is a past meeting).
    #[must_use]
    pub fn is_overdue(&self, clock: &Clock) -> bool {
        self.days_away(clock) < 0
    }

    /// "Next meeting with Ana in 9 days", "Next meeting with Ana today at 14:00",
    /// "Meeting with Ana overdue by 3 days".
    #[must_use]
    pub fn sentence(&self, name: &str, clock: &Clock) -> String {
        let with = if name.is_empty() {
            String::new()
        } else {
            format!(" with {name}")
        };
        let days = self.days_away(clock);
        match &self.due {
            NextDue::Planned { starts_at, .. } => {
                let time = clock.local(*starts_at).format("%H:%M");
                match days {
                    0 => format!("Next meeting{with} today at {time}"),
                    1 => format!("Next meeting{with} tomorrow at {time}"),
                    d => format!("Next meeting{with} in {d} days"),
                }
            }
            NextDue::Cadence { .. } => match days {
                0 => format!("Next meeting{with} is due today"),
                1 => format!("Next meeting{with} is due tomorrow"),
                d if d > 1 => format!("Next meeting{with} in {d} days"),
                -1 => format!("Meeting{with} overdue by 1 day"),
                d => format!("Meeting{with} overdue by {}", count(-d, "day", "days")),
            },
        }
    }
}

/// [`next_meetings`]' entry for one mentor.
#[must_use]
pub fn next_meeting_with(j: &Journey, clock: &Clock, mentor_id: Id) -> Option<NextMeeting> {
    let Some(order) = j.meetings_with_by_start(Some(mentor_id)) else {
        return next_meetings(j, clock)
            .into_iter()
            .find(|n| n.mentor_id == Some(mentor_id));
    };
    let mentor = j.mentor(mentor_id)?;
    let split = order.started_by(clock.now());
    let planned = order.get(split);
    let held = split.checked_sub(1).and_then(|i| order.get(i));
    next_of(mentor, planned, held, clock)
}

/// The next meeting with `mentor`, from the first planned with them and the last held.
fn next_of(
    mentor: &super::records::Mentor,
    planned: Option<&Meeting>,
    held: Option<&Meeting>,
    clock: &Clock,
) -> Option<NextMeeting> {
    let id = Some(mentor.id);
    if let Some(m) = planned {
        return Some(NextMeeting {
            mentor_id: id,
            due: NextDue::Planned {
                meeting_id: m.id,
                starts_at: m.starts_at,
            },
        });
    }
    let cadence = mentor.agreement.cadence?;
    let last = held.map(|m| clock.local(m.starts_at).date());
    let base = last.or(mentor.agreement.start_date)?;
    Some(NextMeeting {
        mentor_id: id,
        due: NextDue::Cadence {
            day: cadence.next_after(base),
            cadence,
            last_met: last,
        },
    })
}

/// The next meeting per mentor, in the order of the mentors, then planned meetings that
/// have no mentor (soonest first).
///
/// For each mentor: the earliest planned meeting with them; otherwise one step of the
/// agreement's cadence after the last meeting with them, or after the agreement's start
/// date when they have not met. A mentor without a planned meeting and without a cadence
/// (or without anything to count from) has no entry. On the shared screen `j` is the
/// shared-only journey, so private meetings do not count there.
#[must_use]
pub fn next_meetings(j: &Journey, clock: &Clock) -> Vec<NextMeeting> {
    let now = clock.now();
    // Per mentor, the first planned meeting and the last one held.
    let mut planned: HashMap<Id, &Meeting> = HashMap::new();
    let mut held: HashMap<Id, &Meeting> = HashMap::new();
    let indexed = j.meetings_by_start();
    if indexed.is_some() {
        // Per mentor, their meetings by start: the one either side of now.
        for mentor in &j.mentors {
            let Some(order) = j.meetings_with_by_start(Some(mentor.id)) else {
                break;
            };
            let split = order.started_by(now);
            if let Some(m) = order.get(split) {
                planned.insert(mentor.id, m);
            }
            if let Some(m) = split.checked_sub(1).and_then(|i| order.get(i)) {
                held.insert(mentor.id, m);
            }
        }
    }
    // Without the index: one pass over the meetings for all mentors.
    for m in indexed
        .is_none()
        .then_some(&j.meetings)
        .into_iter()
        .flatten()
    {
        let Some(mentor) = m.mentor_id else { continue };
        let key = (m.starts_at, m.id);
        if is_upcoming(m, now) {
            let first = planned.entry(mentor).or_insert(m);
            if key < (first.starts_at, first.id) {
                *first = m;
            }
        } else {
            let last = held.entry(mentor).or_insert(m);
            if key > (last.starts_at, last.id) {
                *last = m;
            }
        }
    }
    let mut out = Vec::new();
    for mentor in &j.mentors {
        let planned = planned.get(&mentor.id).copied();
        let held = held.get(&mentor.id).copied();
        out.extend(next_of(mentor, planned, held, clock));
    }
    let unassigned = |m: &&Meeting| m.mentor_id.is_none_or(|id| j.mentor(id).is_none());
    let first_unassigned = match indexed {
        // The first ahead without a mentor, or with one the journey no longer has.
        Some(_) => {
            let unknown = j.indexed_meeting_mentors().into_iter().flatten();
            let unknown = unknown.filter(|id| j.mentor(*id).is_none()).map(Some);
            std::iter::once(None)
                .chain(unknown)
                .filter_map(|mentor| {
                    let order = j.meetings_with_by_start(mentor)?;
                    order.get(order.started_by(now))
                })
                .min_by_key(|m| (m.starts_at, m.id))
        }
        None => j
            .meetings
            .iter()
            .filter(|m| unassigned(m) && is_upcoming(m, now))
            .min_by_key(|m| (m.starts_at, m.id)),
    };
    if let Some(m) = first_unassigned {
        out.push(NextMeeting {
            mentor_id: None,
            due: NextDue::Planned {
                meeting_id: m.id,
                starts_at: m.starts_at,
            },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn new_meetings_start_at_the_next_round_hour_today() {
        assert_eq!(default_start(at(10, 20)), at(11, 0));
        assert_eq!(default_start(at(10, 0)), at(10, 0));
        assert_eq!(default_start(at(23, 30)), at(23, 30));
    }

    #[test]
    fn a_meeting_is_near_from_an_hour_before_its_start_to_two_hours_after() {
        let now = at(10, 0).and_utc();
        let with_start = |start: DateTime<Utc>| {
            let mut j = Journey::default();
            j.meetings.push(Meeting {
                id: 1,
                starts_at: start,
                ..Meeting::default()
            });
            j.indexed()
        };
        let minutes = Duration::minutes;
        for (offset, near) in [
            (minutes(-121), false),
            (minutes(-119), true),
            (minutes(0), true),
            (minutes(59), true),
            (minutes(61), false),
        ] {
            // A meeting that starts `offset` after now (negative: before).
            let j = with_start(now + offset);
            assert_eq!(meeting_near(&j, now), near, "{offset}");
        }
        // Without the index (before it is built) nothing is scanned: not near.
        let mut plain = with_start(now);
        plain.meetings = plain.meetings.iter().cloned().collect::<Vec<_>>().into();
        assert!(!meeting_near(&plain, now));
    }
}
