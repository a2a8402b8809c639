"""The unlock screen: Return unlocks, the field is wiped after every attempt, calm messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault
from companion.ui.setup.unlock_screen import UnlockScreen
from companion.ui.theme import apply_appearance
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import Render
from tests.gui.fake_controller import FakeVaultController

# The offscreen platform warns whenever a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PASSPHRASE = "lantern orbit pickle meadow 42"


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    """The app applies a theme at start; conftest puts the appearance back afterwards."""
    apply_appearance(qapp, "light", 100)


def _make_screen(qtbot: QtBot, controller: object) -> UnlockScreen:
    screen = UnlockScreen(controller)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.resize(900, 640)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen


@pytest.fixture
def fake() -> FakeVaultController:
    return FakeVaultController()


@pytest.fixture
def screen(qtbot: QtBot, fake: FakeVaultController) -> UnlockScreen:
    return _make_screen(qtbot, fake)


def test_return_unlocks_and_the_field_is_wiped_at_once(
    qtbot: QtBot, screen: UnlockScreen, fake: FakeVaultController, render: Render
) -> None:
    qtbot.waitUntil(screen.passphrase_field.line_edit.hasFocus)
    assert not screen.unlock_button.isEnabled()  # nothing typed yet
    render(screen, "unlock_1_empty")
    qtbot.keyClicks(screen.passphrase_field.line_edit, PASSPHRASE)
    assert screen.unlock_button.isEnabled()
    qtbot.keyClick(screen.passphrase_field.line_edit, Qt.Key.Key_Return)
    assert fake.calls_named("unlock") == [(PASSPHRASE,)]
    assert screen.passphrase_field.text() == ""

    fake.busy_changed.emit(True)
    assert screen.busy_row.isVisible()
    assert not screen.passphrase_field.isEnabled() and not screen.unlock_button.isEnabled()
    render(screen, "unlock_2_busy")
    qtbot.keyClick(screen.passphrase_field.line_edit, Qt.Key.Key_Return)
    assert len(fake.calls_named("unlock")) == 1

    fake.busy_changed.emit(False)
    fake.unlocked.emit()
    assert not screen.busy_row.isVisible()
    assert screen.message_text() == ""


def test_wrong_passphrase_shows_a_calm_message_and_refocuses(
    qtbot: QtBot, screen: UnlockScreen, fake: FakeVaultController, render: Render
) -> None:
    qtbot.keyClicks(screen.passphrase_field.line_edit, "not the right one at all")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    fake.busy_changed.emit(True)
    fake.busy_changed.emit(False)
    fake.unlock_failed.emit("That passphrase did not unlock the vault. Check it and try again.")
    assert "did not unlock" in screen.message_text()
    assert screen.passphrase_field.text() == ""
    assert screen.passphrase_field.isEnabled()
    qtbot.waitUntil(screen.passphrase_field.line_edit.hasFocus)
    render(screen, "unlock_wrong")
    qtbot.keyClicks(screen.passphrase_field.line_edit, "x")
    assert screen.message_text() == ""  # typing again puts the message away


def test_recovery_button_is_keyboard_reachable(
    qtbot: QtBot, screen: UnlockScreen, fake: FakeVaultController
) -> None:
    qtbot.keyClicks(screen.passphrase_field.line_edit, "half typed")
    assert screen.recovery_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(screen.recovery_requested):
        qtbot.keyClick(screen.recovery_button, Qt.Key.Key_Space)
    assert screen.passphrase_field.text() == ""
    assert fake.calls_named("unlock") == []


def test_hint_and_reset(
    qtbot: QtBot, screen: UnlockScreen, fake: FakeVaultController, render: Render
) -> None:
    screen.set_hint("Demo passphrase: " + PASSPHRASE)
    assert screen.hint_label.isVisible()
    fake.unlock_failed.emit("That passphrase did not unlock the vault. Check it and try again.")
    qtbot.keyClicks(screen.passphrase_field.line_edit, "abc")
    render(screen, "unlock_hint")
    screen.reset()
    assert screen.passphrase_field.text() == ""
    assert screen.message_text() == ""
    assert screen.hint_label.isVisible()
    screen.set_hint("")
    assert not screen.hint_label.isVisible()


def test_controls_have_accessible_names(screen: UnlockScreen) -> None:
    for button in screen.findChildren(QAbstractButton):
        assert button.accessibleName(), button.text()
    assert screen.passphrase_field.line_edit.accessibleName() == "Passphrase"


def test_end_to_end_wrong_then_right_with_the_real_controller(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths, render: Render
) -> None:
    opened, _recovery = create_vault(data_paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    opened.close()
    screen = _make_screen(qtbot, controller)

    qtbot.keyClicks(screen.passphrase_field.line_edit, "a wrong passphrase entirely")
    with qtbot.waitSignal(controller.unlock_failed, timeout=20_000):
        qtbot.keyClick(screen.passphrase_field.line_edit, Qt.Key.Key_Return)
    assert screen.message_text()
    assert screen.passphrase_field.text() == ""
    assert not screen.busy_row.isVisible()
    render(screen, "unlock_e2e_wrong")

    qtbot.keyClicks(screen.passphrase_field.line_edit, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        qtbot.keyClick(screen.passphrase_field.line_edit, Qt.Key.Key_Return)
    assert controller.is_unlocked()
    assert screen.message_text() == ""
    assert screen.passphrase_field.text() == ""


def test_follows_theme_and_text_size_live(
    qtbot: QtBot, qapp: QApplication, screen: UnlockScreen, fake: FakeVaultController, render: Render
) -> None:
    heading = screen.findChildren(QLabel)[0]
    before = (
        screen.font().pointSizeF(),
        heading.font().pointSizeF(),
        screen.unlock_button.font().pointSizeF(),
    )
    fake.unlock_failed.emit("That passphrase did not unlock the vault. Check it and try again.")
    apply_appearance(qapp, "dark", 100)
    render(screen, "unlock_dark")
    apply_appearance(qapp, "high_contrast", 200)
    # The page re-applies its scaled fonts once the whole theme is in place.
    qtbot.waitUntil(lambda: heading.font().pointSizeF() > before[1])
    after = (
        screen.font().pointSizeF(),
        heading.font().pointSizeF(),
        screen.unlock_button.font().pointSizeF(),
    )
    assert all(new > old for new, old in zip(after, before, strict=True))
    render(screen, "unlock_high_contrast_200")
