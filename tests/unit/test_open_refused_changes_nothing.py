"""A failed daily backup never keeps the patient out of the vault, and a refused open changes nothing.

Issue 12, finding 6: a ``backups`` path that was a file (or unreadable) refused the open, and the
refused open had already recorded the "unlocked" event in vault.db.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage.backups import DAILY, BackupStore
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import DiskError, SchemaTooNewError, StorageError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.migrations import LATEST_VERSION
from companion.storage.vault import create_vault, open_vault
from companion.storage.vault_check import check_vault

PASSPHRASE = "backups folder that is not a folder"
DAY = 86_400


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def key(paths: DataPaths, clock: FakeClock) -> DataKey:
    """A closed vault (no -wal) whose daily backup is due: a day has passed since it was made."""
    vault, _ = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    vault.close()
    clock.advance(DAY)
    return vault.key


def _backups_is_a_file(paths: DataPaths) -> None:
    shutil.rmtree(paths.backups_dir)
    paths.backups_dir.write_bytes(b"a note the patient saved here\n")


def _backups_is_a_symlink_loop(paths: DataPaths) -> None:
    """Unreadable even for root (the tests may run as root, where a 000 mode reads fine)."""
    shutil.rmtree(paths.backups_dir)
    paths.backups_dir.symlink_to(paths.backups_dir.name)


def _backups_is_unreadable(paths: DataPaths) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads a folder of mode 000; the symlink loop covers unreadable here")
    paths.backups_dir.chmod(0)


BROKEN_BACKUPS: dict[str, Callable[[DataPaths], None]] = {
    "a plain file": _backups_is_a_file,
    "a symlink loop": _backups_is_a_symlink_loop,
    "unreadable (mode 000)": _backups_is_unreadable,
}


def _assert_one_sentence_about_backups(warning: str | None) -> None:
    assert warning is not None and "backup" in warning and "\n" not in warning
    for technical in ("Errno", "Traceback", "sqlcipher", "OSError"):
        assert technical not in warning


@pytest.mark.parametrize("broken", list(BROKEN_BACKUPS))
def test_a_broken_backups_folder_warns_and_the_vault_opens(
    paths: DataPaths, clock: FakeClock, key: DataKey, broken: str
) -> None:
    BROKEN_BACKUPS[broken](paths)
    try:
        with open_vault(paths, key, clock) as vault:
            _assert_one_sentence_about_backups(vault.backup_warning)
            assert app_events.recent_events(vault.database, limit=1)[0].kind == app_events.UNLOCKED
        if paths.backups_dir.is_symlink() or paths.backups_dir.is_file():
            assert paths.backups_dir.is_symlink() or paths.backups_dir.read_bytes().startswith(b"a note")
    finally:
        if paths.backups_dir.is_dir() and not paths.backups_dir.is_symlink():
            paths.backups_dir.chmod(0o700)


def test_a_backup_the_disk_refuses_warns_and_the_vault_opens(
    paths: DataPaths, clock: FakeClock, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own write error (a full disk while it fills the copy) must not lock the patient out."""

    def disk_full(self: Database, target: Path) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(Database, "export_copy", disk_full)
    with open_vault(paths, key, clock) as vault:
        _assert_one_sentence_about_backups(vault.backup_warning)
        assert [b.kind for b in vault.backups.list()] == [DAILY]  # yesterday's only
    assert len(list(paths.backups_dir.glob("*.key"))) == 1  # no key copy left without its backup


def test_a_failed_rotation_warns_and_the_vault_opens(
    paths: DataPaths, clock: FakeClock, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: BackupStore, key: DataKey | None = None) -> None:
        raise DiskError("Companion is not allowed to write the backups folder. Check its permissions.")

    monkeypatch.setattr(BackupStore, "rotate", refuse)
    with open_vault(paths, key, clock) as vault:
        _assert_one_sentence_about_backups(vault.backup_warning)
        assert [b.kind for b in vault.backups.list()] == [DAILY, DAILY]  # today's was made


def test_a_healthy_open_has_no_backup_warning(paths: DataPaths, clock: FakeClock, key: DataKey) -> None:
    with open_vault(paths, key, clock) as vault:
        assert vault.backup_warning is None


# --- a refused open ------------------------------------------------------------------------------


def _set_in_database(paths: DataPaths, key: DataKey, sql: str) -> None:
    with Database.open(paths.vault_db, key) as database:
        database.execute(sql)


def _bug_in_the_daily_backup(
    paths: DataPaths, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> type[BaseException]:
    def bug(self: BackupStore, database: Database) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(BackupStore, "ensure_daily", bug)
    return RuntimeError


def _bug_in_the_rotation(
    paths: DataPaths, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> type[BaseException]:
    def bug(self: BackupStore, key: DataKey | None = None) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(BackupStore, "rotate", bug)
    return RuntimeError


def _unlock_cannot_be_recorded(
    paths: DataPaths, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> type[BaseException]:
    """The disk fills between the app-version note and the unlock event: neither may stay."""
    _set_in_database(paths, key, "UPDATE meta SET value = '0.0.1' WHERE key = 'app_version'")

    def disk_full(*args: object, **kwargs: object) -> int:
        raise DiskError("The disk refused to save the vault (it may be full); the last change was lost.")

    monkeypatch.setattr(app_events, "record_event", disk_full)
    return DiskError


def _migration_backup_impossible(
    paths: DataPaths, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> type[BaseException]:
    """A migration is due and its safety backup cannot be made: the migration must not run."""
    _set_in_database(paths, key, f"PRAGMA user_version = {LATEST_VERSION - 1}")
    _backups_is_a_file(paths)
    return StorageError


def _vault_from_a_newer_version(
    paths: DataPaths, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> type[BaseException]:
    _set_in_database(paths, key, f"PRAGMA user_version = {LATEST_VERSION + 1}")
    return SchemaTooNewError


REFUSALS: dict[str, Callable[[DataPaths, DataKey, pytest.MonkeyPatch], type[BaseException]]] = {
    "a bug in the daily backup": _bug_in_the_daily_backup,
    "a bug in the rotation": _bug_in_the_rotation,
    "the unlock cannot be recorded": _unlock_cannot_be_recorded,
    "a migration's backup is impossible": _migration_backup_impossible,
    "a vault from a newer version": _vault_from_a_newer_version,
}


def _vault_files(paths: DataPaths) -> dict[str, str]:
    """vault.db and whatever lies beside it (a -wal left behind would be a change too)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in paths.base.iterdir() if p.name.startswith("vault.") and p.is_file()
    }


@pytest.mark.parametrize("refusal", list(REFUSALS))
def test_a_refused_open_changes_nothing_in_the_vault(
    paths: DataPaths, clock: FakeClock, key: DataKey, monkeypatch: pytest.MonkeyPatch, refusal: str
) -> None:
    expected = REFUSALS[refusal](paths, key, monkeypatch)
    before = _vault_files(paths)
    assert set(before) == {"vault.db", "vault.key"}  # closed cleanly: no -wal, so bytes compare exactly
    with pytest.raises(expected):
        open_vault(paths, key, clock)
    assert _vault_files(paths) == before


def test_check_reports_a_broken_backups_folder_as_a_problem(paths: DataPaths, key: DataKey) -> None:
    _backups_is_a_file(paths)
    problems = check_vault(paths, key)
    assert len(problems) == 1 and problems[0].startswith("backups: ") and "is a file" in problems[0]
