"""The session state machine for the day of a dose (pure: no Qt, no disk, no clock of its own).

A session is the fold of its events.  Every event is a small frozen record stamped with an aware UTC
time ``at``; a repository stores each one in the same transaction as the screen change it causes, and
after a crash ``Session.replay(plan, stored_events)`` rebuilds exactly the session that was on screen
(the monitoring schedule in :mod:`companion.domain.monitoring` is then recomputed from those times).

States::

    PLANNED → CHECKLIST → HANDED_OVER → DOSED → MONITORING ⇄ RECOVERY_CHECK → COMPLETED
    (PLANNED | CHECKLIST | HANDED_OVER) → ABANDONED            before the dose, with a reason
    (DOSED | MONITORING | RECOVERY_CHECK) → ENDED_EARLY        after the dose, with a reason

``Session.apply`` refuses anything else with :class:`InvalidTransition` and leaves the session as it
was.  Event times never go backwards: stamp events with ``monitoring.SessionClock`` (or at least with
``max(now, session.last_event_at)``).  "Never two active sessions" is the repository's rule; it asks
:attr:`Session.is_active`.

The events themselves live in :mod:`companion.domain.session_events`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from companion.domain.care_plan import CarePlan
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinConfirmed,
    CheckinMissed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    HelpUsed,
    MonitoringStarted,
    RecoveredAfterEnd,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
)

# After a failed recovery check, monitoring goes on and the sitter is asked again this many minutes
# later (issue #3, "Ending").  A constant rather than a care-plan field: the clinician sets the
# minimum monitoring time; this is only how often the app re-asks once that time has passed.
RECOVERY_RECHECK_MINUTES = 15
# Events an ended-early session still takes while the sitter stays until the patient has recovered.
_AFTER_EARLY_END = (RecoveredAfterEnd, RecoveryCheckFailed, HelpUsed, BpRechecked)



class InvalidTransition(Exception):  # noqa: N818 - the name the rest of the code base uses
    """An event that the session in its current state cannot accept (a bug in the caller)."""


class SessionState(StrEnum):
    PLANNED = "planned"
    CHECKLIST = "checklist"
    HANDED_OVER = "handed_over"
    DOSED = "dosed"
    MONITORING = "monitoring"
    RECOVERY_CHECK = "recovery_check"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    ABANDONED = "abandoned"


FINAL_STATES = frozenset({SessionState.COMPLETED, SessionState.ENDED_EARLY, SessionState.ABANDONED})
BEFORE_DOSE_STATES = frozenset({SessionState.PLANNED, SessionState.CHECKLIST, SessionState.HANDED_OVER})
AFTER_DOSE_STATES = frozenset({SessionState.DOSED, SessionState.MONITORING, SessionState.RECOVERY_CHECK})


def is_checkin_time(plan: CarePlan, dose_at: datetime, due_at: datetime) -> bool:
    """Whether ``due_at`` is on the check-in grid: the dose time plus a whole number (≥ 1) of intervals."""
    interval = timedelta(minutes=plan.checkin_interval_minutes)
    offset = due_at - dose_at
    return offset >= interval and offset % interval == timedelta(0)


@dataclass(frozen=True)
class Session:
    """One session as the fold of its events.  Build with :meth:`new` or :meth:`replay`."""

    plan: CarePlan  # the care plan that applied when the session was created
    state: SessionState = SessionState.PLANNED
    events: tuple[SessionEvent, ...] = ()
    dose_at: datetime | None = None
    ended_at: datetime | None = None

    @classmethod
    def new(cls, plan: CarePlan) -> Session:
        return cls(plan=plan)

    @classmethod
    def replay(cls, plan: CarePlan, events: Iterable[SessionEvent]) -> Session:
        """Rebuild a session from its stored events; InvalidTransition means the stored history is broken."""
        session = cls.new(plan)
        for event in events:
            session = session.apply(event)
        return session

    # -- what the rest of the app asks ---------------------------------------------------------

    @property
    def is_active(self) -> bool:
        """Not yet ended (a PLANNED session counts: it was started and must be finished or abandoned)."""
        return self.state not in FINAL_STATES

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def last_event_at(self) -> datetime | None:
        return self.events[-1].at if self.events else None

    @property
    def minimum_monitoring(self) -> timedelta:
        return timedelta(minutes=self.plan.minimum_monitoring_minutes)

    @property
    def minimum_ends_at(self) -> datetime | None:
        return None if self.dose_at is None else self.dose_at + self.minimum_monitoring

    @property
    def checklist_passed(self) -> bool:
        return any(isinstance(e, ChecklistPassed) for e in self.events)

    @property
    def sitter(self) -> SitterHandedOver | None:
        return next((e for e in self.events if isinstance(e, SitterHandedOver)), None)

    @property
    def confirmed_checkins(self) -> tuple[CheckinConfirmed, ...]:
        return tuple(e for e in self.events if isinstance(e, CheckinConfirmed))

    @property
    def missed_checkins(self) -> tuple[CheckinMissed, ...]:
        return tuple(e for e in self.events if isinstance(e, CheckinMissed))

    @property
    def bp_readings(self) -> tuple[BpRechecked, ...]:
        return tuple(e for e in self.events if isinstance(e, BpRechecked))

    @property
    def help_uses(self) -> tuple[HelpUsed, ...]:
        return tuple(e for e in self.events if isinstance(e, HelpUsed))

    @property
    def last_recovery_failure(self) -> RecoveryCheckFailed | None:
        failures = [e for e in self.events if isinstance(e, RecoveryCheckFailed)]
        return failures[-1] if failures else None

    @property
    def end_reason(self) -> str | None:
        ending = next((e for e in reversed(self.events) if isinstance(e, EndedEarly | Abandoned)), None)
        return None if ending is None else ending.reason

    @property
    def monitored(self) -> timedelta | None:
        """Total time monitored (dose to end), once a dosed session has ended."""
        if self.dose_at is None or self.ended_at is None:
            return None
        return self.ended_at - self.dose_at

    @property
    def ended_before_minimum(self) -> bool:
        monitored = self.monitored
        return monitored is not None and monitored < self.minimum_monitoring

    # -- transitions -------------------------------------------------------------------------------

    @property
    def awaiting_recovery(self) -> bool:
        """Ended early after the dose, and the recovery check has not passed yet: the sitter stays."""
        return (self.state is SessionState.ENDED_EARLY and self.dose_at is not None
                and not any(isinstance(e, RecoveredAfterEnd) for e in self.events))

    @property
    def recovered_at(self) -> datetime | None:
        """When the patient could be left: the recovery check passed (completed, or after an early end)."""
        return next((e.at for e in self.events if isinstance(e, Completed)), None)

    def apply(self, event: SessionEvent) -> Session:
        """The session after ``event``; raises InvalidTransition (and changes nothing) if not allowed."""
        if self.is_final and not (self.awaiting_recovery and isinstance(event, _AFTER_EARLY_END)):
            raise InvalidTransition(f"the session has already ended ({self.state})")
        last = self.last_event_at
        if last is not None and event.at < last:
            raise InvalidTransition("an event cannot be earlier than the one before it")
        if self.is_final:  # after an early end: recorded, the state and the end time stay
            if isinstance(event, RecoveredAfterEnd) and self.plan.bp_recheck_at_end and not event.has_vitals:
                raise InvalidTransition("the care plan asks for final vitals at the end")
            return replace(self, events=(*self.events, event))
        state = self._next_state(event)
        changed = replace(self, state=state, events=(*self.events, event))
        if isinstance(event, DoseTaken):
            changed = replace(changed, dose_at=event.at)
        if state in FINAL_STATES:
            changed = replace(changed, ended_at=event.at)
        return changed

    def _require(self, event: SessionEvent, *allowed: SessionState) -> None:
        if self.state not in allowed:
            raise InvalidTransition(f"{type(event).__name__} is not allowed in state {self.state}")

    def _next_state(self, event: SessionEvent) -> SessionState:
        s = SessionState
        match event:
            case ChecklistStarted():
                self._require(event, s.PLANNED)
                return s.CHECKLIST
            case StartBlocked() | ChecklistPassed():
                self._require(event, s.CHECKLIST)
                if self.checklist_passed:
                    raise InvalidTransition("the checklist has already been passed")
                return s.CHECKLIST
            case SitterHandedOver():
                self._require(event, s.CHECKLIST)
                if not self.checklist_passed:
                    raise InvalidTransition("the sitter takes over only after the checklist is passed")
                return s.HANDED_OVER
            case DoseTaken():
                self._require(event, s.HANDED_OVER)
                return s.DOSED
            case MonitoringStarted():
                self._require(event, s.DOSED)
                return s.MONITORING
            case CheckinConfirmed() | CheckinMissed():
                self._require(event, s.MONITORING)
                self._check_checkin(event)
                return s.MONITORING
            case BpRechecked():
                self._require(event, s.MONITORING, s.RECOVERY_CHECK)
                return self.state
            case HelpUsed():
                self._require(event, s.CHECKLIST, s.HANDED_OVER, *AFTER_DOSE_STATES)
                return self.state
            case RecoveryCheckStarted():
                self._require(event, s.MONITORING)
                self._check_recovery_start(event)
                return s.RECOVERY_CHECK
            case RecoveryCheckFailed():
                self._require(event, s.RECOVERY_CHECK)
                return s.MONITORING
            case RecoveredAfterEnd():
                raise InvalidTransition("RecoveredAfterEnd follows only an early end")
            case Completed():
                self._require(event, s.RECOVERY_CHECK)
                self._check_completion(event)
                return s.COMPLETED
            case EndedEarly():
                self._require(event, *AFTER_DOSE_STATES)
                return s.ENDED_EARLY
            case Abandoned():
                self._require(event, *BEFORE_DOSE_STATES)
                return s.ABANDONED
        raise InvalidTransition(f"unknown session event {type(event).__name__}")

    def _check_checkin(self, event: CheckinConfirmed | CheckinMissed) -> None:
        assert self.dose_at is not None  # MONITORING is reached only through DoseTaken
        if not is_checkin_time(self.plan, self.dose_at, event.due_at):
            raise InvalidTransition("no check-in is scheduled at that time")
        grace = timedelta(minutes=self.plan.checkin_grace_minutes)
        confirmed = [c.due_at for c in self.confirmed_checkins]
        if event.due_at in confirmed:
            raise InvalidTransition("that check-in has already been confirmed")
        if isinstance(event, CheckinConfirmed):
            # A sitter may answer up to the grace period early; later check-ins only, one answer each.
            if event.at < event.due_at - grace:
                raise InvalidTransition("that check-in is not due yet")
            if confirmed and event.due_at < max(confirmed):
                raise InvalidTransition("a later check-in has already been confirmed")
        else:
            if event.at < event.due_at + grace:
                raise InvalidTransition("a check-in is missed only after its grace period")
            if event.due_at in (m.due_at for m in self.missed_checkins):
                raise InvalidTransition("that check-in has already been recorded as missed")

    def _check_recovery_start(self, event: RecoveryCheckStarted) -> None:
        ends_at = self.minimum_ends_at
        assert ends_at is not None
        if event.at < ends_at:
            raise InvalidTransition("the recovery check comes after the minimum monitoring time")
        failure = self.last_recovery_failure
        if failure is not None and event.at < failure.at + timedelta(minutes=RECOVERY_RECHECK_MINUTES):
            raise InvalidTransition("the recovery check is asked again only after the waiting time")

    def _check_completion(self, event: Completed) -> None:
        ends_at = self.minimum_ends_at
        assert ends_at is not None
        if event.at < ends_at:
            # Unreachable through RecoveryCheckStarted, kept as the rule's own guard.
            raise InvalidTransition("a session completes only after the minimum monitoring time")
        if self.plan.bp_recheck_at_end and not event.has_vitals:
            raise InvalidTransition("the care plan asks for final vitals at the end")
