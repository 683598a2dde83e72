//! What rendering may read: a read-only view of the journey as the screen may show it.
//!
//! Every render function takes a [`View`] (or pieces of it), never the `Ctx`: a `View` holds
//! no store and nothing that can write, so drawing cannot change the journey, and while the
//! screen is shared its `journey` is the shared-only projection
//! ([`Journey::shared_only`]), so a screen cannot show what it was never given. This is a
//! compile-time guarantee: `Pane::render` (in `src/pane.rs`) takes `&View`.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, NaiveDate, SubsecRound, Timelike, Utc};
use ratatui::text::Line;

use crate::domain::agenda::{self, Agenda, Entry, MeetingChoice};
use crate::domain::{Clock, Id, Journey, Meeting, TimeRead, meetings};
use crate::editor::FieldEditor;
use crate::theme::Theme;

/// A read-only view for drawing (and for the reads that handlers share with drawing).
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The journey as it may be shown: the shared-only projection while the screen is shared.
    pub journey: &'a Journey,
    pub clock: &'a Clock,
    /// Whether the screen is shared (for wording; what is private is already left out).
    pub shared: bool,
    /// The field being edited, if any: forms draw it in place of the stored value.
    pub editor: Option<&'a FieldEditor>,
    /// What is kept between frames about this journey (see [`Memo`]).
    pub memo: &'a Memo,
}

impl View<'_> {
    /// The agenda of a meeting (see [`AgendaFor`]) as this view's journey has it: built
    /// once, then kept while the journey and the time it depends on are the same.
    #[must_use]
    pub fn agenda(&self, what: AgendaFor) -> Rc<KeptAgenda> {
        self.memo.agenda(self, what)
    }

    /// The goals the shared screen steps through with `mentor`
    /// ([`agenda::goals_for_review`]), kept like [`View::agenda`].
    #[must_use]
    pub fn review_goals(&self, mentor: Option<Id>) -> Rc<Vec<Id>> {
        self.memo.review_goals(self, mentor)
    }

    /// The action items carried forward to `meeting`, in order
    /// ([`meetings::carried_forward`]): kept like [`View::agenda`] (a long journey's last
    /// meeting carries hundreds, sorted each time they are gathered).
    #[must_use]
    pub fn carried(&self, meeting: &Meeting) -> Rc<Vec<Id>> {
        self.memo.carried(self, meeting)
    }
}

/// Which meeting's agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgendaFor {
    /// The meeting the one rule chooses ([`agenda::choose`]).
    Chosen,
    /// The next meeting with a mentor ([`agenda::meeting_with`]; `None`: no mentor).
    Mentor(Option<Id>),
    /// A meeting already chosen.
    Meeting(MeetingChoice),
}

/// An agenda and its items as shown ([`Agenda::items`]), found by place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptAgenda {
    pub agenda: Agenda,
    /// Where each item shown is in `agenda.entries`: not dropped, and about something the
    /// journey still holds.
    pub items: Vec<usize>,
}

impl KeptAgenda {
    fn new(agenda: Agenda, j: &Journey) -> Self {
        let items = (0..agenda.entries.len())
            .filter(|n| {
                let e = &agenda.entries[*n];
                !e.dropped && agenda::exists(&e.topic, j)
            })
            .collect();
        Self { agenda, items }
    }

    /// The `n`th item shown, with its place among all entries.
    #[must_use]
    pub fn item(&self, n: usize) -> Option<(usize, &Entry)> {
        let at = *self.items.get(n)?;
        Some((at, &self.agenda.entries[at]))
    }

    /// The items shown, in order.
    pub fn shown(&self) -> impl Iterator<Item = &Entry> {
        self.items.iter().map(|n| &self.agenda.entries[*n])
    }
}

/// What a keyed entry of the [`Memo`] was built from: the journey (whose projection, and
/// which records: [`Journey::stamps`]), the time where it matters, and what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Key<W> {
    shared: bool,
    stamps: [u64; 8],
    time: Option<Time>,
    what: W,
}

/// What an agenda takes from the time: the day, and which meetings have started (so a
/// meeting beginning makes it today's without a minute's wait); the instant itself when
/// the meetings are not indexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Time {
    Started(NaiveDate, usize),
    At(DateTime<Utc>),
    /// Lines drawn (see [`Memo::lines`]).
    Drawn(ReadAt),
}

impl Time {
    fn of(j: &Journey, clock: &Clock) -> Time {
        let now = clock.now();
        match j.meetings_by_start() {
            Some(order) => Time::Started(clock.today(), order.started_by(now)),
            None => Time::At(now),
        }
    }
}

/// How many agendas are kept (Prepare's, the shared screen's and the own view's of the
/// meeting it opens on, the one a switch of mentor asks for, the one kept while idle).
const KEEP: usize = 5;

/// What the modes build from the whole journey, kept between keys and frames: agendas (a
/// pass over every open goal and open action item each) and the goals the shared screen
/// steps through. Every entry notes the journey it came from — whether it is the shared-only
/// projection, and the stamps of its lists — and answers only a view of that same journey,
/// so nothing built from the whole journey is ever shown on the shared screen; the write
/// path drops everything ([`Memo::clear`]), so a change to what has no stamp (an answer, a
/// flag of the maps) is never missed either, and a projection made anew for the shared
/// screen drops what was built for the one before ([`Memo::clear_shared`]); what was built
/// for the own view stays beside what is built for the shared screen, so the own view
/// comes back as it was left. Filled while drawing (through `&View`): what it holds is a copy of
/// what the view would build, never a change to the journey.
#[derive(Debug, Default)]
pub struct Memo {
    agendas: Kept<AgendaFor, KeptAgenda>,
    review_goals: Kept<Option<Id>, Vec<Id>>,
    carried: Kept<Id, Vec<Id>>,
    lines: Kept<Drawn, Vec<Line<'static>>>,
}

/// What the [`Memo`] keeps of one kind, each with what it was built from.
type Kept<W, T> = RefCell<Vec<(Key<W>, Rc<T>)>>;

/// What a screen's lines were drawn for: which screen (and which agenda, for one that
/// shows one), how wide, in which theme.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Drawn {
    screen: &'static str,
    /// The agenda shown, and the time it was built for (as the agenda's own key has it:
    /// the day and which meetings have started, so the lines follow a meeting beginning).
    about: Option<(AgendaFor, Time)>,
    width: u16,
    theme: Theme,
}

/// The time lines were drawn at, as finely as drawing them read it ([`TimeRead`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ReadAt {
    Nothing,
    Day(NaiveDate),
    Minute(DateTime<Utc>),
}

impl ReadAt {
    fn now(clock: &Clock, read: TimeRead) -> ReadAt {
        match read {
            TimeRead::Nothing => ReadAt::Nothing,
            TimeRead::Day => ReadAt::Day(clock.today()),
            TimeRead::Minute => ReadAt::Minute(minute(clock.now())),
        }
    }

    /// Whether the time is still what it was (reading it as finely as drawing did, so the
    /// loop redraws when it would have).
    fn holds(self, clock: &Clock) -> bool {
        match self {
            ReadAt::Nothing => true,
            ReadAt::Day(d) => clock.today() == d,
            ReadAt::Minute(m) => minute(clock.now()) == m,
        }
    }
}

fn minute(t: DateTime<Utc>) -> DateTime<Utc> {
    let t = t.trunc_subsecs(0);
    t - chrono::TimeDelta::seconds(i64::from(t.second()))
}

impl Memo {
    /// Forgets everything: the journey has changed.
    pub fn clear(&mut self) {
        self.agendas.get_mut().clear();
        self.review_goals.get_mut().clear();
        self.carried.get_mut().clear();
        self.lines.get_mut().clear();
    }

    /// Drops what was built for the shared screen, keeping what was built for the mentee's
    /// own view: that answers only the own view of the same journey (its key says so),
    /// which the shared screen leaves unchanged unless something is written (and a write
    /// drops everything), so the own view comes back as it was left.
    pub fn clear_shared(&mut self) {
        self.agendas.get_mut().retain(|(k, _)| !k.shared);
        self.review_goals.get_mut().retain(|(k, _)| !k.shared);
        self.carried.get_mut().retain(|(k, _)| !k.shared);
        self.lines.get_mut().retain(|(k, _)| !k.shared);
    }

    /// Whether an agenda is kept for `view`'s journey, at whatever time (for building what
    /// the shared screen opens on while idle, see `Ctx::prepare_sharing`).
    #[must_use]
    pub fn has_agenda(&self, view: &View) -> bool {
        let (shared, stamps) = (view.shared, view.journey.stamps());
        self.agendas
            .borrow()
            .iter()
            .any(|(k, _)| k.shared == shared && k.stamps == stamps)
    }

    /// Whether the agenda of the chosen meeting is kept for `view`'s journey, at whatever
    /// time (for building it while idle without waking every minute).
    #[must_use]
    pub fn has_chosen(&self, view: &View) -> bool {
        let (shared, stamps) = (view.shared, view.journey.stamps());
        self.agendas
            .borrow()
            .iter()
            .any(|(k, _)| k.shared == shared && k.stamps == stamps && k.what == AgendaFor::Chosen)
    }

    fn agenda(&self, view: &View, what: AgendaFor) -> Rc<KeptAgenda> {
        let (j, clock) = (view.journey, view.clock);
        let key = Key {
            shared: view.shared,
            stamps: j.stamps(),
            time: Some(Time::of(j, clock)),
            what,
        };
        if let Some((_, kept)) = self.agendas.borrow().iter().find(|(k, _)| *k == key) {
            return Rc::clone(kept);
        }
        let built = match &key.what {
            AgendaFor::Chosen => agenda::build_chosen(j, clock),
            AgendaFor::Mentor(m) => agenda::build_for(j, clock, *m),
            AgendaFor::Meeting(choice) => agenda::build(j, clock, choice.clone()),
        };
        keep(&self.agendas, key, Rc::new(KeptAgenda::new(built, j)))
    }

    /// The lines of `screen`, `width` columns wide in `theme`, drawn by `draw` from this
    /// view (and nothing else: its journey, whether shared, the time), kept until the
    /// journey or the time they read changes: a move in a long text then costs the same
    /// however many lines it has.
    pub fn lines(
        &self,
        view: &View,
        screen: &'static str,
        width: u16,
        theme: &Theme,
        draw: impl FnOnce() -> Vec<Line<'static>>,
    ) -> Rc<Vec<Line<'static>>> {
        self.kept_lines(view, screen, None, (width, theme), draw)
    }

    /// [`Memo::lines`] of a screen showing the agenda `about` (as printed: every item of a
    /// long journey's agenda, thousands, written out and wrapped).
    pub fn agenda_lines(
        &self,
        view: &View,
        screen: &'static str,
        about: &AgendaFor,
        width: u16,
        theme: &Theme,
        draw: impl FnOnce() -> Vec<Line<'static>>,
    ) -> Rc<Vec<Line<'static>>> {
        self.kept_lines(view, screen, Some(about), (width, theme), draw)
    }

    fn kept_lines(
        &self,
        view: &View,
        screen: &'static str,
        about: Option<&AgendaFor>,
        (width, theme): (u16, &Theme),
        draw: impl FnOnce() -> Vec<Line<'static>>,
    ) -> Rc<Vec<Line<'static>>> {
        let what = Drawn {
            screen,
            about: about.map(|a| (a.clone(), Time::of(view.journey, view.clock))),
            width,
            theme: theme.clone(),
        };
        let clock = view.clock;
        let found = self.lines.borrow().iter().find_map(|(k, kept)| {
            let Some(Time::Drawn(at)) = k.time else {
                return None;
            };
            (k.shared == view.shared
                && k.stamps == view.journey.stamps()
                && k.what == what
                && at.holds(clock))
            .then(|| Rc::clone(kept))
        });
        if let Some(kept) = found {
            return kept;
        }
        // What drawing reads of the time, apart from what was read before it.
        let before = clock.take_read();
        let kept = Rc::new(draw());
        let read = clock.take_read();
        clock.note(before.max(read));
        let key = Key {
            shared: view.shared,
            stamps: view.journey.stamps(),
            time: Some(Time::Drawn(ReadAt::now(clock, read))),
            what,
        };
        keep(&self.lines, key, kept)
    }

    fn review_goals(&self, view: &View, mentor: Option<Id>) -> Rc<Vec<Id>> {
        let j = view.journey;
        let key = Key {
            shared: view.shared,
            stamps: j.stamps(),
            time: None,
            what: mentor,
        };
        if let Some((_, kept)) = self.review_goals.borrow().iter().find(|(k, _)| *k == key) {
            return Rc::clone(kept);
        }
        keep(
            &self.review_goals,
            key,
            Rc::new(agenda::goals_for_review(j, mentor)),
        )
    }

    fn carried(&self, view: &View, meeting: &Meeting) -> Rc<Vec<Id>> {
        let j = view.journey;
        // What it reads of the clock is its time zone (a meeting's local day), which the
        // app keeps for its run.
        let key = Key {
            shared: view.shared,
            stamps: j.stamps(),
            time: None,
            what: meeting.id,
        };
        if let Some((_, kept)) = self.carried.borrow().iter().find(|(k, _)| *k == key) {
            return Rc::clone(kept);
        }
        let ids = meetings::carried_forward(j, meeting, view.clock)
            .into_iter()
            .map(|a| a.id)
            .collect();
        keep(&self.carried, key, Rc::new(ids))
    }
}

/// Keeps `value`, built for `key`, beside what was built from the same journey and what was
/// built for the other side (the own view, the shared-only projection): anything built
/// from another journey of the same side is dropped, and the oldest goes when [`KEEP`]
/// are there. Returns it.
fn keep<W, T>(kept: &Kept<W, T>, key: Key<W>, value: Rc<T>) -> Rc<T> {
    let mut kept = kept.borrow_mut();
    kept.retain(|(k, _)| k.shared != key.shared || k.stamps == key.stamps);
    if kept.len() >= KEEP {
        kept.remove(0);
    }
    kept.push((key, Rc::clone(&value)));
    value
}
