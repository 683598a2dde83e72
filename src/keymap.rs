//! Key bindings as data. The app dispatches through [`lookup`]; the help overlay and the
//! footer are generated from the same [`BINDINGS`] table, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;
use crate::tabs::Tab;
use crate::tabs::occupation::WorksheetView;

/// Where the user is; decides which bindings apply. The app builds a stack of these, most
/// specific first, and the first binding found wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// Always active, even while editing.
    Global,
    /// Browsing (not editing, no dialog): tab switching, help, quit.
    Tabs,
    List,
    Form,
    /// Choosing several values of a field (channels).
    Picker,
    Editing,
    /// Editing a one-line field, where Enter finishes.
    EditingLine,
    Confirm,
    Help,
    /// Agreement tab, mentor list focused.
    MentorList,
    /// Agreement tab, agreement form focused.
    AgreementForm,
    /// Conversation tab: keys on the selected answer (list or reader focused).
    Conversation,
    /// Conversation tab, the question list focused.
    ConversationList,
    /// Conversation tab, reading the selected answer.
    ConversationReader,
    /// Conversation tab, on an answer linked to the Ideal occupation tab.
    ConversationToOccupation,
    /// Conversation tab, on an answer linked to the Goals tab.
    ConversationToGoals,
    /// Conversation tab, the versions of an answer.
    ConversationHistory,
    /// Conversation tab, what changed since the last meeting.
    ConversationChanges,
    /// Goals tab, the goal list.
    GoalList,
    /// Goals tab, a goal open, its fields focused.
    GoalFields,
    /// Goals tab, a goal's milestones focused.
    GoalMilestones,
    /// Goals tab, a goal's reviews focused.
    GoalReviews,
    /// Ideal occupation tab, every view: switching views.
    Worksheet,
    /// Ideal occupation form view, stem list focused.
    WorksheetStems,
    /// Ideal occupation form view, one stem's entries focused.
    WorksheetForm,
    /// Ideal occupation form view, the goals made from a stem focused.
    WorksheetGoals,
    /// Ideal occupation compare view.
    WorksheetCompare,
    /// Ideal occupation preview.
    WorksheetPreview,
    /// Journal tab, the list of meetings.
    JournalList,
    /// Journal tab, the fields of one meeting.
    JournalMeeting,
    /// Journal tab, the action items of one meeting.
    JournalActions,
    /// Journal tab, the fields of one action item.
    JournalAction,
    /// Searching every tab (`/`): typing a query, choosing a result.
    Search,
    /// Typing where the Markdown export goes.
    ExportPrompt,
    /// Prepare view: the agenda list.
    Prepare,
    /// Prepare view, on one of the mentee's own questions.
    PrepareQuestion,
    /// Prepare view, typing a new question.
    PrepareInput,
    /// Prepare view, asking how to keep the agenda in a meeting that has one.
    PrepareKeep,
    /// Prepare view, the agenda as it prints.
    PreparePreview,
    /// Shared screen: one goal under review.
    ReviewStep,
    /// Shared screen: typing a new action item.
    ReviewAction,
    /// Shared screen: the wrap-up.
    ReviewWrapUp,
}

impl Context {
    /// Heading of this context's section in the help overlay.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Tabs => "Moving around",
            Context::List => "Lists",
            Context::Form => "Forms",
            Context::Picker => "Choosing several values",
            Context::Editing => "Editing text",
            Context::EditingLine => "Editing a one-line field",
            Context::Confirm => "Confirm dialog",
            Context::Help => "This help",
            Context::MentorList => "Agreement: mentors",
            Context::AgreementForm => "Agreement: the agreement",
            Context::Conversation => "Conversation: the selected answer",
            Context::ConversationList => "Conversation: the questions",
            Context::ConversationReader => "Conversation: reading an answer",
            Context::ConversationToOccupation => "Conversation: linked to Ideal occupation",
            Context::ConversationToGoals => "Conversation: linked to Goals",
            Context::ConversationHistory => "Conversation: history of an answer",
            Context::ConversationChanges => "Conversation: since the last meeting",
            Context::GoalList => "Goals: the list",
            Context::GoalFields => "Goals: a goal",
            Context::GoalMilestones => "Goals: milestones",
            Context::GoalReviews => "Goals: reviews",
            Context::Worksheet => "Ideal occupation: views",
            Context::WorksheetStems => "Ideal occupation: the stems",
            Context::WorksheetForm => "Ideal occupation: one stem",
            Context::WorksheetGoals => "Ideal occupation: goals made from a stem",
            Context::WorksheetCompare => "Ideal occupation: compare",
            Context::WorksheetPreview => "Ideal occupation: preview",
            Context::JournalList => "Journal: meetings",
            Context::JournalMeeting => "Journal: a meeting",
            Context::JournalActions => "Journal: action items",
            Context::JournalAction => "Journal: an action item",
            Context::Search => "Search",
            Context::ExportPrompt => "Export as Markdown",
            Context::Prepare => "Prepare: the agenda",
            Context::PrepareQuestion => "Prepare: one of your questions",
            Context::PrepareInput => "Prepare: a new question",
            Context::PrepareKeep => "Prepare: keeping the agenda",
            Context::PreparePreview => "Prepare: as printed",
            Context::ReviewStep => "Shared screen: a goal",
            Context::ReviewAction => "Shared screen: a new action item",
            Context::ReviewWrapUp => "Shared screen: wrap-up",
        }
    }
}

/// A key with modifiers, comparable with a normalised crossterm event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    #[must_use]
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    #[must_use]
    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    #[must_use]
    pub const fn shift(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::SHIFT,
        }
    }

    #[must_use]
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    /// Normalises an event: Shift is implied by the character itself ('?', 'G'), and by
    /// `BackTab`, so terminals that do or do not report it agree.
    #[must_use]
    pub fn from_event(e: &KeyEvent) -> Key {
        let mut mods = e.modifiers;
        let code = match e.code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, mods }
    }

    /// How the key is written in help and footer.
    #[must_use]
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) => c.to_string(),
            _ => "?".into(),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{name}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("Alt-{name}")
        } else if self.mods.contains(KeyModifiers::SHIFT) {
            format!("Shift-{name}")
        } else {
            name
        }
    }
}

/// One row of the keymap.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// What it does, as shown in help and footer.
    pub help: &'static str,
    /// Shown in the footer when its context is active.
    pub footer: bool,
}

impl Binding {
    /// The keys, joined for display ("↑ k").
    #[must_use]
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join("/")
    }
}

const fn b(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    footer: bool,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        footer,
    }
}

use Context as C;
use KeyCode as K;

const UP: &[Key] = &[Key::plain(K::Up), Key::ch('k')];
const DOWN: &[Key] = &[Key::plain(K::Down), Key::ch('j')];
const LEFT: &[Key] = &[Key::plain(K::Left), Key::ch('h')];
const RIGHT: &[Key] = &[Key::plain(K::Right), Key::ch('l')];
const ENTER: &[Key] = &[Key::plain(K::Enter)];
const ESC: &[Key] = &[Key::plain(K::Esc)];
const RAISE: &[Key] = &[Key::ch('K'), Key::shift(K::Up)];
const LOWER: &[Key] = &[Key::ch('J'), Key::shift(K::Down)];
const ADD_MILESTONE: &[Key] = &[Key::ch('a')];
const ADD_REVIEW: &[Key] = &[Key::ch('r')];
const NEXT_SECTION: &[Key] = &[Key::ch(']')];
const PREV_SECTION: &[Key] = &[Key::ch('[')];

/// Every binding of the app.
pub const BINDINGS: &[Binding] = &[
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
        "shared screen: review goals with your mentor (again: end it)",
        false,
    ),
    // Pane-specific bindings come before the generic list and form ones.
    b(
        C::MentorList,
        &[Key::ch('n')],
        Action::New,
        "new mentor",
        true,
    ),
    b(
        C::MentorList,
        &[Key::ch('d'), Key::plain(K::Delete)],
        Action::Delete,
        "delete mentor",
        true,
    ),
    b(
        C::MentorList,
        &[Key::plain(K::Enter), Key::plain(K::Right), Key::ch('l')],
        Action::Open,
        "open agreement",
        true,
    ),
    b(
        C::AgreementForm,
        &[Key::ch('n')],
        Action::New,
        "new mentor",
        false,
    ),
    b(
        C::ConversationList,
        RIGHT,
        Action::Right,
        "read the whole answer",
        false,
    ),
    b(
        C::ConversationReader,
        &[Key::plain(K::Esc), Key::plain(K::Left)],
        Action::Back,
        "back",
        true,
    ),
    b(C::Conversation, ENTER, Action::Open, "answer", true),
    b(
        C::Conversation,
        &[Key::ch('h')],
        Action::History,
        "history",
        true,
    ),
    b(
        C::Conversation,
        &[Key::ch('c')],
        Action::SinceLastMeeting,
        "changes",
        true,
    ),
    b(
        C::Conversation,
        &[Key::ch('x')],
        Action::TogglePrivate,
        "private on/off",
        false,
    ),
    b(
        C::Conversation,
        &[Key::ctrl('e')],
        Action::ExternalEditor,
        "answer in $EDITOR",
        false,
    ),
    b(
        C::ConversationToOccupation,
        &[Key::ch('o')],
        Action::FollowLink,
        "Ideal occupation",
        true,
    ),
    b(
        C::ConversationToGoals,
        &[Key::ch('o')],
        Action::FollowLink,
        "Goals",
        true,
    ),
    b(
        C::ConversationHistory,
        &[Key::plain(K::Esc), Key::ch('h')],
        Action::Back,
        "close history",
        true,
    ),
    b(
        C::ConversationHistory,
        UP,
        Action::Up,
        "newer version",
        false,
    ),
    b(
        C::ConversationHistory,
        DOWN,
        Action::Down,
        "older version",
        false,
    ),
    b(
        C::ConversationHistory,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "scroll text up",
        false,
    ),
    b(
        C::ConversationHistory,
        &[Key::plain(K::PageDown), Key::ch(' ')],
        Action::PageDown,
        "scroll text down",
        true,
    ),
    b(
        C::ConversationChanges,
        &[Key::plain(K::Esc), Key::ch('c')],
        Action::Back,
        "close",
        true,
    ),
    b(
        C::ConversationChanges,
        UP,
        Action::Up,
        "previous answer",
        false,
    ),
    b(
        C::ConversationChanges,
        DOWN,
        Action::Down,
        "next answer",
        false,
    ),
    b(
        C::ConversationChanges,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "scroll text up",
        false,
    ),
    b(
        C::ConversationChanges,
        &[Key::plain(K::PageDown), Key::ch(' ')],
        Action::PageDown,
        "scroll text down",
        true,
    ),
    b(
        C::ConversationChanges,
        ENTER,
        Action::Open,
        "go to this answer",
        true,
    ),
    // Goals tab.
    b(C::GoalList, &[Key::ch('n')], Action::New, "new goal", true),
    b(
        C::GoalList,
        &[Key::plain(K::Enter), Key::plain(K::Right), Key::ch('l')],
        Action::Open,
        "open goal",
        true,
    ),
    b(C::GoalList, &[Key::ch('s')], Action::Sort, "sort", true),
    b(
        C::GoalList,
        &[Key::ch('f')],
        Action::FilterStatus,
        "filter status",
        true,
    ),
    b(
        C::GoalList,
        &[Key::ch('m')],
        Action::FilterMentor,
        "filter mentor",
        true,
    ),
    b(C::GoalList, RAISE, Action::MoveUp, "raise priority", false),
    b(
        C::GoalList,
        LOWER,
        Action::MoveDown,
        "lower priority",
        false,
    ),
    b(
        C::GoalList,
        &[Key::ch('d'), Key::plain(K::Delete)],
        Action::Delete,
        "delete goal (drop it to keep its history)",
        false,
    ),
    b(
        C::GoalFields,
        ADD_MILESTONE,
        Action::NewMilestone,
        "add milestone",
        true,
    ),
    b(
        C::GoalFields,
        ADD_REVIEW,
        Action::NewReview,
        "add review",
        true,
    ),
    b(
        C::GoalFields,
        NEXT_SECTION,
        Action::NextSection,
        "milestones, then reviews",
        false,
    ),
    b(
        C::GoalFields,
        PREV_SECTION,
        Action::PrevSection,
        "previous section",
        false,
    ),
    b(
        C::GoalMilestones,
        &[Key::ch(' ')],
        Action::Toggle,
        "tick / untick",
        true,
    ),
    b(
        C::GoalMilestones,
        ENTER,
        Action::Open,
        "edit milestone",
        true,
    ),
    b(
        C::GoalMilestones,
        ADD_MILESTONE,
        Action::NewMilestone,
        "add milestone",
        true,
    ),
    b(
        C::GoalMilestones,
        ADD_REVIEW,
        Action::NewReview,
        "add review",
        false,
    ),
    b(
        C::GoalMilestones,
        &[Key::ch('d'), Key::plain(K::Delete)],
        Action::Delete,
        "delete milestone",
        false,
    ),
    b(
        C::GoalMilestones,
        RAISE,
        Action::MoveUp,
        "move milestone up",
        false,
    ),
    b(
        C::GoalMilestones,
        LOWER,
        Action::MoveDown,
        "move milestone down",
        false,
    ),
    b(
        C::GoalMilestones,
        NEXT_SECTION,
        Action::NextSection,
        "next section",
        false,
    ),
    b(
        C::GoalMilestones,
        PREV_SECTION,
        Action::PrevSection,
        "previous section",
        false,
    ),
    b(C::GoalMilestones, ESC, Action::Back, "back to goals", true),
    b(C::GoalReviews, ENTER, Action::Open, "edit review", true),
    b(
        C::GoalReviews,
        ADD_REVIEW,
        Action::NewReview,
        "add review",
        true,
    ),
    b(
        C::GoalReviews,
        ADD_MILESTONE,
        Action::NewMilestone,
        "add milestone",
        false,
    ),
    b(
        C::GoalReviews,
        &[Key::ch('d'), Key::plain(K::Delete)],
        Action::Delete,
        "delete review",
        false,
    ),
    b(
        C::GoalReviews,
        NEXT_SECTION,
        Action::NextSection,
        "next section",
        false,
    ),
    b(
        C::GoalReviews,
        PREV_SECTION,
        Action::PrevSection,
        "previous section",
        false,
    ),
    b(C::GoalReviews, ESC, Action::Back, "back to goals", true),
    // Ideal occupation: the views, then what each view adds.
    b(
        C::Worksheet,
        &[Key::ch('f')],
        Action::WorksheetView(WorksheetView::Form),
        "form view: fill in the worksheet",
        false,
    ),
    b(
        C::Worksheet,
        &[Key::ch('c')],
        Action::WorksheetView(WorksheetView::Compare),
        "compare view: ideal beside current reality",
        false,
    ),
    b(
        C::Worksheet,
        &[Key::ch('p')],
        Action::WorksheetView(WorksheetView::Preview),
        "preview: the worksheet as sentences",
        false,
    ),
    b(
        C::WorksheetStems,
        &[Key::plain(K::Enter), Key::plain(K::Right), Key::ch('l')],
        Action::Open,
        "edit",
        true,
    ),
    b(
        C::WorksheetStems,
        &[Key::ch('m')],
        Action::Mark,
        "mark: well/gap/not sure",
        true,
    ),
    b(
        C::WorksheetStems,
        &[Key::ch('n')],
        Action::New,
        "goal from gap",
        true,
    ),
    b(
        C::WorksheetStems,
        &[Key::ch('o')],
        Action::OpenGoal,
        "open the goal made from this stem",
        false,
    ),
    b(
        C::WorksheetForm,
        &[Key::ch('x')],
        Action::TogglePrivate,
        "private on/off",
        true,
    ),
    b(
        C::WorksheetForm,
        &[Key::ch('n')],
        Action::New,
        "goal from gap",
        false,
    ),
    b(
        C::WorksheetForm,
        &[Key::ch('m')],
        Action::Mark,
        "mark: working well / gap / not sure",
        false,
    ),
    b(
        C::WorksheetForm,
        &[Key::ch('o')],
        Action::OpenGoal,
        "open the goal made from this stem",
        false,
    ),
    b(
        C::WorksheetGoals,
        &[Key::plain(K::Enter), Key::ch('o')],
        Action::OpenGoal,
        "open goal",
        true,
    ),
    b(
        C::WorksheetGoals,
        &[Key::ch('n')],
        Action::New,
        "another goal from this gap",
        false,
    ),
    b(C::WorksheetGoals, ESC, Action::Back, "back", true),
    b(
        C::WorksheetCompare,
        &[Key::plain(K::Enter)],
        Action::Open,
        "edit",
        true,
    ),
    b(
        C::WorksheetCompare,
        &[Key::ch('m')],
        Action::Mark,
        "mark: well/gap/not sure",
        true,
    ),
    b(
        C::WorksheetCompare,
        &[Key::ch('n')],
        Action::New,
        "goal from gap",
        true,
    ),
    b(
        C::WorksheetCompare,
        &[Key::ch('o')],
        Action::OpenGoal,
        "open the goal made from this stem",
        false,
    ),
    b(
        C::WorksheetCompare,
        ESC,
        Action::Back,
        "back to the form",
        false,
    ),
    b(C::WorksheetPreview, DOWN, Action::Down, "scroll", true),
    b(C::WorksheetPreview, UP, Action::Up, "scroll up", false),
    b(
        C::WorksheetPreview,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "page up",
        false,
    ),
    b(
        C::WorksheetPreview,
        &[Key::plain(K::PageDown), Key::ch(' ')],
        Action::PageDown,
        "page down",
        false,
    ),
    b(
        C::WorksheetPreview,
        &[Key::plain(K::Home), Key::ch('g')],
        Action::Top,
        "top",
        false,
    ),
    b(
        C::WorksheetPreview,
        &[Key::plain(K::End), Key::ch('G')],
        Action::Bottom,
        "end",
        false,
    ),
    b(
        C::WorksheetPreview,
        ESC,
        Action::Back,
        "back to the form",
        true,
    ),
    // Journal tab.
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
        C::JournalAction,
        &[Key::ch('a')],
        Action::New,
        "add another action item",
        false,
    ),
    // Searching every tab: while typing a query every other key types.
    b(C::Search, ENTER, Action::Open, "go there", true),
    b(C::Search, ESC, Action::Back, "close", true),
    b(
        C::Search,
        &[Key::plain(K::Up)],
        Action::Up,
        "previous result",
        false,
    ),
    b(
        C::Search,
        &[Key::plain(K::Down)],
        Action::Down,
        "next result",
        false,
    ),
    b(
        C::Search,
        &[Key::plain(K::PageUp)],
        Action::PageUp,
        "page up",
        false,
    ),
    b(
        C::Search,
        &[Key::plain(K::PageDown)],
        Action::PageDown,
        "page down",
        false,
    ),
    // The export prompt: every other key types the path.
    b(C::ExportPrompt, ENTER, Action::Open, "write the file", true),
    b(C::ExportPrompt, ESC, Action::Back, "cancel", true),
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
        C::Prepare,
        &[Key::ch('n'), Key::ch('a')],
        Action::New,
        "add a question",
        true,
    ),
    b(
        C::Prepare,
        &[Key::ch('d')],
        Action::Drop,
        "drop from the agenda",
        true,
    ),
    b(C::Prepare, RAISE, Action::MoveUp, "move up", true),
    b(C::Prepare, LOWER, Action::MoveDown, "move down", false),
    b(
        C::Prepare,
        &[Key::ch('w')],
        Action::Keep,
        "keep in the journal",
        true,
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
        C::Prepare,
        &[Key::ch('m')],
        Action::NextMentor,
        "next mentor",
        false,
    ),
    b(C::Prepare, ENTER, Action::Open, "open in its tab", false),
    b(C::Prepare, ESC, Action::Back, "back", true),
    b(C::PrepareInput, ENTER, Action::Open, "add", true),
    b(C::PrepareInput, ESC, Action::Back, "cancel", true),
    b(
        C::PrepareKeep,
        &[Key::ch('r')],
        Action::Replace,
        "replace its agenda",
        true,
    ),
    b(
        C::PrepareKeep,
        &[Key::ch('a')],
        Action::Append,
        "add below its agenda",
        true,
    ),
    b(
        C::PrepareKeep,
        &[Key::plain(K::Esc), Key::ch('n')],
        Action::Back,
        "cancel",
        true,
    ),
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
        &[Key::plain(K::Esc), Key::ch('v')],
        Action::Back,
        "back to the list",
        true,
    ),
    // Shared screen: the review.
    b(
        C::ReviewStep,
        &[Key::plain(K::Left), Key::ch('h')],
        Action::Left,
        "previous goal",
        false,
    ),
    b(
        C::ReviewStep,
        &[Key::plain(K::Right), Key::ch('l')],
        Action::Right,
        "next goal",
        true,
    ),
    b(
        C::ReviewStep,
        &[Key::ch('+'), Key::ch('=')],
        Action::ProgressUp,
        "progress +5%",
        true,
    ),
    b(
        C::ReviewStep,
        &[Key::ch('-')],
        Action::ProgressDown,
        "progress −5%",
        false,
    ),
    b(
        C::ReviewStep,
        &[Key::ch('p')],
        Action::SetProgress,
        "type the progress",
        false,
    ),
    b(
        C::ReviewStep,
        &[Key::ch('r')],
        Action::NewReview,
        "review note",
        true,
    ),
    b(
        C::ReviewStep,
        &[Key::ch('a')],
        Action::New,
        "action item",
        true,
    ),
    b(C::ReviewStep, UP, Action::Up, "previous milestone", false),
    b(C::ReviewStep, DOWN, Action::Down, "next milestone", false),
    b(
        C::ReviewStep,
        &[Key::ch(' ')],
        Action::Toggle,
        "tick the milestone",
        false,
    ),
    b(
        C::ReviewStep,
        &[Key::ch('m')],
        Action::NextMentor,
        "next mentor",
        false,
    ),
    b(C::ReviewStep, ESC, Action::Back, "finish", true),
    b(C::ReviewAction, ENTER, Action::Open, "add", true),
    b(
        C::ReviewAction,
        &[Key::plain(K::Tab)],
        Action::Toggle,
        "owner: me / mentor",
        true,
    ),
    b(C::ReviewAction, ESC, Action::Back, "cancel", true),
    b(
        C::ReviewWrapUp,
        &[Key::plain(K::Left), Key::ch('h')],
        Action::Left,
        "back to the goals",
        true,
    ),
    b(C::ReviewWrapUp, UP, Action::Up, "scroll up", false),
    b(C::ReviewWrapUp, DOWN, Action::Down, "scroll down", false),
    b(
        C::ReviewWrapUp,
        &[Key::plain(K::Enter), Key::plain(K::Esc)],
        Action::Back,
        "end the shared screen",
        true,
    ),
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
    b(C::Confirm, &[Key::ch('y')], Action::Yes, "yes, do it", true),
    b(
        C::Confirm,
        &[Key::ch('n'), Key::plain(K::Esc)],
        Action::No,
        "no, cancel",
        true,
    ),
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

/// The action bound to `key` in the first context of `stack` that binds it.
#[must_use]
pub fn lookup(stack: &[Context], key: &KeyEvent) -> Option<Action> {
    let key = Key::from_event(key);
    stack.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .find(|b| b.context == *ctx && b.keys.contains(&key))
            .map(|b| b.action)
    })
}

/// The bindings shown in the footer for this stack, most specific first, one per action.
#[must_use]
pub fn footer(stack: &[Context]) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for ctx in stack {
        for b in BINDINGS.iter().filter(|b| b.context == *ctx && b.footer) {
            if !out.iter().any(|o| o.action == b.action) {
                out.push(b);
            }
        }
    }
    out
}

/// Help sections: the contexts of `stack` first, then every other context, each with its
/// bindings in table order.
#[must_use]
pub fn help_sections(stack: &[Context]) -> Vec<(Context, Vec<&'static Binding>)> {
    let mut order: Vec<Context> = stack.to_vec();
    for b in BINDINGS {
        if !order.contains(&b.context) {
            order.push(b.context);
        }
    }
    order
        .into_iter()
        .map(|ctx| (ctx, BINDINGS.iter().filter(|b| b.context == ctx).collect()))
        .filter(|(_, bs): &(Context, Vec<&Binding>)| !bs.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn shifted_characters_match_without_shift() {
        let e = key(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&[Context::Tabs], &e), Some(Action::Help));
        let e = key(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(lookup(&[Context::Tabs], &e), Some(Action::PrevTab));
    }

    #[test]
    fn most_specific_context_wins() {
        let n = key(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Context::MentorList, Context::List], &n),
            Some(Action::New)
        );
        let enter = key(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Context::EditingLine, Context::Editing], &enter),
            Some(Action::FinishEdit)
        );
        assert_eq!(lookup(&[Context::Editing, Context::Global], &enter), None);
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let e = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for stack in [
            &[Context::Editing, Context::Global][..],
            &[Context::Confirm, Context::Global],
        ] {
            assert_eq!(lookup(stack, &e), Some(Action::ForceQuit));
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    for k in a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{:?} bound twice in {:?}",
                            k,
                            a.context
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn help_lists_every_binding_once() {
        let sections = help_sections(&[Context::List]);
        let total: usize = sections.iter().map(|(_, b)| b.len()).sum();
        assert_eq!(total, BINDINGS.len());
        assert_eq!(sections[0].0, Context::List);
    }

    #[test]
    fn footer_keeps_the_specific_label() {
        let f = footer(&[Context::MentorList, Context::List, Context::Tabs]);
        assert_eq!(f[0].help, "new mentor");
        assert!(
            f.iter()
                .any(|b| b.action == Action::Open && b.help == "open agreement")
        );
    }
}
