"""What the Check-ins page shows, read in one go on the database worker (Qt-free).

Plain data: the care plan in force (or the defaults when none is set yet, so the questionnaires and
the crisis numbers still work), the latest ended session with its baseline and post-session log,
the sessions waiting for a next-day check-in, and each questionnaire's latest result and whether
it is due on the plan's interval.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.care_plan import CarePlan
from companion.domain.instruments import Instrument, is_due
from companion.domain.session import SessionState
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository, PostSessionLogRecord
from companion.storage.questionnaires import QuestionnaireRecord, QuestionnaireRepository
from companion.storage.sessions import BaselineRecord, SessionRepository

if TYPE_CHECKING:
    from companion.storage.vault import OpenVault

ENDED_AFTER_DOSE = frozenset({SessionState.COMPLETED, SessionState.ENDED_EARLY})


@dataclass(frozen=True)
class PostSessionContext:
    """Everything the post-session log form needs for one session."""

    session_id: int
    ended_at: datetime
    baseline: BaselineRecord | None
    record: PostSessionLogRecord | None  # the latest saved version, if any


@dataclass(frozen=True)
class NextDayDue:
    session_id: int
    ended_at: datetime


@dataclass(frozen=True)
class QuestionnaireStatus:
    instrument: Instrument
    latest: QuestionnaireRecord | None
    due: bool


@dataclass(frozen=True)
class CheckinsOverview:
    plan: CarePlan
    has_plan: bool
    latest_session: PostSessionContext | None  # the latest dosed session that has ended
    next_day: tuple[NextDayDue, ...]  # newest first
    questionnaires: tuple[QuestionnaireStatus, ...]  # PHQ-9, GAD-7, and PCL-5 when the plan enables it

    @property
    def post_session_log_due(self) -> bool:
        return self.latest_session is not None and self.latest_session.record is None

    def due_count(self) -> int:
        due = sum(1 for status in self.questionnaires if status.due)
        return due + len(self.next_day) + int(self.post_session_log_due)


def _interval(plan: CarePlan, instrument: Instrument) -> int:
    return {
        Instrument.PHQ9: plan.phq9_every_days,
        Instrument.GAD7: plan.gad7_every_days,
        Instrument.PCL5: plan.pcl5_every_days,
    }[instrument]


def instruments_for(plan: CarePlan) -> tuple[Instrument, ...]:
    return (Instrument.PHQ9, Instrument.GAD7, *((Instrument.PCL5,) if plan.pcl5_enabled else ()))


def post_session_context(vault: OpenVault, session_id: int) -> PostSessionContext:
    """The form's context for ``session_id`` (SessionNotFoundError when it is not in the vault)."""
    sessions = SessionRepository(vault.database)
    session = sessions.get(session_id).session
    ended_at = session.ended_at or session.last_event_at or vault.clock.now()
    return PostSessionContext(
        session_id, ended_at, sessions.baseline(session_id),
        CheckinRepository(vault.database).post_session_log(session_id),
    )


def load_overview(vault: OpenVault, now: datetime) -> CheckinsOverview:
    plan_record = CarePlanRepository(vault.database).current()
    plan = plan_record.plan if plan_record is not None else CarePlan()
    sessions = SessionRepository(vault.database)
    checkins = CheckinRepository(vault.database)
    latest: PostSessionContext | None = None
    for summary in sessions.list_sessions():  # newest first
        if summary.state in ENDED_AFTER_DOSE and summary.dose_at is not None:
            latest = post_session_context(vault, summary.id)
            break
    next_day = []
    for session_id in checkins.sessions_needing_next_day_checkin(now):
        ended_at = sessions.get(session_id).session.ended_at
        if ended_at is not None:
            next_day.append(NextDayDue(session_id, ended_at))
    questionnaires = QuestionnaireRepository(vault.database)
    statuses = []
    for instrument in instruments_for(plan):
        last = questionnaires.latest(instrument)
        last_at = None if last is None else last.completed_at
        due = is_due(instrument, last_at, now, _interval(plan, instrument))
        statuses.append(QuestionnaireStatus(instrument, last, due))
    return CheckinsOverview(plan, plan_record is not None, latest, tuple(next_day), tuple(statuses))
