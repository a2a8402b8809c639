"""The session page's handle on the stored session: every user action becomes stored events.

What each action stores lives in :mod:`companion.services.session_actions` (Qt-free); this
controller only submits it to the database worker (``VaultController.run_in_database``: the GUI
thread never waits on disk) and emits the :class:`SessionSnapshot` it read back, so what the screen
shows is exactly what was committed.  Events are stamped on the GUI thread with a
:class:`~companion.domain.monitoring.SessionClock` over the injected clock, never earlier than the
session's last stored event.  The 1-second QTimer only asks the clock again: it repaints
(``ticked``) and records check-ins whose grace period has passed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.domain import monitoring
from companion.domain.checklist import Answer
from companion.domain.monitoring import SessionClock
from companion.domain.session import SessionState
from companion.domain.session_events import HelpKind
from companion.services import session_actions as actions
from companion.services.session_actions import CheckinAnswer
from companion.services.session_snapshot import Reading, SessionSnapshot, load_snapshot
from companion.ui.jobs import BugReporter, JobDispatcher, report_to_excepthook

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

TICK_MS = 1000


class SessionController(QObject):
    """Holds the latest :class:`SessionSnapshot`; one method per user action, results by signal."""

    session_changed = Signal(object)  # SessionSnapshot, after every load and every stored action
    failed = Signal(str)  # a calm sentence from the storage layer
    code_refused = Signal()  # the sitter's code did not match; nothing was stored
    ticked = Signal()  # the clock moved: repaint times and prompts

    def __init__(
        self,
        vault: VaultController,
        clock: Clock,
        parent: QObject | None = None,
        *,
        report_bug: BugReporter = report_to_excepthook,
    ) -> None:
        super().__init__(parent)
        self._clock = SessionClock(clock)
        # Counts the jobs on their way; clear() drops the results of jobs from before a lock.
        self._jobs = JobDispatcher(vault.run_in_database, self.failed.emit, report_bug=report_bug)
        self._snapshot = SessionSnapshot(None, None)
        self._loading = False
        # A sitter's check-in answer given while another write is on its way is kept, not dropped.
        self._deferred_checkin: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    # --- state ---------------------------------------------------------------------------------

    @property
    def snapshot(self) -> SessionSnapshot:
        return self._snapshot

    def is_busy(self) -> bool:
        return self._jobs.is_busy()

    def now(self) -> datetime:
        """The time to show and to stamp events with: never before the session's last event."""
        current = self._clock.now()
        session = self._snapshot.session
        last = None if session is None else session.last_event_at
        return max(current, last) if last is not None else current

    def clear(self) -> None:
        """Forget everything shown (the vault is locking); a job still running is ignored."""
        self.timer.stop()
        self._jobs.clear()
        self._loading = False
        self._deferred_checkin = None
        self._snapshot = SessionSnapshot(None, None)

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the care plan and the active session (recording check-ins missed meanwhile)."""
        if self._loading:
            return
        self._loading = True
        now = self._clock.now()
        self._run(lambda vault: load_snapshot(vault, now), force=True, loading=True)

    # --- before the dose -------------------------------------------------------------------------

    def start_session(self) -> None:
        plan = self._snapshot.plan
        if plan is None:
            return
        at = self.now()
        self._run(lambda vault: actions.start_session(vault, plan, at=at))

    def record_block(self, answers: Mapping[str, Answer], reasons: Sequence[str],
                     pre_dose: Reading | None = None) -> None:
        """A stop answer or a do-not-start reading: store the answers and a flagged StartBlocked."""
        at = self.now()
        self._write(lambda vault, session_id: actions.record_block(vault, session_id, answers, reasons,
                                                                    pre_dose, at=at))

    def pass_checklist(self, answers: Mapping[str, Answer], acknowledged: Sequence[str], pre_dose: Reading,
                       mood: int, anxiety: int, intention: str | None) -> None:
        """Store the answers, the pre-dose reading and the baseline, then ChecklistPassed."""
        at = self.now()
        baseline = actions.Baseline(mood, anxiety, intention)
        self._write(lambda vault, session_id: actions.pass_checklist(vault, session_id, answers, acknowledged,
                                                                      pre_dose, baseline, at=at))

    def abandon(self, reason: str) -> None:
        at = self.now()
        self._write(lambda vault, session_id: actions.abandon(vault, session_id, reason, at=at))

    def hand_over(self, name: str, relationship: str, phone: str, code: str | None) -> None:
        at = self.now()
        self._write(lambda vault, session_id: actions.hand_over(
            vault, session_id, name=name, relationship=relationship, phone=phone, code=code, at=at))

    def dose_taken(self, lot_number: str = "") -> None:
        at = self.now()
        self._write(lambda vault, session_id: actions.dose_taken(vault, session_id, lot_number, at=at))

    # --- during monitoring -------------------------------------------------------------------------

    def confirm_checkin(self, answer: CheckinAnswer) -> None:
        """The sitter answers the check-in due now (:func:`actions.confirm_checkin`); ``code_refused``
        follows a wrong code, nothing stored. An answer given while another write is on its way waits."""
        session = self._snapshot.session
        record = self._snapshot.record
        if session is None or record is None:
            return
        if self.is_busy():
            self._deferred_checkin = lambda: self.confirm_checkin(answer)
            return
        at = self.now()
        due_at = monitoring.checkin_to_confirm(session, at)
        if due_at is None:
            return
        self._run(lambda vault: actions.confirm_checkin(vault, record, answer, due_at=due_at, at=at))

    def use_help(self, kind: HelpKind) -> None:
        """Record a use of the help guidance (recorded whenever the session can take it)."""
        session = self._snapshot.session
        if session is None or session.is_final or session.state is SessionState.PLANNED:
            return
        at = self.now()
        self._write(lambda vault, session_id: actions.use_help(vault, session_id, kind, at=at), queue=True)

    def recheck_bp(self, reading: Reading) -> None:
        at = self.now()
        self._write(lambda vault, session_id: actions.recheck_bp(vault, session_id, reading, at=at))

    def start_recovery_check(self) -> None:
        at = self.now()
        self._write(lambda vault, session_id: actions.start_recovery_check(vault, session_id, at=at))

    def recovery_failed(self, reasons: Sequence[str], reading: Reading | None) -> None:
        at = self.now()
        self._write(lambda vault, session_id: actions.recovery_failed(vault, session_id, reasons, reading,
                                                                       at=at))

    def complete(self, reading: Reading | None) -> None:
        """The recovery check passed: the session completes (or, ended early, records when the patient
        was ready to be left)."""
        at = self.now()
        session = self._snapshot.session
        after_early_end = session is not None and session.awaiting_recovery
        self._write(lambda vault, session_id: actions.complete(vault, session_id, reading,
                                                                after_early_end=after_early_end, at=at))

    def end_early(self, reason: str) -> None:
        at = self.now()
        self._write(lambda vault, session_id: actions.end_early(vault, session_id, reason, at=at))

    def tick(self) -> None:
        """Ask the clock again: record check-ins past their grace period, then repaint."""
        session = self._snapshot.session
        record = self._snapshot.record
        if session is not None and record is not None and not self.is_busy():
            now = self.now()
            if monitoring.overdue_checkins(session, now):
                self._run(lambda vault: actions.record_overdue_checkins(vault, record.id, now=now))
        self.ticked.emit()

    # --- plumbing -------------------------------------------------------------------------------

    def _write(self, step: Callable[[OpenVault, int], SessionSnapshot], *, queue: bool = False) -> None:
        """Run ``step(vault, session_id)`` for the session shown (unless busy, or ``queue``: then after)."""
        record = self._snapshot.record
        if record is None or (self.is_busy() and not queue):
            return
        session_id = record.id
        self._run(lambda vault: step(vault, session_id), force=queue)

    def _run(
        self,
        job: Callable[[OpenVault], SessionSnapshot | None],
        *,
        force: bool = False,
        loading: bool = False,
    ) -> None:
        if self.is_busy() and not force:
            return
        self._jobs.run(job, self._on_done, settled=self._on_loaded if loading else None)

    def _on_loaded(self) -> None:
        self._loading = False

    def _on_done(self, snapshot: SessionSnapshot | None) -> None:
        if snapshot is None:
            self.code_refused.emit()
        else:
            self._accept(snapshot)
        self._run_deferred()

    def _run_deferred(self) -> None:
        action, self._deferred_checkin = self._deferred_checkin, None
        if action is not None and not self.is_busy():
            action()
        elif action is not None:
            self._deferred_checkin = action

    def _accept(self, snapshot: SessionSnapshot) -> None:
        self._snapshot = snapshot
        session = snapshot.session
        running = session is not None and session.dose_at is not None and (
            not session.is_final or session.awaiting_recovery)
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running:
            self.timer.stop()
        self.session_changed.emit(snapshot)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.tick()
