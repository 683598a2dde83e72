//! The footer's line is kept between frames (`ui::Footer`): drawn after any other footer —
//! another context, another width, another theme — it is the line made afresh.

use mentee::keymap::Context;
use mentee::theme::Theme;
use mentee::ui::Footer;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use strum::IntoEnumIterator;

fn drawn(footer: &mut Footer, stack: &[Context], width: u16, theme: &Theme) -> Buffer {
    let area = Rect::new(0, 0, width, 1);
    let mut buf = Buffer::empty(area);
    footer.render(area, &mut buf, stack, theme);
    buf
}

#[test]
fn a_kept_footer_is_the_footer_made_afresh() {
    let plain = Theme::default();
    let other = Theme {
        key: Style::new().fg(Color::Magenta),
        ..Theme::default()
    };
    let contexts: Vec<Context> = Context::iter().collect();
    let mut stacks: Vec<Vec<Context>> = contexts.iter().map(|c| vec![*c]).collect();
    stacks.extend(contexts.windows(2).map(<[Context]>::to_vec));
    let mut kept = Footer::default();
    // Each stack after another at one width, then at the next; and each stack at one width
    // after another.
    let sizes = [(80, &plain), (41, &plain), (80, &other), (80, &plain)];
    let mut draws: Vec<(usize, u16, &Theme)> = Vec::new();
    for (width, theme) in sizes {
        draws.extend((0..stacks.len()).map(|i| (i, width, theme)));
    }
    for i in 0..stacks.len() {
        draws.extend(sizes.iter().map(|(w, t)| (i, *w, *t)));
    }
    for (i, width, theme) in draws {
        let stack = &stacks[i];
        let fresh = drawn(&mut Footer::default(), stack, width, theme);
        assert_eq!(
            drawn(&mut kept, stack, width, theme),
            fresh,
            "stack {i} {stack:?} at {width} columns"
        );
    }
}
