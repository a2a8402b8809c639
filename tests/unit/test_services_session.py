"""The session's use cases without Qt: each step stores what it should, together, and reads it back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.checklist import Answer
from companion.domain.session import InvalidTransition, SessionState
from companion.domain.session_events import (
    BpRechecked,
    CheckinMissed,
    Completed,
    DoseTaken,
    HelpKind,
    HelpUsed,
    RecoveredAfterEnd,
    RecoveryCheckFailed,
    StartBlocked,
    sitter_code_matches,
)
from companion.domain.vitals import BloodPressure
from companion.services import session_actions as actions
from companion.services.session_actions import Baseline, CheckinAnswer
from companion.services.session_snapshot import Reading, SessionSnapshot, load_snapshot
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault

PLAN = CarePlan(dose_mg=50.0, clinician_phone="555-0100")
CODE = "4821"
READING = Reading(BloodPressure(128, 80), 72, 98)


def _minutes(value: float) -> timedelta:
    return timedelta(minutes=value)


@pytest.fixture
def plan(open_vault: OpenVault) -> CarePlanRecord:
    return CarePlanRepository(open_vault.database).save(PLAN, at=open_vault.clock.now() - timedelta(days=1))


def _answers(at: datetime) -> dict[str, Answer]:
    return {"sitter_present": Answer(True, answered_at=at), "substances": Answer(False, answered_at=at)}


def _session_id(snapshot: SessionSnapshot) -> int:
    assert snapshot.record is not None
    return snapshot.record.id


def _dosed(vault: OpenVault, plan: CarePlanRecord, t0: datetime) -> SessionSnapshot:
    """A session walked up to monitoring: checklist passed at +10 min, handed over, dosed at +20 min."""
    session_id = _session_id(actions.start_session(vault, plan, at=t0))
    actions.pass_checklist(vault, session_id, _answers(t0 + _minutes(5)), (), READING,
                           Baseline(5, 4, "Go gently."), at=t0 + _minutes(10))
    actions.hand_over(vault, session_id, name="Sam", relationship="partner", phone="555-0134", code=CODE,
                      at=t0 + _minutes(15))
    return actions.dose_taken(vault, session_id, "LOT-7", at=t0 + _minutes(20))


def test_start_then_pass_the_checklist_stores_answers_reading_and_baseline_together(
    open_vault: OpenVault, plan: CarePlanRecord
) -> None:
    t0 = open_vault.clock.now()
    started = actions.start_session(open_vault, plan, at=t0)
    assert started.plan == plan and started.session is not None
    assert started.session.state is SessionState.CHECKLIST
    session_id = _session_id(started)
    passed = actions.pass_checklist(open_vault, session_id, _answers(t0), ("new_medicine_or_illness",),
                                    READING, Baseline(6, 3, None), at=t0 + _minutes(8))
    assert passed.session is not None and passed.session.checklist_passed
    assert dict(passed.answers) == _answers(t0)
    assert passed.pre_dose == READING
    assert [(r.kind, r.measured_at) for r in passed.readings] == [("pre_dose", t0 + _minutes(8))]
    baseline = SessionRepository(open_vault.database).baseline(session_id)
    assert baseline is not None and (baseline.mood, baseline.anxiety, baseline.intention) == (6, 3, None)


def test_a_step_that_the_session_refuses_stores_nothing(open_vault: OpenVault, plan: CarePlanRecord) -> None:
    t0 = open_vault.clock.now()
    session_id = _session_id(actions.start_session(open_vault, plan, at=t0))
    with pytest.raises(InvalidTransition):  # a dose before the checklist is passed
        actions.store_step(open_vault, session_id, [DoseTaken(at=t0)], answers=_answers(t0), pre_dose=READING,
                           baseline=Baseline(5, 5, None))
    sessions = SessionRepository(open_vault.database)
    assert sessions.checklist_answers(session_id) == {}
    assert sessions.vitals(session_id) == [] and sessions.baseline(session_id) is None
    with pytest.raises(ValueError, match="at least one event"):
        actions.store_step(open_vault, session_id, [])


def test_a_blocked_start_records_its_answers_and_reasons_then_is_abandoned(
    open_vault: OpenVault, plan: CarePlanRecord
) -> None:
    t0 = open_vault.clock.now()
    session_id = _session_id(actions.start_session(open_vault, plan, at=t0))
    high = Reading(BloodPressure(190, 112), 80)
    blocked = actions.record_block(open_vault, session_id, _answers(t0), ["vitals"], high,
                                   at=t0 + _minutes(3))
    assert blocked.session is not None
    assert [type(e) for e in blocked.session.events][-1] is StartBlocked
    assert blocked.pre_dose == high and dict(blocked.answers) == _answers(t0)
    ended = actions.abandon(open_vault, session_id, "Rescheduled.", at=t0 + _minutes(4))
    assert ended.session is not None and ended.session.state is SessionState.ABANDONED


def test_hand_over_keeps_only_a_hash_of_the_code_and_the_dose_starts_monitoring(
    open_vault: OpenVault, plan: CarePlanRecord
) -> None:
    t0 = open_vault.clock.now()
    dosed = _dosed(open_vault, plan, t0)
    session = dosed.session
    assert session is not None and session.state is SessionState.MONITORING
    assert session.dose_at == t0 + _minutes(20)
    sitter = session.sitter
    assert sitter is not None and sitter.code_hash is not None
    # The code itself is nowhere in what is stored: not as the value, nor as a field of it (the digits may
    # well turn up inside the random salt or the hash's hex, one run in some hundreds).
    assert CODE not in sitter.code_hash.split("$") and sitter.code_hash.startswith("pbkdf2_sha256$")
    assert sitter_code_matches(CODE, sitter.code_hash) and not sitter_code_matches("0000", sitter.code_hash)
    assert next(e for e in session.events if isinstance(e, DoseTaken)).lot_number == "LOT-7"


def test_a_check_in_needs_the_right_code_unless_forgotten_or_worried(
    open_vault: OpenVault, plan: CarePlanRecord
) -> None:
    t0 = open_vault.clock.now()
    dosed = _dosed(open_vault, plan, t0)
    assert dosed.record is not None and dosed.session is not None and dosed.session.dose_at is not None
    due = dosed.session.dose_at + _minutes(15)
    wrong = CheckinAnswer(True, "0000")
    refused = actions.confirm_checkin(open_vault, dosed.record, wrong, due_at=due, at=due)
    assert refused is None
    assert SessionRepository(open_vault.database).get(dosed.record.id).session.confirmed_checkins == ()
    right = actions.confirm_checkin(open_vault, dosed.record, CheckinAnswer(True, CODE, detached=True),
                                    due_at=due, at=due)
    assert right is not None and right.record is not None and right.session is not None
    [first] = right.session.confirmed_checkins
    assert (first.all_well, first.without_code, first.detached) == (True, False, True)
    forgot = actions.confirm_checkin(open_vault, right.record, CheckinAnswer(True, None, forgot_code=True),
                                     due_at=due + _minutes(15), at=due + _minutes(15))
    assert forgot is not None and forgot.record is not None
    worried = actions.confirm_checkin(open_vault, forgot.record, CheckinAnswer(False, "9999"),
                                      due_at=due + _minutes(30), at=due + _minutes(30))
    assert worried is not None and worried.session is not None
    outcomes = [(c.all_well, c.without_code) for c in worried.session.confirmed_checkins]
    assert outcomes == [(True, False), (True, True), (False, True)]


def test_overdue_check_ins_are_recorded_missed_by_the_tick_and_by_loading(
    open_vault: OpenVault, plan: CarePlanRecord
) -> None:
    t0 = open_vault.clock.now()
    dosed = _dosed(open_vault, plan, t0)
    session_id = _session_id(dosed)
    dose_at = t0 + _minutes(20)
    ticked = actions.record_overdue_checkins(open_vault, session_id, now=dose_at + _minutes(18))
    assert ticked.session is not None
    assert [m.due_at for m in ticked.session.missed_checkins] == [dose_at + _minutes(15)]
    loaded = load_snapshot(open_vault, dose_at + _minutes(33))  # the app was closed meanwhile
    assert loaded.session is not None
    missed = [m.due_at for m in loaded.session.missed_checkins]
    assert missed == [dose_at + _minutes(15), dose_at + _minutes(30)]
    assert all(isinstance(e, CheckinMissed) for e in loaded.session.events[-2:])


def test_help_re_check_recovery_and_completion(open_vault: OpenVault, plan: CarePlanRecord) -> None:
    t0 = open_vault.clock.now()
    session_id = _session_id(_dosed(open_vault, plan, t0))
    dose_at = t0 + _minutes(20)
    helped = actions.use_help(open_vault, session_id, HelpKind.SITTER_GUIDANCE, at=dose_at + _minutes(5))
    assert helped.session is not None and isinstance(helped.session.events[-1], HelpUsed)
    with pytest.raises(ValueError, match="heart rate"):
        actions.recheck_bp(open_vault, session_id, Reading(BloodPressure(140, 88), None), at=dose_at)
    rechecked = actions.recheck_bp(open_vault, session_id, Reading(BloodPressure(140, 88), 80, 97),
                                   at=dose_at + _minutes(40))
    assert [r.kind for r in rechecked.readings] == ["pre_dose", "recheck"]
    actions.start_recovery_check(open_vault, session_id, at=dose_at + _minutes(120))
    failed = actions.recovery_failed(open_vault, session_id, ["dizzy"], Reading(BloodPressure(150, 92), 84),
                                     at=dose_at + _minutes(122))
    assert failed.session is not None and failed.session.state is SessionState.MONITORING
    assert [type(e) for e in failed.session.events[-2:]] == [BpRechecked, RecoveryCheckFailed]
    assert [r.kind for r in failed.readings] == ["pre_dose", "recheck", "recheck"]
    actions.start_recovery_check(open_vault, session_id, at=dose_at + _minutes(140))
    done = actions.complete(open_vault, session_id, READING, after_early_end=False,
                            at=dose_at + _minutes(141))
    assert done.session is not None and done.session.state is SessionState.COMPLETED
    assert isinstance(done.session.events[-1], Completed) and done.final == READING


def test_after_an_early_end_the_recovery_is_recorded_and_the_state_stays(
    open_vault: OpenVault, plan: CarePlanRecord
) -> None:
    t0 = open_vault.clock.now()
    session_id = _session_id(_dosed(open_vault, plan, t0))
    ended = actions.end_early(open_vault, session_id, "Nausea.", at=t0 + _minutes(50))
    assert ended.session is not None and ended.session.awaiting_recovery
    recovered = actions.complete(open_vault, session_id, READING, after_early_end=True, at=t0 + _minutes(70))
    assert recovered.session is not None and recovered.session.state is SessionState.ENDED_EARLY
    assert isinstance(recovered.session.events[-1], RecoveredAfterEnd)
    assert not recovered.session.awaiting_recovery and recovered.final == READING
