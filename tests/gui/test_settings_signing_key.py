"""Settings shows the signing key's fingerprint exactly as ``ssh-keygen -l`` prints it; lock forgets it."""

from __future__ import annotations

import json
import subprocess

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.paths import DataPaths
from companion.storage import sshsig
from companion.ui.main_window import AppWindow
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.signed_export import openssh_tool

TIMEOUT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_fingerprint_is_what_ssh_keygen_prints_and_leaves_on_lock(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths, render: Render
) -> None:
    window: AppWindow = open_unlocked_window()
    window.main_shell().show_page("settings")
    assert window.settings_screen is not None
    panel = window.settings_screen.signing_key_panel
    qtbot.waitUntil(lambda: panel.fingerprint() != "", timeout=TIMEOUT_MS)

    public = bytes.fromhex(json.loads(data_paths.key_file.read_text())["signing_wrap"]["public_key"])
    pub = data_paths.base / "patient.pub"
    pub.write_text(sshsig.public_key_line(public) + "\n")
    command = [openssh_tool("ssh-keygen"), "-l", "-f", str(pub)]
    printed = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout
    assert panel.fingerprint() + "\n" == printed
    assert panel.fingerprint_label.text().replace("\u200b", "") == panel.fingerprint()
    assert panel.fingerprint_label.accessibleDescription() == panel.fingerprint()
    render(window.settings_screen, "settings_signing_key")

    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.controller.lock()
    assert panel.fingerprint_label.text() == "" and panel.fingerprint() == ""


def test_at_200_percent_the_fingerprint_wraps_instead_of_being_cut(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, render: Render, qapp: QApplication
) -> None:
    window: AppWindow = open_unlocked_window()
    window.resize(1024, 768)
    window.main_shell().show_page("settings")
    assert window.settings_screen is not None
    settings = window.settings_screen
    panel = settings.signing_key_panel
    qtbot.waitUntil(lambda: panel.fingerprint() != "", timeout=TIMEOUT_MS)
    settings.text_size_choice.setCurrentIndex(settings.text_size_choice.findData(200))
    qapp.processEvents()
    label = panel.fingerprint_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=TIMEOUT_MS)
    lines = label.height() // label.fontMetrics().lineSpacing()
    assert lines >= 2  # it wrapped
    widest = max(label.fontMetrics().horizontalAdvance(part) for part in label.text().split(" "))
    assert widest > label.width()  # a token wider than the label, so only the break chances let it fit
    render(panel, "settings_signing_key_200")
