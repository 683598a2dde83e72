//! After a meeting: the reflection the mentee writes on it ("what I learnt, what I will
//! do"), which closes the cycle of preparing, meeting and acting that the method describes
//! (Rolfe 2017, "The mentoring process"). Overview asks for the one still missing.

use chrono::{Datelike, Duration, NaiveDate};

use super::{Clock, Journey, Meeting};

/// How long after a meeting Overview still asks for its reflection. Later, the next
/// meeting is nearer than this one.
pub const REFLECT_WITHIN_DAYS: i64 = 14;

/// The meeting whose reflection Overview asks for: the latest meeting that is over (its
/// start plus its minutes; a meeting without minutes once it has started), when it has no
/// reflection yet and ended within [`REFLECT_WITHIN_DAYS`]. `None` once a reflection is
/// written, or when the latest meeting has one: only the latest is asked for.
#[must_use]
pub fn reflection_due<'a>(j: &'a Journey, clock: &Clock) -> Option<&'a Meeting> {
    let now = clock.now();
    let ends =
        |m: &Meeting| m.starts_at + Duration::minutes(i64::from(m.duration_minutes.unwrap_or(0)));
    let last = match j.meetings_by_start() {
        // The latest that has ended: back from the last that has started (a meeting ends
        // after it starts), stopping at the first that has ended.
        Some(order) => order
            .range(0..order.started_by(now))
            .rev()
            .find(|m| ends(m) <= now)?,
        None => j
            .meetings
            .iter()
            .filter(|m| ends(m) <= now)
            .max_by_key(|m| (m.starts_at, m.id))?,
    };
    let recent = now - ends(last) <= Duration::days(REFLECT_WITHIN_DAYS);
    (recent && last.reflection.trim().is_empty()).then_some(last)
}

/// "today's", "yesterday's", "Tuesday's" (within the last week); `None` for an older day,
/// which is named by its date instead.
#[must_use]
pub fn day_possessive(day: NaiveDate, today: NaiveDate) -> Option<String> {
    match (today - day).num_days() {
        0 => Some("today's".into()),
        1 => Some("yesterday's".into()),
        2..=6 => Some(format!("{}'s", weekday_name(day))),
        _ => None,
    }
}

fn weekday_name(day: NaiveDate) -> &'static str {
    match day.weekday() {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

/// "Reflect on Tuesday's meeting with Elena Sørensen", "Reflect on the meeting of 3 November".
#[must_use]
pub fn nudge(m: &Meeting, mentor: Option<&str>, clock: &Clock) -> String {
    let day = clock.local(m.starts_at).date();
    let which = match day_possessive(day, clock.today()) {
        Some(p) => format!("{p} meeting"),
        None => format!("the meeting of {}", day.format("%-d %B")),
    };
    match mentor {
        Some(name) => format!("Reflect on {which} with {}", name.trim()),
        None => format!("Reflect on {which}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn meeting(id: i64, d: u32, h: u32, minutes: Option<u32>, reflection: &str) -> Meeting {
        Meeting {
            id,
            starts_at: Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap(),
            duration_minutes: minutes,
            reflection: reflection.into(),
            ..Meeting::default()
        }
    }

    fn journey(meetings: Vec<Meeting>) -> Journey {
        Journey {
            meetings: meetings.into(),
            ..Journey::default()
        }
    }

    #[test]
    fn the_latest_meeting_that_is_over_and_has_no_reflection() {
        // Sunday 22 November, noon.
        let clock = Clock::at_day(2026, 11, 22);
        let j = journey(vec![
            meeting(1, 10, 9, Some(60), ""),
            meeting(2, 17, 16, Some(60), ""),
            meeting(3, 29, 10, None, ""),
        ]);
        let due = reflection_due(&j, &clock).unwrap();
        assert_eq!(due.id, 2);
        assert_eq!(
            nudge(due, Some("Elena Sørensen"), &clock),
            "Reflect on Tuesday's meeting with Elena Sørensen"
        );
        // Written: the nudge goes, and an older meeting is not asked for instead.
        let j = journey(vec![
            meeting(1, 10, 9, Some(60), ""),
            meeting(2, 17, 16, Some(60), "Learnt"),
        ]);
        assert_eq!(reflection_due(&j, &clock), None);
        // Still going on (11:00 to 12:30): not yet.
        let j = journey(vec![meeting(4, 22, 11, Some(90), "")]);
        assert_eq!(reflection_due(&j, &Clock::at_day(2026, 11, 22)), None);
        // Over a fortnight ago: no longer.
        let j = journey(vec![meeting(5, 1, 9, Some(60), "")]);
        assert_eq!(reflection_due(&j, &clock), None);
    }

    #[test]
    fn days_are_named_as_a_person_would() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let back = |n| today - Duration::days(n);
        assert_eq!(day_possessive(back(0), today).as_deref(), Some("today's"));
        assert_eq!(
            day_possessive(back(1), today).as_deref(),
            Some("yesterday's")
        );
        assert_eq!(day_possessive(back(5), today).as_deref(), Some("Tuesday's"));
        assert_eq!(day_possessive(back(7), today), None);
    }
}
