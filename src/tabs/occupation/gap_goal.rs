//! A gap becomes a goal (Rolfe 2017: "how you might close the gaps"): the goal is pre-filled
//! from the stem and its gap note, and keeps the stem as its origin.

use chrono::{DateTime, Utc};

use crate::action::Action;
use crate::ctx::{Confirm, Ctx, Pending};
use crate::domain::{
    FieldKey, Goal, GoalField, Id, Journey, Marker, Origin, OriginKind, ProgressMode,
};
use crate::export::one_line;
use crate::keymap::{self, Context};
use crate::method::{Stem, stem_by_key};
use crate::ui::wrap::truncate;
use crate::view::View;

/// Longest pre-filled title; the rest of the gap note goes to `why`.
const TITLE_WIDTH: usize = 80;

/// The goals made from a stem (those the view holds: on the shared screen, the shared ones).
#[must_use]
pub fn visible_goals<'a>(view: &View<'a>, stem: &'a Stem) -> Vec<&'a Goal> {
    view.journey
        .goals_with_origin(OriginKind::Worksheet, &stem.key())
        .collect()
}

/// The stem completed with an answer, as a sentence start: "I work with people who are kind".
fn completed(stem: &Stem, answer: &str) -> String {
    let mut text = format!("{} {}", stem.text, one_line(answer));
    if let Some(first) = text.get(..1) {
        let upper = first.to_uppercase();
        text.replace_range(..1, &upper);
    }
    text.trim_end_matches(['.', ';', ',']).to_string()
}

/// The goal a stem would become, a draft (`id` 0; it goes last in priority when added).
///
/// Title: the first line of the gap note, else the completed ideal, else the stem. `why`
/// keeps the ideal, the current reality and the whole gap note; the evidence of success is
/// the ideal come true. The goal is private if anything it copies is private.
#[must_use]
pub fn draft_goal(journey: &Journey, stem: &Stem, now: DateTime<Utc>) -> Goal {
    let text = |key: &str| journey.answer_text(key).trim().to_string();
    let (ideal, reality, gap) = (
        text(&stem.ideal_key()),
        text(&stem.reality_key()),
        text(&stem.gap_key()),
    );
    let gap_line = one_line(gap.lines().next().unwrap_or(""));
    let title = if !gap_line.is_empty() {
        truncate(&gap_line, TITLE_WIDTH)
    } else if !ideal.is_empty() {
        truncate(&completed(stem, &ideal), TITLE_WIDTH)
    } else {
        format!("Close the gap: {} …", stem.text)
    };
    let mut why = Vec::new();
    if !ideal.is_empty() {
        why.push(format!("Ideal: {}.", completed(stem, &ideal)));
    }
    if !reality.is_empty() {
        why.push(format!("Now: {reality}"));
    }
    if !gap.is_empty() {
        why.push(format!("Gap: {gap}"));
    }
    let evidence = if ideal.is_empty() {
        String::new()
    } else {
        format!(
            "My current reality matches the ideal: {}.",
            completed(stem, &ideal)
        )
    };
    let private = [
        (stem.ideal_key(), &ideal),
        (stem.reality_key(), &reality),
        (stem.gap_key(), &gap),
    ]
    .iter()
    .any(|(key, text)| !text.is_empty() && journey.private_answers.contains(key));
    Goal {
        title,
        why: why.join("\n"),
        evidence,
        progress_mode: ProgressMode::Manual,
        private,
        origin: Some(Origin {
            kind: OriginKind::Worksheet,
            key: stem.key(),
        }),
        created_at: now,
        ..Goal::default()
    }
}

/// What the goal key does on a stem: only a gap becomes a goal; a stem that already has a
/// goal asks before making another (so a repeated key press never duplicates silently).
pub fn request_goal(ctx: &mut Ctx, stem: &Stem) {
    if ctx.journey().markers.get(&stem.key()) != Some(&Marker::Gap) {
        ctx.info(format!(
            "{}: only a gap becomes a goal — press {} until it is marked as a gap",
            stem.title,
            keymap::first_key_in(Context::WorksheetStems, Action::Mark)
        ));
        return;
    }
    let existing: Vec<String> = visible_goals(&ctx.view(), stem)
        .iter()
        .map(|g| format!("“{}”", truncate(&one_line(&g.title), 40)))
        .collect();
    if existing.is_empty() {
        create_goal_from_stem(ctx, &stem.key());
        return;
    }
    let made = existing.join(", ");
    ctx.confirm = Some(Confirm::new(
        format!(
            "This gap already has {made}. Make another goal from it? (To open the existing one instead: {}, then {}.)",
            keymap::first_key_in(Context::Confirm, Action::No),
            keymap::first_key_in(Context::WorksheetStems, Action::OpenGoal)
        ),
        Pending::GoalFromStem(stem.key()),
    ));
}

/// Makes the goal of a stem: stores it, then adds it to the journey. Returns its id.
pub fn create_goal_from_stem(ctx: &mut Ctx, stem_key: &str) -> Option<Id> {
    let Some(stem) = stem_by_key(stem_key) else {
        ctx.error(format!("No worksheet stem {stem_key}; no goal made"));
        return None;
    };
    // On the shared screen the draft is made from what the screen shows, so it copies
    // nothing private (and is not private itself).
    let goal = draft_goal(ctx.journey(), stem, ctx.clock.now());
    let message = format!(
        "Goal made: “{}” — {} opens it in Goals",
        truncate(&goal.title, 40),
        keymap::first_key_in(Context::WorksheetStems, Action::OpenGoal)
    );
    let id = ctx.insert(goal)?;
    // Drafts to replace: Enter on them selects the text, so typing replaces it.
    ctx.mark_generated(
        [GoalField::Title, GoalField::Why, GoalField::Evidence].map(|f| FieldKey::Goal(id, f)),
    );
    ctx.info(message);
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Clock;
    use crate::method::stem_by_key;

    #[test]
    fn the_title_comes_from_the_gap_note_else_the_ideal_else_the_stem() {
        let stem = stem_by_key("worksheet.and.4").unwrap();
        let clock = Clock::at_day(2026, 11, 22);
        let mut j = Journey::default();
        let g = draft_goal(&j, stem, clock.now());
        assert_eq!(g.title, "Close the gap: I work with people who …");
        assert_eq!(g.why, "");
        j.put_answer(&stem.ideal_key(), "share what they know.", clock.stamp());
        let g = draft_goal(&j, stem, clock.now());
        assert_eq!(g.title, "I work with people who share what they know");
        assert_eq!(
            g.evidence,
            "My current reality matches the ideal: I work with people who share what they know."
        );
        j.put_answer(
            &stem.gap_key(),
            "Find a team that pairs\nand reviews together",
            clock.stamp(),
        );
        j.put_answer(&stem.reality_key(), "I work alone", clock.stamp());
        let g = draft_goal(&j, stem, clock.now());
        assert_eq!(g.title, "Find a team that pairs");
        assert_eq!(
            g.why,
            "Ideal: I work with people who share what they know.\nNow: I work alone\nGap: Find a team that pairs\nand reviews together"
        );
        assert_eq!(
            g.origin,
            Some(Origin {
                kind: OriginKind::Worksheet,
                key: "worksheet.and.4".into()
            })
        );
        assert!(!g.private);
        j.private_answers.insert(stem.reality_key());
        assert!(draft_goal(&j, stem, clock.now()).private);
    }

    #[test]
    fn a_lowercase_stem_starts_the_title_with_a_capital() {
        let stem = stem_by_key("worksheet.and.6").unwrap();
        let clock = Clock::at_day(2026, 11, 22);
        let mut j = Journey::default();
        j.put_answer(&stem.ideal_key(), "mastery", clock.stamp());
        let g = draft_goal(&j, stem, clock.now());
        assert_eq!(g.title, "The intrinsic rewards of my work are mastery");
    }
}
