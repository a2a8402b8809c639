"""The Journal page's use cases without Qt: an entry goes with its draft, never a word lost."""

from __future__ import annotations

from datetime import timedelta

from companion.domain.journal import EntryContent
from companion.services import journal_actions
from companion.storage.journal import EntryFilter, JournalRepository
from companion.storage.vault import OpenVault

CONTENT = EntryContent(title="Tuesday", body="A walk by the river.", tags=("walk",))


def test_a_new_entry_is_stored_shared_when_ticked_and_its_draft_goes(open_vault: OpenVault) -> None:
    at = open_vault.clock.now()
    journal_actions.keep_draft(open_vault, None, CONTENT, at=at)
    entry = journal_actions.save_entry(open_vault, None, CONTENT, shared=True, at=at + timedelta(minutes=1))
    assert entry.shared and entry.content == CONTENT and entry.version == 1
    repository = JournalRepository(open_vault.database)
    assert repository.draft() is None
    edited = EntryContent(title="Tuesday", body="A long walk by the river.", tags=("walk",))
    journal_actions.keep_draft(open_vault, entry.id, edited, at=at + timedelta(minutes=2))
    later = at + timedelta(minutes=3)
    saved = journal_actions.save_entry(open_vault, entry.id, edited, shared=False, at=later)
    assert (saved.id, saved.version, saved.content) == (entry.id, 2, edited)
    assert saved.shared  # sharing is changed by its own toggle, not by saving
    assert repository.draft() is None


def test_an_untouched_new_entry_leaves_no_draft(open_vault: OpenVault) -> None:
    at = open_vault.clock.now()
    journal_actions.keep_draft(open_vault, None, CONTENT, at=at)
    journal_actions.keep_draft(open_vault, None, EntryContent(), at=at + timedelta(seconds=5))
    assert JournalRepository(open_vault.database).draft() is None


def test_discarding_a_draft_shows_the_stored_entry_again(open_vault: OpenVault) -> None:
    at = open_vault.clock.now()
    entry = journal_actions.save_entry(open_vault, None, CONTENT, shared=False, at=at)
    journal_actions.keep_draft(open_vault, entry.id, EntryContent(title="changed"), at=at)
    assert journal_actions.discard_draft(open_vault, entry.id) == entry
    assert journal_actions.discard_draft(open_vault, None) is None
    assert JournalRepository(open_vault.database).draft() is None


def test_trash_with_its_draft_then_purged_after_30_days_by_the_side_panel(open_vault: OpenVault) -> None:
    at = open_vault.clock.now()
    kept = journal_actions.save_entry(open_vault, None, CONTENT, shared=False, at=at)
    gone = journal_actions.save_entry(open_vault, None, EntryContent(body="to the trash"), shared=False,
                                      at=at)
    journal_actions.keep_draft(open_vault, gone.id, EntryContent(body="to the trash, edited"), at=at)
    journal_actions.trash_entry(open_vault, gone.id, at=at)
    repository = JournalRepository(open_vault.database)
    assert repository.draft() is None and repository.count(EntryFilter(trashed=True)) == 1
    journal_actions.trash_entry(open_vault, None, at=at)  # a new entry never stored: only its draft goes
    side = journal_actions.load_side(open_vault, want_draft=True, purge_trash_at=at + timedelta(days=29))
    assert (side.tags, side.draft, side.draft_entry) == ([("walk", 1)], None, None)
    assert repository.count(EntryFilter(trashed=True)) == 1
    journal_actions.load_side(open_vault, want_draft=False, purge_trash_at=at + timedelta(days=31))
    assert repository.count(EntryFilter(trashed=True)) == 0
    page, count = journal_actions.first_page(open_vault, EntryFilter(), limit=10)
    assert count == 1 and [summary.id for summary in page.entries] == [kept.id]


def test_the_side_panel_brings_back_the_draft_with_the_entry_it_edits(open_vault: OpenVault) -> None:
    at = open_vault.clock.now()
    entry = journal_actions.save_entry(open_vault, None, CONTENT, shared=False, at=at)
    journal_actions.keep_draft(open_vault, entry.id, EntryContent(body="still writing"), at=at)
    side = journal_actions.load_side(open_vault, want_draft=True, purge_trash_at=None)
    assert side.draft is not None and side.draft.content.body == "still writing"
    assert side.draft_entry == entry
    assert journal_actions.load_side(open_vault, want_draft=False, purge_trash_at=None).draft is None
