//! The vocabulary of where the user is: the six tabs and the views of a tab. A leaf module:
//! it imports no tab, so the action list, the keymap, the search and the widgets can all
//! name a tab without depending on the tabs' code.

use strum::{EnumCount, EnumIter, FromRepr};

/// The six tabs, in the order of their number keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, EnumIter, EnumCount, FromRepr)]
pub enum Tab {
    #[default]
    Overview,
    Conversation,
    Occupation,
    Goals,
    Journal,
    Agreement,
}

impl Tab {
    /// The full title shown in the tab bar.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Conversation => "Conversation",
            Tab::Occupation => "Ideal occupation",
            Tab::Goals => "Goals",
            Tab::Journal => "Journal",
            Tab::Agreement => "Agreement",
        }
    }

    /// A short title for narrow terminals.
    #[must_use]
    pub fn short_title(self) -> &'static str {
        match self {
            Tab::Overview => "Overview",
            Tab::Conversation => "Talk",
            Tab::Occupation => "Ideal",
            Tab::Goals => "Goals",
            Tab::Journal => "Journal",
            Tab::Agreement => "Agree",
        }
    }

    /// 0-based position (the number key is one more).
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tab to the right, wrapping round.
    #[must_use]
    pub fn next(self) -> Tab {
        Tab::from_repr((self.index() + 1) % Tab::COUNT).unwrap_or_default()
    }

    /// The tab to the left, wrapping round.
    #[must_use]
    pub fn prev(self) -> Tab {
        Tab::from_repr((self.index() + Tab::COUNT - 1) % Tab::COUNT).unwrap_or_default()
    }
}

/// The three views of the Ideal occupation tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, EnumIter)]
pub enum WorksheetView {
    #[default]
    Form,
    Compare,
    Preview,
}

impl WorksheetView {
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            WorksheetView::Form => "Form",
            WorksheetView::Compare => "Compare",
            WorksheetView::Preview => "Preview",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn next_and_prev_wrap() {
        assert_eq!(Tab::Agreement.next(), Tab::Overview);
        assert_eq!(Tab::Overview.prev(), Tab::Agreement);
        assert_eq!(Tab::Goals.next(), Tab::Journal);
        assert_eq!(Tab::iter().count(), 6);
        for t in Tab::iter() {
            assert_eq!(t.next().prev(), t);
        }
    }
}
