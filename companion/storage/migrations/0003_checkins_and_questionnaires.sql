-- Schema 3: what the patient records between doses, and the "discussed with my clinician" marks.
-- Times are ISO 8601 UTC text with microseconds, e.g. 2026-01-05T09:00:00.000000+00:00.

-- Complete, scored questionnaires only. total, band and item9 follow from answers_json (they are kept
-- for queries and the export; reading re-scores the answers and refuses a row that disagrees).
CREATE TABLE questionnaire_responses (
    id           INTEGER PRIMARY KEY,
    instrument   TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7', 'pcl5')),
    completed_at TEXT NOT NULL,
    answers_json TEXT NOT NULL,
    difficulty   INTEGER CHECK (difficulty IS NULL OR difficulty BETWEEN 0 AND 3),
    total        INTEGER NOT NULL CHECK (total >= 0),
    band         TEXT NOT NULL,
    item9        INTEGER CHECK (item9 IS NULL OR item9 BETWEEN 0 AND 3)
) STRICT;

CREATE INDEX questionnaire_responses_instrument ON questionnaire_responses (instrument, completed_at);

-- One post-session log per session; its contents are the versions below (the latest counts).
CREATE TABLE post_session_logs (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL UNIQUE REFERENCES sessions (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Every save of a post-session log, never updated or deleted: an edit is a new version, and one made
-- more than 24 hours after created_at is flagged (the earlier versions stay readable).
CREATE TABLE post_session_log_versions (
    log_id            INTEGER NOT NULL REFERENCES post_session_logs (id),
    version           INTEGER NOT NULL CHECK (version >= 1),
    saved_at          TEXT NOT NULL,
    mood              INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
    anxiety           INTEGER NOT NULL CHECK (anxiety BETWEEN 0 AND 10),
    energy            INTEGER NOT NULL CHECK (energy BETWEEN 0 AND 10),
    peak_intensity    INTEGER NOT NULL CHECK (peak_intensity BETWEEN 0 AND 10),
    note              TEXT NOT NULL DEFAULT '',
    side_effects_json TEXT NOT NULL,
    other_text        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (log_id, version)
) STRICT;

-- One next-day check-in per session; a skipped one is recorded as skipped, with no answers.
CREATE TABLE next_day_checkins (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL UNIQUE REFERENCES sessions (id),
    recorded_at   TEXT NOT NULL,
    skipped       INTEGER NOT NULL CHECK (skipped IN (0, 1)),
    sleep_quality INTEGER CHECK (sleep_quality IS NULL OR sleep_quality BETWEEN 0 AND 10),
    mood          INTEGER CHECK (mood IS NULL OR mood BETWEEN 0 AND 10),
    lingering     TEXT,
    stood_out     TEXT,
    CHECK (skipped = 0 OR (sleep_quality IS NULL AND mood IS NULL AND lingering IS NULL AND stood_out IS NULL))
) STRICT;

-- The optional quick mood from Today.
CREATE TABLE daily_moods (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    mood        INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
    note        TEXT
) STRICT;

CREATE INDEX daily_moods_recorded_at ON daily_moods (recorded_at);

-- "Discussed with my clinician", against a flag's stable key (rule:record_kind:record_id). Kept, never
-- deleted: the flag itself is recomputed from the records each time.
CREATE TABLE flag_reviews (
    flag_key     TEXT PRIMARY KEY,
    discussed_at TEXT NOT NULL
) STRICT;
