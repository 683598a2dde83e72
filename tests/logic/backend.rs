//! The backend mentee draws through (`terminal::backend::FrameBackend`) writes what
//! crossterm's own backend writes: for random frames and random changes between them, the
//! same bytes, and so, read by a terminal emulator (vt100), the same screen — symbols,
//! colours and modifiers.

use mentee::terminal::backend::FrameBackend;
use proptest::prelude::*;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

const W: u16 = 12;
const H: u16 = 4;

/// Symbols of every kind a frame holds: ASCII, box drawing, wide (CJK), an emoji with and
/// without VS16, a letter with a combining mark, a blank.
const SYMBOLS: &[&str] = &[
    "a",
    "Z",
    " ",
    "…",
    "─",
    "█",
    "日",
    "😀",
    "❤\u{fe0f}",
    "e\u{301}",
    "·",
    "",
];

fn color() -> impl Strategy<Value = Color> {
    prop_oneof![
        Just(Color::Reset),
        (0u8..16).prop_map(|i| [
            Color::Black,
            Color::Red,
            Color::Green,
            Color::Yellow,
            Color::Blue,
            Color::Magenta,
            Color::Cyan,
            Color::Gray,
            Color::DarkGray,
            Color::LightRed,
            Color::LightGreen,
            Color::LightYellow,
            Color::LightBlue,
            Color::LightMagenta,
            Color::LightCyan,
            Color::White,
        ][usize::from(i)]),
        any::<u8>().prop_map(Color::Indexed),
        (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
    ]
}

fn style() -> impl Strategy<Value = Style> {
    style_of(color)
}

/// A style of three colours drawn from `color` and any modifiers (the frame diff's tests
/// use it with colours weighted their way).
pub fn style_of<S: Strategy<Value = Color>>(color: fn() -> S) -> impl Strategy<Value = Style> {
    (color(), color(), color(), 0u16..(1 << 9)).prop_map(|(fg, bg, ul, m)| {
        Style::new()
            .fg(fg)
            .bg(bg)
            .underline_color(ul)
            .add_modifier(Modifier::from_bits_truncate(m))
    })
}

/// A frame: a run of strings, each in a style, written one after another (so wide
/// characters take their two cells as they do on a real screen).
fn frame() -> impl Strategy<Value = Buffer> {
    proptest::collection::vec(
        (0..SYMBOLS.len(), 1usize..4, style(), 0u16..W, 0u16..H),
        0..24,
    )
    .prop_map(|writes| {
        let mut buf = Buffer::empty(Rect::new(0, 0, W, H));
        for (s, n, style, x, y) in writes {
            buf.set_string(x, y, SYMBOLS[s].repeat(n), style);
        }
        buf
    })
}

/// The bytes `backend` writes for the first frame (from an empty screen), then for the
/// change to the second.
fn bytes<B: Backend>(backend: &mut B, first: &Buffer, second: &Buffer)
where
    B::Error: std::fmt::Debug,
{
    let empty = Buffer::empty(first.area);
    backend.draw(empty.diff(first).into_iter()).unwrap();
    backend.draw(first.diff(second).into_iter()).unwrap();
}

fn screen(bytes: &[u8]) -> vt100::Parser {
    let mut parser = vt100::Parser::new(H, W, 0);
    parser.process(bytes);
    parser
}

proptest! {
    #[test]
    fn frames_are_written_as_crossterm_writes_them(first in frame(), second in frame()) {
        let mut theirs = Vec::new();
        bytes(&mut CrosstermBackend::new(&mut theirs), &first, &second);
        let mut ours = Vec::new();
        bytes(&mut FrameBackend::new(&mut ours), &first, &second);
        prop_assert_eq!(&ours, &theirs);
        // And so the terminal shows the same: symbols, colours, modifiers, cell by cell.
        let (a, b) = (screen(&ours), screen(&theirs));
        prop_assert_eq!(a.screen().contents_formatted(), b.screen().contents_formatted());
        for y in 0..H {
            for x in 0..W {
                let (p, q) = (a.screen().cell(y, x), b.screen().cell(y, x));
                prop_assert_eq!(p, q, "cell {},{}", x, y);
            }
        }
    }
}

#[test]
fn a_frame_shows_its_text_and_colours() {
    let mut first = Buffer::empty(Rect::new(0, 0, W, H));
    first.set_string(1, 1, "Goals 日", Style::new().fg(Color::Yellow).bold());
    let mut ours = Vec::new();
    bytes(&mut FrameBackend::new(&mut ours), &first, &first);
    let parser = screen(&ours);
    assert_eq!(parser.screen().contents().lines().nth(1), Some(" Goals 日"));
    let cell = parser.screen().cell(1, 1).unwrap();
    assert_eq!(cell.fgcolor(), vt100::Color::Idx(3));
    assert!(cell.bold());
}
