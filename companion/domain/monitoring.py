"""The monitoring schedule, computed only from a session's stored timestamps and the current time.

Nothing here counts timer ticks: a QTimer only asks these functions again.  Every function takes the
session and ``now`` (an aware datetime) and is pure, so after a crash the same stored events give the
same elapsed time and the same schedule.

Check-ins fall due at dose + k × interval (k ≥ 1).  A sitter may answer one up to the grace period
early; once due it is IN_GRACE for the grace period, then ESCALATE until the sitter answers the latest
one.  A check-in that fell due during a recovery check (or up to the grace period before it started)
is covered by that check: the sitter was with the patient.  Every other check-in not answered within
its grace period is *missed*; :func:`overdue_checkins` returns the ones not yet recorded, including
those that fell due while the app was closed, so the caller records them instead of dropping them.

Time rule (wall-clock jumps, suspend and resume):

* Elapsed time is wall-clock time since the stored dose time.  All times are aware UTC, so daylight
  saving and time-zone changes move nothing.
* High-water mark: ``now`` is never taken earlier than the session's last stored event
  (:func:`effective_now`), so a clock set back never makes elapsed time negative or smaller than what
  was already recorded, and a new event is never stamped before the previous one.
* While the app runs, :class:`SessionClock` also follows the monotonic clock: when the wall clock goes
  back, time keeps running at the monotonic rate from where it was, so the schedule neither stalls nor
  repeats; when the wall clock goes forward (a suspend, whose time the monotonic clock may not count,
  or a clock set ahead), the wall clock is believed.
* Trade-off, stated plainly: the two cannot be told apart, so a clock set *ahead* counts as time that
  passed: elapsed grows by the jump, the check-ins in the skipped span show as missed (the safe
  reading of a suspend, when nobody confirmed), and the minimum monitoring time can end early by the
  size of the jump.  A clock set *back* while the app was closed loses at most the time it was closed:
  elapsed resumes from the last stored event.  Elapsed never goes backwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from companion.domain.clock import Clock
from companion.domain.session import (
    RECOVERY_RECHECK_MINUTES,
    Session,
    SessionState,
)
from companion.domain.session_events import (
    BpRechecked,
    Completed,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
)
from companion.domain.vitals import BloodPressure, check_plausible, urgent_reasons

_CHECKIN_STATES = frozenset({SessionState.MONITORING})
_BP_STATES = frozenset({SessionState.MONITORING, SessionState.RECOVERY_CHECK})
# An urgent reading's guidance says "measure again in 5 minutes"; the re-check prompt comes back then
# (DESIGN.md §3, "urgent reading follow-up"). How the app follows its own advice, not a clinical limit.
URGENT_RECHECK_MINUTES = 5


class CheckinStatus(StrEnum):
    NOT_DUE = "not_due"  # nothing to answer yet
    DUE = "due"  # the next check-in is within its grace period of falling due: it may be answered now
    IN_GRACE = "in_grace"  # fell due, grace period running: prompt and gentle chime
    ESCALATE = "escalate"  # grace period over without an answer: escalate, record it missed


def effective_now(session: Session, now: datetime) -> datetime:
    """``now`` in UTC, never before the last stored event; an ended session's clock stops at its end."""
    if session.ended_at is not None:
        return session.ended_at
    current = now.astimezone(UTC)
    last = session.last_event_at
    return max(current, last) if last is not None else current


def elapsed_since_dose(session: Session, now: datetime) -> timedelta:
    """Time since the stored dose time (zero before the dose; frozen once the session ended)."""
    if session.dose_at is None:
        return timedelta(0)
    return max(timedelta(0), effective_now(session, now) - session.dose_at)


def remaining_minimum(session: Session, now: datetime) -> timedelta:
    """Time left until the minimum monitoring time ends (the full minimum before the dose)."""
    return max(timedelta(0), session.minimum_monitoring - elapsed_since_dose(session, now))


def _interval(session: Session) -> timedelta:
    return timedelta(minutes=session.plan.checkin_interval_minutes)


def _grace(session: Session) -> timedelta:
    return timedelta(minutes=session.plan.checkin_grace_minutes)


def _recovery_spans(session: Session) -> list[tuple[datetime, datetime | None]]:
    """Each recovery check as (start − grace, end); end is None while the check is open."""
    spans: list[tuple[datetime, datetime | None]] = []
    for event in session.events:
        if isinstance(event, RecoveryCheckStarted):
            spans.append((event.at - _grace(session), None))
        elif isinstance(event, RecoveryCheckFailed) and spans:
            spans[-1] = (spans[-1][0], event.at)
    return spans


def _covered(spans: list[tuple[datetime, datetime | None]], due_at: datetime) -> bool:
    # Exclusive at the start: a check-in whose grace ended just as the check began was missed.
    return any(start < due_at and (end is None or due_at < end) for start, end in spans)


def checkin_times(session: Session, until: datetime) -> list[datetime]:
    """Check-ins that fell due up to ``until`` (and before the session ended), recovery checks left out."""
    if session.dose_at is None:
        return []
    last = until if session.ended_at is None else min(until, session.ended_at)
    spans = _recovery_spans(session)
    times: list[datetime] = []
    due_at = session.dose_at + _interval(session)
    while due_at <= last:
        if not _covered(spans, due_at):
            times.append(due_at)
        due_at += _interval(session)
    return times


def _confirmed(session: Session) -> set[datetime]:
    return {c.due_at for c in session.confirmed_checkins}


def _outstanding(session: Session, now: datetime) -> list[datetime]:
    """Check-ins fallen due and unanswered since the latest answered one (what the sitter must answer)."""
    confirmed = _confirmed(session)
    latest = max(confirmed, default=None)
    return [
        due_at
        for due_at in checkin_times(session, now)
        if due_at not in confirmed and (latest is None or due_at > latest)
    ]


def next_checkin_due(session: Session, now: datetime) -> datetime | None:
    """The next check-in still to fall due after ``now`` (None unless monitoring)."""
    if session.state not in _CHECKIN_STATES or session.dose_at is None:
        return None
    current = effective_now(session, now)
    interval = _interval(session)
    steps = (current - session.dose_at) // interval + 1
    due_at = session.dose_at + steps * interval
    confirmed = _confirmed(session)
    while due_at in confirmed:  # answered early
        due_at += interval
    return due_at


def unanswered_checkins(session: Session, now: datetime) -> list[datetime]:
    """Check-ins fallen due since the latest answered one and not answered, oldest first."""
    if session.state not in _CHECKIN_STATES:
        return []
    return _outstanding(session, effective_now(session, now))


def checkin_to_confirm(session: Session, now: datetime) -> datetime | None:
    """The check-in a sitter's answer given now is for: the latest unanswered one, or the next if near."""
    if session.state not in _CHECKIN_STATES:
        return None
    current = effective_now(session, now)
    outstanding = _outstanding(session, current)
    if outstanding:
        return outstanding[-1]
    upcoming = next_checkin_due(session, current)
    if upcoming is not None and current >= upcoming - _grace(session):
        return upcoming
    return None


def checkin_status(session: Session, now: datetime) -> CheckinStatus:
    if session.state not in _CHECKIN_STATES:
        return CheckinStatus.NOT_DUE
    current = effective_now(session, now)
    outstanding = _outstanding(session, current)
    if any(due_at + _grace(session) <= current for due_at in outstanding):
        return CheckinStatus.ESCALATE
    if outstanding:
        return CheckinStatus.IN_GRACE
    if checkin_to_confirm(session, current) is not None:
        return CheckinStatus.DUE
    return CheckinStatus.NOT_DUE


def overdue_checkins(session: Session, now: datetime) -> list[datetime]:
    """Due times of check-ins past their grace period, unanswered and not yet recorded as missed."""
    if session.state not in _CHECKIN_STATES:
        return []
    current = effective_now(session, now)
    settled = _confirmed(session) | {m.due_at for m in session.missed_checkins}
    return [
        due_at
        for due_at in checkin_times(session, current)
        if due_at not in settled and due_at + _grace(session) <= current
    ]


def bp_recheck_times(session: Session) -> list[datetime]:
    """The care plan's BP re-check times for this session (after the dose, and at the minimum's end)."""
    if session.dose_at is None:
        return []
    minutes = set(session.plan.bp_recheck_minutes)
    if session.plan.bp_recheck_at_end:
        minutes.add(session.plan.minimum_monitoring_minutes)
    return [session.dose_at + timedelta(minutes=m) for m in sorted(minutes)]


def bp_rechecks_due(session: Session, now: datetime) -> list[datetime]:
    """Re-check times that have come with no reading taken since (a reading covers every earlier one)."""
    if session.state not in _BP_STATES:
        return []
    current = effective_now(session, now)
    readings = [
        e.at
        for e in session.events
        if isinstance(e, BpRechecked) or (isinstance(e, Completed) and e.has_vitals)
    ]
    latest = max(readings, default=None)
    return [t for t in bp_recheck_times(session) if t <= current and (latest is None or latest < t)]


def followup_recheck_at(session: Session, pre_dose: BloodPressure | None) -> datetime | None:
    """When the re-check after an urgent reading falls due: 5 minutes after the latest reading taken
    after the dose, if that reading was urgent (:func:`vitals.urgent_reasons` with ``pre_dose``).

    None when the latest reading was not urgent (a later reading settles an earlier follow-up; if it
    is urgent too, its own follow-up comes 5 minutes after it), when there is none, or outside
    MONITORING and RECOVERY_CHECK. A stored reading that check_plausible() refuses is never
    classified, and neither is an implausible ``pre_dose`` (the levels alone then decide).
    """
    if session.state not in _BP_STATES or not session.bp_readings:
        return None
    latest = session.bp_readings[-1]
    if check_plausible(latest.systolic, latest.diastolic, None, latest.spo2):
        return None
    if pre_dose is not None and check_plausible(pre_dose.systolic, pre_dose.diastolic):
        pre_dose = None
    bp = BloodPressure(latest.systolic, latest.diastolic)
    if not urgent_reasons(bp, latest.spo2, pre_dose, session.plan):
        return None
    return latest.at + timedelta(minutes=URGENT_RECHECK_MINUTES)


class ReadingKind(StrEnum):
    SCHEDULED = "scheduled"  # a care-plan re-check time has come (bp_rechecks_due)
    FOLLOW_UP = "follow_up"  # 5 minutes after an urgent reading (followup_recheck_at)
    AT_WILL = "at_will"  # taken when the sitter chose to ("Enter a reading now"); never due


@dataclass(frozen=True)
class ReadingDue:
    """The reading the sitter should take now, and since when it is due."""

    kind: ReadingKind
    due_at: datetime


def readings_due(session: Session, pre_dose: BloodPressure | None, now: datetime) -> ReadingDue | None:
    """The reading to take now, or None.

    A follow-up after an urgent reading comes first (its guidance is the more pressing); otherwise a
    scheduled re-check, due since the earliest re-check time not yet covered. One reading settles both.
    """
    current = effective_now(session, now)
    followup = followup_recheck_at(session, pre_dose)
    if followup is not None and followup <= current:
        return ReadingDue(ReadingKind.FOLLOW_UP, followup)
    scheduled = bp_rechecks_due(session, current)
    if scheduled:
        return ReadingDue(ReadingKind.SCHEDULED, scheduled[0])
    return None


def recovery_check_due(session: Session) -> datetime | None:
    """When the recovery check may (next) be done: the minimum's end, or the wait after a failed one."""
    if session.state is not SessionState.MONITORING or session.minimum_ends_at is None:
        return None
    failure = session.last_recovery_failure
    if failure is None:
        return session.minimum_ends_at
    return max(session.minimum_ends_at, failure.at + timedelta(minutes=RECOVERY_RECHECK_MINUTES))


class SessionClock:
    """A :class:`Clock` for a running session whose ``now()`` never goes back (see the module docstring).

    ``now()`` is the later of the wall clock and the previous answer moved on by the monotonic clock,
    and never earlier than ``not_before`` (give it the session's last stored event time).
    """

    def __init__(self, clock: Clock, not_before: datetime | None = None) -> None:
        self._clock = clock
        wall = clock.now().astimezone(UTC)
        self._last_now = wall if not_before is None else max(wall, not_before.astimezone(UTC))
        self._last_monotonic = clock.monotonic()

    def now(self) -> datetime:
        wall = self._clock.now().astimezone(UTC)
        monotonic = self._clock.monotonic()
        ran = timedelta(seconds=max(0.0, monotonic - self._last_monotonic))
        current = max(wall, self._last_now + ran)
        self._last_now, self._last_monotonic = current, monotonic
        return current

    def monotonic(self) -> float:
        return self._clock.monotonic()
