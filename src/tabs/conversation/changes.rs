//! "Since last meeting": which answers changed since the last meeting in the journal (or,
//! before any meeting, since each answer's previous version), and how — old and new text
//! as a word diff.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::entries::{Entry, entries, position_of};
use super::scroll::Scroll;
use crate::action::Action;
use crate::domain::AnswerVersion;
use crate::domain::answers::changed_answers;
use crate::domain::dates::relative_words;
use crate::theme::Theme;
use crate::ui::diff::{ADDED, REMOVED, word_diff_lines};
use crate::ui::list::ListView;
use crate::ui::wrap::{truncate, wrap};
use crate::ui::{panel, render_note, scroll_marks};
use crate::view::View;

pub use crate::domain::answers::Since;

/// One answer that changed.
#[derive(Clone, Copy, Debug)]
pub struct Change<'a> {
    /// Its row (see [`entries`]).
    pub entry: usize,
    /// The version compared with; `None` when there was no answer then.
    pub before: Option<&'a AnswerVersion>,
    pub now: &'a AnswerVersion,
}

/// What the conversation answers are compared with: the last meeting in the journal, or
/// before any meeting each answer's previous version.
#[must_use]
pub fn since_last_meeting<'a>(view: &View<'a>) -> Since<'a> {
    match view.journey.last_meeting(view.clock.now()) {
        Some(m) => Since::Meeting(m),
        None => Since::PreviousVersion,
    }
}

/// The answers that changed, in the order of the method.
#[must_use]
pub fn changes<'a>(view: &View<'a>) -> (Since<'a>, Vec<Change<'a>>) {
    let since = since_last_meeting(view);
    let keys: Vec<String> = entries().iter().map(Entry::key).collect();
    let found = changed_answers(view.journey, keys.iter().map(String::as_str), since);
    let out = found
        .into_iter()
        .filter_map(|c| {
            Some(Change {
                entry: position_of(c.key)?,
                before: c.before,
                now: c.now,
            })
        })
        .collect();
    (since, out)
}

/// What a key did in this view.
pub enum Outcome {
    Stay,
    Close,
    /// Close and show this row's answer.
    Open(usize),
}

/// View state of the changes view.
#[derive(Clone, Debug)]
pub struct ChangesView {
    list: ListView,
    text: Scroll,
}

impl ChangesView {
    /// Opens on the answer of row `entry` if it changed, else on the first change.
    pub fn new(entry: usize, view: &View) -> Self {
        let (_, items) = changes(view);
        let mut list = ListView::default();
        list.selected = items.iter().position(|c| c.entry == entry).unwrap_or(0);
        Self {
            list,
            text: Scroll::default(),
        }
    }

    pub fn handle(&mut self, action: Action, view: &View) -> Outcome {
        let (_, items) = changes(view);
        match action {
            Action::Back => return Outcome::Close,
            Action::Open => {
                return match items.get(self.list.selected) {
                    Some(c) => Outcome::Open(c.entry),
                    None => Outcome::Close,
                };
            }
            Action::PageUp | Action::PageDown => {
                self.text.handle(action);
            }
            other => {
                let before = self.list.selected;
                self.list.handle(other, items.len());
                if before != self.list.selected {
                    self.text = Scroll::default();
                }
            }
        }
        Outcome::Stay
    }

    pub fn click(&mut self, x: u16, y: u16, view: &View) {
        let before = self.list.selected;
        if self.list.click(x, y).is_some() {
            self.list.clamp(changes(view).1.len());
            if before != self.list.selected {
                self.text = Scroll::default();
            }
        }
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let (since, items) = changes(view);
        let list_w = (area.width * 2 / 5).clamp(24, 34);
        let left = Rect::new(area.x, area.y, list_w, area.height);
        let right = Rect::new(area.x + list_w, area.y, area.width - list_w, area.height);

        let title = match since {
            Since::Meeting(_) => "Changed since the last meeting",
            Since::PreviousVersion => "Changed answers",
        };
        let title = truncate(title, usize::from(list_w.saturating_sub(6)));
        let block = panel(&title, true, theme);
        let inner = block.inner(left);
        block.render(left, buf);
        let width = usize::from(inner.width.saturating_sub(2));
        self.list.render_visible(
            inner,
            buf,
            items.len(),
            |i| Line::from(truncate(entries()[items[i].entry].title(), width)),
            theme,
            true,
        );
        scroll_marks(left, buf, self.list.more(), theme);

        let Some(change) = items.get(self.list.selected.min(items.len().saturating_sub(1))) else {
            let block = panel("Since the last meeting", false, theme);
            let text_inner = block.inner(right);
            block.render(right, buf);
            render_note(text_inner, buf, nothing_changed(since, view), theme.dim);
            return;
        };
        let entry = entries()[change.entry];
        let title = truncate(
            &entry.full_title(),
            usize::from(right.width.saturating_sub(6)),
        );
        let mut text_block = panel(&title, false, theme);
        let text_inner = text_block.inner(right);
        let lines = diff_lines(since, change, view, theme, usize::from(text_inner.width));
        self.text.clamp(lines.len(), usize::from(text_inner.height));
        if let Some(pos) = self.text.position(lines.len()) {
            text_block =
                text_block.title_bottom(Line::from(Span::styled(pos, theme.dim)).right_aligned());
        }
        text_block.render(right, buf);
        self.text.render(lines, text_inner, buf);
    }
}

/// A date as "2026-11-10 (12 days ago)".
fn dated(day: chrono::NaiveDate, view: &View) -> String {
    format!(
        "{} ({})",
        day.format("%Y-%m-%d"),
        relative_words(day, view.clock.today())
    )
}

/// What the comparison is against, in words.
fn baseline(since: Since<'_>, view: &View) -> String {
    match since {
        Since::Meeting(m) => format!(
            "the last meeting, {}",
            dated(view.clock.local(m.starts_at).date(), view)
        ),
        Since::PreviousVersion => "the previous version (no meeting yet)".into(),
    }
}

fn nothing_changed(since: Since<'_>, view: &View) -> Vec<Line<'static>> {
    match since {
        Since::Meeting(_) => vec![Line::from(format!(
            "No answer changed since {}.",
            baseline(since, view)
        ))],
        Since::PreviousVersion => vec![Line::from(
            "No answers yet. Once you answer, this shows what changed since the last meeting in the journal.",
        )],
    }
}

/// The header (what is compared with what, doubling as the legend of the marks) and the
/// word diff, wrapped to `width`.
fn diff_lines(
    since: Since<'_>,
    change: &Change<'_>,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let width = width.max(1);
    let mut out: Vec<Line<'static>> =
        wrap(&format!("Compared with {}", baseline(since, view)), width)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.dim)))
            .collect();
    let was = match change.before {
        Some(v) => dated(v.day, view),
        None => "no answer".to_string(),
    };
    let legend = |(open, close): (&str, &str), word: &str, when: &str, style| {
        let mark = format!("{open}{word}{close}");
        let rest = truncate(&format!(" {when}"), width.saturating_sub(mark.width()));
        Line::from(vec![
            Span::styled(mark, style),
            Span::styled(rest, theme.dim),
        ])
    };
    out.push(legend(REMOVED, "was", &was, theme.removed));
    out.push(legend(
        ADDED,
        "now",
        &dated(change.now.day, view),
        theme.added,
    ));
    out.push(Line::default());
    let old = change.before.map_or("", |v| v.text.as_str());
    out.extend(word_diff_lines(old, &change.now.text, theme, width));
    out
}
