//! The goals part of the Overview tab.

use ratatui::text::{Line, Span};

use super::list::{OVERDUE_MARK, REVIEW_DUE_MARK, goal_title};
use chrono::NaiveDate;

use crate::domain::dates::short_day;
use crate::domain::goals::{GoalFacts, is_open, is_overdue, priority_order};
use crate::domain::{Goal, GoalStatus, Journey};
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

/// The goals Overview shows.
struct Shown<'a> {
    /// The first open goals: overdue ones first, each group in priority order.
    open: Vec<&'a Goal>,
    /// How many are open, done and dropped.
    open_count: usize,
    done: usize,
    dropped: usize,
}

/// [`Shown`] from the journey's index when it holds (the overdue goals and a few more are
/// read, not every goal), else from every goal.
fn shown<'a>(j: &'a Journey, today: NaiveDate) -> Shown<'a> {
    if let (Some(order), Some((done, dropped))) = (j.goals_by_priority(), j.indexed_closed_counts())
    {
        let open = (0..order.open()).filter_map(|i| order.get(i));
        // Overdue ones lead: those with a target before today, found by their targets.
        let mut first: Vec<&Goal> = overdue_goals(j, today);
        if first.len() < SHOWN {
            first.extend(
                open.filter(|g| !is_overdue(g, today))
                    .take(SHOWN - first.len()),
            );
        }
        first.truncate(SHOWN);
        return Shown {
            open: first,
            open_count: order.open(),
            done,
            dropped,
        };
    }
    let all = priority_order(j);
    let mut open: Vec<_> = all.iter().copied().filter(|g| is_open(g)).collect();
    open.sort_by_key(|g| !is_overdue(g, today));
    let open_count = open.len();
    open.truncate(SHOWN);
    let count = |s| all.iter().filter(|g| g.status == s).count();
    Shown {
        open,
        open_count,
        done: count(GoalStatus::Done),
        dropped: count(GoalStatus::Dropped),
    }
}

/// The open goals past their target, in priority order (at most [`SHOWN`]).
fn overdue_goals(j: &Journey, today: NaiveDate) -> Vec<&Goal> {
    let mut out: Vec<&Goal> = j
        .indexed_open_by_target(today)
        .map(|overdue| overdue.collect())
        .unwrap_or_default();
    out.sort_by_key(|g| (g.position, g.id));
    out.truncate(SHOWN);
    out
}

/// Lines for the Overview tab: open goals with progress bars, overdue ones first (then in
/// priority order), each with the note of its last review; done and dropped goals are only
/// counted.
#[must_use]
pub fn overview_lines(view: &View, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let j = view.journey;
    let today = view.clock.today();
    if j.goals.is_empty() {
        return Vec::new();
    }
    let Shown {
        open,
        open_count,
        done,
        dropped,
    } = shown(j, today);
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
    let more = open_count.saturating_sub(SHOWN);
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
    if open_count == 0 {
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
