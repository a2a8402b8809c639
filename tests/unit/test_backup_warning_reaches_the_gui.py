"""A failed daily backup reaches the GUI as a sentence after ``unlocked`` (issue 12, finding 6)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS, Argon2Params
from companion.storage.vault import create_vault
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.vault_controller import VaultController

PASSPHRASE = "a backups folder that became a file"
TIMEOUT_MS = 20_000


def _light() -> Argon2Params:
    return LIGHT_TEST_PARAMS


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[VaultController]:
    paths, clock = DataPaths(tmp_path / "data"), FakeClock()
    vault, _ = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    vault.close()
    clock.advance(86_400)  # today's backup is due
    shutil.rmtree(paths.backups_dir)
    paths.backups_dir.write_bytes(b"not a folder")
    bugs: list[BaseException] = []
    vault_controller = VaultController(
        paths, clock, _light, BackgroundRunner(), DatabaseWorker(), report_bug=bugs.append
    )
    yield vault_controller
    vault_controller.shutdown()
    assert bugs == []


def test_the_vault_opens_and_the_failed_backup_is_said_after_it(
    qtbot: QtBot, controller: VaultController
) -> None:
    order: list[str] = []
    controller.unlocked.connect(lambda: order.append("unlocked"))
    controller.daily_backup_failed.connect(order.append)
    with qtbot.waitSignal(controller.daily_backup_failed, timeout=TIMEOUT_MS):
        controller.unlock(PASSPHRASE)
    assert controller.is_unlocked()
    assert order[0] == "unlocked" and len(order) == 2
    assert order[1].startswith("Today's backup could not be made") and "is a file" in order[1]
