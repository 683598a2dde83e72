//! Copies follow their source: an answer or worksheet entry made private takes the goals
//! that carry a copy of its text with it (in the same write, see
//! `domain::privacy::consequences`), and the mentee is then asked whether they should stay
//! private. Until she answers they are private, so the shared screen never shows a copy of
//! what it hides; the answer is asked only when she is alone (on the shared screen a text
//! can be hidden, never revealed).

use crate::ctx::{Confirm, Ctx, Pending};
use crate::domain::{FieldKey, GoalField, Id, Value};
use crate::export::one_line;
use crate::ui::wrap::truncate;

/// Marks the answer `key` private or not; `label` names it in messages.
pub fn set_answer_private(ctx: &mut Ctx, key: &str, private: bool, label: &str) {
    let copies = if private {
        ctx.journey().copies_of(key)
    } else {
        Vec::new()
    };
    if !ctx.commit(
        &FieldKey::AnswerPrivate(key.to_string()),
        Value::Bool(private),
    ) {
        return;
    }
    if !private {
        let kept = ctx.journey().goals_carrying(key).iter().any(|g| g.private);
        if kept {
            ctx.info(format!(
                "{label} is no longer private; the goal made from it stays private until you make it public in Goals"
            ));
        } else {
            ctx.info(format!("{label} is no longer private"));
        }
        return;
    }
    let hidden = format!("{label} is private: hidden on the shared screen and in shared exports");
    if copies.is_empty() {
        ctx.info(hidden);
        return;
    }
    let names = names(ctx, &copies);
    if ctx.shared() {
        ctx.info(format!(
            "{label} is private, and so is {names}, which carries its text — leave the shared screen to make it public again"
        ));
        return;
    }
    let (it, goal) = if copies.len() == 1 {
        ("it", format!("The goal {names} carries"))
    } else {
        ("them", format!("The goals {names} carry"))
    };
    ctx.confirm = Some(Confirm {
        prompt: format!(
            "{label} is private now. {goal} a copy of its text: make {it} private too? Until you answer, {it} stays hidden on the shared screen."
        ),
        on_yes: Pending::Say(format!("{hidden}, and so is what carries its text")),
        on_no: Some(Pending::MakePublic(copies)),
        default_yes: true,
    });
}

/// The goals' titles, quoted and joined: “A”, “B”.
fn names(ctx: &Ctx, ids: &[Id]) -> String {
    ids.iter()
        .filter_map(|id| ctx.journey().goal(*id))
        .map(|g| format!("“{}”", truncate(&one_line(&g.title), 40)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The answer "no, keep it public": the goals are public again.
pub fn make_public(ctx: &mut Ctx, ids: &[Id]) {
    let changes = ids
        .iter()
        .map(|id| (FieldKey::Goal(*id, GoalField::Private), Value::Bool(false)))
        .collect();
    if ctx.commit_all(changes) {
        ctx.info(if ids.len() == 1 {
            "The goal stays public: it shows on the shared screen with the copied text"
        } else {
            "The goals stay public: they show on the shared screen with the copied text"
        });
    }
}
