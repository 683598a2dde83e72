-- Version 1: the whole domain of the product brief.
-- Dates are 'YYYY-MM-DD'; instants are RFC 3339 in UTC ('2026-11-22T10:00:00Z').
-- Booleans are 0/1. Choices are stored by their stable code (see src/domain/choice.rs).

CREATE TABLE mentor (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- One agreement per mentor: the structure and expectations agreed at the outset.
CREATE TABLE agreement (
    mentor_id       INTEGER PRIMARY KEY REFERENCES mentor(id) ON DELETE CASCADE,
    structure       TEXT CHECK (structure IN ('formal', 'informal', 'hybrid')),
    cadence         TEXT,
    channels        TEXT NOT NULL DEFAULT '',   -- comma-separated channel codes
    venue           TEXT NOT NULL DEFAULT '',
    start_date      TEXT,
    review_date     TEXT,
    define_mine     TEXT NOT NULL DEFAULT '',
    define_theirs   TEXT NOT NULL DEFAULT '',
    want_mine       TEXT NOT NULL DEFAULT '',
    want_theirs     TEXT NOT NULL DEFAULT '',
    expect_mine     TEXT NOT NULL DEFAULT '',
    expect_theirs   TEXT NOT NULL DEFAULT '',
    confidentiality TEXT NOT NULL DEFAULT ''
);

-- Dated answers: conversation prompts and worksheet entries share this mechanism.
CREATE TABLE answer_version (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL,
    day       TEXT NOT NULL,
    text      TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    UNIQUE (key, day)
);

CREATE TABLE answer_private (
    key TEXT PRIMARY KEY
);

CREATE TABLE worksheet_marker (
    stem    TEXT PRIMARY KEY,
    marker  TEXT NOT NULL CHECK (marker IN ('working_well', 'gap', 'not_sure'))
);

CREATE TABLE meeting (
    id                  INTEGER PRIMARY KEY,
    mentor_id           INTEGER REFERENCES mentor(id) ON DELETE SET NULL,
    starts_at           TEXT NOT NULL,
    mode                TEXT,
    duration_minutes    INTEGER,
    place               TEXT NOT NULL DEFAULT '',
    agenda              TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    reflection          TEXT NOT NULL DEFAULT '',
    private             INTEGER NOT NULL DEFAULT 0,
    agenda_private      INTEGER NOT NULL DEFAULT 0,
    notes_private       INTEGER NOT NULL DEFAULT 0,
    reflection_private  INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL
);
CREATE INDEX meeting_mentor ON meeting(mentor_id);
CREATE INDEX meeting_starts ON meeting(starts_at);

CREATE TABLE goal (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL DEFAULT '',
    why            TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '',
    competency     TEXT NOT NULL DEFAULT '',
    mentor_id      INTEGER REFERENCES mentor(id) ON DELETE SET NULL,
    target_date    TEXT,
    status         TEXT NOT NULL DEFAULT 'not_started',
    progress       INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    progress_mode  TEXT NOT NULL DEFAULT 'manual',
    private        INTEGER NOT NULL DEFAULT 0,
    origin_kind    TEXT,
    origin_key     TEXT,
    position       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE INDEX goal_mentor ON goal(mentor_id);

CREATE TABLE milestone (
    id        INTEGER PRIMARY KEY,
    goal_id   INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    text      TEXT NOT NULL DEFAULT '',
    due_date  TEXT,
    done      INTEGER NOT NULL DEFAULT 0,
    done_on   TEXT,
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX milestone_goal ON milestone(goal_id);

CREATE TABLE review (
    id          INTEGER PRIMARY KEY,
    goal_id     INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    progress    INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    note        TEXT NOT NULL DEFAULT '',
    private     INTEGER NOT NULL DEFAULT 0,
    meeting_id  INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX review_goal ON review(goal_id);
CREATE INDEX review_meeting ON review(meeting_id);

CREATE TABLE action_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
    text        TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT 'me' CHECK (owner IN ('me', 'mentor')),
    due_date    TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    done_on     TEXT,
    goal_id     INTEGER REFERENCES goal(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX action_meeting ON action_item(meeting_id);
CREATE INDEX action_goal ON action_item(goal_id);

-- The mentee's own questions for the next meeting.
CREATE TABLE question (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL DEFAULT '',
    private     INTEGER NOT NULL DEFAULT 0,
    meeting_id  INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
