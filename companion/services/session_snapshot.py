"""What the session page shows, read on the database worker: the plan, the session, its answers.

Qt-free; the use cases that store each step are in :mod:`companion.services.session_actions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.checklist import Answer
from companion.domain.session import SessionState
from companion.domain.vitals import BloodPressure

if TYPE_CHECKING:
    from companion.domain.session import Session
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.sessions import SessionRecord, SessionRepository
    from companion.storage.vault import OpenVault


@dataclass(frozen=True)
class Reading:
    """Blood pressure with an optional heart rate and SpO2, as the page entered it."""

    bp: BloodPressure
    heart_rate: int | None
    spo2: int | None = None


@dataclass(frozen=True)
class TimedReading:
    """A stored reading with when it was taken and why ("pre_dose", "recheck" or "final")."""

    kind: str
    reading: Reading
    measured_at: datetime


@dataclass(frozen=True)
class SessionSnapshot:
    """What the page shows: the care plan, the session (active or just ended) and its answers."""

    plan: CarePlanRecord | None
    record: SessionRecord | None
    answers: Mapping[str, Answer] = field(default_factory=dict)
    pre_dose: Reading | None = None
    final: Reading | None = None
    readings: tuple[TimedReading, ...] = ()  # every reading of the session, oldest first

    @property
    def session(self) -> Session | None:
        return None if self.record is None else self.record.session


def sessions_of(vault: OpenVault) -> SessionRepository:
    from companion.storage.sessions import SessionRepository

    return SessionRepository(vault.database)


def _current_plan(vault: OpenVault) -> CarePlanRecord | None:
    from companion.storage.care_plans import CarePlanRepository

    return CarePlanRepository(vault.database).current()


def read_snapshot(vault: OpenVault, record: SessionRecord | None) -> SessionSnapshot:
    """Database thread: the current plan and everything the page needs about ``record``."""
    sessions = sessions_of(vault)
    plan = _current_plan(vault)
    if record is None:
        return SessionSnapshot(plan, None)
    timed = tuple(
        TimedReading(vital.kind, Reading(vital.bp, vital.heart_rate, vital.spo2), vital.measured_at)
        for vital in sessions.vitals(record.id)
    )
    latest = {item.kind: item.reading for item in timed}  # oldest first: the latest of each kind wins
    return SessionSnapshot(
        plan, record, sessions.checklist_answers(record.id), latest.get("pre_dose"), latest.get("final"),
        timed,
    )


def load_snapshot(vault: OpenVault, now: datetime) -> SessionSnapshot:
    """Database thread: the active session (or one ended early whose recovery check has not passed),
    with check-ins missed while the app was closed recorded."""
    sessions = sessions_of(vault)
    record = sessions.active() or sessions.awaiting_recovery(now)
    if record is not None and record.session.state is SessionState.MONITORING:
        last = record.session.last_event_at
        record = sessions.record_overdue_checkins(record.id, max(now, last) if last else now)
    return read_snapshot(vault, record)
