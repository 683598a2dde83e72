//! The list of meetings: upcoming first (soonest first), then past (newest first), with a
//! preview of the selected meeting below.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::RowList;
use super::fields::{short_day, when};
use crate::action::Action;
use crate::domain::dates::relative_words;
use crate::domain::index::ByStart;
use crate::domain::meetings::{
    OpenItems, OpenItemsOf, actions_of, carried_open, is_overdue, is_upcoming, journal_order,
};
use crate::domain::names::owner_name;
use crate::domain::{ActionItem, Id, Meeting};
use crate::export::one_line;
use crate::keymap::{self, Context};
use crate::theme::Theme;
use crate::ui::cells::{Cell, column, fit};
use crate::ui::list::ListView;
use crate::ui::text;
use crate::ui::wrap::{first_line, truncate};
use crate::ui::{panel, render_note, scroll_marks};
use crate::view::View;

/// One row of the meeting list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// "Upcoming" or "Past", with how many.
    Heading(&'static str, usize),
    Meeting(Id),
}

impl Row {
    #[must_use]
    pub fn is_meeting(&self) -> bool {
        matches!(self, Row::Meeting(_))
    }
}

/// The rows of the list, found by place without building them all: upcoming meetings
/// (soonest first) under their heading, then past ones (newest first) under theirs.
pub struct Rows<'a> {
    meetings: Meetings<'a>,
    upcoming: usize,
    past: usize,
}

/// The meetings in the journal's order.
enum Meetings<'a> {
    /// From the journey's index: the meetings by start, and how many have started.
    Indexed(ByStart<'a>, usize),
    /// Listed (when the journey has no current index).
    Listed(Vec<&'a Meeting>, Vec<&'a Meeting>),
}

impl<'a> Rows<'a> {
    /// How many rows.
    #[must_use]
    pub fn len(&self) -> usize {
        let group = |n: usize| if n > 0 { n + 1 } else { 0 };
        group(self.upcoming) + group(self.past)
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether any row is a meeting.
    #[must_use]
    pub fn has_meetings(&self) -> bool {
        self.upcoming + self.past > 0
    }

    /// The `k`th upcoming meeting, soonest first.
    fn upcoming(&self, k: usize) -> Option<&'a Meeting> {
        match &self.meetings {
            Meetings::Indexed(order, split) => order.get(split + k),
            Meetings::Listed(up, _) => up.get(k).copied(),
        }
    }

    /// The `k`th past meeting, newest first.
    fn past(&self, k: usize) -> Option<&'a Meeting> {
        match &self.meetings {
            Meetings::Indexed(order, split) => split.checked_sub(k + 1).and_then(|i| order.get(i)),
            Meetings::Listed(_, past) => past.get(k).copied(),
        }
    }

    /// The row at `i`.
    #[must_use]
    pub fn get(&self, i: usize) -> Option<Row> {
        let mut i = i;
        if self.upcoming > 0 {
            if i == 0 {
                return Some(Row::Heading("Upcoming", self.upcoming));
            }
            if i <= self.upcoming {
                return self.upcoming(i - 1).map(|m| Row::Meeting(m.id));
            }
            i -= self.upcoming + 1;
        }
        if self.past > 0 {
            if i == 0 {
                return Some(Row::Heading("Past", self.past));
            }
            if i <= self.past {
                return self.past(i - 1).map(|m| Row::Meeting(m.id));
            }
        }
        None
    }

    /// The row of a meeting.
    #[must_use]
    pub fn position(&self, m: &Meeting) -> Option<usize> {
        let heading = |n: usize| usize::from(n > 0);
        match &self.meetings {
            Meetings::Indexed(order, split) => {
                let at = order.place_of(m)?;
                Some(if at >= *split {
                    heading(self.upcoming) + at - split
                } else {
                    heading(self.upcoming) + self.upcoming + 1 + (split - 1 - at)
                })
            }
            Meetings::Listed(up, past) => {
                if let Some(k) = up.iter().position(|x| x.id == m.id) {
                    return Some(1 + k);
                }
                let k = past.iter().position(|x| x.id == m.id)?;
                Some(heading(self.upcoming) + self.upcoming + 1 + k)
            }
        }
    }
}

impl RowList for Rows<'_> {
    fn count(&self) -> usize {
        self.len()
    }

    fn selectable_at(&self, i: usize) -> bool {
        self.get(i).is_some_and(|r| r.is_meeting())
    }
}

/// The rows of the list.
#[must_use]
pub fn rows<'a>(view: &View<'a>) -> Rows<'a> {
    let j = view.journey;
    let now = view.clock.now();
    let meetings = match j.meetings_by_start() {
        Some(order) => Meetings::Indexed(order, order.started_by(now)),
        None => {
            let (up, past) = journal_order(&j.meetings, now);
            Meetings::Listed(up, past)
        }
    };
    let (upcoming, past) = match &meetings {
        Meetings::Indexed(order, split) => (order.len() - split, *split),
        Meetings::Listed(up, past) => (up.len(), past.len()),
    };
    Rows {
        meetings,
        upcoming,
        past,
    }
}

/// Draws the list, and a preview of the selected meeting when there is room.
pub fn render(list: &mut ListView, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
    let block = panel("Journal", true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = rows(view);
    if rows.is_empty() {
        render_note(inner, buf, empty_help(theme), theme.text);
        return;
    }
    super::settle(list, &rows, true);
    let width = usize::from(inner.width.saturating_sub(2));
    let h = inner.height;
    // The list takes what it needs, leaving the preview at least 5 rows when it can.
    let list_h = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .min(h.saturating_sub(6).max(h / 2))
        .max(1)
        .min(h);
    let list_area = Rect::new(inner.x, inner.y, inner.width, list_h);
    // Open items of the meetings on screen, from one pass over the action items.
    let on_screen = list.visible_range(rows.len(), list_h);
    let open = OpenItemsOf::of(
        view.journey,
        on_screen.filter_map(|i| match rows.get(i) {
            Some(Row::Meeting(id)) => Some(id),
            _ => None,
        }),
        view.clock.today(),
    );
    // The mentor column is as wide as the longest name needs (with "private"), no wider.
    let widest = view
        .journey
        .mentors
        .iter()
        .map(|m| m.display_name().width())
        .chain(["no mentor".width()])
        .max()
        .unwrap_or(0)
        + " private".width();
    list.render_visible(
        list_area,
        buf,
        rows.len(),
        |i| match rows.get(i) {
            Some(Row::Heading(t, n)) => {
                Line::from(Span::styled(format!("{t} ({n})"), theme.heading))
            }
            Some(Row::Meeting(id)) => view.journey.meeting(id).map_or_else(Line::default, |m| {
                meeting_line(m, open.get(m.id), view, theme, (width, widest))
            }),
            None => Line::default(),
        },
        theme,
        true,
    );
    let rest = h - list_h;
    let selected = match rows.get(list.selected) {
        Some(Row::Meeting(id)) => view.journey.meeting(id),
        _ => None,
    };
    if let (true, Some(m)) = (rest >= 4, selected) {
        let preview = Rect::new(inner.x, inner.y + list_h + 1, inner.width, rest - 1);
        text::set_string(
            buf,
            inner.x,
            inner.y + list_h,
            &"─".repeat(usize::from(inner.width)),
            theme.border,
        );
        render_preview(m, preview, buf, view, theme);
    }
    // Marks on the border above and on the rule below (the list's own bottom edge).
    let edge = Rect::new(area.x, area.y, area.width, list_h + 2);
    scroll_marks(edge, buf, list.more(), theme);
}

/// One meeting in the list: when, how long ago or ahead, with whom, how, and open items.
fn meeting_line(
    m: &Meeting,
    items: OpenItems,
    view: &View,
    theme: &Theme,
    (width, widest): (usize, usize),
) -> Line<'static> {
    let today = view.clock.today();
    let day = view.clock.local(m.starts_at).date();
    let relative = relative_words(day, today);
    let mentor = m.mentor_id.and_then(|id| view.journey.mentor(id));
    let mode = m.mode.map_or("", |c| c.label());
    let open = items.open;
    let overdue = items.overdue > 0;
    let open_text = if open > 0 {
        format!("{open} open")
    } else {
        String::new()
    };
    // Columns: date 20, relative 12 (when there is room), mentor (flexible: wide screens
    // show more of it), mode 10, open 8, each + 2 spaces. "private" stays whole beside the
    // mentor, whose name gives way first (see `ui::cells`).
    let show_relative = width >= 70;
    let fixed = 20 + 2 + 10 + 2 + 8 + if show_relative { 14 } else { 0 };
    let mentor_w = width.saturating_sub(fixed).clamp(8, widest.max(8));
    let mut spans = vec![Span::raw(pad(&when(view, m), 20)), Span::raw("  ")];
    if show_relative {
        let style = if is_upcoming(m, view.clock.now()) {
            theme.label
        } else {
            theme.dim
        };
        spans.push(Span::styled(pad(&relative, 12), style));
        spans.push(Span::raw("  "));
    }
    let mut who = vec![match mentor.map(|x| x.name_within(mentor_w)) {
        Some(name) => Cell::title(name, theme.text),
        None => Cell::title("no mentor", theme.hint),
    }];
    if m.private {
        who.push(Cell::keep(" private", theme.warn));
    }
    spans.extend(column(&who, mentor_w));
    spans.push(Span::raw("  "));
    spans.push(Span::raw(pad(mode, 10)));
    spans.push(Span::raw("  "));
    let open_style = if overdue { theme.warn } else { theme.text };
    spans.push(Span::styled(open_text, open_style));
    Line::from(spans)
}

/// Pads or cuts to exactly `width` columns.
fn pad(s: &str, width: usize) -> String {
    let s = truncate(s, width);
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Columns of the preview's labels.
const PREVIEW_LABEL_W: usize = 12;

/// The selected meeting at a glance: place, the first line of each section, its items.
fn render_preview(m: &Meeting, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
    let value_w = usize::from(area.width).saturating_sub(PREVIEW_LABEL_W);
    let mut lines: Vec<Line<'static>> = place_row(m, value_w, theme).into_iter().collect();
    for (label, text) in [
        ("Agenda", &m.agenda),
        ("Notes", &m.notes),
        ("Reflection", &m.reflection),
    ] {
        if !text.trim().is_empty() {
            let first = first_line(text.trim_start());
            let value = vec![Span::raw(truncate(first, value_w))];
            lines.push(preview_row(label, value, theme));
        }
    }
    let height = usize::from(area.height);
    let (items, unlisted) = item_rows(m, (value_w, height + 1), view, theme);
    lines.extend(items);
    let open = keymap::first_key_in(Context::JournalList, Action::Open);
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("Nothing written yet. {open} opens the meeting."),
            theme.hint,
        )));
    }
    let all_lines = lines.len() + unlisted;
    if all_lines > height {
        let more = all_lines - (height - 1);
        lines.truncate(height - 1);
        lines.push(Line::from(Span::styled(
            format!("… {more} more ({open} opens the meeting)"),
            theme.dim,
        )));
    }
    text::paragraph(buf, area, lines);
}

/// A row of the preview: its label, then the value.
fn preview_row(label: &str, value: Vec<Span<'static>>, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(pad(label, PREVIEW_LABEL_W), theme.label)];
    spans.extend(value);
    Line::from(spans)
}

/// Where the meeting is and how long it takes, when either is known.
fn place_row(m: &Meeting, value_w: usize, theme: &Theme) -> Option<Line<'static>> {
    let minutes = m
        .duration_minutes
        .map(|n| crate::domain::text::count(n, "minute", "minutes"));
    let fitted = |cells: &[Cell]| fit(cells, value_w).spans;
    let row = match (m.place.trim().is_empty(), minutes) {
        (false, Some(min)) => {
            let cells = [
                Cell::title(one_line(&m.place), theme.text),
                Cell::keep(format!(" · {min}"), theme.text),
            ];
            preview_row("Place", fitted(&cells), theme)
        }
        (false, None) => {
            let cells = [Cell::title(one_line(&m.place), theme.text)];
            preview_row("Place", fitted(&cells), theme)
        }
        (true, Some(min)) => preview_row("Length", vec![Span::raw(min)], theme),
        (true, None) => return None,
    };
    Some(row)
}

/// The meeting's action items, then the open items of earlier meetings, as they will come
/// up in this one: at most `room` of those, with how many more there are.
fn item_rows(
    m: &Meeting,
    (value_w, room): (usize, usize),
    view: &View,
    theme: &Theme,
) -> (Vec<Line<'static>>, usize) {
    let today = view.clock.today();
    let own = actions_of(view.journey, m.id);
    // Open items of earlier meetings, as they will come up in this one: those there is room
    // for (the rest are counted).
    let (carried, carried_total) = carried_open(view.journey, m, view.clock, room);
    let items = own
        .iter()
        .enumerate()
        .map(|(i, a)| (if i == 0 { "Actions" } else { "" }, *a))
        .chain(
            carried
                .iter()
                .enumerate()
                .map(|(i, a)| (if i == 0 { "Carried" } else { "" }, *a)),
        );
    let rows = items
        .map(|(label, a)| {
            let cells = item_cells(a, &owner_name(view.journey, a), today, theme);
            preview_row(label, fit(&cells, value_w).spans, theme)
        })
        .collect();
    (rows, carried_total - carried.len())
}

/// An action item in the preview: its box, text, owner and (while open) due date.
fn item_cells(a: &ActionItem, owner: &str, today: NaiveDate, theme: &Theme) -> Vec<Cell> {
    let style = if is_overdue(a, today) {
        theme.warn
    } else if a.done {
        theme.dim
    } else {
        theme.text
    };
    let mut cells = vec![
        Cell::keep(if a.done { "[x] " } else { "[ ] " }, style),
        Cell::title(one_line(&a.text), style),
        Cell::detail(format!(" · {owner}"), theme.dim),
    ];
    if let (false, Some(d)) = (a.done, a.due_date) {
        let overdue = if is_overdue(a, today) {
            ", overdue"
        } else {
            ""
        };
        cells.push(Cell::keep(
            format!(" · due {}{overdue}", short_day(d, today)),
            style,
        ));
    }
    cells
}

fn empty_help(theme: &Theme) -> Vec<Line<'static>> {
    let key = |action| keymap::first_key_in(Context::JournalList, action);
    vec![
        Line::from(Span::styled("No meetings yet.", theme.dim)),
        Line::default(),
        Line::from("Keep a record of each meeting with your mentor:"),
        Line::from("  • the agenda you prepare before"),
        Line::from("  • notes during, and the action items you agree (who, by when)"),
        Line::from("  • a reflection after: what you learnt, what you will do"),
        Line::default(),
        Line::from("Log a meeting you have had (set its date back) or plan the next one."),
        Line::default(),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled(key(Action::New), theme.key),
            Span::raw(" for a new meeting, "),
            Span::styled(key(Action::Search), theme.key),
            Span::raw(" to search the journal."),
        ]),
    ]
}
