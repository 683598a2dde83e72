//! The records of a generated journey, kind by kind, consistent with each other: meetings
//! with the mentors known by then, reviews on days their goal existed, action items after
//! their meeting.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};

use super::{Rng, answer_keys, at, end_day, id};
use crate::domain::{
    ActionItem, Agreement, AnswerVersion, Cadence, Channel, Goal, GoalStatus, Marker, Meeting,
    Mentor, Milestone, Origin, OriginKind, Owner, ProgressMode, Question, Review, Structure,
};
use crate::method::method;

const WORDS: &str = "team project feedback skills plan review meeting goal progress mentor career role \
    learning practice presentation writing data research colleagues manager deadline budget \
    conference course network strengths values interests balance family time energy \
    confidence delegate negotiate listen prepare draft publish lead support explore decide \
    options interview portfolio workshop training reading the a my with for about next new \
    more less better clear small weekly monthly honest useful difficult good first last and \
    to of on in is was will should could need want try ask share finish start keep stop \
    change grow teach";

/// Words a person with a non-English life writes too: accents, CJK, emoji.
const WIDE_WORDS: &str =
    "café|naïve|résumé|Zürich|São Paulo|Kraków|日本語|指導|進捗|목표|🎯|🎉|✍️|—|Ω";

const NAMES: &str = "Ana Lima|Ben Okafor|Chen Wei|Dora Novak|Émile Durand|Fatima Zahra|Giulia Rossi|Hiro Tanaka|Ines Moreau|Jonas Berg|Kavya Rao|Lena Schmidt";

pub(super) struct Gen {
    rng: Rng,
    words: Vec<&'static str>,
    wide_words: Vec<&'static str>,
    names: Vec<&'static str>,
    /// Days from the first day of the journey to [`end_day`].
    span: u64,
}

impl Gen {
    pub(super) fn new(rng: Rng, span: u64) -> Self {
        Self {
            rng,
            words: WORDS.split_whitespace().collect(),
            wide_words: WIDE_WORDS.split('|').collect(),
            names: NAMES.split('|').collect(),
            span,
        }
    }

    fn day(&self, offset: u64) -> NaiveDate {
        let first = end_day() - Days::new(self.span);
        first + Days::new(offset.min(self.span))
    }

    /// A day spread evenly over the span (`i` of `n`), with a little jitter.
    fn spread(&mut self, i: usize, n: usize) -> u64 {
        let base = (i as u64 * self.span) / (n.max(1) as u64);
        let jitter = self.rng.below(3) as u64;
        (base + jitter).min(self.span)
    }

    fn sentence(&mut self, min: usize, max: usize) -> String {
        let n = self.rng.range(min, max);
        let mut s = String::new();
        for i in 0..n {
            let w = if self.rng.chance(4) {
                self.wide_words[self.rng.below(self.wide_words.len())]
            } else {
                self.words[self.rng.below(self.words.len())]
            };
            if i == 0 {
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    s.extend(f.to_uppercase());
                    s.push_str(c.as_str());
                }
            } else {
                s.push(' ');
                s.push_str(w);
            }
        }
        s.push('.');
        s
    }

    /// Several lines of a few sentences each.
    fn paragraph(&mut self, lines: usize) -> String {
        let mut out = Vec::with_capacity(lines);
        for _ in 0..lines {
            let n = self.rng.range(1, 3);
            let line: Vec<String> = (0..n).map(|_| self.sentence(4, 12)).collect();
            out.push(line.join(" "));
        }
        out.join("\n")
    }

    pub(super) fn mentors(&mut self, n: usize) -> Vec<Mentor> {
        (0..n)
            .map(|i| {
                let start = self.spread(i, n);
                let names = &self.names;
                let name = if i < names.len() {
                    names[i].to_string()
                } else {
                    format!("{} {}", names[i % names.len()], i / names.len() + 1)
                };
                let channels: Vec<Channel> = Channel::ALL
                    .iter()
                    .copied()
                    .filter(|_| self.rng.chance(40))
                    .collect();
                Mentor {
                    id: id(i),
                    contact: format!("mentor{}@example.org", i + 1),
                    name,
                    short_name: String::new(),
                    created_at: at(self.day(start), 9, 0),
                    agreement: Agreement {
                        structure: Some(*self.rng.pick(Structure::ALL)),
                        cadence: Some(*self.rng.pick(Cadence::ALL)),
                        channels,
                        venue: self.sentence(2, 4),
                        start_date: Some(self.day(start)),
                        review_date: Some(self.day(start + 180)),
                        define_mine: self.paragraph(2),
                        define_theirs: self.paragraph(2),
                        want_mine: self.paragraph(2),
                        want_theirs: self.paragraph(1),
                        expect_mine: self.paragraph(2),
                        expect_theirs: self.paragraph(1),
                        confidentiality: self.sentence(6, 14),
                    },
                }
            })
            .collect()
    }

    /// Meetings in time order, each with the mentor who had started by then.
    pub(super) fn meetings(&mut self, n: usize, mentors: &[Mentor]) -> Vec<Meeting> {
        (0..n)
            .map(|i| {
                let offset = self.spread(i, n);
                let day = self.day(offset);
                let known = mentors.partition_point(|m| m.created_at.date_naive() <= day);
                let mentor_id = (known > 0).then(|| mentors[self.rng.below(known)].id);
                let starts_at = at(day, u32::try_from(self.rng.range(8, 17)).unwrap_or(9), 0);
                let private = self.rng.chance(5);
                let agenda_lines = self.rng.range(2, 5);
                let notes_lines = self.rng.range(3, 8);
                let reflection_lines = self.rng.range(1, 3);
                Meeting {
                    id: id(i),
                    mentor_id,
                    starts_at,
                    mode: Some(*self.rng.pick(Channel::ALL)),
                    duration_minutes: Some(u32::try_from(self.rng.range(2, 8) * 15).unwrap_or(60)),
                    place: self.sentence(1, 3),
                    agenda: self.paragraph(agenda_lines),
                    notes: self.paragraph(notes_lines),
                    reflection: self.paragraph(reflection_lines),
                    private,
                    agenda_private: self.rng.chance(5),
                    notes_private: self.rng.chance(10),
                    reflection_private: self.rng.chance(10),
                    created_at: starts_at - chrono::Duration::days(7),
                }
            })
            .collect()
    }

    // A field added to `Goal` starts at its default here (`..Goal::default()`), so adding
    // one does not mean changing the generator.
    #[allow(clippy::needless_update)]
    pub(super) fn goals(&mut self, n: usize, mentors: &[Mentor]) -> Vec<Goal> {
        let stems = &method().worksheet.stems;
        let questions = &method().questions;
        (0..n)
            .map(|i| {
                let start = self.spread(i, n);
                let day = self.day(start);
                let target = start + self.rng.range(60, 540) as u64;
                let past = target < self.span;
                let status = if past {
                    *self
                        .rng
                        .pick(&[GoalStatus::Done, GoalStatus::Done, GoalStatus::Dropped])
                } else {
                    *self.rng.pick(&[
                        GoalStatus::NotStarted,
                        GoalStatus::InProgress,
                        GoalStatus::InProgress,
                        GoalStatus::OnHold,
                    ])
                };
                let known = mentors.partition_point(|m| m.created_at.date_naive() <= day);
                let origin = match self.rng.below(5) {
                    0 => Some(Origin {
                        kind: OriginKind::Worksheet,
                        key: self.rng.pick(stems).key(),
                    }),
                    1 => Some(Origin {
                        kind: OriginKind::Conversation,
                        key: self.rng.pick(questions).key(),
                    }),
                    _ => None,
                };
                let why_lines = self.rng.range(1, 3);
                let evidence_lines = self.rng.range(1, 2);
                Goal {
                    id: id(i),
                    title: self.sentence(3, 8),
                    why: self.paragraph(why_lines),
                    evidence: self.paragraph(evidence_lines),
                    competency: (*self.rng.pick(&[
                        "communication",
                        "leadership",
                        "technical",
                        "writing",
                        "networking",
                        "research",
                    ]))
                    .to_string(),
                    mentor_id: (known > 0 && self.rng.chance(70))
                        .then(|| mentors[self.rng.below(known)].id),
                    target_date: self.rng.chance(85).then(|| self.day(target)),
                    progress: match status {
                        GoalStatus::Done => 100,
                        GoalStatus::NotStarted => 0,
                        _ => u8::try_from(self.rng.below(100)).unwrap_or(0),
                    },
                    status,
                    progress_mode: if self.rng.chance(50) {
                        ProgressMode::Milestones
                    } else {
                        ProgressMode::Manual
                    },
                    private: self.rng.chance(10),
                    origin,
                    position: id(i),
                    created_at: at(day, 10, 0),
                    ..Goal::default()
                }
            })
            .collect()
    }

    pub(super) fn milestones(&mut self, n: usize, goals: &[Goal]) -> Vec<Milestone> {
        if goals.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<Milestone> = (0..n)
            .map(|i| {
                let goal = self.rng.pick(goals);
                let start = goal.created_at.date_naive();
                let due = start + Days::new(self.rng.range(7, 365) as u64);
                let done =
                    goal.status == GoalStatus::Done || (due < end_day() && self.rng.chance(70));
                Milestone {
                    id: 0,
                    goal_id: goal.id,
                    text: self.sentence(3, 9),
                    due_date: self.rng.chance(80).then_some(due),
                    done,
                    done_on: done.then(|| due.min(end_day())),
                    position: id(i),
                }
            })
            .collect();
        // Ids follow the goals, as a person adds steps goal by goal.
        out.sort_by_key(|m| (m.goal_id, m.position));
        for (i, m) in out.iter_mut().enumerate() {
            m.id = id(i);
        }
        out
    }

    pub(super) fn reviews(
        &mut self,
        n: usize,
        goals: &[Goal],
        meetings: &[Meeting],
    ) -> Vec<Review> {
        if goals.is_empty() {
            return Vec::new();
        }
        let mut out: Vec<Review> = (0..n)
            .map(|_| {
                let goal = self.rng.pick(goals);
                let start = goal.created_at.date_naive();
                let room = (end_day() - start).num_days().max(0) as usize;
                let day = start + Days::new(self.rng.below(room.min(540) + 1) as u64);
                // The meeting on or just before that day, if it was recent.
                let i = meetings.partition_point(|m| m.starts_at.date_naive() <= day);
                let meeting_id = i
                    .checked_sub(1)
                    .map(|i| &meetings[i])
                    .filter(|m| (day - m.starts_at.date_naive()).num_days() < 14)
                    .map(|m| m.id);
                Review {
                    id: 0,
                    goal_id: goal.id,
                    day,
                    progress: u8::try_from(self.rng.below(101)).unwrap_or(0),
                    note: self.sentence(5, 20),
                    private: self.rng.chance(5),
                    meeting_id,
                    created_at: at(day, 18, 0),
                }
            })
            .collect();
        // Reviews are written in time order.
        out.sort_by_key(|r| (r.day, r.goal_id));
        for (i, r) in out.iter_mut().enumerate() {
            r.id = id(i);
        }
        out
    }

    pub(super) fn actions(
        &mut self,
        n: usize,
        meetings: &[Meeting],
        goals: &[Goal],
    ) -> Vec<ActionItem> {
        let mut out: Vec<ActionItem> = (0..n)
            .map(|i| {
                let meeting = (!meetings.is_empty() && self.rng.chance(95))
                    .then(|| &meetings[(i * meetings.len()) / n.max(1)]);
                let from = meeting.map_or(end_day(), |m| m.starts_at.date_naive());
                let due = from + Days::new(self.rng.range(3, 60) as u64);
                let done = due < end_day() && self.rng.chance(85);
                let known = goals.partition_point(|g| g.created_at.date_naive() <= from);
                ActionItem {
                    id: 0,
                    meeting_id: meeting.map(|m| m.id),
                    text: self.sentence(3, 10),
                    owner: if self.rng.chance(75) {
                        Owner::Me
                    } else {
                        Owner::Mentor
                    },
                    due_date: self.rng.chance(80).then_some(due),
                    done,
                    done_on: done.then_some(due),
                    goal_id: (known > 0 && self.rng.chance(30))
                        .then(|| goals[self.rng.below(known)].id),
                    position: id(i),
                }
            })
            .collect();
        out.sort_by_key(|a| (a.meeting_id.unwrap_or(i64::MAX), a.position));
        for (i, a) in out.iter_mut().enumerate() {
            a.id = id(i);
            a.position = id(i);
        }
        out
    }

    pub(super) fn questions(&mut self, n: usize, meetings: &[Meeting]) -> Vec<Question> {
        (0..n)
            .map(|i| {
                // The last few wait for the next meeting; the rest were raised at one.
                let waiting = i + 5 >= n;
                let meeting = (!waiting && !meetings.is_empty())
                    .then(|| &meetings[(i * meetings.len()) / n.max(1)]);
                let created = meeting.map_or(at(end_day(), 8, 0), |m| {
                    m.starts_at - chrono::Duration::days(2)
                });
                Question {
                    id: id(i),
                    text: format!("{}?", self.sentence(4, 12).trim_end_matches('.')),
                    private: self.rng.chance(10),
                    meeting_id: meeting.map(|m| m.id),
                    created_at: created,
                }
            })
            .collect()
    }

    /// Dated answer versions spread over every key, plus private keys and worksheet markers.
    #[allow(clippy::type_complexity)]
    pub(super) fn answers(
        &mut self,
        n: usize,
    ) -> (
        BTreeMap<String, Vec<AnswerVersion>>,
        BTreeSet<String>,
        BTreeMap<String, Marker>,
    ) {
        let keys = answer_keys();
        let mut answers = BTreeMap::new();
        for (k, key) in keys.iter().enumerate() {
            // Share `n` out evenly; the first keys take the remainder.
            let count = n / keys.len() + usize::from(k < n % keys.len());
            if count == 0 {
                continue;
            }
            let step = (self.span / count as u64).max(1);
            let versions: Vec<AnswerVersion> = (0..count)
                .map(|v| {
                    let offset = (v as u64) * step + self.rng.below(step as usize) as u64;
                    let day = self.day(offset);
                    let lines = self.rng.range(1, 5);
                    AnswerVersion {
                        key: key.clone(),
                        day,
                        text: self.paragraph(lines),
                        saved_at: at(day, 20, 0),
                    }
                })
                .collect();
            answers.insert(key.clone(), versions);
        }
        let private = keys
            .iter()
            .filter(|_| self.rng.chance(10))
            .cloned()
            .collect();
        let mut markers = BTreeMap::new();
        for s in &method().worksheet.stems {
            if self.rng.chance(80) {
                markers.insert(s.key(), *self.rng.pick(Marker::ALL));
            }
        }
        (answers, private, markers)
    }
}
