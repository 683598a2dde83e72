//! Finding a mentor by what a person would type: their full name, their short name, or any
//! word of their name, ignoring case and accents ("kemi", "Adeyemi", "Dr Kemi Adeyemi",
//! "Jose" for "José").

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::choice::Owner;
use super::journey::Journey;
use super::records::{ActionItem, Id, Mentor};

/// Text folded for comparing names: lower case, accents removed, whitespace collapsed.
#[must_use]
pub fn fold(text: &str) -> String {
    let bare: String = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How well `wanted` (folded) names a mentor: 3 the full name, 2 the short name, 1 a word
/// of the name, 0 not at all.
fn score(m: &Mentor, wanted: &str) -> u8 {
    let name = fold(&m.name);
    if name == wanted {
        3
    } else if fold(&m.short_name()) == wanted {
        2
    } else if name
        .split(' ')
        .any(|w| w == wanted || w.trim_end_matches('.') == wanted)
    {
        1
    } else {
        0
    }
}

/// The mentor called `name` (see the module notes): the best kind of match wins, and it
/// must be one mentor.
///
/// # Errors
/// A message for an unknown or ambiguous name, listing the mentors.
pub fn find_mentor(j: &Journey, name: &str) -> Result<Id, String> {
    let wanted = fold(name);
    let best = j
        .mentors
        .iter()
        .map(|m| score(m, &wanted))
        .max()
        .unwrap_or(0);
    let found: Vec<&Mentor> = j
        .mentors
        .iter()
        .filter(|m| best > 0 && score(m, &wanted) == best)
        .collect();
    if let [m] = found.as_slice() {
        return Ok(m.id);
    }
    let names: Vec<String> = j
        .mentors
        .iter()
        .map(|m| format!("{} ({})", m.display_name(), m.short_name()))
        .collect();
    let known = if names.is_empty() {
        "there are no mentors yet (add one in the Agreement tab)".to_string()
    } else {
        format!("the mentors are {}", names.join(", "))
    };
    let what = if found.len() > 1 {
        "more than one mentor is called"
    } else {
        "no mentor is called"
    };
    Err(format!("{what} “{}”; {known}", name.trim()))
}

/// Who an action item is for, as lists say it: "me", or the short name of the mentor of
/// its meeting ("mentor" when the meeting has none).
#[must_use]
pub fn owner_name(j: &Journey, a: &ActionItem) -> String {
    owner_name_or(j, a, None)
}

/// [`owner_name`], with the mentor to name when the item's meeting has none (an agenda's).
#[must_use]
pub fn owner_name_or(j: &Journey, a: &ActionItem, mentor: Option<Id>) -> String {
    match a.owner {
        Owner::Me => "me".to_string(),
        Owner::Mentor => a
            .meeting_id
            .and_then(|m| j.meeting(m))
            .and_then(|m| m.mentor_id)
            .or(mentor)
            .and_then(|id| j.mentor(id))
            .map_or_else(|| "mentor".to_string(), Mentor::short_name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentor(id: Id, name: &str, short: &str) -> Mentor {
        Mentor {
            id,
            name: name.into(),
            short_name: short.into(),
            ..Mentor::default()
        }
    }

    #[test]
    fn full_short_or_any_word_ignoring_case_and_accents() {
        let j = Journey {
            mentors: vec![
                mentor(1, "Dr Kemi Adeyemi", ""),
                mentor(2, "José Álvarez", "Pepe"),
                mentor(3, "Kemi Lawson", ""),
            ]
            .into(),
            ..Journey::default()
        };
        assert_eq!(find_mentor(&j, "dr kemi adeyemi"), Ok(1));
        assert_eq!(find_mentor(&j, "ADEYEMI"), Ok(1));
        assert_eq!(find_mentor(&j, "jose"), Ok(2));
        assert_eq!(find_mentor(&j, "alvarez"), Ok(2));
        assert_eq!(find_mentor(&j, "pepe"), Ok(2));
        assert_eq!(find_mentor(&j, "Kemi Lawson"), Ok(3));
        let both = find_mentor(&j, "Kemi").unwrap_err();
        assert!(
            both.starts_with("more than one mentor is called “Kemi”"),
            "{both}"
        );
        let none = find_mentor(&j, "Ana").unwrap_err();
        assert!(none.contains("Dr Kemi Adeyemi (Kemi)"), "{none}");
        assert_eq!(Mentor::default().short_name(), "mentor");
        assert_eq!(mentor(1, "Dr Kemi Adeyemi", "").short_name(), "Kemi");
        assert_eq!(mentor(1, "Prof. Dame Ann Smith", "").short_name(), "Ann");
        assert_eq!(mentor(1, "Dr", "").short_name(), "Dr");
        assert_eq!(mentor(1, "Dr Kemi Adeyemi", " K.A. ").short_name(), "K.A.");
    }
}
