//! Key bindings: Prepare (the agenda for the next meeting), the shared-screen review and
//! the screen after it.

use super::*;

/// Prepare (the agenda for the next meeting) and the shared-screen review.
pub(super) const MODES: &[Binding] = &[
    // Prepare: the agenda for the next meeting.
    b(
        C::PrepareQuestion,
        ENTER,
        Action::Open,
        "edit the question",
        true,
    ),
    b(
        C::PrepareQuestion,
        &[Key::ch('x')],
        Action::TogglePrivate,
        "private on/off",
        false,
    ),
    b(
        C::PrepareQuestion,
        &[Key::ch('D'), Key::plain(K::Delete)],
        Action::Delete,
        "delete the question",
        false,
    ),
    b(
        C::PrepareMentors,
        &[Key::ch('m')],
        Action::NextMentor,
        "next mentor",
        true,
    ),
    b(
        C::Prepare,
        &[Key::ch('n'), Key::ch('a')],
        Action::New,
        "add a question",
        true,
    ),
    b(
        C::PrepareItems,
        &[Key::ch('d')],
        Action::Drop,
        "drop from the agenda",
        true,
    ),
    b(C::PrepareItems, RAISE, Action::MoveUp, "move up", true),
    b(C::PrepareItems, LOWER, Action::MoveDown, "move down", false),
    b(
        C::Prepare,
        &[Key::ch('w')],
        Action::Keep,
        "keep / plan the meeting",
        true,
    ),
    b(
        C::Prepare,
        &[Key::ch('c')],
        Action::Invite,
        "calendar invite (.ics)",
        false,
    ),
    b(
        C::Prepare,
        &[Key::ch('v')],
        Action::Preview,
        "as printed",
        true,
    ),
    b(
        C::Prepare,
        &[Key::ch('u')],
        Action::Undo,
        "undo the last drop",
        false,
    ),
    b(
        C::PrepareItems,
        ENTER,
        Action::Open,
        "open in its tab",
        false,
    ),
    b(C::Prepare, ESC, Action::Back, "back", true),
    b(C::PrepareInput, ENTER, Action::Open, "add", true),
    b(C::PrepareInput, ESC, Action::Back, "cancel", true),
    b(C::PreparePlan, ENTER, Action::Open, "plan it", true),
    b(C::PreparePlan, ESC, Action::Back, "cancel", true),
    b(C::PreparePreview, DOWN, Action::Down, "scroll", false),
    b(C::PreparePreview, UP, Action::Up, "scroll up", false),
    b(
        C::PreparePreview,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "page up",
        false,
    ),
    b(
        C::PreparePreview,
        &[Key::plain(K::PageDown), Key::ch(' ')],
        Action::PageDown,
        "page down",
        true,
    ),
    b(
        C::PreparePreview,
        &[Key::plain(K::Home), Key::ch('g')],
        Action::Top,
        "top",
        false,
    ),
    b(
        C::PreparePreview,
        &[Key::plain(K::End), Key::ch('G')],
        Action::Bottom,
        "end",
        false,
    ),
    b(
        C::PreparePreview,
        &[Key::ch('c')],
        Action::Invite,
        "calendar invite (.ics)",
        false,
    ),
    b(
        C::PreparePreview,
        &[Key::plain(K::Esc), Key::ch('v')],
        Action::Back,
        "back to the list",
        true,
    ),
    // Shared screen: the agenda, then the goals.
    // `m` (next mentor) on the agenda is ReviewMentors', in the stack with several mentors.
    b(
        C::ReviewAgenda,
        &[Key::ch(' ')],
        Action::Toggle,
        "discussed",
        true,
    ),
    b(
        C::ReviewAgenda,
        &[Key::plain(K::Right), Key::ch('l'), Key::plain(K::Enter)],
        Action::Right,
        "on to the goals",
        true,
    ),
    b(C::ReviewAgenda, UP, Action::Up, "previous item", false),
    b(C::ReviewAgenda, DOWN, Action::Down, "next item", false),
    b(C::ReviewAgenda, ESC, Action::Back, "finish", true),
    // Shared screen: the review. The pane puts in its stack only the contexts whose keys
    // do something now (a goal shown, progress set by hand, milestones, several mentors),
    // most important first: the footer keeps that order when it must leave hints out.
    b(
        C::ReviewStep,
        &[Key::plain(K::Left), Key::ch('h')],
        Action::Left,
        "previous goal",
        true,
    )
    .short("goals"),
    b(
        C::ReviewStep,
        &[Key::plain(K::Right), Key::ch('l')],
        Action::Right,
        "next goal (after the last, the wrap-up)",
        true,
    )
    .short("goals"),
    b(C::ReviewStep, ESC, Action::Back, "the wrap-up", false),
    b(
        C::ReviewToAgenda,
        &[Key::plain(K::Left), Key::ch('h')],
        Action::Left,
        "back to the agenda",
        true,
    ),
    b(
        C::ReviewEmpty,
        &[Key::plain(K::Right), Key::plain(K::Esc), Key::ch('l')],
        Action::Right,
        "the wrap-up",
        true,
    ),
    b(
        C::ReviewMentors,
        &[Key::ch('m')],
        Action::NextMentor,
        "next mentor",
        true,
    )
    .short("mentor"),
    b(
        C::ReviewProgress,
        &[Key::ch('+'), Key::ch('=')],
        Action::ProgressUp,
        "progress +5%",
        true,
    )
    .short("progress"),
    b(
        C::ReviewProgress,
        &[Key::ch('-')],
        Action::ProgressDown,
        "progress −5%",
        true,
    )
    .short("progress"),
    b(
        C::ReviewProgress,
        &[Key::ch('p')],
        Action::SetProgress,
        "type the progress",
        true,
    )
    .short("type %"),
    b(
        C::ReviewGoal,
        &[Key::ch('r')],
        Action::NewReview,
        "review note",
        true,
    )
    .short("note"),
    b(
        C::ReviewGoal,
        &[Key::ch('a')],
        Action::New,
        "action item (what, owner, due date)",
        true,
    )
    .short("action"),
    b(
        C::ReviewMilestones,
        UP,
        Action::Up,
        "previous milestone",
        true,
    )
    .short("milestone"),
    b(
        C::ReviewMilestones,
        DOWN,
        Action::Down,
        "next milestone",
        true,
    )
    .short("milestone"),
    b(
        C::ReviewMilestones,
        &[Key::ch(' ')],
        Action::Toggle,
        "tick the milestone, or open it again",
        true,
    )
    .short("tick"),
    b(
        C::ReviewAction,
        ENTER,
        Action::Open,
        "add the action item",
        true,
    )
    .short("add"),
    b(
        C::ReviewAction,
        &[Key::plain(K::Tab), Key::plain(K::Down)],
        Action::Down,
        "next field",
        true,
    )
    .short("next field"),
    b(
        C::ReviewAction,
        &[Key::plain(K::BackTab), Key::plain(K::Up)],
        Action::Up,
        "previous field",
        false,
    ),
    b(C::ReviewAction, ESC, Action::Back, "cancel", true),
    b(
        C::ReviewActionOwner,
        &[Key::ch(' '), Key::plain(K::Left), Key::plain(K::Right)],
        Action::Toggle,
        "owner: me / mentor",
        true,
    )
    .short("me / mentor"),
    b(
        C::ReviewWrapUp,
        &[Key::plain(K::Left), Key::ch('h')],
        Action::Left,
        "back to the goals",
        true,
    )
    .short("back"),
    b(
        C::ReviewWrapUp,
        &[Key::plain(K::Enter), Key::plain(K::Esc)],
        Action::Back,
        "end the shared screen",
        true,
    )
    .short("end sharing"),
    b(
        C::ReviewWrapUp,
        &[Key::ch('E')],
        Action::ExportSummary,
        "write this summary as Markdown, for your mentor",
        true,
    )
    .short("write summary"),
    b(C::ReviewWrapUp, UP, Action::Up, "scroll up", false),
    b(C::ReviewWrapUp, DOWN, Action::Down, "scroll down", false),
    b(
        C::SharedEnded,
        ENTER,
        Action::Open,
        "show your own view (private items again)",
        true,
    )
    .short("show your own view"),
    b(C::SharedEnded, &[Key::ch('?')], Action::Help, "help", true),
    b(C::SharedEnded, &[Key::ch('q')], Action::Quit, "quit", true),
];
