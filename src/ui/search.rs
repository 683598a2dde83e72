//! The `/` overlay: a query typed at the bottom, the texts that match listed above it,
//! grouped by tab (the tab it was opened from first), each with its record, its field and
//! an excerpt with the match highlighted. Enter goes there; Esc closes.

use std::collections::HashMap;

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::ctx::Corpus;
use crate::domain::search::find_matches;
use crate::domain::text::count;
use crate::search::{Area, Found, Narrowing};
use crate::tab::Tab;
use crate::target::Target;
use crate::theme::Theme;
use crate::ui::highlight::{excerpt, highlighted};
use crate::ui::line_input::LineInput;
use crate::ui::list::ListView;
use crate::ui::wrap::truncate;
use crate::ui::{panel, scroll_marks};

/// Results listed per tab at first, and added by each Enter on "… N more" (the rest are
/// counted), so a one-letter query on a long journey stays quick to draw.
pub const SHOWN_PER_AREA: usize = 50;

/// What the overlay did with an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Close,
    /// Close and show this.
    Go(Target),
}

/// One row of the result list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    /// A tab's heading, with how many of its texts match.
    Heading(Area, usize),
    /// A result: group and position in the group.
    Hit(usize, usize),
    /// How many more of a tab's texts match than are listed.
    More(Area, usize),
}

/// View state of a search: the query, what it found and the selected result. The index it
/// searches is kept by the context between searches (see [`Corpus`]).
#[derive(Clone, Debug)]
pub struct SearchView {
    /// The area of the tab it was opened from, listed first.
    first: Option<Area>,
    shared: bool,
    input: LineInput,
    /// How many results each area lists (raised by Enter on its "more" row).
    limits: HashMap<Area, usize>,
    /// The matches of the query and of each shorter one typed on the way.
    narrowing: Narrowing,
    /// The version of the index the results were found in (see [`Corpus`]).
    seen: u64,
    found: Found,
    rows: Vec<Row>,
    results: ListView,
}

impl SearchView {
    /// Opens a search from `tab`; `shared` when the screen is shared (what is private is
    /// not in the index then).
    #[must_use]
    pub fn open(tab: Tab, shared: bool) -> Self {
        Self {
            first: Area::of_tab(tab),
            shared,
            input: LineInput::new("a word from any tab"),
            limits: HashMap::new(),
            narrowing: Narrowing::default(),
            seen: 0,
            found: Found::default(),
            rows: Vec::new(),
            results: ListView::default(),
        }
    }

    /// Whether there is a result to choose.
    #[must_use]
    pub fn has_results(&self) -> bool {
        !self.rows.is_empty()
    }

    /// What the current query found.
    #[must_use]
    pub fn found(&self) -> &Found {
        &self.found
    }

    /// Where the selected result leads, if a result is selected.
    #[must_use]
    pub fn selected_target(&self, corpus: &Corpus) -> Option<Target> {
        match self.rows.get(self.results.selected) {
            Some(Row::Hit(g, i)) => {
                let hit = &self.found.groups[*g].2[*i];
                corpus
                    .index
                    .shown(hit.entry, &corpus.view)
                    .map(|s| s.target)
            }
            _ => None,
        }
    }

    pub fn handle(&mut self, action: Action, corpus: &Corpus) -> Outcome {
        self.sync(corpus);
        match action {
            Action::Back => Outcome::Close,
            Action::Open => {
                if let Some(Row::More(area, _)) = self.rows.get(self.results.selected) {
                    let area = *area;
                    self.list_more(area, corpus);
                    return Outcome::Stay;
                }
                self.selected_target(corpus)
                    .map_or(Outcome::Stay, Outcome::Go)
            }
            other => {
                if self.results.handle(other, self.rows.len()) {
                    let forward = !matches!(other, Action::Up | Action::PageUp | Action::Top);
                    self.settle(forward);
                }
                Outcome::Stay
            }
        }
    }

    pub fn type_key(&mut self, key: KeyEvent, corpus: &Corpus) {
        self.sync(corpus);
        if self.input.input(key) {
            self.new_query(corpus);
        }
    }

    /// The index changed since the results were found (an edit saved meanwhile): they are
    /// found again, where the user was.
    fn sync(&mut self, corpus: &Corpus) {
        if self.seen != corpus.version {
            self.seen = corpus.version;
            self.narrowing.clear();
            let at = self.results.selected;
            self.refresh(corpus);
            self.results.selected = at;
            self.settle(true);
        }
    }

    /// The query changed: search afresh, the first result selected.
    fn new_query(&mut self, corpus: &Corpus) {
        self.limits.clear();
        self.refresh(corpus);
        self.results = ListView::default();
        self.settle(true);
    }

    /// Lists more of an area's results, the selection on the first new one.
    fn list_more(&mut self, area: Area, corpus: &Corpus) {
        let shown = self.limits.get(&area).copied().unwrap_or(SHOWN_PER_AREA);
        self.limits.insert(area, shown + SHOWN_PER_AREA);
        let at = self.results.selected;
        self.refresh(corpus);
        self.results.selected = at;
        self.settle(true);
    }

    /// Pastes into the query. True when the paste was too long and cut (the caller says so).
    pub fn paste(&mut self, text: &str, corpus: &Corpus) -> bool {
        self.sync(corpus);
        let cut = self.input.paste(text);
        self.new_query(corpus);
        cut
    }

    /// A click selects a result; a click on the selected one goes there.
    pub fn click(&mut self, x: u16, y: u16, corpus: &Corpus) -> Outcome {
        self.sync(corpus);
        let before = self.results.selected;
        match self.results.click(x, y) {
            Some(i) if matches!(self.rows.get(i), Some(Row::Hit(..) | Row::More(..))) => {
                if i == before {
                    self.handle(Action::Open, corpus)
                } else {
                    Outcome::Stay
                }
            }
            Some(_) => {
                self.results.selected = before;
                Outcome::Stay
            }
            None => Outcome::Stay,
        }
    }

    /// Searches again for the query as typed.
    fn refresh(&mut self, corpus: &Corpus) {
        let limits = &self.limits;
        let matches = self
            .narrowing
            .find(corpus.index, corpus.view.journey, &self.input.text());
        self.found = corpus.index.found(matches, self.first, |area| {
            limits.get(&area).copied().unwrap_or(SHOWN_PER_AREA)
        });
        self.rows.clear();
        for (g, (area, count, hits)) in self.found.groups.iter().enumerate() {
            self.rows.push(Row::Heading(*area, *count));
            self.rows.extend((0..hits.len()).map(|i| Row::Hit(g, i)));
            if *count > hits.len() {
                self.rows.push(Row::More(*area, count - hits.len()));
            }
        }
    }

    /// Moves the selection off headings.
    fn settle(&mut self, forward: bool) {
        let rows = &self.rows;
        let list = &mut self.results;
        list.clamp(rows.len());
        let selectable = |i: usize| !matches!(rows[i], Row::Heading(..));
        if rows.is_empty() || selectable(list.selected) {
            return;
        }
        let ahead = (list.selected..rows.len()).find(|&i| selectable(i));
        let behind = (0..=list.selected).rev().find(|&i| selectable(i));
        let found = if forward {
            ahead.or(behind)
        } else {
            behind.or(ahead)
        };
        if let Some(i) = found {
            list.selected = i;
        }
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, corpus: &Corpus, theme: &Theme) {
        self.sync(corpus);
        Clear.render(area, buf);
        let block = panel("Search", true, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height < 3 {
            return;
        }
        let width = usize::from(inner.width);
        let summary = self.summary(theme);
        Paragraph::new(Line::from(summary))
            .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        let list_area = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 3);
        let (rows, results) = (&self.rows, &mut self.results);
        let found = &self.found;
        let query = self.input.text();
        let shown = Shown {
            found,
            corpus,
            query: &query,
        };
        results.render_visible(
            list_area,
            buf,
            rows.len(),
            |i| shown.row_line(rows[i], theme, width.saturating_sub(2)),
            theme,
            true,
        );
        buf.set_string(inner.x, inner.bottom() - 2, "─".repeat(width), theme.border);
        // Marks on the border above the results and on the rule below them.
        let edge = Rect::new(area.x, area.y, area.width, inner.bottom() - 1 - area.y);
        scroll_marks(edge, buf, self.results.more(), theme);
        let input_y = inner.bottom() - 1;
        buf.set_string(inner.x, input_y, "/ ", theme.key);
        self.input.render(
            Rect::new(inner.x + 2, input_y, inner.width.saturating_sub(2), 1),
            buf,
        );
    }

    fn summary(&self, theme: &Theme) -> Span<'static> {
        let query = self.input.text();
        if query.trim().is_empty() {
            let text = if self.shared {
                "Type to search every tab. Private items are left out on the shared screen."
            } else {
                "Type to search answers, the worksheet, goals, meetings and agreements."
            };
            return Span::styled(text, theme.hint);
        }
        let total = self.found.total();
        if total == 0 {
            return Span::styled(
                format!("No matches for “{}”.", truncate(query.trim(), 40)),
                theme.dim,
            );
        }
        let tabs = self.found.groups.len();
        Span::styled(
            format!(
                "{} in {} — {}{} choose, {} goes there",
                count(total, "match", "matches"),
                count(tabs, "tab", "tabs"),
                result_key(Action::Up),
                result_key(Action::Down),
                result_key(Action::Open),
            ),
            theme.dim,
        )
    }
}

/// What the rows drawn show: the results, where their texts are, and the query to
/// highlight (match ranges are found for the rows drawn only).
struct Shown<'a> {
    found: &'a Found,
    corpus: &'a Corpus<'a>,
    query: &'a str,
}

impl Shown<'_> {
    /// "2026-11-03 Ana        notes         …the CV draft and…", the match highlighted.
    fn row_line(&self, row: Row, theme: &Theme, width: usize) -> Line<'static> {
        row_line(self, row, theme, width)
    }
}

fn row_line(shown: &Shown, row: Row, theme: &Theme, width: usize) -> Line<'static> {
    let found = shown.found;
    match row {
        Row::Heading(area, count) => Line::from(Span::styled(
            format!("{} ({count})", area.title()),
            theme.heading,
        )),
        Row::More(area, n) => Line::from(Span::styled(
            truncate(
                &format!(
                    "  … {n} more in {}: {} lists them, or type more to narrow",
                    area.title(),
                    result_key(Action::Open)
                ),
                width,
            ),
            theme.dim,
        )),
        Row::Hit(g, i) => {
            let hit = &found.groups[g].2[i];
            let Some(entry) = shown.corpus.index.shown(hit.entry, &shown.corpus.view) else {
                return Line::default();
            };
            let record_w = if width >= 70 { 18 } else { 14 };
            let record = pad(&entry.record, record_w);
            let field = pad(entry.field, 12);
            let used = record.width() + field.width() + 6;
            let mut spans = vec![
                Span::raw("  "),
                Span::raw(record),
                Span::raw("  "),
                Span::styled(field, theme.label),
                Span::raw("  "),
            ];
            let ranges = find_matches(entry.text, shown.query);
            if let Some(first) = ranges.first() {
                let room = width.saturating_sub(used);
                let (text, ranges) = excerpt(entry.text, &ranges, first, room);
                spans.extend(highlighted(&text, &ranges, theme.text, theme.highlight));
            }
            Line::from(spans)
        }
    }
}

/// Cuts or pads to exactly `width` columns.
fn pad(s: &str, width: usize) -> String {
    let s = truncate(s.trim(), width);
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The key that does `action` on the results, as the hints above them show it.
fn result_key(action: Action) -> String {
    crate::keymap::first_key_in(crate::keymap::Context::SearchResults, action)
}
