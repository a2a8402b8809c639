"""Reading journal rows back: summaries, filters, newest-first keyset pages and FTS5 search.

Every stored value is checked on the way out; anything the app never writes is reported as
:class:`StoredJournalDamagedError`, never as a crash or a silently different entry. Re-exported by
``companion.storage.journal``, which is the module to import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

import sqlcipher3

from companion.domain.journal import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_TITLE_CHARS,
    EntryContent,
    SessionLink,
    is_valid_tag,
    search_expression,
    snippet_text,
)
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.care_plans import Reader
from companion.storage.errors import StorageError
from companion.storage.session_codec import format_time

# How many words a search snippet shows around the matches.
SNIPPET_WORDS = 12
SNIPPET_ELLIPSIS = "…"


class StoredJournalDamagedError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "A stored journal entry is damaged and could not be read, so nothing was changed; "
            "restoring a recent backup may bring it back.",
        ))


class JournalEntryNotFoundError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors", "That journal entry is no longer in the vault; it may have been deleted."))


# -- stored values -----------------------------------------------------------------------------------

def stored_time(value: object) -> datetime:
    """A time written by format_time; anything else is damage."""
    if not isinstance(value, str):
        raise StoredJournalDamagedError()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise StoredJournalDamagedError() from None
    if moment.tzinfo is None:  # fromisoformat only ever gives a fixed offset, never a naive offset
        raise StoredJournalDamagedError()
    return moment


def optional_stored_time(value: object) -> datetime | None:
    return None if value is None else stored_time(value)


def tags_text(tags: Sequence[str]) -> str:
    """Tags as stored beside the entry (and indexed): space-separated (a tag never holds a space)."""
    return " ".join(tags)


# A vault holds few distinct tags and combinations of them: checking each once keeps a page cheap.
_known_tag = lru_cache(maxsize=4096)(is_valid_tag)


@lru_cache(maxsize=8192)
def _tags_from_text(text: str) -> tuple[str, ...] | None:
    tags = tuple(text.split(" ")) if text else ()
    if not all(_known_tag(tag) for tag in tags) or list(tags) != sorted(set(tags)):
        return None
    return tags


def stored_tags(value: object) -> tuple[str, ...]:
    tags = _tags_from_text(value) if isinstance(value, str) else None
    if tags is None:
        raise StoredJournalDamagedError()
    return tags


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise StoredJournalDamagedError()
    return value


def _optional_link(value: object) -> SessionLink | None:
    if value is None:
        return None
    try:
        return SessionLink(str(value))
    except ValueError:
        raise StoredJournalDamagedError() from None


# The content columns, in the order content_params writes and content_from_row reads them.
CONTENT_COLUMNS = ("title", "body", "tags", "mood", "session_id", "session_link", "prompt_id")


def content_params(content: EntryContent) -> tuple[object, ...]:
    link = None if content.session_link is None else content.session_link.value
    return (content.title, content.body, tags_text(content.tags), content.mood, content.session_id, link,
            content.prompt_id)


def content_from_row(row: Sequence[object]) -> EntryContent:
    """Row: the CONTENT_COLUMNS in order."""
    title, body, tags, mood, session_id, link, prompt_id = row
    if not isinstance(title, str) or not isinstance(body, str):
        raise StoredJournalDamagedError()
    if prompt_id is not None and not isinstance(prompt_id, str):
        raise StoredJournalDamagedError()
    try:
        return EntryContent(title, body, stored_tags(tags), _optional_int(mood), _optional_int(session_id),
                            _optional_link(link), prompt_id)
    except (TypeError, ValueError):
        raise StoredJournalDamagedError() from None


# -- summaries ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntrySummary:
    """What the list shows of an entry (never its whole body)."""

    id: int
    title: str
    preview: str  # the start of the body as one line of plain text
    created_at: datetime
    edited_at: datetime
    tags: tuple[str, ...]
    mood: int | None
    session_id: int | None
    session_link: SessionLink | None
    shared: bool
    trashed_at: datetime | None


SUMMARY_COLUMNS = ("e.id, e.title, e.preview, e.created_at, e.edited_at, e.tags, e.mood, e.session_id, "
                   "e.session_link, e.shared, e.trashed_at")


def summary_from_row(row: Sequence[object]) -> EntrySummary:
    """Row: SUMMARY_COLUMNS in order."""
    entry_id, title, preview, created_at, edited_at, tags, mood, session_id, link, shared, trashed_at = row
    if not isinstance(entry_id, int) or not isinstance(title, str) or not isinstance(preview, str):
        raise StoredJournalDamagedError()
    if len(title) > MAX_TITLE_CHARS:
        raise StoredJournalDamagedError()
    if shared not in (0, 1) or (session_id is None) != (link is None):
        raise StoredJournalDamagedError()
    mood_value = _optional_int(mood)
    if mood_value is not None and not 0 <= mood_value <= 10:
        raise StoredJournalDamagedError()
    return EntrySummary(entry_id, title, preview, stored_time(created_at), stored_time(edited_at),
                        stored_tags(tags), mood_value, _optional_int(session_id), _optional_link(link),
                        bool(shared), optional_stored_time(trashed_at))


# -- filters and pages -------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryFilter:
    """Which entries to list, count or search; every condition set must hold."""

    tags: tuple[str, ...] = ()  # entries carrying ALL of these
    created_from: datetime | None = None  # aware, inclusive
    created_before: datetime | None = None  # aware, exclusive
    shared_only: bool = False
    session_id: int | None = None
    trashed: bool = False  # False: live entries only; True: the trash only


@dataclass(frozen=True)
class PageCursor:
    """Where the previous page ended (opaque to callers): the last entry's keyset position."""

    created_at: str
    id: int


@dataclass(frozen=True)
class EntryPage:
    entries: list[EntrySummary] = field(default_factory=list)
    next_cursor: PageCursor | None = None  # None: this was the last page


@dataclass(frozen=True)
class SearchHit:
    entry: EntrySummary
    snippet: str  # HIGHLIGHT_START/END around the matches
    rank: float  # bm25: lower is better


def filter_sql(entry_filter: EntryFilter) -> tuple[str, list[object]]:
    """``(conditions on e, parameters)``; the trashed condition matches the partial indexes' WHERE."""
    conditions = ["e.trashed_at IS NOT NULL" if entry_filter.trashed else "e.trashed_at IS NULL"]
    params: list[object] = []
    if entry_filter.created_from is not None:
        conditions.append("e.created_at >= ?")
        params.append(format_time(entry_filter.created_from))
    if entry_filter.created_before is not None:
        conditions.append("e.created_at < ?")
        params.append(format_time(entry_filter.created_before))
    if entry_filter.shared_only:
        conditions.append("e.shared = 1")
    if entry_filter.session_id is not None:
        conditions.append("e.session_id = ?")
        params.append(entry_filter.session_id)
    for tag in sorted(set(entry_filter.tags)):
        conditions.append("EXISTS (SELECT 1 FROM journal_entry_tags t WHERE t.entry_id = e.id AND t.tag = ?)")
        params.append(tag)
    return " AND ".join(conditions), params


def list_page(reader: Reader, entry_filter: EntryFilter, after: PageCursor | None, limit: int) -> EntryPage:
    """Newest first (created_at DESC, id DESC), ``limit`` entries after ``after``."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    where, params = filter_sql(entry_filter)
    if after is not None:
        where += " AND (e.created_at, e.id) < (?, ?)"
        params += [after.created_at, after.id]
    rows = reader.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM journal_entries e WHERE {where} "  # noqa: S608 - constants
        "ORDER BY e.created_at DESC, e.id DESC LIMIT ?",
        (*params, limit + 1),
    ).fetchall()
    entries = [summary_from_row(row) for row in rows[:limit]]
    cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        cursor = PageCursor(str(last[3]), int(last[0]))
    return EntryPage(entries, cursor)


def count_entries(reader: Reader, entry_filter: EntryFilter) -> int:
    where, params = filter_sql(entry_filter)
    row = reader.execute(f"SELECT count(*) FROM journal_entries e WHERE {where}", params).fetchone()  # noqa: S608
    return int(row[0])


def _is_damage(error: sqlcipher3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (int(code) & 0xFF) in (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


def search_entries(reader: Reader, text: str, entry_filter: EntryFilter, limit: int) -> list[SearchHit]:
    """Ranked matches of every typed word (as a prefix, diacritics folded) in title, body or tags."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    expression = search_expression(text)
    if expression is None:
        return []
    where, params = filter_sql(entry_filter)
    try:
        # FTS5 consumes ORDER BY rank (it sorts by bm25 itself, no temporary b-tree), so SQLite computes
        # the snippet only for the rows it returns, not for every match: one query, a few ms at 10,000.
        rows = reader.execute(
            f"SELECT {SUMMARY_COLUMNS}, snippet(journal_fts, -1, ?, ?, ?, ?), journal_fts.rank "  # noqa: S608
            "FROM journal_fts CROSS JOIN journal_entries e ON e.id = journal_fts.rowid "
            f"WHERE journal_fts MATCH ? AND {where} ORDER BY journal_fts.rank LIMIT ?",
            (HIGHLIGHT_START, HIGHLIGHT_END, SNIPPET_ELLIPSIS, SNIPPET_WORDS, expression, *params, limit),
        ).fetchall()
    except sqlcipher3.DatabaseError as error:
        if _is_damage(error):
            raise StoredJournalDamagedError() from None
        raise
    hits: list[SearchHit] = []
    for row in rows:
        snippet, rank = row[-2], row[-1]
        if not isinstance(snippet, str) or not isinstance(rank, float):
            raise StoredJournalDamagedError()
        # Markdown markers around a match would only be noise in a one-line snippet.
        hits.append(SearchHit(summary_from_row(row[:-2]), snippet_text(snippet), rank))
    return hits


def tag_counts(reader: Reader) -> list[tuple[str, int]]:
    """Tags of live entries with how many carry each, by name."""
    # Counted from the tag index alone, minus the (few) trashed entries: joining every entry row
    # instead took over a second at 100,000 entries and held the one database worker meanwhile.
    rows = reader.execute(
        "SELECT t.tag, count(*) FROM journal_entry_tags t WHERE t.entry_id NOT IN "
        "(SELECT id FROM journal_entries INDEXED BY journal_entries_trash WHERE trashed_at IS NOT NULL) "
        "GROUP BY t.tag ORDER BY t.tag"
    ).fetchall()
    result: list[tuple[str, int]] = []
    for tag, count in rows:
        if not isinstance(tag, str) or not _known_tag(tag):
            raise StoredJournalDamagedError()
        result.append((tag, int(count)))
    return result
