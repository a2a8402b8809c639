-- Schema 7: the exports the patient made, so the next one can start where the last one ended ("since the
-- last export") and keep the name the patient chose to be called by. Only what the export page needs:
-- never the export's content, never a path.

CREATE TABLE exports (
    id           TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),  -- the export id, also in its name
    created_at   TEXT NOT NULL,  -- ISO 8601 UTC with microseconds, like every time in the vault
    period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    period_end   TEXT NOT NULL CHECK (period_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    patient_name TEXT NOT NULL DEFAULT '',  -- as the patient chose to be named on the report
    kind         TEXT NOT NULL CHECK (kind IN ('folder', 'zip')),
    CHECK (period_start <= period_end)
) STRICT;

CREATE INDEX exports_created_at ON exports (created_at);
