//! Reading the whole journey into memory.

use rusqlite::Row;
use rusqlite::types::{FromSqlError, Type};

use crate::domain::Id;
use crate::domain::passes::Records;

use super::Store;
use super::sql::{
    channels_from_sql, choice_from_sql, choice_from_str, date_from_sql, date_from_str,
    day_from_sql, instant_from_sql, percent_from_sql,
};
use crate::domain::{
    ActionItem, AgendaItem, Agreement, AnswerVersion, Cadence, Channel, Goal, GoalStatus, Journey,
    Marker, Meeting, Mentor, Milestone, Origin, OriginKind, Owner, ProgressMode, Question, Review,
    Structure, Topic,
};

/// The columns of a table's records, with an SQL condition (`""` for every row).
macro_rules! select {
    (goals $($cond:tt)*) => {
        concat!(
            "SELECT id, title, why, evidence, competency, mentor_id, target_date, status,
                progress, progress_mode, private, origin_kind, origin_key, position, created_at
            FROM goal",
            $($cond)*,
            " ORDER BY id"
        )
    };
    // What the first frame shows of the goals: all but the texts under the title.
    (goals_titles $($cond:tt)*) => {
        concat!(
            "SELECT id, title, '', '', '', mentor_id, target_date, status,
                progress, progress_mode, private, origin_kind, origin_key, position, created_at
            FROM goal",
            $($cond)*,
            " ORDER BY id"
        )
    };
    (meetings $($cond:tt)*) => {
        concat!(
            "SELECT id, mentor_id, starts_at, mode, duration_minutes, place, agenda, notes,
                reflection, private, agenda_private, notes_private, reflection_private, created_at
            FROM meeting",
            $($cond)*,
            " ORDER BY id"
        )
    };
    // What the first frame shows of the meetings: when, with whom, how, and whether the
    // reflection is written (the Overview asks for it after a meeting), not what was said.
    (meetings_dated $($cond:tt)*) => {
        concat!(
            "SELECT id, mentor_id, starts_at, mode, duration_minutes, '', '', '',
                reflection, private, agenda_private, notes_private, reflection_private, created_at
            FROM meeting",
            $($cond)*,
            " ORDER BY id"
        )
    };
    (milestones $($cond:tt)*) => {
        concat!(
            "SELECT id, goal_id, text, due_date, done, done_on, position FROM milestone",
            $($cond)*,
            " ORDER BY id"
        )
    };
    (reviews $($cond:tt)*) => {
        concat!(
            "SELECT id, goal_id, day, progress, note, private, meeting_id, created_at FROM review",
            $($cond)*,
            " ORDER BY id"
        )
    };
    (answers $($cond:tt)*) => {
        concat!(
            "SELECT key, day, text, saved_at FROM answer_version",
            $($cond)*,
            " ORDER BY key, day"
        )
    };
    (actions $($cond:tt)*) => {
        concat!(
            "SELECT id, meeting_id, text, owner, due_date, done, done_on, goal_id, position FROM action_item",
            $($cond)*,
            " ORDER BY id"
        )
    };
}

/// Of the goals that are neither done nor dropped (`?1`, `?2`: those two codes).
macro_rules! of_open_goals {
    () => {
        " WHERE goal_id IN (SELECT id FROM goal WHERE status NOT IN (?1, ?2))"
    };
}

/// The latest review (by day, then id: `domain::goals::last_review`) of each goal that is
/// neither done nor dropped, found through the `review_goal` index.
macro_rules! last_of_open_goals {
    () => {
        " WHERE id IN (SELECT (SELECT s.id FROM review s WHERE s.goal_id = g.id
            ORDER BY s.day DESC, s.id DESC LIMIT 1) FROM goal g WHERE g.status NOT IN (?1, ?2))"
    };
}

/// Which milestones, reviews and action items a read of the journey takes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// All of them.
    All,
    /// The action items only: the milestones and reviews come from another connection.
    ActionsOnly,
    /// What the first frame (Overview) shows of them: the milestones and the last review
    /// of the goals still open, and the open action items (see [`Store::load_first`]).
    FirstFrame,
}

/// The records the first frame did without, and the lists it read only in part (the
/// goals' and meetings' texts it does not show), all of them, read on a second connection
/// while it is drawn (see [`Store::load_first`]).
pub struct Later {
    answers: Answers,
    goals: Vec<Goal>,
    milestones: Vec<Milestone>,
    reviews: Vec<Review>,
    meetings: Vec<Meeting>,
    actions: Vec<ActionItem>,
}

/// What the first frame shows of the answers (the newest version of each), the meetings and
/// the open action items (see [`Store::first_share`]).
pub(super) struct FirstShare {
    answers: Answers,
    meetings: Vec<Meeting>,
    actions: Vec<ActionItem>,
}

impl FirstShare {
    /// Puts the answers, meetings and action items into a journey read without them.
    pub(super) fn fill(self, j: &mut Journey) {
        j.answers = self.answers;
        j.meetings = self.meetings.into();
        j.actions = self.actions.into();
    }
}

/// Every version of every answer, by key, oldest first.
type Answers = std::collections::BTreeMap<String, Vec<AnswerVersion>>;

impl Later {
    /// The journey read by [`Store::load_first`] made whole: equal to [`Store::load`]'s.
    pub fn complete(self, j: &mut Journey) {
        j.answers = self.answers;
        j.goals = self.goals.into();
        j.milestones = self.milestones.into();
        j.reviews = self.reviews.into();
        j.meetings = self.meetings.into();
        j.actions = self.actions.into();
    }
}

impl Store {
    /// Loads every record. Order: by id, except answers (by key, then day).
    ///
    /// # Errors
    /// If a query fails or a stored value cannot be read back (a damaged file).
    pub fn load(&self) -> rusqlite::Result<Journey> {
        let (milestones, reviews) = self.goal_records()?;
        self.load_with(Part::All, milestones, reviews)
    }

    /// [`Store::load`] on two connections at once: the milestones and reviews (about half
    /// the rows of a long journey) through `other`, on a thread of their own, the rest
    /// through this one. Both must read the same file with no writer meanwhile (at start,
    /// under the mentee lock, before the writer opens).
    ///
    /// # Errors
    /// As [`Store::load`].
    pub(super) fn load_on_two(&self, other: Store) -> rusqlite::Result<Journey> {
        std::thread::scope(|scope| {
            let theirs = scope.spawn(move || other.goal_records());
            let rest = self.load_with(Part::ActionsOnly, Vec::new(), Vec::new());
            let (milestones, reviews) = theirs
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            let mut j = rest?;
            j.milestones = milestones.into();
            j.reviews = reviews.into();
            Ok(j)
        })
    }

    /// The journey as far as the first frame (Overview) needs it: of the answers only the
    /// newest version of each; of the goals' milestones and reviews those of goals still
    /// open, and of their reviews only the last; of the action items the open ones; of the
    /// goals and meetings what the Overview shows (not the texts under a goal's title, nor
    /// a meeting's place, agenda and notes) — the history, the closed goals and items and
    /// the long texts, most of a long journey, are not on that screen. Every other record
    /// is read whole. [`Store::load_later`] reads those lists again, whole, and
    /// [`Later::complete`] makes this journey equal to [`Store::load`]'s; until then it
    /// must only be drawn on the Overview (a test compares that frame with the whole
    /// journey's, for random journeys).
    ///
    /// # Errors
    /// As [`Store::load`].
    pub fn load_first(&self) -> rusqlite::Result<Journey> {
        self.load_with(Part::FirstFrame, Vec::new(), Vec::new())
    }

    /// Every answer version, goal, milestone, review, meeting and action item: what
    /// [`Store::load_first`] left out, and the rest of those lists again (they are
    /// replaced whole).
    ///
    /// # Errors
    /// As [`Store::load`].
    pub fn load_later(&self) -> rusqlite::Result<Later> {
        let (milestones, reviews) = self.goal_records()?;
        Ok(Later {
            answers: self.answers(select!(answers ""))?,
            goals: self.rows(select!(goals ""), goal)?,
            milestones,
            reviews,
            meetings: self.rows(select!(meetings ""), meeting)?,
            actions: self.rows(select!(actions ""), action)?,
        })
    }

    /// Every milestone and review, by id.
    fn goal_records(&self) -> rusqlite::Result<(Vec<Milestone>, Vec<Review>)> {
        Ok((
            self.rows(select!(milestones ""), milestone)?,
            self.rows(select!(reviews ""), review)?,
        ))
    }

    /// The milestones and the last review of the goals that are neither done nor dropped
    /// (see `domain::goals::is_open`), by id.
    fn open_goal_records(&self) -> rusqlite::Result<(Vec<Milestone>, Vec<Review>)> {
        let closed = [GoalStatus::Done.code(), GoalStatus::Dropped.code()];
        Ok((
            self.rows_with(select!(milestones of_open_goals!()), closed, milestone)?,
            self.rows_with(select!(reviews last_of_open_goals!()), closed, review)?,
        ))
    }

    /// The journey with these milestones and reviews (`part` says which are read here),
    /// the rest read through this connection.
    fn load_with(
        &self,
        part: Part,
        milestones: Vec<Milestone>,
        reviews: Vec<Review>,
    ) -> rusqlite::Result<Journey> {
        let mut j = self.without_share(part, milestones, reviews)?;
        if part == Part::FirstFrame {
            self.first_share()?.fill(&mut j);
        } else {
            j.meetings = self.rows(select!(meetings ""), meeting)?.into();
            j.actions = self.rows(select!(actions ""), action)?.into();
        }
        Ok(j)
    }

    /// The answers, meetings and action items of the first frame ([`Store::load_first`]): at start
    /// another connection reads them, on a thread of its own, while this one reads the rest
    /// of that frame ([`Store::first_without_share`]).
    pub(super) fn first_share(&self) -> rusqlite::Result<FirstShare> {
        Ok(FirstShare {
            // The newest of each key, found in the (key, day) index.
            answers: self.answers(select!(answers " WHERE (key, day) IN (SELECT key, max(day) FROM answer_version GROUP BY key)"))?,
            meetings: self.rows(select!(meetings_dated ""), meeting)?,
            actions: self.rows(select!(actions " WHERE done = 0"), action)?,
        })
    }

    /// [`Store::load_first`] without its [`FirstShare`]: no answers, meetings or action items
    /// yet.
    pub(super) fn first_without_share(&self) -> rusqlite::Result<Journey> {
        self.without_share(Part::FirstFrame, Vec::new(), Vec::new())
    }

    /// Every list but the meetings and action items (left empty; the answers too for the
    /// first frame), with these milestones and reviews (`part` says which are read here).
    fn without_share(
        &self,
        part: Part,
        mut milestones: Vec<Milestone>,
        mut reviews: Vec<Review>,
    ) -> rusqlite::Result<Journey> {
        let first = part == Part::FirstFrame;
        if first {
            (milestones, reviews) = self.open_goal_records()?;
        }
        Ok(Journey {
            mentors: self.rows(MENTORS, mentor)?.into(),
            answers: if first {
                Answers::new()
            } else {
                self.answers(select!(answers ""))?
            },
            private_answers: self
                .rows("SELECT key FROM answer_private ORDER BY key", |r| r.get(0))?
                .into_iter()
                .collect(),
            markers: self
                .rows("SELECT stem, marker FROM worksheet_marker", |r| {
                    let m: String = r.get(1)?;
                    Ok((r.get(0)?, choice_from_sql(Some(m), Marker::from_code)?))
                })?
                .into_iter()
                .filter_map(|(k, m): (String, Option<Marker>)| m.map(|m| (k, m)))
                .collect(),
            goals: if first {
                self.rows(select!(goals_titles ""), goal)?.into()
            } else {
                self.rows(select!(goals ""), goal)?.into()
            },
            milestones: milestones.into(),
            reviews: reviews.into(),
            meetings: Records::default(),
            actions: Records::default(),
            questions: self
                .rows(
                    "SELECT id, text, private, meeting_id, created_at FROM question ORDER BY id",
                    question,
                )?
                .into(),
            agenda_items: self.rows(AGENDA_ITEMS, agenda_item)?.into(),
            settings: self
                .rows("SELECT key, value FROM setting", |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .into_iter()
                .collect(),
            // Built once the first frame is drawn (see `Ctx::index_journey`).
            index: crate::domain::index::Index::default(),
        })
    }

    /// The answers `sql` selects, by key.
    fn answers(&self, sql: &str) -> rusqlite::Result<Answers> {
        let mut map = Answers::new();
        for v in self.rows(sql, answer)? {
            map.entry(v.key.clone()).or_default().push(v);
        }
        Ok(map)
    }

    fn rows<T>(
        &self,
        sql: &str,
        f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<Vec<T>> {
        self.rows_with(sql, [], f)
    }

    fn rows_with<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<Vec<T>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        stmt.query_map(params, f)?.collect()
    }
}

/// Column `i` as text borrowed from the row, `None` for NULL: dates, instants and choice
/// codes are parsed from it without a `String` of their own (a long journey has tens of
/// thousands of them).
fn text_at<'r>(r: &'r Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(i)?.as_str_or_null().map_err(|e| match e {
        FromSqlError::InvalidType => {
            rusqlite::Error::InvalidColumnType(i, String::new(), Type::Text)
        }
        e => rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)),
    })
}

/// Column `i` as borrowed text that may not be NULL.
fn str_at<'r>(r: &'r Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    text_at(r, i)?.ok_or(rusqlite::Error::InvalidColumnType(
        i,
        String::new(),
        Type::Null,
    ))
}

const MENTORS: &str = "SELECT m.id, m.name, m.contact, m.created_at, m.short_name,
        a.structure, a.cadence, a.channels, a.venue, a.start_date, a.review_date,
        a.define_mine, a.define_theirs, a.want_mine, a.want_theirs, a.expect_mine,
        a.expect_theirs, a.confidentiality
    FROM mentor m LEFT JOIN agreement a ON a.mentor_id = m.id ORDER BY m.id";

fn mentor(r: &Row<'_>) -> rusqlite::Result<Mentor> {
    let text = |i: usize| -> rusqlite::Result<String> {
        Ok(r.get::<_, Option<String>>(i)?.unwrap_or_default())
    };
    Ok(Mentor {
        id: r.get(0)?,
        name: r.get(1)?,
        contact: r.get(2)?,
        created_at: instant_from_sql(&r.get::<_, String>(3)?)?,
        short_name: r.get(4)?,
        agreement: Agreement {
            structure: choice_from_sql(r.get(5)?, Structure::from_code)?,
            cadence: choice_from_sql(r.get(6)?, Cadence::from_code)?,
            channels: channels_from_sql(&text(7)?),
            venue: text(8)?,
            start_date: date_from_sql(r.get(9)?)?,
            review_date: date_from_sql(r.get(10)?)?,
            define_mine: text(11)?,
            define_theirs: text(12)?,
            want_mine: text(13)?,
            want_theirs: text(14)?,
            expect_mine: text(15)?,
            expect_theirs: text(16)?,
            confidentiality: text(17)?,
        },
    })
}

fn answer(r: &Row<'_>) -> rusqlite::Result<AnswerVersion> {
    Ok(AnswerVersion {
        key: r.get(0)?,
        day: day_from_sql(str_at(r, 1)?)?,
        text: r.get(2)?,
        saved_at: instant_from_sql(str_at(r, 3)?)?,
    })
}

fn goal(r: &Row<'_>) -> rusqlite::Result<Goal> {
    let origin_kind = choice_from_str(text_at(r, 11)?, OriginKind::from_code)?;
    let origin_key: Option<String> = r.get(12)?;
    Ok(Goal {
        id: r.get(0)?,
        title: r.get(1)?,
        why: r.get(2)?,
        evidence: r.get(3)?,
        competency: r.get(4)?,
        mentor_id: r.get(5)?,
        target_date: date_from_str(text_at(r, 6)?)?,
        status: choice_from_str(text_at(r, 7)?, GoalStatus::from_code)?
            .unwrap_or(GoalStatus::NotStarted),
        progress: percent_from_sql(r.get(8)?)?,
        progress_mode: choice_from_str(text_at(r, 9)?, ProgressMode::from_code)?
            .unwrap_or(ProgressMode::Manual),
        private: r.get(10)?,
        origin: origin_kind.map(|kind| Origin {
            kind,
            key: origin_key.unwrap_or_default(),
        }),
        position: r.get(13)?,
        created_at: instant_from_sql(str_at(r, 14)?)?,
    })
}

fn milestone(r: &Row<'_>) -> rusqlite::Result<Milestone> {
    Ok(Milestone {
        id: r.get(0)?,
        goal_id: r.get(1)?,
        text: r.get(2)?,
        due_date: date_from_str(text_at(r, 3)?)?,
        done: r.get(4)?,
        done_on: date_from_str(text_at(r, 5)?)?,
        position: r.get(6)?,
    })
}

fn review(r: &Row<'_>) -> rusqlite::Result<Review> {
    Ok(Review {
        id: r.get(0)?,
        goal_id: r.get(1)?,
        day: day_from_sql(str_at(r, 2)?)?,
        progress: percent_from_sql(r.get(3)?)?,
        note: r.get(4)?,
        private: r.get(5)?,
        meeting_id: r.get(6)?,
        created_at: instant_from_sql(str_at(r, 7)?)?,
    })
}

fn meeting(r: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        mentor_id: r.get(1)?,
        starts_at: instant_from_sql(str_at(r, 2)?)?,
        mode: choice_from_str(text_at(r, 3)?, Channel::from_code)?,
        duration_minutes: r.get(4)?,
        place: r.get(5)?,
        agenda: r.get(6)?,
        notes: r.get(7)?,
        reflection: r.get(8)?,
        private: r.get(9)?,
        agenda_private: r.get(10)?,
        notes_private: r.get(11)?,
        reflection_private: r.get(12)?,
        created_at: instant_from_sql(str_at(r, 13)?)?,
    })
}

fn action(r: &Row<'_>) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        text: r.get(2)?,
        owner: choice_from_str(text_at(r, 3)?, Owner::from_code)?.unwrap_or(Owner::Me),
        due_date: date_from_str(text_at(r, 4)?)?,
        done: r.get(5)?,
        done_on: date_from_str(text_at(r, 6)?)?,
        goal_id: r.get(7)?,
        position: r.get(8)?,
    })
}

fn question(r: &Row<'_>) -> rusqlite::Result<Question> {
    Ok(Question {
        id: r.get(0)?,
        text: r.get(1)?,
        private: r.get(2)?,
        meeting_id: r.get(3)?,
        created_at: instant_from_sql(str_at(r, 4)?)?,
    })
}

const AGENDA_ITEMS: &str = "SELECT id, meeting_id, mentor_id, kind, action_id, goal_id,
        question_id, answer_key, agreement_of, reflection_of, position, dropped, new, discussed,
        created_at
    FROM agenda_item ORDER BY id";

fn agenda_item(r: &Row<'_>) -> rusqlite::Result<AgendaItem> {
    let kind: String = r.get(3)?;
    let id = |i: usize| -> rusqlite::Result<Id> {
        r.get::<_, Option<Id>>(i)?.ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::Type::Null,
                format!("agenda item of kind {kind} without its reference").into(),
            )
        })
    };
    let topic = match kind.as_str() {
        "action" => Topic::Action(id(4)?),
        "goal" => Topic::Goal(id(5)?),
        "question" => Topic::Question(id(6)?),
        "answer" => Topic::Answer(r.get::<_, Option<String>>(7)?.unwrap_or_default()),
        "agreement" => Topic::Agreement(id(8)?),
        "reflection" => Topic::Reflection(id(9)?),
        other => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                3,
                rusqlite::types::Type::Text,
                format!("bad agenda item kind: {other:?}").into(),
            ));
        }
    };
    Ok(AgendaItem {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        mentor_id: r.get(2)?,
        topic,
        position: r.get(10)?,
        dropped: r.get(11)?,
        new: r.get(12)?,
        discussed: r.get(13)?,
        created_at: instant_from_sql(&r.get::<_, String>(14)?)?,
    })
}
