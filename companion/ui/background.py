"""The one way to leave the GUI thread.

* :class:`BackgroundRunner` runs a function on a small thread pool (key derivation) and
  delivers ``on_success(result)`` or ``on_failure(error)`` back on the GUI thread.
* :class:`DatabaseWorker` is a single dedicated thread that owns the open vault: sqlite
  connections belong to the thread that opened them, so the vault is opened, used and
  closed there, and all database work goes through one writer.

The functions handed to either helper run on another thread: **never touch a widget
there** (nor any QObject living on the GUI thread), and do not capture one either: a
job is released on its thread.  Callbacks are plain callables kept on the GUI thread;
only the job's result or exception crosses threads, by queued signal.

While either helper has a thread, Python's cycle collector runs on the GUI thread only
(:class:`_GuiThreadCollection`): a collection frees every reference cycle it finds, and
one that ran on a helper thread destroyed the GUI thread's QObjects there (issue 12).
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, QTimer, Signal, Slot
from shiboken6 import Shiboken

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


COLLECT_INTERVAL_MS = 100  # how often the GUI thread looks whether a collection is due
_IDLE_WAIT_MS = 20  # a finished job's thread is only returning to its pool when its answer arrives


class _GuiThreadCollector(QObject):
    """On the GUI thread: collects what CPython's automatic collection would have, by the same thresholds."""

    def __init__(self, thresholds: tuple[int, int, int], parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = thresholds
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    @Slot()
    def collect_if_due(self) -> None:
        if not gc.isenabled():  # paused while an export is written (companion.ui.collector_pause)
            return
        counts, thresholds = gc.get_count(), self._thresholds
        if thresholds[0] == 0 or counts[0] <= thresholds[0]:
            return
        generation = 0
        while generation < 2 and counts[generation + 1] > thresholds[generation + 1]:
            generation += 1
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()


class _GuiThreadCollection:
    """Keeps Python's cycle collector off the helper threads while any of them exists.

    CPython starts a collection on whichever thread allocates past ``gc.get_threshold()[0]``: with
    the database thread running Python all day, often that one.  A collection frees every
    unreachable reference cycle, and a cycle may hold QObjects of the GUI thread (a closed window
    with its pages, a page's controller with its QTimer, a finished helper); destroyed on the
    database thread, they stop their timers from the wrong thread and tear widgets down while the
    GUI thread draws: the likely cause of the rare segfault of issue 12 (the GUI tests freed over a
    thousand QObjects that way in one run; ``tests/reliability/test_gc_stress.py`` shows it).  So
    from the first helper thread to the last one's shutdown, automatic collection is off (threshold
    0, which leaves ``gc.isenabled()`` to the export's pause) and a GUI-thread timer collects
    instead, from the event loop: never on a helper thread, and never in the middle of Qt code.  A
    QObject made inside a job must die inside it, since a cycle is now always collected on the GUI
    thread.  Touched only on the GUI thread.
    """

    def __init__(self) -> None:
        self._users = 0
        self._saved: tuple[int, int, int] | None = None
        self._collector: _GuiThreadCollector | None = None

    def acquire(self) -> None:
        """A helper is about to start a thread (call on the GUI thread, with a QCoreApplication)."""
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() != app.thread():
            raise RuntimeError("helper threads are started from the GUI thread of a running application")
        self._users += 1
        if self._users == 1:
            saved = gc.get_threshold()
            self._saved = saved
            gc.set_threshold(0, saved[1], saved[2])
            self._collector = _GuiThreadCollector(saved, app)

    def release(self) -> None:
        """A helper's threads have all ended: the last one collects, then gives collection back to CPython."""
        if self._users == 0:
            return
        self._users -= 1
        if self._users > 0:
            return
        collector, self._collector = self._collector, None
        if collector is not None and Shiboken.isValid(collector):  # gone with the application at exit
            collector.stop()
            collector.setParent(None)
        # Collect what is due here, at a quiet moment, before the thresholds come back: left to them,
        # the next allocation would start it, perhaps inside a QObject's destructor, which then destroys
        # other QObjects while Qt holds its locks (a deadlock the GUI tests met).
        gc.collect()
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None


_collection = _GuiThreadCollection()


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
        self._collection_held = False
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

        if not self._collection_held:
            _collection.acquire()
            self._collection_held = True
        self._pool.start(job)

    def has_pending_work(self) -> bool:
        return len(self._callbacks) > 0

    def shutdown(self) -> None:
        """Wait for running jobs to end and drop their callbacks (the app is quitting)."""
        self._shut_down = True
        self._pool.waitForDone()
        self._callbacks.drop_all()
        if self._collection_held:
            self._collection_held = False
            _collection.release()

    @Slot(object)
    def _on_job_finished(self, outcome: _Outcome) -> None:
        self._callbacks.deliver(outcome)
        # Idle again: its threads run no Python now, so the collection goes back to CPython (if no other
        # helper holds it). Held until shutdown instead, a runner its owner never shut down (a settings
        # page's preferences writer, closed with its window) kept automatic collection off for good.
        if not self._callbacks and self._collection_held and self._pool.waitForDone(_IDLE_WAIT_MS):
            self._collection_held = False
            _collection.release()


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
        _collection.acquire()  # released once the thread has ended (shutdown)
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
            _collection.release()
        self._callbacks.drop_all()

    @Slot(object)
    def _on_job_finished(self, outcome: _Outcome) -> None:
        self._callbacks.deliver(outcome)
