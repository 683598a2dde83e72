//! mentee's panels (`ui::Panel`) draw what ratatui's `Block` draws for them, cell for cell:
//! over any content, in any area (also one cell, or partly outside the buffer), with titles
//! of any width (wide characters, longer than the border), at the top and at the bottom.

use mentee::ui::Panel;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

const TEXTS: &[&str] = &[
    "",
    " Goals ",
    " Meeting with Émile ",
    "日本語",
    "↓ more",
    "x",
];

fn style() -> impl Strategy<Value = Style> {
    (0u8..4, 0u8..4, 0u16..(1 << 9)).prop_map(|(f, b, m)| {
        let color = |i: u8| {
            [
                Color::Reset,
                Color::Red,
                Color::Indexed(7),
                Color::Rgb(1, 2, 3),
            ][usize::from(i)]
        };
        Style::new()
            .fg(color(f))
            .bg(color(b))
            .add_modifier(Modifier::from_bits_truncate(m))
    })
}

/// A buffer with text already in it.
fn content() -> impl Strategy<Value = Buffer> {
    proptest::collection::vec((0..TEXTS.len(), style(), 0u16..14, 0u16..8), 0..12).prop_map(
        |writes| {
            let mut buf = Buffer::empty(Rect::new(1, 1, 14, 8));
            for (t, st, x, y) in writes {
                buf.set_string(1 + x, 1 + y, TEXTS[t].repeat(3), st);
            }
            buf
        },
    )
}

/// A bottom title: right-aligned, as the panels have them, or now and then otherwise.
fn bottom() -> impl Strategy<Value = Line<'static>> {
    (0..TEXTS.len(), style(), 0u8..8).prop_map(|(t, st, a)| {
        let line = Line::from(Span::styled(TEXTS[t], st));
        match a {
            0 => line.left_aligned(),
            1 => line.centered(),
            2 => line,
            _ => line.right_aligned(),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn a_panel_draws_what_its_block_draws(
        buf in content(),
        (x, y, w, h) in (0u16..16, 0u16..10, 0u16..18, 0u16..11),
        (title, title_style, border) in (0..TEXTS.len(), style(), style()),
        bottoms in proptest::collection::vec(bottom(), 0..3),
    ) {
        let mut panel = Panel::new(Span::styled(TEXTS[title].repeat(2), title_style), border);
        for line in bottoms {
            panel = panel.title_bottom(line);
        }
        let area = Rect::new(x, y, w, h);
        let (mut ours, mut theirs) = (buf.clone(), buf);
        (&panel).render(area, &mut ours);
        panel.block().render(area, &mut theirs);
        prop_assert_eq!(ours, theirs);
        prop_assert_eq!(panel.inner(area), panel.block().inner(area));
    }
}
