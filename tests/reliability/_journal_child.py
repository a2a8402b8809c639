"""Child for test_journal_kill: the journal page on a real vault, typing, killed mid-sentence.

Usage: python _journal_child.py <data dir> <passphrase>. Unlocks the vault through the app's
controller (its database thread), shows the JournalPage offscreen, starts a free entry and types
with QTest.keyClicks. Reports on stdout, each line only after it is true:

    autosaved        the autosave draft holding the first sentence landed in the vault
    typed            more words were typed; the autosave timer has not fired for them

then keeps the event loop running until the parent SIGKILLs it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.journal.journal_page import JournalPage
from companion.ui.vault_controller import VaultController

FIRST_WORDS = "Before the autosave: the river was slow and wide."
LATER_WORDS = " After it: these words were never kept."
AUTOSAVE_MS = 300
WAIT_MS = 30_000


def report(line: str) -> None:
    os.write(1, (line + "\n").encode())


def wait_for(signal: object) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(WAIT_MS, loop.quit)
    loop.exec()


def main() -> None:
    base, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    clock = SystemClock()
    runner, worker = BackgroundRunner(), DatabaseWorker()
    controller = VaultController(DataPaths(base), clock, lambda: LIGHT_TEST_PARAMS, runner, worker)
    controller.unlock(passphrase)
    wait_for(controller.unlocked)
    assert controller.is_unlocked(), "could not unlock"
    page = JournalPage(controller, clock, autosave_delay_ms=AUTOSAVE_MS)
    page.resize(1000, 700)
    page.show()
    wait_for(page.loaded)
    page.open_new_entry()
    page.picker.chosen.emit(None)

    QTest.keyClicks(page.editor.body, FIRST_WORDS)
    wait_for(page.draft_saved)
    report("autosaved")
    page.keeper.timer.setInterval(600_000)  # the rest is typed but never autosaved
    QTest.keyClicks(page.editor.body, LATER_WORDS)
    app.processEvents()
    report("typed")
    app.exec()


if __name__ == "__main__":
    main()
