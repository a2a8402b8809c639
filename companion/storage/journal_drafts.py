"""The one journal draft: what is being written now, saved every few seconds so no word is lost.

There is at most one draft (the row with id 1); saving replaces it. It may be empty or partial. It is
re-exported by ``companion.storage.journal``, which is the module to import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from companion.domain.journal import EntryContent
from companion.storage.care_plans import Reader
from companion.storage.journal_search import (
    CONTENT_COLUMNS,
    JournalEntryNotFoundError,
    StoredJournalDamagedError,
    content_from_row,
    content_params,
    stored_time,
)
from companion.storage.session_codec import format_time


@dataclass(frozen=True)
class StoredDraft:
    entry_id: int | None  # None: a new entry
    content: EntryContent
    saved_at: datetime


_COLUMNS = ", ".join(CONTENT_COLUMNS)


def save_draft(reader: Reader, entry_id: int | None, content: EntryContent, at: datetime) -> None:
    """Replace the draft (call inside a transaction)."""
    if entry_id is not None and reader.execute(
        "SELECT 1 FROM journal_entries WHERE id = ?", (entry_id,)
    ).fetchone() is None:
        raise JournalEntryNotFoundError()
    reader.execute(
        f"INSERT OR REPLACE INTO journal_draft (id, entry_id, saved_at, {_COLUMNS}) "  # noqa: S608 - constants
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, format_time(at), *content_params(content)),
    )


def load_draft(reader: Reader) -> StoredDraft | None:
    row = reader.execute(
        f"SELECT entry_id, saved_at, {_COLUMNS} FROM journal_draft WHERE id = 1"  # noqa: S608 - constants
    ).fetchone()
    if row is None:
        return None
    entry_id = row[0]
    if entry_id is not None and (not isinstance(entry_id, int) or isinstance(entry_id, bool)):
        raise StoredJournalDamagedError()
    return StoredDraft(entry_id, content_from_row(row[2:]), stored_time(row[1]))


def discard_draft(reader: Reader) -> None:
    reader.execute("DELETE FROM journal_draft")
