//! What handlers may touch: the journey (read through [`Ctx::journey`]: while the screen is
//! shared, its shared-only projection), the one write path ([`Ctx::write`] and the calls
//! built on it), the clock, the one open editor, the status line and the dialog. Panes keep
//! only view state, and draw from [`Ctx::view`], which cannot write.

mod agenda;
mod write;

use std::time::Instant;

pub use write::{WriteError, Writer};

/// Kept here too, where handlers have always found it (it lives in `src/target.rs`).
pub use crate::target::Target;

use crate::domain::{Clock, Draft, FieldKey, Id, Journey, Record, Value};
use crate::domain::{HashSet, HashSetExt};
use crate::editor::{FieldEditor, TextKind, parse_value};
use crate::search::{Index, Kept};
use crate::store::{Loading, OpenError, Store};
use crate::view::{AgendaFor, Memo, View};

/// What a field that may not be changed on the shared screen says (see [`Writer::check`]).
pub const HIDDEN_FIELD: &str = "This field cannot be changed on the shared screen";

/// A one-line message under the panes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
    pub at: Instant,
}

/// A question the user must answer with `y` or `n` before anything happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirm {
    pub prompt: String,
    pub on_yes: Pending,
    /// What `n` does; `None`: nothing (the dialog closes).
    pub on_no: Option<Pending>,
    /// Whether `Enter` and `Esc` answer yes too: for a question whose safe answer is yes
    /// (keeping private what may be private), not for one that deletes or quits.
    pub default_yes: bool,
}

impl Confirm {
    /// A question where only `y` goes ahead and `n` or `Esc` cancels.
    #[must_use]
    pub fn new(prompt: impl Into<String>, on_yes: Pending) -> Self {
        Self {
            prompt: prompt.into(),
            on_yes,
            on_no: None,
            default_yes: false,
        }
    }
}

/// What a confirmed dialog does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    Delete(Record, i64),
    /// Leave the app although an entry could not be saved.
    QuitAnyway,
    /// Make another goal from a worksheet stem (key `worksheet.<stem>`) that has one already.
    GoalFromStem(String),
    /// Say something and change nothing (a default already applied).
    Say(String),
    /// Make these goals public again: they carry a copy of an answer just made private,
    /// which made them private too (see `domain::privacy::consequences`).
    MakePublic(Vec<Id>),
}

/// What a search looks in: the index kept for the journey as the screen shows it, that
/// view, and the index's version (see `search::Kept`). Given by `Ctx::search`.
pub struct Corpus<'a> {
    pub index: &'a Index,
    pub view: View<'a>,
    pub version: u64,
}

/// A request to edit a text in `$VISUAL`/`$EDITOR`, carried out by the terminal loop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalEdit {
    pub key: FieldKey,
    pub kind: TextKind,
    pub label: String,
    pub text: String,
}

pub struct Ctx {
    /// Written only through [`Ctx::write`] and what calls it.
    store: Store,
    /// The whole journey, private records included. Read through [`Ctx::journey`].
    journey: Journey,
    /// While the screen is shared: the shared-only projection of `journey`, which every
    /// screen reads instead (kept current by the write path; `None` when not shared).
    visible: Option<Journey>,
    /// The search index of `journey`, kept current by the write path (see [`Kept`]).
    search: Kept,
    /// The search index of `visible`, while shared (rebuilt when needed after a write).
    visible_search: Kept,
    /// What the modes build from the journey (agendas, the goals to review), kept between
    /// keys and cleared by every change (see [`Memo`]).
    memo: Memo,
    /// A shared-only projection no longer used, freed once idle ([`Ctx::free_spent`]):
    /// freeing every record of a long journey takes milliseconds (60 ms at 10x), which
    /// ending the shared screen would otherwise wait for.
    spent: Option<Journey>,
    /// While the screen is not shared but is expected to be ([`Ctx::expect_sharing`]): the
    /// shared-only projection of `journey`, made once idle and kept current by the write
    /// path, so that `S` shows it at once instead of projecting every record (see
    /// [`Ctx::prepare_sharing`]). `None` until made, and again after a write that could
    /// change what it hides.
    ready: Option<Journey>,
    /// Whether the shared screen is expected: Prepare has been opened, or the screen has
    /// been shared, in this session (or a meeting is near: see
    /// [`meetings::meeting_near`](crate::domain::meetings::meeting_near)).
    sharing_expected: bool,
    pub clock: Clock,
    pub editor: Option<FieldEditor>,
    pub status: Option<Status>,
    pub confirm: Option<Confirm>,
    pub external: Option<ExternalEdit>,
    /// Set by a pane to move the user elsewhere (see [`Target`]).
    pub jump: Option<Target>,
    /// The folder the app's export key proposes; `None` means beside the database. (The
    /// demo sets the working folder: its database is deleted on quit.)
    pub export_dir: Option<std::path::PathBuf>,
    /// Fields whose text the app wrote (a goal made from a gap) and the user has not
    /// changed yet: editing one starts with its text selected, so typing replaces it.
    generated: HashSet<FieldKey>,
    /// The rest of `journey`, still being read when the first frame is drawn (see
    /// [`Ctx::finish_loading`]).
    loading: Option<Loading>,
}

impl Ctx {
    #[must_use]
    pub fn new(store: Store, journey: Journey, clock: Clock) -> Self {
        Self {
            store,
            journey,
            clock,
            editor: None,
            status: None,
            confirm: None,
            external: None,
            visible: None,
            search: Kept::default(),
            visible_search: Kept::default(),
            memo: Memo::default(),
            spent: None,
            ready: None,
            sharing_expected: false,
            jump: None,
            export_dir: None,
            generated: HashSet::new(),
            loading: None,
        }
    }

    /// A context whose journey is read as far as the first frame (the Overview) needs it,
    /// the rest arriving through `loading` (see `Store::open_for_app`). Only the Overview
    /// may be drawn before [`Ctx::finish_loading`].
    #[must_use]
    pub fn loading(store: Store, journey: Journey, clock: Clock, loading: Option<Loading>) -> Self {
        Self {
            loading,
            ..Self::new(store, journey, clock)
        }
    }

    /// The database, for what reads it directly: tests, the export prompt's default
    /// folder, fault injection. Writes go through [`Ctx::write`], never through this.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The journey as the screen may show it: while the screen is shared, the shared-only
    /// projection ([`Journey::shared_only`]), so every count, picker, default and text a
    /// pane builds from it leaves out what is private, and any hint of it.
    #[must_use]
    pub fn journey(&self) -> &Journey {
        self.visible.as_ref().unwrap_or(&self.journey)
    }

    /// The whole journey, private records included, whatever the screen shows. For tests
    /// and for what never reaches a screen; panes, modes and widgets read [`Ctx::journey`].
    #[must_use]
    pub fn whole_journey(&self) -> &Journey {
        &self.journey
    }

    /// What rendering reads (see [`View`]).
    #[must_use]
    pub fn view(&self) -> View<'_> {
        View {
            journey: self.journey(),
            clock: &self.clock,
            shared: self.shared(),
            editor: self.editor.as_ref(),
            memo: &self.memo,
        }
    }

    /// Whether the screen is shared (mentor and mentee look at it together).
    #[must_use]
    pub fn shared(&self) -> bool {
        self.visible.is_some()
    }

    /// Starts or ends the shared screen. While it lasts every read goes to the shared-only
    /// projection: the one made ready beforehand if there is one (see
    /// [`Ctx::prepare_sharing`]), else made now; kept current by the write path, and kept
    /// ready again when the screen stops being shared.
    pub fn set_shared(&mut self, on: bool) {
        if on {
            // The last session's projection, if the loop has not been idle since, goes
            // with this one's making rather than with a later key.
            self.spent = None;
            self.sharing_expected = true;
            let ready = if self.shared() {
                None
            } else {
                self.ready.take()
            };
            let projection = ready.unwrap_or_else(|| {
                // Made anew: what was built for another projection goes.
                self.memo.clear_shared();
                self.journey.shared_only()
            });
            let old = self.visible.replace(projection);
            self.set_aside(old);
        } else if let Some(projection) = self.visible.take() {
            // Current, as the write path kept it: ready for the screen to be shared again,
            // with what was built from it.
            let old = self.ready.replace(projection);
            self.set_aside(old);
        }
        self.visible_search = Kept::default();
    }

    /// Notes that the screen is likely to be shared soon (Prepare is open: the agenda is
    /// being made for a meeting), so that the loop makes the shared-only projection ready
    /// once idle ([`Ctx::prepare_sharing`]) and `S` does not wait for it.
    pub fn expect_sharing(&mut self) {
        self.sharing_expected = true;
    }

    /// Whether the shared-only projection is expected and still to be made, or what the
    /// shared screen opens on still to be built from it (the loop does both once idle:
    /// [`Ctx::prepare_sharing`]).
    #[must_use]
    pub fn sharing_pending(&self) -> bool {
        if self.shared() || self.loading.is_some() {
            return false;
        }
        let expected = self.sharing_expected
            || crate::domain::meetings::meeting_near(&self.journey, self.clock.now());
        if !expected {
            return false;
        }
        self.ready
            .as_ref()
            .is_none_or(|ready| !self.memo.has_agenda(&self.view_of(ready, true)))
    }

    /// Makes the shared-only projection of the journey, if it is expected and not made
    /// (see [`Ctx::sharing_pending`]), then hands `build` a view of it and the own view, to
    /// build (through the memo) what the shared screen opens on. The projection is a second
    /// copy of the journey's shown records (about 6 MiB at ten years), which `S` would
    /// otherwise make; kept only in a session where the screen is expected to be shared
    /// (Prepare opened, the screen shared before, a meeting starting within the hour or
    /// started in the last two).
    pub fn prepare_sharing(&mut self, build: impl FnOnce(&View<'_>, &View<'_>)) {
        if !self.sharing_pending() {
            return;
        }
        if self.ready.is_none() {
            self.ready = Some(self.journey.shared_only());
            tracing::info!("made the shared-only projection ready for the shared screen");
        }
        if let Some(ready) = &self.ready {
            build(&self.view_of(ready, true), &self.own_view());
        }
    }

    /// The view of `journey` (the whole journey, or a shared-only projection).
    fn view_of<'a>(&'a self, journey: &'a Journey, shared: bool) -> View<'a> {
        View {
            journey,
            clock: &self.clock,
            shared,
            editor: self.editor.as_ref(),
            memo: &self.memo,
        }
    }

    /// The mentee's own view of the whole journey, whether or not the screen is shared:
    /// for what is written on the shared screen's behalf and never shown there (the
    /// agenda kept when it starts).
    #[must_use]
    pub fn own_view(&self) -> View<'_> {
        self.view_of(&self.journey, false)
    }

    /// The shared-only projection made ready for `S`, if there is one (for tests: it is
    /// never shown until the screen is shared).
    #[must_use]
    pub fn sharing_ready(&self) -> Option<&Journey> {
        self.ready.as_ref()
    }

    /// Forgets what the memo keeps, and the projection made ready for `S` and whether it
    /// is expected (for tests that count what a key costs from a start without them).
    #[cfg(test)]
    pub(crate) fn forget_kept(&mut self) {
        self.memo.clear();
        self.ready = None;
        self.sharing_expected = false;
    }

    /// Keeps a projection let go of until idle. One kept already (the loop was not idle
    /// since: a write on the shared screen right after another) is freed now, with the
    /// write that needs a new projection anyway.
    fn set_aside(&mut self, projection: Option<Journey>) {
        if projection.is_some() {
            self.spent = projection;
        }
    }

    /// Whether a projection let go of is still to be freed (the loop does it once idle).
    #[must_use]
    pub fn spent_pending(&self) -> bool {
        self.spent.is_some()
    }

    /// Frees the projection let go of, if any (see [`Ctx::spent_pending`]).
    pub fn free_spent(&mut self) {
        self.spent = None;
    }

    /// Whether the agenda `P` opens on is still to be built for the journey as it is now
    /// (the loop builds it once idle: [`Ctx::prepare_agenda`]). Not while shared.
    #[must_use]
    pub fn agenda_pending(&self) -> bool {
        !self.shared() && !self.memo.has_chosen(&self.view())
    }

    /// Builds the agenda of the meeting `P` opens on, if it is not kept yet, so that `P`
    /// finds it ready (as `/` finds the search index).
    pub fn prepare_agenda(&self) {
        if self.agenda_pending() {
            let _ = self.view().agenda(AgendaFor::Chosen);
        }
    }

    /// What `/` searches: the index of the journey as the screen shows it (built now if
    /// there is none; see [`Kept`]), with that view.
    pub fn search(&mut self) -> Corpus<'_> {
        let view = View {
            journey: self.visible.as_ref().unwrap_or(&self.journey),
            clock: &self.clock,
            shared: self.visible.is_some(),
            editor: self.editor.as_ref(),
            memo: &self.memo,
        };
        let kept = if view.shared {
            &mut self.visible_search
        } else {
            &mut self.search
        };
        let (index, version) = kept.get(&view);
        Corpus {
            index,
            view,
            version,
        }
    }

    /// [`Ctx::search`] without building the index: the one built so far if it is complete,
    /// else an empty one (what an empty query shows while the loop builds the index a slice
    /// at a time: `/` opens at once; a letter typed builds the rest).
    pub fn search_so_far(&self) -> Corpus<'_> {
        let view = self.view();
        let kept = if view.shared {
            &self.visible_search
        } else {
            &self.search
        };
        let (index, version) = kept.built_or_empty(&view);
        Corpus {
            index,
            view,
            version,
        }
    }

    /// Whether the search index of the journey is still to be built (the loop builds it
    /// once idle: [`Ctx::prepare_search`]). Not while the screen is shared: the shared-only
    /// projection changes with every write there, and its index is built if `/` asks.
    #[must_use]
    pub fn search_pending(&self) -> bool {
        !self.shared() && !self.search.ready()
    }

    /// Builds the search index of what the screen shows, if it is not there yet, so `/`
    /// finds it ready.
    pub fn prepare_search(&mut self) {
        self.search();
    }

    /// [`Ctx::prepare_search`] a slice at a time, reading about `bytes` of text (the loop
    /// looks for a key between slices). True once the index is built. Not while shared
    /// (see [`Ctx::search_pending`]).
    pub fn prepare_search_slice(&mut self, bytes: usize) -> bool {
        if self.shared() {
            return true;
        }
        let view = View {
            journey: &self.journey,
            clock: &self.clock,
            shared: false,
            editor: self.editor.as_ref(),
            memo: &self.memo,
        };
        self.search.build(&view, bytes)
    }

    /// Makes the journey whole if the first frame was drawn from part of it (see
    /// [`Ctx::loading`]), then builds its indexes (see `domain::index`): the loop does it
    /// once the first frame is drawn, before any key, so the first frame waits for neither
    /// (until the indexes are there every lookup scans, which is as correct).
    ///
    /// # Errors
    /// The rest of the journey cannot be read (a damaged page): the file is refused as if
    /// opening had failed. Nothing was written to it; the app must leave without writing.
    pub fn finish_loading(&mut self) -> Result<(), OpenError> {
        if let Some(loading) = self.loading.take() {
            if let Err(e) = loading.finish(&mut self.journey) {
                self.store.refuse();
                return Err(e);
            }
            // What the first frame kept was made from part of the journey (the answers
            // carry no stamp to tell).
            self.memo.clear();
        }
        self.journey.reindex();
        Ok(())
    }

    /// The database file, if the journey has one (not in memory).
    #[must_use]
    pub fn db_path(&self) -> Option<&std::path::Path> {
        self.store.path()
    }

    /// Nothing has happened for a while: fold the write-ahead log into the database file if
    /// it has grown (see `Store::checkpoint_if_due`), so no keystroke ever waits for it.
    pub fn idle(&self) {
        self.store.checkpoint_if_due();
    }

    /// Whether [`Ctx::idle`] has work to do (something was written since the last
    /// checkpoint).
    #[must_use]
    pub fn checkpoint_pending(&self) -> bool {
        self.store.checkpoint_pending()
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
            at: Instant::now(),
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        let text = text.into();
        tracing::warn!("{text}");
        self.status = Some(Status {
            text,
            error: true,
            at: Instant::now(),
        });
    }

    /// Runs a batch of writes in one transaction (see [`Writer`]): all of them are stored
    /// and then applied in memory, or none. On failure the footer says `failed: why` and
    /// `None` is returned.
    pub fn write<T>(
        &mut self,
        failed: &str,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T, WriteError>,
    ) -> Option<T> {
        match self.try_write(f) {
            Ok(t) => Some(t),
            Err(WriteError::Hidden) => {
                self.info(write::HIDDEN);
                None
            }
            Err(e) => {
                self.error(format!("{failed}: {}", e.message()));
                None
            }
        }
    }

    /// [`Ctx::write`] without the footer message.
    fn try_write<T>(
        &mut self,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T, WriteError>,
    ) -> Result<T, WriteError> {
        let stamp = self.clock.stamp();
        let mut touched = false;
        let mut changes = None;
        let (store, journey, visible) = (&self.store, &mut self.journey, self.visible.as_ref());
        let search = &mut self.search;
        // The changes are noted for a projection to follow: the one shown, or the one ready.
        let logged = visible.is_some() || self.ready.is_some();
        let out = store.atomically_with(|s| {
            let mut w = Writer {
                store: s,
                journey,
                visible,
                search,
                added: HashSet::new(),
                stamp,
                touched: false,
                changes: logged.then(Vec::new),
            };
            let out = f(&mut w);
            touched = w.touched;
            changes = w.changes;
            out
        });
        if out.is_err() && touched {
            // The transaction was rolled back; memory had changed already.
            match self.store.load() {
                Ok(j) => self.journey = j.indexed(),
                Err(e) => tracing::error!("cannot reload the journey after a failed write: {e}"),
            }
            self.search.moved();
        }
        if touched {
            self.memo.clear();
        }
        if touched && self.visible.is_some() {
            // The same changes made to the projection when they cannot change what is
            // hidden; otherwise (or after a failed write) the journey projected again.
            let replayed = out.is_ok()
                && self.visible.as_mut().is_some_and(|v| {
                    v.replay_shared(&self.journey, changes.as_deref().unwrap_or_default())
                });
            if !replayed {
                let projection = Some(self.journey.shared_only());
                let old = std::mem::replace(&mut self.visible, projection);
                self.set_aside(old);
            }
            debug_assert!(
                self.visible.as_ref() == Some(&self.journey.shared_only()),
                "the shared-only projection kept by the write path is the journey's"
            );
            self.visible_search = Kept::default();
        }
        if touched && self.ready.is_some() {
            // The projection made ready follows as the shown one does; when it cannot, it
            // goes (freed once idle) and is made again once idle.
            let replayed = out.is_ok()
                && self.ready.as_mut().is_some_and(|v| {
                    v.replay_shared(&self.journey, changes.as_deref().unwrap_or_default())
                });
            if !replayed {
                let old = self.ready.take();
                self.set_aside(old);
            }
            debug_assert!(
                self.ready
                    .as_ref()
                    .is_none_or(|r| *r == self.journey.shared_only()),
                "the shared-only projection made ready and kept by the write path is the journey's"
            );
        }
        out
    }

    /// Adds a record (a draft: its id is ignored) with what follows from it. Returns its id.
    pub fn insert(&mut self, draft: impl Into<Draft>) -> Option<Id> {
        let draft = draft.into();
        let failed = format!("{} not added", draft.noun());
        self.write(&failed, |w| w.insert(draft))
    }

    /// Stores a value, then applies it in memory, with what follows from it. Unchanged
    /// values write nothing (so an answer gets no new dated version just because its field
    /// was visited).
    pub fn commit(&mut self, key: &FieldKey, value: Value) -> bool {
        self.store_value(key, value).is_ok()
    }

    /// Several values in one transaction (see [`Ctx::commit`]).
    pub fn commit_all(&mut self, changes: Vec<(FieldKey, Value)>) -> bool {
        self.write("Not saved", |w| {
            for (k, v) in changes {
                w.update(&k, v)?;
            }
            Ok(())
        })
        .is_some()
    }

    /// Stores new positions for goals, milestones or action items, in one transaction so
    /// a reorder is never half-saved. False when nothing was stored.
    pub fn set_positions(&mut self, record: Record, positions: &[(Id, i64)]) -> bool {
        !positions.is_empty()
            && self
                .write("Order not saved", |w| w.set_positions(record, positions))
                .is_some()
    }

    /// [`Ctx::commit`], returning why a failed write failed (also shown in the footer).
    fn store_value(&mut self, key: &FieldKey, value: Value) -> Result<(), String> {
        match self.try_write(|w| w.update(key, value)) {
            Ok(()) => Ok(()),
            Err(WriteError::Hidden) => {
                self.info(HIDDEN_FIELD);
                Err(HIDDEN_FIELD.to_string())
            }
            Err(e) => {
                let why = e.message();
                self.error(format!("Not saved: {why} — your text is kept; try again"));
                Err(why)
            }
        }
    }

    /// Opens the editor on a typed field, with its current value as text.
    /// While the screen is shared, a field it may not change (see [`Writer::check`]) does
    /// not open: the footer says so, without saying why.
    pub fn begin_edit(&mut self, key: FieldKey, kind: TextKind, label: &str, hint: &str) {
        self.save_editor();
        if !self.may_change(&key) {
            self.info(HIDDEN_FIELD);
            return;
        }
        let text = self.editing_text(&key, kind);
        // A date is replaced more often than changed, and generated text is a draft: both
        // start selected, so typing replaces them (arrows keep them and move the cursor).
        let select = !text.is_empty() && (kind.is_date() || self.generated.contains(&key));
        let mut ed = FieldEditor::new(key, kind, label, &text, hint);
        if select {
            ed.select_all();
        }
        self.editor = Some(ed);
    }

    /// Notes fields whose text the app wrote for the user to replace (see
    /// [`Ctx::begin_edit`]).
    pub fn mark_generated(&mut self, keys: impl IntoIterator<Item = FieldKey>) {
        self.generated.extend(keys);
    }

    /// Whether the field may be changed now: always, unless the screen is shared and the
    /// field links to, or holds, something the shared screen does not show.
    #[must_use]
    pub fn may_change(&self, key: &FieldKey) -> bool {
        let Some(visible) = self.visible.as_ref() else {
            return true;
        };
        write::check(&self.journey, visible, key).is_ok()
    }

    /// The value of a field as the user would type it.
    #[must_use]
    pub fn editing_text(&self, key: &FieldKey, kind: TextKind) -> String {
        match (self.journey().get(key), kind) {
            (Value::Text(t), _) => t,
            (Value::Date(d), _) => d
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            (Value::Instant(t), _) => self.clock.local(t).format("%Y-%m-%d %H:%M").to_string(),
            (Value::Int(i), _) => i.map(|i| i.to_string()).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// Saves the open editor if it has unsaved changes. Returns false when the text could
    /// not be saved (invalid, or the write failed); the editor then shows why.
    pub fn save_editor(&mut self) -> bool {
        let Some(mut ed) = self.editor.take() else {
            return true;
        };
        let ok = if ed.dirty {
            match ed.value(&self.clock) {
                Ok(v) => match self.store_value(&ed.key, v) {
                    Ok(()) => {
                        // The user's own text now.
                        self.generated.remove(&ed.key);
                        if ed.failed_saves > 0 {
                            self.info(format!("{} saved", ed.label));
                        }
                        ed.saved();
                        true
                    }
                    Err(why) => {
                        ed.save_failed(&why, Instant::now());
                        false
                    }
                },
                Err(msg) => {
                    ed.error = Some(msg);
                    false
                }
            }
        } else {
            true
        };
        self.editor = Some(ed);
        ok
    }

    /// Autosave after a pause in typing. Invalid entries wait quietly until the field is left.
    pub fn autosave(&mut self, now: Instant) {
        let due = self.editor.as_ref().is_some_and(|e| e.due(now));
        let valid = self
            .editor
            .as_ref()
            .is_some_and(|e| e.value(&self.clock).is_ok());
        if due && valid {
            self.save_editor();
        }
    }

    /// Leaves the open field, keeping what was typed. An entry that is not valid keeps the
    /// editor open with a message; leaving again abandons it and says so.
    pub fn finish_edit(&mut self) {
        let Some(ed) = self.editor.as_ref() else {
            return;
        };
        let had_error = ed.error.is_some();
        if self.save_editor() {
            self.editor = None;
            return;
        }
        let Some(ed) = self.editor.as_ref() else {
            return;
        };
        let invalid = ed.value(&self.clock).is_err();
        if invalid && had_error {
            let label = ed.label.clone();
            self.editor = None;
            self.info(format!(
                "{label}: the entry was not valid; the earlier value is kept"
            ));
        }
    }

    /// The deadline of the next autosave, if any. An entry that is not valid waits for the
    /// field to be left, so it has none: a deadline in the past would make the loop spin.
    #[must_use]
    pub fn next_deadline(&self) -> Option<Instant> {
        let ed = self.editor.as_ref()?;
        let always_valid = matches!(ed.kind, TextKind::Text | TextKind::Line);
        if !always_valid && ed.value(&self.clock).is_err() {
            return None;
        }
        ed.deadline()
    }

    /// On the way out, once nothing is left to save: the records held in memory (the
    /// journey, its projection, search indexes, what the memo kept) are left for the
    /// process's exit to take back whole, not freed one by one; the store still closes as
    /// ever when the context is dropped. Freeing a ten-year journey record by record was
    /// half the time from `q` to the process gone (6.7 million instructions). Nothing may
    /// read the journey after this.
    pub fn leave_records(&mut self) {
        std::mem::forget(std::mem::take(&mut self.journey));
        std::mem::forget(self.visible.take());
        std::mem::forget(self.spent.take());
        std::mem::forget(self.ready.take());
        std::mem::forget(std::mem::take(&mut self.search));
        std::mem::forget(std::mem::take(&mut self.visible_search));
        std::mem::forget(std::mem::take(&mut self.memo));
    }

    /// Saves everything pending (quit, SIGTERM, SIGHUP). Returns false if an entry could
    /// not be saved.
    pub fn flush(&mut self) -> bool {
        self.save_editor()
    }

    /// Asks before deleting.
    pub fn ask_delete(&mut self, record: Record, id: i64, what: &str) {
        if let Some(noun) = record.owner_noun().filter(|_| self.shared()) {
            self.info(format!(
                "{noun} is deleted when the screen is not shared (what belongs to it goes too)"
            ));
            return;
        }
        self.confirm = Some(Confirm::new(
            format!("Delete {what}? This cannot be undone."),
            Pending::Delete(record, id),
        ));
    }

    /// Deletes a record from the store and from memory, with what follows from it (a
    /// milestone-derived progress) in the same transaction.
    pub fn delete(&mut self, record: Record, id: i64) -> bool {
        self.write("Not deleted", |w| w.delete(record, id))
            .is_some()
    }

    /// Asks the terminal loop to open `$EDITOR` on a typed field (not on one the shared
    /// screen may not change: see [`Ctx::begin_edit`]).
    pub fn request_external(&mut self, key: FieldKey, kind: TextKind, label: &str) {
        if !self.may_change(&key) {
            self.info(HIDDEN_FIELD);
            return;
        }
        let text = match self.editor.as_ref() {
            Some(ed) if ed.key == key => ed.text(),
            _ => self.editing_text(&key, kind),
        };
        self.external = Some(ExternalEdit {
            key,
            kind,
            label: label.to_string(),
            text,
        });
    }

    /// Takes the text back from `$EDITOR` and saves it.
    pub fn external_done(&mut self, req: &ExternalEdit, text: &str) {
        if text == req.text {
            self.info("The editor made no change");
            return;
        }
        if let Some(ed) = self.editor.as_mut().filter(|ed| ed.key == req.key) {
            ed.set_text(text);
            if self.save_editor() {
                self.info(format!("{} saved from the editor", req.label));
            }
            return;
        }
        match parse_value(req.kind, text, self.clock.today(), &self.clock) {
            Ok(v) => {
                if self.commit(&req.key, v) {
                    self.info(format!("{} saved from the editor", req.label));
                }
            }
            Err(msg) => self.error(format!("{}: {msg}; nothing changed", req.label)),
        }
    }
}
