//! The agenda of one meeting: what the journey suggests talking about, and what the mentee
//! made of it (her order, her drops, her questions), kept with the meeting. A plain function
//! over the journey and a clock, so the Prepare view, `mentee agenda`, the invite and the
//! shared screen show the same list.
//!
//! What the journey suggests (the "fresh" items), in this order:
//! 1. what the reflection on the last meeting said she would do;
//! 2. open action items of either owner, from meetings with this mentor, meetings without a
//!    mentor, or no meeting at all (they carry forward within one relationship), but not
//!    those agreed at this meeting itself;
//! 3. goals (of this mentor or of none) that are overdue, due soon — their target date is on
//!    or before the meeting's day plus [`SOON_DAYS`] — or not reviewed at or since the last
//!    meeting (no review dated on or after its day); goals on hold only when overdue, goals
//!    done or dropped never (goals are reviewed at each meeting: Rolfe 2017);
//! 4. conversation answers that changed since the last meeting (the Conversation tab's own
//!    change detection); before any meeting, since each answer's previous version;
//! 5. the agreement with this mentor, when its review date is on or before the meeting's day;
//! 6. the mentee's own questions still waiting for a meeting (and on no other agenda), or
//!    raised for this one.
//!
//! What she made of it is stored ([`AgendaItem`]): once she changes anything, every item
//! is kept in her order, dropped ones marked dropped. Building again then only adds what is
//! new (at the end, marked new), never what she dropped and never a second copy.
//!
//! "The last meeting" is the last one held with this mentor, else the last one held with
//! anyone. Everything the journey holds counts, private records included (the Prepare view
//! marks them private); where nothing private may show — the shared screen, `mentee agenda
//! --shared-only`, the invite — the agenda is built from the shared-only journey
//! ([`Journey::shared_only`]), which has no private record, and no stored item about one.

pub mod choice;
pub mod content;

use chrono::{Days, NaiveDate};

pub use choice::{
    MeetingChoice, Why, choose, goals_for_review, meeting_with, mentor_choices, usual_minutes,
    usual_time,
};
pub use content::{Content, ItemText, Part, PartKind};

use super::GoalStatus;
use super::answers::{Since, changed_answers};
use super::clock::Clock;
use super::goals::{GoalFacts, is_open, is_overdue, priority_order};
use super::journey::Journey;
use super::meetings::{last_meeting_with, open_actions};
use super::records::{AgendaItem, Id, Meeting, Topic};
use crate::domain::{HashMap, HashMapExt, HashSet, HashSetExt};
use crate::method::{method, question_by_key};

/// How far past the meeting a goal's target date still counts as "due soon".
pub const SOON_DAYS: u64 = 14;

/// Why a goal is on the agenda.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GoalReasons {
    /// Its target date has passed.
    pub overdue: bool,
    /// Its target date comes before the meeting, or soon after it.
    pub due_soon: bool,
    /// No review at or since the last meeting.
    pub not_reviewed: bool,
}

/// Where an agenda is kept: with a meeting in the journal, or, while none is planned, as the
/// pending agenda of a mentor (`None`: of no mentor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgendaOf {
    Meeting(Id),
    Pending(Option<Id>),
}

impl AgendaOf {
    /// Where the agenda of the chosen meeting is kept.
    #[must_use]
    pub fn of(choice: &MeetingChoice) -> AgendaOf {
        match choice.meeting_id {
            Some(id) => AgendaOf::Meeting(id),
            None => AgendaOf::Pending(choice.mentor_id),
        }
    }

    /// The `(meeting_id, mentor_id)` an item kept here has.
    #[must_use]
    pub fn columns(self) -> (Option<Id>, Option<Id>) {
        match self {
            AgendaOf::Meeting(id) => (Some(id), None),
            AgendaOf::Pending(mentor) => (None, mentor),
        }
    }

    /// Whether a stored item is kept here.
    #[must_use]
    pub fn holds(self, a: &AgendaItem) -> bool {
        (a.meeting_id, a.mentor_id) == self.columns()
    }
}

/// One item of an agenda as shown: what it is about, and what the mentee made of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub topic: Topic,
    /// The stored item, once the agenda is kept (`None`: suggested, not stored yet).
    pub stored: Option<Id>,
    pub dropped: bool,
    /// Added since the mentee last looked.
    pub new: bool,
    pub discussed: bool,
}

impl Entry {
    /// An item not stored yet, on the agenda (not dropped, not new).
    #[must_use]
    pub fn new(topic: Topic) -> Entry {
        Entry::fresh(topic)
    }

    fn fresh(topic: Topic) -> Entry {
        Entry {
            topic,
            stored: None,
            dropped: false,
            new: false,
            discussed: false,
        }
    }

    /// The entry of a stored item.
    #[must_use]
    pub fn from_stored(a: &AgendaItem) -> Entry {
        Entry {
            topic: a.topic.clone(),
            stored: Some(a.id),
            dropped: a.dropped,
            new: a.new,
            discussed: a.discussed,
        }
    }
}

/// The agenda of one meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    /// The meeting it is for.
    pub choice: MeetingChoice,
    /// The meeting "since the last meeting" counts from.
    pub since: Option<Id>,
    /// Every item, dropped ones included (in place), in the mentee's order.
    pub entries: Vec<Entry>,
    /// Why each goal the journey suggests is on it.
    pub reasons: HashMap<Id, GoalReasons>,
}

impl Agenda {
    /// Where it is kept.
    #[must_use]
    pub fn of(&self) -> AgendaOf {
        AgendaOf::of(&self.choice)
    }

    /// The mentor (`None`: no mentor).
    #[must_use]
    pub fn mentor_id(&self) -> Option<Id> {
        self.choice.mentor_id
    }

    /// Whether the mentee has kept it (changed anything): then it is stored item by item.
    #[must_use]
    pub fn is_kept(&self) -> bool {
        self.entries.iter().any(|e| e.stored.is_some())
    }

    /// The items on it, in order: not dropped, and about something the journey still holds.
    #[must_use]
    pub fn items<'a>(&'a self, j: &'a Journey) -> Vec<&'a Entry> {
        self.entries
            .iter()
            .filter(|e| !e.dropped && exists(&e.topic, j))
            .collect()
    }

    /// The topics of [`Agenda::items`].
    #[must_use]
    pub fn topics(&self, j: &Journey) -> Vec<Topic> {
        self.items(j).into_iter().map(|e| e.topic.clone()).collect()
    }

    /// Why a goal is on it (none when it was kept although no reason holds any more).
    #[must_use]
    pub fn reasons(&self, goal: Id) -> GoalReasons {
        self.reasons.get(&goal).copied().unwrap_or_default()
    }

    /// The meeting "since the last meeting" counts from.
    #[must_use]
    pub fn since_meeting<'a>(&self, j: &'a Journey) -> Option<&'a Meeting> {
        self.since.and_then(|id| j.meeting(id))
    }

    /// The mentor's name, if any.
    #[must_use]
    pub fn mentor_name(&self, j: &Journey) -> Option<String> {
        self.mentor_id()
            .and_then(|id| j.mentor(id))
            .map(super::records::Mentor::display_name)
    }

    /// The mentor's short name, if any.
    #[must_use]
    pub fn mentor_short_name(&self, j: &Journey) -> Option<String> {
        self.mentor_id()
            .and_then(|id| j.mentor(id))
            .map(super::records::Mentor::short_name)
    }

    /// The day the meeting is planned for or due on (today at the earliest).
    #[must_use]
    pub fn meeting_day(&self, clock: &Clock) -> NaiveDate {
        self.choice.day_or_today(clock)
    }
}

/// Whether the record a topic names is still there, with something to say.
#[must_use]
pub fn exists(t: &Topic, j: &Journey) -> bool {
    match t {
        Topic::Action(id) => j.action(*id).is_some(),
        Topic::Goal(id) => j.goal(*id).is_some(),
        Topic::Answer(key) => {
            question_by_key(key).is_some() && j.answers.get(key).is_some_and(|v| !v.is_empty())
        }
        Topic::Agreement(id) => j
            .mentor(*id)
            .is_some_and(|m| m.agreement.review_date.is_some()),
        Topic::Question(id) => j.question(*id).is_some(),
        Topic::Reflection(id) => j
            .meeting(*id)
            .is_some_and(|m| !m.reflection.trim().is_empty()),
    }
}

/// Whether the item shows something marked private (hidden on the shared screen): a
/// private goal, answer or question, an action item of a private meeting, or a private
/// reflection.
#[must_use]
pub fn is_private(t: &Topic, j: &Journey) -> bool {
    match t {
        Topic::Action(id) => j
            .action(*id)
            .and_then(|a| a.meeting_id)
            .and_then(|m| j.meeting(m))
            .is_some_and(|m| m.private),
        Topic::Goal(id) => j.goal(*id).is_some_and(|g| g.private),
        Topic::Answer(key) => j.private_answers.contains(key),
        Topic::Agreement(_) => false,
        Topic::Question(id) => j.question(*id).is_some_and(|q| q.private),
        Topic::Reflection(id) => j
            .meeting(*id)
            .is_some_and(|m| m.private || m.reflection_private),
    }
}

/// The stored items of an agenda, in order, one per topic. A planned meeting with none of
/// its own takes over the pending agenda of its mentor (kept before it was planned another
/// way, e.g. in the Journal): `adopt`.
#[must_use]
pub fn stored_items(j: &Journey, of: AgendaOf, adopt: bool) -> Vec<&AgendaItem> {
    let mut rows: Vec<&AgendaItem> = j.agenda_items.iter().filter(|a| of.holds(a)).collect();
    if rows.is_empty()
        && adopt
        && let AgendaOf::Meeting(id) = of
        && let Some(m) = j.meeting(id)
    {
        let mentor = m.mentor_id.filter(|id| j.mentor(*id).is_some());
        let pending = AgendaOf::Pending(mentor);
        rows = j.agenda_items.iter().filter(|a| pending.holds(a)).collect();
    }
    rows.sort_by_key(|a| (a.position, a.id));
    let mut seen = HashSet::new();
    rows.retain(|a| seen.insert(&a.topic));
    rows
}

/// The agenda kept with a meeting, as it was kept (no suggestions added): for a meeting's
/// journal entry, what was on its agenda and what was discussed. The mentor's next meeting
/// shows their pending agenda when it has none of its own (see [`stored_items`]).
#[must_use]
pub fn kept(j: &Journey, clock: &Clock, meeting: &Meeting) -> Agenda {
    let choice = MeetingChoice {
        mentor_id: meeting.mentor_id.filter(|id| j.mentor(*id).is_some()),
        meeting_id: Some(meeting.id),
        starts_at: Some(meeting.starts_at),
        day: Some(clock.local(meeting.starts_at).date()),
        cadence: None,
        why: Why::Planned,
    };
    // The mentor's pending agenda belongs to their next meeting (today's, or the next
    // planned one) until planning moves it there.
    let next = meeting_with(j, clock, choice.mentor_id).meeting_id == Some(meeting.id);
    let entries = stored_items(j, AgendaOf::Meeting(meeting.id), next)
        .into_iter()
        .map(Entry::from_stored)
        .collect();
    Agenda {
        choice,
        since: None,
        entries,
        reasons: HashMap::new(),
    }
}

/// The agenda of the meeting the one rule chooses ([`choose`]).
#[must_use]
pub fn build_chosen(j: &Journey, clock: &Clock) -> Agenda {
    build(j, clock, choose(j, clock))
}

/// The agenda of the next meeting with one mentor ([`meeting_with`]).
#[must_use]
pub fn build_for(j: &Journey, clock: &Clock, mentor_id: Option<Id>) -> Agenda {
    build(j, clock, meeting_with(j, clock, mentor_id))
}

/// The agenda of a chosen meeting: what the mentee kept, in her order, then what the journey
/// suggests that is not on it yet (marked new when she has kept it before); see the module
/// notes.
#[must_use]
pub fn build(j: &Journey, clock: &Clock, choice: MeetingChoice) -> Agenda {
    let of = AgendaOf::of(&choice);
    let stored = stored_items(j, of, true);
    let (fresh, reasons, since) = suggest(j, clock, &choice, of);
    let mut entries: Vec<Entry> = stored.iter().map(|a| Entry::from_stored(a)).collect();
    let kept = !entries.is_empty();
    let listed: HashSet<Topic> = stored.iter().map(|a| a.topic.clone()).collect();
    entries.extend(
        fresh
            .into_iter()
            .filter(|t| !listed.contains(t))
            .map(|t| Entry {
                new: kept,
                ..Entry::fresh(t)
            }),
    );
    Agenda {
        choice,
        since,
        entries,
        reasons,
    }
}

/// Every conversation answer key, in the order of the method.
fn conversation_keys() -> Vec<String> {
    method()
        .questions
        .iter()
        .flat_map(|q| std::iter::once(q.key()).chain(q.prompts.iter().map(|p| q.prompt_key(p))))
        .collect()
}

/// What the journey suggests for the chosen meeting (see the module notes), why each goal is
/// there, and the meeting "since" counts from.
fn suggest(
    j: &Journey,
    clock: &Clock,
    choice: &MeetingChoice,
    of: AgendaOf,
) -> (Vec<Topic>, HashMap<Id, GoalReasons>, Option<Id>) {
    let today = clock.today();
    let now = clock.now();
    let mentor_id = choice.mentor_id;
    let meeting_day = choice.day_or_today(clock);
    // "Since" the last meeting before this one (for today's meeting, not itself).
    let before = choice
        .starts_at
        .filter(|t| *t <= now)
        .map_or(now, |t| t - chrono::Duration::seconds(1));
    let since =
        last_meeting_with(j, before, mentor_id).or_else(|| last_meeting_with(j, before, None));
    let since_day = since.map(|m| clock.local(m.starts_at).date());
    // Records of this relationship: this mentor's, or nobody's (also a mentor since deleted).
    let ours = |m: Option<Id>| {
        mentor_id.is_none()
            || m.is_none()
            || m == mentor_id
            || m.and_then(|id| j.mentor(id)).is_none()
    };
    let mut items = Vec::new();

    if let Some(m) = since.filter(|m| !m.reflection.trim().is_empty()) {
        items.push(Topic::Reflection(m.id));
    }

    for a in open_actions(j) {
        // Not one agreed at this very meeting (on the shared screen, while it is held).
        if a.meeting_id.is_some() && a.meeting_id == choice.meeting_id {
            continue;
        }
        let meeting = a.meeting_id.and_then(|id| j.meeting(id));
        if meeting.is_none_or(|m| ours(m.mentor_id)) {
            items.push(Topic::Action(a.id));
        }
    }

    let (goals, reasons) = suggest_goals(j, today, meeting_day, since_day, ours);
    items.extend(goals);

    let keys = conversation_keys();
    let compared = since.map_or(Since::PreviousVersion, Since::Meeting);
    for c in changed_answers(j, keys.iter().map(String::as_str), compared) {
        items.push(Topic::Answer(c.key.to_string()));
    }

    if let Some(m) = mentor_id.and_then(|id| j.mentor(id))
        && m.agreement.review_date.is_some_and(|d| d <= meeting_day)
    {
        items.push(Topic::Agreement(m.id));
    }

    items.extend(suggest_questions(j, choice, of));

    (items, reasons, since.map(|m| m.id))
}

/// Goals (of this relationship: `ours`) that are overdue, due soon or not reviewed at or
/// since the last meeting, by priority, with why; on hold only when overdue.
fn suggest_goals(
    j: &Journey,
    today: NaiveDate,
    meeting_day: NaiveDate,
    since_day: Option<NaiveDate>,
    ours: impl Fn(Option<Id>) -> bool,
) -> (Vec<Topic>, HashMap<Id, GoalReasons>) {
    let mut items = Vec::new();
    let soon_until = meeting_day
        .checked_add_days(Days::new(SOON_DAYS))
        .unwrap_or(meeting_day);
    let goals: Vec<_> = priority_order(j)
        .into_iter()
        .filter(|g| is_open(g) && ours(g.mentor_id))
        .collect();
    // Every goal's last review from one pass over the reviews.
    let facts = GoalFacts::of(j, goals.iter().map(|g| g.id));
    let mut reasons = HashMap::new();
    for g in goals {
        let overdue = is_overdue(g, today);
        let why = GoalReasons {
            overdue,
            due_soon: !overdue && g.target_date.is_some_and(|d| d <= soon_until),
            // Reviewed at the last meeting: a review dated on or after its day.
            not_reviewed: since_day
                .is_some_and(|day| facts.last_review(g.id).is_none_or(|r| r.day < day)),
        };
        let on_hold = g.status == GoalStatus::OnHold;
        let listed = if on_hold {
            why.overdue
        } else {
            why.overdue || why.due_soon || why.not_reviewed
        };
        if listed {
            items.push(Topic::Goal(g.id));
            reasons.insert(g.id, why);
        }
    }
    (items, reasons)
}

/// The mentee's questions waiting for a meeting that no other agenda has taken, or raised
/// for this one, oldest first.
fn suggest_questions(j: &Journey, choice: &MeetingChoice, of: AgendaOf) -> Vec<Topic> {
    let elsewhere: HashSet<Id> = j
        .agenda_items
        .iter()
        .filter(|a| !a.dropped && !of.holds(a))
        .filter_map(|a| match a.topic {
            Topic::Question(id) => Some(id),
            _ => None,
        })
        .collect();
    let planned = choice.meeting_id;
    let mut questions: Vec<_> = j
        .questions
        .iter()
        .filter(|q| {
            (q.meeting_id.is_none() && !elsewhere.contains(&q.id))
                || (planned.is_some() && q.meeting_id == planned)
        })
        .collect();
    questions.sort_by_key(|q| q.id);
    questions
        .into_iter()
        .map(|q| Topic::Question(q.id))
        .collect()
}

/// The whole agenda in the order `shown` gives its visible items, for a change made while
/// the screen is shared (Prepare reads the shared-only journey there, where private items
/// are not). `whole` is the agenda as kept, private items included: each item `shown` does
/// not hold keeps its place (its index), and the items shown fill the other places in
/// their new order, so moving a visible item past a hidden one never moves the hidden one.
/// An item shown that `whole` lacks (a question just added) goes right after the item
/// shown above it. Items only suggested and hidden (not stored yet) are left out: they
/// cannot be written while shared, and come back as new when the mentee next prepares
/// alone.
#[must_use]
pub fn with_hidden_in_place(whole: &[Entry], shown: &[Entry]) -> Vec<Entry> {
    let in_whole: HashSet<&Topic> = whole.iter().map(|e| &e.topic).collect();
    let on_screen: HashSet<&Topic> = shown.iter().map(|e| &e.topic).collect();
    let mut known = shown.iter().filter(|e| in_whole.contains(&e.topic));
    let mut out: Vec<Entry> = whole
        .iter()
        .filter(|e| e.stored.is_some() || on_screen.contains(&e.topic))
        .filter_map(|e| {
            if on_screen.contains(&e.topic) {
                known.next().cloned()
            } else {
                Some(e.clone())
            }
        })
        .collect();
    for (i, e) in shown.iter().enumerate() {
        if in_whole.contains(&e.topic) {
            continue;
        }
        let at = i
            .checked_sub(1)
            .and_then(|p| out.iter().position(|o| o.topic == shown[p].topic))
            .map_or(0, |p| p + 1);
        out.insert(at, e.clone());
    }
    out
}
