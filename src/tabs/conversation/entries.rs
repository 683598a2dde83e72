//! The rows of the question list: each of the four questions as a whole, followed by its
//! guiding prompts. Texts come from `assets/method.json` through [`crate::method`].

use std::sync::LazyLock;

use crate::method::{Prompt, Question, method};
use crate::tab::Tab;
use crate::view::View;

/// A question as a whole, or one of its prompts; each has its own dated answer.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub question: &'static Question,
    pub prompt: Option<&'static Prompt>,
}

static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for q in &method().questions {
        out.push(Entry {
            question: q,
            prompt: None,
        });
        out.extend(q.prompts.iter().map(|p| Entry {
            question: q,
            prompt: Some(p),
        }));
    }
    out
});

/// Every row, in the order of the method.
#[must_use]
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// The row whose answer has this key.
#[must_use]
pub fn position_of(key: &str) -> Option<usize> {
    entries().iter().position(|e| e.key() == key)
}

/// The row of the next of the four questions after row `from` (`next`), or of the one
/// before: the start of the question `from` is in, unless it is on it already. Past the
/// last question comes the first again, and before the first the last.
#[must_use]
pub fn question_from(from: usize, next: bool) -> Option<usize> {
    let starts: Vec<usize> = entries()
        .iter()
        .enumerate()
        .filter(|(_, e)| e.prompt.is_none())
        .map(|(i, _)| i)
        .collect();
    if next {
        starts
            .iter()
            .find(|i| **i > from)
            .or(starts.first())
            .copied()
    } else {
        starts
            .iter()
            .rfind(|i| **i < from)
            .or(starts.last())
            .copied()
    }
}

impl Entry {
    /// The key its answer is stored under.
    #[must_use]
    pub fn key(&self) -> String {
        match self.prompt {
            Some(p) => self.question.prompt_key(p),
            None => self.question.key(),
        }
    }

    /// The short title shown in the list.
    #[must_use]
    pub fn title(&self) -> &'static str {
        self.prompt.map_or(&self.question.title, |p| &p.title)
    }

    /// "Where are you now? — Job content", or the question alone.
    #[must_use]
    pub fn full_title(&self) -> String {
        match self.prompt {
            Some(p) => format!("{} — {}", self.question.title, p.title),
            None => self.question.title.clone(),
        }
    }

    /// What the method asks here: the question's intro or the prompt's text. Also the
    /// hint an empty answer shows.
    #[must_use]
    pub fn guide(&self) -> &'static str {
        self.prompt.map_or(&self.question.intro, |p| &p.text)
    }

    /// The tab this answer relates to: the ideal occupation prompt to the worksheet, and
    /// "How are you doing?" to the goals it reviews.
    #[must_use]
    pub fn link(&self) -> Option<Tab> {
        match (
            self.question.id.as_str(),
            self.prompt.map(|p| p.id.as_str()),
        ) {
            ("want", Some("ideal_occupation")) => Some(Tab::Occupation),
            ("doing", _) => Some(Tab::Goals),
            _ => None,
        }
    }

    /// Whether its answer is marked private.
    #[must_use]
    pub fn private(&self, view: &View) -> bool {
        view.journey.private_answers.contains(&self.key())
    }

    /// Whether it has a non-blank answer.
    #[must_use]
    pub fn answered(&self, view: &View) -> bool {
        !view.journey.answer_text(&self.key()).trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_questions_with_their_prompts_in_order() {
        let e = entries();
        assert_eq!(e.len(), 4 + 8 + 2 + 4 + 2);
        assert_eq!(e[0].key(), "conversation.now");
        assert_eq!(e[1].key(), "conversation.now.job_content");
        assert_eq!(e[0].guide(), method().questions[0].intro);
        assert_eq!(position_of("conversation.doing"), Some(17));
    }

    #[test]
    fn brackets_jump_between_the_four_questions() {
        assert_eq!(question_from(0, true), Some(9));
        assert_eq!(question_from(9, true), Some(12));
        assert_eq!(question_from(12, true), Some(17));
        assert_eq!(question_from(19, true), Some(0));
        assert_eq!(question_from(13, false), Some(12));
        assert_eq!(question_from(12, false), Some(9));
        assert_eq!(question_from(0, false), Some(17));
    }

    #[test]
    fn links_go_to_the_worksheet_and_the_goals() {
        let link = |k: &str| position_of(k).and_then(|i| entries()[i].link());
        assert_eq!(
            link("conversation.want.ideal_occupation"),
            Some(Tab::Occupation)
        );
        assert_eq!(link("conversation.doing"), Some(Tab::Goals));
        assert_eq!(link("conversation.doing.progress"), Some(Tab::Goals));
        assert_eq!(link("conversation.now"), None);
    }
}
