//! The export key (`E`): asks where to write the journey as Markdown, proposing a file
//! beside the database named after it and today (`mentee-2026-11-22.md`), then writes it
//! owner-only and never over an existing file, and says where in the footer.
//!
//! While the screen is shared, the export is the shared-only one, and the prompt says so.
//!
//! The shared review's wrap-up writes its summary for the mentor through the same prompt
//! ([`ExportPrompt::summary`]): the same folder, the same care with the file.

use std::path::{Path, PathBuf};

use crossterm::event::KeyEvent;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::ctx::Ctx;
use crate::export::file::{default_file_name, free_path, write_new};
use crate::export::markdown::markdown;
use crate::export::summary::{Summary, summary_markdown};
use crate::theme::Theme;
use crate::ui::line_input::LineInput;
use crate::ui::text;
use crate::ui::wrap::truncate;
use crate::ui::{dialog, panel};

/// What a key did to the prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Close,
}

#[derive(Clone, Debug)]
pub struct ExportPrompt {
    input: LineInput,
    /// Shared-only (the screen was shared when the prompt opened).
    shared: bool,
    /// The file name used when a folder is typed.
    file_name: String,
    /// Why the last attempt failed.
    error: Option<String>,
    /// The meeting summary to write instead of the journey (made when the prompt opened).
    summary: Option<String>,
}

/// Where the app writes an export by default (the demo's working folder, else beside the
/// database), and the database's name without its extension, for the file's name.
#[must_use]
pub fn export_place(ctx: &Ctx) -> (PathBuf, String) {
    let db = ctx.db_path();
    let stem = db.and_then(Path::file_stem).map_or_else(
        || "mentee".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let dir = ctx
        .export_dir
        .clone()
        .or_else(|| db.and_then(Path::parent).map(Path::to_path_buf))
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("."));
    let dir = std::path::absolute(&dir).unwrap_or(dir);
    (dir, stem)
}

impl ExportPrompt {
    /// Opens the prompt with the proposed path typed in.
    #[must_use]
    pub fn open(ctx: &Ctx) -> Self {
        let (_, stem) = export_place(ctx);
        Self::with_name(
            ctx,
            default_file_name(&stem, ctx.clock.today(), ctx.shared()),
        )
    }

    /// Opens the prompt for a shared review's summary (`<name>-summary-YYYY-MM-DD.md`, the
    /// meeting's day).
    #[must_use]
    pub fn summary(ctx: &Ctx, summary: &Summary) -> Self {
        let day = summary.meeting.map_or(summary.day, |at| at.date());
        let (_, stem) = export_place(ctx);
        let name = format!("{stem}-summary-{}.md", day.format("%Y-%m-%d"));
        Self {
            summary: Some(summary_markdown(summary)),
            ..Self::with_name(ctx, name)
        }
    }

    fn with_name(ctx: &Ctx, file_name: String) -> Self {
        let (dir, _) = export_place(ctx);
        let mut input = LineInput::new("a file or a folder");
        input.set_text(&free_path(&dir.join(&file_name)).to_string_lossy());
        input.select_all();
        Self {
            input,
            shared: ctx.shared(),
            file_name,
            error: None,
            summary: None,
        }
    }

    /// Whether only the shared part of the journey is written.
    #[must_use]
    pub fn shared(&self) -> bool {
        self.shared
    }

    pub fn type_key(&mut self, key: KeyEvent) {
        if self.input.input(key) {
            self.error = None;
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.input.paste(text);
        self.error = None;
    }

    /// The file the typed path names: `~/` expanded, a folder completed with the proposed
    /// file name.
    fn typed_path(&self) -> Result<PathBuf, String> {
        let text = self.input.text();
        let text = text.trim();
        if text.is_empty() {
            return Err("Type a file name or a folder".into());
        }
        let path = match text.strip_prefix("~/") {
            Some(rest) => home()
                .ok_or("There is no home folder to expand ~ in")?
                .join(rest),
            None if text == "~" => home().ok_or("There is no home folder to expand ~ in")?,
            None => PathBuf::from(text),
        };
        if text.ends_with('/') || path.is_dir() {
            return Ok(path.join(&self.file_name));
        }
        Ok(path)
    }

    /// Writes the file. Closes on success, with a footer message; stays open with the
    /// reason otherwise, so the path can be corrected.
    pub fn submit(&mut self, ctx: &mut Ctx) -> Outcome {
        let path = match self.typed_path() {
            Ok(p) => p,
            Err(e) => {
                self.error = Some(e);
                return Outcome::Stay;
            }
        };
        let text = match &self.summary {
            Some(text) => text.clone(),
            None => markdown(ctx.journey(), &ctx.clock, self.shared),
        };
        match write_new(&path, text.as_bytes()) {
            Ok(written) => {
                let what = match (&self.summary, self.shared) {
                    (Some(_), _) => "Wrote the meeting summary (nothing private)",
                    (None, true) => "Exported the shared part of the journey (nothing private)",
                    (None, false) => "Exported the journey",
                };
                ctx.info(format!("{what} to {}", tilde(&written)));
                tracing::info!("exported Markdown to {}", written.display());
                Outcome::Close
            }
            Err(e) => {
                self.error = Some(format!("Not exported: {e}"));
                Outcome::Stay
            }
        }
    }

    /// A line under the path: why the last try failed, or that the name is taken and
    /// which name will be used instead.
    fn note(&self, theme: &Theme, width: usize) -> Line<'static> {
        if let Some(e) = &self.error {
            return Line::from(Span::styled(truncate(e, width), theme.error));
        }
        match self.typed_path() {
            Ok(path) => {
                let free = free_path(&path);
                if free == path {
                    Line::from(Span::styled(
                        truncate(
                            "A new file, readable by you only. Type another path, or ← → to edit.",
                            width,
                        ),
                        theme.hint,
                    ))
                } else {
                    let name = free
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    let text = format!("That file exists: this one is written as {name}");
                    Line::from(Span::styled(truncate(&text, width), theme.warn))
                }
            }
            Err(e) => Line::from(Span::styled(e, theme.dim)),
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let rect = dialog(area, buf, 76, 7);
        let title = if self.summary.is_some() {
            "Meeting summary as Markdown"
        } else {
            "Export as Markdown"
        };
        let block = panel(title, true, theme);
        let inner = block.inner(rect);
        block.render(rect, buf);
        if inner.height < 4 {
            return;
        }
        let width = usize::from(inner.width);
        let intro = if self.summary.is_some() {
            Line::from("The wrap-up for your mentor (nothing private), to:")
        } else if self.shared {
            Line::from(vec![
                Span::styled("Shared screen: ", theme.warn),
                Span::raw("only what is not private is written, to:"),
            ])
        } else {
            Line::from("The whole journey as a Markdown document, to:")
        };
        text::paragraph(buf, Rect::new(inner.x, inner.y, inner.width, 1), intro);
        text::set_string(buf, inner.x, inner.y + 2, "> ", theme.key);
        self.input.render(
            Rect::new(inner.x + 2, inner.y + 2, inner.width.saturating_sub(2), 1),
            buf,
        );
        text::paragraph(
            buf,
            Rect::new(inner.x, inner.y + 4, inner.width, 1),
            self.note(theme, width),
        );
    }
}

/// The database's name without its extension ("mentee" without a file).
fn home() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf())
}

/// A path with the home folder written as `~`.
pub(crate) fn tilde(path: &Path) -> String {
    match home().and_then(|h| path.strip_prefix(&h).ok().map(Path::to_path_buf)) {
        Some(rest) if !rest.as_os_str().is_empty() => format!("~/{}", rest.display()),
        _ => path.display().to_string(),
    }
}
