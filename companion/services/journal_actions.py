"""What the Journal page reads and saves together (Qt-free): an entry with its draft, the page's side
panel, the first page of the list.

Each function runs on the database worker and returns plain data. Reads and writes of one repository
call are made by the page directly through :class:`~companion.storage.journal.JournalRepository`; the
ones here are those where several go together (never lose a word: the draft goes only when the entry
it stood for is stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.storage.journal import JournalEntryNotFoundError, JournalRepository

if TYPE_CHECKING:
    from datetime import datetime

    from companion.domain.journal import EntryContent
    from companion.storage.journal import EntryFilter, EntryPage, JournalEntry, StoredDraft
    from companion.storage.vault import OpenVault


@dataclass(frozen=True)
class JournalSide:
    """What the page reads besides the list: the tags, and the draft when the editor is free for it."""

    tags: list[tuple[str, int]]
    draft: StoredDraft | None
    draft_entry: JournalEntry | None  # the stored entry the draft is an edit of, if it still exists


def save_entry(vault: OpenVault, entry_id: int | None, content: EntryContent, *, shared: bool,
               at: datetime) -> JournalEntry:
    """Store the editor's entry (a new one, shared when the patient ticked it, or a new version of
    ``entry_id``); its draft goes with it."""
    repository = JournalRepository(vault.database)
    if entry_id is not None:
        return repository.update(entry_id, content, at=at, discard_draft=True)
    entry = repository.create(content, at=at, discard_draft=True)
    if shared:
        repository.set_shared(entry.id, True)
        entry = repository.get(entry.id)
    return entry


def trash_entry(vault: OpenVault, entry_id: int | None, *, at: datetime) -> None:
    """The editor's entry goes to the trash (when it was stored), with the one draft, which is its."""
    repository = JournalRepository(vault.database)
    if entry_id is not None:
        repository.trash(entry_id, at=at)
    repository.discard_draft()


def discard_draft(vault: OpenVault, entry_id: int | None) -> JournalEntry | None:
    """Forget the draft; the stored entry it was an edit of (to show again), if any."""
    repository = JournalRepository(vault.database)
    repository.discard_draft()
    return None if entry_id is None else repository.get(entry_id)


def keep_draft(vault: OpenVault, entry_id: int | None, content: EntryContent, *, at: datetime) -> None:
    """Autosave: what the editor holds becomes the one draft (an untouched new entry leaves none)."""
    repository = JournalRepository(vault.database)
    if entry_id is None and content.is_empty:
        repository.discard_draft()
    else:
        repository.save_draft(entry_id, content, at=at)


def load_side(vault: OpenVault, *, want_draft: bool, purge_trash_at: datetime | None) -> JournalSide:
    """The tags and (when ``want_draft``) the draft; first, when ``purge_trash_at`` is given, entries
    kept 30 days in the trash by then are removed for good."""
    repository = JournalRepository(vault.database)
    if purge_trash_at is not None:
        repository.purge_expired_trash(purge_trash_at)
    draft = repository.draft() if want_draft else None
    entry = None
    if draft is not None and draft.entry_id is not None:
        try:
            entry = repository.get(draft.entry_id)
        except JournalEntryNotFoundError:
            entry = None  # purged since: the draft comes back as a new entry
    return JournalSide(repository.tags(), draft, entry)


def first_page(vault: OpenVault, entry_filter: EntryFilter, *, limit: int) -> tuple[EntryPage, int]:
    """The first ``limit`` entries the filter lets through, and how many it lets through in all."""
    repository = JournalRepository(vault.database)
    return repository.list_page(entry_filter, limit=limit), repository.count(entry_filter)
