"""The demo journal: linked to the demo sessions, realistic mix, deterministic, readable by the repository."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from companion.demo.demo_history import fill_demo_history
from companion.demo.demo_journal import fill_demo_journal
from companion.domain.clock import FakeClock
from companion.domain.journal import SessionLink
from companion.domain.journal_prompts import prompt_by_id
from companion.paths import DataPaths
from companion.storage.journal import EntryFilter, JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import OpenVault, create_vault


def _vault(base: Path, clock: FakeClock, *, history: bool) -> OpenVault:
    vault, _ = create_vault(DataPaths(base), "correct horse battery staple", LIGHT_TEST_PARAMS, clock)
    if history:
        fill_demo_history(vault, now=clock.now())
    return vault


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    """Built once for the tests that only read it."""
    clock = FakeClock()
    with _vault(tmp_path_factory.mktemp("demo"), clock, history=True) as vault:
        fill_demo_journal(vault, count=1500, now=clock.now())
        yield vault


def _all(journal: JournalRepository, entry_filter: EntryFilter | None = None) -> list[int]:
    entry_filter = entry_filter or EntryFilter()
    found: list[int] = []
    page = journal.list_page(entry_filter, limit=500)
    while True:
        found.extend(summary.id for summary in page.entries)
        if page.next_cursor is None:
            return found
        page = journal.list_page(entry_filter, after=page.next_cursor, limit=500)


def test_the_count_and_a_realistic_mix(vault: OpenVault, clock: FakeClock) -> None:
    journal = JournalRepository(vault.database)
    assert journal.count() == 1500 and len(_all(journal)) == 1500
    shared = journal.count(EntryFilter(shared_only=True))
    assert 0.02 * 1500 <= shared <= 0.09 * 1500
    edited = vault.database.execute("SELECT count(*) FROM journal_entries WHERE version = 2").fetchone()[0]
    assert edited > 10
    assert vault.database.execute("SELECT count(*) FROM journal_entry_versions").fetchone()[0] == edited
    tags = dict(journal.tags())
    assert len(tags) > 10 and "café" in tags
    newest = journal.list_page(limit=1).entries[0]
    assert newest.created_at <= clock.now()
    assert any(summary.mood is not None for summary in journal.list_page().entries)
    assert journal.search("cafe") and journal.search("deja vu") and journal.search("integr")


def test_entries_are_linked_around_the_demo_sessions(vault: OpenVault) -> None:
    journal = JournalRepository(vault.database)
    sessions = vault.database.execute("SELECT id, dose_at FROM sessions WHERE dose_at IS NOT NULL").fetchall()
    assert len(sessions) > 8
    links: dict[SessionLink, int] = dict.fromkeys(SessionLink, 0)
    for session_id, dose_text in sessions:
        for summary in journal.entries_for_session(session_id):
            assert summary.session_link is not None
            links[summary.session_link] += 1
            entry = journal.get(summary.id)
            dose_at = entry.created_at.fromisoformat(dose_text)
            if summary.session_link is SessionLink.INTENTION:
                assert entry.created_at < dose_at
            else:
                assert entry.created_at > dose_at + timedelta(hours=2)
            assert entry.content.prompt_id is not None
            prompt = prompt_by_id(entry.content.prompt_id)
            assert prompt is not None and prompt.kind.value == summary.session_link.value
    assert all(count > 3 for count in links.values())


def test_the_same_seed_makes_the_same_journal(tmp_path: Path, clock: FakeClock) -> None:
    dumps = []
    for name in ("x", "y"):
        with _vault(tmp_path / name, clock, history=False) as vault:
            fill_demo_journal(vault, count=200, now=clock.now(), seed=3)
            dumps.append(vault.database.execute("SELECT * FROM journal_entries ORDER BY id").fetchall())
    assert dumps[0] == dumps[1] and len(dumps[0]) == 200
    with _vault(tmp_path / "z", clock, history=False) as vault:
        fill_demo_journal(vault, count=200, now=clock.now(), seed=4)
        assert vault.database.execute("SELECT * FROM journal_entries ORDER BY id").fetchall() != dumps[0]


def test_without_sessions_free_entries_fill_the_last_eight_weeks(tmp_path: Path, clock: FakeClock) -> None:
    with _vault(tmp_path / "v", clock, history=False) as vault:
        fill_demo_journal(vault, count=0, now=clock.now())
        journal = JournalRepository(vault.database)
        assert journal.count() == 0
        fill_demo_journal(vault, count=120, now=clock.now())
        fill_demo_journal(vault, count=30, now=clock.now(), seed=2)  # adds, never replaces
        assert journal.count() == 150
        entries = [journal.get(entry_id) for entry_id in _all(journal)]
        assert all(entry.content.session_id is None for entry in entries)
        assert all(clock.now() - timedelta(weeks=8) <= entry.created_at <= clock.now() for entry in entries)
        with pytest.raises(ValueError, match="negative"):
            fill_demo_journal(vault, count=-1, now=clock.now())
