//! A form: labelled fields of a record, navigated with the keys of `Context::Form`.
//!
//! Panes describe their fields as [`FieldSpec`]s (built fresh from the journey each time);
//! the form keeps only the selection and scroll, reads values through the journey and
//! writes them through [`Ctx::commit`], so every form autosaves the same way.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::ctx::Ctx;
use crate::domain::dates::relative_words;
use crate::domain::{Channel, Choice, FieldKey, Id, Value};
use crate::editor::{FieldEditor, TextKind};
use crate::keymap::{self, Context};
use crate::theme::Theme;
use crate::ui::cells::{Cell, fit};
use crate::ui::text;
use crate::ui::wrap::{preview, truncate, wrap};
use crate::view::View;

/// How a field is edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Typed text, validated by kind.
    Typed(TextKind),
    /// One of a fixed set of codes (`None` = unset).
    Choice(Vec<(Option<&'static str>, &'static str)>),
    /// One of a set of records (e.g. a mentor), stored as an id.
    Pick(Vec<(Option<Id>, String)>),
    /// Any subset of the channels.
    Channels,
    /// Yes or no.
    Flag,
}

/// One field of a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub key: FieldKey,
    pub label: String,
    pub kind: FieldKind,
    /// Shown, dimmed, while the field is empty.
    pub hint: String,
    /// A heading shown above this field.
    pub section: Option<String>,
}

impl FieldSpec {
    #[must_use]
    pub fn typed(key: FieldKey, label: &str, kind: TextKind) -> Self {
        Self {
            key,
            label: label.to_string(),
            kind: FieldKind::Typed(kind),
            hint: String::new(),
            section: None,
        }
    }

    #[must_use]
    pub fn line(key: FieldKey, label: &str) -> Self {
        Self::typed(key, label, TextKind::Line)
    }

    #[must_use]
    pub fn text(key: FieldKey, label: &str) -> Self {
        Self::typed(key, label, TextKind::Text)
    }

    #[must_use]
    pub fn date(key: FieldKey, label: &str) -> Self {
        Self::typed(key, label, TextKind::Date).hint("YYYY-MM-DD, today, +2w")
    }

    /// A choice among the values of `T`, with "not set" first when `optional`.
    #[must_use]
    pub fn choice<T: Choice>(key: FieldKey, label: &str, optional: bool) -> Self {
        let mut options = Vec::new();
        if optional {
            options.push((None, "not set"));
        }
        options.extend(T::all().iter().map(|c| (Some(c.code()), c.label())));
        Self {
            kind: FieldKind::Choice(options),
            ..Self::line(key, label)
        }
    }

    #[must_use]
    pub fn pick(key: FieldKey, label: &str, options: Vec<(Option<Id>, String)>) -> Self {
        Self {
            kind: FieldKind::Pick(options),
            ..Self::line(key, label)
        }
    }

    #[must_use]
    pub fn channels(key: FieldKey, label: &str) -> Self {
        Self {
            kind: FieldKind::Channels,
            ..Self::line(key, label)
        }
    }

    #[must_use]
    pub fn flag(key: FieldKey, label: &str) -> Self {
        Self {
            kind: FieldKind::Flag,
            ..Self::line(key, label)
        }
    }

    #[must_use]
    pub fn hint(mut self, hint: &str) -> Self {
        self.hint = hint.to_string();
        self
    }

    #[must_use]
    pub fn section(mut self, title: &str) -> Self {
        self.section = Some(title.to_string());
        self
    }
}

/// What a form did with an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormOutcome {
    Handled,
    /// The user asked to leave the form.
    Back,
    Ignored,
}

/// View state of a form.
#[derive(Clone, Debug, Default)]
pub struct Form {
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
    /// The option under the cursor on a field with several choices (channels): `Space`
    /// ticks it, `← →` move it.
    pub option: usize,
    /// Filling in the form: `Tab` while editing reached a field that is not text, and `Tab`
    /// goes on from it (opening the next text field) until `Esc`.
    pub filling: bool,
    /// Screen rows of each field at the last render, for mouse clicks.
    hits: Vec<(Rect, usize)>,
    /// Whether rows were left out above and below at the last render.
    more: (bool, bool),
}

/// Rows a multi-line value shows while not being edited.
const PREVIEW_ROWS: usize = 4;

impl Form {
    /// The keymap contexts of this form right now: what the selected field takes, and,
    /// while filling in, the keys that go on to the next field.
    #[must_use]
    pub fn contexts(&self, fields: &[FieldSpec]) -> Vec<Context> {
        let field = fields.get(self.selected.min(fields.len().saturating_sub(1)));
        let kind = match field.map(|f| &f.kind) {
            Some(FieldKind::Typed(_)) | None => Context::FormText,
            Some(FieldKind::Choice(_) | FieldKind::Pick(_)) => Context::FormChoice,
            Some(FieldKind::Flag) => Context::FormFlag,
            Some(FieldKind::Channels) => Context::FormMulti,
        };
        if self.filling && kind != Context::FormText {
            vec![kind, Context::FormFill, Context::Form]
        } else {
            vec![kind, Context::Form]
        }
    }

    /// The contexts of a pane showing this form, `pane` being the pane's own (its keys
    /// beside the form's): the pane's first, except while filling in, when the keys that go
    /// on to the next field come first (the footer shows them before the pane's).
    #[must_use]
    pub fn contexts_in(&self, pane: &[Context], fields: &[FieldSpec]) -> Vec<Context> {
        let own = self.contexts(fields);
        let mut out = Vec::with_capacity(own.len() + pane.len());
        if self.filling {
            let (fill, rest) = own.split_at(own.len().saturating_sub(1));
            out.extend_from_slice(fill);
            out.extend_from_slice(pane);
            out.extend_from_slice(rest);
        } else {
            out.extend_from_slice(pane);
            out.extend(own);
        }
        out
    }

    /// The contexts this form adds while one of its fields is being edited: `Tab` (and on a
    /// one-line field `↓` / `↑`) goes on to the next or previous field.
    #[must_use]
    pub fn editing_contexts(fields: &[FieldSpec], view: &View) -> Vec<Context> {
        let Some(ed) = view.editor else {
            return Vec::new();
        };
        if !fields.iter().any(|f| f.key == ed.key) {
            return Vec::new();
        }
        if ed.kind.single_line() {
            vec![Context::EditingForm, Context::EditingFormLine]
        } else {
            vec![Context::EditingForm]
        }
    }

    /// Whether rows were left out above and below at the last render (for
    /// [`crate::ui::scroll_marks`] on the form's border).
    #[must_use]
    pub fn more(&self) -> (bool, bool) {
        self.more
    }

    /// Keeps the selection inside the fields.
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
    }

    /// Selects a field (and the first option of a field with several).
    fn select(&mut self, i: usize) {
        if i != self.selected {
            self.option = 0;
        }
        self.selected = i;
    }

    /// Acts on a key action. The open editor (if any) is handled by the app, not here.
    pub fn handle(&mut self, action: Action, fields: &[FieldSpec], ctx: &mut Ctx) -> FormOutcome {
        self.clamp(fields.len());
        let Some(field) = fields.get(self.selected) else {
            return if action == Action::Back {
                FormOutcome::Back
            } else {
                FormOutcome::Ignored
            };
        };
        let last = fields.len().saturating_sub(1);
        match action {
            Action::NextField => self.go_on(self.selected + 1, fields, ctx),
            Action::PrevField if self.selected > 0 => {
                self.go_on(self.selected - 1, fields, ctx);
            }
            Action::PrevField => {}
            Action::FinishEdit => self.filling = false,
            Action::Up => self.select(self.selected.saturating_sub(1)),
            Action::Down => self.select((self.selected + 1).min(last)),
            Action::Top => self.select(0),
            Action::Bottom => self.select(last),
            Action::PageUp => self.select(self.selected.saturating_sub(5)),
            Action::PageDown => self.select((self.selected + 5).min(last)),
            Action::Back => return FormOutcome::Back,
            Action::Open => match &field.kind {
                FieldKind::Typed(kind) => {
                    ctx.begin_edit(field.key.clone(), *kind, &field.label, &field.hint);
                }
                FieldKind::Channels => tick(field, self.option, ctx),
                _ => step(field, 1, ctx),
            },
            Action::Toggle => match &field.kind {
                FieldKind::Typed(_) => return FormOutcome::Ignored,
                FieldKind::Channels => tick(field, self.option, ctx),
                _ => step(field, 1, ctx),
            },
            Action::Left | Action::Right => {
                let delta = if action == Action::Left { -1 } else { 1 };
                match &field.kind {
                    FieldKind::Typed(_) => return FormOutcome::Ignored,
                    FieldKind::Channels => {
                        self.option = cycle(self.option, delta, Channel::ALL.len());
                    }
                    _ => step(field, delta, ctx),
                }
            }
            Action::ExternalEditor => match &field.kind {
                FieldKind::Typed(kind) => {
                    ctx.request_external(field.key.clone(), *kind, &field.label);
                }
                _ => ctx.info(format!(
                    "{} edits text fields in your editor",
                    keymap::first_key_in(Context::FormText, Action::ExternalEditor)
                )),
            },
            _ => return FormOutcome::Ignored,
        }
        FormOutcome::Handled
    }

    /// Filling in: leaves the field being edited (saving it) and goes on to field `i`,
    /// editing it if it is text. Past the last field, filling in is done.
    fn go_on(&mut self, i: usize, fields: &[FieldSpec], ctx: &mut Ctx) {
        ctx.finish_edit();
        if ctx.editor.is_some() {
            // Not valid: the editor stays open and says why.
            return;
        }
        if i >= fields.len() {
            self.filling = false;
            return;
        }
        self.select(i);
        self.enter(fields, ctx);
    }

    /// Starts filling in the selected field: its editor if it is text; otherwise the keys
    /// of its kind, with `Tab` going on.
    pub fn enter(&mut self, fields: &[FieldSpec], ctx: &mut Ctx) {
        let Some(field) = fields.get(self.selected) else {
            return;
        };
        if let FieldKind::Typed(kind) = &field.kind {
            self.filling = false;
            ctx.begin_edit(field.key.clone(), *kind, &field.label, &field.hint);
        } else {
            self.filling = true;
        }
    }

    /// Selects the field under a mouse click. Returns true if one was hit.
    pub fn click(&mut self, x: u16, y: u16) -> bool {
        let hit = self
            .hits
            .iter()
            .find(|(r, _)| r.contains(ratatui::layout::Position { x, y }))
            .map(|(_, i)| *i);
        if let Some(i) = hit {
            self.select(i);
            self.filling = false;
        }
        hit.is_some()
    }

    /// Draws the fields, scrolled so the selected one is visible.
    pub fn render(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        fields: &[FieldSpec],
        view: &View,
        theme: &Theme,
        focused: bool,
    ) {
        self.hits.clear();
        if area.width < 4 || area.height == 0 {
            return;
        }
        self.clamp(fields.len());
        let label_w = label_width(fields, area.width);
        let [label_col, value_col] =
            Layout::horizontal([Constraint::Length(label_w), Constraint::Fill(1)]).areas(area);
        let paint = Paint {
            fields,
            view,
            theme,
            focused,
        };
        let max_edit = usize::from(area.height).saturating_sub(2).max(1);
        let (rows, spans_of) = self.rows(&paint, usize::from(value_col.width).max(1), max_edit);
        let height = usize::from(area.height);
        self.scroll_to(spans_of.get(self.selected).copied(), rows.len(), height);
        let screen_rows = area.rows().zip(label_col.rows()).zip(value_col.rows());
        for (((row, label), value), item) in screen_rows.zip(rows.iter().skip(self.offset)) {
            self.draw_row(item, row, [label, value], area.bottom(), buf, &paint);
        }
    }

    /// Every row of the form, and the rows each field takes (start, end).
    fn rows(
        &self,
        paint: &Paint,
        value_w: usize,
        max_edit: usize,
    ) -> (Vec<RowItem>, Vec<(usize, usize)>) {
        let mut rows: Vec<RowItem> = Vec::new();
        let mut spans_of: Vec<(usize, usize)> = Vec::new();
        for (i, f) in paint.fields.iter().enumerate() {
            let start = rows.len();
            if let Some(title) = &f.section {
                if i > 0 {
                    rows.push(RowItem::Blank);
                }
                rows.push(RowItem::Heading(title.clone()));
            }
            if let Some(ed) = paint.view.editor.filter(|e| e.key == f.key) {
                let height = editor_height(ed, value_w, max_edit);
                rows.push(RowItem::Editor { field: i, height });
                rows.extend((1..height).map(|_| RowItem::Cont));
                if let Some(err) = &ed.error {
                    rows.extend(wrap(err, value_w).into_iter().map(RowItem::Error));
                }
            } else {
                let selected = i == self.selected && paint.focused;
                let lines = self.value_lines(f, paint.view, paint.theme, value_w, selected);
                rows.extend(
                    lines
                        .into_iter()
                        .enumerate()
                        .map(|(n, line)| RowItem::Value {
                            field: i,
                            first: n == 0,
                            line: fit_line(line, value_w),
                        }),
                );
            }
            spans_of.push((start, rows.len()));
        }
        (rows, spans_of)
    }

    /// Scrolls so the selected field's rows (`span`) are in view.
    fn scroll_to(&mut self, span: Option<(usize, usize)>, total: usize, height: usize) {
        if let Some((start, end)) = span {
            if start < self.offset {
                self.offset = start;
            } else if end > self.offset + height {
                self.offset = end.saturating_sub(height).min(start);
            }
        }
        self.offset = self.offset.min(total.saturating_sub(1));
        self.more = (self.offset > 0, self.offset + height < total);
    }

    /// Draws one row: `row` the whole width, `label` and `value` its two columns, `bottom`
    /// the form's last row + 1 (an editor stops there).
    fn draw_row(
        &mut self,
        item: &RowItem,
        row: Rect,
        [label, value]: [Rect; 2],
        bottom: u16,
        buf: &mut Buffer,
        paint: &Paint,
    ) {
        let theme = paint.theme;
        let label_text = |field: usize| {
            truncate(
                &paint.fields[field].label,
                usize::from(label.width).saturating_sub(1),
            )
        };
        match item {
            RowItem::Blank | RowItem::Cont => {}
            RowItem::Heading(t) => {
                text::paragraph(
                    buf,
                    row,
                    Span::styled(truncate(t, usize::from(row.width)), theme.heading),
                );
            }
            RowItem::Error(msg) => {
                text::paragraph(
                    buf,
                    value,
                    Span::styled(truncate(msg, usize::from(value.width)), theme.error),
                );
            }
            RowItem::Value { field, first, line } => {
                self.hits.push((row, *field));
                if *first {
                    let style = if *field == self.selected && paint.focused {
                        theme.selected
                    } else {
                        theme.label
                    };
                    text::paragraph(buf, label, Span::styled(label_text(*field), style));
                }
                text::paragraph(buf, value, line.clone());
            }
            RowItem::Editor { field, height } => {
                self.hits.push((row, *field));
                text::paragraph(buf, label, Span::styled(label_text(*field), theme.selected));
                let avail = usize::from(bottom.saturating_sub(row.y));
                let height = u16::try_from((*height).min(avail)).unwrap_or(1);
                if let Some(ed) = paint.view.editor {
                    Widget::render(&ed.area, Rect { height, ..value }, buf);
                }
            }
        }
    }

    /// The lines a field's value shows while not being edited.
    fn value_lines(
        &self,
        f: &FieldSpec,
        view: &View,
        theme: &Theme,
        width: usize,
        selected: bool,
    ) -> Vec<Line<'static>> {
        let hint = || {
            vec![Line::from(Span::styled(
                truncate(&f.hint, width),
                theme.hint,
            ))]
        };
        match (&f.kind, view.journey.get(&f.key)) {
            (FieldKind::Channels, Value::Channels(chosen)) => {
                let option = selected.then_some(self.option);
                channel_lines(&chosen, option, width, theme)
            }
            (FieldKind::Choice(options), Value::Choice(code)) => {
                let label = options
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map_or("not set", |(_, l)| l);
                vec![choice_line(label, code.is_none(), selected, theme)]
            }
            (FieldKind::Pick(options), Value::Int(id)) => {
                let label = options
                    .iter()
                    .find(|(c, _)| *c == id)
                    .map_or("not set", |(_, l)| l.as_str());
                vec![choice_line(label, id.is_none(), selected, theme)]
            }
            (FieldKind::Flag, Value::Bool(b)) => {
                vec![Line::from(if b { "[x] yes" } else { "[ ] no" })]
            }
            (FieldKind::Typed(_), Value::Date(None) | Value::Int(None)) => hint(),
            (FieldKind::Typed(_), Value::Date(Some(d))) => {
                let words = relative_words(d, view.clock.today());
                let cells = [
                    Cell::keep(d.format("%Y-%m-%d").to_string(), theme.text),
                    Cell::detail(format!("  {}", d.format("%a")), theme.dim),
                    Cell::detail(format!(" · {words}"), theme.dim),
                ];
                vec![fit(&cells, width)]
            }
            (FieldKind::Typed(_), Value::Instant(t)) => vec![Line::from(
                view.clock.local(t).format("%Y-%m-%d %H:%M").to_string(),
            )],
            (FieldKind::Typed(_), Value::Int(Some(n))) => vec![Line::from(n.to_string())],
            (FieldKind::Typed(_), Value::Text(t)) if t.is_empty() => hint(),
            (FieldKind::Typed(kind), Value::Text(t)) => text_lines(&t, *kind, width, theme),
            _ => hint(),
        }
    }
}

/// What [`Form::render`] draws from, handed to each row.
struct Paint<'a, 'v> {
    fields: &'a [FieldSpec],
    view: &'a View<'v>,
    theme: &'a Theme,
    focused: bool,
}

/// The label column: as wide as the longest label, at most a third of the form, plus two.
fn label_width(fields: &[FieldSpec], width: u16) -> u16 {
    let longest = fields.iter().map(|f| f.label.width()).max().unwrap_or(0);
    let label_w = longest.min(usize::from(width) / 3) + 2;
    u16::try_from(label_w).unwrap_or(0).min(width)
}

/// Rows the open editor takes: one for a one-line field, else its wrapped text and a row to
/// type on, at least three and at most `max_edit`.
fn editor_height(ed: &FieldEditor, value_w: usize, max_edit: usize) -> usize {
    if ed.kind.single_line() {
        return 1;
    }
    // Count wrapped rows only until the editor is full: a long text must not be wrapped
    // whole on every frame.
    let mut wrapped = 0;
    for l in ed.area.lines() {
        wrapped += wrap(l, value_w).len().max(1);
        if wrapped >= max_edit {
            break;
        }
    }
    // At least three rows, unless the form has fewer (a small terminal).
    (wrapped + 1).max(3).min(max_edit)
}

/// One box per channel, wrapped onto more rows when narrow; `option` the one under the
/// cursor, while the field is selected.
fn channel_lines(
    chosen: &[Channel],
    option: Option<usize>,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut spans = Vec::new();
    let mut used = 0;
    for (i, c) in Channel::ALL.iter().enumerate() {
        let mark = if chosen.contains(c) { "[x] " } else { "[ ] " };
        let text = format!("{mark}{}", c.label());
        let w = text.width() + 1;
        if used + w > width + 1 && !spans.is_empty() {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        let style = if option == Some(i) {
            theme.selected
        } else {
            Style::new()
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" "));
        used += w;
    }
    lines.push(Line::from(spans));
    lines
}

/// A text that is not empty: one line cut to `width`, or the first rows of a longer text
/// with how many more there are.
fn text_lines(t: &str, kind: TextKind, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    if kind.single_line() {
        return vec![Line::from(truncate(t, width))];
    }
    let (mut lines, total) = preview(t, width, PREVIEW_ROWS);
    if total > PREVIEW_ROWS {
        let more = total - (PREVIEW_ROWS - 1);
        lines.truncate(PREVIEW_ROWS - 1);
        let mut out: Vec<Line<'static>> = lines.into_iter().map(Line::from).collect();
        out.push(Line::from(Span::styled(
            format!("… {more} more lines"),
            theme.dim,
        )));
        return out;
    }
    lines.into_iter().map(Line::from).collect()
}

/// Cuts a line to `width` columns, ending with '…' when something was cut.
fn fit_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let w = span.content.width();
        if used + w < width {
            used += w;
            spans.push(span);
            continue;
        }
        let room = width.saturating_sub(used);
        spans.push(Span::styled(truncate(&span.content, room), span.style));
        break;
    }
    Line::from(spans)
}

fn choice_line(label: &str, unset: bool, selected: bool, theme: &Theme) -> Line<'static> {
    let style = if unset { theme.hint } else { Style::new() };
    if selected {
        Line::from(vec![
            Span::styled("‹ ", theme.dim),
            Span::styled(label.to_string(), style),
            Span::styled(" ›", theme.dim),
        ])
    } else {
        Line::from(Span::styled(label.to_string(), style))
    }
}

/// Ticks or unticks one of the channels and saves it.
fn tick(field: &FieldSpec, option: usize, ctx: &mut Ctx) {
    let mut chosen = match ctx.journey().get(&field.key) {
        Value::Channels(c) => c,
        _ => Vec::new(),
    };
    let Some(&c) = Channel::ALL.get(option) else {
        return;
    };
    if let Some(i) = chosen.iter().position(|x| *x == c) {
        chosen.remove(i);
    } else {
        chosen.push(c);
        chosen.sort();
    }
    ctx.commit(&field.key, Value::Channels(chosen));
}

/// Moves a choice, pick or flag one step and saves it.
fn step(field: &FieldSpec, delta: isize, ctx: &mut Ctx) {
    let current = ctx.journey().get(&field.key);
    let next = match (&field.kind, current) {
        (FieldKind::Choice(options), Value::Choice(code)) => {
            let i = options.iter().position(|(c, _)| *c == code).unwrap_or(0);
            Value::Choice(options[cycle(i, delta, options.len())].0)
        }
        (FieldKind::Pick(options), Value::Int(id)) if !options.is_empty() => {
            let i = options.iter().position(|(c, _)| *c == id).unwrap_or(0);
            Value::Int(options[cycle(i, delta, options.len())].0)
        }
        (FieldKind::Flag, Value::Bool(b)) => Value::Bool(!b),
        _ => return,
    };
    ctx.commit(&field.key, next);
}

fn cycle(i: usize, delta: isize, len: usize) -> usize {
    let len = isize::try_from(len).unwrap_or(1).max(1);
    let i = isize::try_from(i).unwrap_or(0);
    usize::try_from((i + delta).rem_euclid(len)).unwrap_or(0)
}

enum RowItem {
    Blank,
    Heading(String),
    Value {
        field: usize,
        first: bool,
        line: Line<'static>,
    },
    Editor {
        field: usize,
        height: usize,
    },
    /// Rows covered by the editor above.
    Cont,
    Error(String),
}
