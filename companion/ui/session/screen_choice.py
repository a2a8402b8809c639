"""Which session screen owns the content area now: one thing at a time, and nothing replaced.

Pure (no Qt): the session-mode screen asks :func:`choose_screen` on every tick and shows what it
says.  The rules (DESIGN.md §2 "One thing at a time"):

* What the sitter opened (Help, urgent guidance, end early, a reading taken at will, a check-in
  answered from the waiting strip) stays until the sitter closes it; the latest opened is on top.
* A schedule-driven screen the sitter has started to fill in (a reading form with numbers typed)
  is "engaged" and stays too.
* Otherwise the most pressing thing that is due takes the area: the check-in, a follow-up of an
  urgent reading, the recovery check (whose final reading is the re-check at the end), then a
  scheduled reading; with nothing due, the calm screen.
* Whatever is due but hidden behind an opened or engaged screen waits beside it: the check-in in a
  strip that chimes and flashes like the check-in itself, so it is never missed and never replaces
  the emergency guidance the sitter is reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from companion.domain import monitoring
from companion.domain.monitoring import CheckinStatus, ReadingKind
from companion.domain.session import RECOVERY_RECHECK_MINUTES, Session, SessionState
from companion.domain.vitals import BloodPressure


class Screen(StrEnum):
    DOSE = "dose"
    CALM = "calm"
    CHECKIN = "checkin"
    READING = "reading"
    URGENT = "urgent"
    RECOVERY_READY = "recovery_ready"
    RECOVERY = "recovery"
    END_EARLY = "end_early"
    HELP = "help"


# Screens that the sitter opens and closes; everything else follows the schedule.
OPENED_SCREENS = frozenset({Screen.HELP, Screen.URGENT, Screen.END_EARLY, Screen.READING, Screen.CHECKIN})


@dataclass(frozen=True)
class Choice:
    screen: Screen
    checkin_status: CheckinStatus
    checkin_waiting: bool  # a check-in is due but another screen owns the area
    reading_kind: ReadingKind | None = None  # when a scheduled or follow-up reading is due

    @property
    def alert(self) -> bool:
        """Flash: the check-in is overdue (the sitter must answer now)."""
        return self.checkin_status is CheckinStatus.ESCALATE


def reading_due(session: Session, pre_dose: BloodPressure | None, now: datetime) -> ReadingKind | None:
    """The reading the schedule asks for now: a follow-up of an urgent one first, then a re-check."""
    due = monitoring.readings_due(session, pre_dose, now)
    return None if due is None else due.kind


def _due(session: Session, pre_dose: BloodPressure | None, now: datetime,
         status: CheckinStatus) -> list[Screen]:
    """What the schedule asks for now, most pressing first."""
    due: list[Screen] = []
    if status in (CheckinStatus.IN_GRACE, CheckinStatus.ESCALATE):
        due.append(Screen.CHECKIN)
    if session.state is SessionState.RECOVERY_CHECK:
        due.append(Screen.RECOVERY)  # started by the sitter: it keeps the area until it is finished
    reading = reading_due(session, pre_dose, now)
    if reading is ReadingKind.FOLLOW_UP:
        due.append(Screen.READING)
    ready_at = monitoring.recovery_check_due(session)
    if ready_at is not None and ready_at <= now:
        due.append(Screen.RECOVERY_READY)  # its final reading is the re-check at the end
    if reading is ReadingKind.SCHEDULED:
        due.append(Screen.READING)
    return due


def choose_screen(
    session: Session,
    pre_dose: BloodPressure | None,
    now: datetime,
    *,
    opened: Sequence[Screen] = (),
    engaged: Screen | None = None,
) -> Choice:
    """The screen for ``now``; ``opened`` is the stack of screens the sitter opened (latest last)."""
    status = monitoring.checkin_status(session, now)
    kind = reading_due(session, pre_dose, now)
    if session.state is SessionState.HANDED_OVER:
        return Choice(opened[-1] if opened else Screen.DOSE, status, False)
    if session.awaiting_recovery:  # ended early: the sitter stays until the recovery check passes
        again = recovery_again_after_end(session)
        screen = opened[-1] if opened else (Screen.CALM if again is not None and now < again
                                            else Screen.RECOVERY)
        return Choice(screen, status, False)
    due = _due(session, pre_dose, now, status)
    if opened:
        screen = opened[-1]
    elif session.state is SessionState.RECOVERY_CHECK:
        screen = Screen.RECOVERY
    elif engaged is not None and engaged in due:
        screen = engaged
    elif due:
        screen = due[0]
    else:
        screen = Screen.CALM
    waiting = Screen.CHECKIN in due and screen is not Screen.CHECKIN
    return Choice(screen, status, waiting, kind)


@dataclass(frozen=True)
class CalmState:
    """What the calm screen says; it never says "nothing to do" while something is pending."""

    follow_up_at: datetime | None  # an urgent reading is followed up at this time
    recovery_again_at: datetime | None  # a failed recovery check comes back at this time
    recovery_reasons: tuple[str, ...]  # why it did not pass
    minimum_ends_at: datetime | None
    minimum_passed: bool


def recovery_again_after_end(session: Session) -> datetime | None:
    """After an early end, when a failed recovery check is asked again (None: not failed since)."""
    failure = session.last_recovery_failure
    if failure is None or session.ended_at is None or failure.at < session.ended_at:
        return None
    return failure.at + timedelta(minutes=RECOVERY_RECHECK_MINUTES)


def calm_state(session: Session, pre_dose: BloodPressure | None, now: datetime) -> CalmState:
    failure = session.last_recovery_failure
    if session.awaiting_recovery:
        again = recovery_again_after_end(session)
    else:
        again = monitoring.recovery_check_due(session) if failure is not None else None
    ends = session.minimum_ends_at
    return CalmState(
        follow_up_at=monitoring.followup_recheck_at(session, pre_dose),
        recovery_again_at=again,
        recovery_reasons=() if failure is None else failure.reasons,
        minimum_ends_at=ends,
        minimum_passed=ends is not None and monitoring.remaining_minimum(session, now).total_seconds() <= 0,
    )
