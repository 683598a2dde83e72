//! `/` from any tab: every text of the journey a search looks in, where it is, and where
//! Enter takes the user. No rendering here (the overlay is `ui::search`).
//!
//! The index names each text by where it is in the journey (a record's place in its list and
//! which of its texts, packed in 32 bits), in the order the results are shown, with 64 bits
//! saying which characters the text holds and 64 which pairs: 20 bytes a text; it copies
//! no text. It is kept between searches
//! ([`Kept`]): built when first needed (or while the app is idle), a changed text updates its
//! own entry through the one write path, and a change that can move entries (a new record,
//! a deletion, a new order) drops it, to be built again when next needed.
//!
//! A query is matched as [`find_matches`](crate::domain::search::find_matches) matches
//! (case folded char by char), without folding any text: the 64 bits answer a one-letter
//! query and rule out texts that lack a letter of a longer one; the rest are searched for
//! the query's rarest letter, in either case, directly in the text. Each letter typed
//! narrows the texts that matched the query before it ([`Narrowing`]), and deleting one
//! goes back to what was found then. Texts are read in the order results are shown, a
//! budget at a time: a key reads at most a key's worth, so the first rows are there at
//! once however long the journey, and the rest is read (and counted) between keys. Match
//! ranges are computed only for the rows drawn.
//!
//! An index describes the journey it was built from: on a shared screen, the shared-only
//! projection, so private texts are not indexed at all and cannot show up in results or in
//! counts.

mod matching;

use std::ops::Range;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use strum::{EnumCount, EnumIter, FromRepr, IntoEnumIterator};

use crate::domain::field::GOAL_TEXTS;
use crate::domain::goals::priority_order;
use crate::domain::journey::grouped;
use crate::domain::meetings::{is_upcoming, journal_order_of};
use crate::domain::passes;
use crate::domain::{ActionField, ActionItem, Goal, Mentor, Milestone, Review};
use crate::domain::{
    FieldKey, GoalField, Journey, Meeting, MeetingField, MentorField, MilestoneField, ReviewField,
};
use crate::method::method;
use crate::tab::Tab;
use crate::target::Target;
use crate::view::View;
pub use matching::{Budget, Matches, Narrowing};
use matching::{LETTER_BITS, letters_of, summary_of};

/// The parts of the journey a search covers, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, EnumCount, FromRepr)]
pub enum Area {
    Conversation,
    Worksheet,
    Goals,
    Journal,
    Agreement,
}

impl Area {
    /// The tab that shows it.
    #[must_use]
    pub fn tab(self) -> Tab {
        match self {
            Area::Conversation => Tab::Conversation,
            Area::Worksheet => Tab::Occupation,
            Area::Goals => Tab::Goals,
            Area::Journal => Tab::Journal,
            Area::Agreement => Tab::Agreement,
        }
    }

    /// The area a tab shows, if any (Overview shows a bit of everything).
    #[must_use]
    pub fn of_tab(tab: Tab) -> Option<Area> {
        Area::iter().find(|a| a.tab() == tab)
    }

    #[must_use]
    pub fn title(self) -> &'static str {
        self.tab().title()
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Where a searchable text is: its record's place in the journey's list (not its id: no
/// lookup when scanning), and which of its texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// An answer of the method, by its place in [`answers`].
    Answer(u16),
    Goal(u32, GoalField),
    Milestone(u32),
    Review(u32),
    Meeting(u32, MeetingField),
    Action(u32),
    Mentor(u32, MentorField),
}

/// A [`Source`] in 32 bits, as the index keeps it: its kind (3 bits), which of the
/// record's texts (4 bits: its place in [`GOAL_TEXTS`], [`MEETING_TEXTS`] or
/// [`MENTOR_TEXTS`]) and the record's place in its list (25 bits: 33 million records of a
/// kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Packed(u32);

const PLACE_BITS: u32 = 25;

impl Source {
    /// The source in 32 bits; `None` for a place beyond [`PLACE_BITS`].
    fn pack(self) -> Option<Packed> {
        let field = |i: Option<usize>| i.and_then(|i| u32::try_from(i).ok());
        let (kind, field, place) = match self {
            Source::Answer(k) => (0, Some(0), u32::from(k)),
            Source::Goal(i, f) => (1, field(GOAL_TEXTS.iter().position(|t| t.1 == f)), i),
            Source::Milestone(i) => (2, Some(0), i),
            Source::Review(i) => (3, Some(0), i),
            Source::Meeting(i, f) => (4, field(MEETING_TEXTS.iter().position(|t| t.1 == f)), i),
            Source::Action(i) => (5, Some(0), i),
            Source::Mentor(i, f) => (6, field(MENTOR_TEXTS.iter().position(|t| t.1 == f)), i),
        };
        let field = field?;
        (place < 1 << PLACE_BITS && field < 16)
            .then_some(Packed(kind << 29 | field << PLACE_BITS | place))
    }
}

impl Packed {
    fn unpack(self) -> Source {
        let place = self.0 & ((1 << PLACE_BITS) - 1);
        let field = usize::try_from(self.0 >> PLACE_BITS & 0xF).unwrap_or(0);
        let goal = |k: usize| GOAL_TEXTS.get(k).map_or(GoalField::Title, |t| t.1);
        let meeting = |k: usize| MEETING_TEXTS.get(k).map_or(MeetingField::Place, |t| t.1);
        let mentor = |k: usize| MENTOR_TEXTS.get(k).map_or(MentorField::Name, |t| t.1);
        match self.0 >> 29 {
            0 => Source::Answer(u16::try_from(place).unwrap_or(u16::MAX)),
            1 => Source::Goal(place, goal(field)),
            2 => Source::Milestone(place),
            3 => Source::Review(place),
            4 => Source::Meeting(place, meeting(field)),
            5 => Source::Action(place),
            _ => Source::Mentor(place, mentor(field)),
        }
    }
}

/// What the index knows of one searchable text, without reading it (its [`Source`] is
/// kept apart: [`Index::sources`]).
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Which characters the text holds (see [`summary_of`]).
    chars: u64,
    /// Which pairs of adjacent bytes it holds (see [`summary_of`]).
    pairs: u64,
}

impl Entry {
    fn summary(&self) -> (u64, u64) {
        (self.chars, self.pairs)
    }
}

/// A searchable answer of the method: the record it is shown under, its field and its key.
struct Answer {
    area: Area,
    record: String,
    field: &'static str,
    key: String,
}

/// The method's answers a search looks in, in the order their tabs show them.
fn answers() -> &'static [Answer] {
    static ANSWERS: OnceLock<Vec<Answer>> = OnceLock::new();
    ANSWERS.get_or_init(|| {
        let mut out = Vec::new();
        let mut push = |area, record: &str, field, key| {
            out.push(Answer {
                area,
                record: record.to_string(),
                field,
                key,
            });
        };
        for q in &method().questions {
            push(Area::Conversation, &q.title, "answer", q.key());
            for p in &q.prompts {
                push(Area::Conversation, &p.title, "answer", q.prompt_key(p));
            }
        }
        for s in &method().worksheet.stems {
            push(Area::Worksheet, &s.title, "ideal", s.ideal_key());
            push(Area::Worksheet, &s.title, "now", s.reality_key());
            push(Area::Worksheet, &s.title, "gap", s.gap_key());
        }
        out
    })
}

/// The texts of a meeting a search looks in.
const MEETING_TEXTS: [(&str, MeetingField); 4] = [
    ("place", MeetingField::Place),
    ("agenda", MeetingField::Agenda),
    ("notes", MeetingField::Notes),
    ("reflection", MeetingField::Reflection),
];

/// The texts of a mentor and their agreement a search looks in.
const MENTOR_TEXTS: [(&str, MentorField); 11] = [
    ("name", MentorField::Name),
    ("short name", MentorField::ShortName),
    ("contact", MentorField::Contact),
    ("venue", MentorField::Venue),
    ("I define", MentorField::DefineMine),
    ("they define", MentorField::DefineTheirs),
    ("I want", MentorField::WantMine),
    ("they want", MentorField::WantTheirs),
    ("I expect", MentorField::ExpectMine),
    ("they expect", MentorField::ExpectTheirs),
    ("confidential", MentorField::Confidentiality),
];

fn goal_text(g: &Goal, f: GoalField) -> &str {
    g.text_of(f)
}

fn meeting_text(m: &Meeting, f: MeetingField) -> &str {
    match f {
        MeetingField::Place => &m.place,
        MeetingField::Agenda => &m.agenda,
        MeetingField::Notes => &m.notes,
        MeetingField::Reflection => &m.reflection,
        _ => "",
    }
}

fn mentor_text(m: &Mentor, f: MentorField) -> &str {
    let a = &m.agreement;
    match f {
        MentorField::Name => &m.name,
        MentorField::ShortName => &m.short_name,
        MentorField::Contact => &m.contact,
        MentorField::Venue => &a.venue,
        MentorField::DefineMine => &a.define_mine,
        MentorField::DefineTheirs => &a.define_theirs,
        MentorField::WantMine => &a.want_mine,
        MentorField::WantTheirs => &a.want_theirs,
        MentorField::ExpectMine => &a.expect_mine,
        MentorField::ExpectTheirs => &a.expect_theirs,
        MentorField::Confidentiality => &a.confidentiality,
        _ => "",
    }
}

/// A list position as stored in a [`Source`].
fn at(i: u32) -> usize {
    usize::try_from(i).unwrap_or(usize::MAX)
}

/// The text a source names ("" if the journey no longer has it: never a panic).
fn text_of(j: &Journey, s: Source) -> &str {
    match s {
        Source::Answer(k) => answers()
            .get(usize::from(k))
            .map_or("", |a| j.answer_text(&a.key)),
        Source::Goal(i, f) => j.goals.get(at(i)).map_or("", |g| goal_text(g, f)),
        Source::Milestone(i) => j.milestones.get(at(i)).map_or("", |m| m.text.as_str()),
        Source::Review(i) => j.reviews.get(at(i)).map_or("", |r| r.note.as_str()),
        Source::Meeting(i, f) => j.meetings.get(at(i)).map_or("", |m| meeting_text(m, f)),
        Source::Action(i) => j.actions.get(at(i)).map_or("", |a| a.text.as_str()),
        Source::Mentor(i, f) => j.mentors.get(at(i)).map_or("", |m| mentor_text(m, f)),
    }
}

/// A text that matches (see [`Found`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Position in the index (see [`Index::shown`]).
    pub entry: usize,
}

/// What one query found, area by area.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Per area with matches, in the order shown: the area, how many texts match, and the
    /// first of them (at most the limit asked for).
    pub groups: Vec<(Area, usize, Vec<Hit>)>,
    /// Not every text has been read yet: there may be more matches than counted, in
    /// [`Found::open`] or in areas not listed yet.
    pub counting: bool,
    /// The area being read, when it has matches so far: its count may still grow.
    pub open: Option<Area>,
}

impl Found {
    /// How many texts match in all.
    #[must_use]
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.1).sum()
    }
}

/// A result as it is shown: the record as the user knows it (a prompt, a stem, a goal, a
/// meeting, a mentor), which of its texts, the text, and where Enter goes.
#[derive(Clone, Debug)]
pub struct Shown<'j> {
    pub area: Area,
    pub record: String,
    /// Which of its texts ("notes", "why", "milestone").
    pub field: &'static str,
    pub text: &'j str,
    pub target: Target,
}

/// Every text a search looks in, grouped by area in tab order, each area in the order its
/// tab shows its records.
#[derive(Clone, Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
    /// Where each entry's text is, in the same order (20 bytes an entry in all).
    sources: Vec<Packed>,
    /// Where each area's entries are in `entries` (by [`Area::index`]).
    areas: [Range<usize>; Area::COUNT],
    /// Per area, how many of its texts hold each ASCII letter and digit (by its bit in
    /// [`letters_of`]), of those whose summary says: a query of one letter is counted from
    /// this, not by looking at every summary.
    letters: Vec<[u32; LETTER_BITS]>,
    /// The entries whose summary cannot say which letters their lowercase holds, in order
    /// (a text with 'İ' or the Kelvin sign: rare): a one-letter query reads them.
    unplain: Vec<u32>,
    /// When the Journal's order changes by itself (the next meeting starts and becomes a
    /// past one): the index is built again after.
    valid_until: Option<DateTime<Utc>>,
    /// While it is being built: the records whose texts are still to be listed.
    listing: Option<Listing>,
}

impl Index {
    /// Indexes the journey as the user may see it now (no private texts on a shared screen).
    #[must_use]
    pub fn build(view: &View) -> Index {
        let mut index = Index::start(view);
        index.summarize(view, usize::MAX);
        index
    }

    /// An index of no text yet: [`Index::summarize`] lists where the texts are (see
    /// [`Listing`]) and reads them, a slice at a time.
    fn start(view: &View) -> Index {
        let j = view.journey;
        // At most this many (an item of a meeting no longer there is not listed).
        let texts = answers().len()
            + j.goals.len() * GOAL_TEXTS.len()
            + j.milestones.len()
            + j.reviews.len()
            + j.meetings.len() * MEETING_TEXTS.len()
            + j.actions.len()
            + j.mentors.len() * MENTOR_TEXTS.len();
        let now = view.clock.now();
        let valid_until = view
            .journey
            .meetings
            .iter()
            .filter(|m| is_upcoming(m, now))
            .map(|m| m.starts_at)
            .min();
        Index {
            entries: Vec::with_capacity(texts),
            sources: Vec::with_capacity(texts),
            areas: Default::default(),
            letters: vec![[0; LETTER_BITS]; Area::COUNT],
            unplain: Vec::new(),
            valid_until,
            listing: Some(Listing::new(view)),
        }
    }

    /// Lists where the texts are for about `records` more records (see [`Listing`]). True
    /// once every text is listed.
    fn list(&mut self, view: &View, records: usize) -> bool {
        let Some(listing) = self.listing.as_mut() else {
            return true;
        };
        let mut b = Builder {
            view: *view,
            sources: std::mem::take(&mut self.sources),
        };
        let done = listing.step(&mut b, &mut self.areas, records);
        self.sources = b.sources;
        if done {
            self.listing = None;
        }
        done
    }

    /// Lists and reads on through the texts not summarized yet, in order, about `bytes` of
    /// them (at least one text), from `view`, the view it was started from. True once
    /// every text is.
    fn summarize(&mut self, view: &View, bytes: usize) -> bool {
        let j = view.journey;
        // Listing a goal or a meeting (with its milestones, reviews or items) costs about
        // what reading 32 bytes of text does.
        if !self.list(view, bytes / 32 + 1) {
            return false;
        }
        let mut left = bytes;
        while left > 0 {
            let i = self.entries.len();
            let Some(&packed) = self.sources.get(i) else {
                break;
            };
            let text = text_of(j, packed.unpack());
            left = left.saturating_sub(text.len().max(16));
            let (chars, pairs) = summary_of(text);
            self.entries.push(Entry { chars, pairs });
            self.tally(i, true);
        }
        self.complete()
    }

    /// Whether every text has been listed and summarized (see [`Index::summarize`]).
    fn complete(&self) -> bool {
        self.listing.is_none() && self.entries.len() >= self.sources.len()
    }

    /// Adds entry `i` to [`Index::letters`] or [`Index::unplain`] (`add`), or takes it out.
    fn tally(&mut self, i: usize, add: bool) {
        let (Some(e), Ok(at)) = (self.entries.get(i), u32::try_from(i)) else {
            return;
        };
        let Some(area) = self.areas.iter().position(|r| r.contains(&i)) else {
            return;
        };
        match letters_of(e.chars) {
            Some(mut bits) => {
                let Some(counts) = self.letters.get_mut(area) else {
                    return;
                };
                while bits != 0 {
                    let c = &mut counts[bits.trailing_zeros() as usize];
                    *c = if add { *c + 1 } else { c.saturating_sub(1) };
                    bits &= bits - 1;
                }
            }
            None => match (self.unplain.binary_search(&at), add) {
                (Err(k), true) => self.unplain.insert(k, at),
                (Ok(k), false) => {
                    self.unplain.remove(k);
                }
                _ => {}
            },
        }
    }

    /// Where the text of an entry is.
    fn source(&self, entry: usize) -> Option<Source> {
        self.sources.get(entry).map(|p| p.unpack())
    }

    /// How many texts it holds (empty ones included: they match nothing).
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The texts matching `query`, grouped by area starting with `first` (then the others
    /// in tab order, wrapping round); at most `limit(area)` hits listed per area, all
    /// counted. `j` is the journey the index was built from.
    #[must_use]
    pub fn search(
        &self,
        j: &Journey,
        query: &str,
        first: Option<Area>,
        limit: impl Fn(Area) -> usize,
    ) -> Found {
        let mut narrowing = Narrowing::starting_at(first);
        narrowing.find(self, j, query);
        self.found(&narrowing, limit)
    }

    /// [`Index::search`]'s grouping of what `narrowing` has found so far: the areas it has
    /// read through are counted, the one it is reading counted so far, the rest not yet.
    #[must_use]
    pub fn found(&self, narrowing: &Narrowing, limit: impl Fn(Area) -> usize) -> Found {
        if let Some(bit) = narrowing.letter(self) {
            return self.found_by_letter(narrowing, bit, limit);
        }
        let (matches, done) = narrowing.progress();
        let mut found = Found {
            counting: done < self.entries.len(),
            ..Found::default()
        };
        let start = narrowing.first().map_or(0, Area::index);
        for k in 0..Area::COUNT {
            let Some(area) = Area::from_repr((start + k) % Area::COUNT) else {
                continue;
            };
            let range = self.areas[area.index()].clone();
            if range.is_empty() {
                continue;
            }
            // The same entries, by the place each is read at (see `Narrowing::place`).
            let from = narrowing.place(self, range.start);
            let places = from..from + range.len();
            if places.start >= done {
                break;
            }
            let count = matches.count(places.start..places.end.min(done));
            if count == 0 {
                continue;
            }
            let entries = range.start.wrapping_sub(from);
            let listed = matches
                .first(places.clone(), limit(area))
                .map(|p| Hit {
                    entry: p.wrapping_add(entries),
                })
                .collect();
            found.groups.push((area, count, listed));
            if places.end > done {
                found.open = Some(area);
            }
        }
        found
    }

    /// [`Index::found`] for a query of one letter or digit, its bit `bit` (see
    /// [`letters_of`]): each area counted from [`Index::letters`] and the texts of
    /// [`Index::unplain`] the narrowing has read, its first hits found by their summaries.
    /// What it costs does not grow with the journey, but for a letter few texts hold.
    fn found_by_letter(
        &self,
        narrowing: &Narrowing,
        bit: usize,
        limit: impl Fn(Area) -> usize,
    ) -> Found {
        let (read, _) = narrowing.progress();
        let mut found = Found::default();
        let start = narrowing.first().map_or(0, Area::index);
        for k in 0..Area::COUNT {
            let Some(area) = Area::from_repr((start + k) % Area::COUNT) else {
                continue;
            };
            let range = self.areas[area.index()].clone();
            let unplain = {
                let from = self.unplain.partition_point(|&i| at(i) < range.start);
                let to = self.unplain.partition_point(|&i| at(i) < range.end);
                &self.unplain[from..to]
            };
            let holds = |i: usize| match self.entries.get(i).map(|e| letters_of(e.chars)) {
                Some(Some(bits)) => bits >> bit & 1 == 1,
                Some(None) => read.has(narrowing.place(self, i)),
                None => false,
            };
            let tallied = self.letters.get(area.index()).map_or(0, |c| c[bit]);
            let count = tallied as usize + unplain.iter().filter(|&&i| holds(at(i))).count();
            if count == 0 {
                continue;
            }
            let listed = range
                .filter(|&i| holds(i))
                .take(limit(area).min(count))
                .map(|entry| Hit { entry })
                .collect();
            found.groups.push((area, count, listed));
        }
        found
    }

    /// The text of an entry, in the journey the index was built from.
    #[must_use]
    pub fn text<'j>(&self, entry: usize, j: &'j Journey) -> &'j str {
        self.source(entry).map_or("", |s| text_of(j, s))
    }

    /// An entry as a result row shows it, from the view the index was built from.
    #[must_use]
    pub fn shown<'j>(&self, entry: usize, view: &View<'j>) -> Option<Shown<'j>> {
        let source = self.source(entry)?;
        let j = view.journey;
        let area = self
            .areas
            .iter()
            .position(|r| r.contains(&entry))
            .and_then(Area::from_repr)?;
        let goal_title = |id| j.goal(id).map_or_else(String::new, goal_label);
        let (record, field, target) = match source {
            Source::Answer(k) => {
                let a = answers().get(usize::from(k))?;
                (a.record.clone(), a.field, Target::Answer(a.key.clone()))
            }
            Source::Goal(i, f) => {
                let g = j.goals.get(at(i))?;
                let label = GOAL_TEXTS.iter().find(|t| t.1 == f)?.0;
                (goal_label(g), label, Target::Field(FieldKey::Goal(g.id, f)))
            }
            Source::Milestone(i) => {
                let m = j.milestones.get(at(i))?;
                (goal_title(m.goal_id), "milestone", Target::Milestone(m.id))
            }
            Source::Review(i) => {
                let r = j.reviews.get(at(i))?;
                (goal_title(r.goal_id), "review", Target::Review(r.id))
            }
            Source::Meeting(i, f) => {
                let m = j.meetings.get(at(i))?;
                let label = MEETING_TEXTS.iter().find(|t| t.1 == f)?.0;
                let target = Target::Field(FieldKey::Meeting(m.id, f));
                (meeting_label(view, m), label, target)
            }
            Source::Action(i) => {
                let a = j.actions.get(at(i))?;
                let record = a
                    .meeting_id
                    .and_then(|id| j.meeting(id))
                    .map_or_else(|| "no meeting".to_string(), |m| meeting_label(view, m));
                (record, "action", Target::Action(a.id))
            }
            Source::Mentor(i, f) => {
                let m = j.mentors.get(at(i))?;
                let label = MENTOR_TEXTS.iter().find(|t| t.1 == f)?.0;
                let target = Target::Field(FieldKey::Mentor(m.id, f));
                (m.display_name(), label, target)
            }
        };
        Some(Shown {
            area,
            record,
            field,
            text: text_of(j, source),
            target,
        })
    }

    /// Whether the index still describes `j` at `now` as the tabs order it.
    fn current(&self, now: DateTime<Utc>) -> bool {
        self.valid_until.is_none_or(|t| now < t)
    }

    /// The text of `key` changed in `j` (already applied): its entry learns which
    /// characters it now holds. False when no entry holds it (the index must go).
    fn text_changed(&mut self, j: &Journey, key: &FieldKey) -> bool {
        let wanted = match key {
            FieldKey::Answer(k) => answers()
                .iter()
                .position(|a| a.key == *k)
                .and_then(|i| u16::try_from(i).ok())
                .map(Source::Answer),
            FieldKey::Goal(id, f) => position(&j.goals, *id, |g| g.id).map(|i| Source::Goal(i, *f)),
            FieldKey::Milestone(id, _) => {
                position(&j.milestones, *id, |m| m.id).map(Source::Milestone)
            }
            FieldKey::Review(id, _) => position(&j.reviews, *id, |r| r.id).map(Source::Review),
            FieldKey::Meeting(id, f) => {
                position(&j.meetings, *id, |m| m.id).map(|i| Source::Meeting(i, *f))
            }
            FieldKey::Action(id, _) => position(&j.actions, *id, |a| a.id).map(Source::Action),
            FieldKey::Mentor(id, f) => {
                position(&j.mentors, *id, |m| m.id).map(|i| Source::Mentor(i, *f))
            }
            _ => None,
        };
        let Some(source) = wanted else {
            return false;
        };
        let Some(packed) = source.pack() else {
            return false;
        };
        // A pass over 4 bytes an entry, once per edit saved (not per key).
        // Every text the index covers has an entry, empty or not (or will have, while it
        // is being listed: it is read as it is then).
        let Some(i) = passes::over(&self.sources).position(|&p| p == packed) else {
            return self.listing.is_some();
        };
        // Not summarized yet (the index is being built): it will be read as it is now.
        self.tally(i, false);
        if let Some(e) = self.entries.get_mut(i) {
            (e.chars, e.pairs) = summary_of(text_of(j, source));
        }
        self.tally(i, true);
        true
    }
}

/// A goal as results name it.
fn goal_label(g: &Goal) -> String {
    if g.title.trim().is_empty() {
        "(untitled goal)".to_string()
    } else {
        g.title.clone()
    }
}

/// "2026-11-03 Kemi": the meeting's day and the mentor's short name.
fn meeting_label(view: &View, m: &Meeting) -> String {
    let day = view.clock.local(m.starts_at).format("%Y-%m-%d");
    let mentor = m
        .mentor_id
        .and_then(|id| view.journey.mentor(id))
        .map(crate::domain::Mentor::short_name)
        .unwrap_or_default();
    format!("{day} {mentor}").trim_end().to_string()
}

/// Where the record with this id is in its list (ordered by id, as loaded; else a scan).
fn position<T>(items: &[T], id: i64, key: impl Fn(&T) -> i64) -> Option<u32> {
    let i = match items.binary_search_by_key(&id, &key) {
        Ok(i) => i,
        Err(_) => items.iter().position(|x| key(x) == id)?,
    };
    u32::try_from(i).ok()
}

/// The place in `items` of an item borrowed from it (the domain's order functions hand out
/// references; the index keeps places).
fn place<T>(items: &[T], item: &T) -> u32 {
    let size = std::mem::size_of::<T>().max(1);
    let offset = (std::ptr::from_ref(item) as usize).wrapping_sub(items.as_ptr() as usize) / size;
    debug_assert!(offset < items.len(), "an item of another list");
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Where an index being built has got to in listing where the texts are, area by area
/// (see [`Index::list`]): the goals and meetings, many in a long journey, a few at a time,
/// in orders found once (from the journey's own indexes; without them, an area in one go).
#[derive(Clone, Debug)]
struct Listing {
    /// The goals in priority order (their places in the journey's list).
    goals: Vec<u32>,
    /// The meetings in the Journal's order (their places).
    meetings: Vec<u32>,
    /// Whether the journey's indexes give each goal's milestones and reviews and each
    /// meeting's items.
    indexed: bool,
    /// The area being listed (see [`Area::index`]) and its next record.
    area: usize,
    next: usize,
}

/// Hands `each` the next places of `order` from `next`, at most `left` of them, and
/// counts them off both. True once `order` is done.
fn slice(order: &[u32], next: &mut usize, left: &mut usize, mut each: impl FnMut(usize)) -> bool {
    let end = order.len().min(next.saturating_add(*left));
    for &i in order.get(*next..end).unwrap_or_default() {
        each(at(i));
    }
    *left -= end - *next;
    *next = end;
    end >= order.len()
}

impl Listing {
    fn new(view: &View) -> Listing {
        let j = view.journey;
        let (upcoming, past) = journal_order_of(j, view.clock.now());
        Listing {
            goals: priority_order(j)
                .into_iter()
                .map(|g| place(&j.goals, g))
                .collect(),
            meetings: (upcoming.into_iter().chain(past))
                .map(|m| place(&j.meetings, m))
                .collect(),
            indexed: j.indexed_milestones(0).is_some()
                && j.indexed_reviews(0).is_some()
                && j.indexed_actions(0).is_some(),
            area: 0,
            next: 0,
        }
    }

    /// Lists about `records` more records into `b`, noting where each area's entries are
    /// in `areas`. True once every area is listed.
    fn step(
        &mut self,
        b: &mut Builder,
        areas: &mut [Range<usize>; Area::COUNT],
        records: usize,
    ) -> bool {
        let j = b.view.journey;
        let mut left = records;
        while let Some(area) = Area::from_repr(self.area) {
            if left == 0 {
                return false;
            }
            if self.next == 0 {
                areas[self.area] = b.sources.len()..b.sources.len();
            }
            let done = match area {
                Area::Conversation | Area::Worksheet => {
                    b.answers(area);
                    true
                }
                Area::Goals if !self.indexed => {
                    b.goals();
                    true
                }
                Area::Journal if !self.indexed => {
                    b.journal();
                    true
                }
                Area::Goals => slice(&self.goals, &mut self.next, &mut left, |g| {
                    if let Some(g) = j.goals.get(g) {
                        b.goal(g);
                    }
                }),
                Area::Journal => {
                    let done = slice(&self.meetings, &mut self.next, &mut left, |m| {
                        if let Some(m) = j.meetings.get(m) {
                            b.meeting(m);
                        }
                    });
                    if done {
                        b.unmet_actions();
                    }
                    done
                }
                Area::Agreement => {
                    b.agreement();
                    true
                }
            };
            areas[self.area].end = b.sources.len();
            if !done {
                return false;
            }
            left = left.saturating_sub(1);
            self.area += 1;
            self.next = 0;
        }
        true
    }
}

/// Collects where the texts are, area by area, in the order each tab shows its records.
struct Builder<'a> {
    view: View<'a>,
    sources: Vec<Packed>,
}

impl Builder<'_> {
    fn push(&mut self, source: Source) {
        // A place beyond 33 million records of a kind cannot be kept: not indexed.
        let Some(packed) = source.pack() else { return };
        self.sources.push(packed);
    }

    fn answers(&mut self, area: Area) {
        for (i, a) in answers().iter().enumerate() {
            if a.area == area
                && let Ok(i) = u16::try_from(i)
            {
                self.push(Source::Answer(i));
            }
        }
    }

    fn goals(&mut self) {
        let j = self.view.journey;
        // The journey's index groups them; else grouped once here (a long journey has
        // thousands of them).
        let indexed = j.indexed_milestones(0).is_some() && j.indexed_reviews(0).is_some();
        let (milestones, reviews) = if indexed {
            Default::default()
        } else {
            (
                grouped(&j.milestones, |m| Some(m.goal_id), |m| (m.position, m.id)),
                grouped(&j.reviews, |r| Some(r.goal_id), |r| (r.day, r.id)),
            )
        };
        for g in priority_order(j) {
            let gi = place(&j.goals, g);
            for (_, f) in GOAL_TEXTS {
                self.push(Source::Goal(gi, f));
            }
            match j.indexed_milestones(g.id) {
                Some(of_goal) => of_goal.for_each(|m| self.milestone(m)),
                None => {
                    (milestones.get(&g.id).into_iter().flatten()).for_each(|m| self.milestone(m))
                }
            }
            // Newest first, as the review log shows them.
            match j.indexed_reviews(g.id) {
                Some(of_goal) => of_goal.rev().for_each(|r| self.review(r)),
                None => {
                    (reviews.get(&g.id).into_iter().flatten().rev()).for_each(|r| self.review(r))
                }
            }
        }
    }

    /// A goal's texts, its milestones and its reviews, from the journey's indexes.
    fn goal(&mut self, g: &Goal) {
        let j = self.view.journey;
        let gi = place(&j.goals, g);
        for (_, f) in GOAL_TEXTS {
            self.push(Source::Goal(gi, f));
        }
        if let Some(of_goal) = j.indexed_milestones(g.id) {
            of_goal.for_each(|m| self.milestone(m));
        }
        // Newest first, as the review log shows them.
        if let Some(of_goal) = j.indexed_reviews(g.id) {
            of_goal.rev().for_each(|r| self.review(r));
        }
    }

    /// A meeting's texts and its action items, from the journey's indexes.
    fn meeting(&mut self, m: &Meeting) {
        let j = self.view.journey;
        let mi = place(&j.meetings, m);
        for (_, f) in MEETING_TEXTS {
            self.push(Source::Meeting(mi, f));
        }
        if let Some(of_meeting) = j.indexed_actions(m.id) {
            of_meeting.for_each(|a| self.action(a));
        }
    }

    fn milestone(&mut self, m: &Milestone) {
        let j = self.view.journey;
        self.push(Source::Milestone(place(&j.milestones, m)));
    }

    fn review(&mut self, r: &Review) {
        let j = self.view.journey;
        self.push(Source::Review(place(&j.reviews, r)));
    }

    fn action(&mut self, a: &ActionItem) {
        let j = self.view.journey;
        self.push(Source::Action(place(&j.actions, a)));
    }

    fn journal(&mut self) {
        let j = self.view.journey;
        let (upcoming, past) = journal_order_of(j, self.view.clock.now());
        let actions = if j.indexed_actions(0).is_some() {
            Default::default()
        } else {
            grouped(&j.actions, |a| a.meeting_id, |a| (a.position, a.id))
        };
        for m in upcoming.into_iter().chain(past) {
            let mi = place(&j.meetings, m);
            for (_, f) in MEETING_TEXTS {
                self.push(Source::Meeting(mi, f));
            }
            match j.indexed_actions(m.id) {
                Some(of_meeting) => of_meeting.for_each(|a| self.action(a)),
                None => (actions.get(&m.id).into_iter().flatten()).for_each(|a| self.action(a)),
            }
        }
        self.unmet_actions();
    }

    /// Items that belong to no meeting (imported): found, though no meeting shows them.
    fn unmet_actions(&mut self) {
        let j = self.view.journey;
        for (i, a) in j.actions.iter().enumerate() {
            if a.meeting_id.is_none()
                && let Ok(i) = u32::try_from(i)
            {
                self.push(Source::Action(i));
            }
        }
    }

    fn agreement(&mut self) {
        for i in 0..self.view.journey.mentors.len() {
            let Ok(i) = u32::try_from(i) else { break };
            for (_, f) in MENTOR_TEXTS {
                self.push(Source::Mentor(i, f));
            }
        }
    }
}

/// What a change of a field does to an index of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effect {
    /// Nothing a search shows or orders by.
    None,
    /// A text the index holds: its entry is updated.
    Text,
    /// Entries may move (an order, a day): the index goes.
    Moved,
}

fn effect(key: &FieldKey) -> Effect {
    use Effect::{Moved, None, Text};
    match key {
        FieldKey::Answer(_) => Text,
        FieldKey::Goal(_, f) => match f {
            GoalField::Position => Moved,
            f if GOAL_TEXTS.iter().any(|t| t.1 == *f) => Text,
            _ => None,
        },
        FieldKey::Milestone(_, f) => match f {
            MilestoneField::Text => Text,
            MilestoneField::Position => Moved,
            _ => None,
        },
        FieldKey::Review(_, f) => match f {
            ReviewField::Note => Text,
            ReviewField::Day => Moved,
            _ => None,
        },
        FieldKey::Meeting(_, f) => match f {
            MeetingField::Place
            | MeetingField::Agenda
            | MeetingField::Notes
            | MeetingField::Reflection => Text,
            MeetingField::StartsAt => Moved,
            _ => None,
        },
        FieldKey::Action(_, f) => match f {
            ActionField::Text => Text,
            ActionField::Position => Moved,
            _ => None,
        },
        FieldKey::Mentor(_, f) if MENTOR_TEXTS.iter().any(|t| t.1 == *f) => Text,
        FieldKey::Mentor(..) => None,
        FieldKey::Question(..)
        | FieldKey::AnswerPrivate(_)
        | FieldKey::Marker(_)
        | FieldKey::Setting(_) => None,
        // Anything else: the index goes, to be built again (never a stale result).
        #[allow(unreachable_patterns)]
        _ => Moved,
    }
}

/// A number no change of any kept index has had before (see [`Kept::version`]).
fn fresh_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The search index of one journey, kept between searches (see the module docs).
#[derive(Clone, Debug, Default)]
pub struct Kept {
    index: Option<Index>,
    /// What [`Kept::built_or_empty`] hands out while the index is not built.
    empty: Index,
    /// Changes whenever what a search finds may have changed (built, a text changed, dropped),
    /// and is never the same for two indexes: results found at another version are found again.
    version: u64,
}

impl Kept {
    /// The index and its version, built first (or to the end) if there is none or the one
    /// kept is out of date. `view` shows the journey this index is for.
    pub fn get(&mut self, view: &View) -> (&Index, u64) {
        self.build(view, usize::MAX);
        let index = self.index.get_or_insert_with(Index::default);
        (index, self.version)
    }

    /// Builds the index a slice at a time, reading about `bytes` of text (see
    /// [`Index::summarize`]): started if there is none or the one kept is out of date,
    /// else carried on. True once it is built. A key that comes meanwhile waits for one
    /// slice at most; what is changed meanwhile is told to it as to a built one.
    pub fn build(&mut self, view: &View, bytes: usize) -> bool {
        let now = view.clock.now();
        if self.index.as_ref().is_none_or(|i| !i.current(now)) {
            self.index = Some(Index::start(view));
            self.version = fresh_version();
        }
        self.index
            .as_mut()
            .is_none_or(|i| i.complete() || i.summarize(view, bytes))
    }

    /// The index if it is built to the end and current, else an empty one at version 0
    /// (which no built index has), without building anything: what an empty search shows
    /// while the index is still being built (see `Ctx::search_so_far`).
    pub fn built_or_empty(&self, view: &View) -> (&Index, u64) {
        let now = view.clock.now();
        match self.index.as_ref() {
            Some(index) if index.complete() && index.current(now) => (index, self.version),
            _ => (&self.empty, 0),
        }
    }

    /// The index if there is one built to the end (it may be out of date: see
    /// [`Kept::get`]).
    #[must_use]
    pub fn peek(&self) -> Option<&Index> {
        self.index.as_ref().filter(|i| i.complete())
    }

    /// Whether there is an index to search in, built to the end.
    #[must_use]
    pub fn ready(&self) -> bool {
        self.index.as_ref().is_some_and(Index::complete)
    }

    /// A field of `j` changed (the change is applied): the index follows.
    pub fn changed(&mut self, j: &Journey, key: &FieldKey) {
        let Some(index) = self.index.as_mut() else {
            return;
        };
        let keep = match effect(key) {
            Effect::None => return,
            Effect::Text => index.text_changed(j, key),
            Effect::Moved => false,
        };
        if !keep {
            self.index = None;
        }
        self.version = fresh_version();
    }

    /// Records were added, deleted or reordered: the index goes, to be built again.
    pub fn moved(&mut self) {
        self.index = None;
        self.version = fresh_version();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{self, Size};

    /// Built from the journey's own indexes (a goal's milestones and reviews, a meeting's
    /// action items) or from groups made here, the index is the same, entry by entry.
    #[test]
    fn the_journeys_indexes_give_the_same_entries_as_grouping() {
        let clock = generate::clock();
        let indexed = generate::journey(&Size::small().times(2), 3);
        // The same records in new lists, which the journey's index does not describe.
        let mut plain = indexed.clone();
        plain.milestones = plain.milestones.iter().cloned().collect::<Vec<_>>().into();
        plain.reviews = plain.reviews.iter().cloned().collect::<Vec<_>>().into();
        plain.actions = plain.actions.iter().cloned().collect::<Vec<_>>().into();
        assert!(indexed.indexed_milestones(0).is_some() && plain.indexed_milestones(0).is_none());
        assert!(indexed.indexed_actions(0).is_some() && plain.indexed_actions(0).is_none());
        let memo = crate::view::Memo::default();
        let view = |journey| View {
            journey,
            clock: &clock,
            shared: false,
            editor: None,
            memo: &memo,
        };
        let (a, b) = (Index::build(&view(&plain)), Index::build(&view(&indexed)));
        assert!(a.len() > 500, "{}", a.len());
        assert_eq!(a.sources, b.sources);
        assert_eq!(a.areas, b.areas);
        for i in 0..a.len() {
            assert_eq!(a.entries[i].summary(), b.entries[i].summary());
            assert_eq!(a.source(i).and_then(Source::pack), Some(a.sources[i]));
        }
    }

    /// A text changed through the write path moves its entry in the tally a one-letter
    /// query is counted from (or in and out of the texts such a query reads) as building
    /// the index again would.
    #[test]
    fn a_changed_text_keeps_the_letter_tally_as_a_new_index_has_it() {
        use crate::domain::Clock;
        use crate::view::Memo;
        let clock = generate::clock();
        let mut j = generate::journey(&Size::small(), 5);
        let memo = crate::view::Memo::default();
        let mut kept = Kept::default();
        fn view<'a>(journey: &'a Journey, clock: &'a Clock, memo: &'a Memo) -> View<'a> {
            View {
                journey,
                clock,
                shared: false,
                editor: None,
                memo,
            }
        }
        kept.get(&view(&j, &clock, &memo));
        let (goal, meeting) = (j.goals[0].id, j.meetings[1].id);
        let edits = [
            (
                FieldKey::Goal(goal, GoalField::Why),
                "İstanbul, and \u{212A}elvin",
            ),
            (FieldKey::Meeting(meeting, MeetingField::Notes), "qqq 42 zz"),
            (FieldKey::Goal(goal, GoalField::Why), "plain again"),
            (FieldKey::Answer(answers()[0].key.clone()), "İ only"),
            (FieldKey::Meeting(meeting, MeetingField::Notes), ""),
        ];
        for (key, text) in edits {
            j.apply(&key, crate::domain::Value::Text(text.into()), clock.stamp());
            kept.changed(&j, &key);
            let (index, _) = kept.get(&view(&j, &clock, &memo));
            let fresh = Index::build(&view(&j, &clock, &memo));
            assert_eq!(index.letters, fresh.letters, "{key:?}");
            assert_eq!(index.unplain, fresh.unplain, "{key:?}");
        }
        assert!(!kept.peek().is_some_and(|i| i.unplain.is_empty()));
    }

    /// Built a slice at a time, with texts changed between slices (some listed or read
    /// already, some not yet), the index is the one built at once from the journey as it
    /// ends; so too for a journey without its own indexes.
    #[test]
    fn an_index_built_in_slices_is_the_one_built_at_once() {
        use crate::domain::Clock;
        use crate::view::Memo;
        fn view<'a>(journey: &'a Journey, clock: &'a Clock, memo: &'a Memo) -> View<'a> {
            View {
                journey,
                clock,
                shared: false,
                editor: None,
                memo,
            }
        }
        let clock = generate::clock();
        let memo = Memo::default();
        for (seed, bytes, indexed) in [
            (1, 1, true),
            (2, 700, true),
            (3, 5000, true),
            (4, 300, false),
        ] {
            let mut j = generate::journey(&Size::small(), seed);
            if !indexed {
                // Lists the journey's indexes do not describe: each area in one go.
                j.milestones = j.milestones.iter().cloned().collect::<Vec<_>>().into();
            }
            let mut kept = Kept::default();
            let (first, last) = (j.goals[0].id, j.meetings[j.meetings.len() - 1].id);
            let mut edits = vec![
                (FieldKey::Goal(first, GoalField::Why), "İstanbul zebra"),
                (FieldKey::Meeting(last, MeetingField::Notes), "quiz 42"),
            ]
            .into_iter();
            let mut slices = 0;
            while !kept.build(&view(&j, &clock, &memo), bytes) {
                assert!(!kept.ready() && kept.peek().is_none());
                slices += 1;
                if slices % 3 == 0
                    && let Some((key, text)) = edits.next()
                {
                    j.apply(&key, crate::domain::Value::Text(text.into()), clock.stamp());
                    kept.changed(&j, &key);
                }
            }
            assert!(slices > 3, "{slices}");
            assert!(kept.ready());
            let fresh = Index::build(&view(&j, &clock, &memo));
            let (built, _) = kept.get(&view(&j, &clock, &memo));
            assert_eq!(built.sources, fresh.sources);
            assert_eq!(built.areas, fresh.areas);
            assert_eq!(built.letters, fresh.letters);
            assert_eq!(built.unplain, fresh.unplain);
            let summaries = |i: &Index| i.entries.iter().map(Entry::summary).collect::<Vec<_>>();
            assert_eq!(summaries(built), summaries(&fresh));
            // `/` while it is being built: it is built to the end first.
            let mut kept = Kept::default();
            assert!(!kept.build(&view(&j, &clock, &memo), bytes));
            let (got, _) = kept.get(&view(&j, &clock, &memo));
            assert_eq!(summaries(got), summaries(&fresh));
            assert_eq!(got.letters, fresh.letters);
        }
    }
}
