"""The app's unlock (VaultController) removes what interrupted backups and key-file writes left
(DESIGN.md §5), after the vault opened; a leftover it cannot remove never stops the unlock."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.paths import DataPaths
from companion.storage.interrupted_writes import LIVE_WRITE_GRACE_SECONDS
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import STRONG_PASSPHRASE

TIMEOUT_MS = 20_000
LEFTOVERS = ["backups/.20260105T090000Z-daily.db.0123abcd.tmp",
             "backups/.20260105T090000Z-daily.db.0123abcd.tmp-journal",
             ".vault.key.0123456789ab.tmp"]
DECOYS = ["backups/20260105T090000Z-daily.db.0123abcd.tmp", ".vault.db.0123456789ab.tmp"]


def _created_then_locked(qtbot: QtBot, controller: VaultController) -> None:
    with qtbot.waitSignal(controller.created, timeout=TIMEOUT_MS):
        controller.create(STRONG_PASSPHRASE)
    with qtbot.waitSignal(controller.locked, timeout=TIMEOUT_MS):
        controller.lock()


def _unlock(qtbot: QtBot, controller: VaultController) -> None:
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT_MS):
        controller.unlock(STRONG_PASSPHRASE)


def _plant(base: Path, names: list[str]) -> list[Path]:
    stale = time.time() - LIVE_WRITE_GRACE_SECONDS - 60
    planted = []
    for name in names:
        path = base / name
        path.write_bytes(name.encode() * 100)
        os.utime(path, (stale, stale))
        planted.append(path)
    return planted


def test_unlock_removes_the_leftovers_and_nothing_else(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths
) -> None:
    _created_then_locked(qtbot, controller)
    backups = {path: path.read_bytes() for path in data_paths.backups_dir.iterdir()}
    leftovers = _plant(data_paths.base, LEFTOVERS)
    decoys = {path: path.read_bytes() for path in _plant(data_paths.base, DECOYS)}
    _unlock(qtbot, controller)
    assert not any(path.exists() for path in leftovers)
    assert {path: path.read_bytes() for path in decoys} == decoys
    assert {path: path.read_bytes() for path in backups} == backups


def test_a_leftover_that_cannot_be_removed_does_not_stop_the_unlock(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch,
    bugs: list[BaseException],
) -> None:
    _created_then_locked(qtbot, controller)
    leftovers = _plant(data_paths.base, LEFTOVERS)
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self in leftovers:
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    _unlock(qtbot, controller)
    assert controller.is_unlocked() and not bugs
    assert all(path.exists() for path in leftovers)
    monkeypatch.undo()
    with qtbot.waitSignal(controller.locked, timeout=TIMEOUT_MS):
        controller.lock()
    _unlock(qtbot, controller)  # the next unlock tries again
    assert not any(path.exists() for path in leftovers)
