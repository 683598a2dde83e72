//! The agenda as text: Markdown for `mentee agenda` and the Prepare view's preview, and
//! plain numbered lines for the journal's agenda field. No terminal types, so the view and
//! the command line write the same words.

use std::fmt::Write as _;

use crate::domain::agenda::{Agenda, Item, ItemText};
use crate::domain::meetings::NextDue;
use crate::domain::{Clock, Journey};

use super::{escape_md, one_line};

/// The items with their words, leaving out those whose record is gone.
fn described<'a>(
    agenda: &'a Agenda,
    items: &'a [Item],
    j: &'a Journey,
    clock: &'a Clock,
) -> impl Iterator<Item = ItemText> + 'a {
    // The goals' progress from one pass over the milestones, not one per goal.
    let facts = agenda.goal_facts(j);
    items
        .iter()
        .filter_map(move |i| agenda.describe_with(i, j, clock, &facts))
}

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
    let Some(next) = &agenda.next else {
        return "No meeting planned or due yet".to_string();
    };
    let day = next.day(clock);
    let words = crate::domain::dates::relative_words(day, today);
    match &next.due {
        NextDue::Planned { starts_at, .. } => format!(
            "{} (planned, {words})",
            clock.local(*starts_at).format("%a %-d %b %Y at %H:%M")
        ),
        NextDue::Cadence { cadence, .. } if day < today => format!(
            "Was due {} ({}; overdue, not planned yet)",
            day.format("%a %-d %b %Y"),
            cadence.label()
        ),
        NextDue::Cadence { cadence, .. } => format!(
            "Due {} ({}; {words}, not planned yet)",
            day.format("%a %-d %b %Y"),
            cadence.label()
        ),
    }
}

/// The agenda in Markdown: a title, when, and the items as a numbered list. User text is
/// escaped, so a `#` or `*` in a goal prints as typed.
#[must_use]
pub fn markdown(agenda: &Agenda, items: &[Item], j: &Journey, clock: &Clock) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}", escape_md(&title(agenda, j)));
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", escape_md(&when(agenda, clock)));
    let _ = writeln!(out);
    let mut any = false;
    for (n, t) in described(agenda, items, j, clock).enumerate() {
        any = true;
        let _ = write!(
            out,
            "{}. **{}** — {}",
            n + 1,
            t.kind,
            escape_md(&one_line(&t.text))
        );
        if !t.detail.is_empty() {
            let _ = write!(out, " _({})_", escape_md(&t.detail));
        }
        out.push('\n');
    }
    if !any {
        let _ = writeln!(
            out,
            "Nothing on the agenda yet: no open action items, no goals due or waiting for a \
             review, no changed answers and no questions."
        );
    }
    // Printed to a terminal by `mentee agenda`: no control characters (see `domain::text`).
    crate::domain::text::clean(&out).into_owned()
}

/// The agenda as plain numbered lines, for the journal's agenda field.
#[must_use]
pub fn plain(agenda: &Agenda, items: &[Item], j: &Journey, clock: &Clock) -> String {
    let mut out = String::new();
    for (n, t) in described(agenda, items, j, clock).enumerate() {
        let _ = write!(out, "{}. {} — {}", n + 1, t.kind, one_line(&t.text));
        if !t.detail.is_empty() {
            let _ = write!(out, " ({})", t.detail);
        }
        out.push('\n');
    }
    out.trim_end().to_string()
}
