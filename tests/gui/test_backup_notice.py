"""A daily backup that could not be made is said in a banner that stops nobody (issue 12, finding 6)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from tests.gui.conftest import STRONG_PASSPHRASE, Render, UnlockedWindowFactory

TIMEOUT_MS = 20_000


def test_a_failed_daily_backup_is_a_dismissable_banner_and_the_vault_is_open(
    qtbot: QtBot,
    open_unlocked_window: UnlockedWindowFactory,
    data_paths: DataPaths,
    fake_clock: FakeClock,
    render: Render,
) -> None:
    window = open_unlocked_window()
    banner = window.notice_banner
    assert not banner.isVisible()
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    fake_clock.advance(86_400)  # tomorrow: a daily backup is due
    shutil.rmtree(data_paths.backups_dir)
    data_paths.backups_dir.write_bytes(b"somebody saved a file here")
    with qtbot.waitSignal(window.controller.daily_backup_failed, timeout=TIMEOUT_MS):
        window.controller.unlock(STRONG_PASSPHRASE)
    assert window.controller.is_unlocked()
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT_MS)
    assert banner.text_label.text().startswith("Today's backup could not be made, but the vault opened")
    render(window, "backup_notice_banner")
    banner.dismiss_button.setFocus()
    qtbot.keyClick(banner.dismiss_button, Qt.Key.Key_Space)
    assert not banner.isVisible() and banner.text_label.text() == ""


def test_locking_takes_the_notice_away(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory
) -> None:
    window = open_unlocked_window()
    window.notice_banner.show_notice("Today's backup could not be made, but the vault opened normally.")
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    assert not window.notice_banner.isVisible()
