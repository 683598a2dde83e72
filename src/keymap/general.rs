//! Key bindings: Always active, and browsing (not editing, no dialog).

use super::*;

/// Always active, and browsing (not editing, no dialog): tabs, help, quit, the modes.
pub(super) const GENERAL: &[Binding] = &[
    b(
        C::Global,
        &[Key::ctrl('c')],
        Action::ForceQuit,
        "quit (saves first)",
        false,
    ),
    // Browsing.
    b(
        C::Tabs,
        &[Key::ch('1')],
        Action::GoTab(Tab::Overview),
        "Overview tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('2')],
        Action::GoTab(Tab::Conversation),
        "Conversation tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('3')],
        Action::GoTab(Tab::Occupation),
        "Ideal occupation tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('4')],
        Action::GoTab(Tab::Goals),
        "Goals tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('5')],
        Action::GoTab(Tab::Journal),
        "Journal tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('6')],
        Action::GoTab(Tab::Agreement),
        "Agreement tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::plain(K::Tab)],
        Action::NextTab,
        "next tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::plain(K::BackTab)],
        Action::PrevTab,
        "previous tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('?'), Key::plain(K::F(1))],
        Action::Help,
        "help",
        true,
    ),
    b(C::Tabs, &[Key::ch('q')], Action::Quit, "quit", true),
    b(
        C::Tabs,
        &[Key::ch('/')],
        Action::Search,
        "search every tab",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('E')],
        Action::Export,
        "export the journey as Markdown",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('P')],
        Action::Prepare,
        "prepare the next meeting: the agenda",
        false,
    ),
    b(
        C::Tabs,
        &[Key::ch('S')],
        Action::SharedScreen,
        "shared screen: review goals together (S again ends it)",
        false,
    ),
];

/// Overview.
pub(super) const OVERVIEW: &[Binding] = &[b(
    C::OverviewReflect,
    &[Key::ch('r')],
    Action::Reflect,
    "reflect on the last meeting (its reflection, in 5 Journal)",
    true,
)
.short("reflect on the meeting")];

/// Generic lists, forms, pickers, text editing and dialogs; pane-specific contexts come first in a stack, so these are the fallbacks.
pub(super) const COMMON: &[Binding] = &[
    // Lists.
    b(C::List, UP, Action::Up, "move up", false),
    b(C::List, DOWN, Action::Down, "move down", false),
    b(
        C::List,
        &[Key::plain(K::Home), Key::ch('g')],
        Action::Top,
        "first item",
        false,
    ),
    b(
        C::List,
        &[Key::plain(K::End), Key::ch('G')],
        Action::Bottom,
        "last item",
        false,
    ),
    b(
        C::List,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "page up",
        false,
    ),
    b(
        C::List,
        &[Key::plain(K::PageDown)],
        Action::PageDown,
        "page down",
        false,
    ),
    b(C::List, ENTER, Action::Open, "open", true),
    // Forms.
    b(C::Form, UP, Action::Up, "previous field", false),
    b(C::Form, DOWN, Action::Down, "next field", false),
    b(
        C::Form,
        &[Key::plain(K::Home), Key::ch('g')],
        Action::Top,
        "first field",
        false,
    ),
    b(
        C::Form,
        &[Key::plain(K::End), Key::ch('G')],
        Action::Bottom,
        "last field",
        false,
    ),
    b(
        C::Form,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "page up",
        false,
    ),
    b(
        C::Form,
        &[Key::plain(K::PageDown)],
        Action::PageDown,
        "page down",
        false,
    ),
    b(C::Form, ENTER, Action::Open, "edit field", true),
    b(C::Form, LEFT, Action::Left, "previous choice", false),
    b(C::Form, RIGHT, Action::Right, "next choice", false),
    b(
        C::Form,
        &[Key::ch(' ')],
        Action::Toggle,
        "toggle / next choice",
        false,
    ),
    b(
        C::Form,
        &[Key::ctrl('e')],
        Action::ExternalEditor,
        "edit in $EDITOR",
        false,
    ),
    b(C::Form, ESC, Action::Back, "back", true),
    // Picking several values.
    b(C::Picker, LEFT, Action::Left, "previous value", false),
    b(C::Picker, RIGHT, Action::Right, "next value", false),
    b(
        C::Picker,
        &[Key::ch(' ')],
        Action::Toggle,
        "tick / untick",
        true,
    ),
    b(
        C::Picker,
        &[Key::plain(K::Enter), Key::plain(K::Esc)],
        Action::FinishEdit,
        "done",
        true,
    ),
    // Editing text: every other key types.
    b(C::EditingLine, ENTER, Action::FinishEdit, "done", true),
    b(
        C::Editing,
        ESC,
        Action::FinishEdit,
        "done (text is kept)",
        true,
    ),
    b(
        C::Editing,
        &[Key::ctrl('e')],
        Action::ExternalEditor,
        "edit in $EDITOR",
        true,
    ),
    // Dialogs.
    b(C::Confirm, &[Key::ch('y')], Action::Yes, "yes, do it", true).short("yes"),
    b(
        C::Confirm,
        &[Key::ch('n'), Key::plain(K::Esc)],
        Action::No,
        "no, cancel",
        true,
    )
    .short("no"),
    // A question whose safe answer is yes: Enter and Esc keep the default.
    b(
        C::ConfirmDefaultYes,
        &[Key::plain(K::Enter), Key::ch('y'), Key::plain(K::Esc)],
        Action::Yes,
        "yes, make it private (the default)",
        true,
    )
    .short("yes, private"),
    b(
        C::ConfirmDefaultYes,
        &[Key::ch('n')],
        Action::No,
        "no, keep it public",
        true,
    )
    .short("no, public"),
    b(
        C::Help,
        &[Key::plain(K::Esc), Key::ch('?'), Key::ch('q')],
        Action::Back,
        "close help",
        true,
    ),
    b(C::Help, UP, Action::Up, "scroll up", false),
    b(C::Help, DOWN, Action::Down, "scroll down", false),
    b(
        C::Help,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "page up",
        false,
    ),
    b(
        C::Help,
        &[Key::plain(K::PageDown), Key::ch(' ')],
        Action::PageDown,
        "page down",
        false,
    ),
];
