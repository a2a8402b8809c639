"""The desk's Display…: the patient app's text size and theme choice, applied to the whole desk at once,
saved in the desk's settings.json (those two only), and read again when the desk opens next time."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.desk.desk_paths import DeskPaths
from companion.domain.preferences import TEXT_SCALE, THEME
from companion.ui import theme
from companion.ui.desk.display_dialog import DeskDisplayDialog
from tests.desk_trust import make_desk
from tests.gui import desk_helpers
from tests.gui.conftest import Render, controls_without_accessible_names
from tests.gui.desk_helpers import DeskHarness, WindowFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
desk_paths, desk_window = desk_helpers.desk_paths, desk_helpers.desk_window  # the fixtures
unlocked_desk = desk_helpers.unlocked_desk


def _open_display(qtbot: QtBot, harness: DeskHarness) -> DeskDisplayDialog:
    page = harness.window.main_view.patients_page
    page.display_button.click()
    dialog = harness.window.display_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_chosen_text_size_and_theme_survive_a_restart(qtbot: QtBot, qapp: QApplication,
                                                        unlocked_desk: DeskHarness, desk_paths: DeskPaths,
                                                        desk_window: WindowFactory, render: Render) -> None:
    assert theme.current_text_scale(qapp) == 100 and theme.current_theme(qapp) == "light"
    assert not desk_paths.settings_file.exists()  # nothing written until the clinician changes something
    dialog = _open_display(qtbot, unlocked_desk)
    assert controls_without_accessible_names(dialog) == []
    sizes = dialog.appearance.text_size_choice
    qtbot.waitUntil(sizes.hasFocus)
    qtbot.keyClick(sizes, Qt.Key.Key_Down)  # 100 % -> 125 %
    qtbot.keyClick(sizes, Qt.Key.Key_Down)  # -> 150 %
    themes = dialog.appearance.theme_choice
    themes.setCurrentIndex(themes.findData("dark"))
    assert (theme.current_text_scale(qapp), theme.current_theme(qapp)) == (150, "dark")  # at once
    saver = dialog.appearance.preferences_saver
    assert saver is not None
    qtbot.waitUntil(lambda: not saver.is_saving())  # the file is written off the GUI thread
    assert json.loads(desk_paths.settings_file.read_text()) == {"format": 1, "text_scale": 150,
                                                                  "theme": "dark"}  # those two only
    chosen = dialog.preferences()
    render(dialog, "desk_display_dialog_150_dark")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: unlocked_desk.window.display_dialog is None)
    page = unlocked_desk.window.main_view.patients_page
    assert page.display_button.hasFocus() or not unlocked_desk.window.isActiveWindow()
    render(unlocked_desk.window, "desk_main_150_dark")
    unlocked_desk.window.shutdown()
    unlocked_desk.window.close()

    theme.apply_appearance(qapp, "light", 100)  # as a new process starts
    again = desk_window()
    assert (theme.current_text_scale(qapp), theme.current_theme(qapp)) == (150, "dark")
    assert again.window.preferences() == chosen
    render(again.window, "desk_unlock_150_dark")


def test_a_damaged_settings_file_opens_the_desk_as_it_always_looked(qapp: QApplication, desk_paths: DeskPaths,
                                                                    desk_window: WindowFactory) -> None:
    make_desk(desk_paths.base)
    desk_paths.settings_file.write_text('{"text_scale": 3000, "theme": ')
    desk_window()
    assert (theme.current_text_scale(qapp), theme.current_theme(qapp)) == (100, "light")
    assert desk_paths.settings_file.read_text() == '{"text_scale": 3000, "theme": '  # left as it was


def test_at_200_percent_the_dialog_wraps_and_keeps_close_on_screen(qtbot: QtBot, unlocked_desk: DeskHarness,
                                                                   render: Render) -> None:
    window = unlocked_desk.window
    large = window.preferences().with_value(TEXT_SCALE, 200).with_value(THEME, "high_contrast")
    window.apply_preferences(large)
    dialog = _open_display(qtbot, unlocked_desk)
    qtbot.wait(50)  # the fit after the text size
    for part in (dialog.intro, dialog.appearance.text_size_choice, dialog.appearance.theme_choice,
                 dialog.close_button):
        box = QRect(part.mapTo(dialog, QPoint(0, 0)), part.size())
        assert dialog.rect().contains(box), part.accessibleName()
    render(dialog, "desk_display_dialog_200_high_contrast")
    assert dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width())  # no line cut off
    assert dialog.width() <= window.width()
    render(dialog, "desk_display_dialog_200_high_contrast")
