//! What the journal puts on Overview: when the next meeting with each mentor is (or how
//! overdue it is), and the open action items.

use ratatui::text::{Line, Span};

use super::fields::{mentor_short_name, short_day};
use crate::domain::meetings::{NextDue, first_open_actions, is_overdue, next_meetings};
use crate::domain::names::owner_name;
use crate::domain::text::count;
use crate::export::one_line;
use crate::tab::Tab;
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit};
use crate::ui::tab_name;
use crate::view::View;

/// How many open items Overview lists before pointing to the journal for the rest.
const MAX_ITEMS: usize = 6;

/// Lines for the Overview tab, `width` columns wide: the next meeting per mentor (planned,
/// or due from the agreed cadence) and the open action items.
#[must_use]
pub fn overview_lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = next_meeting_lines(view, theme, width);
    let action_lines = open_action_lines(view, theme, width);
    if !lines.is_empty() && !action_lines.is_empty() {
        lines.push(Line::default());
    }
    lines.extend(action_lines);
    lines
}

/// The next meeting with each mentor: when, and how it is held or when you last met.
fn next_meeting_lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let j = view.journey;
    let clock = view.clock;
    let today = clock.today();
    let next = next_meetings(j, clock);
    if next.is_empty() {
        return Vec::new();
    }
    let title = if next.len() == 1 {
        "Next meeting"
    } else {
        "Next meetings"
    };
    let mut lines = vec![Line::from(Span::styled(title, theme.heading))];
    for n in &next {
        let name = mentor_short_name(view, n.mentor_id).unwrap_or_default();
        let style = if n.is_overdue(clock) {
            theme.warn
        } else {
            theme.text
        };
        let mut cells = vec![
            Cell::keep("  ", theme.text),
            Cell::title_keeping(n.sentence(&name, clock), style, usize::MAX),
        ];
        match &n.due {
            NextDue::Planned {
                meeting_id,
                starts_at,
            } => {
                let at = clock.local(*starts_at);
                let day = short_day(at.date(), today);
                cells.push(Cell::keep(
                    format!(" · {day} {}", at.format("%H:%M")),
                    theme.dim,
                ));
                if let Some(mode) = j.meeting(*meeting_id).and_then(|m| m.mode) {
                    cells.push(Cell::detail(format!(" · {}", mode.label()), theme.dim));
                }
            }
            // The cadence itself is listed under Mentors.
            NextDue::Cadence { last_met, .. } => cells.push(Cell::detail(
                match last_met {
                    Some(last) => format!(" · last met {}", short_day(*last, today)),
                    None => " · not met yet".to_string(),
                },
                theme.dim,
            )),
        }
        lines.push(fit(&cells, width));
    }
    lines
}

/// The first open action items, and how many more the journal holds.
fn open_action_lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let j = view.journey;
    let today = view.clock.today();
    // The first few in order, and how many there are, without sorting them all.
    let (open, total) = first_open_actions(j, MAX_ITEMS);
    if total == 0 {
        return Vec::new();
    }
    let mut lines = vec![Line::from(Span::styled(
        format!("Open action items ({total})"),
        theme.heading,
    ))];
    for a in &open {
        let owner = owner_name(j, a);
        let text = if a.text.trim().is_empty() {
            "(no text yet)".to_string()
        } else {
            one_line(&a.text)
        };
        let mut cells = vec![
            Cell::keep("  [ ] ", theme.text),
            Cell::title(text, theme.text),
            Cell::detail(format!(" · {owner}"), theme.dim),
        ];
        if let Some(due) = a.due_date {
            if is_overdue(a, today) {
                let days = (today - due).num_days();
                cells.push(Cell::keep(
                    format!(" · overdue by {}", count(days, "day", "days")),
                    theme.warn,
                ));
            } else {
                cells.push(Cell::keep(
                    format!(" · due {}", short_day(due, today)),
                    theme.dim,
                ));
            }
        }
        lines.push(fit(&cells, width));
    }
    if total > MAX_ITEMS {
        lines.push(Line::from(vec![
            Span::styled(format!("  … and {} more in ", total - MAX_ITEMS), theme.dim),
            Span::styled(tab_name(Tab::Journal), theme.key),
        ]));
    }
    lines
}
