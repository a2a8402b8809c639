"""Autosave: what is in the editor is kept as the one draft, a moment after typing stops.

Each edit restarts a single-shot timer; when it fires (or on hide, lock or close) the draft is written
on the database worker. Jobs run in order on that one worker, so a draft submitted just before a lock
lands before the vault closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.services import journal_actions

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.domain.journal import EntryContent
    from companion.storage.vault import OpenVault
    from companion.ui.page_jobs import PageJobs
    from companion.ui.vault_controller import VaultController

DraftSource = Callable[[], "tuple[int | None, EntryContent] | None"]  # None: nothing open


class DraftKeeper(QObject):
    draft_saved = Signal()  # a draft write landed

    def __init__(self, vault: VaultController, jobs: PageJobs, clock: Clock, source: DraftSource,
                 parent: QObject | None = None, *, delay_ms: int) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._clock = clock
        self._source = source
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)

    def is_dirty(self) -> bool:
        return self._dirty

    def note_edit(self) -> None:
        self._dirty = True
        self.timer.start()

    def forget(self) -> None:
        """Nothing to keep any more (saved as an entry, discarded, or the editor closed)."""
        self._dirty = False
        self.timer.stop()

    @Slot()
    def save_now(self) -> None:
        """Write the draft now if anything changed since the last one (and the vault is open)."""
        self.timer.stop()
        if not self._dirty or not self._vault.is_unlocked():
            return
        current = self._source()
        self._dirty = False
        if current is None:
            return
        entry_id, content = current
        at = self._clock.now()

        def job(vault: OpenVault) -> None:
            journal_actions.keep_draft(vault, entry_id, content, at=at)

        self._jobs.run(job, self._on_saved)

    def _on_saved(self, _result: object) -> None:
        self.draft_saved.emit()
