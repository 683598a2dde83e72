//! The form view: the stems on the left, the selected stem's entries on the right.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Focus, OccupationPane, action_key, lead_of, marker_glyph, stems, visible_goals};
use crate::action::Action;
use crate::domain::dates::relative_words;
use crate::domain::{FieldKey, Marker};
use crate::keymap::Context;
use crate::method::{Stem, method};
use crate::theme::Theme;
use crate::ui::form::FieldSpec;
use crate::ui::text;
use crate::ui::wrap::{truncate, wrap};
use crate::ui::{panel, scroll_marks};
use crate::view::View;

/// The three texts of a stem: (key, label, hint).
fn entries(stem: &Stem) -> [(String, &'static str, &'static str); 3] {
    [
        (
            stem.ideal_key(),
            "Ideal",
            "how you would complete the sentence",
        ),
        (stem.reality_key(), "Reality", "how it is in your work now"),
        (
            stem.gap_key(),
            "Gap",
            "what is missing, and what might close the gap",
        ),
    ]
}

/// The label of an entry by its answer key ("Reality").
#[must_use]
pub(super) fn entry_label(key: &str) -> &'static str {
    stems()
        .iter()
        .flat_map(entries)
        .find(|(k, ..)| k == key)
        .map_or("Entry", |(_, label, _)| label)
}

/// The form of one stem. Private texts say so in their label.
#[must_use]
pub(super) fn fields(stem: &Stem, view: &View) -> Vec<FieldSpec> {
    let mut out = Vec::new();
    for (key, label, hint) in entries(stem) {
        let private = view.journey.private_answers.contains(&key);
        let label = if private {
            format!("{label} (private)")
        } else {
            label.to_string()
        };
        out.push(FieldSpec::text(FieldKey::Answer(key), &label).hint(hint));
    }
    out.push(
        FieldSpec::choice::<Marker>(FieldKey::Marker(stem.key()), "Marker", true)
            .hint("working well / gap / not sure"),
    );
    out
}

pub(super) fn render(
    pane: &mut OccupationPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let list_w = (area.width * 7 / 20).clamp(24, 30);
    let [left, right] =
        Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]).areas(area);
    render_stems(pane, left, buf, view, theme);
    render_detail(pane, right, buf, view, theme);
}

enum Row {
    Lead(&'static str),
    Stem(usize),
}

fn render_stems(
    pane: &mut OccupationPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let focused = pane.focus == Focus::Stems;
    let block = panel("Worksheet", focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = stem_list();
    let height = usize::from(inner.height);
    if height == 0 {
        return;
    }
    pane.stems_offset = stems_offset(&rows, pane.stem, pane.stems_offset, height);
    let width = usize::from(inner.width);
    for (rect, row) in inner.rows().zip(rows.iter().skip(pane.stems_offset)) {
        match row {
            Row::Lead(lead) => {
                text::paragraph(
                    buf,
                    rect,
                    Span::styled(truncate(lead, width), theme.heading),
                );
            }
            Row::Stem(i) => {
                let selected = *i == pane.stem;
                let style = match (selected, focused) {
                    (true, true) => theme.selected,
                    (true, false) => theme.label,
                    _ => theme.text,
                };
                let line = stem_line(&stems()[*i], selected, view, theme, width);
                Paragraph::new(line).style(style).render(rect, buf);
                pane.hits.stems.push((rect, *i));
            }
        }
    }
    let more = (
        pane.stems_offset > 0,
        pane.stems_offset + height < rows.len(),
    );
    scroll_marks(area, buf, more, theme);
}

/// The rows of the stem list: each group's lead, then its stems.
fn stem_list() -> Vec<Row> {
    let mut rows = Vec::new();
    for group in &method().worksheet.groups {
        rows.push(Row::Lead(group.lead.as_str()));
        rows.extend(
            stems()
                .iter()
                .enumerate()
                .filter(|(_, s)| s.group == group.id)
                .map(|(i, _)| Row::Stem(i)),
        );
    }
    rows
}

/// The first row to show: the selected stem in view, with its group's lead when it is the
/// group's first stem.
fn stems_offset(rows: &[Row], stem: usize, offset: usize, height: usize) -> usize {
    let selected_row = rows
        .iter()
        .position(|r| matches!(r, Row::Stem(i) if *i == stem))
        .unwrap_or(0);
    let wanted_top = if selected_row > 0 && matches!(rows[selected_row - 1], Row::Lead(_)) {
        selected_row - 1
    } else {
        selected_row
    };
    let mut offset = offset;
    if wanted_top < offset {
        offset = wanted_top;
    } else if selected_row >= offset + height {
        offset = selected_row + 1 - height;
    }
    offset.min(rows.len().saturating_sub(height))
}

/// A stem in the list: the selection mark, its marker and its short title (dim while its
/// ideal is empty).
fn stem_line(
    stem: &Stem,
    selected: bool,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let filled = !view
        .journey
        .answer_text(&stem.ideal_key())
        .trim()
        .is_empty();
    let title_style = if filled || selected {
        Style::new()
    } else {
        theme.dim
    };
    let glyph = marker_glyph(view.journey.markers.get(&stem.key()).copied(), theme);
    Line::from(vec![
        Span::raw(if selected { "▸ " } else { "  " }),
        glyph,
        Span::raw(" "),
        Span::styled(truncate(&stem.title, width.saturating_sub(4)), title_style),
    ])
}

fn render_detail(
    pane: &mut OccupationPane,
    area: Rect,
    buf: &mut Buffer,
    view: &View,
    theme: &Theme,
) {
    let stem = pane.current();
    let focused = pane.focus != Focus::Stems;
    let block = panel(lead_of(stem), focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 3 || inner.width < 8 {
        return;
    }
    let width = usize::from(inner.width);
    let top = detail_top(stem, view, theme, width, inner.height);
    let bottom = bottom_lines(pane, view, theme, width);
    let top_h = u16::try_from(top.len()).unwrap_or(0);
    // The form keeps at least a few rows; the goals and notes below give way first.
    let spare = inner.height.saturating_sub(top_h + 4);
    let bottom_h = u16::try_from(bottom.len()).unwrap_or(0).min(spare);
    let form_h = inner.height.saturating_sub(top_h + bottom_h);
    let [top_area, form_area, bottom_area] = Layout::vertical([
        Constraint::Length(top_h.min(inner.height)),
        Constraint::Length(form_h),
        Constraint::Length(bottom_h),
    ])
    .areas(inner);

    text::paragraph(buf, top_area, top);
    let fields = fields(stem, view);
    let form_focused = pane.focus == Focus::Form;
    pane.form
        .render(form_area, buf, &fields, view, theme, form_focused);
    scroll_marks(area, buf, pane.form.more(), theme);
    for (rect, (line, goal)) in bottom_area.rows().zip(bottom) {
        text::paragraph(buf, rect, line);
        if let Some(i) = goal {
            pane.hits.goals.push((rect, i));
        }
    }
}

/// Above a stem's form: the stem itself (at most three rows) and, on an empty worksheet
/// where there is room, what the worksheet is for.
fn detail_top(
    stem: &Stem,
    view: &View,
    theme: &Theme,
    width: usize,
    height: u16,
) -> Vec<Line<'static>> {
    let mut top: Vec<Line<'static>> = Vec::new();
    let mut heading = wrap(&format!("{} …", stem.text), width);
    if heading.len() > 3 {
        heading.truncate(3);
        if let Some(last) = heading.last_mut() {
            *last = truncate(&format!("{last} …"), width);
        }
    }
    top.extend(
        heading
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.heading))),
    );
    top.push(Line::default());
    let empty = !view
        .journey
        .answers
        .keys()
        .any(|k| k.starts_with("worksheet."));
    let intro = wrap(&method().worksheet.intro, width);
    if empty && usize::from(height) >= top.len() + intro.len() + 10 {
        top.extend(
            intro
                .into_iter()
                .map(|l| Line::from(Span::styled(l, theme.dim))),
        );
        top.push(Line::default());
    }
    top
}

/// What goes under the form: the goals made from the stem (each with its index), a hint to
/// make one from a gap, and when the selected text was saved.
fn bottom_lines(
    pane: &OccupationPane,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Vec<(Line<'static>, Option<usize>)> {
    let stem = pane.current();
    let mut out = Vec::new();
    let goals = visible_goals(view, stem);
    let gap = view.journey.markers.get(&stem.key()) == Some(&Marker::Gap);
    if !goals.is_empty() {
        out.push((Line::default(), None));
        let heading = if goals.len() == 1 {
            "Goal made from this stem"
        } else {
            "Goals made from this stem"
        };
        out.push((Line::from(Span::styled(heading, theme.label)), None));
        let focused = pane.focus == Focus::Goals;
        for (i, g) in goals.iter().enumerate() {
            let selected = focused && i == pane.goal;
            let title = if g.title.trim().is_empty() {
                "(untitled goal)".to_string()
            } else {
                crate::export::one_line(&g.title)
            };
            let line = Line::from(vec![
                Span::raw(if selected { "▸ " } else { "  " }),
                Span::raw(truncate(&title, width.saturating_sub(2))),
            ]);
            let line = if selected {
                line.style(theme.selected)
            } else {
                line
            };
            out.push((line, Some(i)));
        }
    } else if gap {
        out.push((Line::default(), None));
        out.push((
            Line::from(vec![
                Span::styled(action_key(Action::New, Context::WorksheetStems), theme.key),
                Span::styled(" makes a goal from this gap", theme.dim),
            ]),
            None,
        ));
    }
    if pane.focus == Focus::Form
        && let Some(line) = saved_line(pane, view, theme, width)
    {
        out.push((Line::default(), None));
        out.push((line, None));
    }
    out
}

/// "Ideal saved today · 2 earlier versions kept" for the selected text, if it has versions.
fn saved_line(
    pane: &OccupationPane,
    view: &View,
    theme: &Theme,
    width: usize,
) -> Option<Line<'static>> {
    let fields = fields(pane.current(), view);
    let FieldKey::Answer(key) = &fields.get(pane.form.selected)?.key else {
        return None;
    };
    let versions = view.journey.answers.get(key)?;
    let latest = versions.last()?;
    let mut text = format!(
        "{} saved {}",
        entry_label(key),
        relative_words(latest.day, view.clock.today())
    );
    match versions.len() - 1 {
        0 => {}
        1 => text.push_str(" · 1 earlier version kept"),
        n => text.push_str(&format!(" · {n} earlier versions kept")),
    }
    Some(Line::from(Span::styled(truncate(&text, width), theme.dim)))
}
