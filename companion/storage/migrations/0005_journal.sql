-- Schema 5: the journal. Times are ISO 8601 UTC text with microseconds (they sort as text).

-- One row per entry, holding its current content. preview (plain text, ~160 characters) sits before
-- body so listing entries never reads a long body; tags repeats journal_entry_tags as space-separated
-- text for the search index and the list.
CREATE TABLE journal_entries (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    edited_at    TEXT NOT NULL,
    trashed_at   TEXT,
    shared       INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    mood         INTEGER CHECK (mood IS NULL OR mood BETWEEN 0 AND 10),
    session_id   INTEGER REFERENCES sessions (id),
    session_link TEXT CHECK (session_link IN ('intention', 'integration', 'next_day')),
    prompt_id    TEXT,
    title        TEXT NOT NULL DEFAULT '',
    preview      TEXT NOT NULL DEFAULT '',
    tags         TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    CHECK ((session_id IS NULL) = (session_link IS NULL))
) STRICT;

-- Newest-first keyset paging, separately for live entries and the trash.
CREATE INDEX journal_entries_live ON journal_entries (created_at, id) WHERE trashed_at IS NULL;
CREATE INDEX journal_entries_trash ON journal_entries (created_at, id) WHERE trashed_at IS NOT NULL;
CREATE INDEX journal_entries_trashed_at ON journal_entries (trashed_at) WHERE trashed_at IS NOT NULL;
CREATE INDEX journal_entries_session ON journal_entries (session_id, created_at) WHERE session_id IS NOT NULL;
CREATE INDEX journal_entries_shared ON journal_entries (created_at, id) WHERE shared = 1;

-- Earlier contents of an entry (the current one is in journal_entries), kept until the entry is purged.
CREATE TABLE journal_entry_versions (
    entry_id     INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL CHECK (version >= 1),
    saved_at     TEXT NOT NULL,
    mood         INTEGER CHECK (mood IS NULL OR mood BETWEEN 0 AND 10),
    session_id   INTEGER,
    session_link TEXT CHECK (session_link IN ('intention', 'integration', 'next_day')),
    prompt_id    TEXT,
    title        TEXT NOT NULL,
    tags         TEXT NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (entry_id, version)
) STRICT, WITHOUT ROWID;

CREATE TABLE journal_entry_tags (
    entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) STRICT, WITHOUT ROWID;

CREATE INDEX journal_entry_tags_tag ON journal_entry_tags (tag, entry_id);

-- At most one draft: what is being written now, for a new entry (entry_id NULL) or an existing one.
CREATE TABLE journal_draft (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    entry_id     INTEGER REFERENCES journal_entries (id) ON DELETE CASCADE,
    saved_at     TEXT NOT NULL,
    mood         INTEGER CHECK (mood IS NULL OR mood BETWEEN 0 AND 10),
    session_id   INTEGER,
    session_link TEXT CHECK (session_link IN ('intention', 'integration', 'next_day')),
    prompt_id    TEXT,
    title        TEXT NOT NULL,
    tags         TEXT NOT NULL,
    body         TEXT NOT NULL
) STRICT;

-- Full-text search over the entries' current content (external content: the text is stored once).
-- Diacritics folded ("cafe" finds "Café"), prefix indexes for search as you type, title weighted
-- above tags above body, and secure-delete so a purged entry's words leave the index itself.
CREATE VIRTUAL TABLE journal_fts USING fts5(
    title, body, tags,
    content = 'journal_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO journal_fts (journal_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0)');
INSERT INTO journal_fts (journal_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER journal_entries_indexed AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;

CREATE TRIGGER journal_entries_unindexed AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
        VALUES ('delete', old.id, old.title, old.body, old.tags);
END;

CREATE TRIGGER journal_entries_reindexed AFTER UPDATE OF title, body, tags ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
        VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO journal_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
