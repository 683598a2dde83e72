//! Store, domain and update logic, without a terminal (and the exports and import).

#[path = "../common/mod.rs"]
mod common;

mod agenda;
mod app;
mod app_export;
mod conversation;
mod demo;
mod edges;
mod export_json;
mod export_markdown;
mod goals;
mod import_merge;
mod journal;
mod meetings;
mod occupation;
mod perf;
mod prepare;
mod review;
mod search;
mod shared;
mod store;
