"""The one way to leave the GUI thread.

* :class:`BackgroundRunner` runs a function on a small thread pool (key derivation) and
  delivers ``on_success(result)`` or ``on_failure(error)`` back on the GUI thread.
* :class:`DatabaseWorker` is a single dedicated thread that owns the open vault: sqlite
  connections belong to the thread that opened them, so the vault is opened, used and
  closed there, and all database work goes through one writer.

The functions handed to either helper run on another thread: **never touch a widget
there** (nor any QObject living on the GUI thread).  Callbacks are plain callables kept
on the GUI thread; only the job's result or exception crosses threads, by queued signal.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, QThreadPool, Signal, Slot

from companion.storage.errors import StorageError

if TYPE_CHECKING:
    from companion.storage.vault import OpenVault

T = TypeVar("T")
SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class VaultLockedError(StorageError):
    """Database work was asked for while no vault is open."""

    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it and try again.")


@dataclass(frozen=True)
class _Outcome:
    job_id: int
    succeeded: bool
    payload: object  # the result, or the exception (with its traceback) when not succeeded


class _Callbacks:
    """Pending callbacks by job id; touched only on the GUI thread."""

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[SuccessCallback, FailureCallback]] = {}

    def add(self, on_success: SuccessCallback, on_failure: FailureCallback) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = (on_success, on_failure)
        return job_id

    def deliver(self, outcome: _Outcome) -> None:
        callbacks = self._pending.pop(outcome.job_id, None)
        if callbacks is None:  # dropped at shutdown
            return
        on_success, on_failure = callbacks
        if outcome.succeeded:
            on_success(outcome.payload)
        else:
            assert isinstance(outcome.payload, BaseException)
            on_failure(outcome.payload)

    def drop_all(self) -> None:
        self._pending.clear()

    def __len__(self) -> int:
        return len(self._pending)


def _call(fn: Callable[[], object]) -> tuple[bool, object]:
    try:
        return True, fn()
    except BaseException as error:  # delivered to on_failure; the caller decides if it is a bug
        return False, error


class BackgroundRunner(QObject):
    """Runs a function off the GUI thread; the result comes back on the GUI thread.

    ``inline=True`` runs the function synchronously (a few unit tests only).
    """

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._inline = inline
        self._callbacks = _Callbacks()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._shut_down = False
        # Queued: the slot runs on this object's (the GUI) thread whichever thread emits.
        self._finished.connect(self._on_job_finished, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[[], T], on_success: Callable[[T], None], on_failure: FailureCallback) -> None:
        """Run ``fn`` on a worker thread (never touch a widget in it); then call one callback here."""
        if self._shut_down:
            raise RuntimeError("BackgroundRunner was shut down")
        job_id = self._callbacks.add(on_success, on_failure)
        if self._inline:
            succeeded, payload = _call(fn)
            self._callbacks.deliver(_Outcome(job_id, succeeded, payload))
            return

        def job() -> None:
            # Worker thread: only compute and emit; the signal carries the outcome across.
            succeeded, payload = _call(fn)
            self._finished.emit(_Outcome(job_id, succeeded, payload))

        self._pool.start(job)

    def has_pending_work(self) -> bool:
        return len(self._callbacks) > 0

    def shutdown(self) -> None:
        """Wait for running jobs to end and drop their callbacks (the app is quitting)."""
        self._shut_down = True
        self._pool.waitForDone()
        self._callbacks.drop_all()

    @Slot(object)
    def _on_job_finished(self, outcome: _Outcome) -> None:
        self._callbacks.deliver(outcome)


class VaultHolder:
    """The open vault as seen from the database thread; only ever used on that thread."""

    def __init__(self) -> None:
        self.vault: OpenVault | None = None

    def require(self) -> OpenVault:
        if self.vault is None:
            raise VaultLockedError()
        return self.vault

    def replace(self, vault: OpenVault | None) -> None:
        """Hold ``vault`` instead of the current one, closing the current one first."""
        self.close()
        self.vault = vault

    def close(self) -> None:
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()


class _DatabaseExecutor(QObject):
    """Lives on the database thread and runs the jobs posted to it, in order."""

    finished = Signal(object)

    def __init__(self, holder: VaultHolder, home_thread: QThread) -> None:
        super().__init__()
        self._holder = holder
        self._home_thread = home_thread

    @Slot(object)
    def run_job(self, job: tuple[int, Callable[[VaultHolder], object]]) -> None:
        job_id, fn = job
        succeeded, payload = _call(lambda: fn(self._holder))
        self.finished.emit(_Outcome(job_id, succeeded, payload))

    @Slot()
    def stop(self) -> None:
        """Last job: close the vault here, where it was opened, then end the thread."""
        try:
            self._holder.close()
        finally:
            # Hand this object back so it is not left on a finished thread.
            self.moveToThread(self._home_thread)
            thread = QThread.currentThread()
            thread.quit()


class DatabaseWorker(QObject):
    """One dedicated thread that owns the open vault's sqlite connection (one writer).

    ``submit`` runs work against the open vault; ``manage`` (for the vault controller)
    runs work that opens, replaces or closes it.  Jobs run one at a time in the order
    submitted; callbacks are delivered on the GUI thread.  ``inline=True`` runs jobs
    synchronously on the calling thread (unit tests only).
    """

    _job_posted = Signal(object)
    _stop_requested = Signal()

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self._inline = inline
        self._holder = VaultHolder()
        self._callbacks = _Callbacks()
        self._running = False
        self._shut_down = False
        self._thread: QThread | None = None
        self._executor: _DatabaseExecutor | None = None

    def _start_thread(self) -> None:
        thread = QThread()
        thread.setObjectName("companion-database")
        executor = _DatabaseExecutor(self._holder, QThread.currentThread())
        executor.moveToThread(thread)
        self._job_posted.connect(executor.run_job, Qt.ConnectionType.QueuedConnection)
        self._stop_requested.connect(executor.stop, Qt.ConnectionType.QueuedConnection)
        executor.finished.connect(self._on_job_finished, Qt.ConnectionType.QueuedConnection)
        thread.start()
        self._thread, self._executor, self._running = thread, executor, True

    def submit(
        self, fn: Callable[[OpenVault], T], on_success: Callable[[T], None], on_failure: FailureCallback
    ) -> None:
        """Run ``fn(open_vault)`` on the database thread; VaultLockedError if no vault is open."""
        self.manage(lambda holder: fn(holder.require()), on_success, on_failure)

    def manage(
        self, fn: Callable[[VaultHolder], T], on_success: Callable[[T], None], on_failure: FailureCallback
    ) -> None:
        """Run ``fn(holder)`` on the database thread, to open, replace or close the vault."""
        if self._shut_down:
            raise RuntimeError("DatabaseWorker was shut down")
        job_id = self._callbacks.add(on_success, on_failure)
        if self._inline:
            succeeded, payload = _call(lambda: fn(self._holder))
            self._callbacks.deliver(_Outcome(job_id, succeeded, payload))
            return
        if not self._running:
            self._start_thread()
        self._job_posted.emit((job_id, fn))

    def has_pending_work(self) -> bool:
        return len(self._callbacks) > 0

    def shutdown(self) -> None:
        """Finish queued jobs, close the vault on its own thread, and stop the thread. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        if self._inline:
            self._holder.close()
        elif self._running and self._thread is not None:
            self._stop_requested.emit()
            self._thread.wait()
            self._running = False
        self._callbacks.drop_all()

    @Slot(object)
    def _on_job_finished(self, outcome: _Outcome) -> None:
        self._callbacks.deliver(outcome)
