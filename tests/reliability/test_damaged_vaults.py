"""Damaged vaults: a clear sentence, moved aside with checksums, and a backup brings the rows back."""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage.backups import BackupStore
from companion.storage.data_key import DataKey
from companion.storage.errors import StorageError, VaultDamagedError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.quarantine import SUMS_FILE
from companion.storage.vault import VaultStatus, create_vault, open_vault, restore_backup, vault_status
from tests.reliability.conftest import ReliabilityFigure

DAY = 86_400
ROWS = 40


def _truncate_to_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _truncate_to_100(data: bytes) -> bytes:
    return data[:100]


def _truncate_to_0(data: bytes) -> bytes:
    return b""


def _zeroed(data: bytes) -> bytes:
    return bytes(len(data))


def _garbage(data: bytes) -> bytes:
    return random.Random(7).randbytes(len(data))


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "truncated to half": _truncate_to_half,
    "truncated to 100 bytes": _truncate_to_100,
    "truncated to 0 bytes": _truncate_to_0,
    "zeroed": _zeroed,
    "random garbage": _garbage,
}


def _vault_with_rows_and_backup(paths: DataPaths, clock: FakeClock) -> DataKey:
    vault, _ = create_vault(paths, "damaged vault test passphrase", LIGHT_TEST_PARAMS, clock)
    with vault:
        for index in range(ROWS):
            app_events.record_event(vault.database, "test row", clock.now(), f"row {index}")
        vault.database.execute("CREATE TABLE padding (x TEXT)")
        vault.database.execute("INSERT INTO padding VALUES (?)", ("p" * 20_000,))  # several pages
        vault.backups.create(vault.database, "manual")
        return vault.key


def _test_rows(paths: DataPaths, key: DataKey, clock: FakeClock) -> list[str]:
    with open_vault(paths, key, clock) as vault:
        rows = vault.database.execute("SELECT detail FROM app_events WHERE kind = 'test row' ORDER BY id")
        return [row[0] for row in rows]


@pytest.mark.parametrize("damage", list(DAMAGES), ids=list(DAMAGES))
def test_damaged_vault_is_kept_and_a_backup_restores_it(
    tmp_path: Path, damage: str, reliability_figure: ReliabilityFigure
) -> None:
    paths = DataPaths(tmp_path / "data")
    clock = FakeClock()
    key = _vault_with_rows_and_backup(paths, clock)
    damaged_bytes = DAMAGES[damage](paths.vault_db.read_bytes())
    paths.vault_db.write_bytes(damaged_bytes)
    clock.advance(DAY)

    with pytest.raises(VaultDamagedError) as raised:
        open_vault(paths, key, clock)

    error = raised.value
    message = str(error)
    assert isinstance(error, StorageError)
    assert "moved aside" in message and "nothing was deleted" in message and "restore a backup" in message
    for technical in ("Traceback", "sqlcipher", "DatabaseError", "not a database", "malformed", "\n"):
        assert technical not in message
    folder = error.moved_to
    assert folder is not None and folder.is_dir() and folder.parent == paths.damaged_dir
    moved = folder / "vault.db"
    assert moved.read_bytes() == damaged_bytes
    sums = {}
    for line in (folder / SUMS_FILE).read_text().splitlines():
        digest, name = line.split("  ", 1)
        sums[name] = digest
    assert sums["vault.db"] == hashlib.sha256(damaged_bytes).hexdigest()
    for name, digest in sums.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert vault_status(paths) is VaultStatus.DATABASE_MISSING

    newest = BackupStore(paths.backups_dir, clock).newest_valid(key)
    assert newest is not None
    with restore_backup(paths, key, newest, clock) as restored:
        assert restored.database.integrity_problems() == []
    assert _test_rows(paths, key, clock) == [f"row {index}" for index in range(ROWS)]
    assert moved.read_bytes() == damaged_bytes  # the damaged copy is still there, unchanged
    assert newest.path.exists()
    reliability_figure("damaged vaults", 1, damage)
    reliability_figure("lost rows", ROWS - len(_test_rows(paths, key, clock)), "missing after the restore")


def test_damaged_wal_files_move_with_the_database(tmp_path: Path) -> None:
    """After a crash the -wal and -shm belong to the damaged file: they move aside with it."""
    paths = DataPaths(tmp_path / "data")
    clock = FakeClock()
    key = _vault_with_rows_and_backup(paths, clock)
    wal = paths.vault_db.with_name("vault.db-wal")
    shm = paths.vault_db.with_name("vault.db-shm")
    wal.write_bytes(os.urandom(5000))
    shm.write_bytes(bytes(32768))
    paths.vault_db.write_bytes(_zeroed(paths.vault_db.read_bytes()))
    with pytest.raises(VaultDamagedError) as raised:
        open_vault(paths, key, clock)
    folder = raised.value.moved_to
    assert folder is not None
    assert sorted(p.name for p in folder.iterdir()) == [SUMS_FILE, "vault.db", "vault.db-shm", "vault.db-wal"]
    assert not wal.exists() and not shm.exists()
    assert len((folder / SUMS_FILE).read_text().splitlines()) == 3
