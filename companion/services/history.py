"""What the History page shows: one row per session and every score (Qt-free).

:func:`load_history` and :func:`load_session_detail` run on the database worker (the page submits
them) and return frozen data; the export reads sessions through the same repository calls. A
two-year history is ~200 sessions: one pass over them with a few small queries each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.instruments import Instrument
from companion.domain.session_events import CheckinConfirmed, CheckinMissed, HelpUsed

if TYPE_CHECKING:
    from companion.domain.care_plan import CarePlan
    from companion.domain.checklist import Answer, ChecklistItem
    from companion.domain.session import Session, SessionState
    from companion.domain.session_record import SessionMonitoringRecord
    from companion.domain.vitals import BloodPressure
    from companion.storage.attention import FlagView
    from companion.storage.checkins import NextDayCheckinRecord, PostSessionLogRecord
    from companion.storage.sessions import BaselineRecord, VitalSignsRecord
    from companion.storage.vault import OpenVault


@dataclass(frozen=True)
class SessionRow:
    """One session as the table and the per-session charts show it."""

    id: int
    created_at: datetime
    state: SessionState
    dose_at: datetime | None
    ended_at: datetime | None
    minutes_monitored: int | None
    notes: tuple[str, ...]  # SessionSummary.notes: facts of the record that are not flags
    attention: tuple[FlagView, ...]  # the flag engine's flags about this session, most severe first
    mood_before: int | None  # the baseline before the dose
    mood_after: int | None  # the post-session log's (latest version)
    pre_dose: BloodPressure | None
    recheck: BloodPressure | None  # the first re-check after the dose (40 min by default)
    final: BloodPressure | None


@dataclass(frozen=True)
class ScorePoint:
    completed_at: datetime
    total: int


@dataclass(frozen=True)
class HistoryData:
    plan: CarePlan | None  # the current plan: its limits are drawn on the blood pressure chart
    sessions: tuple[SessionRow, ...]  # oldest first
    scores: dict[Instrument, tuple[ScorePoint, ...]]  # oldest first, every instrument present

    @property
    def is_empty(self) -> bool:
        return not self.sessions and not any(self.scores.values())


@dataclass(frozen=True)
class CheckinLine:
    due_at: datetime
    at: datetime
    outcome: str  # "all_well", "worried" or "missed"


@dataclass(frozen=True)
class SessionDetail:
    row: SessionRow
    session: Session
    checklist: tuple[tuple[ChecklistItem | None, str, Answer], ...]  # (item if known, item id, answer)
    vitals: tuple[VitalSignsRecord, ...]
    baseline: BaselineRecord | None
    checkins: tuple[CheckinLine, ...]
    help_uses: tuple[HelpUsed, ...]
    post_session_log: PostSessionLogRecord | None
    next_day_checkin: NextDayCheckinRecord | None
    record: SessionMonitoringRecord  # the session record of DESIGN.md §3, as the export reads it


def _first(vitals: list[VitalSignsRecord], kind: str) -> BloodPressure | None:
    return next((reading.bp for reading in vitals if reading.kind == kind), None)


def _last(vitals: list[VitalSignsRecord], kind: str) -> BloodPressure | None:
    return next((reading.bp for reading in reversed(vitals) if reading.kind == kind), None)


def checklist_in_order(session: Session, answers: Mapping[str, Answer]) -> tuple[tuple[str, Answer], ...]:
    """The latest answer to each item, in the order the session's checklist asked them; answers to items
    its plan no longer asks come last (History's session page and the export show them so)."""
    from companion.domain.checklist import build_checklist

    asked = [item.id for item in build_checklist(session.plan)]
    ordered = [item_id for item_id in asked if item_id in answers]
    ordered += [item_id for item_id in answers if item_id not in asked]
    return tuple((item_id, answers[item_id]) for item_id in ordered)


def load_history(vault: OpenVault) -> HistoryData:
    """Database thread: every session (oldest first) and every questionnaire total."""
    from companion.domain.care_plan import CarePlan
    from companion.storage.attention import current_flags
    from companion.storage.care_plans import CarePlanRepository
    from companion.storage.checkins import CheckinRepository
    from companion.storage.questionnaires import QuestionnaireRepository
    from companion.storage.sessions import SessionRepository

    database = vault.database
    plan_record = CarePlanRepository(database).current()
    repository = SessionRepository(database)
    checkins = CheckinRepository(database)
    # The same engine as Today and the export; the plan only words the contact numbers in its sentences.
    plan = CarePlan() if plan_record is None else plan_record.plan
    attention: dict[int, list[FlagView]] = {}
    for view in current_flags(database, plan, vault.clock.now()):
        if view.session_id is not None:
            attention.setdefault(view.session_id, []).append(view)
    rows: list[SessionRow] = []
    for summary in reversed(repository.list_sessions()):
        vitals = repository.vitals(summary.id)
        baseline = repository.baseline(summary.id)
        log = checkins.post_session_log(summary.id)
        rows.append(SessionRow(
            summary.id, summary.created_at, summary.state, summary.dose_at, summary.ended_at,
            summary.minutes_monitored, summary.notes, tuple(attention.get(summary.id, ())),
            None if baseline is None else baseline.mood, None if log is None else log.log.mood,
            _last(vitals, "pre_dose"), _first(vitals, "recheck"), _last(vitals, "final"),
        ))
    scores: dict[Instrument, list[ScorePoint]] = {instrument: [] for instrument in Instrument}
    for record in QuestionnaireRepository(database).history():
        scores[record.instrument].append(ScorePoint(record.completed_at, record.score.total))
    return HistoryData(None if plan_record is None else plan_record.plan, tuple(rows),
                       {instrument: tuple(points) for instrument, points in scores.items()})


def load_session_detail(vault: OpenVault, row: SessionRow) -> SessionDetail:
    """Database thread: everything recorded about one session."""
    from companion.domain.checklist import build_checklist
    from companion.storage.checkins import CheckinRepository
    from companion.storage.sessions import SessionRepository

    repository = SessionRepository(vault.database)
    checkins = CheckinRepository(vault.database)
    session = repository.get(row.id).session
    items = {item.id: item for item in build_checklist(session.plan)}
    answers = checklist_in_order(session, repository.checklist_answers(row.id))
    lines: list[CheckinLine] = []
    for event in session.events:
        if isinstance(event, CheckinConfirmed):
            lines.append(CheckinLine(event.due_at, event.at, "all_well" if event.all_well else "worried"))
        elif isinstance(event, CheckinMissed):
            lines.append(CheckinLine(event.due_at, event.at, "missed"))
    return SessionDetail(
        row, session, tuple((items.get(item_id), item_id, answer) for item_id, answer in answers),
        tuple(repository.vitals(row.id)), repository.baseline(row.id), tuple(lines),
        session.help_uses, checkins.post_session_log(row.id), checkins.next_day_checkin(row.id),
        repository.session_record(row.id),  # the same call as the export: History shows what it sends
    )
