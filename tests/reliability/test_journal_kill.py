"""SIGKILL the app seconds after typing in the journal (issue #5, "never lose a word").

A child process shows the JournalPage on a real vault and types; once the autosave draft has landed it
types more and is killed before the next autosave. The vault then holds a draft with everything typed
before the last autosave, and a fresh JournalPage on the reopened vault offers it back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage.journal import JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault, open_vault, unlock
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.journal.journal_page import JournalPage
from companion.ui.vault_controller import VaultController
from tests.reliability._journal_child import FIRST_WORDS, LATER_WORDS
from tests.reliability.conftest import ReliabilityFigure

CHILD = Path(__file__).with_name("_journal_child.py")
PASSPHRASE = "quiet harbour lantern seventeen walnuts"
WAIT_MS = 30_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _run_child_until_typed(base: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(CHILD), str(base), PASSPHRASE], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None and child.stderr is not None
    lines: list[str] = []
    try:
        for raw in child.stdout:
            lines.append(raw.decode().strip())
            if lines[-1] == "typed":
                break
        child.send_signal(signal.SIGKILL)
        errors = child.stderr.read()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    assert lines == ["autosaved", "typed"], f"the child did not get as far: {lines} {errors.decode()[-2000:]}"
    assert child.returncode == -signal.SIGKILL
    return lines


def test_killed_after_typing_keeps_the_autosaved_draft_and_offers_it(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    paths = DataPaths(tmp_path / "data")
    clock = SystemClock()
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    vault.close()

    _run_child_until_typed(paths.base)

    reopened = open_vault(paths, unlock(paths, PASSPHRASE), clock)
    try:
        draft = JournalRepository(reopened.database).draft()
    finally:
        reopened.close()
    assert draft is not None and draft.entry_id is None
    assert FIRST_WORDS in draft.content.body  # everything typed before the last autosave
    assert LATER_WORDS.strip() not in draft.content.body  # (typed after it: the kill took those)

    runner, worker = BackgroundRunner(), DatabaseWorker()
    controller = VaultController(paths, clock, lambda: LIGHT_TEST_PARAMS, runner, worker)
    try:
        with qtbot.waitSignal(controller.unlocked, timeout=WAIT_MS):
            controller.unlock(PASSPHRASE)
        page = JournalPage(controller, clock)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            page.show()
        assert page.editor.is_open() and page.editor.notice.isVisible()
        assert page.editor.body.toPlainText() == draft.content.body
        assert "Recovered what you were writing" in page.editor.notice_text.text()
        page.clear_content()
    finally:
        controller.shutdown()
    reliability_figure("kills", 1, "SIGKILL after typing in the journal")
    reliability_figure("lost rows", 0, "(the autosaved draft is offered back whole)")
