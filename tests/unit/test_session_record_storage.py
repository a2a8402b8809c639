"""Schema 6 in use: SpO2 with each reading, medicine categories with the checklist answer, the session
record read from the vault, the "confirmed without code" note and the SpO2 flag from stored readings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from companion.domain.care_plan import CarePlan
from companion.domain.checklist import OTHER_MEDICINES_ID, Answer, MedicineCategory
from companion.domain.flags import FlagRule
from companion.domain.session_events import (
    BpRechecked,
    CheckinConfirmed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    MonitoringStarted,
    RecoveryCheckStarted,
    SitterHandedOver,
)
from companion.domain.vitals import BloodPressure
from companion.storage.attention import current_flags
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.database import Database
from companion.storage.session_codec import SessionHistoryDamagedError
from companion.storage.sessions import NOTE_CONFIRMED_WITHOUT_CODE, NOTE_SITTER_WORRIED, SessionRepository

PLAN = CarePlan(dose_mg=56.0, clinician_phone="555-0100", kit_has_oximeter=True)
T0 = datetime(2026, 4, 14, 15, 0, tzinfo=UTC)
DOSE = T0 + timedelta(minutes=20)


def at(minutes: float) -> datetime:
    return DOSE + timedelta(minutes=minutes)


@pytest.fixture
def plan(database: Database) -> CarePlanRecord:
    return CarePlanRepository(database).save(PLAN, at=T0 - timedelta(days=1))


def _completed_session(repository: SessionRepository, plan: CarePlanRecord, *, pre_dose_spo2: int) -> int:
    session_id = repository.create(plan, at=T0).id
    repository.append(session_id, ChecklistStarted(at=T0 + timedelta(minutes=1)))
    answer = Answer(True, names="lorazepam 0.5 mg", acknowledged=True, answered_at=T0 + timedelta(minutes=2),
                    categories=(MedicineCategory.BENZODIAZEPINES,))
    repository.save_checklist_answer(session_id, OTHER_MEDICINES_ID, answer)
    repository.save_vitals(session_id, "pre_dose", BloodPressure(126, 80), 70, T0 + timedelta(minutes=5),
                           spo2=pre_dose_spo2)
    repository.append(session_id, ChecklistPassed(at=T0 + timedelta(minutes=10),
                                                  cautions_acknowledged=(OTHER_MEDICINES_ID,)))
    repository.append(session_id, SitterHandedOver(at=T0 + timedelta(minutes=15), sitter_name="Sam"))
    repository.append(session_id, DoseTaken(at=DOSE, lot_number="LOT-7"), MonitoringStarted(at=DOSE))
    repository.append(session_id, CheckinConfirmed(at=at(15), due_at=at(15), all_well=True, without_code=True,
                                                   very_sleepy=False, detached=True, slow_breathing=False))
    repository.append(session_id, BpRechecked(at=at(41), systolic=136, diastolic=84, heart_rate=78, spo2=95))
    repository.save_vitals(session_id, "recheck", BloodPressure(136, 84), 78, at(41), spo2=95)
    repository.append(session_id, RecoveryCheckStarted(at=at(120)))
    repository.append(session_id, Completed(at=at(124), systolic=124, diastolic=78, heart_rate=70, spo2=97))
    repository.save_vitals(session_id, "final", BloodPressure(124, 78), 70, at(124), spo2=97)
    return session_id


def test_spo2_is_stored_with_each_reading_and_checked(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    repository.save_vitals(session_id, "pre_dose", BloodPressure(120, 80), 70, T0, spo2=98)
    repository.save_vitals(session_id, "recheck", BloodPressure(130, 82), None, T0 + timedelta(minutes=1))
    assert [(v.kind, v.spo2) for v in repository.vitals(session_id)] == [("pre_dose", 98), ("recheck", None)]
    for wrong in (0, 101, True):
        with pytest.raises(ValueError, match="spo2"):
            repository.save_vitals(session_id, "final", BloodPressure(120, 80), 70, T0, spo2=wrong)
    with pytest.raises(sqlcipher3.IntegrityError, match="CHECK"):  # the schema refuses it too
        database.execute("UPDATE vital_signs SET spo2 = 101")


def test_medicine_categories_round_trip_and_old_answers_read_without_them(
    database: Database, plan: CarePlanRecord
) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    chosen = (MedicineCategory.SLEEPING_PILLS, MedicineCategory.MAOIS)
    answer = Answer(True, names="zolpidem", acknowledged=True, answered_at=T0, categories=chosen)
    repository.save_checklist_answer(session_id, OTHER_MEDICINES_ID, answer)
    stored = database.execute("SELECT categories FROM checklist_answers").fetchone()[0]
    assert stored == "sleeping_pills,maois"
    assert repository.checklist_answers(session_id)[OTHER_MEDICINES_ID] == answer
    # A row from before schema 6: names only; it reads with no categories ("not recorded").
    database.execute(
        "INSERT INTO checklist_answers (session_id, item_id, value, names, acknowledged, answered_at) "
        "VALUES (?, 'new_medicine_or_illness', 1, 'a cold', 1, ?)", (session_id, T0.isoformat()))
    old = repository.checklist_answers(session_id)["new_medicine_or_illness"]
    assert old.categories == () and old.names == "a cold"


@pytest.mark.parametrize("damage", ["cannabis", "opioids,", ",", "Opioids"])
def test_an_unknown_stored_category_is_damage_not_a_crash(
    database: Database, plan: CarePlanRecord, damage: str
) -> None:
    repository = SessionRepository(database)
    session_id = repository.create(plan, at=T0).id
    repository.save_checklist_answer(session_id, OTHER_MEDICINES_ID, Answer(False, answered_at=T0))
    database.execute("UPDATE checklist_answers SET categories = ?", (damage,))
    with pytest.raises(SessionHistoryDamagedError):
        repository.checklist_answers(session_id)


def test_the_session_record_is_read_from_the_vault(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = _completed_session(repository, plan, pre_dose_spo2=98)
    record = repository.session_record(session_id)
    assert record.lot_number == "LOT-7" and record.dose_at == DOSE and record.minutes_monitored == 124
    assert record.ready_at == at(124)
    assert record.vitals_acceptable_before is True and record.vitals_acceptable_at_end is True
    assert record.bp_before is not None and record.bp_before.spo2 == 98
    assert record.bp_40 is not None and record.bp_40.bp == BloodPressure(136, 84)
    assert record.bp_end is not None and record.bp_end.bp == BloodPressure(124, 78)
    assert [r.spo2 for r in record.spo2_readings] == [98, 95, 97] and record.spo2_lowest == 95
    assert (record.sedation, record.dissociation, record.breathing) == (False, True, False)
    assert record.other_medicines == (MedicineCategory.BENZODIAZEPINES,)
    assert record.other_medicine_names == "lorazepam 0.5 mg"
    assert record.checkins_without_code == 1
    [summary] = repository.list_sessions()
    assert summary.notes == (NOTE_CONFIRMED_WITHOUT_CODE,)


def test_notes_name_a_check_in_without_code_once(database: Database, plan: CarePlanRecord) -> None:
    repository = SessionRepository(database)
    session_id = _completed_session(repository, plan, pre_dose_spo2=98)
    notes = repository.list_sessions()[0].notes
    assert notes.count(NOTE_CONFIRMED_WITHOUT_CODE) == 1 and NOTE_SITTER_WORRIED not in notes
    assert repository.get(session_id).session.confirmed_checkins[0].without_code


@pytest.mark.parametrize(("pre_dose_spo2", "flagged"), [(93, False), (92, True)])
def test_a_low_stored_pre_dose_spo2_raises_the_spo2_flag(
    database: Database, plan: CarePlanRecord, pre_dose_spo2: int, flagged: bool
) -> None:
    repository = SessionRepository(database)
    session_id = _completed_session(repository, plan, pre_dose_spo2=pre_dose_spo2)
    views = current_flags(database, PLAN, at(200))
    low = [v for v in views if v.flag.rule is FlagRule.SPO2_LOW]
    assert [v.session_id for v in low] == ([session_id] if flagged else [])
    assert {v.flag.rule for v in views} >= {FlagRule.CHECKIN_WITHOUT_CODE, FlagRule.CAUTION_ACKNOWLEDGED}
