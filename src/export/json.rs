//! The JSON export: the whole journey, versioned, byte-for-byte the same for the same data.
//!
//! The document is an envelope (`format`, `version`, `schema_version`, `exported_at`,
//! `shared_only`) around the [`Journey`] exactly as serde writes it: vectors ordered by id,
//! maps ordered by key, choices by their stable codes. `docs/export-format.md` describes it
//! for people; [`read`] checks a file before anything touches a database.

use std::collections::HashSet;
use std::io::{self, BufRead, Read, Seek, Write};

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;

use crate::domain::field::GOAL_TEXTS;
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

    /// The document as pretty JSON with a final newline (as [`write`] writes it).
    ///
    /// # Errors
    /// Only if serde cannot write a value (it always can for a journey).
    pub fn to_json(&self) -> serde_json::Result<String> {
        let mut out = Vec::new();
        self.as_ref()
            .write(&mut out)
            .map_err(serde_json::Error::io)?;
        String::from_utf8(out).map_err(|e| serde_json::Error::io(io::Error::other(e)))
    }

    fn as_ref(&self) -> Envelope<'_> {
        Envelope {
            format: &self.format,
            version: self.version,
            schema_version: self.schema_version,
            exported_at: self.exported_at,
            shared_only: self.shared_only,
            journey: &self.journey,
        }
    }
}

/// A [`Document`] borrowing its journey: what [`write`] serialises, field for field the same.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u32,
    schema_version: i64,
    exported_at: DateTime<Utc>,
    shared_only: bool,
    journey: &'a Journey,
}

impl Envelope<'_> {
    fn write(&self, out: impl Write) -> io::Result<()> {
        let mut out = EscapeControls::new(out);
        serde_json::to_writer_pretty(&mut out, self).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
        out.finish()
    }
}

/// Writes the export of `journey` made at `exported_at` to `out` as it goes: pretty JSON with
/// a final newline, the same bytes as [`Document::to_json`], without the document in memory
/// (a shared-only export makes [`Journey::for_sharing`] first: the shared-only journey,
/// renumbered). Give it a buffered writer.
///
/// # Errors
/// When `out` cannot be written.
pub fn write(
    journey: &Journey,
    exported_at: DateTime<Utc>,
    shared_only: bool,
    out: impl Write,
) -> io::Result<()> {
    let shared;
    let journey = if shared_only {
        shared = journey.for_sharing();
        &shared
    } else {
        journey
    };
    Envelope {
        format: FORMAT,
        version: VERSION,
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.trunc_subsecs(0),
        shared_only,
        journey,
    }
    .write(out)
}

/// serde escapes C0 controls in strings but writes DEL and the C1 controls
/// (U+007F–U+009F) as they are, and a terminal showing the export may obey them. This writer
/// escapes them as the bytes pass; escaped, they read back the same. (Outside strings JSON
/// is ASCII, so each is inside a string.) A C1 control is `C2 80`–`C2 9F` in UTF-8, so a
/// `C2` at the end of a write waits for the next byte.
struct EscapeControls<W: Write> {
    out: W,
    /// A `C2` byte not written yet.
    c2: bool,
}

impl<W: Write> EscapeControls<W> {
    fn new(out: W) -> Self {
        Self { out, c2: false }
    }

    /// Writes what is held back and flushes.
    fn finish(mut self) -> io::Result<()> {
        if std::mem::take(&mut self.c2) {
            self.out.write_all(&[0xC2])?;
        }
        self.out.flush()
    }
}

impl<W: Write> Write for EscapeControls<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut plain = 0;
        for (i, &b) in buf.iter().enumerate() {
            let escaped = if std::mem::take(&mut self.c2) {
                if (0x80..=0x9F).contains(&b) {
                    Some(u32::from(b))
                } else {
                    self.out.write_all(&[0xC2])?;
                    None
                }
            } else {
                None
            };
            match (escaped, b) {
                (Some(c), _) => {
                    self.out.write_all(&buf[plain..i])?;
                    write!(self.out, "\\u{c:04x}")?;
                    plain = i + 1;
                }
                (None, 0x7F) => {
                    self.out.write_all(&buf[plain..i])?;
                    self.out.write_all(b"\\u007f")?;
                    plain = i + 1;
                }
                (None, 0xC2) => {
                    self.out.write_all(&buf[plain..i])?;
                    self.c2 = true;
                    plain = i + 1;
                }
                _ => {}
            }
        }
        self.out.write_all(&buf[plain..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
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
    // First the envelope alone (the journey is skipped, not built), so it can be judged
    // before the details: a newer version must say so rather than complain about a field
    // it does not know.
    check_envelope(&serde_json::from_str(text).map_err(syntax)?)?;
    let doc = serde_json::from_str(text).map_err(|e| ReadError::Invalid(e.to_string()))?;
    checked(doc)
}

/// [`read`] from a file (or anything that can be read twice), without holding its text:
/// the envelope in a first pass, the document in a second.
///
/// # Errors
/// As [`read`]; [`ReadError::Syntax`] for a file that is not UTF-8 or cannot be read.
pub fn read_from(mut file: impl Read + Seek) -> Result<Document, ReadError> {
    let head = pass(&mut file)?;
    if head.buffer().is_empty() {
        return Err(ReadError::Empty);
    }
    check_envelope(&serde_json::from_reader(head).map_err(syntax)?)?;
    file.rewind()
        .map_err(|e| ReadError::Syntax(e.to_string()))?;
    let body = pass(&mut file)?;
    let doc = serde_json::from_reader(body).map_err(|e| ReadError::Invalid(e.to_string()))?;
    checked(doc)
}

/// A pass of [`read_from`] over the file from where it is.
fn pass<R: Read>(file: R) -> Result<io::BufReader<R>, ReadError> {
    let mut r = io::BufReader::with_capacity(64 * 1024, file);
    skip_bom_and_space(&mut r).map_err(|e| ReadError::Syntax(e.to_string()))?;
    Ok(r)
}

/// Leaves `r` at the first byte that is neither a byte-order mark nor white space, with it
/// in the buffer (an empty buffer: the end).
fn skip_bom_and_space(r: &mut impl BufRead) -> io::Result<()> {
    if r.fill_buf()?.starts_with("\u{feff}".as_bytes()) {
        r.consume(3);
    }
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        let space = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if space < buf.len() {
            r.consume(space);
            return Ok(());
        }
        r.consume(space);
    }
}

/// An error of the first pass: the file is not JSON, ends too early, or is not an object.
fn syntax(e: serde_json::Error) -> ReadError {
    match e.classify() {
        Category::Eof => ReadError::Truncated(e.to_string()),
        Category::Data => ReadError::NotAnExport("the file holds no JSON object".into()),
        _ => ReadError::Syntax(e.to_string()),
    }
}

/// The checks after a document is read.
fn checked(mut doc: Document) -> Result<Document, ReadError> {
    normalise(&mut doc.journey);
    check_records(&doc.journey).map_err(ReadError::Inconsistent)?;
    check_fit(&doc.journey).map_err(ReadError::Unfit)?;
    Ok(doc)
}

/// What is judged before the details: the two fields that say what the file is (as any JSON
/// value, so a wrong type is reported as such). Everything else is skipped unread. Only a
/// JSON object is one (a derived struct would also take an array).
#[derive(Default)]
struct Head {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

impl<'de> Deserialize<'de> for Head {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = Head;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
                let mut head = Head::default();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "format" => head.format = Some(map.next_value()?),
                        "version" => head.version = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(head)
            }
        }
        d.deserialize_map(Fields)
    }
}

fn check_envelope(head: &Head) -> Result<(), ReadError> {
    match &head.format {
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
    match head.version.as_ref().and_then(serde_json::Value::as_u64) {
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
        for (field, f) in GOAL_TEXTS {
            fits(|| format!("goal {}'s {field}", g.id), g.text_of(f))?;
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
    use crate::domain::text::MAX_FIELD_BYTES;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// DEL and the C1 controls are escaped however the bytes are split between writes.
    #[test]
    fn controls_are_escaped_across_writes() {
        let text = "a\u{7f}b\u{85}c\u{9f}\u{a0}é\u{80}";
        let want = "a\\u007fb\\u0085c\\u009f\u{a0}é\\u0080";
        for size in 1..=text.len() {
            let mut out = Vec::new();
            let mut w = EscapeControls::new(&mut out);
            for chunk in text.as_bytes().chunks(size) {
                w.write_all(chunk).unwrap();
            }
            w.finish().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "chunks of {size}");
        }
    }

    /// Reading from a file finds what reading the text finds, refusals included.
    #[test]
    fn a_file_reads_as_its_text_does() {
        let doc = Document::new(&Journey::default(), Utc::now(), false);
        let good = doc.to_json().unwrap();
        for text in [
            good.clone(),
            format!("\u{feff}  \n{good}"),
            String::new(),
            " \n\t ".into(),
            "[1, 2]".into(),
            "{\"format\": \"x\", \"version\": 1}".into(),
            good.replace(&format!("\"version\": {VERSION}"), "\"version\": 99"),
            good[..good.len() / 2].to_string(),
            good.replace("\"journey\": {", "\"journey\": {,"),
        ] {
            let from_file = read_from(io::Cursor::new(text.as_bytes()));
            assert_eq!(from_file, read(&text), "{text:?}");
        }
    }
}
