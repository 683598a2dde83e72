//! An agenda item as one row, for Prepare and the shared screen's agenda step, by the one
//! truncation rule of `ui::cells`: the item's text is cut first, with an ellipsis; an
//! owner or "not reviewed since …" is left out before the text would be cut short; a
//! status or a date that says why the item is there (due, overdue, done, progress,
//! private, new) stays whole.

use ratatui::style::Style;
use ratatui::text::Line;

use crate::domain::agenda::{ItemText, PartKind};
use crate::theme::Theme;
use crate::ui::cells::{Cell, aligned};

/// The kind in few letters, for a narrow list (the detail below and the printed agenda
/// say it in full).
#[must_use]
pub fn short_kind(kind: &str) -> &str {
    match kind {
        "Open action" => "Action",
        "Changed answer" | "New answer" => "Answer",
        "Reflection" => "Last time",
        other => other,
    }
}

/// Marks the row adds after the item's own detail.
#[derive(Clone, Copy, Debug, Default)]
pub struct Marks {
    /// Added since the agenda was last looked at.
    pub new: bool,
    /// Private: never on the shared screen, and said so in Prepare.
    pub private: bool,
}

/// The row: `lead` (a number or a tick box, the kind) and the item's text on the left,
/// its detail and marks at the right end, fitted into `width` columns.
#[must_use]
pub fn row(
    lead: Vec<Cell>,
    t: &ItemText,
    text_style: Style,
    marks: Marks,
    theme: &Theme,
    width: usize,
) -> Line<'static> {
    let mut left = lead;
    left.push(Cell::title(t.text.clone(), text_style));
    aligned(&left, &detail_cells(t, marks, theme), " · ", width)
}

/// The item's detail as cells: each part by its kind, then the marks.
fn detail_cells(t: &ItemText, marks: Marks, theme: &Theme) -> Vec<Cell> {
    let mut cells: Vec<Cell> = t
        .parts
        .iter()
        .map(|p| match (p.kind, &p.short) {
            (PartKind::Detail, Some(short)) => {
                Cell::detail(p.text.clone(), theme.dim).or_short(short.clone())
            }
            (PartKind::Detail, None) => Cell::detail(p.text.clone(), theme.dim),
            (PartKind::Status, _) => Cell::keep(p.text.clone(), theme.dim),
            (PartKind::Alert, _) => Cell::keep(p.text.clone(), theme.warn),
        })
        .collect();
    if marks.new {
        cells.push(Cell::keep("new", theme.ok));
    }
    if marks.private {
        cells.push(Cell::keep("private", theme.warn));
    }
    cells
}
