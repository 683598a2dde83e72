//! The development plan (goals with milestones and reviews) and the meeting record
//! (meetings with their action items) of the Markdown export.

use std::fmt::Write as _;

use crate::domain::goals::{is_open, is_overdue, progress_with_counts};
use crate::domain::meetings::{is_upcoming, journal_order_of};
use crate::domain::{ActionItem, Goal, Meeting, ProgressMode};

use super::text::{block, heading, inline, labelled};
use super::{Doc, date, display_name};
use crate::domain::text::{count, plural};

impl Doc<'_> {
    /// Open goals first, each group in the mentee's priority order.
    pub(super) fn goals(&self, out: &mut String) {
        out.push_str("## Goals\n\n");
        let mut goals: Vec<&Goal> = self.j.goals.iter().collect();
        goals.sort_by_key(|g| (!is_open(g), g.position, g.id));
        if goals.is_empty() {
            out.push_str("No goals yet.\n\n");
        }
        for g in goals {
            self.goal(g, out);
            self.flush(out);
        }
    }

    fn goal(&self, g: &Goal, out: &mut String) {
        let title = if g.title.trim().is_empty() {
            "Untitled goal".to_string()
        } else {
            heading(&g.title)
        };
        let _ = writeln!(out, "### {title}{}\n", self.private_mark(g.private));
        let today = self.clock.today();
        let milestones = self.milestones.get(&g.id).map_or(&[][..], Vec::as_slice);
        let done = milestones.iter().filter(|m| m.done).count();
        let percent = progress_with_counts(g, done, milestones.len());
        let mut progress = format!("{percent}%");
        if g.progress_mode == ProgressMode::Milestones && !milestones.is_empty() {
            let total = milestones.len();
            let noun = plural(total, "milestone", "milestones");
            let _ = write!(progress, " ({done} of {total} {noun} done)");
        }
        let _ = writeln!(out, "- **Status:** {} · {progress}", g.status.label());
        if let Some(d) = g.target_date {
            let overdue = if is_overdue(g, today) {
                " *(overdue)*"
            } else {
                ""
            };
            let _ = writeln!(out, "- **Target date:** {}{overdue}", date(d));
        }
        if let Some(m) = g.mentor_id.and_then(|id| self.j.mentor(id)) {
            let _ = writeln!(out, "- **Mentor:** {}", inline(&display_name(m)));
        }
        if !g.competency.trim().is_empty() {
            let _ = writeln!(out, "- **Competency:** {}", inline(&g.competency));
        }
        if let Some(o) = &g.origin {
            let _ = writeln!(out, "- **Came from:** {}", inline(&o.label()));
        }
        out.push('\n');
        for (label, text) in [("Why:", &g.why), ("Evidence of success:", &g.evidence)] {
            if !text.trim().is_empty() {
                let _ = writeln!(out, "{}\n", labelled(label, text));
            }
        }
        if !milestones.is_empty() {
            out.push_str("**Milestones**\n\n");
            for m in milestones {
                let mark = if m.done { "x" } else { " " };
                let mut when = Vec::new();
                if let Some(d) = m.due_date {
                    when.push(format!("due {}", date(d)));
                    if !m.done && d < today && is_open(g) {
                        when.push("overdue".to_string());
                    }
                }
                if let (true, Some(d)) = (m.done, m.done_on) {
                    when.push(format!("done {}", date(d)));
                }
                let when = if when.is_empty() {
                    String::new()
                } else {
                    format!(" *({})*", when.join(", "))
                };
                let _ = writeln!(out, "- [{mark}] {}{when}", inline(&m.text));
            }
            out.push('\n');
        }
        let reviews = self.reviews.get(&g.id).map_or(&[][..], Vec::as_slice);
        if !reviews.is_empty() {
            out.push_str("**Reviews** (newest first)\n\n");
            for r in reviews.iter().rev() {
                let mut label = format!("{} · {}%", date(r.day), r.progress);
                if let Some(m) = r.meeting_id.and_then(|id| self.j.meeting(id)) {
                    let day = self.clock.local(m.starts_at).date();
                    let _ = write!(label, " · meeting of {}", date(day));
                }
                if r.private {
                    label.push_str(" (private)");
                }
                label.push(':');
                let body = if r.note.trim().is_empty() {
                    format!("**{label}** *(no note)*")
                } else {
                    labelled(&label, &r.note)
                };
                let _ = writeln!(out, "{body}\n");
            }
        }
    }

    /// Planned meetings first (soonest first), then past ones, newest first.
    pub(super) fn meetings(&self, out: &mut String) {
        out.push_str("## Meetings\n\n");
        let (upcoming, past) = journal_order_of(self.j, self.clock.now());
        if upcoming.is_empty() && past.is_empty() {
            out.push_str("No meetings yet.\n\n");
        } else {
            out.push_str("Planned meetings first, then past meetings, newest first.\n\n");
        }
        for m in upcoming.into_iter().chain(past) {
            self.meeting(m, out);
            self.flush(out);
        }
        let loose: Vec<&ActionItem> = self
            .j
            .actions
            .iter()
            .filter(|a| a.meeting_id.is_none())
            .collect();
        if !loose.is_empty() {
            out.push_str("## Other action items\n\n");
            for a in loose {
                self.action_item(a, out);
            }
            out.push('\n');
        }
    }

    fn meeting(&self, m: &Meeting, out: &mut String) {
        let when = self.clock.local(m.starts_at).format("%a %Y-%m-%d %H:%M");
        let mut title = when.to_string();
        if let Some(mentor) = m.mentor_id.and_then(|id| self.j.mentor(id)) {
            let _ = write!(title, " · {}", heading(&display_name(mentor)));
        }
        if is_upcoming(m, self.clock.now()) {
            title.push_str(" *(planned)*");
        }
        let _ = writeln!(out, "### {title}{}\n", self.private_mark(m.private));
        let mut facts = Vec::new();
        match (m.mode, m.duration_minutes) {
            (Some(mode), Some(n)) => facts.push(format!(
                "**Mode:** {}, {}",
                mode.label(),
                count(n, "minute", "minutes")
            )),
            (Some(mode), None) => facts.push(format!("**Mode:** {}", mode.label())),
            (None, Some(n)) => facts.push(format!("**Length:** {}", count(n, "minute", "minutes"))),
            (None, None) => {}
        }
        if !m.place.trim().is_empty() {
            facts.push(format!("**Place:** {}", inline(&m.place)));
        }
        for f in &facts {
            let _ = writeln!(out, "- {f}");
        }
        if !facts.is_empty() {
            out.push('\n');
        }
        for (label, text, private) in [
            ("Agenda", &m.agenda, m.agenda_private),
            ("Notes", &m.notes, m.notes_private),
            ("Reflection", &m.reflection, m.reflection_private),
        ] {
            if !text.trim().is_empty() {
                let _ = writeln!(
                    out,
                    "**{label}**{}\n\n{}\n",
                    self.private_mark(private),
                    block(text)
                );
            }
        }
        let items = self.actions.get(&m.id).map_or(&[][..], Vec::as_slice);
        if !items.is_empty() {
            out.push_str("**Action items**\n\n");
            for a in items {
                self.action_item(a, out);
            }
            out.push('\n');
        }
        let raised: Vec<_> = self
            .raised
            .get(&m.id)
            .into_iter()
            .flatten()
            .filter(|q| !q.text.trim().is_empty())
            .collect();
        if !raised.is_empty() {
            out.push_str("**Questions raised**\n\n");
            for q in raised {
                let _ = writeln!(out, "- {}{}", inline(&q.text), self.private_mark(q.private));
            }
            out.push('\n');
        }
    }

    /// `- [ ] Send the CV *(me, due 2026-12-01, overdue; goal: …)*`
    fn action_item(&self, a: &ActionItem, out: &mut String) {
        let mark = if a.done { "x" } else { " " };
        let mut about = vec![a.owner.label().to_string()];
        if let Some(d) = a.due_date {
            about.push(format!("due {}", date(d)));
        }
        if crate::domain::meetings::is_overdue(a, self.clock.today()) {
            about.push("overdue".to_string());
        }
        if let (true, Some(d)) = (a.done, a.done_on) {
            about.push(format!("done {}", date(d)));
        }
        let mut tail = about.join(", ");
        if let Some(g) = a.goal_id.and_then(|id| self.j.goal(id)) {
            let _ = write!(tail, "; goal: {}", inline(&g.title));
        }
        let text = if a.text.trim().is_empty() {
            "(no text)".to_string()
        } else {
            inline(&a.text)
        };
        let _ = writeln!(out, "- [{mark}] {text} *({tail})*");
    }
}
