//! The ideal-occupation worksheet as text (Rolfe 2017, "Identify the ideal occupation"): the
//! sentences the mentee shares with their mentor, and how each stem compares with current
//! reality. The Ideal occupation tab's preview draws [`worksheet_paragraphs`]; the Markdown
//! export writes [`worksheet_markdown`].

use std::fmt::Write as _;

use crate::domain::{Journey, Marker, OriginKind};
use crate::method::{Stem, StemGroup, method};

use super::markdown::text::after;
use super::{escape_md, one_line};

/// One stem completed with the mentee's ideal ("I work with people who are curious").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// `worksheet.<stem>`.
    pub stem_key: String,
    /// The stem as printed on the worksheet ("I work with people who").
    pub stem: String,
    /// The ideal on one line, without closing punctuation; `None` while unanswered.
    pub answer: Option<String>,
}

impl Clause {
    /// The clause as text; an unanswered stem ends in "…".
    #[must_use]
    pub fn text(&self) -> String {
        format!("{} {}", self.stem, self.answer.as_deref().unwrap_or("…"))
    }
}

/// One group of the worksheet ("I'd like to work where …", "And, …") as one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The group's lead as printed ("I'd like to work where …").
    pub lead: String,
    pub clauses: Vec<Clause>,
}

impl Paragraph {
    /// The lead without its trailing ellipsis, to start the sentence ("And,").
    #[must_use]
    pub fn opening(&self) -> &str {
        self.lead.trim_end_matches('…').trim_end()
    }

    /// What ends the clause at `index`: ";" between clauses, "." after the last (none after
    /// an unanswered last clause, which already ends in "…").
    #[must_use]
    pub fn punctuation(&self, index: usize) -> &'static str {
        let last = index + 1 == self.clauses.len();
        match (
            last,
            self.clauses.get(index).and_then(|c| c.answer.as_ref()),
        ) {
            (false, _) => ";",
            (true, Some(_)) => ".",
            (true, None) => "",
        }
    }

    /// The sentence one clause a line: the opening with the first clause, then the rest.
    #[must_use]
    pub fn lines(&self) -> Vec<String> {
        self.clauses
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let text = format!("{}{}", c.text(), self.punctuation(i));
                if i == 0 {
                    format!("{} {text}", self.opening())
                } else {
                    text
                }
            })
            .collect()
    }
}

/// Strips what would clash with the clause's own punctuation ("teaching." → "teaching").
fn clause_answer(text: &str) -> Option<String> {
    let line = one_line(text);
    let trimmed = line.trim_end_matches(['.', ';', ',', ':']).trim_end();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// The worksheet's groups with their stems completed by the ideals. (In the shared-only
/// projection a private ideal is unanswered: the stem stays, as the sentence still reads
/// and its shape says nothing.)
#[must_use]
pub fn worksheet_paragraphs(journey: &Journey) -> Vec<Paragraph> {
    method()
        .worksheet
        .groups
        .iter()
        .map(|group| Paragraph {
            lead: group.lead.clone(),
            clauses: stems_of(group)
                .map(|s| {
                    let key = s.ideal_key();
                    Clause {
                        stem_key: s.key(),
                        stem: s.text.clone(),
                        answer: clause_answer(journey.answer_text(&key)),
                    }
                })
                .collect(),
        })
        .collect()
}

/// The worksheet as plain sentences: per group, its lead and the lines of its sentence.
#[must_use]
pub fn worksheet_sentences(journey: &Journey) -> Vec<(String, Vec<String>)> {
    worksheet_paragraphs(journey)
        .into_iter()
        .map(|p| {
            let lines = p.lines();
            (p.lead, lines)
        })
        .collect()
}

fn stems_of(group: &StemGroup) -> impl Iterator<Item = &'static Stem> {
    let id = group.id.clone();
    method()
        .worksheet
        .stems
        .iter()
        .filter(move |s| s.group == id)
}

/// How many stems carry each marker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MarkerCounts {
    pub working_well: usize,
    pub gap: usize,
    pub not_sure: usize,
    pub unmarked: usize,
}

/// Counts the markers over the worksheet's stems.
#[must_use]
pub fn marker_counts(journey: &Journey) -> MarkerCounts {
    let mut counts = MarkerCounts::default();
    for stem in &method().worksheet.stems {
        match journey.markers.get(&stem.key()) {
            Some(Marker::WorkingWell) => counts.working_well += 1,
            Some(Marker::Gap) => counts.gap += 1,
            Some(Marker::NotSure) => counts.not_sure += 1,
            None => counts.unmarked += 1,
        }
    }
    counts
}

/// The worksheet in Markdown, as a `##` section ending in one newline: the sentences, then
/// each stem that has been compared with current reality (reality, gap note, marker, goals
/// made from it). A shared export writes it from the shared-only projection.
#[must_use]
pub fn worksheet_markdown(journey: &Journey) -> String {
    let mut out = String::from("## Ideal occupation\n\n");
    for p in worksheet_paragraphs(journey) {
        let lines: Vec<String> = p
            .clauses
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let answer = c.answer.as_deref().map_or("…".to_string(), escape_md);
                let text = format!("{} {answer}{}", escape_md(&c.stem), p.punctuation(i));
                if i == 0 {
                    format!("{} {text}", escape_md(p.opening()))
                } else {
                    text
                }
            })
            .collect();
        let _ = writeln!(out, "{}\n", lines.join("\n"));
    }

    let mut compared = String::new();
    for stem in &method().worksheet.stems {
        let shown = |key: String| {
            let text = journey.answer_text(&key);
            (!text.trim().is_empty()).then(|| text.trim_end().to_string())
        };
        let ideal = shown(stem.ideal_key());
        let reality = shown(stem.reality_key());
        let gap = shown(stem.gap_key());
        let marker = journey.markers.get(&stem.key());
        let goals: Vec<String> = journey
            .goals_with_origin(OriginKind::Worksheet, &stem.key())
            .map(|g| one_line(&g.title))
            .collect();
        if reality.is_none() && gap.is_none() && marker.is_none() && goals.is_empty() {
            continue;
        }
        let _ = write!(compared, "- **{}**", escape_md(&stem.title));
        if let Some(m) = marker {
            let _ = write!(compared, " ({})", m.label());
        }
        compared.push('\n');
        for (label, text) in [("Ideal", ideal), ("Now", reality), ("Gap", gap)] {
            if let Some(text) = text {
                let lead = format!("  - {label}:");
                let _ = writeln!(compared, "{}", after(&lead, &text, "    "));
            }
        }
        for g in goals {
            let _ = writeln!(compared, "  - Goal: {}", escape_md(&g));
        }
    }
    if !compared.is_empty() {
        let c = marker_counts(journey);
        let _ = write!(
            out,
            "### Compared with current reality\n\n\
             Working well: {} · gaps: {} · not sure: {} · not marked: {}\n\n{compared}",
            c.working_well, c.gap, c.not_sure, c.unmarked
        );
    }
    // One section of a larger document: it ends with exactly one newline.
    let end = out.trim_end().len();
    out.truncate(end);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Clock, Goal, Origin, ProgressMode};

    fn journey() -> Journey {
        let mut j = Journey::default();
        let stamp = Clock::at_day(2026, 11, 22).stamp();
        j.put_answer(
            "worksheet.where.1.ideal",
            "data analysis\nand teaching.",
            stamp,
        );
        j.put_answer("worksheet.and.4.ideal", "are curious", stamp);
        j.put_answer("worksheet.and.4.reality", "keep to themselves", stamp);
        j.put_answer("worksheet.and.4.gap", "nobody shares", stamp);
        j.markers.insert("worksheet.and.4".into(), Marker::Gap);
        j
    }

    #[test]
    fn sentences_start_with_the_lead_and_mark_unanswered_stems() {
        let s = worksheet_sentences(&journey());
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].0, "I'd like to work where …");
        assert_eq!(
            s[0].1,
            [
                "I'd like to work where I am able to use my preferred knowledge, skills and experience of data analysis and teaching;",
                "in a field that matches my interests in …;",
                "so that I can contribute to the goals of my employer by …",
            ]
        );
        assert_eq!(
            s[1].1[0],
            "And, I am working toward my personal/career goals of …;"
        );
        assert_eq!(s[1].1[3], "I work with people who are curious;");
        assert_eq!(s[1].1.len(), 7);
    }

    #[test]
    fn a_private_ideal_reads_as_unanswered_in_the_shared_journey() {
        let mut j = journey();
        j.private_answers.insert("worksheet.and.4.ideal".into());
        j.private_answers.insert("worksheet.where.1.ideal".into());
        let shared = worksheet_sentences(&j.shared_only());
        assert_eq!(shared[1].1.len(), 7);
        assert_eq!(shared[1].1[3], "I work with people who …;");
        assert!(shared[0].1[0].starts_with("I'd like to work where I am able to use"));
        assert!(!shared[0].1[0].contains("data"));
        let own = worksheet_sentences(&j);
        assert!(own[1].1.iter().any(|l| l.contains("curious")));
    }

    #[test]
    fn markdown_has_the_sentences_and_the_comparison() {
        let mut j = journey();
        j.goals.push(Goal {
            id: 1,
            title: "Start a *reading* group".into(),
            progress_mode: ProgressMode::Manual,
            origin: Some(Origin {
                kind: OriginKind::Worksheet,
                key: "worksheet.and.4".into(),
            }),
            created_at: Clock::at_day(2026, 11, 22).now(),
            ..Goal::default()
        });
        let md = worksheet_markdown(&j);
        assert!(md.starts_with("## Ideal occupation\n\nI'd like to work where I am able"));
        assert!(md.contains("\nAnd, I am working toward"));
        assert!(md.contains("Working well: 0 · gaps: 1 · not sure: 0 · not marked: 9"));
        assert!(md.contains("- **People** (gap)\n  - Ideal: are curious\n  - Now: keep to themselves\n  - Gap: nobody shares\n  - Goal: Start a \\*reading\\* group"));
        assert!(md.ends_with("group\n"), "{md}");

        j.private_answers.insert("worksheet.and.4.gap".into());
        j.goals[0].private = true;
        let shared = worksheet_markdown(&j.shared_only());
        assert!(!shared.contains("nobody shares"));
        assert!(!shared.contains("reading"));
        assert!(shared.contains("  - Now: keep to themselves"));
    }

    #[test]
    fn an_empty_worksheet_is_the_bare_worksheet() {
        let md = worksheet_markdown(&Journey::default());
        assert!(md.contains("skills and experience of …;"));
        assert!(!md.contains("Compared"));
        assert_eq!(marker_counts(&Journey::default()).unmarked, 10);
    }
}
