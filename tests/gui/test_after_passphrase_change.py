"""After a passphrase change (a re-key): the older backups named and offered for deletion, and the new
recovery key a key file from before version 3 gets, shown once (issue 12, finding 1)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.paths import DataPaths
from companion.storage.backups import MANUAL, BackupInfo
from companion.storage.recovery_key import RecoveryKey
from companion.storage.vault import PassphraseChanged
from companion.ui.main_window import AppWindow
from companion.ui.settings.after_passphrase_change import AfterPassphraseChangeDialog
from companion.ui.settings.settings_screen import SettingsScreen
from tests.gui.conftest import OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, Render, UnlockedWindowFactory

TIMEOUT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(open_unlocked_window: UnlockedWindowFactory) -> AppWindow:
    app_window = open_unlocked_window()
    app_window.main_shell().show_page("settings")
    return app_window


def _settings(window: AppWindow) -> SettingsScreen:
    assert window.settings_screen is not None
    return window.settings_screen


def _change(qtbot: QtBot, window: AppWindow) -> AfterPassphraseChangeDialog:
    settings = _settings(window)
    settings.change_passphrase_button.click()
    dialog = settings.change_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.current_field.line_edit, STRONG_PASSPHRASE)
    qtbot.keyClicks(dialog.form.first_field.line_edit, OTHER_STRONG_PASSPHRASE)
    qtbot.keyClicks(dialog.form.repeat_field.line_edit, OTHER_STRONG_PASSPHRASE)
    qtbot.waitUntil(dialog.change_button.isEnabled, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(window.controller.passphrase_changed, timeout=TIMEOUT_MS):
        dialog.change_button.click()
    qtbot.waitUntil(lambda: settings.after_change_dialog is not None, timeout=TIMEOUT_MS)
    after = settings.after_change_dialog
    assert after is not None
    qtbot.waitExposed(after)
    return after


def _backup_names(paths: DataPaths) -> list[str]:
    return sorted(path.name for path in paths.backups_dir.glob("*.db"))


def test_the_older_backups_are_named_and_deleted_on_request(
    qtbot: QtBot, window: AppWindow, data_paths: DataPaths, render: Render
) -> None:
    before = _backup_names(data_paths)
    after = _change(qtbot, window)
    page = after.backups_page
    assert "old passphrase no longer opens it" in " ".join(
        label.text() for label in page.findChildren(type(page.older_backups_text))
    )
    assert page.older_backups_text.text().startswith(
        f"{len(before)} backups made before" if len(before) > 1 else "One backup made before this change"
    )
    assert page.done_button.isDefault() and page.done_button.text() == "Keep them"
    render(after, "after_passphrase_change_older_backups")
    with qtbot.waitSignal(window.controller.backups_listed, timeout=TIMEOUT_MS):
        page.delete_button.click()
    assert _settings(window).after_change_dialog is None
    left = _backup_names(data_paths)
    assert not set(before) & set(left)
    assert len(left) == 1 and left[0].endswith(f"-{MANUAL}.db")  # made under the new key by the change


def test_return_keeps_the_older_backups(qtbot: QtBot, window: AppWindow, data_paths: DataPaths) -> None:
    before = _backup_names(data_paths)
    after = _change(qtbot, window)
    qtbot.keyClick(after.backups_page.done_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _settings(window).after_change_dialog is None, timeout=TIMEOUT_MS)
    assert set(before) <= set(_backup_names(data_paths))


def _older(tmp_path: Path) -> list[BackupInfo]:
    made = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    return [BackupInfo(tmp_path / f"2026030{day}T090000Z-daily.db", made, "daily", 1024) for day in (1, 2)]


def test_a_new_recovery_key_is_shown_once_before_the_backups(
    qtbot: QtBot, tmp_path: Path, render: Render
) -> None:
    deleted: list[list[BackupInfo]] = []
    recovery = RecoveryKey.generate()
    outcome = PassphraseChanged(new_recovery_key=recovery, older_backups=_older(tmp_path))
    dialog = AfterPassphraseChangeDialog(outcome, datetime(2026, 3, 3, tzinfo=UTC), deleted.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    key_page = dialog.key_page
    assert key_page is not None and dialog.stack.currentWidget() is key_page
    assert key_page.key_label.accessibleDescription() == " ".join(recovery.groups)
    render(dialog, "after_passphrase_change_new_recovery_key")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape must not lose a key shown only once"
    assert not key_page.next_button.isEnabled()
    key_page.written_down_check.setChecked(True)
    key_page.next_button.click()
    assert dialog.stack.currentWidget() is dialog.backups_page
    assert key_page.key_label.text() == ""  # gone from the screen once kept
    assert "2 backups made before this change" in dialog.backups_page.older_backups_text.text()
    render(dialog, "after_passphrase_change_backups_after_key")
    dialog.backups_page.delete_button.click()
    assert deleted == [outcome.older_backups]


def test_nothing_to_decide_opens_nothing(qtbot: QtBot, window: AppWindow) -> None:
    settings = _settings(window)
    settings._open_after_change_dialog(PassphraseChanged(new_recovery_key=None, older_backups=[]))
    assert settings.after_change_dialog is None
