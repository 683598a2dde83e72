//! Reading dates the user types, and saying dates back in words.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// What the date fields accept, shown in the inline message when input is rejected.
pub const DATE_HELP: &str = "use YYYY-MM-DD, today, tomorrow, +3d, +2w or +1m";
/// What the date-and-time fields accept.
pub const DATETIME_HELP: &str = "use YYYY-MM-DD HH:MM, or e.g. today 14:00, +1w 09:30";

/// Parses a date typed by the user. Empty input clears the date (`Ok(None)`).
///
/// # Errors
/// A one-line message saying what was wrong and what is accepted.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
    let s = input.trim().to_lowercase();
    if s.is_empty() {
        return Ok(None);
    }
    let found = match s.as_str() {
        "today" | "now" => Some(today),
        "tomorrow" => today.checked_add_days(Days::new(1)),
        "yesterday" => today.checked_sub_days(Days::new(1)),
        _ => relative(&s, today)
            .or_else(|| weekday(&s, today))
            .or_else(|| iso(&s)),
    };
    match found {
        Some(d) if (1900..=2999).contains(&d.year()) => Ok(Some(d)),
        Some(_) => Err(format!(
            "'{}' is too far from today; {DATE_HELP}",
            input.trim()
        )),
        None => Err(format!(
            "'{}' is not a date: {DATE_HELP}",
            clip(input.trim())
        )),
    }
}

/// Parses a date with an optional time (default 09:00). Empty input is an error:
/// a meeting always has a date.
///
/// # Errors
/// A one-line message saying what was wrong and what is accepted.
pub fn parse_datetime(input: &str, today: NaiveDate) -> Result<NaiveDateTime, String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(format!("a date is needed: {DATETIME_HELP}"));
    }
    let (date_part, time_part) = match s.rsplit_once(' ') {
        Some((d, t)) if t.contains(':') => (d.trim(), Some(t)),
        _ => match s.split_once('T') {
            Some((d, t)) if t.contains(':') && d.len() == 10 => (d, Some(t)),
            _ => (s, None),
        },
    };
    let bad = || format!("'{}' is not a date and time: {DATETIME_HELP}", clip(s));
    let date = parse_date(date_part, today)
        .map_err(|_| bad())?
        .ok_or_else(bad)?;
    let time = match time_part {
        None => NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
        Some(t) => NaiveTime::parse_from_str(t, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
            .map_err(|_| bad())?,
    };
    Ok(date.and_time(time))
}

fn iso(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `+3`, `+3d`, `-2w`, `+1m`, `in 3 days`.
fn relative(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let s = s
        .strip_prefix("in ")
        .map_or(s.to_string(), |r| format!("+{r}"));
    let s = s.replace(' ', "");
    let (sign, rest) = match s.chars().next()? {
        '+' => (1, &s[1..]),
        '-' => (-1, &s[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let n: u32 = digits.parse().ok()?;
    let unit = rest[digits.len()..].trim_end_matches('s');
    let apply_days = |days: u64| {
        if sign > 0 {
            today.checked_add_days(Days::new(days))
        } else {
            today.checked_sub_days(Days::new(days))
        }
    };
    match unit {
        "" | "d" | "day" => apply_days(u64::from(n)),
        "w" | "week" => apply_days(u64::from(n) * 7),
        "m" | "month" if sign > 0 => today.checked_add_months(Months::new(n)),
        "m" | "month" => today.checked_sub_months(Months::new(n)),
        _ => None,
    }
}

/// `friday`, `fri`, `next friday`: the next such day after today (a week ahead when today
/// is that day).
fn weekday(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let name = s.strip_prefix("next ").unwrap_or(s).trim();
    let day = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ]
    .into_iter()
    .find(|(full, _)| name.len() >= 3 && full.starts_with(name))
    .map(|(_, d)| d)?;
    let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))
}

/// Keeps a rejected input short enough for a one-line message.
fn clip(s: &str) -> String {
    const MAX: usize = 24;
    if s.chars().count() > MAX {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    } else {
        s.to_string()
    }
}

/// "today", "tomorrow", "in 5 days", "3 days ago".
#[must_use]
pub fn relative_words(date: NaiveDate, today: NaiveDate) -> String {
    let days = (date - today).num_days();
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        d if d > 0 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}

/// "Fri 27 Nov", or with the year when it is not this year's.
#[must_use]
pub fn short_day(d: NaiveDate, today: NaiveDate) -> String {
    if d.year() == today.year() {
        d.format("%a %-d %b").to_string()
    } else {
        d.format("%a %-d %b %Y").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn accepts_iso_words_and_offsets() {
        let t = day(2026, 11, 22);
        assert_eq!(parse_date("2026-12-01", t), Ok(Some(day(2026, 12, 1))));
        assert_eq!(parse_date(" today ", t), Ok(Some(t)));
        assert_eq!(parse_date("tomorrow", t), Ok(Some(day(2026, 11, 23))));
        assert_eq!(parse_date("+3d", t), Ok(Some(day(2026, 11, 25))));
        assert_eq!(parse_date("+2w", t), Ok(Some(day(2026, 12, 6))));
        assert_eq!(parse_date("+1m", t), Ok(Some(day(2026, 12, 22))));
        assert_eq!(parse_date("-1d", t), Ok(Some(day(2026, 11, 21))));
        assert_eq!(parse_date("in 3 days", t), Ok(Some(day(2026, 11, 25))));
        assert_eq!(parse_date("", t), Ok(None));
        // 2026-11-22 is a Sunday.
        assert_eq!(parse_date("friday", t), Ok(Some(day(2026, 11, 27))));
        assert_eq!(parse_date("Next Tue", t), Ok(Some(day(2026, 11, 24))));
        assert_eq!(parse_date("sunday", t), Ok(Some(day(2026, 11, 29))));
        assert!(parse_date("fr", t).is_err());
    }

    #[test]
    fn rejects_bad_dates_with_a_message() {
        let t = day(2026, 11, 22);
        for bad in [
            "2026-02-30",
            "31/12/2026",
            "soon",
            "+",
            "+3x",
            "99999-01-01",
            "0001-01-01",
        ] {
            let err = parse_date(bad, t).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
        let long = "x".repeat(500);
        assert!(parse_date(&long, t).unwrap_err().chars().count() < 120);
        assert!(parse_date("+99999999999m", t).is_err());
    }

    #[test]
    fn datetimes_default_to_nine() {
        let t = day(2026, 11, 22);
        assert_eq!(
            parse_datetime("2026-12-01 14:30", t).unwrap().to_string(),
            "2026-12-01 14:30:00"
        );
        assert_eq!(
            parse_datetime("tomorrow", t).unwrap().to_string(),
            "2026-11-23 09:00:00"
        );
        assert!(parse_datetime("", t).is_err());
        assert!(parse_datetime("2026-12-01 25:00", t).is_err());
    }

    #[test]
    fn words() {
        let t = day(2026, 11, 22);
        assert_eq!(relative_words(day(2026, 11, 27), t), "in 5 days");
        assert_eq!(relative_words(day(2026, 11, 19), t), "3 days ago");
    }
}
