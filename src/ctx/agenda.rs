//! Keeping an agenda: the one write that stores what the mentee made of a meeting's agenda
//! (see `domain::agenda`), item by item, through the same [`Writer`] as every other write.

use super::write::{WriteError, Writer};
use crate::domain::agenda::{AgendaOf, Entry};
use crate::domain::{AgendaItem, AgendaItemField as F, FieldKey, Id, Value};

impl Writer<'_> {
    /// Stores `entries` as the agenda kept at `of`, in their order: stored items are moved
    /// there (a pending agenda becomes the meeting's) and get the entries' flags; items not
    /// stored yet are added. Returns the stored ids, in order. While the screen is shared,
    /// an item it hides may be renumbered, nothing else (its flags must be as they are).
    ///
    /// # Errors
    /// If the store refuses a write, or (shared) an item is about something hidden.
    pub fn keep_agenda(&mut self, of: AgendaOf, entries: &[Entry]) -> Result<Vec<Id>, WriteError> {
        let (meeting_id, mentor_id) = of.columns();
        let mut ids = Vec::with_capacity(entries.len());
        for (position, e) in (0_i64..).zip(entries) {
            let id = match e.stored {
                Some(id) => id,
                None => self.insert(AgendaItem {
                    meeting_id,
                    mentor_id,
                    topic: e.topic.clone(),
                    position,
                    dropped: e.dropped,
                    new: e.new,
                    discussed: e.discussed,
                    created_at: self.stamp.now,
                    ..AgendaItem::default()
                })?,
            };
            let key = |f| FieldKey::AgendaItem(id, f);
            // One of the two is set at a time (the schema checks it): clear before setting.
            if meeting_id.is_some() {
                self.update(&key(F::Mentor), Value::Int(mentor_id))?;
                self.update(&key(F::Meeting), Value::Int(meeting_id))?;
            } else {
                self.update(&key(F::Meeting), Value::Int(meeting_id))?;
                self.update(&key(F::Mentor), Value::Int(mentor_id))?;
            }
            // Unchecked: an item's place changes nothing it says, and an item hidden while
            // shared keeps its place only if it may be renumbered around the items moved
            // (see `domain::agenda::with_hidden_in_place`).
            self.set(&key(F::Position), Value::Int(Some(position)))?;
            self.update(&key(F::Dropped), Value::Bool(e.dropped))?;
            self.update(&key(F::New), Value::Bool(e.new))?;
            self.update(&key(F::Discussed), Value::Bool(e.discussed))?;
            ids.push(id);
        }
        Ok(ids)
    }
}

impl Writer<'_> {
    /// Moves every item kept at `from` to `to`: a mentor's pending agenda becomes the
    /// agenda of the meeting it was for, once that meeting is held (the shared screen adds
    /// it with the first thing recorded). Allowed while the screen is shared, private items
    /// included: only where an item is kept changes, never what it says or whether it
    /// shows. Returns how many items moved.
    ///
    /// # Errors
    /// If the store refuses a write.
    pub fn move_agenda(&mut self, from: AgendaOf, to: AgendaOf) -> Result<usize, WriteError> {
        if from == to {
            return Ok(0);
        }
        let ids: Vec<Id> = self
            .journey
            .agenda_items
            .iter()
            .filter(|a| from.holds(a))
            .map(|a| a.id)
            .collect();
        let (meeting_id, mentor_id) = to.columns();
        for id in &ids {
            let key = |f| FieldKey::AgendaItem(*id, f);
            // One of the two is set at a time (the schema checks it): clear before setting.
            if meeting_id.is_some() {
                self.set(&key(F::Mentor), Value::Int(mentor_id))?;
                self.set(&key(F::Meeting), Value::Int(meeting_id))?;
            } else {
                self.set(&key(F::Meeting), Value::Int(meeting_id))?;
                self.set(&key(F::Mentor), Value::Int(mentor_id))?;
            }
        }
        Ok(ids.len())
    }
}
