//! What every tab and mode is to the app: a [`Pane`] keeps view state only (selection,
//! focus, scroll), acts on actions through `Ctx` (which writes), and draws from a read-only
//! [`View`] (which cannot).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::keymap::Context;
use crate::theme::Theme;
use crate::view::View;

/// What every tab and mode does. Records live in the journey; reads go through
/// `ctx.journey()` (the shared-only projection while the screen is shared) and writes through
/// `Ctx`'s write path.
pub trait Pane {
    /// Keymap contexts of this pane right now, most specific first (the app adds
    /// `Tabs` and `Global` after them).
    fn contexts(&self, view: &View) -> Vec<Context>;
    /// Keymap contexts this pane adds while a field it shows is being edited (a form's
    /// `Tab` to the next field), most specific first; the app puts the editing contexts first.
    fn editing_contexts(&self, _view: &View) -> Vec<Context> {
        Vec::new()
    }
    /// Acts on an action the keymap produced in one of this pane's contexts (or a
    /// generic one such as `Up`).
    fn handle(&mut self, action: Action, ctx: &mut Ctx);
    /// A left click at a screen position inside the body.
    fn click(&mut self, _x: u16, _y: u16, _ctx: &mut Ctx) {}
    /// Selects and shows a record this tab holds (after a jump from elsewhere). Returns
    /// false if the pane does not know the target.
    fn reveal(&mut self, _target: &Target, _view: &View) -> bool {
        false
    }
    /// Whether the pane is taking typed text of its own, outside the field editor (e.g. a
    /// search query). The app then leaves out the browsing keys (`Tabs`: `q`, `1`–`6`, ...)
    /// and hands keys no binding claims to [`Pane::type_key`] and pastes to [`Pane::paste`].
    fn takes_text(&self) -> bool {
        false
    }
    /// A key typed into the pane's own text input (see [`Pane::takes_text`]).
    fn type_key(&mut self, _key: crossterm::event::KeyEvent, _ctx: &mut Ctx) {}
    /// Text pasted into the pane's own text input (see [`Pane::takes_text`]).
    fn paste(&mut self, _text: &str, _ctx: &mut Ctx) {}
    /// Draws the pane from a read-only [`View`]: it holds no store and nothing that writes,
    /// and while the screen is shared its journey is the shared-only projection, so drawing
    /// can neither change the journey nor show anything private. (`&mut self` is for view
    /// state only: scroll offsets, where things were drawn for mouse clicks.)
    fn render(&mut self, area: Rect, buf: &mut Buffer, view: &View, theme: &Theme);
}

/// The guarantee above, spelled out for the compiler: drawing a pane needs only a `View`,
/// and a `View` cannot be made from anything that writes (it has no store field).
const _: fn(&mut dyn Pane, Rect, &mut Buffer, &View, &Theme) = |pane, area, buf, view, theme| {
    pane.render(area, buf, view, theme);
};
