//! `mentee demo`: a realistic journey to explore, kept in `assets/demo.json` (an ordinary
//! export) and moved in time so that it always ends about now: the last meeting a couple of
//! weeks ago, the next one planned.

use chrono::{NaiveDate, TimeDelta};

use crate::domain::times::map_times;
use crate::domain::{Clock, Journey};
use crate::export::json;

/// The demo journey as written, in the JSON export format. Its `exported_at` is the
/// story's "today".
pub const ASSET: &str = include_str!("../assets/demo.json");

/// Moves every date and instant of the journey by `days` days (back when negative).
pub fn shift(journey: &mut Journey, days: i64) {
    let delta = TimeDelta::days(days);
    map_times(
        journey,
        |d| d.checked_add_signed(delta).unwrap_or(d),
        |t| t.checked_add_signed(delta).unwrap_or(t),
    );
}

/// Days to move a story told on `story_today` so that it ends on `today`: rounded to whole
/// weeks, so meetings keep their weekday (the story ends within three days of today).
#[must_use]
pub fn days_to_move(story_today: NaiveDate, today: NaiveDate) -> i64 {
    let days = (today - story_today).num_days();
    (days + 3).div_euclid(7) * 7
}

/// Reads every instant as a wall-clock time in the user's zone, so a meeting the story
/// sets at 16:30 shows at 16:30 wherever the demo runs. (A fixed clock's zone is UTC: no
/// change.)
pub fn as_local_times(journey: &mut Journey, clock: &Clock) {
    map_times(journey, |d| d, |t| clock.from_local(t.naive_utc()));
}

/// The demo journey, moved to end about today.
///
/// # Errors
/// If the asset does not read as an export (a test guards against that).
pub fn journey(clock: &Clock) -> Result<Journey, String> {
    let doc = json::read(ASSET).map_err(|e| format!("the demo journey is broken: {e}"))?;
    let mut journey = doc.journey;
    shift(
        &mut journey,
        days_to_move(doc.exported_at.date_naive(), clock.today()),
    );
    as_local_times(&mut journey, clock);
    Ok(journey)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn moves_by_whole_weeks_towards_today() {
        let story = day(2026, 11, 18);
        assert_eq!(days_to_move(story, story), 0);
        assert_eq!(days_to_move(story, day(2026, 11, 21)), 0);
        assert_eq!(days_to_move(story, day(2026, 11, 22)), 7);
        assert_eq!(days_to_move(story, day(2026, 11, 15)), 0);
        assert_eq!(days_to_move(story, day(2026, 11, 14)), -7);
        assert_eq!(days_to_move(story, day(2027, 11, 18)), 364);
        for offset in -400..400 {
            let today = story + TimeDelta::days(offset);
            let moved = days_to_move(story, today);
            assert_eq!(moved % 7, 0);
            assert!((offset - moved).abs() <= 3, "{offset} -> {moved}");
        }
    }
}
