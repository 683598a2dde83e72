//! The export key in the app: `E` proposes a Markdown file beside the database, writes it
//! owner-only without ever replacing a file, says where; on a shared screen it writes the
//! shared-only export and says so; a folder that cannot take it is a clear message.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::journeys::rich;
use crate::common::{app_with_store, clock, press, screen, type_text};
use mentee::app::App;
use mentee::store::Store;

/// The rich journey (private items marked `SECRET-…`) in `dir/journey.db`.
fn app_in(dir: &Path) -> App {
    let store = Store::open(&dir.join("journey.db")).unwrap();
    mentee::import::import(&store, &rich(), false, clock().stamp()).unwrap();
    app_with_store(store)
}

fn status(app: &App) -> String {
    app.ctx
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn e_writes_the_markdown_beside_the_database_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    press(&mut app, "4 E");
    let expected = dir.path().join("journey-2026-11-22.md");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Export as Markdown"), "{s}");
    assert!(s.contains("journey-2026-11-22.md"), "{s}");
    press(&mut app, "Enter");
    assert!(app.overlay.is_none());
    let text = std::fs::read_to_string(&expected).unwrap();
    assert!(text.contains("title: 'Sam: development plan and meeting record'"));
    assert!(text.contains("SECRET-goal"), "the whole journey");
    assert_eq!(mode(&expected), 0o600);
    let said = status(&app);
    assert!(said.starts_with("Exported the journey to "), "{said}");
    assert!(said.ends_with("journey-2026-11-22.md"), "{said}");
    let s = screen(&mut app, 80, 24);
    // The message has a row of its own; the keys stay in the footer below it.
    assert!(
        s.lines()
            .nth(22)
            .unwrap()
            .contains("Exported the journey to"),
        "{s}"
    );
    assert!(s.lines().nth(23).unwrap().contains("? help"), "{s}");

    // Again: the first file stays, the second gets a number, and the prompt says so
    // before anything is written.
    std::fs::write(&expected, "mine").unwrap();
    press(&mut app, "E");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("journey-2026-11-22-2.md"), "{s}");
    press(&mut app, "Enter");
    assert_eq!(std::fs::read_to_string(&expected).unwrap(), "mine");
    let second = dir.path().join("journey-2026-11-22-2.md");
    assert!(
        std::fs::read_to_string(&second)
            .unwrap()
            .contains("SECRET-goal")
    );
    assert!(status(&app).ends_with("journey-2026-11-22-2.md"));
    // Still on the Goals tab, nothing else changed.
    assert_eq!(app.tab, mentee::tab::Tab::Goals);
}

#[test]
fn a_typed_path_or_folder_is_used_and_an_existing_name_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    let out = tempfile::tempdir().unwrap();
    // The proposal is selected: typing replaces it.
    press(&mut app, "E");
    let typed = out.path().join("plan.md");
    type_text(&mut app, typed.to_str().unwrap());
    press(&mut app, "Enter");
    assert!(typed.exists());
    // A folder gets the proposed name; an existing file a warning, then a number.
    press(&mut app, "E");
    type_text(&mut app, &format!("{}/", out.path().display()));
    press(&mut app, "Enter");
    assert!(out.path().join("journey-2026-11-22.md").exists());
    press(&mut app, "E");
    type_text(&mut app, typed.to_str().unwrap());
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("That file exists: this one is written as plan-2.md"),
        "{s}"
    );
    press(&mut app, "Enter");
    assert!(out.path().join("plan-2.md").exists());
}

#[test]
fn a_folder_that_cannot_take_the_file_is_a_clear_message_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    press(&mut app, "E");
    let missing = dir.path().join("no such folder/plan.md");
    type_text(&mut app, missing.to_str().unwrap());
    press(&mut app, "Enter");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Not exported: the folder"), "{s}");
    assert!(s.contains("does not exist"), "{s}");
    // The prompt stays, with what was typed, to be corrected.
    assert!(app.overlay.is_some());
    assert!(s.contains("no such folder/plan.md"), "{s}");
    // A file where a folder should be.
    press(&mut app, "Esc E");
    let file = dir.path().join("journey.db");
    type_text(&mut app, &format!("{}/plan.md", file.display()));
    press(&mut app, "Enter");
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("is not a folder"), "{s}");
    press(&mut app, "Esc");
    assert!(app.overlay.is_none());
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    assert!(files.is_empty(), "{files:?}");
}

#[test]
fn on_a_shared_screen_the_export_is_shared_only_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    app.ctx.set_shared(true);
    press(&mut app, "E");
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("Shared screen: only what is not private is written"),
        "{s}"
    );
    press(&mut app, "Enter");
    let path = dir.path().join("journey-shared-2026-11-22.md");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("SECRET"), "{text}");
    assert!(text.contains("PUBLIC-goal"));
    assert!(text.contains("everything marked private has been left out"));
    let said = status(&app);
    assert!(
        said.starts_with("Exported the shared part of the journey (nothing private) to "),
        "{said}"
    );
}

#[test]
fn e_is_listed_in_help_and_typed_as_text_while_editing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    press(&mut app, "?");
    let mut help = String::new();
    for _ in 0..12 {
        help.push_str(&screen(&mut app, 80, 24));
        press(&mut app, "PgDn");
    }
    assert!(help.contains("export the journey as Markdown"), "{help}");
    assert!(help.contains("search every tab"), "{help}");
    press(&mut app, "Esc");
    // In a text field, E and / are text.
    press(&mut app, "6 Enter Down Enter");
    type_text(&mut app, "E/");
    press(&mut app, "Esc");
    assert!(app.overlay.is_none());
    assert!(app.ctx.whole_journey().mentors[0].contact.ends_with("E/"));
}
