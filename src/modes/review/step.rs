//! One goal on the shared screen: its title, the evidence of success, the milestones, the
//! progress and the last review, then what this session recorded for it. Plain and roomy:
//! two people read it from one screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::ReviewPane;
use crate::action::Action;
use crate::domain::dates::short_day;
use crate::domain::goals::{effective_progress, milestones_of, reviews_of};
use crate::domain::{FieldKey, Goal, Id, Milestone, ProgressMode, ReviewField};
use crate::keymap::Context;
use crate::theme::Theme;
use crate::ui::panel;
use crate::ui::progress::bar_spans;
use crate::ui::wrap::{first_line, truncate, wrap};
use crate::view::View;

/// Rows the note editor takes when open.
const EDITOR_ROWS: u16 = 4;

pub(super) fn render(
    pane: &mut ReviewPane,
    goal: Option<Id>,
    ids: &[Id],
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let with = pane
        .mentor
        .and_then(|id| view.journey.mentor(id))
        .map(|m| format!(" · with {}", m.name.trim()))
        .unwrap_or_default();
    let Some(g) = goal.and_then(|id| view.journey.goal(id)) else {
        let title = format!("Review{with}");
        let block = panel(&title, true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let mut lines = vec![
            Line::from(Span::styled("No goals to review.", theme.dim)),
            Line::default(),
            Line::from("Open goals that are not private show here, one at a time."),
            Line::from(format!(
                "Add goals in 4 Goals. {} goes to the wrap-up, which ends the shared screen.",
                crate::keymap::first_key_in(Context::ReviewEmpty, Action::Right)
            )),
        ];
        if view.journey.mentors.len() > 1 {
            lines.push(Line::from(vec![
                Span::styled(
                    crate::keymap::first_key_in(Context::ReviewMentors, Action::NextMentor),
                    theme.key,
                ),
                Span::raw(" shows the goals of another mentor."),
            ]));
        }
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .render(inner, buf);
        return;
    };
    let title = truncate(
        &format!("Goal {} of {}{with}", pane.index + 1, ids.len()),
        usize::from(area.width.saturating_sub(6)),
    );
    let block = panel(&title, true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 6 || inner.width < 20 {
        return;
    }
    let width = usize::from(inner.width);
    let evidence = wrap(g.evidence.trim(), width);
    let ms_count = milestones_of(view.journey, g.id).len().max(1);
    // Blank lines between the parts, and up to three lines of evidence, when all of it fits.
    let roomy = {
        let title = wrap(&or(&g.title, "(untitled goal)"), width).len().min(2);
        let parts = title + 1 + evidence.len().clamp(1, 3) + 1 + ms_count + 1;
        let today = 1 + pane.session.actions.len() + 6;
        inner.height >= u16::try_from(parts + 4 + today).unwrap_or(u16::MAX)
    };

    let mut top: Vec<Line<'static>> = Vec::new();
    let title_rows = wrap(&or(&g.title, "(untitled goal)"), width);
    top.extend(
        title_rows
            .iter()
            .take(2)
            .map(|l| Line::from(Span::styled(l.clone(), theme.title))),
    );
    if roomy {
        top.push(Line::default());
    }
    top.push(Line::from(Span::styled("Evidence of success", theme.label)));
    if evidence.is_empty() {
        top.push(Line::from(Span::styled("(not written yet)", theme.hint)));
    }
    let max_evidence = if roomy { 3 } else { 1 };
    for (i, l) in evidence.iter().take(max_evidence).enumerate() {
        let cut = i + 1 == max_evidence && evidence.len() > max_evidence;
        let text = if cut { format!("{l} …") } else { l.clone() };
        top.push(Line::from(truncate(&text, width)));
    }
    if roomy {
        top.push(Line::default());
    }

    let mut bottom: Vec<Line<'static>> = Vec::new();
    if roomy {
        bottom.push(Line::default());
    }
    bottom.push(progress_line(g, view, theme, width));
    bottom.push(last_review_line(pane, g, view, theme, width));
    if roomy {
        bottom.push(Line::default());
    }
    bottom.extend(today_lines(pane, g.id, view, theme, width));
    let editing = view.editor.as_ref().is_some_and(|ed| {
        pane.session.reviews.get(&g.id).is_some_and(|r| {
            ed.key == FieldKey::Review(*r, ReviewField::Note)
                || ed.key == FieldKey::Review(*r, ReviewField::Progress)
        })
    });
    let extra = if editing {
        EDITOR_ROWS + 1
    } else if pane.composer.is_some() {
        super::composer::HEIGHT
    } else {
        0
    };

    let used = u16::try_from(top.len() + bottom.len()).unwrap_or(u16::MAX) + extra;
    let ms_need = u16::try_from(ms_count + 1).unwrap_or(u16::MAX);
    let ms_rows = inner.height.saturating_sub(used).clamp(2, ms_need.max(2));
    let top_h = u16::try_from(top.len()).unwrap_or(0).min(inner.height);
    Paragraph::new(top).render(
        Rect {
            height: top_h,
            ..inner
        },
        buf,
    );
    let ms_area = Rect::new(
        inner.x,
        inner.y + top_h,
        inner.width,
        ms_rows.min(inner.height - top_h),
    );
    render_milestones(pane, g, ms_area, buf, view, theme);
    let y = ms_area.bottom();
    let rest = inner.bottom().saturating_sub(y);
    let bottom_h = u16::try_from(bottom.len()).unwrap_or(0).min(rest);
    Paragraph::new(bottom).render(Rect::new(inner.x, y, inner.width, bottom_h), buf);
    let below = Rect::new(inner.x, y + bottom_h, inner.width, rest - bottom_h);
    if editing {
        render_editor(below, buf, view, theme);
    } else if let Some(c) = &pane.composer {
        c.render(below, buf, view.clock.today(), theme);
    }
}

fn or(text: &str, empty: &str) -> String {
    if text.trim().is_empty() {
        empty.to_string()
    } else {
        text.trim().to_string()
    }
}

fn render_milestones(
    pane: &mut ReviewPane,
    g: &Goal,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    if area.height == 0 {
        return;
    }
    let milestones = milestones_of(view.journey, g.id);
    pane.milestone_count = milestones.len();
    let (done, total) = (
        milestones.iter().filter(|m| m.done).count(),
        milestones.len(),
    );
    let mut head = vec![Span::styled("Milestones", theme.label)];
    if total > 0 {
        head.push(Span::styled(format!("  {done} of {total} done"), theme.dim));
    }
    Paragraph::new(Line::from(head)).render(Rect { height: 1, ..area }, buf);
    let list = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    let today = view.clock.today();
    let text_w = usize::from(area.width).saturating_sub(2 + 4 + 17);
    let milestone_line = |m: &Milestone| {
        let when = match (m.done, m.done_on, m.due_date) {
            (true, Some(d), _) => format!("done {}", short_day(d, today)),
            (true, None, _) => "done".to_string(),
            (false, _, Some(d)) => format!("due {}", short_day(d, today)),
            (false, _, None) => String::new(),
        };
        let text = truncate(&or(&m.text, "(no text)"), text_w);
        let pad = " ".repeat(text_w.saturating_sub(text.width()) + 2);
        Line::from(vec![
            Span::raw(if m.done { "[x] " } else { "[ ] " }),
            Span::styled(text, if m.done { theme.dim } else { theme.text }),
            Span::raw(pad),
            Span::styled(when, theme.dim),
        ])
    };
    if milestones.is_empty() {
        if list.height > 0 {
            Paragraph::new(Span::styled("  none", theme.hint))
                .render(Rect { height: 1, ..list }, buf);
        }
        return;
    }
    let focused = pane.composer.is_none() && view.editor.is_none();
    pane.milestones.render_visible(
        list,
        buf,
        milestones.len(),
        |i| milestone_line(milestones[i]),
        theme,
        focused,
    );
}

fn progress_line(g: &Goal, view: &View, theme: &Theme, width: usize) -> Line<'static> {
    let wide = width >= 70;
    let mut spans = vec![Span::styled("Progress     ", theme.label)];
    spans.extend(bar_spans(
        effective_progress(view.journey, g),
        if wide { 20 } else { 10 },
        theme,
    ));
    spans.push(Span::styled(
        match (g.progress_mode, wide) {
            (ProgressMode::Manual, true) => "   set by hand (+ −)",
            (ProgressMode::Manual, false) => "   by hand (+ −)",
            (ProgressMode::Milestones, true) => "   from milestones (Space ticks)",
            (ProgressMode::Milestones, false) => "   from milestones",
        },
        theme.dim,
    ));
    Line::from(spans)
}

/// The last review written before this session that may be shown.
fn last_review_line(
    pane: &ReviewPane,
    g: &Goal,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let mine = pane.session.reviews.get(&g.id);
    let last = reviews_of(view.journey, g.id)
        .into_iter()
        .rev()
        .find(|r| Some(&r.id) != mine);
    let mut spans = vec![Span::styled("Last review  ", theme.label)];
    match last {
        None => spans.push(Span::styled("none yet", theme.hint)),
        Some(r) => {
            let head = format!("{} · {}%", short_day(r.day, view.clock.today()), r.progress);
            let note = first_line(r.note.trim());
            let room = width.saturating_sub(13 + head.chars().count() + 5);
            spans.push(Span::raw(head));
            if !note.is_empty() {
                spans.push(Span::styled(
                    format!(" · “{}”", truncate(note, room)),
                    theme.dim,
                ));
            }
        }
    }
    Line::from(spans)
}

/// What this session recorded for the goal, or how to record something.
fn today_lines(
    pane: &ReviewPane,
    goal: Id,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let j = view.journey;
    let mut pieces: Vec<String> = Vec::new();
    if let (Some(before), Some(g)) = (pane.session.progress_before.get(&goal), j.goal(goal)) {
        let now = effective_progress(j, g);
        if now == *before {
            pieces.push(format!("progress {now}%"));
        } else {
            pieces.push(format!("progress {before}% → {now}%"));
        }
    }
    let review = pane.session.reviews.get(&goal).and_then(|id| j.review(*id));
    if let Some(r) = review.filter(|r| !r.note.trim().is_empty()) {
        pieces.push(format!("note “{}”", first_line(r.note.trim())));
    }
    let (ticked, unticked) = j
        .milestones
        .iter()
        .filter(|m| m.goal_id == goal && pane.session.milestones.contains(&m.id))
        .fold(
            (0, 0),
            |(t, u), m| if m.done { (t + 1, u) } else { (t, u + 1) },
        );
    if ticked > 0 {
        pieces.push(format!("{ticked} ticked"));
    }
    if unticked > 0 {
        pieces.push(format!("{unticked} open again"));
    }
    let actions: Vec<&str> = pane
        .session
        .actions
        .iter()
        .filter_map(|id| j.action(*id))
        .filter(|a| a.goal_id == Some(goal))
        .map(|a| a.text.as_str())
        .collect();
    let mut lines = Vec::new();
    let label = Span::styled("Today        ", theme.label);
    if pieces.is_empty() && actions.is_empty() {
        let full = format!("nothing recorded yet: {}", how_to_record(j.goal(goal)));
        let hint = if width >= 13 + full.chars().count() {
            full
        } else {
            "nothing recorded yet".to_string()
        };
        lines.push(Line::from(vec![label, Span::styled(hint, theme.hint)]));
        return lines;
    }
    let room = width.saturating_sub(13);
    lines.push(Line::from(vec![
        label,
        Span::raw(truncate(&pieces.join(" · "), room)),
    ]));
    for a in actions {
        lines.push(Line::from(vec![
            Span::raw("             "),
            Span::styled("[ ] ", theme.dim),
            Span::raw(truncate(a, room.saturating_sub(4))),
        ]));
    }
    lines
}

/// "+ − progress · r note · a action item", from the keymap: how this goal's progress
/// moves (by hand, or by ticking milestones), a note, an action item.
fn how_to_record(goal: Option<&Goal>) -> String {
    use crate::action::Action as A;
    use crate::keymap::{Context as C, first_key_in as key};
    let progress = match goal.map(|g| g.progress_mode) {
        Some(ProgressMode::Milestones) => {
            format!("{} tick", key(C::ReviewMilestones, A::Toggle))
        }
        _ => format!(
            "{} {} progress",
            key(C::ReviewProgress, A::ProgressUp),
            key(C::ReviewProgress, A::ProgressDown)
        ),
    };
    format!(
        "{progress} · {} note · {} action item",
        key(C::ReviewGoal, A::NewReview),
        key(C::ReviewGoal, A::New)
    )
}

fn render_editor(area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
    let Some(ed) = view.editor.as_ref() else {
        return;
    };
    if area.height < 2 {
        return;
    }
    let head = Line::from(vec![
        Span::styled(ed.label.clone(), theme.label),
        Span::styled("  saved as you type; Esc when done", theme.dim),
    ]);
    Paragraph::new(head).render(Rect { height: 1, ..area }, buf);
    let err_h = u16::from(ed.error.is_some());
    let rows = (area.height - 1).saturating_sub(err_h).min(EDITOR_ROWS);
    let rect = Rect::new(area.x, area.y + 1, area.width, rows);
    Widget::render(&ed.area, rect, buf);
    if let Some(err) = &ed.error {
        let r = Rect::new(area.x, rect.bottom(), area.width, err_h);
        Paragraph::new(Span::styled(
            truncate(err, usize::from(area.width)),
            theme.error,
        ))
        .render(r, buf);
    }
}
