"""Writing the preferences file off the GUI thread: one write at a time, the newest preferences win.

A change of text size or theme applies at once; the file that keeps it for the next start is written on
a thread of its own (the write syncs to disk, which can take a while on a busy or slow disk, and the GUI
thread never waits on disk). Changes made while a write is on its way are written after it, only the
newest, so an older write can never land last. When the app quits, the write on its way is waited for
and the newest change not yet written is written then, so nothing chosen just before quitting is lost.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel

from companion.ui.background import BackgroundRunner
from companion.ui.i18n import translate
from companion.ui.jobs import JobDispatcher

if TYPE_CHECKING:
    from companion.domain.preferences import Preferences
    from companion.storage.preferences_file import PreferencesFile


class PreferencesSaver(QObject):
    """Saves ``Preferences`` to a ``PreferencesFile`` in the background; says how each save went."""

    saved = Signal()  # the newest preferences are on disk
    failed = Signal(str)  # one calm sentence: the change applies now but is not kept for next time

    def __init__(self, file: PreferencesFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file = file
        self._runner = BackgroundRunner(self, max_threads=1)
        self._jobs = JobDispatcher(self._runner.run, self.failed.emit)
        self._wanted: Preferences | None = None  # not yet handed to a write
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def report_on(self, label: QLabel) -> None:
        """Say on ``label`` when a change could not be kept for the next start; hide it once one was."""
        def failed(sentence: str) -> None:
            label.setText(translate(
                "SettingsScreen", "This change applies now but could not be saved for next time: %1").replace(
                "%1", sentence))
            label.setVisible(True)

        self.saved.connect(label.hide)
        self.failed.connect(failed)

    def save(self, preferences: Preferences) -> None:
        self._wanted = preferences
        if not self._jobs.is_busy():
            self._write_next()

    def is_saving(self) -> bool:
        return self._jobs.is_busy() or self._wanted is not None

    def _write_next(self) -> None:
        preferences, self._wanted = self._wanted, None
        if preferences is None:
            return
        file = self._file
        self._jobs.run(lambda: file.save(preferences), self._on_written, on_failure=self._on_write_failed)

    def _on_written(self, _result: object) -> None:
        if self._wanted is None:
            self.saved.emit()
        else:
            self._write_next()

    def _on_write_failed(self, sentence: str) -> None:
        if self._wanted is None:
            self.failed.emit(sentence)
        else:
            self._write_next()  # a newer change: it may well be written (the disk had room again)

    @Slot()
    def flush(self) -> None:
        """Wait for the write on its way, then write the newest change here (the app is quitting)."""
        self._runner.shutdown()
        preferences, self._wanted = self._wanted, None
        if preferences is not None:
            from companion.storage.errors import StorageError

            # Quitting: no one is left to tell of a failure; the change was applied for this run.
            with contextlib.suppress(StorageError):
                self._file.save(preferences)
