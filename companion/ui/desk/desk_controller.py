"""The desk window's handle on the desk: every method returns at once, results come back on the GUI thread.

Three :class:`~companion.ui.background.BackgroundRunner` s, so nothing the clinician asks for waits
behind something they did not:

* ``reader`` (two threads): key derivation (unlock) and reading exports (verify, read);
* ``writer`` (one thread): creating the desk and every change to the list of patients, one at a time,
  so the list has one writer; the care-plan writer saves its signed files there too (``file_runner``);
* ``surveyor`` (one thread): re-checking each patient's latest export for the list, in the background.

Jobs go through :class:`~companion.ui.jobs.JobDispatcher` s (the controller's, or a page's own from
:meth:`DeskController.jobs`, whose ``clear()`` drops the page's stale answers). Two kinds of error: a
known one (a :class:`~companion.storage.errors.StorageError`, the desk's own errors among them, or an
export that cannot be read) becomes one calm sentence; anything else is a bug and goes to
``report_bug`` (the crash dialog in the app).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from companion.ui.background import BackgroundRunner
from companion.ui.core_text import core_text
from companion.ui.desk import desk_jobs
from companion.ui.desk.desk_jobs import KNOWN_ERRORS, UnusableList
from companion.ui.jobs import BugReporter, JobDispatcher, report_to_excepthook

if TYPE_CHECKING:
    from companion.desk.desk_access import OpenDesk
    from companion.desk.desk_paths import DeskPaths
    from companion.desk.patient_registry import Patient
    from companion.domain.clock import Clock
    from companion.storage.kdf import KdfChooser

T = TypeVar("T")
KnownFailure = Callable[[str], None]
Failure = Callable[[BaseException], None]


class DeskController(QObject):
    """Owns the open desk for the window. Methods return at once; outcomes arrive by signal or callback."""

    busy_changed = Signal(bool)
    key_info_read = Signal(object)  # ClinicianKeyInfo: whose desk this is, for the unlock screen
    key_info_failed = Signal(str)
    desk_opened = Signal()  # created or unlocked: ``desk`` is set
    create_failed = Signal(str)
    unlock_failed = Signal(str)
    patient_list_unusable = Signal(str)  # the passphrase was right, the list of patients cannot be used
    patients_changed = Signal()  # the list of patients was written (a patient added, an export recorded)

    def __init__(
        self,
        paths: DeskPaths,
        clock: Clock,
        kdf_chooser: KdfChooser,
        parent: QObject | None = None,
        *,
        report_bug: BugReporter = report_to_excepthook,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.clock = clock
        self._kdf_chooser = kdf_chooser
        self._report_bug = report_bug
        self._reader = BackgroundRunner(self, max_threads=2)
        self._writer = BackgroundRunner(self, max_threads=1)
        self._surveyor = BackgroundRunner(self, max_threads=1)
        self._desk: OpenDesk | None = None
        self._unusable: UnusableList | None = None  # the opened key while the clinician decides
        self._shut_down = False
        self._jobs = self.jobs(_dropped, on_busy=self.busy_changed.emit)
        self._survey_jobs = JobDispatcher(self._survey, _dropped, report_bug=report_bug,
                                          describe=desk_error_text)

    # --- state -------------------------------------------------------------------------------

    def exists(self) -> bool:
        """Whether the folder holds a clinician key (two file checks, as the app's first screen does)."""
        from companion.desk.desk_access import desk_exists

        return desk_exists(self.paths)

    @property
    def desk(self) -> OpenDesk | None:
        return self._desk

    def patients(self) -> tuple[Patient, ...]:
        """The patients as the list on disk holds them (in memory: fine on the GUI thread)."""
        return () if self._desk is None else self._desk.patients.patients

    @property
    def file_runner(self) -> BackgroundRunner:
        """The one writing thread, for a widget that saves a file of its own and handles its own errors (the
        care-plan writer); stopped with the others at ``shutdown``."""
        return self._writer

    def is_busy(self) -> bool:
        """Whether a job of the controller's own or of ``run_read``/``run_write`` is on its way."""
        return self._jobs.is_busy()

    def report_bug(self, error: BaseException) -> None:
        """Hand a bug to the desk's reporter (the crash dialog in the app)."""
        self._report_bug(error)

    def shutdown(self) -> None:
        """Wait for running jobs and drop their results (the window is closing). Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        for runner in (self._surveyor, self._reader, self._writer):
            runner.shutdown()
        self._desk = None
        self._unusable = None

    # --- the desk itself ---------------------------------------------------------------------

    def read_key_info(self) -> None:
        """Whose desk this is (name and key fingerprint), read off the GUI thread."""
        path = self.paths.key_file

        def job() -> object:
            from companion.desk.clinician_key import read_clinician_key_info

            return read_clinician_key_info(path)

        self.run_read(job, self.key_info_read.emit, self.key_info_failed.emit)

    def create(self, clinician_name: str, passphrase: str) -> None:
        """A new desk: the policy checked, the key derived and written, the empty list made (``writer``)."""
        paths, clock, choose = self.paths, self.clock, self._kdf_chooser

        def job() -> OpenDesk:
            from companion.desk.clinician_key import check_new_passphrase, clean_clinician_name
            from companion.desk.desk_access import create_desk

            name = clean_clinician_name(clinician_name)
            check_new_passphrase(passphrase, name)
            return create_desk(paths, name, passphrase, choose(), now=clock.now())

        self.run_write(job, self._on_desk_opened, self.create_failed.emit)

    def unlock(self, passphrase: str) -> None:
        """One Argon2id derivation and the list of patients read (``reader``); a wrong one writes nothing.

        A list that is missing, damaged or changed outside the desk: ``patient_list_unusable`` with its
        sentence, and the opened key is kept for :meth:`start_new_patient_list`.
        """
        paths = self.paths
        self._unusable = None

        self.run_read(lambda: desk_jobs.unlock(paths, passphrase), self._on_unlocked, self.unlock_failed.emit)

    def start_new_patient_list(self) -> None:
        """After the clinician's explicit confirmation: the unusable list set aside (never deleted), an
        empty one started (``writer``), and the desk opened with it. A failure is ``unlock_failed``."""
        unusable, paths, now = self._unusable, self.paths, self.clock.now()
        if unusable is None:
            return
        self.run_write(lambda: desk_jobs.start_new_list(paths, unusable.key, now), self._on_desk_opened,
                       self.unlock_failed.emit)

    def _on_unlocked(self, result: OpenDesk | UnusableList) -> None:
        if isinstance(result, UnusableList):
            self._unusable = result
            self.patient_list_unusable.emit(core_text(result.sentence))
        else:
            self._on_desk_opened(result)

    def _on_desk_opened(self, desk: OpenDesk) -> None:
        self._desk = desk
        self._unusable = None
        self.desk_opened.emit()

    # --- jobs --------------------------------------------------------------------------------

    def jobs(self, on_failure: KnownFailure, *,
             on_busy: Callable[[bool], None] | None = None) -> JobDispatcher:
        """A dispatcher for a page's own jobs: on the reading threads by default (``via=self.write`` for the
        writing one), known errors said as the desk says them, bugs to the desk's reporter; the page's
        ``clear()`` drops only its own answers (it moved on)."""
        return JobDispatcher(self.read, on_failure, report_bug=self._report_bug, on_busy=on_busy,
                             describe=desk_error_text)

    def run_read(self, fn: Callable[[], T], on_success: Callable[[T], None], on_known: KnownFailure) -> None:
        """Run ``fn`` on the reading threads (never touch a widget in it)."""
        self._jobs.run(fn, on_success, on_failure=on_known)

    def run_write(self, fn: Callable[[], T], on_success: Callable[[T], None], on_known: KnownFailure) -> None:
        """Run ``fn`` on the one writing thread (see :meth:`write`)."""
        self._jobs.run(fn, on_success, via=self.write, on_failure=on_known)

    def run_survey(self, fn: Callable[[], T], on_success: Callable[[T], None]) -> None:
        """Background checks for the list, not counted as busy; a known failure is dropped (the list keeps
        what it had)."""
        self._survey_jobs.run(fn, on_success)

    # The helpers the dispatchers hand their jobs to; after ``shutdown`` a job is not started.

    def read(self, fn: Callable[[], T], on_success: Callable[[T], None], on_failure: Failure) -> None:
        if not self._shut_down:
            self._reader.run(fn, on_success, on_failure)

    def write(self, fn: Callable[[], T], on_success: Callable[[T], None], on_failure: Failure) -> None:
        """On success ``patients_changed`` (with a desk open) first, so the list shows the change before
        ``on_success`` acts on it (selects the patient just added)."""

        def written(result: T) -> None:
            if self._desk is not None:
                self.patients_changed.emit()
            on_success(result)

        if not self._shut_down:
            self._writer.run(fn, written, on_failure)

    def _survey(self, fn: Callable[[], T], on_success: Callable[[T], None], on_failure: Failure) -> None:
        if not self._shut_down:
            self._surveyor.run(fn, on_success, on_failure)


def desk_error_text(error: BaseException) -> str | None:
    """The sentence of a known error (storage, the desk's own, an export that cannot be read); None: a bug."""
    return core_text(error) if isinstance(error, KNOWN_ERRORS) else None


def _dropped(_sentence: str) -> None:
    """The default failure path: each desk job names its own (a survey's known failure is dropped)."""
