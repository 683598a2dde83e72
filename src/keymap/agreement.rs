//! Key bindings: Agreement tab.

use super::*;

/// Agreement tab.
pub(super) const AGREEMENT: &[Binding] = &[
    b(
        C::MentorList,
        &[Key::ch('n')],
        Action::New,
        "new mentor",
        true,
    ),
    b(
        C::MentorList,
        &[Key::ch('d'), Key::plain(K::Delete)],
        Action::Delete,
        "delete mentor",
        true,
    ),
    b(
        C::MentorList,
        &[Key::plain(K::Enter), Key::plain(K::Right), Key::ch('l')],
        Action::Open,
        "open agreement",
        true,
    ),
    b(
        C::AgreementForm,
        &[Key::ch('n')],
        Action::New,
        "new mentor",
        false,
    ),
];
