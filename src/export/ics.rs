//! The meeting as an iCalendar event (RFC 5545), for a calendar program: when it starts and
//! how long it lasts, where, with whom, and the agenda as its description. The `icalendar`
//! crate writes the format (escaping, 75-octet line folding); this module only decides what
//! goes in.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};

use super::agenda::plain;
use crate::domain::agenda::{Agenda, usual_minutes};
use crate::domain::{Clock, Journey};

/// How long a meeting lasts when neither it nor an earlier one with the mentor says.
pub const DEFAULT_MINUTES: u32 = 60;

/// Why no invite was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InviteError {
    /// The meeting is not in the journal yet: there is no start to put in a calendar.
    NotPlanned,
}

impl std::fmt::Display for InviteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InviteError::NotPlanned => write!(
                f,
                "the next meeting is not planned yet, so it has no date for a calendar; plan it first (P, then w)"
            ),
        }
    }
}

impl std::error::Error for InviteError {}

/// The event's summary: "Mentoring meeting with Dr Kemi Adeyemi".
#[must_use]
pub fn summary(agenda: &Agenda, j: &Journey) -> String {
    match agenda.mentor_name(j) {
        Some(name) => format!("Mentoring meeting with {name}"),
        None => "Mentoring meeting".to_string(),
    }
}

/// The meeting's length in minutes: its own, else that of the last meeting with the mentor
/// that had one, else [`DEFAULT_MINUTES`].
#[must_use]
pub fn minutes(agenda: &Agenda, j: &Journey) -> u32 {
    agenda
        .choice
        .meeting_id
        .and_then(|id| j.meeting(id))
        .and_then(|m| m.duration_minutes)
        .or_else(|| usual_minutes(j, agenda.mentor_id()))
        .unwrap_or(DEFAULT_MINUTES)
}

/// The invite for the agenda's meeting as an `.ics` file. `j` is the journey the agenda was
/// built from (the shared-only one unless private items were asked for); `stamp` is when the
/// file is made (its DTSTAMP).
///
/// # Errors
/// [`InviteError::NotPlanned`] when the meeting is not in the journal yet.
pub fn invite(
    agenda: &Agenda,
    j: &Journey,
    clock: &Clock,
    stamp: DateTime<Utc>,
) -> Result<String, InviteError> {
    let meeting = agenda
        .choice
        .meeting_id
        .and_then(|id| j.meeting(id))
        .ok_or(InviteError::NotPlanned)?;
    let start = meeting.starts_at;
    let end = start + Duration::minutes(i64::from(minutes(agenda, j)));
    let mut event = Event::new();
    event
        // The same meeting gets the same UID, so importing the invite again updates it.
        .uid(&format!(
            "mentee-meeting-{}-{}@mentee.local",
            meeting.id,
            meeting.created_at.timestamp()
        ))
        .timestamp(stamp)
        .starts(start)
        .ends(end)
        .summary(&summary(agenda, j))
        .description(&description(agenda, j, clock));
    let place = meeting.place.trim();
    if !place.is_empty() {
        event.location(place);
        if place.starts_with("https://") || place.starts_with("http://") {
            event.url(place);
        }
    }
    if let Some(m) = agenda.mentor_id().and_then(|id| j.mentor(id))
        && let Some(uri) = email_uri(&m.contact)
    {
        let mut attendee = Property::new("ATTENDEE", uri);
        attendee.add_parameter("CN", &m.display_name());
        attendee.add_parameter("ROLE", "REQ-PARTICIPANT");
        event.append_multi_property(attendee);
    }
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", "-//mentee//mentee agenda//EN"));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.push(event.done());
    Ok(cal.done().to_string())
}

/// The description: the agenda as plain numbered lines with what each item carries.
#[must_use]
pub fn description(agenda: &Agenda, j: &Journey, clock: &Clock) -> String {
    format!("Agenda\n\n{}", plain(agenda, j, clock))
}

/// The mentor as an attendee's address, when their contact is an email address.
fn email_uri(contact: &str) -> Option<String> {
    let c = contact.trim().trim_start_matches("mailto:");
    let ok = c.contains('@') && !c.contains(char::is_whitespace) && !c.contains(',');
    ok.then(|| format!("mailto:{c}"))
}
