//! The end of a shared-screen session: everything it recorded, goal by goal, and the
//! meeting it was recorded against.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::ReviewPane;
use crate::domain::goals::GoalFacts;
use crate::domain::meetings::todays_meeting;
use crate::domain::{Id, Milestone, Owner, Review};
use crate::theme::Theme;
use crate::ui::panel;
use crate::ui::wrap::{first_line, truncate};
use crate::view::View;

/// The wrap-up as lines (also what the tests read).
#[must_use]
pub(super) fn lines(
    pane: &ReviewPane,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let j = view.journey;
    let s = &pane.session;
    let mut out = Vec::new();
    let meeting = todays_meeting(j, view.clock, pane.mentor, false).filter(|_| !s.is_empty());
    match meeting {
        Some(m) => {
            let with = m
                .mentor_id
                .and_then(|id| j.mentor(id))
                .map(|x| format!(" with {}", x.name.trim()))
                .unwrap_or_default();
            let text = format!(
                "Recorded against the meeting{with} today at {}",
                view.clock.local(m.starts_at).format("%H:%M")
            );
            out.push(Line::from(Span::raw(truncate(&text, width))));
            if s.meetings.contains(&m.id) {
                out.push(Line::from(Span::styled(
                    "(added to the journal for this session)",
                    theme.dim,
                )));
            }
        }
        None => out.push(Line::from(Span::styled(
            "Nothing was recorded in this session, so no meeting was added to the journal.",
            theme.dim,
        ))),
    }
    out.push(Line::default());
    let room = width.saturating_sub(4);
    // The goals' progress from one pass over the milestones; the milestones touched, by
    // id (in the journey's order), rather than a pass over all milestones per goal.
    let facts = GoalFacts::of(j, s.goals.iter().copied(), |_| true);
    let mut touched: Vec<Id> = s.milestones.clone();
    touched.sort_unstable();
    touched.dedup();
    let touched: Vec<&Milestone> = touched.iter().filter_map(|id| j.milestone(*id)).collect();
    for goal in &s.goals {
        let Some(g) = j.goal(*goal) else {
            continue;
        };
        out.push(Line::from(Span::styled(
            truncate(g.title.trim(), width),
            theme.heading,
        )));
        if let Some(before) = s.progress_before.get(goal) {
            let now = facts.progress(g);
            let text = if now == *before {
                format!("progress stays at {now}%")
            } else {
                format!("progress {before}% → {now}%")
            };
            out.push(item(&text, room, theme));
        }
        let review: Option<&Review> = s.reviews.get(goal).and_then(|id| j.review(*id));
        if let Some(r) = review.filter(|r| !r.note.trim().is_empty()) {
            out.push(item(
                &format!("note: {}", first_line(r.note.trim())),
                room,
                theme,
            ));
        }
        for m in touched.iter().filter(|m| m.goal_id == *goal) {
            let what = if m.done { "ticked" } else { "open again" };
            out.push(item(&format!("{what}: {}", m.text.trim()), room, theme));
        }
        for a in s
            .actions
            .iter()
            .filter_map(|id| j.action(*id))
            .filter(|a| a.goal_id == Some(*goal))
        {
            let owner = match a.owner {
                Owner::Me => "me",
                Owner::Mentor => "mentor",
            };
            out.push(item(
                &format!("action: {} · {owner}", a.text.trim()),
                room,
                theme,
            ));
        }
        out.push(Line::default());
    }
    out.push(Line::from(vec![
        Span::styled("Enter", theme.key),
        Span::styled(" or ", theme.dim),
        Span::styled("Esc", theme.key),
        Span::styled(" ends the shared screen; ", theme.dim),
        Span::styled("←", theme.key),
        Span::styled(" goes back to the goals.", theme.dim),
    ]));
    out
}

fn item(text: &str, room: usize, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled("  • ", theme.dim),
        Span::raw(truncate(text, room)),
    ])
}

pub(super) fn render(
    pane: &mut ReviewPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let block = panel("Wrap-up", true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = lines(pane, view, theme, usize::from(inner.width));
    let max = lines.len().saturating_sub(usize::from(inner.height));
    pane.wrap_offset = pane.wrap_offset.min(max);
    let offset = u16::try_from(pane.wrap_offset).unwrap_or(0);
    Paragraph::new(lines).scroll((offset, 0)).render(inner, buf);
}
