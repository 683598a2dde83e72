//! What rendering may read: a read-only view of the journey as the screen may show it.
//!
//! Every render function takes a [`View`] (or pieces of it), never the `Ctx`: a `View` holds
//! no store and nothing that can write, so drawing cannot change the journey, and while the
//! screen is shared its `journey` is the shared-only projection
//! ([`Journey::shared_only`]), so a screen cannot show what it was never given. This is a
//! compile-time guarantee: `Pane::render` (in `src/pane.rs`) takes `&View`.

use crate::domain::{Clock, Journey};
use crate::editor::FieldEditor;

/// A read-only view for drawing (and for the reads that handlers share with drawing).
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The journey as it may be shown: the shared-only projection while the screen is shared.
    pub journey: &'a Journey,
    pub clock: &'a Clock,
    /// Whether the screen is shared (for wording; what is private is already left out).
    pub shared: bool,
    /// The field being edited, if any: forms draw it in place of the stored value.
    pub editor: Option<&'a FieldEditor>,
}
