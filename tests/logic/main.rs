//! Store, domain and update logic, without a terminal (and the exports and import).

#[path = "../common/mod.rs"]
mod common;

mod agenda;
mod app;
mod app_export;
mod backend;
mod code_shape;
mod conversation;
mod copies;
mod crypt;
mod demo;
mod diff;
mod edges;
mod export_json;
mod export_markdown;
mod footer;
mod goals;
mod import_merge;
mod invite;
mod journal;
mod kept_agenda;
mod key_budget;
mod meeting;
mod meetings;
mod migration;
mod occupation;
mod panel;
mod perf;
mod prepare;
mod review;
mod search;
mod shared;
mod shared_export;
mod store;
mod summary;
