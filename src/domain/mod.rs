//! Plain data types of a mentoring journey, shared by the store, the panes and the exports.

pub mod agenda;
pub mod answers;
pub mod choice;
pub mod clock;
pub mod dates;
pub mod diff;
pub mod draft;
pub mod field;
pub mod goals;
pub mod index;
pub mod journey;
pub mod meetings;
pub mod names;
pub mod passes;
pub mod privacy;
pub mod records;
pub mod reflection;
pub mod search;
pub mod text;
pub mod times;

/// Maps and sets keyed by the journey's ids and keys, with a quick hasher (foldhash, seeded
/// per process) instead of std's SipHash, which was most of the cost of indexing a journey
/// and of its shared-only projection. (`new` and `with_capacity` come from
/// [`HashMapExt`] and [`HashSetExt`].)
pub use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

pub use choice::{
    Cadence, Channel, Choice, GoalStatus, Marker, OriginKind, Owner, ProgressMode, Structure,
};
pub use clock::{Clock, Stamp, TimeRead};
pub use draft::Draft;
pub use field::{
    ActionField, AgendaItemField, FieldKey, GoalField, MeetingField, MentorField, MilestoneField,
    QuestionField, Record, ReviewField, Value,
};
pub use journey::Journey;
pub use records::{
    ActionItem, AgendaItem, Agreement, AnswerVersion, Goal, Id, Meeting, Mentor, Milestone, Origin,
    Question, Review, Topic,
};
