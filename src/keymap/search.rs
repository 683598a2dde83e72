//! Key bindings: Searching every tab, and the export prompt.

use super::*;

/// Searching every tab, and the export prompt: while typing, every other key types.
pub(super) const SEARCH: &[Binding] = &[
    // Searching every tab: while typing a query every other key types.
    b(C::SearchResults, ENTER, Action::Open, "go there", true),
    b(C::Search, ESC, Action::Back, "close", true),
    b(
        C::SearchResults,
        &[Key::plain(K::Up)],
        Action::Up,
        "previous result",
        false,
    ),
    b(
        C::SearchResults,
        &[Key::plain(K::Down)],
        Action::Down,
        "next result",
        false,
    ),
    b(
        C::SearchResults,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "page up",
        false,
    ),
    b(
        C::SearchResults,
        &[Key::plain(K::PageDown)],
        Action::PageDown,
        "page down",
        false,
    ),
    // The export prompt: every other key types the path.
    b(C::ExportPrompt, ENTER, Action::Open, "write the file", true),
    b(C::ExportPrompt, ESC, Action::Back, "cancel", true),
];
