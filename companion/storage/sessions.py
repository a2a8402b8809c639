"""Sessions in the vault: the events are the truth, each change committed with what it changes.

:meth:`SessionRepository.append` reads the session's stored events, replays them with the care plan
that applied when the session was created, applies the new events and stores them together with the
new state, all in one transaction: an event the session cannot accept (InvalidTransition) stores
nothing. After a crash the same stored events rebuild exactly the session that was on screen.

At most one session is active (not completed, ended early or abandoned): :meth:`create` checks, and
a partial unique index in the schema makes it impossible even for a buggy caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlcipher3

from companion.domain.care_plan import FIELDS_BY_NAME
from companion.domain.checklist import Answer, MedicineCategory
from companion.domain.monitoring import effective_now, overdue_checkins
from companion.domain.session import InvalidTransition, Session, SessionState
from companion.domain.session_events import (
    CheckinConfirmed,
    CheckinMissed,
    HelpUsed,
    RecoveryCheckFailed,
    SessionEvent,
)
from companion.domain.session_record import SessionMonitoringRecord, build_session_record
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.domain.vitals import BloodPressure
from companion.storage.care_plans import CarePlanRecord, Reader, read_care_plan
from companion.storage.database import Database
from companion.storage.errors import StorageError
from companion.storage.session_codec import (
    SessionHistoryDamagedError,
    event_from_json,
    event_to_json,
    format_time,
    parse_time,
)

VITALS_KINDS = frozenset({"pre_dose", "recheck", "final"})
# How long after an early end the app still asks for the recovery check (the longest minimum
# monitoring time a care plan may set; care_plan.PLAN_FIELDS).
AWAITING_RECOVERY_LIMIT = timedelta(minutes=FIELDS_BY_NAME["minimum_monitoring_minutes"].maximum)

_FINAL_SQL = "('completed', 'ended_early', 'abandoned')"


class SessionAlreadyActiveError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "A session is already in progress; finish it or end it before starting another one.",
        ))


class SessionNotFoundError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "That session is not in the vault; it may belong to a backup that was replaced.",
        ))


@dataclass(frozen=True)
class SessionRecord:
    id: int
    care_plan_id: int
    session: Session


@dataclass(frozen=True)
class VitalSignsRecord:
    id: int
    session_id: int
    kind: str  # "pre_dose", "recheck" or "final"
    bp: BloodPressure
    heart_rate: int | None
    measured_at: datetime
    spo2: int | None = None  # when the kit has a pulse oximeter (schema 6 on)


@dataclass(frozen=True)
class BaselineRecord:
    session_id: int
    mood: int  # 0–10
    anxiety: int  # 0–10
    intention: str | None
    recorded_at: datetime


@dataclass(frozen=True)
class SessionSummary:
    id: int
    created_at: datetime
    state: SessionState
    dose_at: datetime | None
    ended_at: datetime | None
    minutes_monitored: int | None  # whole minutes from dose to end, once a dosed session ended
    notes: tuple[str, ...]  # see session_notes(); needs-attention flags come from the flag engine
    care_plan_id: int


# -- notes -----------------------------------------------------------------------------------------

# What happened in a session that is worth a line in History but is not a needs-attention flag (those
# come only from the flag engine, companion.domain.flags, which judges blood pressures, missed check-ins,
# early ends and the rest). These are plain facts of the record, not clinical rules.
NOTE_SITTER_WORRIED = "sitter_worried"
NOTE_HELP_USED = "help_used"
NOTE_RECOVERY_CHECK_FAILED = "recovery_check_failed"
NOTE_CONFIRMED_WITHOUT_CODE = "confirmed_without_code"


def session_notes(session: Session) -> tuple[str, ...]:
    """Each kind of noteworthy event once, in the order it first happened."""
    notes: dict[str, None] = {}
    for event in session.events:
        if isinstance(event, CheckinConfirmed):
            if not event.all_well:
                notes[NOTE_SITTER_WORRIED] = None
            if event.without_code:
                notes[NOTE_CONFIRMED_WITHOUT_CODE] = None
        elif isinstance(event, HelpUsed):
            notes[NOTE_HELP_USED] = None
        elif isinstance(event, RecoveryCheckFailed):
            notes[NOTE_RECOVERY_CHECK_FAILED] = None
    return tuple(notes)


# -- reading ---------------------------------------------------------------------------------------


def _load(reader: Reader, session_id: int) -> SessionRecord:
    row = reader.execute("SELECT care_plan_id FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        raise SessionNotFoundError()
    care_plan_id = int(row[0])
    plan = read_care_plan(reader, care_plan_id).plan
    rows = reader.execute(
        "SELECT seq, type, payload_json FROM session_events WHERE session_id = ? ORDER BY seq", (session_id,)
    ).fetchall()
    if [int(r[0]) for r in rows] != list(range(1, len(rows) + 1)):
        raise SessionHistoryDamagedError()
    events = [event_from_json(str(r[1]), str(r[2])) for r in rows]
    try:
        session = Session.replay(plan, events)
    except InvalidTransition:
        raise SessionHistoryDamagedError() from None
    return SessionRecord(session_id, care_plan_id, session)


def _optional_time(value: datetime | None) -> str | None:
    return None if value is None else format_time(value)


def _categories_text(categories: tuple[MedicineCategory, ...]) -> str:
    return ",".join(category.value for category in categories)


def _categories(text: object) -> tuple[MedicineCategory, ...]:
    """The stored comma-separated categories; anything else is damage (never a crash)."""
    if not isinstance(text, str):
        raise SessionHistoryDamagedError()
    try:
        return tuple(MedicineCategory(value) for value in text.split(",")) if text else ()
    except ValueError:
        raise SessionHistoryDamagedError() from None


def _answer(row: Any) -> tuple[str, Answer]:
    answer = Answer(
        bool(row[1]), names=str(row[2]), acknowledged=bool(row[3]), answered_at=parse_time(row[4]),
        categories=_categories(row[5]),
    )
    return str(row[0]), answer


def _vitals(row: Any) -> VitalSignsRecord:
    heart_rate = None if row[5] is None else int(row[5])
    spo2 = None if row[7] is None else int(row[7])
    return VitalSignsRecord(
        int(row[0]), int(row[1]), str(row[2]), BloodPressure(int(row[3]), int(row[4])), heart_rate,
        parse_time(row[6]), spo2,
    )


class SessionRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- the session itself --------------------------------------------------------------------

    def active(self) -> SessionRecord | None:
        """The session in progress, if there is one."""
        row = self._database.execute(
            f"SELECT id FROM sessions WHERE state NOT IN {_FINAL_SQL} LIMIT 1"  # noqa: S608 - a constant
        ).fetchone()
        return None if row is None else _load(self._database, int(row[0]))

    def awaiting_recovery(self, now: datetime) -> SessionRecord | None:
        """The latest session ended early whose recovery check has not passed, if it ended recently.

        The sitter stays until the patient has recovered; after the longest monitoring time a plan
        may set (8 hours) the app stops asking, as the flag engine stops expecting an end.
        """
        row = self._database.execute(
            "SELECT id FROM sessions WHERE state = 'ended_early' AND dose_at IS NOT NULL "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        record = _load(self._database, int(row[0]))
        ended = record.session.ended_at
        if not record.session.awaiting_recovery or ended is None or now - ended > AWAITING_RECOVERY_LIMIT:
            return None
        return record

    def get(self, session_id: int) -> SessionRecord:
        return _load(self._database, session_id)

    def create(self, care_plan: CarePlanRecord, *, at: datetime) -> SessionRecord:
        """A new PLANNED session under ``care_plan``; SessionAlreadyActiveError if one is in progress."""
        created_at = format_time(at)
        try:
            with self._database.transaction() as connection:
                active = connection.execute(
                    f"SELECT id FROM sessions WHERE state NOT IN {_FINAL_SQL} LIMIT 1"  # noqa: S608
                ).fetchone()
                if active is not None:
                    raise SessionAlreadyActiveError()
                stored = read_care_plan(connection, care_plan.id)  # the plan as stored, not as passed
                cursor = connection.execute(
                    "INSERT INTO sessions (care_plan_id, created_at, state) VALUES (?, ?, ?)",
                    (stored.id, created_at, SessionState.PLANNED.value),
                )
                session_id = int(cursor.lastrowid or 0)
        except sqlcipher3.IntegrityError:
            raise SessionAlreadyActiveError() from None  # the partial unique index
        return SessionRecord(session_id, stored.id, Session.new(stored.plan))

    def append(self, session_id: int, *events: SessionEvent) -> SessionRecord:
        """Apply and store ``events`` and the new state in one transaction.

        InvalidTransition (from the first event the session refuses) rolls everything back and is
        re-raised: nothing of this call is stored.
        """
        if not events:
            raise ValueError("append needs at least one event")
        with self._database.transaction() as connection:
            record = _load(connection, session_id)
            session = record.session
            for event in events:
                session = session.apply(event)
            first_seq = len(record.session.events) + 1
            connection.executemany(
                "INSERT INTO session_events (session_id, seq, at, type, payload_json) VALUES (?, ?, ?, ?, ?)",
                [
                    (session_id, first_seq + offset, format_time(event.at), *event_to_json(event))
                    for offset, event in enumerate(events)
                ],
            )
            connection.execute(
                "UPDATE sessions SET state = ?, dose_at = ?, ended_at = ? WHERE id = ?",
                (session.state.value, _optional_time(session.dose_at), _optional_time(session.ended_at),
                 session_id),
            )
        return SessionRecord(session_id, record.care_plan_id, session)

    def record_overdue_checkins(self, session_id: int, now: datetime) -> SessionRecord:
        """Record every check-in past its grace period and unanswered as missed (one transaction).

        Includes those that fell due while the app was closed; calling it again records nothing new.
        """
        with self._database.transaction() as connection:
            record = _load(connection, session_id)
            session = record.session
            overdue = overdue_checkins(session, now)
            if not overdue:
                return record
            at = effective_now(session, now)
            missed = [CheckinMissed(at=at, due_at=due_at) for due_at in overdue]
            for event in missed:
                session = session.apply(event)
            first_seq = len(record.session.events) + 1
            connection.executemany(
                "INSERT INTO session_events (session_id, seq, at, type, payload_json) VALUES (?, ?, ?, ?, ?)",
                [
                    (session_id, first_seq + offset, format_time(event.at), *event_to_json(event))
                    for offset, event in enumerate(missed)
                ],
            )
        return SessionRecord(session_id, record.care_plan_id, session)

    # -- what goes with a session --------------------------------------------------------------

    def _require_session(self, reader: Reader, session_id: int) -> None:
        if reader.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
            raise SessionNotFoundError()

    def save_checklist_answer(self, session_id: int, item_id: str, answer: Answer) -> None:
        """Store one answer with its time; a changed answer is stored again (the latest counts)."""
        with self._database.transaction() as connection:
            self._require_session(connection, session_id)
            connection.execute(
                "INSERT INTO checklist_answers (session_id, item_id, value, names, acknowledged, "
                "answered_at, categories) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, item_id, int(answer.value), answer.names, int(answer.acknowledged),
                 format_time(answer.answered_at), _categories_text(answer.categories)),
            )

    def checklist_answers(self, session_id: int) -> dict[str, Answer]:
        """The latest answer to each item."""
        return dict(self.checklist_answer_history(session_id))

    def checklist_answer_history(self, session_id: int) -> list[tuple[str, Answer]]:
        """Every answer given, oldest first (item id, answer)."""
        rows = self._database.execute(
            "SELECT item_id, value, names, acknowledged, answered_at, categories FROM checklist_answers "
            "WHERE session_id = ? ORDER BY id",
            (session_id,),
        ).fetchall()
        return [_answer(row) for row in rows]

    def save_vitals(
        self, session_id: int, kind: str, bp: BloodPressure, heart_rate: int | None, at: datetime,
        spo2: int | None = None,
    ) -> None:
        """Store one reading; ``kind`` is "pre_dose", "recheck" or "final"; ``spo2`` in % (1–100)."""
        if kind not in VITALS_KINDS:
            raise ValueError(f"kind must be one of {sorted(VITALS_KINDS)}")
        if spo2 is not None and (isinstance(spo2, bool) or not isinstance(spo2, int) or not 1 <= spo2 <= 100):
            raise ValueError("spo2 must be a whole number from 1 to 100")
        with self._database.transaction() as connection:
            self._require_session(connection, session_id)
            connection.execute(
                "INSERT INTO vital_signs (session_id, kind, systolic, diastolic, heart_rate, measured_at, "
                "spo2) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (session_id, kind, bp.systolic, bp.diastolic, heart_rate, format_time(at), spo2),
            )

    def vitals(self, session_id: int) -> list[VitalSignsRecord]:
        """Every reading of the session, in the order taken."""
        rows = self._database.execute(
            "SELECT id, session_id, kind, systolic, diastolic, heart_rate, measured_at, spo2 "
            "FROM vital_signs WHERE session_id = ? ORDER BY id",
            (session_id,),
        ).fetchall()
        return [_vitals(row) for row in rows]

    def session_record(self, session_id: int) -> SessionMonitoringRecord:
        """The session record of DESIGN.md §3 (what the clinician sees), from what is stored."""
        session = _load(self._database, session_id).session
        return build_session_record(session, self.vitals(session_id), self.checklist_answers(session_id))

    def save_baseline(
        self, session_id: int, mood: int, anxiety: int, intention: str | None, at: datetime
    ) -> None:
        """Mood and anxiety (0–10) and an optional intention; saving again replaces them."""
        for name, value in (("mood", mood), ("anxiety", anxiety)):
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
                raise ValueError(f"{name} must be a whole number from 0 to 10")
        text = intention.strip() if intention is not None else None
        with self._database.transaction() as connection:
            self._require_session(connection, session_id)
            connection.execute(
                "INSERT INTO session_baseline (session_id, mood, anxiety, intention, recorded_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
                "mood = excluded.mood, anxiety = excluded.anxiety, intention = excluded.intention, "
                "recorded_at = excluded.recorded_at",
                (session_id, mood, anxiety, text or None, format_time(at)),
            )

    def baseline(self, session_id: int) -> BaselineRecord | None:
        row = self._database.execute(
            "SELECT mood, anxiety, intention, recorded_at FROM session_baseline WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            return None
        intention = None if row[2] is None else str(row[2])
        return BaselineRecord(session_id, int(row[0]), int(row[1]), intention, parse_time(row[3]))

    # -- history -------------------------------------------------------------------------------

    def list_sessions(self) -> list[SessionSummary]:
        """Every session, newest first."""
        rows = self._database.execute("SELECT id, created_at FROM sessions ORDER BY id DESC").fetchall()
        summaries: list[SessionSummary] = []
        for row in rows:
            record = _load(self._database, int(row[0]))
            session = record.session
            monitored = session.monitored
            minutes = None if monitored is None else int(monitored.total_seconds() // 60)
            summaries.append(
                SessionSummary(
                    record.id, parse_time(row[1]), session.state, session.dose_at, session.ended_at, minutes,
                    session_notes(session), record.care_plan_id,
                )
            )
        return summaries
