"""AppWindow: routes between the screens, locks on Ctrl+L, and the composition root applies preferences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import companion
from companion.app import build_app_window
from companion.domain.clock import FakeClock
from companion.domain.preferences import THEME, Preferences
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS, KdfChooser
from companion.storage.recovery_key import RecoveryKey
from companion.storage.vault import VaultStatus, create_vault, vault_status
from companion.ui import theme
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.crash_dialog import CrashDialog, CrashReporter, crash_details, install_crash_hook
from companion.ui.export.export_page import ExportPage
from companion.ui.main_shell import ContentHolder
from companion.ui.main_window import (
    DAMAGED,
    KEY_FILE_MISSING,
    MAIN,
    RECOVERY,
    SETUP,
    UNLOCK,
    AppWindow,
    first_route,
)
from companion.ui.settings.settings_screen import SettingsScreen
from companion.ui.setup.placeholder_screen import NoticeScreen
from tests.gui.conftest import (
    OTHER_STRONG_PASSPHRASE,
    STRONG_PASSPHRASE,
    Render,
    controls_without_accessible_names,
)

TIMEOUT_MS = 20_000
# The offscreen platform cannot pass a dialog's size hints on; harmless, and only there.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PAGE_KEYS = ["today", "session", "checkins", "journal", "history", "export", "settings"]
WindowFactory = Callable[..., AppWindow]


def make_vault(paths: DataPaths, clock: FakeClock) -> RecoveryKey:
    vault, recovery = create_vault(paths, STRONG_PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    vault.close()
    return recovery


@pytest.fixture
def confirmations() -> list[str]:
    return []


@pytest.fixture
def make_window(
    qtbot: QtBot,
    data_paths: DataPaths,
    fake_clock: FakeClock,
    kdf_chooser: KdfChooser,
    runner: BackgroundRunner,
    worker: DatabaseWorker,
    confirmations: list[str],
) -> Iterator[WindowFactory]:
    windows: list[AppWindow] = []

    def confirm(_parent: QWidget, question: str, _details: str) -> bool:
        confirmations.append(question)
        return True

    def factory(**kwargs: object) -> AppWindow:
        window = build_app_window(
            data_paths,
            clock=fake_clock,
            kdf_chooser=kdf_chooser,
            runner=runner,
            worker=worker,
            confirm_restore=confirm,
            **kwargs,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.start()
        window.show()
        qtbot.waitExposed(window)
        return window

    yield factory
    for window in windows:
        window.shutdown()


def unlock_through_the_screen(qtbot: QtBot, window: AppWindow, passphrase: str = STRONG_PASSPHRASE) -> None:
    screen = window.unlock_screen()
    qtbot.keyClicks(screen.passphrase_field.line_edit, passphrase)
    with qtbot.waitSignal(window.controller.unlocked, timeout=TIMEOUT_MS):
        screen.unlock_button.click()
    assert window.current_route() == MAIN


def press_lock_shortcut(qtbot: QtBot, window: AppWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = QApplication.focusWidget() or window
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        qtbot.keyClick(focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(
    ("has_key", "has_database", "status", "route"),
    [
        (False, False, VaultStatus.ABSENT, SETUP),
        (True, True, VaultStatus.READY, UNLOCK),
        (True, False, VaultStatus.DATABASE_MISSING, UNLOCK),
        (False, True, VaultStatus.KEY_FILE_MISSING, KEY_FILE_MISSING),
    ],
)
def test_first_route_agrees_with_vault_status(
    data_paths: DataPaths, has_key: bool, has_database: bool, status: VaultStatus, route: str
) -> None:
    data_paths.ensure_base()
    if has_key:
        data_paths.key_file.write_bytes(b"{}")
    if has_database:
        data_paths.vault_db.write_bytes(b"")
    assert vault_status(data_paths) is status
    assert first_route(data_paths) == route


def test_no_vault_starts_the_setup_wizard(make_window: WindowFactory, render: Render) -> None:
    window = make_window()
    assert window.current_route() == SETUP
    assert window.windowTitle() == "companion"
    assert not window.lock_action.isEnabled()
    assert not window.demo_banner.isVisible()
    render(window, "app_window_setup")


def test_existing_vault_starts_at_unlock_with_a_demo_hint(
    make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock, render: Render
) -> None:
    make_vault(data_paths, fake_clock)
    window = make_window(demo_passphrase="demo only sunflower typewriter")
    assert window.current_route() == UNLOCK
    hint = window.unlock_screen().hint_label
    assert hint.isVisible()
    assert "demo only sunflower typewriter" in hint.text()
    assert window.demo_banner.isVisible() and "made-up data" in window.demo_banner.text()
    render(window, "app_window_unlock_demo")


def test_unlock_shows_the_shell_and_every_page_is_reachable_by_keyboard(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock, render: Render
) -> None:
    make_vault(data_paths, fake_clock)
    window = make_window()
    render(window, "app_window_unlock")
    unlock_through_the_screen(qtbot, window)
    shell = window.main_shell()
    assert shell.page_keys() == PAGE_KEYS
    assert window.lock_action.isEnabled()
    assert window.lock_action.text() == "Lock now"
    render(window, "main_shell_today")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, key in enumerate(PAGE_KEYS, start=1):
        qtbot.keyClick(shell.navigation, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert shell.current_page_key() == key
    shell.show_page("today")
    shell.navigation.setFocus()
    qtbot.keyClick(shell.navigation, Qt.Key.Key_Down)
    assert shell.current_page_key() == "session"
    assert isinstance(shell.page("export"), ExportPage)
    shell.show_page("export")
    render(window, "main_shell_export")
    assert controls_without_accessible_names(shell) == []


def test_ctrl_l_clears_every_page_and_shows_the_unlock_screen(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock, render: Render
) -> None:
    make_vault(data_paths, fake_clock)
    window = make_window()
    unlock_through_the_screen(qtbot, window)
    shell = window.main_shell()
    cleared: list[str] = []
    for key in shell.page_keys():
        page = shell.page(key)
        assert isinstance(page, ContentHolder)
        original = page.clear_content
        page.clear_content = (  # type: ignore[method-assign]
            lambda key=key, original=original: (cleared.append(key), original())[-1]
        )
    press_lock_shortcut(qtbot, window)
    assert sorted(cleared) == sorted(PAGE_KEYS)
    assert window.current_route() == UNLOCK
    assert not window.controller.is_unlocked()
    assert window.unlock_screen().passphrase_field.text() == ""
    assert not window.lock_action.isEnabled()
    render(window, "app_window_after_lock")
    # And back in again.
    unlock_through_the_screen(qtbot, window)


def test_lock_button_in_the_shell_locks(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock
) -> None:
    make_vault(data_paths, fake_clock)
    window = make_window()
    unlock_through_the_screen(qtbot, window)
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.main_shell().lock_button.click()
    assert window.current_route() == UNLOCK


def test_recovery_route_and_back(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock, render: Render
) -> None:
    recovery = make_vault(data_paths, fake_clock)
    window = make_window()
    window.unlock_screen().recovery_button.click()
    assert window.current_route() == RECOVERY
    render(window, "app_window_recovery")
    window.recovery_screen().back_button.click()
    assert window.current_route() == UNLOCK
    window.unlock_screen().recovery_button.click()
    with qtbot.waitSignal(window.controller.unlocked, timeout=TIMEOUT_MS):
        window.controller.unlock_with_recovery(recovery.formatted, OTHER_STRONG_PASSPHRASE)
    assert window.current_route() == MAIN


def test_damaged_vault_route_then_restore_enters_the_shell(
    qtbot: QtBot,
    make_window: WindowFactory,
    data_paths: DataPaths,
    fake_clock: FakeClock,
    confirmations: list[str],
    render: Render,
) -> None:
    make_vault(data_paths, fake_clock)  # made its first daily backup
    data_paths.vault_db.write_bytes(b"\0" * 8192)
    window = make_window()
    screen = window.unlock_screen()
    qtbot.keyClicks(screen.passphrase_field.line_edit, STRONG_PASSPHRASE)
    with qtbot.waitSignal(window.controller.vault_damaged, timeout=TIMEOUT_MS):
        screen.unlock_button.click()
    assert window.current_route() == DAMAGED
    assert not window.lock_action.isEnabled()
    render(window, "app_window_damaged_with_backup")
    with qtbot.waitSignal(window.controller.backup_restored, timeout=TIMEOUT_MS):
        window.damaged_screen().restore_button.click()
    assert len(confirmations) == 1
    assert window.current_route() == MAIN
    assert window.controller.is_unlocked()


def test_missing_key_file_shows_a_calm_explanation(
    make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock, render: Render
) -> None:
    make_vault(data_paths, fake_clock)
    data_paths.key_file.unlink()
    window = make_window()
    assert window.current_route() == KEY_FILE_MISSING
    screen = window.current_screen()
    assert isinstance(screen, NoticeScreen)
    assert "key file (vault.key) is missing" in screen.message_label.text()
    assert str(data_paths.base) in screen.message_label.text()
    assert data_paths.vault_db.exists()
    assert not window.lock_action.isEnabled()
    render(window, "app_window_key_file_missing")


def test_build_app_window_applies_saved_preferences_before_any_screen(
    qapp: QApplication, make_window: WindowFactory, data_paths: DataPaths
) -> None:
    data_paths.ensure_base()
    data_paths.preferences_file.write_text(json.dumps({"theme": "dark", "text_scale": 150}), "utf-8")
    base = theme.base_point_size(qapp)
    window = make_window()
    assert theme.current_theme(qapp) == "dark"
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == theme.THEMES["dark"].window
    assert window.current_route() == SETUP


def test_damaged_preferences_file_is_not_rewritten_on_start(
    make_window: WindowFactory, data_paths: DataPaths
) -> None:
    data_paths.ensure_base()
    data_paths.preferences_file.write_bytes(b"{broken")
    make_window()
    assert data_paths.preferences_file.read_bytes() == b"{broken"


def test_settings_page_is_the_settings_screen(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock, render: Render
) -> None:
    make_vault(data_paths, fake_clock)
    window = make_window()
    unlock_through_the_screen(qtbot, window)
    window.main_shell().show_page("settings")
    settings = window.main_shell().page("settings")
    assert isinstance(settings, SettingsScreen)
    qtbot.waitUntil(lambda: len(settings.backups_panel.backups()) == 1, timeout=TIMEOUT_MS)
    render(window, "main_shell_settings")
    assert controls_without_accessible_names(settings) == []


def test_shutdown_leaves_no_database_connection(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, fake_clock: FakeClock
) -> None:
    make_vault(data_paths, fake_clock)
    window = make_window()
    unlock_through_the_screen(qtbot, window)
    window.shutdown()
    assert not Path(str(data_paths.vault_db) + "-wal").exists()
    assert not window.controller.is_unlocked()


# --- crash dialog ----------------------------------------------------------------------------------

SECRET = "my private journal line"


def _fail_deep_inside(secret_value: str) -> None:
    raise ValueError(f"could not store {secret_value}")


def _caught() -> BaseException:
    try:
        try:
            _fail_deep_inside(SECRET)
        except ValueError as inner:
            raise RuntimeError(f"wrapped {SECRET}") from inner
    except RuntimeError as error:
        return error
    raise AssertionError("unreachable")


def test_crash_details_show_type_and_frames_but_no_message_or_values() -> None:
    error = _caught()
    details = crash_details(type(error), error, error.__traceback__)
    assert SECRET not in details
    assert "could not store" not in details and "wrapped" not in details
    assert "builtins.RuntimeError" in details and "builtins.ValueError" in details
    assert details.index("RuntimeError") < details.index("caused by:") < details.index("ValueError")
    assert "_fail_deep_inside" in details and "_caught" in details
    assert str(Path(__file__).parent) not in details  # no folder names (they may hold a user name)
    assert "test_main_window.py:" in details


def test_crash_details_name_companion_frames_relative_to_the_package() -> None:
    try:
        Preferences().with_value(THEME, f"theme named {SECRET}")
    except ValueError as error:
        details = crash_details(type(error), error, error.__traceback__)
    assert "companion/domain/preferences.py:" in details
    assert " validate" in details
    assert SECRET not in details
    assert str(Path(companion.__file__).parent.parent) not in details


def test_crash_reporter_shows_reports_from_other_threads_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    shown: list[tuple[str, int]] = []
    reporter = CrashReporter(lambda details: shown.append((details, threading.get_ident())))
    error = _caught()

    worker = threading.Thread(target=reporter.report, args=(type(error), error, error.__traceback__))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown))
    details, thread_id = shown[0]
    assert thread_id == threading.get_ident()
    assert SECRET not in details


def test_install_crash_hook_routes_both_hooks(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[str] = []
    install_crash_hook(CrashReporter(shown.append))
    error = _caught()
    sys.excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1 and SECRET not in shown[0]


def test_crash_dialog_copies_the_details(qtbot: QtBot, qapp: QApplication, render: Render) -> None:
    theme.apply_appearance(qapp, "light", 100)
    error = _caught()
    dialog = CrashDialog(crash_details(type(error), error, error.__traceback__))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    render(dialog, "crash_dialog")
    assert SECRET not in dialog.details_view.toPlainText()
    assert controls_without_accessible_names(dialog) == []
    dialog.copy_button.click()
    assert qapp.clipboard().text() == dialog.details
    assert dialog.windowTitle() == "companion"


# --- composition root ------------------------------------------------------------------------------


_RUN_APP_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from companion.app import run_app
from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.ui.main_window import AppWindow

app = QApplication(sys.argv[:1])
routes = []

def unlock_then_quit():
    [window] = [w for w in app.topLevelWidgets() if isinstance(w, AppWindow) and w.isVisible()]
    routes.append(window.current_route())
    window.controller.unlocked.connect(lambda: (routes.append(window.current_route()), app.quit()))
    window.controller.unlock(sys.argv[2])

QTimer.singleShot(0, unlock_then_quit)
code = run_app(DataPaths(Path(sys.argv[1])), clock=FakeClock(), kdf_chooser=lambda: LIGHT_TEST_PARAMS)
print(code, app.organizationName(), app.applicationName(), *routes)
"""


def test_run_app_shows_the_unlock_screen_unlocks_and_quits_cleanly(
    data_paths: DataPaths, fake_clock: FakeClock
) -> None:
    # In a child process: a real app.exec() and quit() leave the shared test QApplication closing.
    make_vault(data_paths, fake_clock)
    result = subprocess.run(
        [sys.executable, "-c", _RUN_APP_SCRIPT, str(data_paths.base), STRONG_PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "companion", "companion", UNLOCK, MAIN]
    assert "QThread" not in result.stderr  # e.g. "QThread: Destroyed while thread is still running"
    assert not Path(str(data_paths.vault_db) + "-wal").exists()  # closed on its own thread
