//! The wrap-up of a shared-screen review as a short Markdown summary to send the mentor:
//! what was reviewed, how progress moved, the action items with their owners and due dates,
//! and the agenda items discussed. It is written from what the shared screen showed, so it
//! holds nothing private; every piece of user text goes through
//! [`text`](crate::export::markdown::text), so nothing typed can break the document.

use std::fmt::Write as _;

use chrono::{NaiveDate, NaiveDateTime};

use crate::export::markdown::text::{after, heading, inline};

/// What one shared-screen session recorded, as the text the wrap-up and the summary show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Who the meeting was with, if anyone.
    pub mentor: Option<String>,
    /// The meeting the session was recorded against (local time), if any.
    pub meeting: Option<NaiveDateTime>,
    /// The day of the session (today).
    pub day: NaiveDate,
    /// The goals reviewed, in the order they were taken up.
    pub goals: Vec<GoalSummary>,
    /// The action items agreed.
    pub actions: Vec<ActionSummary>,
    /// The agenda items ticked as discussed.
    pub discussed: Vec<String>,
}

/// One goal reviewed in the session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoalSummary {
    pub title: String,
    /// Progress before the session changed it, and after (`None` when it was not touched).
    pub progress: Option<(u8, u8)>,
    /// The review note written.
    pub note: String,
    /// Milestones ticked done.
    pub ticked: Vec<String>,
    /// Milestones opened again.
    pub reopened: Vec<String>,
}

/// One action item agreed in the session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionSummary {
    pub text: String,
    /// Who does it, by name ("me" and "mentor" when no name is known).
    pub owner: String,
    pub due: Option<NaiveDate>,
    /// The goal it serves.
    pub goal: Option<String>,
}

impl Summary {
    /// Whether the session recorded nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.goals.is_empty() && self.actions.is_empty() && self.discussed.is_empty()
    }

    /// "Meeting with Elena Sørensen".
    #[must_use]
    pub fn title(&self) -> String {
        match &self.mentor {
            Some(name) => format!("Meeting with {}", name.trim()),
            None => "Meeting".to_string(),
        }
    }
}

impl GoalSummary {
    /// "40% → 60%", or "stays at 40%".
    #[must_use]
    pub fn progress_text(&self) -> Option<String> {
        self.progress.map(|(before, after)| {
            if before == after {
                format!("stays at {after}%")
            } else {
                format!("{before}% → {after}%")
            }
        })
    }
}

impl ActionSummary {
    /// "Elena · due Wed 9 Dec" as words for a document: "Elena, due Wednesday 9 December 2026".
    fn owner_and_due(&self) -> String {
        match self.due {
            Some(d) => format!("{}, due {}", self.owner.trim(), long_day(d)),
            None => self.owner.trim().to_string(),
        }
    }
}

/// "Wednesday 2 December 2026".
fn long_day(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// The summary as a Markdown document, ending in one newline.
#[must_use]
pub fn summary_markdown(s: &Summary) -> String {
    let mut out = String::new();
    let when = match s.meeting {
        Some(at) => format!("{}, {}", long_day(at.date()), at.format("%H:%M")),
        None => long_day(s.day),
    };
    let _ = writeln!(out, "# {} — {when}\n", heading(&s.title()));
    let _ = writeln!(
        out,
        "What we reviewed together, as recorded in mentee on {}.\n",
        long_day(s.day)
    );
    if s.is_empty() {
        out.push_str("Nothing was recorded at this meeting.\n");
        return out;
    }
    if !s.goals.is_empty() {
        out.push_str("## Goals reviewed\n\n");
        for g in &s.goals {
            write_goal(&mut out, g);
        }
    }
    if !s.actions.is_empty() {
        out.push_str("## Action items\n\n");
        for a in &s.actions {
            let mut line = format!("- [ ] {} — {}", inline(&a.text), inline(&a.owner_and_due()));
            if let Some(goal) = a.goal.as_deref().filter(|g| !g.trim().is_empty()) {
                let _ = write!(line, " (goal: {})", inline(goal));
            }
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    if !s.discussed.is_empty() {
        out.push_str("## Agenda items discussed\n\n");
        for item in &s.discussed {
            let _ = writeln!(out, "- {}", inline(item));
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn write_goal(out: &mut String, g: &GoalSummary) {
    let title = if g.title.trim().is_empty() {
        "(untitled goal)"
    } else {
        g.title.as_str()
    };
    let _ = writeln!(out, "### {}\n", heading(title));
    let mut items: Vec<String> = Vec::new();
    if let Some(p) = g.progress_text() {
        items.push(format!("- Progress: {p}"));
    }
    for m in &g.ticked {
        items.push(format!("- Done: {}", inline(m)));
    }
    for m in &g.reopened {
        items.push(format!("- Open again: {}", inline(m)));
    }
    if !g.note.trim().is_empty() {
        items.push(after("- Note:", &g.note, "  "));
    }
    if items.is_empty() {
        items.push("- Looked at; nothing changed".to_string());
    }
    let _ = writeln!(out, "{}\n", items.join("\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_reads_as_a_short_document() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let s = Summary {
            mentor: Some("Elena Sørensen".into()),
            meeting: day.and_hms_opt(16, 30, 0),
            day,
            goals: vec![GoalSummary {
                title: "Present an analysis".into(),
                progress: Some((40, 60)),
                note: "Slides drafted".into(),
                ticked: vec!["Draft the story".into()],
                reopened: Vec::new(),
            }],
            actions: vec![ActionSummary {
                text: "Send the slides".into(),
                owner: "me".into(),
                due: NaiveDate::from_ymd_opt(2026, 12, 9),
                goal: Some("Present an analysis".into()),
            }],
            discussed: Vec::new(),
        };
        assert_eq!(
            summary_markdown(&s),
            "# Meeting with Elena Sørensen — Wednesday 2 December 2026, 16:30\n\n\
             What we reviewed together, as recorded in mentee on Wednesday 2 December 2026.\n\n\
             ## Goals reviewed\n\n\
             ### Present an analysis\n\n\
             - Progress: 40% → 60%\n\
             - Done: Draft the story\n\
             - Note: Slides drafted\n\n\
             ## Action items\n\n\
             - [ ] Send the slides — me, due Wednesday 9 December 2026 (goal: Present an analysis)\n"
        );
        let empty = Summary {
            day,
            ..Summary::default()
        };
        assert!(summary_markdown(&empty).ends_with("Nothing was recorded at this meeting.\n"));
    }
}
