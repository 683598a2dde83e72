//! What a meeting's Journal screen lists under "Reviewed at this meeting": each review tied
//! to the meeting (the shared review records one per goal), as "goal — 40% → 60% — note",
//! where the first figure is the goal's review before this one. Progress reviewed at each
//! meeting is the record the method asks for (Rolfe 2017, "Reviewing progress").
//!
//! Read from the view, so on the shared screen only what it shows is listed.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::domain::{HashMap, HashMapExt, HashSet};
use crate::domain::{Id, Review};
use crate::theme::Theme;
use crate::ui::wrap::{first_line, truncate};
use crate::view::View;

/// One review held at the meeting, ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reviewed {
    pub review: Id,
    pub goal: Id,
    pub title: String,
    /// The goal's progress at its review before this one, if it had one.
    pub before: Option<u8>,
    pub progress: u8,
    pub note: String,
}

/// The reviews tied to a meeting, in the order they were recorded, each with the goal's
/// review before it: two passes over the reviews, whatever their number.
#[must_use]
pub fn reviewed_at(view: &View, meeting: Id) -> Vec<Reviewed> {
    let j = view.journey;
    let mut here: Vec<&Review> = match j.indexed_reviews_at(meeting) {
        Some(at) => at.collect(),
        None => j
            .reviews
            .iter()
            .filter(|r| r.meeting_id == Some(meeting))
            .collect(),
    };
    if here.is_empty() {
        return Vec::new();
    }
    here.sort_by_key(|r| (r.day, r.id));
    let goals: HashSet<Id> = here.iter().map(|r| r.goal_id).collect();
    // Each goal's reviews, from the index when it holds (there, the review before one is
    // found going back from the newest: a meeting's reviews are most often recent ones).
    let indexed = goals.iter().all(|g| j.indexed_reviews(*g).is_some());
    let mut of_goal: HashMap<Id, Vec<&Review>> = HashMap::new();
    if !indexed {
        for r in j.reviews.iter().filter(|r| goals.contains(&r.goal_id)) {
            of_goal.entry(r.goal_id).or_default().push(r);
        }
    }
    let earlier = |r: &Review| -> Option<u8> {
        let is_before = |o: &Review| (o.day, o.id) < (r.day, r.id);
        match j.indexed_reviews(r.goal_id) {
            Some(mut rs) if indexed => rs.rfind(|o| is_before(o)).map(|o| o.progress),
            _ => of_goal
                .get(&r.goal_id)
                .and_then(|rs| {
                    rs.iter()
                        .filter(|o| is_before(o))
                        .max_by_key(|o| (o.day, o.id))
                })
                .map(|o| o.progress),
        }
    };
    here.into_iter()
        .map(|r| {
            let before = earlier(r);
            let title = j
                .goal(r.goal_id)
                .map(|g| g.title.trim())
                .filter(|t| !t.is_empty())
                .unwrap_or("(untitled goal)")
                .to_string();
            Reviewed {
                review: r.id,
                goal: r.goal_id,
                title,
                before,
                progress: r.progress,
                note: first_line(r.note.trim()).to_string(),
            }
        })
        .collect()
}

impl Reviewed {
    /// "40% → 60%", "at 60%" (no review before), "stays at 60%".
    #[must_use]
    pub fn progress_text(&self) -> String {
        match self.before {
            Some(b) if b != self.progress => format!("{b}% → {}%", self.progress),
            Some(_) => format!("stays at {}%", self.progress),
            None => format!("at {}%", self.progress),
        }
    }

    /// One row: "goal — 40% → 60% — note", the title cut first so the figures show.
    #[must_use]
    pub fn line(&self, theme: &Theme, width: usize) -> Line<'static> {
        let progress = format!(" — {}", self.progress_text());
        let note = if self.note.is_empty() {
            String::new()
        } else {
            format!(" — {}", self.note)
        };
        let title_w = width
            .saturating_sub(progress.width())
            .min(self.title.width())
            .max(width.min(12));
        let title = truncate(&self.title, title_w);
        let progress = truncate(&progress, width.saturating_sub(title.width()));
        let note = truncate(
            &note,
            width.saturating_sub(title.width() + progress.width()),
        );
        Line::from(vec![
            Span::styled(title, theme.text),
            Span::styled(progress, theme.text),
            Span::styled(note, theme.dim),
        ])
    }
}
