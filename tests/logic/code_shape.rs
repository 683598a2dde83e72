//! The shape of the code, checked on its source (see `docs/ARCHITECTURE.md`):
//!
//! - the top-level modules of `src/` (a file or folder each) import each other in layers,
//!   without a cycle: a module names only modules of its own layer or below ([`LAYERS`]),
//!   and no two modules reach each other;
//! - no render function (one that takes a `Frame` or a `Buffer`, or whose name starts with
//!   `render` or `draw`) is over [`MAX_RENDER_LINES`] lines.
//!
//! Plain string scanning: comments, strings and `#[cfg(test)]` items are blanked out first,
//! so a path in a doc comment or a test helper counts for nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Longest a render function may be, from its `fn` line to its closing brace.
const MAX_RENDER_LINES: usize = 80;

/// The top-level modules of `src/`, bottom layer first. A module may import modules of its
/// own layer (without a cycle) and of the layers below, never above. A new module goes into
/// a layer here (and in `docs/ARCHITECTURE.md`).
const LAYERS: &[&[&str]] = &[
    // The vocabulary: tabs, actions, key bindings, the method's texts, styles, input bytes.
    &[
        "tab", "action", "keymap", "method", "theme", "paths", "input",
    ],
    // Records and rules, no I/O.
    &["domain"],
    // What stands on the records: the open editor, where to go, the database, the view.
    &["editor", "target", "store", "view"],
    // What reads the records: search, exports and import, the demo and generated journeys.
    &[
        "search",
        "export",
        "import",
        "generate",
        "demo",
        "passphrase",
        "rekey",
    ],
    // What handlers may touch, and the one write path.
    &["ctx"],
    // Shared widgets.
    &["ui"],
    // What every tab and mode is to the app.
    &["pane"],
    &["tabs"],
    &["modes"],
    // The update logic, the loop, the command line.
    &["app", "terminal", "cli", "frame_cost"],
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, with its path relative to `src/`.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&src(), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read source");
            (
                p.strip_prefix(src()).expect("under src").to_path_buf(),
                text,
            )
        })
        .collect()
}

/// The top-level module a file belongs to: `ui` for `ui/form.rs`, `ctx` for `ctx.rs`.
fn top_module(rel: &Path) -> String {
    let first = rel.components().next().expect("a path");
    let name = first.as_os_str().to_string_lossy();
    name.strip_suffix(".rs").unwrap_or(&name).to_string()
}

/// The source with comments, string and character literals blanked to spaces (newlines
/// kept, so lines still count), and every `#[cfg(test)]` item removed the same way.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.extend(['/', '*']);
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.extend(['*', '/']);
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !ident_before(&chars, i) {
            // A raw string: r"…", r#"…"#.
            let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            out.push('"');
            i += 2 + hashes;
            while i < chars.len() && !chars[i..].starts_with(&close) {
                out.push(blank(chars[i]));
                i += 1;
            }
            out.push('"');
            i += close.len();
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if let Some(&c) = chars.get(i) {
                    out.push(blank(c));
                }
                i += 1;
            }
            out.push('"');
            i += 1;
        } else if c == '\'' {
            // A character literal ('{', '\n', '\u{7f}'), or a lifetime ('a), left as it is.
            let len = if next == Some('\\') {
                chars
                    .get(i + 3..)
                    .and_then(|rest| rest.iter().position(|&q| q == '\''))
                    .map(|n| n + 4)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(3)
            } else {
                None
            };
            match len {
                Some(n) => {
                    out.extend(std::iter::repeat_n(' ', n));
                    i += n;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    without_test_items(out.into_iter().collect())
}

/// Whether the character before `i` continues an identifier (`br"…"` is a byte string;
/// `for` ends in `r` and is no raw string either).
fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// `code` with each `#[cfg(test)]` item (a `mod tests { … }`, a `use …;`) blanked.
fn without_test_items(code: String) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    let attr: Vec<char> = "#[cfg(test)]".chars().collect();
    let mut i = 0;
    while i + attr.len() <= chars.len() {
        if chars[i..].starts_with(&attr) {
            let start = i;
            let mut j = i + attr.len();
            let mut depth = 0;
            while j < chars.len() {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ';' if depth == 0 => break,
                    _ => {}
                }
                j += 1;
            }
            let end = j.min(chars.len() - 1);
            for c in &mut chars[start..=end] {
                if *c != '\n' {
                    *c = ' ';
                }
            }
            i = j;
        }
        i += 1;
    }
    chars.into_iter().collect()
}

/// The top-level modules a file's code names through `crate::x` or `crate::{x, y}`.
fn imports(code: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        if at > 0 && code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue; // `mycrate::`
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The names at the group's own level: `{a::b, c, d::{e, f}}` gives a, c, d.
            let mut depth = 0;
            let mut expect_name = true;
            for (n, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => expect_name = true,
                    c if expect_name && depth == 0 && (c.is_alphanumeric() || c == '_') => {
                        out.insert(ident(&group[n..]));
                        expect_name = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

/// Top-level module → the modules it imports → the files that import them.
type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn import_graph() -> Graph {
    let mut graph = Graph::new();
    for (rel, text) in sources() {
        if rel == Path::new("main.rs") || rel == Path::new("lib.rs") {
            // The crate's root declares the modules; the binary is a crate of its own.
            continue;
        }
        let from = top_module(&rel);
        let node = graph.entry(from.clone()).or_default();
        for to in imports(&code_only(&text)) {
            if to != from {
                node.entry(to)
                    .or_default()
                    .insert(rel.display().to_string());
            }
        }
    }
    graph
}

/// The groups of modules that reach each other (strongly connected components of more than
/// one module): each is an import cycle.
fn cycles(graph: &Graph) -> Vec<BTreeSet<String>> {
    let reaches = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_string()];
        while let Some(m) = stack.pop() {
            for next in graph.get(&m).into_iter().flat_map(|n| n.keys()) {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|m| (m, reaches(m))).collect();
    let mut groups: Vec<BTreeSet<String>> = Vec::new();
    for (m, from_m) in &reach {
        let group: BTreeSet<String> = from_m
            .iter()
            .filter(|o| *o != *m && reach.get(o).is_some_and(|r| r.contains(*m)))
            .cloned()
            .chain(std::iter::once((*m).clone()))
            .collect();
        if group.len() > 1 && !groups.contains(&group) {
            groups.push(group);
        }
    }
    groups
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

#[test]
fn no_import_cycle_between_the_top_level_modules() {
    let graph = import_graph();
    let mut report = Vec::new();
    for group in cycles(&graph) {
        report.push(format!(
            "these reach each other: {}",
            group.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
        for from in &group {
            for (to, files) in &graph[from] {
                if group.contains(to) {
                    let files: Vec<&str> = files.iter().map(String::as_str).collect();
                    report.push(format!("  {from} -> {to}: {}", files.join(", ")));
                }
            }
        }
    }
    assert!(
        report.is_empty(),
        "import cycles between top-level modules of src/ (move what both need down a \
         layer, see docs/ARCHITECTURE.md):\n{}",
        report.join("\n")
    );
}

#[test]
fn modules_import_only_their_own_layer_and_below() {
    let graph = import_graph();
    let mut wrong = Vec::new();
    for (from, edges) in &graph {
        let Some(own) = layer_of(from) else {
            wrong.push(format!(
                "src/{from} is in no layer: add it to LAYERS in tests/logic/code_shape.rs \
                 and to docs/ARCHITECTURE.md"
            ));
            continue;
        };
        for (to, files) in edges {
            if layer_of(to).is_some_and(|theirs| theirs > own) {
                wrong.push(format!(
                    "{from} imports {to}, a layer above it (in {})",
                    files.iter().cloned().collect::<Vec<_>>().join(", ")
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Functions of `code` as (name, first line, lines long, whether it renders).
fn functions(code: &str) -> Vec<(String, usize, usize, bool)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(at) = line.find("fn ") else {
            continue;
        };
        let before = line[..at].trim();
        let is_fn = before.split_whitespace().all(|w| {
            matches!(w, "pub" | "const" | "async" | "unsafe" | "extern")
                || w.starts_with("pub(")
                || w.starts_with('"')
        });
        let name: String = line[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !is_fn || name.is_empty() {
            continue;
        }
        // The signature runs to the body's `{` (or to `;`: no body); the body to its match.
        let mut signature = String::new();
        let mut depth = 0;
        let mut opened = false;
        let mut end = None;
        'scan: for (j, l) in lines.iter().enumerate().skip(i) {
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    ';' if !opened => break 'scan,
                    _ => {}
                }
                if !opened {
                    signature.push(c);
                }
                if opened && depth == 0 {
                    end = Some(j);
                    break 'scan;
                }
            }
            signature.push(' ');
        }
        if let Some(end) = end {
            let renders = signature.contains("Buffer")
                || signature.contains("Frame")
                || name.starts_with("render")
                || name.starts_with("draw");
            out.push((name, i + 1, end - i + 1, renders));
        }
    }
    out
}

#[test]
fn no_render_function_is_over_80_lines() {
    let mut long = Vec::new();
    for (rel, text) in sources() {
        for (name, line, len, renders) in functions(&code_only(&text)) {
            if renders && len > MAX_RENDER_LINES {
                long.push(format!("src/{}:{line} {name}: {len} lines", rel.display()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "render functions over {MAX_RENDER_LINES} lines (split them into small widgets or \
         functions, laid out with ratatui's Layout):\n{}",
        long.join("\n")
    );
}

/// The scanner itself: what it must see and what it must not.
#[test]
fn the_scanner_reads_imports_and_functions() {
    let code = code_only(
        r##"
//! A doc comment naming crate::ui counts for nothing.
use crate::domain::{Goal, Id};
use crate::{keymap::Context, tab};
let s = "crate::store in a string";
let r = r#"crate::export in a raw string"#;
let c = '{';
fn render_thing<'a>(area: Rect, buf: &mut Buffer) {
    let x = "}";
}
#[cfg(test)]
mod tests {
    use crate::app;
}
"##,
    );
    let found: Vec<String> = imports(&code).into_iter().collect();
    assert_eq!(found, ["domain", "keymap", "tab"]);
    let fns = functions(&code);
    assert_eq!(fns.len(), 1, "{fns:?}");
    assert_eq!(
        (fns[0].0.as_str(), fns[0].2, fns[0].3),
        ("render_thing", 3, true)
    );
}
