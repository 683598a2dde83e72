//! Writing the journey out of mentee (and reading it back): the JSON export, and what the
//! shared-only exports leave out.

pub mod json;
pub mod shared;
