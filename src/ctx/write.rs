//! The one write path. Every insert, update, delete and reorder the app makes passes through
//! a [`Writer`] inside [`Ctx::write`](super::Ctx::write): each change goes to the store first,
//! with the values that follow from it (a milestone's done day, a goal's derived progress, the
//! goals that carry a copy of an answer made private),
//! then into the journey in memory through the journey's own methods. A batch is one
//! transaction: all of it is stored, or none; when a batch fails after memory has changed,
//! memory is read back from the store, so the two never disagree.
//!
//! While the screen is shared, the writer also keeps hidden records safe (see
//! [`Writer::check`]).

use crate::domain::HashSet;
use crate::domain::goals::{consequences_of_delete, consequences_of_insert};
use crate::domain::privacy::Change;
use crate::domain::{Draft, FieldKey, Id, Journey, Record, Stamp, Value, goals, meetings, privacy};
use crate::search::Kept;
use crate::store::{Store, write_error_message};

/// Why a write did not happen.
#[derive(Debug)]
pub enum WriteError {
    /// The store refused it (disk full, read-only file, ...).
    Store(rusqlite::Error),
    /// The screen is shared and the write would change, drop or tie to something the
    /// shared screen does not show.
    Hidden,
}

impl From<rusqlite::Error> for WriteError {
    fn from(e: rusqlite::Error) -> Self {
        WriteError::Store(e)
    }
}

impl WriteError {
    /// A short reason for the footer.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            WriteError::Store(e) => write_error_message(e),
            WriteError::Hidden => HIDDEN.to_string(),
        }
    }
}

/// What a refused write says while the screen is shared: nothing about what is hidden.
pub const HIDDEN: &str = "This cannot be changed on the shared screen";

/// Writes of one batch: store first, then memory (see the module docs).
pub struct Writer<'a> {
    pub(super) store: &'a Store,
    pub(super) journey: &'a mut Journey,
    /// While shared: the journey as the shared screen shows it, as it was when the batch
    /// began (records added by the batch are in `added`).
    pub(super) visible: Option<&'a Journey>,
    /// The search index of the journey, told of every change (see [`Kept`]).
    pub(super) search: &'a mut Kept,
    pub(super) added: HashSet<(Record, Id)>,
    pub(super) stamp: Stamp,
    /// Whether memory has changed in this batch (a failure must then restore it).
    pub(super) touched: bool,
    /// While a shared-only projection is kept (shared, or made ready for `S`): the changes
    /// made to the journey, for it to follow (see [`Journey::replay_shared`]).
    pub(super) changes: Option<Vec<Change>>,
}

impl Writer<'_> {
    /// Adds a record: its id is chosen by the store (a draft's id is ignored), and a goal,
    /// milestone or action item goes last in its order. Returns the new id.
    ///
    /// # Errors
    /// If the store refuses it, or (shared) it would be tied to a hidden record.
    pub fn insert(&mut self, draft: impl Into<Draft>) -> Result<Id, WriteError> {
        let draft = draft.into().with_id(0).placed_last(self.journey);
        for (record, id) in draft.links() {
            if !self.on_screen(record, id) {
                return Err(WriteError::Hidden);
            }
        }
        let follow = consequences_of_insert(self.journey, &draft);
        let id = self.store.insert(&draft)?;
        for (k, v) in &follow {
            self.store.update(k, v, self.stamp)?;
        }
        self.added.insert((draft.record(), id));
        self.touched = true;
        let draft = draft.with_id(id);
        self.log(|| Change::Insert(Box::new(draft.clone())));
        self.journey.insert(draft);
        self.search.moved();
        for (k, v) in follow {
            self.apply(&k, v);
        }
        Ok(id)
    }

    /// Sets one field, with what follows from it. An unchanged value writes nothing (so an
    /// answer gets no new dated version just because its field was visited).
    ///
    /// # Errors
    /// If the store refuses it, or (shared) the field is not one the shared screen may change.
    pub fn update(&mut self, key: &FieldKey, value: Value) -> Result<(), WriteError> {
        if self.journey.get(key) == value {
            return Ok(());
        }
        self.check(key)?;
        self.set(key, value)
    }

    /// [`Writer::update`] without the shared screen's check: for the few writes that
    /// change only where hidden records are kept, never what they say (see
    /// `Writer::move_agenda`).
    pub(super) fn set(&mut self, key: &FieldKey, value: Value) -> Result<(), WriteError> {
        if self.journey.get(key) == value {
            return Ok(());
        }
        let today = self.stamp.today;
        let mut follow = goals::consequences(self.journey, key, &value, today);
        follow.extend(meetings::consequences(self.journey, key, &value, today));
        follow.extend(privacy::consequences(self.journey, key, &value));
        self.store.update(key, &value, self.stamp)?;
        for (k, v) in &follow {
            self.store.update(k, v, self.stamp)?;
        }
        self.touched = true;
        self.apply(key, value);
        for (k, v) in follow {
            self.apply(&k, v);
        }
        Ok(())
    }

    /// A stored value into memory, and the search index told.
    fn apply(&mut self, key: &FieldKey, value: Value) {
        let stamp = self.stamp;
        self.log(|| Change::Apply(key.clone(), value.clone(), stamp));
        self.journey.apply(key, value, self.stamp);
        self.search.changed(self.journey, key);
    }

    /// Deletes a record; what depends on it follows the schema's rules (see
    /// [`Journey::remove`]), and a milestone-derived progress is updated.
    ///
    /// # Errors
    /// If the store refuses it, or (shared) the record is hidden.
    pub fn delete(&mut self, record: Record, id: Id) -> Result<(), WriteError> {
        // What belongs to a goal, a meeting or a mentor goes with it, private or not: while
        // shared only what the batch itself added may go (see `Record::owner_noun`).
        let owner = record.owner_noun().is_some() && !self.added.contains(&(record, id));
        if !self.on_screen(record, id) || (owner && self.visible.is_some()) {
            return Err(WriteError::Hidden);
        }
        let follow = consequences_of_delete(self.journey, record, id);
        self.store.delete(record, id)?;
        for (k, v) in &follow {
            self.store.update(k, v, self.stamp)?;
        }
        self.touched = true;
        self.log(|| Change::Remove(record, id));
        self.journey.remove(record, id);
        self.search.moved();
        for (k, v) in follow {
            self.apply(&k, v);
        }
        Ok(())
    }

    /// New positions for goals, milestones or action items.
    ///
    /// # Errors
    /// If the store refuses them, or (shared) one of the records is hidden.
    pub fn set_positions(
        &mut self,
        record: Record,
        positions: &[(Id, i64)],
    ) -> Result<(), WriteError> {
        if positions.iter().any(|(id, _)| !self.on_screen(record, *id)) {
            return Err(WriteError::Hidden);
        }
        self.store.set_positions(record, positions)?;
        self.touched = true;
        self.log(|| Change::Positions(record, positions.to_vec()));
        self.journey.set_positions(record, positions);
        self.search.moved();
        Ok(())
    }

    /// Notes a change for the shared-only projection, while shared.
    fn log(&mut self, change: impl FnOnce() -> Change) {
        if let Some(changes) = &mut self.changes {
            changes.push(change());
        }
    }

    /// The instant of this batch (what a new record's `created_at` takes).
    #[must_use]
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.stamp.now
    }

    /// Whether the shared screen shows this record (always, when it is not shared).
    fn on_screen(&self, record: Record, id: Id) -> bool {
        self.visible
            .is_none_or(|v| v.has(record, id) || self.added.contains(&(record, id)))
    }

    /// While shared, a field may be changed only when the shared screen shows it as it is:
    /// its record is shown, and its value there is its whole value. A field whose value
    /// differs is a link to a hidden record (an action item's private goal), or text
    /// withheld (a private section), and changing it would drop or overwrite what the
    /// screen cannot show. The keys that decide whether a text is shown (a section's or an
    /// answer's private flag) must agree too, so nothing is typed into a hidden place.
    ///
    /// # Errors
    /// [`WriteError::Hidden`] when the field may not be changed now.
    pub fn check(&self, key: &FieldKey) -> Result<(), WriteError> {
        let Some(visible) = self.visible else {
            return Ok(());
        };
        if key.record().is_some_and(|r| self.added.contains(&r)) {
            return Ok(());
        }
        check(self.journey, visible, key)
    }
}

/// [`Writer::check`] of a field that existed before the batch: `whole` is the journey,
/// `visible` what the shared screen shows of it.
///
/// # Errors
/// [`WriteError::Hidden`] when the field may not be changed while shared.
pub fn check(whole: &Journey, visible: &Journey, key: &FieldKey) -> Result<(), WriteError> {
    if key
        .record()
        .is_some_and(|(record, id)| !visible.has(record, id))
    {
        return Err(WriteError::Hidden);
    }
    let differs = |k: &FieldKey| visible.get(k) != whole.get(k);
    if differs(key) || key.privacy_flag().is_some_and(|flag| differs(&flag)) {
        return Err(WriteError::Hidden);
    }
    Ok(())
}
