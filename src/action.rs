//! What the user can ask for. Keys map to these through the keymap; panes act on them.

use crate::tabs::Tab;

/// A user intent, independent of the key that produced it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave the app (flushing every edit).
    Quit,
    /// Leave the app from anywhere, even while editing (`Ctrl-c`).
    ForceQuit,
    Help,
    NextTab,
    PrevTab,
    GoTab(Tab),
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Left,
    Right,
    /// Open the selected item or edit the selected field.
    Open,
    /// Go back one level (leave the form, close the overlay).
    Back,
    New,
    Delete,
    Toggle,
    Yes,
    No,
    /// Leave the text being edited; it is kept and saved.
    FinishEdit,
    /// Edit the current text in `$VISUAL` / `$EDITOR`.
    ExternalEditor,
    /// Start typing a search query (`/`).
    Search,
}
