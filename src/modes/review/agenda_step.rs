//! The first step of the shared screen: the meeting's agenda, as the mentee prepared it
//! (its items that are not private: the review reads the shared-only journey), each of
//! which can be ticked as discussed (stored with the item); then `→` goes on to the goals.
//! The meeting is the one `P` prepares (`domain::agenda::choose`).

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::ctx::Ctx;
use crate::domain::HashSet;
use crate::domain::agenda::{self, Agenda, Content, Entry, MeetingChoice, Why};
use crate::domain::goals::GoalFacts;
use crate::domain::{Id, Meeting, Topic};
use crate::export::agenda::when;
use crate::keymap;
use crate::theme::Theme;
use crate::ui::agenda_row::{self, Marks, short_kind};
use crate::ui::cells::{Cell, fit};
use crate::ui::list::ListView;
use crate::ui::panel;
use crate::ui::wrap::{truncate, wrap};
use crate::view::{AgendaFor, KeptAgenda, View};

use super::step::{MAX_WIDTH, stage};
use crate::ui::text;

/// Rows kept for the selected item's content when there is room (a goal's progress,
/// target, next step and last review).
const DETAIL_ROWS: u16 = 6;

/// Where the agenda step is.
#[derive(Clone, Debug, Default)]
pub struct AgendaStep {
    /// The meeting whose agenda is shown.
    choice: Option<MeetingChoice>,
    /// Showing the agenda (before the goals, or back from the first goal).
    active: bool,
    list: ListView,
    /// How many items the agenda had when last counted (start, a new meeting, a frame),
    /// for the keys offered without building the agenda per key.
    count: usize,
}

/// Shares the screen (`Ctx::set_shared`), the agenda of the meeting it opens on kept first:
/// every item stored, so that ticking one discussed while shared changes only that item,
/// and the meeting's journal entry holds what the shared screen showed.
///
/// The agenda is the mentee's, built from the whole journey: private items keep their
/// place (and stay hidden while shared). The shared screen reads the shared-only journey
/// alone, where "the last meeting" is the last one not private and a private review does
/// not count, so it may suggest more (the reflection on an earlier meeting, a goal reviewed
/// only in private): that is kept too, after her items. The keeping is a write made before
/// the screen is shared; from then on the screen shows the shared-only projection of what
/// is stored, and nothing it shows depends on a private record.
pub fn share_with_agenda_kept(ctx: &mut Ctx) {
    ctx.set_shared(true);
    let choice = agenda::choose(ctx.journey(), &ctx.clock);
    // Both through the memo: built once idle when the screen is expected to be shared
    // (see `prepare_sharing`), and the review opens on this same agenda when nothing is
    // written.
    let own = ctx.own_view().agenda(AgendaFor::Meeting(choice.clone()));
    let shown = ctx.view().agenda(AgendaFor::Meeting(choice));
    let stored = |e: &Entry| e.stored.is_some();
    if own.agenda.entries.iter().all(stored) && shown.agenda.entries.iter().all(stored) {
        return;
    }
    let mut a = own.agenda.clone();
    let kept_before = a.is_kept();
    let listed: HashSet<Topic> = a.entries.iter().map(|e| e.topic.clone()).collect();
    let more = shown
        .agenda
        .entries
        .iter()
        .filter(|e| e.stored.is_none() && !listed.contains(&e.topic))
        .map(|e| Entry {
            new: kept_before,
            ..e.clone()
        });
    a.entries.extend(more);
    if a.entries.iter().all(stored) {
        return;
    }
    let (of, entries) = (a.of(), a.entries);
    // Written alone: the agenda's private items are written too (to keep their place).
    ctx.set_shared(false);
    ctx.write("Agenda not kept", |w| w.keep_agenda(of, &entries));
    ctx.set_shared(true);
}

/// Builds, through the memo, what [`share_with_agenda_kept`] and the review's first screen
/// read of `shared` (the shared-only projection made ready) and `own` (the mentee's own
/// view): the loop does it once idle when the screen is expected to be shared
/// (`Ctx::prepare_sharing`), so that `S` finds them built.
pub fn prepare_sharing(shared: &View, own: &View) {
    let choice = agenda::choose(shared.journey, shared.clock);
    let mentor = choice.mentor_id;
    let _ = own.agenda(AgendaFor::Meeting(choice.clone()));
    let _ = shared.agenda(AgendaFor::Meeting(choice));
    let _ = shared.review_goals(mentor);
}

/// Keeps the agenda of another mentor's meeting (`m` on the shared screen), so that a
/// meeting held with them keeps the agenda the screen showed. Unlike
/// [`share_with_agenda_kept`], written while shared, from what the screen shows: the items
/// of the shared-only journey's agenda, with the private items she had kept left in their
/// places ([`agenda::with_hidden_in_place`]), so nothing stored for what shows depends on
/// a private record.
pub fn keep_shared_agenda(ctx: &mut Ctx, choice: MeetingChoice) {
    let shown = agenda::build(ctx.journey(), &ctx.clock, choice.clone());
    if shown.entries.iter().all(|e| e.stored.is_some()) {
        return;
    }
    let whole = agenda::build(ctx.whole_journey(), &ctx.clock, choice);
    let entries = agenda::with_hidden_in_place(&whole.entries, &shown.entries);
    let of = shown.of();
    ctx.write("Agenda not kept", |w| w.keep_agenda(of, &entries));
}

impl AgendaStep {
    /// Starts on the agenda of `choice`'s meeting; the step shows when it has items.
    #[must_use]
    pub fn start(choice: MeetingChoice, view: &View) -> AgendaStep {
        let mut step = AgendaStep {
            choice: Some(choice),
            ..AgendaStep::default()
        };
        step.count = step.count_items(view);
        step.active = step.count > 0;
        step
    }

    /// The meeting whose agenda this is: the one the session records into.
    #[must_use]
    pub fn choice(&self) -> Option<&MeetingChoice> {
        self.choice.as_ref()
    }

    /// The meeting is held now (`m`, in the journal: added, or moved to today): the agenda
    /// is that meeting's from now on.
    pub fn held(&mut self, m: &Meeting, view: &View) {
        self.choice = Some(MeetingChoice::of_meeting(
            m,
            view.journey,
            view.clock,
            Why::Today,
        ));
        self.count = self.count_items(view);
    }

    /// The item selected, if the agenda has any.
    #[must_use]
    pub fn selected(&self, view: &View) -> Option<Entry> {
        let kept = self.agenda(view)?;
        let i = self.list.selected.min(kept.items.len().saturating_sub(1));
        kept.item(i).map(|(_, e)| e.clone())
    }

    /// Whether the step is shown now.
    #[must_use]
    pub fn active(&self) -> bool {
        self.active
    }

    /// Whether the agenda has items to go back to (as last counted).
    #[must_use]
    pub fn has_items(&self) -> bool {
        self.count > 0
    }

    /// The agenda's items ticked as discussed, one line each (for the wrap-up and the
    /// summary sent to the mentor).
    #[must_use]
    pub fn discussed(&self, view: &View) -> Vec<String> {
        let Some(kept) = self.agenda(view) else {
            return Vec::new();
        };
        let agenda = &kept.agenda;
        let discussed: Vec<&Entry> = kept.shown().filter(|e| e.discussed).collect();
        let facts = GoalFacts::of(
            view.journey,
            discussed.iter().filter_map(|e| match e.topic {
                Topic::Goal(id) => Some(id),
                _ => None,
            }),
        );
        discussed
            .into_iter()
            .filter_map(|e| agenda.describe_with(&e.topic, view.journey, view.clock, &facts))
            .map(|t| t.text)
            .collect()
    }

    /// Leaves the agenda (for the goals or the wrap-up).
    pub fn close(&mut self) {
        self.active = false;
    }

    /// Goes back to the agenda (from the first goal), if it has items.
    pub fn reopen(&mut self, view: &View) {
        self.count = self.count_items(view);
        self.active = self.count > 0;
    }

    /// The agenda of the journey the view holds (the shared-only one): kept between keys
    /// while the journey is unchanged (see `view::Memo`).
    fn agenda(&self, view: &View) -> Option<Rc<KeptAgenda>> {
        let choice = self.choice.clone()?;
        Some(view.agenda(AgendaFor::Meeting(choice)))
    }

    /// How many items the agenda shows.
    fn count_items(&self, view: &View) -> usize {
        self.agenda(view).map_or(0, |k| k.items.len())
    }

    /// Handles an action while the step is shown. Returns false for actions it leaves to
    /// the review (Esc, `m`).
    pub fn handle(&mut self, action: Action, ctx: &mut Ctx) -> bool {
        let items = self.count_items(&ctx.view());
        match action {
            Action::Right | Action::Open => self.active = false,
            // Ticking records in the session's meeting: the review does it.
            Action::Back | Action::NextMentor | Action::Toggle => return false,
            other => {
                self.list.handle(other, items);
            }
        }
        true
    }

    /// Switches to the next meeting of `mentor` (after `m`): its agenda shows if the
    /// agenda was showing (from the goals, `←` on the first goal shows it).
    pub fn follow_mentor(&mut self, mentor: Option<Id>, view: &View) {
        let was = self.active;
        let choice = agenda::meeting_with(view.journey, view.clock, mentor);
        *self = AgendaStep::start(choice, view);
        self.active &= was;
    }

    /// The meeting, its items with their tick boxes, the selected item's content and the
    /// keys, in a block centred on a wide screen (see `step::stage`).
    pub fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let Some(kept) = self.agenda(view) else {
            return;
        };
        let agenda = &kept.agenda;
        let items: Vec<&Entry> = kept.shown().collect();
        self.count = items.len();
        let done = items.iter().filter(|e| e.discussed).count();
        let with = agenda
            .mentor_short_name(view.journey)
            .map(|n| format!(" · with {n}"))
            .unwrap_or_default();
        let title = truncate(
            &format!("Agenda{with} · {done} of {} discussed", items.len()),
            usize::from(area.width.saturating_sub(6)),
        );
        let block = panel(&title, true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 4 || inner.width < 20 {
            return;
        }
        let width = inner.width.min(MAX_WIDTH);
        let selected = items.get(self.list.selected.min(items.len().saturating_sub(1)));
        let detail = selected.map_or_else(Vec::new, |e| {
            detail_lines(agenda, e, view, theme, usize::from(width))
        });
        // Everything when it fits (centred); else the list as long as it needs, leaving
        // the detail at least four rows.
        let rows = u16::try_from(items.len()).unwrap_or(u16::MAX);
        // Room for a goal's content whichever item is selected, so the block stays put.
        let detail_h = u16::try_from(detail.len())
            .unwrap_or(u16::MAX)
            .max(DETAIL_ROWS);
        let want = 2 + rows + 1 + detail_h + 2;
        let (head_h, list_h, height) = if want <= inner.height {
            (2, rows, want)
        } else {
            let list_h = rows.min(inner.height.saturating_sub(1 + 1 + 4)).max(1);
            (1, list_h, inner.height)
        };
        let [head, list_area, detail_area, hint] = Layout::vertical([
            Constraint::Length(head_h),
            Constraint::Length(list_h),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(stage(inner, width, height));
        let meeting = when(agenda, view.clock);
        let meeting = [
            Cell::detail("The meeting: ", theme.dim),
            Cell::title_keeping(meeting.clone(), theme.dim, meeting.width()),
        ];
        text::paragraph(buf, head, fit(&meeting, usize::from(width)));
        self.render_list(agenda, &items, list_area, buf, view, theme);
        render_detail(detail, detail_area, buf, theme);
        // What the list leaves out, on the detail's rule right below it.
        if detail_area.height >= 2 {
            let rule = Rect {
                height: 1,
                ..detail_area
            };
            crate::ui::rule_marks(rule, self.list.more(), buf, theme);
        }
        let keys = format!(
            "{} ticks it discussed · {} on to the goals",
            keymap::first_key_in(keymap::Context::ReviewAgenda, Action::Toggle),
            keymap::first_key_in(keymap::Context::ReviewAgenda, Action::Right),
        );
        text::paragraph(
            buf,
            hint,
            Span::styled(truncate(&keys, usize::from(width)), theme.hint),
        );
    }

    /// The items, a tick box each, by the one truncation rule (`ui::agenda_row`).
    fn render_list(
        &mut self,
        agenda: &Agenda,
        items: &[&Entry],
        area: Rect,
        buf: &mut Buffer,
        view: &View,
        theme: &Theme,
    ) {
        // The facts of the goals on screen only, however many the agenda holds.
        let on_screen = self.list.visible_range(items.len(), area.height);
        let facts = GoalFacts::of(
            view.journey,
            items[on_screen].iter().filter_map(|e| match e.topic {
                Topic::Goal(id) => Some(id),
                _ => None,
            }),
        );
        let row_w = usize::from(area.width).saturating_sub(2);
        let line = |n: usize| {
            let e = items[n];
            let Some(t) = agenda.describe_with(&e.topic, view.journey, view.clock, &facts) else {
                return Line::default();
            };
            let style = if e.discussed { theme.dim } else { theme.text };
            // The kind in full ("Changed answer") when there is room, else in few letters.
            let kind = if row_w >= 70 {
                format!("{:<16}", t.kind)
            } else {
                format!("{:<10} ", short_kind(t.kind))
            };
            let lead = vec![
                Cell::keep(if e.discussed { "[x] " } else { "[ ] " }, style),
                Cell::keep(kind, theme.label),
            ];
            agenda_row::row(lead, &t, style, Marks::default(), theme, row_w)
        };
        self.list
            .render_visible(area, buf, items.len(), line, theme, view.editor.is_none());
    }
}

/// What the selected item carries, wrapped to `width` (a fact's label hangs at the left).
fn detail_lines(
    agenda: &Agenda,
    e: &Entry,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut labelled = |label: String, text: &str| {
        let indent = label.width();
        for (i, row) in wrap(text, width.saturating_sub(indent).max(10))
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 {
                Span::styled(label.clone(), theme.label)
            } else {
                Span::raw(" ".repeat(indent))
            };
            lines.push(Line::from(vec![lead, Span::raw(row)]));
        }
    };
    for c in agenda.content(&e.topic, view.journey, view.clock) {
        match c {
            Content::Fact(label, text) => labelled(format!("{label}: "), &text),
            Content::Text(text) => labelled(String::new(), &text),
            Content::Change { before, now } => labelled(
                "What changed: ".to_string(),
                &crate::export::agenda::changed_plain(&before, &now),
            ),
        }
    }
    lines
}

/// A rule, then the selected item's content (the last row ending in … when cut).
fn render_detail(mut lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.height < 2 {
        return;
    }
    text::set_string(
        buf,
        area.x,
        area.y,
        &"─".repeat(usize::from(area.width)),
        theme.border,
    );
    let h = usize::from(area.height - 1);
    if lines.len() > h {
        lines.truncate(h);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::styled(" …", theme.dim));
        }
    }
    text::paragraph(
        buf,
        Rect::new(area.x, area.y + 1, area.width, area.height - 1),
        lines,
    );
}
