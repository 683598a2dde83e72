//! The demo journey: a canonical export that shows every part of the app, moved in time so
//! it always ends about now.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use mentee::demo::{self, ASSET, shift};
use mentee::domain::{Clock, GoalStatus, Journey, Marker, OriginKind};
use mentee::export::json::{self, Document};
use mentee::method::{method, question_by_key, stem_by_key};
use mentee::store::Store;

fn asset() -> Document {
    json::read(ASSET).expect("assets/demo.json reads as an export")
}

#[test]
fn the_demo_asset_is_an_export_exactly_as_mentee_writes_it() {
    let doc = asset();
    let rewritten = Document::new(&doc.journey, doc.exported_at, false)
        .to_json()
        .unwrap();
    assert!(
        rewritten == ASSET,
        "assets/demo.json is not in canonical form; after editing it, run\n  \
         cargo run -- import assets/demo.json --db /tmp/demo.db && \
         MENTEE_NOW={} cargo run -- export --db /tmp/demo.db -o assets/demo.json",
        doc.exported_at.to_rfc3339()
    );
    let store = Store::open_in_memory().unwrap();
    mentee::import::import(
        &store,
        &doc.journey,
        false,
        Clock::at_day(2026, 1, 1).stamp(),
    )
    .unwrap();
    assert_eq!(store.load().unwrap(), doc.journey);
}

#[test]
fn the_demo_journey_shows_every_part_of_the_app() {
    let doc = asset();
    let j = &doc.journey;
    let story_now = doc.exported_at;

    assert!(!j.settings["mentee_name"].is_empty());
    // Two mentors, each with a filled agreement.
    assert_eq!(j.mentors.len(), 2);
    for m in &j.mentors {
        let a = &m.agreement;
        assert!(a.structure.is_some() && a.cadence.is_some() && !a.channels.is_empty());
        assert!(a.start_date.is_some() && a.review_date.is_some());
        for text in [
            &a.define_mine,
            &a.define_theirs,
            &a.want_mine,
            &a.want_theirs,
            &a.expect_mine,
            &a.expect_theirs,
            &a.confidentiality,
        ] {
            assert!(!text.is_empty(), "{}: an empty agreement field", m.name);
        }
    }
    // A year of roughly monthly meetings with both mentors, each written up.
    let held: Vec<_> = j
        .meetings
        .iter()
        .filter(|m| m.starts_at <= story_now)
        .collect();
    assert!(held.len() >= 12, "{} meetings", held.len());
    let span = held.last().unwrap().starts_at - held[0].starts_at;
    assert!(span.num_days() >= 330, "{} days", span.num_days());
    for mentor in &j.mentors {
        assert!(
            held.iter()
                .filter(|m| m.mentor_id == Some(mentor.id))
                .count()
                >= 4
        );
    }
    for m in &held {
        assert!(
            !m.agenda.is_empty() && !m.notes.is_empty() && !m.reflection.is_empty(),
            "meeting {} is not written up",
            m.id
        );
        assert!(
            j.actions.iter().any(|a| a.meeting_id == Some(m.id)),
            "meeting {} has no action items",
            m.id
        );
    }
    let upcoming: Vec<_> = j
        .meetings
        .iter()
        .filter(|m| m.starts_at > story_now)
        .collect();
    assert_eq!(upcoming.len(), 1, "one meeting planned");
    assert!(
        !upcoming[0].agenda.is_empty(),
        "the next meeting has an agenda"
    );
    let open = j.actions.iter().filter(|a| !a.done).count();
    assert!((3..=8).contains(&open), "{open} open action items");
    assert!(j.actions.iter().any(|a| a.done && a.done_on.is_some()));
    assert!(
        j.actions
            .iter()
            .any(|a| a.owner == mentee::domain::Owner::Mentor)
    );

    // Goals at every stage, with milestones, and reviews over time.
    let statuses: BTreeSet<_> = j.goals.iter().map(|g| g.status).collect();
    assert_eq!(statuses.len(), GoalStatus::ALL.len(), "{statuses:?}");
    for g in &j.goals {
        assert!(!g.why.is_empty() && !g.evidence.is_empty() && !g.competency.is_empty());
        assert!(
            j.milestones.iter().any(|m| m.goal_id == g.id),
            "{}",
            g.title
        );
    }
    for g in j
        .goals
        .iter()
        .filter(|g| g.status == GoalStatus::InProgress)
    {
        let days: BTreeSet<_> = j
            .reviews
            .iter()
            .filter(|r| r.goal_id == g.id)
            .map(|r| r.day)
            .collect();
        assert!(days.len() >= 3, "{} has {} reviews", g.title, days.len());
    }

    // The worksheet: every stem filled, markers with gaps, a goal made from a gap.
    for stem in &method().worksheet.stems {
        for key in [stem.ideal_key(), stem.reality_key()] {
            assert!(j.answers.contains_key(&key), "{key} is empty");
        }
        assert!(
            j.markers.contains_key(&stem.key()),
            "{} has no marker",
            stem.key()
        );
    }
    let gaps: Vec<_> = j
        .markers
        .iter()
        .filter(|(_, m)| **m == Marker::Gap)
        .map(|(k, _)| k)
        .collect();
    assert!(!gaps.is_empty());
    assert!(j.goals.iter().any(|g| {
        g.origin
            .as_ref()
            .is_some_and(|o| o.kind == OriginKind::Worksheet && gaps.contains(&&o.key))
    }));

    // The four questions answered, several answers changed over time.
    for q in &method().questions {
        assert!(
            j.answers.keys().any(|k| k.starts_with(&q.key())),
            "{} is not answered",
            q.title
        );
    }
    let changed = j.answers.values().filter(|v| v.len() >= 2).count();
    assert!(changed >= 8, "{changed} answers with several versions");
    assert!(j.answers.values().any(|v| v.len() >= 3));

    // Private items of every kind, and the mentee's own questions.
    assert!(j.goals.iter().any(|g| g.private));
    assert!(j.reviews.iter().any(|r| r.private));
    assert!(!j.private_answers.is_empty());
    assert!(j.meetings.iter().any(|m| m.private));
    assert!(
        j.meetings
            .iter()
            .any(|m| !m.private && (m.agenda_private || m.notes_private || m.reflection_private))
    );
    assert!(j.questions.len() >= 3);
    assert!(j.questions.iter().any(|q| q.meeting_id.is_none()));
    assert!(j.questions.iter().any(|q| q.meeting_id.is_some()));
}

#[test]
fn every_key_of_the_demo_is_one_the_app_knows() {
    let j = asset().journey;
    for key in j.answers.keys().chain(&j.private_answers) {
        let known = question_by_key(key).is_some()
            || ["ideal", "reality", "gap"].iter().any(|part| {
                key.strip_suffix(&format!(".{part}"))
                    .is_some_and(|stem| stem_by_key(stem).is_some())
            });
        assert!(known, "unknown answer key {key}");
    }
    for key in j.markers.keys() {
        assert!(stem_by_key(key).is_some(), "unknown stem {key}");
    }
    for g in &j.goals {
        if let Some(o) = &g.origin {
            let known = match o.kind {
                OriginKind::Worksheet => stem_by_key(&o.key).is_some(),
                OriginKind::Conversation => question_by_key(&o.key).is_some(),
            };
            assert!(known, "goal {} has an unknown origin {}", g.id, o.key);
        }
    }
}

/// Every date and instant in a journey, by where it is in the export.
fn times(j: &Journey) -> BTreeMap<String, String> {
    fn walk(path: &str, v: &serde_json::Value, out: &mut BTreeMap<String, String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    walk(&format!("{path}.{k}"), v, out);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(&format!("{path}[{i}]"), v, out);
                }
            }
            serde_json::Value::String(s)
                if NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
                    || DateTime::parse_from_rfc3339(s).is_ok() =>
            {
                out.insert(path.to_string(), s.clone());
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    walk("", &serde_json::to_value(j).unwrap(), &mut out);
    out
}

fn moved(s: &str, days: u64) -> String {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return (d + Days::new(days)).format("%Y-%m-%d").to_string();
    }
    let t = DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc) + Days::new(days);
    serde_json::to_value(t)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn shift_moves_every_date_and_instant_by_the_same_number_of_days() {
    let j = asset().journey;
    let before = times(&j);
    // The demo has a value in every kind of date field, so a field `shift` forgot shows.
    let fields: BTreeSet<&str> = before
        .keys()
        .map(|p| p.rsplit('.').next().unwrap())
        .collect();
    for f in [
        "created_at",
        "start_date",
        "review_date",
        "day",
        "saved_at",
        "target_date",
        "due_date",
        "done_on",
        "starts_at",
    ] {
        assert!(fields.contains(f), "no {f} in the demo");
    }
    let mut shifted = j.clone();
    shift(&mut shifted, 45);
    let after = times(&shifted);
    assert_eq!(before.len(), after.len());
    for (path, old) in &before {
        assert_eq!(after[path], moved(old, 45), "{path}");
    }
    // Everything else is untouched, and shifting back restores the journey.
    let mut back = shifted.clone();
    shift(&mut back, -45);
    assert_eq!(back, j);
    assert_eq!(shifted.goals.len(), j.goals.len());
    assert_eq!(
        shifted.answers.keys().collect::<Vec<_>>(),
        j.answers.keys().collect::<Vec<_>>()
    );
}

#[test]
fn the_demo_always_ends_about_now() {
    let story = asset().exported_at.date_naive();
    for offset in [0i64, 2, 3, 4, 100, 1000, -40] {
        let today = story + chrono::TimeDelta::days(offset);
        let now = Utc.from_utc_datetime(&today.and_hms_opt(10, 0, 0).unwrap());
        let clock = Clock::fixed(now);
        let j = demo::journey(&clock).unwrap();
        let last = j.last_meeting(now).unwrap();
        let ago = (now - last.starts_at).num_days();
        assert!(
            (12..=21).contains(&ago),
            "offset {offset}: last meeting {ago} days ago"
        );
        let ahead: Vec<_> = j.meetings.iter().filter(|m| m.starts_at > now).collect();
        assert_eq!(ahead.len(), 1, "offset {offset}");
        let until = (ahead[0].starts_at - now).num_days();
        assert!(
            (7..=17).contains(&until),
            "offset {offset}: next meeting in {until} days"
        );
        // Weekdays and times of day are kept: the story's meetings stay on the same weekday.
        assert_eq!(
            ahead[0].starts_at.format("%a %H:%M").to_string(),
            asset()
                .journey
                .meetings
                .iter()
                .max_by_key(|m| m.starts_at)
                .unwrap()
                .starts_at
                .format("%a %H:%M")
                .to_string()
        );
    }
}

/// The demo moves with the calendar (whole weeks at a time), so its texts may name
/// weekdays and say "next month", but never a month, a season or a day of the month: those
/// would drift from the dates around them ("a dry run on 2 December" in January).
#[test]
fn the_demo_texts_name_no_date_that_would_drift() {
    let value: serde_json::Value = serde_json::from_str(ASSET).unwrap();
    let months = [
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "winter",
        "christmas",
    ];
    let mut texts = Vec::new();
    fn walk(v: &serde_json::Value, key: &str, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::String(s) => out.push((key.to_string(), s.clone())),
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, key, out)),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| walk(x, k, out)),
            _ => {}
        }
    }
    walk(&value["journey"], "", &mut texts);
    let dated_keys = [
        "day",
        "starts_at",
        "created_at",
        "saved_at",
        "due_date",
        "done_on",
    ];
    for (key, text) in texts {
        if dated_keys.contains(&key.as_str()) || key.ends_with("_date") {
            continue;
        }
        let lower = text.to_lowercase();
        for m in months {
            assert!(!lower.contains(m), "{key}: “{text}” names {m}");
        }
        let day_of_month = lower
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                w[0].trim_matches(|c: char| !c.is_ascii_digit())
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=31).contains(&d))
                    && [
                        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept",
                        "oct", "nov", "dec",
                    ]
                    .contains(&w[1].trim_matches(|c: char| !c.is_alphabetic()))
            });
        assert!(!day_of_month, "{key}: “{text}” names a day of the month");
    }
}
