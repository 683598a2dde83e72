//! What the journal knows about meetings, as plain functions other views reuse (the Journal
//! tab, Overview, the agenda): upcoming versus past, open action items and how they carry
//! forward, and when the next meeting with each mentor is due.

use chrono::{DateTime, NaiveDate, Utc};

use super::choice::Cadence;
use super::clock::Clock;
use super::journey::Journey;
use super::records::{ActionItem, Id, Meeting};

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

/// Whether meeting `a` comes before meeting `b` (by start, then by id for equal starts).
#[must_use]
pub fn is_before(a: &Meeting, b: &Meeting) -> bool {
    (a.starts_at, a.id) < (b.starts_at, b.id)
}

/// The action items of one meeting, in their order.
#[must_use]
pub fn actions_of(j: &Journey, meeting_id: Id) -> Vec<&ActionItem> {
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
    j.actions
        .iter()
        .filter(|a| a.meeting_id == Some(meeting_id) && !a.done)
        .count()
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
    let mut items: Vec<&ActionItem> = j.actions.iter().filter(|a| !a.done).collect();
    let start = |a: &ActionItem| {
        a.meeting_id
            .and_then(|id| j.meeting(id))
            .map(|m| m.starts_at)
    };
    items.sort_by_key(|a| (a.due_date.is_none(), a.due_date, start(a), a.position, a.id));
    items
}

/// The action items of earlier meetings carried into `meeting`: those that were still open
/// when it took place — open now, or done on or after its day (they were ticked there or
/// later, so they stay visible in it, ticked). Items that belong to no meeting count as
/// earlier than every meeting. Ordered by their meeting, then position.
#[must_use]
pub fn carried_forward<'a>(
    j: &'a Journey,
    meeting: &Meeting,
    clock: &Clock,
) -> Vec<&'a ActionItem> {
    let day = clock.local(meeting.starts_at).date();
    let origin = |a: &ActionItem| a.meeting_id.and_then(|id| j.meeting(id));
    let mut items: Vec<(&ActionItem, Option<&Meeting>)> = j
        .actions
        .iter()
        .filter(|a| a.meeting_id != Some(meeting.id))
        .filter_map(|a| {
            let from = origin(a);
            let earlier = match (a.meeting_id, from) {
                (None, _) => true,
                (Some(_), Some(m)) => is_before(m, meeting),
                // An item pointing at a meeting that is gone: nothing to carry it from.
                (Some(_), None) => false,
            };
            let still_open = !a.done || a.done_on.is_some_and(|d| d >= day);
            (earlier && still_open).then_some((a, from))
        })
        .collect();
    items.sort_by_key(|(a, m)| (m.map(|m| (m.starts_at, m.id)), a.position, a.id));
    items.into_iter().map(|(a, _)| a).collect()
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
                d => format!("Meeting{with} overdue by {} days", -d),
            },
        }
    }
}

/// The next meeting per mentor, in the order of the mentors, then planned meetings that
/// have no mentor (soonest first).
///
/// For each mentor: the earliest planned meeting with them; otherwise one step of the
/// agreement's cadence after the last meeting with them, or after the agreement's start
/// date when they have not met. A mentor without a planned meeting and without a cadence
/// (or without anything to count from) has no entry. Private meetings count only when
/// `include_private` (shared-screen mode leaves them out).
#[must_use]
pub fn next_meetings(j: &Journey, clock: &Clock, include_private: bool) -> Vec<NextMeeting> {
    let now = clock.now();
    let visible = |m: &&Meeting| include_private || !m.private;
    let planned = |mentor: Option<Id>| {
        j.meetings
            .iter()
            .filter(visible)
            .filter(|m| m.mentor_id == mentor && is_upcoming(m, now))
            .min_by_key(|m| (m.starts_at, m.id))
    };
    let mut out = Vec::new();
    for mentor in &j.mentors {
        let id = Some(mentor.id);
        if let Some(m) = planned(id) {
            out.push(NextMeeting {
                mentor_id: id,
                due: NextDue::Planned {
                    meeting_id: m.id,
                    starts_at: m.starts_at,
                },
            });
            continue;
        }
        let Some(cadence) = mentor.agreement.cadence else {
            continue;
        };
        let last = j
            .meetings
            .iter()
            .filter(visible)
            .filter(|m| m.mentor_id == id && !is_upcoming(m, now))
            .max_by_key(|m| (m.starts_at, m.id))
            .map(|m| clock.local(m.starts_at).date());
        let Some(base) = last.or(mentor.agreement.start_date) else {
            continue;
        };
        out.push(NextMeeting {
            mentor_id: id,
            due: NextDue::Cadence {
                day: cadence.next_after(base),
                cadence,
                last_met: last,
            },
        });
    }
    let mut unassigned: Vec<&Meeting> = j
        .meetings
        .iter()
        .filter(visible)
        .filter(|m| m.mentor_id.is_none_or(|id| j.mentor(id).is_none()) && is_upcoming(m, now))
        .collect();
    unassigned.sort_by_key(|m| (m.starts_at, m.id));
    if let Some(m) = unassigned.first() {
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
    use crate::domain::{Mentor, Owner};

    fn at(y: i32, mo: u32, d: u32, h: u32) -> DateTime<Utc> {
        NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
            .and_utc()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn meeting(id: Id, mentor: Option<Id>, starts_at: DateTime<Utc>) -> Meeting {
        Meeting {
            id,
            mentor_id: mentor,
            starts_at,
            mode: None,
            duration_minutes: None,
            place: String::new(),
            agenda: String::new(),
            notes: String::new(),
            reflection: String::new(),
            private: false,
            agenda_private: false,
            notes_private: false,
            reflection_private: false,
            created_at: starts_at,
        }
    }

    fn action(id: Id, meeting: Option<Id>, done_on: Option<NaiveDate>) -> ActionItem {
        ActionItem {
            id,
            meeting_id: meeting,
            text: format!("item {id}"),
            owner: Owner::Me,
            due_date: None,
            done: done_on.is_some(),
            done_on,
            goal_id: None,
            position: id,
        }
    }

    #[test]
    fn upcoming_soonest_first_then_past_newest_first() {
        let now = at(2026, 11, 22, 12);
        let ms = [
            meeting(1, None, at(2026, 10, 1, 9)),
            meeting(2, None, at(2026, 12, 20, 9)),
            meeting(3, None, at(2026, 11, 1, 9)),
            meeting(4, None, at(2026, 11, 30, 9)),
        ];
        let (up, past) = journal_order(&ms, now);
        let ids = |v: Vec<&Meeting>| v.iter().map(|m| m.id).collect::<Vec<_>>();
        assert_eq!(ids(up), vec![4, 2]);
        assert_eq!(ids(past), vec![3, 1]);
    }

    #[test]
    fn open_items_carry_forward_until_done() {
        let clock = Clock::at_day(2026, 11, 22);
        let j = Journey {
            meetings: vec![
                meeting(1, None, at(2026, 9, 1, 9)),
                meeting(2, None, at(2026, 10, 1, 9)),
                meeting(3, None, at(2026, 11, 1, 9)),
            ],
            actions: vec![
                action(10, Some(1), None),                   // open: carried into 2 and 3
                action(11, Some(1), Some(day(2026, 9, 15))), // done before meeting 2
                action(12, Some(1), Some(day(2026, 10, 1))), // ticked at meeting 2
                action(13, Some(2), None),                   // open: carried into 3 only
                action(14, None, None),                      // loose: carried everywhere
                action(15, Some(3), None),                   // the latest meeting's own
            ],
            ..Journey::default()
        };
        let ids = |m: Id| {
            let m = j.meeting(m).unwrap().clone();
            carried_forward(&j, &m, &clock)
                .iter()
                .map(|a| a.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(1), vec![14]);
        assert_eq!(ids(2), vec![14, 10, 12]);
        assert_eq!(ids(3), vec![14, 10, 13]);
        let open: Vec<Id> = open_actions(&j).iter().map(|a| a.id).collect();
        assert_eq!(open, vec![14, 10, 13, 15]);
        assert_eq!(open_count(&j, 1), 1);
        assert_eq!(open_count(&j, 3), 1);
    }

    #[test]
    fn open_actions_put_the_soonest_due_first() {
        let mut a = action(1, None, None);
        a.due_date = Some(day(2026, 12, 1));
        let mut b = action(2, None, None);
        b.due_date = Some(day(2026, 11, 1));
        let c = action(3, None, None);
        let j = Journey {
            actions: vec![c, a, b],
            ..Journey::default()
        };
        let open: Vec<Id> = open_actions(&j).iter().map(|a| a.id).collect();
        assert_eq!(open, vec![2, 1, 3]);
        assert!(is_overdue(&j.actions[2], day(2026, 11, 22)));
        assert!(!is_overdue(&j.actions[1], day(2026, 11, 22)));
    }

    fn mentor(id: Id, name: &str, cadence: Option<Cadence>, start: Option<NaiveDate>) -> Mentor {
        let mut m = Mentor {
            id,
            name: name.into(),
            ..Mentor::default()
        };
        m.agreement.cadence = cadence;
        m.agreement.start_date = start;
        m
    }

    #[test]
    fn next_meeting_without_agreement_or_meetings_is_nothing() {
        let clock = Clock::at_day(2026, 11, 22);
        let j = Journey::default();
        assert!(next_meetings(&j, &clock, true).is_empty());
        let mut j = Journey::default();
        j.mentors
            .push(mentor(1, "Ana", None, Some(day(2026, 1, 1))));
        j.meetings.push(meeting(5, Some(1), at(2026, 11, 1, 9)));
        assert!(next_meetings(&j, &clock, true).is_empty(), "no cadence");
        let mut j = Journey::default();
        j.mentors
            .push(mentor(1, "Ana", Some(Cadence::Monthly), None));
        assert!(
            next_meetings(&j, &clock, true).is_empty(),
            "nothing to count from"
        );
    }

    #[test]
    fn next_meeting_counts_from_the_start_date_before_the_first_meeting() {
        let clock = Clock::at_day(2026, 11, 22);
        let mut j = Journey::default();
        j.mentors.push(mentor(
            1,
            "Ana",
            Some(Cadence::Fortnightly),
            Some(day(2026, 11, 20)),
        ));
        let next = next_meetings(&j, &clock, true);
        assert_eq!(
            next[0].due,
            NextDue::Cadence {
                day: day(2026, 12, 4),
                cadence: Cadence::Fortnightly,
                last_met: None
            }
        );
        assert_eq!(
            next[0].sentence("Ana", &clock),
            "Next meeting with Ana in 12 days"
        );
    }

    #[test]
    fn next_meeting_per_mentor_from_cadence_plans_and_the_clock() {
        let mut clock = Clock::at_day(2026, 11, 22);
        let mut j = Journey::default();
        j.mentors.push(mentor(
            1,
            "Ana",
            Some(Cadence::Monthly),
            Some(day(2026, 1, 10)),
        ));
        j.mentors
            .push(mentor(2, "Ben", Some(Cadence::Weekly), None));
        j.mentors.push(mentor(3, "Cy", None, None));
        // Ana: met on 1 Nov, monthly → due 1 Dec.
        j.meetings.push(meeting(1, Some(1), at(2026, 10, 1, 9)));
        j.meetings.push(meeting(2, Some(1), at(2026, 11, 1, 9)));
        // Ben: met on 10 Nov, weekly → due 17 Nov: overdue by 5 days.
        j.meetings.push(meeting(3, Some(2), at(2026, 11, 10, 9)));
        // Cy: no cadence, but a planned meeting.
        j.meetings.push(meeting(4, Some(3), at(2026, 11, 25, 15)));

        let next = next_meetings(&j, &clock, true);
        assert_eq!(next.len(), 3);
        assert_eq!(next[0].day(&clock), day(2026, 12, 1));
        assert_eq!(
            next[0].sentence("Ana", &clock),
            "Next meeting with Ana in 9 days"
        );
        assert_eq!(next[1].day(&clock), day(2026, 11, 17));
        assert!(next[1].is_overdue(&clock));
        assert_eq!(
            next[1].sentence("Ben", &clock),
            "Meeting with Ben overdue by 5 days"
        );
        assert_eq!(
            next[2].due,
            NextDue::Planned {
                meeting_id: 4,
                starts_at: at(2026, 11, 25, 15)
            }
        );
        assert_eq!(
            next[2].sentence("Cy", &clock),
            "Next meeting with Cy in 3 days"
        );

        // Planning a meeting with Ben replaces the cadence date.
        j.meetings.push(meeting(5, Some(2), at(2026, 11, 23, 10)));
        let next = next_meetings(&j, &clock, true);
        assert_eq!(
            next[1].sentence("Ben", &clock),
            "Next meeting with Ben tomorrow at 10:00"
        );

        // Time passes: once Ben's meeting has started, the next is a week after it.
        clock.set(at(2026, 11, 23, 11));
        let next = next_meetings(&j, &clock, true);
        assert_eq!(next[1].day(&clock), day(2026, 11, 30));
        assert_eq!(
            next[1].sentence("Ben", &clock),
            "Next meeting with Ben in 7 days"
        );
        // And on the day itself it is due today, then overdue.
        clock.set(at(2026, 11, 30, 8));
        assert_eq!(
            next_meetings(&j, &clock, true)[1].sentence("Ben", &clock),
            "Next meeting with Ben is due today"
        );
        clock.set(at(2026, 12, 1, 8));
        assert_eq!(
            next_meetings(&j, &clock, true)[1].sentence("Ben", &clock),
            "Meeting with Ben overdue by 1 day"
        );
    }

    #[test]
    fn private_meetings_are_left_out_on_request_and_unassigned_plans_are_listed() {
        let clock = Clock::at_day(2026, 11, 22);
        let mut j = Journey::default();
        let mut secret = meeting(1, None, at(2026, 11, 24, 9));
        secret.private = true;
        j.meetings.push(secret);
        j.meetings.push(meeting(2, None, at(2026, 11, 28, 9)));
        let next = next_meetings(&j, &clock, true);
        assert_eq!(next.len(), 1);
        assert_eq!(next[0].sentence("", &clock), "Next meeting in 2 days");
        let shared = next_meetings(&j, &clock, false);
        assert_eq!(shared[0].sentence("", &clock), "Next meeting in 6 days");
    }
}
