//! The shared review's summary for the mentor (`E` in the wrap-up): user text never changes
//! the document's structure, checked by parsing it. Every user text is replaced once by a
//! plain placeholder and once by generated text full of Markdown's special characters; the
//! two documents must parse to the same structure, with the user's words where the
//! placeholders were.

use chrono::NaiveDate;
use mentee::export::summary::{ActionSummary, GoalSummary, Summary, summary_markdown};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser};

/// A summary with every user text from `text(i)`.
fn summary(text: impl Fn(usize) -> String) -> Summary {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    Summary {
        mentor: Some(text(0)),
        meeting: day.and_hms_opt(12, 0, 0),
        day,
        goals: vec![
            GoalSummary {
                title: text(1),
                progress: Some((40, 60)),
                note: text(2),
                ticked: vec![text(3), text(4)],
                reopened: vec![text(5)],
            },
            GoalSummary {
                title: text(6),
                ..GoalSummary::default()
            },
        ],
        actions: vec![ActionSummary {
            text: text(7),
            owner: text(8),
            due: NaiveDate::from_ymd_opt(2026, 11, 30),
            goal: Some(text(9)),
        }],
        discussed: vec![text(10)],
    }
}

const TEXTS: usize = 11;

/// Runs of text and every other event, as parsed with every extension pulldown-cmark has
/// (pandoc reads more than CommonMark).
fn parse(md: &str) -> Vec<Result<String, String>> {
    let options = Options::all().difference(Options::ENABLE_SMART_PUNCTUATION);
    let mut out: Vec<Result<String, String>> = Vec::new();
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Text(t) => match out.last_mut() {
                Some(Ok(s)) => s.push_str(&t),
                _ => out.push(Ok(t.to_string())),
            },
            other => out.push(Err(format!("{other:?}"))),
        }
    }
    out
}

fn placeholder(i: usize) -> String {
    format!("Placeholder{i}x")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks one set of user texts; `Err` says where the structure or the words differ.
fn check(texts: &[String]) -> Result<(), String> {
    let md = summary_markdown(&summary(|i| texts[i].clone()));
    let skeleton = summary_markdown(&summary(placeholder));
    let (got, want) = (parse(&md), parse(&skeleton));
    if got.len() != want.len() {
        return Err(format!(
            "{} events, expected {}:\n{md}",
            got.len(),
            want.len()
        ));
    }
    for (g, w) in got.iter().zip(&want) {
        let w = match w {
            Ok(w) => Ok((0..TEXTS).rev().fold(w.clone(), |acc, i| {
                acc.replace(&placeholder(i), &one_line(&texts[i]))
            })),
            Err(e) => Err(e.clone()),
        };
        if *g != w {
            return Err(format!("{g:?}, expected {w:?}, in:\n{md}"));
        }
    }
    Ok(())
}

#[test]
fn hand_picked_text_stays_text() {
    let texts: Vec<String> = [
        "Dr *Ana* Lima",
        "# Not a heading {#id}",
        "`code` and [a link](http://x) <b>html</b>",
        "1. not a numbered item",
        "- not a list item",
        "> not a quote",
        "| a | table |",
        "---",
        "me & @you ~~struck~~ $x$ ^sup^",
        "[ ] not a task",
        "=== not a heading underline",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    check(&texts).unwrap();
}

#[test]
fn a_note_keeps_its_own_list() {
    let mut texts: Vec<String> = (0..TEXTS).map(|i| format!("text {i}")).collect();
    texts[2] = "Two things:\n- ask for the data\n- book the room".into();
    let md = summary_markdown(&summary(|i| texts[i].clone()));
    assert!(
        md.contains("- Note: Two things:\n\n  - ask for the data\n  - book the room\n"),
        "{md}"
    );
}

proptest! {
    // As the other Markdown property: no regression file in the source tree.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]
    #[test]
    fn generated_text_stays_text(
        texts in proptest::collection::vec(
            "[-*_`#>\\[\\]()!<&|~^$@.+=:{}\"'a-z0-9]{1,6}( [-*_`#>\\[\\]()!<&|~^$@.+=:{}\"'a-z0-9]{1,6}){0,4}",
            TEXTS,
        )
    ) {
        let mut texts = texts;
        // The note is a text of several lines, where a line typed as a list item stays one
        // (see `export::markdown::text`): here it starts with a word.
        texts[2] = format!("a {}", texts[2]);
        if let Err(e) = check(&texts) {
            prop_assert!(false, "{}", e);
        }
    }
}
