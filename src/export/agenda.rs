//! The agenda as text: Markdown for `mentee agenda` and the Prepare view's preview, and the
//! plain description an invite carries. No terminal types, so the view, the command line and
//! the invite say the same words.

use std::fmt::Write as _;

use crate::domain::agenda::{Agenda, Content, Why};
use crate::domain::diff::{WordRun, excerpt, word_diff};
use crate::domain::{Clock, Journey, Topic};

use super::markdown::text::after;
use super::{escape_md, one_line};

/// Unchanged words kept on either side of a change in an answer.
pub const CONTEXT_WORDS: usize = 6;

/// "Agenda — meeting with Ana Lima" (or without a mentor, "Agenda — next meeting").
#[must_use]
pub fn title(agenda: &Agenda, j: &Journey) -> String {
    match agenda.mentor_name(j) {
        Some(name) => format!("Agenda — meeting with {name}"),
        None => "Agenda — next meeting".to_string(),
    }
}

/// When the meeting is: "Mon 30 Nov 2026 at 10:00 (planned, in 8 days)", "Due Mon 30 Nov
/// 2026 (every six weeks; not planned yet)", or that nothing is known.
#[must_use]
pub fn when(agenda: &Agenda, clock: &Clock) -> String {
    let today = clock.today();
    let c = &agenda.choice;
    let Some(day) = c.day else {
        return "No meeting planned or due yet".to_string();
    };
    let words = crate::domain::dates::relative_words(day, today);
    match (c.starts_at, c.cadence) {
        (Some(t), _) => {
            let at = clock.local(t).format("%a %-d %b %Y at %H:%M");
            if c.why == Why::Today {
                format!("{at} (today)")
            } else {
                format!("{at} (planned, {words})")
            }
        }
        (None, Some(cadence)) if day < today => format!(
            "Was due {} ({}; overdue, not planned yet)",
            day.format("%a %-d %b %Y"),
            cadence.label()
        ),
        (None, Some(cadence)) => format!(
            "Due {} ({}; {words}, not planned yet)",
            day.format("%a %-d %b %Y"),
            cadence.label()
        ),
        (None, None) => format!("{} (not planned yet)", day.format("%a %-d %b %Y")),
    }
}

/// Why this meeting: "the soonest planned meeting", "today's meeting", ...; after the
/// mentee chose the mentor herself (`picked`), the reason for that mentor's meeting.
#[must_use]
pub fn reason(agenda: &Agenda, j: &Journey, picked: bool) -> String {
    let with = agenda
        .mentor_short_name(j)
        .map(|n| format!(" with {n}"))
        .unwrap_or_default();
    match (agenda.choice.why, picked) {
        (Why::Today, false) => "today's meeting".into(),
        (Why::Planned, false) => "the soonest planned meeting".into(),
        (Why::Overdue, false) => "nothing planned; the most overdue by cadence".into(),
        (Why::Due, false) => "nothing planned; next due by cadence".into(),
        (Why::Unknown, false) => "nothing planned or due".into(),
        (Why::Today, true) => format!("today's meeting{with}"),
        (Why::Planned, true) => format!("the next planned meeting{with}"),
        (Why::Overdue | Why::Due, true) => format!("the next meeting{with}, not planned yet"),
        (Why::Unknown, true) => format!("no meeting{with} planned or due"),
    }
}

/// The agenda in Markdown: a title, when, the items as a numbered list with what each
/// carries, and the mentee's own notes for the meeting. User text is escaped, so a `#` or
/// `*` in a goal prints as typed.
#[must_use]
pub fn markdown(agenda: &Agenda, j: &Journey, clock: &Clock) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", escape_md(&title(agenda, j)));
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", escape_md(&when(agenda, clock)));
    let _ = writeln!(out);
    let facts = agenda.goal_facts(j);
    let mut n = 0;
    for e in agenda.items(j) {
        let Some(t) = agenda.describe_with(&e.topic, j, clock, &facts) else {
            continue;
        };
        n += 1;
        let _ = write!(
            out,
            "{n}. **{}** — {}",
            t.kind,
            escape_md(&one_line(&t.text))
        );
        let detail = t.detail();
        if !detail.is_empty() {
            let _ = write!(out, " _({})_", escape_md(&detail));
        }
        out.push('\n');
        // Nested under the item: indented as far as its text starts ("10. " is four wide).
        let indent = " ".repeat(format!("{n}. ").len());
        for c in agenda.content_with(&e.topic, j, clock, &facts) {
            out.push_str(&content_markdown(&c, &e.topic, &indent));
        }
    }
    if n == 0 {
        let _ = writeln!(
            out,
            "Nothing on the agenda yet: no open action items, no goals due or waiting for a \
             review, no changed answers and no questions."
        );
    }
    if let Some(notes) = notes(agenda, j) {
        let _ = writeln!(out);
        let _ = writeln!(out, "## Notes");
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", super::markdown::text::block(&notes));
    }
    // Printed to a terminal by `mentee agenda`: no control characters (see `domain::text`).
    crate::domain::text::clean(&out).into_owned()
}

/// The mentee's own notes for the meeting (the meeting's agenda text), when there are any.
/// In the shared-only journey a private meeting is gone and private notes are empty.
#[must_use]
pub fn notes(agenda: &Agenda, j: &Journey) -> Option<String> {
    let m = agenda.choice.meeting_id.and_then(|id| j.meeting(id))?;
    (!m.agenda.trim().is_empty()).then(|| m.agenda.trim().to_string())
}

/// One part of an item's content as a list item nested `indent` deep.
fn content_markdown(c: &Content, topic: &Topic, indent: &str) -> String {
    let pad = format!("{indent}  ");
    let mut s = match c {
        Content::Fact(label, text) => {
            format!("{indent}- {label}: {}", escape_md(&one_line(text)))
        }
        Content::Text(text) => {
            // The one-line title already says a short question or reflection in full.
            let short =
                matches!(topic, Topic::Question(_) | Topic::Reflection(_)) && !text.contains('\n');
            if short || text.trim().is_empty() {
                return String::new();
            }
            after(&format!("{indent}-"), text, &pad)
        }
        Content::Change { before, now } => {
            format!("{indent}- What changed: {}", changed_markdown(before, now))
        }
    };
    s.push('\n');
    s
}

/// A word diff in Markdown: removed words struck through, added words in bold, a few words
/// of context around each change.
#[must_use]
pub fn changed_markdown(before: &str, now: &str) -> String {
    let runs = word_diff(before, now);
    let mut out = String::new();
    for run in excerpt(&runs, CONTEXT_WORDS) {
        // A removed run right before an added one: a space between, so both read.
        if matches!(run, WordRun::Added(_)) && out.ends_with("~~") {
            out.push(' ');
        }
        let (open, close) = match run {
            WordRun::Equal(t) => {
                out.push_str(&escape_md(&one_line_keep_edges(t)));
                continue;
            }
            WordRun::Removed(_) => ("~~", "~~"),
            WordRun::Added(_) => ("**", "**"),
        };
        let t = one_line_keep_edges(run.text());
        let core = t.trim();
        if core.is_empty() {
            continue;
        }
        let lead = if t.starts_with(' ') { " " } else { "" };
        let tail = if t.ends_with(' ') { " " } else { "" };
        let _ = write!(out, "{lead}{open}{}{close}{tail}", escape_md(core));
    }
    out.trim().to_string()
}

/// Whitespace runs (newlines too) as one space, keeping a space at either end.
fn one_line_keep_edges(t: &str) -> String {
    let core = one_line(t);
    let lead = if t.starts_with(char::is_whitespace) && !core.is_empty() {
        " "
    } else {
        ""
    };
    let tail = if t.ends_with(char::is_whitespace) && !core.is_empty() {
        " "
    } else {
        ""
    };
    if core.is_empty() && !t.is_empty() {
        return " ".to_string();
    }
    format!("{lead}{core}{tail}")
}

/// The agenda as plain text, for an invite's description: when, the items numbered with
/// what each carries, and the notes.
#[must_use]
pub fn plain(agenda: &Agenda, j: &Journey, clock: &Clock) -> String {
    let mut out = String::new();
    let facts = agenda.goal_facts(j);
    let mut n = 0;
    for e in agenda.items(j) {
        let Some(t) = agenda.describe_with(&e.topic, j, clock, &facts) else {
            continue;
        };
        n += 1;
        let _ = write!(out, "{n}. {} — {}", t.kind, one_line(&t.text));
        let detail = t.detail();
        if !detail.is_empty() {
            let _ = write!(out, " ({detail})");
        }
        out.push('\n');
        for c in agenda.content_with(&e.topic, j, clock, &facts) {
            match c {
                Content::Fact(label, text) => {
                    let _ = writeln!(out, "   {label}: {}", one_line(&text));
                }
                // The one-line title already says a short question in full.
                Content::Text(text)
                    if matches!(e.topic, Topic::Question(_) | Topic::Reflection(_))
                        && !text.contains('\n') => {}
                Content::Text(text) => {
                    for line in text.lines() {
                        let _ = writeln!(out, "   {line}");
                    }
                }
                Content::Change { before, now } => {
                    let _ = writeln!(out, "   What changed: {}", changed_plain(&before, &now));
                }
            }
        }
    }
    if n == 0 {
        out.push_str("Nothing on the agenda yet.\n");
    }
    if let Some(notes) = notes(agenda, j) {
        let _ = write!(out, "\nNotes:\n{notes}\n");
    }
    out.trim_end().to_string()
}

/// A word diff in plain text: removed words as `[-old-]`, added as `{+new+}`.
#[must_use]
pub fn changed_plain(before: &str, now: &str) -> String {
    let runs = word_diff(before, now);
    let mut out = String::new();
    for run in excerpt(&runs, CONTEXT_WORDS) {
        let t = one_line_keep_edges(run.text());
        match run {
            WordRun::Equal(_) => out.push_str(&t),
            WordRun::Removed(_) | WordRun::Added(_) => {
                let (open, close) = if matches!(run, WordRun::Removed(_)) {
                    ("[-", "-]")
                } else {
                    ("{+", "+}")
                };
                let core = t.trim();
                if core.is_empty() {
                    continue;
                }
                let lead = if t.starts_with(' ') { " " } else { "" };
                let tail = if t.ends_with(' ') { " " } else { "" };
                let _ = write!(out, "{lead}{open}{core}{close}{tail}");
            }
        }
    }
    out.trim().to_string()
}
