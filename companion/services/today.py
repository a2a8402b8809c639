"""What the Today page shows, read in one job, and what it saves (a quick mood, a flag discussed).

Qt-free: the functions run on the database worker (the page submits them) and return plain frozen
data; the page turns it into sentences on the GUI thread. The export reads the same flags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from companion.domain.instruments import Instrument, is_due
from companion.domain.session import FINAL_STATES, SessionState

if TYPE_CHECKING:
    from companion.domain.care_plan import CarePlan
    from companion.storage.attention import FlagView
    from companion.storage.checkins import DailyMoodRecord
    from companion.storage.questionnaires import QuestionnaireRecord
    from companion.storage.sessions import SessionSummary
    from companion.storage.vault import OpenVault

POST_SESSION_LOG_WINDOW = timedelta(hours=24)  # the log is offered (and editable) for a day
DOSED_END_STATES = frozenset({SessionState.COMPLETED, SessionState.ENDED_EARLY})


@dataclass(frozen=True)
class DueQuestionnaire:
    instrument: Instrument
    last_completed_at: datetime | None  # None: the baseline one is due


@dataclass(frozen=True)
class SessionDue:
    """A session that still wants something written about it (post-session log or next-day check-in)."""

    session_id: int
    ended_at: datetime


@dataclass(frozen=True)
class TodayData:
    plan: CarePlan | None
    active_session: SessionSummary | None  # a session started and not yet ended
    session_today: bool  # a session was already started today (local date)
    due_questionnaires: tuple[DueQuestionnaire, ...]
    post_session_logs_due: tuple[SessionDue, ...]
    next_day_checkins_due: tuple[SessionDue, ...]
    flags: tuple[FlagView, ...]  # open ones and discussed ones, in the engine's order
    latest_scores: tuple[QuestionnaireRecord, ...]  # PHQ-9, GAD-7 (and PCL-5 when enabled) that exist
    moods_today: tuple[DailyMoodRecord, ...]  # quick moods since local midnight, oldest first
    baselines: tuple[QuestionnaireRecord, ...] = ()  # the first of each instrument in latest_scores

    def baseline_for(self, instrument: Instrument) -> QuestionnaireRecord | None:
        return next((record for record in self.baselines if record.instrument is instrument), None)

    @property
    def open_flags(self) -> tuple[FlagView, ...]:
        return tuple(view for view in self.flags if view.discussed_at is None)


def instruments_in(plan: CarePlan | None) -> tuple[Instrument, ...]:
    """The questionnaires the plan asks for (PCL-5 only when enabled)."""
    if plan is not None and plan.pcl5_enabled:
        return (Instrument.PHQ9, Instrument.GAD7, Instrument.PCL5)
    return (Instrument.PHQ9, Instrument.GAD7)


def interval_days(plan: CarePlan, instrument: Instrument) -> int:
    return {
        Instrument.PHQ9: plan.phq9_every_days,
        Instrument.GAD7: plan.gad7_every_days,
        Instrument.PCL5: plan.pcl5_every_days,
    }[instrument]


def next_planned_day(weekdays: Sequence[int], today: date, *, session_today: bool) -> date | None:
    """The next day on the plan (today itself unless a session already happened today)."""
    if not weekdays:
        return None
    for offset in range(1 if session_today else 0, 8):
        day = today + timedelta(days=offset)
        if day.weekday() in weekdays:
            return day
    return None


def local_midnight(now: datetime) -> datetime:
    """The start of ``now``'s day in the computer's time zone (aware)."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def load_today(vault: OpenVault, now: datetime) -> TodayData:
    """Database thread: everything the Today page shows at ``now`` (aware)."""
    from companion.storage.attention import current_flags
    from companion.storage.care_plans import CarePlanRepository
    from companion.storage.checkins import CheckinRepository
    from companion.storage.questionnaires import QuestionnaireRepository
    from companion.storage.sessions import SessionRepository

    database = vault.database
    plan_record = CarePlanRepository(database).current()
    plan = None if plan_record is None else plan_record.plan
    sessions = SessionRepository(database).list_sessions()  # newest first
    checkins = CheckinRepository(database)
    questionnaires = QuestionnaireRepository(database)
    midnight = local_midnight(now)

    active = next((summary for summary in sessions if summary.state not in FINAL_STATES), None)
    session_today = any(summary.created_at >= midnight for summary in sessions)

    due: list[DueQuestionnaire] = []
    latest: list[QuestionnaireRecord] = []
    baselines: list[QuestionnaireRecord] = []
    for instrument in instruments_in(plan):
        record = questionnaires.latest(instrument)
        if record is not None:
            latest.append(record)
            baselines.append(questionnaires.baseline(instrument) or record)
        last = None if record is None else record.completed_at
        if plan is not None and is_due(instrument, last, now, interval_days(plan, instrument)):
            due.append(DueQuestionnaire(instrument, last))

    ended = {summary.id: summary.ended_at for summary in sessions if summary.ended_at is not None}
    logs_due = tuple(
        SessionDue(summary.id, summary.ended_at)
        for summary in sessions
        if summary.state in DOSED_END_STATES and summary.dose_at is not None and summary.ended_at is not None
        and now - summary.ended_at <= POST_SESSION_LOG_WINDOW
        and checkins.post_session_log(summary.id) is None
    )
    next_day_due = tuple(
        SessionDue(session_id, ended[session_id])
        for session_id in checkins.sessions_needing_next_day_checkin(now)
        if session_id in ended
    )
    flags = tuple(current_flags(database, plan, now)) if plan is not None else ()
    moods = tuple(checkins.daily_moods(since=midnight))
    return TodayData(plan, active, session_today, tuple(due), logs_due, next_day_due, flags, tuple(latest),
                     moods, tuple(baselines))



def mark_flag_discussed(vault: OpenVault, flag_key: str, *, at: datetime) -> None:
    """The patient talked the flag over with their clinician: it stays, marked discussed."""
    from companion.storage.attention import mark_discussed

    mark_discussed(vault.database, flag_key, at)


def save_quick_mood(vault: OpenVault, mood: int, note: str, *, at: datetime) -> DailyMoodRecord:
    """A quick mood (0–10) from Today, with its note ("" for none)."""
    from companion.storage.checkins import CheckinRepository

    return CheckinRepository(vault.database).save_daily_mood(mood, note or None, at=at)
