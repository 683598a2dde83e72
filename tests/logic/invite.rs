//! The calendar invite (`mentee agenda --ics`, `c` in Prepare): an RFC 5545 event written by
//! the `icalendar` crate and read back by its parser, every field round-tripped — with
//! commas, semicolons, line breaks and a 200-character Unicode agenda line, which must be
//! escaped and folded at 75 octets.

use std::str::FromStr;

use chrono::{DateTime, Duration, TimeZone, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use mentee::domain::agenda;
use mentee::domain::{Clock, Id, Journey, Meeting, Mentor, Question};
use mentee::export::ics::{self, InviteError};

fn at(m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, m, d, h, 0, 0).unwrap()
}

const KEMI: Id = 1;

/// A 200-character line of Unicode (accents, CJK, emoji), with a comma and a semicolon.
fn long_line() -> String {
    let unit = "Ça va, Kemi; 指導と成長 — 🎯 ";
    let mut s: String = unit.chars().cycle().take(200).collect();
    s = s.trim_end().to_string();
    while s.chars().count() < 200 {
        s.push('x');
    }
    s
}

fn journey() -> Journey {
    let start = at(12, 3, 15);
    Journey {
        mentors: vec![Mentor {
            id: KEMI,
            name: "Dr Kemi Adeyemi, PhD; FRCP".into(),
            contact: "kemi@example.org".into(),
            ..Mentor::default()
        }]
        .into(),
        meetings: vec![
            Meeting {
                id: 1,
                mentor_id: Some(KEMI),
                starts_at: at(11, 3, 15),
                duration_minutes: Some(50),
                created_at: at(11, 1, 9),
                ..Meeting::default()
            },
            Meeting {
                id: 2,
                mentor_id: Some(KEMI),
                starts_at: start,
                place: "Room 4, Level 2; Main St.\nBack entrance".into(),
                agenda: "Bring the CV, the draft; and the plan".into(),
                created_at: at(11, 20, 9),
                ..Meeting::default()
            },
        ]
        .into(),
        questions: vec![
            Question {
                id: 1,
                text: long_line(),
                created_at: at(11, 21, 9),
                ..Question::default()
            },
            Question {
                id: 2,
                text: "Two lines:\nfirst, then; second".into(),
                created_at: at(11, 21, 9),
                ..Question::default()
            },
            Question {
                id: 3,
                text: "A private worry".into(),
                private: true,
                created_at: at(11, 21, 9),
                ..Question::default()
            },
        ]
        .into(),
        ..Journey::default()
    }
}

#[test]
fn every_field_round_trips_through_the_parser() {
    let j = journey();
    let clock = Clock::at_day(2026, 11, 22);
    let shared = j.shared_only();
    let a = agenda::build_chosen(&shared, &clock);
    assert_eq!(a.choice.meeting_id, Some(2));
    let stamp = clock.now();
    let text = ics::invite(&a, &shared, &clock, stamp).unwrap();

    // RFC 5545: CRLF line ends, no line longer than 75 octets, folded lines start with a
    // space.
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
    }
    assert!(
        text.split("\r\n").any(|l| l.starts_with(' ')),
        "long lines are folded"
    );

    let cal = Calendar::from_str(&text).unwrap();
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 1);
    let e = events[0];
    assert_eq!(
        e.get_summary(),
        Some("Mentoring meeting with Dr Kemi Adeyemi, PhD; FRCP")
    );
    assert_eq!(
        e.get_location(),
        Some("Room 4, Level 2; Main St.\nBack entrance")
    );
    let start = DatePerhapsTime::DateTime(CalendarDateTime::Utc(at(12, 3, 15)));
    assert_eq!(e.get_start(), Some(start));
    // No duration of its own: the usual one with Kemi (her last meeting's 50 minutes).
    let end =
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(at(12, 3, 15) + Duration::minutes(50)));
    assert_eq!(e.get_end(), Some(end));
    assert_eq!(e.get_timestamp(), Some(stamp));
    assert_eq!(
        e.get_uid(),
        Some(
            format!(
                "mentee-meeting-2-{}@mentee.local",
                at(11, 20, 9).timestamp()
            )
            .as_str()
        )
    );
    let attendee = &e.multi_properties()["ATTENDEE"][0];
    assert_eq!(attendee.value(), "mailto:kemi@example.org");
    assert_eq!(
        attendee.params()["CN"].value(),
        "Dr Kemi Adeyemi, PhD; FRCP"
    );
    // The description is the agenda as plain text, exactly, private items left out.
    let description = e.get_description().unwrap();
    assert_eq!(description, ics::description(&a, &shared, &clock));
    assert!(description.contains(&long_line()), "{description}");
    assert!(
        description.contains("Two lines: first, then; second"),
        "{description}"
    );
    assert!(
        description.contains("   Two lines:\n   first, then; second"),
        "{description}"
    );
    assert!(description.contains("Notes:\nBring the CV, the draft; and the plan"));
    assert!(!description.contains("A private worry"));
    // With private items, when asked.
    let a = agenda::build_chosen(&j, &clock);
    let text = ics::invite(&a, &j, &clock, stamp).unwrap();
    let cal = Calendar::from_str(&text).unwrap();
    let e = cal.events().next().unwrap();
    assert!(e.get_description().unwrap().contains("A private worry"));
}

#[test]
fn a_meeting_not_planned_gets_no_invite() {
    let mut j = journey();
    j.meetings.retain(|m| m.id == 1);
    let clock = Clock::at_day(2026, 11, 22);
    let a = agenda::build_chosen(&j, &clock);
    assert_eq!(a.choice.meeting_id, None);
    assert_eq!(
        ics::invite(&a, &j, &clock, clock.now()),
        Err(InviteError::NotPlanned)
    );
}
