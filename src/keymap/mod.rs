//! Key bindings as data. The app dispatches through [`lookup`]; the help overlay and the
//! footer are generated from the same [`BINDINGS`] table, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::Action;
use crate::tab::{Tab, WorksheetView};

/// Where the user is; decides which bindings apply. The app builds a stack of these, most
/// specific first, and the first binding found wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum Context {
    /// Always active, even while editing.
    Global,
    /// Browsing (not editing, no dialog): tab switching, help, quit.
    Tabs,
    List,
    /// Text that may be taller than its pane: scrolling it.
    Scroll,
    /// The Overview tab: the two moments the app is for.
    Overview,
    /// A form, browsing its fields.
    Form,
    /// A form, on a text field.
    FormText,
    /// A form, on a field with one value out of several (structure, status, a mentor).
    FormChoice,
    /// A form, on a yes/no field (private, done).
    FormFlag,
    /// A form, on a field with any number of values (channels).
    FormMulti,
    /// Filling a form: on a field that is not text, reached with Tab while editing.
    FormFill,
    Editing,
    /// Editing a one-line field, where Enter finishes.
    EditingLine,
    /// Editing a field of a form: Tab goes on to the next field.
    EditingForm,
    /// Editing a one-line field of a form: ↓ and ↑ go on to the next or previous field.
    EditingFormLine,
    Confirm,
    /// A yes/no question whose default is yes (`Enter` answers it).
    ConfirmDefaultYes,
    Help,
    /// Overview, asking for the reflection on the last meeting.
    OverviewReflect,
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
    /// Goals tab, one milestone open.
    GoalMilestone,
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
    /// Ideal occupation, on a stem marked as a gap (which can become a goal).
    WorksheetGap,
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
    /// Journal tab, a review held at the meeting.
    JournalReviewed,
    /// Searching every tab (`/`): typing a query, choosing a result.
    Search,
    /// Searching every tab, with results to choose from.
    SearchResults,
    /// Typing where the Markdown export goes.
    ExportPrompt,
    /// Prepare view: the agenda list.
    Prepare,
    /// Prepare view, with more than one mentor to prepare for.
    PrepareMentors,
    /// Prepare view, with an item of the agenda chosen (none on an empty agenda).
    PrepareItems,
    /// Prepare view, on one of the mentee's own questions.
    PrepareQuestion,
    /// Prepare view, typing a new question.
    PrepareInput,
    /// Prepare view, asking when the meeting takes place (to plan it).
    PreparePlan,
    /// Prepare view, the agenda as it prints.
    PreparePreview,
    /// Shared screen: the meeting's agenda, before the goals.
    ReviewAgenda,
    /// Shared screen: one goal under review (moving between goals).
    ReviewStep,
    /// Shared screen: typing a new action item.
    ReviewAction,
    /// Shared screen: the wrap-up.
    ReviewWrapUp,
    /// Shared screen: no goal to review.
    ReviewEmpty,
    /// Shared screen: no goal to review, and an agenda to go back to.
    ReviewToAgenda,
    /// Shared screen, with more than one mentor to review with.
    ReviewMentors,
    /// Shared screen: a goal whose progress is set by hand.
    ReviewProgress,
    /// Shared screen: a goal under review (its note and action items).
    ReviewGoal,
    /// Shared screen: a goal with milestones.
    ReviewMilestones,
    /// Shared screen: a new action item, its owner chosen.
    ReviewActionOwner,
    /// The screen after the shared screen, before anything private shows again.
    SharedEnded,
}

impl Context {
    /// Heading of this context's section in the help overlay.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Tabs => "Moving around",
            Context::List => "Lists",
            Context::Scroll => "Scrolling",
            Context::Overview => "Overview",
            Context::Form => "Forms",
            Context::FormText => "Forms: a text field",
            Context::FormChoice => "Forms: a field with one choice",
            Context::FormFlag => "Forms: a yes/no field",
            Context::FormMulti => "Forms: a field with several choices",
            Context::FormFill => "Forms: filling in, field by field",
            Context::Editing => "Editing text",
            Context::EditingLine => "Editing a one-line field",
            Context::EditingForm => "Editing a field of a form",
            Context::EditingFormLine => "Editing a one-line field of a form",
            Context::Confirm => "Confirm dialog",
            Context::ConfirmDefaultYes => "Question (Enter: the default)",
            Context::Help => "This help",
            Context::OverviewReflect => "Overview: after a meeting",
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
            Context::GoalMilestone => "Goals: one milestone",
            Context::Worksheet => "Ideal occupation: views",
            Context::WorksheetStems => "Ideal occupation: the stems",
            Context::WorksheetForm => "Ideal occupation: one stem",
            Context::WorksheetGoals => "Ideal occupation: goals made from a stem",
            Context::WorksheetCompare => "Ideal occupation: compare",
            Context::WorksheetGap => "Ideal occupation: a stem marked as a gap",
            Context::WorksheetPreview => "Ideal occupation: preview",
            Context::JournalList => "Journal: meetings",
            Context::JournalMeeting => "Journal: a meeting",
            Context::JournalActions => "Journal: action items",
            Context::JournalAction => "Journal: an action item",
            Context::JournalReviewed => "Journal: a goal reviewed at the meeting",
            Context::Search => "Search",
            Context::SearchResults => "Search: the results",
            Context::ExportPrompt => "Export as Markdown",
            Context::Prepare => "Prepare: the agenda",
            Context::PrepareMentors => "Prepare: several mentors",
            Context::PrepareItems => "Prepare: an item of the agenda",
            Context::PrepareQuestion => "Prepare: one of your questions",
            Context::PrepareInput => "Prepare: a new question",
            Context::PreparePlan => "Prepare: planning the meeting",
            Context::PreparePreview => "Prepare: as printed",
            Context::ReviewAgenda => "Shared screen: the agenda",
            Context::ReviewStep => "Shared screen: the goals",
            Context::ReviewAction => "Shared screen: a new action item",
            Context::ReviewWrapUp => "Shared screen: wrap-up",
            Context::ReviewEmpty => "Shared screen: no goal to review",
            Context::ReviewToAgenda => "Shared screen: back to the agenda",
            Context::ReviewMentors => "Shared screen: several mentors",
            Context::ReviewProgress => "Shared screen: progress set by hand",
            Context::ReviewGoal => "Shared screen: a goal",
            Context::ReviewMilestones => "Shared screen: milestones",
            Context::ReviewActionOwner => "Shared screen: the action item's owner",
            Context::SharedEnded => "After the shared screen",
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
    /// A shorter text for the footer, where room is scarce ("" for `help`). Neighbours in
    /// the footer with the same short text share one hint: `← → goals`.
    pub short: &'static str,
}

impl Binding {
    /// The keys, joined for display ("↑ / k").
    #[must_use]
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// The same binding with a shorter footer text (see [`Binding::short`]).
    #[must_use]
    pub const fn short(self, short: &'static str) -> Binding {
        Binding { short, ..self }
    }

    /// What the footer says for it.
    #[must_use]
    pub fn footer_text(&self) -> &'static str {
        if self.short.is_empty() {
            self.help
        } else {
            self.short
        }
    }
}

/// One row of the footer or of the help: a binding, or neighbouring bindings of one context
/// that say the same thing (`←` and `→`: "change"), shown together.
#[derive(Clone, Debug)]
pub struct Hint {
    pub bindings: Vec<&'static Binding>,
}

impl Hint {
    /// What the keys do.
    #[must_use]
    pub fn help(&self) -> &'static str {
        self.bindings.first().map_or("", |b| b.help)
    }

    /// What the footer says for them: the short text where there is one.
    #[must_use]
    pub fn footer_text(&self) -> &'static str {
        self.bindings.first().map_or("", |b| b.footer_text())
    }

    #[must_use]
    pub fn context(&self) -> Option<Context> {
        self.bindings.first().map(|b| b.context)
    }

    /// The first key of each binding, as the footer shows them ("← →").
    #[must_use]
    pub fn short_keys(&self) -> String {
        self.bindings
            .iter()
            .filter_map(|b| b.keys.first().map(Key::label))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Every key, as the help shows them ("← / →", "n / a").
    #[must_use]
    pub fn all_keys(&self) -> String {
        self.bindings
            .iter()
            .map(|b| b.keys_label())
            .collect::<Vec<_>>()
            .join(" / ")
    }
}

/// Groups neighbouring bindings of one context with the same help text.
fn group(bindings: impl IntoIterator<Item = &'static Binding>) -> Vec<Hint> {
    let mut out: Vec<Hint> = Vec::new();
    for b in bindings {
        match out.last_mut() {
            Some(h) if h.context() == Some(b.context) && h.help() == b.help => h.bindings.push(b),
            _ => out.push(Hint { bindings: vec![b] }),
        }
    }
    out
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
        short: "",
    }
}

mod agreement;
mod conversation;
mod general;
mod goals;
mod journal;
mod modes;
mod occupation;
mod search;

use Context as C;
use KeyCode as K;

const UP: &[Key] = &[Key::plain(K::Up), Key::ch('k')];
const DOWN: &[Key] = &[Key::plain(K::Down), Key::ch('j')];
const RIGHT: &[Key] = &[Key::plain(K::Right), Key::ch('l')];
const ENTER: &[Key] = &[Key::plain(K::Enter)];
const ESC: &[Key] = &[Key::plain(K::Esc)];
const RAISE: &[Key] = &[Key::ch('K'), Key::shift(K::Up)];
const LOWER: &[Key] = &[Key::ch('J'), Key::shift(K::Down)];
const ADD_MILESTONE: &[Key] = &[Key::ch('a')];
const ADD_REVIEW: &[Key] = &[Key::ch('r')];
const NEXT_SECTION: &[Key] = &[Key::ch(']')];
const PREV_SECTION: &[Key] = &[Key::ch('[')];

/// Every binding of the app, in tables by area; contexts appear in `?` in this order.
pub const BINDINGS: &[&[Binding]] = &[
    general::GENERAL,
    general::OVERVIEW,
    agreement::AGREEMENT,
    conversation::CONVERSATION,
    goals::GOALS,
    occupation::OCCUPATION,
    journal::JOURNAL,
    search::SEARCH,
    modes::MODES,
    general::COMMON,
];

/// Every binding, in table order.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().flat_map(|table| table.iter())
}

/// The first key bound to an action in any context, as shown to the user (empty when
/// none is), so a hint on screen cannot drift from the keymap.
#[must_use]
pub fn first_key(action: Action) -> String {
    bindings()
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first())
        .map(Key::label)
        .unwrap_or_default()
}

/// The first key bound to an action in one context, as shown to the user (empty when none
/// is): for hints inside a screen.
#[must_use]
pub fn first_key_in(context: Context, action: Action) -> String {
    bindings()
        .find(|b| b.context == context && b.action == action)
        .and_then(|b| b.keys.first())
        .map(Key::label)
        .unwrap_or_default()
}

/// The action bound to `key` in the first context of `stack` that binds it.
#[must_use]
pub fn lookup(stack: &[Context], key: &KeyEvent) -> Option<Action> {
    let key = Key::from_event(key);
    stack.iter().find_map(|ctx| {
        bindings()
            .find(|b| b.context == *ctx && b.keys.contains(&key))
            .map(|b| b.action)
    })
}

/// An `Alt`+key that no context of `stack` binds, as the two keys it stands for: `Esc`,
/// then the key alone. Terminals send `Esc` and a key typed within a few milliseconds of it
/// (a fast typist, a paste, tmux) as the same bytes as `Alt`+key, so `Esc P` must still open
/// Prepare and `Esc ↑` still leave the field and move up. `None` for any other key.
#[must_use]
pub fn split_alt(stack: &[Context], key: &KeyEvent) -> Option<[KeyEvent; 2]> {
    if !key.modifiers.contains(KeyModifiers::ALT) || lookup(stack, key).is_some() {
        return None;
    }
    let mut alone = *key;
    alone.modifiers.remove(KeyModifiers::ALT);
    let esc = KeyEvent::new_with_kind(KeyCode::Esc, KeyModifiers::NONE, key.kind);
    Some([esc, alone])
}

/// The hints shown in the footer for this stack, most specific first, one per action; a
/// binding whose key a more specific context takes for something else is left out (the
/// footer only shows keys that do what it says).
#[must_use]
pub fn footer(stack: &[Context]) -> Vec<Hint> {
    let mut chosen: Vec<&'static Binding> = Vec::new();
    for ctx in stack {
        for b in bindings().filter(|b| b.context == *ctx && b.footer) {
            let first = b.keys.first().map(|k| KeyEvent::new(k.code, k.mods));
            let reaches = first.is_some_and(|k| lookup(stack, &k) == Some(b.action));
            if reaches && !chosen.iter().any(|o| o.action == b.action) {
                chosen.push(b);
            }
        }
    }
    group_for_footer(chosen)
}

/// Groups neighbouring bindings for the footer: those of one context with the same help
/// text, and neighbours with the same short footer text (`← → goals`).
fn group_for_footer(bindings: impl IntoIterator<Item = &'static Binding>) -> Vec<Hint> {
    let mut out: Vec<Hint> = Vec::new();
    for b in bindings {
        match out.last_mut() {
            Some(h)
                if (h.context() == Some(b.context) && h.help() == b.help)
                    || (!b.short.is_empty() && h.footer_text() == b.short) =>
            {
                h.bindings.push(b);
            }
            _ => out.push(Hint { bindings: vec![b] }),
        }
    }
    out
}

/// Help sections: the contexts of `stack` first, then every other context, each with its
/// bindings in table order (neighbours saying the same thing on one row).
#[must_use]
pub fn help_sections(stack: &[Context]) -> Vec<(Context, Vec<Hint>)> {
    let mut order: Vec<Context> = stack.to_vec();
    for b in bindings() {
        if !order.contains(&b.context) {
            order.push(b.context);
        }
    }
    order
        .into_iter()
        .map(|ctx| (ctx, group(bindings().filter(|b| b.context == ctx))))
        .filter(|(_, hs)| !hs.is_empty())
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
    fn an_unbound_alt_key_is_esc_then_the_key() {
        let alt_p = key(KeyCode::Char('P'), KeyModifiers::ALT | KeyModifiers::SHIFT);
        let [esc, p] = split_alt(&[Context::Tabs], &alt_p).expect("split");
        assert_eq!(esc.code, KeyCode::Esc);
        assert_eq!(lookup(&[Context::Tabs], &p), Some(Action::Prepare));
        let alt_up = key(KeyCode::Up, KeyModifiers::ALT);
        let [_, up] = split_alt(&[Context::Form], &alt_up).expect("split");
        assert_eq!(up, key(KeyCode::Up, KeyModifiers::NONE));
        // Keys without Alt are left alone.
        assert_eq!(
            split_alt(&[Context::Tabs], &key(KeyCode::Up, KeyModifiers::NONE)),
            None
        );
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
        let all: Vec<&Binding> = bindings().collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
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
        let total: usize = sections
            .iter()
            .flat_map(|(_, hs)| hs.iter().map(|h| h.bindings.len()))
            .sum();
        assert_eq!(total, bindings().count());
        assert_eq!(sections[0].0, Context::List);
    }

    #[test]
    fn footer_keeps_the_specific_label() {
        let f = footer(&[Context::MentorList, Context::List, Context::Tabs]);
        assert_eq!(f[0].help(), "new mentor");
        assert!(f.iter().any(|h| h.help() == "open agreement"));
    }

    #[test]
    fn neighbours_that_say_the_same_share_a_row() {
        let f = footer(&[Context::FormChoice, Context::Form]);
        let change = f
            .iter()
            .find(|h| h.help() == "change")
            .expect("a change hint");
        assert_eq!(change.short_keys(), "← →");
        assert_eq!(change.all_keys(), "← / →");
    }
}
