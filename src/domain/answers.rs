//! Which dated answers changed since a meeting: the Conversation tab's changes view and the
//! agenda ask the same question, so they share this plain function.

use super::journey::Journey;
use super::records::{AnswerVersion, Meeting};

/// What the answers are compared with.
#[derive(Clone, Copy, Debug)]
pub enum Since<'a> {
    /// The answer as it stood when this meeting began.
    Meeting(&'a Meeting),
    /// No meeting yet: each answer's previous version.
    PreviousVersion,
}

/// One answer that changed.
#[derive(Clone, Copy, Debug)]
pub struct AnswerChange<'a> {
    /// Its key (`conversation.…`, `worksheet.…`).
    pub key: &'a str,
    /// The version compared with; `None` when there was no answer then.
    pub before: Option<&'a AnswerVersion>,
    pub now: &'a AnswerVersion,
}

/// The answers among `keys` whose text now differs from what it was at `since`, in the
/// order of `keys`. On the shared screen `j` is the shared-only journey, without private
/// answers.
#[must_use]
pub fn changed_answers<'a, 'k>(
    j: &'a Journey,
    keys: impl IntoIterator<Item = &'k str>,
    since: Since<'_>,
) -> Vec<AnswerChange<'a>> {
    let mut out = Vec::new();
    for key in keys {
        let Some((key, versions)) = j.answers.get_key_value(key) else {
            continue;
        };
        let Some(now) = versions.last() else {
            continue;
        };
        let before = match since {
            Since::Meeting(m) => versions.iter().rev().find(|v| v.saved_at <= m.starts_at),
            Since::PreviousVersion => versions.len().checked_sub(2).map(|k| &versions[k]),
        };
        if before.map_or("", |v| v.text.as_str()) != now.text {
            out.push(AnswerChange {
                key: key.as_str(),
                before,
                now,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Clock;
    use chrono::{Duration, NaiveDate};

    fn meeting_at(clock: &Clock) -> Meeting {
        Meeting {
            id: 1,
            starts_at: clock.now(),
            created_at: clock.now(),
            ..Meeting::default()
        }
    }

    #[test]
    fn changed_since_a_meeting_or_the_previous_version() {
        let mut clock = Clock::at_day(2026, 11, 1);
        let mut j = Journey::default();
        j.put_answer("a", "before", clock.stamp());
        j.put_answer("b", "same", clock.stamp());
        j.put_answer("p", "private before", clock.stamp());
        j.private_answers.insert("p".into());
        clock.set(clock.now() + Duration::days(2));
        let m = meeting_at(&clock);
        clock.set(clock.now() + Duration::days(3));
        j.put_answer("a", "after", clock.stamp());
        j.put_answer("p", "private after", clock.stamp());
        j.put_answer("c", "new", clock.stamp());
        let keys = ["a", "b", "c", "p", "missing"];
        let found = changed_answers(&j, keys, Since::Meeting(&m));
        let changed: Vec<&str> = found.iter().map(|c| c.key).collect();
        assert_eq!(changed, ["a", "c", "p"]);
        assert_eq!(
            found[0].before.map(|v| v.day),
            NaiveDate::from_ymd_opt(2026, 11, 1)
        );
        assert!(found[1].before.is_none(), "no answer at the meeting");
        let projected = j.shared_only();
        let shared = changed_answers(&projected, keys, Since::Meeting(&m));
        assert_eq!(shared.iter().map(|c| c.key).collect::<Vec<_>>(), ["a", "c"]);
        // Before any meeting: against the previous version; a first answer is all new.
        let previous = changed_answers(&j, keys, Since::PreviousVersion);
        assert_eq!(
            previous.iter().map(|c| c.key).collect::<Vec<_>>(),
            ["a", "b", "c", "p"]
        );
    }
}
