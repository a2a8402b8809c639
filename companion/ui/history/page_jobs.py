"""Database jobs of a read-mostly page (Today, History): results that arrive after a lock are dropped.

Every job goes through ``VaultController.run_in_database`` (the one database worker). A known storage
error becomes ``failed`` with its calm sentence; anything else is a bug for the crash dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from companion.storage.errors import StorageError
from companion.ui.core_text import core_text

if TYPE_CHECKING:
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

T = TypeVar("T")
BugReporter = Callable[[BaseException], None]


def report_to_excepthook(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)


class PageJobs(QObject):
    busy_changed = Signal(bool)
    failed = Signal(str)  # a calm sentence from the storage layer

    def __init__(self, vault: VaultController, parent: QObject | None = None, *,
                 report_bug: BugReporter = report_to_excepthook) -> None:
        super().__init__(parent)
        self._vault = vault
        self._report_bug = report_bug
        self._generation = 0
        self._pending = 0

    def is_busy(self) -> bool:
        return self._pending > 0

    def run(self, fn: Callable[[OpenVault], T], on_success: Callable[[T], None]) -> None:
        """Run ``fn`` on the database thread (never touch a widget in it); ``on_success`` here."""
        generation = self._generation
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def succeeded(result: Any) -> None:
            if generation == self._generation:
                self._finish()
                on_success(result)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._finish()
            if isinstance(error, StorageError):
                self.failed.emit(core_text(error))
            else:
                self._report_bug(error)

        self._vault.run_in_database(fn, succeeded, failed)

    def clear(self) -> None:
        """Forget jobs on their way (the vault is locking): their results are never shown."""
        self._generation += 1
        if self._pending:
            self._pending = 0
            self.busy_changed.emit(False)

    def _finish(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self.busy_changed.emit(False)
