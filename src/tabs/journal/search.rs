//! `/` in the journal: a query typed at the bottom of the pane, matches listed above it
//! with where each one is and the matching text highlighted; Enter opens the meeting.

use std::collections::BTreeSet;

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::fields::mentor_name;
use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::search::{MeetingMatch, MeetingPart, search_meetings};
use crate::domain::{FieldKey, MeetingField};
use crate::theme::Theme;
use crate::ui::highlight::{excerpt, highlighted};
use crate::ui::line_input::{LineInput, MAX_QUERY_CHARS};
use crate::ui::list::ListView;
use crate::ui::panel;
use crate::ui::wrap::truncate;

/// What the search did with an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Cancel,
    /// Show this record, and select this field of the meeting if given.
    Open(Target, Option<FieldKey>),
}

/// View state of a search: the query and the selected result.
#[derive(Clone, Debug)]
pub struct Search {
    input: LineInput,
    results: ListView,
}

impl Default for Search {
    fn default() -> Self {
        Self {
            input: LineInput::new("agenda, notes, reflection, action items"),
            results: ListView::default(),
        }
    }
}

/// The matches of the current query; private text is not searched in shared-screen mode.
fn matches<'a>(query: &str, ctx: &'a Ctx) -> Vec<MeetingMatch<'a>> {
    search_meetings(&ctx.journey, query, ctx.clock.now(), ctx.shows(true))
}

impl Search {
    pub fn handle(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let found = matches(&self.input.text(), ctx);
        match action {
            Action::Back => Outcome::Cancel,
            Action::Open => match found.get(self.results.selected) {
                Some(m) => target(m),
                None => Outcome::Stay,
            },
            other => {
                self.results.handle(other, found.len());
                Outcome::Stay
            }
        }
    }

    pub fn type_key(&mut self, key: KeyEvent) {
        if self.input.input(key) {
            self.results.selected = 0;
        }
    }

    pub fn paste(&mut self, text: &str, ctx: &mut Ctx) {
        if self.input.paste(text) {
            ctx.info(format!(
                "A search takes up to {MAX_QUERY_CHARS} characters; the rest was left out"
            ));
        }
        self.results.selected = 0;
    }

    pub fn click(&mut self, x: u16, y: u16, ctx: &Ctx) {
        let n = matches(&self.input.text(), ctx).len();
        self.results.click(x, y);
        self.results.clamp(n);
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let block = panel("Journal — search", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 3 {
            return;
        }
        let query = self.input.text();
        let found = matches(&query, ctx);
        let summary = if query.trim().is_empty() {
            Span::styled(
                "Type to search the agenda, notes, reflection and action items of every meeting.",
                theme.hint,
            )
        } else if found.is_empty() {
            Span::styled(
                format!("No matches for “{}”.", truncate(query.trim(), 40)),
                theme.dim,
            )
        } else {
            let total: usize = found.iter().map(|m| m.ranges.len()).sum();
            let meetings: BTreeSet<_> = found.iter().map(|m| m.meeting_id).collect();
            let meeting_word = if meetings.len() == 1 {
                "meeting"
            } else {
                "meetings"
            };
            Span::styled(
                format!(
                    "{total} match{} in {} {meeting_word} — ↑↓ choose, Enter opens",
                    if total == 1 { "" } else { "es" },
                    meetings.len(),
                ),
                theme.dim,
            )
        };
        let width = usize::from(inner.width);
        Paragraph::new(Line::from(summary))
            .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        let list_area = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 3);
        let items = found
            .iter()
            .map(|m| result_line(m, ctx, theme, width.saturating_sub(2)))
            .collect();
        self.results.render(list_area, buf, items, theme, true);
        let sep_y = inner.bottom() - 2;
        buf.set_string(inner.x, sep_y, "─".repeat(width), theme.border);
        let input_y = inner.bottom() - 1;
        buf.set_string(inner.x, input_y, "/ ", theme.key);
        self.input.render(
            Rect::new(inner.x + 2, input_y, inner.width.saturating_sub(2), 1),
            buf,
        );
    }
}

/// Where a match leads: the action item, or the meeting with the matching field selected.
fn target(m: &MeetingMatch<'_>) -> Outcome {
    let field = |f| Some(FieldKey::Meeting(m.meeting_id, f));
    match m.part {
        MeetingPart::Action(id) => Outcome::Open(Target::Action(id), None),
        MeetingPart::Agenda => {
            Outcome::Open(Target::Meeting(m.meeting_id), field(MeetingField::Agenda))
        }
        MeetingPart::Notes => {
            Outcome::Open(Target::Meeting(m.meeting_id), field(MeetingField::Notes))
        }
        MeetingPart::Reflection => Outcome::Open(
            Target::Meeting(m.meeting_id),
            field(MeetingField::Reflection),
        ),
    }
}

/// "2026-11-01  Ana        notes       …the CV draft and…", the matches highlighted.
fn result_line(m: &MeetingMatch<'_>, ctx: &Ctx, theme: &Theme, width: usize) -> Line<'static> {
    let Some(meeting) = ctx.journey.meeting(m.meeting_id) else {
        return Line::default();
    };
    let date = ctx
        .clock
        .local(meeting.starts_at)
        .format("%Y-%m-%d")
        .to_string();
    let mut spans = vec![Span::styled(format!("{date}  "), theme.dim)];
    let mut used = date.width() + 2;
    if width >= 64 {
        let name = mentor_name(ctx, meeting.mentor_id).unwrap_or_default();
        let first = name.split_whitespace().next().unwrap_or("");
        let name = format!("{:<10}  ", truncate(first, 10));
        used += name.width();
        spans.push(Span::raw(name));
    }
    let part = format!("{:<10}  ", m.part.label());
    used += part.width();
    spans.push(Span::styled(part, theme.label));
    let room = width.saturating_sub(used);
    if let Some(first) = m.ranges.first() {
        let (text, ranges) = excerpt(m.text, &m.ranges, first, room);
        spans.extend(highlighted(&text, &ranges, theme.text, theme.highlight));
    }
    Line::from(spans)
}
