//! The Markdown export: the demo journey as a reviewed snapshot, what a shared-only export
//! leaves out, and user text that must not break the document.

use crate::common::journeys::{at, day, rich};
use chrono::{TimeZone, Utc};
use insta::assert_snapshot;
use mentee::domain::{
    ActionItem, Clock, Goal, GoalStatus, Journey, Meeting, Mentor, Milestone, ProgressMode, Review,
};
use mentee::export::markdown::markdown;

/// The demo's frozen "now" (as `MENTEE_NOW=2026-11-22T10:00:00Z`).
fn clock() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap())
}

#[test]
fn demo_journey() {
    let journey = mentee::demo::journey(&clock()).unwrap();
    assert_snapshot!(markdown(&journey, &clock(), false));
}

/// Every `SECRET-…` marker of the rich journey that is in the current state (the first
/// version of an answer is history, which the Markdown does not write).
const SECRETS: &[&str] = &[
    "SECRET-notes",
    "SECRET-reflection",
    "SECRET-place",
    "SECRET-private-meeting-agenda",
    "SECRET-private-meeting-notes",
    "SECRET-private-meeting-reflection",
    "SECRET-agenda",
    "SECRET-goal",
    "SECRET-milestone-of-private-goal",
    "SECRET-review",
    "SECRET-review-of-private-goal",
    "SECRET-action-of-private-meeting",
    "SECRET-question",
    "SECRET-answer-v2",
    "SECRET-worksheet-gap",
];

#[test]
fn the_full_export_has_every_private_item_marked_and_the_shared_one_none() {
    let j = rich();
    let full = markdown(&j, &clock(), false);
    for s in SECRETS {
        assert!(full.contains(s), "{s} missing from the full export");
    }
    assert!(full.contains("### SECRET-goal *(private)*"), "{full}");
    assert!(full.contains("**Notes** *(private)*"), "{full}");
    assert!(full.contains("items marked *(private)* are left out"));

    let shared = markdown(&j, &clock(), true);
    assert!(!shared.contains("SECRET"), "{shared}");
    assert!(!shared.contains("(private)"), "{shared}");
    assert!(shared.contains("everything marked private has been left out"));
    // What is not private is all there.
    for public in [
        "PUBLIC-agenda",
        "PUBLIC-notes",
        "PUBLIC-goal",
        "PUBLIC-milestone",
        "PUBLIC-review",
        "PUBLIC-action",
        "PUBLIC-loose-action",
        "PUBLIC-answer-v2",
        "PUBLIC-done-goal",
    ] {
        assert!(shared.contains(public), "{public} missing:\n{shared}");
    }
    // A question raised at a private meeting is neither listed with that meeting nor as
    // waiting for the next one: either would tell of the private meeting.
    assert!(!shared.contains("PUBLIC-question"), "{shared}");
    assert!(shared.contains("title: 'Sam: development plan and meeting record'"));
}

fn meeting(id: i64, notes: &str) -> Meeting {
    Meeting {
        id,
        mentor_id: Some(1),
        starts_at: at(2026, 11, 3, 9),
        notes: notes.into(),
        created_at: at(2026, 11, 1, 9),
        ..Meeting::default()
    }
}

/// A journey whose texts are full of Markdown.
fn tricky() -> Journey {
    let mut j = Journey::default();
    j.settings
        .insert("mentee_name".into(), "Jo 'JJ' O'Neil *".into());
    j.mentors.push(Mentor {
        id: 1,
        name: "Ana # Lima".into(),
        created_at: at(2026, 1, 1, 9),
        ..Mentor::default()
    });
    j.meetings.push(meeting(
        1,
        "We talked about *everything*:\n- the CV\n- the <b>conference</b>\n\n# Not a heading\n1986. A year to remember\n---",
    ));
    j.goals.push(Goal {
        id: 1,
        title: "Learn C# & F# {fast}".into(),
        why: "Because_of [this](http://x)\nand `that`".into(),
        evidence: "1. one\n2. two".into(),
        competency: "a | b".into(),
        target_date: Some(day(2026, 10, 1)),
        status: GoalStatus::InProgress,
        progress: 10,
        progress_mode: ProgressMode::Manual,
        created_at: at(2026, 1, 2, 9),
        ..Goal::default()
    });
    j.milestones.push(Milestone {
        id: 1,
        goal_id: 1,
        text: "[ ] a box\nthat wraps".into(),
        due_date: Some(day(2026, 9, 1)),
        ..Milestone::default()
    });
    j.reviews.push(Review {
        id: 1,
        goal_id: 1,
        day: day(2026, 11, 3),
        progress: 10,
        note: "- slow\n- but > zero".into(),
        private: false,
        meeting_id: Some(1),
        created_at: at(2026, 11, 3, 10),
    });
    j.actions.push(ActionItem {
        id: 1,
        meeting_id: Some(1),
        text: "Pay $5 to @ana\nby *Friday*".into(),
        due_date: Some(day(2026, 11, 20)),
        goal_id: Some(1),
        ..ActionItem::default()
    });
    j
}

#[test]
fn user_text_is_escaped_and_keeps_its_lines_and_lists() {
    let md = markdown(&tricky(), &clock(), false);
    // YAML quoting and Markdown escaping in the title.
    assert!(
        md.contains("title: 'Jo ''JJ'' O''Neil \\*: development plan and meeting record'"),
        "{md}"
    );
    // Names and titles in headings: escaped, and no `{…}` attributes.
    assert!(md.contains("### Ana \\# Lima\n"), "{md}");
    assert!(md.contains("### Learn C\\# & F\\# \\{fast\\}\n"), "{md}");
    // Multi-line notes: lines kept (hard breaks), the typed list a list, nothing else
    // turning into a heading, an ordered list or a rule.
    assert!(
        md.contains(
            "**Notes**\n\nWe talked about \\*everything\\*:\n\n- the CV\n- the \\<b\\>conference\\</b\\>\n\n\\# Not a heading\\\n1986\\. A year to remember\\\n\\-\\-\\-\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("**Why:** Because\\_of \\[this\\](http://x)\\\nand \\`that\\`\n"),
        "{md}"
    );
    assert!(
        md.contains("**Evidence of success:**\n\n1. one\n2. two\n"),
        "{md}"
    );
    assert!(md.contains("- **Competency:** a \\| b\n"), "{md}");
    assert!(
        md.contains("- **Target date:** 2026-10-01 *(overdue)*\n"),
        "{md}"
    );
    // Items on one line, their own brackets escaped so they do not read as a checkbox.
    assert!(
        md.contains("- [ ] \\[ \\] a box that wraps *(due 2026-09-01, overdue)*\n"),
        "{md}"
    );
    assert!(
        md.contains("- [ ] Pay \\$5 to \\@ana by \\*Friday\\* *(me, due 2026-11-20, overdue; goal: Learn C\\# & F\\# {fast})*\n"),
        "{md}"
    );
    assert!(
        md.contains("**2026-11-03 · 10% · meeting of 2026-11-03:**\n\n- slow\n- but \\> zero\n"),
        "{md}"
    );
    assert!(md.ends_with("\n") && !md.ends_with("\n\n"));
}

#[test]
fn an_empty_journey_is_a_short_document_that_says_so() {
    let md = markdown(&Journey::default(), &clock(), false);
    assert!(md.starts_with(
        "---\ntitle: 'Development plan and meeting record'\ndate: '2026-11-22'\n---\n"
    ));
    for empty in [
        "No mentor yet.",
        "*Not answered yet.*",
        "No goals yet.",
        "No meetings yet.",
    ] {
        assert!(md.contains(empty), "{empty}:\n{md}");
    }
}

/// User text never becomes Markdown structure: checked by parsing the export.
///
/// The rule for what the mentee's own layout keeps (see `mentee::export::markdown::text`):
/// - in a text of several lines (answers, notes, why, evidence, review notes, agreement
///   answers, the worksheet's reality and gap), each line break stays a line break, blank
///   lines separate paragraphs, and a line typed as a list item stays a list item: after any
///   indentation, one of `-` `*` `+` `•` `◦` `‣` `–`, or 1 to 3 digits and `.` or `)`, then a
///   space or tab and some text. Indentation nests items;
/// - everything else is text: in those texts every other line, the text of a kept item
///   (so `- 2026. A good year` is one item reading "2026. A good year"), and every one-line
///   text (names, titles, places, milestones, action items, questions).
///
/// The check: each user text is replaced by a skeleton with the same kept layout and one
/// placeholder per line (or per one-line text); the export of the user's texts and the export
/// of the skeletons must parse to the same structure, and where a skeleton has a
/// placeholder the user's document must have the user's words.
mod parsed {
    use std::collections::HashMap;

    use crate::common::journeys::{day, rich, version};
    use mentee::domain::{Clock, Journey};
    use mentee::export::markdown::markdown;
    use proptest::prelude::*;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    use super::clock;

    /// How the export uses a text.
    #[derive(Clone, Copy)]
    enum Use {
        /// Several lines, layout kept.
        Block,
        /// One line (whitespace collapsed).
        Inline,
        /// A worksheet ideal: one line, closing punctuation dropped (the clause adds its own).
        Clause,
    }

    /// Replaces user texts by skeletons and remembers what each placeholder stands for.
    #[derive(Default)]
    struct Skeleton {
        expected: HashMap<String, String>,
    }

    fn one_line(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The marker of a line typed as a list item (the rule above) and the item's text.
    fn list_item(content: &str) -> Option<(&str, &str)> {
        let bullet = content
            .chars()
            .next()
            .filter(|c| "-*+•◦‣–".contains(*c))
            .map_or(0, char::len_utf8);
        let digits = content.chars().take_while(char::is_ascii_digit).count();
        let len = if bullet > 0 {
            bullet
        } else if (1..=3).contains(&digits) && content[digits..].starts_with(['.', ')']) {
            digits + 1
        } else {
            return None;
        };
        let rest = content[len..].strip_prefix([' ', '\t'])?;
        (!rest.trim().is_empty()).then_some((&content[..len], rest))
    }

    impl Skeleton {
        fn placeholder(&mut self, stands_for: String) -> String {
            let p = format!("\u{E000}{}\u{E001}", self.expected.len());
            self.expected.insert(p.clone(), stands_for);
            p
        }

        fn of(&mut self, text: &str, usage: Use) -> String {
            match usage {
                Use::Inline if !text.trim().is_empty() => self.placeholder(one_line(text)),
                Use::Clause => {
                    let line = one_line(text);
                    let kept = line.trim_end_matches(['.', ';', ',', ':']).trim_end();
                    if kept.is_empty() {
                        text.to_string()
                    } else {
                        self.placeholder(kept.to_string())
                    }
                }
                Use::Inline => text.to_string(),
                Use::Block => {
                    let text = text.replace("\r\n", "\n").replace('\r', "\n");
                    let mut lines = Vec::new();
                    for line in text.trim().split('\n') {
                        let content = line.trim();
                        if content.is_empty() {
                            lines.push(String::new());
                            continue;
                        }
                        let indent = &line[..line.len() - line.trim_start().len()];
                        let skeleton = match list_item(content) {
                            Some((marker, rest)) => {
                                format!("{indent}{marker} {}", self.placeholder(one_line(rest)))
                            }
                            None => format!("{indent}{}", self.placeholder(one_line(content))),
                        };
                        lines.push(skeleton);
                    }
                    lines.join("\n")
                }
            }
        }
    }

    /// Every user text of the journey, with how the export uses it.
    fn texts(j: &mut Journey) -> Vec<(&mut String, Use)> {
        let mut out: Vec<(&mut String, Use)> = Vec::new();
        if let Some(name) = j.settings.get_mut("mentee_name") {
            out.push((name, Use::Inline));
        }
        for m in &mut j.mentors {
            let a = &mut m.agreement;
            out.extend([
                (&mut m.name, Use::Inline),
                (&mut m.contact, Use::Inline),
                (&mut a.venue, Use::Inline),
                (&mut a.define_mine, Use::Block),
                (&mut a.define_theirs, Use::Block),
                (&mut a.want_mine, Use::Block),
                (&mut a.want_theirs, Use::Block),
                (&mut a.expect_mine, Use::Block),
                (&mut a.expect_theirs, Use::Block),
                (&mut a.confidentiality, Use::Block),
            ]);
        }
        for (key, versions) in &mut j.answers {
            let usage = if key.ends_with(".ideal") {
                Use::Clause
            } else {
                Use::Block
            };
            out.extend(versions.iter_mut().map(|v| (&mut v.text, usage)));
        }
        for g in &mut j.goals {
            out.extend([
                (&mut g.title, Use::Inline),
                (&mut g.why, Use::Block),
                (&mut g.evidence, Use::Block),
                (&mut g.competency, Use::Inline),
            ]);
        }
        out.extend(j.milestones.iter_mut().map(|m| (&mut m.text, Use::Inline)));
        out.extend(j.reviews.iter_mut().map(|r| (&mut r.note, Use::Block)));
        for m in &mut j.meetings {
            out.extend([
                (&mut m.place, Use::Inline),
                (&mut m.agenda, Use::Block),
                (&mut m.notes, Use::Block),
                (&mut m.reflection, Use::Block),
            ]);
        }
        out.extend(j.actions.iter_mut().map(|a| (&mut a.text, Use::Inline)));
        out.extend(j.questions.iter_mut().map(|q| (&mut q.text, Use::Inline)));
        out
    }

    /// The rich journey (every record type) with answers on every path of the export: a
    /// question, a prompt, a worksheet ideal (a stem not compared with reality) and the
    /// reality and gap of a compared stem.
    fn base() -> Journey {
        let mut j = rich();
        for key in [
            "conversation.want",
            "conversation.how.plans",
            "worksheet.where.3.ideal",
            "worksheet.and.4.reality",
        ] {
            j.answers
                .insert(key.into(), vec![version(key, day(2026, 2, 1), "x")]);
        }
        j
    }

    /// The journey with user text `pick(i)` in its i-th text, and the same journey with
    /// skeletons instead.
    fn journeys(pick: impl Fn(usize) -> String) -> (Journey, Journey, Skeleton) {
        let mut user = base();
        let mut skeleton = base();
        let mut sk = Skeleton::default();
        let user_texts = texts(&mut user);
        let skeleton_texts = texts(&mut skeleton);
        assert_eq!(user_texts.len(), skeleton_texts.len());
        for (i, ((u, usage), (s, _))) in user_texts.into_iter().zip(skeleton_texts).enumerate() {
            *u = pick(i);
            *s = sk.of(u, usage);
        }
        (user, skeleton, sk)
    }

    /// What a parsed document is made of: runs of text, the metadata block, and every other
    /// event (structure) as it is.
    #[derive(Debug, PartialEq)]
    enum Tok {
        Text(String),
        Meta(String),
        Structure(Event<'static>),
    }

    fn parse(md: &str) -> Vec<Tok> {
        let options = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TASKLISTS
            | Options::ENABLE_HEADING_ATTRIBUTES
            | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
            | Options::ENABLE_MATH
            | Options::ENABLE_GFM
            | Options::ENABLE_DEFINITION_LIST
            | Options::ENABLE_SUPERSCRIPT
            | Options::ENABLE_SUBSCRIPT
            | Options::ENABLE_WIKILINKS;
        let mut out = Vec::new();
        let mut in_meta = false;
        for event in Parser::new_ext(md, options) {
            match event {
                Event::Start(Tag::MetadataBlock(_)) => {
                    in_meta = true;
                    out.push(Tok::Meta(String::new()));
                }
                Event::End(TagEnd::MetadataBlock(_)) => in_meta = false,
                Event::Text(t) if in_meta => {
                    if let Some(Tok::Meta(s)) = out.last_mut() {
                        s.push_str(&t);
                    }
                }
                Event::Text(t) => match out.last_mut() {
                    Some(Tok::Text(s)) => s.push_str(&t),
                    _ => out.push(Tok::Text(t.to_string())),
                },
                other => out.push(Tok::Structure(other.into_static())),
            }
        }
        out
    }

    /// The skeleton's text with each placeholder replaced by what it stands for.
    fn expected_text(skeleton: &str, sk: &Skeleton) -> String {
        let mut out = String::new();
        let mut rest = skeleton;
        while let Some(start) = rest.find('\u{E000}') {
            let end = rest[start..].find('\u{E001}').unwrap() + start + '\u{E001}'.len_utf8();
            out.push_str(&rest[..start]);
            out.push_str(&sk.expected[&rest[start..end]]);
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    /// The title in the YAML metadata, read as pandoc reads it: a single-quoted scalar
    /// whose value is Markdown.
    fn title_of(meta: &str) -> Result<String, String> {
        let line = meta
            .lines()
            .find_map(|l| l.strip_prefix("title: "))
            .ok_or("no title line")?;
        let inner = line
            .strip_prefix('\'')
            .and_then(|l| l.strip_suffix('\''))
            .ok_or("title not single-quoted")?;
        if inner.replace("''", "").contains('\'') {
            return Err(format!("lone quote in the title: {line}"));
        }
        let toks = parse(&inner.replace("''", "'"));
        match toks.as_slice() {
            [
                Tok::Structure(Event::Start(Tag::Paragraph)),
                Tok::Text(t),
                Tok::Structure(Event::End(TagEnd::Paragraph)),
            ] => Ok(t.clone()),
            other => Err(format!("the title is not plain text: {other:?}")),
        }
    }

    /// Checks the property for one set of user texts; `Err` says where it fails.
    fn check(pick: impl Fn(usize) -> String) -> Result<(), String> {
        let (user, skeleton, sk) = journeys(pick);
        let clock: Clock = clock();
        let md = markdown(&user, &clock, false);
        let skeleton_md = markdown(&skeleton, &clock, false);
        let got = parse(&md);
        let want = parse(&skeleton_md);
        let fail = |what: String| Err(format!("{what}\n--- the export:\n{md}"));
        for (k, pair) in got.iter().zip(&want).enumerate() {
            match pair {
                (Tok::Text(g), Tok::Text(w)) => {
                    let w = expected_text(w, &sk);
                    if *g != w {
                        return fail(format!("text {k}: {g:?}, expected {w:?}"));
                    }
                }
                (Tok::Meta(g), Tok::Meta(_)) => {
                    let name = user.settings.get("mentee_name").map_or("", |n| n.trim());
                    let want = if name.is_empty() {
                        "Development plan and meeting record".to_string()
                    } else {
                        format!("{}: development plan and meeting record", one_line(name))
                    };
                    match title_of(g) {
                        Ok(t) if t == want => {}
                        Ok(t) => return fail(format!("title {t:?}, expected {want:?}")),
                        Err(e) => return fail(e),
                    }
                }
                (g, w) => {
                    if g != w {
                        let around = &got[k.saturating_sub(3)..(k + 3).min(got.len())];
                        return fail(format!(
                            "structure differs at {k}: {g:?}, expected {w:?}\nnear: {around:#?}"
                        ));
                    }
                }
            }
        }
        if got.len() != want.len() {
            return fail(format!("{} parts, expected {}", got.len(), want.len()));
        }
        Ok(())
    }

    /// Line starts that mean something in Markdown (CommonMark, GFM or pandoc).
    const STARTS: &[&str] = &[
        "",
        "",
        "",
        "2026. ",
        "2026) ",
        "1. ",
        "1) ",
        "12. ",
        "999999999. ",
        "a) ",
        "B. ",
        "(iv) ",
        "# ",
        "## ",
        "#",
        "- ",
        "+ ",
        "* ",
        "-\t",
        "• ",
        "– ",
        "> ",
        ">",
        "- - ",
        "- 2026. ",
        "1. # ",
        "- > ",
        "---",
        "- --",
        "***",
        "___",
        "===",
        "=",
        "-",
        "+",
        "*",
        ":",
        ": ",
        "~ ",
        "```",
        "~~~",
        "| a | b |",
        "|---|---|",
        "--- | ---",
        "[^1]: ",
        "[x]: http://y ",
        "<div>",
        "<!-- ",
        "<?x ",
        "@ana ",
        "(@) ",
        "#. ",
        "$$",
        "\\",
        "\\\\",
        "- [ ] ",
        "[x] ",
        "    ",
        "\t",
        "%",
        "^",
        "~",
        "`",
        "_",
        "&",
        "&amp;",
    ];

    /// Text that means something inside a line.
    const INSIDE: &[&str] = &[
        "*em*",
        "_em_",
        "**b**",
        "__b__",
        "`code`",
        "``",
        "[x](y)",
        "![i](p)",
        "<b>",
        "</b>",
        "<http://x.y>",
        "a | b",
        "https://x.org",
        "x\\",
        "\\*",
        "\\",
        "~~s~~",
        "^sup^",
        "~sub~",
        "$x$",
        "$$x$$",
        "[[wiki]]",
        "{#id}",
        "{.class}",
        " #",
        " ##",
        "[^1]",
        "&copy;",
        "&#169;",
        "&#x41;",
        "@cite",
        "a@b.c",
        "  ",
        "\t",
        "指導",
        "🙂",
        "e\u{301}",
        "\u{a0}",
        "\u{3000}",
        "'",
        "''",
        "\"",
        ": ",
        " - ",
        "2026. A good year",
        "*",
        "_",
        "[",
        "]",
        "(",
        ")",
        "!",
        "<",
        ">",
        "|",
        "{",
        "}",
    ];

    fn line() -> impl Strategy<Value = String> {
        let indent =
            prop::sample::select(vec!["", "", "", " ", "  ", "   ", "    ", "\t", "\u{a0}"]);
        let start = prop::sample::select(STARTS);
        let piece = prop_oneof![
            prop::sample::select(INSIDE).prop_map(String::from),
            "\\PC{0,8}"
        ];
        let body = prop::collection::vec(piece, 0..4).prop_map(|p| p.concat());
        let end = prop::sample::select(vec![
            "", "", "", " ", "  ", "\\", " #", ":", ".", " {.c}", "{#id}",
        ]);
        (indent, start, body, end).prop_map(|(i, s, b, e)| format!("{i}{s}{b}{e}"))
    }

    fn text() -> impl Strategy<Value = String> {
        let sep = prop::sample::select(vec!["\n", "\n", "\n", "\n\n", "\r\n", "\r", "\n \n"]);
        prop::collection::vec((line(), sep), 0..6).prop_map(|lines| {
            lines
                .into_iter()
                .map(|(l, s)| format!("{l}{s}"))
                .collect::<String>()
        })
    }

    /// How many texts [`base`] has.
    fn count() -> usize {
        texts(&mut base()).len()
    }

    proptest! {
        // 128 cases (PROPTEST_CASES=… for a longer search).
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(128),
            failure_persistence: None,
            ..ProptestConfig::default()
        })]
        #[test]
        fn user_text_never_becomes_structure(all in prop::collection::vec(text(), count())) {
            if let Err(e) = check(|i| all[i].clone()) {
                prop_assert!(false, "{}", e);
            }
        }
    }

    #[test]
    fn a_year_at_the_start_of_a_text_is_not_a_list() {
        check(|_| "2026. A good year".into()).unwrap();
        check(|_| "- 2026. A good year\n- and more".into()).unwrap();
    }

    /// How many lists a document has, and how many text runs contain `text`.
    fn lists_and_runs(j: &Journey, text: &str) -> (usize, usize) {
        let toks = parse(&markdown(j, &clock(), false));
        let lists = toks
            .iter()
            .filter(|t| matches!(t, Tok::Structure(Event::Start(Tag::List(_)))))
            .count();
        let runs = toks
            .iter()
            .filter(|t| matches!(t, Tok::Text(s) if s.contains(text)))
            .count();
        (lists, runs)
    }

    #[test]
    fn typed_lists_are_kept_in_every_text_of_several_lines() {
        // A bullet list with an ordered one nested in it (starting at 2, which cannot
        // interrupt a paragraph), then an ordered list under a 3-digit marker with a bullet
        // list nested in that: four lists, in every text of several lines.
        let typed = "Plan:\n- first\n  2) nested\n100. third\n  - under it";
        let plain = typed.replace(['-', ')'], "").replace("100.", "a");
        let block = |text: &str| {
            let mut j = base();
            for (t, usage) in texts(&mut j) {
                *t = if matches!(usage, Use::Block) {
                    text
                } else {
                    "x"
                }
                .to_string();
            }
            j
        };
        let (with_lists, shown) = lists_and_runs(&block(typed), "Plan:");
        let (without, _) = lists_and_runs(&block(&plain), "Plan:");
        assert!(shown > 20, "{shown}");
        assert_eq!(with_lists, without + 4 * shown);
        check(|_| typed.into()).unwrap();
    }
}
