//! Closed sets of values the user picks from (structure, channel, status, ...).
//!
//! Each is stored in SQLite and in the JSON export by its stable `code`, and shown
//! by its `label`. The `choice_enum!` macro keeps the three in one place.

use chrono::{Months, NaiveDate};

/// A closed set of values with stable codes and readable labels; forms cycle through `all()`.
pub trait Choice: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
    fn label(self) -> &'static str;
}

/// Implements `code`, `label`, `ALL` and `from_code` for a fieldless enum.
macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal, $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant),+
        }

        impl $name {
            /// Every value, in the order the user cycles through them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code used in storage and exports.
            #[must_use]
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The text shown to the user.
            #[must_use]
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Parses a stored code; `None` for anything unknown.
            #[must_use]
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl Choice for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn code(self) -> &'static str { $name::code(self) }
            fn label(self) -> &'static str { $name::label(self) }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

choice_enum!(
    /// How the mentoring relationship is organised.
    Structure {
        Formal => "formal", "formal",
        Informal => "informal", "informal",
        Hybrid => "hybrid", "hybrid",
    }
);

choice_enum!(
    /// A way of meeting or talking: agreed channels and the mode of a meeting.
    Channel {
        InPerson => "in_person", "in person",
        Phone => "phone", "phone",
        Video => "video", "video",
        Email => "email", "email",
        Chat => "chat", "chat",
    }
);

choice_enum!(
    /// How often the pair agreed to meet.
    Cadence {
        Weekly => "weekly", "weekly",
        Fortnightly => "fortnightly", "every two weeks",
        Monthly => "monthly", "monthly",
        SixWeekly => "six_weekly", "every six weeks",
        Bimonthly => "bimonthly", "every two months",
        Quarterly => "quarterly", "quarterly",
    }
);

impl Cadence {
    /// The date one cadence step after `date` (calendar months for monthly steps).
    #[must_use]
    pub fn next_after(self, date: NaiveDate) -> NaiveDate {
        let days = |n| date + chrono::Days::new(n);
        let months = |n| date.checked_add_months(Months::new(n)).unwrap_or(date);
        match self {
            Cadence::Weekly => days(7),
            Cadence::Fortnightly => days(14),
            Cadence::Monthly => months(1),
            Cadence::SixWeekly => days(42),
            Cadence::Bimonthly => months(2),
            Cadence::Quarterly => months(3),
        }
    }
}

choice_enum!(
    /// Where a goal stands (a new goal: not started).
    #[derive(Default)]
    GoalStatus {
        #[default]
        NotStarted => "not_started", "not started",
        InProgress => "in_progress", "in progress",
        OnHold => "on_hold", "on hold",
        Done => "done", "done",
        Dropped => "dropped", "dropped",
    }
);

choice_enum!(
    /// Who owns an action item (a new one: me).
    #[derive(Default)]
    Owner {
        #[default]
        Me => "me", "me",
        Mentor => "mentor", "mentor",
    }
);

choice_enum!(
    /// How a worksheet stem compares with current reality (Rolfe 2017).
    Marker {
        WorkingWell => "working_well", "working well",
        Gap => "gap", "gap",
        NotSure => "not_sure", "not sure",
    }
);

choice_enum!(
    /// Whether a goal's progress is typed by hand or derived from its milestones (a new
    /// goal: from milestones).
    #[derive(Default)]
    ProgressMode {
        Manual => "manual", "set by hand",
        #[default]
        Milestones => "milestones", "from milestones",
    }
);

choice_enum!(
    /// Where a goal came from.
    OriginKind {
        Worksheet => "worksheet", "ideal occupation worksheet",
        Conversation => "conversation", "conversation",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for c in Channel::ALL {
            assert_eq!(Channel::from_code(c.code()), Some(*c));
        }
        for s in GoalStatus::ALL {
            assert_eq!(GoalStatus::from_code(s.code()), Some(*s));
        }
        assert_eq!(Structure::from_code("nope"), None);
    }

    #[test]
    fn monthly_cadence_uses_calendar_months() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
        assert_eq!(
            Cadence::Monthly.next_after(d),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
        );
        assert_eq!(
            Cadence::Weekly.next_after(d),
            NaiveDate::from_ymd_opt(2026, 2, 7).unwrap()
        );
    }
}
