//! The agenda for the next meeting with one mentor, built from what the journey already
//! knows (goals are reviewed at each meeting; the mentee drives the relationship and comes
//! prepared). A plain function over the journey and a clock: the Prepare view and
//! `mentee agenda` build the same list.
//!
//! What comes on the agenda, in this order:
//! 1. open action items of either owner, from meetings with this mentor, meetings without a
//!    mentor, or no meeting at all (they carry forward within one relationship);
//! 2. open goals (of this mentor or of none) that are overdue, due soon — their target
//!    date is on or before the next meeting's day plus [`SOON_DAYS`] — or not reviewed since
//!    the last meeting (no review dated after its day);
//! 3. conversation answers that changed since the last meeting (the Conversation tab's own
//!    change detection, [`changed_answers`]); before any meeting, since each answer's
//!    previous version;
//! 4. the agreement with this mentor, when its review date is on or before the next
//!    meeting's day;
//! 5. the mentee's own questions still waiting for a meeting, or raised for the planned one.
//!
//! "The last meeting" is the last one held with this mentor, else the last one held with
//! anyone. Private records are left out unless asked for (`include_private`).

use std::collections::{HashMap, HashSet};

use chrono::{Days, NaiveDate};

use super::answers::{Since, changed_answers};
use super::clock::Clock;
use super::goals::{GoalFacts, is_open, is_overdue, priority_order};
use super::journey::Journey;
use super::meetings::{NextDue, NextMeeting, last_meeting_with, next_meetings, open_actions};
use super::records::{Id, Meeting};
use crate::method::{method, question_by_key};

/// How far past the next meeting a goal's target date still counts as "due soon".
pub const SOON_DAYS: u64 = 14;

/// Why a goal is on the agenda.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GoalReasons {
    /// Its target date has passed.
    pub overdue: bool,
    /// Its target date comes before the next meeting, or soon after it.
    pub due_soon: bool,
    /// No review since the last meeting.
    pub not_reviewed: bool,
}

/// One point on the agenda. Items name records; their words are looked up when shown
/// ([`Agenda::describe`]), so an edit made meanwhile shows at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// An open action item, of either owner.
    Action(Id),
    Goal(Id, GoalReasons),
    /// A conversation answer (by key) that changed since the last meeting.
    Answer(String),
    /// The agreement with this mentor is due for review.
    AgreementReview(Id),
    /// One of the mentee's own questions.
    Question(Id),
}

impl Item {
    /// Whether two items are about the same record (a goal's reasons may differ).
    #[must_use]
    pub fn same(&self, other: &Item) -> bool {
        match (self, other) {
            (Item::Goal(a, _), Item::Goal(b, _)) => a == b,
            (a, b) => a == b,
        }
    }

    /// What [`Item::same`] compares: the record, without a goal's reasons.
    fn record(&self) -> ItemRecord<'_> {
        match self {
            Item::Action(id) => ItemRecord::Action(*id),
            Item::Goal(id, _) => ItemRecord::Goal(*id),
            Item::Answer(key) => ItemRecord::Answer(key),
            Item::AgreementReview(id) => ItemRecord::AgreementReview(*id),
            Item::Question(id) => ItemRecord::Question(*id),
        }
    }

    /// Keeps the order the mentee chose in `old` (without what is no longer in `fresh`),
    /// then adds what is new in `fresh`, leaving out what the mentee dropped. Items take
    /// their fresh form (a goal's reasons of today).
    #[must_use]
    pub fn merge(old: &[Item], dropped: &[Item], fresh: Vec<Item>) -> Vec<Item> {
        // By record, so a long agenda merges in one pass rather than a search per item.
        let mut first_fresh: HashMap<ItemRecord<'_>, &Item> = HashMap::new();
        for f in &fresh {
            first_fresh.entry(f.record()).or_insert(f);
        }
        let mut out: Vec<Item> = old
            .iter()
            .filter_map(|o| first_fresh.get(&o.record()).map(|f| (*f).clone()))
            .collect();
        let mut listed: HashSet<ItemRecord<'_>> = old
            .iter()
            .map(Item::record)
            .filter(|r| first_fresh.contains_key(r))
            .collect();
        let dropped: HashSet<ItemRecord<'_>> = dropped.iter().map(Item::record).collect();
        let mut new = Vec::new();
        for f in &fresh {
            let r = f.record();
            if !dropped.contains(&r) && listed.insert(r) {
                new.push(f.clone());
            }
        }
        out.extend(new);
        out
    }

    /// Whether the record the item names is still there: exactly when
    /// [`Agenda::describe`] has words for it, without making them (a view filtering a long
    /// agenda asks this of every item on every frame).
    #[must_use]
    pub fn exists(&self, j: &Journey) -> bool {
        match self {
            Item::Action(id) => j.action(*id).is_some(),
            Item::Goal(id, _) => j.goal(*id).is_some(),
            Item::Answer(key) => {
                question_by_key(key).is_some() && j.answers.get(key).is_some_and(|v| !v.is_empty())
            }
            Item::AgreementReview(id) => j
                .mentor(*id)
                .is_some_and(|m| m.agreement.review_date.is_some()),
            Item::Question(id) => j.question(*id).is_some(),
        }
    }

    /// Whether the item shows something marked private (hidden on the shared screen): a
    /// private goal, answer or question, or an action item of a private meeting.
    #[must_use]
    pub fn is_private(&self, j: &Journey) -> bool {
        match self {
            Item::Action(id) => j
                .action(*id)
                .and_then(|a| a.meeting_id)
                .and_then(|m| j.meeting(m))
                .is_some_and(|m| m.private),
            Item::Goal(id, _) => j.goal(*id).is_some_and(|g| g.private),
            Item::Answer(key) => j.private_answers.contains(key),
            Item::AgreementReview(_) => false,
            Item::Question(id) => j.question(*id).is_some_and(|q| q.private),
        }
    }
}

/// The record an item is about (see [`Item::same`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum ItemRecord<'a> {
    Action(Id),
    Goal(Id),
    Answer(&'a str),
    AgreementReview(Id),
    Question(Id),
}

/// An item in words: what kind of point it is, its text, and a short detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemText {
    pub kind: &'static str,
    pub text: String,
    pub detail: String,
}

/// The agenda for the next meeting with one mentor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    /// The mentor (`None` when the journey has no mentor).
    pub mentor_id: Option<Id>,
    /// When the next meeting is planned or due, if known.
    pub next: Option<NextMeeting>,
    /// The meeting "since the last meeting" counts from.
    pub since: Option<Id>,
    pub items: Vec<Item>,
}

/// The mentors an agenda can be for, in the order of the journey; `[None]` without any.
#[must_use]
pub fn mentor_choices(j: &Journey) -> Vec<Option<Id>> {
    if j.mentors.is_empty() {
        vec![None]
    } else {
        j.mentors.iter().map(|m| Some(m.id)).collect()
    }
}

/// The mentor whose next meeting is soonest (the first mentor when none is known).
#[must_use]
pub fn default_mentor(j: &Journey, clock: &Clock, include_private: bool) -> Option<Id> {
    next_meetings(j, clock, include_private)
        .into_iter()
        .filter(|n| n.mentor_id.is_some())
        .min_by_key(|n| n.day(clock))
        .and_then(|n| n.mentor_id)
        .or_else(|| j.mentors.first().map(|m| m.id))
}

/// The next meeting with a mentor (`None`: a planned meeting without a mentor).
#[must_use]
pub fn next_meeting_with(
    j: &Journey,
    clock: &Clock,
    mentor_id: Option<Id>,
    include_private: bool,
) -> Option<NextMeeting> {
    next_meetings(j, clock, include_private)
        .into_iter()
        .find(|n| n.mentor_id == mentor_id)
}

/// The planned meeting an agenda is for, if one is planned.
#[must_use]
pub fn planned_meeting(next: Option<&NextMeeting>) -> Option<Id> {
    match next.map(|n| &n.due) {
        Some(NextDue::Planned { meeting_id, .. }) => Some(*meeting_id),
        _ => None,
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

/// Builds the agenda for the next meeting with `mentor_id` (see the module notes).
#[must_use]
pub fn build(j: &Journey, clock: &Clock, mentor_id: Option<Id>, include_private: bool) -> Agenda {
    let today = clock.today();
    let now = clock.now();
    let next = next_meeting_with(j, clock, mentor_id, include_private);
    let meeting_day = next.as_ref().map_or(today, |n| n.day(clock)).max(today);
    let planned = planned_meeting(next.as_ref());
    let since = last_meeting_with(j, now, mentor_id, include_private)
        .or_else(|| last_meeting_with(j, now, None, include_private));
    let since_day = since.map(|m| clock.local(m.starts_at).date());
    // Records of this relationship: this mentor's, or nobody's (also a mentor since deleted).
    let ours = |m: Option<Id>| {
        mentor_id.is_none()
            || m.is_none()
            || m == mentor_id
            || m.and_then(|id| j.mentor(id)).is_none()
    };
    let mut items = Vec::new();

    for a in open_actions(j) {
        let meeting = a.meeting_id.and_then(|id| j.meeting(id));
        let keep = meeting.is_none_or(|m| (include_private || !m.private) && ours(m.mentor_id));
        if keep {
            items.push(Item::Action(a.id));
        }
    }

    let soon_until = meeting_day
        .checked_add_days(Days::new(SOON_DAYS))
        .unwrap_or(meeting_day);
    let goals: Vec<_> = priority_order(j)
        .into_iter()
        .filter(|g| is_open(g) && (include_private || !g.private) && ours(g.mentor_id))
        .collect();
    // Every goal's last review from one pass over the reviews.
    let facts = GoalFacts::of(j, goals.iter().map(|g| g.id), |_| true);
    for g in goals {
        let overdue = is_overdue(g, today);
        let why = GoalReasons {
            overdue,
            due_soon: !overdue && g.target_date.is_some_and(|d| d <= soon_until),
            // No review dated after the last meeting's day.
            not_reviewed: since_day
                .is_some_and(|day| facts.last_review(g.id).is_none_or(|r| r.day <= day)),
        };
        if why.overdue || why.due_soon || why.not_reviewed {
            items.push(Item::Goal(g.id, why));
        }
    }

    let keys = conversation_keys();
    let compared = since.map_or(Since::PreviousVersion, Since::Meeting);
    for c in changed_answers(
        j,
        keys.iter().map(String::as_str),
        compared,
        include_private,
    ) {
        items.push(Item::Answer(c.key.to_string()));
    }

    if let Some(m) = mentor_id.and_then(|id| j.mentor(id))
        && m.agreement.review_date.is_some_and(|d| d <= meeting_day)
    {
        items.push(Item::AgreementReview(m.id));
    }

    let mut questions: Vec<_> = j
        .questions
        .iter()
        .filter(|q| q.meeting_id.is_none() || q.meeting_id == planned)
        .filter(|q| include_private || !q.private)
        .collect();
    questions.sort_by_key(|q| q.id);
    items.extend(questions.into_iter().map(|q| Item::Question(q.id)));

    Agenda {
        mentor_id,
        next,
        since: since.map(|m| m.id),
        items,
    }
}

impl Agenda {
    /// The meeting "since the last meeting" counts from.
    #[must_use]
    pub fn since_meeting<'a>(&self, j: &'a Journey) -> Option<&'a Meeting> {
        self.since.and_then(|id| j.meeting(id))
    }

    /// The mentor's name, if any.
    #[must_use]
    pub fn mentor_name(&self, j: &Journey) -> Option<String> {
        self.mentor_id
            .and_then(|id| j.mentor(id))
            .map(|m| mentor_name(&m.name))
    }

    /// An item in words; `None` when its record is gone.
    #[must_use]
    pub fn describe(&self, item: &Item, j: &Journey, clock: &Clock) -> Option<ItemText> {
        self.describe_with(item, j, clock, &GoalFacts::of(j, [], |_| true))
    }

    /// What [`Agenda::describe_with`] needs to know about this agenda's goals, from one
    /// pass over the journey: for describing many items.
    #[must_use]
    pub fn goal_facts<'a>(&self, j: &'a Journey) -> GoalFacts<'a> {
        let goals = self.items.iter().filter_map(|i| match i {
            Item::Goal(id, _) => Some(*id),
            _ => None,
        });
        GoalFacts::of(j, goals, |_| true)
    }

    /// [`Agenda::describe`], with the goals' progress taken from `facts`.
    #[must_use]
    pub fn describe_with(
        &self,
        item: &Item,
        j: &Journey,
        clock: &Clock,
        facts: &GoalFacts,
    ) -> Option<ItemText> {
        let today = clock.today();
        let since_day = self
            .since_meeting(j)
            .map(|m| super::dates::short_day(clock.local(m.starts_at).date(), today));
        let text = match item {
            Item::Action(id) => {
                let a = j.action(*id)?;
                let owner = match a.owner {
                    super::Owner::Me => "me".to_string(),
                    super::Owner::Mentor => a
                        .meeting_id
                        .and_then(|m| j.meeting(m))
                        .and_then(|m| m.mentor_id)
                        .or(self.mentor_id)
                        .and_then(|id| j.mentor(id))
                        .map_or_else(|| "mentor".to_string(), |m| first_name(&m.name)),
                };
                let mut detail = owner;
                if let Some(d) = a.due_date {
                    detail.push_str(&format!(" · due {}", super::dates::short_day(d, today)));
                    if d < today {
                        detail.push_str(", overdue");
                    }
                }
                ItemText {
                    kind: "Open action",
                    text: or_untitled(&a.text, "(no text yet)"),
                    detail,
                }
            }
            Item::Goal(id, why) => {
                let g = j.goal(*id)?;
                let mut reasons = Vec::new();
                if let Some(d) = g.target_date
                    && (why.overdue || why.due_soon)
                {
                    let d = super::dates::short_day(d, today);
                    reasons.push(if why.overdue {
                        format!("overdue since {d}")
                    } else {
                        format!("due {d}")
                    });
                }
                if why.not_reviewed {
                    reasons.push(match &since_day {
                        Some(d) => format!("not reviewed since {d}"),
                        None => "not reviewed".to_string(),
                    });
                }
                reasons.push(format!("{}%", facts.progress(g)));
                ItemText {
                    kind: "Goal",
                    text: or_untitled(&g.title, "(untitled goal)"),
                    detail: reasons.join(" · "),
                }
            }
            Item::Answer(key) => {
                let (q, p) = question_by_key(key)?;
                let title = match p {
                    Some(p) => format!("{} — {}", q.title, p.title),
                    None => q.title.clone(),
                };
                let versions = j.answers.get(key)?;
                let latest = versions.last()?;
                // New: nothing was written there at the meeting (or, before any meeting,
                // this is the first version).
                let new = match self.since_meeting(j) {
                    Some(m) => !versions.iter().any(|v| v.saved_at <= m.starts_at),
                    None => versions.len() == 1,
                };
                let (kind, verb) = if new {
                    ("New answer", "answered")
                } else {
                    ("Changed answer", "changed")
                };
                let detail = match &since_day {
                    Some(d) => format!("{verb} since {d}"),
                    None => format!("{verb} {}", super::dates::short_day(latest.day, today)),
                };
                ItemText {
                    kind,
                    text: title,
                    detail,
                }
            }
            Item::AgreementReview(id) => {
                let m = j.mentor(*id)?;
                let due = m.agreement.review_date?;
                let mut detail = format!("review date {}", super::dates::short_day(due, today));
                if due < today {
                    detail.push_str(", passed");
                }
                ItemText {
                    kind: "Agreement",
                    text: format!("Review our agreement with {}", mentor_name(&m.name)),
                    detail,
                }
            }
            Item::Question(id) => {
                let q = j.question(*id)?;
                ItemText {
                    kind: "Question",
                    text: or_untitled(&q.text, "(no text yet)"),
                    detail: String::new(),
                }
            }
        };
        Some(text)
    }

    /// The day the meeting is planned for or due on (today at the earliest).
    #[must_use]
    pub fn meeting_day(&self, clock: &Clock) -> NaiveDate {
        self.next
            .as_ref()
            .map_or(clock.today(), |n| n.day(clock))
            .max(clock.today())
    }
}

fn or_untitled(text: &str, empty: &str) -> String {
    let one = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.is_empty() {
        empty.to_string()
    } else {
        one
    }
}

fn mentor_name(name: &str) -> String {
    or_untitled(name, "(unnamed mentor)")
}

fn first_name(name: &str) -> String {
    name.split_whitespace()
        .next()
        .map_or_else(|| "mentor".to_string(), str::to_string)
}
