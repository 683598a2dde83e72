-- Version 2: a meeting's agenda is one stored thing, and mentors have a short name.
--
-- An agenda is a list of items, each about one record (an open action item, a goal, a
-- changed answer, the agreement with a mentor, one of the mentee's questions, or what the
-- reflection on a past meeting said she would do). An item belongs to a meeting
-- (`meeting_id`), or, while no meeting is planned yet, to the pending agenda of a mentor
-- (`mentor_id`; both NULL: the pending agenda when there is no mentor); planning the meeting
-- moves the items to it. Items are never duplicated within an agenda; a dropped item stays
-- (dropped = 1) so that rebuilding the agenda never brings it back. `new` marks what a
-- rebuild added since the mentee last looked; `discussed` is ticked on the shared screen.
--
-- Free-text agendas written before this version stay as they are: the meeting's `agenda`
-- text is now the mentee's own notes for the meeting, shown below the item list (for a
-- past meeting, the record of what was on its agenda). Nothing is parsed out of them.

ALTER TABLE mentor ADD COLUMN short_name TEXT NOT NULL DEFAULT '';

CREATE TABLE agenda_item (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
    mentor_id      INTEGER REFERENCES mentor(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL
                   CHECK (kind IN ('action', 'goal', 'answer', 'agreement', 'question', 'reflection')),
    action_id      INTEGER REFERENCES action_item(id) ON DELETE CASCADE,
    goal_id        INTEGER REFERENCES goal(id) ON DELETE CASCADE,
    question_id    INTEGER REFERENCES question(id) ON DELETE CASCADE,
    answer_key     TEXT,
    agreement_of   INTEGER REFERENCES mentor(id) ON DELETE CASCADE,
    reflection_of  INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    dropped        INTEGER NOT NULL DEFAULT 0,
    new            INTEGER NOT NULL DEFAULT 0,
    discussed      INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    -- A meeting's agenda, or a mentor's pending one: not both.
    CHECK (meeting_id IS NULL OR mentor_id IS NULL),
    -- Exactly the reference its kind needs.
    CHECK ((kind = 'action') = (action_id IS NOT NULL)),
    CHECK ((kind = 'goal') = (goal_id IS NOT NULL)),
    CHECK ((kind = 'question') = (question_id IS NOT NULL)),
    CHECK ((kind = 'answer') = (answer_key IS NOT NULL)),
    CHECK ((kind = 'agreement') = (agreement_of IS NOT NULL)),
    CHECK ((kind = 'reflection') = (reflection_of IS NOT NULL))
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id);
CREATE INDEX agenda_item_mentor ON agenda_item(mentor_id);
CREATE INDEX agenda_item_action ON agenda_item(action_id);
CREATE INDEX agenda_item_goal ON agenda_item(goal_id);
CREATE INDEX agenda_item_question ON agenda_item(question_id);
