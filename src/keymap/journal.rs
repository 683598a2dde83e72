//! Key bindings: Journal tab.

use super::*;

/// Journal tab.
pub(super) const JOURNAL: &[Binding] = &[
    b(
        C::JournalList,
        &[Key::ch('n')],
        Action::New,
        "new meeting",
        true,
    ),
    b(
        C::JournalList,
        &[Key::plain(K::Enter), Key::plain(K::Right), Key::ch('l')],
        Action::Open,
        "open",
        true,
    ),
    b(
        C::JournalList,
        &[Key::ch('d'), Key::plain(K::Delete)],
        Action::Delete,
        "delete",
        true,
    ),
    b(
        C::JournalList,
        &[Key::ch('/')],
        Action::Search,
        "search",
        true,
    ),
    b(
        C::JournalMeeting,
        &[Key::ch('a')],
        Action::New,
        "add action item",
        true,
    ),
    b(
        C::JournalActions,
        &[Key::ch('a'), Key::ch('n')],
        Action::New,
        "add action item",
        true,
    ),
    b(
        C::JournalActions,
        &[Key::ch(' ')],
        Action::Toggle,
        "tick",
        true,
    ),
    b(C::JournalActions, ENTER, Action::Open, "edit", true),
    b(
        C::JournalActions,
        &[Key::ch('d'), Key::plain(K::Delete)],
        Action::Delete,
        "delete",
        true,
    ),
    b(C::JournalActions, ESC, Action::Back, "back", true),
    b(
        C::JournalReviewed,
        ENTER,
        Action::Open,
        "open the review in 4 Goals",
        true,
    ),
    b(
        C::JournalReviewed,
        &[Key::ch('a'), Key::ch('n')],
        Action::New,
        "add action item",
        true,
    ),
    b(C::JournalReviewed, ESC, Action::Back, "back", true),
    b(
        C::JournalAction,
        &[Key::ch('a')],
        Action::New,
        "add another action item",
        false,
    ),
];
