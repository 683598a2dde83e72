//! Every date and instant of a journey in one place, so they can be moved together (the demo
//! journey is shifted to end about now) or normalised (an import keeps whole seconds, as the
//! store does). A field added to a record must be added here too; a test walks the export and
//! fails if any date is left out.

use chrono::{DateTime, NaiveDate, Utc};

use super::journey::Journey;

/// Applies `day` to every calendar date and `instant` to every instant of the journey.
pub fn map_times(
    j: &mut Journey,
    day: impl Fn(NaiveDate) -> NaiveDate,
    instant: impl Fn(DateTime<Utc>) -> DateTime<Utc>,
) {
    let opt = |d: &mut Option<NaiveDate>| *d = d.map(&day);
    for m in &mut j.mentors {
        m.created_at = instant(m.created_at);
        opt(&mut m.agreement.start_date);
        opt(&mut m.agreement.review_date);
    }
    for versions in j.answers.values_mut() {
        for v in versions {
            v.day = day(v.day);
            v.saved_at = instant(v.saved_at);
        }
    }
    for g in &mut j.goals {
        opt(&mut g.target_date);
        g.created_at = instant(g.created_at);
    }
    for m in &mut j.milestones {
        opt(&mut m.due_date);
        opt(&mut m.done_on);
    }
    for r in &mut j.reviews {
        r.day = day(r.day);
        r.created_at = instant(r.created_at);
    }
    for m in &mut j.meetings {
        m.starts_at = instant(m.starts_at);
        m.created_at = instant(m.created_at);
    }
    for a in &mut j.actions {
        opt(&mut a.due_date);
        opt(&mut a.done_on);
    }
    for q in &mut j.questions {
        q.created_at = instant(q.created_at);
    }
    for a in &mut j.agenda_items {
        a.created_at = instant(a.created_at);
    }
}
