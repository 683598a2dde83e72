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

use std::collections::HashMap;
use std::fmt;

use crate::domain::{
    ActionItem, FieldKey, Goal, Id, Journey, Meeting, Mentor, Milestone, Question, Review, Stamp,
    Value,
};
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

    fn parts(&self) -> [(usize, &'static str, &'static str); 11] {
        [
            (self.mentors, "mentor", "mentors"),
            (self.meetings, "meeting", "meetings"),
            (self.goals, "goal", "goals"),
            (self.milestones, "milestone", "milestones"),
            (self.reviews, "review", "reviews"),
            (self.actions, "action item", "action items"),
            (self.questions, "question", "questions"),
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
            .map(|(n, one, many)| format!("{n} {}", if *n == 1 { one } else { many }))
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
        && j.questions.is_empty())
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
        merge_into(s, &have, journey, stamp)
    })
}

fn copy_exactly(
    s: &Store,
    have: &Journey,
    j: &Journey,
    stamp: Stamp,
) -> Result<Summary, ImportError> {
    // Parents before what refers to them: the schema checks references on every insert.
    for m in &j.mentors {
        s.insert_mentor(m)?;
    }
    for m in &j.meetings {
        s.insert_meeting(m)?;
    }
    for g in &j.goals {
        s.insert_goal(g)?;
    }
    for m in &j.milestones {
        s.insert_milestone(m)?;
    }
    for r in &j.reviews {
        s.insert_review(r)?;
    }
    for a in &j.actions {
        s.insert_action(a)?;
    }
    for q in &j.questions {
        s.insert_question(q)?;
    }
    write_keyed(s, j, stamp)?;
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

/// Answers, private marks, markers and settings of `j`, all of them.
fn write_keyed(s: &Store, j: &Journey, stamp: Stamp) -> rusqlite::Result<()> {
    for v in j.answers.values().flatten() {
        s.put_answer(v)?;
    }
    for k in &j.private_answers {
        s.update(
            &FieldKey::AnswerPrivate(k.clone()),
            &Value::Bool(true),
            stamp,
        )?;
    }
    for (k, m) in &j.markers {
        s.update(
            &FieldKey::Marker(k.clone()),
            &Value::Choice(Some(m.code())),
            stamp,
        )?;
    }
    for (k, v) in &j.settings {
        s.update(
            &FieldKey::Setting(k.clone()),
            &Value::Text(v.clone()),
            stamp,
        )?;
    }
    Ok(())
}

/// Records with an id, so one matcher serves every kind.
trait Row: Clone + PartialEq {
    fn id(&self) -> Id;
    fn set_id(&mut self, id: Id);
}

macro_rules! row {
    ($($t:ty),+) => {$(
        impl Row for $t {
            fn id(&self) -> Id { self.id }
            fn set_id(&mut self, id: Id) { self.id = id; }
        }
    )+};
}
row!(
    Mentor, Meeting, Goal, Milestone, Review, ActionItem, Question
);

/// The database's records of one kind, each of which can match one record of the file.
struct Claims<'a, T> {
    have: &'a [T],
    claimed: Vec<bool>,
}

impl<'a, T: Row> Claims<'a, T> {
    fn new(have: &'a [T]) -> Self {
        Self {
            have,
            claimed: vec![false; have.len()],
        }
    }

    /// The id of an unclaimed database record equal to `rec` apart from its id.
    fn claim(&mut self, rec: &T) -> Option<Id> {
        let mut probe = rec.clone();
        for (i, d) in self.have.iter().enumerate() {
            if self.claimed[i] {
                continue;
            }
            probe.set_id(d.id());
            if probe == *d {
                self.claimed[i] = true;
                return Some(d.id());
            }
        }
        None
    }

    /// Finds `rec` in the database, or inserts it with a new id. Returns the id it has there.
    fn place(
        &mut self,
        mut rec: T,
        counts: (&mut usize, &mut usize),
        insert: impl FnOnce(&T) -> rusqlite::Result<Id>,
    ) -> rusqlite::Result<Id> {
        let (added, already) = counts;
        if let Some(id) = self.claim(&rec) {
            *already += 1;
            return Ok(id);
        }
        rec.set_id(0);
        *added += 1;
        insert(&rec)
    }
}

/// File id → database id, per kind.
type IdMap = HashMap<Id, Id>;

fn map(ids: &IdMap, id: Option<Id>) -> Option<Id> {
    id.and_then(|i| ids.get(&i).copied())
}

/// The id a checked reference maps to (checked files never miss; 0 would fail the insert).
fn map_one(ids: &IdMap, id: Id) -> Id {
    ids.get(&id).copied().unwrap_or(0)
}

fn merge_into(
    s: &Store,
    have: &Journey,
    file: &Journey,
    stamp: Stamp,
) -> Result<Summary, ImportError> {
    let mut sum = Summary {
        merged: true,
        ..Summary::default()
    };
    let (add, already) = (&mut sum.added, &mut sum.already);

    let mut mentors = IdMap::new();
    let mut claims = Claims::new(&have.mentors);
    for m in &file.mentors {
        let id = claims.place(m.clone(), (&mut add.mentors, &mut already.mentors), |r| {
            s.insert_mentor(r)
        })?;
        mentors.insert(m.id, id);
    }

    let mut meetings = IdMap::new();
    let mut claims = Claims::new(&have.meetings);
    for m in &file.meetings {
        let rec = Meeting {
            mentor_id: map(&mentors, m.mentor_id),
            ..m.clone()
        };
        let id = claims.place(rec, (&mut add.meetings, &mut already.meetings), |r| {
            s.insert_meeting(r)
        })?;
        meetings.insert(m.id, id);
    }

    let mut goals = IdMap::new();
    let mut claims = Claims::new(&have.goals);
    for g in &file.goals {
        let rec = Goal {
            mentor_id: map(&mentors, g.mentor_id),
            ..g.clone()
        };
        let id = claims.place(rec, (&mut add.goals, &mut already.goals), |r| {
            s.insert_goal(r)
        })?;
        goals.insert(g.id, id);
    }

    let mut claims = Claims::new(&have.milestones);
    for m in &file.milestones {
        let rec = Milestone {
            goal_id: map_one(&goals, m.goal_id),
            ..m.clone()
        };
        claims.place(rec, (&mut add.milestones, &mut already.milestones), |r| {
            s.insert_milestone(r)
        })?;
    }

    let mut claims = Claims::new(&have.reviews);
    for r in &file.reviews {
        let rec = Review {
            goal_id: map_one(&goals, r.goal_id),
            meeting_id: map(&meetings, r.meeting_id),
            ..r.clone()
        };
        claims.place(rec, (&mut add.reviews, &mut already.reviews), |r| {
            s.insert_review(r)
        })?;
    }

    let mut claims = Claims::new(&have.actions);
    for a in &file.actions {
        let rec = ActionItem {
            meeting_id: map(&meetings, a.meeting_id),
            goal_id: map(&goals, a.goal_id),
            ..a.clone()
        };
        claims.place(rec, (&mut add.actions, &mut already.actions), |r| {
            s.insert_action(r)
        })?;
    }

    let mut claims = Claims::new(&have.questions);
    for q in &file.questions {
        let rec = Question {
            meeting_id: map(&meetings, q.meeting_id),
            ..q.clone()
        };
        claims.place(rec, (&mut add.questions, &mut already.questions), |r| {
            s.insert_question(r)
        })?;
    }

    merge_keyed(s, have, file, &mut sum, stamp)?;
    Ok(sum)
}

/// Answers by key and day, private marks, markers and settings by key.
fn merge_keyed(
    s: &Store,
    have: &Journey,
    file: &Journey,
    sum: &mut Summary,
    stamp: Stamp,
) -> rusqlite::Result<()> {
    for v in file.answers.values().flatten() {
        let existing = have
            .answers
            .get(&v.key)
            .and_then(|vs| vs.iter().find(|h| h.day == v.day));
        match existing {
            Some(h) if h.text == v.text => sum.already.answers += 1,
            Some(_) => sum.kept.answers += 1,
            None => {
                s.put_answer(v)?;
                sum.added.answers += 1;
            }
        }
    }
    for k in &file.private_answers {
        if have.private_answers.contains(k) {
            sum.already.private_answers += 1;
        } else {
            s.update(
                &FieldKey::AnswerPrivate(k.clone()),
                &Value::Bool(true),
                stamp,
            )?;
            sum.added.private_answers += 1;
        }
    }
    for (k, m) in &file.markers {
        match have.markers.get(k) {
            Some(h) if h == m => sum.already.markers += 1,
            Some(_) => sum.kept.markers += 1,
            None => {
                s.update(
                    &FieldKey::Marker(k.clone()),
                    &Value::Choice(Some(m.code())),
                    stamp,
                )?;
                sum.added.markers += 1;
            }
        }
    }
    for (k, v) in &file.settings {
        match have.settings.get(k) {
            Some(h) if h == v => sum.already.settings += 1,
            Some(_) => sum.kept.settings += 1,
            None => {
                s.update(
                    &FieldKey::Setting(k.clone()),
                    &Value::Text(v.clone()),
                    stamp,
                )?;
                sum.added.settings += 1;
            }
        }
    }
    Ok(())
}
