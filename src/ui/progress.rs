//! A progress bar in text (`█████░░░░░  50%`), for the Goals tab, Overview and the shared
//! screen. Text, not a gauge widget, so it sits inside a line next to other spans and still
//! reads without colour.

use ratatui::text::Span;

use crate::theme::Theme;

const FULL: char = '█';
const EMPTY: char = '░';

/// `width` cells: the done part full, the rest shaded. Rounds to the nearest cell, but
/// anything above 0% shows at least one cell and anything below 100% leaves one empty.
#[must_use]
pub fn bar(percent: u8, width: usize) -> String {
    let p = usize::from(percent.min(100));
    let mut filled = (p * width + 50) / 100;
    if p > 0 && filled == 0 && width > 0 {
        filled = 1;
    }
    if p < 100 && filled == width && width > 0 {
        filled = width - 1;
    }
    let mut s = String::with_capacity(width * 3);
    s.extend(std::iter::repeat_n(FULL, filled));
    s.extend(std::iter::repeat_n(EMPTY, width - filled));
    s
}

/// The bar and the percentage (right-aligned in four cells) as styled spans.
#[must_use]
pub fn bar_spans(percent: u8, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let text = bar(percent, width);
    let split = text
        .char_indices()
        .find(|(_, c)| *c == EMPTY)
        .map_or(text.len(), |(i, _)| i);
    let (done, rest) = text.split_at(split);
    vec![
        Span::styled(done.to_string(), theme.gauge),
        Span::styled(rest.to_string(), theme.dim),
        Span::raw(format!(" {:>3}%", percent.min(100))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_round_and_never_lie_at_the_ends() {
        assert_eq!(bar(50, 10), "█████░░░░░");
        assert_eq!(bar(0, 10), "░░░░░░░░░░");
        assert_eq!(bar(100, 10), "██████████");
        assert_eq!(bar(1, 10), "█░░░░░░░░░");
        assert_eq!(bar(99, 10), "█████████░");
        assert_eq!(bar(67, 3), "██░");
        assert_eq!(bar(200, 4), "████");
        assert_eq!(bar(40, 0), "");
    }

    #[test]
    fn spans_carry_the_percentage() {
        let spans = bar_spans(40, 5, &Theme::mono());
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "██░░░  40%");
    }
}
