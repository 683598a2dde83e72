//! The real binary: `mentee agenda`, and the shared-screen review in a pseudo-terminal with
//! what it records checked in the database file.

use crate::common::meeting_fixture as fixture;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::pty::{BIN, Pty, eventually};

const NOW: &str = "2026-11-22T10:00:00Z";

/// A database file holding the fixture journey.
fn prepared_db(dir: &Path) -> PathBuf {
    let path = dir.join("journey.db");
    let store = mentee::store::Store::open(&path).unwrap();
    fixture::fill(&store);
    path
}

fn mentee(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("XDG_DATA_HOME", dir)
        .env("HOME", dir)
        .env("MENTEE_NOW", NOW)
        .env_remove("MENTEE_DB")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn agenda_prints_the_markdown_agenda_for_the_next_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let db = prepared_db(dir.path());
    let db = db.to_str().unwrap();
    let out = mentee(dir.path(), &["agenda", "--db", db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "# Agenda — meeting with Ana Lima\n\
         \n\
         Due Tue 1 Dec 2026 (monthly; in 9 days, not planned yet)\n\
         \n\
         1. **Open action** — Send the CV draft _(me · due Fri 20 Nov, overdue)_\n\
         \x20  - Owner: me\n\
         \x20  - Due: Fri 20 Nov — overdue, 2 days ago\n\
         \x20  - Agreed: at the meeting on Sun 1 Nov\n\
         2. **Goal** — Improve SQL _(due Thu 10 Dec · not reviewed since Sun 1 Nov · 40%)_\n\
         \x20  - Progress: 40%\n\
         \x20  - Target: Thu 10 Dec (in 18 days)\n\
         \x20  - Last review: Tue 20 Oct · 40% · “Halfway through the course”\n\
         3. **Goal** — Give a talk _(not reviewed since Sun 1 Nov · 50%)_\n\
         \x20  - Progress: 50% · 1 of 2 milestones done\n\
         \x20  - Next step: Submit the abstract\n\
         4. **Goal** — A private goal _(not reviewed since Sun 1 Nov · 40%)_\n\
         \x20  - Progress: 40%\n\
         5. **Changed answer** — Where are you now? _(changed since Sun 1 Nov)_\n\
         \x20  - What changed: ~~Analyst~~ **Senior analyst**\n\
         6. **Agreement** — Review our agreement with Ana _(review date Tue 1 Dec)_\n\
         \x20  - Review date: Tue 1 Dec (in 9 days)\n\
         7. **Question** — How do I ask for a stretch project?\n\
         8. **Question** — A private worry\n"
    );
    // Without what is private.
    let out = mentee(dir.path(), &["agenda", "--db", db, "--shared-only"]);
    let shared = text(&out.stdout);
    assert!(!shared.contains("A private goal") && !shared.contains("A private worry"));
    assert!(
        shared.contains("6. **Question** — How do I ask for a stretch project?"),
        "{shared}"
    );
    // Another mentor, by first name and any case, or any word of the name.
    let out = mentee(dir.path(), &["agenda", "--db", db, "--mentor", "okafor"]);
    assert!(text(&out.stdout).starts_with("# Agenda — meeting with Ben Okafor\n"));
    let out = mentee(dir.path(), &["agenda", "--db", db, "--mentor", "ben"]);
    let ben = text(&out.stdout);
    assert!(
        ben.starts_with("# Agenda — meeting with Ben Okafor\n"),
        "{ben}"
    );
    assert!(
        ben.contains("**Goal** — Ben's goal") && !ben.contains("Improve SQL"),
        "{ben}"
    );
    // An unknown mentor: a clear error naming the mentors.
    let out = mentee(dir.path(), &["agenda", "--db", db, "--mentor", "Zoe"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "mentee: no mentor is called “Zoe”; the mentors are Ana Lima (Ana), Ben Okafor (Ben)\n"
    );
    // A missing database is an error, and is not created.
    let missing = dir.path().join("nope.db");
    let out = mentee(dir.path(), &["agenda", "--db", missing.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(!missing.exists());
}

#[test]
fn a_shared_review_records_progress_and_an_action_against_todays_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let db = prepared_db(dir.path());
    let db = db.to_str().unwrap().to_string();
    let mut pty = Pty::spawn(&["--db", &db], &[("MENTEE_NOW", NOW)], dir.path(), 80, 24);
    pty.wait_for("Overview");
    pty.keys("4");
    pty.wait_for("A private goal");
    pty.keys("S");
    // The meeting's agenda comes first; → goes on to the goals.
    let s = pty.wait_for("Agenda · with Ana · 0 of 6 discussed");
    assert!(!s.contains("A private goal"), "{s}");
    // Ticking the first item adds today's meeting: nothing was planned.
    pty.keys("Space");
    pty.wait_for("Agenda · with Ana · 1 of 6 discussed");
    pty.wait_for("The meeting: Sun 22 Nov 2026 at 10:00 (today)");
    pty.keys("Right");
    let s = pty.wait_for("Goal 1 of 2 · with Ana Lima");
    assert!(
        s.contains("Shared screen · nothing private is shown"),
        "{s}"
    );
    // Step to the second goal and back, then set the progress of the first.
    pty.keys("Right");
    pty.wait_for("Give a talk");
    pty.keys("Left");
    pty.wait_for("Improve SQL");
    pty.keys("+");
    pty.wait_for("progress 40% → 45%");
    pty.keys("a");
    pty.wait_for("New action item");
    pty.type_text("Share the dashboard with the team");
    // To the due date (past the owner), a week from today.
    pty.keys("Tab Tab");
    pty.type_text("+1w");
    pty.wait_for("Sun 29 Nov");
    pty.keys("Enter");
    let s = pty.wait_for("[ ] Share the dashboard with the team");
    assert!(s.contains("Shared screen"), "{s}");
    // Leave: the wrap-up, then the neutral screen, nothing private on either; Enter shows
    // Goals again, with private goals and no banner.
    pty.keys("Esc");
    let s = pty.wait_for("Wrap-up");
    assert!(!s.contains("A private goal"), "{s}");
    assert!(
        s.contains("Share the dashboard with the team · me · due Sun 29 Nov"),
        "{s}"
    );
    pty.keys("Esc");
    let s = pty.wait_for("The shared screen has ended — Enter shows your own view");
    assert!(
        !s.contains("A private goal") && !s.contains("Shared screen ·"),
        "{s}"
    );
    // Esc and a tab key change nothing there (help, opened after them, proves they were
    // read).
    pty.keys("Esc 4 ?");
    let s = pty.wait_for("After the shared screen (now)");
    assert!(!s.contains("A private goal"), "{s}");
    pty.keys("Esc");
    pty.wait_for("The shared screen has ended");
    pty.keys("Enter");
    let s = pty.wait_for("A private goal");
    assert!(!s.contains("Shared screen"), "{s}");
    // The meeting's Journal screen shows what the shared screen recorded.
    pty.keys("5");
    pty.wait_for("Past (2)");
    pty.keys("Enter");
    let s = pty.wait_for("Reviewed at this meeting");
    assert!(
        s.contains("Meeting with Ana Lima · Sun 22 Nov 2026 10:00"),
        "{s}"
    );
    assert!(s.contains("Improve SQL — 40% → 45%"), "{s}");
    assert!(s.contains("[ ] Share the dashboard with the"), "{s}");
    assert!(s.contains("1 of 8 discussed"), "the agenda ticked: {s}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let conn = rusqlite::Connection::open(&db).unwrap();
    let (meeting, starts_at, mentor): (i64, String, String) = conn
        .query_row(
            "SELECT m.id, m.starts_at, r.name FROM meeting m JOIN mentor r ON r.id = m.mentor_id
             WHERE m.starts_at LIKE '2026-11-22%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (starts_at.as_str(), mentor.as_str()),
        ("2026-11-22T10:00:00Z", "Ana Lima")
    );
    let (day, progress, review_meeting, goal_progress): (String, i64, i64, i64) = conn
        .query_row(
            "SELECT r.day, r.progress, r.meeting_id, g.progress FROM review r
             JOIN goal g ON g.id = r.goal_id WHERE g.title = 'Improve SQL' AND r.day = '2026-11-22'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (day.as_str(), progress, review_meeting, goal_progress),
        ("2026-11-22", 45, meeting, 45)
    );
    let (action_meeting, owner, goal, due): (i64, String, String, String) = conn
        .query_row(
            "SELECT a.meeting_id, a.owner, g.title, a.due_date FROM action_item a
             JOIN goal g ON g.id = a.goal_id WHERE a.text = 'Share the dashboard with the team'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (action_meeting, owner.as_str(), goal.as_str(), due.as_str()),
        (meeting, "me", "Improve SQL", "2026-11-29")
    );
    // The agenda kept for the meeting moved into it, the item ticked with it; none is
    // left pending with Ana.
    let (items, in_meeting, ticked): (i64, i64, i64) = conn
        .query_row(
            "SELECT count(*), sum(meeting_id = ?1), sum(discussed AND meeting_id = ?1)
             FROM agenda_item",
            [meeting],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((in_meeting, ticked), (items, 1), "{items} items");
}

/// The titles of the numbered items of a printed agenda, in order.
fn printed_items(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|l| {
            l.split_once(". **")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
        })
        .map(|l| {
            let rest = l.split_once("** — ").map_or("", |(_, r)| r);
            rest.split(" _(").next().unwrap_or(rest).replace('\\', "")
        })
        .collect()
}

/// The agenda she curates in `P` is the one kept with the meeting: after a restart `P`
/// shows it, `mentee agenda` prints it, and the shared screen opens on it.
#[test]
fn the_agenda_curated_in_p_is_printed_shown_again_and_shared() {
    let dir = tempfile::tempdir().unwrap();
    let db = prepared_db(dir.path());
    let db = db.to_str().unwrap().to_string();
    let mut pty = Pty::spawn(&["--db", &db], &[("MENTEE_NOW", NOW)], dir.path(), 80, 24);
    pty.wait_for("Overview");
    pty.keys("P");
    pty.wait_for("Prepare — meeting with Ana Lima");
    // Move the goal above the action item, drop "Give a talk", add a question.
    pty.keys("Down K");
    pty.wait_for(" 1. Goal       Improve SQL");
    pty.keys("Down Down d");
    pty.wait_for("Off this agenda");
    pty.keys("n");
    pty.type_text("Can I shadow a board meeting?");
    pty.keys("Enter");
    pty.wait_for("Added to your questions");
    // Keep: the meeting is not planned, so its date is asked first.
    pty.keys("w");
    pty.wait_for("Plan the meeting on: 2026-12-01 10:00");
    pty.keys("Enter");
    pty.wait_for("Planned the meeting on Tue 1 Dec at 10:00");
    let before = pty.screen();
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);

    let out = mentee(dir.path(), &["agenda", "--db", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(
        printed.contains("Tue 1 Dec 2026 at 10:00 (planned, in 9 days)"),
        "{printed}"
    );
    let order = printed_items(&printed);
    assert_eq!(
        order,
        [
            "Improve SQL",
            "Send the CV draft",
            "A private goal",
            "Can I shadow a board meeting?",
            "Where are you now?",
            "Review our agreement with Ana",
            "How do I ask for a stretch project?",
            "A private worry",
        ],
        "{printed}"
    );
    // The screen before quitting listed them in that order too.
    let positions: Vec<usize> = order
        .iter()
        .map(|t| before.find(t.as_str()).unwrap_or(usize::MAX))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{before}");

    // Start again: P shows the same agenda, in the same order, without the dropped item.
    let mut pty = Pty::spawn(&["--db", &db], &[("MENTEE_NOW", NOW)], dir.path(), 80, 24);
    pty.wait_for("Overview");
    pty.keys("P");
    let again = pty.wait_for("Tue 1 Dec 2026 at 10:00 (planned, in 9 days)");
    assert!(!again.contains("Give a talk"), "{again}");
    let positions: Vec<usize> = order
        .iter()
        .map(|t| again.find(t.as_str()).unwrap_or(usize::MAX))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{again}");
    // The shared screen opens on that meeting's agenda, without what is private.
    pty.keys("Esc S");
    let shared = pty.wait_for("Agenda · with Ana · 0 of 6 discussed");
    for t in &order[..2] {
        assert!(shared.contains(t.as_str()), "{t}: {shared}");
    }
    assert!(
        !shared.contains("A private") && !shared.contains("Give a talk"),
        "{shared}"
    );
    // Ticking holds the meeting: planned for 1 December, it takes place now.
    pty.keys("Space");
    pty.wait_for("1 of 6 discussed");
    pty.wait_for("Held today: the meeting planned for Tue 1 Dec");
    pty.wait_for("Sun 22 Nov 2026 at 10:00 (today)");
    // A progress change recorded in the same session goes into the same meeting.
    pty.keys("Right");
    pty.wait_for("Goal 1 of 2 · with Ana Lima");
    pty.keys("+");
    pty.wait_for("progress 40% → 45%");
    // Leaving: the wrap-up (with the item discussed), then the neutral screen.
    pty.keys("Esc");
    let s = pty.wait_for("Agenda items discussed");
    assert!(
        s.contains("Recorded against the meeting with Ana Lima today at 10:00"),
        "{s}"
    );
    assert!(
        s.contains("(planned for Tue 1 Dec at 10:00; held today)"),
        "{s}"
    );
    pty.keys("Esc");
    pty.wait_for("The shared screen has ended");
    // The meeting's Journal screen has all of it: the agenda ticked and the review.
    pty.keys("Enter 5");
    let s = pty.wait_for("Past (2)");
    assert!(!s.contains("Upcoming"), "{s}");
    pty.keys("Enter");
    let s = pty.wait_for("Reviewed at this meeting");
    assert!(
        s.contains("Meeting with Ana Lima · Sun 22 Nov 2026 10:00"),
        "{s}"
    );
    assert!(s.contains("Improve SQL — 40% → 45%"), "{s}");
    assert!(s.contains("1 of 8 discussed"), "{s}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM meeting"), 2, "no meeting added");
    let meeting = count("SELECT id FROM meeting WHERE starts_at = '2026-11-22T10:00:00Z'");
    let (discussed, kind, of): (i64, String, i64) = conn
        .query_row(
            "SELECT discussed, kind, meeting_id FROM agenda_item ORDER BY position LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (discussed, kind.as_str(), of),
        (1, "goal", meeting),
        "ticked on the shared screen, in the meeting held"
    );
    assert_eq!(
        count(
            "SELECT r.meeting_id FROM review r JOIN goal g ON g.id = r.goal_id
             WHERE g.title = 'Improve SQL' AND r.day = '2026-11-22'"
        ),
        meeting,
        "the review in the same meeting"
    );
}

#[test]
fn after_prepare_the_shared_screen_is_made_ready_while_idle_and_shows_nothing_private() {
    let dir = tempfile::tempdir().unwrap();
    let db = prepared_db(dir.path());
    let db = db.to_str().unwrap().to_string();
    let mut pty = Pty::spawn(&["--db", &db], &[("MENTEE_NOW", NOW)], dir.path(), 80, 24);
    pty.wait_for("Overview");
    pty.keys("P");
    let own = pty.wait_for("Prepare — meeting with Ana Lima");
    assert!(own.contains("A private goal"), "{own}");
    pty.keys("Esc");
    pty.wait_for("Getting started");
    // Once idle, the loop makes the shared-only projection (and says so in its log).
    let log = dir.path().join("mentee/mentee.log");
    eventually(
        "the shared-only projection made ready once idle",
        std::time::Duration::from_secs(10),
        || {
            std::fs::read_to_string(&log)
                .ok()
                .filter(|l| l.contains("made the shared-only projection ready"))
        },
    );
    // `S` shows it: the agenda without what is private.
    pty.keys("S");
    let shared = pty.wait_for("Agenda · with Ana");
    assert!(shared.contains("Improve SQL"), "{shared}");
    assert!(!shared.contains("A private"), "{shared}");
    // Ended, and the own view asked for: the private goal shows again.
    pty.keys("Esc");
    pty.wait_for("Nothing was recorded in this session");
    pty.keys("Esc");
    pty.wait_for("The shared screen has ended");
    pty.keys("Enter P");
    let again = pty.wait_for("Prepare — meeting with Ana Lima");
    assert!(again.contains("A private goal"), "{again}");
    // And `S` again shows nothing private.
    pty.keys("Esc S");
    let shared = pty.wait_for("Agenda · with Ana");
    assert!(!shared.contains("A private"), "{shared}");
    pty.keys("q");
    assert_eq!(pty.wait_exit(), 0);
}
