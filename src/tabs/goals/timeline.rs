//! The right-hand side of an open goal, and its header: progress and status above; milestones,
//! a chart of progress over time and the review log (newest first) below.

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, Widget};
use unicode_width::UnicodeWidthStr;

use super::Detail;
use super::Section;
use super::list::{ORIGIN_MARK, OVERDUE_MARK, REVIEW_DUE_MARK};
use crate::domain::dates::relative_words;
use crate::domain::goals::{GoalFacts, is_overdue, milestones_of, review_cadence, reviews_of};
use crate::domain::{Goal, Milestone, ProgressMode, Review};
use crate::theme::Theme;
use crate::ui::progress::bar_spans;
use crate::ui::wrap::{first_line, truncate};
use crate::view::View;

/// Rows of the progress chart.
const CHART_ROWS: u16 = 3;

/// What an open goal shows above its fields: progress, status, target, review state, origin.
pub(super) fn header_lines(g: &Goal, view: &View, theme: &Theme) -> Vec<Line<'static>> {
    let j = view.journey;
    let today = view.clock.today();
    let facts = GoalFacts::of(j, [g.id], |_| true);
    let mut first = bar_spans(facts.progress(g), 10, theme);
    let mode = match g.progress_mode {
        ProgressMode::Manual => "  set by hand".to_string(),
        ProgressMode::Milestones => match facts.milestone_counts(g.id) {
            (_, 0) => "  from milestones (none yet: a adds one)".to_string(),
            (done, total) => format!("  from milestones, {done} of {total} done"),
        },
    };
    first.push(Span::styled(mode, theme.dim));
    first.push(Span::raw(format!(" · {}", g.status.label())));

    let mut second = Vec::new();
    match g.target_date {
        Some(d) => second.push(Span::raw(format!(
            "Target {} ({})",
            d.format("%Y-%m-%d"),
            relative_words(d, today)
        ))),
        None => second.push(Span::styled("No target date", theme.dim)),
    }
    if is_overdue(g, today) {
        second.push(Span::styled(
            format!(" {OVERDUE_MARK} overdue"),
            theme.error,
        ));
    }
    let last_shown = facts.last_shown_review(g.id);
    second.push(Span::styled(
        match last_shown {
            Some(r) => format!(" · reviewed {}", relative_words(r.day, today)),
            None => " · not reviewed yet".to_string(),
        },
        theme.dim,
    ));
    if facts.not_reviewed_within_cadence(g, today) {
        second.push(Span::styled(
            format!(
                " {REVIEW_DUE_MARK} review due ({})",
                review_cadence(g, j).label()
            ),
            theme.warn,
        ));
    }
    let mut lines = vec![Line::from(first), Line::from(second)];
    if let Some(origin) = &g.origin {
        lines.push(Line::from(vec![
            Span::styled(format!("{ORIGIN_MARK} From "), theme.dim),
            Span::raw(crate::method::origin_label(origin)),
        ]));
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

/// A due date in few cells: "01 Dec" this year, "Dec 2027" another.
fn short_date(d: NaiveDate, today: NaiveDate) -> String {
    if d.year() == today.year() {
        d.format("%d %b").to_string()
    } else {
        d.format("%b %Y").to_string()
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
        let today = view.clock.today();
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
        let row = |y: u16| Rect::new(area.x, y, area.width, 1);

        // Milestones.
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
        Paragraph::new(heading("Milestones", extra, focused, theme)).render(row(area.y), buf);
        let list_area = Rect::new(area.x, area.y + 1, area.width, ms_h.saturating_sub(1));
        let text_w = usize::from(area.width).saturating_sub(2 + 4 + 1 + 8);
        let milestone_line = |m: &Milestone| {
            let late = !m.done && m.due_date.is_some_and(|d| d < today);
            let text = if m.text.trim().is_empty() {
                "(no text)"
            } else {
                &m.text
            };
            let text = truncate(text, text_w);
            let pad = " ".repeat(text_w.saturating_sub(text.width()));
            let due = m.due_date.map(|d| short_date(d, today)).unwrap_or_default();
            Line::from(vec![
                Span::raw(if m.done { "[x] " } else { "[ ] " }),
                Span::styled(text, if m.done { theme.dim } else { theme.text }),
                Span::raw(pad),
                Span::raw(" "),
                Span::styled(due, if late { theme.error } else { theme.dim }),
            ])
        };
        if milestones.is_empty() {
            let note = Line::from(vec![
                Span::styled("None yet. ", theme.dim),
                Span::styled("a", theme.key),
                Span::styled(" adds one.", theme.dim),
            ]);
            Paragraph::new(note).render(
                Rect::new(
                    list_area.x + 2,
                    list_area.y,
                    list_area.width.saturating_sub(2),
                    1.min(list_area.height),
                ),
                buf,
            );
        }
        self.milestones.render_visible(
            list_area,
            buf,
            milestones.len(),
            |i| milestone_line(milestones[i]),
            theme,
            focused,
        );

        // Reviews.
        let top = area.y + ms_h + 1;
        if top >= area.bottom() {
            return;
        }
        let focused = self.section == Section::Reviews;
        let extra = if reviews.is_empty() {
            String::new()
        } else {
            format!("  {}", reviews.len())
        };
        Paragraph::new(heading("Reviews", extra, focused, theme)).render(row(top), buf);
        let mut y = top + 1;
        if reviews.is_empty() {
            let note = Line::from(vec![
                Span::styled("None yet. ", theme.dim),
                Span::styled("r", theme.key),
                Span::styled(" adds one.", theme.dim),
            ]);
            if y < area.bottom() {
                Paragraph::new(note).render(
                    Rect::new(area.x + 2, y, area.width.saturating_sub(2), 1),
                    buf,
                );
            }
            return;
        }
        let chart_h = CHART_ROWS.min(area.bottom().saturating_sub(y + 1));
        if chart_h > 0 {
            let oldest_first = reviews.iter().rev().map(|r| r.progress);
            render_chart(
                Rect::new(area.x, y, area.width, chart_h),
                buf,
                oldest_first,
                theme,
            );
            y += chart_h;
        }
        let list_area = Rect::new(area.x, y, area.width, area.bottom().saturating_sub(y));
        let note_w = usize::from(area.width).saturating_sub(2 + 10 + 6);
        let review_line = |r: &Review| {
            let note = first_line(&r.note);
            Line::from(vec![
                Span::styled(r.day.format("%Y-%m-%d").to_string(), theme.dim),
                Span::raw(format!(" {:>3}% ", r.progress)),
                if note.is_empty() {
                    Span::styled("(no note)", theme.hint)
                } else {
                    Span::raw(truncate(note, note_w))
                },
            ])
        };
        self.reviews.render_visible(
            list_area,
            buf,
            reviews.len(),
            |i| review_line(reviews[i]),
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
    let top = Rect::new(area.x, area.y, AXIS, 1);
    Paragraph::new(Span::styled("100%", theme.dim)).render(top, buf);
    if area.height > 1 {
        let bottom = Rect::new(area.x, area.bottom() - 1, AXIS, 1);
        Paragraph::new(Span::styled("  0%", theme.dim)).render(bottom, buf);
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
