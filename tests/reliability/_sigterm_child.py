"""Child for test_sigterm: the real app (``run_app``) on a real vault, sent SIGTERM by the parent.

Usage: python _sigterm_child.py <data dir> <passphrase> journal|session. Builds the app exactly as
``companion`` does (``run_app``, with the light test KDF), unlocks it through its controller, then:

    journal   opens the journal, starts a free entry and types; the autosave timer is pushed far out so
              the words exist only in the editor. Reports ``typed``.
    session   waits until the session stored in the vault is on screen. Reports ``session active``.

and goes back to the app's event loop until the parent's signal. The exit code is ``run_app``'s.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from companion.app import run_app
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.ui.main_window import AppWindow

WORDS = "Typed just before the logout: the kettle was still warm."
WAIT_MS = 30_000


def report(line: str) -> None:
    os.write(1, (line + "\n").encode())


def wait_until(condition: Callable[[], bool]) -> None:
    loop = QEventLoop()
    waited = 0
    while not condition():
        assert waited < WAIT_MS, "timed out"
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20


def the_window(app: QApplication) -> AppWindow:
    return next(w for w in app.topLevelWidgets() if isinstance(w, AppWindow))


def drive(app: QApplication, passphrase: str, mode: str) -> None:
    window = the_window(app)
    window.controller.unlock(passphrase)
    wait_until(lambda: window.pages is not None and window.controller.is_unlocked())
    if mode == "session":
        page = window.session_page
        assert page is not None
        wait_until(page.session_active)
        report("session active")
        return
    journal = window.journal_page
    assert journal is not None and window.shell is not None
    loaded: list[bool] = []
    journal.loaded.connect(lambda: loaded.append(True))
    window.shell.show_page("journal")
    wait_until(lambda: bool(loaded))
    journal.open_new_entry()
    journal.picker.chosen.emit(None)
    journal.keeper.timer.setInterval(600_000)  # these words are never autosaved: only SIGTERM can keep them
    QTest.keyClicks(journal.editor.body, WORDS)
    app.processEvents()
    report("typed")


def main() -> int:
    base, passphrase, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: drive(app, passphrase, mode))
    return run_app(DataPaths(base), kdf_chooser=lambda: LIGHT_TEST_PARAMS)


if __name__ == "__main__":
    sys.exit(main())
