"""The session record of DESIGN.md §3 (after the Spravato REMS monitoring form), field by field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from companion.domain.care_plan import CarePlan, Route
from companion.domain.checklist import OTHER_MEDICINES_ID, Answer, MedicineCategory
from companion.domain.session import Session, SessionState
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
    MonitoringStarted,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
)
from companion.domain.session_record import RecordedReading, Spo2Reading, build_session_record
from companion.domain.vitals import BloodPressure

T0 = datetime(2026, 4, 7, 15, 0, tzinfo=UTC)
DOSE = T0 + timedelta(minutes=20)
PLAN = CarePlan(medication_name="esketamine", dose_mg=56.0, route=Route.INTRANASAL,
                clinician_phone="555-0100", kit_has_oximeter=True)
NORMAL_END = BloodPressure(124, 80)
NORMAL_BEFORE = BloodPressure(128, 82)
CALM = {"very_sleepy": False, "detached": False, "slow_breathing": False}


@dataclass(frozen=True)
class Reading:
    """A stored reading as the record reads it (storage's VitalSignsRecord has the same shape)."""

    kind: str
    bp: BloodPressure
    heart_rate: int | None
    measured_at: datetime
    spo2: int | None = None


def at(minutes: float) -> datetime:
    return DOSE + timedelta(minutes=minutes)


def _before_dose(lot_number: str = "") -> list[SessionEvent]:
    return [
        ChecklistStarted(at=T0),
        ChecklistPassed(at=T0 + timedelta(minutes=10)),
        SitterHandedOver(at=T0 + timedelta(minutes=15), sitter_name="Sam"),
        DoseTaken(at=DOSE, lot_number=lot_number),
        MonitoringStarted(at=DOSE),
    ]


def _checkin(minutes: int, **fields: bool) -> CheckinConfirmed:
    return CheckinConfirmed(at=at(minutes), due_at=at(minutes), **{"all_well": True, **fields})


def _recheck(minutes: float, systolic: int, diastolic: int, spo2: int | None = None) -> BpRechecked:
    return BpRechecked(at=at(minutes), systolic=systolic, diastolic=diastolic, heart_rate=80, spo2=spo2)


def _complete(minutes: float, bp: BloodPressure | None = NORMAL_END,
              spo2: int | None = None) -> list[SessionEvent]:
    """The recovery check from the minimum's end (120 minutes) and its pass at ``minutes``."""
    vitals = {} if bp is None else {"systolic": bp.systolic, "diastolic": bp.diastolic, "heart_rate": 70,
                                    "spo2": spo2}
    return [RecoveryCheckStarted(at=at(120)), Completed(at=at(minutes), **vitals)]


def _pre_dose(bp: BloodPressure = NORMAL_BEFORE, spo2: int | None = None,
              heart_rate: int | None = 72) -> Reading:
    return Reading("pre_dose", bp, heart_rate, T0 + timedelta(minutes=8), spo2)


def _medicines(value: bool, *categories: MedicineCategory, names: str = "") -> dict[str, Answer]:
    return {OTHER_MEDICINES_ID: Answer(value, names=names, acknowledged=value, answered_at=T0,
                                       categories=categories)}


def test_a_completed_session_with_every_new_field() -> None:
    events = [
        *_before_dose(lot_number=" LOT-42A "),
        _checkin(15, **CALM),
        _checkin(30, **{**CALM, "detached": True}, without_code=True),
        _recheck(41, 134, 86, spo2=96),
        _checkin(45, **CALM),
        _recheck(50, 130, 84, spo2=95),
        *_complete(125, BloodPressure(124, 80), spo2=97),
    ]
    session = Session.replay(PLAN, events)
    vitals = [_pre_dose(spo2=98), Reading("recheck", BloodPressure(134, 86), 80, at(41), 96),
              Reading("final", BloodPressure(124, 80), 70, at(125), 97)]
    answers = _medicines(True, MedicineCategory.OPIOIDS, MedicineCategory.BENZODIAZEPINES, names="codeine")
    record = build_session_record(session, vitals, answers)
    assert (record.medication, record.dose_mg, record.route) == ("esketamine", 56.0, Route.INTRANASAL)
    assert record.state is SessionState.COMPLETED
    assert record.lot_number == "LOT-42A"
    assert record.dose_at == DOSE and record.minutes_monitored == 125 and record.ready_at == at(125)
    assert record.vitals_acceptable_before is True and record.vitals_acceptable_at_end is True
    assert record.bp_before == RecordedReading(T0 + timedelta(minutes=8), BloodPressure(128, 82), 72, 98)
    assert record.first_recheck_minutes == 40
    assert record.bp_40 == RecordedReading(at(41), BloodPressure(134, 86), 80, 96)
    assert record.bp_end == RecordedReading(at(125), BloodPressure(124, 80), 70, 97)
    assert record.spo2_readings == (Spo2Reading(T0 + timedelta(minutes=8), 98), Spo2Reading(at(41), 96),
                                    Spo2Reading(at(50), 95), Spo2Reading(at(125), 97))
    assert record.spo2_lowest == 95
    assert (record.sedation, record.dissociation, record.breathing) == (False, True, False)
    assert record.other_medicines_taken is True
    assert record.other_medicines == (MedicineCategory.BENZODIAZEPINES, MedicineCategory.OPIOIDS)
    assert record.other_medicine_names == "codeine" and record.other_medicine_categories_recorded
    assert (record.checkins_confirmed, record.checkins_missed, record.checkins_without_code) == (3, 0, 1)
    assert record.ended_early is None


def test_an_old_session_without_the_new_fields_reads_as_not_recorded() -> None:
    old_plan = CarePlan(dose_mg=50.0, clinician_phone="555-0100")  # no oximeter: the default
    events = [*_before_dose(), _checkin(15), CheckinMissed(at=at(32), due_at=at(30)),
              _recheck(42, 130, 84), *_complete(121)]
    session = Session.replay(old_plan, events)
    answers = {OTHER_MEDICINES_ID: Answer(True, names="lorazepam 0.5 mg", acknowledged=True, answered_at=T0)}
    record = build_session_record(session, [_pre_dose()], answers)
    assert record.lot_number is None
    assert record.spo2_readings == () and record.spo2_lowest is None
    assert record.bp_before is not None and record.bp_before.spo2 is None
    assert (record.sedation, record.dissociation, record.breathing) == (None, None, None)
    assert record.other_medicines_taken is True and record.other_medicines == ()
    assert record.other_medicine_names == "lorazepam 0.5 mg"
    assert not record.other_medicine_categories_recorded  # shown as "categories not recorded"
    assert (record.checkins_confirmed, record.checkins_missed, record.checkins_without_code) == (1, 1, 0)
    assert record.vitals_acceptable_before is True and record.vitals_acceptable_at_end is True


def test_no_answer_and_a_no_answer_to_other_medicines() -> None:
    session = Session.replay(PLAN, [*_before_dose(), *_complete(120)])
    record = build_session_record(session, [], {})
    assert record.other_medicines_taken is None and record.other_medicines == ()
    assert record.other_medicine_categories_recorded
    record = build_session_record(session, [], _medicines(False))
    assert record.other_medicines_taken is False and record.other_medicine_names == ""
    assert record.vitals_acceptable_before is None and record.bp_before is None  # not measured


def test_observations_any_yes_is_yes_all_no_is_no_never_asked_is_unknown() -> None:
    events = [*_before_dose(), _checkin(15), _checkin(30, very_sleepy=False),
              _checkin(45, very_sleepy=True, slow_breathing=False), _checkin(60, slow_breathing=False)]
    record = build_session_record(Session.replay(PLAN, events), [], {})
    assert (record.sedation, record.dissociation, record.breathing) == (True, None, False)


def test_ended_early_keeps_its_reason_and_its_final_reading() -> None:
    events = [*_before_dose(), _checkin(15), _recheck(40, 186, 96, spo2=94),
              EndedEarly(at=at(52), reason="Went to the emergency department.")]
    session = Session.replay(PLAN, events)
    final = Reading("final", BloodPressure(176, 94), 90, at(55), 95)
    record = build_session_record(session, [_pre_dose(), final], {})
    assert record.state is SessionState.ENDED_EARLY
    assert record.ended_early == "Went to the emergency department."
    assert record.minutes_monitored == 52 and record.ready_at is None
    assert record.bp_end == RecordedReading(at(55), BloodPressure(176, 94), 90, 95)
    assert record.vitals_acceptable_at_end is False  # still above the do-not-start limits
    assert record.spo2_readings == (Spo2Reading(at(40), 94), Spo2Reading(at(55), 95))
    no_final = build_session_record(session, [_pre_dose()], {})
    assert no_final.bp_end is None and no_final.vitals_acceptable_at_end is None


def test_a_final_reading_that_is_not_acceptable() -> None:
    risen = Session.replay(PLAN, [*_before_dose(), *_complete(130, BloodPressure(170, 86))])
    urgent = build_session_record(risen, [_pre_dose(BloodPressure(128, 82))], {})
    assert urgent.vitals_acceptable_at_end is False  # a rise of 42 from before the dose
    low = build_session_record(Session.replay(PLAN, [*_before_dose(), *_complete(130, spo2=92)]), [], {})
    assert low.vitals_acceptable_at_end is False and low.spo2_lowest == 92
    plan = CarePlan(dose_mg=56.0, clinician_phone="555-0100", bp_recheck_at_end=False)
    unmeasured = build_session_record(Session.replay(plan, [*_before_dose(), *_complete(120, None)]), [], {})
    assert unmeasured.ready_at == at(120) and unmeasured.bp_end is None
    assert unmeasured.vitals_acceptable_at_end is None


def test_bp_40_is_the_first_reading_at_or_after_the_first_recheck_time_before_the_next() -> None:
    early = Session.replay(PLAN, [*_before_dose(), _recheck(39, 150, 90), _recheck(44, 140, 88),
                                  _recheck(49, 136, 86)])
    record = build_session_record(early, [], {})
    assert record.bp_40 is not None and record.bp_40.bp == BloodPressure(140, 88)
    missed = Session.replay(PLAN, [*_before_dose(), _recheck(30, 150, 90), *_complete(121)])
    assert build_session_record(missed, [], {}).bp_40 is None  # the end reading is not the 40-minute one
    plan = CarePlan(dose_mg=56.0, clinician_phone="555-0100", bp_recheck_minutes=(30, 60))
    thirty = Session.replay(plan, [*_before_dose(), _recheck(33, 150, 90)])
    record = build_session_record(thirty, [], {})
    assert record.first_recheck_minutes == 30 and record.bp_40 is not None
    none = CarePlan(dose_mg=56.0, clinician_phone="555-0100", bp_recheck_minutes=())
    record = build_session_record(Session.replay(none, _before_dose()), [], {})
    assert record.first_recheck_minutes is None and record.bp_40 is None


def test_a_blocked_start_is_not_acceptable_before_and_the_latest_pre_dose_reading_counts() -> None:
    events = [ChecklistStarted(at=T0), StartBlocked(at=T0 + timedelta(minutes=9), reasons=("Too high.",)),
              Abandoned(at=T0 + timedelta(minutes=12), reason="Rescheduled.")]
    session = Session.replay(PLAN, events)
    first = _pre_dose(BloodPressure(120, 80))
    again = Reading("pre_dose", BloodPressure(168, 95), 80, T0 + timedelta(minutes=9))
    record = build_session_record(session, [first, again], {})
    assert record.vitals_acceptable_before is False and record.bp_before is not None
    assert record.bp_before.bp == BloodPressure(168, 95)
    assert record.dose_at is None and record.minutes_monitored is None and record.ready_at is None
    assert record.ended_early is None and record.state is SessionState.ABANDONED
    low_spo2 = build_session_record(session, [_pre_dose(spo2=91)], {})
    assert low_spo2.vitals_acceptable_before is False
    assert build_session_record(session, [_pre_dose(heart_rate=None)], {}).vitals_acceptable_before is None
    implausible = build_session_record(session, [_pre_dose(BloodPressure(300, 80))], {})
    assert implausible.vitals_acceptable_before is None


def test_a_failed_recovery_check_does_not_make_the_session_ready() -> None:
    events = [*_before_dose(), RecoveryCheckStarted(at=at(121)),
              RecoveryCheckFailed(at=at(123), reasons=("Not walking steadily.",))]
    record = build_session_record(Session.replay(PLAN, events), [], {})
    assert record.ready_at is None and record.minutes_monitored is None and record.bp_end is None
