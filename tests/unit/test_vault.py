"""The vault facade: create, unlock, open, damage handling, restore, passphrase change, status, check."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage import vault_file as vault_file_module
from companion.storage.backups import BEFORE_RESTORE, DAILY, BackupStore
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import (
    BackupError,
    NoVaultError,
    PlaintextDatabaseError,
    VaultBusyError,
    VaultDamagedError,
    VaultExistsError,
    WrongPassphraseError,
)
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.migrations import LATEST_VERSION
from companion.storage.quarantine import SUMS_FILE
from companion.storage.vault import (
    OpenVault,
    VaultStatus,
    create_vault,
    open_vault,
    restore_backup,
    unlock,
    unlock_with_recovery,
    vault_status,
)
from companion.storage.vault_check import check_vault

PASSPHRASE = "orchard lantern quietly folds paper boats"
DAY = 86_400


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(base: Path) -> dict[str, str]:
    """Every file under ``base`` with its hash: proof that nothing was written or created."""
    return {str(p.relative_to(base)): _sha256(p) for p in sorted(base.rglob("*")) if p.is_file()}


def _add_marker(vault: OpenVault, text: str) -> None:
    app_events.record_event(vault.database, "test marker", datetime.now(UTC), text)


def _markers(vault: OpenVault) -> list[str]:
    rows = vault.database.execute("SELECT detail FROM app_events WHERE kind = 'test marker' ORDER BY id")
    return [row[0] for row in rows]


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def key(paths: DataPaths, clock: FakeClock) -> DataKey:
    vault, _ = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    vault.close()
    return vault.key


def test_create_makes_a_private_ready_vault(paths: DataPaths, clock: FakeClock) -> None:
    assert vault_status(paths) is VaultStatus.ABSENT
    vault, recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    with vault:
        assert vault.database.schema_version == LATEST_VERSION
        meta = app_events.read_meta(vault.database)
        assert set(meta) == {"vault_id", "created_at", "app_version"}
        assert [e.kind for e in app_events.recent_events(vault.database)] == [app_events.CREATED]
        assert [b.kind for b in vault.backups.list()] == [DAILY]
    assert vault_status(paths) is VaultStatus.READY
    assert stat.S_IMODE(paths.base.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.backups_dir.stat().st_mode) == 0o700
    for path in (paths.key_file, paths.vault_db):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert unlock(paths, PASSPHRASE) == vault.key
    assert unlock_with_recovery(paths, recovery) == vault.key


def test_create_never_overwrites(paths: DataPaths, clock: FakeClock, key: DataKey) -> None:
    before = _tree(paths.base)
    with pytest.raises(VaultExistsError):
        create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    assert _tree(paths.base) == before
    paths.key_file.unlink()  # a database alone also blocks creation
    with pytest.raises(VaultExistsError):
        create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    assert paths.vault_db.exists() and not paths.key_file.exists()


def test_unlock_errors_write_nothing(paths: DataPaths, key: DataKey) -> None:
    with pytest.raises(NoVaultError):
        unlock(DataPaths(paths.base / "elsewhere"), PASSPHRASE)
    before = _tree(paths.base)
    with pytest.raises(WrongPassphraseError):
        unlock(paths, PASSPHRASE + " but wrong")
    assert _tree(paths.base) == before


def test_open_logs_the_unlock_backs_up_daily_and_leaves_no_stray_files(
    paths: DataPaths, clock: FakeClock, key: DataKey
) -> None:
    clock.advance(DAY)
    with open_vault(paths, key, clock) as vault:
        kinds = [e.kind for e in app_events.recent_events(vault.database)]
        assert kinds == [app_events.UNLOCKED, app_events.CREATED]
        assert [b.kind for b in vault.backups.list()] == [DAILY, DAILY]
        top = sorted(p.name for p in paths.base.iterdir())
        assert set(top) <= {"vault.db", "vault.db-wal", "vault.db-shm", "vault.key", "backups"}
        backup_files = {p.suffix for p in paths.backups_dir.iterdir()}
        assert backup_files == {".db", ".key"}
    assert sorted(p.name for p in paths.base.iterdir()) == ["backups", "vault.db", "vault.key"]


def test_wrong_key_moves_the_vault_aside_with_checksums(
    paths: DataPaths, clock: FakeClock, key: DataKey
) -> None:
    original = _sha256(paths.vault_db)
    with pytest.raises(VaultDamagedError) as raised:
        open_vault(paths, DataKey.generate(), clock)
    folder = raised.value.moved_to
    assert folder is not None and folder.parent == paths.damaged_dir
    message = str(raised.value)
    assert "moved aside" in message and "nothing was deleted" in message and "backup" in message
    assert not paths.vault_db.exists()
    assert _sha256(folder / "vault.db") == original
    sums = (folder / SUMS_FILE).read_text().splitlines()
    assert sums == [f"{original}  vault.db"]
    assert vault_status(paths) is VaultStatus.DATABASE_MISSING
    with pytest.raises(VaultDamagedError) as missing:
        open_vault(paths, key, clock)
    assert missing.value.moved_to is None


def test_plaintext_file_is_refused_and_left_in_place(
    paths: DataPaths, clock: FakeClock, key: DataKey
) -> None:
    paths.vault_db.unlink()
    plain = sqlite3.connect(paths.vault_db)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = _tree(paths.base)
    with pytest.raises(PlaintextDatabaseError):
        open_vault(paths, key, clock)
    assert _tree(paths.base) == before
    assert not paths.damaged_dir.exists()


def test_restore_after_damage_brings_the_rows_back(
    paths: DataPaths, clock: FakeClock, key: DataKey
) -> None:
    with open_vault(paths, key, clock) as vault:
        _add_marker(vault, "before the backup")
        vault.backups.create(vault.database, "manual")
    paths.vault_db.write_bytes(b"\0" * 8192)
    with pytest.raises(VaultDamagedError) as raised:
        open_vault(paths, key, clock)
    damaged = raised.value.moved_to
    assert damaged is not None
    store_vault_backups = sorted(paths.backups_dir.glob("*.db"))
    newest = BackupStore(paths.backups_dir, clock).newest_valid(key)
    assert newest is not None and newest.kind == "manual"
    backup_hash = _sha256(newest.path)
    clock.advance(60)
    with restore_backup(paths, key, newest, clock) as vault:
        assert _markers(vault) == ["before the backup"]
        kinds = [e.kind for e in app_events.recent_events(vault.database, limit=1)]
        assert kinds == [app_events.BACKUP_RESTORED]
    assert _sha256(newest.path) == backup_hash  # the backup itself was copied, not moved
    assert (damaged / "vault.db").read_bytes() == b"\0" * 8192
    assert set(store_vault_backups) <= set(paths.backups_dir.glob("*.db"))


def test_restore_over_a_healthy_vault_keeps_it_as_a_backup(
    paths: DataPaths, clock: FakeClock, key: DataKey
) -> None:
    with open_vault(paths, key, clock) as vault:
        _add_marker(vault, "old")
        old_backup = vault.backups.create(vault.database, "manual")
        _add_marker(vault, "newer, not in the backup")
    clock.advance(60)
    with restore_backup(paths, key, old_backup, clock) as vault:
        assert _markers(vault) == ["old"]
        [kept] = [b for b in vault.backups.list() if b.kind == BEFORE_RESTORE]
    assert not paths.damaged_dir.exists()
    clock.advance(60)
    with restore_backup(paths, key, kept, clock) as vault:
        assert _markers(vault) == ["old", "newer, not in the backup"]


def test_restore_refuses_a_bad_backup_and_changes_nothing(
    paths: DataPaths, clock: FakeClock, key: DataKey
) -> None:
    with open_vault(paths, key, clock) as vault:
        bad = vault.backups.create(vault.database, "manual")
    data = bytearray(bad.path.read_bytes())
    data[5000] ^= 0x40
    bad.path.write_bytes(bytes(data))
    before = _tree(paths.base)
    with pytest.raises(BackupError):
        restore_backup(paths, key, bad, clock)
    assert _tree(paths.base) == before


def test_change_passphrase_replaces_the_key(paths: DataPaths, clock: FakeClock, key: DataKey) -> None:
    """More in test_passphrase_rekey.py."""
    new_passphrase = "a completely different sentence of words"
    with open_vault(paths, key, clock) as vault:
        vault.change_passphrase(new_passphrase, LIGHT_TEST_PARAMS)
        assert app_events.recent_events(vault.database, limit=1)[0].kind == app_events.PASSPHRASE_CHANGED
    with pytest.raises(WrongPassphraseError):
        unlock(paths, PASSPHRASE)
    new_key = unlock(paths, new_passphrase)
    assert new_key != key and new_key.previous == (key,)
    with open_vault(paths, unlock(paths, new_passphrase), clock):
        pass


def test_status_for_each_combination(paths: DataPaths, key: DataKey) -> None:
    assert vault_status(paths) is VaultStatus.READY
    paths.key_file.rename(paths.base / "aside.key")
    assert vault_status(paths) is VaultStatus.KEY_FILE_MISSING
    paths.vault_db.rename(paths.base / "aside.db")
    assert vault_status(paths) is VaultStatus.ABSENT


def test_check_vault_is_read_only_and_reports_problems(
    paths: DataPaths, clock: FakeClock, key: DataKey
) -> None:
    with open_vault(paths, key, clock) as vault:
        _add_marker(vault, "x")
        before = _tree(paths.base)
        assert check_vault(paths, key) == []  # with the app open: -wal present
        assert _tree(paths.base) == before
        backup = vault.backups.create(vault.database, "manual")
    before = _tree(paths.base)
    assert check_vault(paths, key) == []  # app closed: no -wal
    assert _tree(paths.base) == before
    data = bytearray(backup.path.read_bytes())
    data[-10] ^= 0x01
    backup.path.write_bytes(bytes(data))
    before = _tree(paths.base)
    problems = check_vault(paths, key)
    assert len(problems) >= 1 and all(p.startswith(f"backups/{backup.path.name}: ") for p in problems)
    problems = check_vault(paths, DataKey.generate())
    assert problems[0].startswith("vault.db: ")
    assert _tree(paths.base) == before


def test_a_locked_vault_is_busy_not_damaged(
    paths: DataPaths, clock: FakeClock, key: DataKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock says nothing about the bytes: the vault must not be moved aside."""
    monkeypatch.setattr(vault_file_module, "BUSY_TIMEOUT_SECONDS", 0.05)
    holder = Database.open(paths.vault_db, key)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("INSERT INTO meta VALUES ('held', 'yes')")  # takes and keeps the lock
        with pytest.raises(VaultBusyError):
            open_vault(paths, key, clock)
        assert paths.vault_db.exists() and not paths.damaged_dir.exists()
    finally:
        holder.close()
    with open_vault(paths, key, clock) as vault:
        assert app_events.read_meta(vault.database)["held"] == "yes"
