//! The goal list: sorted, filtered, in priority order by default, with marks for goals that
//! are overdue or not reviewed within the agreed cadence.

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::{Detail, GoalsPane, Section, reorder};
use crate::action::Action;
use crate::ctx::Ctx;
use crate::domain::goals::{
    GoalFacts, GoalSort, MentorFilter, StatusFilter, is_open, is_overdue, listed, milestone_counts,
    reviews_of,
};
use crate::domain::index::ByPriority;
use crate::domain::text::count;
use crate::domain::{Goal, GoalStatus, Id, Journey, Record};
use crate::editor::TextKind;
use crate::keymap::{self, Context};
use crate::theme::Theme;
use crate::ui::cells::{Cell, column};
use crate::ui::progress::bar_spans;
use crate::ui::text;
use crate::ui::wrap::truncate;
use crate::ui::{panel, render_note, scroll_marks};
use crate::view::View;

/// Marks shown before a goal's title (and explained under the list).
pub const OVERDUE_MARK: &str = "!";
pub const REVIEW_DUE_MARK: &str = "↻";
pub const ORIGIN_MARK: &str = "◆";

/// A goal's title, never empty.
#[must_use]
pub fn goal_title(g: &Goal) -> String {
    if g.title.trim().is_empty() {
        "(untitled goal)".to_string()
    } else {
        g.title.clone()
    }
}

/// The mentor filter in words.
fn mentor_label(f: MentorFilter, j: &Journey) -> String {
    match f {
        MentorFilter::All => "all".into(),
        MentorFilter::NoMentor => "none".into(),
        MentorFilter::Mentor(id) => j
            .mentor(id)
            .map_or_else(|| "?".into(), crate::domain::Mentor::display_name),
    }
}

/// The goals the list shows, in order, found by place: from the journey's index when the
/// list is in priority order and unfiltered, else as last sorted and filtered.
pub(super) enum Listing<'a> {
    Indexed(ByPriority<'a>),
    Listed(Rc<[Id]>),
}

impl Listing<'_> {
    pub(super) fn len(&self) -> usize {
        match self {
            Listing::Indexed(order) => order.len(),
            Listing::Listed(ids) => ids.len(),
        }
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The goal at `i`.
    pub(super) fn get(&self, i: usize) -> Option<Id> {
        match self {
            Listing::Indexed(order) => order.get(i).map(|g| g.id),
            Listing::Listed(ids) => ids.get(i).copied(),
        }
    }

    /// Where a goal is in the list.
    pub(super) fn position(&self, id: Id, j: &Journey) -> Option<usize> {
        match self {
            Listing::Indexed(order) => j.goal(id).and_then(|g| order.place_of(g)),
            Listing::Listed(ids) => ids.iter().position(|x| *x == id),
        }
    }
}

/// A list sorted or filtered, kept while the goals (and, for their progress, their
/// milestones) are what it was built from: a frame or a key does not sort every goal again.
#[derive(Clone, Debug)]
pub(super) struct Sorted {
    stamps: (u64, u64),
    how: (GoalSort, StatusFilter, MentorFilter),
    ids: Rc<[Id]>,
}

impl GoalsPane {
    /// The goals the list shows, in order.
    pub(super) fn visible_ids<'a>(&mut self, view: &View<'a>) -> Listing<'a> {
        let j = view.journey;
        let how = (self.sort, self.status, self.mentor);
        let plain = (GoalSort::Priority, StatusFilter::All, MentorFilter::All);
        if how == plain
            && let Some(order) = j.goals_by_priority()
        {
            return Listing::Indexed(order);
        }
        let stamps = (j.goals.stamp(), j.milestones.stamp());
        match &self.sorted {
            Some(s) if s.stamps == stamps && s.how == how => Listing::Listed(s.ids.clone()),
            _ => {
                let ids: Rc<[Id]> = listed(j, self.sort, self.status, self.mentor)
                    .iter()
                    .map(|g| g.id)
                    .collect();
                self.sorted = Some(Sorted {
                    stamps,
                    how,
                    ids: ids.clone(),
                });
                Listing::Listed(ids)
            }
        }
    }

    /// Puts the list cursor on the selected goal (or keeps it in range when that has gone).
    fn sync_selection(&mut self, ids: &Listing, j: &Journey) {
        if let Some(i) = self.selected.and_then(|s| ids.position(s, j)) {
            self.list.selected = i;
        }
        self.list.clamp(ids.len());
        self.selected = ids.get(self.list.selected);
    }

    pub(super) fn open(&mut self, goal: Id) {
        self.selected = Some(goal);
        self.detail = Some(Detail {
            goal,
            section: Section::Fields,
            ..Detail::default()
        });
    }

    pub(super) fn handle_list(&mut self, action: Action, ctx: &mut Ctx) {
        let view = ctx.view();
        let listing = self.visible_ids(&view);
        self.sync_selection(&listing, view.journey);
        // A move of a goal needs its neighbours: before, at and after the selection.
        let i = self.list.selected;
        let around =
            [i.checked_sub(1), Some(i), Some(i + 1)].map(|k| k.and_then(|k| listing.get(k)));
        match action {
            Action::New => self.new_goal(ctx),
            Action::Open => match self.selected {
                Some(id) => self.open(id),
                None => self.new_goal(ctx),
            },
            Action::Delete => {
                if let Some(g) = self.selected.and_then(|id| ctx.journey().goal(id)) {
                    let (_, milestones) = milestone_counts(ctx.journey(), g.id);
                    let reviews = reviews_of(ctx.journey(), g.id).len();
                    let what = delete_prompt(&goal_title(g), milestones, reviews);
                    ctx.ask_delete(Record::Goal, g.id, &what);
                }
            }
            Action::Sort => {
                self.sort = self.sort.next();
                ctx.info(format!("Goals sorted by {}", self.sort.label()));
            }
            Action::FilterStatus => self.status = self.status.next(),
            Action::FilterMentor => self.mentor = self.mentor.next(ctx.journey()),
            Action::MoveUp | Action::MoveDown => self.move_selected(action, around, ctx),
            other => {
                if self.list.handle(other, listing.len()) {
                    self.selected = listing.get(self.list.selected);
                }
            }
        }
    }

    /// Swaps the selected goal with its neighbour in the list (priority order only).
    /// `around` holds the goals before, at and after the selection.
    fn move_selected(&mut self, action: Action, around: [Option<Id>; 3], ctx: &mut Ctx) {
        if self.sort != GoalSort::Priority {
            let sort = keymap::first_key_in(Context::GoalList, Action::Sort);
            ctx.info(format!(
                "Goals are sorted by something else: press {sort} until “priority” to reorder"
            ));
            return;
        }
        let other = match action {
            Action::MoveUp => around[0],
            _ => around[2],
        };
        if let (Some(a), Some(b)) = (around[1], other) {
            reorder::swap_goals(ctx, a, b);
        }
    }

    /// Adds a goal (for the mentor being filtered on, else the only mentor) and starts
    /// typing its title.
    fn new_goal(&mut self, ctx: &mut Ctx) {
        let mentor_id = match self.mentor {
            MentorFilter::Mentor(id) => Some(id),
            MentorFilter::NoMentor => None,
            MentorFilter::All => match ctx.journey().mentors.as_slice() {
                [only] => Some(only.id),
                _ => None,
            },
        };
        let draft = Goal {
            mentor_id,
            created_at: ctx.clock.now(),
            ..Goal::default()
        };
        if !self.status.matches(&draft) {
            self.status = StatusFilter::All;
        }
        let Some(id) = ctx.insert(draft) else {
            return;
        };
        self.open(id);
        ctx.begin_edit(
            crate::domain::FieldKey::Goal(id, crate::domain::GoalField::Title),
            TextKind::Line,
            "Title",
            "what you will achieve",
        );
    }

    pub(super) fn click_list(&mut self, x: u16, y: u16, ctx: &mut Ctx) {
        let view = ctx.view();
        let ids = self.visible_ids(&view);
        if let Some(i) = self.list.click(x, y) {
            self.list.clamp(ids.len());
            self.selected = ids.get(i.min(ids.len().saturating_sub(1)));
        }
    }

    pub(super) fn render_list(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let j = view.journey;
        let ids = self.visible_ids(view);
        self.sync_selection(&ids, j);
        let block = panel("Goals", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 4 || inner.width < 20 {
            return;
        }
        let shown_total = j.goals.len();
        if shown_total == 0 {
            render_note(inner, buf, empty_help(theme), theme.text);
            return;
        }
        let row = |n: u16| Rect::new(inner.x, inner.y + n, inner.width, 1);
        self.render_controls(row(0), buf, view, ids.len(), shown_total, theme);
        let width = usize::from(inner.width).saturating_sub(2);
        let cols = Columns::for_width(width);
        text::paragraph(
            buf,
            row(1),
            Line::from(Span::styled(format!("  {}", cols.header()), theme.dim)),
        );
        let list_area = Rect::new(inner.x, inner.y + 2, inner.width, inner.height - 3);
        if ids.is_empty() {
            let note = format!(
                "No goals match (status: {}, mentor: {}). f and m change the filters.",
                self.status.label(),
                mentor_label(self.mentor, j)
            );
            render_note(list_area, buf, vec![Line::from(note)], theme.dim);
        }
        let today = view.clock.today();
        // Progress and review marks of the rows on screen, from one pass over the journey.
        let on_screen = self.list.visible_range(ids.len(), list_area.height);
        let facts = GoalFacts::of(j, on_screen.filter_map(|i| ids.get(i)));
        self.list.render_visible(
            list_area,
            buf,
            ids.len(),
            |i| {
                ids.get(i)
                    .and_then(|id| j.goal(id))
                    .map_or_else(Line::default, |g| goal_row(g, &facts, today, &cols, theme))
            },
            theme,
            true,
        );
        scroll_marks(area, buf, self.list.more(), theme);
        text::paragraph(buf, row(inner.height - 1), legend(inner.width, theme));
    }

    fn render_controls(
        &self,
        area: Rect,
        buf: &mut Buffer,
        view: &View,
        shown: usize,
        total: usize,
        theme: &Theme,
    ) {
        let value =
            |s: String, set: bool| Span::styled(s, if set { theme.highlight } else { theme.text });
        let mut spans = vec![
            Span::styled("Sort ", theme.dim),
            value(self.sort.label().into(), false),
            Span::styled(" · Status ", theme.dim),
            value(self.status.label().into(), self.status != StatusFilter::All),
            Span::styled(" · Mentor ", theme.dim),
            value(
                truncate(&mentor_label(self.mentor, view.journey), 20),
                self.mentor != MentorFilter::All,
            ),
        ];
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        let count = format!("{shown} of {total}");
        let pad = usize::from(area.width).saturating_sub(used + count.width());
        if pad > 0 {
            spans.push(Span::raw(" ".repeat(pad)));
            spans.push(Span::styled(count, theme.dim));
        }
        text::paragraph(buf, area, Line::from(spans));
    }
}

/// Column widths of a list row of `width` cells (after the list's own cursor column).
struct Columns {
    title: usize,
    bar: usize,
    /// 0 when too narrow to show the status.
    status: usize,
}

const MARKS: usize = 3;
const DATE: usize = 10;
const STATUS: usize = 11;

impl Columns {
    fn for_width(width: usize) -> Columns {
        let (bar, status) = if width >= 68 { (10, STATUS) } else { (6, 0) };
        // marks, space, title, space, bar+pct(5), two spaces, status+space, date
        let fixed = MARKS + 1 + 1 + bar + 5 + 2 + if status > 0 { status + 1 } else { 0 } + DATE;
        Columns {
            title: width.saturating_sub(fixed).max(8),
            bar,
            status,
        }
    }

    fn header(&self) -> String {
        let mut s = format!(
            "{:MARKS$} {:<t$} {:<b$}  ",
            "",
            "Goal",
            "Progress",
            t = self.title,
            b = self.bar + 5
        );
        if self.status > 0 {
            s.push_str(&format!("{:<STATUS$} ", "Status"));
        }
        s.push_str("Target");
        s
    }
}

fn goal_row(
    g: &Goal,
    facts: &GoalFacts,
    today: chrono::NaiveDate,
    cols: &Columns,
    theme: &Theme,
) -> Line<'static> {
    let overdue = is_overdue(g, today);
    let review_due = facts.not_reviewed_within_cadence(g, today);
    let mark = |on: bool, m: &'static str, style: Style| {
        if on {
            Span::styled(m, style)
        } else {
            Span::raw(" ")
        }
    };
    let title_style = if is_open(g) { theme.text } else { theme.dim };
    // The title gives way first; "private", and the status when it has no column of its
    // own, stay whole (see `ui::cells`).
    let mut title = vec![Cell::title(goal_title(g), title_style)];
    if g.private {
        title.push(Cell::keep(" private", theme.warn));
    }
    let notable = !matches!(g.status, GoalStatus::InProgress | GoalStatus::NotStarted);
    if cols.status == 0 && notable {
        title.push(Cell::keep(format!(" · {}", g.status.label()), theme.dim));
    }
    let mut spans = vec![
        mark(overdue, OVERDUE_MARK, theme.error),
        mark(review_due, REVIEW_DUE_MARK, theme.warn),
        mark(g.origin.is_some(), ORIGIN_MARK, theme.dim),
        Span::raw(" "),
    ];
    spans.extend(column(&title, cols.title));
    spans.push(Span::raw(" "));
    spans.extend(bar_spans(facts.progress(g), cols.bar, theme));
    spans.push(Span::raw("  "));
    if cols.status > 0 {
        spans.extend(column(
            &[Cell::keep(g.status.label(), title_style)],
            cols.status,
        ));
        spans.push(Span::raw(" "));
    }
    spans.push(match g.target_date {
        Some(d) => Span::styled(
            d.format("%Y-%m-%d").to_string(),
            if overdue { theme.error } else { title_style },
        ),
        None => Span::styled("—", theme.dim),
    });
    Line::from(spans)
}

/// What the marks mean, in words that fit `width`.
fn legend(width: u16, theme: &Theme) -> Line<'static> {
    let review = if width >= 72 {
        " not reviewed within cadence   "
    } else {
        " review due  "
    };
    Line::from(vec![
        Span::styled(OVERDUE_MARK, theme.error),
        Span::styled(" overdue   ", theme.dim),
        Span::styled(REVIEW_DUE_MARK, theme.warn),
        Span::styled(review, theme.dim),
        Span::styled(ORIGIN_MARK, theme.dim),
        Span::styled(" from worksheet/conversation", theme.dim),
    ])
}

fn empty_help(theme: &Theme) -> Vec<Line<'static>> {
    vec![
        Line::from(Span::styled("No goals yet.", theme.title)),
        Line::default(),
        Line::from(
            "Goals need tangible outputs, written down at the start and tracked throughout. For each goal you keep:",
        ),
        Line::default(),
        Line::from("  • why it matters, and the evidence that will show success"),
        Line::from("  • the competency or skill it builds, a mentor, a target date"),
        Line::from("  • milestones you tick off as you go"),
        Line::from("  • a dated review log: How am I doing?"),
        Line::default(),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled(
                keymap::first_key_in(Context::GoalList, Action::New),
                theme.key,
            ),
            Span::raw(" to add your first goal."),
        ]),
    ]
}

/// What deleting a goal takes with it: "goal “X” with its 1 milestone and 3 reviews (set
/// its status to dropped to keep them)"; only what it has.
fn delete_prompt(title: &str, milestones: usize, reviews: usize) -> String {
    let history: Vec<String> = [
        (milestones, count(milestones, "milestone", "milestones")),
        (reviews, count(reviews, "review", "reviews")),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(_, words)| words)
    .collect();
    let title = truncate(title, 40);
    if history.is_empty() {
        return format!("goal “{title}”");
    }
    let keep = if milestones + reviews == 1 {
        "it"
    } else {
        "them"
    };
    format!(
        "goal “{title}” with its {} (set its status to dropped to keep {keep})",
        history.join(" and ")
    )
}

#[cfg(test)]
mod tests {
    use super::delete_prompt;

    #[test]
    fn the_delete_prompt_counts_in_words() {
        assert_eq!(
            delete_prompt("Improve SQL", 1, 0),
            "goal “Improve SQL” with its 1 milestone (set its status to dropped to keep it)"
        );
        assert_eq!(
            delete_prompt("Improve SQL", 2, 1),
            "goal “Improve SQL” with its 2 milestones and 1 review (set its status to dropped to keep them)"
        );
        assert_eq!(delete_prompt("Improve SQL", 0, 0), "goal “Improve SQL”");
    }
}
