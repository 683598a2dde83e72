//! mentee: a terminal app for one mentee's mentoring journey.
//!
//! The binary (`main.rs`) is thin: it parses the command line and hands over to [`cli::run`].

pub mod action;
pub mod app;
pub mod cli;
pub mod ctx;
pub mod demo;
pub mod domain;
pub mod editor;
pub mod export;
pub mod generate;
pub mod import;
pub mod input;
pub mod keymap;
pub mod method;
pub mod modes;
pub mod pane;
pub mod passphrase;
pub mod paths;
pub mod rekey;
pub mod search;
pub mod store;
pub mod tab;
pub mod tabs;
pub mod target;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod view;

#[cfg(test)]
mod frame_cost;
