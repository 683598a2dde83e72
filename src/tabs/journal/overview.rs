//! What the journal puts on Overview: when the next meeting with each mentor is (or how
//! overdue it is), and the open action items.

use ratatui::text::{Line, Span};

use super::fields::{mentor_short_name, short_day};
use crate::domain::Owner;
use crate::domain::meetings::{NextDue, first_open_actions, is_overdue, next_meetings};
use crate::theme::Theme;
use crate::ui::wrap::truncate;
use crate::view::View;

/// How many open items Overview lists before pointing to the journal for the rest.
const MAX_ITEMS: usize = 6;

/// Lines for the Overview tab: the next meeting per mentor (planned, or due from the agreed
/// cadence) and the open action items.
#[must_use]
pub fn overview_lines(view: &View, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let j = view.journey;
    let clock = view.clock;
    let today = clock.today();
    let next = next_meetings(j, clock, true);
    if !next.is_empty() {
        let title = if next.len() == 1 {
            "Next meeting"
        } else {
            "Next meetings"
        };
        lines.push(Line::from(Span::styled(title, theme.heading)));
        for n in &next {
            let name = mentor_short_name(view, n.mentor_id).unwrap_or_default();
            let sentence = n.sentence(&name, clock);
            let detail = match &n.due {
                NextDue::Planned {
                    meeting_id,
                    starts_at,
                } => {
                    let at = clock.local(*starts_at);
                    let mut d = format!(" · {}", at.format("%a %-d %b %H:%M"));
                    if let Some(mode) = j.meeting(*meeting_id).and_then(|m| m.mode) {
                        d.push_str(&format!(" · {}", mode.label()));
                    }
                    d
                }
                // The cadence itself is listed under Mentors.
                NextDue::Cadence { last_met, .. } => match last_met {
                    Some(last) => format!(" · last met {}", short_day(*last, today)),
                    None => " · not met yet".to_string(),
                },
            };
            let style = if n.is_overdue(clock) {
                theme.warn
            } else {
                theme.text
            };
            lines.push(Line::from(vec![
                Span::styled(format!("  {sentence}"), style),
                Span::styled(detail, theme.dim),
            ]));
        }
    }

    // The first few in order, and how many there are, without sorting them all.
    let (open, total) = first_open_actions(j, MAX_ITEMS);
    if total > 0 {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(
            format!("Open action items ({total})"),
            theme.heading,
        )));
        for a in &open {
            let owner = match a.owner {
                Owner::Me => "me".to_string(),
                Owner::Mentor => a
                    .meeting_id
                    .and_then(|id| j.meeting(id))
                    .and_then(|m| mentor_short_name(view, m.mentor_id))
                    .unwrap_or_else(|| "mentor".to_string()),
            };
            let mut spans = vec![
                Span::raw("  [ ] "),
                Span::raw(if a.text.trim().is_empty() {
                    "(no text yet)".to_string()
                } else {
                    truncate(&a.text, 44)
                }),
                Span::styled(format!(" · {owner}"), theme.dim),
            ];
            if let Some(due) = a.due_date {
                if is_overdue(a, today) {
                    let days = (today - due).num_days();
                    let s = if days == 1 { "" } else { "s" };
                    spans.push(Span::styled(
                        format!(" · overdue by {days} day{s}"),
                        theme.warn,
                    ));
                } else {
                    spans.push(Span::styled(
                        format!(" · due {}", short_day(due, today)),
                        theme.dim,
                    ));
                }
            }
            lines.push(Line::from(spans));
        }
        if total > MAX_ITEMS {
            lines.push(Line::from(vec![
                Span::styled(format!("  … and {} more in ", total - MAX_ITEMS), theme.dim),
                Span::styled("5 Journal", theme.key),
            ]));
        }
    }
    lines
}
