-- Schema 1: the vault's own bookkeeping. No personal content lives in these tables.

-- Facts about the vault itself: vault_id, created_at, app_version.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- An audit log of vault-level events (created, unlocked, passphrase changed, backup restored).
CREATE TABLE app_events (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    detail      TEXT
);

CREATE INDEX app_events_occurred_at ON app_events (occurred_at);
