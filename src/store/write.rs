//! Writing: one field at a time for edits, whole records for inserts and imports.
//!
//! Inserts take a full record; an `id` of 0 lets the database choose one (a new record),
//! any other id is kept (an import reproducing an export).

use rusqlite::params;

use super::Store;
use super::sql::{channels_to_sql, column, date_to_sql, instant_to_sql, value_to_sql};
use crate::domain::{
    ActionItem, AgendaItem, AnswerVersion, Draft, FieldKey, Goal, Id, Journey, Marker, Meeting,
    Mentor, Milestone, Question, Record, Review, Stamp, Topic, Value,
};

impl Store {
    /// Persists one field. Answers get a dated version (same day replaces).
    ///
    /// # Errors
    /// If SQLite refuses the write (disk full, read-only, locked...).
    pub fn update(&self, key: &FieldKey, value: &Value, stamp: Stamp) -> rusqlite::Result<()> {
        self.fault_point();
        if let Some(c) = column(key) {
            let sql = format!(
                "UPDATE {} SET {} = ?1 WHERE {} = ?2",
                c.table, c.column, c.id_column
            );
            self.conn
                .prepare_cached(&sql)?
                .execute(params![value_to_sql(value), c.id])?;
            return Ok(());
        }
        match key {
            FieldKey::Answer(k) => self.put_answer(&AnswerVersion {
                key: k.clone(),
                day: stamp.today,
                text: value.as_text().to_string(),
                saved_at: stamp.now,
            }),
            FieldKey::AnswerPrivate(k) => {
                let sql = if matches!(value, Value::Bool(true)) {
                    "INSERT OR IGNORE INTO answer_private (key) VALUES (?1)"
                } else {
                    "DELETE FROM answer_private WHERE key = ?1"
                };
                self.conn.prepare_cached(sql)?.execute([k])?;
                Ok(())
            }
            FieldKey::Marker(stem) => {
                match value {
                    Value::Choice(Some(code)) if Marker::from_code(code).is_some() => {
                        self.conn
                            .prepare_cached(
                                "INSERT INTO worksheet_marker (stem, marker) VALUES (?1, ?2)
                                 ON CONFLICT (stem) DO UPDATE SET marker = excluded.marker",
                            )?
                            .execute(params![stem, code])?;
                    }
                    _ => {
                        self.conn
                            .prepare_cached("DELETE FROM worksheet_marker WHERE stem = ?1")?
                            .execute([stem])?;
                    }
                }
                Ok(())
            }
            FieldKey::Setting(k) => {
                self.conn
                    .prepare_cached(
                        "INSERT INTO setting (key, value) VALUES (?1, ?2)
                         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    )?
                    .execute(params![k, value.as_text()])?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Stores a dated answer version, replacing the one of the same key and day.
    ///
    /// # Errors
    /// If SQLite refuses the write.
    pub fn put_answer(&self, v: &AnswerVersion) -> rusqlite::Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO answer_version (key, day, text, saved_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (key, day) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
            )?
            .execute(params![
                v.key,
                date_to_sql(Some(v.day)),
                v.text,
                instant_to_sql(v.saved_at)
            ])?;
        Ok(())
    }

    /// Inserts a record of any kind (see [`Draft`]); an id of 0 lets the database choose one.
    /// Returns the id.
    ///
    /// # Errors
    /// If SQLite refuses the write (or the id is taken, or a reference is broken).
    pub fn insert(&self, draft: &Draft) -> rusqlite::Result<Id> {
        match draft {
            Draft::Mentor(m) => self.insert_mentor(m),
            Draft::Goal(g) => self.insert_goal(g),
            Draft::Milestone(m) => self.insert_milestone(m),
            Draft::Review(r) => self.insert_review(r),
            Draft::Meeting(m) => self.insert_meeting(m),
            Draft::Action(a) => self.insert_action(a),
            Draft::Question(q) => self.insert_question(q),
            Draft::AgendaItem(a) => self.insert_agenda_item(a),
        }
    }

    /// Inserts a mentor and their agreement.
    ///
    /// # Errors
    /// If SQLite refuses the write (or the id is taken).
    pub fn insert_mentor(&self, m: &Mentor) -> rusqlite::Result<Id> {
        self.fault_point();
        self.atomically(|s| {
            s.conn
                .prepare_cached(
                    "INSERT INTO mentor (id, name, short_name, contact, created_at)
                     VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    m.id,
                    m.name,
                    m.short_name,
                    m.contact,
                    instant_to_sql(m.created_at)
                ])?;
            let id = s.conn.last_insert_rowid();
            let a = &m.agreement;
            s.conn
                .prepare_cached(
                    "INSERT INTO agreement (mentor_id, structure, cadence, channels, venue,
                        start_date, review_date, define_mine, define_theirs, want_mine,
                        want_theirs, expect_mine, expect_theirs, confidentiality)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )?
                .execute(params![
                    id,
                    a.structure.map(|s| s.code()),
                    a.cadence.map(|c| c.code()),
                    channels_to_sql(&a.channels),
                    a.venue,
                    date_to_sql(a.start_date),
                    date_to_sql(a.review_date),
                    a.define_mine,
                    a.define_theirs,
                    a.want_mine,
                    a.want_theirs,
                    a.expect_mine,
                    a.expect_theirs,
                    a.confidentiality
                ])?;
            Ok(id)
        })
    }

    /// # Errors
    /// If SQLite refuses the write.
    pub fn insert_goal(&self, g: &Goal) -> rusqlite::Result<Id> {
        self.fault_point();
        self.conn
            .prepare_cached(
                "INSERT INTO goal (id, title, why, evidence, competency, mentor_id, target_date,
                    status, progress, progress_mode, private, origin_kind, origin_key, position,
                    created_at)
                 VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?
            .execute(params![
                g.id,
                g.title,
                g.why,
                g.evidence,
                g.competency,
                g.mentor_id,
                date_to_sql(g.target_date),
                g.status.code(),
                g.progress,
                g.progress_mode.code(),
                g.private,
                g.origin.as_ref().map(|o| o.kind.code()),
                g.origin.as_ref().map(|o| o.key.as_str()),
                g.position,
                instant_to_sql(g.created_at)
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// # Errors
    /// If SQLite refuses the write (or the goal does not exist).
    pub fn insert_milestone(&self, m: &Milestone) -> rusqlite::Result<Id> {
        self.fault_point();
        self.conn
            .prepare_cached(
                "INSERT INTO milestone (id, goal_id, text, due_date, done, done_on, position)
                 VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                m.id,
                m.goal_id,
                m.text,
                date_to_sql(m.due_date),
                m.done,
                date_to_sql(m.done_on),
                m.position
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// # Errors
    /// If SQLite refuses the write (or the goal does not exist).
    pub fn insert_review(&self, r: &Review) -> rusqlite::Result<Id> {
        self.fault_point();
        self.conn
            .prepare_cached(
                "INSERT INTO review (id, goal_id, day, progress, note, private, meeting_id, created_at)
                 VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                r.id,
                r.goal_id,
                date_to_sql(Some(r.day)),
                r.progress,
                r.note,
                r.private,
                r.meeting_id,
                instant_to_sql(r.created_at)
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// # Errors
    /// If SQLite refuses the write.
    pub fn insert_meeting(&self, m: &Meeting) -> rusqlite::Result<Id> {
        self.fault_point();
        self.conn
            .prepare_cached(
                "INSERT INTO meeting (id, mentor_id, starts_at, mode, duration_minutes, place,
                    agenda, notes, reflection, private, agenda_private, notes_private,
                    reflection_private, created_at)
                 VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?
            .execute(params![
                m.id,
                m.mentor_id,
                instant_to_sql(m.starts_at),
                m.mode.map(|c| c.code()),
                m.duration_minutes,
                m.place,
                m.agenda,
                m.notes,
                m.reflection,
                m.private,
                m.agenda_private,
                m.notes_private,
                m.reflection_private,
                instant_to_sql(m.created_at)
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// # Errors
    /// If SQLite refuses the write.
    pub fn insert_action(&self, a: &ActionItem) -> rusqlite::Result<Id> {
        self.fault_point();
        self.conn
            .prepare_cached(
                "INSERT INTO action_item (id, meeting_id, text, owner, due_date, done, done_on,
                    goal_id, position)
                 VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                a.id,
                a.meeting_id,
                a.text,
                a.owner.code(),
                date_to_sql(a.due_date),
                a.done,
                date_to_sql(a.done_on),
                a.goal_id,
                a.position
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// # Errors
    /// If SQLite refuses the write.
    pub fn insert_question(&self, q: &Question) -> rusqlite::Result<Id> {
        self.fault_point();
        self.conn
            .prepare_cached(
                "INSERT INTO question (id, text, private, meeting_id, created_at)
                 VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                q.id,
                q.text,
                q.private,
                q.meeting_id,
                instant_to_sql(q.created_at)
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// # Errors
    /// If SQLite refuses the write (a reference to a record that is not there, ...).
    pub fn insert_agenda_item(&self, a: &AgendaItem) -> rusqlite::Result<Id> {
        self.fault_point();
        // action, goal, question, agreement, reflection: the column its kind uses.
        let mut refs = [None::<Id>; 5];
        let (kind, answer_key) = match &a.topic {
            Topic::Action(id) => {
                refs[0] = Some(*id);
                ("action", None)
            }
            Topic::Goal(id) => {
                refs[1] = Some(*id);
                ("goal", None)
            }
            Topic::Question(id) => {
                refs[2] = Some(*id);
                ("question", None)
            }
            Topic::Agreement(id) => {
                refs[3] = Some(*id);
                ("agreement", None)
            }
            Topic::Reflection(id) => {
                refs[4] = Some(*id);
                ("reflection", None)
            }
            Topic::Answer(key) => ("answer", Some(key.as_str())),
        };
        self.conn
            .prepare_cached(
                "INSERT INTO agenda_item (id, meeting_id, mentor_id, kind, action_id, goal_id,
                    question_id, answer_key, agreement_of, reflection_of, position, dropped, new,
                    discussed, created_at)
                 VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?
            .execute(params![
                a.id,
                a.meeting_id,
                a.mentor_id,
                kind,
                refs[0],
                refs[1],
                refs[2],
                answer_key,
                refs[3],
                refs[4],
                a.position,
                a.dropped,
                a.new,
                a.discussed,
                instant_to_sql(a.created_at)
            ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Deletes a record; dependants follow the schema's rules (see `Journey::remove`).
    ///
    /// # Errors
    /// If SQLite refuses the write.
    pub fn delete(&self, record: Record, id: Id) -> rusqlite::Result<()> {
        self.fault_point();
        let table = match record {
            Record::Mentor => "mentor",
            Record::Goal => "goal",
            Record::Milestone => "milestone",
            Record::Review => "review",
            Record::Meeting => "meeting",
            Record::Action => "action_item",
            Record::Question => "question",
            Record::AgendaItem => "agenda_item",
        };
        self.conn
            .prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?
            .execute([id])?;
        Ok(())
    }

    /// Stores new positions (priority order) for several goals, milestones or action items in
    /// one transaction, so a reorder is never half-saved.
    ///
    /// # Errors
    /// If SQLite refuses the write; for a kind of record that has no position.
    pub fn set_positions(&self, record: Record, positions: &[(Id, i64)]) -> rusqlite::Result<()> {
        let table = match record {
            Record::Goal => "goal",
            Record::Milestone => "milestone",
            Record::Action => "action_item",
            Record::AgendaItem => "agenda_item",
            _ => return Err(rusqlite::Error::InvalidQuery),
        };
        self.atomically(|s| {
            let mut stmt = s
                .conn
                .prepare_cached(&format!("UPDATE {table} SET position = ?1 WHERE id = ?2"))?;
            for (id, pos) in positions {
                stmt.execute(params![pos, id])?;
            }
            Ok(())
        })
    }

    /// Inserts every record of a journey with its ids, parents before what refers to them
    /// (the schema checks references on every insert), then its keyed values: answer
    /// versions, private flags, worksheet markers and settings. For an import into an empty
    /// database and for generated journeys; the caller chooses the transaction.
    ///
    /// # Errors
    /// If SQLite refuses a write (an id already taken, a broken reference, ...).
    pub fn insert_journey(&self, j: &Journey, stamp: Stamp) -> rusqlite::Result<()> {
        for m in &j.mentors {
            self.insert_mentor(m)?;
        }
        for m in &j.meetings {
            self.insert_meeting(m)?;
        }
        for g in &j.goals {
            self.insert_goal(g)?;
        }
        for m in &j.milestones {
            self.insert_milestone(m)?;
        }
        for r in &j.reviews {
            self.insert_review(r)?;
        }
        for a in &j.actions {
            self.insert_action(a)?;
        }
        for q in &j.questions {
            self.insert_question(q)?;
        }
        for a in &j.agenda_items {
            self.insert_agenda_item(a)?;
        }
        for v in j.answers.values().flatten() {
            self.put_answer(v)?;
        }
        for k in &j.private_answers {
            self.update(
                &FieldKey::AnswerPrivate(k.clone()),
                &Value::Bool(true),
                stamp,
            )?;
        }
        for (k, m) in &j.markers {
            let code = Value::Choice(Some(m.code()));
            self.update(&FieldKey::Marker(k.clone()), &code, stamp)?;
        }
        for (k, v) in &j.settings {
            self.update(
                &FieldKey::Setting(k.clone()),
                &Value::Text(v.clone()),
                stamp,
            )?;
        }
        Ok(())
    }

    /// Runs `f` in one transaction: all of it is stored, or none.
    ///
    /// # Errors
    /// Whatever `f` returns, or a failed commit.
    pub fn atomically<T>(
        &self,
        f: impl FnOnce(&Store) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        self.atomically_with(f)
    }

    /// [`Store::atomically`] for work that can fail for reasons of its own (an import that
    /// finds a problem half-way): any `Err` rolls everything back.
    ///
    /// # Errors
    /// Whatever `f` returns, or a failed commit.
    pub fn atomically_with<T, E: From<rusqlite::Error>>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        let tx = self.conn.unchecked_transaction()?;
        let out = f(self)?;
        tx.commit()?;
        Ok(out)
    }
}
