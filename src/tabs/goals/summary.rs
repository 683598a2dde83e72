//! The goals part of the Overview tab.

use ratatui::text::{Line, Span};

use super::list::{OVERDUE_MARK, REVIEW_DUE_MARK, goal_title};
use crate::domain::GoalStatus;
use crate::domain::dates::short_day;
use crate::domain::goals::{GoalFacts, is_open, is_overdue, priority_order};
use crate::tab::Tab;
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit};
use crate::ui::progress::bar_spans;
use crate::ui::tab_name;
use crate::ui::wrap::first_line;
use crate::view::View;

/// Open goals shown on Overview; the rest are counted.
const SHOWN: usize = 5;
/// A review's note sits under its goal's title: after the indent, the bar and the percent.
const NOTE_INDENT: usize = 19;

/// Lines for the Overview tab: open goals with progress bars, overdue ones first (then in
/// priority order), each with the note of its last review; done and dropped goals are only
/// counted.
#[must_use]
pub fn overview_lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let j = view.journey;
    let today = view.clock.today();
    let shown: Vec<_> = priority_order(j);
    if shown.is_empty() {
        return Vec::new();
    }
    let mut open: Vec<_> = shown.iter().copied().filter(|g| is_open(g)).collect();
    open.sort_by_key(|g| !is_overdue(g, today));
    let mut lines = vec![Line::from(Span::styled("Goals", theme.heading))];
    // What the goals shown need to know, from one pass over milestones and reviews.
    let facts = GoalFacts::of(j, open.iter().take(SHOWN).map(|g| g.id));
    for g in open.iter().take(SHOWN) {
        let mut cells = vec![Cell::keep("  ", theme.text)];
        cells.extend(
            bar_spans(facts.progress(g), 10, theme)
                .into_iter()
                .map(|s| Cell::keep(s.content.into_owned(), s.style)),
        );
        cells.push(Cell::keep("  ", theme.text));
        cells.push(Cell::title(goal_title(g), theme.text));
        if is_overdue(g, today) {
            cells.push(Cell::keep(format!(" {OVERDUE_MARK} overdue"), theme.error));
        } else if facts.not_reviewed_within_cadence(g, today) {
            cells.push(Cell::keep(
                format!(" {REVIEW_DUE_MARK} review due"),
                theme.warn,
            ));
        }
        lines.push(fit(&cells, width));
        if let Some(r) = facts
            .last_review(g.id)
            .filter(|r| !r.note.trim().is_empty())
        {
            let note = [
                Cell::keep(" ".repeat(NOTE_INDENT), theme.dim),
                Cell::keep("“", theme.dim),
                Cell::title(first_line(r.note.trim()), theme.dim),
                Cell::keep("”", theme.dim),
                Cell::keep(format!(" {}", short_day(r.day, today)), theme.dim),
            ];
            lines.push(fit(&note, width));
        }
    }
    let more = open.len().saturating_sub(SHOWN);
    let done = shown
        .iter()
        .filter(|g| g.status == GoalStatus::Done)
        .count();
    let dropped = shown
        .iter()
        .filter(|g| g.status == GoalStatus::Dropped)
        .count();
    let mut tail = Vec::new();
    if more > 0 {
        tail.push(format!("{more} more open"));
    }
    if done > 0 {
        tail.push(format!("{done} done"));
    }
    if dropped > 0 {
        tail.push(format!("{dropped} dropped"));
    }
    if open.is_empty() {
        tail.insert(0, "no open goals".into());
    }
    if !tail.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {} — see {}", tail.join(", "), tab_name(Tab::Goals)),
            theme.dim,
        )));
    }
    lines
}
