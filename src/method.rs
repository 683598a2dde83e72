//! The method's texts: the four questions of the mentoring conversation with their guiding
//! prompts, and the ideal-occupation worksheet stems, from Rolfe, "Mentoring for career
//! development", Korean J Med Educ 2017;29(2):117-119, doi:10.3946/kjme.2017.59 (cited in
//! the code as "Rolfe 2017"). They live in `assets/method.json`; this module gives them
//! types and the stable keys under which answers are stored.
//!
//! Answer keys:
//! - a question as a whole: `conversation.<question>` (e.g. `conversation.now`)
//! - a prompt: `conversation.<question>.<prompt>` (e.g. `conversation.now.job_content`)
//! - a worksheet stem: `worksheet.<stem>.ideal`, `.reality`, `.gap` (e.g. `worksheet.and.4.gap`);
//!   its marker is `Journey::markers["worksheet.<stem>"]`, and a goal made from it has
//!   `Origin { kind: Worksheet, key: "worksheet.<stem>" }`.

use std::sync::LazyLock;

use serde::Deserialize;

/// The three questions each side answers when agreeing expectations at the outset (the
/// Agreement tab asks them of the mentee and of the mentor).
pub const EXPECTATION_QUESTIONS: [&str; 3] = [
    "How would you define mentoring?",
    "What do you want to get out of this mentoring process?",
    "What do you expect from me?",
];

#[derive(Clone, Debug, Deserialize)]
pub struct Method {
    pub questions: Vec<Question>,
    pub worksheet: Worksheet,
}

/// One of the four questions of the mentoring conversation.
#[derive(Clone, Debug, Deserialize)]
pub struct Question {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub prompts: Vec<Prompt>,
}

/// A guiding sub-prompt of a question.
#[derive(Clone, Debug, Deserialize)]
pub struct Prompt {
    pub id: String,
    pub title: String,
    pub text: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Worksheet {
    pub intro: String,
    /// What to do with the worksheet once filled (shown above the compare view).
    #[serde(default)]
    pub compare: String,
    pub groups: Vec<StemGroup>,
    pub stems: Vec<Stem>,
}

/// "I'd like to work where …" or "And, …".
#[derive(Clone, Debug, Deserialize)]
pub struct StemGroup {
    pub id: String,
    pub lead: String,
}

/// One sentence stem of the worksheet.
#[derive(Clone, Debug, Deserialize)]
pub struct Stem {
    pub id: String,
    /// A short name for lists ("People").
    #[serde(default)]
    pub title: String,
    pub group: String,
    pub text: String,
}

impl Question {
    /// Key of the answer to the question as a whole.
    #[must_use]
    pub fn key(&self) -> String {
        format!("conversation.{}", self.id)
    }

    /// Key of the answer to one of its prompts.
    #[must_use]
    pub fn prompt_key(&self, prompt: &Prompt) -> String {
        format!("conversation.{}.{}", self.id, prompt.id)
    }
}

impl Stem {
    /// Key of the stem itself: its marker and the origin of goals made from it.
    #[must_use]
    pub fn key(&self) -> String {
        format!("worksheet.{}", self.id)
    }

    #[must_use]
    pub fn ideal_key(&self) -> String {
        format!("worksheet.{}.ideal", self.id)
    }

    #[must_use]
    pub fn reality_key(&self) -> String {
        format!("worksheet.{}.reality", self.id)
    }

    #[must_use]
    pub fn gap_key(&self) -> String {
        format!("worksheet.{}.gap", self.id)
    }
}

static METHOD: LazyLock<Method> = LazyLock::new(|| {
    // The asset is part of the binary and checked by a test, so this cannot fail at run time.
    serde_json::from_str(include_str!("../assets/method.json")).unwrap_or_else(|e| {
        panic!("assets/method.json is malformed: {e}");
    })
});

/// The method texts.
#[must_use]
pub fn method() -> &'static Method {
    &METHOD
}

/// The worksheet stem with this key (`worksheet.<stem>`).
#[must_use]
pub fn stem_by_key(key: &str) -> Option<&'static Stem> {
    method().worksheet.stems.iter().find(|s| s.key() == key)
}

/// The question (and prompt, if any) an answer key belongs to.
#[must_use]
pub fn question_by_key(key: &str) -> Option<(&'static Question, Option<&'static Prompt>)> {
    method().questions.iter().find_map(|q| {
        if key == q.key() {
            return Some((q, None));
        }
        q.prompts
            .iter()
            .find(|p| q.prompt_key(p) == key)
            .map(|p| (q, Some(p)))
    })
}

/// Whether `key` is an answer the method asks for: a question, one of its prompts, or a
/// worksheet stem's ideal, reality or gap. Answers under other keys would never be shown.
#[must_use]
pub fn is_answer_key(key: &str) -> bool {
    if question_by_key(key).is_some() {
        return true;
    }
    [".ideal", ".reality", ".gap"].iter().any(|part| {
        key.strip_suffix(part)
            .is_some_and(|k| stem_by_key(k).is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_asset_parses_with_four_questions_and_ten_stems() {
        let m = method();
        let titles: Vec<&str> = m.questions.iter().map(|q| q.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Where are you now?",
                "Where do you want to be?",
                "How might you get there?",
                "How are you doing?"
            ]
        );
        assert_eq!(m.questions[0].prompts.len(), 8);
        assert_eq!(m.worksheet.stems.len(), 10);
        assert_eq!(
            m.worksheet
                .stems
                .iter()
                .filter(|s| s.group == "where")
                .count(),
            3
        );
        for s in &m.worksheet.stems {
            assert!(m.worksheet.groups.iter().any(|g| g.id == s.group));
            assert!(!s.title.is_empty() && s.title.len() <= 18, "{}", s.id);
        }
        assert!(!m.worksheet.compare.is_empty());
    }

    #[test]
    fn keys_resolve_back() {
        let stem = &method().worksheet.stems[6];
        assert_eq!(stem.key(), "worksheet.and.4");
        assert_eq!(
            stem_by_key("worksheet.and.4").map(|s| s.id.as_str()),
            Some("and.4")
        );
        let (q, p) = question_by_key("conversation.now.values").unwrap();
        assert_eq!(q.id, "now");
        assert_eq!(p.unwrap().id, "values");
    }
}
