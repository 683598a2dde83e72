//! The right-hand side of an open goal, and its header: progress and status above; milestones,
//! a chart of progress over time and the review log (newest first) below.

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Sparkline, Widget};
use unicode_width::UnicodeWidthStr;

use super::Detail;
use super::Section;
use super::list::{ORIGIN_MARK, OVERDUE_MARK, REVIEW_DUE_MARK};
use crate::action::Action;
use crate::domain::dates::{relative_words, short_day};
use crate::domain::goals::{GoalFacts, is_overdue, milestones_of, review_cadence, reviews_of};
use crate::domain::{Goal, Milestone, ProgressMode, Review};
use crate::export::one_line;
use crate::keymap::{self, Context};
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit, spread};
use crate::ui::heading_row;
use crate::ui::progress::bar_spans;
use crate::ui::text;
use crate::ui::wrap::first_line;
use crate::view::View;

/// Rows of the progress chart.
const CHART_ROWS: u16 = 3;

/// What an open goal shows above its fields, `width` columns wide: progress, status,
/// target, review state, origin. Status words and dates stay whole (see `ui::cells`).
pub(super) fn header_lines(
    g: &Goal,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let j = view.journey;
    let today = view.clock.today();
    let facts = GoalFacts::of(j, [g.id]);
    let mut first: Vec<Cell> = bar_spans(facts.progress(g), 10, theme)
        .into_iter()
        .map(|s| Cell::keep(s.content.into_owned(), s.style))
        .collect();
    let mode = match g.progress_mode {
        ProgressMode::Manual => "  set by hand".to_string(),
        ProgressMode::Milestones => match facts.milestone_counts(g.id) {
            (_, 0) => format!(
                "  from milestones (none yet: {} adds one)",
                goal_key(Action::NewMilestone)
            ),
            (done, total) => format!("  from milestones, {done} of {total} done"),
        },
    };
    first.push(Cell::title(mode, theme.dim));
    first.push(Cell::keep(format!(" · {}", g.status.label()), theme.text));

    let mut second = vec![match g.target_date {
        Some(d) => Cell::keep(
            format!(
                "Target {} ({})",
                short_day(d, today),
                relative_words(d, today)
            ),
            theme.text,
        ),
        None => Cell::keep("No target date", theme.dim),
    }];
    if is_overdue(g, today) {
        second.push(Cell::keep(format!(" {OVERDUE_MARK} overdue"), theme.error));
    }
    second.push(Cell::detail(
        match facts.last_review(g.id) {
            Some(r) => format!(" · reviewed {}", relative_words(r.day, today)),
            None => " · not reviewed yet".to_string(),
        },
        theme.dim,
    ));
    if facts.not_reviewed_within_cadence(g, today) {
        let cadence = review_cadence(g, j).label();
        second.push(Cell::keep(
            format!(" {REVIEW_DUE_MARK} review due"),
            theme.warn,
        ));
        second.push(Cell::detail(format!(" ({cadence})"), theme.warn));
    }
    let mut lines = vec![fit(&first, width), fit(&second, width)];
    if let Some(origin) = &g.origin {
        let cells = [
            Cell::keep(format!("{ORIGIN_MARK} From "), theme.dim),
            Cell::title(origin.label(), theme.text),
        ];
        lines.push(fit(&cells, width));
    }
    lines
}

pub(super) fn heading(text: &str, extra: String, focused: bool, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(
            text.to_string(),
            if focused { theme.title } else { theme.heading },
        ),
        Span::styled(extra, theme.dim),
    ])
}

/// A milestone's row: tick, text (cut first) and its due day, whole, right-aligned in a
/// column `date_w` wide.
fn milestone_line(
    m: &Milestone,
    today: NaiveDate,
    (width, date_w): (usize, usize),
    theme: &Theme,
) -> Line<'static> {
    let late = !m.done && m.due_date.is_some_and(|d| d < today);
    let text = if m.text.trim().is_empty() {
        "(no text)".to_string()
    } else {
        one_line(&m.text)
    };
    let left = [
        Cell::keep(if m.done { "[x] " } else { "[ ] " }, theme.text),
        Cell::title(text, if m.done { theme.dim } else { theme.text }),
    ];
    let due = m.due_date.map_or_else(String::new, |d| day_month(d, today));
    let due = format!(" {due:>date_w$}");
    let right = [Cell::keep(due, if late { theme.error } else { theme.dim })];
    spread(&left, &right, width)
}

/// A review's row: its day (in a column `date_w` wide) and progress, whole, then its note
/// (cut first).
fn review_line(
    r: &Review,
    today: NaiveDate,
    (width, date_w): (usize, usize),
    theme: &Theme,
) -> Line<'static> {
    let note = first_line(&r.note);
    let day = day_month(r.day, today);
    let cells = [
        Cell::keep(format!("{day:<date_w$}"), theme.dim),
        Cell::keep(format!(" {:>3}% ", r.progress), theme.text),
        if note.is_empty() {
            Cell::keep("(no note)", theme.hint)
        } else {
            Cell::title(note, theme.text)
        },
    ];
    fit(&cells, width)
}

/// "11 Sep", or "11 Sep 2027" when not this year: a day in few cells, never without it.
fn day_month(d: NaiveDate, today: NaiveDate) -> String {
    if d.year() == today.year() {
        d.format("%-d %b").to_string()
    } else {
        d.format("%-d %b %Y").to_string()
    }
}

impl Detail {
    /// Milestones above, reviews (chart and log) below.
    pub(super) fn render_progress(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        g: &Goal,
        view: &View,
        theme: &Theme,
    ) {
        let j = view.journey;
        let milestones = milestones_of(j, g.id);
        // The reviews, newest first (a log), gathered once for the count, the chart and the
        // rows on screen.
        let mut reviews: Vec<&Review> = reviews_of(j, g.id);
        reviews.reverse();
        let h = area.height;
        let ms_need = 1 + u16::try_from(milestones.len().max(1)).unwrap_or(u16::MAX);
        let rv_need = 1 + if reviews.is_empty() {
            1
        } else {
            CHART_ROWS + u16::try_from(reviews.len()).unwrap_or(u16::MAX)
        };
        let rv_min = rv_need.min(1 + CHART_ROWS + 2);
        let avail = h.saturating_sub(1); // a blank row between the two
        let ms_h = if ms_need + rv_need <= avail {
            ms_need
        } else {
            avail.saturating_sub(rv_min).clamp(2.min(h), ms_need)
        };
        let ms_area = Rect {
            height: ms_h,
            ..area
        };
        self.render_milestones(ms_area, buf, &milestones, view, theme);
        let top = area.y + ms_h + 1;
        if top < area.bottom() {
            let rv_area = Rect::new(area.x, top, area.width, area.bottom() - top);
            self.render_reviews(rv_area, buf, &reviews, view, theme);
        }
    }

    /// The milestones: a heading with how many are done, then one row each.
    fn render_milestones(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        milestones: &[&Milestone],
        view: &View,
        theme: &Theme,
    ) {
        let today = view.clock.today();
        let (done, total) = (
            milestones.iter().filter(|m| m.done).count(),
            milestones.len(),
        );
        let focused = self.section == Section::Milestones;
        let extra = if total > 0 {
            format!("  {done} of {total} done")
        } else {
            String::new()
        };
        let list_area = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(1),
        );
        let shown = self.milestones.visible_range(total, list_area.height);
        let more = (shown.start > 0, shown.end < total);
        let row = Rect { height: 1, ..area };
        heading_row(
            row,
            buf,
            heading("Milestones", extra, focused, theme),
            more,
            theme,
        );
        if milestones.is_empty() {
            let note = Line::from(vec![
                Span::styled("None yet. ", theme.dim),
                Span::styled(goal_key(Action::NewMilestone), theme.key),
                Span::styled(" adds one.", theme.dim),
            ]);
            let rect = Rect::new(
                list_area.x + 2,
                list_area.y,
                list_area.width.saturating_sub(2),
                1.min(list_area.height),
            );
            text::paragraph(buf, rect, note);
        }
        let width = usize::from(area.width).saturating_sub(2);
        let date_w = milestones
            .iter()
            .filter_map(|m| m.due_date.map(|d| day_month(d, today).width()))
            .max()
            .unwrap_or(0);
        self.milestones.render_visible(
            list_area,
            buf,
            total,
            |i| milestone_line(milestones[i], today, (width, date_w), theme),
            theme,
            focused,
        );
    }

    /// The reviews: a heading with their number, a chart of progress, then the log.
    fn render_reviews(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        reviews: &[&Review],
        view: &View,
        theme: &Theme,
    ) {
        let today = view.clock.today();
        let focused = self.section == Section::Reviews;
        let extra = if reviews.is_empty() {
            String::new()
        } else {
            format!("  {}", reviews.len())
        };
        let mut y = area.y + 1;
        if reviews.is_empty() {
            text::paragraph(
                buf,
                Rect { height: 1, ..area },
                heading("Reviews", extra, focused, theme),
            );
            let note = Line::from(vec![
                Span::styled("None yet. ", theme.dim),
                Span::styled(goal_key(Action::NewReview), theme.key),
                Span::styled(" adds one.", theme.dim),
            ]);
            if y < area.bottom() {
                text::paragraph(
                    buf,
                    Rect::new(area.x + 2, y, area.width.saturating_sub(2), 1),
                    note,
                );
            }
            return;
        }
        let chart_h = CHART_ROWS.min(area.bottom().saturating_sub(y + 1));
        if chart_h > 0 {
            let oldest_first = reviews.iter().rev().map(|r| r.progress);
            let chart = Rect {
                y,
                height: chart_h,
                ..area
            };
            render_chart(chart, buf, oldest_first, theme);
            y += chart_h;
        }
        let list_area = Rect {
            y,
            height: area.bottom().saturating_sub(y),
            ..area
        };
        let shown = self.reviews.visible_range(reviews.len(), list_area.height);
        let more = (shown.start > 0, shown.end < reviews.len());
        let row = Rect { height: 1, ..area };
        heading_row(
            row,
            buf,
            heading("Reviews", extra, focused, theme),
            more,
            theme,
        );
        let width = usize::from(area.width).saturating_sub(2);
        let date_w = reviews
            .iter()
            .map(|r| day_month(r.day, today).width())
            .max()
            .unwrap_or(0);
        self.reviews.render_visible(
            list_area,
            buf,
            reviews.len(),
            |i| review_line(reviews[i], today, (width, date_w), theme),
            theme,
            focused,
        );
    }
}

/// Progress at each shown review (given oldest first), oldest left, as bars two cells wide.
fn render_chart(
    area: Rect,
    buf: &mut Buffer,
    oldest_first: impl Iterator<Item = u8>,
    theme: &Theme,
) {
    const AXIS: u16 = 5;
    let mut points: Vec<u64> = oldest_first.map(u64::from).collect();
    let fit = usize::from(area.width.saturating_sub(AXIS)) / 3;
    if points.len() > fit {
        points.drain(..points.len() - fit);
    }
    let data: Vec<Option<u64>> = points
        .iter()
        .flat_map(|p| [Some(*p), Some(*p), None])
        .collect();
    let top = Rect {
        width: AXIS,
        height: 1,
        ..area
    };
    text::paragraph(buf, top, Span::styled("100%", theme.dim));
    if area.height > 1 {
        let bottom = Rect {
            y: area.bottom() - 1,
            width: AXIS,
            height: 1,
            ..area
        };
        text::paragraph(buf, bottom, Span::styled("  0%", theme.dim));
    }
    let chart = Rect::new(
        area.x + AXIS,
        area.y,
        area.width.saturating_sub(AXIS),
        area.height,
    );
    Sparkline::default()
        .data(&data)
        .max(100)
        .style(theme.gauge)
        .render(chart, buf);
}

/// The key that does `action` on an open goal, for the hints in its empty sections.
fn goal_key(action: Action) -> String {
    keymap::first_key_in(Context::GoalFields, action)
}
