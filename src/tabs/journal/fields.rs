//! The forms of a meeting and of an action item, and how the journal names things.

use crate::domain::meetings::actions_of;
use crate::domain::{
    ActionField as A, ActionItem, Channel, FieldKey, Goal, Id, Meeting, MeetingField as M, Owner,
};
use crate::editor::TextKind;
use crate::ui::form::FieldSpec;
use crate::view::View;

/// What the date-and-time field accepts, as its hint.
pub const WHEN_HINT: &str = "YYYY-MM-DD HH:MM, tomorrow 10:00, +1w";

/// The fields of a meeting: its details, then the agenda, notes and reflection, each with
/// its own private flag.
#[must_use]
pub fn meeting_fields(m: &Meeting, view: &View) -> Vec<FieldSpec> {
    let k = |f| FieldKey::Meeting(m.id, f);
    let mut mentors: Vec<(Option<Id>, String)> = vec![(None, "not set".to_string())];
    mentors.extend(
        view.journey
            .mentors
            .iter()
            .map(|x| (Some(x.id), x.display_name())),
    );
    let mut out = vec![
        FieldSpec::typed(k(M::StartsAt), "When", TextKind::DateTime).hint(WHEN_HINT),
        FieldSpec::pick(k(M::Mentor), "Mentor", mentors),
        FieldSpec::choice::<Channel>(k(M::Mode), "Mode", true),
        FieldSpec::typed(
            k(M::DurationMinutes),
            "Minutes",
            TextKind::Number { min: 1, max: 1440 },
        )
        .hint("how long, in minutes"),
        FieldSpec::line(k(M::Place), "Place").hint("a room, a café, a video link"),
        FieldSpec::flag(k(M::Private), "Private"),
    ];
    let sections = [
        (
            "Agenda — prepared before",
            M::Agenda,
            M::AgendaPrivate,
            "Your notes",
            "what you want to say (the agenda's items are kept in P)",
        ),
        (
            "Notes — during the meeting",
            M::Notes,
            M::NotesPrivate,
            "Notes",
            "what was said, what was agreed",
        ),
        (
            "Reflection — after",
            M::Reflection,
            M::ReflectionPrivate,
            "Reflection",
            "what I learnt, what I will do",
        ),
    ];
    for (title, text, flag, label, hint) in sections {
        out.push(FieldSpec::text(k(text), label).hint(hint).section(title));
        out.push(FieldSpec::flag(k(flag), "Private"));
    }
    out
}

/// The fields of an action item. The goal picker offers the goals the view holds (on the
/// shared screen, the shared ones).
#[must_use]
pub fn action_fields(a: &ActionItem, view: &View) -> Vec<FieldSpec> {
    let k = |f| FieldKey::Action(a.id, f);
    let mut goals: Vec<(Option<Id>, String)> = vec![(None, "none".to_string())];
    goals.extend(
        view.journey
            .goals
            .iter()
            .map(|g| (Some(g.id), goal_title(g))),
    );
    vec![
        FieldSpec::line(k(A::Text), "Action").hint("what will be done"),
        FieldSpec::choice::<Owner>(k(A::Owner), "Owner", false),
        FieldSpec::date(k(A::DueDate), "Due"),
        FieldSpec::flag(k(A::Done), "Done"),
        FieldSpec::pick(k(A::Goal), "Goal", goals),
    ]
}

/// A goal's title, never empty.
#[must_use]
pub fn goal_title(g: &Goal) -> String {
    if g.title.trim().is_empty() {
        "(untitled goal)".to_string()
    } else {
        g.title.clone()
    }
}

/// The mentor's name, if the meeting has a mentor that still exists.
#[must_use]
pub fn mentor_name(view: &View, id: Option<Id>) -> Option<String> {
    id.and_then(|id| view.journey.mentor(id))
        .map(crate::domain::Mentor::display_name)
}

/// The mentor's short name ("Kemi"), for lists where space is short.
#[must_use]
pub fn mentor_short_name(view: &View, id: Option<Id>) -> Option<String> {
    id.and_then(|id| view.journey.mentor(id))
        .map(crate::domain::Mentor::short_name)
}

/// "Sun 2026-11-01 10:00", in the local zone.
#[must_use]
pub fn when(view: &View, m: &Meeting) -> String {
    view.clock
        .local(m.starts_at)
        .format("%a %Y-%m-%d %H:%M")
        .to_string()
}

pub use crate::domain::dates::short_day;

/// The question asked before a meeting is deleted.
#[must_use]
pub fn delete_prompt(id: Id, view: &View) -> String {
    let Some(m) = view.journey.meeting(id) else {
        return "this meeting".into();
    };
    let with = mentor_name(view, m.mentor_id)
        .map(|n| format!(" with {n}"))
        .unwrap_or_default();
    let n = actions_of(view.journey, id).len();
    let items = match n {
        0 => String::new(),
        1 => " and its action item".to_string(),
        n => format!(" and its {n} action items"),
    };
    format!("the meeting of {}{with}{items}", when(view, m))
}
