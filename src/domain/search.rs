//! Finding a typed query in the user's texts: case-insensitive and Unicode-aware, reporting
//! where each match is in the original text so it can be highlighted.
//!
//! Plain functions without rendering, so every search (the journal's `/`, and later a search
//! across all tabs) matches the same way. Searching records lives here too, one function
//! per kind of record.

use std::ops::Range;

use chrono::{DateTime, Utc};

use super::journey::Journey;
use super::meetings::{actions_of, journal_order};
use super::records::Id;

/// Byte ranges of `text` where `query` occurs, left to right, not overlapping.
///
/// Case is ignored by comparing the full lowercase forms (so `STRASSE` finds `strasse`,
/// `Ärger` finds `ärger`, and CJK and emoji match exactly). Surrounding whitespace of the
/// query is ignored; an empty query matches nothing. Each range starts and ends on a
/// character boundary of `text`.
#[must_use]
pub fn find_matches(text: &str, query: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = query.trim().chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() || text.is_empty() {
        return Vec::new();
    }
    // The lowercase text, each char with the byte range of the original char it came from
    // (one original char may lowercase to several).
    let folded: Vec<(char, usize, usize)> = text
        .char_indices()
        .flat_map(|(i, c)| {
            let end = i + c.len_utf8();
            c.to_lowercase().map(move |l| (l, i, end))
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= folded.len() {
        let window = &folded[i..i + needle.len()];
        // A match must begin at the start of an original char, not inside its expansion.
        let starts_clean = i == 0 || folded[i - 1].1 != folded[i].1;
        if starts_clean && window.iter().map(|f| f.0).eq(needle.iter().copied()) {
            let start = window[0].1;
            let end = window[needle.len() - 1].2;
            out.push(start..end);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Whether `query` occurs in `text` (see [`find_matches`]).
#[must_use]
pub fn contains(text: &str, query: &str) -> bool {
    !find_matches(text, query).is_empty()
}

/// Where in a meeting a query matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingPart {
    Agenda,
    Notes,
    Reflection,
    /// The text of one of the meeting's action items.
    Action(Id),
}

impl MeetingPart {
    /// How the part is named in results.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            MeetingPart::Agenda => "agenda",
            MeetingPart::Notes => "notes",
            MeetingPart::Reflection => "reflection",
            MeetingPart::Action(_) => "action",
        }
    }
}

/// The matches of a query in one part of one meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingMatch<'a> {
    pub meeting_id: Id,
    pub part: MeetingPart,
    /// The whole text of that part.
    pub text: &'a str,
    /// Byte ranges of `text` that match.
    pub ranges: Vec<Range<usize>>,
}

/// Searches the agenda, notes, reflection and action items of every meeting, in the
/// journal's order (upcoming soonest first, then past newest first), each meeting's parts
/// in the order above. With `include_private` false (shared screen), private meetings and
/// private sections are not searched at all.
#[must_use]
pub fn search_meetings<'a>(
    j: &'a Journey,
    query: &str,
    now: DateTime<Utc>,
    include_private: bool,
) -> Vec<MeetingMatch<'a>> {
    let mut out = Vec::new();
    if query.trim().is_empty() {
        return out;
    }
    let (upcoming, past) = journal_order(&j.meetings, now);
    for m in upcoming.into_iter().chain(past) {
        if m.private && !include_private {
            continue;
        }
        let sections = [
            (MeetingPart::Agenda, m.agenda.as_str(), m.agenda_private),
            (MeetingPart::Notes, m.notes.as_str(), m.notes_private),
            (
                MeetingPart::Reflection,
                m.reflection.as_str(),
                m.reflection_private,
            ),
        ];
        let actions = actions_of(j, m.id)
            .into_iter()
            .map(|a| (MeetingPart::Action(a.id), a.text.as_str(), false));
        for (part, text, private) in sections.into_iter().chain(actions) {
            if private && !include_private {
                continue;
            }
            let ranges = find_matches(text, query);
            if !ranges.is_empty() {
                out.push(MeetingMatch {
                    meeting_id: m.id,
                    part,
                    text,
                    ranges,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ActionItem, Meeting, Owner};

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_matches(text, query)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn ignores_case_and_reports_every_match() {
        assert_eq!(found("CV draft, then the cv again", "cv"), vec!["CV", "cv"]);
        assert_eq!(found("aaaa", "aa"), vec!["aa", "aa"]);
        assert_eq!(found("nothing here", "cv"), Vec::<&str>::new());
    }

    #[test]
    fn unicode_text_matches_on_char_boundaries() {
        assert_eq!(found("Über ÄRGER reden", "ärger"), vec!["ÄRGER"]);
        assert_eq!(found("指導について話した", "指導"), vec!["指導"]);
        assert_eq!(found("party 🎉 time", "🎉"), vec!["🎉"]);
        assert_eq!(found("ΣΟΦΙΑ", "σοφια"), vec!["ΣΟΦΙΑ"]);
        // 'İ' lowercases to two chars; the match still covers whole original chars.
        assert_eq!(found("İstanbul", "i̇stanbul"), vec!["İstanbul"]);
        assert_eq!(found("İstanbul", "stan"), vec!["stan"]);
    }

    #[test]
    fn blank_queries_match_nothing() {
        assert!(find_matches("text", "").is_empty());
        assert!(find_matches("text", "   ").is_empty());
        assert!(find_matches("", "a").is_empty());
        assert_eq!(found("a CV b", " cv "), vec!["CV"]);
    }

    #[test]
    fn meetings_are_searched_in_journal_order_and_private_parts_can_be_left_out() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
            .and_utc();
        let day = |d: i64| now + chrono::Duration::days(d);
        let meeting = |id, at, notes: &str| Meeting {
            id,
            mentor_id: None,
            starts_at: at,
            mode: None,
            duration_minutes: None,
            place: String::new(),
            agenda: String::new(),
            notes: notes.to_string(),
            reflection: String::new(),
            private: false,
            agenda_private: false,
            notes_private: false,
            reflection_private: false,
            created_at: at,
        };
        let mut j = Journey::default();
        j.meetings.push(meeting(1, day(-30), "old CV notes"));
        j.meetings.push(meeting(2, day(-2), "recent cv talk"));
        j.meetings.push(meeting(3, day(5), ""));
        j.meetings[2].agenda = "bring the CV".into();
        j.meetings[1].reflection = "cv cv".into();
        j.meetings[1].reflection_private = true;
        j.actions.push(ActionItem {
            id: 9,
            meeting_id: Some(1),
            text: "Send the CV".into(),
            owner: Owner::Me,
            due_date: None,
            done: false,
            done_on: None,
            goal_id: None,
            position: 0,
        });
        let found: Vec<(Id, MeetingPart, usize)> = search_meetings(&j, "Cv", now, true)
            .iter()
            .map(|m| (m.meeting_id, m.part, m.ranges.len()))
            .collect();
        assert_eq!(
            found,
            vec![
                (3, MeetingPart::Agenda, 1),
                (2, MeetingPart::Notes, 1),
                (2, MeetingPart::Reflection, 2),
                (1, MeetingPart::Notes, 1),
                (1, MeetingPart::Action(9), 1),
            ]
        );
        j.meetings[0].private = true;
        let shared: Vec<(Id, MeetingPart)> = search_meetings(&j, "cv", now, false)
            .iter()
            .map(|m| (m.meeting_id, m.part))
            .collect();
        assert_eq!(
            shared,
            vec![(3, MeetingPart::Agenda), (2, MeetingPart::Notes)]
        );
        assert!(search_meetings(&j, "  ", now, true).is_empty());
    }
}
