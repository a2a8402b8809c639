"""What the patient's app and the clinician's desk both do to run: the one QApplication, and the
loop that shows a window, runs until quit and always shuts the window down and frees its folder lock."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

APPLICATION_NAME = "companion"


class RunnableWindow(Protocol):
    def start(self) -> None: ...

    def show(self) -> None: ...

    def shutdown(self) -> None: ...


def make_application() -> QApplication:
    """The QApplication (the existing one if there is one), named; the icon is the composition root's."""
    existing = QApplication.instance()
    # QT_QPA_PLATFORM is honoured if the caller or the environment set it; never forced here.
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(APPLICATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setDesktopFileName(APPLICATION_NAME)
    return app


def run_until_quit(app: QApplication, window: RunnableWindow, lock: QLockFile,
                   shown: Callable[[], None] | None = None) -> int:
    """Show ``window`` and run; on the way out (quit, SIGTERM, exception) shut it down and release ``lock``.

    SIGTERM, SIGINT and SIGHUP leave the loop with exit code 0 and the same shutdown as closing the
    window, without its questions (``quit_signals``).
    """
    from companion.ui.quit_signals import install_quit_signals

    app.aboutToQuit.connect(window.shutdown)
    quit_signals = install_quit_signals(app)
    try:
        window.start()
        window.show()
        if shown is not None:
            shown()
        return app.exec()
    finally:
        window.shutdown()
        if lock.isLocked():
            lock.unlock()
        quit_signals.uninstall()
