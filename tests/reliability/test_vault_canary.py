"""No plaintext leaves the vault: a unique canary is never found in any file on disk.

The canary goes into the vault's own tables, through a large sort (which would spill to a
temporary file if temp_store were not MEMORY), into backups, through a VACUUM. Then every file
under the data folder, and every file that appeared under the system temporary folder, is
searched for it in UTF-8 and UTF-16 (both byte orders).

SQLite unlinks its own temporary files the moment it opens them, so a listing cannot see
those; ``temp_store=MEMORY`` itself is proven by reading the PRAGMA back (test_database). The
temp-folder comparison guards against files that outlive a call: our own copies (backups made
via a temp name, ``check_vault``'s private copy while the app is open).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault, open_vault
from companion.storage.vault_check import check_vault
from tests.reliability.conftest import ReliabilityFigure

DAY = 86_400


def _files_under(root: Path) -> set[Path]:
    found: set[Path] = set()
    for folder, _, names in os.walk(root, onerror=lambda error: None):
        found.update(Path(folder) / name for name in names)
    return found


def _needles(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]


def _files_containing(paths: set[Path], needles: list[bytes]) -> list[Path]:
    hits = []
    for path in sorted(paths):
        try:
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
        except OSError:  # vanished or not ours to read (another process's file)
            continue
        if any(needle in data for needle in needles):
            hits.append(path)
    return hits


def test_canary_never_reaches_the_disk_in_plaintext(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    temp_root = Path(tempfile.gettempdir())
    temp_before = _files_under(temp_root)
    canary = f"CANARY-{uuid.uuid4().hex}-ünïcødé"
    needles = _needles(canary)
    paths = DataPaths(tmp_path / "data")
    clock = FakeClock()
    vault, _ = create_vault(paths, "canary test passphrase words here", LIGHT_TEST_PARAMS, clock)
    with vault:
        database = vault.database
        app_events.write_meta(database, {"canary": canary})
        app_events.record_event(database, "canary", clock.now(), canary)
        database.execute("CREATE TABLE bulk (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        with database.transaction() as connection:
            rows_in = ((f"{canary} {i:06d} " + "y" * 400,) for i in range(6000))
            connection.executemany("INSERT INTO bulk (text) VALUES (?)", rows_in)
        # A big unindexed sort: SQLite's sorter spills to a temp file unless temp_store=MEMORY.
        rows = database.execute("SELECT text FROM bulk ORDER BY substr(text, -420) DESC").fetchall()
        assert len(rows) == 6000
        vault.backups.create(database, "manual")
        assert check_vault(paths, vault.key) == []  # copies the open vault to a temp folder
        open_while_running = _files_containing(_files_under(paths.base), needles)
        assert open_while_running == []  # the -wal is encrypted too
        database.execute("DELETE FROM bulk WHERE id % 2 = 0")
        database.execute("VACUUM")
    clock.advance(DAY)
    with open_vault(paths, vault.key, clock) as reopened:  # daily backup, rotation
        assert app_events.read_meta(reopened.database)["canary"] == canary
    data_files = _files_under(paths.base)
    assert any(p.name == "vault.db" for p in data_files)
    assert len([p for p in data_files if p.suffix == ".db"]) >= 3  # the vault and its backups
    hits = _files_containing(data_files, needles)
    assert hits == []
    new_temp_files = _files_under(temp_root) - temp_before - data_files
    temp_hits = _files_containing(new_temp_files, needles)
    assert temp_hits == []
    reliability_figure("files searched", len(data_files) + len(new_temp_files), "vault, backups, temp")
    reliability_figure("canary hits", len(hits) + len(temp_hits))
