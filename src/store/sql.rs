//! Conversions between domain values and SQLite values, and where each field lives.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::types::{FromSqlError, Value as Sql};

use crate::domain::{Channel, FieldKey, MentorField, Value};

pub(crate) fn date_to_sql(d: Option<NaiveDate>) -> Sql {
    d.map_or(Sql::Null, |d| Sql::Text(d.format("%Y-%m-%d").to_string()))
}

pub(crate) fn instant_to_sql(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(crate) fn channels_to_sql(c: &[Channel]) -> String {
    c.iter().map(|c| c.code()).collect::<Vec<_>>().join(",")
}

fn bad(what: &str, s: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        format!("bad {what}: {s:?}").into(),
    )
}

pub(crate) fn date_from_sql(s: Option<String>) -> rusqlite::Result<Option<NaiveDate>> {
    date_from_str(s.as_deref())
}

/// [`date_from_sql`] of text borrowed from the row (see `load.rs`).
pub(crate) fn date_from_str(s: Option<&str>) -> rusqlite::Result<Option<NaiveDate>> {
    s.map(day_from_sql).transpose()
}

/// `YYYY-MM-DD`, as `date_to_sql` writes it.
pub(crate) fn day_from_sql(s: &str) -> rusqlite::Result<NaiveDate> {
    iso_day(s.as_bytes()).ok_or_else(|| bad("date", s))
}

/// RFC 3339; the `YYYY-MM-DDTHH:MM:SSZ` that `instant_to_sql` writes takes a fast path.
pub(crate) fn instant_from_sql(s: &str) -> rusqlite::Result<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() == 20 && b[10] == b'T' && b[19] == b'Z' && b[13] == b':' && b[16] == b':' {
        let time = (|| {
            chrono::NaiveTime::from_hms_opt(digits(b, 11, 2)?, digits(b, 14, 2)?, digits(b, 17, 2)?)
        })();
        if let (Some(day), Some(time)) = (iso_day(&b[..10]), time) {
            return Ok(day.and_time(time).and_utc());
        }
    }
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| bad("instant", s))
}

/// Loading a long journey reads tens of thousands of dates; chrono's format-string parser
/// made up a fifth of the load time, so the format we write is read by hand.
fn iso_day(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(b, 0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(b, 5, 2)?, digits(b, 8, 2)?)
}

/// The number written by `len` ASCII digits at `at`.
fn digits(b: &[u8], at: usize, len: usize) -> Option<u32> {
    b.get(at..at + len)?.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

pub(crate) fn channels_from_sql(s: &str) -> Vec<Channel> {
    s.split(',').filter_map(Channel::from_code).collect()
}

/// Parses a stored choice code; unknown codes are a conversion error, not a silent default.
pub(crate) fn choice_from_sql<T>(
    s: Option<String>,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    choice_from_str(s.as_deref(), parse)
}

/// [`choice_from_sql`] of text borrowed from the row (see `load.rs`).
pub(crate) fn choice_from_str<T>(
    s: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    s.map(|s| parse(s).ok_or_else(|| bad("choice", s)))
        .transpose()
}

pub(crate) fn percent_from_sql(n: i64) -> rusqlite::Result<u8> {
    u8::try_from(n)
        .ok()
        .filter(|p| *p <= 100)
        .ok_or(rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Integer,
            Box::new(FromSqlError::OutOfRange(n)),
        ))
}

/// A domain value as an SQLite value.
pub(crate) fn value_to_sql(v: &Value) -> Sql {
    match v {
        Value::Text(t) => Sql::Text(t.clone()),
        Value::Date(d) => date_to_sql(*d),
        Value::Instant(t) => Sql::Text(instant_to_sql(*t)),
        Value::Choice(c) => c.map_or(Sql::Null, |c| Sql::Text(c.to_string())),
        Value::Channels(c) => Sql::Text(channels_to_sql(c)),
        Value::Int(i) => i.map_or(Sql::Null, Sql::Integer),
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
    }
}

/// The table, id column and column that hold a record field, with the row id.
pub(crate) struct Column {
    pub table: &'static str,
    pub id_column: &'static str,
    pub column: &'static str,
    pub id: i64,
}

/// Where a record field is stored; `None` for keyed values (answers, markers, settings).
/// A field's column is its name (see `domain::field`), but for a mentor's, which may be in
/// the agreement's table.
pub(crate) fn column(key: &FieldKey) -> Option<Column> {
    let (table, id_column, column, id) = match key {
        FieldKey::Mentor(id, f) => {
            let (table, id_col, col) = mentor_column(*f);
            (table, id_col, col, *id)
        }
        FieldKey::Goal(id, f) => ("goal", "id", <&str>::from(*f), *id),
        FieldKey::Milestone(id, f) => ("milestone", "id", <&str>::from(*f), *id),
        FieldKey::Review(id, f) => ("review", "id", <&str>::from(*f), *id),
        FieldKey::Meeting(id, f) => ("meeting", "id", <&str>::from(*f), *id),
        FieldKey::Action(id, f) => ("action_item", "id", <&str>::from(*f), *id),
        FieldKey::Question(id, f) => ("question", "id", <&str>::from(*f), *id),
        FieldKey::AgendaItem(id, f) => ("agenda_item", "id", <&str>::from(*f), *id),
        FieldKey::Answer(_)
        | FieldKey::AnswerPrivate(_)
        | FieldKey::Marker(_)
        | FieldKey::Setting(_) => return None,
    };
    Some(Column {
        table,
        id_column,
        column,
        id,
    })
}

fn mentor_column(f: MentorField) -> (&'static str, &'static str, &'static str) {
    let a = |c| ("agreement", "mentor_id", c);
    match f {
        MentorField::Name => ("mentor", "id", "name"),
        MentorField::ShortName => ("mentor", "id", "short_name"),
        MentorField::Contact => ("mentor", "id", "contact"),
        MentorField::Structure => a("structure"),
        MentorField::Cadence => a("cadence"),
        MentorField::Channels => a("channels"),
        MentorField::Venue => a("venue"),
        MentorField::StartDate => a("start_date"),
        MentorField::ReviewDate => a("review_date"),
        MentorField::DefineMine => a("define_mine"),
        MentorField::DefineTheirs => a("define_theirs"),
        MentorField::WantMine => a("want_mine"),
        MentorField::WantTheirs => a("want_theirs"),
        MentorField::ExpectMine => a("expect_mine"),
        MentorField::ExpectTheirs => a("expect_theirs"),
        MentorField::Confidentiality => a("confidentiality"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_and_instants_read_back_what_was_written() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        let Sql::Text(text) = date_to_sql(Some(d)) else {
            panic!("a date is text");
        };
        assert_eq!(day_from_sql(&text).unwrap(), d);
        let t = Utc.with_ymd_and_hms(2026, 11, 22, 23, 59, 58).unwrap();
        assert_eq!(instant_from_sql(&instant_to_sql(t)).unwrap(), t);
        // Other RFC 3339 forms still read (the slow path).
        assert_eq!(instant_from_sql("2026-11-23T01:59:58+02:00").unwrap(), t);
    }

    #[test]
    fn damaged_dates_and_instants_are_errors() {
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-1-05",
            "26-01-05",
            "2026/01/05",
            "",
            "２０２６-01-05",
        ] {
            assert!(day_from_sql(bad).is_err(), "{bad}");
        }
        for bad in [
            "2026-11-22T24:00:00Z",
            "2026-11-22T10:00:0xZ",
            "2026-11-22 10:00:00",
            "x",
        ] {
            assert!(instant_from_sql(bad).is_err(), "{bad}");
        }
    }
}
