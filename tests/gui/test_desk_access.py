"""The desk's first run and every start: creating the desk (name, passphrase under the policy, the key
made off the GUI thread) and unlocking it (whose desk it is first; a wrong passphrase is one sentence
and changes nothing on disk). Each screen is rendered to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.desk.clinician_key import read_clinician_key_info
from companion.desk.desk_paths import DeskPaths
from companion.domain.clock import FakeClock
from companion.storage.kdf import KdfChooser
from companion.ui.desk.desk_app import (
    ALREADY_OPEN_EXIT_CODE,
    DESK_LOCK_FILE_NAME,
    FOLDER_REFUSED_EXIT_CODE,
    build_desk_window,
    desk_already_open_text,
    run_desk,
)
from companion.ui.desk.desk_window import MAIN, SETUP, UNLOCK
from companion.ui.instance_lock import acquire_folder_lock
from tests.desk_trust import CLINICIAN, DESK_PASSPHRASE, NOW, make_desk
from tests.gui import desk_helpers
from tests.gui.conftest import STRONG_PASSPHRASE, Render
from tests.gui.desk_helpers import WAIT_MS, WindowFactory
from tests.gui.keyboard_checks import activate, reading_order_problems, tab_chain

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
desk_paths, desk_window = desk_helpers.desk_paths, desk_helpers.desk_window  # the fixtures


def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time (ns)."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "desk.lock"}


def test_the_first_run_creates_the_desk_off_the_gui_thread(qtbot: QtBot, desk_window: WindowFactory,
                                                            desk_paths: DeskPaths, render: Render) -> None:
    harness = desk_window()
    window = harness.window
    assert window.current_route() == SETUP
    screen = window.setup_screen
    activate(qtbot, window)
    assert not screen.create_button.isEnabled()
    render(window, "desk_setup_1_empty")
    qtbot.keyClicks(screen.name_field, "  Dr.   Rowan Ellis ")
    qtbot.keyClicks(screen.form.first_field.line_edit, STRONG_PASSPHRASE)
    qtbot.keyClicks(screen.form.repeat_field.line_edit, STRONG_PASSPHRASE)
    qtbot.waitUntil(screen.create_button.isEnabled, timeout=WAIT_MS)
    render(window, "desk_setup_2_filled")
    with qtbot.waitSignal(window.controller.desk_opened, timeout=WAIT_MS):
        qtbot.keyClick(screen.form.repeat_field.line_edit, Qt.Key.Key_Return)  # Return creates it
        assert screen.form.passphrase() == ""  # wiped at once
    assert window.current_route() == MAIN
    info = read_clinician_key_info(desk_paths.key_file)
    assert info.clinician_name == "Dr. Rowan Ellis"
    assert desk_paths.patients_file.exists()
    page = window.main_view.patients_page
    assert "Dr. Rowan Ellis" in page.owner_label.text() and info.fingerprint in page.owner_label.text()
    assert page.empty_label.isVisible() and not page.table.isVisible()
    qtbot.waitUntil(page.open_folder_button.hasFocus)  # the way in, while the list is empty
    render(window, "desk_main_empty")


def test_a_passphrase_the_policy_refuses_cannot_create_the_desk(qtbot: QtBot, desk_window: WindowFactory,
                                                                 desk_paths: DeskPaths) -> None:
    screen = desk_window().window.setup_screen
    qtbot.keyClicks(screen.name_field, "Rowan Ellis")
    for field in (screen.form.first_field.line_edit, screen.form.repeat_field.line_edit):
        qtbot.keyClicks(field, "rowan ellis desk clinician")  # long enough, but only the name and the app
    qtbot.waitUntil(lambda: "linked to this app or to you" in screen.form.reasons_text(), timeout=WAIT_MS)
    assert not screen.create_button.isEnabled()  # the name typed beside it counts against it
    assert not desk_paths.key_file.exists()


def test_the_setup_screen_reads_in_tab_order(qtbot: QtBot, desk_window: WindowFactory) -> None:
    window = desk_window().window
    screen = window.setup_screen
    activate(qtbot, window)
    qtbot.keyClicks(screen.name_field, "Rowan Ellis")
    chain = tab_chain(qtbot, screen.name_field, screen)
    assert reading_order_problems(chain, screen) == []


def test_unlock_shows_whose_desk_it_is_and_a_wrong_passphrase_changes_nothing(
        qtbot: QtBot, desk_window: WindowFactory, desk_paths: DeskPaths, render: Render) -> None:
    opened = make_desk(desk_paths.base)
    harness = desk_window()
    window, screen = harness.window, harness.window.unlock_screen
    assert window.current_route() == UNLOCK
    qtbot.waitUntil(screen.fingerprint_label.isVisible, timeout=WAIT_MS)
    assert CLINICIAN in screen.owner_label.text()
    assert screen.fingerprint_label.accessibleDescription() == opened.key.fingerprint
    activate(qtbot, window)
    qtbot.waitUntil(screen.passphrase_field.line_edit.hasFocus)
    render(window, "desk_unlock_1")
    before = _files(desk_paths.base)
    qtbot.keyClicks(screen.passphrase_field.line_edit, "not the desk passphrase at all")
    with qtbot.waitSignal(window.controller.unlock_failed, timeout=WAIT_MS):
        qtbot.keyClick(screen.passphrase_field.line_edit, Qt.Key.Key_Return)
        assert screen.passphrase_field.text() == ""
    assert screen.message_text() == "That passphrase did not open the desk. Check it and try again."
    assert _files(desk_paths.base) == before  # nothing written, nothing touched
    assert window.current_route() == UNLOCK and window.controller.desk is None
    render(window, "desk_unlock_2_wrong")
    qtbot.keyClicks(screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    assert screen.message_text() == ""
    with qtbot.waitSignal(window.controller.desk_opened, timeout=WAIT_MS):
        screen.unlock_button.click()
    assert window.current_route() == MAIN
    assert _files(desk_paths.base) == before  # unlocking reads only


def test_the_unlock_screen_reads_in_tab_order(qtbot: QtBot, desk_window: WindowFactory,
                                              desk_paths: DeskPaths) -> None:
    make_desk(desk_paths.base)
    window = desk_window().window
    screen = window.unlock_screen
    activate(qtbot, window)
    qtbot.keyClicks(screen.passphrase_field.line_edit, "x")
    chain = tab_chain(qtbot, screen.passphrase_field.line_edit, screen)
    assert [w.accessibleName() for w in chain] == ["Desk passphrase", "Show passphrase", "Unlock"]
    assert reading_order_problems(chain, screen) == []


def test_one_desk_window_per_desk_folder_and_never_in_a_patients_folder(tmp_path: Path) -> None:
    said: list[str] = []
    patient_folder = tmp_path / "patient"
    patient_folder.mkdir()
    (patient_folder / "vault.key").write_bytes(b"a patient's key file")
    assert run_desk(DeskPaths(patient_folder / "desk"), say=said.append) == FOLDER_REFUSED_EXIT_CODE
    assert "inside a patient's companion data folder" in said[-1]
    assert not (patient_folder / "desk").exists()
    paths = DeskPaths(tmp_path / "desk")
    paths.ensure_base()
    held = acquire_folder_lock(paths.base, DESK_LOCK_FILE_NAME)  # another desk window has this folder
    assert held is not None and held.isLocked()
    try:
        assert run_desk(paths, say=said.append) == ALREADY_OPEN_EXIT_CODE
        assert said[-1] == desk_already_open_text()
    finally:
        held.unlock()


def test_the_window_first_opens_no_larger_than_the_screen(
    qtbot: QtBot, qapp: QApplication, desk_paths: DeskPaths, kdf_chooser: KdfChooser
) -> None:
    """It opened 1100 pixels wide, past the edge of a 1024-pixel screen."""
    window = build_desk_window(desk_paths, clock=FakeClock(NOW), kdf_chooser=kdf_chooser)
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry().size()
    assert room.width() < 1100  # the offscreen screen is smaller than the window's preferred size
    assert window.width() <= room.width() and window.height() <= room.height()
    window.shutdown()
