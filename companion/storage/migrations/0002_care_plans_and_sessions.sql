-- Schema 2: care plans (every version kept) and sessions (the events are the truth).
-- Times are ISO 8601 UTC text with microseconds, e.g. 2026-01-05T09:00:00.000000+00:00.

-- Every version of the care plan, never updated or deleted: the export shows which one applied.
CREATE TABLE care_plans (
    id        INTEGER PRIMARY KEY,
    plan_json TEXT NOT NULL,
    set_at    TEXT NOT NULL,
    source    TEXT NOT NULL CHECK (source IN ('entered', 'imported')),
    issued_by TEXT
) STRICT;

-- One row per session. state, dose_at and ended_at are a summary of session_events, written in the
-- same transaction as the events they follow from.
CREATE TABLE sessions (
    id           INTEGER PRIMARY KEY,
    care_plan_id INTEGER NOT NULL REFERENCES care_plans (id),
    created_at   TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('planned', 'checklist', 'handed_over', 'dosed', 'monitoring',
                                                'recovery_check', 'completed', 'ended_early', 'abandoned')),
    dose_at      TEXT,
    ended_at     TEXT
) STRICT;

-- Never two active sessions: every active row has the same index key, so a second one is refused.
CREATE UNIQUE INDEX sessions_one_active ON sessions ((0))
    WHERE state NOT IN ('completed', 'ended_early', 'abandoned');

CREATE INDEX sessions_created_at ON sessions (created_at);

-- The session's history, append-only; the session is Session.replay() of these in seq order.
CREATE TABLE session_events (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id),
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    at           TEXT NOT NULL,
    type         TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    UNIQUE (session_id, seq)
) STRICT;

-- Every checklist answer with its time; a changed answer is a new row (the latest one counts).
CREATE TABLE checklist_answers (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id),
    item_id      TEXT NOT NULL,
    value        INTEGER NOT NULL CHECK (value IN (0, 1)),
    names        TEXT NOT NULL DEFAULT '',
    acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1)),
    answered_at  TEXT NOT NULL
) STRICT;

CREATE INDEX checklist_answers_session ON checklist_answers (session_id, item_id);

CREATE TABLE vital_signs (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id),
    kind        TEXT NOT NULL CHECK (kind IN ('pre_dose', 'recheck', 'final')),
    systolic    INTEGER NOT NULL CHECK (systolic > 0),
    diastolic   INTEGER NOT NULL CHECK (diastolic > 0),
    heart_rate  INTEGER CHECK (heart_rate IS NULL OR heart_rate > 0),
    measured_at TEXT NOT NULL
) STRICT;

CREATE INDEX vital_signs_session ON vital_signs (session_id);

CREATE TABLE session_baseline (
    session_id  INTEGER PRIMARY KEY REFERENCES sessions (id),
    mood        INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
    anxiety     INTEGER NOT NULL CHECK (anxiety BETWEEN 0 AND 10),
    intention   TEXT,
    recorded_at TEXT NOT NULL
) STRICT;
