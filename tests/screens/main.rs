//! Rendered screens through ratatui's `TestBackend`: reviewed insta snapshots and the shared-screen privacy walk.

#[path = "../common/mod.rs"]
mod common;

mod basics;
mod conversation;
mod first_frame;
mod footer_hints;
mod goals;
mod journal;
mod occupation;
mod search;
mod shared;
mod shared_frames;
mod shared_screen_privacy;
