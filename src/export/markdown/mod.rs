//! `mentee export --format md` and the app's export key: the journey as a readable
//! development plan and meeting record that pandoc turns into a clean document.
//!
//! The document: a title (with the mentee's name when set) and the export date as YAML
//! metadata; then the agreement with each mentor, the four questions with the current
//! answers (each with the day it was last updated), the ideal-occupation worksheet as
//! sentences, the goals with their milestones and review log, the meetings (planned ones
//! first, then past ones newest first, as in the Journal) with their action items, and the
//! questions waiting for the next meeting. Every piece of user text goes through [`text`],
//! so nothing typed can break the document's structure.
//!
//! A shared-only export is the same document made from [`Journey::shared_only`]'s journey, the one
//! definition of what may leave.

mod plan;
pub mod text;

use crate::domain::HashMap;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::io;

use chrono::NaiveDate;

use crate::domain::journey::grouped;
use crate::domain::{
    ActionItem, AnswerVersion, Clock, Id, Journey, Mentor, Milestone, Question, Review,
};
use crate::export::worksheet::worksheet_markdown;
use crate::method::EXPECTATION_QUESTIONS;
use crate::method::method;

use text::{block, heading, inline, labelled};

/// The setting that holds the mentee's name (shown in the title).
pub const NAME_SETTING: &str = "mentee_name";

/// The journey as a Markdown document, ending in one newline. With `shared_only`, nothing
/// marked private is written (see [`Journey::shared_only`]); otherwise private items are written and
/// marked "(private)".
#[must_use]
pub fn markdown(journey: &Journey, clock: &Clock, shared_only_export: bool) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write(journey, clock, shared_only_export, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// [`markdown`], written to `out` as it goes: each goal and each meeting as it is done, so
/// the document is never whole in memory. Give it a buffered writer.
///
/// # Errors
/// When `out` cannot be written.
pub fn write(
    journey: &Journey,
    clock: &Clock,
    shared_only_export: bool,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let shared;
    let j = if shared_only_export {
        shared = journey.for_sharing();
        &shared
    } else {
        journey
    };
    let doc = Doc {
        j,
        clock,
        full: !shared_only_export,
        // Grouped once: a search per goal and per meeting would make the export quadratic.
        milestones: grouped(&j.milestones, |m| Some(m.goal_id), |m| (m.position, m.id)),
        reviews: grouped(&j.reviews, |r| Some(r.goal_id), |r| (r.day, r.id)),
        actions: grouped(&j.actions, |a| a.meeting_id, |a| (a.position, a.id)),
        raised: grouped(&j.questions, |q| q.meeting_id, |_| ()),
        sink: RefCell::new(Sink {
            out,
            space: String::new(),
            error: None,
        }),
    };
    let mut out = String::new();
    doc.front_matter(&mut out);
    doc.agreements(&mut out);
    doc.flush(&mut out);
    doc.conversation(&mut out);
    out.push_str(&worksheet_markdown(j));
    out.push('\n');
    doc.flush(&mut out);
    doc.goals(&mut out);
    doc.meetings(&mut out);
    doc.waiting_questions(&mut out);
    doc.flush(&mut out);
    doc.sink.into_inner().finish()
}

/// Where the document goes, a part at a time (see [`Doc::flush`]). The document ends in
/// one newline, so white space at the end of a part waits until more text follows.
struct Sink<'w> {
    out: &'w mut dyn io::Write,
    /// White space that ended the parts written so far.
    space: String,
    /// The first write that failed (nothing is written after it).
    error: Option<io::Error>,
}

impl Sink<'_> {
    /// Writes a part. Text from an older database or another program may hold terminal
    /// commands: a document shown with `cat` must not reset or retitle the terminal
    /// (`domain::text::clean`, which works character by character, and on `\r\n`: a part's
    /// last `\r` waits with its white space).
    fn part(&mut self, part: &str) {
        let text = part.trim_end();
        if text.is_empty() {
            self.space.push_str(part);
            return;
        }
        self.space.push_str(text);
        let chunk = std::mem::replace(&mut self.space, part[text.len()..].to_string());
        if self.error.is_none()
            && let Err(e) = self
                .out
                .write_all(crate::domain::text::clean(&chunk).as_bytes())
        {
            self.error = Some(e);
        }
    }

    /// The final newline.
    fn finish(self) -> io::Result<()> {
        if let Some(e) = self.error {
            return Err(e);
        }
        self.out.write_all(b"\n")?;
        self.out.flush()
    }
}

/// What every section needs: the journey to write, the clock, and whether private items
/// are in it (and so get marked); and where the document goes.
struct Doc<'a> {
    j: &'a Journey,
    clock: &'a Clock,
    full: bool,
    /// Per goal, in the order `milestones_of` gives.
    milestones: HashMap<Id, Vec<&'a Milestone>>,
    /// Per goal, oldest first (`reviews_of`).
    reviews: HashMap<Id, Vec<&'a Review>>,
    /// Per meeting, in the order `actions_of` gives.
    actions: HashMap<Id, Vec<&'a ActionItem>>,
    /// Questions raised at each meeting, in the journey's order.
    raised: HashMap<Id, Vec<&'a Question>>,
    sink: RefCell<Sink<'a>>,
}

/// `2026-11-22`.
fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A string as a YAML single-quoted scalar.
fn yaml(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

impl Doc<'_> {
    /// Sends what `out` holds on its way, and empties it.
    fn flush(&self, out: &mut String) {
        self.sink.borrow_mut().part(out);
        out.clear();
    }

    fn mentee_name(&self) -> Option<&str> {
        self.j
            .settings
            .get(NAME_SETTING)
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
    }

    /// " (private)" for a private item (only a full export has any).
    fn private_mark(&self, private: bool) -> &'static str {
        if private { " *(private)*" } else { "" }
    }

    fn front_matter(&self, out: &mut String) {
        let title = match self.mentee_name() {
            Some(name) => format!("{}: development plan and meeting record", inline(name)),
            None => "Development plan and meeting record".to_string(),
        };
        let today = date(self.clock.today());
        let _ = write!(
            out,
            "---\ntitle: {}\ndate: {}\n---\n\n",
            yaml(&title),
            yaml(&today)
        );
        let _ = writeln!(out, "Exported from mentee on {today}.");
        if self.full {
            out.push_str(
                "This is the complete record: items marked *(private)* are left out of \
                 shared exports.\n\n",
            );
        } else {
            out.push_str(
                "This is the shared version: everything marked private has been left out.\n\n",
            );
        }
    }

    fn agreements(&self, out: &mut String) {
        out.push_str("## Mentoring agreements\n\n");
        if self.j.mentors.is_empty() {
            out.push_str("No mentor yet.\n\n");
        }
        for m in &self.j.mentors {
            self.agreement(m, out);
        }
    }

    fn agreement(&self, m: &Mentor, out: &mut String) {
        let name = display_name(m);
        let a = &m.agreement;
        let _ = writeln!(out, "### {}\n", heading(&name));
        let mut facts: Vec<(&str, String)> = Vec::new();
        if !m.contact.trim().is_empty() {
            facts.push(("Contact", inline(&m.contact)));
        }
        if let Some(s) = a.structure {
            facts.push(("Structure", s.label().to_string()));
        }
        if let Some(c) = a.cadence {
            facts.push(("Meets", c.label().to_string()));
        }
        if !a.channels.is_empty() {
            let channels: Vec<&str> = a.channels.iter().map(|c| c.label()).collect();
            facts.push(("Channels", channels.join(", ")));
        }
        if !a.venue.trim().is_empty() {
            facts.push(("Venue", inline(&a.venue)));
        }
        if let Some(d) = a.start_date {
            facts.push(("Started", date(d)));
        }
        if let Some(d) = a.review_date {
            facts.push(("Agreement to be reviewed", date(d)));
        }
        for (label, value) in &facts {
            let _ = writeln!(out, "- **{label}:** {value}");
        }
        if !facts.is_empty() {
            out.push('\n');
        }
        let me = self.mentee_name().unwrap_or("Me").to_string();
        let answers = [
            (&a.define_mine, &a.define_theirs),
            (&a.want_mine, &a.want_theirs),
            (&a.expect_mine, &a.expect_theirs),
        ];
        for (question, (mine, theirs)) in EXPECTATION_QUESTIONS.iter().zip(answers) {
            if mine.trim().is_empty() && theirs.trim().is_empty() {
                continue;
            }
            let _ = writeln!(out, "#### {question}\n");
            for (who, answer) in [(&me, mine), (&name, theirs)] {
                if !answer.trim().is_empty() {
                    let label = format!("{}:", inline(who));
                    let _ = writeln!(out, "{}\n", labelled(&label, answer));
                }
            }
        }
        if !a.confidentiality.trim().is_empty() {
            let _ = writeln!(
                out,
                "#### Confidentiality\n\n{}\n",
                block(&a.confidentiality)
            );
        }
    }

    /// The four questions: per question its own answer, then each answered prompt.
    fn conversation(&self, out: &mut String) {
        out.push_str("## The four questions\n\n");
        for q in &method().questions {
            let _ = writeln!(out, "### {}\n", q.title);
            let mut answered = false;
            if let Some(text) = self.answer(&q.key()) {
                out.push_str(&text);
                answered = true;
            }
            for p in &q.prompts {
                if let Some(text) = self.answer(&q.prompt_key(p)) {
                    let _ = write!(out, "#### {}\n\n{text}", p.title);
                    answered = true;
                }
            }
            if !answered {
                out.push_str("*Not answered yet.*\n\n");
            }
        }
    }

    /// An answer's current version: when it was last updated, then its text; `None` when
    /// blank (or left out).
    fn answer(&self, key: &str) -> Option<String> {
        let v: &AnswerVersion = self.j.answer(key)?;
        if v.text.trim().is_empty() {
            return None;
        }
        let private = self.private_mark(self.j.private_answers.contains(key));
        Some(format!(
            "*Updated {}*{private}\n\n{}\n\n",
            date(v.day),
            block(&v.text)
        ))
    }

    /// Questions the mentee wants to bring to the next meeting (not yet raised).
    fn waiting_questions(&self, out: &mut String) {
        let waiting: Vec<_> = self
            .j
            .questions
            .iter()
            .filter(|q| q.meeting_id.is_none() && !q.text.trim().is_empty())
            .collect();
        if waiting.is_empty() {
            return;
        }
        out.push_str("## Questions for the next meeting\n\n");
        for q in waiting {
            let _ = writeln!(out, "- {}{}", inline(&q.text), self.private_mark(q.private));
        }
        out.push('\n');
    }
}

/// A mentor's name, never empty.
fn display_name(m: &Mentor) -> String {
    if m.name.trim().is_empty() {
        "Unnamed mentor".to_string()
    } else {
        m.name.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written part by part, the document is what cleaning it whole, trimmed and ended with
    /// one newline, gives: white space (and a `\r` before a `\n`) waits for the next part.
    #[test]
    fn parts_write_what_the_whole_document_would_be() {
        let cases: [&[&str]; 5] = [
            &["a \r", "\nb", "  ", "", "c\u{7}\n\n"],
            &["  ", "x", " \u{b}", "y\u{1b}[2J", "\n\n\n"],
            &["", " "],
            &["one\n", "two \u{7}"],
            &["t\u{b} "],
        ];
        for parts in cases {
            let mut out = Vec::new();
            let mut sink = Sink {
                out: &mut out,
                space: String::new(),
                error: None,
            };
            for p in parts {
                sink.part(p);
            }
            sink.finish().unwrap();
            let whole = parts.concat();
            let want = crate::domain::text::clean(&format!("{}\n", whole.trim_end())).into_owned();
            assert_eq!(String::from_utf8(out).unwrap(), want, "{parts:?}");
        }
    }

    #[test]
    fn a_write_that_fails_is_an_error() {
        struct Full;
        impl io::Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::StorageFull, "full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let j = Journey::default();
        let err = write(&j, &Clock::at_day(2026, 11, 22), false, &mut Full).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
    }
}
