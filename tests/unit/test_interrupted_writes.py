"""Leftovers of interrupted backup and key-file writes: exactly those names go, nothing else does.

The names here are the writers' own (checked against the real writers killed mid-write in
tests/reliability/test_interrupted_write_leftovers.py).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.interrupted_writes import LIVE_WRITE_GRACE_SECONDS, find_leftovers, remove_leftovers
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault, open_vault, unlock

PASSPHRASE = "correct horse battery staple"
STALE = LIVE_WRITE_GRACE_SECONDS + 60

BACKUP_LEFTOVERS = [
    ".20260105T090000Z-daily.db.0123abcd.tmp",
    ".20260105T090000Z-daily.db.0123abcd.tmp-journal",
    ".20260105T090000Z-daily.db.0123abcd.tmp-wal",
    ".20260105T090000Z-daily.db.0123abcd.tmp-shm",
    ".20260106T101500Z-manual-2.db.ffffffff.tmp",
    ".20260106T101500Z-pre-migration.db.00000000.tmp",
    ".20260106T101500Z-before-restore.db.9a8b7c6d.tmp-journal",
    ".20260105T090000Z-daily.key.0123456789ab.tmp",  # the key file's copy beside a backup
    "20260104T090000Z-manual.key",  # a complete key copy whose backup was never written
]
KEY_LEFTOVERS = [
    ".vault.key.0123456789ab.tmp",
    ".vault.key.ba9876543210.tmp",
    ".vault.db.0123abcd.tmp",  # the re-encrypted copy of a passphrase change (Database.replace_key)
    ".vault.db.0123abcd.tmp-journal",
]
BACKUP_DECOYS = [
    "20260105T090000Z-daily.db.0123abcd.tmp",  # not hidden
    ".20260105T090000Z-daily.db.0123abc.tmp",  # 7 hex digits
    ".20260105T090000Z-daily.db.0123ABCD.tmp",  # upper case: never made
    ".20260105T090000Z-daily.db.0123abcd.tmp.old",
    ".20260105T090000Z-daily.db.0123abcd.tmp-journal2",
    ".20260105T090000Z-weekly.db.0123abcd.tmp",  # no such kind
    ".20260105T090000Z-daily.txt.0123abcd.tmp",
    ".20260105T090000Z-daily.key.0123abcd.tmp",  # a key copy's token is 12 digits
    ".notes.txt.0123abcd.tmp",  # somebody else's temporary file
    ".vault.key.0123456789ab.tmp",  # the key file's name, but in backups/
    "20260101T000000Z-daily.db.bak",
    "notes.tmp",
]
BASE_DECOYS = [
    "vault.key.0123456789ab.tmp",  # not hidden
    ".vault.key.0123456789a.tmp",
    ".vault.key.0123456789ab.tmp-journal",
    ".vault.db.0123456789ab.tmp",  # a copy's token is 8 digits
    ".vault.db-wal.0123abcd.tmp",
    ".preferences.json.0123456789ab.tmp",
    ".vault.key.tmp",
    "other.tmp",
]


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    vault.close()
    return paths


def _plant(folder: Path, names: list[str], *, age: float = STALE) -> list[Path]:
    planted = []
    for index, name in enumerate(names):
        path = folder / name
        path.write_bytes(f"{name} {index} ".encode() * 50)
        moment = time.time() - age
        os.utime(path, (moment, moment))
        planted.append(path)
    return planted


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (links as their target text), byte for byte."""
    result: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            result[key] = b"-> " + os.readlink(path).encode()
        elif path.is_file():
            result[key] = path.read_bytes()
        else:
            result[key] = b"<folder>"
    return result


def _plant_all(paths: DataPaths) -> list[Path]:
    leftovers = _plant(paths.backups_dir, BACKUP_LEFTOVERS) + _plant(paths.base, KEY_LEFTOVERS)
    _plant(paths.backups_dir, BACKUP_DECOYS)
    _plant(paths.base, BASE_DECOYS)
    (paths.backups_dir / ".20260107T000000Z-daily.db.aaaaaaaa.tmp").mkdir()  # a folder: not ours
    (paths.base / ".vault.key.aaaaaaaaaaaa.tmp").symlink_to(paths.backups_dir / "notes.tmp")  # a link
    return leftovers


def test_exactly_the_writers_leftovers_are_removed_and_every_other_file_is_untouched(
    paths: DataPaths,
) -> None:
    real_backups = sorted(p.name for p in paths.backups_dir.iterdir())
    assert any(name.endswith("-daily.db") for name in real_backups)
    leftovers = _plant_all(paths)
    before = _snapshot(paths.base)

    removed = remove_leftovers(paths)

    assert sorted(removed) == sorted(leftovers)
    assert not any(path.exists() for path in leftovers)
    after = _snapshot(paths.base)
    expected = {k: v for k, v in before.items()
                if k not in {str(p.relative_to(paths.base)) for p in leftovers}}
    assert after == expected  # the vault, the key file, real backups and every decoy, byte for byte
    named_like_ours = [paths.backups_dir / ".20260107T000000Z-daily.db.aaaaaaaa.tmp",
                       paths.base / ".vault.key.aaaaaaaaaaaa.tmp"]
    assert find_leftovers(paths) == sorted(named_like_ours)  # a folder and a link: never removed
    assert remove_leftovers(paths) == []


def test_a_file_still_being_written_by_a_live_process_is_left_for_a_later_unlock(paths: DataPaths) -> None:
    fresh = _plant(paths.backups_dir, BACKUP_LEFTOVERS[:2], age=5)
    fresh += _plant(paths.base, KEY_LEFTOVERS[:1], age=5)
    before = _snapshot(paths.base)
    assert remove_leftovers(paths) == []
    assert _snapshot(paths.base) == before
    later = time.time() + STALE
    assert sorted(remove_leftovers(paths, wall_time=later)) == sorted(fresh)


def test_a_leftover_that_cannot_be_removed_is_skipped_and_the_rest_still_go(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    leftovers = _plant_all(paths)
    stuck = {leftovers[0], leftovers[-1]}
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self in stuck:
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    removed = remove_leftovers(paths)
    assert sorted(removed) == sorted(set(leftovers) - stuck)
    assert all(path.exists() for path in stuck)
    monkeypatch.undo()
    assert sorted(remove_leftovers(paths)) == sorted(stuck)  # the next unlock tries again


def test_no_backups_folder_or_an_unreadable_one_is_nothing_to_clean(paths: DataPaths) -> None:
    for path in paths.backups_dir.iterdir():
        path.unlink()
    paths.backups_dir.rmdir()
    paths.backups_dir.write_bytes(b"a file where the folder was")
    assert remove_leftovers(paths) == []
    assert paths.backups_dir.read_bytes() == b"a file where the folder was"


def test_open_vault_alone_removes_nothing(paths: DataPaths) -> None:
    """``companion export`` opens the vault without the folder lock: it must not clean (see the module)."""
    leftovers = _plant_all(paths)
    with open_vault(paths, unlock(paths, PASSPHRASE), FakeClock()):
        pass
    assert all(path.exists() for path in leftovers)
