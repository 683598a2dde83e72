//! Nothing private on a shared screen. The journey of `journeys::rich()` has a unique
//! `SECRET-…` string in every field that can be private (and only there). Every screen is
//! walked item by item — every tab and its views, the overlays (help, confirm, the search
//! across all tabs), Prepare, the review and its wrap-up — and each frame is rendered with a
//! `TestBackend`:
//!
//! - with the screen shared from the start, no frame holds any of those strings;
//! - with views opened first and the screen shared afterwards (every frame of the walk is
//!   followed by `S` and a look at the same view), no frame holds them either;
//! - without sharing, the same walks show every one of them, so the test can fail.
//!
//! A new screen is one more line in [`SCREENS`].

use crate::common::journeys::{rich, store_with};
use crate::common::{app_with_store, press, type_text};
use mentee::app::App;
use mentee::domain::Journey;
use mentee::keymap::Context;
use mentee::modes::Mode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Sizes every frame is drawn at: the usual one, and one wide enough that no marker is cut
/// short (so the unshared walks really show each one whole).
const SIZES: [(u16, u16); 2] = [(80, 24), (160, 50)];

/// A walk through one screen, from a fresh app (already shared when the test shares).
type Script = fn(&mut Walker);

/// Every screen, by name, with the keys that open and walk it. Lists are walked with `↓`
/// past their last item; each item is opened (`Enter`, `h`, ...) and what opened is walked
/// in turn and closed again.
const SCREENS: &[(&str, Script, Sharing)] = &[
    ("overview", |w| w.keys("1"), Sharing::Both),
    (
        "help overlay",
        |w| {
            w.keys("1 ?");
            w.walk("PgDn", 12);
        },
        Sharing::Both,
    ),
    (
        "conversation: questions and answers",
        |w| {
            w.keys("2");
            w.walk("Down", 22);
        },
        Sharing::Both,
    ),
    (
        "conversation: reading each answer",
        |w| {
            w.keys("2");
            w.each("Down", 22, "Right", |w| w.walk("PgDn", 2), "Esc");
        },
        Sharing::Both,
    ),
    (
        "conversation: history of each answer",
        |w| {
            w.keys("2");
            w.each("Down", 22, "h", |w| w.walk("Down", 3), "Esc");
        },
        Sharing::Both,
    ),
    (
        "conversation: changes",
        |w| {
            w.keys("2 c");
            w.walk("Down", 6);
        },
        Sharing::Both,
    ),
    (
        "occupation: form of each stem",
        |w| {
            w.keys("3 f");
            w.each("Down", 12, "Enter", |w| w.walk("Down", 5), "Esc");
        },
        Sharing::Both,
    ),
    (
        "occupation: compare",
        |w| {
            w.keys("3 c");
            w.walk("Down", 12);
        },
        Sharing::Both,
    ),
    (
        "occupation: preview",
        |w| {
            w.keys("3 p");
            w.walk("PgDn", 4);
        },
        Sharing::Both,
    ),
    (
        "goals: list and each goal",
        |w| {
            w.keys("4");
            w.each("Down", 6, "Enter", |w| w.walk("Down", 16), "Esc");
        },
        Sharing::Both,
    ),
    (
        "goals: each review opened",
        |w| {
            w.keys("4");
            w.each(
                "Down",
                6,
                "Enter",
                |w| {
                    w.keys("] ]");
                    // Enter on an empty review log would add a review: only open what is there.
                    if !w.screen_text().contains("None yet. r adds one.") {
                        w.each("Down", 4, "Enter", |w| w.walk("Down", 4), "Esc");
                    }
                },
                "Esc",
            );
        },
        Sharing::Both,
    ),
    (
        "goals: delete confirmation",
        |w| {
            w.keys("4");
            w.each("Down", 6, "d", |_| {}, "n");
        },
        Sharing::Both,
    ),
    (
        "journal: list and each meeting",
        |w| {
            w.keys("5");
            w.each(
                "Down",
                8,
                "Enter",
                |w| {
                    w.walk("Down", 14);
                    // From the last field, ↓ goes on to the action items.
                    w.keys("End Down");
                    w.each("Down", 6, "Enter", |w| w.walk("Down", 5), "Esc");
                },
                "Esc",
            );
        },
        Sharing::Both,
    ),
    (
        "journal: delete confirmation",
        |w| {
            w.keys("5");
            w.each("Down", 8, "d", |_| {}, "n");
        },
        Sharing::Both,
    ),
    (
        "search: every tab, for every marker",
        |w| {
            // Every marker has this in it; the query itself must not count as a leak.
            w.keys("5 /");
            w.type_text("ecret-");
            w.walk("Down", 30);
            w.keys("Enter");
            w.frame();
        },
        Sharing::Both,
    ),
    (
        "search: everything, from each tab",
        |w| {
            for tab in ["1", "2", "3", "4", "6"] {
                w.keys(tab);
                w.keys("/");
                w.type_text("-");
                w.walk("Down", 24);
                w.keys("Esc");
            }
        },
        Sharing::Both,
    ),
    (
        "search from Prepare, and the export prompt",
        |w| {
            w.keys("P /");
            w.type_text("-");
            w.walk("Down", 24);
            w.keys("Esc E");
            w.frame();
        },
        Sharing::Both,
    ),
    (
        "agreement",
        |w| {
            w.keys("6");
            w.each("Down", 3, "Enter", |w| w.walk("Down", 16), "Esc");
        },
        Sharing::Both,
    ),
    (
        "prepare: each mentor's agenda",
        |w| {
            w.keys("P");
            w.walk("Down", 16);
            w.keys("m");
            w.walk("Down", 16);
        },
        Sharing::Both,
    ),
    (
        "prepare: as printed",
        |w| {
            w.keys("P v");
            w.walk("PgDn", 4);
            w.keys("Esc m v");
            w.walk("PgDn", 4);
        },
        Sharing::Both,
    ),
    (
        "prepare: delete a question",
        |w| {
            w.keys("P");
            w.each("Down", 16, "D", |_| {}, "n");
        },
        Sharing::Both,
    ),
    (
        "review: every goal, with each mentor, and the wrap-up",
        |w| {
            w.frame();
            w.walk("Down", 3);
            w.walk("Right", 6);
            w.keys("Left Left m");
            w.walk("Right", 6);
        },
        Sharing::SharedOnly,
    ),
    (
        "review: recording, then the wrap-up",
        |w| {
            w.records = true;
            w.keys("+ r");
            w.type_text("PUBLIC-note");
            w.frame();
            w.keys("Esc a");
            w.type_text("PUBLIC-new-action");
            w.frame();
            w.keys("Enter Space");
            w.frame();
            w.keys("Esc");
            w.walk("Down", 8);
            w.keys("Left");
            w.frame();
        },
        Sharing::SharedOnly,
    ),
    (
        "review, then the tabs and back",
        |w| {
            for tab in ["1", "2", "3", "4", "5", "6", "P"] {
                w.keys(tab);
                w.frame();
                w.keys("S");
                w.frame();
            }
        },
        Sharing::SharedOnly,
    ),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sharing {
    /// Walked shared and not.
    Both,
    /// Only exists on the shared screen.
    SharedOnly,
}

/// Drives one app and keeps every frame it draws.
struct Walker {
    app: App,
    frames: Vec<(String, String)>,
    screen: &'static str,
    /// After every frame, share the screen, look again, and stop sharing.
    detour: bool,
    /// Whether the walk records something (else it must leave the journey as it was, or
    /// what it shows would no longer be the journey under test).
    records: bool,
    /// Every key pressed so far, for the message when a walk changed the journey.
    pressed: Vec<String>,
    /// The journey walked.
    journey: Journey,
}

impl Walker {
    fn new(screen: &'static str, shared: bool, detour: bool) -> Self {
        Self::on(rich(), screen, shared, detour)
    }

    /// A walker on another journey than `rich()`.
    fn on(journey: Journey, screen: &'static str, shared: bool, detour: bool) -> Self {
        let mut app = app_with_store(store_with(&journey));
        if shared {
            press(&mut app, "S");
            assert!(app.ctx.shared());
        }
        Self {
            app,
            frames: Vec::new(),
            screen,
            detour,
            records: false,
            pressed: Vec::new(),
            journey,
        }
    }

    fn keys(&mut self, keys: &str) {
        for k in keys.split_whitespace() {
            press(&mut self.app, k);
            self.pressed.push(k.to_string());
            self.unchanged();
        }
    }

    /// A walk that only looks must not change the journey.
    fn unchanged(&self) {
        if !self.records {
            // Opening P or S keeps the meeting's agenda (its items and their new marks):
            // the agenda's own bookkeeping, not something the walk recorded.
            let mut now = self.app.ctx.whole_journey().clone();
            now.agenda_items = self.journey.agenda_items.clone();
            assert!(
                now == self.journey,
                "{}: the walk changed the journey after {}",
                self.screen,
                self.pressed.join(" ")
            );
        }
    }

    fn type_text(&mut self, text: &str) {
        type_text(&mut self.app, text);
        self.pressed.push(format!("{text:?}"));
        self.unchanged();
    }

    fn draw(&mut self, label: &str) {
        for (w, h) in SIZES {
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| self.app.draw(f)).unwrap();
            let buf = t.backend().buffer();
            let mut text = String::new();
            for y in 0..h {
                for x in 0..w {
                    text.push_str(buf[(x, y)].symbol());
                }
                text.push('\n');
            }
            self.frames
                .push((format!("{} {label} {w}x{h}", self.screen), text));
        }
    }

    /// The screen as text at 80x24, without keeping it.
    fn screen_text(&mut self) -> String {
        crate::common::screen(&mut self.app, 80, 24)
    }

    /// Draws the screen as it is. On a detour walk, instead shares the screen, looks at the
    /// same view (its state as opened before sharing), and stops sharing again.
    fn frame(&mut self) {
        if !self.detour {
            self.draw("");
            return;
        }
        let browsing = self.app.contexts().contains(&Context::Tabs);
        if !browsing || self.app.ctx.shared() {
            return;
        }
        let (tab, mode) = (self.app.tab, self.app.mode);
        self.keys("S");
        assert!(self.app.ctx.shared(), "S shares the screen");
        match mode {
            Some(Mode::Prepare) => self.keys("P"),
            _ => self.keys(&(tab.index() + 1).to_string()),
        }
        self.draw("shared afterwards");
        self.keys("S Esc Esc");
        assert!(
            !self.app.ctx.shared(),
            "S, Esc (the wrap-up), Esc ends an empty session"
        );
        assert_eq!(self.app.mode, Some(Mode::Ended), "on the neutral screen");
        self.keys("Enter");
        assert_eq!(
            (self.app.tab, self.app.mode),
            (tab, mode),
            "back where it was"
        );
    }

    /// Presses `key` `n` times, drawing after each.
    fn walk(&mut self, key: &str, n: usize) {
        for _ in 0..n {
            self.keys(key);
            self.frame();
        }
    }

    /// For each of `n` items: draws, opens it with `open`; when that opened something (the
    /// keys in force changed), walks it with `inside` and closes it with `close` until the
    /// keys are those of the list again; then moves on with `next`.
    fn each(&mut self, next: &str, n: usize, open: &str, inside: fn(&mut Walker), close: &str) {
        for _ in 0..n {
            self.frame();
            let before = self.app.contexts();
            // The walk looks and never edits: no Enter on a field of a form.
            if before.contains(&Context::Form) {
                self.keys(next);
                continue;
            }
            self.keys(open);
            if self.app.contexts() != before {
                self.frame();
                inside(self);
                for _ in 0..6 {
                    if self.app.contexts() == before {
                        break;
                    }
                    self.keys(close);
                }
            }
            self.keys(next);
        }
    }
}

/// Every `SECRET-…` string of the journey.
fn markers() -> Vec<String> {
    let json = serde_json::to_string(&rich()).unwrap();
    let mut out: Vec<String> = json
        .split("SECRET-")
        .skip(1)
        .map(|rest| {
            let tail: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            format!("SECRET-{tail}")
        })
        .collect();
    out.sort();
    out.dedup();
    assert!(out.len() >= 15, "{out:?}");
    out
}

fn walk(shared: bool, detour: bool) -> Vec<(String, String)> {
    walk_on(&rich(), shared, detour)
}

/// The walk shared from the start, taken once for the two tests that look at it (the walk
/// is deterministic: the same journey, the same keys).
fn shared_walk() -> &'static [(String, String)] {
    static FRAMES: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    FRAMES.get_or_init(|| walk(true, false))
}

fn walk_on(journey: &Journey, shared: bool, detour: bool) -> Vec<(String, String)> {
    let mut frames = Vec::new();
    for (name, script, sharing) in SCREENS {
        if *sharing == Sharing::SharedOnly && !shared {
            continue;
        }
        let mut w = Walker::on(journey.clone(), name, shared, detour);
        w.frame();
        script(&mut w);
        w.frame();
        frames.extend(w.frames);
    }
    frames
}

/// The first frame holding any part of a marker (even cut short: "SECRET"), if any.
fn leak(frames: &[(String, String)]) -> Option<String> {
    frames.iter().find_map(|(label, text)| {
        text.contains("SECRET")
            .then(|| format!("{label} shows something private:\n{text}"))
    })
}

#[test]
fn a_shared_screen_shows_nothing_private_anywhere() {
    let frames = shared_walk();
    assert!(frames.len() > 400, "{} frames", frames.len());
    if let Some(l) = leak(frames) {
        panic!("{l}");
    }
    // Every frame says the screen is shared.
    for (label, text) in frames {
        assert!(
            text.contains("Shared screen · nothing private is shown"),
            "{label} has no banner:\n{text}"
        );
    }
}

/// Nor anything that hints at it: every frame of the shared walk is the frame of the same
/// walk on the shared-only journey, so every count, tick, default, prompt and picker is the
/// one of what is shared (a delete prompt's reviews, a review's meeting, an action item's
/// goal, Overview's getting-started ticks, ↻ and "not reviewed"). `shared_frames` checks the
/// same on random journeys and keys.
///
/// The projection is taken when sharing starts: `S` first keeps the meeting's agenda from the
/// whole journey (see `modes::review::share_with_agenda_kept`), a write made alone.
#[test]
fn the_shared_walk_is_the_walk_of_the_shared_only_journey() {
    let frames = shared_walk();
    let twin = Walker::new("twin", true, false)
        .app
        .ctx
        .whole_journey()
        .shared_only();
    let twice = Walker::on(twin.clone(), "twin", true, false);
    assert!(
        *twice.app.ctx.whole_journey() == twin,
        "S on the shared-only journey kept more of the agenda"
    );
    let twin = walk_on(&twin, true, false);
    assert_eq!(frames.len(), twin.len());
    for ((label, text), (_, other)) in frames.iter().zip(&twin) {
        assert!(
            text == other,
            "{label} differs from the shared-only journey's:\n{text}\n---- shared-only:\n{other}"
        );
    }
}

#[test]
fn views_opened_before_sharing_show_nothing_private_once_shared() {
    let shared = walk(false, true);
    assert!(shared.len() > 400, "{} frames", shared.len());
    if let Some(l) = leak(&shared) {
        panic!("{l}");
    }
}

#[test]
fn the_same_walks_unshared_show_every_private_item() {
    let frames = walk(false, false);
    let all: String = frames.iter().map(|(_, t)| t.as_str()).collect();
    let missing: Vec<String> = markers()
        .into_iter()
        .filter(|m| !all.contains(m.as_str()))
        .collect();
    assert!(missing.is_empty(), "never shown unshared: {missing:?}");
    assert!(!all.contains("Shared screen ·"));
}

/// Leaving the shared screen never shows private text at once: `Esc` or `S` on the review
/// goes to the wrap-up, `Esc`, `Enter` or `S` there to a neutral screen, and only `Enter`
/// there shows the mentee's own view. Checked frame by frame, from every tab and Prepare,
/// with and without something recorded, whatever else is pressed on the neutral screen.
#[test]
fn leaving_the_shared_screen_shows_nothing_private_frame_by_frame() {
    let mut frames = 0;
    for start in ["1", "2", "3", "4", "5", "6", "P"] {
        for leave in ["Esc Esc", "S S", "Esc S", "S Enter", "Esc Enter"] {
            // Past the agenda step to the first goal, then progress and a note.
            for record in ["", "Right + r"] {
                let mut w = Walker::new("leaving", false, false);
                w.records = true;
                w.keys(start);
                w.keys("S");
                assert!(w.app.ctx.shared());
                w.draw("review");
                if !record.is_empty() {
                    w.keys(record);
                    w.type_text("PUBLIC-leaving-note");
                    w.keys("Esc");
                    w.draw("recorded");
                }
                let (first, second) = leave.split_once(' ').unwrap();
                w.keys(first);
                assert!(w.app.ctx.shared(), "{start} {leave}: the wrap-up first");
                w.draw(&format!("after {first}: the wrap-up"));
                assert!(w.frames.last().unwrap().1.contains("Wrap-up"));
                w.keys(second);
                assert!(!w.app.ctx.shared(), "{start} {leave}: ended");
                assert_eq!(w.app.mode, Some(Mode::Ended));
                w.draw(&format!("after {second}: the neutral screen"));
                // The reflexes of someone leaving in a hurry, and the tab keys, change
                // nothing there.
                for k in [
                    "Esc", "Esc", "S", "4", "/", "Tab", "E", "P", "Left", "Space",
                ] {
                    w.keys(k);
                    assert_eq!(w.app.mode, Some(Mode::Ended), "{start} {leave}, then {k}");
                    assert!(w.app.overlay.is_none(), "{start} {leave}, then {k}");
                    w.draw(&format!("neutral, then {k}"));
                }
                let neutral = &w.frames.last().unwrap().1;
                assert!(
                    neutral.contains("The shared screen has ended — Enter shows your own view"),
                    "{neutral}"
                );
                assert!(!neutral.contains("Shared screen ·"), "{neutral}");
                if let Some(l) = leak(&w.frames) {
                    panic!("{start} {leave} {record}: {l}");
                }
                frames += w.frames.len();
                // Enter: the own view, where the walk began, private items again.
                w.keys("Enter");
                assert_eq!(w.app.mode, (start == "P").then_some(Mode::Prepare));
                if start == "4" {
                    w.draw("own view");
                    assert!(leak(&w.frames).is_some(), "the check can fail");
                }
            }
        }
    }
    assert!(frames > 500, "{frames} frames");
}
