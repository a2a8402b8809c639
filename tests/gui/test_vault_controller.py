"""VaultController against the real vault, real threads and the light test KDF."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage.backups import BackupInfo
from companion.storage.kdf import Argon2Params
from companion.storage.recovery_key import RecoveryKey
from companion.storage.vault import OpenVault, VaultStatus
from companion.ui.background import BackgroundRunner, DatabaseWorker, VaultLockedError
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE
from tests.gui.database_helpers import run_in_db

TIMEOUT_MS = 20_000
MARKER_KIND = "test marker"


def create_vault(qtbot: QtBot, controller: VaultController) -> RecoveryKey:
    with qtbot.waitSignal(controller.created, timeout=TIMEOUT_MS) as created:
        controller.create(STRONG_PASSPHRASE)
    recovery = created.args[0]
    assert isinstance(recovery, RecoveryKey)
    return recovery


def lock(qtbot: QtBot, controller: VaultController) -> None:
    with qtbot.waitSignal(controller.locked, timeout=TIMEOUT_MS):
        controller.lock()


def unlock(qtbot: QtBot, controller: VaultController, passphrase: str = STRONG_PASSPHRASE) -> None:
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT_MS):
        controller.unlock(passphrase)




def add_marker(qtbot: QtBot, controller: VaultController, clock: FakeClock, text: str) -> None:
    def job(vault: OpenVault) -> int:
        return app_events.record_event(vault.database, MARKER_KIND, clock.now(), text)

    run_in_db(qtbot, controller, job)


def markers(qtbot: QtBot, controller: VaultController) -> list[str]:
    def job(vault: OpenVault) -> list[str]:
        events = app_events.recent_events(vault.database, limit=1000)
        return [e.detail or "" for e in reversed(events) if e.kind == MARKER_KIND]

    result = run_in_db(qtbot, controller, job)
    assert isinstance(result, list)
    return result


def list_backups(qtbot: QtBot, controller: VaultController) -> list[BackupInfo]:
    with qtbot.waitSignal(controller.backups_listed, timeout=TIMEOUT_MS) as listed:
        controller.list_backups()
    return list(listed.args[0])


def test_create_opens_the_vault_and_reports_busy(qtbot: QtBot, controller: VaultController) -> None:
    busy: list[bool] = []
    controller.busy_changed.connect(busy.append)
    assert controller.status() is VaultStatus.ABSENT
    recovery = create_vault(qtbot, controller)
    assert len(recovery.groups) == 7
    assert controller.is_unlocked()
    assert controller.status() is VaultStatus.READY
    assert busy == [True, False]


def test_create_refuses_a_weak_passphrase_calmly(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths
) -> None:
    with qtbot.waitSignal(controller.operation_failed, timeout=TIMEOUT_MS) as failed:
        controller.create("zzzzzzzzzzzzzzzzzzzz")
    assert "cannot be used" in failed.args[0]
    assert "zzzz" not in failed.args[0]
    assert not controller.is_unlocked()
    assert controller.status() is VaultStatus.ABSENT


def test_unlock_right_and_wrong(qtbot: QtBot, controller: VaultController) -> None:
    create_vault(qtbot, controller)
    lock(qtbot, controller)
    assert not controller.is_unlocked()
    wrong = "certainly not the right words at all"
    with qtbot.waitSignal(controller.unlock_failed, timeout=TIMEOUT_MS) as failed:
        controller.unlock(wrong)
    message = failed.args[0]
    assert "passphrase" in message.lower()
    assert wrong not in message
    assert not controller.is_unlocked()
    unlock(qtbot, controller)
    assert controller.is_unlocked()


def test_lock_closes_the_vault(qtbot: QtBot, controller: VaultController) -> None:
    create_vault(qtbot, controller)
    lock(qtbot, controller)
    with pytest.raises(VaultLockedError):
        run_in_db(qtbot, controller, lambda vault: vault)
    lock(qtbot, controller)  # locking twice is harmless


def test_change_passphrase_wrong_current_weak_new_then_success(
    qtbot: QtBot, controller: VaultController
) -> None:
    create_vault(qtbot, controller)
    with qtbot.waitSignal(controller.passphrase_change_failed, timeout=TIMEOUT_MS) as failed:
        controller.change_passphrase("this is not the current one", OTHER_STRONG_PASSPHRASE)
    assert "current passphrase" in failed.args[0]
    with qtbot.waitSignal(controller.passphrase_change_failed, timeout=TIMEOUT_MS) as failed:
        controller.change_passphrase(STRONG_PASSPHRASE, "aaaaaaaaaaaaaaaaaaaa")
    assert "cannot be used" in failed.args[0]
    with qtbot.waitSignal(controller.passphrase_changed, timeout=TIMEOUT_MS):
        controller.change_passphrase(STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE)
    assert controller.is_unlocked()
    lock(qtbot, controller)
    with qtbot.waitSignal(controller.unlock_failed, timeout=TIMEOUT_MS):
        controller.unlock(STRONG_PASSPHRASE)
    unlock(qtbot, controller, OTHER_STRONG_PASSPHRASE)


def test_back_up_now_and_list(qtbot: QtBot, controller: VaultController) -> None:
    create_vault(qtbot, controller)
    before = list_backups(qtbot, controller)
    assert [b.kind for b in before] == ["daily"]
    seen: list[object] = []
    controller.backup_created.connect(lambda info: seen.append(("created", info)))
    controller.backups_listed.connect(lambda backups: seen.append(("listed", backups)))
    controller.back_up_now()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=TIMEOUT_MS)
    [(first, created), (second, listed)] = seen  # type: ignore[misc]
    assert (first, second) == ("created", "listed")
    assert isinstance(created, BackupInfo) and created.kind == "manual"
    assert isinstance(listed, list)
    assert created in listed and len(listed) == 2
    assert created.size_bytes > 0


def test_list_backups_while_locked_is_a_calm_failure(qtbot: QtBot, controller: VaultController) -> None:
    with qtbot.waitSignal(controller.operation_failed, timeout=TIMEOUT_MS) as failed:
        controller.list_backups()
    assert "locked" in failed.args[0]


def test_restore_while_unlocked_keeps_the_current_vault(
    qtbot: QtBot, controller: VaultController, fake_clock: FakeClock
) -> None:
    create_vault(qtbot, controller)
    add_marker(qtbot, controller, fake_clock, "in the backup")
    fake_clock.advance(60)
    with qtbot.waitSignal(controller.backup_created, timeout=TIMEOUT_MS) as created:
        controller.back_up_now()
    backup = created.args[0]
    add_marker(qtbot, controller, fake_clock, "after the backup")
    fake_clock.advance(60)
    with qtbot.waitSignal(controller.backup_restored, timeout=TIMEOUT_MS):
        controller.restore_backup(backup)
    assert controller.is_unlocked()
    assert markers(qtbot, controller) == ["in the backup"]
    kinds = [b.kind for b in list_backups(qtbot, controller)]
    assert "before-restore" in kinds  # the replaced vault was kept


def test_restore_of_a_bad_backup_changes_nothing_and_stays_open(
    qtbot: QtBot, controller: VaultController, fake_clock: FakeClock
) -> None:
    create_vault(qtbot, controller)
    fake_clock.advance(60)
    with qtbot.waitSignal(controller.backup_created, timeout=TIMEOUT_MS) as created:
        controller.back_up_now()
    backup = created.args[0]
    data = bytearray(backup.path.read_bytes())
    data[5000] ^= 0x40
    backup.path.write_bytes(bytes(data))
    add_marker(qtbot, controller, fake_clock, "kept")
    with qtbot.waitSignal(controller.operation_failed, timeout=TIMEOUT_MS) as failed:
        controller.restore_backup(backup)
    assert "nothing was changed" in failed.args[0]
    assert controller.is_unlocked()
    assert markers(qtbot, controller) == ["kept"]


def _damage(paths: DataPaths) -> None:
    paths.vault_db.write_bytes(b"\0" * 8192)


def test_damaged_vault_is_moved_aside_and_the_newest_backup_offered_then_restored(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths, fake_clock: FakeClock
) -> None:
    create_vault(qtbot, controller)
    add_marker(qtbot, controller, fake_clock, "saved")
    fake_clock.advance(60)
    with qtbot.waitSignal(controller.backup_created, timeout=TIMEOUT_MS):
        controller.back_up_now()
    lock(qtbot, controller)
    _damage(data_paths)
    with qtbot.waitSignal(controller.vault_damaged, timeout=TIMEOUT_MS) as damaged:
        controller.unlock(STRONG_PASSPHRASE)
    message, backup = damaged.args
    assert "moved aside" in message
    assert isinstance(backup, BackupInfo) and backup.kind == "manual"
    assert not controller.is_unlocked()
    moved = list(data_paths.damaged_dir.rglob("vault.db"))
    assert [p.read_bytes() for p in moved] == [b"\0" * 8192]
    with qtbot.waitSignal(controller.backup_restored, timeout=TIMEOUT_MS):
        controller.restore_backup(backup)
    assert controller.is_unlocked()
    assert markers(qtbot, controller) == ["saved"]


def test_damaged_vault_without_backups_offers_none(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths
) -> None:
    create_vault(qtbot, controller)
    lock(qtbot, controller)
    shutil.rmtree(data_paths.backups_dir)
    _damage(data_paths)
    with qtbot.waitSignal(controller.vault_damaged, timeout=TIMEOUT_MS) as damaged:
        controller.unlock(STRONG_PASSPHRASE)
    assert damaged.args[1] is None


def test_missing_database_is_reported_like_damage(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths
) -> None:
    create_vault(qtbot, controller)
    lock(qtbot, controller)
    os.replace(data_paths.vault_db, data_paths.base / "elsewhere.db")
    assert controller.status() is VaultStatus.DATABASE_MISSING
    with qtbot.waitSignal(controller.vault_damaged, timeout=TIMEOUT_MS) as damaged:
        controller.unlock(STRONG_PASSPHRASE)
    assert "missing" in damaged.args[0]
    assert isinstance(damaged.args[1], BackupInfo)


def test_recovery_typo_wrong_key_then_success_sets_the_new_passphrase(
    qtbot: QtBot, controller: VaultController
) -> None:
    recovery = create_vault(qtbot, controller)
    lock(qtbot, controller)
    formatted = recovery.formatted
    typo = ("0" if formatted[0] != "0" else "1") + formatted[1:]
    with qtbot.waitSignal(controller.recovery_failed, timeout=TIMEOUT_MS) as failed:
        controller.unlock_with_recovery(typo, OTHER_STRONG_PASSPHRASE)
    assert failed.args[0]
    assert formatted not in failed.args[0]
    with qtbot.waitSignal(controller.recovery_failed, timeout=TIMEOUT_MS) as failed:
        controller.unlock_with_recovery(RecoveryKey.generate().formatted, OTHER_STRONG_PASSPHRASE)
    assert "recovery key" in failed.args[0]
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT_MS):
        controller.unlock_with_recovery(formatted.lower().replace("-", " "), OTHER_STRONG_PASSPHRASE)
    assert controller.is_unlocked()
    lock(qtbot, controller)
    unlock(qtbot, controller, OTHER_STRONG_PASSPHRASE)


def test_an_unexpected_error_is_a_bug_not_a_calm_message(
    qtbot: QtBot,
    data_paths: DataPaths,
    fake_clock: FakeClock,
    runner: BackgroundRunner,
    worker: DatabaseWorker,
) -> None:
    bugs: list[BaseException] = []

    def broken_chooser() -> Argon2Params:
        raise ZeroDivisionError("a programming error")

    controller = VaultController(
        data_paths, fake_clock, broken_chooser, runner, worker, report_bug=bugs.append
    )
    failed: list[str] = []
    controller.operation_failed.connect(failed.append)
    busy: list[bool] = []
    controller.busy_changed.connect(busy.append)
    controller.create(STRONG_PASSPHRASE)
    qtbot.waitUntil(lambda: bool(bugs), timeout=TIMEOUT_MS)
    assert isinstance(bugs[0], ZeroDivisionError)
    assert failed == []
    assert busy == [True, False]
    controller.shutdown()


def test_shutdown_closes_an_open_vault(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths
) -> None:
    create_vault(qtbot, controller)
    controller.shutdown()
    assert not controller.is_unlocked()
    # Closed on its thread: sqlite removes the -wal and -shm files when the last connection closes.
    assert data_paths.vault_db.exists()
    assert not Path(str(data_paths.vault_db) + "-wal").exists()
    assert not Path(str(data_paths.vault_db) + "-shm").exists()
