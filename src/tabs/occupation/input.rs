//! What the keys do in each view of the Ideal occupation tab.

use super::{
    Focus, OccupationPane, WorksheetView, action_key, form_view, marker_label, request_goal, stems,
    visible_goals,
};
use crate::action::Action;
use crate::ctx::{Ctx, Target};
use crate::domain::{FieldKey, Marker, Value};
use crate::keymap::{self, Context};
use crate::ui::form::{Form, FormOutcome};
use crate::view::View;

impl OccupationPane {
    /// Acts on an action in the current view and focus.
    pub(super) fn dispatch(&mut self, action: Action, ctx: &mut Ctx) {
        self.stem = self.stem.min(stems().len().saturating_sub(1));
        match action {
            Action::WorksheetView(view) => return self.show(view),
            Action::Mark => return self.cycle_marker(ctx),
            Action::New => return request_goal(ctx, self.current()),
            Action::OpenGoal => return self.open_goal(ctx),
            _ => {}
        }
        match (self.view, self.focus) {
            (WorksheetView::Form, Focus::Stems) => self.handle_stems(action),
            (WorksheetView::Form, Focus::Form) => self.handle_form(action, ctx),
            (WorksheetView::Form, Focus::Goals) => self.handle_goals(action, ctx),
            (WorksheetView::Compare, _) => self.handle_compare(action),
            (WorksheetView::Preview, _) => self.handle_preview(action),
        }
    }

    /// Moves the stem selection for list-like keys. Returns false for other actions.
    fn move_stem(&mut self, action: Action) -> bool {
        let last = stems().len() - 1;
        let next = match action {
            Action::Up => self.stem.saturating_sub(1),
            Action::Down => (self.stem + 1).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::PageUp => self.stem.saturating_sub(5),
            Action::PageDown => (self.stem + 5).min(last),
            _ => return false,
        };
        if next != self.stem {
            self.select_stem(next);
        }
        true
    }

    fn handle_stems(&mut self, action: Action) {
        if action == Action::Open {
            self.focus = Focus::Form;
            self.form = Form::default();
        } else {
            self.move_stem(action);
        }
    }

    fn handle_form(&mut self, action: Action, ctx: &mut Ctx) {
        let fields = form_view::fields(self.current(), &ctx.view());
        self.form.clamp(fields.len());
        let last = fields.len().saturating_sub(1);
        let picking = self.form.filling;
        match action {
            Action::TogglePrivate => return self.toggle_private(ctx),
            // The worksheet reads on: past the last entry of a stem comes the next stem.
            Action::Down if !picking && self.form.selected >= last => {
                if visible_goals(&ctx.view(), self.current()).is_empty() {
                    self.next_stem_form();
                } else {
                    self.focus = Focus::Goals;
                    self.goal = 0;
                }
                return;
            }
            Action::Up if !picking && self.form.selected == 0 => {
                return self.previous_stem_end(&ctx.view());
            }
            _ => {}
        }
        if self.form.handle(action, &fields, ctx) == FormOutcome::Back {
            self.focus = Focus::Stems;
        }
    }

    /// Moves to the first entry of the next stem, if there is one.
    fn next_stem_form(&mut self) {
        if self.stem + 1 < stems().len() {
            self.select_stem(self.stem + 1);
            self.focus = Focus::Form;
        }
    }

    /// Moves to the last row of the previous stem: its last goal, else its marker.
    fn previous_stem_end(&mut self, view: &View) {
        if self.stem == 0 {
            return;
        }
        self.select_stem(self.stem - 1);
        let goals = visible_goals(view, self.current()).len();
        if goals > 0 {
            self.focus = Focus::Goals;
            self.goal = goals - 1;
        } else {
            self.focus = Focus::Form;
            self.form.selected = form_view::fields(self.current(), view).len() - 1;
        }
    }

    fn handle_goals(&mut self, action: Action, ctx: &mut Ctx) {
        let n = visible_goals(&ctx.view(), self.current()).len();
        if n == 0 {
            self.focus = Focus::Form;
            return;
        }
        match action {
            Action::Up if self.goal == 0 => {
                self.focus = Focus::Form;
                self.form.selected = form_view::fields(self.current(), &ctx.view()).len() - 1;
            }
            Action::Up => self.goal -= 1,
            Action::Down if self.goal + 1 >= n => self.next_stem_form(),
            Action::Down => self.goal += 1,
            Action::Top => self.goal = 0,
            Action::Bottom => self.goal = n - 1,
            Action::Back => self.focus = Focus::Stems,
            _ => {}
        }
    }

    fn handle_compare(&mut self, action: Action) {
        match action {
            Action::Open => {
                self.view = WorksheetView::Form;
                self.focus = Focus::Form;
                self.form = Form::default();
            }
            Action::Back => self.show(WorksheetView::Form),
            other => {
                self.move_stem(other);
            }
        }
    }

    fn handle_preview(&mut self, action: Action) {
        let page = self.preview_page.max(1);
        match action {
            Action::Up => self.preview_scroll = self.preview_scroll.saturating_sub(1),
            Action::Down => self.preview_scroll += 1,
            Action::PageUp => self.preview_scroll = self.preview_scroll.saturating_sub(page),
            Action::PageDown => self.preview_scroll += page,
            Action::Top => self.preview_scroll = 0,
            // Clamped to the text when drawn.
            Action::Bottom => self.preview_scroll = usize::MAX / 2,
            Action::Back => self.show(WorksheetView::Form),
            _ => {}
        }
    }

    /// working well → gap → not sure → not marked → working well …
    fn cycle_marker(&mut self, ctx: &mut Ctx) {
        let stem = self.current();
        let current = ctx.journey().markers.get(&stem.key()).copied();
        let next = match current {
            None => Marker::ALL.first().copied(),
            Some(m) => {
                let i = Marker::ALL.iter().position(|x| *x == m).unwrap_or(0);
                Marker::ALL.get(i + 1).copied()
            }
        };
        if ctx.commit(
            &FieldKey::Marker(stem.key()),
            Value::Choice(next.map(Marker::code)),
        ) {
            let what = marker_label(next);
            if next == Some(Marker::Gap) {
                let key = action_key(Action::New, Context::WorksheetStems);
                ctx.info(format!(
                    "{}: {what} — {key} makes a goal from it",
                    stem.title
                ));
            } else {
                ctx.info(format!("{}: {what}", stem.title));
            }
        }
    }

    fn toggle_private(&mut self, ctx: &mut Ctx) {
        let fields = form_view::fields(self.current(), &ctx.view());
        let Some(FieldKey::Answer(key)) = fields.get(self.form.selected).map(|f| &f.key) else {
            ctx.info("Only the texts can be private: select the ideal, the reality or the gap");
            return;
        };
        let label = form_view::entry_label(key);
        let private = !ctx.journey().private_answers.contains(key);
        let key = key.clone();
        crate::tabs::copies::set_answer_private(ctx, &key, private, label);
    }

    fn open_goal(&mut self, ctx: &mut Ctx) {
        let goals: Vec<i64> = visible_goals(&ctx.view(), self.current())
            .iter()
            .map(|g| g.id)
            .collect();
        match goals.as_slice() {
            [] => {
                let key = action_key(Action::New, Context::WorksheetStems);
                ctx.info(format!(
                    "No goal made from this stem yet; mark it as a gap, then {key} makes one"
                ));
            }
            [only] => ctx.jump = Some(Target::Goal(*only)),
            several => {
                if self.view == WorksheetView::Form && self.focus == Focus::Goals {
                    let id = several[self.goal.min(several.len() - 1)];
                    ctx.jump = Some(Target::Goal(id));
                } else {
                    self.view = WorksheetView::Form;
                    self.focus = Focus::Goals;
                    self.goal = 0;
                    let open = keymap::first_key_in(Context::WorksheetGoals, Action::OpenGoal);
                    ctx.info(format!(
                        "Several goals came from this stem: choose one, {open} opens it"
                    ));
                }
            }
        }
    }
}
