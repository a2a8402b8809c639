"""The damaged-vault screen: calm explanation, restore with confirmation, or what to do without a backup."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.backups import BackupInfo
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault
from companion.ui.setup.damaged_vault_screen import (
    DamagedVaultScreen,
    local_date_time_text,
)
from companion.ui.theme import apply_appearance
from companion.ui.vault_controller import VaultController
from companion.ui.widgets.restore_confirmation import ask_to_confirm_restore_after_damage
from tests.gui.conftest import Render
from tests.gui.fake_controller import FakeVaultController

# The offscreen platform warns whenever a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PASSPHRASE = "lantern orbit pickle meadow 42"
PROBLEM = "The vault failed its integrity check. It was moved to the damaged folder; nothing was deleted."


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    """The app applies a theme at start; conftest puts the appearance back afterwards."""
    apply_appearance(qapp, "light", 100)


class Confirmer:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[tuple[str, str]] = []

    def __call__(self, _parent: QWidget, question: str, details: str) -> bool:
        self.questions.append((question, details))
        return self.answer


def _make_screen(
    qtbot: QtBot, controller: object, confirmer: Confirmer, data_dir: Path | None = None
) -> DamagedVaultScreen:
    screen = DamagedVaultScreen(controller, data_dir=data_dir, confirm_restore=confirmer)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _visible_text(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _backup(tmp_path: Path) -> BackupInfo:
    created = datetime(2026, 1, 4, 21, 30, tzinfo=UTC)
    return BackupInfo(tmp_path / "20260104T213000Z-daily.db", created, "daily", 4096)


def test_with_a_backup_restore_asks_first(qtbot: QtBot, tmp_path: Path, render: Render) -> None:
    fake = FakeVaultController()
    confirmer = Confirmer(answer=False)
    screen = _make_screen(qtbot, fake, confirmer, data_dir=tmp_path)
    backup = _backup(tmp_path)
    screen.show_problem(PROBLEM, backup)
    text = _visible_text(screen)
    assert "could not open your vault" in text and "Nothing has been deleted" in text
    assert PROBLEM in text
    when = local_date_time_text(backup.created_at)
    assert when in screen.restore_button.text()
    assert screen.restore_button.isVisible()
    assert "There is no backup" not in text
    render(screen, "damaged_with_backup")

    qtbot.keyClick(screen.restore_button, Qt.Key.Key_Return)
    assert len(confirmer.questions) == 1 and when in confirmer.questions[0][0]
    assert fake.calls_named("restore_backup") == []  # the person said no

    confirmer.answer = True
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert fake.calls_named("restore_backup") == [(backup,)]
    fake.busy_changed.emit(True)
    assert screen.busy_row.isVisible() and not screen.restore_button.isEnabled()
    render(screen, "damaged_restoring")
    fake.busy_changed.emit(False)
    fake.operation_failed.emit("The backup could not be restored. Nothing was changed.")
    assert "could not be restored" in screen.message_text()
    assert screen.restore_button.isEnabled()
    render(screen, "damaged_restore_failed")


def test_without_a_backup_explains_what_to_do(qtbot: QtBot, tmp_path: Path, render: Render) -> None:
    fake = FakeVaultController()
    screen = _make_screen(qtbot, fake, Confirmer(answer=True), data_dir=tmp_path / "companion-data")
    screen.show_problem(PROBLEM, None)
    text = _visible_text(screen)
    assert "There is no backup" in text
    assert "Keep your data folder as it is" in text and "Contact support" in text
    assert str(tmp_path / "companion-data") in text
    assert not screen.restore_button.isVisible()
    render(screen, "damaged_without_backup")
    qtbot.keyClick(screen.close_button, Qt.Key.Key_Return)  # nothing to restore; no crash, no call
    assert fake.calls_named("restore_backup") == []


def test_date_is_local_and_readable() -> None:
    moment = datetime(2026, 1, 4, 21, 30, tzinfo=UTC)
    text = local_date_time_text(moment, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    local = moment.astimezone()
    assert str(local.year) in text and f"{local.minute:02d}" in text and " at " in text


def test_controls_have_accessible_names(qtbot: QtBot, tmp_path: Path) -> None:
    screen = _make_screen(qtbot, FakeVaultController(), Confirmer(answer=True), data_dir=tmp_path)
    screen.show_problem(PROBLEM, _backup(tmp_path))
    for button in screen.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()
    assert "Restore the backup from" in screen.restore_button.accessibleName()


def test_end_to_end_damaged_vault_restored_with_the_real_controller(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths, render: Render
) -> None:
    opened, _recovery = create_vault(data_paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    opened.close()
    size = data_paths.vault_db.stat().st_size
    data_paths.vault_db.write_bytes(os.urandom(size))  # unreadable now

    confirmer = Confirmer(answer=True)
    screen = _make_screen(qtbot, controller, confirmer, data_dir=data_paths.base)
    controller.vault_damaged.connect(screen.show_problem)  # the router's job in the app
    with qtbot.waitSignal(controller.vault_damaged, timeout=20_000) as damaged:
        controller.unlock(PASSPHRASE)
    backup = damaged.args[1]
    assert backup is not None
    assert screen.restore_button.isVisible()
    render(screen, "damaged_e2e")
    with qtbot.waitSignal(controller.backup_restored, timeout=20_000):
        qtbot.keyClick(screen.restore_button, Qt.Key.Key_Return)
    assert len(confirmer.questions) == 1
    assert not screen.busy_row.isVisible()
    assert controller.is_unlocked()
    assert any(data_paths.damaged_dir.iterdir())  # the damaged file was kept


@pytest.mark.parametrize(("key", "expected"), [(Qt.Key.Key_Return, True), (Qt.Key.Key_Escape, False)])
def test_default_confirmation_dialog_restore_or_escape(qtbot: QtBot, key: Qt.Key, expected: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, answer)
    assert ask_to_confirm_restore_after_damage(parent, "Restore the backup?", "Details.") is expected
    assert seen == ["Restore the backup?"]
