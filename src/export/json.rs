//! The JSON export: the whole journey, versioned, byte-for-byte the same for the same data.
//!
//! The document is an envelope (`format`, `version`, `schema_version`, `exported_at`,
//! `shared_only`) around the [`Journey`] exactly as serde writes it: vectors ordered by id,
//! maps ordered by key, choices by their stable codes. `docs/export-format.md` describes it
//! for people; [`read`] checks a file before anything touches a database.

use std::collections::HashSet;

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;

use crate::domain::times::map_times;
use crate::domain::{Id, Journey, Topic};
use crate::store::SCHEMA_VERSION;

/// The `format` every mentee export carries.
pub const FORMAT: &str = "mentee-journey";
/// The export format version this build writes and the newest it reads. Raise it when the
/// meaning of the document changes; older versions must stay readable.
/// Version 2 added mentors' `short_name` and the journey's `agenda_items`; a version 1 file
/// reads with none of either.
pub const VERSION: u32 = 2;

/// One export file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    /// The database schema the data came from (informational).
    pub schema_version: i64,
    pub exported_at: DateTime<Utc>,
    /// True when everything marked private was left out (`--shared-only`).
    pub shared_only: bool,
    pub journey: Journey,
}

impl Document {
    /// An export of `journey` made at `exported_at`; `shared_only` leaves out what is
    /// private, and any trace of it (see [`Journey::for_sharing`]).
    #[must_use]
    pub fn new(journey: &Journey, exported_at: DateTime<Utc>, shared_only: bool) -> Self {
        Self {
            format: FORMAT.to_string(),
            version: VERSION,
            schema_version: SCHEMA_VERSION,
            exported_at: exported_at.trunc_subsecs(0),
            shared_only,
            journey: if shared_only {
                journey.for_sharing()
            } else {
                journey.clone()
            },
        }
    }

    /// The document as pretty JSON with a final newline.
    ///
    /// # Errors
    /// Only if serde cannot write a value (it always can for a journey).
    pub fn to_json(&self) -> serde_json::Result<String> {
        let mut s = serde_json::to_string_pretty(self)?;
        s.push('\n');
        Ok(escape_controls(s))
    }
}

/// serde escapes C0 controls in strings but writes DEL and the C1 controls
/// (U+007F–U+009F) as they are, and a terminal showing the export may obey them. Escaped,
/// they read back the same. (Outside strings JSON is ASCII, so each is inside a string.)
fn escape_controls(s: String) -> String {
    let raw = |c: char| ('\u{7f}'..='\u{9f}').contains(&c);
    if !s.chars().any(raw) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if raw(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// Why a file cannot be imported. Each reads as the end of "cannot import FILE: it …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    /// Not JSON (serde's message names the line and column).
    Syntax(String),
    /// JSON that stops in the middle, as a truncated copy does.
    Truncated(String),
    /// JSON, but not a mentee export.
    NotAnExport(String),
    /// An export from a newer mentee.
    Newer {
        found: u64,
        supported: u32,
    },
    /// The right format, but a value that does not fit it (line and column included).
    Invalid(String),
    /// Records that contradict each other, e.g. a milestone of a goal not in the file.
    Inconsistent(String),
    /// Something the app cannot hold or show: a text larger than a field, a control
    /// character, an answer key the method does not have.
    Unfit(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Empty => write!(f, "it is empty"),
            ReadError::Syntax(m) => write!(f, "it is not valid JSON: {m}"),
            ReadError::Truncated(m) => write!(f, "it ends too early, as if cut short: {m}"),
            ReadError::NotAnExport(m) => write!(f, "it is not a mentee export: {m}"),
            ReadError::Newer { found, supported } => write!(
                f,
                "it was written by a newer mentee (export format version {found}; this mentee reads up to {supported}); upgrade mentee to import it"
            ),
            ReadError::Invalid(m) => write!(f, "it does not match the mentee export format: {m}"),
            ReadError::Inconsistent(m) => write!(f, "it is inconsistent: {m}"),
            ReadError::Unfit(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads and checks an export: syntax, format and version, every value, and every
/// reference between records. The journey comes back normalised (vectors by id, answer
/// versions by day, whole seconds), the shape the store loads.
///
/// # Errors
/// A [`ReadError`] naming the first problem found.
pub fn read(text: &str) -> Result<Document, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    // First as plain JSON, so the envelope can be judged before the details: a newer
    // version must say so rather than complain about a field it does not know.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| match e.classify() {
        Category::Eof => ReadError::Truncated(e.to_string()),
        _ => ReadError::Syntax(e.to_string()),
    })?;
    check_envelope(&value)?;
    let mut doc: Document =
        serde_json::from_str(text).map_err(|e| ReadError::Invalid(e.to_string()))?;
    normalise(&mut doc.journey);
    check_records(&doc.journey).map_err(ReadError::Inconsistent)?;
    check_fit(&doc.journey).map_err(ReadError::Unfit)?;
    Ok(doc)
}

fn check_envelope(value: &serde_json::Value) -> Result<(), ReadError> {
    let Some(object) = value.as_object() else {
        return Err(ReadError::NotAnExport(
            "the file holds no JSON object".into(),
        ));
    };
    match object.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(serde_json::Value::String(f)) => {
            return Err(ReadError::NotAnExport(format!(
                "its \"format\" is \"{}\", not \"{FORMAT}\"",
                clip(f)
            )));
        }
        Some(_) => {
            return Err(ReadError::NotAnExport(format!(
                "its \"format\" is not \"{FORMAT}\""
            )));
        }
        None => {
            return Err(ReadError::NotAnExport(format!(
                "it has no \"format\": \"{FORMAT}\" field"
            )));
        }
    }
    match object.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => Err(ReadError::Newer {
            found: v,
            supported: VERSION,
        }),
        Some(v) if v >= 1 => Ok(()),
        _ => Err(ReadError::Invalid(format!(
            "\"version\" must be a whole number from 1 to {VERSION}"
        ))),
    }
}

/// Puts a journey in the shape the store loads it back in.
fn normalise(j: &mut Journey) {
    map_times(j, |d| d, |t| t.trunc_subsecs(0));
    j.mentors.sort_by_key(|m| m.id);
    j.goals.sort_by_key(|g| g.id);
    j.milestones.sort_by_key(|m| m.id);
    j.reviews.sort_by_key(|r| r.id);
    j.meetings.sort_by_key(|m| m.id);
    j.actions.sort_by_key(|a| a.id);
    j.questions.sort_by_key(|q| q.id);
    j.agenda_items.sort_by_key(|a| a.id);
    for versions in j.answers.values_mut() {
        versions.sort_by_key(|v| v.day);
    }
}

/// Ids unique and positive, every reference resolved, values within the schema's limits.
///
/// # Errors
/// A phrase naming the first problem ("milestone 4 belongs to goal 9, which is not in the
/// file").
pub fn check_records(j: &Journey) -> Result<(), String> {
    let mentors = ids("mentor", j.mentors.iter().map(|m| m.id))?;
    let goals = ids("goal", j.goals.iter().map(|g| g.id))?;
    let meetings = ids("meeting", j.meetings.iter().map(|m| m.id))?;
    ids("milestone", j.milestones.iter().map(|m| m.id))?;
    ids("review", j.reviews.iter().map(|r| r.id))?;
    ids("action item", j.actions.iter().map(|a| a.id))?;
    ids("agenda item", j.agenda_items.iter().map(|a| a.id))?;
    let questions = ids("question", j.questions.iter().map(|q| q.id))?;
    let actions: HashSet<Id> = j.actions.iter().map(|a| a.id).collect();
    let refer =
        |what: &str, id: Id, verb: &str, kind: &str, target: Option<Id>, set: &HashSet<Id>| {
            match target {
                Some(t) if !set.contains(&t) => Err(format!(
                    "{what} {id} {verb} {kind} {t}, which is not in the file"
                )),
                _ => Ok(()),
            }
        };
    for g in &j.goals {
        refer("goal", g.id, "names", "mentor", g.mentor_id, &mentors)?;
        percent("goal", g.id, g.progress)?;
    }
    for m in &j.meetings {
        refer("meeting", m.id, "names", "mentor", m.mentor_id, &mentors)?;
    }
    for m in &j.milestones {
        refer(
            "milestone",
            m.id,
            "belongs to",
            "goal",
            Some(m.goal_id),
            &goals,
        )?;
    }
    for r in &j.reviews {
        refer(
            "review",
            r.id,
            "belongs to",
            "goal",
            Some(r.goal_id),
            &goals,
        )?;
        refer(
            "review",
            r.id,
            "refers to",
            "meeting",
            r.meeting_id,
            &meetings,
        )?;
        percent("review", r.id, r.progress)?;
    }
    for a in &j.actions {
        refer(
            "action item",
            a.id,
            "belongs to",
            "meeting",
            a.meeting_id,
            &meetings,
        )?;
        refer("action item", a.id, "refers to", "goal", a.goal_id, &goals)?;
    }
    for q in &j.questions {
        refer(
            "question",
            q.id,
            "refers to",
            "meeting",
            q.meeting_id,
            &meetings,
        )?;
    }
    for a in &j.agenda_items {
        let what = "agenda item";
        refer(what, a.id, "is on", "meeting", a.meeting_id, &meetings)?;
        refer(what, a.id, "is for", "mentor", a.mentor_id, &mentors)?;
        if a.meeting_id.is_some() && a.mentor_id.is_some() {
            return Err(format!(
                "agenda item {} is on a meeting and for a mentor; it can be only one",
                a.id
            ));
        }
        match &a.topic {
            Topic::Action(id) => refer(what, a.id, "is about", "action item", Some(*id), &actions)?,
            Topic::Goal(id) => refer(what, a.id, "is about", "goal", Some(*id), &goals)?,
            Topic::Question(id) => {
                refer(what, a.id, "is about", "question", Some(*id), &questions)?;
            }
            Topic::Agreement(id) => {
                refer(
                    what,
                    a.id,
                    "is about the agreement with",
                    "mentor",
                    Some(*id),
                    &mentors,
                )?;
            }
            Topic::Reflection(id) => {
                refer(
                    what,
                    a.id,
                    "is about the reflection on",
                    "meeting",
                    Some(*id),
                    &meetings,
                )?;
            }
            Topic::Answer(key) if key.trim().is_empty() => {
                return Err(format!(
                    "agenda item {} is about an answer without a key",
                    a.id
                ));
            }
            Topic::Answer(_) => {}
        }
    }
    for (key, versions) in &j.answers {
        let mut days = HashSet::new();
        for v in versions {
            if &v.key != key {
                return Err(format!(
                    "a version under answer \"{}\" has the key \"{}\"",
                    clip(key),
                    clip(&v.key)
                ));
            }
            if !days.insert(v.day) {
                return Err(format!(
                    "answer \"{}\" has two versions dated {}",
                    clip(key),
                    v.day
                ));
            }
        }
    }
    Ok(())
}

/// What the app can hold and show: every text within a field's size
/// ([`MAX_FIELD_BYTES`], as typing and pasting are), free of control characters other than
/// newline and tab, and every answer, private mark, worksheet marker and goal origin under a
/// key of the method (`assets/method.json`).
///
/// # Errors
/// A phrase naming the first problem ("meeting 3's notes are 48.8 MiB; a field holds at
/// most 512 KiB").
pub fn check_fit(j: &Journey) -> Result<(), String> {
    for m in &j.mentors {
        let a = &m.agreement;
        for (field, text) in [
            ("name", &m.name),
            ("contact", &m.contact),
            ("venue", &a.venue),
            ("define_mine", &a.define_mine),
            ("define_theirs", &a.define_theirs),
            ("want_mine", &a.want_mine),
            ("want_theirs", &a.want_theirs),
            ("expect_mine", &a.expect_mine),
            ("expect_theirs", &a.expect_theirs),
            ("confidentiality", &a.confidentiality),
        ] {
            fits(|| format!("mentor {}'s {field}", m.id), text)?;
        }
    }
    for (key, versions) in &j.answers {
        known_key(key, crate::method::is_answer_key(key), "an answer")?;
        for v in versions {
            fits(|| format!("answer \"{}\" of {}", clip(key), v.day), &v.text)?;
        }
    }
    for key in &j.private_answers {
        known_key(key, crate::method::is_answer_key(key), "a private mark")?;
    }
    for key in j.markers.keys() {
        let known = crate::method::stem_by_key(key).is_some();
        known_key(key, known, "a worksheet marker")?;
    }
    for g in &j.goals {
        for (field, text) in [
            ("title", &g.title),
            ("why", &g.why),
            ("evidence", &g.evidence),
            ("competency", &g.competency),
        ] {
            fits(|| format!("goal {}'s {field}", g.id), text)?;
        }
        if let Some(o) = &g.origin {
            let known = match o.kind {
                crate::domain::OriginKind::Worksheet => {
                    crate::method::stem_by_key(&o.key).is_some()
                }
                crate::domain::OriginKind::Conversation => {
                    crate::method::question_by_key(&o.key).is_some()
                }
            };
            known_key(&o.key, known, &format!("goal {}'s origin", g.id))?;
        }
    }
    for m in &j.milestones {
        fits(|| format!("milestone {}'s text", m.id), &m.text)?;
    }
    for r in &j.reviews {
        fits(|| format!("review {}'s note", r.id), &r.note)?;
    }
    for m in &j.meetings {
        for (field, text) in [
            ("place", &m.place),
            ("agenda", &m.agenda),
            ("notes", &m.notes),
            ("reflection", &m.reflection),
        ] {
            fits(|| format!("meeting {}'s {field}", m.id), text)?;
        }
    }
    for a in &j.actions {
        fits(|| format!("action item {}'s text", a.id), &a.text)?;
    }
    for q in &j.questions {
        fits(|| format!("question {}'s text", q.id), &q.text)?;
    }
    for (key, value) in &j.settings {
        fits(|| "a setting's name".to_string(), key)?;
        fits(|| format!("setting \"{}\"", clip(key)), value)?;
    }
    Ok(())
}

/// A text the app can hold: no larger than a field, no control characters but newline
/// and tab. `what` names it, only when it does not fit.
fn fits(what: impl Fn() -> String, text: &str) -> Result<(), String> {
    use crate::ui::editor::MAX_FIELD_BYTES;
    if text.len() > MAX_FIELD_BYTES {
        return Err(format!(
            "{} is {}; a field holds at most {} KiB",
            what(),
            size(text.len()),
            MAX_FIELD_BYTES / 1024
        ));
    }
    if let Some(c) = crate::domain::text::first_unwanted(text) {
        return Err(format!(
            "{} holds a control character (U+{:04X}); mentee keeps only text, newlines and tabs",
            what(),
            u32::from(c)
        ));
    }
    Ok(())
}

fn known_key(key: &str, known: bool, what: &str) -> Result<(), String> {
    if known {
        return Ok(());
    }
    Err(format!(
        "{what} has the key \"{}\", which is not in mentee's method (assets/method.json), so the app would never show it",
        clip(key)
    ))
}

/// "48.8 MiB", "600 KiB".
fn size(bytes: usize) -> String {
    #[allow(clippy::cast_precision_loss)]
    let mib = bytes as f64 / (1024.0 * 1024.0);
    if mib >= 1.0 {
        format!("{mib:.1} MiB")
    } else {
        format!("{} KiB", bytes.div_ceil(1024))
    }
}

fn ids(kind: &str, all: impl Iterator<Item = Id>) -> Result<HashSet<Id>, String> {
    let mut seen = HashSet::new();
    for id in all {
        if id < 1 {
            return Err(format!("a {kind} has the id {id}; ids start at 1"));
        }
        if !seen.insert(id) {
            return Err(format!("two {kind}s have the id {id}"));
        }
    }
    Ok(seen)
}

fn percent(kind: &str, id: Id, progress: u8) -> Result<(), String> {
    if progress > 100 {
        return Err(format!(
            "{kind} {id} has progress {progress}; progress is 0 to 100"
        ));
    }
    Ok(())
}

/// Keeps a quoted value from the file short enough for a one-line message.
fn clip(s: &str) -> String {
    const MAX: usize = 40;
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() > MAX {
        let head: String = one_line.chars().take(MAX).collect();
        format!("{head}…")
    } else {
        one_line
    }
}
