"""One job dispatcher for the GUI's controllers: generation guard, busy count, known error or bug.

A controller owns one :class:`JobDispatcher` (a plain object, touched only on the GUI thread) and
hands it each job with the helper that runs it (``VaultController.run_in_database`` for database
work, ``VaultController.run_in_background`` for file work that is not database work, the database
worker's ``submit``/``manage``, or a background runner's ``run``, as the desk's threads).  The dispatcher

* counts the jobs on their way and says when that count leaves or reaches 0 (``on_busy``);
* drops the outcome of a job submitted before :meth:`JobDispatcher.clear` (the vault is locking);
* turns a known error (a :class:`StorageError`, or what the controller's ``describe`` knows) into
  one calm sentence for the failure path, and hands anything else, a bug, to ``report_bug`` (the
  crash dialog in the app; ``sys.excepthook`` by default).

The job itself is handed to the helper untouched: the dispatcher never wraps it, so it holds only
what the caller captured (plain values, never a QObject: see :mod:`companion.ui.background`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from companion.storage.errors import StorageError
from companion.ui.core_text import core_text

T = TypeVar("T")
BugReporter = Callable[[BaseException], None]
FailurePath = Callable[[str], None]
Describer = Callable[[BaseException], "str | None"]
Submit = Callable[[Callable[..., T], Callable[[T], None], Callable[[BaseException], None]], None]


def report_to_excepthook(error: BaseException) -> None:
    """A bug: hand it to ``sys.excepthook`` (the app's crash dialog)."""
    sys.excepthook(type(error), error, error.__traceback__)


def storage_error_text(error: BaseException) -> str | None:
    """The sentence of a known storage error; None for anything else (a bug)."""
    return core_text(error) if isinstance(error, StorageError) else None


class JobDispatcher:
    """Runs a controller's jobs off the GUI thread; outcomes come back here, on the GUI thread."""

    def __init__(
        self,
        submit: Submit[Any],
        on_failure: FailurePath,
        *,
        report_bug: BugReporter | None = None,
        on_busy: Callable[[bool], None] | None = None,
        describe: Describer = storage_error_text,
        alive: Callable[[], bool] | None = None,
    ) -> None:
        """``submit``: the default helper; ``on_failure``: the sentence of a known error; ``alive``:
        False once the owner is gone (a deleted widget), when every outcome is dropped."""
        self._submit = submit
        self._on_failure = on_failure
        self._report_bug = report_bug or report_to_excepthook
        self._on_busy = on_busy
        self._describe = describe
        self._alive = alive
        self._generation = 0
        self._pending = 0
        self._shown_busy = False  # what on_busy was last told

    def is_busy(self) -> bool:
        return self._pending > 0

    def clear(self) -> None:
        """Forget the jobs on their way (the vault is locking): their outcomes are dropped."""
        self._generation += 1
        self._pending = 0
        self._show_busy()

    def run(
        self,
        job: Callable[..., T],
        on_success: Callable[[T], None],
        *,
        via: Submit[T] | None = None,
        on_failure: FailurePath | None = None,
        settled: Callable[[], None] | None = None,
        continues: bool = False,
    ) -> None:
        """Run ``job`` with ``via`` (the default helper if None); ``on_success(result)`` here.

        ``on_failure`` replaces the default failure path for this job; ``settled`` runs once it is
        answered either way, before the answer is delivered.  ``continues``: ``on_success`` goes on
        with another job, so idle is only said once that one is answered (no idle moment in between).
        """
        generation = self._generation
        self._pending += 1
        self._show_busy()

        def succeeded(result: T) -> None:
            if not self._current(generation):
                return
            if continues:  # counted down, but idle is only said if on_success started nothing
                self._pending -= 1
                if settled is not None:
                    settled()
                on_success(result)
                self._show_busy()
            else:
                self._settle(settled)
                on_success(result)

        def failed(error: BaseException) -> None:
            if self._current(generation):
                self._settle(settled)
                self.handle_error(error, on_failure)

        (via or self._submit)(job, succeeded, failed)

    def handle_error(self, error: BaseException, on_failure: FailurePath | None = None) -> None:
        """A known error becomes its sentence on the failure path; anything else is a bug."""
        sentence = self._describe(error)
        if sentence is None:
            self._report_bug(error)
        else:
            (on_failure or self._on_failure)(sentence)

    def _current(self, generation: int) -> bool:
        return generation == self._generation and (self._alive is None or self._alive())

    def _settle(self, settled: Callable[[], None] | None) -> None:
        self._pending -= 1
        self._show_busy()
        if settled is not None:
            settled()

    def _show_busy(self) -> None:
        busy = self._pending > 0
        if busy != self._shown_busy:
            self._shown_busy = busy
            if self._on_busy is not None:
                self._on_busy(busy)
