"""The journal in the vault: entries with their earlier versions, tags, the trash, one draft, search.

An edit keeps the previous content as a version (an edit that changes nothing keeps nothing). Delete
moves an entry to the trash for TRASH_KEPT; purging removes the row, its versions, tags, draft and its
words in the search index (the index runs with secure-delete and the connection with secure_delete, so
the freed bytes are overwritten). Listing and searching live in ``journal_search``, the draft in
``journal_drafts``; both are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from companion.domain.journal import TRASH_KEPT, EntryContent, preview_text
from companion.storage import journal_drafts
from companion.storage.care_plans import Reader
from companion.storage.database import Database
from companion.storage.journal_drafts import StoredDraft
from companion.storage.journal_search import (
    CONTENT_COLUMNS,
    SUMMARY_COLUMNS,
    EntryFilter,
    EntryPage,
    EntrySummary,
    JournalEntryNotFoundError,
    PageCursor,
    SearchHit,
    StoredJournalDamagedError,
    content_from_row,
    content_params,
    count_entries,
    list_page,
    optional_stored_time,
    search_entries,
    stored_time,
    summary_from_row,
    tag_counts,
)
from companion.storage.session_codec import format_time
from companion.storage.sessions import SessionNotFoundError

__all__ = [
    "EntryFilter", "EntryPage", "EntrySummary", "EntryVersion", "JournalEntry", "JournalEntryNotFoundError",
    "JournalRepository", "PageCursor", "SearchHit", "StoredDraft", "StoredJournalDamagedError",
]


@dataclass(frozen=True)
class JournalEntry:
    id: int
    content: EntryContent
    created_at: datetime
    edited_at: datetime
    shared: bool  # "Share with my clinician": may go into an export the patient chooses to include it in
    trashed_at: datetime | None
    version: int  # 1 for a new entry; each edit that changes something adds one


@dataclass(frozen=True)
class EntryVersion:
    """An earlier content of an entry; ``saved_at`` is when that content was saved."""

    version: int
    saved_at: datetime
    content: EntryContent


# The default filter: every live entry (not in the trash).
LIVE_ENTRIES = EntryFilter()
_CONTENT = ", ".join(CONTENT_COLUMNS)
_ENTRY_COLUMNS = f"id, created_at, edited_at, shared, trashed_at, version, {_CONTENT}"


def _entry_from_row(row: tuple[object, ...]) -> JournalEntry:
    entry_id, created_at, edited_at, shared, trashed_at, version = row[:6]
    if not isinstance(entry_id, int) or shared not in (0, 1) or not isinstance(version, int) or version < 1:
        raise StoredJournalDamagedError()
    return JournalEntry(entry_id, content_from_row(row[6:]), stored_time(created_at), stored_time(edited_at),
                        bool(shared), optional_stored_time(trashed_at), version)


def _require_session(reader: Reader, content: EntryContent) -> None:
    if content.session_id is not None and reader.execute(
        "SELECT 1 FROM sessions WHERE id = ?", (content.session_id,)
    ).fetchone() is None:
        raise SessionNotFoundError()


def _write_tags(reader: Reader, entry_id: int, tags: tuple[str, ...]) -> None:
    reader.execute("DELETE FROM journal_entry_tags WHERE entry_id = ?", (entry_id,))
    for tag in tags:
        reader.execute("INSERT INTO journal_entry_tags (entry_id, tag) VALUES (?, ?)", (entry_id, tag))


class JournalRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- writing ---------------------------------------------------------------------------------

    def create(self, content: EntryContent, *, at: datetime, discard_draft: bool = False) -> JournalEntry:
        """A new entry (version 1); ``discard_draft`` also deletes the draft, in the same transaction."""
        if content.is_empty:
            raise ValueError("an entry needs a title or some text")
        stamp = format_time(at)
        with self._database.transaction() as connection:
            _require_session(connection, content)
            cursor = connection.execute(
                f"INSERT INTO journal_entries (created_at, edited_at, preview, {_CONTENT}) "  # noqa: S608
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (stamp, stamp, preview_text(content.body), *content_params(content)),
            )
            entry_id = int(cursor.lastrowid or 0)
            _write_tags(connection, entry_id, content.tags)
            if discard_draft:
                journal_drafts.discard_draft(connection)
            return self._get(connection, entry_id)

    def update(
        self, entry_id: int, content: EntryContent, *, at: datetime, discard_draft: bool = False
    ) -> JournalEntry:
        """New content for an entry; the previous content is kept as a version. Content equal to the
        current one changes nothing (no version, edited_at kept), though the draft is still discarded."""
        if content.is_empty:
            raise ValueError("an entry needs a title or some text")
        with self._database.transaction() as connection:
            current = self._get(connection, entry_id)
            if content != current.content:
                _require_session(connection, content)
                connection.execute(
                    f"INSERT INTO journal_entry_versions (entry_id, version, saved_at, {_CONTENT}) "  # noqa: S608
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (entry_id, current.version, format_time(current.edited_at),
                     *content_params(current.content)),
                )
                title, body, tags, mood, session_id, link, prompt_id = content_params(content)
                connection.execute(
                    "UPDATE journal_entries SET edited_at = ?, version = version + 1, preview = ?, "
                    "title = ?, body = ?, tags = ?, mood = ?, session_id = ?, session_link = ?, "
                    "prompt_id = ? WHERE id = ?",
                    (format_time(at), preview_text(content.body), title, body, tags, mood, session_id, link,
                     prompt_id, entry_id),
                )
                if content.tags != current.content.tags:
                    _write_tags(connection, entry_id, content.tags)
            if discard_draft:
                journal_drafts.discard_draft(connection)
            return self._get(connection, entry_id)

    def set_shared(self, entry_id: int, shared: bool) -> None:
        """Share with the clinician or stop sharing (not an edit: no version, edited_at kept)."""
        cursor = self._database.execute("UPDATE journal_entries SET shared = ? WHERE id = ?",
                                        (int(shared), entry_id))
        if cursor.rowcount == 0:
            raise JournalEntryNotFoundError()

    def trash(self, entry_id: int, *, at: datetime) -> None:
        """Move to the trash (kept TRASH_KEPT); trashing it again keeps the first time."""
        with self._database.transaction() as connection:
            self._get(connection, entry_id)
            connection.execute(
                "UPDATE journal_entries SET trashed_at = coalesce(trashed_at, ?) WHERE id = ?",
                (format_time(at), entry_id),
            )

    def restore(self, entry_id: int) -> None:
        cursor = self._database.execute(
            "UPDATE journal_entries SET trashed_at = NULL WHERE id = ?", (entry_id,)
        )
        if cursor.rowcount == 0:
            raise JournalEntryNotFoundError()

    def purge(self, entry_id: int) -> None:
        """Delete a trashed entry for good (ValueError if it is not in the trash)."""
        with self._database.transaction() as connection:
            if self._get(connection, entry_id).trashed_at is None:
                raise ValueError("only an entry in the trash can be purged")
            # Versions, tags and a draft of it follow by ON DELETE CASCADE; the index by trigger.
            connection.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))

    def purge_expired_trash(self, now: datetime) -> int:
        """Purge entries trashed more than TRASH_KEPT before ``now``; returns how many."""
        with self._database.transaction() as connection:
            cursor = connection.execute(
                "DELETE FROM journal_entries WHERE trashed_at IS NOT NULL AND trashed_at < ?",
                (format_time(now - TRASH_KEPT),),
            )
            return int(cursor.rowcount)

    # -- reading ---------------------------------------------------------------------------------

    @staticmethod
    def _get(reader: Reader, entry_id: int) -> JournalEntry:
        row = reader.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM journal_entries WHERE id = ?", (entry_id,)  # noqa: S608
        ).fetchone()
        if row is None:
            raise JournalEntryNotFoundError()
        return _entry_from_row(tuple(row))

    def get(self, entry_id: int) -> JournalEntry:
        return self._get(self._database, entry_id)

    def versions(self, entry_id: int) -> list[EntryVersion]:
        """The earlier versions, oldest first (empty for an entry never changed)."""
        self._get(self._database, entry_id)
        rows = self._database.execute(
            f"SELECT version, saved_at, {_CONTENT} FROM journal_entry_versions "  # noqa: S608
            "WHERE entry_id = ? ORDER BY version",
            (entry_id,),
        ).fetchall()
        result: list[EntryVersion] = []
        for row in rows:
            if not isinstance(row[0], int):
                raise StoredJournalDamagedError()
            result.append(EntryVersion(row[0], stored_time(row[1]), content_from_row(row[2:])))
        return result

    def list_page(
        self, entry_filter: EntryFilter = LIVE_ENTRIES, *, after: PageCursor | None = None, limit: int = 100
    ) -> EntryPage:
        """Newest first (created_at DESC, id DESC); pass ``next_cursor`` back as ``after``."""
        return list_page(self._database, entry_filter, after, limit)

    def count(self, entry_filter: EntryFilter = LIVE_ENTRIES) -> int:
        return count_entries(self._database, entry_filter)

    def search(
        self, text: str, entry_filter: EntryFilter = LIVE_ENTRIES, *, limit: int = 50
    ) -> list[SearchHit]:
        """Ranked hits for what was typed (every word a prefix, diacritics folded); [] for nothing."""
        return search_entries(self._database, text, entry_filter, limit)

    def tags(self) -> list[tuple[str, int]]:
        """Tags of live entries with their counts, by name."""
        return tag_counts(self._database)

    def entries_for_session(self, session_id: int) -> list[EntrySummary]:
        """The session's live entries, oldest first."""
        rows = self._database.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM journal_entries e "  # noqa: S608 - constants
            "WHERE e.session_id = ? AND e.trashed_at IS NULL ORDER BY e.created_at, e.id",
            (session_id,),
        ).fetchall()
        return [summary_from_row(row) for row in rows]

    def shared_entries(
        self, created_from: datetime | None = None, created_before: datetime | None = None
    ) -> list[JournalEntry]:
        """Live entries the patient shares, oldest first, for the export."""
        rows = self._database.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM journal_entries "  # noqa: S608 - constants
            "WHERE shared = 1 AND trashed_at IS NULL AND created_at >= ? AND created_at < ? "
            "ORDER BY created_at, id",
            ("" if created_from is None else format_time(created_from),
             "\uffff" if created_before is None else format_time(created_before)),
        ).fetchall()
        return [_entry_from_row(tuple(row)) for row in rows]

    # -- the draft -------------------------------------------------------------------------------

    def save_draft(self, entry_id: int | None, content: EntryContent, *, at: datetime) -> None:
        """Replace the one draft (it may be empty or partial)."""
        with self._database.transaction() as connection:
            journal_drafts.save_draft(connection, entry_id, content, at)

    def draft(self) -> StoredDraft | None:
        return journal_drafts.load_draft(self._database)

    def discard_draft(self) -> None:
        journal_drafts.discard_draft(self._database)
