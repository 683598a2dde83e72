//! The `/` overlay: a query typed at the bottom, the texts that match listed above it,
//! grouped by tab (the tab it was opened from first), each with its record, its field and
//! an excerpt with the match highlighted. Enter goes there; Esc closes.

use std::collections::HashMap;
use std::ops::Range;
use std::time::{Duration, Instant};

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::ctx::Corpus;
use crate::domain::search::find_matches;
use crate::domain::text::count;
use crate::search::{Area, Budget, Found, Narrowing};
use crate::tab::Tab;
use crate::target::Target;
use crate::theme::Theme;
use crate::ui::highlight::{excerpt_to, highlighted};
use crate::ui::line_input::LineInput;
use crate::ui::list::ListView;
use crate::ui::text;
use crate::ui::wrap::truncate;
use crate::ui::{panel, scroll_marks};

/// Results listed per tab at first, and added by each Enter on "… N more" (the rest are
/// counted), so a one-letter query on a long journey stays quick to draw.
pub const SHOWN_PER_AREA: usize = 50;

/// The work a key may have the search do before the frame that answers it (see
/// [`Budget`]): about a third of a millisecond on the machine this was measured on, enough
/// to read every text's summary of a ten-year journey and to find the first rows of most
/// queries. What is left is done a slice at a time while no key waits
/// ([`SearchView::work`]). Smaller in the crate's own tests, so their journeys need more
/// than one key's worth (`frame_cost` counts what a key visits).
const KEY_BUDGET: Budget = if cfg!(test) { 500 } else { 40_000 };

/// The work done between two looks for a key while the search counts on: a key typed
/// meanwhile waits for at most this much (a look costs a system call; a slice that
/// changes nothing shown draws nothing).
pub const SLICE_BUDGET: Budget = KEY_BUDGET / 2;

/// While the search counts on, the results on screen are brought up to date at most this
/// often (and when it is done): the rows shown first do not change, only the counts.
const SHOW_EVERY: Duration = Duration::from_millis(100);

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
    /// A tab's heading, with how many of its texts match (so far, when the bool is false).
    Heading(Area, usize, bool),
    /// A result: group and position in the group.
    Hit(usize, usize),
    /// How many more of a tab's texts match than are listed (so far, when the bool is false).
    More(Area, usize, bool),
}

/// View state of a search: the query, what it found and the selected result. The index it
/// searches is kept by the context between searches (see [`Corpus`]).
#[derive(Clone, Debug)]
pub struct SearchView {
    shared: bool,
    input: LineInput,
    /// How many results each area lists (raised by Enter on its "more" row).
    limits: HashMap<Area, usize>,
    /// The matches of the query and of each shorter one typed on the way, the area of
    /// the tab it was opened from listed first.
    narrowing: Narrowing,
    /// The version of the index the results were found in (see [`Corpus`]).
    seen: u64,
    /// When the results shown were last brought up to date while counting.
    shown_at: Option<Instant>,
    /// The search has texts left to read for the query (see [`SearchView::work`]).
    counting: bool,
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
            shared,
            input: LineInput::new("a word from any tab"),
            limits: HashMap::new(),
            narrowing: Narrowing::starting_at(Area::of_tab(tab)),
            seen: 0,
            shown_at: None,
            counting: false,
            found: Found::default(),
            rows: Vec::new(),
            results: ListView::default(),
        }
    }

    /// Whether nothing (but spaces) is typed: the search shows no results and reads no
    /// index.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.input.text().trim().is_empty()
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
                if let Some(Row::More(area, ..)) = self.rows.get(self.results.selected) {
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

    /// Searches again for the query as typed, as much as a key may (see [`KEY_BUDGET`]):
    /// the rest is counted by [`SearchView::work`].
    fn refresh(&mut self, corpus: &Corpus) {
        let (index, j) = (corpus.index, corpus.view.journey);
        self.narrowing.set_query(index, &self.input.text());
        self.counting = !self.narrowing.work(index, j, KEY_BUDGET);
        self.shown_at = None;
        self.show(corpus);
    }

    /// Whether the search has texts left to read for the query (see [`SearchView::work`]).
    #[must_use]
    pub fn counting(&self) -> bool {
        self.counting
    }

    /// Reads on for the query while no key waits, a slice of [`SLICE_BUDGET`]. The results
    /// shown are brought up to date when it is done, or every [`SHOW_EVERY`] meanwhile;
    /// the selection stays where it is (rows are only added below it, counts raised).
    /// True when what is shown changed.
    pub fn work(&mut self, corpus: &Corpus, now: Instant) -> bool {
        self.sync(corpus);
        let (index, j) = (corpus.index, corpus.view.journey);
        let done = self.narrowing.work(index, j, SLICE_BUDGET);
        self.counting = !done;
        let since = *self.shown_at.get_or_insert(now);
        if done || now >= since + SHOW_EVERY {
            self.shown_at = Some(now);
            let at = self.results.selected;
            self.show(corpus);
            self.results.selected = at;
            self.settle(true);
            return true;
        }
        false
    }

    /// Counts every match now (for tests and tools that want the final figures at once).
    pub fn finish(&mut self, corpus: &Corpus) {
        self.sync(corpus);
        while self.counting {
            self.work(corpus, Instant::now());
        }
    }

    /// Lists what the search has found so far.
    fn show(&mut self, corpus: &Corpus) {
        let limits = &self.limits;
        self.found = corpus.index.found(&self.narrowing, |area| {
            limits.get(&area).copied().unwrap_or(SHOWN_PER_AREA)
        });
        self.rows.clear();
        for (g, (area, count, hits)) in self.found.groups.iter().enumerate() {
            let exact = self.found.open != Some(*area);
            self.rows.push(Row::Heading(*area, *count, exact));
            self.rows.extend((0..hits.len()).map(|i| Row::Hit(g, i)));
            if *count > hits.len() {
                self.rows.push(Row::More(*area, count - hits.len(), exact));
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
        text::paragraph(
            buf,
            Rect::new(inner.x, inner.y, inner.width, 1),
            Line::from(summary),
        );
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
        text::set_string(
            buf,
            inner.x,
            inner.bottom() - 2,
            &"─".repeat(width),
            theme.border,
        );
        // Marks on the border above the results and on the rule below them.
        let edge = Rect::new(area.x, area.y, area.width, inner.bottom() - 1 - area.y);
        scroll_marks(edge, buf, self.results.more(), theme);
        let input_y = inner.bottom() - 1;
        text::set_string(buf, inner.x, input_y, "/ ", theme.key);
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
        if self.found.counting {
            let text = if total == 0 {
                "Searching…".to_string()
            } else {
                format!(
                    "{} so far, still counting — {}{} choose, {} goes there",
                    count(total, "match", "matches"),
                    result_key(Action::Up),
                    result_key(Action::Down),
                    result_key(Action::Open),
                )
            };
            return Span::styled(text, theme.dim);
        }
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
        Row::Heading(area, count, exact) => Line::from(Span::styled(
            format!("{} ({count}{})", area.title(), so_far(exact)),
            theme.heading,
        )),
        Row::More(area, n, exact) => Line::from(Span::styled(
            truncate(
                &format!(
                    "  … {n}{} more in {}: {} lists them, or type more to narrow",
                    so_far(exact),
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
            let room = width.saturating_sub(used);
            if let Some((text, ranges)) = row_excerpt(entry.text, shown.query, room, 256) {
                spans.extend(highlighted(&text, &ranges, theme.text, theme.highlight));
            }
            Line::from(spans)
        }
    }
}

/// The excerpt of a result's text around its first match, `room` columns wide, with the
/// matches in it (as [`excerpt`](crate::ui::highlight::excerpt) cuts it from every match of
/// the whole text). Only the start of the text is searched, `cut` bytes and four times more
/// until the excerpt lies well inside it: a row of a long text costs what a short one does.
fn row_excerpt(
    text: &str,
    query: &str,
    room: usize,
    cut: usize,
) -> Option<(String, Vec<Range<usize>>)> {
    // A match covers at most four bytes per character of the query.
    let reach = 4 * query.trim().chars().count();
    let mut len = cut.max(1);
    loop {
        let mut end = len.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let whole = end == text.len();
        // The matches that end inside the part are those of the whole text.
        let ranges = find_matches(&text[..end], query);
        if let Some(first) = ranges.first() {
            let (shown, inside, to) = excerpt_to(text, &ranges, first, room);
            if whole || to + reach <= end {
                return Some((shown, inside));
            }
        } else if whole {
            return None;
        }
        len = len.saturating_mul(4);
    }
}

/// "+" after a count that may still grow.
fn so_far(exact: bool) -> &'static str {
    if exact { "" } else { "+" }
}

/// Cuts or pads to exactly `width` columns.
fn pad(s: &str, width: usize) -> String {
    let mut s = truncate(s.trim(), width);
    let w = s.width();
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    s
}

/// The key that does `action` on the results, as the hints above them show it.
fn result_key(action: Action) -> String {
    crate::keymap::first_key_in(crate::keymap::Context::SearchResults, action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{App, Overlay};
    use crate::ctx::Ctx;
    use crate::generate::{self, Size};
    use crate::store::Store;
    use crate::ui::highlight::excerpt;
    use crossterm::event::{Event, KeyCode, KeyModifiers};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn screen(app: &mut App) -> String {
        let mut term = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        term.draw(|f| app.draw(f)).expect("draw");
        let buf = term.backend().buffer();
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect()
    }

    /// A letter answers with the first rows and what is counted so far (here a key may read
    /// 500 texts' worth: see `KEY_BUDGET`); the rest is counted in slices, and then the
    /// counts are exact. A first letter alone is counted at once, from the index's tally.
    #[test]
    fn a_letter_shows_the_first_rows_at_once_and_the_counts_once_counted() {
        let journey = generate::journey(&Size::small().times(4), 7);
        let ctx = Ctx::new(
            Store::open_in_memory().expect("store"),
            journey,
            generate::clock(),
        );
        let mut app = App::new(ctx, crate::theme::Theme::mono());
        // The Journal's results first: more than a key reads.
        app.tab = Tab::Journal;
        let type_char = |app: &mut App, c| {
            app.handle_event(Event::Key(KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::NONE,
            )));
        };
        type_char(&mut app, '/');
        type_char(&mut app, 'e');
        assert!(!app.search_counting(), "one letter is counted at once");
        let one = screen(&mut app);
        assert!(one.contains("matches in 5 tabs"), "{one}");
        type_char(&mut app, 'a');
        assert!(app.search_counting());
        let first = screen(&mut app);
        assert!(first.contains("so far, still counting"), "{first}");
        assert!(first.contains("+)"), "a heading counted so far: {first}");
        // Below the tab bar, the border, the summary and the first heading.
        let rows: Vec<&str> = first.lines().skip(4).take(8).collect();
        let mut slices = 0;
        while app.search_counting() {
            app.search_work(Instant::now());
            slices += 1;
        }
        assert!(slices > 1, "{slices}");
        let done = screen(&mut app);
        assert!(done.contains("matches in 5 tabs"), "{done}");
        assert!(!done.contains("+)") && !done.contains("so far"), "{done}");
        // The rows shown first were the first rows.
        for row in &rows {
            assert!(done.contains(row), "{row:?} in\n{done}");
        }
        let Some(Overlay::Search(view)) = &app.overlay else {
            panic!("the search is open");
        };
        let corpus = app.ctx.search();
        let all = corpus
            .index
            .search(corpus.view.journey, "ea", view.narrowing.first(), |_| 50);
        assert_eq!(view.found(), &all);
    }

    proptest::proptest! {
        /// Searching the start of a text, a little at a time, gives the excerpt and the
        /// highlights that every match of the whole text gives.
        #[test]
        fn a_row_reads_only_the_start_of_its_text_and_shows_the_same(
            text in "[ab \n\u{0301}İiÉé指]{0,60}",
            query in "[abIi̇é指 ]{1,3}",
            room in 0..30usize,
            cut in 1..20usize,
        ) {
            let all = find_matches(&text, &query);
            let want = all.first().map(|f| excerpt(&text, &all, f, room));
            proptest::prop_assert_eq!(row_excerpt(&text, &query, room, cut), want);
        }
    }
}
