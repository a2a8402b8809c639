"""What the user sees when companion hits a bug: a local dialog, nothing sent anywhere.

The dialog shows the exception *type* and the stack frames (file:line function) so the
problem can be reported, but never the exception's message or any variable's value:
those may hold personal content (a journal line, a passphrase).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui import diagnostic_log


def crash_details(
    exc_type: type[BaseException], error: BaseException | None, tb: TracebackType | None
) -> str:
    """The text shown and copied: versions, then the type and frames (no message, no values)."""
    import platform  # imported on a crash only: it costs a few ms on every start otherwise
    from importlib.metadata import PackageNotFoundError, version

    try:
        app_version = version("companion")
    except PackageNotFoundError:
        app_version = "unknown"
    header = (
        f"companion {app_version}; Python {platform.python_version()}; "
        f"{platform.system()} {platform.machine()}"
    )
    return header + "\n\n" + diagnostic_log.describe_crash(exc_type, tb, error)


class CrashDialog(QDialog):
    """Type + frames, "Copy details" and "Quit". Escape closes it and leaves the app running."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("companion")
        self.setMinimumWidth(560)
        self.details = details

        heading = QLabel(self.tr("Something went wrong inside companion."), self)
        heading.setProperty("role", "heading")
        explanation = QLabel(
            self.tr(
                "This is a fault in companion, not something you did. Everything already saved in "
                "your vault is safe. The details below show only where in the program the fault "
                "happened, not anything you wrote. Nothing has been sent anywhere; if you want "
                "to report it, copy the details into your report."
            ),
            self,
        )
        explanation.setWordWrap(True)

        self.details_view = QPlainTextEdit(details, self)
        self.details_view.setReadOnly(True)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setAccessibleName(self.tr("Error details"))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAutoDefault(False)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit companion"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.quit_button.clicked.connect(self._on_quit_clicked)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    @Slot()
    def _on_quit_clicked(self) -> None:
        self.accept()
        QCoreApplication.exit(1)


DialogShower = Callable[[str], None]


def _show_modal(details: str) -> None:
    dialog = CrashDialog(details)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.exec()


class CrashReporter(QObject):
    """Receives uncaught exceptions from any thread and shows them on the GUI thread, one at a time."""

    _crashed = Signal(str)

    def __init__(self, show: DialogShower = _show_modal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._showing = False
        self._crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    def report(
        self, exc_type: type[BaseException], error: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Safe from any thread: the details are computed here, the dialog opens on the GUI thread."""
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        diagnostic_log.log_crash(exc_type, tb, error)
        details = crash_details(exc_type, error, tb)
        if QThread.currentThread() == self.thread():
            self._on_crashed(details)
        else:
            self._crashed.emit(details)

    @Slot(str)
    def _on_crashed(self, details: str) -> None:
        if self._showing:  # a second fault while the dialog is up: the first one is enough
            return
        self._showing = True
        try:
            self._show(details)
        finally:
            self._showing = False


def install_crash_hook(reporter: CrashReporter) -> None:
    """Route ``sys.excepthook`` and ``threading.excepthook`` to ``reporter``."""

    def excepthook(
        exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        reporter.report(exc_type, error, tb)

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        reporter.report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
