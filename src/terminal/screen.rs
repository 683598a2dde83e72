//! The screen mentee draws on: two buffers, the frame being drawn and the one the terminal
//! shows, and the cells that changed between them written through the backend.
//!
//! What ratatui's `Terminal` does for a full-screen viewport, and only that: a frame is
//! rendered straight into a `Buffer`, the changed cells are found by [`super::diff`]
//! (ratatui's `Buffer::diff`, faster) and written, the cursor is hidden (mentee never shows
//! it: text fields draw their own), and the buffers swap. A change of the terminal's size
//! clears the screen and draws everything again, as `Terminal::autoresize` does; the
//! bytes written are the same as `Terminal`'s (`tests/logic/diff.rs` checks it).

use ratatui::backend::{Backend, ClearType};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::diff;

/// See the module comment.
pub struct Screen<B: Backend> {
    backend: B,
    /// The frame being drawn (`current`) and the one on the terminal.
    buffers: [Buffer; 2],
    current: usize,
    /// The terminal's size when last asked.
    area: Rect,
}

impl<B: Backend> Screen<B> {
    /// A screen the size of the backend's terminal, taken to be blank.
    ///
    /// # Errors
    /// If the backend cannot tell its size.
    pub fn new(backend: B) -> Result<Self, B::Error> {
        let size = backend.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        Ok(Self {
            backend,
            buffers: [Buffer::empty(area), Buffer::empty(area)],
            current: 0,
            area,
        })
    }

    /// Renders a frame into the buffer (`render` gets the whole screen's area and a blank
    /// buffer), then writes what changed since the last frame and hides the cursor, as
    /// `Terminal::draw` does when the frame set no cursor. First the screen follows the
    /// terminal's size, as `Terminal::autoresize` does.
    ///
    /// # Errors
    /// The backend's.
    pub fn draw(&mut self, render: impl FnOnce(Rect, &mut Buffer)) -> Result<(), B::Error> {
        let size = self.backend.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        if area != self.area {
            self.resize(area)?;
        }
        render(self.area, &mut self.buffers[self.current]);
        let [a, b] = &self.buffers;
        let (prev, next) = if self.current == 0 { (b, a) } else { (a, b) };
        self.backend.draw(diff::changes(prev, next))?;
        self.backend.hide_cursor()?;
        // The frame now on the terminal is compared with the next one, drawn on a blank.
        self.buffers[1 - self.current].reset();
        self.current = 1 - self.current;
        self.backend.flush()
    }

    /// Takes the screen to be `area`, blank: clears the terminal (twice when it narrowed,
    /// as `Terminal::resize` does) and forgets what it showed, so the next frame is drawn
    /// whole.
    ///
    /// # Errors
    /// The backend's.
    pub fn resize(&mut self, area: Rect) -> Result<(), B::Error> {
        if area.width < self.buffers[self.current].area.width {
            self.backend.clear_region(ClearType::All)?;
        }
        for buffer in &mut self.buffers {
            buffer.resize(area);
        }
        self.backend.clear_region(ClearType::All)?;
        self.buffers[1 - self.current].reset();
        self.area = area;
        Ok(())
    }

    /// The terminal's size, as the backend tells it.
    ///
    /// # Errors
    /// The backend's.
    pub fn size(&self) -> Result<ratatui::layout::Size, B::Error> {
        self.backend.size()
    }

    /// The backend, to read what was written (in tests).
    pub const fn backend(&self) -> &B {
        &self.backend
    }

    /// The backend, to change it (in tests: the terminal's size).
    pub const fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }
}
