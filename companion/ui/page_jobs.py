"""Database jobs of a read-mostly page (Today, History): results that arrive after a lock are dropped.

Every job goes through ``VaultController.run_in_database`` (the one database worker), by the page's
:class:`~companion.ui.jobs.JobDispatcher`. A known storage error becomes ``failed`` with its calm
sentence; anything else is a bug for the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from companion.ui.jobs import BugReporter, JobDispatcher, report_to_excepthook

if TYPE_CHECKING:
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

T = TypeVar("T")


class PageJobs(QObject):
    busy_changed = Signal(bool)
    failed = Signal(str)  # a calm sentence from the storage layer

    def __init__(self, vault: VaultController, parent: QObject | None = None, *,
                 report_bug: BugReporter = report_to_excepthook) -> None:
        super().__init__(parent)
        self._jobs = JobDispatcher(vault.run_in_database, self.failed.emit, report_bug=report_bug,
                                   on_busy=self.busy_changed.emit)

    def is_busy(self) -> bool:
        return self._jobs.is_busy()

    def run(self, fn: Callable[[OpenVault], T], on_success: Callable[[T], None]) -> None:
        """Run ``fn`` on the database thread (never touch a widget in it); ``on_success`` here."""
        self._jobs.run(fn, on_success)

    def clear(self) -> None:
        """Forget jobs on their way (the vault is locking): their results are never shown."""
        self._jobs.clear()
