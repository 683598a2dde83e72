//! History: the dated versions of one answer, newest first, and the full text of the one
//! selected.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::entries;
use super::scroll::Scroll;
use crate::action::Action;
use crate::domain::AnswerVersion;
use crate::domain::dates::relative_words;
use crate::theme::Theme;
use crate::ui::list::ListView;
use crate::ui::wrap::{truncate, wrap};
use crate::ui::{panel, render_note, scroll_marks};
use crate::view::View;

/// View state of the history of one answer.
#[derive(Clone, Debug)]
pub struct HistoryView {
    /// The row of the answer (see [`entries`]).
    entry: usize,
    /// Selection among the versions, newest first.
    list: ListView,
    text: Scroll,
}

impl HistoryView {
    pub fn new(entry: usize) -> Self {
        Self {
            entry,
            list: ListView::default(),
            text: Scroll::default(),
        }
    }

    /// The versions, newest first.
    fn versions<'a>(&self, view: &View<'a>) -> Vec<&'a AnswerVersion> {
        let key = entries()[self.entry].key();
        view.journey
            .answers
            .get(&key)
            .map(|v| v.iter().rev().collect())
            .unwrap_or_default()
    }

    /// Acts on a key. Returns false when the view should close.
    pub fn handle(&mut self, action: Action, view: &View) -> bool {
        let len = self.versions(view).len();
        match action {
            Action::Back => return false,
            Action::PageUp | Action::PageDown => {
                self.text.handle(action);
            }
            other => {
                let before = self.list.selected;
                self.list.handle(other, len);
                if before != self.list.selected {
                    self.text = Scroll::default();
                }
            }
        }
        true
    }

    pub fn click(&mut self, x: u16, y: u16) {
        let before = self.list.selected;
        if self.list.click(x, y).is_some() && before != self.list.selected {
            self.text = Scroll::default();
        }
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme) {
        let entry = entries()[self.entry];
        let list_w = (area.width * 3 / 8).clamp(24, 32);
        let [left, right] =
            Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]).areas(area);
        let block = panel("History", true, theme);
        let inner = block.inner(left);
        block.render(left, buf);
        let title = truncate(
            &entry.full_title(),
            usize::from(right.width.saturating_sub(6)),
        );
        let mut text_block = panel(&title, false, theme);
        let text_inner = text_block.inner(right);

        let versions = self.versions(view);
        if versions.is_empty() {
            text_block.render(right, buf);
            render_empty([inner, text_inner], buf, theme);
            return;
        }
        let width = usize::from(inner.width.saturating_sub(2));
        let today = view.clock.today();
        self.list.render_visible(
            inner,
            buf,
            versions.len(),
            |i| version_line(versions[i], today, width, theme),
            theme,
            true,
        );
        scroll_marks(left, buf, self.list.more(), theme);

        let i = self.list.selected.min(versions.len() - 1);
        let w = usize::from(text_inner.width.max(1));
        let lines = version_text(&versions, i, w, view, theme);
        self.text.clamp(lines.len(), usize::from(text_inner.height));
        if let Some(pos) = self.text.position(lines.len()) {
            text_block =
                text_block.title_bottom(Line::from(Span::styled(pos, theme.dim)).right_aligned());
        }
        text_block.render(right, buf);
        self.text.render(lines, text_inner, buf);
    }
}

/// An answer never written: a note in the list and one in the text's place.
fn render_empty([list, text]: [Rect; 2], buf: &mut Buffer, theme: &Theme) {
    render_note(
        list,
        buf,
        vec![Line::from(Span::styled("No versions yet.", theme.dim))],
        theme.text,
    );
    render_note(
        text,
        buf,
        vec![Line::from(
            "Nothing written yet. Each day you change an answer keeps a dated version here.",
        )],
        theme.dim,
    );
}

/// A version in the list: its day, and how long ago that was.
fn version_line(v: &AnswerVersion, today: NaiveDate, width: usize, theme: &Theme) -> Line<'static> {
    let words = relative_words(v.day, today);
    Line::from(vec![
        Span::raw(v.day.format("%Y-%m-%d").to_string()),
        Span::styled(
            truncate(&format!("  {words}"), width.saturating_sub(10)),
            theme.dim,
        ),
    ])
}

/// Version `i` (of `versions`, newest first) in full, wrapped to `w` columns, under which
/// version it is and when it was saved.
fn version_text(
    versions: &[&AnswerVersion],
    i: usize,
    w: usize,
    view: &View,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let n = versions.len();
    let v = versions[i];
    let saved = view.clock.local(v.saved_at).format("%Y-%m-%d %H:%M");
    let meta = format!("Version {} of {n}, last saved {saved}", n - i);
    let mut lines: Vec<Line<'static>> = wrap(&meta, w)
        .into_iter()
        .map(|l| Line::from(Span::styled(l, theme.dim)))
        .collect();
    lines.push(Line::default());
    if v.text.trim().is_empty() {
        lines.push(Line::from(Span::styled("(cleared: no text)", theme.hint)));
    } else {
        lines.extend(wrap(&v.text, w).into_iter().map(Line::from));
    }
    lines
}
