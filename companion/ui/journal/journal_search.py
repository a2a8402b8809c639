"""Search as you type: debounced, one search at a time on the database worker, stale results dropped.

Typing restarts a short timer; when it fires the newest text is searched. A search asked for while
another is running waits for it and then runs once with the newest text, so a fast typist queues at
most one. A result is shown only if nothing was typed (and no filter changed) since it was asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.storage.errors import StorageError
from companion.storage.journal import EntryFilter, JournalRepository
from companion.ui.core_text import core_text

if TYPE_CHECKING:
    from companion.storage.journal import SearchHit
    from companion.storage.vault import OpenVault
    from companion.ui.jobs import BugReporter
    from companion.ui.vault_controller import VaultController

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200


class JournalSearch(QObject):
    results_ready = Signal(str, list)  # the text searched, its SearchHits (best first)
    failed = Signal(str)  # a calm sentence from the storage layer

    def __init__(self, vault: VaultController, report_bug: BugReporter, parent: QObject | None = None, *,
                 delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self._vault = vault
        self._report_bug = report_bug
        self._text = ""
        self._filter = EntryFilter()
        self._asked = 0  # bumped by every change: a result for an older one is stale
        self._running = False
        self._rerun = False
        self._runs = 0  # bumped by every search started and by clear(): identifies the one running
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)

    def text(self) -> str:
        return self._text

    def is_active(self) -> bool:
        return bool(self._text.strip())

    def is_running(self) -> bool:
        return self._running

    def set_query(self, text: str, entry_filter: EntryFilter) -> None:
        """The patient typed (or changed a filter): search after a short pause."""
        self._text, self._filter = text, entry_filter
        self._asked += 1
        self._timer.start()

    @Slot()
    def run_now(self) -> None:
        self._timer.stop()
        if not self.is_active() or not self._vault.is_unlocked():
            return
        if self._running:
            self._rerun = True
            return
        self._running, self._rerun = True, False
        self._runs += 1
        run, asked, text, entry_filter = self._runs, self._asked, self._text, self._filter

        def job(vault: OpenVault) -> list[SearchHit]:
            return JournalRepository(vault.database).search(text, entry_filter, limit=SEARCH_LIMIT)

        def succeeded(hits: list[SearchHit]) -> None:
            if self._finished(run, asked):
                self.results_ready.emit(text, hits)

        def failed(error: BaseException) -> None:
            if not self._finished(run, asked):
                return
            if isinstance(error, StorageError):
                self.failed.emit(core_text(error))
            else:
                self._report_bug(error)

        self._vault.run_in_database(job, succeeded, failed)

    def _finished(self, run: int, asked: int) -> bool:
        """A search ended; True if its outcome is still wanted."""
        if run != self._runs or not self._running:
            return False  # from before a clear()
        self._running = False
        if self._rerun:
            self.run_now()  # newer text is waiting: this result is already stale
            return False
        return asked == self._asked

    def clear(self) -> None:
        """Forget the text and any search on its way (the vault is locking)."""
        self._timer.stop()
        self._text, self._filter = "", EntryFilter()
        self._asked += 1
        self._runs += 1
        self._running = self._rerun = False
