//! Every style of the app in one place.
//!
//! Only the 16 ANSI colours are used, and never a background colour except through
//! `REVERSED`, so the app reads on light and dark terminals alike; colour marks status
//! only (see [`Theme::color`]), checked in xterm on white and on black. With `NO_COLOR` set,
//! the monochrome theme keeps meaning through bold, underline, dim and reverse only.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub heading: Style,
    pub label: Style,
    pub selected: Style,
    pub focus_border: Style,
    pub border: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub key: Style,
    pub error: Style,
    pub ok: Style,
    pub warn: Style,
    pub hint: Style,
    pub banner: Style,
    pub gauge: Style,
    pub highlight: Style,
    /// Words a change removed, and words it added (the "since last meeting" view).
    pub removed: Style,
    pub added: Style,
    pub monochrome: bool,
}

impl Theme {
    /// The theme for this environment: monochrome when `NO_COLOR` is set and non-empty.
    #[must_use]
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            Self::mono()
        } else {
            Self::color()
        }
    }

    /// Colour for status only (overdue, errors, progress, what a change added or removed),
    /// in the ANSI colours that read on white and on black alike: red, magenta and green
    /// on solid blocks. Labels, headings, keys and borders are told apart by weight
    /// (bold, dim) and by reverse video, never by cyan or yellow, which fade on white.
    #[must_use]
    pub fn color() -> Self {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Self {
            text: plain,
            dim: plain.add_modifier(Modifier::DIM),
            title: bold,
            heading: bold,
            label: bold,
            selected: plain.add_modifier(Modifier::REVERSED),
            focus_border: bold,
            border: plain.add_modifier(Modifier::DIM),
            tab: plain,
            tab_active: bold.add_modifier(Modifier::REVERSED),
            key: bold,
            error: plain.fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: plain,
            warn: plain.fg(Color::Magenta),
            hint: plain.add_modifier(Modifier::DIM | Modifier::ITALIC),
            banner: bold.add_modifier(Modifier::REVERSED),
            gauge: plain.fg(Color::Green),
            highlight: bold.add_modifier(Modifier::UNDERLINED),
            removed: plain.fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
            added: plain.fg(Color::Green).add_modifier(Modifier::BOLD),
            monochrome: false,
        }
    }

    #[must_use]
    pub fn mono() -> Self {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Self {
            text: plain,
            dim: plain.add_modifier(Modifier::DIM),
            title: bold,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            label: bold,
            selected: plain.add_modifier(Modifier::REVERSED),
            focus_border: bold,
            border: plain,
            tab: plain,
            tab_active: bold.add_modifier(Modifier::REVERSED),
            key: bold,
            error: bold.add_modifier(Modifier::UNDERLINED),
            ok: plain,
            warn: bold,
            hint: plain.add_modifier(Modifier::DIM),
            banner: bold.add_modifier(Modifier::REVERSED),
            gauge: plain,
            highlight: bold.add_modifier(Modifier::UNDERLINED),
            removed: plain.add_modifier(Modifier::DIM),
            added: bold,
            monochrome: true,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::color()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_uses_no_colour() {
        let t = Theme::mono();
        for s in [
            t.text, t.title, t.error, t.selected, t.key, t.banner, t.gauge,
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
    }
}
