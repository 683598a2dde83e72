//! Bringing a checked export (see [`crate::export::json::read`]) into a database, in one
//! transaction: exactly, ids and all, into an empty database; or merged into one that
//! already holds a journey, adding only what it does not have yet.
//!
//! Merging: a record is "already there" when the database holds one equal to it in every
//! field except its id, with its references (mentor, goal, meeting) pointing at the records
//! they pointed at in the file. Records are matched parents first (mentors, meetings, goals,
//! then what hangs off them), each database record matching at most one record of the file,
//! so a goal's milestones are compared with the milestones of the goal it matched. Added
//! records get new ids, and whatever points at them follows. Answers are matched by key and
//! day, markers and settings by key; where the database already has a different text for
//! the same answer day, marker or setting, the database's is kept and counted as such.

mod merge;

use std::fmt;

use crate::domain::text::count;
use crate::domain::{Journey, Stamp};
use crate::store::Store;

/// Why an import was refused or failed. The database is unchanged in every case.
#[derive(Debug)]
pub enum ImportError {
    /// The database already holds a journey and merging was not asked for.
    NotEmpty,
    /// SQLite refused a write.
    Store(rusqlite::Error),
    /// The stored result would differ from the file (a safety net; never expected).
    Mismatch,
}

impl From<rusqlite::Error> for ImportError {
    fn from(e: rusqlite::Error) -> Self {
        ImportError::Store(e)
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotEmpty => write!(
                f,
                "the database already holds a journey; use --merge to add the file's records to it"
            ),
            ImportError::Store(e) => {
                write!(f, "{}", crate::store::write_error_message(e))
            }
            ImportError::Mismatch => write!(
                f,
                "the stored journey would not match the file (please report this)"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// How many records of each kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub mentors: usize,
    pub meetings: usize,
    pub goals: usize,
    pub milestones: usize,
    pub reviews: usize,
    pub actions: usize,
    pub questions: usize,
    pub agenda_items: usize,
    /// Dated answer versions.
    pub answers: usize,
    /// Answers marked private.
    pub private_answers: usize,
    pub markers: usize,
    pub settings: usize,
}

impl Counts {
    /// Every record of a journey.
    #[must_use]
    pub fn of(j: &Journey) -> Self {
        Self {
            mentors: j.mentors.len(),
            meetings: j.meetings.len(),
            goals: j.goals.len(),
            milestones: j.milestones.len(),
            reviews: j.reviews.len(),
            actions: j.actions.len(),
            questions: j.questions.len(),
            agenda_items: j.agenda_items.len(),
            answers: j.answers.values().map(Vec::len).sum(),
            private_answers: j.private_answers.len(),
            markers: j.markers.len(),
            settings: j.settings.len(),
        }
    }

    #[must_use]
    pub fn total(&self) -> usize {
        self.parts().iter().map(|(n, ..)| n).sum()
    }

    fn parts(&self) -> [(usize, &'static str, &'static str); 12] {
        [
            (self.mentors, "mentor", "mentors"),
            (self.meetings, "meeting", "meetings"),
            (self.goals, "goal", "goals"),
            (self.milestones, "milestone", "milestones"),
            (self.reviews, "review", "reviews"),
            (self.actions, "action item", "action items"),
            (self.questions, "question", "questions"),
            (self.agenda_items, "agenda item", "agenda items"),
            (self.answers, "answer version", "answer versions"),
            (self.private_answers, "private mark", "private marks"),
            (self.markers, "worksheet marker", "worksheet markers"),
            (self.settings, "setting", "settings"),
        ]
    }
}

/// "2 mentors, 1 goal, 3 answer versions" (kinds with none left out), or "nothing".
impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self
            .parts()
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|(n, one, many)| count(*n, one, many))
            .collect();
        if parts.is_empty() {
            f.write_str("nothing")
        } else {
            f.write_str(&parts.join(", "))
        }
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// True when the file was merged into a journey rather than copied into an empty database.
    pub merged: bool,
    pub added: Counts,
    /// Records of the file the database already held.
    pub already: Counts,
    /// Answer days, markers and settings where the database's differing value was kept.
    pub kept: Counts,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.merged {
            return write!(f, "{}", self.added);
        }
        write!(f, "added {}", self.added)?;
        if self.already.total() > 0 {
            write!(f, "; already there: {}", self.already)?;
        }
        if self.kept.total() > 0 {
            write!(
                f,
                "; kept the database's own version of {} that differ in the file",
                self.kept
            )?;
        }
        Ok(())
    }
}

/// True when the journey holds any record. Settings alone do not count: they are
/// preferences, not a journey.
#[must_use]
pub fn holds_records(j: &Journey) -> bool {
    !(j.mentors.is_empty()
        && j.answers.is_empty()
        && j.private_answers.is_empty()
        && j.markers.is_empty()
        && j.goals.is_empty()
        && j.milestones.is_empty()
        && j.reviews.is_empty()
        && j.meetings.is_empty()
        && j.actions.is_empty()
        && j.questions.is_empty()
        && j.agenda_items.is_empty())
}

/// Imports a checked journey in one transaction. Into a database without records it is
/// copied exactly (ids, dates, everything; the file's settings win); otherwise `merge`
/// must be set, and only what the database does not hold yet is added.
///
/// # Errors
/// [`ImportError::NotEmpty`] without `merge` on a database that holds records; a failed
/// write. Nothing is changed in either case.
pub fn import(
    store: &Store,
    journey: &Journey,
    merge: bool,
    stamp: Stamp,
) -> Result<Summary, ImportError> {
    store.atomically_with(|s| {
        let have = s.load()?;
        if !holds_records(&have) {
            return copy_exactly(s, &have, journey, stamp);
        }
        if !merge {
            return Err(ImportError::NotEmpty);
        }
        merge::merge_into(s, &have, journey, stamp)
    })
}

fn copy_exactly(
    s: &Store,
    have: &Journey,
    j: &Journey,
    stamp: Stamp,
) -> Result<Summary, ImportError> {
    s.insert_journey(j, stamp)?;
    let mut expected = j.clone();
    expected.settings = have.settings.clone();
    expected.settings.extend(j.settings.clone());
    if s.load()? != expected {
        return Err(ImportError::Mismatch);
    }
    Ok(Summary {
        merged: false,
        added: Counts::of(j),
        ..Summary::default()
    })
}
