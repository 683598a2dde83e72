//! One goal on the shared screen: its title, the evidence of success, the milestones, the
//! progress and the last review, then what this session recorded for it. Plain and roomy:
//! two people read it from one screen.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::ReviewPane;

/// Width of the labels at the left ("Last review  ").
const LABEL_W: usize = 13;
use crate::action::Action;
use crate::domain::dates::short_day;
use crate::domain::goals::{effective_progress, milestones_of, reviews_of};
use crate::domain::{ActionItem, FieldKey, Goal, Id, Milestone, ProgressMode, Review, ReviewField};
use crate::keymap::Context;
use crate::tab::Tab;
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit, spread};
use crate::ui::progress::bar_spans;
use crate::ui::text;
use crate::ui::wrap::{first_line, truncate, wrap};
use crate::ui::{heading_row, panel, tab_name};
use crate::view::View;

/// Rows the note editor takes when open.
const EDITOR_ROWS: u16 = 4;

/// How much room the goal's parts take: the first of [`ROOMS`] whose rows fit is used, so
/// a projector (120x40) shows more of the evidence and of the last review, 80x24 is roomy
/// and 60x16 tight.
#[derive(Clone, Copy, Debug)]
struct Room {
    /// Blank rows between the parts.
    gaps: bool,
    title: usize,
    evidence: usize,
    /// Rows of the last review's note (1: on the review's own row).
    note: usize,
    /// Rows kept free below for the note editor or the action composer, so that opening
    /// one does not move the goal on the screen: the goal is then centred (else drawn from
    /// the top).
    reserve: bool,
}

const ROOMS: [Room; 3] = [
    Room {
        gaps: true,
        title: 3,
        evidence: 6,
        note: 4,
        reserve: true,
    },
    Room {
        gaps: true,
        title: 2,
        evidence: 3,
        note: 1,
        reserve: false,
    },
    Room {
        gaps: false,
        title: 2,
        evidence: 1,
        note: 1,
        reserve: false,
    },
];

/// The widest the goal is drawn: on a wide screen it stands centred, with margins, as
/// two people read it from across a room.
pub(super) const MAX_WIDTH: u16 = 96;

/// A block of `width`×`height` centred in `area` (as wide and as high as `area` at most).
pub(super) fn stage(area: Rect, width: u16, height: u16) -> Rect {
    crate::ui::centered(area, width.min(MAX_WIDTH), height)
}

/// The parts of the goal above and below its milestones, as lines.
struct Parts {
    top: Vec<Line<'static>>,
    bottom: Vec<Line<'static>>,
}

/// What the parts show whatever the room, looked up once per frame.
struct Facts<'a> {
    progress: Line<'static>,
    last: Option<&'a Review>,
    today: Vec<Line<'static>>,
}

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
        let back = pane.agenda.has_items();
        render_empty(&with, back, area, buf, view, theme);
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
    let width = inner.width.min(MAX_WIDTH);
    let below = below_rows(pane, g.id, view);
    let ms_rows =
        u16::try_from(milestones_of(view.journey, g.id).len().max(1) + 1).unwrap_or(u16::MAX);
    let facts = Facts {
        progress: progress_line(g, view, theme, usize::from(width)),
        last: last_review(pane, g, view),
        today: today_lines(pane, g.id, view, theme, usize::from(width)),
    };
    let rows_of = Rows {
        milestones: ms_rows,
        below,
        height: inner.height,
        width,
    };
    let (parts, ms, height) = layout_parts(g, &facts, rows_of, view, theme);
    // What is left below (the block from the top), else the milestones take it.
    let spare = if matches!(ms, Constraint::Fill(_)) {
        Constraint::Length(0)
    } else {
        Constraint::Fill(1)
    };
    let [top, ms, bottom, rest, _] = Layout::vertical([
        Constraint::Length(rows(&parts.top)),
        ms,
        Constraint::Length(rows(&parts.bottom)),
        Constraint::Length(below),
        spare,
    ])
    .areas(stage(inner, width, height));
    text::paragraph(buf, top, parts.top);
    render_milestones(pane, g, ms, buf, view, theme);
    text::paragraph(buf, bottom, parts.bottom);
    if below > 0 && pane.composer.is_none() {
        render_editor(rest, buf, view, theme);
    } else if let Some(c) = &pane.composer {
        c.render(rest, buf, view.clock.today(), theme);
    }
}

/// The rows [`layout_parts`] works with: the milestones' (with their heading), the
/// editor's or composer's below, the screen's, and the block's width.
#[derive(Clone, Copy)]
struct Rows {
    milestones: u16,
    below: u16,
    height: u16,
    width: u16,
}

/// The parts in the most room that fits `height` rows (see [`ROOMS`]), the milestones'
/// constraint, and the block's height: the parts' own when centred (the rows kept for the
/// composer fit too, so opening it moves nothing), else all of it (drawn from the top).
fn layout_parts(
    g: &Goal,
    facts: &Facts,
    rows_of: Rows,
    view: &View,
    theme: &Theme,
) -> (Parts, Constraint, u16) {
    let Rows {
        milestones: ms_rows,
        below,
        height,
        width,
    } = rows_of;
    let needed = |room: &Room, parts: &Parts| {
        let reserve = if room.reserve {
            below.max(EDITOR_ROWS + 1).max(super::composer::HEIGHT)
        } else {
            below
        };
        rows(&parts.top) + ms_rows + rows(&parts.bottom) + reserve
    };
    let fitted = ROOMS.iter().find_map(|room| {
        let parts = parts(g, room, facts, view, theme, usize::from(width));
        let block = if room.reserve {
            needed(room, &parts)
        } else {
            height
        };
        (needed(room, &parts) <= height).then_some((parts, block))
    });
    // Milestones as many as there are when everything fits, else what the rest leaves.
    match fitted {
        Some((parts, block)) => (parts, Constraint::Length(ms_rows), block),
        None => {
            let room = &ROOMS[ROOMS.len() - 1];
            let parts = parts(g, room, facts, view, theme, usize::from(width));
            (parts, Constraint::Fill(1), height)
        }
    }
}

fn rows(lines: &[Line]) -> u16 {
    u16::try_from(lines.len()).unwrap_or(u16::MAX)
}

/// Rows the note editor or the action composer takes below the goal now (0: neither).
fn below_rows(pane: &ReviewPane, goal: Id, view: &View) -> u16 {
    let editing = view.editor.as_ref().is_some_and(|ed| {
        pane.session.reviews.get(&goal).is_some_and(|r| {
            ed.key == FieldKey::Review(*r, ReviewField::Note)
                || ed.key == FieldKey::Review(*r, ReviewField::Progress)
        })
    });
    if editing {
        EDITOR_ROWS + 1
    } else if pane.composer.is_some() {
        super::composer::HEIGHT
    } else {
        0
    }
}

/// The goal's title and evidence of success (above the milestones), its progress, last
/// review and what this session recorded (below them), in `room`.
fn parts(g: &Goal, room: &Room, facts: &Facts, view: &View, theme: &Theme, width: usize) -> Parts {
    let gap = || room.gaps.then(Line::default);
    let mut top: Vec<Line<'static>> = wrap(&or(&g.title, "(untitled goal)"), width)
        .into_iter()
        .take(room.title)
        .map(|l| Line::from(Span::styled(l, theme.title)))
        .collect();
    top.extend(gap());
    top.push(Line::from(Span::styled("Evidence of success", theme.label)));
    let evidence = wrap(g.evidence.trim(), width);
    if evidence.is_empty() {
        top.push(Line::from(Span::styled("(not written yet)", theme.hint)));
    }
    top.extend(
        cut_lines(evidence, room.evidence, width)
            .into_iter()
            .map(Line::from),
    );
    top.extend(gap());
    let mut bottom: Vec<Line<'static>> = gap().into_iter().collect();
    bottom.push(facts.progress.clone());
    bottom.extend(last_review_lines(facts.last, room.note, view, theme, width));
    bottom.extend(gap());
    bottom.extend(facts.today.iter().cloned());
    Parts { top, bottom }
}

/// At most `max` of `lines`, the last ending in " …" when some were left out.
fn cut_lines(mut lines: Vec<String>, max: usize, width: usize) -> Vec<String> {
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            *last = truncate(&format!("{last} …"), width);
        }
    }
    lines
}

/// No goal to show: what the step is for, and where to go from here (back to the agenda
/// when `back`, it has items).
fn render_empty(with: &str, back: bool, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
    let title = format!("Review{with}");
    let block = panel(&title, true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines = vec![
        Line::from(Span::styled("No goals to review.", theme.dim)),
        Line::default(),
        Line::from("Open goals that are not private show here, one at a time."),
        Line::from(format!(
            "Add goals in {}. {} goes to the wrap-up, which ends the shared screen.",
            tab_name(Tab::Goals),
            crate::keymap::first_key_in(Context::ReviewEmpty, Action::Right)
        )),
    ];
    if back {
        lines.push(Line::from(vec![
            Span::styled(
                crate::keymap::first_key_in(Context::ReviewToAgenda, Action::Left),
                theme.key,
            ),
            Span::raw(" goes back to the agenda."),
        ]));
    }
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
        .render(stage(inner, inner.width, inner.height), buf);
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
    let done = milestones.iter().filter(|m| m.done).count();
    let mut head = vec![Span::styled("Milestones", theme.label)];
    if !milestones.is_empty() {
        head.push(Span::styled(
            format!("  {done} of {} done", milestones.len()),
            theme.dim,
        ));
    }
    let head_row = Rect { height: 1, ..area };
    let list = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
    if milestones.is_empty() {
        text::paragraph(buf, head_row, Line::from(head));
        if list.height > 0 {
            text::paragraph(
                buf,
                Rect { height: 1, ..list },
                Span::styled("  none", theme.hint),
            );
        }
        return;
    }
    let today = view.clock.today();
    let whens: Vec<String> = milestones
        .iter()
        .map(|m| milestone_when(m, today))
        .collect();
    let when_w = whens.iter().map(|w| w.width()).max().unwrap_or(0);
    let row_w = usize::from(area.width).saturating_sub(2);
    let focused = pane.composer.is_none() && view.editor.is_none();
    pane.milestones.render_visible(
        list,
        buf,
        milestones.len(),
        |i| {
            let m = milestones[i];
            let style = if m.done { theme.dim } else { theme.text };
            let left = [
                Cell::keep(if m.done { "[x] " } else { "[ ] " }, theme.text),
                Cell::title(or(&m.text, "(no text)"), style),
            ];
            let when = format!("  {:<when_w$}", whens[i]);
            spread(&left, &[Cell::keep(when, theme.dim)], row_w)
        },
        theme,
        focused,
    );
    // The heading says what the list leaves out ("↓ more"), known once it is drawn.
    heading_row(
        head_row,
        buf,
        Line::from(head),
        pane.milestones.more(),
        theme,
    );
}

/// When a milestone was done, or is due: with its day, and the year when not this year.
fn milestone_when(m: &Milestone, today: NaiveDate) -> String {
    match (m.done, m.done_on, m.due_date) {
        (true, Some(d), _) => format!("done {}", short_day(d, today)),
        (true, None, _) => "done".to_string(),
        (false, _, Some(d)) => format!("due {}", short_day(d, today)),
        (false, _, None) => String::new(),
    }
}

fn progress_line(g: &Goal, view: &View, theme: &Theme, width: usize) -> Line<'static> {
    let wide = width >= 70;
    let mut spans = vec![Span::styled("Progress     ", theme.label)];
    spans.extend(bar_spans(
        effective_progress(view.journey, g),
        if wide { 20 } else { 10 },
        theme,
    ));
    let key = |c, a| crate::keymap::first_key_in(c, a);
    let by_hand = || {
        format!(
            "{} {}",
            key(Context::ReviewProgress, Action::ProgressUp),
            key(Context::ReviewProgress, Action::ProgressDown)
        )
    };
    spans.push(Span::styled(
        match (g.progress_mode, wide) {
            (ProgressMode::Manual, true) => format!("   set by hand ({})", by_hand()),
            (ProgressMode::Manual, false) => format!("   by hand ({})", by_hand()),
            (ProgressMode::Milestones, true) => format!(
                "   from milestones ({} ticks)",
                key(Context::ReviewMilestones, Action::Toggle)
            ),
            (ProgressMode::Milestones, false) => "   from milestones".to_string(),
        },
        theme.dim,
    ));
    Line::from(spans)
}

/// The last review written before this session that may be shown.
fn last_review<'a>(pane: &ReviewPane, g: &Goal, view: &View<'a>) -> Option<&'a Review> {
    let mine = pane.session.reviews.get(&g.id);
    reviews_of(view.journey, g.id)
        .into_iter()
        .rev()
        .find(|r| Some(&r.id) != mine)
}

/// The last review: its day and progress, and its note on the same row (cut) or, with
/// `note_rows` > 1, wrapped below it.
fn last_review_lines(
    last: Option<&Review>,
    note_rows: usize,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let label = Cell::keep("Last review  ", theme.label);
    let Some(r) = last else {
        return vec![fit(&[label, Cell::keep("none yet", theme.hint)], width)];
    };
    let head = Cell::keep(
        format!("{} · {}%", short_day(r.day, view.clock.today()), r.progress),
        theme.text,
    );
    let note = r.note.trim();
    if note.is_empty() {
        return vec![fit(&[label, head], width)];
    }
    if note_rows <= 1 {
        let quoted = [
            Cell::keep(" · “", theme.dim),
            Cell::title(first_line(note), theme.dim),
            Cell::keep("”", theme.dim),
        ];
        let mut cells = vec![label, head];
        cells.extend(quoted);
        return vec![fit(&cells, width)];
    }
    let indent = " ".repeat(LABEL_W);
    let quoted = format!("“{note}”");
    let notes = cut_lines(
        wrap(&quoted, width.saturating_sub(LABEL_W)),
        note_rows,
        width,
    );
    std::iter::once(fit(&[label, head], width))
        .chain(
            notes
                .into_iter()
                .map(|l| Line::from(vec![Span::raw(indent.clone()), Span::styled(l, theme.dim)])),
        )
        .collect()
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
    let label = Cell::keep("Today        ", theme.label);
    let recorded = recorded_cells(pane, goal, view, theme);
    let actions: Vec<&ActionItem> = pane
        .session
        .actions
        .iter()
        .filter_map(|id| j.action(*id))
        .filter(|a| a.goal_id == Some(goal))
        .collect();
    if recorded.is_empty() && actions.is_empty() {
        let how = format!(": {}", how_to_record(j.goal(goal)));
        let hint = [
            label,
            Cell::keep("nothing recorded yet", theme.hint),
            Cell::detail(how, theme.hint),
        ];
        return vec![fit(&hint, width)];
    }
    let mut first = vec![label];
    first.extend(recorded);
    let mut lines = vec![fit(&first, width)];
    let today = view.clock.today();
    for a in actions {
        let mut row = vec![
            Cell::keep(" ".repeat(LABEL_W), theme.text),
            Cell::keep("[ ] ", theme.dim),
            Cell::title(a.text.clone(), theme.text),
            Cell::detail(format!(" · {}", a.owner.label()), theme.dim),
        ];
        if let Some(d) = a.due_date {
            row.push(Cell::keep(
                format!(" · due {}", short_day(d, today)),
                theme.dim,
            ));
        }
        lines.push(fit(&row, width));
    }
    lines
}

/// What this session recorded for the goal, in one row's cells: progress, the note (cut
/// first), milestones ticked or opened again.
fn recorded_cells(pane: &ReviewPane, goal: Id, view: &View, theme: &Theme) -> Vec<Cell> {
    let j = view.journey;
    let mut cells: Vec<Cell> = Vec::new();
    let sep = |cells: &Vec<Cell>| if cells.is_empty() { "" } else { " · " };
    if let (Some(before), Some(g)) = (pane.session.progress_before.get(&goal), j.goal(goal)) {
        let now = effective_progress(j, g);
        let text = if now == *before {
            format!("progress {now}%")
        } else {
            format!("progress {before}% → {now}%")
        };
        cells.push(Cell::keep(text, theme.text));
    }
    let review = pane.session.reviews.get(&goal).and_then(|id| j.review(*id));
    if let Some(r) = review.filter(|r| !r.note.trim().is_empty()) {
        cells.push(Cell::keep(format!("{}note “", sep(&cells)), theme.text));
        cells.push(Cell::title(
            first_line(r.note.trim()).to_string(),
            theme.text,
        ));
        cells.push(Cell::keep("”", theme.text));
    }
    // The milestones this session touched, found by id (not a pass over them all).
    let (ticked, unticked) = pane
        .session
        .milestones
        .iter()
        .filter_map(|id| j.milestone(*id))
        .filter(|m| m.goal_id == goal)
        .fold(
            (0, 0),
            |(t, u), m| if m.done { (t + 1, u) } else { (t, u + 1) },
        );
    if ticked > 0 {
        cells.push(Cell::keep(
            format!("{}{ticked} ticked", sep(&cells)),
            theme.text,
        ));
    }
    if unticked > 0 {
        cells.push(Cell::keep(
            format!("{}{unticked} open again", sep(&cells)),
            theme.text,
        ));
    }
    cells
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
        Span::styled(
            format!(
                "  saved as you type; {} when done",
                crate::keymap::first_key_in(Context::Editing, Action::FinishEdit)
            ),
            theme.dim,
        ),
    ]);
    text::paragraph(buf, Rect { height: 1, ..area }, head);
    let err_h = u16::from(ed.error.is_some());
    let rows = (area.height - 1).saturating_sub(err_h).min(EDITOR_ROWS);
    let rect = Rect::new(area.x, area.y + 1, area.width, rows);
    Widget::render(&ed.area, rect, buf);
    if let Some(err) = &ed.error {
        let r = Rect::new(area.x, rect.bottom(), area.width, err_h);
        text::paragraph(
            buf,
            r,
            Span::styled(truncate(err, usize::from(area.width)), theme.error),
        );
    }
}
