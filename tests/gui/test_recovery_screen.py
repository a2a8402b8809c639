"""The recovery screen: the key is checked as it is typed; a new passphrase; Back cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.keyfile import unlock_with_passphrase
from companion.storage.recovery_key import ALPHABET, RecoveryKey
from companion.storage.vault import create_vault
from companion.ui.setup.recovery_screen import RecoveryScreen, count_key_symbols
from companion.ui.theme import apply_appearance
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import Render
from tests.gui.fake_controller import FakeVaultController

# The offscreen platform warns whenever a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW_PASSPHRASE = "plum harbor quietly 7 violins"


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    """The app applies a theme at start; conftest puts the appearance back afterwards."""
    apply_appearance(qapp, "light", 100)


def _make_screen(qtbot: QtBot, controller: object) -> RecoveryScreen:
    screen = RecoveryScreen(controller)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(900, 900)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def fake() -> FakeVaultController:
    return FakeVaultController()


@pytest.fixture
def screen(qtbot: QtBot, fake: FakeVaultController) -> RecoveryScreen:
    return _make_screen(qtbot, fake)


def _with_typo(key: RecoveryKey) -> str:
    """The key as written, with one symbol changed (the check symbol catches it)."""
    symbols = list(key.formatted)
    symbols[5] = ALPHABET[(ALPHABET.index(symbols[5]) + 1) % len(ALPHABET)]
    return "".join(symbols)


def _type_new_passphrase(qtbot: QtBot, screen: RecoveryScreen) -> None:
    qtbot.keyClicks(screen.form.first_field.line_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(screen.form.repeat_field.line_edit, NEW_PASSPHRASE)
    qtbot.waitUntil(screen.form.is_valid)


def test_typo_is_caught_once_all_symbols_are_typed(
    qtbot: QtBot, screen: RecoveryScreen, fake: FakeVaultController, render: Render
) -> None:
    key = RecoveryKey.generate()
    typo = _with_typo(key)
    qtbot.keyClicks(screen.key_field, typo[:10])
    assert "8 of 28" in screen.key_feedback_text()
    qtbot.keyClicks(screen.key_field, typo[10:])
    assert "typo" in screen.key_feedback_text()
    _type_new_passphrase(qtbot, screen)
    assert not screen.submit_button.isEnabled()
    qtbot.keyClick(screen.form.repeat_field.line_edit, Qt.Key.Key_Return)
    assert fake.calls_named("unlock_with_recovery") == []
    render(screen, "recovery_typo")

    qtbot.keyClicks(screen.key_field, "X")
    assert "more than 28" in screen.key_feedback_text()


def test_right_key_any_spacing_and_case_then_submit(
    qtbot: QtBot, screen: RecoveryScreen, fake: FakeVaultController, render: Render
) -> None:
    key = RecoveryKey.generate()
    typed = " ".join(key.groups).lower()
    qtbot.keyClicks(screen.key_field, typed)
    assert screen.key_feedback_text() == "This key is typed correctly."
    assert not screen.submit_button.isEnabled()  # no new passphrase yet
    _type_new_passphrase(qtbot, screen)
    assert screen.submit_button.isEnabled()
    render(screen, "recovery_ready")
    qtbot.keyClick(screen.form.repeat_field.line_edit, Qt.Key.Key_Return)
    assert fake.calls_named("unlock_with_recovery") == [(typed, NEW_PASSPHRASE)]

    fake.busy_changed.emit(True)
    assert screen.busy_row.isVisible() and not screen.submit_button.isEnabled()
    render(screen, "recovery_busy")
    fake.busy_changed.emit(False)
    fake.recovery_failed.emit("That recovery key does not belong to this vault.")
    assert "does not belong" in screen.message_text()
    assert screen.key_field.text() == typed  # kept, so a wrong group can be fixed
    assert screen.submit_button.isEnabled()
    render(screen, "recovery_failed")

    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    fake.unlocked.emit()
    assert screen.key_field.text() == ""
    assert screen.form.passphrase() == ""


def test_back_and_escape_cancel_and_wipe(qtbot: QtBot, screen: RecoveryScreen) -> None:
    qtbot.keyClicks(screen.key_field, "ABCD")
    qtbot.keyClicks(screen.form.first_field.line_edit, "something")
    with qtbot.waitSignal(screen.cancelled):
        qtbot.keyClick(screen.key_field, Qt.Key.Key_Escape)
    assert screen.key_field.text() == "" and screen.form.passphrase() == ""
    with qtbot.waitSignal(screen.cancelled):
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)


def test_symbol_count_ignores_separators() -> None:
    assert count_key_symbols(" ab-cd.ef  gh ") == 8
    assert count_key_symbols("") == 0


def test_controls_have_accessible_names(screen: RecoveryScreen) -> None:
    for button in screen.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()
    assert screen.key_field.accessibleName() == "Recovery key"


def test_end_to_end_typo_then_right_key_with_the_real_controller(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths, render: Render
) -> None:
    opened, recovery = create_vault(data_paths, "old forgotten words here 99", LIGHT_TEST_PARAMS, FakeClock())
    opened.close()
    screen = _make_screen(qtbot, controller)
    _type_new_passphrase(qtbot, screen)

    qtbot.keyClicks(screen.key_field, _with_typo(recovery))
    assert not screen.submit_button.isEnabled()
    # The controller refuses a typo as well (whatever a screen allows).
    with qtbot.waitSignal(controller.recovery_failed, timeout=20_000):
        controller.unlock_with_recovery(screen.key_field.text(), NEW_PASSPHRASE)
    assert "typo" in screen.message_text()

    screen.key_field.clear()
    qtbot.keyClicks(screen.key_field, recovery.formatted.lower())
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        qtbot.keyClick(screen.form.repeat_field.line_edit, Qt.Key.Key_Return)
    assert controller.is_unlocked()
    assert screen.key_field.text() == ""
    render(screen, "recovery_e2e_done")
    unlock_with_passphrase(data_paths.key_file, NEW_PASSPHRASE)  # the new passphrase now opens it
