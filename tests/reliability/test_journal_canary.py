"""A purged journal entry leaves nothing behind: not in any table (the search index's shadow tables
included) and not in any file on disk.

A unique canary word goes into an entry's title, body and tags, into an earlier version and into a
draft, among ordinary entries so the search index has real segments. Before purging, the canary is
found in the entries, versions, tags, draft and in the FTS5 index's own data (as the token FTS5
stores: lowercased, diacritics removed), so the check can fail. After discarding the draft, trashing
and purging, every row of every table, read through the open vault, holds it nowhere; then no file
under the data folder and no new file under the temporary folder holds it, in UTF-8 or UTF-16.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
import uuid
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path

from companion.domain.clock import FakeClock
from companion.domain.journal import EntryContent
from companion.paths import DataPaths
from companion.storage.database import Database
from companion.storage.journal import JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault, open_vault
from tests.reliability.conftest import ReliabilityFigure

_FILLER = ("river", "morning", "calm", "walk", "tea", "garden", "sleep", "music", "rain", "friend", "quiet",
           "window", "breath", "evening", "family", "light", "slow", "tired", "grateful", "memory")


def _folded(text: str) -> str:
    """The token FTS5's unicode61 tokenizer stores: lowercased, diacritics removed."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _needles(canary: str, unique: str) -> list[bytes]:
    # FTS5 stores a term after the prefix it shares with the term before it: the unique middle alone
    # is a needle too, so a term cut that way is still found.
    texts = {canary, canary.lower(), _folded(canary), unique}
    return [text.encode(encoding) for text in texts for encoding in ("utf-8", "utf-16-le", "utf-16-be")]


def _tables_holding(database: Database, needles: list[bytes]) -> set[str]:
    """Every table (the FTS5 shadow tables journal_fts_data, _idx, _docsize, _config too) whose rows
    hold a needle in a text or blob value."""
    names = [str(row[0]) for row in database.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    assert {"journal_fts_data", "journal_fts_idx", "journal_fts_docsize", "journal_fts_config"} <= set(names)
    found: set[str] = set()
    for name in names:
        for row in database.execute(f'SELECT * FROM "{name}"'):
            for value in row:
                data = value.encode("utf-8") if isinstance(value, str) else value
                if isinstance(data, bytes) and any(needle in data for needle in needles):
                    found.add(name)
    return found


def _files_under(root: Path) -> set[Path]:
    found: set[Path] = set()
    for folder, _, names in os.walk(root, onerror=lambda error: None):
        found.update(Path(folder) / name for name in names)
    return found


def _files_containing(paths: Iterable[Path], needles: list[bytes]) -> list[Path]:
    hits = []
    for path in sorted(paths):
        try:
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
        except OSError:  # vanished, or another process's file
            continue
        if any(needle in data for needle in needles):
            hits.append(path)
    return hits


def _fill(journal: JournalRepository, clock: FakeClock, count: int, seed: int) -> None:
    for i in range(count):
        words = [_FILLER[(seed + i * 7 + k * 3) % len(_FILLER)] for k in range(40)]
        journal.create(EntryContent(f"Day {seed + i}", " ".join(words), (_FILLER[i % 5],)), at=clock.now())
        clock.advance(60)


def test_a_purged_entry_leaves_no_trace(tmp_path: Path, reliability_figure: ReliabilityFigure) -> None:
    temp_root = Path(tempfile.gettempdir())
    temp_before = _files_under(temp_root)
    # One FTS token (letters and digits) that shares no prefix with the filler words.
    unique = uuid.uuid4().hex[:16]
    canary = f"Zqcanary{unique}Ünï"
    needles = _needles(canary, unique)
    paths = DataPaths(tmp_path / "data")
    clock = FakeClock()
    vault, _ = create_vault(paths, "canary test passphrase words here", LIGHT_TEST_PARAMS, clock)
    with vault:
        journal = JournalRepository(vault.database)
        _fill(journal, clock, 150, seed=0)
        entry = journal.create(EntryContent(f"About {canary}", f"It said {canary} twice: {canary}.",
                                            (canary.casefold(), "private")), at=clock.now())
        journal.update(entry.id, EntryContent(f"{canary} again", "A later text.", (canary.casefold(),)),
                       at=clock.now())
        journal.update(entry.id, EntryContent("Nothing to see", "Plain words now."), at=clock.now())
        journal.save_draft(entry.id, EntryContent(body=f"Still typing {canary}"), at=clock.now())
        _fill(journal, clock, 150, seed=1)
        # Only earlier versions and the draft hold it now: an edit takes the old words out of the index.
        assert _tables_holding(vault.database, needles) == {"journal_entry_versions", "journal_draft"}
        journal.update(entry.id, EntryContent(f"Back to {canary}", canary, (canary.casefold(),)),
                       at=clock.now())
        assert _tables_holding(vault.database, needles) == {
            "journal_entries", "journal_entry_versions", "journal_entry_tags", "journal_draft",
            "journal_fts_data",  # the index's own copy of the term
            "journal_fts",  # the FTS5 table reads its text through from journal_entries
        }
        assert [hit.entry.id for hit in journal.search(canary.lower())] == [entry.id]

        journal.discard_draft()
        journal.trash(entry.id, at=clock.now())
        journal.purge(entry.id)
        assert _tables_holding(vault.database, needles) == set()
        assert journal.search(canary) == []
        assert vault.database.integrity_problems() == []
    clock.advance(timedelta(days=1).total_seconds())
    with open_vault(paths, vault.key, clock) as reopened:  # a checkpointed, reopened vault: still none
        assert _tables_holding(reopened.database, needles) == set()
    data_files = _files_under(paths.base)
    assert any(path.name == "vault.db" for path in data_files)
    new_temp_files = _files_under(temp_root) - temp_before - data_files
    hits = _files_containing(data_files, needles) + _files_containing(new_temp_files, needles)
    assert hits == []
    reliability_figure("files searched", len(data_files) + len(new_temp_files), "after a purge")
    reliability_figure("canary hits", len(hits))
