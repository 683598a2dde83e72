//! An agenda item in words: a line for the list, and what the pair needs to talk about —
//! what changed in an answer, a goal's progress, target, next step and last review, an
//! action's owner and due date. The Prepare view, the printed agenda, the invite and the
//! shared screen all say it with these words.

use super::{Agenda, GoalReasons};
use crate::domain::GoalStatus;
use crate::domain::clock::Clock;
use crate::domain::dates::{relative_words, short_day};
use crate::domain::goals::GoalFacts;
use crate::domain::journey::Journey;
use crate::domain::records::{Id, Topic};
use crate::domain::text::plural;
use crate::method::question_by_key;

/// An item in one line: what kind of point it is, its text, and a short detail in parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemText {
    pub kind: &'static str,
    pub text: String,
    pub parts: Vec<Part>,
}

impl ItemText {
    /// The detail in one piece: "me · due Fri 13 Nov, overdue".
    #[must_use]
    pub fn detail(&self) -> String {
        let parts: Vec<&str> = self.parts.iter().map(|p| p.text.as_str()).collect();
        parts.join(" · ")
    }
}

/// One piece of an item's detail, and how a narrow row treats it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub text: String,
    pub kind: PartKind,
    /// What a narrow row says instead of a detail ("not reviewed" for "not reviewed since
    /// Sun 1 Nov").
    pub short: Option<String>,
}

/// How a narrow row treats a [`Part`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Left out when there is no room (an owner, "not reviewed since …").
    Detail,
    /// Always whole: a status or a date that says why the item is there.
    Status,
    /// Always whole and shown as a warning: overdue, passed.
    Alert,
}

impl Part {
    fn detail(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: PartKind::Detail,
            short: None,
        }
    }

    fn detail_or(text: impl Into<String>, short: &str) -> Self {
        Self {
            short: Some(short.to_string()),
            ..Self::detail(text)
        }
    }

    fn status(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: PartKind::Status,
            short: None,
        }
    }

    fn alert(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: PartKind::Alert,
            short: None,
        }
    }
}

/// One part of what an item carries, beyond its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// A labelled fact: ("Progress", "40% · 2 of 5 milestones done").
    Fact(&'static str, String),
    /// A text in full (a question, what a reflection said).
    Text(String),
    /// What changed in an answer: its text then and now (shown as a word diff).
    Change { before: String, now: String },
}

impl Agenda {
    /// An item in one line; `None` when its record is gone.
    #[must_use]
    pub fn describe(&self, topic: &Topic, j: &Journey, clock: &Clock) -> Option<ItemText> {
        self.describe_with(topic, j, clock, &GoalFacts::of(j, []))
    }

    /// What [`Agenda::describe_with`] needs to know about this agenda's goals, from one
    /// pass over the journey: for describing many items.
    #[must_use]
    pub fn goal_facts<'a>(&self, j: &'a Journey) -> GoalFacts<'a> {
        let goals = self.entries.iter().filter_map(|e| match e.topic {
            Topic::Goal(id) => Some(id),
            _ => None,
        });
        GoalFacts::of(j, goals)
    }

    /// [`Agenda::describe`], with the goals' progress taken from `facts`.
    #[must_use]
    pub fn describe_with(
        &self,
        topic: &Topic,
        j: &Journey,
        clock: &Clock,
        facts: &GoalFacts,
    ) -> Option<ItemText> {
        let today = clock.today();
        let since_day = self
            .since_meeting(j)
            .map(|m| short_day(clock.local(m.starts_at).date(), today));
        let text = match topic {
            Topic::Action(id) => {
                let a = j.action(*id)?;
                let mut parts = vec![Part::detail(self.owner(*id, j))];
                if a.done {
                    parts.push(Part::status("done"));
                } else if let Some(d) = a.due_date {
                    let due = format!("due {}", short_day(d, today));
                    parts.push(if d < today {
                        Part::alert(format!("{due}, overdue"))
                    } else {
                        Part::status(due)
                    });
                }
                ItemText {
                    kind: "Open action",
                    text: or_untitled(&a.text, "(no text yet)"),
                    parts,
                }
            }
            Topic::Goal(id) => {
                let g = j.goal(*id)?;
                ItemText {
                    kind: "Goal",
                    text: or_untitled(&g.title, "(untitled goal)"),
                    parts: goal_parts(self.reasons(*id), g, since_day.as_deref(), facts, today),
                }
            }
            Topic::Answer(key) => {
                let (q, p) = question_by_key(key)?;
                let title = match p {
                    Some(p) => format!("{} — {}", q.title, p.title),
                    None => q.title.clone(),
                };
                let latest = j.answers.get(key)?.last()?;
                let (kind, verb) = if self.answer_before(key, j).is_none() {
                    ("New answer", "answered")
                } else {
                    ("Changed answer", "changed")
                };
                let detail = match &since_day {
                    Some(d) => format!("{verb} since {d}"),
                    None => format!("{verb} {}", short_day(latest.day, today)),
                };
                ItemText {
                    kind,
                    text: title,
                    parts: vec![Part::detail_or(detail, verb)],
                }
            }
            Topic::Agreement(id) => {
                let m = j.mentor(*id)?;
                let due = m.agreement.review_date?;
                let date = format!("review date {}", short_day(due, today));
                let part = if due < today {
                    Part::alert(format!("{date}, passed"))
                } else {
                    Part::status(date)
                };
                ItemText {
                    kind: "Agreement",
                    text: format!("Review our agreement with {}", m.short_name()),
                    parts: vec![part],
                }
            }
            Topic::Question(id) => {
                let q = j.question(*id)?;
                ItemText {
                    kind: "Question",
                    text: or_untitled(&q.text, "(no text yet)"),
                    parts: Vec::new(),
                }
            }
            Topic::Reflection(id) => {
                let m = j.meeting(*id)?;
                if m.reflection.trim().is_empty() {
                    return None;
                }
                ItemText {
                    kind: "Reflection",
                    // In the mentee's own voice: she reads it in Prepare, and the mentor
                    // reads it with her on the shared screen and in the printed agenda
                    // (never when the reflection is private: see `is_private`).
                    text: format!("I wrote afterwards: {}", one_line(&m.reflection)),
                    parts: vec![Part::detail(short_day(
                        clock.local(m.starts_at).date(),
                        today,
                    ))],
                }
            }
        };
        Some(text)
    }

    /// What the item carries beyond its line (see [`Content`]); empty when its record is
    /// gone. For the selected item and the printed agenda (it looks at the goal's
    /// milestones and reviews).
    #[must_use]
    pub fn content(&self, topic: &Topic, j: &Journey, clock: &Clock) -> Vec<Content> {
        let facts = match topic {
            Topic::Goal(id) => GoalFacts::of(j, [*id]),
            _ => GoalFacts::of(j, []),
        };
        self.content_with(topic, j, clock, &facts)
    }

    /// [`Agenda::content`], with the goals' facts taken from `facts` (see
    /// [`Agenda::goal_facts`]): for the content of many items.
    #[must_use]
    pub fn content_with(
        &self,
        topic: &Topic,
        j: &Journey,
        clock: &Clock,
        facts: &GoalFacts,
    ) -> Vec<Content> {
        let today = clock.today();
        let fact = |label, text: String| Content::Fact(label, text);
        match topic {
            Topic::Action(id) => {
                let Some(a) = j.action(*id) else {
                    return Vec::new();
                };
                let mut out = vec![fact("Owner", self.owner(*id, j))];
                out.push(fact(
                    "Due",
                    match (a.done, a.due_date) {
                        (true, _) => a
                            .done_on
                            .map_or("done".into(), |d| format!("done {}", short_day(d, today))),
                        (false, Some(d)) if d < today => {
                            format!(
                                "{} — overdue, {}",
                                short_day(d, today),
                                relative_words(d, today)
                            )
                        }
                        (false, Some(d)) => {
                            format!("{} ({})", short_day(d, today), relative_words(d, today))
                        }
                        (false, None) => "no date set".into(),
                    },
                ));
                if let Some(g) = a.goal_id.and_then(|id| j.goal(id)) {
                    out.push(fact("Goal", or_untitled(&g.title, "(untitled goal)")));
                }
                if let Some(m) = a.meeting_id.and_then(|id| j.meeting(id)) {
                    let day = short_day(clock.local(m.starts_at).date(), today);
                    out.push(fact("Agreed", format!("at the meeting on {day}")));
                }
                out
            }
            Topic::Goal(id) => goal_content(*id, j, today, facts),
            Topic::Answer(key) => {
                let Some(now) = j.answers.get(key).and_then(|v| v.last()) else {
                    return Vec::new();
                };
                match self.answer_before(key, j) {
                    Some(before) => vec![Content::Change {
                        before,
                        now: now.text.clone(),
                    }],
                    None => vec![Content::Text(now.text.clone())],
                }
            }
            Topic::Agreement(id) => j
                .mentor(*id)
                .and_then(|m| m.agreement.review_date)
                .map(|d| {
                    vec![fact(
                        "Review date",
                        format!("{} ({})", short_day(d, today), relative_words(d, today)),
                    )]
                })
                .unwrap_or_default(),
            Topic::Question(id) => j
                .question(*id)
                .map(|q| vec![Content::Text(q.text.trim().to_string())])
                .unwrap_or_default(),
            Topic::Reflection(id) => j
                .meeting(*id)
                .map(|m| vec![Content::Text(m.reflection.trim().to_string())])
                .unwrap_or_default(),
        }
    }

    /// An answer's text as it stood at the last meeting (before any meeting: its previous
    /// version); `None` when there was none then (a new answer).
    fn answer_before(&self, key: &str, j: &Journey) -> Option<String> {
        let versions = j.answers.get(key)?;
        match self.since_meeting(j) {
            Some(m) => versions
                .iter()
                .rev()
                .find(|v| v.saved_at <= m.starts_at)
                .map(|v| v.text.clone()),
            None => versions
                .len()
                .checked_sub(2)
                .map(|k| versions[k].text.clone()),
        }
        .filter(|t| !t.trim().is_empty())
    }

    /// Who owns an action item: "me", or the mentor's short name.
    fn owner(&self, action: Id, j: &Journey) -> String {
        j.action(action).map_or_else(String::new, |a| {
            crate::domain::names::owner_name_or(j, a, self.mentor_id())
        })
    }
}

/// The short detail of a goal's line: why it is on the agenda, and its progress.
fn goal_parts(
    why: GoalReasons,
    g: &crate::domain::Goal,
    since_day: Option<&str>,
    facts: &GoalFacts,
    today: chrono::NaiveDate,
) -> Vec<Part> {
    let mut parts = Vec::new();
    if let Some(d) = g.target_date
        && (why.overdue || why.due_soon)
    {
        let d = short_day(d, today);
        parts.push(if why.overdue {
            Part::alert(format!("overdue since {d}"))
        } else {
            Part::status(format!("due {d}"))
        });
    }
    if why.not_reviewed {
        parts.push(Part::detail_or(
            match since_day {
                Some(d) => format!("not reviewed since {d}"),
                None => "not reviewed".to_string(),
            },
            "not reviewed",
        ));
    }
    if g.status == GoalStatus::OnHold {
        parts.push(Part::status("on hold"));
    }
    parts.push(Part::status(format!("{}%", facts.progress(g))));
    parts
}

/// A goal's progress, target, next step and last review.
fn goal_content(id: Id, j: &Journey, today: chrono::NaiveDate, facts: &GoalFacts) -> Vec<Content> {
    let Some(g) = j.goal(id) else {
        return Vec::new();
    };
    let fact = |label, text: String| Content::Fact(label, text);
    let (done, total) = facts.milestone_counts(id);
    let mut progress = format!("{}%", facts.progress(g));
    if total > 0 {
        let noun = plural(total, "milestone", "milestones");
        progress.push_str(&format!(" · {done} of {total} {noun} done"));
    }
    if g.status == GoalStatus::OnHold {
        progress.push_str(" · on hold");
    }
    let mut out = vec![fact("Progress", progress)];
    if let Some(d) = g.target_date {
        let words = relative_words(d, today);
        let overdue = if d < today { ", overdue" } else { "" };
        out.push(fact(
            "Target",
            format!("{} ({words}{overdue})", short_day(d, today)),
        ));
    }
    if let Some(m) = facts.next_open_milestone(id) {
        let mut next = or_untitled(&m.text, "(no text)");
        if let Some(d) = m.due_date {
            next.push_str(&format!(" · due {}", short_day(d, today)));
        }
        out.push(fact("Next step", next));
    }
    if let Some(r) = facts.last_review(id) {
        let mut last = format!("{} · {}%", short_day(r.day, today), r.progress);
        let note = one_line(&r.note);
        if !note.is_empty() {
            last.push_str(&format!(" · “{note}”"));
        }
        out.push(fact("Last review", last));
    }
    out
}

fn or_untitled(text: &str, empty: &str) -> String {
    let one = one_line(text);
    if one.is_empty() {
        empty.to_string()
    } else {
        one
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
