"""The session page's handle on the stored session: every user action becomes stored events.

All database work goes through :meth:`VaultController.run_in_database` (one worker thread; the GUI
thread never waits on disk).  Each job writes, then reads back a :class:`SessionSnapshot`, so what
the screen shows is exactly what was committed.  Events are stamped on the GUI thread with a
:class:`~companion.domain.monitoring.SessionClock` over the injected clock, never earlier than the
session's last stored event.  The 1-second QTimer only asks the clock again: it repaints
(``ticked``) and records check-ins whose grace period has passed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.domain import monitoring
from companion.domain.checklist import Answer
from companion.domain.monitoring import SessionClock
from companion.domain.session import SessionState
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinConfirmed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    HelpKind,
    HelpUsed,
    MonitoringStarted,
    RecoveredAfterEnd,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
    hash_sitter_code,
    sitter_code_matches,
)
from companion.storage.errors import StorageError
from companion.ui.session.session_snapshot import (
    Reading,
    SessionSnapshot,
    load_snapshot,
    read_snapshot,
    sessions_of,
)

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.storage.sessions import SessionRepository
    from companion.storage.vault import OpenVault
    from companion.ui.session.checkin_prompt import CheckinAnswer
    from companion.ui.vault_controller import VaultController

TICK_MS = 1000
BugReporter = Callable[[BaseException], None]


def _report_to_excepthook(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)


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
        report_bug: BugReporter = _report_to_excepthook,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._clock = SessionClock(clock)
        self._report_bug = report_bug
        self._snapshot = SessionSnapshot(None, None)
        self._pending = 0  # jobs submitted and not yet answered
        self._loading = False
        # A sitter's check-in answer given while another write is on its way is kept, not dropped.
        self._deferred_checkin: Callable[[], None] | None = None
        self._generation = 0  # bumped by clear(): results of jobs from before a lock are dropped
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    # --- state ---------------------------------------------------------------------------------

    @property
    def snapshot(self) -> SessionSnapshot:
        return self._snapshot

    def is_busy(self) -> bool:
        return self._pending > 0

    def now(self) -> datetime:
        """The time to show and to stamp events with: never before the session's last event."""
        current = self._clock.now()
        session = self._snapshot.session
        last = None if session is None else session.last_event_at
        return max(current, last) if last is not None else current

    def clear(self) -> None:
        """Forget everything shown (the vault is locking); a job still running is ignored."""
        self.timer.stop()
        self._generation += 1
        self._pending = 0
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

        def job(vault: OpenVault) -> SessionSnapshot:
            sessions = sessions_of(vault)
            with vault.database.transaction():  # the new session and its first event, or neither
                record = sessions.append(sessions.create(plan, at=at).id, ChecklistStarted(at=at))
            return read_snapshot(vault, record)

        self._run(job)

    def record_block(self, answers: Mapping[str, Answer], reasons: Sequence[str],
                     pre_dose: Reading | None = None) -> None:
        """A stop answer or a do-not-start reading: store the answers and a flagged StartBlocked."""
        self._write([StartBlocked(at=self.now(), reasons=tuple(reasons))], answers=answers, pre_dose=pre_dose)

    def pass_checklist(self, answers: Mapping[str, Answer], acknowledged: Sequence[str], pre_dose: Reading,
                       mood: int, anxiety: int, intention: str | None) -> None:
        """Store the answers, the pre-dose reading and the baseline, then ChecklistPassed."""
        at = self.now()
        event = ChecklistPassed(at=at, cautions_acknowledged=tuple(acknowledged))

        def extra(sessions: SessionRepository, session_id: int) -> None:
            sessions.save_baseline(session_id, mood, anxiety, intention, at)

        self._write([event], answers=answers, pre_dose=pre_dose, extra=extra)

    def abandon(self, reason: str) -> None:
        self._write([Abandoned(at=self.now(), reason=reason)])

    def hand_over(self, name: str, relationship: str, phone: str, code: str | None) -> None:
        at = self.now()
        record = self._snapshot.record
        if record is None or self.is_busy():
            return

        def job(vault: OpenVault) -> SessionSnapshot:
            # PBKDF2 takes a moment: done here, off the GUI thread.
            code_hash = None if code is None else hash_sitter_code(code)
            event = SitterHandedOver(at=at, sitter_name=name, relationship=relationship, phone=phone,
                                     code_hash=code_hash)
            sessions = sessions_of(vault)
            return read_snapshot(vault, sessions.append(record.id, event))

        self._run(job)

    def dose_taken(self, lot_number: str = "") -> None:
        at = self.now()
        self._write([DoseTaken(at=at, lot_number=lot_number), MonitoringStarted(at=at)])

    # --- during monitoring -------------------------------------------------------------------------

    def confirm_checkin(self, answer: CheckinAnswer) -> None:
        """The sitter answers the check-in due now.

        "All well" needs the right code (``code_refused`` follows a wrong one, nothing stored) unless
        the sitter said they forgot it; "I'm worried" and an emergency sign are always recorded, as
        "without the code" when no right code came with them.
        """
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
        sitter = session.sitter
        code_hash = None if sitter is None else sitter.code_hash
        must_match = answer.all_well and not answer.forgot_code

        def job(vault: OpenVault) -> SessionSnapshot | None:
            # PBKDF2 takes a moment: checked here, off the GUI thread.
            matched = code_hash is None or (answer.code is not None and sitter_code_matches(answer.code,
                                                                                           code_hash))
            if must_match and not matched:
                return None
            event = CheckinConfirmed(at=at, due_at=due_at, all_well=answer.all_well, without_code=not matched,
                                     very_sleepy=answer.very_sleepy, detached=answer.detached,
                                     slow_breathing=answer.slow_breathing)
            return read_snapshot(vault, sessions_of(vault).append(record.id, event))

        self._run(job)

    def use_help(self, kind: HelpKind) -> None:
        """Record a use of the help guidance (recorded whenever the session can take it)."""
        session = self._snapshot.session
        if session is None or session.is_final or session.state is SessionState.PLANNED:
            return
        self._write([HelpUsed(at=self.now(), kind=kind)], queue=True)

    def recheck_bp(self, reading: Reading) -> None:
        self._write([self._bp_event(reading)], pre_dose=None, vitals_kind="recheck", reading=reading)

    def start_recovery_check(self) -> None:
        self._write([RecoveryCheckStarted(at=self.now())])

    def recovery_failed(self, reasons: Sequence[str], reading: Reading | None) -> None:
        events: list[SessionEvent] = []
        if reading is not None:
            events.append(self._bp_event(reading))
        events.append(RecoveryCheckFailed(at=self.now(), reasons=tuple(reasons)))
        self._write(events, vitals_kind="recheck" if reading else None, reading=reading)

    def complete(self, reading: Reading | None) -> None:
        """The recovery check passed: the session completes (or, ended early, records when the patient
        was ready to be left)."""
        at = self.now()
        session = self._snapshot.session
        kind = RecoveredAfterEnd if session is not None and session.awaiting_recovery else Completed
        if reading is not None and reading.heart_rate is not None:
            event = kind(at=at, systolic=reading.bp.systolic, diastolic=reading.bp.diastolic,
                         heart_rate=reading.heart_rate, spo2=reading.spo2)
        else:
            event = kind(at=at)
        self._write([event], vitals_kind="final" if reading else None, reading=reading)

    def end_early(self, reason: str) -> None:
        self._write([EndedEarly(at=self.now(), reason=reason)])

    def tick(self) -> None:
        """Ask the clock again: record check-ins past their grace period, then repaint."""
        session = self._snapshot.session
        record = self._snapshot.record
        if session is not None and record is not None and not self.is_busy():
            now = self.now()
            if monitoring.overdue_checkins(session, now):
                self._run(lambda vault: read_snapshot(
                    vault, sessions_of(vault).record_overdue_checkins(record.id, now)))
        self.ticked.emit()

    # --- plumbing -------------------------------------------------------------------------------

    def _bp_event(self, reading: Reading) -> BpRechecked:
        heart_rate = reading.heart_rate
        if heart_rate is None:
            raise ValueError("a blood-pressure re-check needs the heart rate too")
        return BpRechecked(at=self.now(), systolic=reading.bp.systolic, diastolic=reading.bp.diastolic,
                           heart_rate=heart_rate, spo2=reading.spo2)

    def _write(
        self,
        events: Sequence[SessionEvent],
        *,
        answers: Mapping[str, Answer] | None = None,
        pre_dose: Reading | None = None,
        vitals_kind: str | None = None,
        reading: Reading | None = None,
        extra: Callable[[SessionRepository, int], None] | None = None,
        queue: bool = False,
    ) -> None:
        """Store answers/readings, run ``extra`` and append ``events``, all in one transaction."""
        record = self._snapshot.record
        if record is None or (self.is_busy() and not queue):
            return
        session_id = record.id
        at = events[0].at if events else self.now()

        def job(vault: OpenVault) -> SessionSnapshot:
            sessions = sessions_of(vault)
            # What the screen shows next (answers, readings, the new state) is stored together or not at all.
            with vault.database.transaction():
                for item_id, answer in (answers or {}).items():
                    sessions.save_checklist_answer(session_id, item_id, answer)
                if pre_dose is not None:
                    sessions.save_vitals(session_id, "pre_dose", pre_dose.bp, pre_dose.heart_rate, at,
                                         pre_dose.spo2)
                if vitals_kind is not None and reading is not None:
                    sessions.save_vitals(session_id, vitals_kind, reading.bp, reading.heart_rate, at,
                                         reading.spo2)
                if extra is not None:
                    extra(sessions, session_id)
                record = sessions.append(session_id, *events)
            return read_snapshot(vault, record)

        self._run(job, force=queue)

    def _run(
        self,
        job: Callable[[OpenVault], SessionSnapshot | None],
        *,
        force: bool = False,
        loading: bool = False,
    ) -> None:
        if self.is_busy() and not force:
            return
        self._pending += 1
        generation = self._generation

        def done(snapshot: SessionSnapshot | None) -> None:
            if generation != self._generation:
                return
            self._pending -= 1
            if loading:
                self._loading = False
            if snapshot is None:
                self.code_refused.emit()
            else:
                self._accept(snapshot)
            self._run_deferred()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._pending -= 1
            if loading:
                self._loading = False
            if isinstance(error, StorageError):
                self.failed.emit(str(error))
            else:
                self._report_bug(error)

        self._vault.run_in_database(job, done, failed)

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
