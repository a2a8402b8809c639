"""Return on a focused button presses it everywhere, not only in dialogs and session mode (issue 9, 11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.app import build_app_window
from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.care_plans import CarePlanRepository
from companion.storage.kdf import KdfChooser
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.main_window import AppWindow
from companion.ui.return_key import ReturnPressesButtonFilter, install_return_key_filter
from tests.gui.conftest import UnlockedWindowFactory
from tests.gui.test_care_plan_editor import PRESCRIBED

TIMEOUT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def press_return(qtbot: QtBot, widget: QWidget) -> None:
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=TIMEOUT_MS)  # not while busy
    widget.setFocus()
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_return_on_a_focused_today_button_acts(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock
) -> None:
    window: AppWindow = open_unlocked_window()
    shell = window.main_shell()
    today = window.today_page
    assert today is not None and shell.current_page_key() == "today"
    today.mood_form.rating.choose(6)
    with qtbot.waitSignal(today.mood_form.save_requested, timeout=TIMEOUT_MS):
        press_return(qtbot, today.mood_form.save_button)

    at = fake_clock.now()
    saved: list[object] = []
    window.controller.run_in_database(
        lambda vault: CarePlanRepository(vault.database).save(PRESCRIBED, at=at, source="entered"),
        saved.append, saved.append,
    )
    qtbot.waitUntil(lambda: bool(saved), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(today.loaded, timeout=TIMEOUT_MS):
        today.reload()
    qtbot.waitUntil(today.session_button.isVisible, timeout=TIMEOUT_MS)
    press_return(qtbot, today.session_button)
    qtbot.waitUntil(lambda: shell.current_page_key() == "session", timeout=TIMEOUT_MS)


def test_return_on_a_focused_settings_button_acts(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory
) -> None:
    window: AppWindow = open_unlocked_window()
    window.main_shell().show_page("settings")
    settings = window.settings_screen
    assert settings is not None
    press_return(qtbot, settings.care_plan_button)
    qtbot.waitUntil(lambda: settings.care_plan_dialog is not None, timeout=TIMEOUT_MS)
    dialog = settings.care_plan_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.reject()


def test_the_filter_is_installed_once_however_many_windows_are_built(
    qtbot: QtBot,
    data_paths: DataPaths,
    fake_clock: FakeClock,
    kdf_chooser: KdfChooser,
    runner: BackgroundRunner,
    worker: DatabaseWorker,
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    for _ in range(2):
        window = build_app_window(data_paths, clock=fake_clock, kdf_chooser=kdf_chooser, runner=runner,
                                  worker=worker)
        qtbot.addWidget(window)
        window.shutdown()
    assert len(app.findChildren(ReturnPressesButtonFilter)) == 1
    assert install_return_key_filter(app) is app.findChild(ReturnPressesButtonFilter)


@pytest.fixture
def plain_widgets(qtbot: QtBot, qapp: QApplication) -> tuple[QWidget, QPushButton, QLineEdit, QComboBox]:
    install_return_key_filter(qapp)
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("Press me", root)
    line = QLineEdit(root)
    combo = QComboBox(root)
    combo.addItems(["one", "two"])
    layout = QVBoxLayout(root)
    for widget in (button, line, combo):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    return root, button, line, combo


def test_return_presses_a_plain_button_once_but_not_when_disabled_or_with_modifiers(
    qtbot: QtBot, plain_widgets: tuple[QWidget, QPushButton, QLineEdit, QComboBox]
) -> None:
    _root, button, _line, _combo = plain_widgets
    assert not button.autoDefault()  # outside a dialog Qt would ignore Return here
    with qtbot.waitSignal(button.clicked, timeout=TIMEOUT_MS):
        press_return(qtbot, button)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the number pad's Enter
    qtbot.waitUntil(lambda: len(pressed) == 1, timeout=TIMEOUT_MS)
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    button.setEnabled(False)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.wait(300)  # longer than animateClick's delay
    assert pressed == [True]


def test_text_fields_and_combo_boxes_keep_their_own_return(
    qtbot: QtBot, plain_widgets: tuple[QWidget, QPushButton, QLineEdit, QComboBox]
) -> None:
    _root, button, line, combo = plain_widgets
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    with qtbot.waitSignal(line.returnPressed, timeout=TIMEOUT_MS):
        press_return(qtbot, line)
    combo.setCurrentIndex(1)
    press_return(qtbot, combo)
    qtbot.wait(300)
    assert combo.currentIndex() == 1
    assert pressed == []


def test_a_dialogs_default_button_still_takes_return_from_a_field(qtbot: QtBot, qapp: QApplication) -> None:
    install_return_key_filter(qapp)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    line = QLineEdit(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(line)
    layout.addWidget(buttons)
    dialog.open()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT_MS):
        press_return(qtbot, line)

    dialog.open()
    qtbot.waitExposed(dialog)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.rejected, timeout=TIMEOUT_MS):
        press_return(qtbot, cancel)  # a focused dialog button is pressed by Qt itself, as before


class ReturnTakingPanel(QWidget):
    """A panel that gives Return its own meaning, as the questionnaires do (Return = next question)."""

    def __init__(self) -> None:
        super().__init__()
        self.returns = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Return:
            self.returns += 1
            event.accept()
        else:
            super().keyPressEvent(event)


def test_a_panel_that_takes_return_keeps_it(qtbot: QtBot, qapp: QApplication) -> None:
    install_return_key_filter(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    panel = ReturnTakingPanel()
    button = QPushButton("An answer", panel)
    QVBoxLayout(panel).addWidget(button)
    QVBoxLayout(window).addWidget(panel)
    window.show()
    qtbot.waitExposed(window)
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    press_return(qtbot, button)
    qtbot.wait(300)
    assert (panel.returns, pressed) == (1, [])  # the filter acts only on a Return nobody took


def test_in_a_dialog_return_presses_its_default_button_or_else_the_focused_one(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install_return_key_filter(qapp)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    plain = QPushButton("Save", dialog)
    plain.setAutoDefault(False)  # as the care-plan editor's buttons in their dialog
    close = QPushButton("Close", dialog)
    close.setAutoDefault(False)
    layout = QVBoxLayout(dialog)
    layout.addWidget(plain)
    layout.addWidget(close)
    dialog.open()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(plain.clicked, timeout=TIMEOUT_MS):
        press_return(qtbot, plain)  # no default button: the focused one
    close.setDefault(True)
    pressed: list[bool] = []
    plain.clicked.connect(lambda: pressed.append(True))
    with qtbot.waitSignal(close.clicked, timeout=TIMEOUT_MS):
        press_return(qtbot, plain)  # a default button: Qt's rule, unchanged
    assert pressed == []
