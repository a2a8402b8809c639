"""One export on its way: gathered on the database thread, painted and written on the background runner.

The GUI thread only starts it, shows its progress (polled from a thread-safe box, so no widget is
touched from a worker) and may cancel it; the writer checks the cancel flag between its steps and
leaves nothing behind.  The steps go through one :class:`~companion.ui.jobs.JobDispatcher`: results
that arrive after the vault locked are dropped, a known problem is one sentence, a bug is reported.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPageSize

from companion.export.writer import (
    ZIP_SUFFIX,
    ExportCancelledError,
    ExportDestinationError,
    ExportTarget,
    export_name,
    write_export,
)
from companion.services.export_actions import PreparedExport, new_export_id, prepare_export
from companion.storage.errors import StorageError
from companion.ui.collector_pause import collector_paused
from companion.ui.core_text import core_text
from companion.ui.jobs import BugReporter, JobDispatcher

if TYPE_CHECKING:
    from companion.export.export_data import ExportData, ExportOptions
    from companion.export.report_model import Report
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

PROGRESS_POLL_MS = 100


class ProgressBox:
    """The latest progress of a worker, read by the GUI thread's timer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[int, str] = (0, "")

    def set(self, percent: int, what: str) -> None:
        with self._lock:
            self._value = (percent, what)

    def get(self) -> tuple[int, str]:
        with self._lock:
            return self._value


@dataclass(frozen=True)
class Preview:
    page_one: QImage
    rows: dict[str, int]  # csv file name → data rows


@dataclass(frozen=True)
class ExportSaving:
    """How the patient chose to save it: into ``folder``, as a folder or a .zip (with a password)."""

    folder: Path
    as_zip: bool = False
    password: str | None = None

    def target(self, data: ExportData) -> ExportTarget:
        name = export_name(data) + (ZIP_SUFFIX if self.as_zip else "")
        return ExportTarget(self.folder / name, self.as_zip, self.password)


@dataclass(frozen=True)
class Written:
    path: Path
    fingerprint: str
    prepared: PreparedExport
    saving: ExportSaving


def _render_pdf(page_size: QPageSize.PageSizeId) -> Callable[[Report], bytes]:
    from companion.ui.export.report_pdf import render_report_pdf

    return lambda report: render_report_pdf(report, page_size)


def _preview(prepared: PreparedExport, page_size: QPageSize.PageSizeId) -> Preview:
    """Background runner: page 1 as an image, and how many rows each table will have."""
    from companion.export.csv_tables import csv_tables
    from companion.export.report_model import build_report
    from companion.ui.export.report_pdf import render_front_page

    report = build_report(prepared.data)
    image = render_front_page(report, 900, page_size)
    rows = {name: _data_rows(content) for name, content in csv_tables(prepared.data).items()}
    return Preview(image, rows)


def _data_rows(content: bytes) -> int:
    """Rows under the header (a cell may hold a line break, so count records, not lines)."""
    return max(0, sum(1 for _row in csv.reader(io.StringIO(content.decode("utf-8-sig")))) - 1)


class _Cancelled:
    """The writer stopped at the patient's Cancel: an outcome, not an error."""


_CANCELLED = _Cancelled()


def export_error_text(error: BaseException) -> str | None:
    """The sentence of a known problem of an export (destination, disk, key); None for a bug."""
    return core_text(error) if isinstance(error, ExportDestinationError | StorageError) else None


class ExportRun(QObject):
    """Preview or write one export; results by signal, on the GUI thread."""

    previewed = Signal(object)  # Preview
    written = Signal(object)  # Written
    progressed = Signal(int, str)  # percent, what is being done
    failed = Signal(str)  # one sentence: a known problem (destination, disk, key, nothing to export)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, vault: VaultController, now: Callable[[], datetime], parent: QObject | None = None, *,
                 report_bug: BugReporter) -> None:
        super().__init__(parent)
        self._vault = vault
        self._now = now
        # One export at a time: gathered, then (continued) previewed or written; a lock drops what is on
        # its way.
        self._jobs = JobDispatcher(vault.run_in_database, self.failed.emit, report_bug=report_bug,
                                   on_busy=self.busy_changed.emit, describe=export_error_text)
        self._cancel = threading.Event()
        self._progress = ProgressBox()
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        # Replaced by tests to make the writing observable (e.g. slow, to cancel it on the way).
        self.render_pdf: Callable[[QPageSize.PageSizeId], Callable[[Report], bytes]] = _render_pdf

    def is_busy(self) -> bool:
        return self._jobs.is_busy()

    def preview(self, options: ExportOptions, page_size: QPageSize.PageSizeId) -> None:
        def shown(prepared: PreparedExport) -> None:
            self._in_background(lambda: _preview(prepared, page_size), self.previewed.emit)

        self._gather(options, shown, "preview")

    def write(self, options: ExportOptions, saving: ExportSaving, page_size: QPageSize.PageSizeId) -> None:
        if self._jobs.is_busy():
            return
        self._cancel.clear()
        self._progress.set(0, "")
        render = self.render_pdf(page_size)
        # The work runs on a pool thread: it holds these bound methods, never self (a QObject).
        progress, cancelled = self._progress.set, self._cancel.is_set

        def gathered(prepared: PreparedExport) -> None:
            def work() -> Written:
                path = write_export(prepared.data, saving.target(prepared.data), signer=prepared.signer,
                                    render_pdf=render, progress=progress, cancelled=cancelled)
                return Written(path, prepared.data.key_fingerprint, prepared, saving)

            self._timer.start()
            self._in_background(work, self.written.emit)

        self._gather(options, gathered, new_export_id())

    def cancel(self) -> None:
        self._cancel.set()

    def clear(self) -> None:
        """The vault is locking: cancel what runs and drop its result."""
        self._cancel.set()
        self._timer.stop()
        self._jobs.clear()

    # --- the two steps ------------------------------------------------------------------------

    def _gather(self, options: ExportOptions, then: Callable[[PreparedExport], None], export_id: str) -> None:
        """Database thread: what to export; ``then`` goes on with it (busy all along), unless it is empty."""
        if self._jobs.is_busy():
            return
        now = self._now()

        def job(vault: OpenVault) -> PreparedExport:
            with collector_paused():
                return prepare_export(vault, options, now=now, export_id=export_id)

        def gathered(prepared: PreparedExport) -> None:
            if not prepared.data.has_data():
                self.failed.emit(self.tr("There is nothing to export in this period; choose other dates."))
                return
            then(prepared)

        self._jobs.run(job, gathered, continues=True)

    def _in_background(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """Background runner (file work, never the database thread): ``done(result)``, or ``cancelled``."""

        def paused() -> object:
            with collector_paused():
                try:
                    return work()
                except ExportCancelledError:
                    return _CANCELLED

        def finished(result: object) -> None:
            if isinstance(result, _Cancelled):
                self.cancelled.emit()
            else:
                done(result)

        self._jobs.run(paused, finished, via=self._vault.run_in_background, settled=self._timer.stop)

    @Slot()
    def _on_timer_timeout(self) -> None:
        percent, what = self._progress.get()
        self.progressed.emit(percent, what)
