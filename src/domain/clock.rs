//! The one source of "now", so tests and the demo can control time.

use std::cell::Cell;

use chrono::{
    DateTime, Local, NaiveDate, NaiveDateTime, SubsecRound, TimeDelta, TimeZone, Timelike, Utc,
};

/// Gives the current instant and converts instants to the user's local calendar.
///
/// `Clock::system()` follows the machine clock and local zone; `Clock::fixed(..)` is
/// frozen and treats UTC as the local zone, so tests render the same everywhere.
///
/// It also notes how finely the time has been read since [`Clock::take_read`] was last
/// called, so the terminal loop knows when a frame it drew can change by itself (a new
/// minute, a new day) and sleeps until then instead of redrawing on a timer.
#[derive(Clone, Debug)]
pub struct Clock {
    fixed: Option<DateTime<Utc>>,
    read: Cell<TimeRead>,
}

/// How finely the time was read: what a frame built from those reads depends on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimeRead {
    /// Not at all: the frame is the same at any time.
    #[default]
    Nothing,
    /// Today's date ("3 days ago", "overdue"): the frame can change at midnight.
    Day,
    /// The current instant (a meeting that has begun, "in 20 minutes"): shown to the
    /// minute at most, so the frame can change when the minute does.
    Minute,
}

/// The moment an edit happens: the local day it belongs to and the exact instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

impl Clock {
    #[must_use]
    pub fn system() -> Self {
        Self {
            fixed: None,
            read: Cell::new(TimeRead::Nothing),
        }
    }

    #[must_use]
    pub fn fixed(now: DateTime<Utc>) -> Self {
        Self {
            fixed: Some(now.trunc_subsecs(0)),
            read: Cell::new(TimeRead::Nothing),
        }
    }

    /// A fixed clock at noon UTC on the given day (handy in tests).
    ///
    /// # Panics
    /// On an impossible date; only for tests with literal dates.
    #[must_use]
    pub fn at_day(y: i32, m: u32, d: u32) -> Self {
        let day = NaiveDate::from_ymd_opt(y, m, d).expect("valid test date");
        Self::fixed(day.and_hms_opt(12, 0, 0).expect("noon").and_utc())
    }

    /// Whether this clock is frozen (tests, `MENTEE_NOW`).
    #[must_use]
    pub fn is_fixed(&self) -> bool {
        self.fixed.is_some()
    }

    /// Moves a fixed clock; a system clock ignores this.
    pub fn set(&mut self, now: DateTime<Utc>) {
        if self.fixed.is_some() {
            self.fixed = Some(now.trunc_subsecs(0));
        }
    }

    /// The current instant, to whole seconds (what the store keeps).
    #[must_use]
    pub fn now(&self) -> DateTime<Utc> {
        self.noted(TimeRead::Minute);
        self.instant()
    }

    /// Today in the user's zone.
    #[must_use]
    pub fn today(&self) -> NaiveDate {
        self.noted(TimeRead::Day);
        self.local(self.instant()).date()
    }

    #[must_use]
    pub fn stamp(&self) -> Stamp {
        self.noted(TimeRead::Minute);
        let now = self.instant();
        Stamp {
            today: self.local(now).date(),
            now,
        }
    }

    fn instant(&self) -> DateTime<Utc> {
        self.fixed.unwrap_or_else(|| Utc::now().trunc_subsecs(0))
    }

    fn noted(&self, read: TimeRead) {
        if read > self.read.get() {
            self.read.set(read);
        }
    }

    /// Notes a read of the time as fine as `read`, as if it had been made now: for what
    /// answers from something built earlier from such reads (see `view::Memo`).
    pub fn note(&self, read: TimeRead) {
        self.noted(read);
    }

    /// How finely the time was read since the last call, and starts noting afresh.
    pub fn take_read(&self) -> TimeRead {
        self.read.replace(TimeRead::Nothing)
    }

    /// When something built from reads of the time (see [`TimeRead`]) can next change: the
    /// next minute or the next local midnight. Never for a fixed clock, which does not move
    /// by itself.
    #[must_use]
    pub fn next_change(&self, read: TimeRead) -> Option<DateTime<Utc>> {
        if self.fixed.is_some() {
            return None;
        }
        let now = Utc::now();
        match read {
            TimeRead::Nothing => None,
            TimeRead::Minute => {
                let start = now.trunc_subsecs(0) - TimeDelta::seconds(i64::from(now.second()));
                Some(start + TimeDelta::minutes(1))
            }
            TimeRead::Day => {
                let tomorrow = self.local(now).date().succ_opt()?;
                Some(self.from_local(tomorrow.and_time(chrono::NaiveTime::MIN)))
            }
        }
    }

    /// An instant as wall-clock time in the user's zone.
    #[must_use]
    pub fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        if self.fixed.is_some() {
            at.naive_utc()
        } else {
            at.with_timezone(&Local).naive_local()
        }
    }

    /// Wall-clock time in the user's zone back to an instant. Times that do not exist
    /// (a daylight-saving gap) move forward to the next valid instant.
    #[must_use]
    pub fn from_local(&self, local: NaiveDateTime) -> DateTime<Utc> {
        if self.fixed.is_some() {
            return local.and_utc();
        }
        match Local.from_local_datetime(&local) {
            chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
                t.with_timezone(&Utc)
            }
            chrono::LocalResult::None => {
                let later = local + chrono::Duration::hours(1);
                Local
                    .from_local_datetime(&later)
                    .earliest()
                    .map_or_else(|| later.and_utc(), |t| t.with_timezone(&Utc))
            }
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_of_the_time_are_noted_by_how_fine_they_are() {
        let c = Clock::system();
        assert_eq!(c.take_read(), TimeRead::Nothing);
        let _ = c.local(Utc::now());
        assert_eq!(
            c.take_read(),
            TimeRead::Nothing,
            "converting is not reading"
        );
        let _ = c.today();
        assert_eq!(c.take_read(), TimeRead::Day);
        let _ = c.today();
        let _ = c.now();
        let _ = c.today();
        assert_eq!(c.take_read(), TimeRead::Minute, "the finest read counts");
        assert_eq!(
            c.take_read(),
            TimeRead::Nothing,
            "and taking it starts afresh"
        );
    }

    #[test]
    fn the_next_change_is_the_next_minute_or_midnight_and_never_for_a_frozen_clock() {
        let c = Clock::system();
        assert_eq!(c.next_change(TimeRead::Nothing), None);
        let before = Utc::now();
        let minute = c.next_change(TimeRead::Minute).unwrap();
        assert_eq!(minute.second(), 0);
        assert_eq!(minute.nanosecond(), 0);
        assert!(minute > before && minute - before <= TimeDelta::minutes(1));
        let midnight = c.next_change(TimeRead::Day).unwrap();
        assert!(midnight > before && midnight - before <= TimeDelta::hours(25));
        // The start of tomorrow (an hour later where midnight falls in a daylight-saving gap).
        assert!(c.local(midnight).date() > c.local(before).date());
        assert!(c.local(midnight).hour() <= 1 && c.local(midnight).minute() == 0);
        let frozen = Clock::at_day(2026, 11, 22);
        assert_eq!(frozen.next_change(TimeRead::Minute), None);
        assert_eq!(frozen.next_change(TimeRead::Day), None);
    }
}
