//! The real binary in a pseudo-terminal (and as a plain process): end to end, and faults.

#[path = "../common/mod.rs"]
mod common;

mod basics;
mod conversation;
mod edges;
mod export;
mod faults;
mod goals;
mod journal;
mod keys;
mod markdown;
mod occupation;
mod search;
mod shared;
