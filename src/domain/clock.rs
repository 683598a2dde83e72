//! The one source of "now", so tests and the demo can control time.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, SubsecRound, TimeZone, Utc};

/// Gives the current instant and converts instants to the user's local calendar.
///
/// `Clock::system()` follows the machine clock and local zone; `Clock::fixed(..)` is
/// frozen and treats UTC as the local zone, so tests render the same everywhere.
#[derive(Clone, Debug)]
pub struct Clock {
    fixed: Option<DateTime<Utc>>,
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
        Self { fixed: None }
    }

    #[must_use]
    pub fn fixed(now: DateTime<Utc>) -> Self {
        Self {
            fixed: Some(now.trunc_subsecs(0)),
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
        self.fixed.unwrap_or_else(|| Utc::now().trunc_subsecs(0))
    }

    /// Today in the user's zone.
    #[must_use]
    pub fn today(&self) -> NaiveDate {
        self.local(self.now()).date()
    }

    #[must_use]
    pub fn stamp(&self) -> Stamp {
        let now = self.now();
        Stamp {
            today: self.local(now).date(),
            now,
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
