//! What the user can ask for. Keys map to these through the keymap; panes act on them.

use crate::tab::{Tab, WorksheetView};

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
    /// Filling a form: save this field and go on to the next one, still editing.
    NextField,
    /// Filling a form: save this field and go back to the previous one, still editing.
    PrevField,
    /// Empty the text being edited.
    ClearField,
    /// Edit the current text in `$VISUAL` / `$EDITOR`.
    ExternalEditor,
    /// Show the dated versions of the selected answer.
    History,
    /// Show what changed since the last meeting.
    SinceLastMeeting,
    /// Go to the tab the selected item links to.
    FollowLink,
    /// Change how a list is ordered (next sort order).
    Sort,
    /// Show the next status only (list filter).
    FilterStatus,
    /// Show the next mentor's items only (list filter).
    FilterMentor,
    /// Move the selected item one place up in priority order.
    MoveUp,
    /// Move the selected item one place down in priority order.
    MoveDown,
    /// Add a milestone to the open goal.
    NewMilestone,
    /// Add a review ("How am I doing?") to the open goal.
    NewReview,
    /// Focus the next section of a detail view.
    NextSection,
    /// Focus the previous section of a detail view.
    PrevSection,
    /// Show one view of the Ideal occupation tab (form, compare, preview).
    WorksheetView(WorksheetView),
    /// Move a worksheet stem's marker on: working well, gap, not sure, not marked.
    Mark,
    /// Open the goal made from the selected item (in the Goals tab).
    OpenGoal,
    /// Make the selected entry private (hidden on the shared screen), or not.
    TogglePrivate,
    /// Search every tab (`/`).
    Search,
    /// Write the journey as Markdown (asks where first).
    Export,
    /// Open the Prepare view: the agenda for the next meeting.
    Prepare,
    /// Enter shared-screen mode (the review), go back to it, or end it.
    SharedScreen,
    /// Show the next mentor's agenda or review.
    NextMentor,
    /// Raise the progress of the goal under review by one step.
    ProgressUp,
    /// Lower the progress of the goal under review by one step.
    ProgressDown,
    /// Type the progress of the goal under review.
    SetProgress,
    /// Write the shared review's wrap-up as Markdown (asks where first).
    ExportSummary,
    /// Open the reflection of the last meeting that has none (Overview's nudge).
    Reflect,
    /// Take the selected item off the agenda (nothing is deleted).
    Drop,
    /// Put back what was last taken off the agenda.
    Undo,
    /// Keep the agenda with its meeting, planning the meeting first when it is not planned.
    Keep,
    /// Write the meeting as a calendar invite (`.ics`).
    Invite,
    /// Show the agenda as it prints (Markdown), or the list again.
    Preview,
}
