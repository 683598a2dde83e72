//! Which meeting `P`, `S`, `mentee agenda` and the calendar invite are about: one rule, so
//! they never disagree. Today's meeting if there is one, else the soonest planned meeting,
//! else the meeting most overdue by the agreed cadence (Rolfe 2017: the pair agree the
//! structure, and meet to it; the mentee drives it).

use chrono::{DateTime, NaiveDate, NaiveTime, Timelike, Utc};

use crate::domain::choice::Cadence;
use crate::domain::clock::Clock;
use crate::domain::goals::{is_open, priority_order};
use crate::domain::index::ByStart;
use crate::domain::journey::Journey;
use crate::domain::meetings::{NextDue, is_upcoming, next_meeting_with, next_meetings};
use crate::domain::records::{Id, Meeting};

/// Why this meeting was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A meeting takes place today.
    Today,
    /// Nothing today: the soonest planned meeting.
    Planned,
    /// Nothing planned: due by the agreed cadence, and that day has passed.
    Overdue,
    /// Nothing planned: due by the agreed cadence, on a day still ahead.
    Due,
    /// Nothing planned, and no cadence to count from.
    Unknown,
}

/// The meeting an agenda is for: a meeting in the journal (today's or a planned one), or the
/// next one with a mentor, not planned yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingChoice {
    /// The mentor (`None`: no mentor, or a meeting without one).
    pub mentor_id: Option<Id>,
    /// The meeting in the journal, when there is one.
    pub meeting_id: Option<Id>,
    /// When it starts, for a meeting in the journal.
    pub starts_at: Option<DateTime<Utc>>,
    /// The local day it is on or due on (`None` when nothing is known).
    pub day: Option<NaiveDate>,
    /// The agreed cadence, when the day comes from it.
    pub cadence: Option<Cadence>,
    pub why: Why,
}

impl MeetingChoice {
    /// Whether the meeting is in the journal (planned, or today's).
    #[must_use]
    pub fn is_planned(&self) -> bool {
        self.meeting_id.is_some()
    }

    /// The day it is on or due on, today at the earliest (today when nothing is known).
    #[must_use]
    pub fn day_or_today(&self, clock: &Clock) -> NaiveDate {
        self.day.unwrap_or(clock.today()).max(clock.today())
    }

    /// The choice of meeting `m`, for `why`.
    #[must_use]
    pub fn of_meeting(m: &Meeting, j: &Journey, clock: &Clock, why: Why) -> MeetingChoice {
        MeetingChoice {
            mentor_id: m.mentor_id.filter(|id| j.mentor(*id).is_some()),
            meeting_id: Some(m.id),
            starts_at: Some(m.starts_at),
            day: Some(clock.local(m.starts_at).date()),
            cadence: None,
            why,
        }
    }
}

/// The meeting the agenda, the shared screen and the invite are for (see the module notes).
/// With several meetings today, the one that started last (it is under way), else the next
/// one today. The shared screen passes the shared-only journey, so a private meeting is
/// never its choice.
#[must_use]
pub fn choose(j: &Journey, clock: &Clock) -> MeetingChoice {
    let now = clock.now();
    let today = clock.today();
    if let Some(order) = j.meetings_by_start() {
        if let Some(choice) = around_now(j, clock, order) {
            return choice;
        }
        return due_choice(j, clock);
    }
    let todays = || {
        j.meetings
            .iter()
            .filter(move |m| clock.local(m.starts_at).date() == today)
    };
    let started = todays()
        .filter(|m| !is_upcoming(m, now))
        .max_by_key(|m| (m.starts_at, m.id));
    if let Some(m) = started.or_else(|| todays().min_by_key(|m| (m.starts_at, m.id))) {
        return MeetingChoice::of_meeting(m, j, clock, Why::Today);
    }
    let soonest = j
        .meetings
        .iter()
        .filter(|m| is_upcoming(m, now))
        .min_by_key(|m| (m.starts_at, m.id));
    if let Some(m) = soonest {
        return MeetingChoice::of_meeting(m, j, clock, Why::Planned);
    }
    due_choice(j, clock)
}

/// [`choose`]'s first two rules from meetings by start (all of them, or one mentor's):
/// today's meeting that started last, else the first ahead (today's or the next planned).
fn around_now(j: &Journey, clock: &Clock, order: ByStart) -> Option<MeetingChoice> {
    let split = order.started_by(clock.now());
    let today = clock.today();
    let on_today = |m: &&Meeting| clock.local(m.starts_at).date() == today;
    if let Some(m) = split
        .checked_sub(1)
        .and_then(|i| order.get(i))
        .filter(on_today)
    {
        return Some(MeetingChoice::of_meeting(m, j, clock, Why::Today));
    }
    let next = order.get(split)?;
    let why = if on_today(&next) {
        Why::Today
    } else {
        Why::Planned
    };
    Some(MeetingChoice::of_meeting(next, j, clock, why))
}

/// [`choose`] when no meeting is today or ahead: the first due by a cadence.
fn due_choice(j: &Journey, clock: &Clock) -> MeetingChoice {
    let today = clock.today();
    let due = next_meetings(j, clock)
        .into_iter()
        .filter_map(|n| match n.due {
            NextDue::Cadence { day, cadence, .. } => Some((day, n.mentor_id, cadence)),
            NextDue::Planned { .. } => None,
        })
        .min_by_key(|(day, ..)| *day);
    if let Some((day, mentor_id, cadence)) = due {
        return cadence_choice(mentor_id, day, cadence, today);
    }
    MeetingChoice {
        mentor_id: j.mentors.first().map(|m| m.id),
        meeting_id: None,
        starts_at: None,
        day: None,
        cadence: None,
        why: Why::Unknown,
    }
}

fn cadence_choice(
    mentor_id: Option<Id>,
    day: NaiveDate,
    cadence: Cadence,
    today: NaiveDate,
) -> MeetingChoice {
    MeetingChoice {
        mentor_id,
        meeting_id: None,
        starts_at: None,
        day: Some(day),
        cadence: Some(cadence),
        why: if day < today { Why::Overdue } else { Why::Due },
    }
}

/// The same rule for one mentor (`m` switches mentor): today's meeting with them, else the
/// next planned one, else the day it is due by their cadence. `None`: meetings without a
/// mentor.
#[must_use]
pub fn meeting_with(j: &Journey, clock: &Clock, mentor_id: Option<Id>) -> MeetingChoice {
    let now = clock.now();
    let today = clock.today();
    let indexed = mentor_id.and_then(|id| j.meetings_with_by_start(Some(id)));
    if let Some(choice) = indexed.and_then(|order| around_now(j, clock, order)) {
        return choice;
    }
    let theirs = |m: &&Meeting| match mentor_id {
        Some(id) => m.mentor_id == Some(id),
        None => m.mentor_id.is_none_or(|id| j.mentor(id).is_none()),
    };
    let todays = || {
        j.meetings
            .iter()
            .filter(theirs)
            .filter(move |m| clock.local(m.starts_at).date() == today)
    };
    if indexed.is_none() {
        let started = todays()
            .filter(|m| !is_upcoming(m, now))
            .max_by_key(|m| (m.starts_at, m.id));
        if let Some(m) = started.or_else(|| todays().min_by_key(|m| (m.starts_at, m.id))) {
            return MeetingChoice::of_meeting(m, j, clock, Why::Today);
        }
        let next = j
            .meetings
            .iter()
            .filter(theirs)
            .filter(|m| is_upcoming(m, now))
            .min_by_key(|m| (m.starts_at, m.id));
        if let Some(m) = next {
            return MeetingChoice::of_meeting(m, j, clock, Why::Planned);
        }
    }
    let due = mentor_id.and_then(|id| next_meeting_with(j, clock, id));
    if let Some(NextDue::Cadence { day, cadence, .. }) = due.map(|n| n.due) {
        return cadence_choice(mentor_id, day, cadence, today);
    }
    MeetingChoice {
        mentor_id,
        meeting_id: None,
        starts_at: None,
        day: None,
        cadence: None,
        why: Why::Unknown,
    }
}

/// The mentors an agenda can be for, in the order of the journey; `[None]` without any.
#[must_use]
pub fn mentor_choices(j: &Journey) -> Vec<Option<Id>> {
    if j.mentors.is_empty() {
        vec![None]
    } else {
        j.mentors.iter().map(|m| Some(m.id)).collect()
    }
}

/// The goals the shared screen steps through with a mentor: open goals of theirs or of no
/// mentor, by priority; when there are none, every open goal, so the review never opens
/// empty while there are goals to review.
#[must_use]
pub fn goals_for_review(j: &Journey, mentor_id: Option<Id>) -> Vec<Id> {
    let open: Vec<_> = priority_order(j)
        .into_iter()
        .filter(|g| is_open(g))
        .collect();
    let theirs: Vec<Id> = open
        .iter()
        .filter(|g| mentor_id.is_none() || g.mentor_id.is_none() || g.mentor_id == mentor_id)
        .map(|g| g.id)
        .collect();
    if theirs.is_empty() {
        open.iter().map(|g| g.id).collect()
    } else {
        theirs
    }
}

/// The time of day the mentee usually meets this mentor: the most frequent start time of
/// their past meetings (the latest of equally frequent ones), `None` before any.
#[must_use]
pub fn usual_time(j: &Journey, clock: &Clock, mentor_id: Option<Id>) -> Option<NaiveTime> {
    let now = clock.now();
    let mut seen: Vec<(NaiveTime, usize, DateTime<Utc>)> = Vec::new();
    for m in j
        .meetings
        .iter()
        .filter(|m| m.mentor_id == mentor_id && !is_upcoming(m, now))
    {
        let t = clock
            .local(m.starts_at)
            .time()
            .with_second(0)
            .unwrap_or_default();
        match seen.iter_mut().find(|s| s.0 == t) {
            Some(s) => {
                s.1 += 1;
                s.2 = s.2.max(m.starts_at);
            }
            None => seen.push((t, 1, m.starts_at)),
        }
    }
    seen.into_iter().max_by_key(|s| (s.1, s.2)).map(|s| s.0)
}

/// How long meetings with this mentor usually last: the duration of the latest meeting
/// with them that has one.
#[must_use]
pub fn usual_minutes(j: &Journey, mentor_id: Option<Id>) -> Option<u32> {
    j.meetings
        .iter()
        .filter(|m| m.mentor_id == mentor_id && m.duration_minutes.is_some())
        .max_by_key(|m| (m.starts_at, m.id))
        .and_then(|m| m.duration_minutes)
}
