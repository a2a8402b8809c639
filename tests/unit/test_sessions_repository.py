"""Sessions in the vault: one transaction per change, one active session, replay after reopening."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.care_plan import CarePlan
from companion.domain.checklist import Answer
from companion.domain.monitoring import checkin_times, elapsed_since_dose, overdue_checkins
from companion.domain.session import InvalidTransition, Session, SessionState
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
    HelpKind,
    HelpUsed,
    MonitoringStarted,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SitterHandedOver,
    StartBlocked,
)
from companion.domain.vitals import BloodPressure
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.session_codec import SessionHistoryDamagedError
from companion.storage.sessions import (
    NOTE_HELP_USED,
    NOTE_RECOVERY_CHECK_FAILED,
    NOTE_SITTER_WORRIED,
    SessionAlreadyActiveError,
    SessionNotFoundError,
    SessionRepository,
    session_notes,
)

PLAN = CarePlan(dose_mg=50.0, clinician_phone="555-0100")
T0 = datetime(2026, 3, 3, 15, 0, 0, 250_000, tzinfo=UTC)


def minutes(value: float) -> timedelta:
    return timedelta(minutes=value)


@pytest.fixture
def plan(database: Database) -> CarePlanRecord:
    return CarePlanRepository(database).save(PLAN, at=T0 - timedelta(days=1))


def _event_count(database: Database, session_id: int) -> int:
    return int(database.execute("SELECT count(*) FROM session_events WHERE session_id = ?", (session_id,))
               .fetchone()[0])


def _to_monitoring(repository: SessionRepository, session_id: int, dose_at: datetime) -> None:
    repository.append(session_id, ChecklistStarted(at=dose_at - minutes(20)))
    repository.append(session_id, ChecklistPassed(at=dose_at - minutes(10)))
    repository.append(session_id, SitterHandedOver(at=dose_at - minutes(5), sitter_name="Sam (partner)"))
    repository.append(session_id, DoseTaken(at=dose_at), MonitoringStarted(at=dose_at))


def test_create_append_and_replay_after_reopening(
    tmp_path: Path, database: Database, key: DataKey, plan: CarePlanRecord
) -> None:
    repository = SessionRepository(database)
    assert repository.active() is None
    created = repository.create(plan, at=T0)
    assert created.session.state is SessionState.PLANNED and created.care_plan_id == plan.id
    assert repository.active() == created
    dose_at = T0 + minutes(25)
    _to_monitoring(repository, created.id, dose_at)
    first_checkin = CheckinConfirmed(at=dose_at + minutes(15.5), due_at=dose_at + minutes(15), all_well=True)
    record = repository.append(created.id, first_checkin)
    assert record.session.state is SessionState.MONITORING
    assert record.session.dose_at == dose_at
    query = "SELECT state, dose_at, ended_at FROM sessions WHERE id = ?"
    row = database.execute(query, (created.id,)).fetchone()
    assert tuple(row) == ("monitoring", "2026-03-03T15:25:00.250000+00:00", None)
    database.close()
    with Database.open(tmp_path / "vault.db", key) as reopened:
        again = SessionRepository(reopened).get(created.id)
        assert again == record
        assert SessionRepository(reopened).active() == record
        now = dose_at + minutes(31)
        assert elapsed_since_dose(again.session, now) == minutes(31)


def test_dose_and_monitoring_are_stored_together(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    _to_monitoring(repository, session_id, T0 + minutes(25))
    rows = database.execute("SELECT seq, type FROM session_events WHERE session_id = ? ORDER BY seq",
                            (session_id,)).fetchall()
    assert [tuple(r) for r in rows][-2:] == [(4, "DoseTaken"), (5, "MonitoringStarted")]


def test_a_refused_event_rolls_back_the_whole_append(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    repository.append(session_id, ChecklistStarted(at=T0))
    before = repository.get(session_id)
    # The first event is fine, the second (a dose before the hand-over) is not: neither is stored.
    with pytest.raises(InvalidTransition):
        repository.append(session_id, ChecklistPassed(at=T0 + minutes(1)), DoseTaken(at=T0 + minutes(2)))
    assert repository.get(session_id) == before
    assert _event_count(database, session_id) == 1
    state = database.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()[0]
    assert state == "checklist"
    with pytest.raises(InvalidTransition):  # an event earlier than the last one
        repository.append(session_id, ChecklistPassed(at=T0 - minutes(1)))
    with pytest.raises(ValueError, match="at least one"):
        repository.append(session_id)
    assert not database.connection.in_transaction


def test_answers_readings_and_events_can_be_stored_all_or_nothing(
    database: Database, plan: CarePlanRecord
) -> None:
    # The session screen stores a step's answers, readings and event inside one outer transaction.
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    repository.append(session_id, ChecklistStarted(at=T0))
    with pytest.raises(InvalidTransition), database.transaction():
        repository.save_checklist_answer(session_id, "sitter_present", Answer(True, answered_at=T0))
        repository.save_vitals(session_id, "pre_dose", BloodPressure(128, 82), 72, T0)
        repository.append(session_id, DoseTaken(at=T0 + minutes(1)))  # not allowed before the hand-over
    assert repository.checklist_answers(session_id) == {}
    assert repository.vitals(session_id) == []
    assert _event_count(database, session_id) == 1


def test_only_one_active_session(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    first = repository.create(plan, at=T0)
    with pytest.raises(SessionAlreadyActiveError, match="already in progress"):
        repository.create(plan, at=T0 + minutes(1))
    # The schema refuses it too, whatever a buggy caller does.
    with pytest.raises(sqlcipher3.IntegrityError):
        database.execute(
            "INSERT INTO sessions (care_plan_id, created_at, state) VALUES (?, ?, 'monitoring')",
            (plan.id, "2026-03-03T16:00:00.000000+00:00"),
        )
    repository.append(first.id, Abandoned(at=T0 + minutes(2), reason="Sitter could not come."))
    assert repository.active() is None
    second = repository.create(plan, at=T0 + minutes(3))
    assert repository.active() == second
    assert [s.id for s in repository.list_sessions()] == [second.id, first.id]


def test_a_session_keeps_the_plan_it_started_with(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    CarePlanRepository(database).save(replace(PLAN, checkin_interval_minutes=30), at=T0 + minutes(1))
    record = repository.get(session_id)
    assert record.care_plan_id == plan.id
    assert record.session.plan.checkin_interval_minutes == 15


def test_overdue_checkins_are_recorded_missed_once(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    dose_at = T0 + minutes(25)
    _to_monitoring(repository, session_id, dose_at)
    first_checkin = CheckinConfirmed(at=dose_at + minutes(15), due_at=dose_at + minutes(15), all_well=True)
    repository.append(session_id, first_checkin)
    # The app was "closed" from minute 16 to minute 61.5: check-ins at 30 and 45 are past their grace,
    # the one at 60 is still within it.
    now = dose_at + minutes(61.5)
    record = repository.record_overdue_checkins(session_id, now)
    missed = [m.due_at for m in record.session.missed_checkins]
    assert missed == [dose_at + minutes(30), dose_at + minutes(45)]
    assert all(m.at == now for m in record.session.missed_checkins)
    assert overdue_checkins(record.session, now) == []
    count = _event_count(database, session_id)
    assert repository.record_overdue_checkins(session_id, now) == record
    assert _event_count(database, session_id) == count
    # A clock set back records nothing twice and nothing earlier than what is stored.
    assert repository.record_overdue_checkins(session_id, dose_at) == record
    later = repository.record_overdue_checkins(session_id, dose_at + minutes(63))
    assert [m.due_at for m in later.session.missed_checkins][-1] == dose_at + minutes(60)
    settled = {c.due_at for c in later.session.confirmed_checkins}
    settled |= {m.due_at for m in later.session.missed_checkins}
    assert settled == set(checkin_times(later.session, dose_at + minutes(63)))


def test_no_overdue_checkins_outside_monitoring(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    record = repository.record_overdue_checkins(session_id, T0 + timedelta(hours=5))
    assert record.session.events == ()


def test_checklist_answers_keep_every_answer_and_return_the_latest(
    database: Database, plan: CarePlanRecord
) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    first = Answer(True, names="lorazepam", answered_at=T0 + timedelta(seconds=10, microseconds=7))
    changed = Answer(False, answered_at=T0 + timedelta(seconds=30))
    acknowledged = Answer(True, acknowledged=True, answered_at=T0 + timedelta(seconds=40))
    repository.save_checklist_answer(session_id, "sedatives_stimulants_today", first)
    repository.save_checklist_answer(session_id, "sedatives_stimulants_today", changed)
    repository.save_checklist_answer(session_id, "new_medicine_or_illness", acknowledged)
    assert repository.checklist_answers(session_id) == {
        "sedatives_stimulants_today": changed,
        "new_medicine_or_illness": acknowledged,
    }
    assert repository.checklist_answer_history(session_id) == [
        ("sedatives_stimulants_today", first),
        ("sedatives_stimulants_today", changed),
        ("new_medicine_or_illness", acknowledged),
    ]


def test_vitals_and_baseline(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    repository.save_vitals(session_id, "pre_dose", BloodPressure(124, 78), 72, T0 + minutes(5))
    repository.save_vitals(session_id, "recheck", BloodPressure(138, 84), None, T0 + minutes(65))
    readings = repository.vitals(session_id)
    assert [(v.kind, v.bp, v.heart_rate, v.measured_at) for v in readings] == [
        ("pre_dose", BloodPressure(124, 78), 72, T0 + minutes(5)),
        ("recheck", BloodPressure(138, 84), None, T0 + minutes(65)),
    ]
    with pytest.raises(ValueError, match="kind"):
        repository.save_vitals(session_id, "during", BloodPressure(120, 80), 70, T0)
    assert repository.baseline(session_id) is None
    repository.save_baseline(session_id, 4, 6, "  Go gently.  ", T0 + minutes(6))
    repository.save_baseline(session_id, 5, 3, "   ", T0 + minutes(7))  # saved again: replaces
    baseline = repository.baseline(session_id)
    assert baseline is not None
    assert (baseline.mood, baseline.anxiety, baseline.intention) == (5, 3, None)
    assert baseline.recorded_at == T0 + minutes(7)
    repository.save_baseline(session_id, 0, 10, "Go gently.", T0 + minutes(8))
    assert repository.baseline(session_id).intention == "Go gently."  # type: ignore[union-attr]
    for mood, anxiety in ((11, 3), (-1, 3), (3, 11), (True, 3)):
        with pytest.raises(ValueError, match="0 to 10"):
            repository.save_baseline(session_id, mood, anxiety, None, T0)


def test_writes_to_an_unknown_session_are_refused(database: Database) -> None:
    repository = SessionRepository(database)
    with pytest.raises(SessionNotFoundError):
        repository.get(7)
    with pytest.raises(SessionNotFoundError):
        repository.append(7, ChecklistStarted(at=T0))
    with pytest.raises(SessionNotFoundError):
        repository.save_checklist_answer(7, "sitter_present", Answer(True, answered_at=T0))
    with pytest.raises(SessionNotFoundError):
        repository.save_vitals(7, "pre_dose", BloodPressure(120, 80), 70, T0)
    with pytest.raises(SessionNotFoundError):
        repository.save_baseline(7, 3, 3, None, T0)


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE session_events SET type = 'Teleported' WHERE seq = 2",
        "UPDATE session_events SET payload_json = '{\"at\": 5}' WHERE seq = 2",
        "UPDATE session_events SET seq = 9 WHERE seq = 2",  # a gap
        "DELETE FROM session_events WHERE seq = 1",  # the history no longer replays
    ],
)
def test_a_damaged_history_is_a_calm_error(database: Database, plan: CarePlanRecord, damage: str) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    repository.append(session_id, ChecklistStarted(at=T0), ChecklistPassed(at=T0 + minutes(1)))
    database.execute(damage)
    for read in (lambda: repository.get(session_id), repository.active, repository.list_sessions):
        with pytest.raises(SessionHistoryDamagedError, match="damaged"):
            read()
    with pytest.raises(SessionHistoryDamagedError):
        repository.append(session_id, SitterHandedOver(at=T0 + minutes(2), sitter_name="Sam"))


def test_list_sessions_summarises_with_notes(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    blocked = repository.create(plan, at=T0).id
    repository.append(
        blocked,
        ChecklistStarted(at=T0),
        StartBlocked(at=T0 + minutes(3), reasons=("BP high",)),
        Abandoned(at=T0 + minutes(9), reason="Rescheduled."),
    )
    start = T0 + timedelta(days=3)
    early = repository.create(plan, at=start).id
    repository.save_vitals(early, "pre_dose", BloodPressure(120, 78), 70, start + minutes(2))
    dose_at = start + minutes(25)
    repository.append(early, ChecklistStarted(at=start + minutes(1)))
    repository.append(early, ChecklistPassed(at=start + minutes(10), cautions_acknowledged=("vitals",)))
    repository.append(early, SitterHandedOver(at=start + minutes(20), sitter_name="Alex (friend)"))
    repository.append(early, DoseTaken(at=dose_at), MonitoringStarted(at=dose_at))
    worried = CheckinConfirmed(at=dose_at + minutes(15), due_at=dose_at + minutes(15), all_well=False)
    repository.append(early, worried, HelpUsed(at=dose_at + minutes(16), kind=HelpKind.DISTRESS),
                      HelpUsed(at=dose_at + minutes(17), kind=HelpKind.SITTER_GUIDANCE))
    repository.record_overdue_checkins(early, dose_at + minutes(33))
    # A rise of 40 systolic since the pre-dose reading is urgent.
    urgent = BpRechecked(at=dose_at + minutes(40), systolic=160, diastolic=80, heart_rate=88)
    repository.append(early, urgent, EndedEarly(at=dose_at + minutes(50), reason="Nausea."))
    [summary_early, summary_blocked] = repository.list_sessions()
    assert summary_blocked.state is SessionState.ABANDONED
    assert summary_blocked.notes == ()  # a blocked start is the flag engine's to report
    assert summary_blocked.minutes_monitored is None and summary_blocked.dose_at is None
    assert summary_early.state is SessionState.ENDED_EARLY
    # Each kind once, in order; missed check-ins, the urgent BP and the early end are the engine's flags.
    assert summary_early.notes == (NOTE_SITTER_WORRIED, NOTE_HELP_USED)
    assert (summary_early.created_at, summary_early.dose_at, summary_early.ended_at) == (
        start, dose_at, dose_at + minutes(50))
    assert summary_early.minutes_monitored == 50
    assert summary_early.care_plan_id == plan.id


def test_session_notes_name_a_failed_recovery_check_once(plan: CarePlanRecord) -> None:
    dose_at = T0 + minutes(25)
    session = Session.replay(plan.plan, [
        ChecklistStarted(at=T0), ChecklistPassed(at=T0 + minutes(5)),
        SitterHandedOver(at=T0 + minutes(8), sitter_name="Sam"),
        DoseTaken(at=dose_at), MonitoringStarted(at=dose_at),
        RecoveryCheckStarted(at=dose_at + minutes(120)),
        RecoveryCheckFailed(at=dose_at + minutes(121), reasons=("still dizzy",)),
        RecoveryCheckStarted(at=dose_at + minutes(136)),
        RecoveryCheckFailed(at=dose_at + minutes(137), reasons=("still dizzy",)),
    ])
    assert session_notes(session) == (NOTE_RECOVERY_CHECK_FAILED,)


def test_a_completed_session_round_trips(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    dose_at = T0 + minutes(25)
    _to_monitoring(repository, session_id, dose_at)
    for k in range(1, 9):
        due_at = dose_at + minutes(15 * k)
        repository.append(session_id, CheckinConfirmed(at=due_at, due_at=due_at, all_well=True))
    repository.append(session_id, RecoveryCheckStarted(at=dose_at + minutes(121)))
    completed = Completed(at=dose_at + minutes(124), systolic=122, diastolic=79, heart_rate=70)
    record = repository.append(session_id, completed)
    assert record.session.state is SessionState.COMPLETED
    assert repository.get(session_id) == record
    assert repository.active() is None
    [summary] = repository.list_sessions()
    assert (summary.minutes_monitored, summary.notes) == (124, ())
    row = database.execute("SELECT ended_at FROM sessions WHERE id = ?", (session_id,)).fetchone()
    assert row[0] == "2026-03-03T17:29:00.250000+00:00"
    stored = database.execute(
        "SELECT payload_json FROM session_events WHERE session_id = ? ORDER BY seq DESC", (session_id,)
    ).fetchone()[0]
    assert json.loads(stored)["systolic"] == 122
    with pytest.raises(InvalidTransition):
        repository.append(session_id, CheckinMissed(at=dose_at + minutes(200), due_at=dose_at + minutes(135)))
