//! `/` from any tab: every text of the journey a search looks in, where it is, and where
//! Enter takes the user. No rendering here (the overlay is `ui::search`).
//!
//! The index is built once when a search opens (a journey does not change while the user
//! types a query): each text with a lowercase copy made the way
//! [`find_matches`](crate::domain::search::find_matches) folds case, so a keystroke is one
//! substring scan per text, and exact match ranges are computed only for the results shown.
//! It indexes the journey it is given: on a shared screen, the shared-only projection, so
//! private texts are not indexed at all and cannot show up in results or in counts.

use std::ops::Range;

use crate::ctx::Target;
use crate::domain::goals::priority_order;
use crate::domain::journey::grouped;
use crate::domain::meetings::journal_order;
use crate::domain::passes;
use crate::domain::search::find_matches;
use crate::domain::{FieldKey, GoalField, Journey, Meeting, MeetingField, MentorField};
use crate::method::method;
use crate::tab::Tab;
use crate::view::View;
use strum::{EnumCount, EnumIter, FromRepr, IntoEnumIterator};

/// The parts of the journey a search covers, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, EnumCount, FromRepr)]
pub enum Area {
    Conversation,
    Worksheet,
    Goals,
    Journal,
    Agreement,
}

impl Area {
    /// The tab that shows it.
    #[must_use]
    pub fn tab(self) -> Tab {
        match self {
            Area::Conversation => Tab::Conversation,
            Area::Worksheet => Tab::Occupation,
            Area::Goals => Tab::Goals,
            Area::Journal => Tab::Journal,
            Area::Agreement => Tab::Agreement,
        }
    }

    /// The area a tab shows, if any (Overview shows a bit of everything).
    #[must_use]
    pub fn of_tab(tab: Tab) -> Option<Area> {
        Area::iter().find(|a| a.tab() == tab)
    }

    #[must_use]
    pub fn title(self) -> &'static str {
        self.tab().title()
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One searchable text: where it is, and where Enter goes.
#[derive(Clone, Debug)]
pub struct Entry {
    pub area: Area,
    /// The record, as the user knows it: a prompt, a stem, a goal, a meeting, a mentor.
    pub record: String,
    /// Which of its texts ("notes", "why", "milestone").
    pub field: &'static str,
    pub text: String,
    /// `text` case-folded as `find_matches` does, for a quick test.
    folded: String,
    pub target: Target,
}

/// A text that matches, with the byte ranges of `Entry::text` to highlight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Position in [`Index::entries`].
    pub entry: usize,
    pub ranges: Vec<Range<usize>>,
}

/// What one query found, area by area.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Per area with matches, in the order shown: the area, how many texts match, and the
    /// first of them (at most the limit asked for).
    pub groups: Vec<(Area, usize, Vec<Hit>)>,
}

impl Found {
    /// How many texts match in all.
    #[must_use]
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.1).sum()
    }
}

/// Every text a search looks in, grouped by area in tab order.
#[derive(Clone, Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
    /// Where each area's entries are in `entries` (by [`Area::index`]), so a search
    /// passes over each entry once.
    areas: [Range<usize>; Area::COUNT],
}

/// Lowercase, char by char, as `find_matches` compares (not `str::to_lowercase`, whose
/// final sigma differs). ASCII takes the short way: most text is.
fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

impl Index {
    /// Indexes the journey as the user may see it now (no private texts on a shared screen).
    #[must_use]
    pub fn build(view: &View) -> Index {
        let mut b = Builder {
            view: *view,
            entries: Vec::new(),
        };
        let mut areas: [Range<usize>; Area::COUNT] = Default::default();
        for area in Area::iter() {
            let start = b.entries.len();
            match area {
                Area::Conversation => b.conversation(),
                Area::Worksheet => b.worksheet(),
                Area::Goals => b.goals(),
                Area::Journal => b.journal(),
                Area::Agreement => b.agreement(),
            }
            areas[area.index()] = start..b.entries.len();
        }
        Index {
            entries: b.entries,
            areas,
        }
    }

    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The texts matching `query`, grouped by area starting with `first` (then the others
    /// in tab order, wrapping round); at most `limit(area)` hits listed per area, all
    /// counted.
    #[must_use]
    pub fn search(&self, query: &str, first: Option<Area>, limit: impl Fn(Area) -> usize) -> Found {
        let needle = fold(query.trim());
        let mut found = Found::default();
        if needle.is_empty() {
            return found;
        }
        let start = first.map_or(0, Area::index);
        for k in 0..Area::COUNT {
            let Some(area) = Area::from_repr((start + k) % Area::COUNT) else {
                continue;
            };
            let limit = limit(area);
            let mut count = 0;
            let mut hits = Vec::new();
            let range = self.areas[area.index()].clone();
            for (i, e) in passes::over(&self.entries[range.clone()]).enumerate() {
                let i = range.start + i;
                if !e.folded.contains(&needle) {
                    continue;
                }
                if hits.len() < limit {
                    let ranges = find_matches(&e.text, query);
                    // The quick test is a superset; a match inside one character's
                    // lowercase expansion does not count.
                    if ranges.is_empty() {
                        continue;
                    }
                    hits.push(Hit { entry: i, ranges });
                }
                count += 1;
            }
            if count > 0 {
                found.groups.push((area, count, hits));
            }
        }
        found
    }
}

/// Collects the entries, area by area, in the order each tab shows its records.
struct Builder<'a> {
    view: View<'a>,
    entries: Vec<Entry>,
}

impl Builder<'_> {
    fn journey(&self) -> &Journey {
        self.view.journey
    }

    fn push(&mut self, area: Area, record: &str, field: &'static str, text: &str, target: Target) {
        if text.trim().is_empty() {
            return;
        }
        self.entries.push(Entry {
            area,
            record: record.to_string(),
            field,
            text: text.to_string(),
            folded: fold(text),
            target,
        });
    }

    /// The current version of an answer, unless it is private on a shared screen.
    fn answer(&mut self, area: Area, record: &str, field: &'static str, key: String) {
        let j = self.view.journey;
        let text = j.answer_text(&key).to_string();
        self.push(area, record, field, &text, Target::Answer(key));
    }

    fn conversation(&mut self) {
        for q in &method().questions {
            self.answer(Area::Conversation, &q.title, "answer", q.key());
            for p in &q.prompts {
                self.answer(Area::Conversation, &p.title, "answer", q.prompt_key(p));
            }
        }
    }

    fn worksheet(&mut self) {
        for s in &method().worksheet.stems {
            self.answer(Area::Worksheet, &s.title, "ideal", s.ideal_key());
            self.answer(Area::Worksheet, &s.title, "now", s.reality_key());
            self.answer(Area::Worksheet, &s.title, "gap", s.gap_key());
        }
    }

    fn goals(&mut self) {
        let j = self.view.journey;
        // Grouped once: a long journey has thousands of them.
        let milestones = grouped(&j.milestones, |m| Some(m.goal_id), |m| (m.position, m.id));
        let reviews = grouped(&j.reviews, |r| Some(r.goal_id), |r| (r.day, r.id));
        for g in priority_order(j) {
            let title = if g.title.trim().is_empty() {
                "(untitled goal)"
            } else {
                g.title.as_str()
            };
            let field = |f| Target::Field(FieldKey::Goal(g.id, f));
            for (label, text, f) in [
                ("title", &g.title, GoalField::Title),
                ("why", &g.why, GoalField::Why),
                ("evidence", &g.evidence, GoalField::Evidence),
                ("competency", &g.competency, GoalField::Competency),
            ] {
                self.push(Area::Goals, title, label, text, field(f));
            }
            for m in milestones.get(&g.id).into_iter().flatten() {
                self.push(
                    Area::Goals,
                    title,
                    "milestone",
                    &m.text,
                    Target::Milestone(m.id),
                );
            }
            // Newest first, as the review log shows them.
            for r in reviews.get(&g.id).into_iter().flatten().rev() {
                self.push(Area::Goals, title, "review", &r.note, Target::Review(r.id));
            }
        }
    }

    /// "2026-11-03 Ana": the meeting's day and the mentor's first name.
    fn meeting_label(&self, m: &Meeting) -> String {
        let day = self.view.clock.local(m.starts_at).format("%Y-%m-%d");
        let mentor = m
            .mentor_id
            .and_then(|id| self.journey().mentor(id))
            .map(crate::domain::Mentor::short_name)
            .unwrap_or_default();
        format!("{day} {mentor}").trim_end().to_string()
    }

    fn journal(&mut self) {
        let j = self.view.journey;
        let (upcoming, past) = journal_order(&j.meetings, self.view.clock.now());
        let actions = grouped(&j.actions, |a| a.meeting_id, |a| (a.position, a.id));
        for m in upcoming.into_iter().chain(past) {
            let label = self.meeting_label(m);
            let field = |f| Target::Field(FieldKey::Meeting(m.id, f));
            for (name, text, f) in [
                ("place", &m.place, MeetingField::Place),
                ("agenda", &m.agenda, MeetingField::Agenda),
                ("notes", &m.notes, MeetingField::Notes),
                ("reflection", &m.reflection, MeetingField::Reflection),
            ] {
                self.push(Area::Journal, &label, name, text, field(f));
            }
            for a in actions.get(&m.id).into_iter().flatten() {
                self.push(
                    Area::Journal,
                    &label,
                    "action",
                    &a.text,
                    Target::Action(a.id),
                );
            }
        }
        // Items that belong to no meeting (imported): found, though no meeting shows them.
        for a in j.actions.iter().filter(|a| a.meeting_id.is_none()) {
            self.push(
                Area::Journal,
                "no meeting",
                "action",
                &a.text,
                Target::Action(a.id),
            );
        }
    }

    fn agreement(&mut self) {
        use MentorField as F;
        for m in &self.view.journey.mentors {
            let name = m.display_name();
            let a = &m.agreement;
            let field = |f| Target::Field(FieldKey::Mentor(m.id, f));
            for (label, text, f) in [
                ("name", &m.name, F::Name),
                ("short name", &m.short_name, F::ShortName),
                ("contact", &m.contact, F::Contact),
                ("venue", &a.venue, F::Venue),
                ("I define", &a.define_mine, F::DefineMine),
                ("they define", &a.define_theirs, F::DefineTheirs),
                ("I want", &a.want_mine, F::WantMine),
                ("they want", &a.want_theirs, F::WantTheirs),
                ("I expect", &a.expect_mine, F::ExpectMine),
                ("they expect", &a.expect_theirs, F::ExpectTheirs),
                ("confidential", &a.confidentiality, F::Confidentiality),
            ] {
                self.push(Area::Agreement, &name, label, text, field(f));
            }
        }
    }
}
