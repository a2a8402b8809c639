"""Settings: saved at once, applied live; change-passphrase dialog; backups; diagnostic log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.preferences import THEME, Preferences
from companion.paths import DataPaths
from companion.storage.preferences_file import PreferencesFile
from companion.ui import diagnostic_log, theme
from companion.ui.main_window import AppWindow
from companion.ui.settings.backups_panel import BackupsPanel
from companion.ui.settings.change_passphrase_dialog import ChangePassphraseDialog
from companion.ui.settings.settings_screen import SettingsScreen
from companion.ui.vault_controller import VaultController
from companion.ui.widgets.restore_confirmation import ask_to_confirm_restore
from tests.gui.conftest import (
    OTHER_STRONG_PASSPHRASE,
    STRONG_PASSPHRASE,
    Render,
    UnlockedWindowFactory,
    controls_without_accessible_names,
)

TIMEOUT_MS = 20_000
# The offscreen platform cannot pass a dialog's size hints on; harmless, and only there.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Confirmer:
    def __init__(self) -> None:
        self.answer = True
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent: QWidget, question: str, details: str) -> bool:
        self.asked.append((question, details))
        return self.answer


@pytest.fixture
def confirmer() -> Confirmer:
    return Confirmer()


@pytest.fixture
def window(open_unlocked_window: UnlockedWindowFactory, confirmer: Confirmer) -> AppWindow:
    app_window = open_unlocked_window(confirm_restore=confirmer)
    app_window.main_shell().show_page("settings")
    return app_window


def settings_of(window: AppWindow) -> SettingsScreen:
    assert window.settings_screen is not None
    return window.settings_screen


def stored(paths: DataPaths) -> dict[str, object]:
    data = json.loads(paths.preferences_file.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def saved(qtbot: QtBot, settings: SettingsScreen, paths: DataPaths) -> dict[str, object]:
    """The preferences file once the change is written (off the GUI thread)."""
    qtbot.waitUntil(lambda: not settings.preferences_saver.is_saving(), timeout=TIMEOUT_MS)
    return stored(paths)


def wait_for_backups(qtbot: QtBot, panel: BackupsPanel, count: int) -> None:
    qtbot.waitUntil(lambda: len(panel.backups()) == count, timeout=TIMEOUT_MS)


# --- preferences ---------------------------------------------------------------------------------


@pytest.mark.parametrize("theme_name", sorted(theme.THEMES))
def test_every_theme_passes_wcag_aa_contrast(theme_name: str) -> None:
    colours = theme.THEMES[theme_name]
    for pair, (foreground, background) in colours.text_pairs().items():
        assert theme.contrast_ratio(foreground, background) >= 4.5, f"{theme_name}: {pair}"
    for pair, (foreground, background) in colours.non_text_pairs().items():
        assert theme.contrast_ratio(foreground, background) >= 3.0, f"{theme_name}: {pair}"


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_high_contrast_is_black_white_and_yellow() -> None:
    colours = theme.THEMES["high_contrast"]
    assert (colours.window, colours.text) == ("#000000", "#ffffff")
    assert colours.focus == colours.highlight == "#ffff00"


def test_nothing_is_written_until_a_setting_changes(window: AppWindow, data_paths: DataPaths) -> None:
    assert not data_paths.preferences_file.exists()


@pytest.mark.parametrize("theme_name", ["dark", "high_contrast", "light"])
def test_theme_is_saved_and_applied_to_the_whole_app(
    qtbot: QtBot, qapp: QApplication, window: AppWindow, data_paths: DataPaths, render: Render,
    theme_name: str,
) -> None:
    settings = settings_of(window)
    if theme_name == "light":  # from another theme back to the default
        settings.theme_choice.setCurrentIndex(settings.theme_choice.findData("dark"))
    settings.theme_choice.setCurrentIndex(settings.theme_choice.findData(theme_name))
    assert theme.current_theme(qapp) == theme_name  # at once, before the file is written
    assert saved(qtbot, settings, data_paths)["theme"] == theme_name
    assert theme.current_theme(qapp) == theme_name
    window_colour = qapp.palette().color(qapp.palette().ColorRole.Window).name()
    assert window_colour == theme.THEMES[theme_name].window
    # Live: the settings widget itself now paints with the theme's colours.
    assert settings.palette().color(settings.palette().ColorRole.Window).name() == window_colour
    render(window, f"settings_theme_{theme_name}")


def test_text_size_scales_the_application_font_live(
    qtbot: QtBot, qapp: QApplication, window: AppWindow, data_paths: DataPaths, render: Render
) -> None:
    settings = settings_of(window)
    base = theme.base_point_size(qapp)
    before = settings.idle_minutes.font().pointSizeF()
    settings.text_size_choice.setCurrentIndex(settings.text_size_choice.findData(150))
    assert saved(qtbot, settings, data_paths)["text_scale"] == 150
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    assert settings.idle_minutes.font().pointSizeF() > before
    shell = window.main_shell()
    widest = max(shell.navigation.visualItemRect(shell.navigation.item(i)).width() for i in range(7))
    metrics = shell.navigation.fontMetrics()
    assert widest >= max(metrics.horizontalAdvance(t) for t in ["Check-ins", "Settings"])
    render(window, "settings_text_150")
    settings.text_size_choice.setCurrentIndex(settings.text_size_choice.findData(200))
    window.main_shell().show_page("today")
    render(window, "main_shell_text_200")


def test_idle_minutes_and_reload_round_trip(qtbot: QtBot, window: AppWindow, data_paths: DataPaths) -> None:
    settings = settings_of(window)
    settings.idle_minutes.setValue(17)
    assert saved(qtbot, settings, data_paths)["idle_lock_minutes"] == 17
    assert PreferencesFile(data_paths.preferences_file).load() == settings.preferences()
    assert window.idle_lock.minutes == 17
    assert settings.idle_minutes.maximum() == 60 and settings.idle_minutes.minimum() == 1


def test_a_save_problem_is_shown_calmly_and_the_change_still_applies(
    qtbot: QtBot, controller: VaultController, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"x")
    settings = SettingsScreen(controller, PreferencesFile(blocker / "preferences.json"), Preferences())
    qtbot.addWidget(settings)
    with qtbot.waitSignal(settings.preferences_changed) as changed:
        settings.theme_choice.setCurrentIndex(settings.theme_choice.findData("dark"))
    assert changed.args[0].get(THEME) == "dark"
    qtbot.waitUntil(lambda: not settings.save_problem.isHidden(), timeout=TIMEOUT_MS)
    assert "could not be saved" in settings.save_problem.text()


# --- diagnostic log ------------------------------------------------------------------------------


def test_diagnostic_log_is_off_by_default_and_holds_only_event_names(
    qtbot: QtBot, window: AppWindow, data_paths: DataPaths
) -> None:
    settings = settings_of(window)
    log_file = diagnostic_log.log_file_path(data_paths)
    assert not settings.diagnostic_log_check.isChecked()
    assert not data_paths.logs_dir.exists()  # off: no file at all, even after unlocking
    settings.diagnostic_log_check.setChecked(True)
    assert saved(qtbot, settings, data_paths)["diagnostic_log"] is True
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    with qtbot.waitSignal(window.controller.unlocked, timeout=TIMEOUT_MS):
        window.controller.unlock(STRONG_PASSPHRASE)
    text = log_file.read_text("utf-8")
    assert "vault locked" in text and "vault unlocked" in text
    assert STRONG_PASSPHRASE not in text
    assert log_file.stat().st_mode & 0o077 == 0
    window.main_shell().show_page("settings")
    settings.diagnostic_log_check.setChecked(False)
    size = log_file.stat().st_size
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    assert log_file.stat().st_size == size  # off again: nothing more is written


# --- change passphrase -----------------------------------------------------------------------------


def open_dialog(qtbot: QtBot, window: AppWindow) -> ChangePassphraseDialog:
    settings = settings_of(window)
    settings.change_passphrase_button.click()
    dialog = settings.change_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def fill_new(qtbot: QtBot, dialog: ChangePassphraseDialog, new: str) -> None:
    qtbot.keyClicks(dialog.form.first_field.line_edit, new)
    qtbot.keyClicks(dialog.form.repeat_field.line_edit, new)


def test_change_passphrase_dialog_wrong_current_then_success(
    qtbot: QtBot, window: AppWindow, render: Render
) -> None:
    dialog = open_dialog(qtbot, window)
    render(dialog, "change_passphrase_empty")
    assert not dialog.change_button.isEnabled()
    assert controls_without_accessible_names(dialog) == []
    qtbot.keyClicks(dialog.current_field.line_edit, "not what it was at all, sorry")
    fill_new(qtbot, dialog, OTHER_STRONG_PASSPHRASE)
    qtbot.waitUntil(dialog.change_button.isEnabled, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(window.controller.passphrase_change_failed, timeout=TIMEOUT_MS):
        dialog.change_button.click()
    assert "current passphrase is not right" in dialog.message_text()
    assert dialog.current_field.text() == ""
    assert dialog.isVisible()
    render(dialog, "change_passphrase_wrong_current")
    qtbot.keyClicks(dialog.current_field.line_edit, STRONG_PASSPHRASE)
    with qtbot.waitSignal(window.controller.passphrase_changed, timeout=TIMEOUT_MS):
        dialog.change_button.click()
    assert not dialog.isVisible()
    assert dialog.current_field.text() == "" and dialog.form.passphrase() == ""  # wiped
    settings = settings_of(window)
    assert "passphrase was changed" in settings.passphrase_status.text()
    render(window, "settings_passphrase_changed")
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    with qtbot.waitSignal(window.controller.unlocked, timeout=TIMEOUT_MS):
        window.controller.unlock(OTHER_STRONG_PASSPHRASE)


def test_change_passphrase_dialog_refuses_a_weak_new_one(
    qtbot: QtBot, window: AppWindow, render: Render
) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.current_field.line_edit, STRONG_PASSPHRASE)
    fill_new(qtbot, dialog, "password1234567")
    qtbot.waitUntil(lambda: bool(dialog.form.reasons_text()), timeout=TIMEOUT_MS)
    assert not dialog.change_button.isEnabled()
    render(dialog, "change_passphrase_weak")
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert dialog.current_field.text() == ""


def test_locking_closes_the_dialog_and_wipes_it(qtbot: QtBot, window: AppWindow) -> None:
    dialog = open_dialog(qtbot, window)
    texts: list[str] = []
    dialog.current_field.line_edit.textChanged.connect(texts.append)
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    qtbot.keyClicks(dialog.current_field.line_edit, STRONG_PASSPHRASE)
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    assert closed == [0]
    assert texts[-1] == ""  # wiped before it went away
    assert settings_of(window).change_dialog is None


# --- backups -------------------------------------------------------------------------------------


def test_backups_list_back_up_now_and_restore_with_confirmation(
    qtbot: QtBot, window: AppWindow, fake_clock: FakeClock, confirmer: Confirmer, render: Render
) -> None:
    panel = settings_of(window).backups_panel
    wait_for_backups(qtbot, panel, 1)
    assert panel.tree.topLevelItem(0).text(1) == "Daily"
    fake_clock.advance(3600)
    with qtbot.waitSignal(window.controller.backup_created, timeout=TIMEOUT_MS):
        panel.back_up_button.click()
    wait_for_backups(qtbot, panel, 2)
    assert panel.status_text() == "A backup was made."
    assert [panel.tree.topLevelItem(i).text(1) for i in range(2)] == ["Made by you", "Daily"]
    assert not panel.restore_button.isEnabled()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    assert panel.restore_button.isEnabled()
    render(panel, "settings_backups_selected")

    confirmer.answer = False
    panel.restore_button.click()
    assert len(confirmer.asked) == 1
    question, details = confirmer.asked[0]
    assert "Restore the backup from" in question
    assert "kept aside" in details
    assert panel.status_text() == "A backup was made."  # declined: nothing happened

    confirmer.answer = True
    fake_clock.advance(60)
    with qtbot.waitSignal(window.controller.backup_restored, timeout=TIMEOUT_MS):
        panel.restore_button.click()
    assert "restored" in panel.status_text()
    wait_for_backups(qtbot, panel, 3)
    assert "Before a restore" in [panel.tree.topLevelItem(i).text(1) for i in range(3)]
    assert window.controller.is_unlocked()
    render(panel, "settings_backups_restored")


def test_the_real_confirmation_box_defaults_to_cancel(qtbot: QtBot, render: Render) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QMessageBox] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        render(box, "settings_restore_confirmation")
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    details = (
        "Your current vault will be kept aside as a safety copy, so nothing is lost. "
        "Anything entered after 2026-01-05 09:00 will not be in the restored vault."
    )
    assert ask_to_confirm_restore(parent, "Restore the backup from 2026-01-05 09:00?", details) is False
    assert len(seen) == 1


def test_where_these_numbers_come_from_opens_from_settings_and_closes_on_lock(
    qtbot: QtBot, window: AppWindow, render: Render
) -> None:
    settings = settings_of(window)
    qtbot.mouseClick(settings.sources_button, Qt.MouseButton.LeftButton)
    dialog = settings.sources_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()  # type: ignore[attr-defined]
    assert "Minimum monitoring time" in text and "Spravato REMS" in text and "No default" in text
    assert controls_without_accessible_names(dialog) == []
    render(dialog, "settings_care_plan_sources")
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    assert settings.sources_dialog is None  # it would otherwise cover the unlock screen


@pytest.mark.parametrize("theme_name", sorted(theme.THEMES))
def test_a_ticked_box_shows_a_tick_that_reads_on_its_fill(theme_name: str) -> None:
    """A filled square alone was easy to take for a focused box or a plain button."""
    colours = theme.THEMES[theme_name]
    path = Path(theme.check_mark_path(colours))
    assert path.is_file() and path.read_text("utf-8").lstrip().startswith("<svg")
    tick = "#000000" if path.name == "check-black.svg" else "#ffffff"
    assert f'stroke="{tick}"' in path.read_text("utf-8")
    assert theme.contrast_ratio(tick, colours.focus) >= 3.0  # WCAG 1.4.11, a graphical object
    assert f'image: url("{path.as_posix()}")' in theme.style_sheet(theme_name, 10.0)


def test_session_mode_ticks_read_on_its_own_yellow() -> None:
    """Session mode draws its boxes in the high-contrast colours whatever the theme: its tick too."""
    from companion.ui.widgets.session_widgets import SESSION_MODE_STYLE

    fill = theme.THEMES["high_contrast"].focus
    path = Path(theme.check_mark_path(theme.THEMES["high_contrast"]))
    assert path.name == "check-black.svg" and theme.contrast_ratio("#000000", fill) >= 3.0
    assert f'image: url("{path.as_posix()}")' in SESSION_MODE_STYLE
